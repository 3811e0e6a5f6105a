-- Follow-up codes move to the service kit's keyed hash and its code_attempt table (kit V1_7,
-- ADR 0017).
--
-- Stored codes: no cleartext exists, so they cannot be re-hashed here. report.follow_up_code_hash
-- keeps the old plain SHA-256 (64 hex digits); the kit tells it apart from the new keyed hash by
-- the new one's "hmac-sha256:" prefix, accepts it, and stores the keyed hash the first time the
-- reporter gives the right code. No reporter loses access.
--
-- Wrong-code counts carry over, so the change does not give a guesser a fresh start; the old
-- hard lock becomes a wait that ends when the lock would have.
insert into code_attempt (purpose, reference, failures, next_attempt_at)
select 'report-follow-up', reference, failures, coalesce(locked_until, window_start)
from follow_up_attempt
on conflict (purpose, reference) do nothing;

drop table follow_up_attempt;
