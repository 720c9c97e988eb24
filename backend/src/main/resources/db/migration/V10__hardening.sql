-- Issue 9 (hardening): census imports read Excel 97–2003 workbooks (.xls) too.
alter table volunteer_import drop constraint if exists volunteer_import_format_check;
alter table volunteer_import add constraint volunteer_import_format_check check (format in ('XLSX', 'XLS', 'CSV'));
-- Every worksheet of an uploaded workbook with its non-empty rows, so that none is passed over unseen.
alter table volunteer_import add column sheets jsonb;
