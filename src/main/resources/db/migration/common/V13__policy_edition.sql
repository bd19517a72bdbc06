-- Issue 15: each case keeps the edition of the policy it was opened under, and the numbers the
-- borough overrode then (one key=value per line), until it closes. Cases opened before editions
-- existed were run under the first.
ALTER TABLE ri_reintegration_case ADD COLUMN policy_edition VARCHAR(60) DEFAULT 'Havering 2020/21' NOT NULL;
ALTER TABLE ri_reintegration_case ADD COLUMN policy_overrides VARCHAR(2000);
