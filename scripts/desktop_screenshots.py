"""Screenshots of the plugin in the QGIS desktop, for the README (run by scripts/desktop_screenshots.sh).

Runs inside QGIS (``qgis --code``): shows the Processing Toolbox with the tools,
opens Classify Pixels with a model chosen (the arguments table fills from the
model), runs it on the sample orthophoto and shows the styled result, saving a
PNG of the screen after each step in $RASTERDL_SHOTS, then quits QGIS.
"""

import os
import traceback
from pathlib import Path

import processing
import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QTreeView
from qgis.utils import iface

REPO = Path(os.environ["RASTERDL_REPO"])
SHOTS = Path(os.environ["RASTERDL_SHOTS"])
IMAGE = REPO / "data" / "sample" / "OSBS_029.tif"
MODEL = REPO / "models" / "tree_segmenter.dlpk"
steps = []
state = {}


def shot(name):
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(SHOTS / f"{name}.png"))


def plugin():
    """Start the plugin from this checkout when the profile has not started it yet."""
    if "rasterdl" not in qgis.utils.active_plugins:
        qgis.utils.loadPlugin("rasterdl")
        qgis.utils.startPlugin("rasterdl")
    if "rasterdl" not in qgis.utils.active_plugins:
        raise RuntimeError(f"rasterdl not started; available: {qgis.utils.available_plugins}")


def toolbox():
    iface.mainWindow().setGeometry(0, 0, 1600, 1000)
    dock = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    dock.show()
    dock.raise_()
    dock.setFloating(False)
    tree = dock.findChild(QTreeView)
    model = tree.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if "Raster Deep Learning" in str(model.data(index)):
            tree.expand(index)
            tree.scrollTo(index)
            tree.setCurrentIndex(model.index(0, 0, index))
            break
    iface.mainWindow().resizeDocks([dock], [420], 0x1)


def dialog():
    state["dialog"] = processing.createAlgorithmDialog(
        "rasterdl:classifypixels", {"INPUT": str(IMAGE), "MODEL": str(MODEL)}
    )
    state["dialog"].resize(1100, 860)
    state["dialog"].show()


def close_dialog():
    state["dialog"].close()


def classified():
    iface.addRasterLayer(str(IMAGE), "OSBS_029")
    output = SHOTS / "classified.tif"
    processing.runAndLoadResults(
        "rasterdl:classifypixels", {"INPUT": str(IMAGE), "MODEL": str(MODEL), "OUTPUT": str(output)}
    )
    layer = iface.activeLayer()
    layer.setOpacity(0.6)
    iface.mapCanvas().setExtent(layer.extent())
    iface.mapCanvas().refresh()
    for node in iface.layerTreeView().layerTreeModel().rootGroup().findLayers():
        node.setExpanded(True)


def run_next():
    if not steps:
        QApplication.instance().exit(0)
        return
    step, delay = steps.pop(0)
    try:
        step()
    except Exception:
        with open(SHOTS / "errors.txt", "a") as log:
            log.write(traceback.format_exc())
    QTimer.singleShot(delay, run_next)


steps += [
    (plugin, 1000),
    (toolbox, 3000),
    (lambda: shot("toolbox"), 500),
    (dialog, 4000),
    (lambda: shot("dialog"), 500),
    (close_dialog, 500),
    (classified, 8000),
    (lambda: shot("classified"), 500),
]
QTimer.singleShot(6000, run_next)
