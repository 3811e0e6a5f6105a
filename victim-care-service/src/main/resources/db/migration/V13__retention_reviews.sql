-- Retention reviews of referrals: every review decision. A referral comes up for review a
-- configured time after it closed (its last move to CLOSED), or after consent if it never closed.
create table retention_decision (
    id          uuid        primary key,
    referral_id uuid        not null references referral (id),
    decision    text        not null check (decision in ('KEEP', 'ANONYMISE')),
    reason      text        not null,
    keep_until  date,
    decided_by  text        not null,
    agency      text        not null,
    decided_at  timestamptz not null,
    check ((decision = 'KEEP') = (keep_until is not null))
);
create index retention_decision_referral on retention_decision (referral_id, decided_at desc);
