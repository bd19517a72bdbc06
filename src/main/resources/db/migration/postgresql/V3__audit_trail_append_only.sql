-- The second line behind the grants: even a user who may write the table (the schema owner,
-- or a deployment that runs under one user) cannot change or remove what the trail holds.
CREATE FUNCTION ri_audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on ri_audit_event is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ri_audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON ri_audit_event
  FOR EACH ROW EXECUTE FUNCTION ri_audit_event_append_only();

CREATE TRIGGER ri_audit_event_no_truncate
  BEFORE TRUNCATE ON ri_audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION ri_audit_event_append_only();
