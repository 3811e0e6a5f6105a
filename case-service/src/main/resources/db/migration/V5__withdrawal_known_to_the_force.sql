-- The force learns when the victim withdraws a report it received, or their consent to share it
-- with the police (report.withdrawn.v1, report.consent-changed.v1); consent given again clears it.
alter table received_report
    add column withdrawn_at                 timestamptz,
    add column withdrawal_reason            text,
    add column sharing_consent_withdrawn_at timestamptz;
