# bench/province.sh — the province at scale, shared by bench/dashboard.sh, bench/rules.sh, bench/training.sh and
# bench/city.sh. Sourced after bench/lib.sh, never run.
#
# Provides:
#   province_start_and_load [VAR=VALUE...]  preflight, the backend copy, the throw-away stack (extra environment for the
#       backend), the province tree (bench/sql/province-tree.sql: 60 districts, 1,000 townships, 10,000 villages) and
#       five years of work in every line (bench/sql/province-activity.sql), V12's counts checked against a recount,
#       the ids of the province, district $DISTRICT_CODE and its ninth township, and pgbench's table for the floor.
#       Sets TREE_LOAD_MS TREE_COUNTS DATA_LOAD_MS DATA_COUNTS DB_SIZE PROVINCE_ID DISTRICT_ID TOWNSHIP_ID TOWNSHIP_CODE
#       Y0 ON_REGISTER.
#   time_seq NAME DESCRIPTION USER EXPECTED_STATUS METHOD URL [BODY]  SEQ_RUNS sequential calls with curl (one client),
#       recorded as kind "seq" (runs, first, median, max, min ms; CPU of the backend and PostgreSQL over all runs).
#   timed_call USER EXPECTED_STATUS METHOD URL [BODY]  one call; sets CALL_MS and CALL_BODY (the answer's file).
#   province_export_facts  the loader's facts as BENCH_* variables for the report.
#
# Settings (environment): BENCH_SCALE=1 (share of the province's people; at least 10 per village),
# BENCH_ACTIVITY_RATE=0.3, BENCH_SEQ_RUNS=5. The caller sets DISTRICT_CODE (default BP-D07) before loading.

SCALE=${BENCH_SCALE:-1}
ACTIVITY_RATE=${BENCH_ACTIVITY_RATE:-0.3}
PER_VILLAGE=$(python3 -c "print(max(10, round(100 * float('$SCALE'))))")
PGBENCH_SCALE=10
SEQ_RUNS=${BENCH_SEQ_RUNS:-5}
DISTRICT_CODE=${DISTRICT_CODE:-BP-D07}   # neither first nor last

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

province_start_and_load() {
  bench_preflight pgbench
  bench_backend
  bench_start_stack "$@"

  step "loading the province tree (bench/sql/province-tree.sql)"
  local t
  t=$(date +%s%N)
  psql_app -f "$BENCH_DIR/sql/province-tree.sql" >"$WORK/tree-load.txt"
  TREE_LOAD_MS=$(ms_since "$t")
  TREE_COUNTS=$(q "select string_agg(kind || '=' || n, ' ' order by d) from (select kind, count(*) n, min(depth) d from org_unit where code like 'BP%' group by kind) s")
  info "loaded in $TREE_LOAD_MS ms: $TREE_COUNTS"

  step "loading five years of work, $PER_VILLAGE people per village, $ACTIVITY_RATE activities a person-year (bench/sql/province-activity.sql)"
  t=$(date +%s%N)
  psql_app -v per_village="$PER_VILLAGE" -v activity_rate="$ACTIVITY_RATE" -f "$BENCH_DIR/sql/province-activity.sql" >"$WORK/activity-load.txt"
  DATA_LOAD_MS=$(ms_since "$t")
  psql_super -d ggw -c checkpoint >/dev/null
  DATA_COUNTS=$(q "select string_agg(what || '=' || n, ' ' order by o) from (
    select 1 o, 'volunteers' what, count(*) n from volunteer union all select 2, 'appointments', count(*) from appointment
    union all select 3, 'rule_evidence', count(*) from rule_evidence union all select 4, 'bulletin_receipts', count(*) from bulletin_receipt
    union all select 5, 'training_sessions', count(*) from training_session union all select 6, 'trainees', count(*) from training_trainee
    union all select 7, 'exemplars', count(*) from exemplar union all select 8, 'activities', count(*) from volunteer_activity
    union all select 9, 'care_records', count(*) from volunteer_care_record) s")
  DB_SIZE=$(q "select pg_size_pretty(pg_database_size('ggw'))")
  info "loaded in $DATA_LOAD_MS ms: $DATA_COUNTS; database $DB_SIZE"

  # V12's counts, kept by the triggers through the load, must equal a recount of the register
  local diff1 diff2
  diff1=$(q "select count(*) from (select org_path, status, people from volunteer_unit_count where people <> 0
                  except select org_path, status, count(*) from volunteer group by org_path, status) d")
  diff2=$(q "select count(*) from (select org_path, status, count(*) from volunteer group by org_path, status
                   except select org_path, status, people from volunteer_unit_count) d")
  [[ $diff1 == 0 && $diff2 == 0 ]] || die "volunteer_unit_count differs from a recount ($diff1 / $diff2 rows)"
  info "volunteer_unit_count equals a recount of the register"

  PROVINCE_ID=$(q "select id from org_unit where code = 'BP'")
  DISTRICT_ID=$(q "select id from org_unit where code = '$DISTRICT_CODE'")
  TOWNSHIP_ID=$(q "select id from org_unit where parent_id = $DISTRICT_ID order by sort_order, id offset 8 limit 1")
  TOWNSHIP_CODE=$(q "select code from org_unit where id = $TOWNSHIP_ID")
  Y0=$(q "select (date_trunc('year', current_date) - interval '4 years')::date")
  ON_REGISTER=$(q "select count(*) from volunteer where status in ('REGISTERED', 'CONTACTED', 'ACTIVE', 'INACTIVE')")
  info "province BP id $PROVINCE_ID, district $DISTRICT_CODE id $DISTRICT_ID, township $TOWNSHIP_CODE id $TOWNSHIP_ID; $ON_REGISTER on the register"

  step "pgbench -i -s $PGBENCH_SCALE into database pgbench (same server)"
  psql_super -d postgres -c 'drop database if exists pgbench' -c 'create database pgbench' >/dev/null
  timeout --foreground 300 "${PGBENCH[@]}" -i -q -s "$PGBENCH_SCALE" pgbench >"$WORK/pgbench-init.txt" 2>&1 ||
    { cat "$WORK/pgbench-init.txt" >&2; die "pgbench -i failed"; }
  psql_super -d pgbench -c checkpoint >/dev/null
}

# timed_call USER EXPECTED_STATUS METHOD URL [BODY] : one call with a fresh token of USER (or the token itself
# when USER starts with "token:"); sets CALL_MS (time_total of curl) and CALL_BODY; dies on another status.
CALL_SEQ=0
timed_call() {
  local user=$1 expected=$2 method=$3 url=$4 body=${5:-} token out args=()
  if [[ $user == token:* ]]; then token=${user#token:}; else token=$(user_token "$user"); fi
  CALL_SEQ=$((CALL_SEQ + 1))
  CALL_BODY="$WORK/call-$CALL_SEQ.out"
  [[ -n $body ]] && args=(-H 'Content-Type: application/json' --data-binary "$body")
  out=$(curl -sS --max-time 120 -X "$method" -o "$CALL_BODY" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $token" -H 'Accept-Language: zh-CN' "${args[@]}" "$url") || out='000 0'
  [[ ${out%% *} == "$expected" ]] || die "$method $url answered ${out%% *} (expected $expected): $(head -c 400 "$CALL_BODY")"
  CALL_MS=$(awk -v s="${out#* }" 'BEGIN {printf "%d", s * 1000}')
}

# record_seq NAME DESCRIPTION URL APP0 PG0 EXTRA TIMES... : a "seq" measurement from the times of sequential calls
record_seq() {
  local name=$1 desc=$2 url=$3 app0=$4 pg0=$5 extra=$6 line
  shift 6
  line=$(printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1; s += $1} END {printf "runs=%d median_ms=%d max_ms=%d min_ms=%d mean_ms=%.1f", NR, a[int((NR + 1) / 2)], a[NR], a[1], s / NR}')
  line+=" first_ms=$1 cpu_app_ms=$(($(app_cpu_ms) - app0)) cpu_pg_ms=$(($(pg_cpu_ms) - pg0)) loadavg1=$(cut -d' ' -f1 /proc/loadavg)${extra:+ $extra}"
  record "$name" seq "$desc" "$url" "$line"
  info "times (ms): $* → $line"
}

# time_seq NAME DESCRIPTION USER EXPECTED_STATUS METHOD URL [BODY] : SEQ_RUNS sequential calls
time_seq() {
  local name=$1 desc=$2 user=$3 expected=$4 method=$5 url=$6 body=${7:-} times=() i app0 pg0 token
  step "sequential $name: $desc, $SEQ_RUNS calls one after the other"
  token=$(user_token "$user")
  app0=$(app_cpu_ms) pg0=$(pg_cpu_ms)
  for ((i = 1; i <= SEQ_RUNS; i++)); do
    timed_call "token:$token" "$expected" "$method" "$url" "$body"
    times+=("$CALL_MS")
  done
  record_seq "$name" "$desc" "$url" "$app0" "$pg0" "bytes=$(stat -c %s "$CALL_BODY")" "${times[@]}"
}

province_export_facts() {
  export BENCH_SCALE=$SCALE BENCH_PER_VILLAGE=$PER_VILLAGE BENCH_ACTIVITY_RATE=$ACTIVITY_RATE BENCH_TREE_COUNTS=$TREE_COUNTS \
    BENCH_TREE_LOAD_MS=$TREE_LOAD_MS BENCH_DATA_COUNTS=$DATA_COUNTS BENCH_DATA_LOAD_MS=$DATA_LOAD_MS BENCH_DB_SIZE=$DB_SIZE \
    BENCH_IDS="province BP=$PROVINCE_ID, district $DISTRICT_CODE=$DISTRICT_ID, township $TOWNSHIP_CODE=$TOWNSHIP_ID" \
    BENCH_ON_REGISTER=$ON_REGISTER BENCH_Y0=$Y0 BENCH_PGBENCH_SCALE=$PGBENCH_SCALE BENCH_SEQ_RUNS=$SEQ_RUNS
}
