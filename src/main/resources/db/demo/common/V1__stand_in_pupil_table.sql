-- Demo data 1 of 4: the stand-in for the portal's own pupil table, which the plugin only reads.
-- EVERYTHING IN THIS FILE IS FICTIONAL: no pupil here is, or is meant to be, a real child.
--
-- In a real deployment this table (or a view) belongs to the portal's MIS and a deployer maps
-- its names with an XML mapping file; the embedded demo and the tests ship this stand-in.
-- It has no sequence: the MIS owns its keys, so ids 1 to 60 are plain numbers here.
--
-- UPNs follow the DfE layout: a check letter, then the LA code (3 digits), the DfE number of
-- the school that issued it (4), the year it was issued (2) and a serial (3), the check letter
-- computed with the DfE's modulus-23 rule. The LA code 999 belongs to no local authority, so
-- none of these UPNs can be a real child's.
-- Year groups are for the 2026/27 school year: NC year Y means born 1 Sep (2021 - Y) to
-- 31 Aug (2022 - Y). SEN status: N none, K SEN support, E education, health and care plan.

CREATE TABLE ri_pupil (
    id                BIGINT       PRIMARY KEY,
    upn               VARCHAR(13)  NOT NULL UNIQUE,
    given_name        VARCHAR(100) NOT NULL,
    family_name       VARCHAR(100) NOT NULL,
    date_of_birth     DATE         NOT NULL,
    year_group        INTEGER      NOT NULL,
    free_school_meals BOOLEAN      NOT NULL,
    sen_status        VARCHAR(1)   NOT NULL
);

INSERT INTO ri_pupil (id, upn, given_name, family_name, date_of_birth, year_group, free_school_meals, sen_status) VALUES
    ( 1, 'M999204117118', 'Kai', 'Thompson', DATE '2013-04-24',  9, TRUE, 'K'),
    ( 2, 'K999215816656', 'Amira', 'Haddad', DATE '2011-09-08', 10, TRUE, 'N'),
    ( 3, 'K999221618369', 'Dawit', 'Tesfaye', DATE '2014-03-19',  8, FALSE, 'N'),
    ( 4, 'D999206721059', 'Noah', 'Pearce', DATE '2017-08-23',  5, FALSE, 'E'),
    ( 5, 'U999215817099', 'Jade', 'Whitmore', DATE '2013-03-03',  9, TRUE, 'K'),
    ( 6, 'T999210316495', 'Marcus', 'Oyelaran', DATE '2011-12-07', 10, TRUE, 'K'),
    ( 7, 'E999221615735', 'Ellie-Mae', 'Turner', DATE '2011-03-04', 11, FALSE, 'N'),
    ( 8, 'L999204118541', 'Sofia', 'Marchetti', DATE '2013-09-24',  8, FALSE, 'K'),
    ( 9, 'A999215818899', 'Jayden', 'Campbell', DATE '2013-12-26',  8, TRUE, 'K'),
    (10, 'F999221619431', 'Maya', 'Sharma', DATE '2015-04-03',  7, FALSE, 'N'),
    (11, 'C999204117170', 'Harvey', 'Doyle', DATE '2013-02-21',  9, TRUE, 'N'),
    (12, 'Z999221616341', 'Tobi', 'Adebayo', DATE '2012-08-05', 10, TRUE, 'N'),
    (13, 'J999215815199', 'Grace', 'Nwosu', DATE '2010-12-24', 11, FALSE, 'K'),
    (14, 'H999206716148', 'Reece', 'Gallagher', DATE '2011-09-16', 10, TRUE, 'K'),
    (15, 'W999215816900', 'Kacper', 'Nowak', DATE '2012-03-11', 10, TRUE, 'N'),
    (16, 'D999206717318', 'Ruby', 'Chaudhry', DATE '2013-01-11',  9, FALSE, 'N'),
    (17, 'H999221620232', 'Isla', 'Robertson', DATE '2016-08-25',  6, TRUE, 'K'),
    (18, 'W999215818275', 'Yusuf', 'Ali', DATE '2014-05-18',  8, TRUE, 'K'),
    (19, 'X999206722961', 'Arjun', 'Sandhu', DATE '2018-03-11',  4, FALSE, 'E'),
    (20, 'E999206717861', 'Olivia', 'Bennett', DATE '2012-10-02',  9, FALSE, 'N'),
    (21, 'R999204117088', 'Ethan', 'Francis', DATE '2012-12-27',  9, FALSE, 'N'),
    (22, 'R999204123790', 'Amelia', 'Hughes', DATE '2018-10-15',  3, FALSE, 'N'),
    (23, 'B999204119372', 'Oliver', 'Price', DATE '2015-07-02',  7, FALSE, 'N'),
    (24, 'P999204118404', 'Aisha', 'Begum', DATE '2013-09-04',  8, TRUE, 'N'),
    (25, 'F999215820620', 'Zofia', 'Kowalczyk', DATE '2016-01-30',  6, FALSE, 'N'),
    (26, 'X999210316571', 'Tyler', 'O''Brien', DATE '2012-07-07', 10, TRUE, 'K'),
    (27, 'D999206715837', 'Priya', 'Patel', DATE '2011-02-13', 11, FALSE, 'N'),
    (28, 'L999206717865', 'Daniel', 'Okafor', DATE '2012-09-23',  9, FALSE, 'N'),
    (29, 'W999206724559', 'Chloe', 'Whitaker', DATE '2019-10-23',  2, FALSE, 'N'),
    (30, 'Y999206721621', 'Mohammed', 'Hussain', DATE '2017-06-12',  5, TRUE, 'N'),
    (31, 'H999221619552', 'Leah', 'Adeyemi', DATE '2015-03-13',  7, FALSE, 'K'),
    (32, 'Q999221618986', 'Alfie', 'Marsh', DATE '2014-04-02',  8, TRUE, 'K'),
    (33, 'Q999204122495', 'Sienna', 'Clarke', DATE '2018-03-24',  4, FALSE, 'N'),
    (34, 'R999204116332', 'Ibrahim', 'Osman', DATE '2012-03-08', 10, TRUE, 'N'),
    (35, 'R999215815412', 'Connor', 'McBride', DATE '2011-06-15', 11, TRUE, 'K'),
    (36, 'U999204124061', 'Poppy', 'Fletcher', DATE '2020-04-22',  2, FALSE, 'N'),
    (37, 'K999215820804', 'Amara', 'Okonkwo', DATE '2016-08-18',  6, FALSE, 'N'),
    (38, 'D999204117190', 'Reuben', 'Levy', DATE '2013-04-29',  9, FALSE, 'N'),
    (39, 'F999221616507', 'Callum', 'Reid', DATE '2012-03-24', 10, FALSE, 'K'),
    (40, 'B999221623312', 'Fatima', 'Khan', DATE '2018-09-30',  3, TRUE, 'N'),
    (41, 'M999210321660', 'Lily-Rose', 'Cartwright', DATE '2017-07-04',  5, TRUE, 'E'),
    (42, 'P999206719788', 'Nia', 'Griffiths', DATE '2015-03-31',  7, FALSE, 'N'),
    (43, 'V999204118500', 'Bilal', 'Qureshi', DATE '2014-02-14',  8, FALSE, 'N'),
    (44, 'V999204115773', 'Jessica', 'Hale', DATE '2011-07-14', 11, FALSE, 'N'),
    (45, 'B999206717828', 'Dominik', 'Horvath', DATE '2012-10-16',  9, TRUE, 'N'),
    (46, 'P999204122446', 'Summer', 'Ellis', DATE '2018-06-01',  4, TRUE, 'K'),
    (47, 'Y999204116886', 'Harriet', 'Pemberton', DATE '2011-09-16', 10, FALSE, 'N'),
    (48, 'Z999210315303', 'Tariq', 'Mahmood', DATE '2010-12-16', 11, TRUE, 'N'),
    (49, 'U999206723356', 'Freddie', 'Lawson', DATE '2019-05-07',  3, FALSE, 'N'),
    (50, 'N999210320787', 'Zara', 'Ahmed', DATE '2015-10-13',  6, FALSE, 'K'),
    (51, 'Q999221619410', 'Elijah', 'Mensah', DATE '2015-08-03',  7, TRUE, 'N'),
    (52, 'A999221624461', 'Mia', 'Kaczmarek', DATE '2019-12-31',  2, TRUE, 'N'),
    (53, 'Y999221621416', 'Oscar', 'Fairweather', DATE '2017-08-15',  5, FALSE, 'N'),
    (54, 'Y999221618080', 'Hana', 'Yilmaz', DATE '2013-09-06',  8, FALSE, 'N'),
    (55, 'W999215816163', 'Louis', 'Ferreira', DATE '2012-04-13', 10, TRUE, 'E'),
    (56, 'E999210317702', 'Evie', 'Harrington', DATE '2012-10-10',  9, FALSE, 'N'),
    (57, 'X999204122906', 'Samir', 'Jaber', DATE '2018-05-30',  4, FALSE, 'N'),
    (58, 'X999204115072', 'Ava', 'Kennedy', DATE '2010-12-01', 11, FALSE, 'K'),
    (59, 'H999221620699', 'Kofi', 'Asante', DATE '2016-05-26',  6, TRUE, 'N'),
    (60, 'A999215823475', 'Erin', 'Doherty', DATE '2018-10-03',  3, FALSE, 'N');
