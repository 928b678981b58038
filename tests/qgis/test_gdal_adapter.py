"""The GDAL-only adapter (core/adapters/gdal: raster_reader, grid, vectors) that cluster workers use
gives exactly what the QGIS adapter gives for the same file: pixels, validity, grids and geometries."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from shapely import wkb as shapely_wkb

from tests.qgis.rasters import ORIGIN, pixel_box_wkt, write_polygons, write_raster

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample" / "OSBS_029.tif"  # 400 x 400, 3 bands uint8, nodata 255, 0.1 m cells

#: (x, y, w, h) windows: inside, across each edge and corner, larger than the raster, outside.
WINDOWS = [
    (10, 20, 64, 48),
    (-30, -10, 100, 80),
    (350, 370, 100, 64),
    (-5, 100, 20, 30),
    (390, -4, 40, 30),
    (-50, -50, 600, 560),
    (500, 500, 10, 10),
    (0, 0, 1, 1),
]


def qgis_reader(path: Path, extent=None, mask=None, bands=None):
    """The QGIS adapter's reader (LayerReader on layer_grid), with the export's band selection."""
    from qgis.core import QgsRasterLayer, QgsRectangle
    from rasterdl.core.adapters.qgis.grid import layer_grid
    from rasterdl.core.adapters.qgis.raster_reader import LayerReader
    from rasterdl.core.export.exporter import SelectedBands

    layer = QgsRasterLayer(str(path), "raster")
    assert layer.isValid()
    grid = layer_grid(layer, QgsRectangle(*extent) if extent else None)
    reader = LayerReader(layer, grid, mask)
    return (SelectedBands(reader, [b - 1 for b in bands]) if bands else reader), grid


def gdal_reader(path: Path, extent=None, mask=None, bands=None):
    from rasterdl.core.adapters.gdal.grid import raster_grid
    from rasterdl.core.adapters.gdal.raster_reader import RasterReader

    grid = raster_grid(str(path), extent)
    return RasterReader(str(path), grid, bands, mask), grid


def assert_same_windows(ours, theirs, windows=WINDOWS):
    assert (ours.width, ours.height, ours.band_count) == (theirs.width, theirs.height, theirs.band_count)
    for window in windows:
        pixels, valid = ours.read(*window)
        expected_pixels, expected_valid = theirs.read(*window)
        assert pixels.dtype == expected_pixels.dtype, window
        np.testing.assert_array_equal(pixels, expected_pixels, err_msg=str(window))
        np.testing.assert_array_equal(valid, expected_valid, err_msg=str(window))


def raised(kind: type[Exception], function, *args, **kwargs) -> Exception:
    """The ``kind`` error ``function`` raises, without its traceback: the traceback's frames hold GDAL
    datasets and QGIS layers in a cycle, which pytest would collect only after QGIS has exited (a crash).
    """
    try:
        function(*args, **kwargs)
    except kind as exc:
        return exc.with_traceback(None)
    pytest.fail(f"{function.__name__} raised no {kind.__name__}")


@pytest.fixture
def nodata_raster(tmp_path):
    """3-band uint8 raster, nodata 0: some pixels 0 in every band (invalid), some in one band (valid)."""
    rng = np.random.default_rng(7)
    bands = rng.integers(1, 255, size=(3, 50, 70), dtype=np.uint8)
    bands[:, 5:15, 10:30] = 0
    bands[1, 30:40, 40:60] = 0
    return write_raster(tmp_path / "nodata.tif", bands, nodata=0)


@pytest.fixture
def nan_raster(tmp_path):
    """2-band float32 raster, nodata NaN in both bands over a block."""
    rng = np.random.default_rng(8)
    bands = rng.random((2, 40, 30), dtype=np.float32)
    bands[:, 10:20, 5:25] = np.nan
    return write_raster(tmp_path / "nan.tif", bands, nodata=float("nan"))


@pytest.mark.parametrize("extent", [None, (404221.95, 3285102.95, 404231.87, 3285132.87)])
def test_sample_windows_equal_the_layer_reader(qgis_app, extent):
    ours, _ = gdal_reader(SAMPLE, extent)
    theirs, _ = qgis_reader(SAMPLE, extent)
    assert ours.band_count == 3 and ours.dtype == np.uint8
    assert_same_windows(ours, theirs)


def test_sample_nodata_pixels_are_invalid_as_in_qgis(qgis_app, tmp_path):
    data = gdal.Open(str(SAMPLE)).ReadAsArray()
    data[:, 100:120, 200:260] = 255  # every band at nodata: invalid
    data[0, 300:310, 0:50] = 255  # one band only: still valid
    path = write_raster(tmp_path / "holes.tif", data, nodata=255)
    ours, _ = gdal_reader(path)
    theirs, _ = qgis_reader(path)
    _, valid = ours.read(0, 0, 400, 400)
    assert not valid[100:120, 200:260].any() and valid[300:310, 0:50].all()
    assert_same_windows(ours, theirs)


@pytest.mark.parametrize("raster", ["nodata_raster", "nan_raster"])
def test_nodata_rasters_equal_the_layer_reader(qgis_app, request, raster):
    path = request.getfixturevalue(raster)
    ours, _ = gdal_reader(path)
    theirs, _ = qgis_reader(path)
    _, valid = ours.read(0, 0, 30, 30)
    assert not valid.all() and valid.any()
    assert_same_windows(ours, theirs, WINDOWS + [(0, 0, 70, 50), (8, 3, 25, 15)])


@pytest.mark.parametrize("bands", [[3, 1], [2], [1, 2, 3], [3, 3]])
@pytest.mark.parametrize("raster", ["sample", "nodata_raster"])
def test_band_selection_equals_the_exports_selection(qgis_app, request, raster, bands):
    path = SAMPLE if raster == "sample" else request.getfixturevalue(raster)
    ours, _ = gdal_reader(path, bands=bands)
    theirs, _ = qgis_reader(path, bands=bands)
    assert ours.band_count == len(bands)
    assert_same_windows(ours, theirs)


def test_band_selection_on_a_raster_without_nodata_reads_those_bands(qgis_app, tmp_path):
    bands = np.stack([np.full((20, 20), value, dtype=np.uint16) for value in (1, 2, 3, 4)])
    path = write_raster(tmp_path / "four.tif", bands)
    ours, _ = gdal_reader(path, bands=[4, 2])
    theirs, _ = qgis_reader(path, bands=[4, 2])
    pixels, valid = ours.read(-2, -2, 10, 10)
    assert pixels.dtype == np.uint16
    assert (pixels[:, 2:, 2:] == np.array([4, 2])[:, None, None]).all() and valid[2:, 2:].all()
    assert not valid[:2].any() and (pixels[:, :2] == 0).all()
    assert_same_windows(ours, theirs)


def test_mask_equals_the_layer_reader(qgis_app, nodata_raster):
    from osgeo import ogr
    from rasterdl.core.adapters.gdal.polygon_mask import PolygonMask

    wkbs = [
        ogr.CreateGeometryFromWkt(pixel_box_wkt(5, 5, 40, 30)).ExportToWkb(),
        ogr.CreateGeometryFromWkt(pixel_box_wkt(50, 35, 80, 60)).ExportToWkb(),
    ]
    crs = gdal.Open(str(nodata_raster)).GetProjection()
    ours, _ = gdal_reader(nodata_raster, mask=PolygonMask(wkbs, crs), bands=[2])
    theirs, _ = qgis_reader(nodata_raster, mask=PolygonMask(wkbs, crs), bands=[2])
    _, valid = ours.read(0, 0, 70, 50)
    assert valid[20, 20] and not valid[2, 2] and not valid[10, 20]  # in the mask; outside; nodata
    assert_same_windows(ours, theirs)


def test_a_clone_reads_the_same_from_another_thread(qgis_app, nodata_raster):
    from rasterdl.core.adapters.gdal.polygon_mask import PolygonMask

    crs = gdal.Open(str(nodata_raster)).GetProjection()
    from osgeo import ogr

    mask = PolygonMask([ogr.CreateGeometryFromWkt(pixel_box_wkt(0, 0, 50, 40)).ExportToWkb()], crs)
    reader, _ = gdal_reader(nodata_raster, mask=mask, bands=[3, 1])
    clone = reader.clone()
    assert clone._windows.dataset is not reader._windows.dataset and clone.mask is not reader.mask
    results = {}

    def read_all():
        results["clone"] = [clone.read(*window) for window in WINDOWS]

    thread = threading.Thread(target=read_all)
    thread.start()
    expected = [reader.read(*window) for window in WINDOWS]
    thread.join()
    for (pixels, valid), (want_pixels, want_valid) in zip(results["clone"], expected):
        np.testing.assert_array_equal(pixels, want_pixels)
        np.testing.assert_array_equal(valid, want_valid)


def truncated_copy(tmp_path: Path) -> Path:
    """A tiled, compressed copy of the sample cut in half: the header opens, later tiles fail."""
    tiled = tmp_path / "tiled.tif"
    gdal.Translate(str(tiled), str(SAMPLE), creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    data = tiled.read_bytes()
    path = tmp_path / "truncated.tif"
    path.write_bytes(data[: len(data) // 2])
    return path


def test_a_truncated_file_gives_the_qgis_readers_one_line_error(qgis_app, tmp_path):
    from rasterdl.core.errors import RasterDLError

    path = truncated_copy(tmp_path)
    ours, _ = gdal_reader(path)
    theirs, _ = qgis_reader(path)
    ours_error = raised(RasterDLError, ours.read, 0, 0, 400, 400)
    theirs_error = raised(RasterDLError, theirs.read, 0, 0, 400, 400)
    message = str(ours_error)
    assert message == str(theirs_error)
    assert "\n" not in message
    assert message.startswith(f"Cannot read the raster '{path}' at pixels 0,0 (400 x 400): ")
    assert message.endswith("The file is damaged or incomplete (truncated): copy or export it again.")
    assert ours_error.template == theirs_error.template


def test_a_worker_without_qgis_or_gdal_exceptions_gets_the_one_line_errors(tmp_path):
    """A fresh interpreter, ``qgis`` blocked and GDAL's exceptions never enabled (as in a bare worker):
    a truncated file and a missing one still give the one-line errors, not a crash or a None."""
    from tests.qgis.test_adapter_boundary import PLUGINS

    path = truncated_copy(tmp_path)
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(PLUGINS)!r})\n"
        "sys.modules['qgis'] = None\n"
        "from osgeo import gdal\n"
        "assert not gdal.GetUseExceptions()\n"
        "gdal.PushErrorHandler('CPLQuietErrorHandler')\n"
        "from rasterdl.core.adapters.gdal.grid import raster_grid\n"
        "from rasterdl.core.adapters.gdal.raster_reader import RasterReader\n"
        "from rasterdl.core.errors import RasterDLError\n"
        f"path = {str(path)!r}\n"
        "reader = RasterReader(path, raster_grid(path))\n"
        "try:\n"
        "    reader.read(0, 0, 400, 400)\n"
        "except RasterDLError as exc:\n"
        "    print(exc)\n"
        "try:\n"
        "    raster_grid(path + '.missing')\n"
        "except RasterDLError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    read, missing = result.stdout.splitlines()
    assert read.startswith(f"Cannot read the raster '{path}' at pixels 0,0 (400 x 400): ")
    assert read.endswith("The file is damaged or incomplete (truncated): copy or export it again.")
    assert missing.startswith(f"Cannot open the raster '{path}.missing': ") and len(missing) > 60


def test_unopenable_paths_and_bad_band_lists_are_one_line_errors(tmp_path):
    from rasterdl.core.adapters.gdal.grid import raster_grid
    from rasterdl.core.adapters.gdal.raster_reader import RasterReader
    from rasterdl.core.errors import RasterDLError

    text = tmp_path / "text.tif"
    text.write_text("this is not a raster\n")
    for path in (text, tmp_path / "nothere.tif"):
        message = str(raised(RasterDLError, raster_grid, str(path)))
        assert re.fullmatch(rf"Cannot open the raster '{path}': [^\n]+\.", message), message
    grid = raster_grid(str(SAMPLE))
    message = str(raised(RasterDLError, RasterReader, str(SAMPLE), grid, bands=[4]))
    assert message == "Band list [4] asks for bands the raster lacks (it has 3)."


@pytest.mark.parametrize(
    ("extent", "cell_size"),
    [
        (None, None),
        ((404211.9, 3285114.1, 404251.9, 3285142.9), None),
        ((404221.95, 3285102.95, 404231.87, 3285132.87), None),
        ((404100.0, 3285000.0, 404230.0, 3285120.0), None),  # past the top-left corner: clipped
        ((404221.9, 3285102.9, 404231.9, 3285132.9), 0.3),
        ((404221.9, 3285102.9, 404221.9, 3285132.9), None),  # empty: the whole raster
    ],
)
def test_grid_equals_layer_grid(qgis_app, extent, cell_size):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer, QgsRectangle
    from rasterdl.core.adapters.gdal.grid import raster_grid
    from rasterdl.core.adapters.qgis.grid import layer_grid

    layer = QgsRasterLayer(str(SAMPLE), "sample")
    theirs = layer_grid(layer, QgsRectangle(*extent) if extent else None, cell_size)
    ours = raster_grid(str(SAMPLE), extent, cell_size)
    fields = ("x0", "y0", "dx", "dy", "width", "height")
    assert [getattr(ours, f) for f in fields] == [getattr(theirs, f) for f in fields]
    ours_crs = QgsCoordinateReferenceSystem.fromWkt(ours.crs_wkt)
    assert ours_crs.isValid() and ours_crs == QgsCoordinateReferenceSystem.fromWkt(theirs.crs_wkt)
    assert ours_crs.authid() == "EPSG:32617"


def test_an_extent_off_the_raster_is_refused_as_in_qgis(qgis_app):
    from qgis.core import QgsRasterLayer, QgsRectangle
    from rasterdl.core.adapters.gdal.grid import raster_grid
    from rasterdl.core.adapters.qgis.grid import layer_grid
    from rasterdl.core.errors import ModelInputError

    extent = (404300.0, 3285000.0, 404400.0, 3285100.0)
    theirs = raised(ModelInputError, layer_grid, QgsRasterLayer(str(SAMPLE), "sample"), QgsRectangle(*extent))
    ours = raised(ModelInputError, raster_grid, str(SAMPLE), extent)
    assert str(ours) == str(theirs) and "does not overlap the input raster" in str(ours)


@pytest.fixture
def lonlat_polygons(tmp_path):
    """A GeoPackage in EPSG:4326 (lon/lat) with polygons over the sample, a class name and a code."""
    from osgeo import ogr, osr

    utm, lonlat = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32617)
    lonlat.ImportFromEPSG(4326)
    for srs in (utm, lonlat):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lonlat = osr.CoordinateTransformation(utm, lonlat)
    wkts = []
    for box in ((10, 10, 60, 40), (200, 150, 260, 300), (390, 390, 420, 420)):
        geometry = ogr.CreateGeometryFromWkt(pixel_box_wkt(*box, origin=ORIGIN, cell=0.1))
        geometry.Transform(to_lonlat)
        wkts.append(geometry.ExportToWkt())
    fields = {"Classname": ["palm", "oak", "pine"], "Classvalue": [1, 2, 3]}
    return write_polygons(tmp_path / "lonlat.gpkg", wkts, epsg=4326, fields=fields)


def test_vectors_equal_the_qgis_adapters(qgis_app, lonlat_polygons):
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
    from rasterdl.core.adapters.gdal import vectors as gdal_vectors
    from rasterdl.core.adapters.qgis import vectors as qgis_vectors

    crs_wkt = QgsRasterLayer(str(SAMPLE), "sample").crs().toWkt()
    layer = QgsVectorLayer(str(lonlat_polygons), "polygons", "ogr")
    assert layer.isValid()
    context = QgsProject.instance().transformContext()
    theirs = qgis_vectors.read_geometries_wkb(layer, crs_wkt, context)
    ours = gdal_vectors.read_geometries_wkb(str(lonlat_polygons), crs_wkt)
    ours_named = gdal_vectors.read_geometries_wkb(str(lonlat_polygons), crs_wkt, layer_name="polygons")
    assert len(ours) == len(theirs) == len(ours_named) == 3
    for mine, named, expected in zip(ours, ours_named, theirs):
        mine, expected = shapely_wkb.loads(mine), shapely_wkb.loads(expected)
        assert mine.equals_exact(expected, tolerance=1e-6) and mine.equals(expected)
        assert mine.equals(shapely_wkb.loads(named))
    # In UTM metres, on the sample's pixel edges: the transformation went the right way round.
    assert shapely_wkb.loads(ours[0]).bounds == pytest.approx(
        (404212.9, 3285138.9, 404217.9, 3285141.9), abs=1e-6
    )

    names = ["Classname", "Classvalue"]
    theirs_rows = qgis_vectors.read_features(layer, crs_wkt, context, names)
    ours_rows = gdal_vectors.read_features(str(lonlat_polygons), crs_wkt, names + [""])
    assert (
        [row[1] for row in ours_rows]
        == [row[1] for row in theirs_rows]
        == [
            {"Classname": "palm", "Classvalue": 1},
            {"Classname": "oak", "Classvalue": 2},
            {"Classname": "pine", "Classvalue": 3},
        ]
    )
    for (mine, _), (expected, _) in zip(ours_rows, theirs_rows):
        assert shapely_wkb.loads(mine).equals_exact(shapely_wkb.loads(expected), tolerance=1e-6)


def test_field_names_fid_values_and_wkids_equal_qgis(qgis_app, lonlat_polygons, tmp_path):
    from osgeo import ogr
    from qgis.core import QgsProject, QgsVectorLayer
    from rasterdl.core.adapters.gdal import vectors as gdal_vectors
    from rasterdl.core.adapters.gdal.crs import crs_wkid
    from rasterdl.core.adapters.qgis import crs as qgis_crs
    from rasterdl.core.adapters.qgis import vectors as qgis_vectors

    layer = QgsVectorLayer(str(lonlat_polygons), "polygons", "ogr")
    assert gdal_vectors.field_names(str(lonlat_polygons)) == [f.name() for f in layer.fields()]
    assert gdal_vectors.field_names(str(lonlat_polygons))[0] == "fid"  # a field in QGIS, not in OGR
    crs_wkt = gdal.Open(str(SAMPLE)).GetProjection()
    theirs = qgis_vectors.read_features(layer, crs_wkt, QgsProject.instance().transformContext(), ["fid"])
    ours = gdal_vectors.read_features(str(lonlat_polygons), crs_wkt, ["fid"])
    assert [row[1] for row in ours] == [row[1] for row in theirs] == [{"fid": 1}, {"fid": 2}, {"fid": 3}]
    assert gdal_vectors.spatial_reference_name(str(lonlat_polygons)) == "EPSG:4326"
    shapefile = tmp_path / "plain.shp"
    source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(shapefile))
    source.CreateLayer("plain", geom_type=ogr.wkbPolygon).CreateField(ogr.FieldDefn("value", ogr.OFTInteger))
    source = None
    plain = QgsVectorLayer(str(shapefile), "plain", "ogr")
    assert gdal_vectors.field_names(str(shapefile)) == [f.name() for f in plain.fields()] == ["value"]
    assert gdal_vectors.spatial_reference_name(str(shapefile)) is None

    from osgeo import osr

    unnamed = osr.SpatialReference()
    unnamed.ImportFromProj4("+proj=utm +zone=17 +datum=WGS84 +units=m +no_defs")
    for wkt in (crs_wkt, layer.crs().toWkt(), unnamed.ExportToWkt(), ""):
        assert crs_wkid(wkt) == qgis_crs.crs_wkid(wkt)
    assert crs_wkid(crs_wkt) == 32617


def test_vectors_null_values_missing_layers_and_fields(tmp_path):
    from osgeo import ogr
    from rasterdl.core.adapters.gdal import vectors as gdal_vectors
    from rasterdl.core.errors import RasterDLError

    path = write_polygons(
        tmp_path / "utm.gpkg", [pixel_box_wkt(0, 0, 4, 4), pixel_box_wkt(4, 4, 8, 8)], fields={"n": [1, 2]}
    )
    source = ogr.Open(str(path), 1)
    layer = source.GetLayer(0)
    feature = layer.GetFeature(2)
    feature.SetFieldNull("n")
    layer.SetFeature(feature)
    source = None
    crs_wkt = gdal.Open(str(write_raster(tmp_path / "r.tif", np.zeros((1, 2, 2), np.uint8)))).GetProjection()
    rows = gdal_vectors.read_features(str(path), crs_wkt, ["n"])
    assert [attributes for _, attributes in rows] == [{"n": 1}, {"n": None}]
    same_crs = ogr.CreateGeometryFromWkt(pixel_box_wkt(0, 0, 4, 4))
    assert shapely_wkb.loads(rows[0][0]).equals_exact(shapely_wkb.loads(bytes(same_crs.ExportToIsoWkb())), 0)
    assert str(raised(KeyError, gdal_vectors.read_features, str(path), crs_wkt, ["missing"])) == "'missing'"
    message = str(raised(RasterDLError, gdal_vectors.read_geometries_wkb, str(path), crs_wkt, "other"))
    assert message == f"The vector file '{path}' has no layer named 'other'."
    missing = tmp_path / "nothere.gpkg"
    message = str(raised(RasterDLError, gdal_vectors.read_geometries_wkb, str(missing), crs_wkt))
    assert message.startswith(f"Cannot open the vector file '{missing}': ")

    class Cancelled:
        def is_canceled(self):
            return True

    assert gdal_vectors.read_geometries_wkb(str(path), crs_wkt, progress=Cancelled()) == []


def test_a_virtual_file_system_path_reads_like_the_file():
    """Workers read from GDAL's virtual file systems (/vsicurl/, /vsis3/ ...): /vsimem/ stands in."""
    path = "/vsimem/rasterdl-test-sample.tif"
    gdal.FileFromMemBuffer(path, SAMPLE.read_bytes())
    try:
        ours, grid = gdal_reader(path, (404221.95, 3285102.95, 404231.87, 3285132.87))
        from_file, file_grid = gdal_reader(SAMPLE, (404221.95, 3285102.95, 404231.87, 3285132.87))
        assert grid == file_grid and (grid.width, grid.height) == (100, 300)
        assert_same_windows(ours, from_file)
        del ours
    finally:
        gdal.Unlink(path)


def test_a_rotated_raster_is_refused_in_one_line(tmp_path):
    from rasterdl.core.adapters.gdal.grid import raster_grid
    from rasterdl.core.errors import RasterDLError

    path = write_raster(tmp_path / "rotated.tif", np.zeros((1, 4, 4), np.uint8))
    dataset = gdal.Open(str(path), gdal.GA_Update)
    dataset.SetGeoTransform((ORIGIN[0], 0.5, 0.1, ORIGIN[1], 0.1, -0.5))
    dataset = None
    message = str(raised(RasterDLError, raster_grid, str(path)))
    assert message.startswith(f"The raster '{path}' is rotated or not north-up: warp it")
