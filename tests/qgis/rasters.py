"""Small georeferenced rasters and vector layers written with GDAL/OGR for the tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()

UTM = 32617
ORIGIN = (404211.9, 3285142.9)
CELL = 0.5


def write_raster(
    path: Path,
    bands: np.ndarray,
    epsg: int = UTM,
    origin: tuple[float, float] = ORIGIN,
    cell: float = CELL,
    nodata: float | None = None,
) -> Path:
    """A GeoTIFF holding ``bands`` (bands, rows, cols) with a north-up grid."""
    types = {np.uint8: gdal.GDT_Byte, np.uint16: gdal.GDT_UInt16, np.float32: gdal.GDT_Float32}
    count, rows, cols = bands.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, count, types[bands.dtype.type])
    ds.SetGeoTransform((origin[0], cell, 0, origin[1], 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    for index in range(count):
        band = ds.GetRasterBand(index + 1)
        band.WriteArray(bands[index])
        if nodata is not None:
            band.SetNoDataValue(nodata)
    ds = None
    return path


def write_polygons(path: Path, wkts: list[str], epsg: int = UTM, fields: dict | None = None) -> Path:
    """A GeoPackage polygon layer from WKT strings (in ``epsg``), with optional attribute columns."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("polygons", srs=srs, geom_type=ogr.wkbPolygon)
    for name, values in (fields or {}).items():
        kind = ogr.OFTInteger if isinstance(values[0], int) else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(name, kind))
    for index, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, values in (fields or {}).items():
            feature.SetField(name, values[index])
        layer.CreateFeature(feature)
    ds = None
    return path


def pixel_box_wkt(col0: int, row0: int, col1: int, row1: int, origin=ORIGIN, cell: float = CELL) -> str:
    """Polygon WKT of the pixel rectangle [col0, col1) x [row0, row1) in map coordinates."""
    x0, x1 = origin[0] + col0 * cell, origin[0] + col1 * cell
    y0, y1 = origin[1] - row1 * cell, origin[1] - row0 * cell
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def read_raster(path: Path) -> tuple[np.ndarray, gdal.Dataset]:
    """All bands (bands, rows, cols) and the open dataset."""
    ds = gdal.Open(str(path))
    return ds.ReadAsArray().reshape(ds.RasterCount, ds.RasterYSize, ds.RasterXSize), ds


def write_xyz_tiles(source: Path, folder: Path, zoom: str = "17-19") -> str:
    """Cut ``source`` into XYZ PNG tiles with gdal2tiles; the QGIS XYZ layer URI reading them."""
    import subprocess

    subprocess.run(
        ["gdal2tiles.py", "--xyz", "-q", "-z", zoom, str(source), str(folder)],
        check=True,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    low, high = zoom.split("-")
    return f"type=xyz&url=file://{folder}/{{z}}/{{x}}/{{y}}.png&zmin={low}&zmax={high}"
