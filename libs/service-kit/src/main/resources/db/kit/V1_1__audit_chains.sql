-- The audit log becomes several hash chains ("chain" = a partition by record id), so transactions
-- about different records no longer queue on one lock. Rows written before form chain 0, in order;
-- their hashes stay valid because a row's hash covers its position in its chain (chain_seq).
alter table audit_log disable trigger audit_log_no_change;
alter table audit_log add column chain integer not null default 0, add column chain_seq bigint;
update audit_log set chain_seq = seq;
alter table audit_log alter column chain_seq set not null, alter column chain drop default;
alter table audit_log enable trigger audit_log_no_change;

create unique index audit_log_chain_position on audit_log (chain, chain_seq);

-- seq now only orders rows overall; it comes from a sequence instead of the chain's lock.
create sequence audit_log_seq;
select setval('audit_log_seq', coalesce((select max(seq) from audit_log), 0) + 1, false);
alter table audit_log alter column seq set default nextval('audit_log_seq');
