create table report (
    id                        uuid        primary key,
    reference                 text        not null unique,
    agency                    text        not null,
    channel                   text        not null,
    status                    text        not null,
    district                  text        not null,
    occurred_at               timestamptz not null,
    received_at               timestamptz not null,
    description               text        not null,
    consent_share_with_police boolean     not null,
    consent_refer_to_support  boolean     not null,
    consent_statistics        boolean     not null,
    consent_recorded_by       text        not null,
    consent_recorded_at       timestamptz not null,
    version                   bigint      not null default 0
);

create index report_agency_received on report (agency, received_at desc);

create table report_strand (
    report_id uuid not null references report (id) on delete cascade,
    strand    text not null,
    primary key (report_id, strand)
);
