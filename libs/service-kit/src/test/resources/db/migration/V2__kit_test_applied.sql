-- The kit's test consumer writes one row per effect it applies: no key, so an event applied twice shows twice.
create table kit_test_applied (
    report_id  text        not null,
    applied_at timestamptz not null default now()
);
