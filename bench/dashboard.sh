#!/usr/bin/env bash
# bench/dashboard.sh — the leaders' dashboard at province scale (issue 13, Numbers). See docs/benchmarks.md.
#
#   bash bench/dashboard.sh          (or ./ggw bench dashboard)
#   BENCH_SCALE=0.05 bash bench/dashboard.sh     (5 % of the people and their activities: a quick run)
#
# Same throw-away stack as the other benchmarks (bench/lib.sh: PostgreSQL :55434, Keycloak :8183 / :9183,
# the packaged backend on 127.0.0.1:8083). Loads the province tree (bench/sql/province-tree.sql: 60
# districts, 1,000 townships, 10,000 villages) and five years of work in every line
# (bench/sql/province-activity.sql: 100 × BENCH_SCALE 五老 per village, a team for every unit with its
# appointment history, monthly meetings, bulletins with receipts, trainings with attendance, exemplars,
# activities and care records), checks that V12's counts equal a recount and that the dashboard's 五老
# total equals one, creates three Keycloak users (province: district-admin of BP; district: district-admin
# of one district; township: township-staff of one of its townships), then measures with wrk (20
# connections, each user's own token) GET /dashboard of the province, the district and the township (this
# year; the province also over the five years), times the work report (DOCX) of the district and the
# province (sequential runs), and the floor: an authenticated call without the database (GET
# /org-unit-kinds) and pgbench -S on the same server. Writes bench/results/dashboard-<UTC>.md and
# bench/results/dashboard-latest.json, stops everything it started.
#
# Environment (besides bench/lib.sh's BENCH_DURATION, BENCH_WARMUP, BENCH_THREADS, BENCH_JVM_WARMUP,
# BENCH_HOLD, BENCH_BUILD and the ports):
#   BENCH_SCALE=1               share of the province's people (1: 1,000,000 五老; at least 10 per village)
#   BENCH_ACTIVITY_RATE=0.3     activities per person and year (care records: half as many)
#   BENCH_CONNECTIONS=20        wrk connections (the issue's 20 concurrent leaders)
#   BENCH_REPORT_RUNS=5         sequential work report downloads per unit
#   BENCH_FIVE_YEARS=0          1: also the province over the five years (d) — not cheap, see below
#   BENCH_COMPUTED_RUNS=5       sequential dashboard calls per unit, each after a write (computed on read)
#   BENCH_BESIDE_ROWS=100000    people imported (and seats ended) beside the province's dashboard run; 0: none
#   BENCH_KEEP=1                0: the backend keeps no figures between writes (ggw.figures.keep-between-writes,
#                               the compute-on-read baseline)
set -euo pipefail

BENCH_NAME=dashboard
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-20}
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
DISTRICT_CODE=BP-D07           # neither first nor last
# shellcheck source=province.sh
source "$BENCH_DIR/province.sh"

REPORT_RUNS=${BENCH_REPORT_RUNS:-5}

BENCH_PASSWORD='Bench#2026-dashboard'
PROVINCE_USER=bench.province   # district-admin of BP (the province)
DISTRICT_USER=bench.district   # district-admin of $DISTRICT_CODE
TOWNSHIP_USER=bench.township   # township-staff of $TOWNSHIP_CODE
BENCH_USER=$PROVINCE_USER
P95_DISTRICT_MS=100
P95_TOWNSHIP_MS=30
REPORT_TARGET_MS=5000

LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "dashboard benchmark $STAMP, scale $SCALE ($PER_VILLAGE people per village; load average before: $LOADAVG_BEFORE)"
KEEP=${BENCH_KEEP:-1}
# 4. the province and five years of work (bench/province.sh)
province_start_and_load "GGW_FIGURES_KEEP_BETWEEN_WRITES=$([[ $KEEP == 0 ]] && echo false || echo true)"

# ---------------------------------------------------------------------------------------------
# 5. users, and the figures checked once through HTTP
# ---------------------------------------------------------------------------------------------
step "creating Keycloak users (admin REST API)"
kc_user "$PROVINCE_USER" "$BENCH_PASSWORD" district-admin BP
kc_user "$DISTRICT_USER" "$BENCH_PASSWORD" district-admin "$DISTRICT_CODE"
kc_user "$TOWNSHIP_USER" "$BENCH_PASSWORD" township-staff "$TOWNSHIP_CODE"

URL_PROVINCE="$API/dashboard"
URL_PROVINCE_5Y="$API/dashboard?from=$Y0"
URL_DISTRICT="$API/dashboard"
URL_TOWNSHIP="$API/dashboard"
URL_KINDS="$API/org-unit-kinds"
onreg='.lines[] | select(.line == "VOLUNTEERS") | .kpis[] | select(.key == "volunteers.onRegister") | .value | floor'
TOKEN=$(user_token "$PROVINCE_USER")
t=$(date +%s%N)
# the first call computes everything (cold JVM, cold caches): a generous timeout, then the usual check
status=$(curl -sS --max-time 600 -o "$WORK/first-province.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL_PROVINCE") || status=000
FIRST_PROVINCE_MS=$(ms_since "$t")
[[ $status == 200 ]] || die "the province's first dashboard call answered $status after $FIRST_PROVINCE_MS ms"
check_get province "$URL_PROVINCE" "$onreg" "$ON_REGISTER"
info "the province's first dashboard call took $FIRST_PROVINCE_MS ms; lines $(jq -c '[.lines[].line]' "$WORK/check-province.json"), attention items $(jq '.attention | length' "$WORK/check-province.json")"
TOKEN=$(user_token "$DISTRICT_USER")
check_get district "$URL_DISTRICT" '.unit.code' "$DISTRICT_CODE"
TOKEN=$(user_token "$TOWNSHIP_USER")
check_get township "$URL_TOWNSHIP" '.unit.code' "$TOWNSHIP_CODE"

bench_hold "$URL_PROVINCE" "$URL_DISTRICT"

# ---------------------------------------------------------------------------------------------
# 6. measurements
# ---------------------------------------------------------------------------------------------
step "JVM warm-up: ${JVM_WARMUP}s over the township's and district's dashboards"
for u in "$TOWNSHIP_USER" "$DISTRICT_USER"; do
  TOKEN=$(user_token "$u")
  timeout --foreground -k 5 $((JVM_WARMUP / 2 + 30)) wrk -t"$THREADS" -c4 -d"$((JVM_WARMUP / 2))s" --timeout "$WRK_TIMEOUT" \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $TOKEN" "$URL_DISTRICT" >"$WORK/wrk-jvm-warmup-$u.txt" 2>&1 ||
    { cat "$WORK/wrk-jvm-warmup-$u.txt" >&2; die "the JVM warm-up failed"; }
done

# time_computed NAME DESCRIPTION USER URL : BENCH_COMPUTED_RUNS sequential calls, each right after a write (a row in
# figure_change, as every writing statement adds): what a leader waits for when the figures must be computed
time_computed() {
  local name=$1 desc=$2 user=$3 url=$4 token out times=() i app0 pg0 line
  step "computed on read $name: $desc, $COMPUTED_RUNS calls each after a write"
  token=$(user_token "$user")
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms)
  for ((i = 1; i <= COMPUTED_RUNS; i++)); do
    q "insert into figure_change (table_name) values ('org_unit')" >/dev/null  # in every line's tables: all recompute
    out=$(curl -sS --max-time 600 -o "$WORK/computed-$name.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$url") || out='000 0'
    [[ ${out%% *} == 200 ]] || die "$url answered ${out%% *}: $(head -c 300 "$WORK/computed-$name.json")"
    times+=("$(awk -v s="${out#* }" 'BEGIN {printf "%d", s * 1000}')")
  done
  line=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "runs=%d median_ms=%d max_ms=%d min_ms=%d", NR, a[int((NR + 1) / 2)], a[NR], a[1]}')
  line+=" first_ms=${times[0]} cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) loadavg1=$(cut -d' ' -f1 /proc/loadavg)"
  record "$name" computed "$desc" "$url" "$line"
  info "times (ms): ${times[*]} → $line"
}
COMPUTED_RUNS=${BENCH_COMPUTED_RUNS:-5}
time_computed computed-township "township $TOWNSHIP_CODE" "$TOWNSHIP_USER" "$URL_TOWNSHIP"
time_computed computed-district "district $DISTRICT_CODE" "$DISTRICT_USER" "$URL_DISTRICT"
time_computed computed-province "the province" "$PROVINCE_USER" "$URL_PROVINCE"

# prime USER URL : one call with a long timeout, so that the measured run reads kept figures (the computation
# itself is timed above); without it the 20 connections would wait for one computation longer than wrk's timeout
prime() {
  local token out
  token=$(user_token "$1")
  out=$(curl -sS --max-time 900 -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$2") || out='000 0'
  [[ ${out%% *} == 200 ]] || die "priming $2 answered ${out%% *}"
  info "primed $2 in ${out#* } s"
}
prime "$TOWNSHIP_USER" "$URL_TOWNSHIP"
WRK_USER=$TOWNSHIP_USER run_wrk township "(a) dashboard of township $TOWNSHIP_CODE, this year (township-staff)" "$URL_TOWNSHIP"
prime "$DISTRICT_USER" "$URL_DISTRICT"
WRK_USER=$DISTRICT_USER run_wrk district "(b) dashboard of district $DISTRICT_CODE, this year (district-admin)" "$URL_DISTRICT"
prime "$PROVINCE_USER" "$URL_PROVINCE"
WRK_USER=$PROVINCE_USER run_wrk province "(c) dashboard of the province, this year (district-admin of BP)" "$URL_PROVINCE"
# (d) is opt-in: computing five years of the province ran the backend out of heap at 100,000 people (the ledger
# holds every recorded month of the window; run of 2026-12-07 05:21)
if [[ ${BENCH_FIVE_YEARS:-0} == 1 ]]; then
  prime "$PROVINCE_USER" "$URL_PROVINCE_5Y"
  WRK_USER=$PROVINCE_USER run_wrk province-5y "(d) dashboard of the province, five years from $Y0" "$URL_PROVINCE_5Y"
fi
WRK_USER=$PROVINCE_USER run_wrk auth-no-db "(e) floor: authenticated, no database (GET /org-unit-kinds)" "$URL_KINDS"

# The figures while writes run beside (issue 13: a census import and committee changes): a background psql
# session imports BENCH_BESIDE_ROWS people into the township's villages in statements of 1,000 rows and ends and
# ends a seat of a village team after each, while wrk reads the province's dashboard; afterwards the
# dashboard's 在册五老 must equal a recount of the register.
BESIDE_ROWS=${BENCH_BESIDE_ROWS:-100000}
BESIDE_PID=''
# (with no writer running, `wait ""` failed and, under set -e, ended the exit trap before it stopped the stack)
stop_beside() {
  if [[ -n $BESIDE_PID ]]; then
    kill "$BESIDE_PID" 2>/dev/null || true
    wait "$BESIDE_PID" 2>/dev/null || true
  fi
  BESIDE_PID=''
}
BENCH_ON_EXIT=stop_beside
write_beside() {
  local batches=$((BESIDE_ROWS / 1000)) b
  for ((b = 0; b < batches; b++)); do
    psql_app -q -c "insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)
        select v.id, v.org_path, '普查' || g, '229993' || lpad(($b * 1000 + g)::text, 12, '0'), 'MALE', date '1955-05-05',
               case when g % 4 = 0 then 'ACTIVE' else 'REGISTERED' end, 'bench-beside', 'bench-beside'
          from generate_series(1, 1000) g join org_unit v on v.parent_id = $TOWNSHIP_ID and v.sort_order = 10 * (1 + g % 10)" \
      -c "with s as (select id from appointment where org_unit_id = (select id from org_unit where parent_id = $TOWNSHIP_ID order by id limit 1)
                       and role = 'MEMBER' and ended_on is null order by id limit 1)
          update appointment a set ended_on = current_date, end_reason = 'RESIGNATION', ended_at = now(), ended_by = 'bench-beside'
            from s where a.id = s.id and a.started_on < current_date" || return 1
  done
}
if ((BESIDE_ROWS > 0)); then
  BESIDE_T0=$(date +%s%N)
  write_beside >"$WORK/beside.txt" 2>&1 &
  BESIDE_PID=$!
  WRK_USER=$PROVINCE_USER run_wrk province-beside "(i) dashboard of the province while $BESIDE_ROWS people are imported and seats ended beside" "$URL_PROVINCE"
  wait "$BESIDE_PID" || die "the writes beside failed: $(tail -c 400 "$WORK/beside.txt")"
  BESIDE_PID=''
  BESIDE_MS=$(ms_since "$BESIDE_T0")
  ON_REGISTER=$(q "select count(*) from volunteer where status in ('REGISTERED', 'CONTACTED', 'ACTIVE', 'INACTIVE')")
  prime "$PROVINCE_USER" "$URL_PROVINCE"
  TOKEN=$(user_token "$PROVINCE_USER")
  check_get province-after-beside "$URL_PROVINCE" "$onreg" "$ON_REGISTER"
  info "$BESIDE_ROWS imported beside in $BESIDE_MS ms; the dashboard's 在册五老 = $ON_REGISTER = a recount"
  record beside-check check "figures after the writes beside" "$URL_PROVINCE" "on_register=$ON_REGISTER rows=$BESIDE_ROWS elapsed_ms=$BESIDE_MS equal=1"
fi

run_pgbench "pgbench-c$CONNS" "(f) floor: pgbench -S, $CONNS clients" "$CONNS" "$THREADS"

# time_report NAME DESCRIPTION USER URL : REPORT_RUNS sequential downloads of the work report
time_report() {
  local name=$1 desc=$2 user=$3 url=$4 token out times=() i sorted app0 pg0 bytes
  step "work report $name: $desc, $REPORT_RUNS runs one after the other"
  token=$(user_token "$user")
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms)
  for ((i = 1; i <= REPORT_RUNS; i++)); do
    out=$(curl -sS --max-time 120 -o "$WORK/report-$name.docx" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$url") || out='000 0'
    [[ ${out%% *} == 200 ]] || die "the work report $name answered ${out%% *}: $(head -c 300 "$WORK/report-$name.docx")"
    times+=("$(awk -v s="${out#* }" 'BEGIN {printf "%d", s * 1000}')")
  done
  bytes=$(stat -c %s "$WORK/report-$name.docx")
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  local line
  line=$(printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$REPORT_RUNS" '{a[NR] = $1} END {printf "runs=%d first_ms=%d median_ms=%d max_ms=%d min_ms=%d", runs, 0, a[int((NR + 1) / 2)], a[NR], a[1]}')
  line=${line/first_ms=0/first_ms=${times[0]}}
  line+=" bytes=$bytes cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) loadavg1=$(cut -d' ' -f1 /proc/loadavg)"
  record "$name" report "$desc" "$url" "$line"
  info "times (ms, sorted): $sorted→ $line"
}
time_report report-district "(g) work report of district $DISTRICT_CODE, this year" "$DISTRICT_USER" "$API/dashboard/report.docx"
time_report report-province "(h) work report of the province, this year" "$PROVINCE_USER" "$API/dashboard/report.docx"
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 7. the report
# ---------------------------------------------------------------------------------------------
step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
province_export_facts
export BENCH_KEEP=$KEEP BENCH_FIRST_PROVINCE_MS=$FIRST_PROVINCE_MS \
  BENCH_P95_DISTRICT_MS=$P95_DISTRICT_MS BENCH_P95_TOWNSHIP_MS=$P95_TOWNSHIP_MS BENCH_REPORT_TARGET_MS=$REPORT_TARGET_MS
REPORT_MD="$RESULTS/dashboard-$STAMP.md"
python3 "$BENCH_DIR/dashboard-report.py" "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/dashboard-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/dashboard-latest.json"
