-- After a referral the victim may withdraw the report, or their consent to be referred for
-- support: the service must then stop contacting them. Set from report.withdrawn.v1 and
-- report.consent-changed.v1; consent given again clears its mark.
alter table received_report
    add column withdrawn_at                 timestamptz,
    add column withdrawal_reason            text,
    add column support_consent_withdrawn_at timestamptz;
