-- The version of the master key that wrapped each subject key, so master keys can be replaced in
-- turn: keys are re-wrapped under the new version and the old one destroyed (ADR 0022). Existing
-- keys were wrapped by version 1.
--
-- On a new reporting database this runs before reporting-service's V3 creates subject_key (see
-- V1_4); reporting's own V8 then adds the column there.
do $$
begin
    if to_regclass('subject_key') is not null then
        alter table subject_key add column if not exists key_version integer not null default 1;
    end if;
end
$$;
