-- A report linked as a duplicate of another is the same incident: it is not counted twice.
alter table report_fact add column duplicate_of uuid;
