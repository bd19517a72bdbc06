-- Demo data 6: a pupil whose name, as the MIS holds it, begins like a spreadsheet formula. The
-- portal's records are not the plugin's to clean, so the cases list's downloads neutralise such a
-- cell instead of sending out a live formula (issue 13, point 10). FICTIONAL, like all the demo
-- data; the link goes to a reserved domain that cannot exist. No case is opened for her here.
INSERT INTO ri_pupil (id, upn, given_name, family_name, date_of_birth, year_group, free_school_meals, sen_status) VALUES
    (61, 'V999204126901', '=HYPERLINK("https://example.invalid/","Zara")', 'Okafor', DATE '2013-05-14',  9, FALSE, 'N');
