-- Referrals to a provider that works in its own case system wait as REQUESTED until that system
-- has taken them. The delivery is kept with the referral, so it commits with the referral that
-- needs it: nothing is lost between the referral and the call. Codes, counts and times only: the
-- error is the platform's own short description (an HTTP status or "unreachable"), never the
-- provider's answer body.
alter table referral
    add column delivery_attempts        integer,
    add column delivery_error           text,
    add column delivery_last_attempt_at timestamptz,
    add column delivery_next_attempt_at timestamptz,
    add column delivered_at             timestamptz,
    add column provider_case_reference  text;

-- the delivery run's queue: referrals still waiting for their provider's system, soonest due first
create index referral_delivery_due on referral (delivery_next_attempt_at)
    where delivery_next_attempt_at is not null and delivered_at is null and status = 'REQUESTED';
