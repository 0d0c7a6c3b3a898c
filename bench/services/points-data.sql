-- 20,000 synthetic service points for bench/services.sh (issue 13): 40 Latin American cities × 500 points,
-- spread uniformly over a 30 km disc around each centre, with kinds, languages and services drawn from the
-- module's lists. Deterministic (setseed), marked synthetic, and left out of nothing: the search sees them all.
select setseed(0.13);
with cities(n, lat, lon) as (values
  (1, -34.72, -58.25), (2, -34.60, -58.38), (3, -12.05, -77.04), (4, 14.90, -92.26), (5, 13.69, -89.19),
  (6, -33.05, -71.61), (7, -33.45, -70.66), (8, 4.71, -74.07), (9, 19.43, -99.13), (10, -23.55, -46.63),
  (11, -22.91, -43.17), (12, 10.48, -66.90), (13, -0.18, -78.47), (14, -16.50, -68.15), (15, -25.26, -57.58),
  (16, -34.90, -56.16), (17, 9.93, -84.08), (18, 8.98, -79.52), (19, 14.63, -90.51), (20, 14.07, -87.19),
  (21, 12.11, -86.24), (22, 18.49, -69.93), (23, 23.11, -82.37), (24, 18.47, -72.29), (25, 32.53, -117.04),
  (26, 31.69, -106.42), (27, 25.69, -100.32), (28, 20.67, -103.35), (29, 6.24, -75.58), (30, 3.45, -76.53),
  (31, -2.19, -79.89), (32, -31.42, -64.18), (33, -32.95, -60.64), (34, -24.78, -65.41), (35, -18.48, -70.31),
  (36, -20.22, -70.14), (37, -3.75, -38.52), (38, -8.05, -34.88), (39, -12.97, -38.50), (40, 10.39, -75.51)),
kinds as (select array['information-point','integrated-service','community-centre','shelter','health',
  'legal-aid','employment','education','mobile-consular-day'] as k),
offered as (select array['information','documentation','registration-card','health-care','intercultural-mediation',
  'legal-advice','psychosocial-support','child-protection','gender-based-violence-response','shelter','food',
  'employment','education','language-classes','returnee-reintegration','consular-services'] as s),
langs as (select array['es','pt','en','fr','qu','ay','ht','gn'] as l),
g as (select c.n, c.lat, c.lon, i, 30 * sqrt(random()) as r, 2 * pi() * random() as a, random() as x, random() as y,
             random() as z from cities c cross join generate_series(1, 500) i)
insert into services.service_point (id, name, kind, operator_id, operator_name, country, locality, address,
  latitude, longitude, opening_hours, time_zone, languages, services, child_sensitive, gender_responsive,
  accessibility, directions, verified_on, status, synthetic, source, created_at)
select gen_random_uuid(), 'Punto sintético ' || g.n || '-' || g.i, k.k[1 + (g.i % 9)], gen_random_uuid(),
  'Operador sintético ' || g.n, 'ZZ', 'Ciudad sintética ' || g.n, 'Calle ' || g.i,
  g.lat + (g.r / 111.2) * sin(g.a), g.lon + (g.r / (111.2 * cos(radians(g.lat)))) * cos(g.a),
  case when g.i % 5 = 0 then '24/7' else 'mo-fr 09:00-17:00; sa 09:00-12:00' end, 'America/Lima',
  array_remove(array['es', case when g.x < 0.3 then l.l[2 + (g.i % 7)] end], null),
  array_remove(array[o.s[1 + (g.i % 16)], o.s[1 + ((g.i * 7) % 16)], case when g.y < 0.5 then o.s[1 + ((g.i * 11) % 16)] end], null),
  g.z < 0.4, g.z > 0.5, '', '', date '2026-11-01', 'open', true, 'bench/services/points-data.sql', now()
from g, kinds k, offered o, langs l;
analyze services.service_point;
