"""The processing grid of a layer cut to an extent (core.adapters.qgis.grid.layer_grid) on the real sample."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample" / "OSBS_029.tif"  # 400 x 400, 0.1 m, top-left 404211.9, 3285142.9


@pytest.mark.parametrize(
    ("extent", "expected"),
    [
        ((404211.9, 3285114.1, 404251.9, 3285142.9), (0, 0, 400, 288)),  # ends on row 288's edge
        ((404221.9, 3285102.9, 404231.9, 3285132.9), (100, 100, 100, 300)),
        ((404221.95, 3285102.95, 404231.87, 3285132.87), (100, 100, 100, 300)),  # snapped outwards
    ],
)
def test_extent_on_pixel_edges_in_utm_gives_whole_pixels(qgis_app, extent, expected):
    from qgis.core import QgsRasterLayer, QgsRectangle
    from rasterdl.core.adapters.qgis.grid import layer_grid

    layer = QgsRasterLayer(str(SAMPLE), "sample")
    grid = layer_grid(layer, QgsRectangle(*extent))
    col0, row0, width, height = expected
    assert (grid.width, grid.height) == (width, height)
    assert grid.x0 == pytest.approx(404211.9 + 0.1 * col0, abs=1e-6)
    assert grid.y0 == pytest.approx(3285142.9 - 0.1 * row0, abs=1e-6)
