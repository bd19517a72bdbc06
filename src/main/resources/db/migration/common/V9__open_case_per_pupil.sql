-- Issue 13: a pupil has one open case at most. Open means any status but the closed ones
-- (CaseStatus.CLOSED). H2 has no partial index, so the case holds its pupil's id in
-- open_pupil_id while it is open (null once closed), and a unique constraint on that column
-- refuses a second open case even when two are opened at the same moment.
ALTER TABLE ri_reintegration_case ADD COLUMN open_pupil_id BIGINT;

-- A pupil given two open cases before this keeps the mark on the first; the later one stays
-- open, unmarked, for the people on it to close.
UPDATE ri_reintegration_case c
   SET open_pupil_id = pupil_id
 WHERE c.status NOT IN ('DECLINED', 'COMPLETED', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL')
   AND c.id = (SELECT MIN(d.id) FROM ri_reintegration_case d
                WHERE d.pupil_id = c.pupil_id
                  AND d.status NOT IN ('DECLINED', 'COMPLETED', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL'));

ALTER TABLE ri_reintegration_case ADD CONSTRAINT uq_ri_case_open_pupil UNIQUE (open_pupil_id);
