-- Reports the police force may receive, with the sharing consent as recorded at intake.
create table received_report (
    report_id          uuid        primary key,
    reference          text        not null,
    force              text        not null,
    district           text        not null,
    strands            text[]      not null,
    share_with_police  boolean     not null,
    occurred_at        timestamptz not null,
    received_at        timestamptz not null
);

create index received_report_force on received_report (force, received_at desc);
