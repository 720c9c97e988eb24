-- The children of a unit under the scope filter, in a plan made once for any parent and scope (a server-prepared
-- statement's generic plan): with only (parent_id, sort_order, id) and the path index, PostgreSQL guessed the scope's
-- range at 0.5 % of the tree and combined both indexes, reading the whole subtree of a province-level caller (11,061
-- index entries) for 17 children. Here the parent and the scope's range bound one index scan: only the children are read.
create index org_unit_parent_path_idx on org_unit (parent_id, org_path);
