# The "getting started" examples of the API reference page (/api), in the order shown. One source for the page
# and for GettingStartedExamplesTest, which runs every block marked "expect" with bash and curl against a
# running Pacto and checks the status and a piece of the answer, so the examples cannot go stale.
# A block starts with "### <step>" (its title and explanation are the message keys apidoc.step.<step>.*);
# "# expect <status> <text>" lines are for the test and not shown. $PACTO, $TOKEN, $PLEDGE and $TARGET are
# variables the reader sets (the first block) and the test provides.

### token
export PACTO="{base-url}"
export TOKEN="pacto_…"

### me
# expect 200 "roles"
curl -sS "$PACTO/api/v1/me" -H "Authorization: Bearer $TOKEN"

### search
# expect 200 "facets"
curl -sS "$PACTO/api/v1/practices?q=salud&objective=15&size=5" -H "Accept-Language: es"

### progress
# expect 201 "fulfilment"
curl -sS -X POST "$PACTO/api/v1/pledges/$PLEDGE/progress" \
  -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  --data-binary @- <<JSON
{"date": "2026-06-30", "narrative": "Avance del primer semestre.",
 "values": [{"target": "$TARGET", "value": 250}]}
JSON

### batch
# expect 200 "results"
printf '%s\n' \
  '{"id": "c1", "person": {"birthDate": "1959-03-10", "sex": "female"}, "claim": {"benefit": "old-age", "date": "2026-06-01", "country": "ES"}, "periods": [{"country": "EC", "from": "1980-01-01", "to": "1991-12-31"}, {"country": "ES", "from": "2000-01-01", "to": "2025-12-31"}]}' \
  '{"id": "c2", "person": {"birthDate": "1960-05-02", "sex": "male"}, "claim": {"benefit": "old-age", "date": "2026-06-01", "country": "AR"}, "periods": [{"country": "AR", "from": "1985-01-01", "to": "2010-12-31"}, {"country": "BR", "from": "2011-01-01", "to": "2025-12-31"}]}' \
| curl -sS -X POST "$PACTO/api/v1/portability/calculations/batch?steps=false" \
  -H "Content-Type: application/x-ndjson" --data-binary @-
