-- Shared by every service: the transactional outbox, the idempotent inbox and the audit log.
-- Service migrations start at V2 so the kit's versions never clash with theirs.

create table outbox_event (
    seq          bigserial primary key,
    id           uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    event_type   text        not null,
    envelope     text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);

-- The relay reads only what is still to publish, per aggregate in commit order.
create index outbox_event_pending on outbox_event (aggregate_id, seq) where published_at is null;
create index outbox_event_pending_seq on outbox_event (seq) where published_at is null;

-- Wake the relay as soon as a transaction that wrote to the outbox commits.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_inserted after insert on outbox_event
    for each statement execute function outbox_event_notify();

create table inbox_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

create table audit_log (
    seq         bigint      primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    agency      text,
    action      text        not null,
    object_type text        not null,
    object_id   text        not null,
    purpose     text        not null,
    request_id  text,
    prev_hash   text        not null,
    hash        text        not null unique
);

-- Append-only: the database itself refuses to change or remove audit rows.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
