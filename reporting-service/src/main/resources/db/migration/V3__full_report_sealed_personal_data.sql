-- The full report: coded facts in columns, personal data sealed per data subject.
-- Reports taken before field-level encryption held their description in plain text; they were
-- demonstration data only, and are removed rather than kept readable.
delete from report_strand;
delete from report;

alter table report
    drop column description,
    drop column consent_recorded_by,
    drop column consent_recorded_at,
    add column reporter_role            text,
    add column anonymous                boolean     not null default false,
    add column perceived_by             text,
    add column recorded_as              text        not null default 'NOT_YET_KNOWN',
    add column offence_category         text,
    add column incident_types           text[]      not null default '{}',
    add column targeted_for             text[]      not null default '{}',
    add column injured                  boolean     not null default false,
    add column property_damaged         boolean     not null default false,
    add column suspect_count            integer,
    add column suspect_known_to_victim  boolean,
    add column witness_count            integer,
    add column occurred_until           timestamptz,
    add column received_by              text        not null,
    add column subject_id               uuid        not null,
    add column sealed_details           bytea       not null,
    add column shared_with_force        text,
    add column shared_at                timestamptz,
    add column crime_reference          text,
    add column referred_to              text,
    add column referral_requested_at    timestamptz,
    add column duplicate_of             uuid        references report (id),
    add column follow_up_code_hash      text;

create index report_shared_with_force on report (shared_with_force, received_at desc) where shared_with_force is not null;
create index report_triage on report (agency, received_at) where status = 'RECEIVED';

-- One wrapped key per data subject; erasing it (wrapped_key = null) erases their data everywhere.
create table subject_key (
    subject_id  uuid        primary key,
    wrapped_key bytea,
    created_at  timestamptz not null default now(),
    erased_at   timestamptz
);

create table consent_record (
    id          bigserial   primary key,
    report_id   uuid        not null references report (id),
    purpose     text        not null,
    granted     boolean     not null,
    method      text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index consent_record_report on consent_record (report_id, id);

-- Pseudonymous victim keys (keyed HMAC of normalised contact identifiers), for linking reports.
create table report_victim_key (
    report_id  uuid not null references report (id),
    victim_key text not null,
    primary key (report_id, victim_key)
);
create index report_victim_key_key on report_victim_key (victim_key);

-- Reports that may be about the same incident, for triage to decide; never merged silently.
create table report_link (
    report_id  uuid        not null references report (id),
    other_id   uuid        not null references report (id),
    kind       text        not null,
    created_at timestamptz not null default now(),
    primary key (report_id, other_id, kind)
);

-- Partner submissions: the same Idempotency-Key and body give the original answer.
create table idempotent_submission (
    agency        text        not null,
    key           text        not null,
    request_hash  text        not null,
    report_id     uuid        references report (id),
    created_at    timestamptz not null default now(),
    primary key (agency, key)
);

-- Follow-up information added by an anonymous reporter, sealed like the report.
create table follow_up (
    id          uuid        primary key,
    report_id   uuid        not null references report (id),
    sealed_text bytea       not null,
    added_at    timestamptz not null
);

-- Failed follow-up code attempts per reference, whether or not the reference exists.
create table follow_up_attempt (
    reference    text        primary key,
    failures     integer     not null,
    window_start timestamptz not null,
    locked_until timestamptz
);
