-- One row per report: codes, dates and district only. Every count is derived from here.
create table report_fact (
    report_id           uuid        primary key,
    channel             text        not null,
    district            text        not null,
    strands             text[]      not null,
    statistics_consent  boolean     not null,
    occurred_at         timestamptz not null,
    received_at         timestamptz not null
);

create index report_fact_received on report_fact (received_at);
