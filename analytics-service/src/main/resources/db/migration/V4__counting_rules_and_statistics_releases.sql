-- What analytics needs to count a report the way the partnership does: who reported it (role and
-- channel), what happened (incident types), whether the victim had reported before, and whether it
-- still counts: a withdrawn report, or one whose victim withdrew consent to statistics, does not.
alter table report_fact add column reporter_role text;
alter table report_fact add column incident_types text[] not null default '{}';
alter table report_fact add column recorded_as text;
alter table report_fact add column repeat_victim boolean not null default false;
alter table report_fact add column withdrawn_at timestamptz;

-- Published statistics: one row per release, never changed once written. A correction is a new
-- release of the same period that names the one it revises and says why.
create table statistics_release (
    version       integer     primary key,
    period        text        not null,
    period_start  date        not null,
    period_end    date        not null,
    published_at  timestamptz not null,
    published_by  text        not null,
    revises       integer     references statistics_release (version),
    change_note   text,
    threshold     integer     not null,
    body          json        not null, -- json, not jsonb: kept exactly as published, key order included
    unique (period, version)
);

create function statistics_release_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'statistics releases are immutable: publish a revision instead';
end;
$$;

create trigger statistics_release_immutable
    before update or delete or truncate on statistics_release
    for each statement execute function statistics_release_is_immutable();
