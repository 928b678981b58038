"""The QGIS adapter: reads raster layers and feature sources through ``qgis.core`` (and GDAL)."""
