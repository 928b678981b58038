"""Build of the worker distribution (``pip install ./``): this folder as the package ``rasterdl``.

pyproject.toml holds the metadata; this file holds what setuptools cannot say there: the version,
read from metadata.txt so the plugin and the distribution never differ, and the package list,
computed from core/ so a new engine package is never forgotten, without the parts that need QGIS.
"""

from __future__ import annotations

import configparser
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
#: Engine packages that import qgis.core: only the plugin uses them.
QGIS_ONLY_PACKAGES = ["core.adapters.qgis", "core.adapters.qgis.*"]
#: Root modules left out: the plugin object QGIS's classFactory builds (needs QGIS), and this file.
LEFT_OUT_MODULES = {"plugin", "setup"}


def plugin_version() -> str:
    """The ``version`` of metadata.txt's [general] section."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(HERE / "metadata.txt", encoding="utf-8")
    return metadata["general"]["version"]


class BuildEngine(build_py):
    """build_py that leaves :data:`LEFT_OUT_MODULES` out of the package ``rasterdl``."""

    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        return [m for m in modules if not (m[0] == "rasterdl" and m[1] in LEFT_OUT_MODULES)]


setup(
    version=plugin_version(),
    package_dir={"rasterdl": "."},
    packages=["rasterdl"]
    + [f"rasterdl.{name}" for name in find_packages(include=["core", "core.*"], exclude=QGIS_ONLY_PACKAGES)],
    cmdclass={"build_py": BuildEngine},
)
