-- The force's crime reference, once it acknowledged the report (report.police-acknowledged.v1).
alter table received_report add column crime_reference text;
