-- The figures' write stamp per table (issue 13: a census import beside the dashboard). V18 kept one stamp for
-- every table the figures read, so a census import — thousands of statements on the register — made every kept
-- result of every line recompute, the province's rules ledger (seconds) included, while the import ran. Each kept
-- result now carries the stamp of the tables it reads (cn.ggw.figures.WorkLine#tables): the sum of their
-- committed writing statements, figure_change's rows per table plus what was folded per table below.
create table figure_change_folded (
    table_name varchar(63) primary key,
    folded     bigint      not null
);

-- What V18's base held cannot be split by table: stamps only have to grow with each commit, so they start again
-- from the rows not folded yet (every replica's kept results are dropped on its restart with this version).
drop table figure_change_base;

-- The yearly training plans (V16) feed the training line's figures (trainings.planTarget …) but had no trigger:
-- a plan changed, and a dashboard kept the old target until the next other write.
create trigger training_plan_figure_change after insert or update or delete or truncate on training_plan
    for each statement execute function figure_changed();

-- The figures' own bookkeeping is read by no synced answer (those read the tables it counts, which bump the data
-- version themselves): the minute's fold must not make every city poll's next answer a 200 instead of a 304.
drop trigger if exists data_version on figure_change;
create or replace function data_version_watch_all() returns integer language plpgsql as $$
declare
    t     record;
    added integer := 0;
begin
    for t in select c.relname from pg_class c
              where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                and c.relname not in ('audit_event', 'job', 'flyway_schema_history', 'figure_change', 'figure_change_folded')
                and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'data_version') loop
        execute format('create trigger data_version after insert or update or delete or truncate on %I '
                       'for each statement execute function data_version_bump()', t.relname);
        added := added + 1;
    end loop;
    return added;
end
$$;

select data_version_watch_all();
