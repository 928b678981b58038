"""Which inputs a cluster can read: files every worker opens by the same path, on their own grid."""

from __future__ import annotations

from .connect import ClusterError


def cluster_input_path(path: str, provider: str, resampled: bool) -> str:
    """The path workers open for an input raster the QGIS provider ``provider`` reads from ``path``.

    Workers read with GDAL alone, on the raster's own pixels: a web layer (no file), a mosaic or
    reprojection this process built in memory (``/vsimem/``, which no other process sees), or an
    input read at another cell size than its own is refused, saying what to do instead.
    """
    if provider != "gdal" or not path:
        raise ClusterError(
            "CLUSTER runs on rasters that every worker opens by path (files, /vsis3/, /vsicurl/ ...); "
            "this input is a {provider} layer. Save it as a GeoTIFF first, or leave CLUSTER empty.",
            provider=provider or "non-file",
        )
    if path.startswith("/vsimem/"):
        raise ClusterError(
            "CLUSTER cannot read several rasters as one mosaic built in memory: build a VRT file of them "
            "(Raster > Miscellaneous > Build Virtual Raster) on a path the workers see and give it as the "
            "input, or process the rasters separately (processing mode 1)."
        )
    if resampled:
        raise ClusterError(
            "With CLUSTER the input is read at its own cell size, and this run would read it at another "
            "one (the model's training cell size or CELL_SIZE). Resample the input to that cell size "
            "first, or set CELL_SIZE to the input's own cell size."
        )
    return path
