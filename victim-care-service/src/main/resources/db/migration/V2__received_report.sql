-- Reports victim care has heard of, with the referral consent as recorded at intake.
create table received_report (
    report_id        uuid        primary key,
    reference        text        not null,
    provider         text        not null,
    district         text        not null,
    strands          text[]      not null,
    refer_to_support boolean     not null,
    occurred_at      timestamptz not null,
    received_at      timestamptz not null
);

create index received_report_provider on received_report (provider, received_at desc);
