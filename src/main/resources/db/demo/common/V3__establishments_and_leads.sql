-- Demo data 3 of 4: establishments and leads.
-- EVERYTHING IN THIS FILE IS FICTIONAL except the three provisions the policy names (Olive
-- Academy, The Bridge (Queens Hospital), KORU), which appear under their names with invented
-- URNs and mailboxes. The mainstream schools are invented; URNs start with 99 so that they
-- never match a real school's; every address is at example.org (reserved, never delivered).
-- The borough's real mailboxes (IYFAP, Attendance & Behaviour) are configuration, not data.
--
-- Every establishment counts its school days on the EXAMPLE calendar of V2 (invented dates).
-- Leads carry the SSO subjects the demo logins use (demo-ap-olive, demo-school-bramblewood,
-- demo-inclusion-1, demo-social-worker-1...).

INSERT INTO ri_establishment (id, version, kind, name, urn, mailbox, academy, calendar_id) VALUES
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Bramblewood Academy', '990101', 'bramblewood-academy@example.org', TRUE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'St Aldric''s Church of England School', '990102', 'st-aldrics-school@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Quillfield High School', '990103', 'quillfield-high@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Elderbrook Academy', '990104', 'elderbrook-academy@example.org', TRUE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Kestrelmoor School', '990105', 'kestrelmoor-school@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Linnetwood Academy', '990106', 'linnetwood-academy@example.org', TRUE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Tanglemere Community School', '990107', 'tanglemere-school@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Wyvernfield School', '990108', 'wyvernfield-school@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Larkhollow Primary School', '990109', 'larkhollow-primary@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Foxglove Meadow Primary School', '990110', 'foxglove-meadow@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Pennywhistle Lane Primary School', '990111', 'pennywhistle-lane@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MAINSTREAM', 'Thistledown Primary Academy', '990112', 'thistledown-academy@example.org', TRUE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'AP_ACADEMY', 'Olive Academy', '990201', 'olive-academy-reintegration@example.org', TRUE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'MEDICAL_PROVISION', 'The Bridge (Queens Hospital)', '990202', 'the-bridge-education@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28')),
    (nextval('ri_establishment_seq'), 1, 'OTHER_AP', 'KORU', '990203', 'koru-referrals@example.org', FALSE,
     (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'));

-- Current school / AP leads, receiving school leads, inclusions officers of the LA's Admissions
-- & Inclusion team, and early help / social workers (no establishment: they work for the LA).
INSERT INTO ri_lead (id, version, role, name, email, sso_subject, establishment_id) VALUES
    (nextval('ri_lead_seq'), 1, 'CURRENT_SCHOOL_OR_AP_LEAD', 'Marcia Okoro', 'marcia.okoro@example.org', 'demo-ap-olive', (SELECT id FROM ri_establishment WHERE urn = '990201')),
    (nextval('ri_lead_seq'), 1, 'CURRENT_SCHOOL_OR_AP_LEAD', 'Gareth Pryce', 'gareth.pryce@example.org', 'demo-ap-olive-2', (SELECT id FROM ri_establishment WHERE urn = '990201')),
    (nextval('ri_lead_seq'), 1, 'CURRENT_SCHOOL_OR_AP_LEAD', 'Helen Sato', 'helen.sato@example.org', 'demo-ap-bridge', (SELECT id FROM ri_establishment WHERE urn = '990202')),
    (nextval('ri_lead_seq'), 1, 'CURRENT_SCHOOL_OR_AP_LEAD', 'Dean Whitlock', 'dean.whitlock@example.org', 'demo-ap-koru', (SELECT id FROM ri_establishment WHERE urn = '990203')),
    (nextval('ri_lead_seq'), 1, 'CURRENT_SCHOOL_OR_AP_LEAD', 'Sunita Varma', 'sunita.varma@example.org', 'demo-school-quillfield', (SELECT id FROM ri_establishment WHERE urn = '990103')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Joanne Ashworth', 'joanne.ashworth@example.org', 'demo-school-bramblewood', (SELECT id FROM ri_establishment WHERE urn = '990101')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Michael Hendricks', 'michael.hendricks@example.org', 'demo-school-st-aldrics', (SELECT id FROM ri_establishment WHERE urn = '990102')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Rachel Kimber', 'rachel.kimber@example.org', 'demo-school-elderbrook', (SELECT id FROM ri_establishment WHERE urn = '990104')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Tom Hargreaves', 'tom.hargreaves@example.org', 'demo-school-kestrelmoor', (SELECT id FROM ri_establishment WHERE urn = '990105')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Nadia Rahman', 'nadia.rahman@example.org', 'demo-school-linnetwood', (SELECT id FROM ri_establishment WHERE urn = '990106')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Chris Dunmore', 'chris.dunmore@example.org', 'demo-school-tanglemere', (SELECT id FROM ri_establishment WHERE urn = '990107')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Alison Pike', 'alison.pike@example.org', 'demo-school-foxglove', (SELECT id FROM ri_establishment WHERE urn = '990110')),
    (nextval('ri_lead_seq'), 1, 'RECEIVING_SCHOOL_LEAD', 'Ben Osei', 'ben.osei@example.org', 'demo-school-thistledown', (SELECT id FROM ri_establishment WHERE urn = '990112')),
    (nextval('ri_lead_seq'), 1, 'INCLUSIONS_OFFICER', 'Lorraine Baptiste', 'lorraine.baptiste@example.org', 'demo-inclusion-1', NULL),
    (nextval('ri_lead_seq'), 1, 'INCLUSIONS_OFFICER', 'Imran Siddiqui', 'imran.siddiqui@example.org', 'demo-inclusion-2', NULL),
    (nextval('ri_lead_seq'), 1, 'EARLY_HELP_OR_SOCIAL_WORKER', 'Kerry Walsh', 'kerry.walsh@example.org', 'demo-social-worker-1', NULL),
    (nextval('ri_lead_seq'), 1, 'EARLY_HELP_OR_SOCIAL_WORKER', 'Samuel Boateng', 'samuel.boateng@example.org', 'demo-social-worker-2', NULL);
