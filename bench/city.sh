#!/usr/bin/env bash
# bench/city.sh — the city API at province scale (issue 14, Numbers). See docs/benchmarks.md "City API at province scale".
#
#   bash bench/city.sh          (or ./ggw bench city)
#   BENCH_SCALE=0.05 bash bench/city.sh     (10 people a village: the numbers are about units and their figures)
#
# Same throw-away stack and province as bench/rules.sh (bench/lib.sh, bench/province.sh: 11,061 units with five
# years of work in every line). The realm's machine client `city-system` is pointed at the province (its service
# account's org_unit set to BP through the admin API) and pulls as the city system would (bench/city-sync.py: one
# client, the client-credentials grant, the contract's cursors and ETags, 429 honoured):
#   (a) a full sync: the unit feed and the exemplar feed from the start (1,000 a page), then the figures of every
#       district down to its villages and of the province itself — 11,061 units of figures               < 30 s
#   (a') the second pull: only 304s and empty feeds (checked)
# and with wrk (20 connections) on a district-viewer token of the province (the machine client's rate limit, 300 a
# minute, would answer 429 to a load test; the figures, ETags and 304 path are the same for both):
#   (b') an unchanged poll as the city system makes it (one client, one connection): GET /city/figures of district
#        $DISTRICT_CODE down to villages with If-None-Match → 304                                                  p95 < 5 ms
#   (b) the same at 20 connections (context: on 2 cores the queue, not the poll, sets the p95 — the floor's is higher)
#   (c) the bulk figures of district $DISTRICT_CODE down to villages (GET /city/figures, 200)                     p95 < 100 ms
# and the floors of the same run: (e) wrk GET /org-unit-kinds, (f) the same sequentially, (g) pgbench -S.
# Writes bench/results/city-<UTC>.md and city-latest.json.
set -euo pipefail

BENCH_NAME=city
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-20}
BENCH_DURATION=${BENCH_DURATION:-15}
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
DISTRICT_CODE=BP-D07
# shellcheck source=province.sh
source "$BENCH_DIR/province.sh"

BENCH_PASSWORD='Bench#2026-city'
READER_USER=bench.cityreader   # district-viewer of BP (the province)
BENCH_USER=$READER_USER
CITY_CLIENT=city-system
CITY_SECRET=city-system-secret

LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "city API benchmark $STAMP, scale $SCALE ($PER_VILLAGE people per village; load average before: $LOADAVG_BEFORE)"
province_start_and_load

step "Keycloak: $READER_USER, and the client $CITY_CLIENT pointed at the province (admin REST API)"
kc_user "$READER_USER" "$BENCH_PASSWORD" district-viewer BP
SA_ID=$(kc_admin GET "/users?username=service-account-$CITY_CLIENT&exact=true" | jq -er '.[0].id')
kc_admin PUT "/users/$SA_ID" "$(kc_admin GET "/users/$SA_ID" | jq -c '.attributes.org_unit = ["BP"]')" >/dev/null
CITY_TOKEN=$(token_request -d grant_type=client_credentials -d client_id="$CITY_CLIENT" -d client_secret="$CITY_SECRET")
CLAIMS=$(jwt_claims "$CITY_TOKEN")
info "$CITY_CLIENT: org_unit=$(jq -r .org_unit <<<"$CLAIMS") roles=$(jq -c .realm_access.roles <<<"$CLAIMS") azp=$(jq -r .azp <<<"$CLAIMS")"
[[ $(jq -r .org_unit <<<"$CLAIMS") == BP ]] || die "the token of $CITY_CLIENT lacks org_unit=BP"
UNITS=$(q "select count(*) from org_unit where active")

URL_BULK="$API/city/figures?unitCode=$DISTRICT_CODE&downTo=VILLAGE"
URL_KINDS="$API/org-unit-kinds"
DISTRICT_UNITS=$(q "select count(*) from org_unit where active and (id = $DISTRICT_ID or org_path like (select org_path from org_unit where id = $DISTRICT_ID) || '.%')")
TOKEN=$(user_token "$READER_USER")
check_get bulk "$URL_BULK" '.units | length' "$DISTRICT_UNITS"
ETAG=$(curl -sS --max-time 60 -o /dev/null -D - -H "Authorization: Bearer $TOKEN" "$URL_BULK" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
[[ -n $ETAG ]] || die "no ETag on $URL_BULK"
info "bulk figures of $DISTRICT_CODE: $DISTRICT_UNITS units, $(stat -c %s "$WORK/check-bulk.json") bytes, ETag $ETAG"

bench_hold "$URL_BULK"

# (a) the sync first, on a quiet backend (no wrk before it): what the city waits for
STATE_FILE="$WORK/city-sync-state.json"
sync_pass() { # NAME DESCRIPTION PASS
  local name=$1 desc=$2 pass=$3 app0 pg0 line
  step "sync $name: $desc"
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms)
  line=$(timeout --foreground -k 5 600 python3 "$BENCH_DIR/city-sync.py" "$API" "$KC_URL/realms/ggw/protocol/openid-connect/token" \
    "$CITY_CLIENT" "$CITY_SECRET" "$STATE_FILE" "$pass" 2>"$WORK/sync-$name.err") || { cat "$WORK/sync-$name.err" >&2; die "the sync $name failed"; }
  line="${line#SYNC } cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) loadavg1=$(cut -d' ' -f1 /proc/loadavg)"
  record "$name" sync "$desc" "$API/city" "$line"
  info "result: $line"
}
sync_pass full-sync "(a) full sync of the province as $CITY_CLIENT: both feeds from the start, the figures of every district down to villages and of the province" full
FIGURE_UNITS=$(awk -F'\t' '$1 == "full-sync"' "$MEASUREMENTS" | grep -o 'figure_units=[0-9]*' | cut -d= -f2)
FEED_UNITS=$(awk -F'\t' '$1 == "full-sync"' "$MEASUREMENTS" | grep -o ' units=[0-9]*' | cut -d= -f2)
[[ $FIGURE_UNITS == "$UNITS" && $FEED_UNITS == "$UNITS" ]] || die "the sync read $FEED_UNITS units and $FIGURE_UNITS units of figures, the platform has $UNITS"
record sync-units check "the full sync read every unit once in the feed and once in the figures" "$API/city" "equal=1 detail=units_$UNITS"
sync_pass second-pull "(a') the second pull, nothing changed: If-None-Match on every figure request, the feeds from their cursors" again

step "JVM warm-up: ${JVM_WARMUP}s over the bulk figures"
TOKEN=$(user_token "$READER_USER")
timeout --foreground -k 5 $((JVM_WARMUP + 30)) wrk -t"$THREADS" -c4 -d"${JVM_WARMUP}s" --timeout "$WRK_TIMEOUT" \
  -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $TOKEN" "$URL_BULK" >"$WORK/wrk-jvm-warmup.txt" 2>&1 ||
  { cat "$WORK/wrk-jvm-warmup.txt" >&2; die "the JVM warm-up failed"; }

run_wrk not-modified "(b) unchanged poll: bulk figures of $DISTRICT_CODE down to villages, If-None-Match → 304 (district-viewer of BP)" "$URL_BULK" \
  HEADER If-None-Match "$ETAG" EXPECT 304
WRK_CONNS=1 run_wrk not-modified-one "(b') unchanged poll as the city system makes it: one client, If-None-Match → 304" "$URL_BULK" \
  HEADER If-None-Match "$ETAG" EXPECT 304
run_wrk bulk-district "(c) bulk figures of district $DISTRICT_CODE down to villages, $DISTRICT_UNITS units (district-viewer of BP)" "$URL_BULK"
run_wrk auth-no-db "(e) floor: authenticated, no database (GET /org-unit-kinds)" "$URL_KINDS"
SEQ_RUNS=20 time_seq floor-seq "(f) floor: GET /org-unit-kinds, sequentially" "$READER_USER" 200 GET "$URL_KINDS"
run_pgbench "pgbench-c$CONNS" "(g) floor: pgbench -S, $CONNS clients" "$CONNS" "$THREADS"
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
province_export_facts
export BENCH_NAME BENCH_NAME_LONG="City API at province scale (issue 14)" \
  BENCH_TARGETS="full-sync:elapsed_ms:30000 not-modified-one:p95_ms:5 bulk-district:p95_ms:100" \
  BENCH_NOTES="the sync runs as the realm's machine client $CITY_CLIENT (client credentials, org_unit BP, rate limit 300 a minute honoured); the wrk runs as a district-viewer of BP|$UNITS units on the platform; district $DISTRICT_CODE: $DISTRICT_UNITS units"
REPORT_MD="$RESULTS/city-$STAMP.md"
python3 "$BENCH_DIR/province-report.py" "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/city-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/city-latest.json"
