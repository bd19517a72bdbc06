-- The audit trail (issue 3): every change to a case's records (who, when, what, before and
-- after), every read of special-category data and every refused access. Rows are only ever
-- appended: on PostgreSQL the application's user is granted INSERT and SELECT alone
-- (db/callbacks/postgresql) and a trigger refuses changes as a second line (V3 there).
-- No foreign key: the trail outlives and precedes the rows it speaks of (a refused read of a
-- case that does not exist is recorded too).
CREATE TABLE ri_audit_event (
    id            BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject VARCHAR(255)             NOT NULL,
    actor_name    VARCHAR(200)             NOT NULL,
    kind          VARCHAR(30)              NOT NULL,
    entity        VARCHAR(60)              NOT NULL,
    entity_id     BIGINT,
    case_id       BIGINT,
    detail        VARCHAR(100000),
    CONSTRAINT pk_ri_audit_event PRIMARY KEY (id),
    CONSTRAINT ck_ri_audit_event_kind CHECK (kind IN ('CREATED', 'CHANGED', 'DELETED', 'READ_SPECIAL_CATEGORY', 'REFUSED'))
);
CREATE INDEX ix_ri_audit_event_case ON ri_audit_event (case_id, id);
