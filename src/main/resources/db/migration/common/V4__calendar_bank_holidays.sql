-- A school calendar may take its bank holidays from another calendar (England and Wales's), so
-- a borough loads them once rather than into every school's dates (issue 4).
ALTER TABLE ri_school_calendar ADD COLUMN bank_holidays_calendar_id BIGINT;
ALTER TABLE ri_school_calendar
    ADD CONSTRAINT fk_ri_school_calendar_bank_holidays FOREIGN KEY (bank_holidays_calendar_id) REFERENCES ri_school_calendar (id);
