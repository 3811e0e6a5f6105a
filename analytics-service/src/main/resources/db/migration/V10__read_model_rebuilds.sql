-- Rebuilding the read models from every event (ADR 0023). The rebuild writes into copies of the
-- read-model tables in schema "rebuild" while the live tables keep serving, then copies the result
-- over in one transaction.
create schema rebuild;
grant usage on schema rebuild to ${runtime_role};

-- One row per rebuild, with its progress. Only one may run at a time, whichever instance started it.
create table read_model_rebuild (
    id             uuid        primary key,
    state          text        not null check (state in ('RUNNING', 'SWITCHING', 'COMPLETED', 'FAILED', 'ABANDONED')),
    requested_by   text        not null,
    agency         text        not null,
    started_at     timestamptz not null,
    progressed_at  timestamptz not null,
    finished_at    timestamptz,
    records_read   bigint      not null default 0,
    events_applied bigint      not null default 0,
    events_failed  bigint      not null default 0,
    detail         text
);

create unique index read_model_rebuild_one_at_a_time on read_model_rebuild ((true)) where state in ('RUNNING', 'SWITCHING');

-- Each partition the rebuild reads: from its beginning to where it ended when the rebuild started,
-- and how far the rebuild has read (caught up beyond "until" before the switch-over).
create table read_model_rebuild_partition (
    rebuild_id   uuid    not null references read_model_rebuild (id) on delete cascade,
    topic        text    not null,
    partition    integer not null,
    from_offset  bigint  not null,
    until_offset bigint  not null,
    position     bigint  not null,
    primary key (rebuild_id, topic, partition)
);

-- Fresh, empty copies of the named live tables (and of the inbox) in schema rebuild, shaped as the
-- live ones are now, whatever migrations changed them. Runs with the owner's rights so that the
-- runtime role still owns nothing (ADR 0018); it may only read and write rows of the copies.
create function read_model_rebuild_prepare(p_tables text[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    t text;
begin
    foreach t in array p_tables || array['inbox_event'] loop
        if not exists (select 1 from pg_tables where schemaname = 'public' and tablename = t) then
            raise exception 'no live table % to rebuild', t;
        end if;
        execute format('drop table if exists rebuild.%I', t);
        execute format('create table rebuild.%I (like public.%I including all)', t, t);
        execute format('grant select, insert, update, delete, truncate on rebuild.%I to ${runtime_role}', t);
    end loop;
end
$$;
revoke all on function read_model_rebuild_prepare(text[]) from public;
grant execute on function read_model_rebuild_prepare(text[]) to ${runtime_role};
