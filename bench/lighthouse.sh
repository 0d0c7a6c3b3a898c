#!/usr/bin/env bash
# Lighthouse (issue 19): the four scores and the bytes transferred of Pacto's main public pages, in
# Lighthouse's default mobile mode (emulated phone, simulated slow 4G, 4x CPU slowdown), with Debian's
# Chromium. Lighthouse comes from the npm registry, pinned (12.2.3 runs on Node 18-20; 13 wants Node 22).
#   bench/lighthouse.sh            (after ./pacto run has built target/run, or mvn package)
#   PACTO_URL=http://localhost:8080 bench/lighthouse.sh   (measures a Pacto already running with --pacto.demo=true)
#   bench/lighthouse.sh /api /skills                      (only these pages)
# Prints a Markdown table; the JSON reports stay in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
LIGHTHOUSE=lighthouse@12.2.3
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=18095
OUT=target/lighthouse
DATA=$(mktemp -d /tmp/pacto-lighthouse.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
mkdir -p "$OUT"
JAR=target/run/pacto.jar
OPTS=()
if [ -f target/run/stamp ]; then
  OPTS=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
elif [ ! -f "$JAR" ]; then
  JAR=target/pacto.jar
fi
if [ -n "${PACTO_URL:-}" ]; then
  B=$PACTO_URL
else
  "$JAVA" "${OPTS[@]}" -jar "$JAR" --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$DATA/app.log" 2>&1 &
  PID=$!
  until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
  B=http://localhost:$PORT
fi
PRACTICE=$(curl -s "$B/api/v1/practices?q=consulado&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
PLEDGE=$(curl -s "$B/api/v1/pledges?q=Bal%C3%B3n&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
OBSERVATORY=$(curl -s "$B/observatories" | grep -o 'href="/observatories/[a-z0-9-]*' | head -1 | cut -d'"' -f2)
# the main public page of every module (the calculator's result needs a POST: PageWeightBrowserTest weighs it)
PAGES=(/ /objectives /objectives/9 /principles /principles/human-rights /practices "/practices?q=consulado+movil"
       "/practices/$PRACTICE" /pledges "/pledges/$PLEDGE" /pledges/map /portability
       "/portability?countries=ES&countries=EC" /portability/calculator /organisations /login /api
       /reviews /indicators "$OBSERVATORY" /dialogue /services /skills /financing)
if [ $# -gt 0 ]; then PAGES=("$@"); fi   # bench/lighthouse.sh /api /skills: only these pages
# warm the JIT and the caches so the first pages are not measured on a cold server
for _ in 1 2 3; do for p in "${PAGES[@]}"; do curl -s -o /dev/null "$B$p"; done; done
echo "| page | performance | accessibility | best practices | SEO | transferred (KB) | LCP (s) |"
echo "|---|---|---|---|---|---|---|"
i=0
for p in "${PAGES[@]}"; do
  i=$((i + 1))
  npx -y "$LIGHTHOUSE" "$B$p" --quiet --output=json --output-path="$OUT/page-$i.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null 2>"$OUT/page-$i.log" \
    || { echo "| \`$p\` | lighthouse failed (see $OUT/page-$i.log) ||||||"; continue; }
  python3 - "$OUT/page-$i.json" "$p" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
c = r["categories"]
s = lambda k: "—" if c[k]["score"] is None else str(round(c[k]["score"] * 100))
kb = r["audits"]["total-byte-weight"]["numericValue"] / 1024
lcp = r["audits"]["largest-contentful-paint"]["numericValue"] / 1000
print(f"| `{sys.argv[2]}` | {s('performance')} | {s('accessibility')} | {s('best-practices')} | {s('seo')} | {kb:.0f} | {lcp:.1f} |")
PY
done
