-- 五老 volunteers for bench/registry.sh: :per_village people in each village of district BR
-- (bench/sql/registry-tree.sql), with one status-history row each; then the table statistics.
-- psql variables:
--   per_village  people per village (1000: 1,000 villages → 1,000,000 people)
--   layout       how ids (= insertion order) fall over the tree:
--                township — one township after the other, its villages mixed (as a registry filled
--                           by one township census import after the other would be);
--                mixed    — every run of 1,000 consecutive ids spans all villages.
-- ID numbers are valid GB 11643 numbers (check character computed) with region 229995, which no
-- place has and which neither the demo data (229999) nor the census files (229998) use; birth date
-- and sequence come from a bijection of the row number, so they are unique, and 性别 matches them.
-- The secondary indexes are dropped for the load and re-created from their own definitions.
\set ON_ERROR_STOP on
set maintenance_work_mem = '256MB';
set synchronous_commit = off;

create function pg_temp.gb11643(body text) returns text language sql immutable as $$
  select substr('10X98765432', (sum(substr(body, i, 1)::int * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i]) % 11)::int + 1, 1)
  from generate_series(1, 17) as i
$$;

begin;
select id as district_id, org_path as district_path from org_unit where code = 'BR' \gset
select count(*) as villages from org_unit where kind = 'VILLAGE' and org_path like :'district_path' || '.%' \gset

create temporary table secondary_index on commit drop as
select indexname, indexdef from pg_indexes i
where tablename in ('volunteer', 'volunteer_status_change')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
select 'drop index ' || string_agg(quote_ident(indexname), ', ') as drop_sql from secondary_index \gset
:drop_sql;

-- the villages numbered 0..villages-1 by township, then village, as arrays (one row): looking
-- them up by index keeps the rows in generate_series order, so ids follow the layout, no sort
create temporary table village on commit drop as
select array_agg(v.id order by t.sort_order, t.id, v.sort_order, v.id) as ids,
       array_agg(v.org_path order by t.sort_order, t.id, v.sort_order, v.id) as paths,
       array_agg(t.name || v.name order by t.sort_order, t.id, v.sort_order, v.id) as names
from org_unit v join org_unit t on t.id = v.parent_id
where v.kind = 'VILLAGE' and v.org_path like :'district_path' || '.%';

insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, phone, address, categories,
                       former_employer, former_post, retirement_type, health, skills, activity_areas, status,
                       status_changed_at, created_at, created_by, updated_at, updated_by)
select vg.ids[x.g + 1], vg.paths[x.g + 1],
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + (n * 7) % 20]
         || (array['建','国','淑','秀','玉','桂','志','德','文','凤','振','永','长','春','金','丽','宝','树','海','明','庆','占','福','立','守','学'])[1 + (n / 20) % 26]
         || case when n % 4 = 0 then '' else (array['国','华','庆','芬','英','兰','强','明','珍','山','林','生','青','远','民','平','军','伟','荣','贵'])[1 + (n / 520) % 20] end,
       body || pg_temp.gb11643(body),
       case when substr(body, 17, 1)::int % 2 = 1 then 'MALE' else 'FEMALE' end,
       birth,
       '1' || (array['30','31','32','33','35','36','37','38','39','50','51','52','55','56','57','58','59','86','87','88'])[1 + n % 20]
         || lpad(((n * 7654321::bigint) % 100000000)::text, 8, '0'),
       vg.names[x.g + 1] || (array['幸福路','胜利街','长庆街','新华路','民主路','文化街','光明街'])[1 + n % 7] || (1 + n % 200) || '号',
       case when n % 4 = 0 and (n / 5) % 5 <> n % 5
            then array[(array['CADRE','VETERAN','EXPERT','TEACHER','MODEL'])[1 + n % 5], (array['CADRE','VETERAN','EXPERT','TEACHER','MODEL'])[1 + (n / 5) % 5]]
            else array[(array['CADRE','VETERAN','EXPERT','TEACHER','MODEL'])[1 + n % 5]] end::varchar(16)[],
       (array['区教育局','区人民医院','区供销社','区粮食局','区农机站','第三中学','铁路工务段','区武装部','区财政局','镇中心小学','区水利局','区法院','区邮政局'])[1 + n % 13],
       (array['科长','校长','教师','主任','会计','技术员','村支书','干部','副局长','医生','工程师','站长'])[1 + (n / 13) % 12],
       case when extract(year from birth) <= 1934 and n % 2 = 0 then 'LIXIU' when n % 10 = 0 then 'EARLY_RETIRED' else 'TUIXIU' end,
       (array['良好','健康','一般','较好','患有慢性病'])[1 + n % 5],
       case when n % 3 = 0 then '{}' else array[(array['书法','绘画','摄影','写作','法律咨询','心理辅导','家电维修','农业技术','中医保健','二胡'])[1 + n % 10]] end::varchar(50)[],
       array[(array['CARE','MORAL_EDUCATION','INTERNET_CAFE_SUPERVISION','COMMITTEE_POST','LEGAL_EDUCATION','FAMILY_EDUCATION','OTHER'])[1 + n % 7]]::varchar(32)[],
       st.status,
       now() - (n % 1000) * interval '1 day',
       now() - interval '1000 days', 'bench', now() - interval '1000 days', 'bench'
from village as vg
cross join generate_series(0, :villages * :per_village - 1) as n
cross join lateral (
  select (date '1931-01-01' + ((n * 1000003::bigint) % 14000000 / 1000)::int) as birth,
         lpad(((n * 1000003::bigint) % 1000)::text, 3, '0') as seq,
         case :'layout' when 'mixed' then n % :villages
                        else (n / (:per_village * 50)) * 50 + n % 50 end as g
) as x
cross join lateral (select '229995' || to_char(x.birth, 'YYYYMMDD') || x.seq as body) as b
cross join lateral (
  select case when (n * 37) % 100 < 20 then 'REGISTERED' when (n * 37) % 100 < 35 then 'CONTACTED'
              when (n * 37) % 100 < 85 then 'ACTIVE' when (n * 37) % 100 < 93 then 'INACTIVE'
              when (n * 37) % 100 < 97 then 'WITHDRAWN' else 'DECEASED' end as status
) as st;

insert into volunteer_status_change (volunteer_id, org_path, from_status, to_status, changed_at, changed_by, note)
select id, org_path, null, status, status_changed_at, 'bench', '普查登记'
from volunteer where created_by = 'bench';

do $$
declare d text;
begin
  for d in select indexdef from secondary_index loop
    execute d;
  end loop;
end $$;
commit;

vacuum analyze volunteer;
vacuum analyze volunteer_status_change;

select count(*) as volunteers, count(distinct org_unit_id) as villages, min(id) as min_id, max(id) as max_id
from volunteer where created_by = 'bench';
