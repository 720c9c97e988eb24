#!/usr/bin/env bash
# bench/fleet.sh — rerunnable benchmark of the fleet (issue 16, section Numbers): two backend
# replicas behind the local load balancer against one, on the same machine, in the same run.
# See docs/benchmarks.md.
#
#   bash bench/fleet.sh        (or ./ggw bench fleet)
#
# Starts its own stack with ggw's functions (bench/lib.sh): Keycloak instance 'bench' on :8183
# (management :9183), a throw-away embedded PostgreSQL on :55434, replicas r1 on :18083 and r2 on
# :18084 (the packaged backend with the production JVM settings, ggw.jvm-options), and two HAProxy
# load balancers written by ggw's cmd_lb_serve (the one of ./ggw run --replicas): :8085 over r1 alone
# and :8083 over r1 and r2. Loads district BR (20 townships × 50 villages, bench/sql/registry-tree.sql)
# and $BENCH_PER_VILLAGE people per village, creates three Keycloak users (township-staff of BR-T08,
# district-admin of BR, village-staff of a village of BR-T08), warms both JVMs, then measures with wrk
# through each load balancer: (a) the township's 五老 list, page 1; (b) one unit with its breadcrumbs.
# For each run: throughput, latency, the CPU time per request of the serving tier (both JVMs and
# HAProxy), PostgreSQL and wrk (from /proc), and each replica's peak resident set (VmRSS every 100 ms).
# Then the time for a tree change made through r1 to be answered by r2: the village user's unit is
# renamed through r1 $BENCH_PROPAGATION_TRIALS times while r2 is polled (bench/fleet-propagation.py).
# Writes bench/results/fleet-<UTC>.md and bench/results/fleet-latest.json; stops everything it started.
#
# Environment (besides bench/lib.sh's BENCH_DURATION, BENCH_WARMUP, BENCH_CONNECTIONS, BENCH_THREADS,
# BENCH_JVM_WARMUP (here 120 s by default), BENCH_BUILD and the ports BENCH_APP_PORT (the two-replica balancer), BENCH_KC_PORT,
# BENCH_KC_MGMT, BENCH_PG_PORT):
#   BENCH_R1_PORT=18083 BENCH_R2_PORT=18084 BENCH_LB1_PORT=8085
#   BENCH_PER_VILLAGE=20            people per village (1,000 villages): the list reads one keyset page
#   BENCH_PROPAGATION_TRIALS=20     tree changes timed
#   BENCH_PIN_REPLICAS=0            1: r1 runs on core 0 only and r2 on core 1 only (taskset), a core per replica
set -euo pipefail

BENCH_NAME=fleet
# Two JVMs warm up on half the requests each: with lib.sh's 30 s the list's CPU per request looked ×1.5 with two
# replicas, with 120 s ×1.07 (docs/benchmarks.md, Fleet, 2026-12-07 23:12).
BENCH_JVM_WARMUP=${BENCH_JVM_WARMUP:-120}
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

R1_PORT=${BENCH_R1_PORT:-18083}
R2_PORT=${BENCH_R2_PORT:-18084}
LB1_PORT=${BENCH_LB1_PORT:-8085}
LB2_PORT=$APP_PORT
PIN_REPLICAS=${BENCH_PIN_REPLICAS:-0}
PER_VILLAGE=${BENCH_PER_VILLAGE:-20}
TRIALS=${BENCH_PROPAGATION_TRIALS:-20}
PAGE=50
BENCH_PASSWORD='Bench#2026-fleet'
TOWNSHIP_USER=bench.township
ADMIN_USER=bench.admin
VILLAGE_USER=bench.village
BENCH_USER=$TOWNSHIP_USER
TOWNSHIP_CODE=BR-T08
JVM_OPTIONS=$(backend_jvm_options)

SAMPLER_PIDS=()
stop_samplers() {
  local p
  for p in "${SAMPLER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  SAMPLER_PIDS=()
  return 0
}
BENCH_ON_EXIT=stop_samplers

# ---------------------------------------------------------------------------------------------
# 0.–3. preflight, backend, the stack
# ---------------------------------------------------------------------------------------------
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "fleet benchmark $STAMP (load average before: $LOADAVG_BEFORE)"
bench_preflight
for name in backend-bench-r1 backend-bench-r2 lb-bench-1 lb-bench-2; do
  [[ -f "$PIDS/$name.pid" ]] && { read -r pid _ <"$PIDS/$name.pid" || true; [[ -n ${pid:-} ]] && stop_group "$pid" 30; rm -f "$PIDS/$name.pid"; }
done
for p in "$R1_PORT" "$R2_PORT" "$LB1_PORT"; do require_free_port "$p" "fleet benchmark" || exit 1; done
ensure_lb_package || die "HAProxy is needed (Debian: haproxy)"
bench_backend

step "starting Keycloak instance 'bench' on :$KC_PORT (log: $LOGS/keycloak-bench.log)"
kc_start bench "$KC_PORT" "$KC_MGMT" 1 || die "Keycloak did not start"
step "starting a throw-away embedded PostgreSQL on :$PG_PORT"
PG_OURS=1
rm -rf "$PGDATA_DIR"
pg_start postgres-bench "$PG_PORT" "$PGDATA_DIR" || die "PostgreSQL did not start"
pg_wait postgres-bench || die "PostgreSQL was not ready"
POSTMASTER_PID=$(head -n1 "$PGDATA_DIR/postmaster.pid")
step "waiting for Keycloak"
kc_wait bench "$KC_MGMT" || die "Keycloak was not ready"

step "starting replicas r1 :$R1_PORT and r2 :$R2_PORT ($JVM_OPTIONS)"
for r in 1 2; do
  port=$R1_PORT
  ((r == 2)) && port=$R2_PORT
  app_start "backend-bench-r$r" "$port" QUARKUS_HTTP_HOST=127.0.0.1 GGW_REPLICA_ID="r$r" \
    GGW_DB_URL="$PG_URL" GGW_DB_USER=ggw GGW_DB_PASSWORD=ggw \
    GGW_OIDC_URL="$KC_URL/realms/ggw" GGW_KEYCLOAK_URL="$KC_URL" GGW_DEMO_DATA=false || die "replica r$r did not start"
  # one after the other: the first migrates the schema (the second would wait for Flyway's lock anyway)
  app_wait "backend-bench-r$r" "$port" || die "replica r$r was not ready"
done
R1_PID=${SVC_PID[backend-bench-r1]}
R2_PID=${SVC_PID[backend-bench-r2]}
if [[ "$PIN_REPLICAS" == 1 ]]; then
  # A core for each replica, as on a host (or a pod with a CPU limit of one core) per replica; PostgreSQL, HAProxy
  # and wrk run on either core. The one-replica runs then have one core for the JVM too.
  step "pinning r1 to core 0 and r2 to core 1 (BENCH_PIN_REPLICAS=1)"
  taskset -a -p -c 0 "$R1_PID" >/dev/null && taskset -a -p -c 1 "$R2_PID" >/dev/null || die "taskset failed"
fi
step "load balancers: :$LB1_PORT over r1, :$LB2_PORT over r1 and r2"
lb_start lb-bench-1 "$BENCH_STATE/haproxy-1" "$LB1_PORT" "$R1_PORT" || die "load balancer 1 did not start"
lb_start lb-bench-2 "$BENCH_STATE/haproxy-2" "$LB2_PORT" "$R1_PORT" "$R2_PORT" || die "load balancer 2 did not start"
lb_wait lb-bench-1 "$LB1_PORT" || die "load balancer 1 found no replica"
lb_wait lb-bench-2 "$LB2_PORT" || die "load balancer 2 found no replica"

# The serving tier's CPU: both JVMs and both load balancers (the idle ones add next to nothing).
app_cpu_ms() {
  echo $(($(proc_cpu_ms "$R1_PID") + $(proc_cpu_ms "$R2_PID") + $(proc_cpu_ms "${SVC_PID[lb-bench-1]}") + $(proc_cpu_ms "${SVC_PID[lb-bench-2]}")))
}

# ---------------------------------------------------------------------------------------------
# 4. data and users
# ---------------------------------------------------------------------------------------------
step "loading district BR and $PER_VILLAGE people per village"
psql_app -f "$BENCH_DIR/sql/registry-tree.sql" >"$WORK/tree-load.txt"
psql_app -v per_village="$PER_VILLAGE" -v layout=township -f "$BENCH_DIR/sql/registry-volunteers.sql" >"$WORK/volunteers-load.txt"
psql_super -d ggw -c checkpoint >/dev/null
VOLUNTEERS=$(q "select count(*) from volunteer")
TOWNSHIP_ID=$(q "select id from org_unit where code = '$TOWNSHIP_CODE'")
VILLAGE_ID=$(q "select id from org_unit where parent_id = $TOWNSHIP_ID order by sort_order, id offset 6 limit 1")
VILLAGE_CODE=$(q "select code from org_unit where id = $VILLAGE_ID")
info "$VOLUNTEERS volunteers; township $TOWNSHIP_CODE id $TOWNSHIP_ID; village $VILLAGE_CODE id $VILLAGE_ID"

step "creating Keycloak users"
kc_user "$TOWNSHIP_USER" "$BENCH_PASSWORD" township-staff "$TOWNSHIP_CODE"
kc_user "$ADMIN_USER" "$BENCH_PASSWORD" district-admin BR
kc_user "$VILLAGE_USER" "$BENCH_PASSWORD" village-staff "$VILLAGE_CODE"

URL_LIST="/api/v1/volunteers?unitId=$TOWNSHIP_ID&limit=$PAGE"
URL_UNIT="/api/v1/org-units/$VILLAGE_ID"
TOKEN=$(user_token)
for base in "http://127.0.0.1:$LB1_PORT" "http://127.0.0.1:$LB2_PORT" "http://127.0.0.1:$R1_PORT" "http://127.0.0.1:$R2_PORT"; do
  check_get "list-$(basename "$base")" "$base$URL_LIST" '.items | length' "$PAGE"
  check_get "unit-$(basename "$base")" "$base$URL_UNIT" '.code + " " + (.breadcrumbs | length | tostring)' "$VILLAGE_CODE 2"
done

# ---------------------------------------------------------------------------------------------
# 5. measurements
# ---------------------------------------------------------------------------------------------
step "JVM warm-up: ${JVM_WARMUP}s through the two-replica balancer (both JVMs)"
TOKEN=$(user_token)
timeout --foreground -k 5 $((JVM_WARMUP + 30)) wrk -t"$THREADS" -c16 -d"${JVM_WARMUP}s" --timeout "$WRK_TIMEOUT" \
  -s "$BENCH_DIR/wrk-rotate.lua" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$LB2_PORT" -- "$URL_LIST" "$URL_UNIT" \
  >"$WORK/wrk-jvm-warmup.txt" 2>&1 || { cat "$WORK/wrk-jvm-warmup.txt" >&2; die "the JVM warm-up failed"; }

RSS_TSV="$WORK/rss.tsv"
: >"$RSS_TSV"
# rss_peak_during NAME CMD... : runs CMD while sampling both replicas' VmRSS; records the peaks.
rss_peak_during() {
  local name=$1 r f
  shift
  for r in 1 2; do
    f="$WORK/rss-$name-r$r.txt"
    : >"$f"
    pid=$R1_PID
    ((r == 2)) && pid=$R2_PID
    (while grep -m1 '^VmRSS:' "/proc/$pid/status" 2>/dev/null | tr -dc '0-9' >>"$f" && echo >>"$f"; do sleep 0.1; done) &
    SAMPLER_PIDS+=($!)
  done
  "$@"
  stop_samplers
  printf '%s\tr1_peak_kib=%s r2_peak_kib=%s\n' "$name" "$(sort -n "$WORK/rss-$name-r1.txt" | tail -n1)" \
    "$(sort -n "$WORK/rss-$name-r2.txt" | tail -n1)" >>"$RSS_TSV"
}

for what in list unit; do
  url=$URL_LIST
  desc="(a) the township's 五老 list, page 1 ($TOWNSHIP_CODE)"
  if [[ $what == unit ]]; then url=$URL_UNIT desc="(b) one unit with its breadcrumbs ($VILLAGE_CODE)"; fi
  # In the order one, two, two, one: the JVMs still warm up (the optimising compiler) and the neighbours' load drifts
  # during the runs; either would favour whichever setting comes second. The report pools each setting's two runs.
  rss_peak_during "$what-1" run_wrk "$what-1" "$desc, one replica behind the balancer" "http://127.0.0.1:$LB1_PORT$url"
  rss_peak_during "$what-2" run_wrk "$what-2" "$desc, two replicas behind the balancer" "http://127.0.0.1:$LB2_PORT$url"
  rss_peak_during "$what-2b" run_wrk "$what-2b" "$desc, two replicas behind the balancer, again" "http://127.0.0.1:$LB2_PORT$url"
  rss_peak_during "$what-1b" run_wrk "$what-1b" "$desc, one replica behind the balancer, again" "http://127.0.0.1:$LB1_PORT$url"
done

step "a tree change through r1, answered by r2: $TRIALS trials"
ADMIN_TOKEN_RAW=$(user_token "$ADMIN_USER")
VILLAGE_TOKEN=$(user_token "$VILLAGE_USER")
python3 "$BENCH_DIR/fleet-propagation.py" --writer "http://127.0.0.1:$R1_PORT" --reader "http://127.0.0.1:$R2_PORT" \
  --admin-token "$ADMIN_TOKEN_RAW" --reader-token "$VILLAGE_TOKEN" --unit "$VILLAGE_ID" --trials "$TRIALS" \
  >"$WORK/propagation.json" || die "the propagation measurement failed"
info "$(jq -c '{trials, p50_ms, p95_ms, max_ms}' "$WORK/propagation.json")"
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 6. the report
# ---------------------------------------------------------------------------------------------
step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
export BENCH_JVM_OPTIONS=$JVM_OPTIONS BENCH_PIN_REPLICAS=$PIN_REPLICAS BENCH_VOLUNTEERS=$VOLUNTEERS BENCH_PER_VILLAGE=$PER_VILLAGE \
  BENCH_TOWNSHIP="$TOWNSHIP_CODE id $TOWNSHIP_ID" BENCH_VILLAGE="$VILLAGE_CODE id $VILLAGE_ID" \
  BENCH_HAPROXY=$(haproxy -v 2>/dev/null | head -n1 | cut -d' ' -f1-3)
REPORT_MD="$RESULTS/fleet-$STAMP.md"
python3 "$BENCH_DIR/fleet-report.py" "$MEASUREMENTS" "$RSS_TSV" "$WORK/propagation.json" "$REPORT_MD" "$RESULTS/fleet-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/fleet-latest.json"
