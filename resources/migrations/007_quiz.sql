-- Format 7: a recap quiz per séance, and the answers patients gave before or after a session of that séance.
-- (006 is the teaching materials'.) Scores are kept as entered: editing the quiz later does not rewrite them.
CREATE TABLE quiz (
    seance_id INTEGER PRIMARY KEY NOT NULL REFERENCES seance(id) ON DELETE CASCADE,
    draft     INTEGER NOT NULL DEFAULT 0     -- 1: « brouillon à relire »
);

CREATE TABLE quiz_question (
    id            INTEGER PRIMARY KEY,
    seance_id     INTEGER NOT NULL REFERENCES quiz(seance_id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL CHECK (kind IN ('true_false', 'single', 'multiple')),
    text          TEXT NOT NULL,
    choices       TEXT NOT NULL DEFAULT '',  -- one choice per line
    right_answers TEXT NOT NULL DEFAULT '',  -- indices of the right choices, comma-separated, ascending
    explanation   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quiz_question_by_seance ON quiz_question(seance_id, position);

CREATE TABLE quiz_answer (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    patient_id     INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
    moment         TEXT NOT NULL CHECK (moment IN ('before', 'after')),
    chosen         TEXT NOT NULL DEFAULT '',  -- one line per question: the indices ticked, comma-separated
    right_count    INTEGER NOT NULL CHECK (right_count >= 0),
    question_count INTEGER NOT NULL CHECK (question_count > 0 AND right_count <= question_count),
    UNIQUE (session_id, patient_id, moment)
);
CREATE INDEX quiz_answer_by_patient ON quiz_answer(patient_id);
