-- Demo data 8: the first day at the receiving school (schema V6) of each demo case that started,
-- from the history entry that says it started. The demo cases were written before the schema kept
-- the day, so without it the case page said "Not yet" and no deadline was counted from it.
-- FICTIONAL, like all the demo data.
UPDATE ri_reintegration_case c
   SET placement_start_date = (SELECT CAST(MIN(h.recorded_at) AS DATE) FROM ri_case_history_entry h
                                WHERE h.case_id = c.id AND h.to_status = 'STARTED')
 WHERE c.placement_start_date IS NULL;
