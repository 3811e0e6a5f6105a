-- Sharing without consent records its lawful basis; the force reads details after a withdrawal of
-- consent only when there is one.
alter table report add column shared_lawful_basis text;

-- Matches of one victim's reports across agencies, for the partnership coordinator alone to decide.
create table cross_agency_match (
    id            uuid        primary key,
    report_id     uuid        not null references report (id),
    other_id      uuid        not null references report (id),
    kind          text        not null,
    status        text        not null,
    detected_at   timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text,
    unique (report_id, other_id)
);
create index cross_agency_match_queue on cross_agency_match (status, detected_at);

-- Data subjects a coordinator confirmed are one person: erasing one erases the others.
create table subject_link (
    subject_id        uuid not null,
    linked_subject_id uuid not null,
    primary key (subject_id, linked_subject_id)
);

-- Requests to share without consent; they take effect only with a second administrator's approval.
create table lawful_override (
    id            uuid        primary key,
    report_id     uuid        not null references report (id),
    lawful_basis  text        not null,
    requested_by  text        not null,
    requested_at  timestamptz not null,
    status        text        not null,
    decided_by    text,
    decided_at    timestamptz,
    decision_note text
);
create unique index lawful_override_one_waiting on lawful_override (report_id) where status = 'REQUESTED';
