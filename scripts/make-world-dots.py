#!/usr/bin/env python3
"""Writes the web UI's offline world background from GeoNames (CC BY 4.0):
- cells: the 2-degree grid cells holding at least one city of 15,000+ people (cities15000.txt),
  as [lon, lat] cell centres;
- countries: per ISO alpha-3 code, the population-weighted mean [lon, lat] of its cities, where
  the map puts events whose place is only a country.
Usage: scripts/make-world-dots.py ../shared/data/geo/geonames > pantau-server/src/main/resources/dev/pantau/server/web/world-dots.json"""
import json, os, sys

geo = sys.argv[1]
iso3 = {}
with open(os.path.join(geo, "countryInfo.txt"), encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            c = line.split("\t")
            iso3[c[0]] = c[1]
cells, sums = set(), {}
with open(os.path.join(geo, "cities15000.txt"), encoding="utf-8") as f:
    for line in f:
        c = line.split("\t")
        lat, lon, pop = float(c[4]), float(c[5]), int(c[14] or 0)
        cells.add((int(lon // 2) * 2 + 1, int(lat // 2) * 2 + 1))
        code = iso3.get(c[8])
        if code and pop > 0:
            s = sums.setdefault(code, [0.0, 0.0, 0])
            s[0] += lon * pop; s[1] += lat * pop; s[2] += pop
countries = {k: [round(v[0] / v[2], 1), round(v[1] / v[2], 1)] for k, v in sorted(sums.items())}
json.dump({"source": "GeoNames cities15000 and countryInfo (CC BY 4.0)", "cells": sorted(cells), "countries": countries},
          sys.stdout, separators=(",", ":"))
