-- 下发: a booklet (汇编成册) distributed as a 《情况反映》 bulletin carrying its Word file. The bulletin's receipts
-- are the bulletin's own; this table only says which bulletins carried which booklet (a booklet revised and
-- sent again has several).
create table booklet_bulletin (
    booklet_id  bigint       not null references booklet (id) on delete cascade,
    bulletin_id bigint       not null references bulletin (id) on delete cascade,
    primary key (booklet_id, bulletin_id)
);
create index booklet_bulletin_bulletin_idx on booklet_bulletin (bulletin_id);

-- 征求意见 from below: a comment may be about one clause (its number as the draft writes it, 第三条 or 3)
-- rather than the whole draft.
alter table rule_comment add column clause varchar(20);
