"""Dialog code of the Processing tools (widget wrappers); never imported by core or by qgis_process runs."""
