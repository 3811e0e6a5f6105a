-- Cases: a report shared with a police force, followed to its outcome (case.* events on hatecrime.cases.v1).
create table case_file (
    id                     uuid        primary key,
    report_id              uuid        not null,
    report_reference       text        not null,
    force                  text        not null,
    cps_area               text,
    district               text        not null,
    strands                text[]      not null,
    occurred_at            timestamptz not null,
    opened_at              timestamptz not null,
    victim_key             text,
    stage                  text        not null,
    crime_reference        text,
    recorded_as            text,
    recording_reason       text,
    hostility_evidence     text[]      not null default '{}',
    officer_id             text,
    suspect_reference      text,
    hate_crime_flag        boolean     not null default false,
    hate_crime_flag_reason text,
    filed_with_cps_at      timestamptz,
    verdict                text,
    uplift_applied         boolean,
    uplift_reason          text,
    outcome_code           text,
    closed_at              timestamptz,
    review_scheme          text,
    review_offered_at      timestamptz,
    review_request_by      timestamptz,
    review_requested_at    timestamptz,
    review_outcome         text,
    version                bigint      not null default 0,
    unique (report_id, force)
);

create index case_file_force on case_file (force, opened_at desc);
create index case_file_cps on case_file (cps_area, opened_at desc) where filed_with_cps_at is not null;
create index case_file_victim on case_file (force, victim_key) where victim_key is not null;
create index case_file_suspect on case_file (force, suspect_reference) where suspect_reference is not null;

-- Every move of a case: never updated.
create table case_move (
    id              bigint generated always as identity primary key,
    case_id         uuid        not null references case_file (id),
    from_stage      text,
    to_stage        text        not null,
    party           text        not null,
    reason_code     text,
    actor           text        not null,
    moved_at        timestamptz not null,
    bail_conditions text[],
    hearing_at      timestamptz,
    hearing_type    text
);

create index case_move_case on case_move (case_id, id);

-- Updates owed to the victim after each key event (Victims' Code right 6).
create table victim_update (
    id              uuid        primary key,
    position        bigint      generated always as identity,
    case_id         uuid        not null references case_file (id),
    kind            text        not null,
    event_at        timestamptz not null,
    due_at          timestamptz not null,
    enhanced_rights boolean     not null,
    told_at         timestamptz,
    told_by         text,
    recorded_by     text,
    overdue_at      timestamptz
);

create index victim_update_case on victim_update (case_id);
-- the overdue scan reads only updates still owed and not yet announced
create index victim_update_owed on victim_update (due_at) where told_at is null and overdue_at is null;

-- Cases of one force sharing a victim or a suspect, kept both ways.
create table case_link (
    case_id        uuid        not null references case_file (id),
    linked_case_id uuid        not null references case_file (id),
    reason         text        not null,
    linked_at      timestamptz not null,
    primary key (case_id, linked_case_id, reason)
);

-- Pushes with an Idempotency-Key, per agency: a repeat answers with the case, another body is refused.
create table case_push (
    agency       text        not null,
    key          text        not null,
    request_hash text        not null,
    case_id      uuid        not null,
    pushed_at    timestamptz not null default now(),
    primary key (agency, key)
);

-- What victim care told us of a report's victim: the service they were referred to, enhanced rights, consent to support.
create table victim_support (
    report_id         uuid    primary key,
    referral_id       uuid,
    agency            text,
    enhanced_rights   boolean not null default false,
    consent_withdrawn boolean not null default false
);

create index victim_support_referral on victim_support (referral_id);
