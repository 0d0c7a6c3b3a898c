#!/usr/bin/env python3
"""Converts world-atlas (Natural Earth 110m, public domain; TopoJSON by Mike Bostock, ISC) into
GeoJSON keyed by ISO 3166-1 alpha-2, joined on the M49 numeric id of taxonomy's country table.
Usage: npm pack world-atlas@2 (in /tmp), untar, then
  python3 tools/world_geojson.py /tmp/wa/package/countries-110m.json"""
import json, re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
sql = (root / 'src/main/resources/db/migration/taxonomy/V6__countries_and_regions.sql').read_text()
m49 = {m.group(2): m.group(1) for m in re.finditer(r"values \('([A-Z]{2})', '[A-Z]{3}', '(\d{3})'", sql)}
topo = json.load(open(sys.argv[1]))
sx, sy = topo['transform']['scale']; tx, ty = topo['transform']['translate']
arcs = []
for arc in topo['arcs']:
    x = y = 0; pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
    arcs.append(pts)
def ring(indexes):
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts
def unwrap(r):
    """Rings crossing the antimeridian (Fiji, Russia) would draw a line across the map: keep them on one side."""
    if any(abs(r[i][0] - r[i+1][0]) > 180 for i in range(len(r) - 1)):
        east = sum(1 for p in r if p[0] > 0) >= len(r) / 2
        return [[p[0] + 360, p[1]] if east and p[0] < 0 else [p[0] - 360, p[1]] if not east and p[0] > 0 else p for p in r]
    return r
def area(r):
    return abs(sum(r[i][0] * r[i+1][1] - r[i+1][0] * r[i][1] for i in range(len(r) - 1))) / 2
features, centroids = [], {}
for g in topo['objects']['countries']['geometries']:
    code = m49.get(g.get('id', ''))
    if not code or g['type'] not in ('Polygon', 'MultiPolygon'):
        continue
    polys = [g['arcs']] if g['type'] == 'Polygon' else g['arcs']
    coords = [[unwrap(ring(r)) for r in p] for p in polys]
    biggest = max((p[0] for p in coords), key=area)
    xs = [p[0] for p in biggest]; ys = [p[1] for p in biggest]
    centroids[code] = [round((min(xs) + max(xs)) / 2, 2), round((min(ys) + max(ys)) / 2, 2)]
    features.append({'type': 'Feature', 'id': code, 'properties': {'code': code, 'm49': g['id'], 'name': g['properties']['name']},
                     'geometry': {'type': 'MultiPolygon', 'coordinates': coords}})
out = root / 'src/main/resources/static/geo'
(out / 'countries-110m.geojson').write_text(json.dumps({'type': 'FeatureCollection', 'features': features}, separators=(',', ':')))
(out / 'centroids.json').write_text(json.dumps(centroids, separators=(',', ':'), sort_keys=True))
print(len(features), 'countries')
