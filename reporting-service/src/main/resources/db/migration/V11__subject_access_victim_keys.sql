-- The victim keys a subject access request asked the other services about, as keyed hashes
-- (VictimKeys.token, purpose "subject-access"): a person named by contact details may have no report
-- at intake yet, so an erasure made later finds their export by the keys it retires. Deleted with the
-- export's contents when it ends.
create table subject_access_victim_key (
    request_id uuid not null references subject_access_request (id),
    token      text not null,
    primary key (request_id, token)
);
create index subject_access_victim_key_token on subject_access_victim_key (token);
