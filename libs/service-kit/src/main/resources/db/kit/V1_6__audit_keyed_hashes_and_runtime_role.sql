-- The audit log stops trusting the database's owner role (ADR 0018).
--
-- 1. Keyed hashes. New rows are chained by HMAC-SHA-256 under a key from configuration that is not in
--    the database, named by key_id so that the key can rotate. Rows written before keep their unkeyed
--    SHA-256 (hash_version 1) and keep verifying; a chain never falls back from version 2 to 1.
--    The default 1 serves an instance of the previous version still appending during an upgrade.
alter table audit_log add column hash_version smallint not null default 1,
                      add column key_id       text;

-- The administrators' audit view filters by agency and period, newest first.
create index audit_log_agency_time on audit_log (agency, occurred_at desc, seq desc);

-- 2. The service runs as ${runtime_role}, a role that owns nothing: it cannot disable triggers,
--    alter or drop tables. Migrations run as the owner. Every table the owner creates, now or later,
--    is open to the runtime role for reading and writing rows; the audit tables are not.
grant usage on schema public to ${runtime_role};
grant select, insert, update, delete on all tables in schema public to ${runtime_role};
grant usage, select on all sequences in schema public to ${runtime_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${runtime_role};
alter default privileges in schema public grant usage, select on sequences to ${runtime_role};
revoke all on ${flyway:table} from ${runtime_role};

-- The audit log: append and read, nothing else (no update, delete or truncate even if the
-- append-only triggers were gone).
revoke all on audit_log from ${runtime_role};
grant select, insert on audit_log to ${runtime_role};

-- The chain heads: read only. An append locks its chain's head through audit_chain_head_lock and the
-- trigger moves it forward; both run with the owner's rights, so the runtime role can neither move a
-- head back nor write one of its own.
revoke all on audit_chain_head from ${runtime_role};
grant select on audit_chain_head to ${runtime_role};

create function audit_chain_head_lock(p_chain integer) returns table (chain_seq bigint, hash text)
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    insert into audit_chain_head (chain, chain_seq, hash) values (p_chain, 0, repeat('0', 64)) on conflict do nothing;
    return query select h.chain_seq, h.hash from audit_chain_head h where h.chain = p_chain for update;
end
$$;
revoke all on function audit_chain_head_lock(integer) from public;
grant execute on function audit_chain_head_lock(integer) to ${runtime_role};

alter function audit_chain_head_follows() security definer set search_path = public, pg_temp;
