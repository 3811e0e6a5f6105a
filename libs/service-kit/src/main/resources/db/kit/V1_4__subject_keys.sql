-- One wrapped key per data subject; erasing it (wrapped_key = null) erases their data everywhere
-- (ADR 0007). The kit owns this table now that every service seals personal data the same way.
--
-- reporting-service created the same table in its own V3, before the kit owned it, and that
-- script cannot change: Flyway would refuse every existing database whose V3 checksum no longer
-- matches. So this script has to fit both of its histories:
--  - an existing reporting database runs it out of order, after V3 made the table: hence
--    "if not exists", which leaves that table and its keys as they are;
--  - a new reporting database runs it before V3, whose plain "create table" would then fail:
--    reporting-service sets the placeholder kit_creates_subject_key=false, so that here the
--    table is left to its V3.
-- Every other service keeps the default (true) and gets the table here, before its own V2.
do $$
begin
    if '${kit_creates_subject_key}' = 'true' then
        create table if not exists subject_key (
            subject_id  uuid        primary key,
            wrapped_key bytea,
            created_at  timestamptz not null default now(),
            erased_at   timestamptz
        );
    end if;
end
$$;
