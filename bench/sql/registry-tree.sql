-- A district-shaped tree for bench/registry.sh: district BR 白鹭区, 20 townships (BR-T01..BR-T20,
-- distinct names), 50 villages each (BR-T01-V01.., the same 50 village names in every township, as
-- in real districts: a census row's 所属乡镇 tells them apart) = 1,021 units.
-- Run as the application user (ggw) after Flyway has created the schema. Ids are explicit (after
-- the current maximum) so that org_path can be written in the same statement.
\set ON_ERROR_STOP on
begin;

select coalesce(max(id), 0) as base from org_unit \gset
select count(*) > 0 as taken from org_unit where code = 'BR' or code like 'BR-%' \gset
\if :taken
  \echo 'registry-tree.sql: units with code BR* exist already'
  select 1 / 0;
\endif

-- ids: district = base+1, township t (1..20) = base+1+t, village v of township t = base+21+(t-1)*50+v
insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
values (:base + 1, 'BR', '白鹭区', 'DISTRICT', null, (:base + 1)::text, 0, 10, 'bench', 'bench');

insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
select :base + 1 + t,
       'BR-T' || lpad(t::text, 2, '0'),
       (array['平台镇','东风乡','青山镇','林海镇','洮河乡','岭下镇','三合乡','金祥镇','东胜镇','德顺乡',
              '红旗镇','向阳乡','富裕镇','安定镇','太平乡','新立镇','长宁乡','永和镇','兴隆镇','清河乡'])[t],
       'TOWNSHIP', :base + 1, (:base + 1) || '.' || (:base + 1 + t), 1, t * 10, 'bench', 'bench'
from generate_series(1, 20) as t;

insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
select :base + 21 + (t - 1) * 50 + v,
       'BR-T' || lpad(t::text, 2, '0') || '-V' || lpad(v::text, 2, '0'),
       (array['红星','光明','前进','胜利','团结','和平','幸福','新华','永安','长青'])[1 + (v - 1) % 10]
         || (array['','东','西','南','北'])[1 + (v - 1) / 10] || '村',
       'VILLAGE', :base + 1 + t, (:base + 1) || '.' || (:base + 1 + t) || '.' || (:base + 21 + (t - 1) * 50 + v), 2,
       v * 10, 'bench', 'bench'
from generate_series(1, 20) as t, generate_series(1, 50) as v;

select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit));
commit;

analyze org_unit;

select kind, count(*) from org_unit where code = 'BR' or code like 'BR-%' group by kind order by min(depth);
