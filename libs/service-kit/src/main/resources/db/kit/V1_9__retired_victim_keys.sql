-- Victim keys retired when the person was erased, kept only as a keyed hash of each key, so that
-- the person's later reports get keys of a new generation that link to none of their old events.
create table retired_victim_key (
    token      text primary key,
    retired_at timestamptz not null
);
