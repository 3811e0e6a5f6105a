-- Public endpoints without an account (ADR 0017).
--
-- Attempts at follow-up codes, per kind of code and reference, whether or not the reference
-- exists: each wrong code doubles the wait before the next attempt (there is no lock that would
-- shut out the rightful reporter). A right code deletes the row.
create table if not exists code_attempt (
    purpose         text        not null,
    reference       text        not null,
    failures        integer     not null,
    next_attempt_at timestamptz not null,
    primary key (purpose, reference)
);

-- Proof-of-work challenges already answered, kept until they expire (after that the signed expiry
-- refuses them by itself). The nonce is random and says nothing about the sender.
create table if not exists spent_challenge (
    nonce      text        primary key,
    expires_at timestamptz not null
);
create index if not exists spent_challenge_expiry on spent_challenge (expires_at);
