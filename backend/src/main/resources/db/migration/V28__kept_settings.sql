-- The seat templates and the committee settings are read whole by every committee screen and kept in each replica's
-- memory (cn.ggw.fleet.KeptTable): any committed change of their rows, by any replica or in plain SQL, tells every
-- replica to read them again (ggw_cache_changed, V11__fleet.sql).
create trigger seat_template_cache_changed after insert or update or delete or truncate on seat_template
    for each statement execute function ggw_cache_changed('seat-templates');
create trigger committee_setting_cache_changed after insert or update or delete or truncate on committee_setting
    for each statement execute function ggw_cache_changed('committee-settings');
