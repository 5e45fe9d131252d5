-- "Mogelijk dubbel" (issue 13): requests with the same e-mail address or company name to the same
-- network within 30 days. The console asks this for every row it lists, so both lookups are indexed
-- on the lower-cased value they compare; erased rows (NULL) are left out.
CREATE INDEX referrals_by_network_email ON referrals (network_id, lower(email)) WHERE email IS NOT NULL;
CREATE INDEX referrals_by_network_company ON referrals (network_id, lower(company_name)) WHERE company_name IS NOT NULL;
