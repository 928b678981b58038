"""Attribute fields made the way each supported QGIS wants them.

QGIS 3.38 deprecated ``QgsField(name, QVariant.Type)`` (a warning on stderr for
every field, in every ``qgis_process`` run) for ``QgsField(name, QMetaType.Type)``,
which QGIS 3.22 does not have. The tools create every field through
:func:`new_field` and compare field types with :func:`has_type`.
"""

from __future__ import annotations

import enum

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType, QVariant

#: The first QGIS whose QgsField takes a QMetaType.Type.
_METATYPE_SINCE = 33800


class FieldType(enum.Enum):
    """The field types the tools write: (QVariant.Type, QMetaType.Type) spellings of each."""

    STRING = (QVariant.String, QMetaType.QString)
    INT = (QVariant.Int, QMetaType.Int)
    LONG = (QVariant.LongLong, QMetaType.LongLong)
    DOUBLE = (QVariant.Double, QMetaType.Double)


def _uses_metatype() -> bool:
    return Qgis.QGIS_VERSION_INT >= _METATYPE_SINCE


def new_field(name: str, kind: FieldType) -> QgsField:
    """A field called ``name`` of type ``kind``, without a deprecation warning on any QGIS."""
    variant, metatype = kind.value
    return QgsField(name, metatype if _uses_metatype() else variant)


def has_type(field: QgsField, *kinds: FieldType) -> bool:
    """Whether ``field`` is of one of ``kinds`` (``type()`` gives a QVariant or a QMetaType type)."""
    # Both enums give a type the same number (QVariant::String == QMetaType::QString == 10).
    return int(field.type()) in {int(kind.value[0]) for kind in kinds}
