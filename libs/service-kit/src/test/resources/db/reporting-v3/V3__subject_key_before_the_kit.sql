-- What reporting-service's V3 does to subject_key, as it did before the kit owned the table.
create table subject_key (
    subject_id  uuid        primary key,
    wrapped_key bytea,
    created_at  timestamptz not null default now(),
    erased_at   timestamptz
);
