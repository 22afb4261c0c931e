#!/usr/bin/env python3
"""Writes the web UI's offline world background: the 2-degree grid cells that hold at least one
GeoNames city of 15,000+ people (cities15000.txt, CC BY 4.0), as [lon, lat] cell centres.
Usage: scripts/make-world-dots.py ../shared/data/geo/geonames/cities15000.txt > pantau-server/src/main/resources/dev/pantau/server/web/world-dots.json"""
import json, sys

cells = set()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        c = line.split("\t")
        lat, lon = float(c[4]), float(c[5])
        cells.add((int(lon // 2) * 2 + 1, int(lat // 2) * 2 + 1))
json.dump({"source": "GeoNames cities15000 (CC BY 4.0), 2-degree cells", "cells": sorted(cells)}, sys.stdout, separators=(",", ":"))
