-- Victims' Code clocks of each referral, as VictimsCodeClock reads them from the referral: kept in
-- step by every move, so that an agency's due and overdue clocks and the breaches are one indexed
-- query away. Only "due" against "overdue" depends on the time; it is told at query time from
-- due_at. Codes, ids and times only.
create table victims_code_clock (
    referral_id         uuid        not null,
    clock               text        not null,
    right_number        int         not null,
    agency              text        not null,
    provider            text        not null,
    enhanced_rights     boolean     not null,
    contact_stopped     boolean     not null,
    -- the victim's consent
    started_at          timestamptz not null,
    target_working_days int         not null,
    last_working_day    date        not null,
    -- when the target passes: the end of last_working_day in Europe/London
    due_at              timestamptz not null,
    met_at              timestamptz,
    stopped_at          timestamptz,
    -- RUNNING, PAUSED, MET, MISSED or STOPPED
    stage               text        not null,
    -- the breach detector has nothing more to do for it: met, stopped, or its breach recorded
    settled             boolean     not null default false,
    primary key (referral_id, clock)
);
-- An agency's clocks in one stage, soonest due first: the due and overdue list.
create index victims_code_clock_queue on victims_code_clock (agency, stage, due_at, referral_id);
-- What the breach detector still looks at.
create index victims_code_clock_unsettled on victims_code_clock (due_at) where not settled;
-- Compliance per agency by consent date.
create index victims_code_clock_by_consent on victims_code_clock (agency, started_at);

-- Each breach once: the key is what makes two detector instances announce it once.
create table victims_code_breach (
    referral_id     uuid        not null,
    clock           text        not null,
    right_number    int         not null,
    agency          text        not null,
    provider        text        not null,
    due_at          timestamptz not null,
    detected_at     timestamptz not null,
    enhanced_rights boolean     not null,
    primary key (referral_id, clock)
);

-- Evidence that a right of the Code was met for a referral's victim: a code, never free text.
create table victims_code_evidence (
    id            uuid        primary key,
    referral_id   uuid        not null references referral (id),
    agency        text        not null,
    right_number  int         not null,
    evidence_code text        not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null,
    entered_at    timestamptz not null
);
create index victims_code_evidence_referral on victims_code_evidence (referral_id, recorded_at);

-- Compliance counts the referrals an agency received by consent date.
create index referral_by_consent on referral (agency, consented_at);
