-- A province-size tree for bench/hierarchy.sh: 1 province, 60 districts, 1,000 townships
-- (16 or 17 per district), 10,000 villages (10 per township) = 11,061 units.
-- Run as the application user (ggw) after Flyway has created the schema. Ids are explicit
-- (after the current maximum) so that org_path can be written in the same statement; the
-- identity sequence is moved past them at the end.
\set ON_ERROR_STOP on
begin;

select coalesce(max(id), 0) as base from org_unit \gset
select count(*) > 0 as taken from org_unit where code = 'BP' or code like 'BP-%' \gset
\if :taken
  \echo 'province-tree.sql: units with code BP* exist already'
  select 1 / 0;
\endif

-- Layout of the ids: province = base+1, district d (1..60) = base+1+d,
-- township t (1..1000) = base+61+t, village v (1..10000) = base+1061+v.
insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
values (:base + 1, 'BP', '北平省', 'PROVINCE', null, (:base + 1)::text, 0, 10, 'bench', 'bench');

insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
select :base + 1 + d,
       'BP-D' || lpad(d::text, 2, '0'),
       (array['安平','长宁','永和','兴隆','太平','新安','清河','白山','青石','金川'])[1 + d % 10]
         || (array['','东','西','南','北','中'])[1 + (d / 10) % 6] || '区',
       'DISTRICT', :base + 1, (:base + 1) || '.' || (:base + 1 + d), 1, d * 10, 'bench', 'bench'
from generate_series(1, 60) as d;

-- township t belongs to district ((t-1)*60/1000)+1: 16 or 17 townships per district
insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
select :base + 61 + t,
       'BP-D' || lpad(dd::text, 2, '0') || '-T' || lpad(t::text, 4, '0'),
       (array['平台','平安','青山','林海','洮河','岭下','东风','三合','金祥','东胜','德顺','红旗','向阳','富裕'])[1 + t % 14]
         || (array['','一','二','三','四','五','六','七'])[1 + (t / 14) % 8] || (case when t % 3 = 0 then '乡' else '镇' end),
       'TOWNSHIP', :base + 1 + dd, (:base + 1) || '.' || (:base + 1 + dd) || '.' || (:base + 61 + t), 2, t * 10,
       'bench', 'bench'
from generate_series(1, 1000) as t, lateral (select ((t - 1) * 60 / 1000) + 1 as dd) as x;

insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
select :base + 1061 + (tw.id - (:base + 62)) * 10 + k,
       tw.code || '-V' || lpad(k::text, 2, '0'),
       (array['红星','光明','前进','胜利','团结','和平','幸福','新华','永安','长青'])[k]
         || (array['','东','西','南','北','中','上','下'])[1 + (tw.id % 8)] || '村',
       'VILLAGE', tw.id, tw.org_path || '.' || (:base + 1061 + (tw.id - (:base + 62)) * 10 + k), 3, k * 10,
       'bench', 'bench'
from org_unit as tw, generate_series(1, 10) as k
where tw.kind = 'TOWNSHIP' and tw.code like 'BP-D%';

select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit));
commit;

analyze org_unit;

select kind, count(*) from org_unit where code = 'BP' or code like 'BP-%' group by kind order by min(depth);
