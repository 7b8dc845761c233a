-- Format 2: the rooms of a programme — workshop guides, team and declaration, patients' paths, group sessions,
-- evaluation. Dates are ISO 8601 text (yyyy-MM-dd, or yyyy-MM-ddTHH:mm for times); money in integer cents.

-- Files: the team's logo and other images for the letterhead.
CREATE TABLE asset (
    key       TEXT PRIMARY KEY NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    data      BLOB
);

-- Editable document templates (letter to the GP, notification letter...), keyed by document.
CREATE TABLE document_template (
    key  TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL DEFAULT ''
);

-- The catalogue of patients' skills (HAS 2007), extendable by the team.
CREATE TABLE skill (
    id       INTEGER PRIMARY KEY,
    family   TEXT NOT NULL CHECK (family IN ('autosoins', 'adaptation', 'securite')),
    label    TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

-- Workshop guides (conducteurs) and their sessions (séances).
CREATE TABLE conducteur (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE seance (
    id            INTEGER PRIMARY KEY,
    conducteur_id INTEGER NOT NULL REFERENCES conducteur(id) ON DELETE CASCADE,
    code          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    position      INTEGER NOT NULL DEFAULT 0,
    objectives    TEXT NOT NULL DEFAULT '',   -- one educational objective per line
    audience      TEXT NOT NULL DEFAULT '',
    format        TEXT NOT NULL DEFAULT 'collective' CHECK (format IN ('collective', 'individual')),
    duration_min  INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    group_min     INTEGER NOT NULL DEFAULT 0 CHECK (group_min >= 0),
    group_max     INTEGER NOT NULL DEFAULT 0 CHECK (group_max >= 0),
    professions   TEXT NOT NULL DEFAULT '',   -- facilitators' professions, one per line
    room          TEXT NOT NULL DEFAULT '',
    materials     TEXT NOT NULL DEFAULT '',   -- checklist, one item per line
    evaluation    TEXT NOT NULL DEFAULT '',   -- how skills are checked at the end
    key_messages  TEXT NOT NULL DEFAULT '',   -- the patient handout, one message per line
    sources       TEXT NOT NULL DEFAULT '',
    draft         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX seance_by_conducteur ON seance(conducteur_id, position);

CREATE TABLE seance_skill (
    seance_id INTEGER NOT NULL REFERENCES seance(id) ON DELETE CASCADE,
    skill_id  INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    PRIMARY KEY (seance_id, skill_id)
);

CREATE TABLE seance_step (
    id           INTEGER PRIMARY KEY,
    seance_id    INTEGER NOT NULL REFERENCES seance(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    activity     TEXT NOT NULL DEFAULT '',
    technique    TEXT NOT NULL DEFAULT '',
    materials    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX step_by_seance ON seance_step(seance_id, position);

-- The team: coordinator, facilitators, patient partners.
CREATE TABLE team_member (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    profession         TEXT NOT NULL DEFAULT '',
    role               TEXT NOT NULL DEFAULT '',
    is_coordinator     INTEGER NOT NULL DEFAULT 0,
    is_patient_partner INTEGER NOT NULL DEFAULT 0,
    training_hours     INTEGER NOT NULL DEFAULT 0 CHECK (training_hours >= 0),
    training_body      TEXT NOT NULL DEFAULT '',
    training_year      INTEGER,
    certificate        INTEGER NOT NULL DEFAULT 0,
    charter_signed_on  TEXT NOT NULL DEFAULT '',
    email              TEXT NOT NULL DEFAULT '',
    phone              TEXT NOT NULL DEFAULT '',
    active             INTEGER NOT NULL DEFAULT 1,
    position           INTEGER NOT NULL DEFAULT 0
);

-- Projected funding sources.
CREATE TABLE funding (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL DEFAULT 0,
    year         INTEGER,
    note         TEXT NOT NULL DEFAULT ''
);

-- The declaration's life: sent, acknowledged, missing items, effective, changes notified, stop.
CREATE TABLE declaration_event (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    date        TEXT NOT NULL,
    change_kind TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);

-- Patients: a pseudonymous code; identity fields optional.
CREATE TABLE patient (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    first_name          TEXT NOT NULL DEFAULT '',
    last_name           TEXT NOT NULL DEFAULT '',
    birth_year          INTEGER,
    sex                 TEXT NOT NULL DEFAULT '',
    contact             TEXT NOT NULL DEFAULT '',
    cancer_site         TEXT NOT NULL DEFAULT '',
    treatment           TEXT NOT NULL DEFAULT '',
    referring_physician TEXT NOT NULL DEFAULT '',
    gp_name             TEXT NOT NULL DEFAULT '',
    gp_address          TEXT NOT NULL DEFAULT '',
    referral            TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'active', -- active, completed, stopped, lost, died, moved
    notes               TEXT NOT NULL DEFAULT ''
);

-- Dated stages of a patient's path: proposal, consents, shared assessment, personalised programme, follow-up,
-- final evaluation, letters to the GP, exit.
CREATE TABLE path_event (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    date       TEXT NOT NULL,
    member_id  INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    reason     TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX path_event_by_patient ON path_event(patient_id, date);
CREATE INDEX path_event_by_kind ON path_event(kind, date);

-- The skills agreed as objectives at the shared assessment, and their final result.
CREATE TABLE objective (
    id           INTEGER PRIMARY KEY,
    patient_id   INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    skill_id     INTEGER REFERENCES skill(id) ON DELETE SET NULL,
    label        TEXT NOT NULL DEFAULT '',
    result       TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'reached', 'partly', 'not')),
    patient_view TEXT NOT NULL DEFAULT ''
);
CREATE INDEX objective_by_patient ON objective(patient_id);

-- The personalised programme: the séances planned for a patient.
CREATE TABLE plan_item (
    patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    seance_id  INTEGER NOT NULL REFERENCES seance(id) ON DELETE CASCADE,
    PRIMARY KEY (patient_id, seance_id)
);

-- Sessions held (or planned) on the calendar, each running one séance.
CREATE TABLE session (
    id           INTEGER PRIMARY KEY,
    seance_id    INTEGER NOT NULL REFERENCES seance(id) ON DELETE RESTRICT,
    starts_at    TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    place        TEXT NOT NULL DEFAULT '',
    capacity     INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_by_time ON session(starts_at);

CREATE TABLE session_facilitator (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES team_member(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, member_id)
);

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    status     TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'present', 'absent', 'excused')),
    PRIMARY KEY (session_id, patient_id)
);
CREATE INDEX attendance_by_patient ON attendance(patient_id);

-- The satisfaction questionnaire the team configures, and the answers entered.
CREATE TABLE question (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    kind     TEXT NOT NULL CHECK (kind IN ('likert', 'text')),
    label    TEXT NOT NULL
);

CREATE TABLE questionnaire_response (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER REFERENCES patient(id) ON DELETE SET NULL,
    date       TEXT NOT NULL
);

CREATE TABLE answer (
    response_id INTEGER NOT NULL REFERENCES questionnaire_response(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    value_int   INTEGER,
    value_text  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, question_id)
);

-- The team's qualitative analysis for the annual and four-year evaluations.
CREATE TABLE evaluation_note (
    period TEXT NOT NULL,  -- '2025' for an annual report, '2022-2025' for a four-year one
    key    TEXT NOT NULL,
    value  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (period, key)
);
