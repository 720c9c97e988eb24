-- The leaders' dashboard (cn.ggw.dashboard): the 五老 register's counts per unit path and status, kept by
-- statement-level triggers with transition tables in the same transaction as every write of volunteer
-- (registration, status change, import — COPY and batches included —, a subtree's move, a deletion).
-- VolunteerFigures reads these few thousand rows instead of counting the whole register on every call:
-- the figures are as fresh as the last commit and equal a recount (VolunteerCountsTest proves it).
create table volunteer_unit_count (
    org_path varchar(1000) collate "C" not null,
    status   varchar(16)   not null,
    people   bigint        not null,
    primary key (org_path, status)
);

insert into volunteer_unit_count (org_path, status, people)
select org_path, status, count(*) from volunteer group by org_path, status;

-- Each trigger adds its statement's changes per (path, status), in key order so that concurrent writers
-- lock the counter rows in the same order.
create function volunteer_count_inserted() returns trigger language plpgsql as $$
begin
    insert into volunteer_unit_count as c (org_path, status, people)
    select org_path, status, count(*) from new_rows group by org_path, status order by org_path, status
    on conflict (org_path, status) do update set people = c.people + excluded.people;
    return null;
end $$;

create function volunteer_count_deleted() returns trigger language plpgsql as $$
begin
    insert into volunteer_unit_count as c (org_path, status, people)
    select org_path, status, -count(*) from old_rows group by org_path, status order by org_path, status
    on conflict (org_path, status) do update set people = c.people + excluded.people;
    return null;
end $$;

create function volunteer_count_updated() returns trigger language plpgsql as $$
begin
    insert into volunteer_unit_count as c (org_path, status, people)
    select org_path, status, sum(n)
      from (select org_path, status, -1 as n from old_rows
            union all
            select org_path, status, 1 from new_rows) d
     group by org_path, status
    having sum(n) <> 0
     order by org_path, status
    on conflict (org_path, status) do update set people = c.people + excluded.people;
    return null;
end $$;

create function volunteer_count_truncated() returns trigger language plpgsql as $$
begin
    truncate volunteer_unit_count;
    return null;
end $$;

create trigger volunteer_count_insert after insert on volunteer
    referencing new table as new_rows for each statement execute function volunteer_count_inserted();
create trigger volunteer_count_delete after delete on volunteer
    referencing old table as old_rows for each statement execute function volunteer_count_deleted();
create trigger volunteer_count_update after update on volunteer
    referencing old table as old_rows new table as new_rows for each statement execute function volunteer_count_updated();
create trigger volunteer_count_truncate after truncate on volunteer
    for each statement execute function volunteer_count_truncated();
