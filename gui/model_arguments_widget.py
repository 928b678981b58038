"""The model arguments table of the tool dialogs: filled with the chosen model's defaults.

Used through the MODEL_ARGUMENTS parameter's ``widget_wrapper`` metadata. In the
standard dialog it is an editable Name/Value table that refills when MODEL
changes (user values kept, see :mod:`.argument_table`); the batch and modeler
dialogs keep QGIS's own matrix widgets.
"""

from __future__ import annotations

from processing.gui.wrappers import DIALOG_STANDARD, WidgetWrapper, dialogTypes
from qgis.gui import QgsGui, QgsProcessingGui
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .argument_table import ModelDefaults, filled_rows, matrix_from_rows, rows_from_matrix

MODEL_PARAMETER = "MODEL"
#: The longest argument name a tool lists; the Name column is at least this wide.
LONGEST_NAME = "test_time_augmentation"


def _gui_tr(text: str) -> str:
    return QCoreApplication.translate("RasterDL", text)


class ArgumentTable(QWidget):
    """An editable Name/Value table with buttons to add and remove rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([_gui_tr("Name"), _gui_tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setStretchLastSection(True)
        width = self.table.fontMetrics().boundingRect(LONGEST_NAME).width() + 24
        self.table.setColumnWidth(0, width)
        add, remove = QPushButton(_gui_tr("Add row")), QPushButton(_gui_tr("Remove row"))
        add.clicked.connect(lambda: self.set_rows([*self.rows(), ("", "")]))
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def rows(self) -> list[tuple[str, str]]:
        result = []
        for row in range(self.table.rowCount()):
            name, value = self.table.item(row, 0), self.table.item(row, 1)
            result.append((name.text() if name else "", value.text() if value else ""))
        return result

    def set_rows(self, rows) -> None:
        self.table.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(value))
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(height, 320))

    def _remove_selected(self) -> None:
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.set_rows([row for index, row in enumerate(self.rows()) if index not in selected])


class ModelArgumentsWrapper(WidgetWrapper):
    """MODEL_ARGUMENTS in the standard dialog: refilled from the model's defaults when MODEL changes."""

    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        dialog_type = dialogTypes.get(dialog.__class__.__name__, QgsProcessingGui.Standard)
        if dialog_type == DIALOG_STANDARD:
            return super().__new__(cls)
        registry = QgsGui.processingGuiRegistry()
        if dialog.__class__.__name__ == "ModelerParametersDialog":
            wrapper = registry.createModelerParameterWidget(
                dialog.model, dialog.childId, param, dialog.context
            )
        else:
            wrapper = registry.createParameterWidgetWrapper(param, dialog_type)
            if wrapper is None:
                return super().__new__(cls)
            wrapper.setDialog(dialog)
        return wrapper

    def createWidget(self, **kwargs):  # noqa: N802 (QGIS name)
        self.tool_names = [
            name for name, _value in rows_from_matrix(self.parameterDefinition().defaultValue())
        ]
        self.filled: dict = {}
        self.model_defaults = ModelDefaults()
        table = ArgumentTable()
        table.set_rows([(name, "") for name in self.tool_names])
        return table

    def setValue(self, value):  # noqa: N802 (QGIS name)
        rows = rows_from_matrix(value if isinstance(value, (list, tuple)) else [])
        self.widget.set_rows(rows or [(name, "") for name in self.tool_names])

    def value(self):
        return matrix_from_rows(self.widget.rows())

    def postInitialize(self, wrappers):  # noqa: N802 (QGIS name)
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == MODEL_PARAMETER:
                self.model_changed(wrapper)
                wrapper.widgetValueHasChanged.connect(self.model_changed)
                break

    def model_changed(self, wrapper) -> None:
        """Refill the table from the newly chosen model, keeping the values the user typed."""
        value = wrapper.parameterValue()
        defaults = self.model_defaults(value if isinstance(value, str) else "")
        self.widget.set_rows(filled_rows(self.widget.rows(), self.tool_names, defaults, self.filled))
        self.filled = defaults
