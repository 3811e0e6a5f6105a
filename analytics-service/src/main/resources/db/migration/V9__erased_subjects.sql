-- A report whose subject (the person it is about) was erased at intake is left out of every count
-- from then on, and its repeat-victim flag is forgotten. Releases published before the erasure are
-- not changed: they stay as published until a revision of their period is published.
alter table report_fact add column erased_at timestamptz;

-- An erasure that reaches analytics before the report's submission (a replay or a re-drive can
-- deliver them in that order) is held here until the report arrives, which is then recorded as
-- erased. Identifiers and a date only.
create table erasure_before_report (
    report_id  uuid        primary key,
    erasure_id uuid        not null,
    erased_at  timestamptz not null
);
