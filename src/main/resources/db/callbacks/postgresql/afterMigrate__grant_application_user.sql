-- After every migration: the application's database user gets what it needs on the plugin's
-- tables and nothing more. When the schema owner migrates under credentials of its own
-- (reintegration.db.migration-user), the application's user cannot alter the schema, cannot
-- touch Flyway's history and only reads the pupil stand-in table.
DO $$
DECLARE
  t record;
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), '${applicationUser}');
  FOR t IN
    SELECT c.relname, c.relkind
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema()
       AND c.relname LIKE 'ri\_%'
       AND c.relname NOT IN ('ri_schema_history', 'ri_demo_history')
       AND c.relkind IN ('r', 'v', 'S')
       AND pg_get_userbyid(c.relowner) = current_user
  LOOP
    IF t.relkind = 'S' THEN
      EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO %I', t.relname, '${applicationUser}');
    ELSIF t.relname = 'ri_audit_event' THEN
      -- Append-only (issue 3): the application may add to the trail and read it, nothing more.
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I', t.relname, '${applicationUser}');
      EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', t.relname, '${applicationUser}');
    ELSIF t.relname = 'ri_pupil' OR t.relkind = 'v' THEN
      EXECUTE format('GRANT SELECT ON %I TO %I', t.relname, '${applicationUser}');
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t.relname, '${applicationUser}');
    END IF;
  END LOOP;
END
$$;
