#!/usr/bin/env bash
# bench/hierarchy.sh — rerunnable performance benchmark of the org hierarchy API
# (issue "Foundation", section Numbers). See docs/benchmarks.md.
#
#   bash bench/hierarchy.sh
#
# Starts its own throw-away stack on ports that neither `./ggw run` nor `./ggw test` use:
# embedded PostgreSQL 17 on :55434 (data in .ggw/bench/pgdata, wiped before and after), Keycloak
# instance .ggw/keycloak/bench on :8183 (management :9183, realm re-imported every time) and the
# packaged backend on 127.0.0.1:8083. Loads a province-size tree (11,061 units) with SQL, creates
# the Keycloak user bench.province (district-viewer, org_unit=BP), measures with wrk the four GETs
# of the issue and two for context, and `pgbench -S` on the same server, writes
# bench/results/hierarchy-<UTC>.md and bench/results/hierarchy-latest.json, prints the results,
# and stops everything it started
# (also on Ctrl-C or on failure). Every load loop is bounded in time.
#
# Environment: see bench/lib.sh (BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_THREADS,
# BENCH_JVM_WARMUP, BENCH_HOLD, BENCH_BUILD, the ports).
set -euo pipefail

BENCH_NAME=hierarchy
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

PGBENCH_SCALE=10
BENCH_USER=bench.province
BENCH_PASSWORD='Bench#2026-province'

# ---------------------------------------------------------------------------------------------
# 0. preflight
# ---------------------------------------------------------------------------------------------
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "hierarchy benchmark $STAMP (load average before: $LOADAVG_BEFORE)"
bench_preflight pgbench

# ---------------------------------------------------------------------------------------------
# 1.–3. the backend jar (a private copy), Keycloak, PostgreSQL, the backend
# ---------------------------------------------------------------------------------------------
bench_backend
bench_start_stack

# ---------------------------------------------------------------------------------------------
# 4. the province-size tree
# ---------------------------------------------------------------------------------------------
step "loading the province-size tree (bench/sql/province-tree.sql)"
t=$(date +%s%N)
psql_app -f "$BENCH_DIR/sql/province-tree.sql" >"$WORK/tree-load.txt"
TREE_LOAD_MS=$((($(date +%s%N) - t) / 1000000))
sed 's/^/    /' "$WORK/tree-load.txt"
TREE_COUNTS=$(q "select string_agg(kind || '=' || n, ' ' order by d) from (select kind, count(*) n, min(depth) d from org_unit group by kind) s")
TREE_TOTAL=$(q "select count(*) from org_unit")
info "loaded in $TREE_LOAD_MS ms: $TREE_COUNTS (total $TREE_TOTAL)"

pgbench_init

# ---------------------------------------------------------------------------------------------
# 5. the Keycloak user and its token
# ---------------------------------------------------------------------------------------------
step "creating Keycloak user $BENCH_USER (district-viewer, org_unit=BP) through the admin REST API"
kc_user "$BENCH_USER" "$BENCH_PASSWORD" district-viewer BP
TOKEN=$(user_token)
check_get me "$API/me" '.unit.code' BP

# ---------------------------------------------------------------------------------------------
# 6. ids deep in the tree, checked once through HTTP
# ---------------------------------------------------------------------------------------------
DISTRICT_CODE=BP-D47
DISTRICT_ID=$(q "select id from org_unit where code = '$DISTRICT_CODE'")
DISTRICT_CHILDREN=$(q "select count(*) from org_unit where parent_id = $DISTRICT_ID and active")
TOWNSHIP_ID=$(q "select id from org_unit where parent_id = $DISTRICT_ID order by sort_order, id offset 8 limit 1")
TOWNSHIP_CODE=$(q "select code from org_unit where id = $TOWNSHIP_ID")
TOWNSHIP_CHILDREN=$(q "select count(*) from org_unit where parent_id = $TOWNSHIP_ID and active")
VILLAGE_ID=$(q "select id from org_unit where parent_id = $TOWNSHIP_ID order by sort_order, id offset 6 limit 1")
VILLAGE_CODE=$(q "select code from org_unit where id = $VILLAGE_ID")
info "district $DISTRICT_CODE id $DISTRICT_ID ($DISTRICT_CHILDREN children), township $TOWNSHIP_CODE id $TOWNSHIP_ID ($TOWNSHIP_CHILDREN children), village $VILLAGE_CODE id $VILLAGE_ID"

URL_A="$API/org-units?parentId=$DISTRICT_ID&limit=50"
URL_B="$API/org-units?parentId=$TOWNSHIP_ID&limit=50"
URL_C="$API/org-units/$TOWNSHIP_ID/descendants?limit=50"
URL_D="$API/org-units/$VILLAGE_ID"
check_get district-children "$URL_A" '.items | length' "$DISTRICT_CHILDREN"
check_get township-children "$URL_B" '.items | length' "$TOWNSHIP_CHILDREN"
check_get township-subtree "$URL_C" '.items | length' "$TOWNSHIP_CHILDREN"
check_get village "$URL_D" '.code + " " + (.breadcrumbs | length | tostring)' "$VILLAGE_CODE 4"
URL_E="$API/org-unit-kinds"
URL_F="$API/me"
check_get kinds "$URL_E" 'length > 0' true

bench_hold "$URL_A" "$URL_B" "$URL_C" "$URL_D"

# ---------------------------------------------------------------------------------------------
# 7. measurements
# ---------------------------------------------------------------------------------------------
# The backend has just started: let the JIT compile the request path before anything is
# measured (all the requests in turn, moderate concurrency). Without it the first run measured
# the interpreter: p50 in seconds, 5–11 ms of CPU per request instead of ~1.
step "JVM warm-up: ${JVM_WARMUP}s over all the requests measured below"
TOKEN=$(user_token)
timeout --foreground -k 5 $((JVM_WARMUP + 30)) wrk -t"$THREADS" -c16 -d"${JVM_WARMUP}s" --timeout "$WRK_TIMEOUT" \
  -s "$BENCH_DIR/wrk-rotate.lua" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$APP_PORT" -- \
  "/${URL_A#http://*/}" "/${URL_B#http://*/}" "/${URL_C#http://*/}" "/${URL_D#http://*/}" \
  "/${URL_E#http://*/}" "/${URL_F#http://*/}" >"$WORK/wrk-jvm-warmup.txt" 2>&1 ||
  { cat "$WORK/wrk-jvm-warmup.txt" >&2; die "the JVM warm-up failed"; }
info "$(grep '^WARMUP ' "$WORK/wrk-jvm-warmup.txt" || tail -n3 "$WORK/wrk-jvm-warmup.txt")"

run_wrk district-children "(a) children of a district ($DISTRICT_CODE, $DISTRICT_CHILDREN townships)" "$URL_A"
run_wrk township-children "(b) children of a township ($TOWNSHIP_CODE, $TOWNSHIP_CHILDREN villages)" "$URL_B"
run_wrk township-subtree "(c) subtree of a township ($TOWNSHIP_CODE, descendants)" "$URL_C"
run_wrk one-unit "(d) one unit ($VILLAGE_CODE, with breadcrumbs)" "$URL_D"
run_pgbench "pgbench-c$CONNS" "pgbench -S, $CONNS clients (the ratio's denominator)" "$CONNS" "$THREADS"
run_pgbench pgbench-c1 "pgbench -S, 1 client (context)" 1 1
# context: what an authenticated request costs before it touches the tree
run_wrk auth-no-db "(e) context: authenticated, no database (GET /org-unit-kinds)" "$URL_E"
run_wrk me "(f) context: token + caller's unit + one load by id (GET /me)" "$URL_F"
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 8. the report
# ---------------------------------------------------------------------------------------------
step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
BENCH_TREE_COUNTS=$TREE_COUNTS
BENCH_TREE_TOTAL=$TREE_TOTAL
BENCH_TREE_LOAD_MS=$TREE_LOAD_MS
BENCH_PGBENCH_INIT_MS=$PGBENCH_INIT_MS
BENCH_PGBENCH_SCALE=$PGBENCH_SCALE
BENCH_IDS="district $DISTRICT_CODE=$DISTRICT_ID, township $TOWNSHIP_CODE=$TOWNSHIP_ID, village $VILLAGE_CODE=$VILLAGE_ID"
export BENCH_TREE_COUNTS BENCH_TREE_TOTAL BENCH_TREE_LOAD_MS BENCH_PGBENCH_INIT_MS BENCH_PGBENCH_SCALE BENCH_IDS
REPORT_MD="$RESULTS/hierarchy-$STAMP.md"
python3 "$BENCH_DIR/report.py" "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/hierarchy-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/hierarchy-latest.json"
