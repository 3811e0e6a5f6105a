-- Retention reviews of cases: when a review anonymised a case, and every review decision. A case
-- comes up for review a configured time after it closed, or after it opened if it never closed.
alter table case_file add column anonymised_at timestamptz;

create table retention_decision (
    id          uuid        primary key,
    case_id     uuid        not null references case_file (id),
    decision    text        not null check (decision in ('KEEP', 'ANONYMISE')),
    reason      text        not null,
    keep_until  date,
    decided_by  text        not null,
    agency      text        not null,
    decided_at  timestamptz not null,
    check ((decision = 'KEEP') = (keep_until is not null))
);
create index retention_decision_case on retention_decision (case_id, decided_at desc);
