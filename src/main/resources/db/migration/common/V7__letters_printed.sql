-- A message to a parent or carer with no e-mail address is a letter, printed from the case; the
-- case records who printed it and when (issue 6).
ALTER TABLE ri_outbox_message ADD COLUMN printed_at TIMESTAMP;
ALTER TABLE ri_outbox_message ADD COLUMN printed_by VARCHAR(200);
