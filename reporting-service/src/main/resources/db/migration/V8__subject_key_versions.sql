-- The kit's V1_8 for reporting's subject_key, which its V3 created after the kit's script had run
-- on a new database (kit V1_4 explains why). A no-op where the kit's script already added it.
alter table subject_key add column if not exists key_version integer not null default 1;
