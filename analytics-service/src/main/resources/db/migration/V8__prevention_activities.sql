-- The partnership's prevention work (sessions, campaigns, training), logged to be evaluated against
-- reporting in the same district and strands. Descriptions of activities, never of people.
create table prevention_activity (
    id           uuid        primary key,
    agency       text        not null,
    kind         text        not null,
    audience     text        not null,
    title        text        not null,
    district     text        not null,
    strands      text[]      not null,
    starts_on    date        not null,
    ends_on      date        not null,
    reach        integer,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    check (ends_on >= starts_on)
);

create index prevention_activity_agency on prevention_activity (agency, starts_on desc);
