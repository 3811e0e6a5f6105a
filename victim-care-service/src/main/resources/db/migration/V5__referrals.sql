-- Referrals to victim services, each with every move it made. No names or contact details: those
-- stay with intake and are fetched when the referral is worked.
create table referral (
    id                      uuid        primary key,
    provider                text        not null,
    agency                  text        not null,
    source                  text        not null,
    report_id               uuid        unique,
    report_reference        text,
    district                text,
    strands                 text[]      not null default '{}',
    occurred_at             timestamptz,
    consented_at            timestamptz not null,
    victim_key              text,
    status                  text        not null,
    contact_stopped_because text,
    contact_stopped_at      timestamptz,
    version                 bigint      not null default 0
);
create index referral_queue on referral (agency, status, consented_at desc);
create index referral_open_by_victim on referral (victim_key, provider) where victim_key is not null;

create table referral_move (
    id          bigserial   primary key,
    referral_id uuid        not null references referral (id),
    from_status text,
    to_status   text        not null,
    reason_code text,
    actor       text        not null,
    moved_at    timestamptz not null
);
create index referral_move_referral on referral_move (referral_id, id);

-- A later report of a victim with an open referral to the same provider joins that referral.
create table referral_joined_report (
    report_id        uuid        primary key,
    referral_id      uuid        not null references referral (id),
    report_reference text        not null,
    joined_at        timestamptz not null
);
create index referral_joined_report_referral on referral_joined_report (referral_id);
