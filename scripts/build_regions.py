#!/usr/bin/env python
"""Rebuild pantau/models/gazetteer/regions_id.tsv: the names of Indonesia's provinces, regencies,
districts and villages that the NER reads as a gazetteer feature (pantau.nlp.name_features).

Source: the npm package idn-area-data (MIT code; its data/ folder: Open Database License), fetched
with `npm pack` from the npm registry (Node.js and npm must be installed); no PyPI package carries
Indonesia's district and village lists. The file ships with Pantau, so `pantau train` and the
tests do not need npm; run this only to refresh the list (and then retrain the NER).
Run: python scripts/build_regions.py  (a few seconds).
"""

from __future__ import annotations

import tempfile

from pantau.nlp.name_features import build_regions, fetch_area_data


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        build_regions(fetch_area_data(tmp))


if __name__ == "__main__":
    main()
