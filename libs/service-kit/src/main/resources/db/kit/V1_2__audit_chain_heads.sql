-- The newest row of each audit chain, kept beside the log. An append locks its chain's head and
-- reads it in one statement (select ... for update), and moves it in the statement that inserts
-- the row. A log whose newest rows were removed no longer reaches its chain's head, so the
-- verifier detects tail deletions too.
create table audit_chain_head (
    chain     integer primary key,
    chain_seq bigint  not null,
    hash      text    not null
);

insert into audit_chain_head (chain, chain_seq, hash)
select distinct on (chain) chain, chain_seq, hash from audit_log order by chain, chain_seq desc;
