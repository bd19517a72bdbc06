-- Demo data 5: a receiving school that was proposed but not named. The Bridge proposed
-- St Aldric's for Grace Nwosu (case 13); the panel named Tanglemere Community School instead, so
-- St Aldric's no longer sees the case (DESIGN.md, "Who uses it": a receiving school "loses [access]
-- if the panel names another"). FICTIONAL, like all the demo data.
UPDATE ri_reintegration_case
   SET proposed_receiving_school_id = (SELECT id FROM ri_establishment WHERE urn = '990102')
 WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');
