"""Turn the sample's pixel boxes (CSV) into tree polygons in map coordinates (GeoPackage)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from osgeo import ogr, osr

ogr.UseExceptions()
ORIGIN_X, ORIGIN_Y, CELL = 404211.9, 3285142.9, 0.1


def main(csv_path: Path, out: Path) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)
    if out.exists():
        out.unlink()
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
    layer = source.CreateLayer("trees", srs=srs, geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("Classvalue", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("Classname", ogr.OFTString))
    with open(csv_path, newline="") as handle:
        for row in csv.DictReader(handle):
            x0 = ORIGIN_X + CELL * float(row["xmin"])
            x1 = ORIGIN_X + CELL * float(row["xmax"])
            y0 = ORIGIN_Y - CELL * float(row["ymax"])
            y1 = ORIGIN_Y - CELL * float(row["ymin"])
            feature = ogr.Feature(layer.GetLayerDefn())
            ring = f"{x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}"
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))"))
            feature.SetField("Classvalue", 1)
            feature.SetField("Classname", row["label"])
            layer.CreateFeature(feature)
    source = None


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
