-- Issue 13: failed sign-ins are audited (AuditKind.SIGN_IN_FAILED) and counted per name, in the
-- database so that every server slows the same name (SignInFailures). A row is one failure; a
-- name's rows go when it signs in, and rows older than the counting window are cleared as failures
-- are added. No foreign key: the name given need not be anybody's.
CREATE TABLE ri_sign_in_failure (
    id        BIGINT GENERATED ALWAYS AS IDENTITY,
    user_name VARCHAR(255)             NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ri_sign_in_failure PRIMARY KEY (id)
);
CREATE INDEX ix_ri_sign_in_failure_name ON ri_sign_in_failure (user_name, failed_at);
CREATE INDEX ix_ri_sign_in_failure_at ON ri_sign_in_failure (failed_at);

ALTER TABLE ri_audit_event DROP CONSTRAINT ck_ri_audit_event_kind;
ALTER TABLE ri_audit_event ADD CONSTRAINT ck_ri_audit_event_kind
    CHECK (kind IN ('CREATED', 'CHANGED', 'DELETED', 'READ_SPECIAL_CATEGORY', 'REFUSED', 'SEARCHED',
                    'SIGN_IN_FAILED'));
