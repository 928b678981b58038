"""Write a model definition (.emd) next to an ONNX model and pack both into a .dlpk.

A .dlpk is a plain zip of a folder ``<name>/`` holding ``<name>.emd`` and the model file
(``ModelFile`` is relative to the .emd). Usable on its own::

    python examples/package.py MODEL_FOLDER OUT.dlpk     # zip a folder that already has its .emd
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

#: Keys of the export's .emd that describe the imagery and are copied into the model's .emd.
COPIED_KEYS = ("ExtractBands", "ImageSpaceUsed", "MinCellSize", "MaxCellSize", "InputRastersProps")


def model_definition(
    export_emd: dict,
    *,
    model_type: str,
    model_file: str,
    model_name: str,
    classes: list[dict],
    tile_size: int,
    normalization_stats: dict,
    configuration: str | dict = "",
    **extra,
) -> dict:
    """The .emd of a trained model, the imagery keys taken from the export's own .emd.

    ``extra`` adds keys such as BatchSize, ModelPadding, Threshold, CropSizeFixed,
    BlackenAroundFeature (None values are left out).
    """
    emd = {
        "Framework": "ONNX",
        "ModelConfiguration": configuration,
        "ModelFile": model_file,
        "ModelType": model_type,
        "ModelName": model_name,
        "ModelFormat": "NCHW",
        "ImageHeight": int(tile_size),
        "ImageWidth": int(tile_size),
        "ExtractBands": export_emd.get("ExtractBands", [0, 1, 2]),
        "Classes": [
            {"Value": int(c["Value"]), "Name": str(c["Name"]), "Color": list(c.get("Color") or [-1, -1, -1])}
            for c in classes
        ],
        "NormalizationStats": normalization_stats,
    }
    for key in COPIED_KEYS:
        if key in export_emd and key not in emd:
            emd[key] = export_emd[key]
    emd.update({key: value for key, value in extra.items() if value is not None})
    return emd


def write_emd(emd: dict, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(emd, indent=2) + "\n", encoding="utf-8")
    return path


def pack_dlpk(folder: Path, out: Path) -> Path:
    """Zip ``folder`` (holding <name>.emd and the model file) as ``out``; entries under ``<name>/``.

    Entries are written in name order with a fixed timestamp, so the same files give the
    same package bytes.
    """
    folder, out = Path(folder), Path(out)
    emds = list(folder.glob("*.emd"))
    if len(emds) != 1:
        raise SystemExit(f"{folder} must hold exactly one .emd file, found {len(emds)}.")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(
                f"{folder.name}/{path.relative_to(folder).as_posix()}", (2020, 1, 1, 0, 0, 0)
            )
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)
    tmp.replace(out)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: package.py MODEL_FOLDER OUT.dlpk")
    print(pack_dlpk(Path(sys.argv[1]), Path(sys.argv[2])))
