-- Demo data 2 of 4: school-day calendars.
-- The establishments and people elsewhere in the demo are fictional; the calendars (a) and (b)
-- are real dates, each with its source, and (c) is INVENTED and flagged as an example.
--
-- (a) Bank holidays in England and Wales, 2020 to 2027, from the GOV.UK list.
-- (b) Havering's LA term dates for 2024/25, the only year found published (quoted by a
--     Havering school). The LA's dates carry no INSET days: each school sets its own.
-- (c) An example calendar for 2026/27 and 2027/28, invented so the demo can count school
--     days now. Its bank holidays are the real ones from (a); 2028's are not in our sources
--     yet, so none is entered for 2028. The demo's establishments use this calendar (V3).
-- None of these calendars belongs to one school (establishment_id NULL): they are the LA's
-- or the country's, not a school's own.

-- (a) ------------------------------------------------------------------------------------------
INSERT INTO ri_school_calendar (id, version, name, source, example, establishment_id) VALUES
    (nextval('ri_school_calendar_seq'), 1, 'Bank holidays, England and Wales',
     'GOV.UK bank holidays (gov.uk/bank-holidays.json, division england-and-wales)',
     FALSE, NULL);

INSERT INTO ri_calendar_period (id, calendar_id, kind, label, first_day, last_day) VALUES
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2020-01-01', DATE '2020-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2020-04-10', DATE '2020-04-10'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2020-04-13', DATE '2020-04-13'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday (VE day)', DATE '2020-05-08', DATE '2020-05-08'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2020-05-25', DATE '2020-05-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2020-08-31', DATE '2020-08-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day', DATE '2020-12-25', DATE '2020-12-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day (substitute day)', DATE '2020-12-28', DATE '2020-12-28'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2021-01-01', DATE '2021-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2021-04-02', DATE '2021-04-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2021-04-05', DATE '2021-04-05'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2021-05-03', DATE '2021-05-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2021-05-31', DATE '2021-05-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2021-08-30', DATE '2021-08-30'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day (substitute day)', DATE '2021-12-27', DATE '2021-12-27'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day (substitute day)', DATE '2021-12-28', DATE '2021-12-28'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day (substitute day)', DATE '2022-01-03', DATE '2022-01-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2022-04-15', DATE '2022-04-15'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2022-04-18', DATE '2022-04-18'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2022-05-02', DATE '2022-05-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2022-06-02', DATE '2022-06-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Platinum Jubilee bank holiday', DATE '2022-06-03', DATE '2022-06-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2022-08-29', DATE '2022-08-29'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Bank Holiday for the State Funeral of Queen Elizabeth II', DATE '2022-09-19', DATE '2022-09-19'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day', DATE '2022-12-26', DATE '2022-12-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day (substitute day)', DATE '2022-12-27', DATE '2022-12-27'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day (substitute day)', DATE '2023-01-02', DATE '2023-01-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2023-04-07', DATE '2023-04-07'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2023-04-10', DATE '2023-04-10'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2023-05-01', DATE '2023-05-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Bank holiday for the coronation of King Charles III', DATE '2023-05-08', DATE '2023-05-08'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2023-05-29', DATE '2023-05-29'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2023-08-28', DATE '2023-08-28'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day', DATE '2023-12-25', DATE '2023-12-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day', DATE '2023-12-26', DATE '2023-12-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2024-01-01', DATE '2024-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2024-03-29', DATE '2024-03-29'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2024-04-01', DATE '2024-04-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2024-05-06', DATE '2024-05-06'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2024-05-27', DATE '2024-05-27'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2024-08-26', DATE '2024-08-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day', DATE '2024-12-25', DATE '2024-12-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day', DATE '2024-12-26', DATE '2024-12-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2025-01-01', DATE '2025-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2025-04-18', DATE '2025-04-18'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2025-04-21', DATE '2025-04-21'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2025-05-05', DATE '2025-05-05'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2025-05-26', DATE '2025-05-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2025-08-25', DATE '2025-08-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day', DATE '2025-12-25', DATE '2025-12-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day', DATE '2025-12-26', DATE '2025-12-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2026-01-01', DATE '2026-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2026-04-03', DATE '2026-04-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2026-04-06', DATE '2026-04-06'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2026-05-04', DATE '2026-05-04'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2026-05-25', DATE '2026-05-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2026-08-31', DATE '2026-08-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day', DATE '2026-12-25', DATE '2026-12-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day (substitute day)', DATE '2026-12-28', DATE '2026-12-28'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2027-01-01', DATE '2027-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Good Friday', DATE '2027-03-26', DATE '2027-03-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2027-03-29', DATE '2027-03-29'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2027-05-03', DATE '2027-05-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2027-05-31', DATE '2027-05-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2027-08-30', DATE '2027-08-30'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Christmas Day (substitute day)', DATE '2027-12-27', DATE '2027-12-27'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Bank holidays, England and Wales'), 'BANK_HOLIDAY', 'Boxing Day (substitute day)', DATE '2027-12-28', DATE '2027-12-28');

-- (b) ------------------------------------------------------------------------------------------
INSERT INTO ri_school_calendar (id, version, name, source, example, establishment_id) VALUES
    (nextval('ri_school_calendar_seq'), 1, 'Havering LA term dates 2024/25',
     'London Borough of Havering term dates 2024/25 for community and voluntary-controlled schools, without INSET days, as quoted on the term dates page of Engayne Primary School, a Havering school (engayne.co.uk/about-us/term-dates). That page gives the Christmas holiday as 23/12/2024 - 06/01/2025, overlapping the first day of the spring term; it is entered here as ending on Fri 3 Jan 2025.',
     FALSE, NULL);

INSERT INTO ri_calendar_period (id, calendar_id, kind, label, first_day, last_day) VALUES
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'TERM', 'Autumn term 2024', DATE '2024-09-02', DATE '2024-12-20'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'HALF_TERM', 'Autumn half term 2024', DATE '2024-10-28', DATE '2024-11-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'HOLIDAY', 'Christmas holiday 2024/25', DATE '2024-12-23', DATE '2025-01-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'TERM', 'Spring term 2025', DATE '2025-01-06', DATE '2025-04-04'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'HALF_TERM', 'Spring half term 2025', DATE '2025-02-17', DATE '2025-02-21'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'HOLIDAY', 'Easter holiday 2025', DATE '2025-04-07', DATE '2025-04-21'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'TERM', 'Summer term 2025', DATE '2025-04-22', DATE '2025-07-22'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'BANK_HOLIDAY', 'May Day', DATE '2025-05-05', DATE '2025-05-05'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'Havering LA term dates 2024/25'), 'HALF_TERM', 'Summer half term 2025', DATE '2025-05-26', DATE '2025-05-30');

-- (c) EXAMPLE: invented dates ---------------------------------------------------------------------
-- Terms run from the first to the last day of term; half terms, holidays, INSET days and bank
-- holidays inside them are days without pupils. About 190 pupil days a year, 5 INSET days.
INSERT INTO ri_school_calendar (id, version, name, source, example, establishment_id) VALUES
    (nextval('ri_school_calendar_seq'), 1, 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28',
     'Invented for the demo; not the borough''s dates',
     TRUE, NULL);

INSERT INTO ri_calendar_period (id, calendar_id, kind, label, first_day, last_day) VALUES
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'TERM', 'Autumn term 2026', DATE '2026-09-01', DATE '2026-12-18'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2026-09-01', DATE '2026-09-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HALF_TERM', 'Autumn half term 2026', DATE '2026-10-26', DATE '2026-10-30'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2026-11-02', DATE '2026-11-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HOLIDAY', 'Christmas holiday 2026/27', DATE '2026-12-21', DATE '2027-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Christmas Day', DATE '2026-12-25', DATE '2026-12-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Boxing Day (substitute day)', DATE '2026-12-28', DATE '2026-12-28'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'New Year’s Day', DATE '2027-01-01', DATE '2027-01-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'TERM', 'Spring term 2027', DATE '2027-01-04', DATE '2027-03-25'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2027-01-04', DATE '2027-01-04'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HALF_TERM', 'Spring half term 2027', DATE '2027-02-15', DATE '2027-02-19'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HOLIDAY', 'Easter holiday 2027', DATE '2027-03-26', DATE '2027-04-09'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Good Friday', DATE '2027-03-26', DATE '2027-03-26'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Easter Monday', DATE '2027-03-29', DATE '2027-03-29'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'TERM', 'Summer term 2027', DATE '2027-04-12', DATE '2027-07-21'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Early May bank holiday', DATE '2027-05-03', DATE '2027-05-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HALF_TERM', 'Summer half term 2027', DATE '2027-05-31', DATE '2027-06-04'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Spring bank holiday', DATE '2027-05-31', DATE '2027-05-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2027-06-07', DATE '2027-06-07'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HOLIDAY', 'Summer holiday 2027', DATE '2027-07-22', DATE '2027-08-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Summer bank holiday', DATE '2027-08-30', DATE '2027-08-30'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'TERM', 'Autumn term 2027', DATE '2027-09-01', DATE '2027-12-17'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2027-09-01', DATE '2027-09-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HALF_TERM', 'Autumn half term 2027', DATE '2027-10-25', DATE '2027-10-29'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2027-11-01', DATE '2027-11-01'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HOLIDAY', 'Christmas holiday 2027/28', DATE '2027-12-20', DATE '2028-01-03'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Christmas Day (substitute day)', DATE '2027-12-27', DATE '2027-12-27'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'BANK_HOLIDAY', 'Boxing Day (substitute day)', DATE '2027-12-28', DATE '2027-12-28'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'TERM', 'Spring term 2028', DATE '2028-01-04', DATE '2028-03-31'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2028-01-04', DATE '2028-01-04'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HALF_TERM', 'Spring half term 2028', DATE '2028-02-14', DATE '2028-02-18'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HOLIDAY', 'Easter holiday 2028', DATE '2028-04-03', DATE '2028-04-17'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'TERM', 'Summer term 2028', DATE '2028-04-18', DATE '2028-07-20'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HALF_TERM', 'Summer half term 2028', DATE '2028-05-29', DATE '2028-06-02'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'INSET_DAY', 'INSET day', DATE '2028-06-05', DATE '2028-06-05'),
    (nextval('ri_calendar_period_seq'), (SELECT id FROM ri_school_calendar WHERE name = 'EXAMPLE – invented for the demo: school years 2026/27 and 2027/28'), 'HOLIDAY', 'Summer holiday 2028', DATE '2028-07-21', DATE '2028-08-31');
