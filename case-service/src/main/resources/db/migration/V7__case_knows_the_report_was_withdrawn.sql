-- A report withdrawn at intake after it was shared: the force keeps its case (the investigation is
-- the force's decision) and sees that, and why, the report was withdrawn.
alter table case_file add column report_withdrawn_at timestamptz;
alter table case_file add column withdrawal_reason text;
