-- Victims' Code enhanced rights (vulnerable, intimidated, persistently targeted), as the latest
-- needs assessment found them: they shorten the Code's deadlines.
alter table referral
    add column enhanced_rights        boolean not null default false,
    add column enhanced_rights_reason text;
