#!/usr/bin/env bash
# bench/training.sh — 抓培训 at province scale (issue 11, Numbers). See docs/benchmarks.md "Training at province scale".
#
#   bash bench/training.sh          (or ./ggw bench training)
#   BENCH_SCALE=0.05 bash bench/training.sh     (10 people a village: the numbers are about units and teams)
#
# Same throw-away stack and province as bench/rules.sh (bench/lib.sh, bench/province.sh: 11,061 units, a committee
# team for every unit with five years of appointments, each district's four sessions a year and each township's
# one, with their frozen audiences and attendance). Measures, through HTTP with each user's own token:
#   (a) wrk, 20 connections: the coverage view of district $DISTRICT_CODE, this year (GET /training-coverage)  p95 < 100 ms
#   (b) wrk, 20 connections: the owed list of one of its townships, this year (GET /training-owed)            p95 < 50 ms
#   (c) sequential: a required audience computed over the whole province — the executive vice-directors of every
#       village (POST /training-audience-preview, organiser: the province)                                   < 2 s each
#   (d) sequential: the same audience frozen — a session of the province published (POST /trainings/{id}/publish;
#       each run publishes a new draft; the frozen count checked against the preview)                        < 2 s each
#   (c') context: every seat holder of every unit of the province (the largest audience a rule can select)
# and the floors of the same run: (e) wrk GET /org-unit-kinds, (f) the same sequentially, (g) pgbench -S.
# Writes bench/results/training-<UTC>.md and training-latest.json.
set -euo pipefail

BENCH_NAME=training
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-20}
BENCH_DURATION=${BENCH_DURATION:-15}
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
DISTRICT_CODE=BP-D07
# shellcheck source=province.sh
source "$BENCH_DIR/province.sh"

BENCH_PASSWORD='Bench#2026-training'
PROVINCE_USER=bench.province   # district-admin of BP (the province)
DISTRICT_USER=bench.district   # district-admin of $DISTRICT_CODE
TOWNSHIP_USER=bench.township   # township-staff of $TOWNSHIP_CODE
BENCH_USER=$PROVINCE_USER

LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "training benchmark $STAMP, scale $SCALE ($PER_VILLAGE people per village; load average before: $LOADAVG_BEFORE)"
province_start_and_load

step "creating Keycloak users (admin REST API)"
kc_user "$PROVINCE_USER" "$BENCH_PASSWORD" district-admin BP
kc_user "$DISTRICT_USER" "$BENCH_PASSWORD" district-admin "$DISTRICT_CODE"
kc_user "$TOWNSHIP_USER" "$BENCH_PASSWORD" township-staff "$TOWNSHIP_CODE"

THIS_YEAR=$(date +%Y)
URL_COVERAGE="$API/training-coverage?unitId=$DISTRICT_ID"
URL_OWED="$API/training-owed?unitId=$TOWNSHIP_ID"
URL_KINDS="$API/org-unit-kinds"
TOKEN=$(user_token "$DISTRICT_USER")
check_get coverage "$URL_COVERAGE" '.unit.unit.id // .unit.id' "$DISTRICT_ID"
info "district coverage: $(jq -c '.unit | del(.unit)' "$WORK/check-coverage.json" | head -c 300); $(jq '.children | length' "$WORK/check-coverage.json") children"
TOKEN=$(user_token "$TOWNSHIP_USER")
check_get owed "$URL_OWED" 'type' 'array'
info "township owed list: $(jq length "$WORK/check-owed.json") entries, reasons $(jq -c '[.[].reason] | group_by(.) | map({(.[0]): length}) | add' "$WORK/check-owed.json")"

# the required audience over the whole province: the seat holders on the day, recounted in SQL
EVD_RULE='{"roles": ["EXECUTIVE_VICE_DIRECTOR"], "unitKinds": ["VILLAGE"]}'
EVD_EXPECTED=$(q "select count(distinct a.volunteer_id) from appointment a join org_unit u on u.id = a.org_unit_id
  where u.kind = 'VILLAGE' and u.active and a.role = 'EXECUTIVE_VICE_DIRECTOR' and a.started_on <= current_date
    and (a.ended_on is null or a.ended_on > current_date)")
timed_call "$PROVINCE_USER" 200 POST "$API/training-audience-preview" "{\"organiserUnitId\": $PROVINCE_ID, \"rule\": $EVD_RULE}"
EVD_COUNT=$(jq -r .count "$CALL_BODY")
info "preview: $EVD_COUNT executive vice-directors of villages (SQL recount: $EVD_EXPECTED), first call $CALL_MS ms"
[[ $EVD_COUNT == "$EVD_EXPECTED" ]] || warn "the preview counts $EVD_COUNT, a recount of the seats $EVD_EXPECTED (ends on the day, vacancies: see the report)"
record audience-recount check "the province's executive vice-directors of villages: preview = SQL recount of the seats held today" \
  "$API/training-audience-preview" "equal=$([[ $EVD_COUNT == "$EVD_EXPECTED" ]] && echo 1 || echo 0) detail=preview_${EVD_COUNT}_recount_$EVD_EXPECTED"

bench_hold "$URL_COVERAGE" "$URL_OWED"

step "JVM warm-up: ${JVM_WARMUP}s over the coverage view and the owed list"
for pair in "$DISTRICT_USER $URL_COVERAGE" "$TOWNSHIP_USER $URL_OWED"; do
  TOKEN=$(user_token "${pair%% *}")
  timeout --foreground -k 5 $((JVM_WARMUP / 2 + 30)) wrk -t"$THREADS" -c4 -d"$((JVM_WARMUP / 2))s" --timeout "$WRK_TIMEOUT" \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $TOKEN" "${pair#* }" >"$WORK/wrk-jvm-warmup.txt" 2>&1 ||
    { cat "$WORK/wrk-jvm-warmup.txt" >&2; die "the JVM warm-up failed"; }
done

WRK_USER=$DISTRICT_USER run_wrk district-coverage "(a) coverage view of district $DISTRICT_CODE, $THIS_YEAR (district-admin)" "$URL_COVERAGE"
WRK_USER=$TOWNSHIP_USER run_wrk township-owed "(b) owed list of township $TOWNSHIP_CODE, $THIS_YEAR (township-staff)" "$URL_OWED"
WRK_USER=$PROVINCE_USER run_wrk auth-no-db "(e) floor: authenticated, no database (GET /org-unit-kinds)" "$URL_KINDS"
SEQ_RUNS=20 time_seq floor-seq "(f) floor: GET /org-unit-kinds, sequentially" "$PROVINCE_USER" 200 GET "$URL_KINDS"

time_seq audience-province "(c) required audience over the province: executive vice-directors of every village ($EVD_COUNT people; POST /training-audience-preview)" \
  "$PROVINCE_USER" 200 POST "$API/training-audience-preview" "{\"organiserUnitId\": $PROVINCE_ID, \"rule\": $EVD_RULE}"
time_seq audience-province-all "(c') context: every seat holder of every unit of the province (POST /training-audience-preview)" \
  "$PROVINCE_USER" 200 POST "$API/training-audience-preview" "{\"organiserUnitId\": $PROVINCE_ID, \"rule\": {\"roles\": [], \"unitKinds\": []}}"
ALL_COUNT=$(jq -r .count "$CALL_BODY")
info "every seat holder of the province: $ALL_COUNT people"

# (d) the audience frozen: each run creates a draft of the province (not timed) and times its publication
step "sequential audience-frozen: a session of the province published, $SEQ_RUNS times"
TOKEN=$(user_token "$PROVINCE_USER")
APP0=$(app_cpu_ms) PG0=$(pg_cpu_ms)
TIMES=()
STARTS=$(date -d '+60 days' +%F)
for ((i = 1; i <= SEQ_RUNS; i++)); do
  timed_call "token:$TOKEN" 201 POST "$API/trainings" "{\"typeCode\": \"BUSINESS\", \"title\": \"全省村关工委常务副主任业务培训（第$i期）\",
    \"organiserUnitId\": $PROVINCE_ID, \"startsOn\": \"$STARTS\", \"place\": \"省委党校\", \"audience\": $EVD_RULE}"
  SESSION_ID=$(jq -er .summary.id "$CALL_BODY")
  VERSION=$(jq -er .version "$CALL_BODY")
  timed_call "token:$TOKEN" 200 POST "$API/trainings/$SESSION_ID/publish" "{\"version\": $VERSION}"
  TIMES+=("$CALL_MS")
  FROZEN=$(jq -r .summary.required "$CALL_BODY")
done
record_seq audience-frozen "(d) the same audience frozen: a session of the province published ($FROZEN required; POST /trainings/{id}/publish)" \
  "$API/trainings/{id}/publish" "$APP0" "$PG0" "required=$FROZEN" "${TIMES[@]}"
ROWS=$(q "select count(*) from training_trainee where session_id = $SESSION_ID and required")
[[ $FROZEN == "$EVD_COUNT" && $ROWS == "$EVD_COUNT" ]] || die "the published session froze $FROZEN ($ROWS rows), the preview counted $EVD_COUNT"
record audience-frozen-rows check "the published session's required rows = the preview's count" "$API/trainings/$SESSION_ID" "equal=1 detail=rows_$ROWS"

run_pgbench "pgbench-c$CONNS" "(g) floor: pgbench -S, $CONNS clients" "$CONNS" "$THREADS"
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
province_export_facts
export BENCH_NAME BENCH_NAME_LONG="Training at province scale (issue 11)" \
  BENCH_TARGETS="district-coverage:p95_ms:100 township-owed:p95_ms:50 audience-province:max_ms:2000 audience-frozen:max_ms:2000" \
  BENCH_NOTES="(c) and (d): $EVD_COUNT executive vice-directors of the province's villages; (c'): $ALL_COUNT seat holders of all 11,061 units|the owed list of township $TOWNSHIP_CODE: $(jq length "$WORK/check-owed.json") entries (default limit 50)"
REPORT_MD="$RESULTS/training-$STAMP.md"
python3 "$BENCH_DIR/province-report.py" "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/training-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/training-latest.json"
