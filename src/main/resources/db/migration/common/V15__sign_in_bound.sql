-- A person named as a lead by e-mail is bound to their sign-in identity at their first sign-in with
-- that e-mail verified (issue 16); the binding is audited on each case that names them.
ALTER TABLE ri_audit_event DROP CONSTRAINT ck_ri_audit_event_kind;
ALTER TABLE ri_audit_event ADD CONSTRAINT ck_ri_audit_event_kind
    CHECK (kind IN ('CREATED', 'CHANGED', 'DELETED', 'READ_SPECIAL_CATEGORY', 'REFUSED', 'SEARCHED',
                    'SIGN_IN_FAILED', 'SIGN_IN_BOUND'));
