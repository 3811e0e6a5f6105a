-- Dead letters an operator can list and re-drive (ADR 0016). The consumer parks a record here and
-- on its group's dead-letter topic; this table is what the admin API reads. The record's value is
-- kept so that it can be re-driven after the topic's retention; events carry no personal data, and
-- the API never returns it.

create table dead_letter (
    id            uuid        primary key,
    consumer      text        not null,
    topic         text        not null,
    partition     integer     not null,
    record_offset bigint      not null,
    record_key    text,
    record_value  text,
    -- null for a record that is not an event (poison): it can be listed but never re-driven
    event_id      text,
    event_type    text,
    reason        text        not null,
    attempts      integer     not null,
    parked_at     timestamptz not null,
    -- a record read again (replay, or a restart before the commit) is parked once
    unique (consumer, topic, partition, record_offset)
);

create index dead_letter_by_consumer on dead_letter (consumer, parked_at, id);

-- Every re-drive: who asked, when, and what came of it. APPLIED and ALREADY_APPLIED settle the
-- dead letter; FAILED leaves it to be re-driven again once the cause is fixed.
create table dead_letter_redrive (
    id             uuid        primary key,
    dead_letter_id uuid        not null references dead_letter (id),
    requested_by   text        not null,
    agency         text        not null,
    requested_at   timestamptz not null,
    outcome        text        not null check (outcome in ('APPLIED', 'ALREADY_APPLIED', 'FAILED')),
    detail         text
);

create index dead_letter_redrive_by_dead_letter on dead_letter_redrive (dead_letter_id, requested_at);
-- At most one re-drive settles a dead letter, even if two operators press at once.
create unique index dead_letter_settled_once on dead_letter_redrive (dead_letter_id) where outcome <> 'FAILED';
