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
-- live ones are now, whatever migrations changed them; and, for the live tables a projection may
-- also touch (the kept copies of events an erasure blanks), views in schema rebuild onto the live
-- tables themselves. Runs with the owner's rights so that the runtime role still owns nothing
-- (ADR 0018, ADR 0023); it may only read and write rows of the copies and through the views.
create function read_model_rebuild_prepare(p_tables text[], p_live text[]) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    t text;
begin
    foreach t in array p_tables || array['inbox_event'] || p_live loop
        if not exists (select 1 from pg_tables where schemaname = 'public' and tablename = t) then
            raise exception 'no live table %', t;
        end if;
    end loop;
    foreach t in array p_live loop
        execute format('drop view if exists rebuild.%I', t);
        execute format('create view rebuild.%I as select * from public.%I', t, t);
        execute format('grant select, insert, update, delete on rebuild.%I to ${runtime_role}', t);
    end loop;
    foreach t in array p_tables || array['inbox_event'] loop
        execute format('drop table if exists rebuild.%I', t);
        execute format('create table rebuild.%I (like public.%I including all)', t, t);
        execute format('grant select, insert, update, delete, truncate on rebuild.%I to ${runtime_role}', t);
    end loop;
end
$$;
revoke all on function read_model_rebuild_prepare(text[], text[]) from public;
grant execute on function read_model_rebuild_prepare(text[], text[]) to ${runtime_role};
