"""Raw outputs of an object-detection model -> candidate boxes, scores and classes, one batch at a time.

Layouts understood (``LAYOUTS``):

- ``yolov5``: one output ``[N, boxes, 5 + C]`` of ``cx, cy, w, h, objectness, class scores``;
  the score is ``objectness * class score`` (YOLO v5/v7).
- ``yolov6``: the same layout, the objectness column ignored (Deepness' ``YOLO_v6``).
- ``ultralytics``: one output ``[N, 4 + C, boxes]`` of ``cx, cy, w, h, class scores`` (v8-v11).
- ``ultralytics_obb``: ``[N, 4 + C + 1, boxes]``, the last row the rotation angle in radians.
- ``end2end``: Ultralytics end-to-end exports (YOLOv10, ``end2end`` metadata), NMS built in: one
  output ``[N, K, 6]`` of ``x0, y0, x1, y1, score, class``; ``end2end_obb`` ``[N, K, 7]`` of
  ``cx, cy, w, h, score, class, angle``.
- ``nms``: a model with NMS built in (torchvision, RetinaNet, SSD, EfficientNMS exports):
  outputs ``boxes [N, K, 4]`` (x0, y0, x1, y1), ``scores [N, K]``, ``labels [N, K]`` and
  optionally a detection count ``[N]`` / ``[N, 1]``; each with or without the batch axis.

All coordinates are continuous pixel coordinates of the model input (0 is the left/top
edge of the first column/row). Scores are taken as probabilities, as every layout above
exports them: they are compared with the threshold as they are, never passed through a
sigmoid. Each candidate keeps its best class only (no multi-label boxes). Columns after
the class scores (mask coefficients of segmentation exports) are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import ModelDefinitionError
from ..model.definition import ModelDefinition, TensorInfo

LAYOUTS = ("yolov5", "yolov6", "ultralytics", "ultralytics_obb", "end2end", "end2end_obb", "nms")
#: Model layouts whose raw output still needs NMS: many overlapping candidates per object.
RAW_LAYOUTS = frozenset({"yolov5", "yolov6", "ultralytics", "ultralytics_obb"})

#: Deepness/GeoDeep ``det_type`` and Esri ``ModelConfiguration`` spellings (lower case, letters and
#: digits only) -> layout.
FORMAT_ALIASES = {
    "yolov5orv7default": "yolov5",
    "yolov5": "yolov5",
    "yolov7": "yolov5",
    "yolov6": "yolov6",
    "yoloultralytics": "ultralytics",
    "yoloultralyticssegmentation": "ultralytics",
    "ultralytics": "ultralytics",
    "yolov8": "ultralytics",
    "yolov9": "ultralytics",
    "yolov11": "ultralytics",
    "yolo11": "ultralytics",
    "yoloultralyticsobb": "ultralytics_obb",
    "ultralyticsobb": "ultralytics_obb",
    "yolov8obb": "ultralytics_obb",
    "yolo11obb": "ultralytics_obb",
    "end2end": "end2end",
    "yolov10": "end2end",
    "end2endobb": "end2end_obb",
    "retinanet": "nms",
    "fasterrcnn": "nms",
    "ssd": "nms",
    "singleshotdetector": "nms",
    "nms": "nms",
}

#: Output roles of the ``nms`` layout, recognised from the output names.
_ROLE_PATTERNS = {
    "count": re.compile(r"num|count", re.I),
    "labels": re.compile(r"label|class|cls|categor", re.I),
    "scores": re.compile(r"score|conf|prob", re.I),
    "boxes": re.compile(r"box|det|bbox|loc", re.I),
}


class LayoutUndecidedError(ModelDefinitionError):
    """The declared output shapes are dynamic and the definition names no layout: decide on real outputs."""


@dataclass(frozen=True)
class Decoded:
    """Candidates of one batch: ``image`` is each candidate's position in the batch.

    ``boxes`` (K, 4) float64 x0, y0, x1, y1 in input pixels; ``scores`` (K,) float32;
    ``classes`` (K,) int32 0-based indexes into the model's class list; ``angles`` (K,)
    float64 radians (rotation of the box about its centre, x towards y) or None.
    """

    image: np.ndarray
    boxes: np.ndarray
    scores: np.ndarray
    classes: np.ndarray
    angles: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.scores)

    def take(self, index: np.ndarray) -> Decoded:
        """The candidates selected by ``index`` (a boolean mask or indexes)."""
        return Decoded(
            self.image[index],
            self.boxes[index],
            self.scores[index],
            self.classes[index],
            None if self.angles is None else self.angles[index],
        )


def empty(oriented: bool = False) -> Decoded:
    """No candidates."""
    return Decoded(
        np.zeros(0, np.intp),
        np.zeros((0, 4), np.float64),
        np.zeros(0, np.float32),
        np.zeros(0, np.int32),
        np.zeros(0, np.float64) if oriented else None,
    )


def concatenate(parts: Sequence[Decoded], oriented: bool) -> Decoded:
    """All ``parts`` in one :class:`Decoded` (their image indexes kept as they are)."""
    parts = [part for part in parts if len(part)]
    if not parts:
        return empty(oriented)
    if len(parts) == 1:
        return parts[0]
    return Decoded(
        np.concatenate([p.image for p in parts]),
        np.concatenate([p.boxes for p in parts]),
        np.concatenate([p.scores for p in parts]),
        np.concatenate([p.classes for p in parts]),
        np.concatenate([p.angles for p in parts]) if oriented else None,
    )


def _xywh_to_xyxy(cx: np.ndarray, cy: np.ndarray, w: np.ndarray, h: np.ndarray) -> np.ndarray:
    cx, cy = cx.astype(np.float64), cy.astype(np.float64)
    half_w, half_h = w.astype(np.float64) / 2, h.astype(np.float64) / 2
    return np.stack([cx - half_w, cy - half_h, cx + half_w, cy + half_h], axis=1)


def _class_count(available: int, class_count: int | None, layout: str, shape: tuple) -> int:
    """Classes in the output: the definition's count, or all the columns left when it lists none."""
    count = available if class_count is None else class_count
    if count < 1 or count > available:
        raise ModelDefinitionError(
            "The model output {shape} has room for {available} class scores in the {layout} layout but "
            "the model definition lists {class_count} classes. List one class per model class, or set "
            "the detection format (det_type) that matches the model.",
            shape=shape,
            available=available,
            layout=layout,
            class_count=class_count,
        )
    return count


def _check_rank(array: np.ndarray, layout: str, expected: str) -> None:
    if array.ndim != 3:
        raise ModelDefinitionError(
            "The model output has shape {shape} but the {layout} layout is {expected}. "
            "Set the detection format (det_type) that matches the model.",
            shape=tuple(array.shape),
            layout=layout,
            expected=expected,
        )


def decode_yolov5(
    output: np.ndarray, threshold: float, class_count: int | None = None, objectness: bool = True
) -> Decoded:
    """Candidates of a ``[N, boxes, 5 + C]`` output; ``objectness=False`` reads it as YOLO v6 does."""
    output = np.asarray(output)
    _check_rank(output, "yolov5", "[N, boxes, 5 + classes]")
    count = _class_count(output.shape[2] - 5, class_count, "yolov5", tuple(output.shape))
    obj = output[:, :, 4]
    if objectness:
        # score = obj * class score <= obj for probabilities: cheap first cut on obj alone
        image, cell = np.nonzero(obj >= threshold)
        rows = output[image, cell]
        cls = rows[:, 5 : 5 + count]
        classes = np.argmax(cls, axis=1)
        scores = rows[:, 4] * cls[np.arange(len(rows)), classes]
    else:
        best = np.max(output[:, :, 5 : 5 + count], axis=2)
        image, cell = np.nonzero(best >= threshold)
        rows = output[image, cell]
        classes = np.argmax(rows[:, 5 : 5 + count], axis=1)
        scores = best[image, cell]
    keep = scores >= threshold
    rows, image, classes, scores = rows[keep], image[keep], classes[keep], scores[keep]
    boxes = _xywh_to_xyxy(rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3])
    return Decoded(image.astype(np.intp), boxes, scores.astype(np.float32), classes.astype(np.int32))


def decode_ultralytics(
    output: np.ndarray, threshold: float, class_count: int | None = None, oriented: bool = False
) -> Decoded:
    """Candidates of a ``[N, 4 + C (+1 angle), boxes]`` output (Ultralytics v8-v11, OBB when ``oriented``)."""
    output = np.asarray(output)
    layout = "ultralytics_obb" if oriented else "ultralytics"
    _check_rank(output, layout, f"[N, 4 + classes{' + 1' if oriented else ''}, boxes]")
    available = output.shape[1] - 4 - (1 if oriented else 0)
    count = _class_count(available, class_count, layout, tuple(output.shape))
    scores_all = output[:, 4 : 4 + count, :]
    best = np.max(scores_all, axis=1)
    image, cell = np.nonzero(best >= threshold)
    columns = output[image, :, cell]
    classes = np.argmax(columns[:, 4 : 4 + count], axis=1)
    boxes = _xywh_to_xyxy(columns[:, 0], columns[:, 1], columns[:, 2], columns[:, 3])
    angles = columns[:, 4 + count].astype(np.float64) if oriented else None
    return Decoded(
        image.astype(np.intp), boxes, best[image, cell].astype(np.float32), classes.astype(np.int32), angles
    )


def decode_end2end(
    output: np.ndarray, threshold: float, class_count: int | None = None, oriented: bool = False
) -> Decoded:
    """Candidates of an Ultralytics end-to-end output: ``[N, K, 6]`` x0, y0, x1, y1, score, class,
    or (``oriented``) ``[N, K, 7]`` cx, cy, w, h, score, class, angle; NMS is already done."""
    output = _with_batch(output, 3)
    columns = 7 if oriented else 6
    layout = "end2end_obb" if oriented else "end2end"
    _check_rank(output, layout, f"[N, detections, {columns}]")
    if output.shape[2] != columns:
        raise ModelDefinitionError(
            "The model output has shape {shape} but the {layout} layout gives {columns} "
            "values per detection. Set the detection format (det_type) that matches the model.",
            shape=tuple(output.shape),
            layout=layout,
            columns=columns,
        )
    image, entry = np.nonzero(output[:, :, 4] >= threshold)
    rows = output[image, entry].astype(np.float64)
    classes = np.rint(rows[:, 5]).astype(np.int64)
    if class_count is not None and len(classes) and (classes.min() < 0 or classes.max() >= class_count):
        raise ModelDefinitionError(
            "The model returned the class index {class_index} but the model definition lists "
            "{class_count} classes. List every class of the model, in index order.",
            class_index=int(classes.max()),
            class_count=class_count,
        )
    if oriented:
        boxes = _xywh_to_xyxy(rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3])
    else:
        boxes = rows[:, :4].copy()
    return Decoded(
        image.astype(np.intp),
        boxes,
        rows[:, 4].astype(np.float32),
        classes.astype(np.int32),
        rows[:, 6].copy() if oriented else None,
    )


def _with_batch(array: np.ndarray, rank: int) -> np.ndarray:
    """``array`` with a leading batch axis of 1 added when it has ``rank - 1`` dimensions."""
    array = np.asarray(array)
    return array[None] if array.ndim == rank - 1 else array


def decode_nms(
    boxes: np.ndarray,
    scores: np.ndarray | None,
    labels: np.ndarray | None,
    threshold: float,
    label_offset: int = 0,
    count: np.ndarray | None = None,
    class_count: int | None = None,
) -> Decoded:
    """Candidates of a model with NMS built in; ``label - label_offset`` is the class index.

    ``boxes`` is ``[N, K, 4]`` or ``[K, 4]`` (a single image), or ``[.., 5]`` holding the score last
    when there is no ``scores`` output. Labels below ``label_offset`` (a background) are dropped; a
    missing ``labels`` output means one class. ``count`` gives the valid entries per image.
    """
    boxes = _with_batch(boxes, 3)
    if boxes.ndim != 3 or boxes.shape[2] not in (4, 5) or (scores is None and boxes.shape[2] != 5):
        raise ModelDefinitionError(
            "The model's boxes output has shape {shape}; a model with NMS built in "
            "gives boxes [N, K, 4] (x0, y0, x1, y1) with scores [N, K] and labels [N, K].",
            shape=tuple(np.shape(boxes)),
        )
    if scores is None:
        scores = boxes[:, :, 4]
    scores = _with_batch(scores, 2).reshape(boxes.shape[0], -1)
    labels = np.zeros(scores.shape, np.int64) if labels is None else _with_batch(labels, 2)
    labels = labels.reshape(scores.shape)
    if scores.shape[1] != boxes.shape[1]:
        raise ModelDefinitionError(
            "The model gives {box_count} boxes but {score_count} scores per image: the boxes, "
            "scores and labels outputs must have one entry per detection.",
            box_count=boxes.shape[1],
            score_count=scores.shape[1],
        )
    mask = scores >= threshold
    if count is not None:
        valid = np.asarray(count).reshape(boxes.shape[0], -1)[:, :1]
        mask &= np.arange(scores.shape[1])[None, :] < valid
    image, entry = np.nonzero(mask)
    classes = np.rint(labels[image, entry]).astype(np.int64) - label_offset
    keep = classes >= 0
    image, entry, classes = image[keep], entry[keep], classes[keep]
    if class_count is not None and len(classes) and classes.max() >= class_count:
        label = int(classes.max()) + label_offset
        raise ModelDefinitionError(
            "The model returned the label {label} but the model definition lists {class_count} classes "
            "(labels are read {numbering}). List every "
            "class of the model, in label order; a definition without a class of Value 0 reads labels "
            "1-based.",
            label=label,
            class_count=class_count,
            numbering="1-based, 0 the background" if label_offset else "0-based",
        )
    return Decoded(
        image.astype(np.intp),
        boxes[image, entry, :4].astype(np.float64),
        scores[image, entry].astype(np.float32),
        classes.astype(np.int32),
    )


# --------------------------------------------------------------------------- layout


def _normalised(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def declared_layout(definition: ModelDefinition) -> str | None:
    """The layout the definition names (Deepness ``det_type`` or Esri ModelConfiguration), or None."""
    for name in (definition.detection_format, definition.model_configuration):
        if name:
            layout = FORMAT_ALIASES.get(_normalised(name))
            if layout is None and "obb" in _normalised(name):
                layout = "ultralytics_obb"
            if layout is not None:
                return layout
    return None


def nms_roles(outputs: Sequence[TensorInfo]) -> dict[str, int]:
    """Which output holds the boxes, scores, labels and detection count of an ``nms`` layout model.

    Roles come from the output names (``boxes``/``det_boxes``/``bboxes``, ``scores``/``conf``,
    ``labels``/``classes``, ``num_dets``); outputs left unnamed are placed by shape and type: the
    boxes end with 4 or 5 values, integer outputs are labels, the remaining float output the scores.
    """
    roles: dict[str, int] = {}
    for index, info in enumerate(outputs):
        for role, pattern in _ROLE_PATTERNS.items():
            if role not in roles and pattern.search(info.name):
                roles[role] = index
                break
    free = [index for index in range(len(outputs)) if index not in roles.values()]
    for index in list(free):
        shape = outputs[index].shape
        if "boxes" not in roles and len(shape) >= 2 and shape[-1] in (4, 5):
            roles["boxes"] = index
            free.remove(index)
    for index in list(free):
        integer = outputs[index].dtype.startswith(("int", "uint"))
        role = "labels" if integer else "scores"
        if role not in roles:
            roles[role] = index
            free.remove(index)
    if "boxes" not in roles:
        names = ", ".join(f"{info.name} {list(info.shape)}" for info in outputs)
        raise ModelDefinitionError(
            "No boxes output among the model outputs ({names}). A model with NMS built in gives boxes "
            "[N, K, 4], scores [N, K] and labels [N, K] outputs.",
            names=names,
        )
    return roles


def _single_output_layout(shape: tuple[int | None, ...], class_count: int | None) -> str:
    """The layout of a single ``[N, A, B]`` output, from its shape and the definition's class count."""
    if len(shape) != 3:
        raise ModelDefinitionError(
            "The model's detection output has shape {shape}; the supported single-output layouts "
            "are [N, boxes, 5 + classes] (YOLO v5/v7) and [N, 4 + classes, boxes] (Ultralytics).",
            shape=list(shape),
        )
    rows, columns = shape[1], shape[2]
    if class_count is not None:
        if columns == 5 + class_count and rows != columns:
            return "yolov5"
        if rows == 4 + class_count:
            return "ultralytics"
        if rows == 5 + class_count:
            return "ultralytics_obb"
    if rows is not None and columns is not None:
        return "ultralytics" if rows < columns else "yolov5"
    if columns is not None:
        return "yolov5"
    if rows is not None:
        return "ultralytics"
    raise LayoutUndecidedError(
        "The model's detection output has the dynamic shape {shape}: set the detection format "
        "(det_type: YOLO_v5_or_v7_default, YOLO_Ultralytics or YOLO_Ultralytics_obb) in the model "
        "definition.",
        shape=list(shape),
    )


def detect_layout(definition: ModelDefinition, outputs: Sequence[TensorInfo] | None = None) -> str:
    """The output layout (one of ``LAYOUTS``): the definition's own, else recognised from ``outputs``.

    ``outputs`` (default: the definition's) may carry the shapes of real outputs. Several outputs
    with box/score/label names, or three and more outputs, mean ``nms``; a second output of rank 4
    (segmentation prototypes) is ignored; a single ``[N, A, B]`` output is ``ultralytics`` when
    ``A`` is 4 + classes (``ultralytics_obb`` when 5 + classes) or, without listed classes, when
    ``A < B``, and ``yolov5`` otherwise. An OBB model is recognised only through its class count
    or its ``det_type``.
    """
    declared = declared_layout(definition)
    if declared is not None:
        return declared
    outputs = tuple(definition.outputs if outputs is None else outputs)
    if not outputs:
        raise ModelDefinitionError("The model has no outputs.")
    detection = [info for info in outputs if len(info.shape) != 4]
    named = sum(
        1 for info in outputs if any(p.search(info.name) for r, p in _ROLE_PATTERNS.items() if r != "boxes")
    )
    if len(detection) >= 3 or (len(detection) == 2 and named):
        return "nms"
    class_count = len(definition.classes) or None
    return _single_output_layout(tuple(detection[0].shape if detection else outputs[0].shape), class_count)


def label_offset(definition: ModelDefinition) -> int:
    """How ``nms`` layout labels are numbered: 1 (label 0 the background) or 0.

    Rule: labels are 1-based when the definition lists classes and none of them has Value 0,
    as in Esri definitions (Values from 1) of torchvision-style models whose class 0 is the
    background; Deepness/GeoDeep ``class_names`` (keys from 0) and definitions without classes
    read them 0-based. Label ``offset + i`` is class ``classes[i]``.
    """
    values = [info.value for info in definition.classes]
    return 1 if values and min(values) >= 1 else 0


# --------------------------------------------------------------------------- decoder


@dataclass(frozen=True)
class OutputDecoder:
    """Decodes the outputs of one model, every batch the same way; see :func:`make_decoder`."""

    layout: str
    class_count: int | None = None
    label_offset: int = 0
    roles: tuple[tuple[str, int], ...] = ()

    @property
    def oriented(self) -> bool:
        """True for oriented (rotated) boxes."""
        return self.layout in ("ultralytics_obb", "end2end_obb")

    @property
    def raw(self) -> bool:
        """True when the candidates still need NMS (the model does not run it)."""
        return self.layout in RAW_LAYOUTS

    def decode(self, outputs: Sequence[np.ndarray], threshold: float) -> Decoded:
        """Candidates scoring at least ``threshold`` in the model ``outputs`` of one batch."""
        if self.layout in ("yolov5", "yolov6"):
            return decode_yolov5(outputs[0], threshold, self.class_count, self.layout == "yolov5")
        if self.layout in ("ultralytics", "ultralytics_obb"):
            return decode_ultralytics(outputs[0], threshold, self.class_count, self.oriented)
        if self.layout in ("end2end", "end2end_obb"):
            return decode_end2end(outputs[0], threshold, self.class_count, self.oriented)
        roles = dict(self.roles)

        def role(name: str) -> np.ndarray | None:
            return np.asarray(outputs[roles[name]]) if name in roles else None

        return decode_nms(
            role("boxes"),
            role("scores"),
            role("labels"),
            threshold,
            self.label_offset,
            role("count"),
            self.class_count,
        )

    def batched(self, outputs: Sequence[TensorInfo]) -> bool:
        """False when an ``nms`` model's boxes output has no batch axis: run it one image at a time."""
        if self.layout != "nms":
            return True
        boxes = outputs[dict(self.roles)["boxes"]]
        return len(boxes.shape) != 2


def segmentation_class_count(layout: str, outputs: Sequence[TensorInfo]) -> int | None:
    """Classes of a YOLO segmentation export (a second, rank-4 output of mask prototypes): the
    attributes of a box less its box, objectness and mask coefficients; None for other models."""
    protos = [info for info in outputs[1:] if len(info.shape) == 4]
    shape = outputs[0].shape if outputs else ()
    if not protos or protos[0].shape[1] is None or len(shape) != 3 or layout not in RAW_LAYOUTS:
        return None
    yolov5 = layout in ("yolov5", "yolov6")
    attributes = shape[2] if yolov5 else shape[1]
    if attributes is None:
        return None
    return attributes - (5 if yolov5 else 4) - protos[0].shape[1]


def make_decoder(definition: ModelDefinition, outputs: Sequence[TensorInfo] | None = None) -> OutputDecoder:
    """The decoder of ``definition``'s model, its layout from :func:`detect_layout`.

    The class count is the definition's; without classes it is what the output leaves for them.
    """
    outputs = tuple(definition.outputs if outputs is None else outputs)
    layout = detect_layout(definition, outputs)
    class_count = len(definition.classes) or None
    if layout == "nms":
        roles = tuple(sorted(nms_roles(outputs).items()))
        return OutputDecoder(layout, class_count, label_offset(definition), roles)
    return OutputDecoder(layout, class_count or segmentation_class_count(layout, outputs))


def with_shapes(outputs: Sequence[TensorInfo], arrays: Sequence[np.ndarray]) -> tuple[TensorInfo, ...]:
    """``outputs`` (names) with the shapes and types of real output ``arrays``."""
    return tuple(
        TensorInfo(info.name, tuple(np.shape(array)), str(np.asarray(array).dtype))
        for info, array in zip(outputs, arrays)
    )
