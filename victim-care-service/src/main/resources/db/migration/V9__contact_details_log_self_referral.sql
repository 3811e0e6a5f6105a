-- The victim's contact details and safe-contact preferences, for the referral they belong to:
-- fetched once from intake's referral packet (claim check) or given in a self-referral. Stored
-- only sealed (AES-GCM) with a data subject key of their own (the kit's subject_key), so erasing
-- that key erases them; nothing readable about the person is in any other column.
create table victim_contact (
    referral_id    uuid        primary key references referral (id),
    subject_id     uuid        not null references subject_key (subject_id),
    sealed_details bytea       not null,
    obtained_from  text        not null check (obtained_from in ('INTAKE', 'SELF_REFERRAL')),
    obtained_at    timestamptz not null,
    version        bigint      not null default 0
);

-- Every contact with the victim a case worker logged: codes and times only.
create table contact_attempt (
    id                   uuid        primary key,
    referral_id          uuid        not null references referral (id),
    channel              text        not null,
    attempted_at         timestamptz not null,
    outcome_code         text        not null,
    override_reason_code text,
    actor                text        not null,
    recorded_at          timestamptz not null
);
create index contact_attempt_referral on contact_attempt (referral_id, attempted_at, id);

-- Self-referrals: the reference the person was given and the hash of their follow-up code (the
-- code itself is shown once and stored nowhere). Two self-referrals of one person may share a
-- referral (the second joined the open one).
create table self_referral (
    reference           text        primary key,
    referral_id         uuid        not null references referral (id),
    follow_up_code_hash text        not null,
    submitted_at        timestamptz not null
);
create index self_referral_referral on self_referral (referral_id);

-- Wrong follow-up codes per reference, counted whether or not the reference exists.
create table self_referral_attempt (
    reference    text        primary key,
    failures     integer     not null,
    window_start timestamptz not null,
    locked_until timestamptz
);
