-- A review meeting's record (issue 18, P8): what was discussed, and each action agreed with who
-- will do it and by when.
ALTER TABLE ri_meeting ADD COLUMN review_discussed VARCHAR(4000);

CREATE TABLE ri_meeting_agreed_action (
    meeting_id BIGINT        NOT NULL,
    action     VARCHAR(1000) NOT NULL,
    owner      VARCHAR(200)  NOT NULL,
    due_on     DATE          NOT NULL,
    CONSTRAINT fk_ri_meeting_agreed_action_meeting FOREIGN KEY (meeting_id) REFERENCES ri_meeting (id)
);
CREATE INDEX ix_ri_meeting_agreed_action_meeting ON ri_meeting_agreed_action (meeting_id);
