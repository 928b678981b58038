"""RasterFileWriter (core.adapters.gdal.raster_writer): rows streamed in, whole block rows flushed from
GDAL's cache."""

from __future__ import annotations

import numpy as np
from osgeo import gdal


def grid(width: int, height: int):
    from rasterdl.core.engine.raster_grid import Grid

    return Grid(500000.0, 5000000.0, 0.5, 0.5, width, height, "")


def test_streamed_rows_land_exactly_and_leave_gdal_cache(qgis_app, tmp_path):
    from rasterdl.core.adapters.gdal.raster_writer import RasterFileWriter

    width, height, step = 3000, 1000, 448  # rows arrive in tile-row blocks that do not match 256-row blocks
    rng = np.random.default_rng(0)
    expected = rng.integers(0, 250, size=(2, height, width), dtype=np.uint8)
    writer = RasterFileWriter(tmp_path / "out.tif", grid(width, height), 2, "uint8", 255)
    before = gdal.GetCacheUsed()
    held = []
    for y in range(0, height, step):
        writer.write(y, expected[:, y : y + step])
        held.append(gdal.GetCacheUsed() - before)
    path = writer.commit()
    # Whole block rows were flushed as they completed: the cache never held the output
    # (2 x 3000 x 1000 bytes = 6 MB), only the rows of the block row still being filled.
    assert max(held) < 2 * width * 256 * 2
    ds = gdal.Open(str(path))
    np.testing.assert_array_equal(ds.ReadAsArray(), expected)
    assert ds.GetRasterBand(1).GetBlockSize()[1] == 256


def test_rows_out_of_order_are_still_written(qgis_app, tmp_path):
    from rasterdl.core.adapters.gdal.raster_writer import RasterFileWriter

    expected = np.arange(40 * 30, dtype=np.int32).reshape(1, 40, 30) % 200
    writer = RasterFileWriter(tmp_path / "out.tif", grid(30, 40), 1, "int32", -1)
    writer.write(20, expected[:, 20:])
    writer.write(0, expected[:, :20])
    path = writer.commit()
    np.testing.assert_array_equal(gdal.Open(str(path)).ReadAsArray(), expected[0])


def test_strips_written_side_by_side_make_the_whole_raster(qgis_app, tmp_path):
    from rasterdl.core.adapters.gdal.raster_writer import RasterFileWriter

    width, height = 700, 600
    expected = np.random.default_rng(1).integers(0, 250, size=(height, width), dtype=np.uint8)
    writer = RasterFileWriter(tmp_path / "strips.tif", grid(width, height), 1, "uint8", 255)
    for x0, x1 in ((0, 256), (256, 512), (512, 700)):  # strip after strip, each top to bottom
        for y in range(0, height, 448):
            writer.write(y, expected[y : y + 448, x0:x1], x0)
    path = writer.commit()
    np.testing.assert_array_equal(gdal.Open(str(path)).ReadAsArray(), expected)
