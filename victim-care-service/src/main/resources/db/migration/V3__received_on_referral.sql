-- A report reaches a victim service only when intake refers the victim to it
-- (report.referral-requested.v1); rows recorded from submissions before this change go.
delete from received_report;
alter table received_report drop column refer_to_support;
