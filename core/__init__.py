"""The engine of Raster Deep Learning: pure Python + numpy, no Qt and no Processing."""
