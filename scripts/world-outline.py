#!/usr/bin/env python3
"""Writes the web UI's offline world map (world.json) from two sources:
- country outlines: Natural Earth 1:110m admin-0 countries (public domain) as the world-atlas
  package (ISC licence, Mike Bostock) ships them in TopoJSON, countries-110m.json;
- country codes and centres: GeoNames countryInfo (ISO numeric -> alpha-3) and cities15000
  (CC BY 4.0): per alpha-3 code the population-weighted mean [lon, lat] of its cities, where the
  map puts events whose place is only a country.
The outlines are projected here (equirectangular, 1000 x 500, x = (lon + 180) / 360 * 1000,
y = (90 - lat) / 180 * 500), rounded to 0.1 unit (0.036 degrees) and written as SVG path data
with relative moves, so the page draws them without any projection code.
Usage: scripts/world-outline.py countries-110m.json GEONAMES_DIR > world.json
(scripts/make-world-outline fetches world-atlas with npm and runs this.)"""
import json, os, sys

W, H = 1000, 500


def main():
    topo_file, geo = sys.argv[1], sys.argv[2]
    numeric, iso3 = {}, {}
    with open(os.path.join(geo, "countryInfo.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                c = line.split("\t")
                iso3[c[0]] = c[1]
                numeric[c[2]] = c[1]
    sums = {}
    with open(os.path.join(geo, "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            lat, lon, pop = float(c[4]), float(c[5]), int(c[14] or 0)
            code = iso3.get(c[8])
            if code and pop > 0:
                s = sums.setdefault(code, [0.0, 0.0, 0])
                s[0] += lon * pop; s[1] += lat * pop; s[2] += pop
    centres = {k: [round(v[0] / v[2], 1), round(v[1] / v[2], 1)] for k, v in sorted(sums.items())}

    with open(topo_file, encoding="utf-8") as f:
        topo = json.load(f)
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # quantised and delta-encoded
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx; y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        return pts

    def path(rings):
        out, last = [], None
        for r in [c for r in rings for c in copies(r)]:
            proj = []
            for lon, lat in r:
                p = (round((lon + 180) / 360 * W * 10), round((90 - lat) / 180 * H * 10))
                if not proj or p != proj[-1]:
                    proj.append(p)
            if len(proj) < 3:
                continue
            x0, y0 = proj[0]
            out.append("M%s %s" % (num(x0), num(y0)) if last is None else "m%s %s" % (num(x0 - last[0]), num(y0 - last[1])))
            steps = []
            px, py = x0, y0
            for x, y in proj[1:]:
                steps.append("%s %s" % (num(x - px), num(y - py)))
                px, py = x, y
            out.append("l" + " ".join(steps) + "z")
            last = (x0, y0)  # after z the current point is the ring's start
        return "".join(out)

    countries = []
    missing = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name")
        rings = []
        if g["type"] == "Polygon":
            rings = [ring(r) for r in g["arcs"]]
        elif g["type"] == "MultiPolygon":
            rings = [ring(r) for poly in g["arcs"] for r in poly]
        code = numeric.get(g.get("id"))
        if code is None:
            missing.append(name)
        d = path(rings)
        if d:
            countries.append({"id": code, "name": name, "d": d})
    countries.sort(key=lambda c: (c["id"] or "~", c["name"]))
    if missing:
        print("world-outline: no ISO code for " + ", ".join(sorted(missing)), file=sys.stderr)
    json.dump({"source": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC); "
                         "country codes and centres from GeoNames countryInfo and cities15000 (CC BY 4.0)",
               "projection": "equirectangular", "width": W, "height": H,
               "countries": countries, "centres": centres}, sys.stdout, separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write("\n")


def copies(r):
    """A ring as rings that draw in [-180, 180]: a ring crossing the antimeridian (Fiji, Chukotka)
    is made continuous and drawn twice, 360 degrees apart, the SVG's edge cutting each copy; a ring
    around a pole (Antarctica) is closed along the pole's latitude first."""
    if all(abs(b[0] - a[0]) <= 180 for a, b in zip(r, r[1:])):
        return [r]
    out, offset = [r[0]], 0.0
    for a, b in zip(r, r[1:]):
        d = b[0] - a[0]
        if d > 180:
            offset -= 360
        elif d < -180:
            offset += 360
        out.append((b[0] + offset, b[1]))
    if abs(out[-1][0] - out[0][0]) > 180:
        pole = -90.0 if sum(p[1] for p in r) < 0 else 90.0
        out += [(out[-1][0], pole), (out[0][0], pole)]
    lo, hi = min(p[0] for p in out), max(p[0] for p in out)
    return [[(x + k * 360, y) for x, y in out] for k in (-1, 0, 1) if lo + k * 360 < 180 and hi + k * 360 > -180]


def num(v):
    """A coordinate in tenths of a unit as SVG number text: 123 -> 12.3, -5 -> -.5, 40 -> 4."""
    s = "%d.%d" % divmod(abs(v), 10) if v % 10 else str(abs(v) // 10)
    if s.startswith("0."):
        s = s[1:]
    return ("-" if v < 0 else "") + s


if __name__ == "__main__":
    main()
