-- Consent record ids are taken in blocks of 50 (the entity's allocation size), so the consent rows
-- of a new report are written in one batched statement instead of one round trip each.
alter sequence consent_record_id_seq increment by 50;
