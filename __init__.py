"""QGIS entry point of Raster Deep Learning.

Kept free of heavy imports: QGIS imports this module at start-up, and
``qgis_process`` calls :func:`classFactory` with ``iface=None``. It is also the
top of the worker distribution (``pip install ./``, see setup.py), which has no
plugin.py: nothing here may import QGIS.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance QGIS asks for."""
    from .plugin import RasterDeepLearningPlugin

    return RasterDeepLearningPlugin(iface)


def __getattr__(name: str):
    """``rasterdl.classify_pixels``, ``rasterdl.detect_objects``, ``rasterdl.classify_objects`` and
    ``rasterdl.export_training_data``: the Python API (api.py), imported only when one is asked for."""
    if name in ("classify_pixels", "detect_objects", "classify_objects", "export_training_data"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
