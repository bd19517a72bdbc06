-- Issue 6. A meeting's message carries its calendar invitation, kept as it was sent so that a
-- retry sends the same one; the meeting counts its revisions, which the invitation's SEQUENCE
-- carries so that a moved or cancelled meeting replaces the earlier invitation in the diary.
ALTER TABLE ri_outbox_message DROP COLUMN attachments;
ALTER TABLE ri_outbox_message ADD COLUMN calendar_invite VARCHAR(20000);
ALTER TABLE ri_meeting ADD COLUMN revision INTEGER DEFAULT 0 NOT NULL;

-- One row per deadline, state and due date: the server that inserts it writes that reminder, so
-- several servers sharing the database send each reminder once.
CREATE TABLE ri_reminder_claim (
    deadline_id  BIGINT        NOT NULL,
    state        VARCHAR(10)   NOT NULL,
    due_on       DATE          NOT NULL,
    claimed_at   TIMESTAMP     NOT NULL,
    claimed_by   VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_ri_reminder_claim PRIMARY KEY (deadline_id, state, due_on),
    CONSTRAINT fk_ri_reminder_claim_deadline FOREIGN KEY (deadline_id) REFERENCES ri_deadline (id),
    CONSTRAINT ck_ri_reminder_claim_state CHECK (state IN ('DUE_SOON', 'OVERDUE'))
);
