-- Victim care as analytics sees it: one row per referral (codes and dates, never the victim), its
-- outcome, wellbeing change and satisfaction, and the Victims' Code breaches raised on it.
create table referral_fact (
    referral_id      uuid        primary key,
    provider         text        not null,
    agency           text        not null,
    source           text        not null,
    district         text,
    strands          text[]      not null,
    status           text        not null,
    reason_code      text,
    consented_at     timestamptz not null,
    accepted_at      timestamptz,
    declined_at      timestamptz,
    closed_at        timestamptz,
    enhanced_rights  boolean     not null default false,
    wellbeing_change numeric,
    satisfaction     integer
);

create index referral_fact_consented on referral_fact (consented_at);

create table victims_code_breach_fact (
    referral_id  uuid    not null,
    clock        text    not null,
    right_number integer not null,
    agency       text    not null,
    primary key (referral_id, clock)
);
