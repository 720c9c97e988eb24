-- Freshness of the figures at province scale (issue 13, item 2). The dashboard's figures are computed on read
-- from the raw rows (and V12's volunteer_unit_count): always equal to a recount, but at 1,000,000 五老 and
-- five years of every line a province's dashboard reads hundreds of thousands of rows. FiguresService keeps
-- each computed table in memory together with the "write stamp" below, and serves it again only while the
-- stamp is unchanged — that is, while no transaction that wrote a table the figures read has committed.
--
-- The stamp: every writing statement on such a table inserts one row into figure_change (a statement-level
-- trigger, in the writer's own transaction: a rolled-back write leaves no row, a committed one is visible
-- exactly when its data is). stamp = figure_change_base.folded + count(*) of figure_change. Inserts never
-- contend (no shared counter row is updated by writers); a reader reads the stamp before it computes, so a
-- table cached under a stamp contains at least every write counted in it, and any later commit changes the
-- stamp. FigureFreshness folds the rows into figure_change_base now and then (delete + add in one
-- transaction: the stamp does not move).
create table figure_change (
    id         bigint generated always as identity primary key,
    table_name varchar(63) not null,
    changed_at timestamptz not null default now()
);

create table figure_change_base (
    id     integer primary key check (id = 1),
    folded bigint  not null
);
insert into figure_change_base (id, folded) values (1, 0);

create function figure_changed() returns trigger language plpgsql as $$
begin
    insert into figure_change (table_name) values (tg_table_name);
    return null;
end $$;

-- Every table a FigureSource or an AttentionSource reads (the units themselves included: a move or a
-- deactivation changes every figure above it).
do $$
declare t text;
begin
    foreach t in array array['org_unit', 'volunteer', 'volunteer_activity', 'volunteer_care_record',
                             'committee', 'appointment', 'seat_template', 'committee_setting', 'adjustment',
                             'rule', 'rule_version', 'bulletin', 'bulletin_receipt', 'rule_evidence',
                             'training_type', 'training_session', 'training_trainee',
                             'exemplar', 'exemplar_step', 'exchange_meeting', 'exchange_meeting_exemplar'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I for each statement execute function figure_changed()',
                       t || '_figure_change', t);
    end loop;
end $$;

-- The new tables carry the data version's trigger like every other (V17: a later migration that creates a table
-- ends with this call).
select data_version_watch_all();
