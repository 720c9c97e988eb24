# bench/lib.sh — the machinery shared by the benchmarks (bench/hierarchy.sh, bench/registry.sh).
# Sourced, never run. The sourcing script sets BENCH_NAME (e.g. hierarchy) before sourcing.
#
# Provides: the launcher's functions (sourced from ./ggw), the common settings (ports, wrk
# parameters), helpers for psql, Keycloak tokens and users, CPU accounting from /proc, wrk runs
# recorded into $MEASUREMENTS, and the stack itself: bench_preflight, bench_backend (private copy
# of the packaged backend), bench_start_stack (Keycloak + throw-away PostgreSQL + backend), and
# bench_cleanup on exit (stops everything started, deletes the throw-away database).
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
: "${BENCH_NAME:?set BENCH_NAME before sourcing bench/lib.sh}"

BENCH_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
REPO=$(dirname "$BENCH_DIR")

# Reuse the launcher: spawn/stop_all (process groups + pid files for `./ggw stop-orphans`),
# kc_start/kc_wait (Keycloak installed and started exactly as ggw does it), pg_start/pg_wait
# (the embedded PostgreSQL binaries run directly), app_start/app_wait, ensure_backend. Sourcing runs its `main help`,
# whose output is discarded.
[[ -f "$REPO/ggw" ]] || { echo "ERROR: $REPO/ggw not found" >&2; exit 1; }
# shellcheck source=../ggw
source "$REPO/ggw" help >/dev/null
for fn in say info warn err die now log_tail spawn stop_all stop_service stop_group stop_postmaster on_signal proc_start_time \
          require_free_port kc_start kc_wait pg_start pg_wait app_start app_wait ensure_backend; do
  declare -F "$fn" >/dev/null || { echo "ERROR: ./ggw no longer defines $fn(); bench/lib.sh needs updating" >&2; exit 1; }
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

BENCH_STATE="$STATE/bench"
PGDATA_DIR="$BENCH_STATE/pgdata"
WORK="$BENCH_STATE/work"            # raw outputs of this run (kept until the next run)
RESULTS="$BENCH_DIR/results"
KC_URL="http://localhost:$KC_PORT"  # Keycloak's --hostname: the token issuer
API="http://127.0.0.1:$APP_PORT/api/v1"
MEASUREMENTS="$WORK/measurements.tsv"

HOLD_PID=''
PG_OURS=0   # set once this run owns .ggw/bench/pgdata (never delete another run's data)
T0=$(now)
step() { say "[$(($(now) - T0))s] $*"; }

# ---------------------------------------------------------------------------------------------
# cleanup: everything started here is stopped on exit, on failure and on Ctrl-C (ggw's stop_all
# stops the backend, PostgreSQL and Keycloak process groups, newest first). wrk and pgbench run
# in the foreground, bounded by -d/-T and by `timeout`, and receive Ctrl-C themselves.
# A script may set BENCH_ON_EXIT to a function run first (e.g. to stop a sampler).
# ---------------------------------------------------------------------------------------------
BENCH_ON_EXIT=''
bench_cleanup() {
  local rc=$?
  trap '' INT TERM
  [[ -n $BENCH_ON_EXIT ]] && "$BENCH_ON_EXIT"
  [[ -n $HOLD_PID ]] && kill "$HOLD_PID" 2>/dev/null
  stop_all
  ((PG_OURS)) && rm -rf "$PGDATA_DIR"   # throw-away by design
  if ((rc != 0)); then
    err "bench/$BENCH_NAME.sh failed after $(($(now) - T0)) s (raw outputs: $WORK, logs: $LOGS/*-bench.log)"
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
# user_token [USER [PASSWORD]] : a fresh token of USER (default $BENCH_USER / $BENCH_PASSWORD).
# The benchmark users all have the password $BENCH_PASSWORD.
user_token() {
  local user=${1:-$BENCH_USER} password=${2:-$BENCH_PASSWORD}
  token_request -d grant_type=password -d client_id=ggw-test -d "username=$user" --data-urlencode "password=$password"
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

# kc_user USER PASSWORD ROLE ORG_UNIT : creates (or resets) a Keycloak user with one realm role
# and the org_unit attribute, through the admin REST API of the ggw-backend service account.
kc_user() {
  local user=$1 password=$2 role=$3 unit=$4 user_json status user_id role_json
  [[ -n ${ADMIN_TOKEN:-} ]] || ADMIN_TOKEN=$(admin_token)
  user_json=$(jq -nc --arg u "$user" --arg o "$unit" '{username: $u, enabled: true, emailVerified: true,
    firstName: "基准", lastName: "测试", email: ($u + "@bench.invalid"), attributes: {org_unit: [$o]}}')
  status=$(curl -sS --max-time 15 -o "$WORK/kc-create.out" -D "$WORK/kc-create.hdr" -w '%{http_code}' \
    -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' --data "$user_json" \
    "$KC_URL/admin/realms/ggw/users") || status=000
  case $status in
    201) user_id=$(tr -d '\r' <"$WORK/kc-create.hdr" | awk 'tolower($1) == "location:" {print $2}' | sed 's#.*/##') ;;
    409) user_id=$(kc_admin GET "/users?username=$user&exact=true" | jq -r '.[0].id')
         kc_admin PUT "/users/$user_id" "$user_json" >/dev/null ;;
    *) die "creating the user $user failed ($status): $(head -c 400 "$WORK/kc-create.out")" ;;
  esac
  [[ -n $user_id && $user_id != null ]] || die "no id for the created user $user"
  kc_admin PUT "/users/$user_id/reset-password" \
    "$(jq -nc --arg p "$password" '{type: "password", value: $p, temporary: false}')" >/dev/null
  # GET /roles/{name} needs view-realm, which the ggw-backend service account lacks (403); the
  # roles it may map to this user come from .../role-mappings/realm/available (manage-users).
  role_json=$(kc_admin GET "/users/$user_id/role-mappings/realm/available" | jq -c --arg r "$role" '[.[] | select(.name == $r)]')
  [[ $(jq length <<<"$role_json") == 1 ]] || die "role $role is not mappable by ggw-backend"
  kc_admin POST "/users/$user_id/role-mappings/realm" "$role_json" >/dev/null
  [[ $(kc_admin GET "/users/$user_id" | jq -r '.attributes.org_unit[0] // empty') == "$unit" ]] ||
    die "Keycloak dropped the org_unit attribute of $user (user profile?)"
  local token claims
  token=$(user_token "$user" "$password")
  claims=$(jwt_claims "$token")
  info "user $user: iss=$(jq -r .iss <<<"$claims") aud=$(jq -c .aud <<<"$claims") org_unit=$(jq -r .org_unit <<<"$claims") roles=$(jq -c '.realm_access.roles' <<<"$claims") exp-iat=$(jq '.exp - .iat' <<<"$claims")s"
  [[ $(jq -r .org_unit <<<"$claims") == "$unit" ]] || die "the token of $user lacks org_unit=$unit"
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

# check_get NAME URL JQ EXPECTED : one authenticated GET ($TOKEN) must answer 200 with JQ == EXPECTED.
check_get() {
  local name=$1 url=$2 expr=$3 expected=$4 status got
  status=$(curl -sS --max-time 10 -o "$WORK/check-$name.json" -w '%{http_code}' \
    -H "Authorization: Bearer $TOKEN" "$url") || status=000
  [[ $status == 200 ]] || die "GET $url answered $status: $(head -c 400 "$WORK/check-$name.json")"
  got=$(jq -r "$expr" "$WORK/check-$name.json")
  [[ "$got" == "$expected" ]] || die "GET $url: $expr is '$got', expected '$expected'"
  info "check $name: 200, $expr = $got, $(stat -c %s "$WORK/check-$name.json") bytes"
}

# run_wrk NAME DESCRIPTION URL [LUA ARGS...] : warm-up, then the measured run; appends to $MEASUREMENTS.
# The token is a fresh one of WRK_USER (default $BENCH_USER), the connections WRK_CONNS (default
# $CONNS); e.g. `WRK_CONNS=10 WRK_USER=bench.township run_wrk …`. LUA ARGS go to bench/wrk-report.lua
# (`POST JSON` sends that body as a POST).
run_wrk() {
  local name=$1 desc=$2 url=$3 token line app0 pg0 wrk0 sys0 t conns=${WRK_CONNS:-$CONNS} user=${WRK_USER:-$BENCH_USER} lua=()
  local THREADS=$((conns < THREADS ? conns : THREADS))   # wrk needs a connection per thread (WRK_CONNS=1: one client)
  shift 3
  (($#)) && lua=(-- "$@")
  step "wrk $name: $desc"
  info "${1:-GET} $url${2:+ $2}"
  token=$(user_token "$user")   # tokens live 300 s: a fresh one for each run
  t=$((WARMUP + 30))
  timeout --foreground -k 5 "$t" wrk -t"$THREADS" -c"$conns" -d"${WARMUP}s" --timeout "$WRK_TIMEOUT" \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $token" "$url" "${lua[@]}" >"$WORK/wrk-$name-warmup.txt" 2>&1 ||
    { cat "$WORK/wrk-$name-warmup.txt" >&2; die "wrk warm-up $name failed"; }
  info "warm-up: $(grep '^BENCH ' "$WORK/wrk-$name-warmup.txt" | cut -d' ' -f2-9)"
  token=$(user_token "$user")
  children_cpu_ms
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms) wrk0=$CHILD_CPU_MS sys0=$(sys_busy_ms)
  t=$((DURATION + 30))
  timeout --foreground -k 5 "$t" wrk -t"$THREADS" -c"$conns" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $token" "$url" "${lua[@]}" >"$WORK/wrk-$name.txt" 2>&1 ||
    { cat "$WORK/wrk-$name.txt" >&2; die "wrk run $name failed"; }
  line=$(grep '^BENCH ' "$WORK/wrk-$name.txt") || { cat "$WORK/wrk-$name.txt" >&2; die "no BENCH line from wrk ($name)"; }
  children_cpu_ms
  line="${line#BENCH } cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) cpu_loadgen_ms=$((CHILD_CPU_MS - wrk0))"
  line+=" cpu_machine_ms=$(($(sys_busy_ms) - sys0)) connections=$conns loadavg1=$(cut -d' ' -f1 /proc/loadavg)"
  record "$name" wrk "$desc" "$url" "$line"
  info "result: $line"
}

# bench_hold : BENCH_HOLD=N keeps the loaded stack up for N s (≤ 1800), for poking at it by hand.
bench_hold() {
  [[ -n ${BENCH_HOLD:-} ]] || return 0
  local hold=$((BENCH_HOLD > 1800 ? 1800 : BENCH_HOLD))
  printf '%s\n' "$TOKEN" >"$WORK/token.txt"
  step "BENCH_HOLD: the stack stays up for $hold s (token in ${WORK#"$ROOT"/}/token.txt, backend pid ${SVC_PID[backend-bench]})"
  info "PGPASSWORD=ggw psql -h 127.0.0.1 -p $PG_PORT -U ggw ggw"
  local u
  for u in "$@"; do info "$u"; done
  sleep "$hold" &
  HOLD_PID=$!
  wait "$HOLD_PID" || true   # `wait` (unlike a foreground sleep) lets Ctrl-C / SIGTERM through at once
  HOLD_PID=''
}

# ---------------------------------------------------------------------------------------------
# the stack
# ---------------------------------------------------------------------------------------------
# bench_preflight COMMAND... : required commands present, no other benchmark running, leftovers
# of a killed one stopped, ports free; a fresh $WORK.
bench_preflight() {
  local missing=() c name pidfile pid st owner ost
  for c in java curl jq python3 psql wrk timeout setsid pgrep getconf base64 "$@"; do
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
        die "another benchmark (pid $owner) is running; wait for it to finish"
      fi
      warn "stopping $name left over by an interrupted benchmark (process group $pid)"
      stop_group "$pid" 30
    fi
    rm -f "$pidfile"
  done
  stop_postmaster "$PGDATA_DIR"   # a postmaster that outlived its launcher
  # wrk measures; pgbench (Debian's postgresql, as the fleet tests use) gives the floor of one index lookup
  ensure_deb_packages "the benchmarks" wrk postgresql || exit 1
  require_free_port "$APP_PORT" "bench backend" || exit 1
  require_free_port "$KC_PORT" "bench Keycloak" || exit 1
  require_free_port "$KC_MGMT" "bench Keycloak management" || exit 1
  require_free_port "$PG_PORT" "bench PostgreSQL" || exit 1
  mkdir -p "$LOGS" "$BENCH_STATE" "$RESULTS"
  rm -rf "$WORK"
  mkdir -p "$WORK"
  : >"$MEASUREMENTS"
}

# bench_backend : the backend jar, then a private copy of it in .ggw/bench/quarkus-app; sets
# APP_JAR to the copy.
bench_backend() {
  case ${BENCH_BUILD:-auto} in
    never)
      [[ -f "$APP_JAR" ]] || die "$APP_JAR is missing (BENCH_BUILD=never): run ./mvnw -B -q package -DskipTests"
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
}

# bench_start_stack [VAR=VALUE...] : Keycloak 'bench', a throw-away PostgreSQL and the backend
# (Flyway creates the schema on start), with the given extra environment for the backend
# (e.g. JDK_JAVA_OPTIONS=-Xmx512m).
bench_start_stack() {
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

  step "starting the backend on 127.0.0.1:$APP_PORT (log: $LOGS/backend-bench.log)"
  app_start backend-bench "$APP_PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    GGW_DB_URL="$PG_URL" GGW_DB_USER=ggw GGW_DB_PASSWORD=ggw \
    GGW_OIDC_URL="$KC_URL/realms/ggw" GGW_KEYCLOAK_URL="$KC_URL" GGW_DEMO_DATA=false "$@" || die "the backend did not start"
  app_wait backend-bench "$APP_PORT" || die "the backend was not ready"
}

# bench_export_facts : the run's common facts as BENCH_* environment variables for report.py.
bench_export_facts() {
  BENCH_FINISHED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  BENCH_ELAPSED_S=$(($(now) - T0))
  BENCH_GIT_COMMIT=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
  BENCH_GIT_DIRTY=$(git -C "$ROOT" status --porcelain 2>/dev/null | wc -l)
  BENCH_NPROC=$(nproc)
  BENCH_MEM_TOTAL_KB=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
  BENCH_CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  BENCH_KERNEL=$(uname -r)
  BENCH_OS=$(. /etc/os-release && echo "$PRETTY_NAME")
  BENCH_JVM_BACKEND=$(java -version 2>&1 | head -n1 || true)
  BENCH_JVM_KEYCLOAK=$("$(kc_java_home)/bin/java" -version 2>&1 | head -n1 || true)
  BENCH_KEYCLOAK_VERSION=$KC_VERSION
  BENCH_PG_SERVER=$(q 'select version()')
  BENCH_PG_CLIENT=$(pgbench --version 2>/dev/null || psql --version)
  BENCH_WRK=$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2 || true)   # `wrk -v` exits 1
  BENCH_APP_JAR_BUILT=$(date -u -r "$APP_JAR" +%Y-%m-%dT%H:%M:%SZ)
  BENCH_WRK_TIMEOUT=$WRK_TIMEOUT
  BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP BENCH_CONNECTIONS=$CONNS BENCH_THREADS=$THREADS
  export BENCH_STAMP BENCH_STARTED_AT BENCH_FINISHED_AT BENCH_ELAPSED_S BENCH_GIT_COMMIT BENCH_GIT_DIRTY \
    BENCH_NPROC BENCH_MEM_TOTAL_KB BENCH_CPU_MODEL BENCH_KERNEL BENCH_OS BENCH_LOADAVG_BEFORE BENCH_LOADAVG_AFTER \
    BENCH_JVM_BACKEND BENCH_JVM_KEYCLOAK BENCH_KEYCLOAK_VERSION BENCH_PG_SERVER BENCH_PG_CLIENT BENCH_WRK \
    BENCH_APP_JAR_BUILT BENCH_DURATION BENCH_WARMUP BENCH_CONNECTIONS BENCH_THREADS BENCH_WRK_TIMEOUT BENCH_USER
}

# ---------------------------------------------------------------------------------------------
# issue 17: the composed floor, 1 / (1/(e) + 1/pgbench -S), measured in the same run by every
# benchmark that reports it (report.py composed_floor). Added for bench/hierarchy.sh and bench/registry.sh.
# ---------------------------------------------------------------------------------------------
# pgbench_init : pgbench -i -s $PGBENCH_SCALE (default 10) into a database pgbench on the bench server;
# sets PGBENCH_SCALE and PGBENCH_INIT_MS.
pgbench_init() {
  local t
  PGBENCH_SCALE=${PGBENCH_SCALE:-10}
  step "pgbench -i -s $PGBENCH_SCALE into database pgbench (same server, superuser postgres)"
  psql_super -d postgres -c 'drop database if exists pgbench' -c 'create database pgbench' >/dev/null
  t=$(date +%s%N)
  timeout --foreground 300 "${PGBENCH[@]}" -i -q -s "$PGBENCH_SCALE" pgbench >"$WORK/pgbench-init.txt" 2>&1 ||
    { cat "$WORK/pgbench-init.txt" >&2; die "pgbench -i failed"; }
  psql_super -d pgbench -c checkpoint >/dev/null   # not in the middle of a measurement
  PGBENCH_INIT_MS=$((($(date +%s%N) - t) / 1000000))
  info "initialised in $PGBENCH_INIT_MS ms"
}

# run_pgbench NAME DESCRIPTION CLIENTS JOBS : pgbench -S, warm-up then measured; appends to $MEASUREMENTS.
# (Moved here from bench/hierarchy.sh for bench/registry.sh; needs PGBENCH_SCALE and pgbench_init first.)
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
  line+=" cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) cpu_loadgen_ms=$((CHILD_CPU_MS - pb0)) cpu_machine_ms=$(($(sys_busy_ms) - sys0)) loadavg1=$(cut -d' ' -f1 /proc/loadavg)"
  record "$name" pgbench "$desc" "pgbench -S -c $clients -j $jobs -T $DURATION (scale $PGBENCH_SCALE)" "$line"
  info "result: $line"
}

# bench_floor URL : the composed floor's two parts at $CONNS connections — (e) an authenticated GET that
# reads no database (URL, e.g. /org-unit-kinds), recorded as auth-no-db, and pgbench -S, recorded as pgbench-c$CONNS.
bench_floor() {
  pgbench_init
  run_pgbench "pgbench-c$CONNS" "floor: pgbench -S, $CONNS clients (one index lookup)" "$CONNS" "$THREADS"
  WRK_CONNS=$CONNS run_wrk auth-no-db "(e) floor: authenticated, no database (GET /org-unit-kinds)" "$1"
}
