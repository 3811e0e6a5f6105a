-- When intake erased the referral's victim (subject.erased.v1): their subject keys here are erased
-- with it and their pseudonymous victim key forgotten (victim_key set to null). The referral, its
-- codes, dates and levels stay, for the Victims' Code and the statistics. Once set, nothing new
-- about the victim is sealed on the referral and their contact details are not fetched again.
alter table referral add column victim_erased_at timestamptz;
