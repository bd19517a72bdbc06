-- Each download of the cases list is audited with its filter and row count (issue 18).
ALTER TABLE ri_audit_event DROP CONSTRAINT ck_ri_audit_event_kind;
ALTER TABLE ri_audit_event ADD CONSTRAINT ck_ri_audit_event_kind
    CHECK (kind IN ('CREATED', 'CHANGED', 'DELETED', 'READ_SPECIAL_CATEGORY', 'REFUSED', 'SEARCHED',
                    'SIGN_IN_FAILED', 'SIGN_IN_BOUND', 'EXPORTED'));
