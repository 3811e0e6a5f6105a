-- A submission with an Idempotency-Key claims the key and names the report it will create in one
-- statement, before the report is written in the same transaction: the reference to the report is
-- checked at commit instead of at once, which saves an update of the claim for every such report.
alter table idempotent_submission
    alter constraint idempotent_submission_report_id_fkey deferrable initially deferred;
