-- Hand-run during `BENCH_HOLD=300 bash bench/registry.sh`: EXPLAIN (ANALYZE, BUFFERS) of the list statement and of two
-- rewrites, on the loaded database. psql -h 127.0.0.1 -p 55434 -U ggw ggw -v tp=<township path> -v dp=<district path>
--   -v after=<an id in the township> -v afterpath=<that person's org_path> -f bench/sql/registry-list-alternatives.sql
\set ON_ERROR_STOP on

\echo '=== current (id order, prefix filter) page 1'
explain (analyze, buffers, costs off) select * from volunteer v where (v.org_path = :'tp' or v.org_path like :'tp' || '.%') and v.id > 0 order by v.id limit 51;
\echo '=== A: keyset by (org_path, id), page 1'
explain (analyze, buffers, costs off) select * from volunteer v where v.org_path >= :'tp' and v.org_path < :'tp' || '/' order by v.org_path, v.id limit 51;
\echo '=== A: keyset by (org_path, id), deep'
explain (analyze, buffers, costs off) select * from volunteer v where v.org_path >= :'tp' and v.org_path < :'tp' || '/' and (v.org_path, v.id) > (:'afterpath', :after) order by v.org_path, v.id limit 51;
\echo '=== B: id order, one index scan per unit of the subtree (lateral), page 1'
explain (analyze, buffers, costs off) select x.* from org_unit u cross join lateral (select * from volunteer v where v.org_path = u.org_path and v.id > 0 order by v.id limit 51) x where (u.org_path = :'tp' or u.org_path like :'tp' || '.%') order by x.id limit 51;
\echo '=== B: deep'
explain (analyze, buffers, costs off) select x.* from org_unit u cross join lateral (select * from volunteer v where v.org_path = u.org_path and v.id > :after order by v.id limit 51) x where (u.org_path = :'tp' or u.org_path like :'tp' || '.%') order by x.id limit 51;
\echo '=== B: district-wide page 1 (1,021 units)'
explain (analyze, buffers, costs off) select x.* from org_unit u cross join lateral (select * from volunteer v where v.org_path = u.org_path and v.id > 0 order by v.id limit 51) x where (u.org_path = :'dp' or u.org_path like :'dp' || '.%') order by x.id limit 51;
\echo '=== current, sparse filter: DECEASED in the township, page 1'
explain (analyze, buffers, costs off) select * from volunteer v where (v.org_path = :'tp' or v.org_path like :'tp' || '.%') and v.status = 'DECEASED' and v.id > 0 order by v.id limit 51;
