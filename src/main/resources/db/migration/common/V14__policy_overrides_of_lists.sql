-- An edition's lists may be overridden too (issue 15): the breakdown categories' words and who is
-- told of each event, each bounded by the edition, so a case may keep more than numbers.
ALTER TABLE ri_reintegration_case ALTER COLUMN policy_overrides SET DATA TYPE VARCHAR(10000);
