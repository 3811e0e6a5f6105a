-- Needs assessments, support plans, wellbeing (SWEMWBS) and satisfaction of referred victims.
-- Free text about the victim (assessors' notes, plan actions, the victim's comment) is kept only
-- sealed with the victim's data subject key (the kit's subject_key): erasing that key erases it.

-- The victim of a referral as a data subject, made on first use.
create table referral_victim_subject (
    referral_id uuid        primary key references referral (id),
    subject_id  uuid        not null,
    created_at  timestamptz not null
);

-- Each assessment is a new row, never changed; the latest (highest seq) counts.
create table needs_assessment (
    id                     uuid        primary key,
    seq                    bigint      generated always as identity unique,
    referral_id            uuid        not null references referral (id),
    agency                 text        not null,
    subject_id             uuid        not null,
    assessed_at            timestamptz not null,
    assessed_by            text        not null,
    risk_level             text        not null check (risk_level in ('STANDARD', 'MEDIUM', 'HIGH')),
    enhanced_rights        boolean     not null,
    enhanced_rights_reason text        check (enhanced_rights_reason in ('VULNERABLE', 'INTIMIDATED', 'PERSISTENTLY_TARGETED')),
    sealed_notes           bytea,
    idempotency_key        text,
    unique (referral_id, idempotency_key),
    check (enhanced_rights = (enhanced_rights_reason is not null))
);
create index needs_assessment_referral on needs_assessment (referral_id, seq desc);

create table needs_assessment_level (
    assessment_id uuid not null references needs_assessment (id),
    domain        text not null,
    level         text not null check (level in ('NONE', 'LOW', 'STANDARD', 'MEDIUM', 'HIGH')),
    primary key (assessment_id, domain)
);

-- One support per referral, once the victim accepted it.
create table support (
    referral_id                 uuid         primary key references referral (id),
    agency                      text         not null,
    subject_id                  uuid         not null,
    case_manager                text,
    start_items                 integer[],
    start_metric                numeric(4,2) check (start_metric between 7 and 35),
    start_measured_at           timestamptz,
    end_items                   integer[],
    end_metric                  numeric(4,2) check (end_metric between 7 and 35),
    satisfaction                integer      check (satisfaction between 1 and 5),
    sealed_satisfaction_comment bytea,
    closed_at                   timestamptz,
    closed_by                   text,
    created_at                  timestamptz  not null,
    changed_at                  timestamptz  not null,
    version                     bigint       not null default 0
);

create table support_action (
    id                 uuid        primary key,
    referral_id        uuid        not null references support (referral_id),
    sealed_description bytea       not null,
    owner              text        not null,
    due_on             date        not null,
    status             text        not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_at         timestamptz not null,
    changed_at         timestamptz not null
);
create index support_action_support on support_action (referral_id, created_at);
