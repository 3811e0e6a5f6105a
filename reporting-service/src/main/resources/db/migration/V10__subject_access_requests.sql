-- Subject access requests (UK GDPR Art. 15): an administrator names a person, a background worker
-- gathers what every service holds about them part by part, and the export is read as JSON or PDF
-- until it expires. Everything about the person (the reason and reference given, which reports and
-- victim keys were found, and each part of the export) is sealed under a data subject key made for
-- the request alone: expiry, or the erasure of the person, erases that key and deletes the parts.
create table subject_access_request (
    id             uuid        primary key,
    -- the administrator's agency: only its administrators see the request
    agency         text        not null,
    requested_by   text        not null,
    requested_at   timestamptz not null,
    subject_id     uuid        not null references subject_key (subject_id),
    sealed_request bytea,
    status         text        not null check (status in ('IN_PROGRESS', 'COMPLETE', 'FAILED', 'EXPIRED', 'ERASED')),
    completed_at   timestamptz,
    expires_at     timestamptz,
    ended_at       timestamptz
);
create index subject_access_request_expiry on subject_access_request (expires_at) where status in ('COMPLETE', 'FAILED');

-- The data subjects whose reports the request reached: erasing any of them erases the export.
create table subject_access_person (
    request_id uuid not null references subject_access_request (id),
    subject_id uuid not null,
    primary key (request_id, subject_id)
);
create index subject_access_person_subject on subject_access_person (subject_id);

-- The parts of an export: one per report at intake, one per other service. A part is claimed for a
-- while by the worker that takes it; a failed one waits longer after each attempt.
create table subject_access_part (
    request_id      uuid        not null references subject_access_request (id),
    seq             integer     not null,
    service         text        not null,
    item_id         uuid,
    status          text        not null check (status in ('PENDING', 'DONE', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    last_error      text,
    done_at         timestamptz,
    sealed_content  bytea,
    primary key (request_id, seq)
);
create index subject_access_part_due on subject_access_part (next_attempt_at) where status = 'PENDING';
