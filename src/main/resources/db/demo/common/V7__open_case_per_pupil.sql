-- Demo data 7: the demo's open cases marked as their pupil's one open case (schema V9), as a
-- case opened through the service is. The demo data goes in after the whole schema, so the
-- schema's own marking found no demo case to mark. FICTIONAL, like all the demo data.
UPDATE ri_reintegration_case c
   SET open_pupil_id = pupil_id
 WHERE c.status NOT IN ('DECLINED', 'COMPLETED', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL')
   AND c.id = (SELECT MIN(d.id) FROM ri_reintegration_case d
                WHERE d.pupil_id = c.pupil_id
                  AND d.status NOT IN ('DECLINED', 'COMPLETED', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL'));
