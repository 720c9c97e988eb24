-- The city-level API (issue 14): a change feed of units that a city system follows with a cursor.
-- Every change of a unit that a consumer may care about (created, renamed, recoded, moved, resorted,
-- deactivated, reactivated, deleted) is one row, written by a trigger, so that changes made in plain
-- SQL are in the feed too. Each row keeps the unit's state after the change (and its path and code
-- before it), so the feed never needs the current row and can answer "moved out of your scope".
create table org_unit_change (
    seq                  bigint generated always as identity primary key,
    -- The writing transaction: the feed serves only rows of transactions older than every one still
    -- running (pg_snapshot_xmin), so a cursor never skips a row that commits late.
    tx                   xid8         not null default pg_current_xact_id(),
    changed_at           timestamptz  not null default now(),
    unit_id              bigint       not null,
    change               varchar(16)  not null
        check (change in ('CREATED', 'UPDATED', 'MOVED', 'DEACTIVATED', 'REACTIVATED', 'DELETED')),
    code                 varchar(32)  not null,
    previous_code        varchar(32),
    name                 varchar(100) not null,
    kind                 varchar(16)  not null,
    parent_code          varchar(32),
    previous_parent_code varchar(32),
    depth                integer      not null,
    sort_order           integer      not null,
    active               boolean      not null,
    -- Null when the unit was deleted.
    org_path             varchar(1000) collate "C",
    previous_path        varchar(1000) collate "C"
);

create index org_unit_change_position_idx on org_unit_change (tx, seq);
create index org_unit_change_time_idx on org_unit_change (changed_at);
create index org_unit_change_unit_idx on org_unit_change (unit_id, seq);

create function org_unit_changed() returns trigger language plpgsql as $$
declare
    kind_of_change varchar(16);
    last_seq       bigint;
    last_change    varchar(16);
begin
    if tg_op = 'DELETE' then
        insert into org_unit_change (unit_id, change, code, name, kind, parent_code, depth, sort_order, active, org_path, previous_path)
        values (old.id, 'DELETED', old.code, old.name, old.kind,
                (select code from org_unit where id = old.parent_id), old.depth, old.sort_order, false, null, old.org_path);
        return null;
    end if;
    if tg_op = 'INSERT' then
        kind_of_change := 'CREATED';
    elsif new.code is not distinct from old.code and new.name is not distinct from old.name and new.kind is not distinct from old.kind
          and new.parent_id is not distinct from old.parent_id and new.org_path is not distinct from old.org_path
          and new.sort_order is not distinct from old.sort_order and new.active is not distinct from old.active then
        return null; -- nothing a consumer sees
    elsif old.active and not new.active then
        kind_of_change := 'DEACTIVATED';
    elsif not old.active and new.active then
        kind_of_change := 'REACTIVATED';
    elsif new.parent_id is distinct from old.parent_id or new.org_path is distinct from old.org_path then
        kind_of_change := 'MOVED';
    else
        kind_of_change := 'UPDATED';
    end if;
    if tg_op = 'UPDATE' then
        -- One row per unit and transaction (a move sets the parent, then rewrites the paths): fold into it,
        -- keeping what the unit was before the transaction.
        select seq, change into last_seq, last_change from org_unit_change
         where unit_id = new.id and tx = pg_current_xact_id() order by seq desc limit 1;
        if found then
            update org_unit_change
               set change = case when last_change = 'CREATED' then 'CREATED'
                                 when kind_of_change in ('DEACTIVATED', 'REACTIVATED') then kind_of_change
                                 when last_change in ('MOVED', 'DEACTIVATED', 'REACTIVATED') then last_change
                                 else kind_of_change end,
                   code = new.code,
                   previous_code = coalesce(previous_code, case when old.code is distinct from new.code then old.code end),
                   name = new.name, kind = new.kind,
                   parent_code = (select code from org_unit where id = new.parent_id),
                   previous_parent_code = coalesce(previous_parent_code, case when old.parent_id is distinct from new.parent_id
                                                   then (select code from org_unit where id = old.parent_id) end),
                   depth = new.depth, sort_order = new.sort_order, active = new.active, org_path = new.org_path
             where seq = last_seq;
            return null;
        end if;
    end if;
    insert into org_unit_change (unit_id, change, code, previous_code, name, kind, parent_code, previous_parent_code,
                                 depth, sort_order, active, org_path, previous_path)
    values (new.id, kind_of_change, new.code,
            case when tg_op = 'UPDATE' and old.code is distinct from new.code then old.code end,
            new.name, new.kind,
            (select code from org_unit where id = new.parent_id),
            case when tg_op = 'UPDATE' and old.parent_id is distinct from new.parent_id
                 then (select code from org_unit where id = old.parent_id) end,
            new.depth, new.sort_order, new.active, new.org_path,
            case when tg_op = 'UPDATE' then old.org_path end);
    return null;
end
$$;

create trigger org_unit_change_feed after insert or update or delete on org_unit
    for each row execute function org_unit_changed();

-- The units that exist when the feed starts: a consumer without a cursor reads them first.
insert into org_unit_change (unit_id, change, code, name, kind, parent_code, depth, sort_order, active, org_path)
select u.id, case when u.active then 'CREATED' else 'DEACTIVATED' end, u.code, u.name, u.kind, p.code,
       u.depth, u.sort_order, u.active, u.org_path
  from org_unit u left join org_unit p on p.id = u.parent_id
 order by u.org_path;

-- How far old changes have been pruned (ggw.cityapi.change-retention): a cursor or updatedSince before
-- this position can no longer be followed without a gap, and is refused (400) instead.
create table org_unit_change_pruned (
    id        integer     primary key check (id = 1),
    upto_tx   xid8        not null,
    upto_seq  bigint      not null,
    upto_time timestamptz not null
);
insert into org_unit_change_pruned (id, upto_tx, upto_seq, upto_time) values (1, '0', 0, '-infinity');
