-- The victim withdrew consent to share the report with the police after the case opened: the case
-- stays the force's, shows when consent was withdrawn, stops linking the victim's other cases and
-- stops owing the victim updates (they are held, not contactable, until consent is given again).
alter table case_file add column sharing_consent_withdrawn_at timestamptz;
alter table victim_update add column not_contactable_since timestamptz;

-- Withdrawals applied to the received report before this migration reach its case now.
update case_file c
   set sharing_consent_withdrawn_at = r.sharing_consent_withdrawn_at
  from received_report r
 where r.report_id = c.report_id and r.force = c.force and r.sharing_consent_withdrawn_at is not null;

update victim_update u
   set not_contactable_since = c.sharing_consent_withdrawn_at
  from case_file c
 where c.id = u.case_id and c.sharing_consent_withdrawn_at is not null and u.told_at is null;
