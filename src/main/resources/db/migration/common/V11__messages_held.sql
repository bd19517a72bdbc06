-- Issue 14: a message past the day's ceiling to its recipient on a case is kept, not sent, until
-- an inclusion officer releases it.
ALTER TABLE ri_outbox_message DROP CONSTRAINT ck_ri_outbox_message_state;
ALTER TABLE ri_outbox_message ADD CONSTRAINT ck_ri_outbox_message_state
    CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'DEAD', 'HELD'));
