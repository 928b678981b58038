"""The Processing provider of Raster Deep Learning."""
