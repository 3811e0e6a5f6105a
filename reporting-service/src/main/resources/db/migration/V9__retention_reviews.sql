-- Retention reviews: when a report ended (closed, withdrawn or linked as a duplicate), when its
-- personal details were anonymised on review, and every review decision.
alter table report add column ended_at timestamptz;
alter table report add column anonymised_at timestamptz;
-- Reports that ended before this column existed: their end is not known here, so their review is
-- counted from when they were received, which brings it forward, never back.
update report set ended_at = received_at where status in ('CLOSED', 'WITHDRAWN', 'DUPLICATE');

create table retention_decision (
    id          uuid        primary key,
    report_id   uuid        not null references report (id),
    decision    text        not null check (decision in ('KEEP', 'ANONYMISE')),
    reason      text        not null,
    keep_until  date,
    decided_by  text        not null,
    agency      text        not null,
    decided_at  timestamptz not null,
    check ((decision = 'KEEP') = (keep_until is not null))
);
create index retention_decision_report on retention_decision (report_id, decided_at desc);
