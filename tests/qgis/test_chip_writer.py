"""ChipFileWriter (core.adapters.gdal.chip_writer): the caller says whether a file is an image chip
(in the export's chip format) or a label raster (always GeoTIFF); the folder name plays no part."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal

from tests.qgis.rasters import CELL, ORIGIN, UTM

GEOTRANSFORM = (ORIGIN[0], CELL, 0.0, ORIGIN[1], 0.0, -CELL)


def crs_wkt() -> str:
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(UTM)
    return srs.ExportToWkt()


@pytest.mark.parametrize("chip_format, driver", [("TIFF", "GTiff"), ("PNG", "PNG"), ("JPEG", "JPEG")])
def test_images_in_the_chip_format_labels_always_geotiff(tmp_path, chip_format, driver):
    from rasterdl.core.adapters.gdal.chip_writer import ChipFileWriter

    writer = ChipFileWriter(chip_format)
    pixels = np.full((3, 8, 8), 120, dtype=np.uint8)
    labels = np.zeros((8, 8), dtype=np.uint8)
    labels[2:5, 3:6] = 2
    # A label raster in a folder named "images" (an RCNN class called images) is still a GeoTIFF.
    for folder in ("images", "labels"):
        (tmp_path / folder).mkdir()
        writer.write_image(tmp_path / folder / "000000000.chip", pixels, GEOTRANSFORM, crs_wkt())
        writer.write_label(tmp_path / folder / "000000000.tif", labels, GEOTRANSFORM, crs_wkt())
        image = gdal.Open(str(tmp_path / folder / "000000000.chip"))
        assert image.GetDriver().ShortName == driver and image.RasterCount == 3
        label = gdal.Open(str(tmp_path / folder / "000000000.tif"))
        assert label.GetDriver().ShortName == "GTiff"
        np.testing.assert_array_equal(label.ReadAsArray(), labels)
        assert label.GetGeoTransform() == GEOTRANSFORM
        assert label.GetSpatialRef().GetAuthorityCode(None) == str(UTM)
