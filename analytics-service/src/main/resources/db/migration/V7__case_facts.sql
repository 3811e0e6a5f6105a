-- Case progression as analytics sees it: one row per case (codes and dates, never the crime or
-- suspect reference), for outcome mix, charge rate and time to charge.
create table case_fact (
    case_id          uuid        primary key,
    force            text        not null,
    district         text        not null,
    strands          text[]      not null,
    opened_at        timestamptz not null,
    charged_at       timestamptz,
    closed_at        timestamptz,
    outcome_code     text,
    verdict          text,
    uplift_applied   boolean,
    hate_crime_flag  boolean
);

create index case_fact_opened on case_fact (opened_at);
