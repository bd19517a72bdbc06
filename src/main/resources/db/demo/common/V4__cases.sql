-- Demo data 4 of 4: reintegration cases, with their parents and carers, leads, IYFAP hearings and
-- decisions, meetings, phased-return weeks, evaluations, incidents, roll records, documents,
-- notes and history.
-- EVERYTHING IN THIS FILE IS FICTIONAL: pupils, families, addresses (the HW postcode area does not
-- exist), staff and events. E-mail addresses are at example.com / example.org.
--
-- Dates are set around 'today' = 28 Nov 2026: cases still running started at their AP in
-- September 2026; finished ones ran in the spring or summer of 2026. School days after a hearing
-- are counted on the EXAMPLE calendar (V2); 2025/26 has no calendar in the demo.
-- Ids come from the sequences; rows find each other by natural keys: a pupil's UPN (each
-- case here has its own pupil), an establishment's URN, a lead's SSO subject, a hearing's date,
-- a meeting's case and start time.
-- For permanently excluded pupils Olive Academy is both the current provision and the school
-- of roll (the referring school), so a success there is a TRANSFER to the receiving school's roll (R13).

-- IYFAP hearings (Thursdays) ----------------------------------------------------------------------
INSERT INTO ri_iyfap_hearing (id, version, panel_date, agenda_notes) VALUES
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-02-26', 'Reintegration referrals: KORU to Elderbrook Academy; KORU to Thistledown Primary Academy (EHCP Transition Programme).'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-06-04', 'Reintegration referrals: Olive Academy to Kestrelmoor School.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-07-09', 'Reintegration referrals: The Bridge to Foxglove Meadow Primary School.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-07-16', 'Last panel of the school year. Reintegration referrals: Olive Academy to Tanglemere Community School.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-10-15', 'Reintegration referrals: Olive Academy to St Aldric''s; The Bridge to Tanglemere Community School.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-11-05', 'Reintegration referrals: KORU to Quillfield High School; Olive Academy to Bramblewood Academy; KORU to Kestrelmoor School; KORU to Linnetwood Academy.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-11-19', 'Reintegration referrals: Olive Academy to Linnetwood Academy; Olive Academy to Bramblewood Academy (deferred from 5 Nov); KORU to Elderbrook Academy. One case taken off the agenda: consent withdrawn on 12 Nov.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-12-03', 'Agenda closed on Thu 19 Nov. Reintegration referrals: KORU to Thistledown Primary Academy (EHCP Transition Programme); KORU to Linnetwood Academy.'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2026-12-17', 'Agenda closes on Thu 3 Dec. Listed so far: Olive Academy to Linnetwood Academy (deferred from 19 Nov).'),
    (nextval('ri_iyfap_hearing_seq'), 1, DATE '2027-01-14', 'First panel of the spring term. Agenda closes on Thu 17 Dec 2026.');

-- ==============================================================================================
-- Case 1. PERMANENT_EXCLUSION / DRAFT. Pupil Kai Thompson (UPN M999204117118).
-- Kai Thompson, Year 9: permanently excluded, at Olive Academy since 3 Nov. DRAFT: no consent yet, Stage 1 not done.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, current_provision_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee)
VALUES (
    nextval('ri_reintegration_case_seq'),                             -- id
    1,                                                                -- version
    (SELECT id FROM ri_pupil WHERE upn = 'M999204117118'),            -- pupil_id
    'PERMANENT_EXCLUSION',                                            -- route
    'DRAFT',                                                          -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),           -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),           -- current_provision_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive-2'),   -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),  -- inclusions_officer_id
    DATE '2026-11-03',                                                -- ap_start_date
    DATE '2026-11-27',                                                -- four_week_review_date
    88.00,                                                            -- attendance_percent
    92.00,                                                            -- punctuality_percent
    FALSE                                                             -- asylum_seeker_or_refugee
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Donna Thompson', 'Mother', 'donna.thompson@example.com', '27 Sedgemoor Road, Hartswood HW2 6LT', TRUE),
          ('Wayne Thompson', 'Father', CAST(NULL AS VARCHAR(254)), 'Flat 4, 112 Cordwainer Street, Eastbrook HW5 3QN', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'M999204117118');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-11-04 09:15:00', 'Gareth Pryce', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened after Kai started at Olive Academy on Tue 3 Nov 2026 following his permanent exclusion.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'M999204117118');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Gareth Pryce', TIMESTAMP '2026-11-04 09:20:00', 'Kai was permanently excluded from Kestrelmoor School; the governors upheld the exclusion on 22 Oct 2026. He started with us on Tue 3 Nov (Mon 2 Nov was an INSET day). Baseline assessments done w/c 9 Nov. Mum and dad live apart: send letters to both addresses.', FALSE),
          ('Gareth Pryce', TIMESTAMP '2026-11-26 16:05:00', 'Talked to mum about a reintegration. She wants to talk it over with dad before giving consent. Follow-up meeting at Olive on Wed 2 Dec at 3.30pm with both parents.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'M999204117118');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-11-03', 'Gareth Pryce', 'On Olive Academy''s roll since the permanent exclusion; stays on it until a reintegration is agreed successful and acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'M999204117118');

-- ==============================================================================================
-- Case 2. PERMANENT_EXCLUSION / REFERRED. Pupil Amira Haddad (UPN K999215816656).
-- Amira Haddad, Year 10: Olive Academy, proposed for Bramblewood Academy. REFERRED on 24 Nov with consent (R1), Stage 1 on track, uniform bought by the school of roll as she has FSM (R4).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'K999215816656'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'REFERRED',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990101'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive'),            -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-bramblewood'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-09-21',                                                       -- ap_start_date
    DATE '2026-10-16',                                                       -- four_week_review_date
    93.50,                                                                   -- attendance_percent
    90.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-11-24',                                                       -- uniform_decided_on
    'Amira receives free school meals: Olive Academy, her school of roll, buys the Bramblewood uniform (blazer, tie, two shirts, skirt and PE kit) before her induction.',  -- uniform_notes
    'Rania Haddad (mother)',                                                 -- consent_given_by
    DATE '2026-10-14',                                                       -- consent_given_on
    'Meeting at Olive Academy with Marcia Okoro. The reintegration, the IYFAP hearing, the phased return and her right to withdraw consent were explained; she signed the consent form.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    'Rebuild Amira''s confidence in a mainstream classroom and her ability to manage conflict with peers without walking out; keep her GCSE English, maths and science on track.',  -- stage1_aims
    'Working at her target grade 5 in English and maths assessments at Olive; all combined science work completed.',  -- stage1_academic_target
    'No more than one behaviour point a week; uses her exit card and the agreed calm space instead of leaving the room.',  -- stage1_behaviour_target
    'At least 95% attendance and on time every day for four weeks in a row.',  -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Rania Haddad', 'Mother', 'rania.haddad@example.com', '9 Larchmere Gardens, Hartswood HW1 4DP', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999215816656');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-22 10:05:00', 'Marcia Okoro', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Amira started at Olive Academy on 21 Sep 2026.'),
          (TIMESTAMP '2026-10-09 14:30:00', 'Marcia Okoro', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Olive Academy returned it to the proposed receiving school, Bramblewood Academy (P7 week 3).'),
          (TIMESTAMP '2026-10-14 16:00:00', 'Marcia Okoro', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Rania Haddad (mother) with full understanding (R1).'),
          (TIMESTAMP '2026-11-24 14:40:00', 'Marcia Okoro', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox. Held back until Amira''s attendance had been above 90% for four weeks, as agreed with mum.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999215816656');
-- Document: Inclusions Gateway Referral – Amira Haddad (plain text; CAST(... AS BYTEA) works on H2 and PostgreSQL alike)
INSERT INTO ri_case_document (id, case_id, title, kind, content_type, size_bytes, content, uploaded_by, uploaded_at)
SELECT nextval('ri_case_document_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999215816656')), 'Inclusions Gateway Referral – Amira Haddad', 'INCLUSIONS_GATEWAY_REFERRAL', 'text/plain; charset=UTF-8',
       OCTET_LENGTH(f.content), f.content, 'Marcia Okoro', TIMESTAMP '2026-11-24 14:35:00'
  FROM (SELECT CAST('INCLUSIONS GATEWAY REFERRAL (demo copy - every detail is fictional)
Pupil: Amira Haddad
Referring school / school of roll: Olive Academy
Current provision: Olive Academy
Proposed receiving school: Bramblewood Academy
Reason for referral: Permanent exclusion
Reintegration Plan Stage 1: attached to the case (on track to return: yes)
Completed by: Marcia Okoro, 24 Nov 2026
' AS BYTEA) AS content) f;
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-09', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2027-01-04', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Provisional: weeks 8 to 12 moved back until the case is heard at IYFAP (next agenda: 17 Dec 2026).'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2027-01-18', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-25', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-02-01', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999215816656');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-11-24', 'Marcia Okoro', 'Stays on Olive Academy''s roll until the reintegration is agreed successful and acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999215816656');

-- ==============================================================================================
-- Case 3. DIRECTION_OFF_SITE / REFERRED. Pupil Dawit Tesfaye (UPN K999221618369).
-- Dawit Tesfaye, Year 8: directed off-site from Wyvernfield to KORU, proposed for Kestrelmoor. REFERRED on 25 Nov; an asylum seeker not yet on FSM, so financial assistance for the uniform (R4).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'K999221618369'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'REFERRED',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990108'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-kestrelmoor'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-2'),     -- early_help_worker_id
    DATE '2026-09-14',                                                       -- ap_start_date
    DATE '2026-10-09',                                                       -- four_week_review_date
    91.00,                                                                   -- attendance_percent
    84.00,                                                                   -- punctuality_percent
    TRUE,                                                                    -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-11-25',                                                       -- uniform_decided_on
    'The family are asylum seekers and Dawit does not receive FSM funding yet: LA uniform assistance applied for (Kestrelmoor blazer, jumper and PE kit). FSM application made at the same time.',  -- uniform_notes
    'Tesfaye Gebremedhin (father)',                                          -- consent_given_by
    DATE '2026-11-20',                                                       -- consent_given_on
    'Meeting at KORU with a Tigrinya interpreter. The process and the phased return were explained and he agreed to the move to Kestrelmoor School.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    'Settle Dawit into school in England after his interrupted education: build his English, his confidence in lessons and his friendships, and help him manage frustration when he cannot make himself understood.',  -- stage1_aims
    'Reading age up 12 months from the September baseline; EAL step 2 in speaking and listening; maths at the Year 8 expected standard.',  -- stage1_academic_target
    'Uses words or his help card instead of physical reactions when frustrated; no physical incidents for six weeks.',  -- stage1_behaviour_target
    '95% attendance; on time at least 4 days a week (the bus from the hostel is the barrier).',  -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Tesfaye Gebremedhin', 'Father', CAST(NULL AS VARCHAR(254)), 'Room 14, Fennmoor House, 2 Station Parade, Fennmoor HW4 1QT', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999221618369');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-15 09:40:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Wyvernfield School directed Dawit off-site to KORU from 14 Sep 2026 for a period of support and intervention.'),
          (TIMESTAMP '2026-10-02 15:10:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Wyvernfield School, the referring school (P7 week 3).'),
          (TIMESTAMP '2026-11-20 11:00:00', 'Dean Whitlock', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Dawit''s father at a meeting with a Tigrinya interpreter.'),
          (TIMESTAMP '2026-11-25 14:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999221618369');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Dean Whitlock', TIMESTAMP '2026-10-05 10:15:00', 'Dad needs a Tigrinya interpreter for every meeting and phone call: book through the LA''s interpreting service at least 3 days ahead. He has no e-mail; letters by post to the hostel address.', FALSE),
          ('Samuel Boateng', TIMESTAMP '2026-11-12 13:30:00', 'The family are not expected to move from initial accommodation before February, so the address on file stays valid.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999221618369');
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-14', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2027-01-04', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Provisional: weeks 8 to 12 moved back until the case is heard at IYFAP (next agenda: 17 Dec 2026).'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2027-01-18', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-25', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-02-01', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999221618369');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990108'), 'REMAIN', DATE '2026-09-14', 'Paul Brennan (Wyvernfield School)', 'Dual registered: stays on Wyvernfield''s roll while directed off-site to KORU.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'K999221618369');

-- ==============================================================================================
-- Case 4. EHCP_TRANSITION / AT_PANEL. Pupil Noah Pearce (UPN D999206721059).
-- Noah Pearce, Year 5: EHCP Transition Programme at KORU, proposed for Thistledown Primary Academy. AT_PANEL: listed for the IYFAP hearing of 3 Dec.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'D999206721059'),                   -- pupil_id
    'EHCP_TRANSITION',                                                       -- route
    'AT_PANEL',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990110'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990112'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-thistledown'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-09-14',                                                       -- ap_start_date
    DATE '2026-10-09',                                                       -- four_week_review_date
    96.00,                                                                   -- attendance_percent
    98.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'NONE_NEEDED',                                                           -- uniform_funding
    DATE '2026-11-16',                                                       -- uniform_decided_on
    'Noah already has Thistledown sweatshirts and a book bag handed down from his sister.',  -- uniform_notes
    'Kirsty Pearce (mother)',                                                -- consent_given_by
    DATE '2026-10-20',                                                       -- consent_given_on
    'Discussed at the EHCP review planning meeting at KORU; agreed in writing.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    'Through the EHCP Transition Programme, prepare Noah to learn in a mainstream Year 5 class with the support in his EHC plan: cope with a busy classroom, follow a visual timetable and ask an adult for help.',  -- stage1_aims
    'Keeps up progress towards his EHCP outcomes in reading and maths (phonics phase 5 secure; number bonds to 20).',  -- stage1_academic_target
    'Uses his sensory breaks as planned; no more than two dysregulated episodes a week, each settled within 10 minutes.',  -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Kirsty Pearce', 'Mother', 'kirsty.pearce@example.com', '3 Harebell Walk, Hartswood HW2 8JR', TRUE),
          ('Dale Pearce', 'Stepfather', 'dale.pearce@example.com', CAST(NULL AS VARCHAR(500)), FALSE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206721059');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-15 11:00:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Noah joined KORU''s EHCP Transition Programme on 14 Sep 2026.'),
          (TIMESTAMP '2026-10-01 15:00:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Foxglove Meadow Primary School, the referring school.'),
          (TIMESTAMP '2026-11-16 12:20:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Referral sent to the IYFAP mailbox after the EHCP annual review on 10 Nov agreed to consult Thistledown Primary Academy.'),
          (TIMESTAMP '2026-11-19 16:00:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 3 Dec 2026.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206721059');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Dean Whitlock', TIMESTAMP '2026-11-17 09:30:00', 'Noah''s EHC plan names autism and sensory processing needs. Thistledown asked for the current plan and the OT report before the hearing: both sent securely to Ben Osei today.', TRUE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206721059');
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-14', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-12-07', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Provisional: induction planned for the week after the IYFAP hearing of 3 Dec 2026.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2027-01-04', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-01-18', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206721059');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990110'), 'REMAIN', DATE '2026-09-14', 'Alison Pike (Foxglove Meadow Primary School)', 'Stays on Foxglove Meadow''s roll during the programme.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206721059');

-- ==============================================================================================
-- Case 5. DIRECTION_OFF_SITE / AT_PANEL. Pupil Jade Whitmore (UPN U999215817099).
-- Jade Whitmore, Year 9: directed off-site from Tanglemere to KORU, proposed for Linnetwood Academy. AT_PANEL for 3 Dec; FSM, so the referring school buys the uniform (R4).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'U999215817099'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'AT_PANEL',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990106'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-linnetwood'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-1'),     -- early_help_worker_id
    DATE '2026-09-14',                                                       -- ap_start_date
    DATE '2026-10-09',                                                       -- four_week_review_date
    89.00,                                                                   -- attendance_percent
    87.50,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-11-13',                                                       -- uniform_decided_on
    'Jade receives FSM: Tanglemere buys the Linnetwood uniform (blazer, two shirts, skirt or trousers, tie).',  -- uniform_notes
    'Help Jade manage her anger and repair relationships with staff so that she can make a fresh start at a new school; keep her on track in English and maths.',  -- stage1_aims
    'Completes all English and maths work set at KORU; working at grade 4 in both by the December assessments.',  -- stage1_academic_target
    'No more than one removal a fortnight; takes part in the weekly anger management sessions.',  -- stage1_behaviour_target
    'At least 92% attendance.',                                              -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Sharon Whitmore', 'Grandmother (special guardian)', CAST(NULL AS VARCHAR(254)), '21 Thornbury Close, Eastbrook HW5 2AX', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'U999215817099');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-15 10:00:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Tanglemere directed Jade off-site to KORU from 14 Sep 2026.'),
          (TIMESTAMP '2026-10-02 14:00:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Tanglemere Community School.'),
          (TIMESTAMP '2026-11-13 11:45:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-11-19 16:05:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 3 Dec 2026.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'U999215817099');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Kerry Walsh', TIMESTAMP '2026-11-10 16:20:00', 'Early Help: Jade''s grandmother would like all letters by post and phone calls after 4pm; she does not use e-mail.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'U999215817099');
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-14', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-12-07', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Provisional: induction planned for the week after the IYFAP hearing of 3 Dec 2026.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2027-01-04', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-01-18', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'U999215817099');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990107'), 'REMAIN', DATE '2026-09-14', 'Chris Dunmore (Tanglemere Community School)', 'Dual registered: stays on Tanglemere''s roll while directed off-site to KORU.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'U999215817099');

-- ==============================================================================================
-- Case 6. PERMANENT_EXCLUSION / DEFERRED. Pupil Marcus Oyelaran (UPN T999210316495).
-- Marcus Oyelaran, Year 10: Olive Academy, proposed for Linnetwood Academy. Heard on 19 Nov and DEFERRED to the hearing of 17 Dec, with reasons.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'T999210316495'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'DEFERRED',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990106'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive'),            -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-linnetwood'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-09-07',                                                       -- ap_start_date
    DATE '2026-10-02',                                                       -- four_week_review_date
    81.00,                                                                   -- attendance_percent
    85.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-10-29',                                                       -- uniform_decided_on
    'Marcus receives FSM: Olive Academy, his school of roll, buys the Linnetwood uniform.',  -- uniform_notes
    'Bisi Oyelaran (mother)',                                                -- consent_given_by
    DATE '2026-09-29',                                                       -- consent_given_on
    'Home visit by Marcia Okoro; the process was explained and the consent form signed.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    'Re-engage Marcus with learning after his permanent exclusion, build the speech and language strategies he needs to follow lessons, and keep his Year 10 GCSE options open.',  -- stage1_aims
    'Completes the Year 10 English and maths units at Olive with at least a grade 3 in the November assessments.',  -- stage1_academic_target
    'No suspensions; uses his agreed time-out instead of refusing instructions.',  -- stage1_behaviour_target
    '90% attendance or better.',                                             -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Bisi Oyelaran', 'Mother', 'bisi.oyelaran@example.com', '47 Amberley Road, Hartswood HW3 5SJ', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'T999210316495');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-08 09:30:00', 'Marcia Okoro', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Marcus started at Olive Academy on 7 Sep 2026.'),
          (TIMESTAMP '2026-09-25 15:00:00', 'Marcia Okoro', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to the proposed receiving school, Linnetwood Academy.'),
          (TIMESTAMP '2026-09-29 18:00:00', 'Marcia Okoro', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Bisi Oyelaran (mother) with full understanding (R1).'),
          (TIMESTAMP '2026-10-29 10:00:00', 'Marcia Okoro', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-11-05 16:00:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 19 Nov 2026.'),
          (TIMESTAMP '2026-11-19 11:20:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'DEFERRED', 'Deferred to the hearing of 17 Dec 2026. The panel asked for up-to-date attendance (81% this half term, below the 90% target) and for the outcome of the speech and language assessment booked for 8 Dec before ratifying. Linnetwood Academy asked for Marcus''s GCSE options to be confirmed so that a timetable can be built.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'T999210316495');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Marcia Okoro', TIMESTAMP '2026-11-20 09:00:00', 'Marcus is on the SEN register (SEN support) for a language disorder. NHS speech and language assessment on 8 Dec at the child development centre; mum will bring the report to Olive.', TRUE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'T999210316495');
-- IYFAP decision of 19 Nov 2026: DEFERRED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'T999210316495')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-19'), 'DEFERRED',
     NULL, (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-12-17'),
     'The panel asked for up-to-date attendance (81% this half term, below the 90% target) and for the outcome of the speech and language assessment booked for 8 Dec before ratifying. Linnetwood Academy asked for Marcus''s GCSE options to be confirmed so that a timetable can be built.', TIMESTAMP '2026-11-19 11:20:00', 'Lorraine Baptiste');
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-07', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-14', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2027-01-04', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Provisional: moved back after the deferral; the case goes to IYFAP again on 17 Dec 2026.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2027-01-18', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-25', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-02-01', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'T999210316495');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-10-29', 'Marcia Okoro', 'Stays on Olive Academy''s roll until success is acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'T999210316495');

-- ==============================================================================================
-- Case 7. DIRECTION_OFF_SITE / DECLINED. Pupil Ellie-Mae Turner (UPN E999221615735).
-- Ellie-Mae Turner, Year 11: directed off-site from Kestrelmoor to KORU, proposed for Quillfield. DECLINED at the hearing of 5 Nov, with reasons; the case is closed.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'E999221615735'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'DECLINED',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990103'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    DATE '2026-09-07',                                                       -- ap_start_date
    DATE '2026-10-02',                                                       -- four_week_review_date
    72.00,                                                                   -- attendance_percent
    80.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-10-09',                                                       -- uniform_decided_on
    'Not in receipt of FSM: financial assistance towards the Quillfield uniform offered to mum.',  -- uniform_notes
    'Kelly Turner (mother)',                                                 -- consent_given_by
    DATE '2026-10-06',                                                       -- consent_given_on
    'Phone call with Dean Whitlock, confirmed by e-mail the same day.',      -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    'Keep Ellie-Mae on track for her GCSEs after relationships broke down at Kestrelmoor, with a fresh start at another school for the rest of Year 11.',  -- stage1_aims
    'Entered for GCSE English, maths and combined science; sits KORU''s mock papers in November.',  -- stage1_academic_target
    'No incidents of leaving site; follows staff instructions first time.',  -- stage1_behaviour_target
    'Attendance of 90% or better.',                                          -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Kelly Turner', 'Mother', 'kelly.turner@example.com', '58 Brackenfield Avenue, Hartswood HW3 7EE', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999221615735');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-08 10:30:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Kestrelmoor directed Ellie-Mae off-site to KORU from 7 Sep 2026.'),
          (TIMESTAMP '2026-09-25 14:00:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Kestrelmoor School.'),
          (TIMESTAMP '2026-10-09 12:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-10-22 15:30:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 5 Nov 2026.'),
          (TIMESTAMP '2026-11-05 11:45:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'DECLINED', 'Attendance at KORU is 72% against the 90% target, and the panel agreed that a move of school in the spring of Year 11 would put her GCSEs at risk. Ellie-Mae stays at KORU with a post-16 transition plan and Kestrelmoor keeps her on roll. The school may refer again if things change.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999221615735');
-- IYFAP decision of 5 Nov 2026: DECLINED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999221615735')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-05'), 'DECLINED',
     NULL, NULL,
     'Attendance at KORU is 72% against the 90% target, and the panel agreed that a move of school in the spring of Year 11 would put her GCSEs at risk. Ellie-Mae stays at KORU with a post-16 transition plan and Kestrelmoor keeps her on roll. The school may refer again if things change.', TIMESTAMP '2026-11-05 11:45:00', 'Imran Siddiqui');
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-07', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-14', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-02', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Not used: the reintegration was declined at IYFAP on 5 Nov 2026.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-11-09', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-11-16', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-11-23', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-11-30', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999221615735');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990105'), 'REMAIN', DATE '2026-09-07', 'Tom Hargreaves (Kestrelmoor School)', 'Dual registered: stays on Kestrelmoor''s roll; unchanged after the panel declined the move.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999221615735');

-- ==============================================================================================
-- Case 8. MEDICAL_PROVISION / NOT_READY. Pupil Sofia Marchetti (UPN L999204118541).
-- Sofia Marchetti, Year 8: at The Bridge. NOT_READY: Stage 1 says No, with why, what is required and an estimate of 10 weeks (R3).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, current_provision_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track, stage1_not_on_track_reason, stage1_barrier_requirement, stage1_estimated_weeks)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'L999204118541'),                   -- pupil_id
    'MEDICAL_PROVISION',                                                     -- route
    'NOT_READY',                                                             -- status
    (SELECT id FROM ri_establishment WHERE urn = '990104'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990202'),                  -- current_provision_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-bridge'),           -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-1'),     -- early_help_worker_id
    DATE '2026-09-07',                                                       -- ap_start_date
    DATE '2026-10-02',                                                       -- four_week_review_date
    64.00,                                                                   -- attendance_percent
    90.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'Reduce Sofia''s anxiety about school so that she can attend full days, first at The Bridge and then at a mainstream school, and keep her learning going in the core subjects.',  -- stage1_aims
    'Completes the English, maths and science work set each week; reading and maths at age-related expectations by the spring assessment.',  -- stage1_academic_target
    'Uses her anxiety plan (calm space, check-ins with her key adult) and stays for the whole session.',  -- stage1_behaviour_target
    'Full-day attendance of 90% at The Bridge before any phased return.',    -- stage1_attendance_target
    FALSE,                                                                   -- stage1_on_track
    'Sofia is attending mornings only (64% attendance) and cannot yet manage a full day, busy corridors or large classes. A return now would be likely to break down.',  -- stage1_not_on_track_reason
    'CAMHS review (booked for 14 Dec 2026); a graded move to full days at The Bridge; then two supported lessons a week at Elderbrook Academy with her key adult before Stage 1 is re-assessed.',  -- stage1_barrier_requirement
    10                                                                       -- stage1_estimated_weeks
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Giulia Marchetti', 'Mother', 'giulia.marchetti@example.com', '6 Willowmead Court, Hartswood HW1 9BS', TRUE),
          ('Marco Marchetti', 'Father', 'marco.marchetti@example.com', CAST(NULL AS VARCHAR(500)), TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'L999204118541');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-08 11:00:00', 'Helen Sato', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Sofia started at The Bridge on 7 Sep 2026.'),
          (TIMESTAMP '2026-09-30 10:10:00', 'Helen Sato', 'STATUS_CHANGED', 'DRAFT', 'NOT_READY', 'Stage 1 completed: not on track to return. Reason, what is required and an estimate of 10 weeks recorded; re-assess after the CAMHS review.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'L999204118541');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Helen Sato', TIMESTAMP '2026-09-30 10:20:00', 'Sofia is under CAMHS for anxiety (emotionally based school avoidance) and started medication in August. Her anxiety plan is in the hospital education file: share it only with staff working with her.', TRUE),
          ('Kerry Walsh', TIMESTAMP '2026-11-18 15:00:00', 'Early Help: family support worker visiting weekly. Mum says mornings are easier since the later start at The Bridge.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'L999204118541');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990104'), 'REMAIN', DATE '2026-09-07', 'Rachel Kimber (Elderbrook Academy)', 'Stays on Elderbrook Academy''s roll while attending The Bridge.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'L999204118541');

-- ==============================================================================================
-- Case 9. PERMANENT_EXCLUSION / PLANNING. Pupil Jayden Campbell (UPN A999215818899).
-- Jayden Campbell, Year 8: Olive Academy to Bramblewood Academy. Deferred on 5 Nov, ratified on 19 Nov; PLANNING: planning meeting held on 24 Nov (R6), readiness shown and discussed (R2), start on Tue 1 Dec.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'A999215818899'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'PLANNING',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990101'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990101'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive'),            -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-bramblewood'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-09-28',                                                       -- ap_start_date
    DATE '2026-10-23',                                                       -- four_week_review_date
    94.00,                                                                   -- attendance_percent
    91.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-10-16',                                                       -- uniform_decided_on
    'Jayden receives FSM: Olive Academy, his school of roll, buys the Bramblewood uniform; ordered from the school''s supplier.',  -- uniform_notes
    'Tanya Campbell (mother)',                                               -- consent_given_by
    DATE '2026-10-07',                                                       -- consent_given_on
    'Meeting at Olive Academy with Marcia Okoro. The process, the IYFAP hearing and the phased return were explained; consent given in writing.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-11-12',                                                       -- readiness_progress_shown_on
    'Marcia Okoro showed Joanne Ashworth Jayden''s baseline and current assessments: reading age up from 9y 8m to 10y 9m; Year 8 number work now at the expected standard; behaviour points down from 14 a week in October to 3.',  -- readiness_progress_notes
    DATE '2026-11-16',                                                       -- readiness_discussed_on
    'Return discussed with Jayden and his mum at Olive. He wants a fresh start and is worried about not knowing anyone; agreed he meets his buddy before his first day.',  -- readiness_discussion_notes
    'Give Jayden a fresh start after his permanent exclusion: help him manage his reactions when he feels embarrassed in class, rebuild his reading and keep his attendance high.',  -- stage1_aims
    'Reading age up a year from the September baseline; Year 8 maths units at the expected standard.',  -- stage1_academic_target
    'No more than 5 behaviour points a week; no physical incidents.',        -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Tanya Campbell', 'Mother', 'tanya.campbell@example.com', '11 Rushmere Court, Hartswood HW1 3LW', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-29 09:00:00', 'Marcia Okoro', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Jayden started at Olive Academy on 28 Sep 2026.'),
          (TIMESTAMP '2026-10-07 17:00:00', 'Marcia Okoro', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Tanya Campbell (mother) with full understanding (R1).'),
          (TIMESTAMP '2026-10-15 15:20:00', 'Marcia Okoro', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Olive Academy returned it to the proposed receiving school, Bramblewood Academy (P7 week 3).'),
          (TIMESTAMP '2026-10-16 11:00:00', 'Marcia Okoro', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-10-22 15:40:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 5 Nov 2026.'),
          (TIMESTAMP '2026-11-05 10:50:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'DEFERRED', 'Deferred to the hearing of 19 Nov 2026. Bramblewood Academy asked for two weeks to arrange a key worker and a reduced timetable for the first fortnight; the panel deferred the case to 19 Nov.'),
          (TIMESTAMP '2026-11-12 09:00:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'DEFERRED', 'AT_PANEL', 'Listed again for the IYFAP hearing on 19 Nov 2026.'),
          (TIMESTAMP '2026-11-19 11:05:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Bramblewood Academy. Planning meeting and start due within 10 school days.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899');
-- IYFAP decision of 5 Nov 2026: DEFERRED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-05'), 'DEFERRED',
     NULL, (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-19'),
     'Bramblewood Academy asked for two weeks to arrange a key worker and a reduced timetable for the first fortnight; the panel deferred the case to 19 Nov.', TIMESTAMP '2026-11-05 10:50:00', 'Lorraine Baptiste');
-- IYFAP decision of 19 Nov 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-19'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990101'), NULL,
     'Ratified. Key worker and reduced timetable now in place at Bramblewood.', TIMESTAMP '2026-11-19 11:05:00', 'Lorraine Baptiste');
-- Transition planning meeting (Stage 3), Wed 21 Oct 2026 13:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-21 13:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-21 14:30:00',                                         -- scheduled_end
    'Bramblewood Academy, main office (Room G12)',                           -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Joanne Ashworth (Bramblewood Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Jayden Campbell', 'PUPIL', TRUE),
          ('Tanya Campbell', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')) AND m.scheduled_start = TIMESTAMP '2026-10-21 13:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8, subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Darren Cole, Head of Year 8), subjects and teachers, buddy (Ashton, Year 8, same tutor group).', 'Pack given to Jayden and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'SEN support for literacy: reading pen, printed copies of board work, seat near the front, extra time in assessments.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Jayden is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Jayden said he is nervous about not knowing anyone but wants a fresh start.', 'Yes.'),
          ('OTHER_INFORMATION', 'Jayden likes football: PE teacher to invite him to the Year 8 lunchtime club.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')) AND m.scheduled_start = TIMESTAMP '2026-10-21 13:30:00';
-- Planning meeting, Tue 24 Nov 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-24 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-24 11:30:00',                                         -- scheduled_end
    'Bramblewood Academy, main office (Room G12)',                           -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At Olive: teaching in a group of 8, daily reading intervention, weekly mentoring, a calm card to leave the room for 5 minutes, and a points chart sent home each Friday.',  -- planning_support_outline
    'Key worker check-in at 8.35am daily; reading intervention three times a week; calm card with the learning support base as his exit space; weekly mentoring with the Head of Year 8; Olive outreach visit in week 12.',  -- planning_support_package
    'Darren Cole, Head of Year 8',                                           -- planning_key_staff_member
    'Ashton (Year 8, same tutor group)',                                     -- planning_buddy
    TRUE,                                                                    -- planning_tour_given
    'Induction Tue 1 and Wed 2 Dec, 8.30am to 12.30pm: tutor time, English, maths, PE and lunch with his buddy. Then 2, 3, 4 and 5 days a week in mainstream, the other days at Olive.',  -- planning_agreed_timetable
    'SEN support (literacy): reading pen, printed copies of board work, seat near the front; extra time in assessments.',  -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Not knowing anyone and being asked to read aloud. Agreed: no reading aloud in class this half term; his buddy meets him at reception.',  -- planning_pupil_anxieties
    DATE '2026-12-01',                                                       -- planning_start_date
    TIME '08:30:00',                                                         -- planning_start_time
    'Mum brings Jayden to reception at 8.30am, where Darren Cole meets them. Tutor time with his buddy, English and maths in a small group, lunch with his buddy, collected at 12.30pm. Key worker phones mum at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Joanne Ashworth (Bramblewood Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Jayden Campbell', 'PUPIL', TRUE),
          ('Tanya Campbell', 'PARENT_CARER', TRUE),
          ('Darren Cole (Head of Year 8, Bramblewood Academy)', 'RECEIVING_SCHOOL', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899')) AND m.scheduled_start = TIMESTAMP '2026-11-24 10:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-11-09', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-16', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-30', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Moved back one week: ratified on 19 Nov; induction agreed at the planning meeting for Tue 1 and Wed 2 Dec.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-12-07', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-04', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Jayden settled well at Olive Academy: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(94.00 AS NUMERIC(5,2)), CAST(91.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-02 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Jayden is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(94.00 AS NUMERIC(5,2)), CAST(91.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-09 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 15 Oct and shared. Jayden and the family have engaged with the planning, and so has Bramblewood Academy.', 'Book the transition planning meeting for week 4.', CAST(94.00 AS NUMERIC(5,2)), CAST(91.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-16 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Bramblewood Academy on Wed 21 Oct with both schools, Jayden and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(94.00 AS NUMERIC(5,2)), CAST(91.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-23 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Bramblewood now has the key worker and the reduced timetable in place (the reasons for the deferral on 5 Nov); induction pack given at the transition planning meeting.', 'Planning meeting once the case is ratified on 19 Nov.', CAST(94.00 AS NUMERIC(5,2)), CAST(91.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-20 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-20 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Jayden has read the induction pack with his mentor and knows the bus route.', 'Meet his buddy at the planning meeting.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-20 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-10-16', 'Marcia Okoro', 'Stays on Olive Academy''s roll until success is acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'A999215818899');

-- ==============================================================================================
-- Case 10. DIRECTION_OFF_SITE / PLANNING. Pupil Maya Sharma (UPN F999221619431).
-- Maya Sharma, Year 7: KORU to Elderbrook Academy, ratified on 19 Nov. PLANNING: planning meeting booked for Mon 30 Nov, also the transition planning meeting; the return is not yet discussed with Maya and her parents, so R2 would refuse the start today.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, readiness_progress_shown_on, readiness_progress_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'F999221619431'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'PLANNING',                                                              -- status
    (SELECT id FROM ri_establishment WHERE urn = '990103'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990104'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990104'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-elderbrook'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    DATE '2026-09-28',                                                       -- ap_start_date
    DATE '2026-10-23',                                                       -- four_week_review_date
    97.00,                                                                   -- attendance_percent
    95.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-10-23',                                                       -- uniform_decided_on
    'Not in receipt of FSM: the family were offered financial assistance towards the Elderbrook uniform and accepted it for the blazer.',  -- uniform_notes
    DATE '2026-11-26',                                                       -- readiness_progress_shown_on
    'Dean Whitlock took Rachel Kimber through Maya''s baseline and November assessments: attendance up from 71% at Quillfield to 97% at KORU; no removals since week 2.',  -- readiness_progress_notes
    'Rebuild Maya''s attendance and her confidence with peers after a difficult start to Year 7 at Quillfield, where she was drawn into online conflicts.',  -- stage1_aims
    'Completes KORU''s Year 7 English and maths programme; reading age at or above her age.',  -- stage1_academic_target
    'No involvement in online conflicts reported by school; uses her check-in with the learning mentor.',  -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Anita Sharma', 'Mother', 'anita.sharma@example.com', '40 Meadowsweet Lane, Hartswood HW2 3RF', TRUE),
          ('Vikram Sharma', 'Father', 'vikram.sharma@example.com', CAST(NULL AS VARCHAR(500)), TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-29 10:00:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Quillfield directed Maya off-site to KORU from 28 Sep 2026.'),
          (TIMESTAMP '2026-10-15 14:45:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Quillfield High School.'),
          (TIMESTAMP '2026-10-23 12:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-11-05 16:10:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 19 Nov 2026.'),
          (TIMESTAMP '2026-11-19 11:30:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Elderbrook Academy.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Dean Whitlock', TIMESTAMP '2026-11-20 10:00:00', 'No transition planning meeting in week 4: the receiving school was not known until IYFAP. The planning meeting on 30 Nov at Elderbrook will also be the transition planning meeting.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431');
-- IYFAP decision of 19 Nov 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-19'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990104'), NULL,
     NULL, TIMESTAMP '2026-11-19 11:30:00', 'Imran Siddiqui');
-- Planning meeting (also the transition planning meeting), Mon 30 Nov 2026 13:30, scheduled
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431')),  -- case_id
    'PLANNING',                                                              -- kind
    TRUE,                                                                    -- also_transition_planning
    TIMESTAMP '2026-11-30 13:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-30 15:00:00',                                         -- scheduled_end
    'Elderbrook Academy, conference room',                                   -- location
    FALSE,                                                                   -- held
    FALSE,                                                                   -- cancelled
    'At KORU: mentoring twice a week, a social skills group, online safety sessions with the family, and a reduced timetable for the first fortnight.'  -- planning_support_outline
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Dean Whitlock (KORU)', 'AP', FALSE),
          ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', FALSE),
          ('Rachel Kimber (Elderbrook Academy)', 'RECEIVING_SCHOOL', FALSE),
          ('Maya Sharma', 'PUPIL', FALSE),
          ('Anita Sharma', 'PARENT_CARER', FALSE),
          ('Vikram Sharma', 'PARENT_CARER', FALSE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431')) AND m.scheduled_start = TIMESTAMP '2026-11-30 13:30:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-11-09', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-16', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-30', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Induction to be agreed at the planning meeting on 30 Nov; the start is due by Thu 3 Dec (10 school days after IYFAP).'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-12-07', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2027-01-04', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-01-11', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Maya settled well at KORU: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(97.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-02 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Maya is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(97.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-09 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 15 Oct and shared. Maya and the family have engaged with the planning, and so has Elderbrook Academy.', 'Book the transition planning meeting for week 4.', CAST(97.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-16 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', FALSE, 'Not held in week 4: the receiving school was not named until IYFAP on 19 Nov.', 'Hold it with the planning meeting at Elderbrook on 30 Nov.', CAST(97.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-23 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', FALSE, 'Not yet: Elderbrook was named at IYFAP on 19 Nov. The induction pack and timetable will be agreed at the planning meeting on 30 Nov.', 'Rachel Kimber to bring a draft timetable on 30 Nov.', CAST(97.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-20 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Parents have applied for the uniform assistance and bought the equipment.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-20 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Maya looked round Elderbrook''s website with her mentor and wrote down her questions for the meeting.', 'Bring the questions to the planning meeting.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-20 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990103'), 'REMAIN', DATE '2026-09-28', 'Sunita Varma (Quillfield High School)', 'Dual registered: stays on Quillfield''s roll while directed off-site to KORU.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'F999221619431');

-- ==============================================================================================
-- Case 11. DIRECTION_OFF_SITE / STARTED. Pupil Harvey Doyle (UPN C999204117170).
-- Harvey Doyle, Year 9: KORU to Kestrelmoor School, ratified on 5 Nov, started on 16 Nov. STARTED: the first transition planning meeting did not count because Harvey was absent (R7) and was held again.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'C999204117170'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'STARTED',                                                               -- status
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-kestrelmoor'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-1'),     -- early_help_worker_id
    DATE '2026-09-21',                                                       -- ap_start_date
    DATE '2026-10-16',                                                       -- four_week_review_date
    95.00,                                                                   -- attendance_percent
    88.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-10-12',                                                       -- uniform_decided_on
    'Harvey receives FSM: Tanglemere buys the Kestrelmoor uniform and PE kit.',  -- uniform_notes
    DATE '2026-11-06',                                                       -- readiness_progress_shown_on
    'KORU showed Tom Hargreaves Harvey''s progress since the baseline: no removals in 6 weeks (4 a week at Tanglemere); maths assessment up from 38% to 61%.',  -- readiness_progress_notes
    DATE '2026-11-09',                                                       -- readiness_discussed_on
    'Return discussed with Harvey and his mum at KORU; Harvey asked to keep his Friday boxing session.',  -- readiness_discussion_notes
    'Help Harvey manage his behaviour in larger groups after repeated removals at Tanglemere, with a fresh start and a clear routine at Kestrelmoor.',  -- stage1_aims
    'Completes the English, maths and science work at KORU; on track for the Year 9 expected standard in maths.',  -- stage1_academic_target
    'No more than two removals a half term; uses his agreed exit strategy.',  -- stage1_behaviour_target
    '95% attendance; on time every day.',                                    -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Michelle Doyle', 'Mother', CAST(NULL AS VARCHAR(254)), '12 Keeper''s Row, Eastbrook HW5 8LD', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-22 09:45:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Tanglemere directed Harvey off-site to KORU from 21 Sep 2026.'),
          (TIMESTAMP '2026-10-08 15:00:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Tanglemere Community School.'),
          (TIMESTAMP '2026-10-12 11:30:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-10-22 15:50:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 5 Nov 2026.'),
          (TIMESTAMP '2026-11-05 11:10:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Kestrelmoor School.'),
          (TIMESTAMP '2026-11-16 16:00:00', 'Tom Hargreaves', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Harvey started at Kestrelmoor School on Mon 16 Nov 2026 (induction Mon 16 and Tue 17 Nov).'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Kerry Walsh', TIMESTAMP '2026-11-11 14:00:00', 'Early Help: mum asks for letters by post, she does not use e-mail. Family support plan reviewed on 10 Nov.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170');
-- IYFAP decision of 5 Nov 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-05'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990105'), NULL,
     NULL, TIMESTAMP '2026-11-05 11:10:00', 'Lorraine Baptiste');
-- Transition planning meeting (Stage 3), Tue 13 Oct 2026 15:30, held; pupil absent, so it does not count and was rescheduled (R7)
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-13 15:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-13 16:30:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Chris Dunmore (Tanglemere Community School)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Michelle Doyle', 'PARENT_CARER', TRUE),
          ('Kerry Walsh (Early Help)', 'LEAD_PROFESSIONAL', TRUE),
          ('Harvey Doyle', 'PUPIL', FALSE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-10-13 15:30:00';
-- Transition planning meeting (Stage 3), Fri 16 Oct 2026 09:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-16 09:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-16 10:30:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Chris Dunmore (Tanglemere Community School)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Michelle Doyle', 'PARENT_CARER', TRUE),
          ('Kerry Walsh (Early Help)', 'LEAD_PROFESSIONAL', TRUE),
          ('Harvey Doyle', 'PUPIL', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-10-16 09:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 16 Nov), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Tom Hargreaves, Head of Key Stage 3), subjects and teachers, buddy (Kyle, Year 9).', 'Pack given to Harvey and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form and data collection sheet completed; mum to return the photo consent by post.', 'Done.'),
          ('SEND_HANDOVER', 'No SEND needs.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Harvey is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Harvey said he is looking forward to a fresh start and to playing rugby.', 'Yes.'),
          ('OTHER_INFORMATION', 'Harvey boxes on Friday evenings; he would like to keep the KORU boxing mentor in contact.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-10-16 09:30:00';
-- Planning meeting, Tue 10 Nov 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-10 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-10 11:30:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At KORU: small-group teaching, a daily target card, weekly mentoring with the boxing coach, and a ''take five'' exit strategy agreed with Harvey.',  -- planning_support_outline
    'Daily target card signed by each teacher; take-five exit to the pastoral office; weekly mentor session; Head of Key Stage 3 as key adult.',  -- planning_support_package
    'Tom Hargreaves, Head of Key Stage 3',                                   -- planning_key_staff_member
    'Kyle (Year 9, same tutor group)',                                       -- planning_buddy
    FALSE,                                                                   -- planning_tour_given
    'Induction Mon 16 and Tue 17 Nov, full days; then 2, 3, 4 and 5 days a week at Kestrelmoor, the other days at KORU.',  -- planning_agreed_timetable
    'None.',                                                                 -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Being ''known'' as the boy who was sent off-site. Agreed: staff will not mention KORU in front of the class.',  -- planning_pupil_anxieties
    DATE '2026-11-16',                                                       -- planning_start_date
    TIME '08:40:00',                                                         -- planning_start_time
    'Mum brings Harvey to the pastoral office at 8.40am; tour with Kyle; tutor time; normal timetable with Kyle; check-out with Tom Hargreaves at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Chris Dunmore (Tanglemere Community School)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Harvey Doyle', 'PUPIL', TRUE),
          ('Michelle Doyle', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-11-10 10:00:00';
-- Review meeting, Fri 20 Nov 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-20 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-20 14:45:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Chris Dunmore (Tanglemere Community School)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Harvey Doyle', 'PUPIL', TRUE),
          ('Michelle Doyle', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-11-20 14:00:00';
-- Review meeting, Fri 27 Nov 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-27 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-27 14:45:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Chris Dunmore (Tanglemere Community School)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Harvey Doyle', 'PUPIL', TRUE),
          ('Michelle Doyle', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-11-27 14:00:00';
-- Review meeting, Fri 04 Dec 2026 14:00, scheduled
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-12-04 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-12-04 14:45:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    FALSE,                                                                   -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Chris Dunmore (Tanglemere Community School)', 'REFERRING_SCHOOL', FALSE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', FALSE),
          ('Dean Whitlock (KORU)', 'AP', FALSE),
          ('Harvey Doyle', 'PUPIL', FALSE),
          ('Michelle Doyle', 'PARENT_CARER', FALSE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170')) AND m.scheduled_start = TIMESTAMP '2026-12-04 14:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-21', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-28', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-10-05', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-12', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-11-02', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-09', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-16', 2, 2, 2, FALSE, 'Induction Mon 16 and Tue 17 Nov.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-11-23', 2, 2, 1, FALSE, 'Mon 23 and Wed 25 Nov; late on Wednesday (missed the bus).'),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-11-30', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-12-07', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Harvey settled well at KORU: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(95.00 AS NUMERIC(5,2)), CAST(88.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-09-25 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Harvey is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(95.00 AS NUMERIC(5,2)), CAST(88.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-02 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 8 Oct and shared. Harvey and the family have engaged with the planning, and so has Kestrelmoor School.', 'Book the transition planning meeting for week 4.', CAST(95.00 AS NUMERIC(5,2)), CAST(88.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-09 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'The meeting on 13 Oct did not count: Harvey did not come (R7). Held again on 16 Oct with both schools, Harvey and his mum; every checklist item covered.', 'Kestrelmoor to prepare the induction pack.', CAST(95.00 AS NUMERIC(5,2)), CAST(88.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-16 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Kestrelmoor School has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(95.00 AS NUMERIC(5,2)), CAST(88.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-13 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-13 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Harvey knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-13 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Mon 16 and Tue 17 Nov went well: Harvey attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-20 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', TRUE, 'Settling well on 2 days; late once (missed the bus). Good reports from science and PE.', 'Mum to try the earlier bus; move to 3 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(50.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-27 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990107'), 'REMAIN', DATE '2026-09-21', 'Chris Dunmore (Tanglemere Community School)', 'Dual registered: stays on Tanglemere''s roll until success is acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'C999204117170');

-- ==============================================================================================
-- Case 12. PERMANENT_EXCLUSION / UNDER_REVIEW. Pupil Tobi Adebayo (UPN Z999221616341).
-- Tobi Adebayo, Year 10: Olive Academy to St Aldric's, ratified on 15 Oct, started on 3 Nov. UNDER_REVIEW from placement week 4; weekly reviews, Stage 4 evaluations and one minor incident.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'UNDER_REVIEW',                                                          -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990102'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990102'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive'),            -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-st-aldrics'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    DATE '2026-09-07',                                                       -- ap_start_date
    DATE '2026-10-02',                                                       -- four_week_review_date
    97.00,                                                                   -- attendance_percent
    94.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-09-28',                                                       -- uniform_decided_on
    'Tobi receives FSM: Olive Academy, his school of roll, buys the St Aldric''s uniform.',  -- uniform_notes
    'Folake Adebayo (mother)',                                               -- consent_given_by
    DATE '2026-09-17',                                                       -- consent_given_on
    'Meeting at Olive Academy with Marcia Okoro; process explained, consent form signed and a copy given to mum.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-10-08',                                                       -- readiness_progress_shown_on
    'Olive shared Tobi''s baseline and half-term assessments with Michael Hendricks: English up from grade 3 to 4, maths steady at 5; behaviour points down by two-thirds since September.',  -- readiness_progress_notes
    DATE '2026-10-12',                                                       -- readiness_discussed_on
    'Return discussed with Tobi and his mum at Olive; both keen. Tobi is worried about catching up in science.',  -- readiness_discussion_notes
    'Give Tobi a fresh start in Year 10 after his permanent exclusion: rebuild his relationships with adults, help him resist peer pressure outside school and keep his GCSE courses on track.',  -- stage1_aims
    'Grade 4 or better in English and maths at the October assessments; all science practicals caught up.',  -- stage1_academic_target
    'No more than 3 behaviour points a week; no incidents off site reported.',  -- stage1_behaviour_target
    '95% attendance, on time every day.',                                    -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Folake Adebayo', 'Mother', 'folake.adebayo@example.com', '31 Coppice Way, Hartswood HW3 2NB', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-08 09:00:00', 'Marcia Okoro', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Tobi started at Olive Academy on 7 Sep 2026.'),
          (TIMESTAMP '2026-09-17 17:30:00', 'Marcia Okoro', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Folake Adebayo (mother) with full understanding (R1).'),
          (TIMESTAMP '2026-09-25 14:00:00', 'Marcia Okoro', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Olive Academy returned it to the proposed receiving school, St Aldric''s (P7 week 3).'),
          (TIMESTAMP '2026-09-28 10:30:00', 'Marcia Okoro', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-10-01 16:00:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 15 Oct 2026.'),
          (TIMESTAMP '2026-10-15 10:40:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school St Aldric''s Church of England School.'),
          (TIMESTAMP '2026-11-03 15:45:00', 'Michael Hendricks', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Tobi started at St Aldric''s on Tue 3 Nov 2026 (induction Tue 3 and Wed 4 Nov).'),
          (TIMESTAMP '2026-11-24 09:00:00', 'Michael Hendricks', 'STATUS_CHANGED', 'STARTED', 'UNDER_REVIEW', 'Placement week 4: weekly reviews done; the schools now liaise with Olive Academy on the reintegration''s success (weeks 4 to 8).'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341');
-- Document: Inclusions Gateway Referral – Tobi Adebayo (plain text; CAST(... AS BYTEA) works on H2 and PostgreSQL alike)
INSERT INTO ri_case_document (id, case_id, title, kind, content_type, size_bytes, content, uploaded_by, uploaded_at)
SELECT nextval('ri_case_document_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')), 'Inclusions Gateway Referral – Tobi Adebayo', 'INCLUSIONS_GATEWAY_REFERRAL', 'text/plain; charset=UTF-8',
       OCTET_LENGTH(f.content), f.content, 'Marcia Okoro', TIMESTAMP '2026-09-28 10:25:00'
  FROM (SELECT CAST('INCLUSIONS GATEWAY REFERRAL (demo copy - every detail is fictional)
Pupil: Tobi Adebayo
Referring school / school of roll: Olive Academy
Current provision: Olive Academy
Proposed receiving school: St Aldric''s Church of England School
Reason for referral: Permanent exclusion
Reintegration Plan Stage 1: attached to the case (on track to return: yes)
Completed by: Marcia Okoro, 28 Sep 2026
' AS BYTEA) AS content) f;
-- IYFAP decision of 15 Oct 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-10-15'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990102'), NULL,
     NULL, TIMESTAMP '2026-10-15 10:40:00', 'Imran Siddiqui');
-- Transition planning meeting (Stage 3), Thu 01 Oct 2026 13:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-01 13:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-01 14:00:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', TRUE),
          ('Tobi Adebayo', 'PUPIL', TRUE),
          ('Folake Adebayo', 'PARENT_CARER', TRUE),
          ('Revd Sarah Fenwick (Chaplain, St Aldric''s)', 'OTHER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-10-01 13:00:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 2 Nov), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Michael Hendricks, Head of Year 10), subjects and teachers, buddy (Daniel, Year 10).', 'Pack given to Tobi and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'No SEND needs.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Tobi is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Tobi said he is looking forward to being back with a full GCSE timetable.', 'Yes.'),
          ('OTHER_INFORMATION', 'Science department to set catch-up practicals in two after-school sessions.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-10-01 13:00:00';
-- Planning meeting, Tue 20 Oct 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-20 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-20 11:30:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At Olive: mentoring twice a week, a youth worker for work on peer pressure, daily report card, and GCSE catch-up in English and science.',  -- planning_support_outline
    'Head of Year 10 as key adult with a daily check-in; mentor from the chaplaincy team; after-school science catch-up on Tuesdays; report card for the first four weeks.',  -- planning_support_package
    'Michael Hendricks, Head of Year 10',                                    -- planning_key_staff_member
    'Daniel (Year 10, same tutor group)',                                    -- planning_buddy
    TRUE,                                                                    -- planning_tour_given
    'Induction Tue 3 and Wed 4 Nov (Mon 2 Nov is an INSET day); then 2, 3, 4 and 5 days a week at St Aldric''s, other days at Olive.',  -- planning_agreed_timetable
    'None.',                                                                 -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Catching up in science and being judged by other pupils. Agreed: catch-up sessions and a quiet start in tutor time.',  -- planning_pupil_anxieties
    DATE '2026-11-03',                                                       -- planning_start_date
    TIME '08:30:00',                                                         -- planning_start_time
    'Mum brings Tobi to reception at 8.30am; Michael Hendricks meets them; tour with Daniel; English, maths and science; lunch with Daniel; debrief with Michael at 2.45pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', TRUE),
          ('Tobi Adebayo', 'PUPIL', TRUE),
          ('Folake Adebayo', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-10-20 10:00:00';
-- Review meeting, Fri 06 Nov 2026 15:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-06 15:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-06 15:45:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', TRUE),
          ('Tobi Adebayo', 'PUPIL', TRUE),
          ('Folake Adebayo', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-11-06 15:00:00';
-- Review meeting, Fri 13 Nov 2026 15:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-13 15:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-13 15:45:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', TRUE),
          ('Tobi Adebayo', 'PUPIL', TRUE),
          ('Folake Adebayo', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-11-13 15:00:00';
-- Review meeting, Fri 20 Nov 2026 15:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-20 15:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-20 15:45:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', TRUE),
          ('Tobi Adebayo', 'PUPIL', TRUE),
          ('Folake Adebayo', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-11-20 15:00:00';
-- Review meeting, Fri 27 Nov 2026 15:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-27 15:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-27 15:45:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', TRUE),
          ('Tobi Adebayo', 'PUPIL', TRUE),
          ('Folake Adebayo', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-11-27 15:00:00';
-- Review meeting, Fri 04 Dec 2026 15:00, scheduled
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-12-04 15:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-12-04 15:45:00',                                         -- scheduled_end
    'St Aldric''s Church of England School, meeting room 2',                 -- location
    FALSE,                                                                   -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', FALSE),
          ('Michael Hendricks (St Aldric''s)', 'RECEIVING_SCHOOL', FALSE),
          ('Tobi Adebayo', 'PUPIL', FALSE),
          ('Folake Adebayo', 'PARENT_CARER', FALSE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')) AND m.scheduled_start = TIMESTAMP '2026-12-04 15:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-07', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-14', 0, 0, 0, FALSE, 'Full week at Olive; 100% attendance there.'),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-21', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-09-28', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-05', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-10-19', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-02', 2, 2, 2, FALSE, 'Induction Tue 3 and Wed 4 Nov (Mon 2 Nov INSET day).'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-11-09', 2, 2, 2, FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-11-16', 3, 3, 3, FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-11-23', 4, 4, 3, FALSE, 'Late on Thursday: dentist appointment; mum phoned ahead.'),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-11-30', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Tobi settled well at Olive Academy: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(97.00 AS NUMERIC(5,2)), CAST(94.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-11 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Tobi is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(97.00 AS NUMERIC(5,2)), CAST(94.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-18 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Fri 25 Sep and shared. Tobi and the family have engaged with the planning, and so has St Aldric''s.', 'Book the transition planning meeting for week 4.', CAST(97.00 AS NUMERIC(5,2)), CAST(94.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-25 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at St Aldric''s on Thu 1 Oct with both schools, Tobi and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(97.00 AS NUMERIC(5,2)), CAST(94.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-02 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'St Aldric''s has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(97.00 AS NUMERIC(5,2)), CAST(94.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-23 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-23 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Tobi knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-23 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Tue 3 and Wed 4 Nov went well: Tobi attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-06 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', TRUE, 'Tobi is settling well on 2 days a week; teachers report good effort.', 'Move to 3 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-13 15:30:00'),
          (10, 'WEEK_10_SETTLING_3_DAYS', TRUE, 'Settling well on 3 days. Left a maths lesson without permission on 18 Nov after a disagreement; restorative conversation held the next day.', 'Remind Tobi of the exit card; move to 4 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-20 15:30:00'),
          (11, 'WEEK_11_SETTLING_4_DAYS', TRUE, 'Settling well on 4 days; friendships forming in the tutor group.', 'Move to 5 days next week; AP visit booked for week 12.', CAST(100.00 AS NUMERIC(5,2)), CAST(75.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-11-27 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341');
-- Incident of 18 Nov 2026: not a serious-breakdown category
INSERT INTO ri_incident (id, case_id, occurred_on, reported_by, description, breakdown_category) VALUES
    (nextval('ri_incident_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341')), DATE '2026-11-18', 'Michael Hendricks (St Aldric''s)',
     'Left period 4 maths without permission after a disagreement with another pupil; found in the library 10 minutes later. Restorative conversation with both pupils the next morning.',
     NULL);
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-09-28', 'Marcia Okoro', 'Stays on Olive Academy''s roll until success is acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'Z999221616341');

-- ==============================================================================================
-- Case 13. MEDICAL_PROVISION / UNDER_REVIEW. Pupil Grace Nwosu (UPN J999215815199).
-- Grace Nwosu, Year 11: The Bridge to Tanglemere Community School after a long hospital stay; started on 3 Nov. UNDER_REVIEW; medical handover and special-category notes.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'J999215815199'),                   -- pupil_id
    'MEDICAL_PROVISION',                                                     -- route
    'UNDER_REVIEW',                                                          -- status
    (SELECT id FROM ri_establishment WHERE urn = '990106'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990202'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-bridge'),           -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-tanglemere'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-09-07',                                                       -- ap_start_date
    DATE '2026-10-02',                                                       -- four_week_review_date
    92.00,                                                                   -- attendance_percent
    96.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-09-29',                                                       -- uniform_decided_on
    'Not in receipt of FSM: financial assistance towards the Tanglemere uniform agreed; voucher sent to the parents.',  -- uniform_notes
    DATE '2026-10-09',                                                       -- readiness_progress_shown_on
    'Helen Sato showed Chris Dunmore Grace''s progress since the baseline: English literature coursework caught up; science at grade 5; full days at The Bridge since week 3.',  -- readiness_progress_notes
    DATE '2026-10-13',                                                       -- readiness_discussed_on
    'Return discussed with Grace and both parents at The Bridge; Grace wants to sit her mocks with her new class.',  -- readiness_discussion_notes
    'After Grace''s long hospital stay, rebuild her stamina for full school days, help her manage her condition independently in school and catch up on Year 11 coursework.',  -- stage1_aims
    'English literature and science coursework caught up by half term; on track for grade 5s in the core subjects.',  -- stage1_academic_target
    'Uses her healthcare plan and tells staff when she needs a break; attends every lesson on her timetable.',  -- stage1_behaviour_target
    '90% attendance, building to full days by plan week 8.',                 -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Chioma Nwosu', 'Mother', 'chioma.nwosu@example.com', '18 Hawthorn Rise, Hartswood HW2 5TG', TRUE),
          ('Emeka Nwosu', 'Father', 'emeka.nwosu@example.com', CAST(NULL AS VARCHAR(500)), TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-08 10:30:00', 'Helen Sato', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Grace started at The Bridge on 7 Sep 2026 after discharge from hospital.'),
          (TIMESTAMP '2026-09-24 15:00:00', 'Helen Sato', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Linnetwood Academy, the referring school.'),
          (TIMESTAMP '2026-09-29 11:00:00', 'Helen Sato', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-10-01 16:10:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 15 Oct 2026.'),
          (TIMESTAMP '2026-10-15 10:55:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Tanglemere Community School.'),
          (TIMESTAMP '2026-11-03 16:00:00', 'Chris Dunmore', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Grace started at Tanglemere on Tue 3 Nov 2026.'),
          (TIMESTAMP '2026-11-24 09:10:00', 'Chris Dunmore', 'STATUS_CHANGED', 'STARTED', 'UNDER_REVIEW', 'Placement week 4: liaison with The Bridge on the reintegration''s success (weeks 4 to 8).'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Helen Sato', TIMESTAMP '2026-10-02 11:30:00', 'Grace has type 1 diabetes, diagnosed during her admission in June, and uses an insulin pump. Individual healthcare plan handed to Tanglemere; the diabetes nurse trains staff on the INSET day, 2 Nov.', TRUE),
          ('Chris Dunmore', TIMESTAMP '2026-10-16 09:00:00', 'The family moved across the borough in the summer, which is why Grace is returning to Tanglemere rather than Linnetwood.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');
-- IYFAP decision of 15 Oct 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-10-15'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990107'), NULL,
     NULL, TIMESTAMP '2026-10-15 10:55:00', 'Lorraine Baptiste');
-- Transition planning meeting (Stage 3), Fri 02 Oct 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-02 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-02 11:00:00',                                         -- scheduled_end
    'Tanglemere Community School, inclusion office',                         -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Nadia Rahman (Linnetwood Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Grace Nwosu', 'PUPIL', TRUE),
          ('Chioma Nwosu', 'PARENT_CARER', TRUE),
          ('Priya Menon (paediatric diabetes nurse)', 'LEAD_PROFESSIONAL', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')) AND m.scheduled_start = TIMESTAMP '2026-10-02 10:00:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 2 Nov), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Chris Dunmore, Pastoral Lead), subjects and teachers, buddy (Leah, Year 11).', 'Pack given to Grace and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'SEN support: extra time and rest breaks in mocks and exams.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'Individual healthcare plan from The Bridge and the diabetes nurse; staff training on 2 Nov (INSET day); snacks and kit kept in the inclusion office.', 'Agreed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Grace is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Grace is looking forward to being with people her own age again.', 'Yes.'),
          ('OTHER_INFORMATION', 'Exams officer to apply for access arrangements for the summer exams.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')) AND m.scheduled_start = TIMESTAMP '2026-10-02 10:00:00';
-- Planning meeting, Wed 21 Oct 2026 13:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-21 13:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-21 15:00:00',                                         -- scheduled_end
    'Tanglemere Community School, inclusion office',                         -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At The Bridge: teaching in small groups, a rest room, nurse support with her pump, and coursework catch-up in English and science.',  -- planning_support_outline
    'Pastoral Lead as key adult; a pass to leave lessons for checks; rest space in the inclusion office; coursework catch-up on Wednesdays; trained first aiders on each corridor.',  -- planning_support_package
    'Chris Dunmore, Pastoral Lead',                                          -- planning_key_staff_member
    'Leah (Year 11, same tutor group)',                                      -- planning_buddy
    FALSE,                                                                   -- planning_tour_given
    'Induction Tue 3 and Wed 4 Nov, 9am to 1pm; then 2, 3, 4 and 5 days a week at Tanglemere, the other days at The Bridge.',  -- planning_agreed_timetable
    'SEN support: extra time and rest breaks in assessments; printed notes when she misses part of a lesson.',  -- planning_send_adjustments
    'Healthcare plan handed over by The Bridge and the diabetes nurse; staff trained on 2 Nov; hypo kit in the inclusion office and in her bag.',  -- planning_medical_handover
    'Having a hypo in front of the class. Agreed: she can leave with her pass without asking; her buddy knows what to do.',  -- planning_pupil_anxieties
    DATE '2026-11-03',                                                       -- planning_start_date
    TIME '09:00:00',                                                         -- planning_start_time
    'Dad brings Grace at 9am to the inclusion office; plan checked with the first aider; English and science with Leah; lunch in the inclusion office; collected at 1pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Nadia Rahman (Linnetwood Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Grace Nwosu', 'PUPIL', TRUE),
          ('Chioma Nwosu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')) AND m.scheduled_start = TIMESTAMP '2026-10-21 13:30:00';
-- Review meeting, Fri 13 Nov 2026 13:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-13 13:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-13 13:45:00',                                         -- scheduled_end
    'Tanglemere Community School, inclusion office',                         -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Nadia Rahman (Linnetwood Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Grace Nwosu', 'PUPIL', TRUE),
          ('Chioma Nwosu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')) AND m.scheduled_start = TIMESTAMP '2026-11-13 13:00:00';
-- Review meeting, Fri 20 Nov 2026 13:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-20 13:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-20 13:45:00',                                         -- scheduled_end
    'Tanglemere Community School, inclusion office',                         -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Nadia Rahman (Linnetwood Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Grace Nwosu', 'PUPIL', TRUE),
          ('Chioma Nwosu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')) AND m.scheduled_start = TIMESTAMP '2026-11-20 13:00:00';
-- Review meeting, Fri 27 Nov 2026 13:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-27 13:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-27 13:45:00',                                         -- scheduled_end
    'Tanglemere Community School, inclusion office',                         -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Nadia Rahman (Linnetwood Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Grace Nwosu', 'PUPIL', TRUE),
          ('Chioma Nwosu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199')) AND m.scheduled_start = TIMESTAMP '2026-11-27 13:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-07', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-14', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-21', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-09-28', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-05', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-10-19', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-02', 2, 2, 2, FALSE, 'Induction Tue 3 and Wed 4 Nov.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-11-09', 2, 2, 2, FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-11-16', 3, 3, 2, FALSE, 'Late on Tuesday after a difficult morning at home; school told before 8.30am.'),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-11-23', 4, 4, 4, FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-11-30', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Grace settled well at The Bridge (Queens Hospital): on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(92.00 AS NUMERIC(5,2)), CAST(96.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-11 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Grace is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(92.00 AS NUMERIC(5,2)), CAST(96.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-18 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 24 Sep and shared. Grace and the family have engaged with the planning, and so has Tanglemere.', 'Book the transition planning meeting for week 4.', CAST(92.00 AS NUMERIC(5,2)), CAST(96.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-25 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Tanglemere on Fri 2 Oct with both schools, Grace and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(92.00 AS NUMERIC(5,2)), CAST(96.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-10-02 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Tanglemere has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(92.00 AS NUMERIC(5,2)), CAST(96.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-10-23 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-10-23 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Grace knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-10-23 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Tue 3 and Wed 4 Nov went well: Grace attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-11-06 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', TRUE, 'Grace is settling well on 2 days a week; teachers report good effort.', 'Move to 3 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-11-13 15:30:00'),
          (10, 'WEEK_10_SETTLING_3_DAYS', TRUE, 'Settling well on 3 days; one or two reminders about equipment.', 'Move to 4 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(66.67 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-11-20 15:30:00'),
          (11, 'WEEK_11_SETTLING_4_DAYS', TRUE, 'Settling well on 4 days; friendships forming in the tutor group.', 'Move to 5 days next week; AP visit booked for week 12.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-11-27 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990106'), 'REMAIN', DATE '2026-09-07', 'Nadia Rahman (Linnetwood Academy)', 'Stays on Linnetwood Academy''s roll while at The Bridge and during the placement (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'J999215815199');

-- ==============================================================================================
-- Case 14. DIRECTION_OFF_SITE / BROKEN_DOWN. Pupil Reece Gallagher (UPN H999206716148).
-- Reece Gallagher, Year 10: KORU to Linnetwood Academy, started on 16 Nov. BROKEN_DOWN on 25 Nov: possession of an offensive weapon, ended without a meeting (R10) and sent to the referring school, parent and IYFAP (R11).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'H999206716148'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'BROKEN_DOWN',                                                           -- status
    (SELECT id FROM ri_establishment WHERE urn = '990103'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990106'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990106'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-linnetwood'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-2'),     -- early_help_worker_id
    DATE '2026-09-21',                                                       -- ap_start_date
    DATE '2026-10-16',                                                       -- four_week_review_date
    90.00,                                                                   -- attendance_percent
    85.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-10-12',                                                       -- uniform_decided_on
    'Reece receives FSM: Quillfield buys the Linnetwood uniform.',           -- uniform_notes
    DATE '2026-11-06',                                                       -- readiness_progress_shown_on
    'Dean Whitlock showed Nadia Rahman Reece''s progress since the baseline: no threatening behaviour since week 3; English up to grade 4.',  -- readiness_progress_notes
    DATE '2026-11-06',                                                       -- readiness_discussed_on
    'Return discussed with Reece and his mum at KORU the same afternoon.',   -- readiness_discussion_notes
    'Reduce Reece''s involvement in conflict with peers in and out of school and prepare him for a fresh start; keep his GCSE courses going.',  -- stage1_aims
    'Completes KORU''s Year 10 English and maths units; grade 4 target in both.',  -- stage1_academic_target
    'No threatening behaviour; takes part in weekly mentoring and the youth worker sessions.',  -- stage1_behaviour_target
    '92% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Claire Gallagher', 'Mother', 'claire.gallagher@example.com', '7 Tanner''s Yard, Eastbrook HW5 1GH', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-22 11:00:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Quillfield directed Reece off-site to KORU from 21 Sep 2026.'),
          (TIMESTAMP '2026-10-08 14:30:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Quillfield High School.'),
          (TIMESTAMP '2026-10-12 12:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-10-22 16:00:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 5 Nov 2026.'),
          (TIMESTAMP '2026-11-05 11:25:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Linnetwood Academy.'),
          (TIMESTAMP '2026-11-16 15:30:00', 'Nadia Rahman', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Reece started at Linnetwood Academy on Mon 16 Nov 2026.'),
          (TIMESTAMP '2026-11-25 09:30:00', 'Nadia Rahman', 'STATUS_CHANGED', 'STARTED', 'BROKEN_DOWN', 'Placement ended without a meeting after a serious breakdown: possession of an offensive weapon on 24 Nov (R10). Decision sent to Quillfield High School, Reece''s mother and the IYFAP mailbox (R11).'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Samuel Boateng', TIMESTAMP '2026-11-25 17:00:00', 'Strategy discussion with the police and the youth justice service after the incident. Reece is at home with his mum; next home visit on 30 Nov.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148');
-- IYFAP decision of 5 Nov 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-11-05'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990106'), NULL,
     NULL, TIMESTAMP '2026-11-05 11:25:00', 'Imran Siddiqui');
-- Transition planning meeting (Stage 3), Wed 14 Oct 2026 15:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-14 15:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-14 16:30:00',                                         -- scheduled_end
    'Linnetwood Academy, student services',                                  -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Nadia Rahman (Linnetwood Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Reece Gallagher', 'PUPIL', TRUE),
          ('Claire Gallagher', 'PARENT_CARER', TRUE),
          ('Samuel Boateng (social worker)', 'LEAD_PROFESSIONAL', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')) AND m.scheduled_start = TIMESTAMP '2026-10-14 15:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 16 Nov), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Nadia Rahman, Deputy Headteacher), subjects and teachers, buddy (Marcus, Year 10).', 'Pack given to Reece and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'SEN support (SEMH): time-out pass and a mentor.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Reece is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Reece said he wants to ''keep his head down'' and finish his GCSEs.', 'Yes.'),
          ('OTHER_INFORMATION', 'Bag checks on arrival agreed with Reece and his mum as part of the fresh start.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')) AND m.scheduled_start = TIMESTAMP '2026-10-14 15:30:00';
-- Planning meeting, Mon 09 Nov 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-09 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-09 15:30:00',                                         -- scheduled_end
    'Linnetwood Academy, student services',                                  -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At KORU: mentoring, youth worker sessions on conflict and safety outside school, and small-group GCSE teaching.',  -- planning_support_outline
    'Deputy Headteacher as key adult; daily check-in and check-out; time-out pass; youth worker continues weekly.',  -- planning_support_package
    'Nadia Rahman, Deputy Headteacher',                                      -- planning_key_staff_member
    'Marcus (Year 10)',                                                      -- planning_buddy
    FALSE,                                                                   -- planning_tour_given
    'Induction Mon 16 and Tue 17 Nov; then 2, 3, 4 and 5 days a week at Linnetwood, the other days at KORU.',  -- planning_agreed_timetable
    'SEN support (social, emotional and mental health): time-out pass, mentor.',  -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Meeting pupils he knows from outside school. Agreed: staggered lunch for the first fortnight.',  -- planning_pupil_anxieties
    DATE '2026-11-16',                                                       -- planning_start_date
    TIME '08:30:00',                                                         -- planning_start_time
    'Mum brings Reece to student services at 8.30am; bag check; tour; English and maths; staggered lunch; check-out at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Nadia Rahman (Linnetwood Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Reece Gallagher', 'PUPIL', TRUE),
          ('Claire Gallagher', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')) AND m.scheduled_start = TIMESTAMP '2026-11-09 14:00:00';
-- Review meeting, Fri 20 Nov 2026 14:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-20 14:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-20 15:15:00',                                         -- scheduled_end
    'Linnetwood Academy, student services',                                  -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Nadia Rahman (Linnetwood Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Reece Gallagher', 'PUPIL', TRUE),
          ('Claire Gallagher', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')) AND m.scheduled_start = TIMESTAMP '2026-11-20 14:30:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-21', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-28', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-10-05', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-12', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-11-02', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-09', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-16', 2, 2, 2, FALSE, 'Induction Mon 16 and Tue 17 Nov.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-11-23', 2, 2, 2, FALSE, 'Attended Mon 23 and Tue 24 Nov; placement ended on 25 Nov.'),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-11-30', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Placement ended on 25 Nov 2026.'),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-12-07', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Placement ended on 25 Nov 2026.'),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, 'Placement ended on 25 Nov 2026.'))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Reece settled well at KORU: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(90.00 AS NUMERIC(5,2)), CAST(85.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-09-25 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Reece is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(90.00 AS NUMERIC(5,2)), CAST(85.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-02 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 8 Oct and shared. Reece and the family have engaged with the planning, and so has Linnetwood.', 'Book the transition planning meeting for week 4.', CAST(90.00 AS NUMERIC(5,2)), CAST(85.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-09 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Linnetwood on Wed 14 Oct with both schools, Reece and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(90.00 AS NUMERIC(5,2)), CAST(85.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-10-16 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Linnetwood has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(90.00 AS NUMERIC(5,2)), CAST(85.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-13 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-13 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Reece knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-13 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Mon 16 and Tue 17 Nov went well: Reece attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-20 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', FALSE, 'No. The placement ended after the incident on 24 Nov (possession of an offensive weapon).', 'Quillfield, KORU and the family to agree where Reece is educated from 30 Nov; KORU has offered his place back meanwhile.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-11-27 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148');
-- Incident of 24 Nov 2026: serious breakdown category OFFENSIVE_WEAPON
INSERT INTO ri_incident (id, case_id, occurred_on, reported_by, description, breakdown_category) VALUES
    (nextval('ri_incident_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148')), DATE '2026-11-24', 'Nadia Rahman (Linnetwood Academy)',
     'At morning break a pupil told staff that Reece had a knife. In a search with two members of staff present, a folding lock knife was found in his blazer pocket; he handed it over without resistance. The police Safer Schools officer was informed and his mother collected him at 11.15am.',
     'OFFENSIVE_WEAPON');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990103'), 'REMAIN', DATE '2026-09-21', 'Sunita Varma (Quillfield High School)', 'Dual registered: stays on Quillfield''s roll while directed off-site and during the placement (R12).'),
          ((SELECT id FROM ri_establishment WHERE urn = '990103'), 'REMAIN', DATE '2026-11-25', 'Sunita Varma (Quillfield High School)', 'Placement at Linnetwood ended. Reece was never taken off Quillfield''s roll and stays on it.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999206716148');

-- ==============================================================================================
-- Case 15. PERMANENT_EXCLUSION / RETURNED_TO_OLIVE_ACADEMY. Pupil Kacper Nowak (UPN W999215816900).
-- Kacper Nowak, now Year 10: Olive Academy to Kestrelmoor in the summer term 2026. Broke down on 26 Jun (threatening violence); RETURNED_TO_OLIVE_ACADEMY (R14).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'W999215816900'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'RETURNED_TO_OLIVE_ACADEMY',                                             -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive-2'),          -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-kestrelmoor'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-2'),     -- early_help_worker_id
    DATE '2026-04-20',                                                       -- ap_start_date
    DATE '2026-05-15',                                                       -- four_week_review_date
    93.00,                                                                   -- attendance_percent
    89.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-05-08',                                                       -- uniform_decided_on
    'Kacper receives FSM: Olive Academy, his school of roll, buys the Kestrelmoor uniform.',  -- uniform_notes
    'Agnieszka Nowak (mother)',                                              -- consent_given_by
    DATE '2026-04-28',                                                       -- consent_given_on
    'Meeting at Olive Academy with a Polish-speaking member of staff; process explained and consent signed.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-06-05',                                                       -- readiness_progress_shown_on
    'Olive showed Tom Hargreaves Kacper''s progress since the baseline: no physical incidents since week 2; reading age up 7 months.',  -- readiness_progress_notes
    DATE '2026-06-08',                                                       -- readiness_discussed_on
    'Return discussed with Kacper and his mum at Olive.',                    -- readiness_discussion_notes
    'Help Kacper manage his anger and rebuild his learning after his permanent exclusion in Year 9, with a fresh start at Kestrelmoor.',  -- stage1_aims
    'Completes the Year 9 English and maths units at Olive; reading age up 6 months.',  -- stage1_academic_target
    'No threats or physical incidents; uses the mentor check-in.',           -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Agnieszka Nowak', 'Mother', 'agnieszka.nowak@example.com', 'Flat 9, Ropewalk House, Hartswood HW1 6PA', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-04-21 09:30:00', 'Gareth Pryce', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Kacper started at Olive Academy on 20 Apr 2026.'),
          (TIMESTAMP '2026-04-28 17:00:00', 'Gareth Pryce', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Agnieszka Nowak (mother) with full understanding (R1).'),
          (TIMESTAMP '2026-05-07 15:00:00', 'Gareth Pryce', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to the proposed receiving school, Kestrelmoor School.'),
          (TIMESTAMP '2026-05-08 10:00:00', 'Gareth Pryce', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-05-21 15:00:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 4 Jun 2026.'),
          (TIMESTAMP '2026-06-04 11:00:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Kestrelmoor School.'),
          (TIMESTAMP '2026-06-15 15:30:00', 'Tom Hargreaves', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Kacper started at Kestrelmoor on Mon 15 Jun 2026.'),
          (TIMESTAMP '2026-06-26 09:00:00', 'Tom Hargreaves', 'STATUS_CHANGED', 'STARTED', 'BROKEN_DOWN', 'Placement ended without a meeting after a serious breakdown: threatening violence on 25 Jun (R10). Decision sent to Olive Academy (referring school), Kacper''s mother and the IYFAP mailbox (R11).'),
          (TIMESTAMP '2026-06-29 09:00:00', 'Gareth Pryce', 'STATUS_CHANGED', 'BROKEN_DOWN', 'RETURNED_TO_OLIVE_ACADEMY', 'Kacper returned to Olive Academy full time on 29 Jun 2026, as the policy expects after a failed reintegration following a permanent exclusion (R14).'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Gareth Pryce', TIMESTAMP '2026-06-30 15:00:00', 'Kacper has settled back at Olive. We will look at a new referral in the spring term if his progress continues; mum agrees.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900');
-- IYFAP decision of 4 Jun 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-06-04'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990105'), NULL,
     NULL, TIMESTAMP '2026-06-04 11:00:00', 'Imran Siddiqui');
-- Transition planning meeting (Stage 3), Wed 13 May 2026 13:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-05-13 13:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-05-13 14:30:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Gareth Pryce (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Kacper Nowak', 'PUPIL', TRUE),
          ('Agnieszka Nowak', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')) AND m.scheduled_start = TIMESTAMP '2026-05-13 13:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 15 Jun), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Tom Hargreaves, Head of Key Stage 3), subjects and teachers, buddy (Jakub, Year 9).', 'Pack given to Kacper and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'No SEND needs.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Kacper is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Kacper said he is looking forward to it and wants to join the football team.', 'Yes.'),
          ('OTHER_INFORMATION', 'Mum prefers calls in the late afternoon; Polish-speaking staff member at Olive can help.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')) AND m.scheduled_start = TIMESTAMP '2026-05-13 13:30:00';
-- Planning meeting, Tue 09 Jun 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-06-09 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-06-09 11:30:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At Olive: anger management group, daily mentor check-in, small-group teaching.',  -- planning_support_outline
    'Daily mentor check-in; time-out pass; Head of Key Stage 3 as key adult.',  -- planning_support_package
    'Tom Hargreaves, Head of Key Stage 3',                                   -- planning_key_staff_member
    'Jakub (Year 9)',                                                        -- planning_buddy
    TRUE,                                                                    -- planning_tour_given
    'Induction Mon 15 and Tue 16 Jun; then 2, 3, 4 and 5 days a week at Kestrelmoor.',  -- planning_agreed_timetable
    'None.',                                                                 -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Boys he fell out with at his old school live nearby.',                  -- planning_pupil_anxieties
    DATE '2026-06-15',                                                       -- planning_start_date
    TIME '08:40:00',                                                         -- planning_start_time
    'Mum brings Kacper at 8.40am; tour with Jakub; normal lessons; check-out at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Gareth Pryce (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Kacper Nowak', 'PUPIL', TRUE),
          ('Agnieszka Nowak', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')) AND m.scheduled_start = TIMESTAMP '2026-06-09 10:00:00';
-- Review meeting, Fri 19 Jun 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-06-19 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-06-19 14:45:00',                                         -- scheduled_end
    'Kestrelmoor School, pastoral office',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Gareth Pryce (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Tom Hargreaves (Kestrelmoor School)', 'RECEIVING_SCHOOL', TRUE),
          ('Kacper Nowak', 'PUPIL', TRUE),
          ('Agnieszka Nowak', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')) AND m.scheduled_start = TIMESTAMP '2026-06-19 14:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-04-20', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-04-27', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-05-04', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-05-11', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-05-18', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-06-01', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-06-08', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-06-15', 2, 2, 2, FALSE, 'Induction Mon 15 and Tue 16 Jun.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-06-22', 2, 2, 2, FALSE, 'Attended Mon 22 and Thu 25 Jun; placement ended on 26 Jun.'),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-06-29', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Placement ended on 26 Jun 2026; back at Olive Academy full time.'),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-07-06', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Placement ended on 26 Jun 2026; back at Olive Academy full time.'),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-07-13', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, 'Placement ended on 26 Jun 2026; back at Olive Academy full time.'))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Kacper settled well at Olive Academy: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(93.00 AS NUMERIC(5,2)), CAST(89.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-04-24 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Kacper is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(93.00 AS NUMERIC(5,2)), CAST(89.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-05-01 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 7 May and shared. Kacper and the family have engaged with the planning, and so has Kestrelmoor.', 'Book the transition planning meeting for week 4.', CAST(93.00 AS NUMERIC(5,2)), CAST(89.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-05-08 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Kestrelmoor on Wed 13 May with both schools, Kacper and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(93.00 AS NUMERIC(5,2)), CAST(89.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-05-15 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Kestrelmoor has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(93.00 AS NUMERIC(5,2)), CAST(89.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-06-12 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-06-12 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Kacper knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-06-12 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Mon 15 and Tue 16 Jun went well: Kacper attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-06-19 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', FALSE, 'No. The placement ended after Kacper threatened another pupil on 25 Jun.', 'Kacper returns to Olive Academy full time from 29 Jun (R14).', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Gareth Pryce', TIMESTAMP '2026-06-26 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900');
-- Incident of 25 Jun 2026: serious breakdown category THREATENING_VIOLENCE
INSERT INTO ri_incident (id, case_id, occurred_on, reported_by, description, breakdown_category) VALUES
    (nextval('ri_incident_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900')), DATE '2026-06-25', 'Tom Hargreaves (Kestrelmoor School)',
     'At lunch Kacper threatened to stab a Year 9 pupil after an argument about a football game, in front of several witnesses. No weapon was found when he was searched. He was sent home and the other pupil''s parents were told.',
     'THREATENING_VIOLENCE');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-05-08', 'Gareth Pryce', 'Stays on Olive Academy''s roll until success is acknowledged (R12).'),
          ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'RETURN', DATE '2026-06-29', 'Gareth Pryce', 'Back at Olive Academy full time after the placement ended (R14). He stayed on Olive''s roll throughout, so nothing changes in the MIS.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215816900');

-- ==============================================================================================
-- Case 16. DIRECTION_OFF_SITE / RETURNED_TO_REFERRING_SCHOOL. Pupil Ruby Chaudhry (UPN D999206717318).
-- Ruby Chaudhry, now Year 9: KORU to Elderbrook in spring 2026. Ended by agreement at a review meeting (not a serious breakdown, R10); RETURNED_TO_REFERRING_SCHOOL, Wyvernfield (R15).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'D999206717318'),                   -- pupil_id
    'DIRECTION_OFF_SITE',                                                    -- route
    'RETURNED_TO_REFERRING_SCHOOL',                                          -- status
    (SELECT id FROM ri_establishment WHERE urn = '990108'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990104'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990104'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-elderbrook'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-01-12',                                                       -- ap_start_date
    DATE '2026-02-06',                                                       -- four_week_review_date
    94.00,                                                                   -- attendance_percent
    92.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-02-02',                                                       -- uniform_decided_on
    'Not in receipt of FSM: financial assistance towards the Elderbrook uniform agreed.',  -- uniform_notes
    DATE '2026-02-27',                                                       -- readiness_progress_shown_on
    'Dean Whitlock showed Rachel Kimber Ruby''s progress since the baseline: no altercations since January; English and maths on track.',  -- readiness_progress_notes
    DATE '2026-03-02',                                                       -- readiness_discussed_on
    'Return discussed with Ruby and her mum at KORU.',                       -- readiness_discussion_notes
    'Rebuild Ruby''s relationships with peers after a friendship group at Wyvernfield broke down and led to fights; a fresh start at Elderbrook.',  -- stage1_aims
    'Keeps up with Year 8 English, maths and science at KORU.',              -- stage1_academic_target
    'No physical altercations; takes part in restorative conversations.',    -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Nasreen Chaudhry', 'Mother', 'nasreen.chaudhry@example.com', '15 Fieldfare Drive, Hartswood HW3 9WU', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-01-13 09:30:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Wyvernfield directed Ruby off-site to KORU from 12 Jan 2026.'),
          (TIMESTAMP '2026-01-29 15:00:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Wyvernfield School.'),
          (TIMESTAMP '2026-02-02 11:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-02-12 15:00:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 26 Feb 2026.'),
          (TIMESTAMP '2026-02-26 11:15:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Elderbrook Academy.'),
          (TIMESTAMP '2026-03-09 15:30:00', 'Rachel Kimber', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Ruby started at Elderbrook on Mon 9 Mar 2026.'),
          (TIMESTAMP '2026-03-25 12:00:00', 'Rachel Kimber', 'STATUS_CHANGED', 'STARTED', 'BROKEN_DOWN', 'Placement ended by agreement at the review meeting on 25 Mar: not a serious breakdown, so ended at a meeting (R10). Decision sent to Wyvernfield School, Ruby''s mother and the IYFAP mailbox (R11).'),
          (TIMESTAMP '2026-03-26 10:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'BROKEN_DOWN', 'RETURNED_TO_REFERRING_SCHOOL', 'Wyvernfield confirmed that Ruby returns there full time from 13 Apr 2026, the first day of the summer term (R15). KORU keeps her until Easter.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318');
-- IYFAP decision of 26 Feb 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-02-26'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990104'), NULL,
     NULL, TIMESTAMP '2026-02-26 11:15:00', 'Lorraine Baptiste');
-- Transition planning meeting (Stage 3), Wed 04 Feb 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-02-04 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-02-04 15:00:00',                                         -- scheduled_end
    'Elderbrook Academy, conference room',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Paul Brennan (Wyvernfield School)', 'REFERRING_SCHOOL', TRUE),
          ('Rachel Kimber (Elderbrook Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Ruby Chaudhry', 'PUPIL', TRUE),
          ('Nasreen Chaudhry', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')) AND m.scheduled_start = TIMESTAMP '2026-02-04 14:00:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 9 Mar), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Rachel Kimber, SENCo), subjects and teachers, buddy (Hollie, Year 8).', 'Pack given to Ruby and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'No SEND needs.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Ruby is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Ruby said she is a bit worried about making friends.', 'Yes.'),
          ('OTHER_INFORMATION', 'Ruby enjoys drama: invite her to the Year 8 production.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')) AND m.scheduled_start = TIMESTAMP '2026-02-04 14:00:00';
-- Planning meeting, Tue 03 Mar 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-03-03 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-03-03 11:30:00',                                         -- scheduled_end
    'Elderbrook Academy, conference room',                                   -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At KORU: restorative work, a girls'' group on friendships, small-group teaching.',  -- planning_support_outline
    'SENCo as key adult; lunchtime club; restorative conversations when needed.',  -- planning_support_package
    'Rachel Kimber, SENCo',                                                  -- planning_key_staff_member
    'Hollie (Year 8)',                                                       -- planning_buddy
    FALSE,                                                                   -- planning_tour_given
    'Induction Mon 9 and Tue 10 Mar; then 2, 3, 4 and 5 days a week at Elderbrook.',  -- planning_agreed_timetable
    'None.',                                                                 -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Making friends.',                                                       -- planning_pupil_anxieties
    DATE '2026-03-09',                                                       -- planning_start_date
    TIME '08:40:00',                                                         -- planning_start_time
    'Mum brings Ruby at 8.40am; tour with Hollie; normal lessons; check-out with Rachel at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Paul Brennan (Wyvernfield School)', 'REFERRING_SCHOOL', TRUE),
          ('Rachel Kimber (Elderbrook Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Ruby Chaudhry', 'PUPIL', TRUE),
          ('Nasreen Chaudhry', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')) AND m.scheduled_start = TIMESTAMP '2026-03-03 10:00:00';
-- Review meeting, Fri 13 Mar 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-03-13 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-03-13 14:45:00',                                         -- scheduled_end
    'Elderbrook Academy, conference room',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Paul Brennan (Wyvernfield School)', 'REFERRING_SCHOOL', TRUE),
          ('Rachel Kimber (Elderbrook Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Ruby Chaudhry', 'PUPIL', TRUE),
          ('Nasreen Chaudhry', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')) AND m.scheduled_start = TIMESTAMP '2026-03-13 14:00:00';
-- Review meeting, Wed 25 Mar 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-03-25 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-03-25 11:00:00',                                         -- scheduled_end
    'Elderbrook Academy, conference room',                                   -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Paul Brennan (Wyvernfield School)', 'REFERRING_SCHOOL', TRUE),
          ('Rachel Kimber (Elderbrook Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Ruby Chaudhry', 'PUPIL', TRUE),
          ('Nasreen Chaudhry', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')) AND m.scheduled_start = TIMESTAMP '2026-03-25 10:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-01-12', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-01-19', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-01-26', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-02-02', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-02-09', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-02-23', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-03-02', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-03-09', 2, 2, 2, FALSE, 'Induction Mon 9 and Tue 10 Mar.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-03-16', 2, 2, 2, FALSE, 'Mon 16 and Tue 17 Mar; walked out of two lessons on 17 Mar.'),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-03-23', 3, 2, 2, FALSE, 'Mon 23 (left site at lunchtime) and Wed 25 Mar (review meeting); placement ended on 25 Mar.'),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-04-13', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Back at Wyvernfield School full time from 13 Apr 2026.'),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-04-20', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, 'Back at Wyvernfield School full time from 13 Apr 2026.'))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Ruby settled well at KORU: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(94.00 AS NUMERIC(5,2)), CAST(92.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-01-16 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Ruby is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(94.00 AS NUMERIC(5,2)), CAST(92.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-01-23 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 29 Jan and shared. Ruby and the family have engaged with the planning, and so has Elderbrook Academy.', 'Book the transition planning meeting for week 4.', CAST(94.00 AS NUMERIC(5,2)), CAST(92.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-01-30 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Elderbrook Academy on Wed 4 Feb with both schools, Ruby and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(94.00 AS NUMERIC(5,2)), CAST(92.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-02-06 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Elderbrook Academy has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(94.00 AS NUMERIC(5,2)), CAST(92.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-06 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-06 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Ruby knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-06 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Mon 9 and Tue 10 Mar went well: Ruby attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-13 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', FALSE, 'Not settling: walked out of two lessons on 17 Mar after comments from other girls.', 'Key worker to meet Ruby daily; restorative meeting with the group.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-20 15:30:00'),
          (10, 'WEEK_10_SETTLING_3_DAYS', FALSE, 'No. Ruby left site on 23 Mar and says she wants to go back to Wyvernfield, where her friends are. Ending agreed at the review meeting on 25 Mar.', 'Return to Wyvernfield after Easter (R15).', CAST(66.67 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-27 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318');
-- Incident of 17 Mar 2026: not a serious-breakdown category
INSERT INTO ri_incident (id, case_id, occurred_on, reported_by, description, breakdown_category) VALUES
    (nextval('ri_incident_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')), DATE '2026-03-17', 'Rachel Kimber (Elderbrook Academy)',
     'Walked out of two lessons after comments from a group of Year 8 girls; found in the toilets and spoke with her key worker.',
     NULL);
-- Incident of 23 Mar 2026: not a serious-breakdown category
INSERT INTO ri_incident (id, case_id, occurred_on, reported_by, description, breakdown_category) VALUES
    (nextval('ri_incident_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318')), DATE '2026-03-23', 'Rachel Kimber (Elderbrook Academy)',
     'Left the site at lunchtime without permission and went home; mum phoned school at 1.15pm. Ruby said she did not feel she fitted in at Elderbrook.',
     NULL);
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990108'), 'REMAIN', DATE '2026-01-12', 'Paul Brennan (Wyvernfield School)', 'Dual registered: stays on Wyvernfield''s roll while directed off-site and during the placement (R12).'),
          ((SELECT id FROM ri_establishment WHERE urn = '990108'), 'RETURN', DATE '2026-03-26', 'Paul Brennan (Wyvernfield School)', 'Returns to Wyvernfield full time from 13 Apr 2026 (R15); dual registration with KORU ends at Easter.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'D999206717318');

-- ==============================================================================================
-- Case 17. MEDICAL_PROVISION / SUCCESSFUL. Pupil Isla Robertson (UPN H999221620232).
-- Isla Robertson, Year 6: The Bridge to Foxglove Meadow Primary, started on 3 Sep. SUCCESSFUL: signed off by the school and The Bridge, waiting for an inclusion officer's acknowledgement (R12), so still on Larkhollow's roll.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, early_help_worker_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track, outcome_school_signed_by, outcome_school_signed_on, outcome_provider_signed_by, outcome_provider_signed_on)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'H999221620232'),                   -- pupil_id
    'MEDICAL_PROVISION',                                                     -- route
    'SUCCESSFUL',                                                            -- status
    (SELECT id FROM ri_establishment WHERE urn = '990109'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990202'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990110'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990110'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-bridge'),           -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-foxglove'),     -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-social-worker-2'),     -- early_help_worker_id
    DATE '2026-06-01',                                                       -- ap_start_date
    DATE '2026-06-26',                                                       -- four_week_review_date
    95.00,                                                                   -- attendance_percent
    97.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-06-22',                                                       -- uniform_decided_on
    'Isla receives FSM: Larkhollow buys the Foxglove Meadow uniform (sweatshirts, polo shirts, PE kit).',  -- uniform_notes
    DATE '2026-07-10',                                                       -- readiness_progress_shown_on
    'Helen Sato showed Alison Pike Isla''s progress since the baseline: maths (fractions and decimals) caught up; reading at the expected standard; full days since week 4.',  -- readiness_progress_notes
    DATE '2026-07-13',                                                       -- readiness_discussed_on
    'Return discussed with Isla and her foster carer at The Bridge; Isla chose her buddy from her visit.',  -- readiness_discussion_notes
    'After Isla''s long stay in hospital, rebuild her stamina and confidence for full school days and help her settle into a new school near her foster home.',  -- stage1_aims
    'Catch up on Year 5 maths (fractions and decimals) and keep reading at age-related expectations.',  -- stage1_academic_target
    'Tells an adult when she is tired or in pain and uses her rest breaks.',  -- stage1_behaviour_target
    '90% attendance at The Bridge, building to full days.',                  -- stage1_attendance_target
    TRUE,                                                                    -- stage1_on_track
    'Alison Pike (Foxglove Meadow Primary School)',                          -- outcome_school_signed_by
    DATE '2026-11-12',                                                       -- outcome_school_signed_on
    'Helen Sato (The Bridge (Queens Hospital))',                             -- outcome_provider_signed_by
    DATE '2026-11-19'                                                        -- outcome_provider_signed_on
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Fiona McLeod', 'Foster carer', 'fiona.mcleod@example.com', '2 Orchard Mews, Hartswood HW1 2EZ', FALSE),
          ('Lauren Robertson', 'Mother', CAST(NULL AS VARCHAR(254)), 'Flat 21, Beacon Court, Eastbrook HW5 4RY', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-06-02 10:00:00', 'Helen Sato', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Isla started at The Bridge on 1 Jun 2026.'),
          (TIMESTAMP '2026-06-18 15:00:00', 'Helen Sato', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Larkhollow Primary School, the referring school.'),
          (TIMESTAMP '2026-06-22 11:00:00', 'Helen Sato', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-06-25 15:00:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 9 Jul 2026.'),
          (TIMESTAMP '2026-07-09 10:30:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Foxglove Meadow Primary School.'),
          (TIMESTAMP '2026-09-03 15:30:00', 'Alison Pike', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Isla started at Foxglove Meadow on Thu 3 Sep 2026, the first pupil day of the year.'),
          (TIMESTAMP '2026-09-21 09:00:00', 'Alison Pike', 'STATUS_CHANGED', 'STARTED', 'UNDER_REVIEW', 'Placement week 4: liaison with The Bridge on the reintegration''s success.'),
          (TIMESTAMP '2026-11-19 14:00:00', 'Helen Sato', 'STATUS_CHANGED', 'UNDER_REVIEW', 'SUCCESSFUL', 'Agreed successful by both parties: Foxglove Meadow signed off on 12 Nov, The Bridge on 19 Nov. Success reported to the IYFAP mailbox for an inclusion officer''s acknowledgement.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Helen Sato', TIMESTAMP '2026-07-14 12:00:00', 'Isla had surgery for a spinal condition and may still need rest breaks and a lift pass. Care plan shared with Foxglove''s first aiders.', TRUE),
          ('Samuel Boateng', TIMESTAMP '2026-11-20 10:00:00', 'Isla is looked after. Her foster carer has day-to-day care; the LA shares parental responsibility with her mother. Send letters to the foster carer and to her mother; copy the social worker.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232');
-- IYFAP decision of 9 Jul 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-07-09'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990110'), NULL,
     NULL, TIMESTAMP '2026-07-09 10:30:00', 'Imran Siddiqui');
-- Transition planning meeting (Stage 3), Wed 24 Jun 2026 13:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-06-24 13:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-06-24 14:30:00',                                         -- scheduled_end
    'Foxglove Meadow Primary School, headteacher''s office',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sarah Quinn (Larkhollow Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Alison Pike (Foxglove Meadow Primary School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Isla Robertson', 'PUPIL', TRUE),
          ('Fiona McLeod', 'PARENT_CARER', TRUE),
          ('Samuel Boateng (social worker)', 'LEAD_PROFESSIONAL', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')) AND m.scheduled_start = TIMESTAMP '2026-06-24 13:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8, the first days of the autumn term, subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Alison Pike, Deputy Headteacher), subjects and teachers, buddy (Maisie, Year 6).', 'Pack given to Isla and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'SEN support: rest breaks and a reduced PE programme.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'Care plan from The Bridge shared with Foxglove''s first aiders; lift pass and rest breaks.', 'Agreed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Isla is clear on what to wear and when.'),
          ('EQUIPMENT', 'Book bag, water bottle, PE kit (seated activities only this term).', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates open at 8.40am and close at 8.50am; absences reported by phone before 9am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Isla is excited about having a class again.', 'Yes.'),
          ('OTHER_INFORMATION', 'Foster carer to be the first contact; social worker copied on letters.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')) AND m.scheduled_start = TIMESTAMP '2026-06-24 13:30:00';
-- Planning meeting, Tue 14 Jul 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-07-14 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-07-14 11:30:00',                                         -- scheduled_end
    'Foxglove Meadow Primary School, headteacher''s office',                 -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At The Bridge: one-to-one and small-group teaching, physiotherapy between lessons, rest breaks.',  -- planning_support_outline
    'Deputy Headteacher as key adult; rest breaks; a reduced PE programme; a weekly call to the foster carer.',  -- planning_support_package
    'Alison Pike, Deputy Headteacher',                                       -- planning_key_staff_member
    'Maisie (Year 6)',                                                       -- planning_buddy
    TRUE,                                                                    -- planning_tour_given
    'Induction Thu 3 and Fri 4 Sep (first pupil days); then 2, 3, 4 and 5 days a week at Foxglove Meadow.',  -- planning_agreed_timetable
    'SEN support: rest breaks, reduced PE.',                                 -- planning_send_adjustments
    'Care plan shared with first aiders; lift pass.',                        -- planning_medical_handover
    'Getting tired and falling behind. Agreed: rest breaks without asking, and a catch-up folder.',  -- planning_pupil_anxieties
    DATE '2026-09-03',                                                       -- planning_start_date
    TIME '08:45:00',                                                         -- planning_start_time
    'Foster carer brings Isla at 8.45am; Alison Pike meets them; morning in class with Maisie; collected at 12.15pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sarah Quinn (Larkhollow Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Alison Pike (Foxglove Meadow Primary School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Isla Robertson', 'PUPIL', TRUE),
          ('Fiona McLeod', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')) AND m.scheduled_start = TIMESTAMP '2026-07-14 10:00:00';
-- Review meeting, Fri 11 Sep 2026 14:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-09-11 14:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-09-11 15:15:00',                                         -- scheduled_end
    'Foxglove Meadow Primary School, headteacher''s office',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sarah Quinn (Larkhollow Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Alison Pike (Foxglove Meadow Primary School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Isla Robertson', 'PUPIL', TRUE),
          ('Fiona McLeod', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')) AND m.scheduled_start = TIMESTAMP '2026-09-11 14:30:00';
-- Review meeting, Fri 18 Sep 2026 14:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-09-18 14:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-09-18 15:15:00',                                         -- scheduled_end
    'Foxglove Meadow Primary School, headteacher''s office',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sarah Quinn (Larkhollow Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Alison Pike (Foxglove Meadow Primary School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Isla Robertson', 'PUPIL', TRUE),
          ('Fiona McLeod', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')) AND m.scheduled_start = TIMESTAMP '2026-09-18 14:30:00';
-- Review meeting, Fri 16 Oct 2026 14:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-16 14:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-16 15:15:00',                                         -- scheduled_end
    'Foxglove Meadow Primary School, headteacher''s office',                 -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sarah Quinn (Larkhollow Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Alison Pike (Foxglove Meadow Primary School)', 'RECEIVING_SCHOOL', TRUE),
          ('Helen Sato (The Bridge (Queens Hospital))', 'AP', TRUE),
          ('Isla Robertson', 'PUPIL', TRUE),
          ('Fiona McLeod', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232')) AND m.scheduled_start = TIMESTAMP '2026-10-16 14:30:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-06-01', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-06-08', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-06-15', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-06-22', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-06-29', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-07-06', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-07-13', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-08-31', 2, 2, 2, FALSE, 'Induction Thu 3 and Fri 4 Sep, the first pupil days of the year.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-09-07', 2, 2, 2, FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-09-14', 3, 3, 3, FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-09-21', 4, 4, 4, FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-09-28', 5, 5, 5, TRUE, 'The Bridge visited Isla at Foxglove Meadow on Thu 1 Oct.'))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Isla settled well at The Bridge (Queens Hospital): on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(95.00 AS NUMERIC(5,2)), CAST(97.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-06-05 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Isla is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(95.00 AS NUMERIC(5,2)), CAST(97.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-06-12 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 18 Jun and shared. Isla and the family have engaged with the planning, and so has Foxglove Meadow.', 'Book the transition planning meeting for week 4.', CAST(95.00 AS NUMERIC(5,2)), CAST(97.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-06-19 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Foxglove Meadow on Wed 24 Jun with both schools, Isla and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(95.00 AS NUMERIC(5,2)), CAST(97.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-06-26 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Foxglove Meadow has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(95.00 AS NUMERIC(5,2)), CAST(97.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-07-17 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-07-17 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Isla knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-07-17 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Thu 3 and Fri 4 Sep went well: Isla attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-04 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', TRUE, 'Isla is settling well on 2 days a week; teachers report good effort.', 'Move to 3 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-11 15:30:00'),
          (10, 'WEEK_10_SETTLING_3_DAYS', TRUE, 'Settling well on 3 days; one or two reminders about equipment.', 'Move to 4 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-18 15:30:00'),
          (11, 'WEEK_11_SETTLING_4_DAYS', TRUE, 'Settling well on 4 days; friendships forming in the tutor group.', 'Move to 5 days next week; AP visit booked for week 12.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-09-25 15:30:00'),
          (12, 'WEEK_12_SETTLING_5_DAYS', TRUE, 'Full time in mainstream and settled. AP visited Isla in school this week.', 'Weekly reviews continue until the 6-week judgement.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Helen Sato', TIMESTAMP '2026-10-02 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990109'), 'REMAIN', DATE '2026-06-22', 'Sarah Quinn (Larkhollow Primary School)', 'Stays on Larkhollow''s roll until the success is acknowledged by an inclusion officer (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'H999221620232');

-- ==============================================================================================
-- Case 18. PERMANENT_EXCLUSION / SUCCESS_ACKNOWLEDGED. Pupil Yusuf Ali (UPN W999215818275).
-- Yusuf Ali, Year 8: Olive Academy to Tanglemere, started on 7 Sep. SUCCESS_ACKNOWLEDGED by an inclusion officer on 10 Nov; only then transferred to Tanglemere's roll (R12, R13).
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track, outcome_school_signed_by, outcome_school_signed_on, outcome_provider_signed_by, outcome_provider_signed_on, outcome_acknowledged_by, outcome_acknowledged_on)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'W999215818275'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'SUCCESS_ACKNOWLEDGED',                                                  -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive'),            -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-tanglemere'),   -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-1'),         -- inclusions_officer_id
    DATE '2026-06-08',                                                       -- ap_start_date
    DATE '2026-07-03',                                                       -- four_week_review_date
    96.00,                                                                   -- attendance_percent
    95.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'REFERRING_SCHOOL_BUYS',                                                 -- uniform_funding
    DATE '2026-06-26',                                                       -- uniform_decided_on
    'Yusuf receives FSM: Olive Academy, his school of roll, buys the Tanglemere uniform.',  -- uniform_notes
    'Shazia Ali (mother)',                                                   -- consent_given_by
    DATE '2026-06-10',                                                       -- consent_given_on
    'Meeting at Olive Academy with Marcia Okoro and Yusuf''s father; process explained and both parents signed.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-07-17',                                                       -- readiness_progress_shown_on
    'Olive showed Chris Dunmore Yusuf''s progress since the baseline: reading age up 10 months; no physical incidents since week 1.',  -- readiness_progress_notes
    DATE '2026-07-17',                                                       -- readiness_discussed_on
    'Return discussed with Yusuf and both parents at Olive after the hearing.',  -- readiness_discussion_notes
    'Give Yusuf a fresh start after his permanent exclusion in Year 7: manage frustration when work is hard, accept help with literacy and rebuild trust with adults.',  -- stage1_aims
    'Reading age up 9 months; completes the Year 7 maths programme.',        -- stage1_academic_target
    'No physical incidents; no more than 3 behaviour points a week.',        -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE,                                                                    -- stage1_on_track
    'Chris Dunmore (Tanglemere Community School)',                           -- outcome_school_signed_by
    DATE '2026-11-04',                                                       -- outcome_school_signed_on
    'Marcia Okoro (Olive Academy)',                                          -- outcome_provider_signed_by
    DATE '2026-11-05',                                                       -- outcome_provider_signed_on
    'Lorraine Baptiste',                                                     -- outcome_acknowledged_by
    DATE '2026-11-10'                                                        -- outcome_acknowledged_on
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Shazia Ali', 'Mother', 'shazia.ali@example.com', '64 Kingfisher Road, Hartswood HW2 7QB', TRUE),
          ('Tariq Ali', 'Father', CAST(NULL AS VARCHAR(254)), '64 Kingfisher Road, Hartswood HW2 7QB', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-06-09 09:30:00', 'Marcia Okoro', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Yusuf started at Olive Academy on 8 Jun 2026.'),
          (TIMESTAMP '2026-06-10 17:00:00', 'Marcia Okoro', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Shazia Ali (mother) with full understanding (R1).'),
          (TIMESTAMP '2026-06-25 15:00:00', 'Marcia Okoro', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Olive Academy returned it to the proposed receiving school, Tanglemere Community School.'),
          (TIMESTAMP '2026-06-26 10:00:00', 'Marcia Okoro', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-07-02 15:00:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 16 Jul 2026.'),
          (TIMESTAMP '2026-07-16 10:20:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Tanglemere Community School.'),
          (TIMESTAMP '2026-09-07 15:30:00', 'Chris Dunmore', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Yusuf started at Tanglemere on Mon 7 Sep 2026.'),
          (TIMESTAMP '2026-09-28 09:00:00', 'Chris Dunmore', 'STATUS_CHANGED', 'STARTED', 'UNDER_REVIEW', 'Placement week 4: liaison with Olive Academy on the reintegration''s success.'),
          (TIMESTAMP '2026-11-05 14:00:00', 'Marcia Okoro', 'STATUS_CHANGED', 'UNDER_REVIEW', 'SUCCESSFUL', 'Agreed successful by both parties (Tanglemere on 4 Nov, Olive Academy on 5 Nov); reported to the IYFAP mailbox before the next hearing, 19 Nov (R13).'),
          (TIMESTAMP '2026-11-10 10:15:00', 'Lorraine Baptiste', 'STATUS_CHANGED', 'SUCCESSFUL', 'SUCCESS_ACKNOWLEDGED', 'Success report acknowledged. Yusuf may now transfer to Tanglemere''s roll (R12, R13).'),
          (TIMESTAMP '2026-11-11 09:30:00', 'Marcia Okoro', 'ROLL_DECISION_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Transfer to Tanglemere Community School''s roll recorded (R13).'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275');
-- Document: Induction pack – Tanglemere Community School (Yusuf Ali) (plain text; CAST(... AS BYTEA) works on H2 and PostgreSQL alike)
INSERT INTO ri_case_document (id, case_id, title, kind, content_type, size_bytes, content, uploaded_by, uploaded_at)
SELECT nextval('ri_case_document_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')), 'Induction pack – Tanglemere Community School (Yusuf Ali)', 'INDUCTION_PACK', 'text/plain; charset=UTF-8',
       OCTET_LENGTH(f.content), f.content, 'Chris Dunmore', TIMESTAMP '2026-07-20 11:00:00'
  FROM (SELECT CAST('TANGLEMERE COMMUNITY SCHOOL - INDUCTION PACK (demo copy, fictional)
Pupil: Yusuf Ali, Year 8, tutor group 8R
Key adult: Chris Dunmore, Pastoral Lead
Buddy: Ayaan (8R)
Day: gates close 8.40am, tutor time 8.45am, lunch 12.55pm, end of day 3.05pm
Inside: timetable, floor plan, school rules, subjects and teachers.
' AS BYTEA) AS content) f;
-- IYFAP decision of 16 Jul 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-07-16'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990107'), NULL,
     NULL, TIMESTAMP '2026-07-16 10:20:00', 'Lorraine Baptiste');
-- Transition planning meeting (Stage 3), Thu 02 Jul 2026 13:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-07-02 13:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-07-02 14:30:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Yusuf Ali', 'PUPIL', TRUE),
          ('Shazia Ali', 'PARENT_CARER', TRUE),
          ('Tariq Ali', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-07-02 13:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction on Mon 7 and Tue 8 Sep, subject to ratification at IYFAP on 16 Jul.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Chris Dunmore, Pastoral Lead), subjects and teachers, buddy (Ayaan, Year 8).', 'Pack given to Yusuf and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'SEN support (literacy): reading buddy, coloured overlays, key words list.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Yusuf is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Yusuf said he is looking forward to starting with everyone else in September.', 'Yes.'),
          ('OTHER_INFORMATION', 'Yusuf attends a mosque homework club on Tuesday evenings; no after-school detentions on Tuesdays.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-07-02 13:30:00';
-- Planning meeting, Mon 20 Jul 2026 09:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-07-20 09:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-07-20 11:00:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At Olive: small-group literacy, a mentor, a calm space and a daily report to home.',  -- planning_support_outline
    'Pastoral Lead as key adult; literacy intervention three times a week; calm space; daily report for four weeks.',  -- planning_support_package
    'Chris Dunmore, Pastoral Lead',                                          -- planning_key_staff_member
    'Ayaan (Year 8)',                                                        -- planning_buddy
    TRUE,                                                                    -- planning_tour_given
    'Induction Mon 7 and Tue 8 Sep; then 2, 3, 4 and 5 days a week at Tanglemere.',  -- planning_agreed_timetable
    'SEN support (literacy): coloured overlays, key words lists, reading buddy.',  -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Being behind in reading. Agreed: no reading aloud unless he offers.',   -- planning_pupil_anxieties
    DATE '2026-09-07',                                                       -- planning_start_date
    TIME '08:40:00',                                                         -- planning_start_time
    'Dad brings Yusuf at 8.40am to the pastoral office; tour with Ayaan; normal lessons; check-out at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Yusuf Ali', 'PUPIL', TRUE),
          ('Shazia Ali', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-07-20 09:30:00';
-- Review meeting, Fri 11 Sep 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-09-11 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-09-11 14:45:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Yusuf Ali', 'PUPIL', TRUE),
          ('Shazia Ali', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-09-11 14:00:00';
-- Review meeting, Fri 18 Sep 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-09-18 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-09-18 14:45:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Yusuf Ali', 'PUPIL', TRUE),
          ('Shazia Ali', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-09-18 14:00:00';
-- Review meeting, Fri 25 Sep 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-09-25 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-09-25 14:45:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Yusuf Ali', 'PUPIL', TRUE),
          ('Shazia Ali', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-09-25 14:00:00';
-- Review meeting, Fri 16 Oct 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-10-16 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-10-16 14:45:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Marcia Okoro (Olive Academy)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Yusuf Ali', 'PUPIL', TRUE),
          ('Shazia Ali', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275')) AND m.scheduled_start = TIMESTAMP '2026-10-16 14:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-06-08', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-06-15', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-06-22', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-06-29', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-07-06', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-07-13', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-08-31', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-09-07', 2, 2, 2, FALSE, 'Induction Mon 7 and Tue 8 Sep.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-09-14', 2, 2, 2, FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-09-21', 3, 3, 3, FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-09-28', 4, 4, 4, FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-10-05', 5, 5, 4, TRUE, 'Olive visited Yusuf at Tanglemere on Wed 7 Oct. Late once (doctor''s appointment).'))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Yusuf settled well at Olive Academy: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(96.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-06-12 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Yusuf is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(96.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-06-19 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 25 Jun and shared. Yusuf and the family have engaged with the planning, and so has Tanglemere.', 'Book the transition planning meeting for week 4.', CAST(96.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-06-26 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Tanglemere on Thu 2 Jul with both schools, Yusuf and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(96.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-07-03 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Tanglemere has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(96.00 AS NUMERIC(5,2)), CAST(95.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-04 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-04 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Yusuf knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-04 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Mon 7 and Tue 8 Sep went well: Yusuf attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-11 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', TRUE, 'Yusuf is settling well on 2 days a week; teachers report good effort.', 'Move to 3 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-18 15:30:00'),
          (10, 'WEEK_10_SETTLING_3_DAYS', TRUE, 'Settling well on 3 days; one or two reminders about equipment.', 'Move to 4 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-09-25 15:30:00'),
          (11, 'WEEK_11_SETTLING_4_DAYS', TRUE, 'Settling well on 4 days; friendships forming in the tutor group.', 'Move to 5 days next week; AP visit booked for week 12.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-02 15:30:00'),
          (12, 'WEEK_12_SETTLING_5_DAYS', TRUE, 'Full time in mainstream and settled. AP visited Yusuf in school this week.', 'Weekly reviews continue until the 6-week judgement.', CAST(100.00 AS NUMERIC(5,2)), CAST(80.00 AS NUMERIC(5,2)), 'Marcia Okoro', TIMESTAMP '2026-10-09 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-06-26', 'Marcia Okoro', 'Stays on Olive Academy''s roll until success is acknowledged (R12).'),
          ((SELECT id FROM ri_establishment WHERE urn = '990107'), 'TRANSFER', DATE '2026-11-11', 'Marcia Okoro', 'Success acknowledged by the inclusion officer on 10 Nov 2026: Yusuf transfers permanently to Tanglemere''s roll (R13). Admissions & Inclusion were told on 5 Nov, before the IYFAP hearing of 19 Nov. Olive removes him from its roll once Tanglemere has added him.'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'W999215818275');

-- ==============================================================================================
-- Case 19. EHCP_TRANSITION / COMPLETED. Pupil Arjun Sandhu (UPN X999206722961).
-- Arjun Sandhu, now Year 4: EHCP Transition Programme at KORU to Thistledown Primary Academy in spring 2026. COMPLETED: both sign-offs, acknowledged, transferred to Thistledown's roll, what went well and the date KORU withdrew.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track, outcome_school_signed_by, outcome_school_signed_on, outcome_provider_signed_by, outcome_provider_signed_on, outcome_acknowledged_by, outcome_acknowledged_on, outcome_went_well, outcome_could_improve, outcome_transition_completed_on)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'X999206722961'),                   -- pupil_id
    'EHCP_TRANSITION',                                                       -- route
    'COMPLETED',                                                             -- status
    (SELECT id FROM ri_establishment WHERE urn = '990111'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990203'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990112'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990112'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-koru'),             -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-thistledown'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    DATE '2026-01-12',                                                       -- ap_start_date
    DATE '2026-02-06',                                                       -- four_week_review_date
    97.00,                                                                   -- attendance_percent
    99.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-02-02',                                                       -- uniform_decided_on
    'Not in receipt of FSM: financial assistance towards the Thistledown uniform agreed.',  -- uniform_notes
    'Harpreet Sandhu (mother)',                                              -- consent_given_by
    DATE '2026-01-27',                                                       -- consent_given_on
    'EHCP review meeting at KORU; agreed in writing.',                       -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-02-27',                                                       -- readiness_progress_shown_on
    'Dean Whitlock showed Ben Osei Arjun''s progress against his EHCP outcomes since the baseline: uses his communication book independently; counts and calculates within 50.',  -- readiness_progress_notes
    DATE '2026-03-02',                                                       -- readiness_discussed_on
    'Return discussed with Arjun (with his communication book) and his mum at KORU.',  -- readiness_discussion_notes
    'Through the EHCP Transition Programme, prepare Arjun to learn in a mainstream Year 3 class with the provision in his EHC plan: speech and language therapy, a visual timetable and small-group work.',  -- stage1_aims
    'Meets his EHCP literacy outcomes for the spring term; counts and calculates within 50.',  -- stage1_academic_target
    'Uses his communication book to ask for help; no more than two meltdowns a week, each settled within 10 minutes.',  -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE,                                                                    -- stage1_on_track
    'Ben Osei (Thistledown Primary Academy)',                                -- outcome_school_signed_by
    DATE '2026-05-01',                                                       -- outcome_school_signed_on
    'Dean Whitlock (KORU)',                                                  -- outcome_provider_signed_by
    DATE '2026-05-05',                                                       -- outcome_provider_signed_on
    'Imran Siddiqui',                                                        -- outcome_acknowledged_by
    DATE '2026-05-07',                                                       -- outcome_acknowledged_on
    'A transition planning meeting with everyone there; Arjun''s visits to Thistledown before his induction; the communication book going between home, KORU and school every day; Ben Osei''s weekly calls to mum.',  -- outcome_went_well
    'Speech and language therapy took three weeks to restart at Thistledown: the therapist should come to the planning meeting. The Easter holiday between weeks 10 and 11 unsettled Arjun: where possible, reach 5 days a week before a holiday.',  -- outcome_could_improve
    DATE '2026-05-22'                                                        -- outcome_transition_completed_on
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Harpreet Sandhu', 'Mother', 'harpreet.sandhu@example.com', '22 Nightingale Crescent, Hartswood HW4 6DF', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-01-13 10:00:00', 'Dean Whitlock', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Arjun joined KORU''s EHCP Transition Programme on 12 Jan 2026.'),
          (TIMESTAMP '2026-01-27 16:00:00', 'Dean Whitlock', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Harpreet Sandhu (mother).'),
          (TIMESTAMP '2026-01-29 15:00:00', 'Dean Whitlock', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to Pennywhistle Lane Primary School.'),
          (TIMESTAMP '2026-02-02 10:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-02-12 15:10:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 26 Feb 2026.'),
          (TIMESTAMP '2026-02-26 11:40:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'AT_PANEL', 'PLANNING', 'Ratified at IYFAP: receiving school Thistledown Primary Academy.'),
          (TIMESTAMP '2026-03-09 15:30:00', 'Ben Osei', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Arjun started at Thistledown on Mon 9 Mar 2026.'),
          (TIMESTAMP '2026-04-13 09:00:00', 'Ben Osei', 'STATUS_CHANGED', 'STARTED', 'UNDER_REVIEW', 'Placement week 4 (after the Easter holiday): liaison with KORU on the reintegration''s success.'),
          (TIMESTAMP '2026-05-05 14:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'UNDER_REVIEW', 'SUCCESSFUL', 'Agreed successful by both parties; reported to the IYFAP mailbox.'),
          (TIMESTAMP '2026-05-07 11:00:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'SUCCESSFUL', 'SUCCESS_ACKNOWLEDGED', 'Success report acknowledged; Arjun may transfer to Thistledown''s roll (R12).'),
          (TIMESTAMP '2026-05-22 15:00:00', 'Dean Whitlock', 'STATUS_CHANGED', 'SUCCESS_ACKNOWLEDGED', 'COMPLETED', 'Transition complete; KORU withdrew on 22 May 2026.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Dean Whitlock', TIMESTAMP '2026-05-07 12:00:00', 'EHC plan (speech, language and communication needs): amended plan naming Thistledown Primary Academy issued on 6 May 2026.', TRUE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961');
-- Document: Inclusions Gateway Referral – Arjun Sandhu (plain text; CAST(... AS BYTEA) works on H2 and PostgreSQL alike)
INSERT INTO ri_case_document (id, case_id, title, kind, content_type, size_bytes, content, uploaded_by, uploaded_at)
SELECT nextval('ri_case_document_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')), 'Inclusions Gateway Referral – Arjun Sandhu', 'INCLUSIONS_GATEWAY_REFERRAL', 'text/plain; charset=UTF-8',
       OCTET_LENGTH(f.content), f.content, 'Dean Whitlock', TIMESTAMP '2026-02-02 09:55:00'
  FROM (SELECT CAST('INCLUSIONS GATEWAY REFERRAL (demo copy - every detail is fictional)
Pupil: Arjun Sandhu
Referring school / school of roll: Pennywhistle Lane Primary School
Current provision: KORU
Proposed receiving school: Thistledown Primary Academy
Reason for referral: EHCP Transition Programme
Reintegration Plan Stage 1: attached to the case (on track to return: yes)
Completed by: Dean Whitlock, 2 Feb 2026
' AS BYTEA) AS content) f;
-- IYFAP decision of 26 Feb 2026: RATIFIED
INSERT INTO ri_hearing_decision (id, case_id, hearing_id, outcome, receiving_school_id, deferred_to_hearing_id, reasons, decided_at, recorded_by) VALUES
    (nextval('ri_hearing_decision_seq'), (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')), (SELECT id FROM ri_iyfap_hearing WHERE panel_date = DATE '2026-02-26'), 'RATIFIED',
     (SELECT id FROM ri_establishment WHERE urn = '990112'), NULL,
     NULL, TIMESTAMP '2026-02-26 11:40:00', 'Imran Siddiqui');
-- Transition planning meeting (Stage 3), Wed 04 Feb 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')),  -- case_id
    'TRANSITION_PLANNING',                                                   -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-02-04 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-02-04 15:00:00',                                         -- scheduled_end
    'Thistledown Primary Academy, SENCo''s room',                            -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Emma Lowther (Pennywhistle Lane Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Ben Osei (Thistledown Primary Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Arjun Sandhu', 'PUPIL', TRUE),
          ('Harpreet Sandhu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-02-04 14:00:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Provisional: induction in plan week 8 (w/c 9 Mar), subject to ratification at IYFAP.', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Ben Osei, SENCo), subjects and teachers, buddy (Theo, Year 3).', 'Pack given to Arjun and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'EHC plan provision: speech and language therapy weekly, visual timetable, small-group maths.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Arjun is clear on what to wear and when.'),
          ('EQUIPMENT', 'Book bag, water bottle, communication book.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates open at 8.40am and close at 8.50am; absences reported by phone before 9am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Arjun pointed to the ''happy'' symbol when shown photos of his new class.', 'Yes.'),
          ('OTHER_INFORMATION', 'Speech and language therapist to be invited to the planning meeting.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-02-04 14:00:00';
-- Planning meeting, Tue 03 Mar 2026 10:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')),  -- case_id
    'PLANNING',                                                              -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-03-03 10:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-03-03 11:30:00',                                         -- scheduled_end
    'Thistledown Primary Academy, SENCo''s room',                            -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At KORU: visual timetable, communication book, sensory breaks and small-group teaching.',  -- planning_support_outline
    'SENCo as key adult; teaching assistant for mornings; sensory breaks; communication book.',  -- planning_support_package
    'Ben Osei, SENCo',                                                       -- planning_key_staff_member
    'Theo (Year 3)',                                                         -- planning_buddy
    FALSE,                                                                   -- planning_tour_given
    'Induction Mon 9 and Tue 10 Mar, mornings; then 2, 3, 4 and 5 days a week at Thistledown.',  -- planning_agreed_timetable
    'EHC plan provision: weekly speech and language therapy, visual timetable, small-group maths.',  -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Noise at lunchtime. Agreed: lunch in the nurture room for the first fortnight.',  -- planning_pupil_anxieties
    DATE '2026-03-09',                                                       -- planning_start_date
    TIME '09:00:00',                                                         -- planning_start_time
    'Mum brings Arjun at 9am; Ben Osei and the teaching assistant meet them; morning in class with Theo; collected at 12pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Emma Lowther (Pennywhistle Lane Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Ben Osei (Thistledown Primary Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Arjun Sandhu', 'PUPIL', TRUE),
          ('Harpreet Sandhu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-03-03 10:00:00';
-- Review meeting, Fri 13 Mar 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-03-13 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-03-13 14:45:00',                                         -- scheduled_end
    'Thistledown Primary Academy, SENCo''s room',                            -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Emma Lowther (Pennywhistle Lane Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Ben Osei (Thistledown Primary Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Arjun Sandhu', 'PUPIL', TRUE),
          ('Harpreet Sandhu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-03-13 14:00:00';
-- Review meeting, Fri 20 Mar 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-03-20 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-03-20 14:45:00',                                         -- scheduled_end
    'Thistledown Primary Academy, SENCo''s room',                            -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Emma Lowther (Pennywhistle Lane Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Ben Osei (Thistledown Primary Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Arjun Sandhu', 'PUPIL', TRUE),
          ('Harpreet Sandhu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-03-20 14:00:00';
-- Review meeting, Fri 17 Apr 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-04-17 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-04-17 14:45:00',                                         -- scheduled_end
    'Thistledown Primary Academy, SENCo''s room',                            -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Emma Lowther (Pennywhistle Lane Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Ben Osei (Thistledown Primary Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Arjun Sandhu', 'PUPIL', TRUE),
          ('Harpreet Sandhu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-04-17 14:00:00';
-- Review meeting, Fri 01 May 2026 14:00, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-05-01 14:00:00',                                         -- scheduled_start
    TIMESTAMP '2026-05-01 14:45:00',                                         -- scheduled_end
    'Thistledown Primary Academy, SENCo''s room',                            -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Emma Lowther (Pennywhistle Lane Primary School)', 'REFERRING_SCHOOL', TRUE),
          ('Ben Osei (Thistledown Primary Academy)', 'RECEIVING_SCHOOL', TRUE),
          ('Dean Whitlock (KORU)', 'AP', TRUE),
          ('Arjun Sandhu', 'PUPIL', TRUE),
          ('Harpreet Sandhu', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961')) AND m.scheduled_start = TIMESTAMP '2026-05-01 14:00:00';
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-01-12', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-01-19', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-01-26', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-02-02', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-02-09', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-02-23', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-03-02', 0, 0, 0, FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-03-09', 2, 2, 2, FALSE, 'Induction Mon 9 and Tue 10 Mar.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-03-16', 2, 2, 2, FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-03-23', 3, 3, 3, FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-04-13', 4, 4, 4, FALSE, 'First week back after the Easter holiday.'),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2026-04-20', 5, 5, 5, TRUE, 'KORU visited Arjun at Thistledown on Wed 22 Apr.'))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961');
-- Stage 4: evaluation of the plan weeks gone by
INSERT INTO ri_evaluation (id, case_id, plan_week, question, answer, comments, actions, attendance_percent, punctuality_percent, recorded_by, recorded_at)
SELECT nextval('ri_evaluation_seq'), c.id, e.plan_week, e.question, e.answer, e.comments, e.actions, e.att, e.punct, e.recorded_by, e.recorded_at
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'WEEK_1_SETTLED', TRUE, 'Arjun settled well at KORU: on time most days and joined in with the morning check-in.', 'Keep the daily check-in; send the weekly summary home on Fridays.', CAST(97.00 AS NUMERIC(5,2)), CAST(99.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-01-16 15:30:00'),
          ( 2, 'WEEK_2_ENGAGEMENT_AIMS', TRUE, 'Yes: Arjun is working towards the engagement aims and responded well to the targets set.', 'Review the targets at the week 4 meeting.', CAST(97.00 AS NUMERIC(5,2)), CAST(99.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-01-23 15:30:00'),
          ( 3, 'WEEK_3_ENGAGED_WITH_PLANNING', TRUE, 'Stage 1 completed on Thu 29 Jan and shared. Arjun and the family have engaged with the planning, and so has Thistledown.', 'Book the transition planning meeting for week 4.', CAST(97.00 AS NUMERIC(5,2)), CAST(99.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-01-30 15:30:00'),
          ( 4, 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', TRUE, 'Transition planning meeting held at Thistledown on Wed 4 Feb with both schools, Arjun and a parent; every checklist item was covered.', 'School to prepare the induction pack and brief key staff.', CAST(97.00 AS NUMERIC(5,2)), CAST(99.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-02-06 15:30:00'),
          ( 7, 'WEEK_7_SCHOOL_PREPARATIONS', TRUE, 'Thistledown has the induction pack, the timetable and the key worker ready; staff briefed.', 'None.', CAST(97.00 AS NUMERIC(5,2)), CAST(99.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-06 15:30:00'),
          ( 7, 'WEEK_7_PARENT_PREPARATIONS', TRUE, 'Uniform and equipment bought; parent confirmed the induction arrangements.', 'None.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-06 15:30:00'),
          ( 7, 'WEEK_7_PUPIL_PREPARATIONS', TRUE, 'Arjun knows the route, has met the key worker and has looked through the induction pack.', 'Buddy to meet at reception on the first morning.', CAST(NULL AS NUMERIC(5,2)), CAST(NULL AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-06 15:30:00'),
          ( 8, 'WEEK_8_INDUCTION', TRUE, 'Two-day induction on Mon 9 and Tue 10 Mar went well: Arjun attended both days and was on time.', 'Start the phased return: 2 days in mainstream next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-13 15:30:00'),
          ( 9, 'WEEK_9_SETTLING_2_DAYS', TRUE, 'Arjun is settling well on 2 days a week; teachers report good effort.', 'Move to 3 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-20 15:30:00'),
          (10, 'WEEK_10_SETTLING_3_DAYS', TRUE, 'Settling well on 3 days; one or two reminders about equipment.', 'Move to 4 days next week.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-03-27 15:30:00'),
          (11, 'WEEK_11_SETTLING_4_DAYS', TRUE, 'Unsettled on the first day back after Easter, then settled well on 4 days.', 'Move to 5 days next week; KORU visit booked for week 12.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-04-17 15:30:00'),
          (12, 'WEEK_12_SETTLING_5_DAYS', TRUE, 'Full time in mainstream and settled. AP visited Arjun in school this week.', 'Weekly reviews continue until the 6-week judgement.', CAST(100.00 AS NUMERIC(5,2)), CAST(100.00 AS NUMERIC(5,2)), 'Dean Whitlock', TIMESTAMP '2026-04-24 15:30:00'))
    AS e (plan_week, question, answer, comments, actions, att, punct, recorded_by, recorded_at)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990111'), 'REMAIN', DATE '2026-02-02', 'Emma Lowther (Pennywhistle Lane Primary School)', 'Stays on Pennywhistle Lane''s roll until success is acknowledged (R12).'),
          ((SELECT id FROM ri_establishment WHERE urn = '990112'), 'TRANSFER', DATE '2026-05-08', 'Emma Lowther (Pennywhistle Lane Primary School)', 'Success acknowledged on 7 May 2026 and the EHC plan amended to name Thistledown Primary Academy: Arjun joins Thistledown''s roll and leaves Pennywhistle Lane''s (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'X999206722961');

-- ==============================================================================================
-- Case 20. MANAGED_MOVE / STARTED. Pupil Olivia Bennett (UPN E999206717861).
-- Olivia Bennett, Year 9: managed move from Quillfield to Tanglemere, no IYFAP hearing. STARTED on 9 Nov; the planning meeting also served as the transition planning meeting; no AP, so no plan weeks.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, receiving_school_id, current_provision_lead_id, receiving_school_lead_id, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, readiness_progress_shown_on, readiness_progress_notes, readiness_discussed_on, readiness_discussion_notes, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'E999206717861'),                   -- pupil_id
    'MANAGED_MOVE',                                                          -- route
    'STARTED',                                                               -- status
    (SELECT id FROM ri_establishment WHERE urn = '990103'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990103'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990107'),                  -- receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-quillfield'),   -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-tanglemere'),   -- receiving_school_lead_id
    86.00,                                                                   -- attendance_percent
    93.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-10-22',                                                       -- uniform_decided_on
    'Not in receipt of FSM: mum is buying the blazer; financial assistance agreed for the PE kit.',  -- uniform_notes
    'Louise Bennett (mother)',                                               -- consent_given_by
    DATE '2026-10-20',                                                       -- consent_given_on
    'Meeting at Quillfield with Sunita Varma; the managed move, the reviews and how it could end were explained; consent given in writing.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-11-02',                                                       -- readiness_progress_shown_on
    'Sunita Varma shared Olivia''s attendance and behaviour record since September with Chris Dunmore.',  -- readiness_progress_notes
    DATE '2026-10-20',                                                       -- readiness_discussed_on
    'Move discussed with Olivia and her mum at Quillfield.',                 -- readiness_discussion_notes
    'A fresh start for Olivia away from a friendship group at Quillfield that has led to repeated conflict and low attendance.',  -- stage1_aims
    'Keeps up with Year 9 work in all subjects; homework in on time.',       -- stage1_academic_target
    'No involvement in conflicts; meets her mentor at Tanglemere weekly.',   -- stage1_behaviour_target
    '95% attendance at Tanglemere.',                                         -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Louise Bennett', 'Mother', 'louise.bennett@example.com', '5 Saddler''s Close, Hartswood HW3 4HJ', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-10-12 11:00:00', 'Sunita Varma', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Managed move opened; the Attendance & Behaviour Service mailbox was told.'),
          (TIMESTAMP '2026-10-22 15:00:00', 'Sunita Varma', 'STATUS_CHANGED', 'DRAFT', 'PLANNING', 'Managed move agreed by the headteachers of Quillfield and Tanglemere. A managed move has no IYFAP hearing.'),
          (TIMESTAMP '2026-11-09 15:30:00', 'Chris Dunmore', 'STATUS_CHANGED', 'PLANNING', 'STARTED', 'Olivia started at Tanglemere Community School on Mon 9 Nov 2026.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Sunita Varma', TIMESTAMP '2026-11-13 16:30:00', 'First weekly review: Olivia settled well, full attendance this week. Next review Fri 20 Nov.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861');
-- Planning meeting (also the transition planning meeting), Thu 05 Nov 2026 15:30, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled, planning_support_outline, planning_support_package, planning_key_staff_member, planning_buddy, planning_tour_given, planning_agreed_timetable, planning_send_adjustments, planning_medical_handover, planning_pupil_anxieties, planning_start_date, planning_start_time, planning_first_day_plan)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')),  -- case_id
    'PLANNING',                                                              -- kind
    TRUE,                                                                    -- also_transition_planning
    TIMESTAMP '2026-11-05 15:30:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-05 16:30:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE,                                                                   -- cancelled
    'At Quillfield: mentoring, attendance support and mediation with the friendship group.',  -- planning_support_outline
    'Pastoral Lead as key adult; weekly mentor meeting; attendance check-in each morning for four weeks.',  -- planning_support_package
    'Chris Dunmore, Pastoral Lead',                                          -- planning_key_staff_member
    'Priya (Year 9)',                                                        -- planning_buddy
    TRUE,                                                                    -- planning_tour_given
    'Full timetable in 9T from Mon 9 Nov.',                                  -- planning_agreed_timetable
    'None.',                                                                 -- planning_send_adjustments
    'None.',                                                                 -- planning_medical_handover
    'Girls from the old group messaging her. Agreed: report any messages to her key adult; online safety session.',  -- planning_pupil_anxieties
    DATE '2026-11-09',                                                       -- planning_start_date
    TIME '08:40:00',                                                         -- planning_start_time
    'Mum brings Olivia at 8.40am; tour with Priya; tutor time in 9T; normal lessons; check-out at 3pm.'  -- planning_first_day_plan
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Olivia Bennett', 'PUPIL', TRUE),
          ('Louise Bennett', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')) AND m.scheduled_start = TIMESTAMP '2026-11-05 15:30:00';
INSERT INTO ri_meeting_checklist_row (meeting_id, item, details, outcome)
SELECT m.id, r.item, r.details, r.outcome FROM ri_meeting m,
  (VALUES ('PROPOSED_START_DATE', 'Mon 9 Nov 2026, full time (managed move).', 'Agreed by everyone present.'),
          ('INDUCTION_PACK', 'Timetable, floor plan, school rules, key staff member (Chris Dunmore, Pastoral Lead), subjects and teachers, buddy (Priya, Year 9).', 'Pack given to Olivia and parent at the meeting.'),
          ('KEY_STAFF_AWARE', 'Pen portrait and support strategies shared with the form tutor, Head of Year and subject teachers.', 'Done: briefing sent to staff and confirmed by the Head of Year.'),
          ('SCHOOL_FORMS_COMPLETED', 'Admission form, data collection sheet, photo consent and medical form completed at the meeting.', 'Done.'),
          ('SEND_HANDOVER', 'No SEND needs.', 'Agreed with AP, pupil and parent.'),
          ('MEDICAL_HANDOVER', 'No medical needs.', 'Not needed.'),
          ('UNIFORM_EXPECTATIONS', 'Uniform list given; where to buy it explained.', 'Olivia is clear on what to wear and when.'),
          ('EQUIPMENT', 'Pencil case, scientific calculator, reading book and PE kit.', 'Parent clear.'),
          ('ATTENDANCE_AND_PUNCTUALITY_POLICY', 'Gates close at 8.40am; absences reported by phone before 8.30am; target 95%.', 'Parent and pupil clear.'),
          ('LOOKING_FORWARD_TO_RETURNING', 'Olivia said she is relieved and looking forward to it.', 'Yes.'),
          ('OTHER_INFORMATION', 'Quillfield to send the safeguarding file within 5 school days.', 'Noted by the receiving school.')) AS r (item, details, outcome)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')) AND m.scheduled_start = TIMESTAMP '2026-11-05 15:30:00';
-- Review meeting, Fri 13 Nov 2026 15:15, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-13 15:15:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-13 16:00:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Olivia Bennett', 'PUPIL', TRUE),
          ('Louise Bennett', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')) AND m.scheduled_start = TIMESTAMP '2026-11-13 15:15:00';
-- Review meeting, Fri 20 Nov 2026 15:15, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-20 15:15:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-20 16:00:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Olivia Bennett', 'PUPIL', TRUE),
          ('Louise Bennett', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')) AND m.scheduled_start = TIMESTAMP '2026-11-20 15:15:00';
-- Review meeting, Fri 27 Nov 2026 15:15, held
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-11-27 15:15:00',                                         -- scheduled_start
    TIMESTAMP '2026-11-27 16:00:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    TRUE,                                                                    -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', TRUE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', TRUE),
          ('Olivia Bennett', 'PUPIL', TRUE),
          ('Louise Bennett', 'PARENT_CARER', TRUE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')) AND m.scheduled_start = TIMESTAMP '2026-11-27 15:15:00';
-- Review meeting, Fri 04 Dec 2026 15:15, scheduled
INSERT INTO ri_meeting (id, case_id, kind, also_transition_planning, scheduled_start, scheduled_end, location, held, cancelled)
VALUES (
    nextval('ri_meeting_seq'),                                               -- id
    (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')),  -- case_id
    'REVIEW',                                                                -- kind
    FALSE,                                                                   -- also_transition_planning
    TIMESTAMP '2026-12-04 15:15:00',                                         -- scheduled_start
    TIMESTAMP '2026-12-04 16:00:00',                                         -- scheduled_end
    'Tanglemere Community School, pastoral office',                          -- location
    FALSE,                                                                   -- held
    FALSE                                                                    -- cancelled
);
INSERT INTO ri_meeting_attendee (meeting_id, name, role, present)
SELECT m.id, a.name, a.role, a.present FROM ri_meeting m,
  (VALUES ('Sunita Varma (Quillfield High School)', 'REFERRING_SCHOOL', FALSE),
          ('Chris Dunmore (Tanglemere Community School)', 'RECEIVING_SCHOOL', FALSE),
          ('Olivia Bennett', 'PUPIL', FALSE),
          ('Louise Bennett', 'PARENT_CARER', FALSE)) AS a (name, role, present)
 WHERE m.case_id = (SELECT id FROM ri_reintegration_case WHERE pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861')) AND m.scheduled_start = TIMESTAMP '2026-12-04 15:15:00';
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990103'), 'REMAIN', DATE '2026-10-22', 'Sunita Varma (Quillfield High School)', 'Stays on Quillfield''s roll until the managed move is agreed successful and acknowledged (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'E999206717861');

-- ==============================================================================================
-- Case 21. PERMANENT_EXCLUSION / STOPPED_CONSENT_WITHDRAWN. Pupil Ethan Francis (UPN R999204117088).
-- Ethan Francis, Year 9: Olive Academy, proposed for Kestrelmoor. STOPPED_CONSENT_WITHDRAWN: his father withdrew consent on 12 Nov (R1) and the case came off the 19 Nov agenda.
-- ==============================================================================================
INSERT INTO ri_reintegration_case (id, version, pupil_id, route, status, referring_school_id, current_provision_id, proposed_receiving_school_id, current_provision_lead_id, receiving_school_lead_id, inclusions_officer_id, ap_start_date, four_week_review_date, attendance_percent, punctuality_percent, asylum_seeker_or_refugee, uniform_funding, uniform_decided_on, uniform_notes, consent_given_by, consent_given_on, consent_how_obtained, consent_full_understanding, consent_withdrawn_on, consent_withdrawal_reason, stage1_aims, stage1_academic_target, stage1_behaviour_target, stage1_attendance_target, stage1_on_track)
VALUES (
    nextval('ri_reintegration_case_seq'),                                    -- id
    1,                                                                       -- version
    (SELECT id FROM ri_pupil WHERE upn = 'R999204117088'),                   -- pupil_id
    'PERMANENT_EXCLUSION',                                                   -- route
    'STOPPED_CONSENT_WITHDRAWN',                                             -- status
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- referring_school_id
    (SELECT id FROM ri_establishment WHERE urn = '990201'),                  -- current_provision_id
    (SELECT id FROM ri_establishment WHERE urn = '990105'),                  -- proposed_receiving_school_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-ap-olive-2'),          -- current_provision_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-school-kestrelmoor'),  -- receiving_school_lead_id
    (SELECT id FROM ri_lead WHERE sso_subject = 'demo-inclusion-2'),         -- inclusions_officer_id
    DATE '2026-09-14',                                                       -- ap_start_date
    DATE '2026-10-09',                                                       -- four_week_review_date
    95.00,                                                                   -- attendance_percent
    96.00,                                                                   -- punctuality_percent
    FALSE,                                                                   -- asylum_seeker_or_refugee
    'FINANCIAL_ASSISTANCE',                                                  -- uniform_funding
    DATE '2026-10-23',                                                       -- uniform_decided_on
    'Not in receipt of FSM: financial assistance towards the Kestrelmoor uniform offered.',  -- uniform_notes
    'Desmond Francis (father)',                                              -- consent_given_by
    DATE '2026-10-06',                                                       -- consent_given_on
    'Meeting at Olive Academy with Gareth Pryce; process explained and consent signed.',  -- consent_how_obtained
    TRUE,                                                                    -- consent_full_understanding
    DATE '2026-11-12',                                                       -- consent_withdrawn_on
    'Mr Francis phoned Gareth Pryce: the family have applied for a school place in a neighbouring borough, nearer Ethan''s grandparents, and do not want a reintegration here while they wait for the outcome. Mrs Francis confirmed it by letter on 13 Nov.',  -- consent_withdrawal_reason
    'Give Ethan a fresh start after his permanent exclusion: manage his behaviour in unstructured time and keep his Year 9 learning on track.',  -- stage1_aims
    'Year 9 English and maths at the expected standard by December.',        -- stage1_academic_target
    'No incidents at break and lunch; uses the mentor check-in.',            -- stage1_behaviour_target
    '95% attendance.',                                                       -- stage1_attendance_target
    TRUE                                                                     -- stage1_on_track
);

-- Parents and carers (one has no e-mail: letters go to the postal address)
INSERT INTO ri_parent_carer (id, case_id, name, relationship, email, postal_address, parental_responsibility)
SELECT nextval('ri_parent_carer_seq'), c.id, v.name, v.relationship, v.email, v.postal_address, v.parental_responsibility
  FROM ri_reintegration_case c,
  (VALUES ('Desmond Francis', 'Father', 'desmond.francis@example.com', '88 Foxley Road, Hartswood HW2 1UL', TRUE),
          ('Yvonne Francis', 'Mother', CAST(NULL AS VARCHAR(254)), '88 Foxley Road, Hartswood HW2 1UL', TRUE))
    AS v (name, relationship, email, postal_address, parental_responsibility)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'R999204117088');
-- History: every change of status, and a few other steps
INSERT INTO ri_case_history_entry (id, case_id, recorded_at, recorded_by, action, from_status, to_status, reason)
SELECT nextval('ri_case_history_entry_seq'), c.id, v.recorded_at, v.recorded_by, v.action, v.from_status, v.to_status, v.reason
  FROM ri_reintegration_case c,
  (VALUES (TIMESTAMP '2026-09-15 09:00:00', 'Gareth Pryce', 'CASE_OPENED', CAST(NULL AS VARCHAR(40)), 'DRAFT', 'Case opened: Ethan started at Olive Academy on 14 Sep 2026.'),
          (TIMESTAMP '2026-10-02 15:00:00', 'Gareth Pryce', 'STAGE_1_COMPLETED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Stage 1 completed: on track to return. Returned to the proposed receiving school, Kestrelmoor School.'),
          (TIMESTAMP '2026-10-06 17:00:00', 'Gareth Pryce', 'CONSENT_RECORDED', CAST(NULL AS VARCHAR(40)), CAST(NULL AS VARCHAR(40)), 'Consent given by Desmond Francis (father) with full understanding (R1).'),
          (TIMESTAMP '2026-10-23 10:00:00', 'Gareth Pryce', 'STATUS_CHANGED', 'DRAFT', 'REFERRED', 'Inclusions Gateway Referral and Stage 1 sent to the IYFAP mailbox.'),
          (TIMESTAMP '2026-11-05 16:20:00', 'Imran Siddiqui', 'STATUS_CHANGED', 'REFERRED', 'AT_PANEL', 'Listed for the IYFAP hearing on 19 Nov 2026.'),
          (TIMESTAMP '2026-11-12 15:20:00', 'Gareth Pryce', 'STATUS_CHANGED', 'AT_PANEL', 'STOPPED_CONSENT_WITHDRAWN', 'Consent withdrawn by Ethan''s father (R1): case stopped and taken off the 19 Nov agenda until consent is given again.'))
    AS v (recorded_at, recorded_by, action, from_status, to_status, reason)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'R999204117088');
-- Notes (special_category TRUE: SEND or health information, an Article 9 condition applies)
INSERT INTO ri_case_note (id, case_id, author, written_at, text, special_category)
SELECT nextval('ri_case_note_seq'), c.id, v.author, v.written_at, v.text, v.special_category
  FROM ri_reintegration_case c,
  (VALUES ('Gareth Pryce', TIMESTAMP '2026-11-13 14:00:00', 'Letter from Mrs Francis received confirming the withdrawal. Ethan carries on at Olive full time; we will ask the family again at the spring review.', FALSE))
    AS v (author, written_at, text, special_category)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'R999204117088');
-- Stage 2: the phased return by plan week (holiday weeks skipped); actual days in mainstream for weeks gone by
INSERT INTO ri_phased_return_week (id, case_id, plan_week, step, week_starts_on, expected_days_in_mainstream, actual_days_attended, punctual_days, ap_visit_planned, notes)
SELECT nextval('ri_phased_return_week_seq'), c.id, w.plan_week, w.step, w.week_starts_on, w.expected, w.actual, w.punctual, w.visit, w.notes
  FROM ri_reintegration_case c,
  (VALUES ( 1, 'PUPIL_STARTS_AP', DATE '2026-09-14', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 2, CAST(NULL AS VARCHAR(40)), DATE '2026-09-21', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 3, 'STAGE_1_RETURNED', DATE '2026-09-28', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 4, 'TRANSITION_PREPARATION_MEETING', DATE '2026-10-05', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 5, CAST(NULL AS VARCHAR(40)), DATE '2026-10-12', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 6, CAST(NULL AS VARCHAR(40)), DATE '2026-10-19', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 7, 'PREPARATIONS', DATE '2026-11-02', 0, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          ( 8, 'INDUCTION', DATE '2026-11-23', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, 'Not started: consent withdrawn on 12 Nov 2026.'),
          ( 9, 'DAYS_IN_MAINSTREAM', DATE '2026-11-30', 2, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (10, 'DAYS_IN_MAINSTREAM', DATE '2026-12-07', 3, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (11, 'DAYS_IN_MAINSTREAM', DATE '2026-12-14', 4, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), FALSE, CAST(NULL AS VARCHAR(4000))),
          (12, 'DAYS_IN_MAINSTREAM', DATE '2027-01-04', 5, CAST(NULL AS INTEGER), CAST(NULL AS INTEGER), TRUE, CAST(NULL AS VARCHAR(4000))))
    AS w (plan_week, step, week_starts_on, expected, actual, punctual, visit, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'R999204117088');
-- Roll record: which establishment holds the pupil on roll, and the decisions about it
INSERT INTO ri_roll_record (id, case_id, establishment_id, decision, decided_on, decided_by, notes)
SELECT nextval('ri_roll_record_seq'), c.id, v.establishment_id, v.decision, v.decided_on, v.decided_by, v.notes
  FROM ri_reintegration_case c,
  (VALUES ((SELECT id FROM ri_establishment WHERE urn = '990201'), 'REMAIN', DATE '2026-10-23', 'Gareth Pryce', 'Stays on Olive Academy''s roll (R12).'))
    AS v (establishment_id, decision, decided_on, decided_by, notes)
 WHERE c.pupil_id = (SELECT id FROM ri_pupil WHERE upn = 'R999204117088');
