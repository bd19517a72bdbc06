-- School-day calendars imported from a borough's files (config/calendars): each calendar keeps the
-- SHA-256 of the file it was last imported from, so an unchanged file is skipped at start-up and
-- changes made since through the API stay until the file itself changes.
ALTER TABLE ri_school_calendar ADD COLUMN imported_checksum VARCHAR(64);
-- A file finds the calendar it replaces by name, and a calendar names its bank-holiday calendar by
-- name: a name names one calendar.
ALTER TABLE ri_school_calendar ADD CONSTRAINT uq_ri_school_calendar_name UNIQUE (name);
