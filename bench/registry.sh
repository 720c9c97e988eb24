#!/usr/bin/env bash
# bench/registry.sh — rerunnable performance benchmark of the 五老 registry (issue 3, section
# Numbers): the list at 1,000,000 volunteers (page 1 and a deep keyset page) and the census import
# of a generated 100,000-row file with the backend's heap bounded. See docs/benchmarks.md.
#
#   bash bench/registry.sh        (or ./ggw bench registry)
#
# Same throw-away stack as bench/hierarchy.sh (bench/lib.sh: PostgreSQL :55434, Keycloak :8183 /
# :9183, the packaged backend on 127.0.0.1:8083), the backend started with -Xmx$BENCH_HEAP. Loads
# district BR (20 townships × 50 villages) and $BENCH_PER_VILLAGE people per village with SQL,
# creates three Keycloak users (township-staff of one township, district-viewer and district-admin
# of BR), walks the township's cursor chain $BENCH_DEEP_PAGES pages deep, measures with wrk (50 and
# 10 connections) the first and the deep page through GET /volunteers and POST /volunteers/search
# and the district's first page, records EXPLAIN (ANALYZE, BUFFERS) of the list statement, then
# imports a generated XLSX and a CSV census file (and the XLSX again) through the import API,
# timing each phase and sampling the backend's RSS every 100 ms. Writes
# bench/results/registry-<UTC>.md and bench/results/registry-latest.json, stops everything it started.
#
# Environment (besides bench/lib.sh's BENCH_DURATION, BENCH_WARMUP, BENCH_THREADS, BENCH_JVM_WARMUP,
# BENCH_HOLD, BENCH_BUILD and the ports):
#   BENCH_HEAP=512m           the backend's -Xmx, or prod: the production JVM settings (ggw.jvm-options,
#                             README "Memory"); the backend's resident set is then sampled through the whole run
#   BENCH_PER_VILLAGE=1000    people per village (1,000 villages)
#   BENCH_LAYOUT=township     ids by township (township) or spread over all villages (mixed); see
#                             bench/sql/registry-volunteers.sql
#   BENCH_CONNECTIONS="50 10" the wrk connection counts, each measured
#   BENCH_DEEP_PAGES=400      how deep the deep page is (pages of 50)
#   BENCH_IMPORT_ROWS=100000  rows of each census file; BENCH_IMPORT_BAD_SHARE=0.02
#   BENCH_IMPORT_FORMATS="xlsx csv"   (empty: no import)
#   BENCH_IMPORT_TIMEOUT=900  seconds an import phase may take before the run gives up
#   BENCH_LIST=1              0: skip the list measurements
set -euo pipefail

BENCH_NAME=registry
CONNS_LIST=${BENCH_CONNECTIONS:-50 10}
BENCH_CONNECTIONS=${CONNS_LIST%% *}
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

HEAP=${BENCH_HEAP:-512m}
PER_VILLAGE=${BENCH_PER_VILLAGE:-1000}
LAYOUT=${BENCH_LAYOUT:-township}
DEEP_PAGES=${BENCH_DEEP_PAGES:-400}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
IMPORT_BAD_SHARE=${BENCH_IMPORT_BAD_SHARE:-0.02}
IMPORT_FORMATS=${BENCH_IMPORT_FORMATS-xlsx csv}
IMPORT_TIMEOUT=${BENCH_IMPORT_TIMEOUT:-900}
DO_LIST=${BENCH_LIST:-1}
PAGE=50
[[ $LAYOUT == township || $LAYOUT == mixed ]] || die "BENCH_LAYOUT must be township or mixed"

BENCH_PASSWORD='Bench#2026-registry'
TOWNSHIP_USER=bench.township   # township-staff of $TOWNSHIP_CODE
VIEWER_USER=bench.viewer       # district-viewer of BR
ADMIN_USER=bench.admin         # district-admin of BR (imports)
BENCH_USER=$TOWNSHIP_USER
TOWNSHIP_CODE=BR-T08           # 8th of 20: neither first nor last in id order

# rss_sampler PID FILE : VmRSS (KiB) every 100 ms, one line each, until killed
rss_sampler() {
  local pid=$1 file=$2 line
  while :; do
    line=$(grep -m1 '^VmRSS:' "/proc/$pid/status" 2>/dev/null) || break
    line=${line#VmRSS:}
    echo "${line//[^0-9]/}" >>"$file"
    sleep 0.1
  done
}
RSS_PID='' WHOLE_RSS_PID=''
stop_whole_sampler() {
  [[ -n $WHOLE_RSS_PID ]] || return 0
  kill "$WHOLE_RSS_PID" 2>/dev/null || true
  wait "$WHOLE_RSS_PID" 2>/dev/null || true
  WHOLE_RSS_PID=''
}
stop_samplers() { stop_rss_sampler; stop_whole_sampler; }
stop_rss_sampler() { # only this child: a bare `wait` would wait for the services too
  [[ -n $RSS_PID ]] || return 0
  kill "$RSS_PID" 2>/dev/null || true
  wait "$RSS_PID" 2>/dev/null || true
  RSS_PID=''
  return 0
}
BENCH_ON_EXIT=stop_samplers

# ---------------------------------------------------------------------------------------------
# 0.–3. preflight, backend, stack (bounded heap)
# ---------------------------------------------------------------------------------------------
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "registry benchmark $STAMP (load average before: $LOADAVG_BEFORE)"
bench_preflight
bench_backend
if [[ $HEAP == prod ]]; then JVM_OPTIONS=$(backend_jvm_options); else JVM_OPTIONS="-Xmx$HEAP"; fi
bench_start_stack "JDK_JAVA_OPTIONS=$JVM_OPTIONS"
APP_PID=${SVC_PID[backend-bench]}
# the java launcher prints "Picked up JDK_JAVA_OPTIONS: …" when it applied them
grep -qF "Picked up JDK_JAVA_OPTIONS: $JVM_OPTIONS" "$LOGS/backend-bench.log" ||
  warn "the backend log does not confirm $JVM_OPTIONS (JDK_JAVA_OPTIONS)"
JAVA_PID=$(pgrep -P "$APP_PID" java 2>/dev/null | head -n1 || true)
[[ -n $JAVA_PID ]] || JAVA_PID=$APP_PID   # spawn may exec java itself
[[ $(tr '\0' ' ' <"/proc/$JAVA_PID/cmdline") == *quarkus-run.jar* ]] || die "could not find the backend's java process"
HEAP_FLAGS=$(jcmd "$JAVA_PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -n1 || true)
info "backend java pid $JAVA_PID, $HEAP_FLAGS"
app_cpu_ms() { proc_cpu_ms "$JAVA_PID"; }

# ---------------------------------------------------------------------------------------------
# 4. the district and its volunteers
# ---------------------------------------------------------------------------------------------
step "loading district BR (bench/sql/registry-tree.sql)"
t=$(date +%s%N)
psql_app -f "$BENCH_DIR/sql/registry-tree.sql" >"$WORK/tree-load.txt"
TREE_LOAD_MS=$((($(date +%s%N) - t) / 1000000))
TREE_COUNTS=$(q "select string_agg(kind || '=' || n, ' ' order by d) from (select kind, count(*) n, min(depth) d from org_unit where code like 'BR%' group by kind) s")
info "loaded in $TREE_LOAD_MS ms: $TREE_COUNTS"

step "loading $PER_VILLAGE volunteers per village, layout $LAYOUT (bench/sql/registry-volunteers.sql)"
t=$(date +%s%N)
psql_app -v per_village="$PER_VILLAGE" -v layout="$LAYOUT" -f "$BENCH_DIR/sql/registry-volunteers.sql" >"$WORK/volunteers-load.txt"
VOLUNTEERS_LOAD_MS=$((($(date +%s%N) - t) / 1000000))
psql_super -d ggw -c checkpoint >/dev/null
VOLUNTEERS=$(q "select count(*) from volunteer")
HISTORY=$(q "select count(*) from volunteer_status_change")
DB_SIZE=$(q "select pg_size_pretty(pg_database_size('ggw'))")
info "loaded in $VOLUNTEERS_LOAD_MS ms: $VOLUNTEERS volunteers, $HISTORY status changes, database $DB_SIZE"

DISTRICT_ID=$(q "select id from org_unit where code = 'BR'")
TOWNSHIP_ID=$(q "select id from org_unit where code = '$TOWNSHIP_CODE'")
TOWNSHIP_PATH=$(q "select org_path from org_unit where id = $TOWNSHIP_ID")
TOWNSHIP_PEOPLE=$(q "select count(*) from volunteer where org_path like '$TOWNSHIP_PATH.%'")
TOWNSHIP_IDS=$(q "select min(id) || '–' || max(id) from volunteer where org_path like '$TOWNSHIP_PATH.%'")
info "township $TOWNSHIP_CODE id $TOWNSHIP_ID path $TOWNSHIP_PATH: $TOWNSHIP_PEOPLE people, ids $TOWNSHIP_IDS"

# ---------------------------------------------------------------------------------------------
# 5. users
# ---------------------------------------------------------------------------------------------
step "creating Keycloak users (admin REST API)"
kc_user "$TOWNSHIP_USER" "$BENCH_PASSWORD" township-staff "$TOWNSHIP_CODE"
kc_user "$VIEWER_USER" "$BENCH_PASSWORD" district-viewer BR
kc_user "$ADMIN_USER" "$BENCH_PASSWORD" district-admin BR
TOKEN=$(user_token)
check_get me "$API/me" '.unit.code' "$TOWNSHIP_CODE"

# ---------------------------------------------------------------------------------------------
# 6. the list: page 1, the cursor chain to the deep page, the statement and its plans
# ---------------------------------------------------------------------------------------------
URL_P1="$API/volunteers?unitId=$TOWNSHIP_ID&limit=$PAGE"
URL_DISTRICT="$API/volunteers?limit=$PAGE"
URL_SEARCH="$API/volunteers/search"
BODY_P1=$(jq -nc --argjson u "$TOWNSHIP_ID" --argjson l "$PAGE" '{unitId: $u, limit: $l}')
DEEP_CURSOR='' DEEP_AFTER_ID='' WALK_MS=0 WALK_SUMMARY='' URL_DEEP=''
if ((DO_LIST)); then
  check_get list-p1 "$URL_P1" '.items | length' "$PAGE"

  step "walking the cursor chain of $TOWNSHIP_CODE, $DEEP_PAGES pages of $PAGE (curl, one after the other)"
  cursor='' walk_times="$WORK/walk-times.txt"
  : >"$walk_times"
  t=$(date +%s%N)
  for ((i = 1; i <= DEEP_PAGES; i++)); do
    ((i % 100 == 0)) && TOKEN=$(user_token)
    url=$URL_P1
    [[ -n $cursor ]] && url+="&cursor=$cursor"
    out=$(curl -sS --max-time 10 -o "$WORK/walk.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$url") || out='000 0'
    [[ ${out%% *} == 200 ]] || die "page $i of the walk answered ${out%% *}: $(head -c 300 "$WORK/walk.json")"
    echo "${out#* }" >>"$walk_times"
    cursor=$(jq -r '.nextCursor // empty' "$WORK/walk.json")
    [[ -n $cursor ]] || die "the chain ended at page $i (expected at least $DEEP_PAGES pages)"
  done
  WALK_MS=$((($(date +%s%N) - t) / 1000000))
  DEEP_CURSOR=$cursor
  DEEP_AFTER_ID=$(jq -r '.items[-1].id' "$WORK/walk.json")
  WALK_SUMMARY=$(sort -n "$walk_times" | awk '{a[NR] = $1 * 1000} END {printf "p50 %.1f ms, p95 %.1f ms, max %.1f ms", a[int(NR * 0.5)], a[int(NR * 0.95)], a[NR]}')
  info "$DEEP_PAGES pages in $WALK_MS ms ($WALK_SUMMARY per page); page $((DEEP_PAGES + 1)) starts after id $DEEP_AFTER_ID"
  URL_DEEP="$URL_P1&cursor=$DEEP_CURSOR"
  BODY_DEEP=$(jq -nc --argjson u "$TOWNSHIP_ID" --argjson l "$PAGE" --arg c "$DEEP_CURSOR" '{unitId: $u, limit: $l, cursor: $c}')
  check_get list-deep "$URL_DEEP" '.items | length' "$PAGE"

  # The statement as Hibernate sends it: an idle pooled connection shows its last statement in
  # pg_stat_activity. Then EXPLAIN (ANALYZE, BUFFERS) of it with page 1's and the deep page's values.
  step "the list statement and its plans"
  curl -sS --max-time 10 -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL_DEEP"
  psql_super -d ggw -At -c "select query from pg_stat_activity where datname = 'ggw' and pid <> pg_backend_pid() and query like '%from volunteer v1_0%order by%' limit 1" \
    >"$WORK/list-statement.txt" || true
  # The shape VolunteerRepository.list sends (scope filter on both tables, the subtree, the keyset after a cursor).
  EXPLAIN_SQL="select v.id, v.name, v.org_path, o.id, o.code, o.name from volunteer v
   left join org_unit o on (o.org_path >= \$1 and o.org_path < (\$1 || '/')) and o.id = v.org_unit_id
 where (v.org_path >= \$1 and v.org_path < (\$1 || '/')) and v.org_path >= \$2 and v.org_path < (\$2 || '/')
   and v.org_path >= \$3 and (v.org_path > \$3 or v.id > \$4)
 order by v.org_path, v.id fetch first \$5 rows only"
  explain_list() { # explain_list AFTER_PATH AFTER_ID : the plan with the scope and unit of the township user
    psql_app -c "prepare list(text, text, text, bigint, int) as $EXPLAIN_SQL" \
      -c "explain (analyze, buffers) execute list('$TOWNSHIP_PATH', '$TOWNSHIP_PATH', '$1', $2, $((PAGE + 1)))"
  }
  explain_list '' 0 >"$WORK/explain-p1.txt"
  DEEP_AFTER=$(python3 -c 'import base64, sys; c = sys.argv[1]; print(base64.urlsafe_b64decode(c + "=" * (-len(c) % 4)).decode())' "$DEEP_CURSOR")   # "path/id"
  explain_list "${DEEP_AFTER%/*}" "${DEEP_AFTER##*/}" >"$WORK/explain-deep.txt"
  info "page 1: $(grep -m1 -o 'Execution Time: .*' "$WORK/explain-p1.txt"); deep: $(grep -m1 -o 'Execution Time: .*' "$WORK/explain-deep.txt")"
fi

bench_hold "$URL_P1" "$URL_DEEP"

# The resident set through all the load below, lists and imports (issue 16: at most 300 MB with the
# production JVM settings).
: >"$WORK/rss-whole.txt"
rss_sampler "$JAVA_PID" "$WORK/rss-whole.txt" &
WHOLE_RSS_PID=$!

# ---------------------------------------------------------------------------------------------
# 7. list measurements
# ---------------------------------------------------------------------------------------------
if ((DO_LIST)); then
  step "JVM warm-up: ${JVM_WARMUP}s over the list requests"
  TOKEN=$(user_token)
  timeout --foreground -k 5 $((JVM_WARMUP + 30)) wrk -t"$THREADS" -c16 -d"${JVM_WARMUP}s" --timeout "$WRK_TIMEOUT" \
    -s "$BENCH_DIR/wrk-rotate.lua" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$APP_PORT" -- \
    "/${URL_P1#http://*/}" "/${URL_DEEP#http://*/}" "/${URL_DISTRICT#http://*/}" >"$WORK/wrk-jvm-warmup.txt" 2>&1 ||
    { cat "$WORK/wrk-jvm-warmup.txt" >&2; die "the JVM warm-up failed"; }
  info "$(grep '^WARMUP ' "$WORK/wrk-jvm-warmup.txt" || tail -n3 "$WORK/wrk-jvm-warmup.txt")"
  # the warm-up token is a township user's: the district list (d) 's first page is not in scope for it
  # (it sees its township only), so it warmed the same code path with a smaller scope.

  for c in $CONNS_LIST; do
    WRK_CONNS=$c run_wrk "list-p1-c$c" "(a) GET list, township $TOWNSHIP_CODE, page 1, $c conn." "$URL_P1"
    WRK_CONNS=$c run_wrk "search-p1-c$c" "(b) POST search, township $TOWNSHIP_CODE, page 1, $c conn." "$URL_SEARCH" POST "$BODY_P1"
    WRK_CONNS=$c run_wrk "list-deep-c$c" "(c) GET list, township $TOWNSHIP_CODE, page $((DEEP_PAGES + 1)), $c conn." "$URL_DEEP"
    WRK_CONNS=$c run_wrk "search-deep-c$c" "(c') POST search, township $TOWNSHIP_CODE, page $((DEEP_PAGES + 1)), $c conn." "$URL_SEARCH" POST "$BODY_DEEP"
    WRK_CONNS=$c WRK_USER=$VIEWER_USER run_wrk "district-p1-c$c" "(d) GET list, district BR (viewer), page 1, $c conn." "$URL_DISTRICT"
  done
  # issue 17: the lists against the composed floor of this run (report.py), at the first connection count
  CONNS=${CONNS_LIST%% *} bench_floor "$API/org-unit-kinds"
fi

# ---------------------------------------------------------------------------------------------
# 8. census imports
# ---------------------------------------------------------------------------------------------
RSS_FILE="$WORK/rss.txt"

# api METHOD PATH [curl args...] : a call as the district admin; body in $WORK/api.json, status printed
api() {
  local method=$1 path=$2; shift 2
  curl -sS --max-time 120 -o "$WORK/api.json" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $ADMIN_TOKEN_APP" "$@" "$API$path" || echo 000
}

# wait_status ID STATUS... : polls GET /volunteer-imports/ID every 200 ms until one of STATUS or
# FAILED; the answer stays in $WORK/api.json
wait_status() {
  local id=$1 deadline status got tok_at
  shift
  deadline=$(($(now) + IMPORT_TIMEOUT)) tok_at=$(now)
  while :; do
    if (($(now) - tok_at > 120)); then ADMIN_TOKEN_APP=$(user_token "$ADMIN_USER"); tok_at=$(now); fi
    status=$(api GET "/volunteer-imports/$id")
    [[ $status == 200 ]] || die "GET /volunteer-imports/$id answered $status: $(head -c 400 "$WORK/api.json")"
    got=$(jq -r .status "$WORK/api.json")
    [[ $got == FAILED ]] && die "import $id FAILED: $(jq -c '.failure' "$WORK/api.json")"
    for s in "$@"; do [[ $got == "$s" ]] && return 0; done
    (($(now) > deadline)) && die "import $id still $got after ${IMPORT_TIMEOUT}s"
    sleep 0.2
  done
}

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# run_import NAME DESCRIPTION FILE EXPECTED_CREATED EXPECTED_REJECTED : upload → mapping → dry run →
# commit (valid rows, warnings confirmed), timed, with the backend's RSS sampled; appends to $MEASUREMENTS.
run_import() {
  local name=$1 desc=$2 file=$3 want_created=$4 want_rejected=$5 status id version mapping t0 t app0 pg0 sys0
  local upload_ms mapping_ms dryrun_ms commit_ms total_ms summary result peak hwm samples line
  step "import $name: $desc"
  ADMIN_TOKEN_APP=$(user_token "$ADMIN_USER")
  : >"$RSS_FILE"
  echo 5 >"/proc/$JAVA_PID/clear_refs" 2>/dev/null || true   # resets VmHWM to the current RSS
  rss_sampler "$JAVA_PID" "$RSS_FILE" &
  RSS_PID=$!
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms) sys0=$(sys_busy_ms)
  t0=$(date +%s%N)
  status=$(api POST /volunteer-imports -F "file=@$file;type=application/octet-stream")
  [[ $status == 201 ]] || die "upload answered $status: $(head -c 400 "$WORK/api.json")"
  upload_ms=$(ms_since "$t0")
  id=$(jq -r .id "$WORK/api.json")
  version=$(jq -r .version "$WORK/api.json")
  mapping=$(jq -c '{columns: [.columns[] | select(.suggested != null) | {index, field: .suggested}]}' "$WORK/api.json")
  info "uploaded in $upload_ms ms: import $id, header row $(jq -r .headerRow "$WORK/api.json"), mapping $(jq -c '[.columns[] | .suggested]' "$WORK/api.json")"
  t=$(date +%s%N)
  status=$(api PUT "/volunteer-imports/$id/mapping" -H 'Content-Type: application/json' \
    --data "$(jq -c --argjson v "$version" '. + {version: $v}' <<<"$mapping")")
  [[ $status == 202 ]] || die "mapping answered $status: $(head -c 400 "$WORK/api.json")"
  wait_status "$id" VALIDATED
  dryrun_ms=$(ms_since "$t")
  summary=$(jq -c .summary "$WORK/api.json")
  version=$(jq -r .version "$WORK/api.json")
  info "dry run in $dryrun_ms ms: $summary"
  t=$(date +%s%N)
  status=$(api POST "/volunteer-imports/$id/commit" -H 'Content-Type: application/json' \
    --data "$(jq -nc --argjson v "$version" '{mode: "VALID_ROWS", confirmWarnings: true, version: $v}')")
  [[ $status == 202 ]] || die "commit answered $status: $(head -c 400 "$WORK/api.json")"
  wait_status "$id" COMMITTED
  commit_ms=$(ms_since "$t")
  total_ms=$(ms_since "$t0")
  result=$(jq -c .result "$WORK/api.json")
  stop_rss_sampler
  info "committed in $commit_ms ms: $result; end to end $total_ms ms"
  peak=$(sort -n "$RSS_FILE" | tail -n1)
  samples=$(wc -l <"$RSS_FILE")
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$JAVA_PID/status")
  line="upload_ms=$upload_ms dryrun_ms=$dryrun_ms commit_ms=$commit_ms total_ms=$total_ms"
  line+=" rows=$(jq .totalRows <<<"$summary") to_create=$(jq .toCreate <<<"$summary") to_update=$(jq .toUpdate <<<"$summary")"
  line+=" unchanged_dry=$(jq .unchanged <<<"$summary") rejected=$(jq .rejected <<<"$summary") warned=$(jq .withWarnings <<<"$summary")"
  line+=" created=$(jq .created <<<"$result") updated=$(jq .updated <<<"$result") unchanged=$(jq .unchanged <<<"$result") skipped=$(jq .skipped <<<"$result")"
  line+=" expected_created=$want_created expected_rejected=$want_rejected file_bytes=$(stat -c %s "$file")"
  line+=" peak_rss_kib=${peak:-0} rss_samples=$samples vm_hwm_kib=${hwm:-0} heap=$HEAP import_id=$id"
  line+=" cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) cpu_machine_ms=$(($(sys_busy_ms) - sys0))"
  line+=" elapsed_ms=$total_ms loadavg1=$(cut -d' ' -f1 /proc/loadavg)"
  record "$name" import "$desc" "$(basename "$file")" "$line"
  info "result: $line"
}

if [[ -n $IMPORT_FORMATS ]]; then
  step "census files: $IMPORT_ROWS rows, bad share $IMPORT_BAD_SHARE, units = the villages of BR as 乡镇/村"
  q "select t.name || '/' || v.name from org_unit v join org_unit t on t.id = v.parent_id
     where v.kind = 'VILLAGE' and t.code like 'BR-T%' order by t.sort_order, v.sort_order" >"$WORK/units.txt"
  info "$(wc -l <"$WORK/units.txt") units, e.g. $(head -n1 "$WORK/units.txt")"
  seed=1
  for fmt in $IMPORT_FORMATS; do
    f="$WORK/census-$fmt.$fmt"
    # a different seed per format: the second file adds other people (its IDs do not repeat the first's)
    nice -n 10 "$ROOT/ggw" census-file --out "$f" --rows "$IMPORT_ROWS" --bad-share "$IMPORT_BAD_SHARE" --format "$fmt" \
      --units "$WORK/units.txt" --title --seed "$seed" >"$WORK/census-$fmt.txt" 2>&1 || { cat "$WORK/census-$fmt.txt" >&2; die "census-file failed"; }
    info "$(grep -m1 '^wrote' "$WORK/census-$fmt.txt")"
    seed=$((seed + 1))
  done

  for fmt in $IMPORT_FORMATS; do
    f="$WORK/census-$fmt.$fmt"
    bad=$(grep -c . "$f.expected.tsv" || true)
    [[ $(head -n1 "$f.expected.tsv") =~ ^[0-9] ]] || bad=$((bad - 1))   # a header line
    run_import "import-$fmt" "$fmt, $IMPORT_ROWS rows ($bad bad) into BR next to $VOLUNTEERS people" "$f" $((IMPORT_ROWS - bad)) "$bad"
  done
  first=${IMPORT_FORMATS%% *}
  f="$WORK/census-$first.$first"
  bad=$(grep -c . "$f.expected.tsv" || true)
  [[ $(head -n1 "$f.expected.tsv") =~ ^[0-9] ]] || bad=$((bad - 1))
  run_import "reimport-$first" "the same $first file again (idempotent: creates nothing)" "$f" 0 "$bad"
fi
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_whole_sampler
BENCH_RSS_PEAK_KIB=$(sort -n "$WORK/rss-whole.txt" | tail -n1)
BENCH_RSS_SAMPLES=$(wc -l <"$WORK/rss-whole.txt")
info "the backend's resident set during the whole run: peak $((${BENCH_RSS_PEAK_KIB:-0} / 1024)) MiB over $BENCH_RSS_SAMPLES samples"

# ---------------------------------------------------------------------------------------------
# 9. the report
# ---------------------------------------------------------------------------------------------
step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
export BENCH_RSS_PEAK_KIB BENCH_RSS_SAMPLES BENCH_JVM_OPTIONS=$JVM_OPTIONS
export BENCH_CONNECTIONS_LIST=$CONNS_LIST BENCH_HEAP=$HEAP BENCH_HEAP_FLAGS=$HEAP_FLAGS BENCH_LAYOUT=$LAYOUT \
  BENCH_PER_VILLAGE=$PER_VILLAGE BENCH_TREE_COUNTS=$TREE_COUNTS BENCH_TREE_LOAD_MS=$TREE_LOAD_MS \
  BENCH_VOLUNTEERS=$VOLUNTEERS BENCH_HISTORY=$HISTORY BENCH_VOLUNTEERS_LOAD_MS=$VOLUNTEERS_LOAD_MS BENCH_DB_SIZE=$DB_SIZE \
  BENCH_TOWNSHIP="$TOWNSHIP_CODE id $TOWNSHIP_ID ($TOWNSHIP_PEOPLE people, ids $TOWNSHIP_IDS)" BENCH_DISTRICT_ID=$DISTRICT_ID \
  BENCH_DEEP_PAGES=$DEEP_PAGES BENCH_DEEP_AFTER_ID=$DEEP_AFTER_ID BENCH_WALK_MS=$WALK_MS BENCH_WALK_SUMMARY=$WALK_SUMMARY \
  BENCH_IMPORT_ROWS=$IMPORT_ROWS BENCH_PAGE=$PAGE BENCH_WORK=$WORK
REPORT_MD="$RESULTS/registry-$STAMP.md"
python3 "$BENCH_DIR/report.py" --registry "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/registry-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/registry-latest.json"
