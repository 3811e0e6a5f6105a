-- Every appended audit row moves its chain's head, whoever wrote it. An instance of the previous
-- version still running during an upgrade appends without knowing the heads; this keeps them true,
-- so the new version never follows a stale head.
create function audit_chain_head_follows() returns trigger language plpgsql as $$
begin
    insert into audit_chain_head (chain, chain_seq, hash) values (new.chain, new.chain_seq, new.hash)
    on conflict (chain) do update set chain_seq = excluded.chain_seq, hash = excluded.hash
     where audit_chain_head.chain_seq < excluded.chain_seq;
    return null;
end
$$;

create trigger audit_log_moves_head after insert on audit_log
    for each row execute function audit_chain_head_follows();

-- Rows appended since V1_2 by instances that did not move the heads.
insert into audit_chain_head (chain, chain_seq, hash)
select distinct on (chain) chain, chain_seq, hash from audit_log order by chain, chain_seq desc
on conflict (chain) do update set chain_seq = excluded.chain_seq, hash = excluded.hash
 where audit_chain_head.chain_seq < excluded.chain_seq;
