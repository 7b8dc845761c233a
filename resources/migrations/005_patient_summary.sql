-- Format 5: the patient list's line per patient, kept by the file itself. Opening a programme used to group every
-- path event and every presence (1.7 million rows at 100,000 patients, over a second); it now reads one row per
-- patient. Triggers keep it true whoever writes (the stores, the bulk writer of the demo and of the imports, a
-- cascade from a removed patient or session), in the same transaction as the write.
CREATE TABLE patient_summary (
    patient_id   INTEGER PRIMARY KEY NOT NULL,
    entry        TEXT,                      -- the first date of the path (any kind of event)
    assessment   TEXT,                      -- the latest date of each of these kinds of event
    plan         TEXT,
    final        TEXT,
    letter       TEXT,
    leaving      TEXT,
    shares       INTEGER NOT NULL DEFAULT 0, -- 1 when a consent to share with the GP is recorded
    last_present TEXT,                      -- the start of the latest session attended
    present      INTEGER NOT NULL DEFAULT 0  -- the number of sessions attended
);

INSERT INTO patient_summary(patient_id, entry, assessment, plan, final, letter, leaving, shares, last_present, present)
SELECT p.id, e.entry, e.assessment, e.plan, e.final, e.letter, e.leaving, coalesce(e.shares, 0), a.last_present,
       coalesce(a.present, 0)
FROM patient p
LEFT JOIN (SELECT patient_id, MIN(date) AS entry,
                  MAX(CASE WHEN kind = 'assessment' THEN date END) AS assessment,
                  MAX(CASE WHEN kind = 'plan' THEN date END) AS plan,
                  MAX(CASE WHEN kind = 'final_evaluation' THEN date END) AS final,
                  MAX(CASE WHEN kind = 'gp_letter' THEN date END) AS letter,
                  MAX(CASE WHEN kind = 'exit' THEN date END) AS leaving,
                  MAX(kind = 'consent_share') AS shares
           FROM path_event GROUP BY patient_id) e ON e.patient_id = p.id
LEFT JOIN (SELECT at.patient_id, MAX(s.starts_at) AS last_present, COUNT(*) AS present
           FROM attendance at JOIN session s ON s.id = at.session_id WHERE at.status = 'present'
           GROUP BY at.patient_id) a ON a.patient_id = p.id;

CREATE TRIGGER patient_summary_patient_added AFTER INSERT ON patient
BEGIN
    INSERT OR IGNORE INTO patient_summary(patient_id) VALUES (NEW.id);
END;

CREATE TRIGGER patient_summary_patient_removed AFTER DELETE ON patient
BEGIN
    DELETE FROM patient_summary WHERE patient_id = OLD.id;
END;

-- A new event can only move a date outward: no need to read the patient's other events.
CREATE TRIGGER patient_summary_event_added AFTER INSERT ON path_event
BEGIN
    UPDATE patient_summary SET
        entry = min(coalesce(entry, NEW.date), NEW.date),
        assessment = CASE WHEN NEW.kind = 'assessment' THEN max(coalesce(assessment, NEW.date), NEW.date) ELSE assessment END,
        plan = CASE WHEN NEW.kind = 'plan' THEN max(coalesce(plan, NEW.date), NEW.date) ELSE plan END,
        final = CASE WHEN NEW.kind = 'final_evaluation' THEN max(coalesce(final, NEW.date), NEW.date) ELSE final END,
        letter = CASE WHEN NEW.kind = 'gp_letter' THEN max(coalesce(letter, NEW.date), NEW.date) ELSE letter END,
        leaving = CASE WHEN NEW.kind = 'exit' THEN max(coalesce(leaving, NEW.date), NEW.date) ELSE leaving END,
        shares = max(shares, NEW.kind = 'consent_share')
    WHERE patient_id = NEW.patient_id;
END;

-- A changed or removed event: the patient's path is read again (a handful of rows, through path_event_by_patient).
CREATE TRIGGER patient_summary_event_removed AFTER DELETE ON path_event
BEGIN
    UPDATE patient_summary SET (entry, assessment, plan, final, letter, leaving, shares) = (
        SELECT MIN(date), MAX(CASE WHEN kind = 'assessment' THEN date END), MAX(CASE WHEN kind = 'plan' THEN date END),
               MAX(CASE WHEN kind = 'final_evaluation' THEN date END), MAX(CASE WHEN kind = 'gp_letter' THEN date END),
               MAX(CASE WHEN kind = 'exit' THEN date END), coalesce(MAX(kind = 'consent_share'), 0)
        FROM path_event WHERE patient_id = OLD.patient_id)
    WHERE patient_id = OLD.patient_id;
END;

CREATE TRIGGER patient_summary_event_changed AFTER UPDATE OF patient_id, kind, date ON path_event
BEGIN
    UPDATE patient_summary SET (entry, assessment, plan, final, letter, leaving, shares) = (
        SELECT MIN(e.date), MAX(CASE WHEN e.kind = 'assessment' THEN e.date END), MAX(CASE WHEN e.kind = 'plan' THEN e.date END),
               MAX(CASE WHEN e.kind = 'final_evaluation' THEN e.date END), MAX(CASE WHEN e.kind = 'gp_letter' THEN e.date END),
               MAX(CASE WHEN e.kind = 'exit' THEN e.date END), coalesce(MAX(e.kind = 'consent_share'), 0)
        FROM path_event e WHERE e.patient_id = patient_summary.patient_id)
    WHERE patient_id IN (OLD.patient_id, NEW.patient_id);
END;

CREATE TRIGGER patient_summary_presence_added AFTER INSERT ON attendance WHEN NEW.status = 'present'
BEGIN
    UPDATE patient_summary SET
        present = present + 1,
        last_present = (SELECT max(coalesce(last_present, s.starts_at), s.starts_at) FROM session s WHERE s.id = NEW.session_id)
    WHERE patient_id = NEW.patient_id;
END;

CREATE TRIGGER patient_summary_presence_removed AFTER DELETE ON attendance WHEN OLD.status = 'present'
BEGIN
    UPDATE patient_summary SET (last_present, present) = (
        SELECT MAX(s.starts_at), COUNT(*) FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.patient_id = OLD.patient_id AND a.status = 'present')
    WHERE patient_id = OLD.patient_id;
END;

CREATE TRIGGER patient_summary_presence_changed AFTER UPDATE ON attendance
WHEN OLD.status = 'present' OR NEW.status = 'present'
BEGIN
    UPDATE patient_summary SET (last_present, present) = (
        SELECT MAX(s.starts_at), COUNT(*) FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.patient_id = patient_summary.patient_id AND a.status = 'present')
    WHERE patient_id IN (OLD.patient_id, NEW.patient_id);
END;

-- A session moved to another day: the latest presence of those who attended it.
CREATE TRIGGER patient_summary_session_moved AFTER UPDATE OF starts_at ON session
BEGIN
    UPDATE patient_summary SET last_present = (
        SELECT MAX(s.starts_at) FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.patient_id = patient_summary.patient_id AND a.status = 'present')
    WHERE patient_id IN (SELECT patient_id FROM attendance WHERE session_id = NEW.id AND status = 'present');
END;
