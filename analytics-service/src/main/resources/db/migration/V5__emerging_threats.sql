-- Emerging-threat alerts: one per week, strand and district ('ALL' for the county-wide series),
-- with the evidence. The unique key makes a repeated scan (or a second instance) raise nothing new.
create table emerging_threat (
    id            uuid        primary key,
    week_starting date        not null,
    strand        text        not null,
    district      text        not null,
    expected      numeric     not null,
    observed      integer     not null,
    control_limit integer     not null,
    detected_at   timestamptz not null,
    unique (week_starting, strand, district)
);

create index emerging_threat_week on emerging_threat (week_starting desc);
