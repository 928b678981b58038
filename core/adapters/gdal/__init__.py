"""GDAL-only raster I/O (``osgeo``, never ``qgis``): writers, chips, masks, format checks."""
