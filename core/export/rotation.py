"""Rotated copies of a chip for augmentation (ROTATION_ANGLE): pixels, validity, labels and georeference.

A chip is rotated about its centre. The pixels come from a larger source
window read around the chip (:func:`rotated_source_window`), so that every
rotation finds data under it; the caller keeps a rotated chip only when its
``valid`` mask is all True, which keeps rotated chips entirely inside the image
data. Coordinates are pixels with the origin at the top-left corner and y
down; positive angles turn the image counter-clockwise as seen on screen, as
``cv2.getRotationMatrix2D`` does.
"""

from __future__ import annotations

import math

import numpy as np
from shapely import affinity
from shapely.geometry.base import BaseGeometry

from ..install.dependencies import require
from .chip_grid import ExportError

_TOLERANCE = 1e-9


def rotation_angles(angle: float) -> list[float]:
    """The extra rotations angle, 2 x angle, ... below 360 degrees; none for 0.

    Raises ExportError unless 0 <= angle < 360.
    """
    if not 0 <= angle < 360:
        raise ExportError(
            "The rotation angle must be at least 0 and below 360 degrees, got {angle}.", angle=angle
        )
    angles: list[float] = []
    if angle == 0:
        return angles
    k = 1
    while k * angle < 360 - _TOLERANCE:
        angles.append(float(k * angle))
        k += 1
    return angles


def rotated_source_window(x: int, y: int, w: int, h: int) -> tuple[int, int, int, int]:
    """Window (sx, sy, sw, sh) to read around the chip [x, x+w] x [y, y+h] so any rotation of it fits.

    Each side is ceil(diagonal of the chip), plus one where needed so that the
    window's centre is exactly the chip's centre (the window is square when w
    and h have the same parity). The window may reach outside the raster: the
    caller reads those pixels as not valid.
    """
    side = math.ceil(math.hypot(w, h))
    sw = side + (side - w) % 2
    sh = side + (side - h) % 2
    return x - (sw - w) // 2, y - (sh - h) // 2, sw, sh


def _cos_sin(angle_deg: float) -> tuple[float, float]:
    """Cosine and sine of the angle, exact for multiples of 90 degrees."""
    turned = angle_deg % 360
    if turned % 90 == 0:
        return ((1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0))[int(turned // 90)]
    radians = math.radians(turned)
    return math.cos(radians), math.sin(radians)


def rotation_matrix(angle_deg: float, src_w: int, src_h: int, out_w: int, out_h: int) -> np.ndarray:
    """2 x 3 affine matrix taking source-window pixel coordinates to rotated-chip pixel coordinates.

    Pixel-corner convention (pixel (c, r) covers [c, c+1) x [r, r+1)); the
    source window's centre goes to the chip's centre.
    """
    cos, sin = _cos_sin(angle_deg)
    rotation = np.array([[cos, sin], [-sin, cos]])
    src_centre = np.array([src_w / 2, src_h / 2])
    out_centre = np.array([out_w / 2, out_h / 2])
    return np.column_stack([rotation, out_centre - rotation @ src_centre])


def _index_matrix(matrix: np.ndarray) -> np.ndarray:
    """The same transform for OpenCV, whose pixel coordinates put pixel centres on whole numbers."""
    half = np.array([0.5, 0.5])
    return np.column_stack([matrix[:, :2], matrix[:, 2] + matrix[:, :2] @ half - half])


def rotate_chip(
    pixels: np.ndarray, valid: np.ndarray, angle_deg: float, out_w: int, out_h: int
) -> tuple[np.ndarray, np.ndarray]:
    """Rotate a source window (bands, H, W) and its validity mask (H, W) about its centre to out_w x out_h.

    Every output pixel takes the value of the source pixel its centre falls in
    (``cv2.warpAffine`` with INTER_NEAREST on an image of source indices, so
    pixels and mask are sampled identically and no new pixel value is
    invented, whatever the data type or band count). Output pixels falling
    outside the window are 0 and not valid.
    """
    cv2 = require("cv2")
    height, width = valid.shape
    index = np.arange(height * width, dtype=np.float64).reshape(height, width)
    source = cv2.warpAffine(
        index,
        _index_matrix(rotation_matrix(angle_deg, width, height, out_w, out_h)),
        (int(out_w), int(out_h)),
        flags=cv2.INTER_NEAREST,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=-1.0,
    ).astype(np.int64)
    inside = source >= 0
    source[~inside] = 0
    flat = pixels.reshape(pixels.shape[:-2] + (-1,))
    out = flat[..., source]
    out[..., ~inside] = 0
    return out, inside & valid.reshape(-1).astype(bool)[source]


def rotate_geometry(
    geometry: BaseGeometry, angle_deg: float, src_w: int, src_h: int, out_w: int, out_h: int
) -> BaseGeometry:
    """Label geometry in source-window pixels mapped into the rotated chip's pixels.

    The transform is the one :func:`rotate_chip` applies to the pixels
    (:func:`rotation_matrix`), so labels stay on the objects they mark.
    """
    m = rotation_matrix(angle_deg, src_w, src_h, out_w, out_h)
    return affinity.affine_transform(geometry, [m[0, 0], m[0, 1], m[1, 0], m[1, 1], m[0, 2], m[1, 2]])


def rotated_geotransform(
    geotransform: tuple[float, ...], angle_deg: float, src_w: int, src_h: int, out_w: int, out_h: int
) -> tuple[float, float, float, float, float, float]:
    """GDAL geotransform (with rotation terms) of the rotated chip, given the source window's geotransform.

    A chip pixel then maps to the same place on the ground as the source pixel
    it was taken from, so the rotated chip stays georeferenced.
    """
    m = rotation_matrix(angle_deg, src_w, src_h, out_w, out_h)
    inverse_linear = m[:, :2].T
    inverse_offset = -inverse_linear @ m[:, 2]
    gt = [float(v) for v in geotransform]
    linear = np.array([[gt[1], gt[2]], [gt[4], gt[5]]]) @ inverse_linear
    origin = np.array([gt[0], gt[3]]) + np.array([[gt[1], gt[2]], [gt[4], gt[5]]]) @ inverse_offset
    return (
        float(origin[0]),
        float(linear[0, 0]),
        float(linear[0, 1]),
        float(origin[1]),
        float(linear[1, 0]),
        float(linear[1, 1]),
    )
