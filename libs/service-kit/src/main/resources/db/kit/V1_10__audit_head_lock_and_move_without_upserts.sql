-- Every audited action locks its chain's head and then moves it. Both did it through an upsert
-- (insert ... on conflict), which costs a speculative insertion and a conflict check on every call
-- although the head exists from a chain's first row on. Now each takes the plain path first (lock
-- the row; update the row) and upserts only when the head is missing. What they do is unchanged:
-- same rights (the owner's), same rows, same order of locks.
create or replace function audit_chain_head_lock(p_chain integer) returns table (chain_seq bigint, hash text)
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    return query select h.chain_seq, h.hash from audit_chain_head h where h.chain = p_chain for update;
    if not found then
        insert into audit_chain_head (chain, chain_seq, hash) values (p_chain, 0, repeat('0', 64)) on conflict do nothing;
        return query select h.chain_seq, h.hash from audit_chain_head h where h.chain = p_chain for update;
    end if;
end
$$;

create or replace function audit_chain_head_follows() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    update audit_chain_head h set chain_seq = new.chain_seq, hash = new.hash
     where h.chain = new.chain and h.chain_seq < new.chain_seq;
    if not found then
        insert into audit_chain_head (chain, chain_seq, hash) values (new.chain, new.chain_seq, new.hash)
        on conflict (chain) do update set chain_seq = excluded.chain_seq, hash = excluded.hash
         where audit_chain_head.chain_seq < excluded.chain_seq;
    end if;
    return null;
end
$$;
