"""Styles applied when Processing loads an output, so a result shows up drawn and named.

Processing loads an output without the .qml beside it; a layer post-processor
is how a tool styles what it loads. QGIS keeps only a pointer to the
post-processor while the algorithm object that made it may already be gone,
so the instances are kept alive here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..core.output.class_colors import with_colors

#: Post-processors handed to QGIS, kept alive until QGIS has run them (the last ones only).
_ALIVE: list[QgsProcessingLayerPostProcessorInterface] = []
_KEEP = 64


def keep_alive(
    processor: QgsProcessingLayerPostProcessorInterface,
) -> QgsProcessingLayerPostProcessorInterface:
    """``processor``, referenced here so Python does not delete it before QGIS calls it."""
    _ALIVE.append(processor)
    del _ALIVE[:-_KEEP]
    return processor


class PalettedClassStyle(QgsProcessingLayerPostProcessorInterface):
    """A classified raster drawn with one named, coloured entry per class; nodata stays transparent."""

    def __init__(self, classes: Sequence[tuple[int, str, tuple[int, int, int] | None]]) -> None:
        super().__init__()
        self.classes = with_colors(classes)

    def renderer(self, layer) -> QgsPalettedRasterRenderer:
        entries = [
            QgsPalettedRasterRenderer.Class(value, QColor(*color), name)
            for value, name, color in self.classes
        ]
        return QgsPalettedRasterRenderer(layer.dataProvider(), 1, entries)

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS name)
        layer.dataProvider().setUseSourceNoDataValue(1, True)
        layer.setRenderer(self.renderer(layer))
        layer.triggerRepaint()


class ProbabilityStyle(QgsProcessingLayerPostProcessorInterface):
    """A probability raster drawn as a 0-1 colour ramp of one class's probability (nodata transparent).

    With several bands the ramp shows the first class after the background
    (band 2), the class a two-class model is about.
    """

    def __init__(self, band: int | None = None) -> None:
        super().__init__()
        self.band = band

    def renderer(self, layer) -> QgsSingleBandPseudoColorRenderer:
        band = self.band or (2 if layer.bandCount() >= 2 else 1)
        ramp = QgsStyle.defaultStyle().colorRamp("Viridis") or QgsGradientColorRamp(
            QColor(68, 1, 84), QColor(253, 231, 37)
        )
        color_shader = QgsColorRampShader(0.0, 1.0, ramp, QgsColorRampShader.Interpolated)
        color_shader.classifyColorRamp(5, band, layer.extent(), layer.dataProvider())
        shader = QgsRasterShader(0.0, 1.0)
        shader.setRasterShaderFunction(color_shader)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(1.0)
        return renderer

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS name)
        for band in range(1, layer.bandCount() + 1):
            layer.dataProvider().setUseSourceNoDataValue(band, True)
        layer.setRenderer(self.renderer(layer))
        layer.triggerRepaint()


class CategorizedByField(QgsProcessingLayerPostProcessorInterface):
    """A vector layer categorized by a class field, one colour per class, the imagery left visible.

    Polygons get a coloured outline and a light fill of the same colour (none
    by default), points a coloured marker, lines a coloured line; features
    without a class are drawn in grey.
    """

    NO_CLASS_COLOR = (150, 150, 150)

    def __init__(
        self,
        field: str,
        classes: Sequence[tuple[int, str, tuple[int, int, int] | None]],
        fill_opacity: float = 0.0,
        no_class_label: str = "",
    ) -> None:
        super().__init__()
        self.field = field
        self.classes = with_colors(classes)
        self.fill_alpha = int(round(255 * fill_opacity))
        self.no_class_label = no_class_label

    def symbol(self, geometry_type, color: tuple[int, int, int]):
        r, g, b = color
        if geometry_type == QgsWkbTypes.PolygonGeometry:
            return QgsFillSymbol.createSimple(
                {
                    "color": f"{r},{g},{b},{self.fill_alpha}",
                    "outline_color": f"{r},{g},{b},255",
                    "outline_width": "0.6",
                }
            )
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(r, g, b))
        return symbol

    def renderer(self, geometry_type) -> QgsCategorizedSymbolRenderer:
        categories = [
            QgsRendererCategory(name, self.symbol(geometry_type, color), name)
            for _value, name, color in self.classes
        ]
        if self.no_class_label:
            no_class = self.symbol(geometry_type, self.NO_CLASS_COLOR)
            categories.append(QgsRendererCategory("", no_class, self.no_class_label))
        return QgsCategorizedSymbolRenderer(self.field, categories)

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS name)
        if layer.geometryType() in (QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry):
            return
        layer.setRenderer(self.renderer(layer.geometryType()))
        layer.triggerRepaint()


class OutlineStyle(QgsProcessingLayerPostProcessorInterface):
    """Polygons drawn as outlines only, so the imagery under them stays visible."""

    def __init__(self, color: tuple[int, int, int] = (255, 140, 0)) -> None:
        super().__init__()
        self.color = color

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS name)
        r, g, b = self.color
        symbol = QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": f"{r},{g},{b},255", "outline_width": "0.4"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        layer.triggerRepaint()


def style_on_load(context, destination: str, processor: QgsProcessingLayerPostProcessorInterface) -> None:
    """Apply ``processor`` when Processing loads ``destination`` (nothing when it will not load it)."""
    if context.willLoadLayerOnCompletion(destination):
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(keep_alive(processor))


def load_files_instead(
    context,
    destination: str,
    files: Sequence[tuple[str, QgsProcessingLayerPostProcessorInterface]],
) -> None:
    """Load ``files`` (each styled by its processor) in place of ``destination``, when that was to load.

    Used where one output parameter stands for several files (processing mode 1):
    the destination path itself is never written then.
    """
    if not context.willLoadLayerOnCompletion(destination):
        return
    details = context.layerToLoadOnCompletionDetails(destination)
    layers = dict(context.layersToLoadOnCompletion())
    layers.pop(destination, None)
    for path, processor in files:
        item = QgsProcessingContext.LayerDetails(Path(path).stem, details.project, details.outputName)
        item.setPostProcessor(keep_alive(processor))
        layers[path] = item
    context.setLayersToLoadOnCompletion(layers)
