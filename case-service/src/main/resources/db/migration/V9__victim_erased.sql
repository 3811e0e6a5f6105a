-- The person a report is about was erased at intake (subject.erased.v1): the force's case keeps its
-- progress but forgets the pseudonymous victim key and its repeat-victim links, and both the case
-- and the received report show the force when the victim's data was erased.
alter table case_file add column victim_erased_at timestamptz;
alter table received_report add column victim_erased_at timestamptz;
