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
# Environment (all optional):
#   BENCH_DURATION=20     seconds of each measured wrk / pgbench run
#   BENCH_WARMUP=5        seconds of the warm-up before each of them
#   BENCH_CONNECTIONS=50  wrk connections = pgbench clients
#   BENCH_THREADS=2       wrk threads = pgbench jobs
#   BENCH_JVM_WARMUP=30   seconds of load over all the requests right after the backend started
#   BENCH_HOLD=N          keep the stack up N s (≤ 1800) after the checks, before measuring
#   BENCH_BUILD=auto      auto: ./mvnw -B -q package -DskipTests when the jar is missing or stale;
#                         never: use backend/target as it is
#   BENCH_APP_PORT=8083 BENCH_KC_PORT=8183 BENCH_KC_MGMT=9183 BENCH_PG_PORT=55434
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
REPO=$(dirname "$BENCH_DIR")

# Reuse the launcher: spawn/stop_all (process groups + pid files for `./ggw stop-orphans`),
# kc_start/kc_wait (Keycloak installed and started exactly as ggw does it), pg_start/pg_wait
# (EmbeddedPostgresMain), app_start/app_wait, ensure_backend. Sourcing runs its `main help`,
# whose output is discarded.
[[ -f "$REPO/ggw" ]] || { echo "ERROR: $REPO/ggw not found" >&2; exit 1; }
# shellcheck source=../ggw
source "$REPO/ggw" help >/dev/null
for fn in say info warn err die now log_tail spawn stop_all stop_service stop_group stop_postmaster on_signal proc_start_time \
          require_free_port kc_start kc_wait pg_start pg_wait app_start app_wait ensure_backend; do
  declare -F "$fn" >/dev/null || { echo "ERROR: ./ggw no longer defines $fn(); bench/hierarchy.sh needs updating" >&2; exit 1; }
done
[[ "$ROOT" == "$REPO" ]] || die "sourcing ggw gave ROOT=$ROOT, expected $REPO"

# ---------------------------------------------------------------------------------------------
# settings
# ---------------------------------------------------------------------------------------------
APP_PORT=${BENCH_APP_PORT:-8083}
KC_PORT=${BENCH_KC_PORT:-8183}
KC_MGMT=${BENCH_KC_MGMT:-9183}
PG_PORT=${BENCH_PG_PORT:-55434}
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-5}
CONNS=${BENCH_CONNECTIONS:-50}
THREADS=${BENCH_THREADS:-2}
JVM_WARMUP=${BENCH_JVM_WARMUP:-30}
WRK_TIMEOUT=5s
PGBENCH_SCALE=10

BENCH_STATE="$STATE/bench"
PGDATA_DIR="$BENCH_STATE/pgdata"
WORK="$BENCH_STATE/work"            # raw outputs of this run (kept until the next run)
RESULTS="$BENCH_DIR/results"
KC_URL="http://localhost:$KC_PORT"  # Keycloak's --hostname: the token issuer
API="http://127.0.0.1:$APP_PORT/api/v1"
BENCH_USER=bench.province
BENCH_PASSWORD='Bench#2026-province'
MEASUREMENTS="$WORK/measurements.tsv"

HOLD_PID=''
PG_OURS=0   # set once this run owns .ggw/bench/pgdata (never delete another run's data)
T0=$(now)
step() { say "[$(($(now) - T0))s] $*"; }

# ---------------------------------------------------------------------------------------------
# cleanup: everything started here is stopped on exit, on failure and on Ctrl-C (ggw's stop_all
# stops the backend, PostgreSQL and Keycloak process groups, newest first). wrk and pgbench run
# in the foreground, bounded by -d/-T and by `timeout`, and receive Ctrl-C themselves.
# ---------------------------------------------------------------------------------------------
bench_cleanup() {
  local rc=$?
  trap '' INT TERM
  [[ -n $HOLD_PID ]] && kill "$HOLD_PID" 2>/dev/null
  stop_all
  ((PG_OURS)) && rm -rf "$PGDATA_DIR"   # ~350 MB (pgbench tables); throw-away by design
  if ((rc != 0)); then
    err "bench/hierarchy.sh failed after $(($(now) - T0)) s (raw outputs: $WORK, logs: $LOGS/*-bench.log)"
  fi
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM
trap 'bench_cleanup' EXIT

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
psql_app() { PGPASSWORD=ggw psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U ggw -d ggw "$@"; }
q() { psql_app -At -c "$1"; }
psql_super() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
PGBENCH=(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres)   # an array: `timeout` cannot run a function

# token ENDPOINT ARGS... : the access_token of a token request, or die with Keycloak's answer.
token_request() {
  local out status
  out="$WORK/token.json"
  status=$(curl -sS --max-time 15 -o "$out" -w '%{http_code}' "$@" "$KC_URL/realms/ggw/protocol/openid-connect/token") || status=000
  [[ $status == 200 ]] || die "token request failed ($status): $(head -c 400 "$out" 2>/dev/null)"
  jq -er .access_token "$out"
}
admin_token() {
  token_request -d grant_type=client_credentials -d client_id=ggw-backend -d client_secret=ggw-backend-secret
}
user_token() {
  token_request -d grant_type=password -d client_id=ggw-test -d "username=$BENCH_USER" \
    --data-urlencode "password=$BENCH_PASSWORD"
}
jwt_claims() { # prints the payload of a JWT as JSON
  local p=${1#*.}
  p=${p%%.*}
  p=$(printf '%s' "$p" | tr '_-' '/+')
  while ((${#p} % 4)); do p+='='; done
  printf '%s' "$p" | base64 -d
}

# kc_admin METHOD PATH [JSON] : admin REST call; prints the body; dies unless 2xx.
kc_admin() {
  local method=$1 path=$2 data=${3:-} out="$WORK/kc-admin.out" status args=()
  [[ -n $data ]] && args=(-H 'Content-Type: application/json' --data "$data")
  status=$(curl -sS --max-time 15 -o "$out" -D "$WORK/kc-admin.hdr" -w '%{http_code}' -X "$method" \
    -H "Authorization: Bearer $ADMIN_TOKEN" "${args[@]}" "$KC_URL/admin/realms/ggw$path") || status=000
  [[ $status == 2* ]] || die "Keycloak admin $method $path failed ($status): $(head -c 400 "$out")"
  cat "$out"
}

# CPU time (ms) used so far by a process (+ its waited-for children when $2 = 1).
CLK_TCK=$(getconf CLK_TCK)
proc_cpu_ms() {
  local pid=$1 with_children=${2:-0} s f
  s=$(cat "/proc/$pid/stat" 2>/dev/null) || { echo 0; return; }
  s=${s##*) }
  read -r -a f <<<"$s"
  # f[0] is field 3 (state): utime = field 14 = f[11], stime = f[12], cutime = f[13], cstime = f[14]
  if ((with_children)); then echo $(((f[11] + f[12] + f[13] + f[14]) * 1000 / CLK_TCK))
  else echo $(((f[11] + f[12]) * 1000 / CLK_TCK)); fi
}
POSTMASTER_PID=''
pg_cpu_ms() { # the bench PostgreSQL: postmaster (+ exited backends) + live backends
  local total c
  total=$(proc_cpu_ms "$POSTMASTER_PID" 1)
  for c in $(pgrep -P "$POSTMASTER_PID" 2>/dev/null || true); do total=$((total + $(proc_cpu_ms "$c"))); done
  echo "$total"
}
app_cpu_ms() { proc_cpu_ms "${SVC_PID[backend-bench]}"; }
sys_busy_ms() { # CPU time (ms) the whole machine spent busy so far, all cores (/proc/stat)
  awk -v hz="$CLK_TCK" '$1 == "cpu" { printf "%d\n", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / hz; exit }' /proc/stat
}
CHILD_CPU_MS=0
children_cpu_ms() { # sets CHILD_CPU_MS: user+sys of this shell's finished children (bash `times`)
  # Not inside $(…) or a pipeline: a subshell would report its own (zero) children.
  times >"$WORK/times.txt"
  CHILD_CPU_MS=$(tail -n1 "$WORK/times.txt" | awk '
    function ms(t,  m, x) { m = t; sub(/m.*/, "", m); x = t; sub(/^[0-9]+m/, "", x); sub(/s$/, "", x); return m * 60000 + x * 1000 }
    { printf "%d\n", ms($1) + ms($2) }')
}

record() { # record NAME KIND DESCRIPTION URL KEY=VALUE...
  local name=$1 kind=$2 desc=$3 url=$4; shift 4
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$kind" "$desc" "$url" "$*" >>"$MEASUREMENTS"
}

# check_get NAME URL JQ EXPECTED : one authenticated GET must answer 200 with JQ == EXPECTED.
check_get() {
  local name=$1 url=$2 expr=$3 expected=$4 status got
  status=$(curl -sS --max-time 10 -o "$WORK/check-$name.json" -w '%{http_code}' \
    -H "Authorization: Bearer $TOKEN" "$url") || status=000
  [[ $status == 200 ]] || die "GET $url answered $status: $(head -c 400 "$WORK/check-$name.json")"
  got=$(jq -r "$expr" "$WORK/check-$name.json")
  [[ "$got" == "$expected" ]] || die "GET $url: $expr is '$got', expected '$expected'"
  info "check $name: 200, $expr = $got, $(stat -c %s "$WORK/check-$name.json") bytes"
}

# run_wrk NAME DESCRIPTION URL : warm-up, then the measured run; appends to $MEASUREMENTS.
run_wrk() {
  local name=$1 desc=$2 url=$3 token line app0 pg0 wrk0 sys0 t
  step "wrk $name: $desc"
  info "GET $url"
  token=$(user_token)   # tokens live 300 s: a fresh one for each run
  t=$((WARMUP + 30))
  timeout --foreground -k 5 "$t" wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" --timeout "$WRK_TIMEOUT" \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $token" "$url" >"$WORK/wrk-$name-warmup.txt" 2>&1 ||
    { cat "$WORK/wrk-$name-warmup.txt" >&2; die "wrk warm-up $name failed"; }
  info "warm-up: $(grep '^BENCH ' "$WORK/wrk-$name-warmup.txt" | cut -d' ' -f2-9)"
  token=$(user_token)
  children_cpu_ms
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms) wrk0=$CHILD_CPU_MS sys0=$(sys_busy_ms)
  t=$((DURATION + 30))
  timeout --foreground -k 5 "$t" wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $token" "$url" >"$WORK/wrk-$name.txt" 2>&1 ||
    { cat "$WORK/wrk-$name.txt" >&2; die "wrk run $name failed"; }
  line=$(grep '^BENCH ' "$WORK/wrk-$name.txt") || { cat "$WORK/wrk-$name.txt" >&2; die "no BENCH line from wrk ($name)"; }
  children_cpu_ms
  line="${line#BENCH } cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) cpu_loadgen_ms=$((CHILD_CPU_MS - wrk0))"
  line+=" cpu_machine_ms=$(($(sys_busy_ms) - sys0))"
  record "$name" wrk "$desc" "$url" "$line"
  info "result: $line"
}

# run_pgbench NAME DESCRIPTION CLIENTS JOBS : pgbench -S, warm-up then measured; appends to $MEASUREMENTS.
run_pgbench() {
  local name=$1 desc=$2 clients=$3 jobs=$4 out tps lat fails pg0 pb0 sys0 line
  out="$WORK/pgbench-$name.txt"
  step "pgbench $name: $desc"
  timeout --foreground -k 5 $((WARMUP + 30)) "${PGBENCH[@]}" -S -n -c "$clients" -j "$jobs" -T "$WARMUP" pgbench \
    >"$WORK/pgbench-$name-warmup.txt" 2>&1 || { cat "$WORK/pgbench-$name-warmup.txt" >&2; die "pgbench warm-up $name failed"; }
  children_cpu_ms
  pg0=$(pg_cpu_ms) pb0=$CHILD_CPU_MS sys0=$(sys_busy_ms)
  timeout --foreground -k 5 $((DURATION + 30)) "${PGBENCH[@]}" -S -n -c "$clients" -j "$jobs" -T "$DURATION" pgbench \
    >"$out" 2>&1 || { cat "$out" >&2; die "pgbench $name failed"; }
  tps=$(awk '/^tps = .*without initial connection time/ {print $3}' "$out")
  lat=$(awk '/^latency average = / {print $4}' "$out")
  fails=$(awk '/^number of failed transactions: / {print $5}' "$out")
  [[ -n $tps ]] || { cat "$out" >&2; die "no tps in the pgbench output ($name)"; }
  line="tps=$tps latency_avg_ms=$lat clients=$clients jobs=$jobs failed=${fails:-0}"
  children_cpu_ms
  line+=" cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) cpu_loadgen_ms=$((CHILD_CPU_MS - pb0)) cpu_machine_ms=$(($(sys_busy_ms) - sys0))"
  record "$name" pgbench "$desc" "pgbench -S -c $clients -j $jobs -T $DURATION (scale $PGBENCH_SCALE)" "$line"
  info "result: $line"
}

# ---------------------------------------------------------------------------------------------
# 0. preflight
# ---------------------------------------------------------------------------------------------
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "hierarchy benchmark $STAMP (load average before: $LOADAVG_BEFORE)"
missing=()
for c in java curl jq python3 psql pgbench wrk timeout setsid pgrep getconf base64; do
  command -v "$c" >/dev/null || missing+=("$c")
done
((${#missing[@]} == 0)) || die "missing commands: ${missing[*]} (Debian: apt-get install wrk postgresql-client jq curl procps)"
# Another benchmark still running, or leftovers of one that was killed? The services are
# registered in .ggw/pids like ggw's own (so `./ggw stop-orphans` also cleans up after a kill -9).
for name in backend-bench postgres-bench keycloak-bench; do
  pidfile="$PIDS/$name.pid"
  [[ -f $pidfile ]] || continue
  pid='' st='' owner='' ost=''
  read -r pid st owner ost <"$pidfile" || true
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && [[ "$(proc_start_time "$pid")" == "$st" ]]; then
    if [[ -n $owner ]] && kill -0 "$owner" 2>/dev/null && [[ "$(proc_start_time "$owner")" == "$ost" ]]; then
      die "another bench/hierarchy.sh (pid $owner) is running; wait for it to finish"
    fi
    warn "stopping $name left over by an interrupted benchmark (process group $pid)"
    stop_group "$pid" 30
  fi
  rm -f "$pidfile"
done
stop_postmaster "$PGDATA_DIR"   # a postmaster that outlived its launcher
require_free_port "$APP_PORT" "bench backend" || exit 1
require_free_port "$KC_PORT" "bench Keycloak" || exit 1
require_free_port "$KC_MGMT" "bench Keycloak management" || exit 1
require_free_port "$PG_PORT" "bench PostgreSQL" || exit 1
mkdir -p "$LOGS" "$BENCH_STATE" "$RESULTS"
rm -rf "$WORK"
mkdir -p "$WORK"
: >"$MEASUREMENTS"

# ---------------------------------------------------------------------------------------------
# 1. the backend jar (and the test classes that hold EmbeddedPostgresMain)
# ---------------------------------------------------------------------------------------------
case ${BENCH_BUILD:-auto} in
  never)
    [[ -f "$APP_JAR" ]] || die "$APP_JAR is missing (BENCH_BUILD=never): run ./mvnw -B -q package -DskipTests"
    [[ -f "$BACKEND/target/test-classes/cn/ggw/testsupport/EmbeddedPostgresMain.class" ]] ||
      die "backend/target/test-classes lacks EmbeddedPostgresMain (BENCH_BUILD=never)"
    ;;
  *)
    step "backend jar (built only when missing or stale)"
    ensure_backend || die "the backend did not build; see $LOGS/backend-build.log"
    ;;
esac
# Other people build in the same checkout: run a private copy so that a concurrent
# `./mvnw package` cannot replace the jars under the running benchmark.
rm -rf "$BENCH_STATE/quarkus-app"
cp -a "$BACKEND/target/quarkus-app" "$BENCH_STATE/quarkus-app"
APP_JAR="$BENCH_STATE/quarkus-app/quarkus-run.jar"
info "running a copy of backend/target/quarkus-app built $(date -u -r "$APP_JAR" +%Y-%m-%dT%H:%M:%SZ)"

# ---------------------------------------------------------------------------------------------
# 2. Keycloak (background) and PostgreSQL
# ---------------------------------------------------------------------------------------------
step "starting Keycloak instance 'bench' on :$KC_PORT (log: $LOGS/keycloak-bench.log)"
kc_start bench "$KC_PORT" "$KC_MGMT" 1 || die "Keycloak did not start"

step "starting a throw-away embedded PostgreSQL on :$PG_PORT (data: ${PGDATA_DIR#"$ROOT"/})"
PG_OURS=1
rm -rf "$PGDATA_DIR"
pg_start postgres-bench "$PG_PORT" "$PGDATA_DIR" || die "PostgreSQL did not start"
pg_wait postgres-bench || die "PostgreSQL was not ready"
POSTMASTER_PID=$(head -n1 "$PGDATA_DIR/postmaster.pid")
info "ready: $PG_URL (postmaster $POSTMASTER_PID)"

step "waiting for Keycloak"
kc_wait bench "$KC_MGMT" || die "Keycloak was not ready"

# ---------------------------------------------------------------------------------------------
# 3. the backend (Flyway creates the schema on start)
# ---------------------------------------------------------------------------------------------
step "starting the backend on 127.0.0.1:$APP_PORT (log: $LOGS/backend-bench.log)"
app_start backend-bench "$APP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  GGW_DB_URL="$PG_URL" GGW_DB_USER=ggw GGW_DB_PASSWORD=ggw \
  GGW_OIDC_URL="$KC_URL/realms/ggw" GGW_KEYCLOAK_URL="$KC_URL" GGW_DEMO_DATA=false || die "the backend did not start"
app_wait backend-bench "$APP_PORT" || die "the backend was not ready"

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

step "pgbench -i -s $PGBENCH_SCALE into database pgbench (same server, superuser postgres)"
psql_super -d postgres -c 'drop database if exists pgbench' -c 'create database pgbench' >/dev/null
t=$(date +%s%N)
timeout --foreground 300 "${PGBENCH[@]}" -i -q -s "$PGBENCH_SCALE" pgbench >"$WORK/pgbench-init.txt" 2>&1 ||
  { cat "$WORK/pgbench-init.txt" >&2; die "pgbench -i failed"; }
psql_super -d pgbench -c checkpoint >/dev/null   # not in the middle of a measurement
PGBENCH_INIT_MS=$((($(date +%s%N) - t) / 1000000))
info "initialised in $PGBENCH_INIT_MS ms"

# ---------------------------------------------------------------------------------------------
# 5. the Keycloak user and its token
# ---------------------------------------------------------------------------------------------
step "creating Keycloak user $BENCH_USER (district-viewer, org_unit=BP) through the admin REST API"
ADMIN_TOKEN=$(admin_token)
user_json=$(jq -nc --arg u "$BENCH_USER" '{username: $u, enabled: true, emailVerified: true,
  firstName: "省级", lastName: "基准", email: ($u + "@bench.invalid"), attributes: {org_unit: ["BP"]}}')
status=$(curl -sS --max-time 15 -o "$WORK/kc-create.out" -D "$WORK/kc-create.hdr" -w '%{http_code}' \
  -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' --data "$user_json" \
  "$KC_URL/admin/realms/ggw/users") || status=000
case $status in
  201) USER_ID=$(tr -d '\r' <"$WORK/kc-create.hdr" | awk 'tolower($1) == "location:" {print $2}' | sed 's#.*/##') ;;
  409) USER_ID=$(kc_admin GET "/users?username=$BENCH_USER&exact=true" | jq -r '.[0].id')
       kc_admin PUT "/users/$USER_ID" "$user_json" >/dev/null ;;
  *) die "creating the user failed ($status): $(head -c 400 "$WORK/kc-create.out")" ;;
esac
[[ -n $USER_ID && $USER_ID != null ]] || die "no id for the created user"
kc_admin PUT "/users/$USER_ID/reset-password" \
  "$(jq -nc --arg p "$BENCH_PASSWORD" '{type: "password", value: $p, temporary: false}')" >/dev/null
# GET /roles/{name} needs view-realm, which the ggw-backend service account lacks (403); the
# roles it may map to this user come from .../role-mappings/realm/available (manage-users).
role_json=$(kc_admin GET "/users/$USER_ID/role-mappings/realm/available" | jq -c '[.[] | select(.name == "district-viewer")]')
[[ $(jq length <<<"$role_json") == 1 ]] || die "role district-viewer is not mappable by ggw-backend"
kc_admin POST "/users/$USER_ID/role-mappings/realm" "$role_json" >/dev/null
[[ $(kc_admin GET "/users/$USER_ID" | jq -r '.attributes.org_unit[0] // empty') == BP ]] ||
  die "Keycloak dropped the org_unit attribute of $BENCH_USER (user profile?)"
TOKEN=$(user_token)
claims=$(jwt_claims "$TOKEN")
info "token: iss=$(jq -r .iss <<<"$claims") aud=$(jq -c .aud <<<"$claims") org_unit=$(jq -r .org_unit <<<"$claims") roles=$(jq -c '.realm_access.roles' <<<"$claims") exp-iat=$(jq '.exp - .iat' <<<"$claims")s"
[[ $(jq -r .org_unit <<<"$claims") == BP ]] || die "the token lacks org_unit=BP"
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

if [[ -n ${BENCH_HOLD:-} ]]; then   # for poking at the stack by hand; bounded like everything else
  hold=$((BENCH_HOLD > 1800 ? 1800 : BENCH_HOLD))
  printf '%s\n' "$TOKEN" >"$WORK/token.txt"
  step "BENCH_HOLD: the stack stays up for $hold s (token in ${WORK#"$ROOT"/}/token.txt, backend pid ${SVC_PID[backend-bench]})"
  info "PGPASSWORD=ggw psql -h 127.0.0.1 -p $PG_PORT -U ggw ggw"
  for u in "$URL_A" "$URL_B" "$URL_C" "$URL_D"; do info "$u"; done
  sleep "$hold" &
  HOLD_PID=$!
  wait "$HOLD_PID" || true   # `wait` (unlike a foreground sleep) lets Ctrl-C / SIGTERM through at once
  HOLD_PID=''
fi

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
BENCH_FINISHED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
BENCH_ELAPSED_S=$(($(now) - T0))
BENCH_GIT_COMMIT=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
BENCH_GIT_DIRTY=$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l)
BENCH_NPROC=$(nproc)
BENCH_MEM_TOTAL_KB=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
BENCH_CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
BENCH_KERNEL=$(uname -r)
BENCH_OS=$(. /etc/os-release && echo "$PRETTY_NAME")
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
BENCH_JVM_BACKEND=$(java -version 2>&1 | head -n1 || true)
BENCH_JVM_KEYCLOAK=$("$(kc_java_home)/bin/java" -version 2>&1 | head -n1 || true)
BENCH_KEYCLOAK_VERSION=$KC_VERSION
BENCH_PG_SERVER=$(q 'select version()')
BENCH_PG_CLIENT=$(pgbench --version)
BENCH_WRK=$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2 || true)   # `wrk -v` exits 1
BENCH_APP_JAR_BUILT=$(date -u -r "$APP_JAR" +%Y-%m-%dT%H:%M:%SZ)
BENCH_TREE_COUNTS=$TREE_COUNTS
BENCH_TREE_TOTAL=$TREE_TOTAL
BENCH_TREE_LOAD_MS=$TREE_LOAD_MS
BENCH_PGBENCH_INIT_MS=$PGBENCH_INIT_MS
BENCH_PGBENCH_SCALE=$PGBENCH_SCALE
BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP BENCH_CONNECTIONS=$CONNS BENCH_THREADS=$THREADS
BENCH_WRK_TIMEOUT=$WRK_TIMEOUT
BENCH_IDS="district $DISTRICT_CODE=$DISTRICT_ID, township $TOWNSHIP_CODE=$TOWNSHIP_ID, village $VILLAGE_CODE=$VILLAGE_ID"
export BENCH_STAMP BENCH_STARTED_AT BENCH_FINISHED_AT BENCH_ELAPSED_S BENCH_GIT_COMMIT BENCH_GIT_DIRTY \
  BENCH_NPROC BENCH_MEM_TOTAL_KB BENCH_CPU_MODEL BENCH_KERNEL BENCH_OS BENCH_LOADAVG_BEFORE BENCH_LOADAVG_AFTER \
  BENCH_JVM_BACKEND BENCH_JVM_KEYCLOAK BENCH_KEYCLOAK_VERSION BENCH_PG_SERVER BENCH_PG_CLIENT BENCH_WRK \
  BENCH_APP_JAR_BUILT BENCH_TREE_COUNTS BENCH_TREE_TOTAL BENCH_TREE_LOAD_MS BENCH_PGBENCH_INIT_MS \
  BENCH_PGBENCH_SCALE BENCH_DURATION BENCH_WARMUP BENCH_CONNECTIONS BENCH_THREADS BENCH_WRK_TIMEOUT \
  BENCH_USER BENCH_IDS
REPORT_MD="$RESULTS/hierarchy-$STAMP.md"
python3 "$BENCH_DIR/report.py" "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/hierarchy-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/hierarchy-latest.json"
