-- The policy engine (issue 4): where a case stands in the workflow, its tracked deadlines, and the
-- outbox of the messages each event writes.

-- The case: when the referral went, the hearing it is listed at, the start at the receiving
-- school, and where it stood before consent was withdrawn (R1: it resumes from there).
ALTER TABLE ri_reintegration_case ADD COLUMN referral_submitted_on DATE;
ALTER TABLE ri_reintegration_case ADD COLUMN listed_hearing_id BIGINT;
ALTER TABLE ri_reintegration_case ADD COLUMN placement_start_date DATE;
ALTER TABLE ri_reintegration_case ADD COLUMN status_before_stop VARCHAR(40);
ALTER TABLE ri_reintegration_case
    ADD CONSTRAINT fk_ri_case_listed_hearing FOREIGN KEY (listed_hearing_id) REFERENCES ri_iyfap_hearing (id);
CREATE INDEX ix_ri_case_listed_hearing ON ri_reintegration_case (listed_hearing_id);

-- Deadlines (R6, R8, R9, R13 and the 4-week review): computed once and stored with the calendar
-- and its version, so a later calendar change never moves one silently.
CREATE SEQUENCE ri_deadline_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ri_deadline (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    kind                VARCHAR(40)   NOT NULL,
    counted_from        DATE          NOT NULL,
    calendar_id         BIGINT,
    calendar_version    BIGINT,
    due_on              DATE,
    responsible_lead_id BIGINT,
    met_on              DATE,
    extended_to         DATE,
    extension_reason    VARCHAR(1000),
    extended_by         VARCHAR(200),
    CONSTRAINT pk_ri_deadline PRIMARY KEY (id),
    CONSTRAINT uq_ri_deadline UNIQUE (case_id, kind),
    CONSTRAINT fk_ri_deadline_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT fk_ri_deadline_calendar FOREIGN KEY (calendar_id) REFERENCES ri_school_calendar (id),
    CONSTRAINT fk_ri_deadline_lead FOREIGN KEY (responsible_lead_id) REFERENCES ri_lead (id),
    CONSTRAINT ck_ri_deadline_kind CHECK (kind IN ('FOUR_WEEK_REVIEW', 'PLANNING_MEETING', 'START', 'FIRST_JUDGEMENT', 'SUCCESS_REPORTED')),
    CONSTRAINT ck_ri_deadline_extension CHECK (extended_to IS NULL OR extension_reason IS NOT NULL)
);
CREATE INDEX ix_ri_deadline_due ON ri_deadline (due_on);

-- The outbox: one message per recipient, written in the same transaction as the event; issue 6
-- delivers them.
CREATE SEQUENCE ri_outbox_message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ri_outbox_message (
    id               BIGINT         NOT NULL,
    version          BIGINT         NOT NULL,
    idempotency_key  VARCHAR(120)   NOT NULL,
    event            VARCHAR(40)    NOT NULL,
    case_id          BIGINT         NOT NULL,
    recipient_role   VARCHAR(40)    NOT NULL,
    recipient_name   VARCHAR(200)   NOT NULL,
    recipient_email  VARCHAR(254),
    postal_address   VARCHAR(500),
    template         VARCHAR(100)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    attachments      VARCHAR(2000),
    state            VARCHAR(10)    NOT NULL,
    attempts         INTEGER        DEFAULT 0 NOT NULL,
    next_try_at      TIMESTAMP,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP      NOT NULL,
    sent_at          TIMESTAMP,
    CONSTRAINT pk_ri_outbox_message PRIMARY KEY (id),
    CONSTRAINT uq_ri_outbox_message_key UNIQUE (idempotency_key),
    CONSTRAINT fk_ri_outbox_message_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_outbox_message_state CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'DEAD')),
    CONSTRAINT ck_ri_outbox_message_address CHECK (recipient_email IS NOT NULL OR postal_address IS NOT NULL)
);
CREATE INDEX ix_ri_outbox_message_case ON ri_outbox_message (case_id);
CREATE INDEX ix_ri_outbox_message_next ON ri_outbox_message (state, next_try_at);
