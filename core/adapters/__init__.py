"""I/O adapters: the only part of ``core`` that touches GDAL (``osgeo``) or ``qgis.core``.

- ``gdal/``: raster writers, chip writer, polygon mask, format checks. They import ``osgeo`` and
  never ``qgis``, so an adapter without QGIS (cluster workers) can use them as they are.
- ``qgis/``: what reads QGIS layers and feature sources (grids, window readers, virtual rasters,
  vectors, CRS facts).

GDAL raises Python exceptions here (not error codes), whichever adapter module is imported first.
"""

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()
