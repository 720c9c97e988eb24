#!/usr/bin/env bash
# bench/rules.sh — 抓制度 at province scale (issue 10, Numbers). See docs/benchmarks.md "Rules at province scale".
#
#   bash bench/rules.sh          (or ./ggw bench rules)
#   BENCH_SCALE=0.05 bash bench/rules.sh     (10 people a village: the numbers are about units, not people)
#
# Same throw-away stack as the other benchmarks (bench/lib.sh; ports BENCH_APP_PORT, BENCH_KC_PORT, BENCH_KC_MGMT,
# BENCH_PG_PORT) and the same province (bench/province.sh: 60 districts, 1,000 townships, 10,000 villages, five years
# of monthly minutes — about 600,000 records at any scale — and quarterly study records, bulletins with receipts).
# On top of it: 14 more published rules of district $DISTRICT_CODE (so that a village of it has the issue's 16 rules
# in force, with clauses), and last year's inspection round of the district opened through HTTP with every
# township and village scored on every rule that applies to it (SQL, in the shape the application writes).
# Measures, through HTTP with each user's own token:
#   (a) wrk, 20 connections: a township's compliance view (GET /rule-compliance, township-staff)       p95 < 100 ms
#   (a') the same township's compliance per unit: the RULES figures of it and its villages (GET /figures?line=RULES)
#                                                                                                       p95 < 100 ms
#   (b) wrk, 20 connections: the district's inspection summary (GET /inspections/{id}, district-admin) p95 < 100 ms
#   (c) sequential: a bulletin to every unit of the province (POST /bulletins, ≈ 11,060 receipts)       < 2 s each
#   (d) sequential: the rulebook DOCX of a village (16 rules, GET /rulebook/docx), text checked          < 2 s each
# and the floors of the same run: (e) wrk of an authenticated call without the database (GET /org-unit-kinds),
# (f) the same call sequentially, (g) pgbench -S. Writes bench/results/rules-<UTC>.md and rules-latest.json.
#
# Environment (besides bench/lib.sh's and bench/province.sh's): BENCH_CONNECTIONS=20, BENCH_SEQ_RUNS=5.
set -euo pipefail

BENCH_NAME=rules
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-20}
BENCH_DURATION=${BENCH_DURATION:-15}
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
DISTRICT_CODE=BP-D07
# shellcheck source=province.sh
source "$BENCH_DIR/province.sh"

BENCH_PASSWORD='Bench#2026-rules'
PROVINCE_USER=bench.province   # district-admin of BP (the province)
DISTRICT_USER=bench.district   # district-admin of $DISTRICT_CODE
TOWNSHIP_USER=bench.township   # township-staff of $TOWNSHIP_CODE
BENCH_USER=$PROVINCE_USER

LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
step "rules benchmark $STAMP, scale $SCALE ($PER_VILLAGE people per village; load average before: $LOADAVG_BEFORE)"
province_start_and_load

# ---------------------------------------------------------------------------------------------
# the district's rulebook of 16 and last year's inspection round
# ---------------------------------------------------------------------------------------------
step "14 more published rules of $DISTRICT_CODE (a village has 16 in force)"
DISTRICT_PATH=$(q "select org_path from org_unit where id = $DISTRICT_ID")
psql_app -v district_id="$DISTRICT_ID" -v district_path="$DISTRICT_PATH" <<'SQL' >"$WORK/rules-load.txt"
insert into rule (owner_unit_id, owner_path, code, sort_order, created_by)
select :district_id, :'district_path', 'R' || lpad(n::text, 2, '0'), 10 + n * 10, 'bench' from generate_series(1, 14) n;
insert into rule_version (rule_id, owner_path, number, status, title, category, body, applies_to, effective_from,
                          published_at, published_by, created_by, updated_by)
select r.id, r.owner_path, 1, 'PUBLISHED',
       (array['工作制度','学习制度','请假制度','自身建设制度','档案管理制度','调研制度','信息报送制度','表彰奖励制度',
              '财务管理制度','联系基层制度','五老队伍管理制度','宣传工作制度','考核评比制度','安全工作制度'])[n],
       (array['WORK','STUDY','LEAVE','SELF_BUILDING','OTHER','WORK','WORK','OTHER','OTHER','WORK','SELF_BUILDING','WORK','OTHER','OTHER'])[n],
       jsonb_build_object('blocks', jsonb_build_array(jsonb_build_object('type', 'HEADING', 'level', 1, 'text', '总则'))
         || (select jsonb_agg(jsonb_build_object('type', 'CLAUSE', 'number', '第' || c || '条',
                    'text', '各级关工委要坚持以习近平新时代中国特色社会主义思想为指导，认真落实本制度第' || c || '项要求，'
                            || '明确责任分工，按时报送情况，接受上级检查指导，做到有计划、有部署、有检查、有总结。'))
             from generate_series(1, 8) c)
         || jsonb_build_array(jsonb_build_object('type', 'LIST_ITEM', 'ordered', true, 'text', '本制度自印发之日起施行。'))),
       'TOWNSHIP,STREET,VILLAGE,COMMUNITY', current_date - 800, now() - interval '800 days', 'bench', 'bench', 'bench'
from rule r cross join lateral (select substr(r.code, 2)::int n) x
where r.owner_unit_id = :district_id and r.code like 'R%';
SQL
VILLAGE_ID=$(q "select id from org_unit where parent_id = $TOWNSHIP_ID order by sort_order, id limit 1")
RULES_IN_FORCE=$(q "select count(*) from rule_version v join rule r on r.id = v.rule_id
  where v.status = 'PUBLISHED' and (select org_path from org_unit where id = $VILLAGE_ID) like r.owner_path || '.%'
    and 'VILLAGE' = any (string_to_array(v.applies_to, ','))")
info "rules in force for village $VILLAGE_ID: $RULES_IN_FORCE"
[[ $RULES_IN_FORCE == 16 ]] || die "expected 16 rules in force for the village, found $RULES_IN_FORCE"

step "creating Keycloak users (admin REST API)"
kc_user "$PROVINCE_USER" "$BENCH_PASSWORD" district-admin BP
kc_user "$DISTRICT_USER" "$BENCH_PASSWORD" district-admin "$DISTRICT_CODE"
kc_user "$TOWNSHIP_USER" "$BENCH_PASSWORD" township-staff "$TOWNSHIP_CODE"

LAST_YEAR=$(($(date +%Y) - 1))
THIS_YEAR=$(date +%Y)
step "the inspection round $LAST_YEAR of $DISTRICT_CODE (POST /inspections), every unit scored on every rule (SQL)"
timed_call "$DISTRICT_USER" 201 POST "$API/inspections" "{\"year\": $LAST_YEAR, \"maxScore\": 10}"
ROUND_ID=$(jq -er .id "$CALL_BODY")
psql_app -v round_id="$ROUND_ID" -v district_path="$DISTRICT_PATH" <<'SQL' >"$WORK/scores-load.txt"
insert into inspection_score (round_id, org_unit_id, org_path, rule_id, score, findings, scored_by)
select :round_id, u.id, u.org_path, r.id, (u.id * 7 + r.id * 13) % 11,
       case when (u.id * 7 + r.id * 13) % 11 < 6 then '记录不全' end, 'bench'
from org_unit u
join rule r on u.org_path like r.owner_path || '.%'
join rule_version v on v.rule_id = r.id and v.status = 'PUBLISHED'
where u.org_path like :'district_path' || '.%' and u.kind = any (string_to_array(v.applies_to, ','));
analyze inspection_score;
SQL
SCORES=$(q "select count(*) from inspection_score where round_id = $ROUND_ID")
UNITS_IN_ROUND=$(q "select count(*) from org_unit where org_path like '$DISTRICT_PATH.%'")
info "round $ROUND_ID: $SCORES scores over $UNITS_IN_ROUND units"

# ---------------------------------------------------------------------------------------------
# the answers checked once
# ---------------------------------------------------------------------------------------------
URL_COMPLIANCE="$API/rule-compliance?unitId=$TOWNSHIP_ID&year=$THIS_YEAR"
URL_COMPLIANCE_UNITS="$API/figures?unitId=$TOWNSHIP_ID&line=RULES&depth=1"
URL_INSPECTION="$API/inspections/$ROUND_ID"
URL_DOCX="$API/rulebook/docx?unitId=$VILLAGE_ID"
URL_KINDS="$API/org-unit-kinds"
TOKEN=$(user_token "$TOWNSHIP_USER")
check_get compliance "$URL_COMPLIANCE" '.unit.id' "$TOWNSHIP_ID"
info "township compliance: due $(jq .due "$WORK/check-compliance.json"), met $(jq .met "$WORK/check-compliance.json"), rules $(jq '.rules | length' "$WORK/check-compliance.json" 2>/dev/null || echo '?')"
check_get compliance-units "$URL_COMPLIANCE_UNITS" '.unit.id // .unit.unit.id' "$TOWNSHIP_ID"
info "township compliance per unit: $(stat -c %s "$WORK/check-compliance-units.json") bytes"
TOKEN=$(user_token "$DISTRICT_USER")
check_get inspection "$URL_INSPECTION" '.units | length' "$UNITS_IN_ROUND"
info "inspection summary: $(jq '.units | length' "$WORK/check-inspection.json") units, $(stat -c %s "$WORK/check-inspection.json") bytes"

bench_hold "$URL_COMPLIANCE" "$URL_INSPECTION"

# ---------------------------------------------------------------------------------------------
# measurements
# ---------------------------------------------------------------------------------------------
step "JVM warm-up: ${JVM_WARMUP}s over the compliance view and the inspection summary"
for pair in "$TOWNSHIP_USER $URL_COMPLIANCE" "$DISTRICT_USER $URL_INSPECTION"; do
  TOKEN=$(user_token "${pair%% *}")
  timeout --foreground -k 5 $((JVM_WARMUP / 2 + 30)) wrk -t"$THREADS" -c4 -d"$((JVM_WARMUP / 2))s" --timeout "$WRK_TIMEOUT" \
    -s "$BENCH_DIR/wrk-report.lua" -H "Authorization: Bearer $TOKEN" "${pair#* }" >"$WORK/wrk-jvm-warmup.txt" 2>&1 ||
    { cat "$WORK/wrk-jvm-warmup.txt" >&2; die "the JVM warm-up failed"; }
done

WRK_USER=$TOWNSHIP_USER run_wrk township-compliance "(a) compliance view of township $TOWNSHIP_CODE, $THIS_YEAR (township-staff)" "$URL_COMPLIANCE"
WRK_USER=$TOWNSHIP_USER run_wrk township-compliance-units "(a') compliance per unit of township $TOWNSHIP_CODE and its villages, RULES figures (township-staff)" "$URL_COMPLIANCE_UNITS"
WRK_USER=$DISTRICT_USER run_wrk district-inspection "(b) inspection summary of district $DISTRICT_CODE, round $LAST_YEAR, $UNITS_IN_ROUND units (district-admin)" "$URL_INSPECTION"
WRK_USER=$PROVINCE_USER run_wrk auth-no-db "(e) floor: authenticated, no database (GET /org-unit-kinds)" "$URL_KINDS"
SEQ_RUNS=20 time_seq floor-seq "(f) floor: GET /org-unit-kinds, sequentially" "$PROVINCE_USER" 200 GET "$URL_KINDS"

# (c) a bulletin to every unit of the province: each call sends a new one (issue numbers follow)
UNITS_BELOW=$(q "select count(*) from org_unit where org_path like (select org_path from org_unit where id = $PROVINCE_ID) || '.%' and active")
BULLETIN='{"title": "关于做好年终检查工作的通知", "body": {"blocks": [{"type": "PARAGRAPH", "text": "请各单位按照制度要求做好年终检查准备工作。"}]}, "recipients": {"subtreeUnitId": '"$PROVINCE_ID"'}}'
time_seq bulletin-province "(c) a bulletin to every unit of the province (POST /bulletins, $UNITS_BELOW receipts each)" "$PROVINCE_USER" 201 POST "$API/bulletins" "$BULLETIN"
SENT=$(jq -r .summary.recipients "$CALL_BODY")
RECEIPTS=$(q "select count(*) from bulletin_receipt where bulletin_id = $(jq -er .summary.id "$CALL_BODY")")
info "the last bulletin: recipients $SENT, receipts in the database $RECEIPTS (units below the province: $UNITS_BELOW)"
[[ $RECEIPTS == "$UNITS_BELOW" && $SENT == "$UNITS_BELOW" ]] || die "the bulletin has $RECEIPTS receipts, expected $UNITS_BELOW"
record bulletin-receipts check "the last bulletin's receipts = the units below the province" "$API/bulletins" "equal=1 detail=receipts_$RECEIPTS"

# (d) the rulebook DOCX of a village: 16 rules, every title in the document's text
time_seq rulebook-docx "(d) rulebook DOCX of village $VILLAGE_ID ($RULES_IN_FORCE rules in force)" "$TOWNSHIP_USER" 200 GET "$URL_DOCX"
DOCX_TEXT=$(unzip -p "$CALL_BODY" word/document.xml | sed 's/<[^>]*>//g')
MISSING=0
while read -r title; do
  [[ $DOCX_TEXT == *"$title"* ]] || { warn "the DOCX lacks the title $title"; MISSING=$((MISSING + 1)); }
done < <(q "select v.title from rule_version v join rule r on r.id = v.rule_id where v.status = 'PUBLISHED'
             and (select org_path from org_unit where id = $VILLAGE_ID) like r.owner_path || '.%'
             and 'VILLAGE' = any (string_to_array(v.applies_to, ','))")
((MISSING == 0)) || die "the rulebook DOCX lacks $MISSING of the $RULES_IN_FORCE titles"
record rulebook-titles check "the rulebook DOCX holds the $RULES_IN_FORCE titles in force" "$URL_DOCX" "equal=1 detail=titles_$RULES_IN_FORCE"

run_pgbench "pgbench-c$CONNS" "(g) floor: pgbench -S, $CONNS clients" "$CONNS" "$THREADS"
LOADAVG_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# the report
# ---------------------------------------------------------------------------------------------
step "writing the results"
BENCH_STAMP=$STAMP
BENCH_STARTED_AT=$STARTED_AT
BENCH_LOADAVG_BEFORE=$LOADAVG_BEFORE
BENCH_LOADAVG_AFTER=$LOADAVG_AFTER
bench_export_facts
province_export_facts
export BENCH_NAME BENCH_NAME_LONG="Rules at province scale (issue 10)" \
  BENCH_TARGETS="township-compliance:p95_ms:100 township-compliance-units:p95_ms:100 district-inspection:p95_ms:100 bulletin-province:max_ms:2000 rulebook-docx:max_ms:2000" \
  BENCH_NOTES="district $DISTRICT_CODE: 16 rules in force for a village (the province's monthly meeting rule, the district's quarterly study rule, 14 more with 8 clauses each)|inspection round $LAST_YEAR (id $ROUND_ID): $SCORES scores over $UNITS_IN_ROUND units|each bulletin of (c) has $UNITS_BELOW receipts (checked in the database)"
REPORT_MD="$RESULTS/rules-$STAMP.md"
python3 "$BENCH_DIR/province-report.py" "$MEASUREMENTS" "$REPORT_MD" "$RESULTS/rules-latest.json"
echo
cat "$REPORT_MD"
echo
step "done: ${REPORT_MD#"$ROOT"/} and bench/results/rules-latest.json"
