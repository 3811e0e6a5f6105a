-- Monthly counts of the reports that count, per dimension (ADR 0024): the summary, the published
-- statistics and the board's report read a few hundred rows here instead of every report of the
-- months asked for. Kept by the database itself: triggers on report_fact change the counts in the
-- very statement that changes a report, whoever changes it (the consumers, a re-drive, a rebuild's
-- switch-over, a bulk load), so that the counts always equal what counting report_fact gives. The
-- service only reads them.

-- The counting rule, written once for all SQL: CountingRule.COUNTED calls it, and so do the
-- triggers below. A plain SQL function, inlined by the planner: a query filtering on it costs what
-- the condition written out did. Changing the rule is a migration that replaces this function and
-- then derives the counts again (select report_month_count_derive()).
create function report_fact_counts(duplicate_of uuid, withdrawn_at timestamptz, erased_at timestamptz,
                                   statistics_consent boolean) returns boolean
    language sql immutable parallel safe as $$
    select duplicate_of is null and withdrawn_at is null and erased_at is null and statistics_consent
$$;

-- The month a report was received in, as the first day of that month in the given zone.
create function report_month(received_at timestamptz, zone text) returns date
    language sql immutable parallel safe as $$
    select date_trunc('month', received_at at time zone zone)::date
$$;

-- What one counted report adds 1 to within its month: the total; 'repeat' if its victim had
-- reported before; each of its strands (a strand given twice counts twice, as unnest counts it);
-- its district, channel and reporter role (NOT_GIVEN when not given); each of its incident types;
-- and each of its strands in its district, for the published tables (key the district, subkey the
-- strand). The one place that says how a report is counted by dimension.
create function report_month_keys(district text, strands text[], channel text, reporter_role text, incident_types text[],
                                  repeat_victim boolean)
    returns table (dimension text, key text, subkey text)
    language sql immutable parallel safe as $$
    select 'total', '', ''
    union all select 'repeat', '', '' where repeat_victim
    union all select 'strand', s, '' from unnest(strands) s
    union all select 'district', district, ''
    union all select 'channel', channel, ''
    union all select 'reporter_role', coalesce(reporter_role, 'NOT_GIVEN'), ''
    union all select 'incident_type', t, '' from unnest(incident_types) t
    union all select 'district_strand', district, s from unnest(strands) s
$$;

-- The zone whose calendar months the counts are kept in: hatecrime.analytics.zone when this
-- migration ran (Europe/London). The service refuses to start if its configured zone differs;
-- the owner's report_month_count_rezone (below) moves the counts to another zone.
create table report_month_zone (
    only_row boolean primary key default true check (only_row),
    zone     text    not null
);
insert into report_month_zone (zone) values ('${analytics_zone}');
-- an unknown zone fails the migration here
select now() at time zone zone from report_month_zone;

-- One row per month received (its first day, in that zone), dimension and key: how many counted
-- reports (report_month_keys says which keys a report counts under). No row counts zero.
create table report_month_count (
    month     date   not null,
    dimension text   not null,
    key       text   not null,
    subkey    text   not null default '',
    reports   bigint not null,
    primary key (month, dimension, key, subkey)
);

-- The triggers' functions: one per kind of statement, alike but for where the changed rows come
-- from, written out here from one text so that each is plain PL/pgSQL whose plan is kept. Each runs
-- once per statement on report_fact, over its transition tables: what the rows before the statement
-- counted is taken off and what the rows after it count is added, netted per month and key, so a
-- statement touching a million rows (a bulk load, a rebuild's switch-over) costs one grouped pass
-- and an update changing nothing that is counted touches no count.
--   * The owner's rights (security definer): the runtime role may read the counts, never write them.
--   * One transaction at a time changes counts: a transaction-level advisory lock, taken before any
--     count row. A consumer applies a batch of events one statement after another in one transaction,
--     so two batches would otherwise lock count rows in different orders and deadlock. Within the
--     statement, count rows are taken in primary-key order.
--   * A count that would fall below zero means the counts no longer match report_fact: the statement
--     fails rather than go on with wrong figures. A count that falls to zero is deleted.
do $do$
declare
    trigger_function record;
begin
    for trigger_function in
        select * from (values
            ('report_month_count_after_insert', 'select 1 as delta, n.* from new_rows n'),
            ('report_month_count_after_update', 'select -1 as delta, o.* from old_rows o union all select 1, n.* from new_rows n'),
            ('report_month_count_after_delete', 'select -1 as delta, o.* from old_rows o')) f (name, changed_rows)
    loop
        execute format($function$
            create function %I() returns trigger
                language plpgsql security definer set search_path = public, pg_temp as $body$
            declare
                counting_zone text := (select z.zone from report_month_zone z);
                outcome record;
            begin
                perform pg_advisory_xact_lock(hashtextextended('report_month_count', 0));
                with changed as (
                    select report_month(r.received_at, counting_zone) as month, r.district, r.strands, r.channel, r.reporter_role,
                           r.incident_types, r.repeat_victim, sum(r.delta) as delta
                      from (%s) r
                     where report_fact_counts(r.duplicate_of, r.withdrawn_at, r.erased_at, r.statistics_consent)
                     group by 1, 2, 3, 4, 5, 6, 7
                    having sum(r.delta) <> 0),
                applied as (
                    insert into report_month_count as c (month, dimension, key, subkey, reports)
                    select changed.month, k.dimension, k.key, k.subkey, sum(changed.delta)
                      from changed cross join lateral report_month_keys(changed.district, changed.strands, changed.channel,
                                                                        changed.reporter_role, changed.incident_types,
                                                                        changed.repeat_victim) k
                     group by 1, 2, 3, 4
                    having sum(changed.delta) <> 0
                     order by 1, 2, 3, 4
                    on conflict (month, dimension, key, subkey) do update set reports = c.reports + excluded.reports
                    returning c.month, c.dimension, c.key, c.subkey, c.reports)
                select count(*) filter (where applied.reports < 0) as below_zero,
                       array_agg(applied.month) filter (where applied.reports = 0) as months,
                       array_agg(applied.dimension) filter (where applied.reports = 0) as dimensions,
                       array_agg(applied.key) filter (where applied.reports = 0) as keys,
                       array_agg(applied.subkey) filter (where applied.reports = 0) as subkeys
                  into outcome from applied;
                if outcome.below_zero > 0 then
                    raise exception 'a monthly count of reports would fall below zero: report_month_count no longer matches report_fact'
                        using hint = 'derive the counts again as the owner: select report_month_count_derive()';
                end if;
                if outcome.months is not null then
                    delete from report_month_count c
                     using unnest(outcome.months, outcome.dimensions, outcome.keys, outcome.subkeys) z (month, dimension, key, subkey)
                     where (c.month, c.dimension, c.key, c.subkey) = (z.month, z.dimension, z.key, z.subkey);
                end if;
                return null;
            end
            $body$$function$, trigger_function.name, trigger_function.changed_rows);
        execute format('revoke all on function %I() from public', trigger_function.name);
    end loop;
end
$do$;

create trigger report_month_count_after_insert after insert on report_fact
    referencing new table as new_rows for each statement execute function report_month_count_after_insert();
create trigger report_month_count_after_update after update on report_fact
    referencing old table as old_rows new table as new_rows for each statement execute function report_month_count_after_update();
create trigger report_month_count_after_delete after delete on report_fact
    referencing old table as old_rows for each statement execute function report_month_count_after_delete();

-- A truncate fires no delete trigger: it empties the counts too.
create function report_month_count_after_truncate() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform pg_advisory_xact_lock(hashtextextended('report_month_count', 0));
    delete from report_month_count;
    return null;
end
$$;
revoke all on function report_month_count_after_truncate() from public;

create trigger report_month_count_after_truncate after truncate on report_fact
    for each statement execute function report_month_count_after_truncate();

-- The counts derived from report_fact as it stands, replacing whatever the table held: the
-- back-fill below, and what a migration changing the counting rule or the keys runs again.
create function report_month_count_derive() returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    counting_zone text := (select z.zone from report_month_zone z);
begin
    lock table report_fact in share mode;
    perform pg_advisory_xact_lock(hashtextextended('report_month_count', 0));
    delete from report_month_count;
    with counted as (
        select report_month(r.received_at, counting_zone) as month, r.district, r.strands, r.channel, r.reporter_role,
               r.incident_types, r.repeat_victim, count(*) as reports
          from report_fact r
         where report_fact_counts(r.duplicate_of, r.withdrawn_at, r.erased_at, r.statistics_consent)
         group by 1, 2, 3, 4, 5, 6, 7)
    insert into report_month_count (month, dimension, key, subkey, reports)
    select counted.month, k.dimension, k.key, k.subkey, sum(counted.reports)
      from counted cross join lateral report_month_keys(counted.district, counted.strands, counted.channel, counted.reporter_role,
                                                        counted.incident_types, counted.repeat_victim) k
     group by 1, 2, 3, 4;
end
$$;
revoke all on function report_month_count_derive() from public;

-- For the owner (an operator, deliberately): the counts kept in another zone's months from now on.
create function report_month_count_rezone(p_zone text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform now() at time zone p_zone;
    update report_month_zone set zone = p_zone;
    perform report_month_count_derive();
end
$$;
revoke all on function report_month_count_rezone(text) from public;

-- The runtime role reads the counts and their zone and writes neither: only the triggers do.
revoke insert, update, delete, truncate on report_month_count, report_month_zone from ${runtime_role};
grant select on report_month_count, report_month_zone to ${runtime_role};

select report_month_count_derive();
