-- The city-level API (issue 14), for cheap syncing: (1) a change feed of the exemplars submitted to the city;
-- (2) a data version that lets an unchanged poll answer 304 without computing its body.

-- (1) The exemplars submitted to the city, followed with a cursor like org_unit_change (V13). A trigger writes it, so changes made in plain SQL are in the feed too. Each row keeps
-- what the city reads of the exemplar after the change (never a person's ID number or phone: exemplars hold none),
-- and its unit's path before and after, so the feed can answer "moved out of your scope" without the current row.
create table exemplar_change (
    seq           bigint generated always as identity primary key,
    -- The writing transaction: served only below pg_snapshot_xmin, so a late commit is never skipped.
    tx            xid8          not null default pg_current_xact_id(),
    changed_at    timestamptz   not null default now(),
    exemplar_id   bigint        not null,
    change        varchar(16)   not null
        check (change in ('SUBMITTED', 'UPDATED', 'ADOPTED', 'WITHDRAWN', 'DELETED')),
    unit_code     varchar(32)   not null,
    unit_name     varchar(100)  not null,
    category      varchar(32)   not null,
    year          integer       not null,
    title         varchar(200)  not null,
    subject_name  varchar(100)  not null,
    submitted_on  date,
    adopted       boolean,
    decided_on    date,
    book          varchar(200),
    note          varchar(500),
    -- The unit's path while the exemplar is submitted; null once it was withdrawn or deleted.
    org_path      varchar(1000) collate "C",
    previous_path varchar(1000) collate "C"
);

create index exemplar_change_position_idx on exemplar_change (tx, seq);
create index exemplar_change_time_idx on exemplar_change (changed_at);
create index exemplar_change_exemplar_idx on exemplar_change (exemplar_id, seq);

create function exemplar_changed() returns trigger language plpgsql as $$
declare
    was_submitted  boolean := tg_op <> 'INSERT' and old.submitted_to_city_on is not null;
    now_submitted  boolean := tg_op <> 'DELETE' and new.submitted_to_city_on is not null;
    kind_of_change varchar(16);
    last_seq       bigint;
    last_change    varchar(16);
    row_of         exemplar;
begin
    if not was_submitted and not now_submitted then
        return null; -- the city never saw it
    end if;
    if tg_op = 'DELETE' then
        kind_of_change := 'DELETED';
        row_of := old;
    elsif not now_submitted then
        kind_of_change := 'WITHDRAWN';
        row_of := new;
    elsif not was_submitted then
        kind_of_change := 'SUBMITTED';
        row_of := new;
    elsif new.org_unit_id is not distinct from old.org_unit_id and new.org_path is not distinct from old.org_path
          and new.category is not distinct from old.category and new.year is not distinct from old.year
          and new.title is not distinct from old.title and new.subject_name is not distinct from old.subject_name
          and new.body is not distinct from old.body and new.submitted_to_city_on is not distinct from old.submitted_to_city_on
          and new.city_adopted is not distinct from old.city_adopted and new.city_decided_on is not distinct from old.city_decided_on
          and new.city_book is not distinct from old.city_book and new.city_note is not distinct from old.city_note then
        return null; -- nothing the city reads
    elsif new.city_adopted is true and old.city_adopted is distinct from true then
        kind_of_change := 'ADOPTED';
        row_of := new;
    else
        kind_of_change := 'UPDATED';
        row_of := new;
    end if;
    -- One row per exemplar and transaction: fold into it, keeping the path it had before the transaction.
    select seq, change into last_seq, last_change from exemplar_change
     where exemplar_id = row_of.id and tx = pg_current_xact_id() order by seq desc limit 1;
    if found then
        update exemplar_change
           set change = case when kind_of_change in ('DELETED', 'WITHDRAWN') then kind_of_change
                             when last_change in ('SUBMITTED', 'ADOPTED') then last_change
                             else kind_of_change end,
               unit_code = (select code from org_unit where id = row_of.org_unit_id),
               unit_name = (select name from org_unit where id = row_of.org_unit_id),
               category = row_of.category, year = row_of.year, title = row_of.title, subject_name = row_of.subject_name,
               submitted_on = row_of.submitted_to_city_on, adopted = row_of.city_adopted, decided_on = row_of.city_decided_on,
               book = row_of.city_book, note = row_of.city_note,
               org_path = case when kind_of_change in ('DELETED', 'WITHDRAWN') then null else row_of.org_path end
         where seq = last_seq;
        return null;
    end if;
    insert into exemplar_change (exemplar_id, change, unit_code, unit_name, category, year, title, subject_name,
                                 submitted_on, adopted, decided_on, book, note, org_path, previous_path)
    select row_of.id, kind_of_change, u.code, u.name, row_of.category, row_of.year, row_of.title, row_of.subject_name,
           row_of.submitted_to_city_on, row_of.city_adopted, row_of.city_decided_on, row_of.city_book, row_of.city_note,
           case when kind_of_change in ('DELETED', 'WITHDRAWN') then null else row_of.org_path end,
           case when was_submitted then old.org_path end
      from org_unit u where u.id = row_of.org_unit_id;
    return null;
end
$$;

create trigger exemplar_change_feed after insert or update or delete on exemplar
    for each row execute function exemplar_changed();

-- The exemplars already submitted when the feed starts: a consumer without a cursor reads them first.
insert into exemplar_change (exemplar_id, change, unit_code, unit_name, category, year, title, subject_name,
                             submitted_on, adopted, decided_on, book, note, org_path)
select e.id, case when e.city_adopted is true then 'ADOPTED' else 'SUBMITTED' end, u.code, u.name, e.category, e.year,
       e.title, e.subject_name, e.submitted_to_city_on, e.city_adopted, e.city_decided_on, e.city_book, e.city_note, e.org_path
  from exemplar e join org_unit u on u.id = e.org_unit_id
 where e.submitted_to_city_on is not null
 order by e.id;

-- How far old changes have been pruned (ggw.cityapi.change-retention), as for org_unit_change.
create table exemplar_change_pruned (
    id        integer     primary key check (id = 1),
    upto_tx   xid8        not null,
    upto_seq  bigint      not null,
    upto_time timestamptz not null
);
insert into exemplar_change_pruned (id, upto_tx, upto_seq, upto_time) values (1, '0', 0, '-infinity');

-- (2) The data version (cn.ggw.cityapi.VersionStamps): every statement that writes a table bumps one sequence
-- (sequences take no row lock, so writers never wait on each other). A poll reads the sequence and the current
-- snapshot in one statement; while both are unchanged no answer read from these tables can have changed.
create sequence data_version_seq;

create function data_version_bump() returns trigger language plpgsql as $$
begin
    perform nextval('data_version_seq');
    return null;
end
$$;

-- Puts the trigger on every table of the schema that lacks it, except the ones no synced answer reads: the audit log
-- (written by reads that are audited), the job queue (polled and updated all the time) and Flyway's history.
-- A later migration that creates a table ends with "select data_version_watch_all();" (DataVersionTest checks).
create function data_version_watch_all() returns integer language plpgsql as $$
declare
    t     record;
    added integer := 0;
begin
    for t in select c.relname from pg_class c
              where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                and c.relname not in ('audit_event', 'job', 'flyway_schema_history')
                and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'data_version') loop
        execute format('create trigger data_version after insert or update or delete or truncate on %I '
                       'for each statement execute function data_version_bump()', t.relname);
        added := added + 1;
    end loop;
    return added;
end
$$;

select data_version_watch_all();
