-- The Reintegration plugin's own tables. Runs unchanged on H2 2.2 and PostgreSQL 15.
-- The pupil table (ri_pupil by default) belongs to the portal: it is read, never created here,
-- and no foreign key points at it. Sequences step by 50, the entities' allocation size.

CREATE SEQUENCE ri_school_calendar_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_calendar_period_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_establishment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_lead_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_reintegration_case_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_parent_carer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_roll_record_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_case_document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_case_note_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_case_history_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_phased_return_week_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_evaluation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_meeting_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_iyfap_hearing_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_hearing_decision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ri_incident_seq START WITH 1 INCREMENT BY 50;

-- Calendars ------------------------------------------------------------------------------------

CREATE TABLE ri_school_calendar (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    source           VARCHAR(1000) NOT NULL,
    example          BOOLEAN       DEFAULT FALSE NOT NULL,
    establishment_id BIGINT,
    CONSTRAINT pk_ri_school_calendar PRIMARY KEY (id)
);

CREATE TABLE ri_calendar_period (
    id          BIGINT       NOT NULL,
    calendar_id BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    CONSTRAINT pk_ri_calendar_period PRIMARY KEY (id),
    CONSTRAINT fk_ri_calendar_period_calendar FOREIGN KEY (calendar_id) REFERENCES ri_school_calendar (id),
    CONSTRAINT ck_ri_calendar_period_kind CHECK (kind IN ('TERM', 'HALF_TERM', 'HOLIDAY', 'BANK_HOLIDAY', 'INSET_DAY', 'CLOSURE')),
    CONSTRAINT ck_ri_calendar_period_days CHECK (last_day >= first_day)
);
CREATE INDEX ix_ri_calendar_period_calendar ON ri_calendar_period (calendar_id, first_day);

-- Parties --------------------------------------------------------------------------------------

CREATE TABLE ri_establishment (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    urn         VARCHAR(7),
    mailbox     VARCHAR(254) NOT NULL,
    academy     BOOLEAN      DEFAULT FALSE NOT NULL,
    calendar_id BIGINT,
    CONSTRAINT pk_ri_establishment PRIMARY KEY (id),
    CONSTRAINT uq_ri_establishment_urn UNIQUE (urn),
    CONSTRAINT fk_ri_establishment_calendar FOREIGN KEY (calendar_id) REFERENCES ri_school_calendar (id),
    CONSTRAINT ck_ri_establishment_kind CHECK (kind IN ('MAINSTREAM', 'AP_ACADEMY', 'MEDICAL_PROVISION', 'OTHER_AP'))
);
CREATE INDEX ix_ri_establishment_calendar ON ri_establishment (calendar_id);

ALTER TABLE ri_school_calendar
    ADD CONSTRAINT fk_ri_school_calendar_establishment FOREIGN KEY (establishment_id) REFERENCES ri_establishment (id);
CREATE INDEX ix_ri_school_calendar_establishment ON ri_school_calendar (establishment_id);

CREATE TABLE ri_lead (
    id               BIGINT       NOT NULL,
    version          BIGINT       NOT NULL,
    role             VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    sso_subject      VARCHAR(255),
    establishment_id BIGINT,
    CONSTRAINT pk_ri_lead PRIMARY KEY (id),
    CONSTRAINT fk_ri_lead_establishment FOREIGN KEY (establishment_id) REFERENCES ri_establishment (id),
    CONSTRAINT ck_ri_lead_role CHECK (role IN ('CURRENT_SCHOOL_OR_AP_LEAD', 'RECEIVING_SCHOOL_LEAD', 'INCLUSIONS_OFFICER', 'EARLY_HELP_OR_SOCIAL_WORKER'))
);
CREATE INDEX ix_ri_lead_establishment ON ri_lead (establishment_id);
CREATE INDEX ix_ri_lead_sso_subject ON ri_lead (sso_subject);

-- The case -------------------------------------------------------------------------------------

CREATE TABLE ri_reintegration_case (
    id                              BIGINT        NOT NULL,
    version                         BIGINT        NOT NULL,
    pupil_id                        BIGINT        NOT NULL,
    route                           VARCHAR(30)   NOT NULL,
    status                          VARCHAR(40)   NOT NULL,
    referring_school_id             BIGINT        NOT NULL,
    current_provision_id            BIGINT        NOT NULL,
    proposed_receiving_school_id    BIGINT,
    receiving_school_id             BIGINT,
    current_provision_lead_id       BIGINT,
    receiving_school_lead_id        BIGINT,
    inclusions_officer_id           BIGINT,
    early_help_worker_id            BIGINT,
    ap_start_date                   DATE,
    four_week_review_date           DATE,
    attendance_percent              NUMERIC(5,2),
    punctuality_percent             NUMERIC(5,2),
    asylum_seeker_or_refugee        BOOLEAN       DEFAULT FALSE NOT NULL,
    -- UniformSupport (R4, P5)
    uniform_funding                 VARCHAR(30),
    uniform_decided_on              DATE,
    uniform_notes                   VARCHAR(1000),
    -- Consent (R1, P4)
    consent_given_by                VARCHAR(200),
    consent_given_on                DATE,
    consent_how_obtained            VARCHAR(500),
    consent_full_understanding      BOOLEAN,
    consent_withdrawn_on            DATE,
    consent_withdrawal_reason       VARCHAR(4000),
    -- ReadinessEvidence (R2, P4)
    readiness_progress_shown_on     DATE,
    readiness_progress_notes        VARCHAR(4000),
    readiness_discussed_on          DATE,
    readiness_discussion_notes      VARCHAR(4000),
    -- Stage1Readiness (R3, P7)
    stage1_aims                     VARCHAR(4000),
    stage1_academic_target          VARCHAR(1000),
    stage1_behaviour_target         VARCHAR(1000),
    stage1_attendance_target        VARCHAR(1000),
    stage1_on_track                 BOOLEAN,
    stage1_not_on_track_reason      VARCHAR(4000),
    stage1_barrier_requirement      VARCHAR(4000),
    stage1_estimated_weeks          INTEGER,
    stage1_reassessed_on            DATE,
    -- Outcome (P4-P6, P9)
    outcome_school_signed_by        VARCHAR(200),
    outcome_school_signed_on        DATE,
    outcome_provider_signed_by      VARCHAR(200),
    outcome_provider_signed_on      DATE,
    outcome_acknowledged_by         VARCHAR(200),
    outcome_acknowledged_on         DATE,
    outcome_went_well               VARCHAR(4000),
    outcome_could_improve           VARCHAR(4000),
    outcome_transition_completed_on DATE,
    CONSTRAINT pk_ri_reintegration_case PRIMARY KEY (id),
    CONSTRAINT fk_ri_case_referring_school FOREIGN KEY (referring_school_id) REFERENCES ri_establishment (id),
    CONSTRAINT fk_ri_case_current_provision FOREIGN KEY (current_provision_id) REFERENCES ri_establishment (id),
    CONSTRAINT fk_ri_case_proposed_receiving_school FOREIGN KEY (proposed_receiving_school_id) REFERENCES ri_establishment (id),
    CONSTRAINT fk_ri_case_receiving_school FOREIGN KEY (receiving_school_id) REFERENCES ri_establishment (id),
    CONSTRAINT fk_ri_case_current_provision_lead FOREIGN KEY (current_provision_lead_id) REFERENCES ri_lead (id),
    CONSTRAINT fk_ri_case_receiving_school_lead FOREIGN KEY (receiving_school_lead_id) REFERENCES ri_lead (id),
    CONSTRAINT fk_ri_case_inclusions_officer FOREIGN KEY (inclusions_officer_id) REFERENCES ri_lead (id),
    CONSTRAINT fk_ri_case_early_help_worker FOREIGN KEY (early_help_worker_id) REFERENCES ri_lead (id),
    CONSTRAINT ck_ri_case_route CHECK (route IN ('PERMANENT_EXCLUSION', 'DIRECTION_OFF_SITE', 'MEDICAL_PROVISION', 'EHCP_TRANSITION', 'MANAGED_MOVE')),
    CONSTRAINT ck_ri_case_status CHECK (status IN ('DRAFT', 'REFERRED', 'AT_PANEL', 'DEFERRED', 'DECLINED', 'NOT_READY', 'PLANNING', 'STARTED', 'UNDER_REVIEW', 'SUCCESSFUL', 'SUCCESS_ACKNOWLEDGED', 'COMPLETED', 'BROKEN_DOWN', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL', 'STOPPED_CONSENT_WITHDRAWN')),
    CONSTRAINT ck_ri_case_uniform_funding CHECK (uniform_funding IN ('REFERRING_SCHOOL_BUYS', 'FINANCIAL_ASSISTANCE', 'NONE_NEEDED')),
    CONSTRAINT ck_ri_case_attendance CHECK (attendance_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_ri_case_punctuality CHECK (punctuality_percent BETWEEN 0 AND 100)
);
CREATE INDEX ix_ri_case_pupil ON ri_reintegration_case (pupil_id);
CREATE INDEX ix_ri_case_status ON ri_reintegration_case (status);
CREATE INDEX ix_ri_case_referring_school ON ri_reintegration_case (referring_school_id);
CREATE INDEX ix_ri_case_current_provision ON ri_reintegration_case (current_provision_id);
CREATE INDEX ix_ri_case_proposed_receiving_school ON ri_reintegration_case (proposed_receiving_school_id);
CREATE INDEX ix_ri_case_receiving_school ON ri_reintegration_case (receiving_school_id);
CREATE INDEX ix_ri_case_current_provision_lead ON ri_reintegration_case (current_provision_lead_id);
CREATE INDEX ix_ri_case_receiving_school_lead ON ri_reintegration_case (receiving_school_lead_id);
CREATE INDEX ix_ri_case_inclusions_officer ON ri_reintegration_case (inclusions_officer_id);
CREATE INDEX ix_ri_case_early_help_worker ON ri_reintegration_case (early_help_worker_id);

CREATE TABLE ri_parent_carer (
    id                      BIGINT       NOT NULL,
    case_id                 BIGINT       NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    relationship            VARCHAR(100) NOT NULL,
    email                   VARCHAR(254),
    postal_address          VARCHAR(500),
    parental_responsibility BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_ri_parent_carer PRIMARY KEY (id),
    CONSTRAINT fk_ri_parent_carer_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id)
);
CREATE INDEX ix_ri_parent_carer_case ON ri_parent_carer (case_id);

CREATE TABLE ri_roll_record (
    id               BIGINT        NOT NULL,
    case_id          BIGINT        NOT NULL,
    establishment_id BIGINT        NOT NULL,
    decision         VARCHAR(20)   NOT NULL,
    decided_on       DATE          NOT NULL,
    decided_by       VARCHAR(200)  NOT NULL,
    notes            VARCHAR(4000),
    CONSTRAINT pk_ri_roll_record PRIMARY KEY (id),
    CONSTRAINT fk_ri_roll_record_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT fk_ri_roll_record_establishment FOREIGN KEY (establishment_id) REFERENCES ri_establishment (id),
    CONSTRAINT ck_ri_roll_record_decision CHECK (decision IN ('REMAIN', 'TRANSFER', 'RETURN'))
);
CREATE INDEX ix_ri_roll_record_case ON ri_roll_record (case_id);
CREATE INDEX ix_ri_roll_record_establishment ON ri_roll_record (establishment_id);

CREATE TABLE ri_case_document (
    id           BIGINT       NOT NULL,
    case_id      BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(200) NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_ri_case_document PRIMARY KEY (id),
    CONSTRAINT fk_ri_case_document_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_case_document_kind CHECK (kind IN ('INCLUSIONS_GATEWAY_REFERRAL', 'REINTEGRATION_PLAN', 'INDUCTION_PACK', 'OTHER'))
);
CREATE INDEX ix_ri_case_document_case ON ri_case_document (case_id);

CREATE TABLE ri_case_note (
    id               BIGINT        NOT NULL,
    case_id          BIGINT        NOT NULL,
    author           VARCHAR(200)  NOT NULL,
    written_at       TIMESTAMP     NOT NULL,
    text             VARCHAR(4000) NOT NULL,
    special_category BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_ri_case_note PRIMARY KEY (id),
    CONSTRAINT fk_ri_case_note_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id)
);
CREATE INDEX ix_ri_case_note_case ON ri_case_note (case_id, written_at);

CREATE TABLE ri_case_history_entry (
    id          BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    recorded_by VARCHAR(200)  NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    from_status VARCHAR(40),
    to_status   VARCHAR(40),
    reason      VARCHAR(4000),
    CONSTRAINT pk_ri_case_history_entry PRIMARY KEY (id),
    CONSTRAINT fk_ri_case_history_entry_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_case_history_entry_from CHECK (from_status IN ('DRAFT', 'REFERRED', 'AT_PANEL', 'DEFERRED', 'DECLINED', 'NOT_READY', 'PLANNING', 'STARTED', 'UNDER_REVIEW', 'SUCCESSFUL', 'SUCCESS_ACKNOWLEDGED', 'COMPLETED', 'BROKEN_DOWN', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL', 'STOPPED_CONSENT_WITHDRAWN')),
    CONSTRAINT ck_ri_case_history_entry_to CHECK (to_status IN ('DRAFT', 'REFERRED', 'AT_PANEL', 'DEFERRED', 'DECLINED', 'NOT_READY', 'PLANNING', 'STARTED', 'UNDER_REVIEW', 'SUCCESSFUL', 'SUCCESS_ACKNOWLEDGED', 'COMPLETED', 'BROKEN_DOWN', 'RETURNED_TO_OLIVE_ACADEMY', 'RETURNED_TO_REFERRING_SCHOOL', 'STOPPED_CONSENT_WITHDRAWN'))
);
CREATE INDEX ix_ri_case_history_entry_case ON ri_case_history_entry (case_id, recorded_at);

-- The plan -------------------------------------------------------------------------------------

CREATE TABLE ri_phased_return_week (
    id                          BIGINT        NOT NULL,
    case_id                     BIGINT        NOT NULL,
    plan_week                   INTEGER       NOT NULL,
    step                        VARCHAR(40),
    week_starts_on              DATE          NOT NULL,
    expected_days_in_mainstream INTEGER       NOT NULL,
    actual_days_attended        INTEGER,
    punctual_days               INTEGER,
    ap_visit_planned            BOOLEAN       DEFAULT FALSE NOT NULL,
    notes                       VARCHAR(4000),
    CONSTRAINT pk_ri_phased_return_week PRIMARY KEY (id),
    CONSTRAINT uq_ri_phased_return_week UNIQUE (case_id, plan_week),
    CONSTRAINT fk_ri_phased_return_week_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_phased_return_week_step CHECK (step IN ('PUPIL_STARTS_AP', 'STAGE_1_RETURNED', 'TRANSITION_PREPARATION_MEETING', 'PREPARATIONS', 'INDUCTION', 'DAYS_IN_MAINSTREAM')),
    CONSTRAINT ck_ri_phased_return_week_week CHECK (plan_week >= 1),
    CONSTRAINT ck_ri_phased_return_week_expected CHECK (expected_days_in_mainstream BETWEEN 0 AND 5),
    CONSTRAINT ck_ri_phased_return_week_attended CHECK (actual_days_attended BETWEEN 0 AND 5),
    CONSTRAINT ck_ri_phased_return_week_punctual CHECK (punctual_days BETWEEN 0 AND 5)
);

CREATE TABLE ri_evaluation (
    id                  BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    plan_week           INTEGER       NOT NULL,
    question            VARCHAR(40)   NOT NULL,
    answer              BOOLEAN,
    comments            VARCHAR(4000),
    actions             VARCHAR(4000),
    attendance_percent  NUMERIC(5,2),
    punctuality_percent NUMERIC(5,2),
    recorded_by         VARCHAR(200)  NOT NULL,
    recorded_at         TIMESTAMP     NOT NULL,
    CONSTRAINT pk_ri_evaluation PRIMARY KEY (id),
    CONSTRAINT fk_ri_evaluation_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_evaluation_question CHECK (question IN ('WEEK_1_SETTLED', 'WEEK_2_ENGAGEMENT_AIMS', 'WEEK_3_ENGAGED_WITH_PLANNING', 'WEEK_4_TRANSITION_MEETING_EFFECTIVE', 'WEEK_7_SCHOOL_PREPARATIONS', 'WEEK_7_PARENT_PREPARATIONS', 'WEEK_7_PUPIL_PREPARATIONS', 'WEEK_8_INDUCTION', 'WEEK_9_SETTLING_2_DAYS', 'WEEK_10_SETTLING_3_DAYS', 'WEEK_11_SETTLING_4_DAYS', 'WEEK_12_SETTLING_5_DAYS')),
    CONSTRAINT ck_ri_evaluation_attendance CHECK (attendance_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_ri_evaluation_punctuality CHECK (punctuality_percent BETWEEN 0 AND 100)
);
CREATE INDEX ix_ri_evaluation_case ON ri_evaluation (case_id, plan_week);

-- Meetings -------------------------------------------------------------------------------------

CREATE TABLE ri_meeting (
    id                        BIGINT        NOT NULL,
    case_id                   BIGINT        NOT NULL,
    kind                      VARCHAR(30)   NOT NULL,
    also_transition_planning  BOOLEAN       DEFAULT FALSE NOT NULL,
    scheduled_start           TIMESTAMP     NOT NULL,
    scheduled_end             TIMESTAMP     NOT NULL,
    location                  VARCHAR(300)  NOT NULL,
    held                      BOOLEAN       DEFAULT FALSE NOT NULL,
    cancelled                 BOOLEAN       DEFAULT FALSE NOT NULL,
    -- PlanningRecord (P4)
    planning_support_outline  VARCHAR(4000),
    planning_support_package  VARCHAR(4000),
    planning_key_staff_member VARCHAR(200),
    planning_buddy            VARCHAR(200),
    planning_tour_given       BOOLEAN,
    planning_agreed_timetable VARCHAR(4000),
    planning_send_adjustments VARCHAR(4000),
    planning_medical_handover VARCHAR(4000),
    planning_pupil_anxieties  VARCHAR(4000),
    planning_start_date       DATE,
    planning_start_time       TIME,
    planning_first_day_plan   VARCHAR(4000),
    CONSTRAINT pk_ri_meeting PRIMARY KEY (id),
    CONSTRAINT fk_ri_meeting_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_meeting_kind CHECK (kind IN ('PLANNING', 'TRANSITION_PLANNING', 'REVIEW')),
    CONSTRAINT ck_ri_meeting_also_transition CHECK (also_transition_planning = FALSE OR kind = 'PLANNING'),
    CONSTRAINT ck_ri_meeting_held_or_cancelled CHECK (NOT (held AND cancelled)),
    CONSTRAINT ck_ri_meeting_times CHECK (scheduled_end > scheduled_start)
);
CREATE INDEX ix_ri_meeting_case ON ri_meeting (case_id, scheduled_start);

CREATE TABLE ri_meeting_attendee (
    meeting_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    role       VARCHAR(30)  NOT NULL,
    present    BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT fk_ri_meeting_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES ri_meeting (id),
    CONSTRAINT ck_ri_meeting_attendee_role CHECK (role IN ('REFERRING_SCHOOL', 'RECEIVING_SCHOOL', 'PUPIL', 'PARENT_CARER', 'AP', 'LEAD_PROFESSIONAL', 'OTHER'))
);
CREATE INDEX ix_ri_meeting_attendee_meeting ON ri_meeting_attendee (meeting_id);

CREATE TABLE ri_meeting_checklist_row (
    meeting_id BIGINT        NOT NULL,
    item       VARCHAR(40)   NOT NULL,
    details    VARCHAR(4000),
    outcome    VARCHAR(4000),
    CONSTRAINT fk_ri_meeting_checklist_row_meeting FOREIGN KEY (meeting_id) REFERENCES ri_meeting (id),
    CONSTRAINT ck_ri_meeting_checklist_row_item CHECK (item IN ('PROPOSED_START_DATE', 'INDUCTION_PACK', 'KEY_STAFF_AWARE', 'SCHOOL_FORMS_COMPLETED', 'SEND_HANDOVER', 'MEDICAL_HANDOVER', 'UNIFORM_EXPECTATIONS', 'EQUIPMENT', 'ATTENDANCE_AND_PUNCTUALITY_POLICY', 'LOOKING_FORWARD_TO_RETURNING', 'OTHER_INFORMATION'))
);
CREATE INDEX ix_ri_meeting_checklist_row_meeting ON ri_meeting_checklist_row (meeting_id);

-- Hearings -------------------------------------------------------------------------------------

CREATE TABLE ri_iyfap_hearing (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    panel_date   DATE          NOT NULL,
    agenda_notes VARCHAR(4000),
    CONSTRAINT pk_ri_iyfap_hearing PRIMARY KEY (id)
);
CREATE INDEX ix_ri_iyfap_hearing_panel_date ON ri_iyfap_hearing (panel_date);

CREATE TABLE ri_hearing_decision (
    id                     BIGINT        NOT NULL,
    case_id                BIGINT        NOT NULL,
    hearing_id             BIGINT        NOT NULL,
    outcome                VARCHAR(20)   NOT NULL,
    receiving_school_id    BIGINT,
    deferred_to_hearing_id BIGINT,
    reasons                VARCHAR(4000),
    decided_at             TIMESTAMP     NOT NULL,
    recorded_by            VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_ri_hearing_decision PRIMARY KEY (id),
    CONSTRAINT uq_ri_hearing_decision UNIQUE (case_id, hearing_id),
    CONSTRAINT fk_ri_hearing_decision_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT fk_ri_hearing_decision_hearing FOREIGN KEY (hearing_id) REFERENCES ri_iyfap_hearing (id),
    CONSTRAINT fk_ri_hearing_decision_receiving_school FOREIGN KEY (receiving_school_id) REFERENCES ri_establishment (id),
    CONSTRAINT fk_ri_hearing_decision_deferred_to FOREIGN KEY (deferred_to_hearing_id) REFERENCES ri_iyfap_hearing (id),
    CONSTRAINT ck_ri_hearing_decision_outcome CHECK (outcome IN ('RATIFIED', 'DEFERRED', 'DECLINED')),
    CONSTRAINT ck_ri_hearing_decision_ratified CHECK (outcome <> 'RATIFIED' OR receiving_school_id IS NOT NULL),
    CONSTRAINT ck_ri_hearing_decision_deferred CHECK (outcome <> 'DEFERRED' OR deferred_to_hearing_id IS NOT NULL)
);
CREATE INDEX ix_ri_hearing_decision_hearing ON ri_hearing_decision (hearing_id);
CREATE INDEX ix_ri_hearing_decision_receiving_school ON ri_hearing_decision (receiving_school_id);
CREATE INDEX ix_ri_hearing_decision_deferred_to ON ri_hearing_decision (deferred_to_hearing_id);

-- Incidents ------------------------------------------------------------------------------------

CREATE TABLE ri_incident (
    id                 BIGINT        NOT NULL,
    case_id            BIGINT        NOT NULL,
    occurred_on        DATE          NOT NULL,
    reported_by        VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    breakdown_category VARCHAR(40),
    CONSTRAINT pk_ri_incident PRIMARY KEY (id),
    CONSTRAINT fk_ri_incident_case FOREIGN KEY (case_id) REFERENCES ri_reintegration_case (id),
    CONSTRAINT ck_ri_incident_breakdown_category CHECK (breakdown_category IN ('SERIOUS_BREACH_OF_BEHAVIOUR_POLICY', 'MALICIOUS_MEDIA_COMMUNICATION', 'SEXUALISED_BEHAVIOUR', 'SERIOUS_HARM_TO_EDUCATION_OR_WELFARE', 'OBSCENE_COMMUNICATION', 'OFFENSIVE_WEAPON', 'SERIOUS_ASSAULT', 'THREATENING_VIOLENCE', 'SEXUAL_ASSAULT_OR_VIOLENCE', 'UNDER_THE_INFLUENCE', 'DISTRIBUTION_OF_DRUGS_OR_ALCOHOL'))
);
CREATE INDEX ix_ri_incident_case ON ri_incident (case_id, occurred_on);
