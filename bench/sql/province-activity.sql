-- Five years of work in every line of the province tree (bench/sql/province-tree.sql), for
-- bench/dashboard.sh (issue 13, Numbers): 五老 in every village, a committee team for every unit with its
-- appointment history, the rules with their evidence (monthly meetings), bulletins with receipts,
-- training sessions with their audiences and attendance, exemplars with exchange meetings, activities
-- and care records. Rows have the shapes the application writes (same columns, statuses, checks and
-- triggers: V12's volunteer_unit_count is kept by its statement triggers during the load, one statement
-- per table). Everything is a function of row numbers: the same scale gives the same data.
--
-- Run as the application user (ggw) after Flyway and province-tree.sql. psql variables:
--   per_village    people per village (100 → 1,000,000 五老 in 10,000 villages; at least 10: the teams
--                  take their members from the villages' people)
--   activity_rate  activities per person and year (care records: half of it)
-- The window is the last five calendar years up to today (Y0 = 1 January four years ago).
-- Secondary indexes of the big tables are dropped for the load and re-created from their definitions.
\set ON_ERROR_STOP on
set maintenance_work_mem = '256MB';
set synchronous_commit = off;
set work_mem = '64MB';

-- GB 11643 check character (region 229994: no place, no other generator uses it)
create function pg_temp.gb11643(body text) returns text language plpgsql immutable as $$
declare s int := 0; w int[] := array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2];
begin
  for i in 1..17 loop s := s + substr(body, i, 1)::int * w[i]; end loop;
  return substr('10X98765432', s % 11 + 1, 1);
end $$;
-- a stable pseudo-random number in [0, m) from two integers
create function pg_temp.h(a bigint, b bigint, m int) returns int language sql immutable as $$
  select (((a * 2654435761 + b * 40503 + 12345) % 1000003 + 1000003) % 1000003 % m)::int
$$;

begin;
select (date_trunc('year', current_date) - interval '4 years')::date as y0 \gset
select max(id) as province_id, min(org_path) as province_path from org_unit where code = 'BP' \gset

-- the units as they were created years ago (a team's vacancies date from its unit's creation)
update org_unit set created_at = timestamptz '2010-01-01 00:00+08' where code = 'BP' or code like 'BP-%';

create temporary table secondary_index on commit drop as
select indexname, indexdef from pg_indexes i
where tablename in ('volunteer', 'volunteer_status_change', 'volunteer_activity', 'volunteer_care_record', 'appointment',
                    'rule_evidence', 'bulletin_receipt', 'training_trainee', 'exemplar')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
select 'drop index ' || string_agg(quote_ident(indexname), ', ') as drop_sql from secondary_index \gset
:drop_sql;

-- villages numbered k = 0..9999 in tree order; each unit's first village
create temporary table vil on commit drop as
select (row_number() over (order by v.id) - 1)::int as k, v.id, v.org_path, v.name, v.parent_id as township_id, t.parent_id as district_id
from org_unit v join org_unit t on t.id = v.parent_id
where v.kind = 'VILLAGE' and v.code like 'BP-%';
create unique index on vil (id);
create index on vil (district_id);
create index on vil (township_id);
create temporary table unit on commit drop as
select u.id, u.kind, u.org_path, u.depth, split_part(u.org_path, '.', 2) as district,
       case u.kind when 'PROVINCE' then 0
                   when 'DISTRICT' then (select min(k) from vil where vil.district_id = u.id)
                   when 'TOWNSHIP' then (select min(k) from vil where vil.township_id = u.id)
                   else (select k from vil where vil.id = u.id) end as k0,
       (case u.kind when 'VILLAGE' then 5 else 9 end) as seats
from org_unit u where u.code = 'BP' or u.code like 'BP-%';
create unique index on unit (id);

-- ---------------------------------------------------------------------------------------------
-- 五老: per_village people in each village, ids vbase+1+k*per_village+n
-- ---------------------------------------------------------------------------------------------
select coalesce(max(id), 0) as vbase from volunteer \gset
insert into volunteer (id, org_unit_id, org_path, name, id_number, gender, birth_date, phone, address, categories,
                       former_employer, former_post, retirement_type, health, skills, activity_areas, status,
                       status_changed_at, created_at, created_by, updated_at, updated_by)
overriding system value
select :vbase + 1 + r, vil.id, vil.org_path,
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + (r * 7) % 20]
         || (array['建','国','淑','秀','玉','桂','志','德','文','凤','振','永','长','春','金','丽','宝','树','海','明','庆','占','福','立','守','学'])[1 + (r / 20) % 26]
         || case when r % 4 = 0 then '' else (array['国','华','庆','芬','英','兰','强','明','珍','山','林','生','青','远','民','平','军','伟','荣','贵'])[1 + (r / 520) % 20] end,
       body || pg_temp.gb11643(body),
       case when substr(body, 17, 1)::int % 2 = 1 then 'MALE' else 'FEMALE' end,
       birth,
       '1' || (array['30','31','32','33','35','36','37','38','39','50','51','52','55','56','57','58','59','86','87','88'])[1 + r % 20]
         || lpad(((r * 7654321::bigint) % 100000000)::text, 8, '0'),
       vil.name || (array['幸福路','胜利街','长庆街','新华路','民主路','文化街','光明街'])[1 + r % 7] || (1 + r % 200) || '号',
       array[(array['CADRE','VETERAN','EXPERT','TEACHER','MODEL'])[1 + r % 5]]::varchar(16)[],
       (array['区教育局','区人民医院','区供销社','区粮食局','区农机站','第三中学','铁路工务段','区武装部','区财政局','镇中心小学'])[1 + r % 10],
       (array['科长','校长','教师','主任','会计','技术员','村支书','干部','副局长','医生','工程师','站长'])[1 + (r / 13) % 12],
       case when r % 10 = 0 then 'EARLY_RETIRED' else 'TUIXIU' end,
       (array['良好','健康','一般','较好','患有慢性病'])[1 + r % 5],
       '{}'::varchar(50)[],
       array[(array['CARE','MORAL_EDUCATION','INTERNET_CAFE_SUPERVISION','COMMITTEE_POST','LEGAL_EDUCATION','FAMILY_EDUCATION','OTHER'])[1 + r % 7]]::varchar(32)[],
       -- the first ten of every village sit on teams: always ACTIVE; the others spread over the statuses
       case when n < 10 then 'ACTIVE'
            when (r * 37) % 100 < 20 then 'REGISTERED' when (r * 37) % 100 < 35 then 'CONTACTED'
            when (r * 37) % 100 < 85 then 'ACTIVE' when (r * 37) % 100 < 93 then 'INACTIVE'
            when (r * 37) % 100 < 97 then 'WITHDRAWN' else 'DECEASED' end,
       least(:'y0'::date + pg_temp.h(r, 1, 1700), current_date), :'y0'::date + pg_temp.h(r, 2, 1400), 'bench', now(), 'bench'
from vil cross join generate_series(0, :per_village - 1) as n
cross join lateral (select vil.k::bigint * :per_village + n as r) as x
cross join lateral (select date '1936-01-01' + ((r * 1000003) % 13000000 / 1000)::int as birth) as b
cross join lateral (select '229994' || to_char(b.birth, 'YYYYMMDD') || lpad(((r * 1000003) % 1000)::text, 3, '0') as body) as i;
select setval(pg_get_serial_sequence('volunteer', 'id'), (select max(id) from volunteer));

insert into volunteer_status_change (volunteer_id, org_path, from_status, to_status, changed_at, changed_by, note)
select id, org_path, null, status, status_changed_at, 'bench', '普查登记' from volunteer where id > :vbase;

-- ---------------------------------------------------------------------------------------------
-- 班子: a team for every unit; every seat held twice in the window (the predecessor left on a day
-- between Y0 and three years later, by election, age or — for executive vice-directors — adjustment);
-- 4 % of the seats are vacant since a day in the last 300, 3 % of the teams are overdue for election
-- ---------------------------------------------------------------------------------------------
select coalesce(max(id), 0) as cbase from committee \gset
insert into committee (id, org_unit_id, org_path, formed_on, term_start, next_election_due, created_by, updated_by)
overriding system value
select :cbase + row_number() over (order by u.id), u.id, u.org_path, date '2010-01-01',
       :'y0'::date + 365, case when pg_temp.h(u.id, 3, 100) < 3 then current_date - 1 - pg_temp.h(u.id, 4, 300)
                               else (:'y0'::date + 365 * 6) end, 'bench', 'bench'
from unit u;
select setval(pg_get_serial_sequence('committee', 'id'), (select max(id) from committee));

create temporary table slot on commit drop as
select c.id as committee_id, u.id as unit_id, u.org_path, u.kind, s, u.k0,
       case when u.kind = 'VILLAGE' then (array['DIRECTOR','EXECUTIVE_VICE_DIRECTOR','MEMBER','MEMBER','MEMBER'])[s + 1]
            else (array['DIRECTOR','EXECUTIVE_VICE_DIRECTOR','VICE_DIRECTOR','SECRETARY_GENERAL','MEMBER','MEMBER','MEMBER','MEMBER','MEMBER'])[s + 1] end as role,
       u.seats,
       :'y0'::date + pg_temp.h(u.id, s, 1100) as changed_on,
       pg_temp.h(u.id, s + 100, 100) as dice
from unit u join committee c on c.org_unit_id = u.id cross join lateral generate_series(0, u.seats - 1) as s;

-- person i (0..17) of a unit: the i % 10-th person of its (i / 10)-th village
create function pg_temp.person(k0 int, i int, per_village int, vbase bigint) returns bigint language sql immutable as $$
  select vbase + 1 + (k0 + i / 10)::bigint * per_village + i % 10
$$;
insert into appointment (committee_id, org_unit_id, org_path, role, volunteer_id, volunteer_name, kind, started_on, ended_on,
                         end_reason, created_by, ended_at, ended_by)
select s.committee_id, s.unit_id, s.org_path, s.role, p.id, p.name, 'ELECTION', date '2015-01-01', s.changed_on,
       case when s.role = 'EXECUTIVE_VICE_DIRECTOR' and s.dice < 40 then 'ADJUSTMENT' when s.dice < 70 then 'ELECTION' else 'AGE' end,
       'bench', s.changed_on::timestamptz, 'bench'
from slot s join volunteer p on p.id = pg_temp.person(s.k0, s.s + s.seats, :per_village, :vbase);
insert into appointment (committee_id, org_unit_id, org_path, role, volunteer_id, volunteer_name, kind, started_on, ended_on,
                         end_reason, created_by, ended_at, ended_by)
select s.committee_id, s.unit_id, s.org_path, s.role, p.id, p.name,
       case when s.role = 'EXECUTIVE_VICE_DIRECTOR' and s.dice < 40 then 'ADJUSTMENT' when s.dice < 70 then 'ELECTION' else 'FILL' end,
       s.changed_on, v.vacated, case when v.vacated is not null then 'AGE' end, 'bench', v.vacated::timestamptz,
       case when v.vacated is not null then 'bench' end
from slot s join volunteer p on p.id = pg_temp.person(s.k0, s.s, :per_village, :vbase)
cross join lateral (select case when pg_temp.h(s.unit_id, s.s + 200, 100) < 4 then current_date - 1 - pg_temp.h(s.unit_id, s.s + 300, 300) end as vacated) v;

-- ---------------------------------------------------------------------------------------------
-- 制度: the province's monthly meeting rule (townships and villages), each district's quarterly study
-- rule (villages); minutes of 90 % of the months, study records of 80 % of the quarters
-- ---------------------------------------------------------------------------------------------
insert into rule (owner_unit_id, owner_path, code, sort_order, created_by)
select id, org_path, case when kind = 'PROVINCE' then 'MEETING' else 'STUDY' end, 10, 'bench'
from unit where kind in ('PROVINCE', 'DISTRICT');
insert into rule_version (rule_id, owner_path, number, status, title, category, body, applies_to, obligation_kind,
                          obligation_frequency, obligation_evidence, effective_from, published_at, published_by, created_by, updated_by)
select r.id, r.owner_path, 1, 'PUBLISHED',
       case r.code when 'MEETING' then '关工委月例会制度' else '五老季度学习制度' end,
       case r.code when 'MEETING' then 'MEETING' else 'STUDY' end,
       '{"blocks":[{"type":"PARAGRAPH","text":"每月召开一次例会，研究部署关心下一代工作。"}]}'::jsonb,
       case r.code when 'MEETING' then 'TOWNSHIP,STREET,VILLAGE,COMMUNITY' else 'VILLAGE,COMMUNITY' end,
       case r.code when 'MEETING' then 'MEETING' else 'STUDY' end,
       case r.code when 'MEETING' then 'MONTHLY' else 'QUARTERLY' end,
       '会议记录', :'y0'::date - 365, (:'y0'::date - 365)::timestamptz, 'bench', 'bench', 'bench'
from rule r join unit u on u.org_path = r.owner_path;

insert into rule_evidence (rule_id, org_unit_id, org_path, held_on, title, attendees, topics, created_by)
select r.id, u.id, u.org_path, m + pg_temp.h(u.id, extract(epoch from m)::bigint, 25), to_char(m, 'YYYY年MM月') || '例会',
       '主任、常务副主任及成员', '学习传达上级文件；安排本月工作', 'bench'
from unit u cross join (select id from rule where code = 'MEETING' and owner_path = :'province_path') r
cross join generate_series(:'y0'::date, (date_trunc('month', current_date) - interval '1 month')::date, interval '1 month') as g
cross join lateral (select g::date as m) mm
where u.kind in ('TOWNSHIP', 'VILLAGE') and pg_temp.h(u.id, extract(epoch from m)::bigint, 100) < 90;

insert into rule_evidence (rule_id, org_unit_id, org_path, held_on, title, attendees, topics, created_by)
select r.id, v.id, v.org_path, q + 20 + pg_temp.h(v.id, extract(epoch from q)::bigint, 40), to_char(q, 'YYYY年第Q季度') || '学习',
       '五老', '学习《关于加强新时代关心下一代工作委员会工作的意见》', 'bench'
from vil v join rule r on r.code = 'STUDY' and r.owner_unit_id = v.district_id
cross join generate_series(:'y0'::date, (date_trunc('quarter', current_date) - interval '3 months')::date, interval '3 months') as g
cross join lateral (select g::date as q) qq
where pg_temp.h(v.id, extract(epoch from q)::bigint + 7, 100) < 80;

-- 《情况反映》: each district sends four a year to all its townships and villages; the province six a
-- year to the districts. Acknowledged within 20 days, 97 % of them (half of the last month's not yet).
insert into bulletin (sender_unit_id, owner_path, year, issue_no, title, body, recipient_count, sent_at, sent_by)
select u.id, u.org_path, extract(year from d)::int, i, extract(year from d) || '年第' || i || '期', '{"blocks":[]}'::jsonb, 0,
       (d + (i - 1) * (365 / per_year) + pg_temp.h(u.id, i, 20))::timestamptz + interval '9 hours', 'bench'
from unit u cross join generate_series(0, 4) as y
cross join lateral (select (:'y0'::date + make_interval(years => y))::date as d, case when u.kind = 'PROVINCE' then 6 else 4 end as per_year) x
cross join lateral generate_series(1, x.per_year) as i
where u.kind in ('PROVINCE', 'DISTRICT')
  and (d + (i - 1) * (365 / per_year) + pg_temp.h(u.id, i, 20)) < current_date;
create temporary table sent on commit drop as
select b.id, b.sent_at, s.kind, s.district from bulletin b join unit s on s.org_path = b.owner_path;
insert into bulletin_receipt (bulletin_id, org_unit_id, org_path, acknowledged_at, acknowledged_by)
select b.id, c.id, c.org_path, ack, case when ack is not null then 'bench' end
from sent b
join unit c on (b.kind = 'PROVINCE' and c.kind = 'DISTRICT')
cross join lateral (select case when pg_temp.h(c.id, b.id, 100) < case when b.sent_at > now() - interval '30 days' then 50 else 97 end
                                then b.sent_at + make_interval(days => pg_temp.h(c.id, b.id + 1, 20), hours => 2) end as ack) a;
insert into bulletin_receipt (bulletin_id, org_unit_id, org_path, acknowledged_at, acknowledged_by)
select b.id, c.id, c.org_path, ack, case when ack is not null then 'bench' end
from sent b
join unit c on b.kind = 'DISTRICT' and c.district = b.district and c.kind in ('TOWNSHIP', 'VILLAGE')
cross join lateral (select case when pg_temp.h(c.id, b.id, 100) < case when b.sent_at > now() - interval '30 days' then 50 else 97 end
                                then b.sent_at + make_interval(days => pg_temp.h(c.id, b.id + 1, 20), hours => 2) end as ack) a;
update bulletin b set recipient_count = n from (select bulletin_id, count(*) n from bulletin_receipt group by bulletin_id) r
 where r.bulletin_id = b.id and b.id in (select id from sent);

-- ---------------------------------------------------------------------------------------------
-- 培训: each district a year — political training (March) for the directors of its townships and
-- villages, business training (May, September) for the executive vice-directors, on-boarding
-- (November) for everyone seated that year; each township a business training (June) for its
-- villages' teams. The audience is the seat holders on the day; 92 % attend, 2 % make up.
-- ---------------------------------------------------------------------------------------------
insert into training_session (org_unit_id, org_path, type_code, title, starts_on, ends_on, place, mode, audience_rule,
                              audience_as_of, status, published_at, published_by, created_by, updated_by)
select u.id, u.org_path, t.type_code, extract(year from day) || '年' || t.title, day, day, '会议中心', 'CENTRAL', t.rule::jsonb, day,
       'PUBLISHED', day::timestamptz - interval '14 days', 'bench', 'bench', 'bench'
from unit u cross join generate_series(0, 4) as y
cross join (values ('DISTRICT', 'POLITICAL', 2, '政治培训', '{"roles":["DIRECTOR"],"unitKinds":["TOWNSHIP","VILLAGE"]}'),
                   ('DISTRICT', 'BUSINESS', 4, '常务副主任业务培训（上半年）', '{"roles":["EXECUTIVE_VICE_DIRECTOR"],"unitKinds":["TOWNSHIP","VILLAGE"]}'),
                   ('DISTRICT', 'BUSINESS', 8, '常务副主任业务培训（下半年）', '{"roles":["EXECUTIVE_VICE_DIRECTOR"],"unitKinds":["TOWNSHIP","VILLAGE"]}'),
                   ('DISTRICT', 'ONBOARDING', 10, '新任班子成员岗位培训', '{"appointedSince":null,"withoutOnboarding":true}'),
                   ('TOWNSHIP', 'BUSINESS', 5, '村关工委班子业务培训', '{"unitKinds":["VILLAGE"]}')) as t(kind, type_code, month, title, rule)
cross join lateral (select (:'y0'::date + make_interval(years => y, months => t.month))::date + pg_temp.h(u.id, y * 12 + t.month, 20) as day) d
where u.kind = t.kind and d.day < current_date;

create temporary table seat on commit drop as
select a.id, a.volunteer_id, a.volunteer_name, a.org_unit_id, a.org_path, a.role, a.started_on, a.ended_on, u.kind,
       split_part(a.org_path, '.', 2) as district, split_part(a.org_path, '.', 3) as township
from appointment a join unit u on u.id = a.org_unit_id where u.kind in ('TOWNSHIP', 'VILLAGE');
create index on seat (district, role);
create index on seat (township);

insert into training_trainee (session_id, volunteer_id, volunteer_name, org_unit_id, org_path, seat_role, source, required,
                              status, method, attended_on, recorded_at, recorded_by, added_by)
select distinct on (ts.id, st.volunteer_id) ts.id, st.volunteer_id, st.volunteer_name, st.org_unit_id, st.org_path, st.role, 'RULE', true, x.status, 'STAFF',
       case when x.status = 'ATTENDED' then ts.starts_on when x.status = 'MADE_UP' then ts.starts_on + 20 end,
       ts.starts_on::timestamptz + interval '17 hours', 'bench', 'bench'
from training_session ts
join unit o on o.id = ts.org_unit_id and o.kind = 'DISTRICT'
join seat st on st.district = split_part(ts.org_path, '.', 2)
cross join lateral (select case when pg_temp.h(st.id, ts.id, 100) < 92 then 'ATTENDED' when pg_temp.h(st.id, ts.id, 100) < 94 then 'MADE_UP'
                                when pg_temp.h(st.id, ts.id, 100) < 97 then 'LEAVE' else 'ABSENT' end as status) x
where ts.created_by = 'bench'
  and st.started_on <= ts.starts_on and (st.ended_on is null or st.ended_on > ts.starts_on)
  and case ts.type_code when 'POLITICAL' then st.role = 'DIRECTOR'
                        when 'ONBOARDING' then st.started_on >= date_trunc('year', ts.starts_on)
                        else st.role = 'EXECUTIVE_VICE_DIRECTOR' end
order by ts.id, st.volunteer_id, st.id;
insert into training_trainee (session_id, volunteer_id, volunteer_name, org_unit_id, org_path, seat_role, source, required,
                              status, method, attended_on, recorded_at, recorded_by, added_by)
select distinct on (ts.id, st.volunteer_id) ts.id, st.volunteer_id, st.volunteer_name, st.org_unit_id, st.org_path, st.role, 'RULE', true, x.status, 'STAFF',
       case when x.status = 'ATTENDED' then ts.starts_on when x.status = 'MADE_UP' then ts.starts_on + 20 end,
       ts.starts_on::timestamptz + interval '17 hours', 'bench', 'bench'
from training_session ts
join unit o on o.id = ts.org_unit_id and o.kind = 'TOWNSHIP'
join seat st on st.township = split_part(ts.org_path, '.', 3) and st.kind = 'VILLAGE'
cross join lateral (select case when pg_temp.h(st.id, ts.id, 100) < 92 then 'ATTENDED' when pg_temp.h(st.id, ts.id, 100) < 94 then 'MADE_UP'
                                when pg_temp.h(st.id, ts.id, 100) < 97 then 'LEAVE' else 'ABSENT' end as status) x
where ts.created_by = 'bench'
  and st.started_on <= ts.starts_on and (st.ended_on is null or st.ended_on > ts.starts_on)
order by ts.id, st.volunteer_id, st.id;

-- ---------------------------------------------------------------------------------------------
-- 典型: a tenth of the villages nominate one a year, every township one a year; a district's
-- exchange meeting each December presents up to ten of the year's approved ones
-- ---------------------------------------------------------------------------------------------
insert into exemplar (org_unit_id, org_path, nominating_unit_id, category, year, title, subject_name, volunteer_id, body, status,
                      township_review, nominated_at, nominated_by, approved_at, submitted_to_city_on, submitted_to_city_by,
                      city_adopted, city_decided_on, updated_by)
select u.id, u.org_path, u.id, cat, extract(year from nominated)::int, extract(year from nominated) || '年关心下一代工作典型事迹',
       case when cat in ('FIVE_ELDERS', 'EXECUTIVE_VICE_DIRECTOR') then p.name else '四自小组' end,
       case when cat in ('FIVE_ELDERS', 'EXECUTIVE_VICE_DIRECTOR') then p.id end,
       '{"blocks":[{"type":"PARAGRAPH","text":"事迹材料"}]}'::jsonb, st, u.kind = 'VILLAGE',
       nominated, 'bench', case when st = 'APPROVED' then nominated + interval '40 days' end,
       city_on, case when city_on is not null then 'bench' end,
       case when city_on is not null and city_on + 60 < current_date then pg_temp.h(u.id, y, 2) = 0 end,
       case when city_on is not null and city_on + 60 < current_date then city_on + 60 end, 'bench'
from unit u cross join generate_series(0, 4) as y
join volunteer p on p.id = pg_temp.person(u.k0, 3, :per_village, :vbase)
cross join lateral (select ((:'y0'::date + make_interval(years => y, months => 3))::date + pg_temp.h(u.id, y, 150))::timestamptz + interval '10 hours' as nominated,
                           (array['FOUR_SELF_GROUP','EXECUTIVE_VICE_DIRECTOR','COMMUNITY_COMMITTEE','FIVE_ELDERS','OTHER'])[1 + pg_temp.h(u.id, y + 10, 5)] as cat,
                           pg_temp.h(u.id, y + 20, 100) as dice) a
cross join lateral (select case when nominated < now() - interval '90 days' then
                                  case when dice < 65 then 'APPROVED' when dice < 80 then 'REJECTED' when dice < 88 then 'RETURNED' else 'FORWARDED' end
                                else case when dice < 50 then 'SUBMITTED' else 'FORWARDED' end end as st) s
cross join lateral (select case when st = 'APPROVED' and dice < 30 and nominated::date + 100 < current_date then nominated::date + 100 end as city_on) c
where nominated < now() and (u.kind = 'TOWNSHIP' or (u.kind = 'VILLAGE' and pg_temp.h(u.id, y + 30, 10) = 0));

insert into exchange_meeting (org_unit_id, org_path, title, held_on, place, created_by, updated_by)
select u.id, u.org_path, (extract(year from :'y0'::date)::int + y) || '年典型交流会', make_date(extract(year from :'y0'::date)::int + y, 12, 10), '会议中心', 'bench', 'bench'
from unit u cross join generate_series(0, 4) as y
where u.kind = 'DISTRICT' and make_date(extract(year from :'y0'::date)::int + y, 12, 10) < current_date;
insert into exchange_meeting_exemplar (meeting_id, exemplar_id, position)
select m.id, e.id, e.pos
from exchange_meeting m
cross join lateral (select e.id, row_number() over (order by e.id) as pos from exemplar e
                     where e.org_path like m.org_path || '.%' and e.status = 'APPROVED'
                       and e.approved_at < m.held_on and e.year = extract(year from m.held_on) order by e.id limit 10) e
where m.created_by = 'bench';

-- ---------------------------------------------------------------------------------------------
-- 发挥作用 and 关照: activity_rate activities per person and year where they live, half as many care records
-- ---------------------------------------------------------------------------------------------
select (current_date - :'y0'::date) as window_days, round(:activity_rate * 5 * 1000)::int as act_milli \gset
insert into volunteer_activity (volunteer_id, org_unit_id, org_path, activity_date, area, hours, youth_reached, description,
                                created_by, updated_by)
select v.id, v.org_unit_id, v.org_path, :'y0'::date + pg_temp.h(v.id, j, :window_days),
       (array['CARE','MORAL_EDUCATION','INTERNET_CAFE_SUPERVISION','COMMITTEE_POST','LEGAL_EDUCATION','FAMILY_EDUCATION','OTHER'])[1 + pg_temp.h(v.id, j + 1, 7)],
       1 + pg_temp.h(v.id, j + 2, 6), pg_temp.h(v.id, j + 3, 40), '讲传统、结对帮扶', 'bench', 'bench'
from volunteer v cross join generate_series(0, :act_milli / 1000) as j
where v.id > :vbase and (j < :act_milli / 1000 or pg_temp.h(v.id, 99, 1000) < :act_milli % 1000);
insert into volunteer_care_record (volunteer_id, org_path, care_date, kind, description, given_by, created_by)
select v.id, v.org_path, :'y0'::date + pg_temp.h(v.id, j + 50, :window_days),
       (array['VISIT','DAILY_LIFE','HEALTH','FESTIVAL','OTHER'])[1 + pg_temp.h(v.id, j + 51, 5)], '走访慰问', '村关工委', 'bench'
from volunteer v cross join generate_series(0, :act_milli / 2000) as j
where v.id > :vbase and (j < :act_milli / 2000 or pg_temp.h(v.id, 98, 1000) < (:act_milli / 2) % 1000);

do $$
declare d text;
begin
  for d in select indexdef from secondary_index loop
    execute d;
  end loop;
end $$;
commit;

vacuum analyze org_unit, volunteer, volunteer_status_change, volunteer_unit_count, committee, appointment, rule, rule_version,
  rule_evidence, bulletin, bulletin_receipt, training_session, training_trainee, exemplar, exchange_meeting,
  exchange_meeting_exemplar, volunteer_activity, volunteer_care_record;

select 'volunteers' as what, count(*) from volunteer
union all select 'status changes', count(*) from volunteer_status_change
union all select 'committees', count(*) from committee
union all select 'appointments', count(*) from appointment
union all select 'rule evidence', count(*) from rule_evidence
union all select 'bulletins', count(*) from bulletin
union all select 'bulletin receipts', count(*) from bulletin_receipt
union all select 'training sessions', count(*) from training_session
union all select 'trainees', count(*) from training_trainee
union all select 'exemplars', count(*) from exemplar
union all select 'exchange meetings', count(*) from exchange_meeting
union all select 'activities', count(*) from volunteer_activity
union all select 'care records', count(*) from volunteer_care_record;
