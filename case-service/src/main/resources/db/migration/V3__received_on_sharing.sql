-- A report reaches the police only when intake shares it (report.shared-with-police.v1), never
-- merely because the victim consented; rows recorded from submissions before this change go.
delete from received_report;
alter table received_report drop column share_with_police;
