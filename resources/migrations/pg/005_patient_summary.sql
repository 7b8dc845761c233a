-- Format 5 on PostgreSQL: the same table as ../005_patient_summary.sql (same columns, same meaning), kept true by
-- the same triggers, written in PL/pgSQL (SQLite's triggers, its min()/max() of two values and its booleans as
-- integers have no mechanical translation). A trigger is one line ending with ';' (Migrations::splitScript).
CREATE TABLE patient_summary (
    patient_id   BIGINT PRIMARY KEY NOT NULL,
    entry        TEXT,
    assessment   TEXT,
    plan         TEXT,
    final        TEXT,
    letter       TEXT,
    leaving      TEXT,
    shares       BIGINT NOT NULL DEFAULT 0,
    last_present TEXT,
    present      BIGINT NOT NULL DEFAULT 0
);

-- One patient's path dates, read again from their events (a handful of rows, through path_event_by_patient).
CREATE FUNCTION patient_summary_path(patient bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE patient_summary SET (entry, assessment, plan, final, letter, leaving, shares) = (
        SELECT MIN(date), MAX(CASE WHEN kind = 'assessment' THEN date END), MAX(CASE WHEN kind = 'plan' THEN date END),
               MAX(CASE WHEN kind = 'final_evaluation' THEN date END), MAX(CASE WHEN kind = 'gp_letter' THEN date END),
               MAX(CASE WHEN kind = 'exit' THEN date END),
               coalesce(MAX(CASE WHEN kind = 'consent_share' THEN 1 ELSE 0 END), 0)
        FROM path_event WHERE patient_id = patient)
    WHERE patient_id = patient;
END;
$$;

-- One patient's presences, counted again.
CREATE FUNCTION patient_summary_presence(patient bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE patient_summary SET (last_present, present) = (
        SELECT MAX(s.starts_at), COUNT(*) FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.patient_id = patient AND a.status = 'present')
    WHERE patient_id = patient;
END;
$$;

INSERT INTO patient_summary(patient_id) SELECT id FROM patient;
SELECT patient_summary_path(id), patient_summary_presence(id) FROM patient;

CREATE FUNCTION patient_summary_patient_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO patient_summary(patient_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_patient_added AFTER INSERT ON patient FOR EACH ROW EXECUTE FUNCTION patient_summary_patient_added();

CREATE FUNCTION patient_summary_patient_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM patient_summary WHERE patient_id = OLD.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_patient_removed AFTER DELETE ON patient FOR EACH ROW EXECUTE FUNCTION patient_summary_patient_removed();

-- A new event can only move a date outward: no need to read the patient's other events.
CREATE FUNCTION patient_summary_event_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE patient_summary SET
        entry = LEAST(coalesce(entry, NEW.date), NEW.date),
        assessment = CASE WHEN NEW.kind = 'assessment' THEN GREATEST(coalesce(assessment, NEW.date), NEW.date) ELSE assessment END,
        plan = CASE WHEN NEW.kind = 'plan' THEN GREATEST(coalesce(plan, NEW.date), NEW.date) ELSE plan END,
        final = CASE WHEN NEW.kind = 'final_evaluation' THEN GREATEST(coalesce(final, NEW.date), NEW.date) ELSE final END,
        letter = CASE WHEN NEW.kind = 'gp_letter' THEN GREATEST(coalesce(letter, NEW.date), NEW.date) ELSE letter END,
        leaving = CASE WHEN NEW.kind = 'exit' THEN GREATEST(coalesce(leaving, NEW.date), NEW.date) ELSE leaving END,
        shares = GREATEST(shares, CASE WHEN NEW.kind = 'consent_share' THEN 1 ELSE 0 END)
    WHERE patient_id = NEW.patient_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_event_added AFTER INSERT ON path_event FOR EACH ROW EXECUTE FUNCTION patient_summary_event_added();

CREATE FUNCTION patient_summary_event_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM patient_summary_path(OLD.patient_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_event_removed AFTER DELETE ON path_event FOR EACH ROW EXECUTE FUNCTION patient_summary_event_removed();

CREATE FUNCTION patient_summary_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM patient_summary_path(OLD.patient_id);
    IF NEW.patient_id <> OLD.patient_id THEN
        PERFORM patient_summary_path(NEW.patient_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_event_changed AFTER UPDATE OF patient_id, kind, date ON path_event FOR EACH ROW EXECUTE FUNCTION patient_summary_event_changed();

CREATE FUNCTION patient_summary_presence_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE patient_summary SET
        present = present + 1,
        last_present = (SELECT GREATEST(coalesce(last_present, s.starts_at), s.starts_at) FROM session s WHERE s.id = NEW.session_id)
    WHERE patient_id = NEW.patient_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_presence_added AFTER INSERT ON attendance FOR EACH ROW WHEN (NEW.status = 'present') EXECUTE FUNCTION patient_summary_presence_added();

CREATE FUNCTION patient_summary_presence_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM patient_summary_presence(OLD.patient_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_presence_removed AFTER DELETE ON attendance FOR EACH ROW WHEN (OLD.status = 'present') EXECUTE FUNCTION patient_summary_presence_removed();

CREATE FUNCTION patient_summary_presence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM patient_summary_presence(OLD.patient_id);
    IF NEW.patient_id <> OLD.patient_id THEN
        PERFORM patient_summary_presence(NEW.patient_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_presence_changed AFTER UPDATE ON attendance FOR EACH ROW WHEN (OLD.status = 'present' OR NEW.status = 'present') EXECUTE FUNCTION patient_summary_presence_changed();

-- A session moved to another day: the latest presence of those who attended it.
CREATE FUNCTION patient_summary_session_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE patient_summary SET last_present = (
        SELECT MAX(s.starts_at) FROM attendance a JOIN session s ON s.id = a.session_id
        WHERE a.patient_id = patient_summary.patient_id AND a.status = 'present')
    WHERE patient_id IN (SELECT patient_id FROM attendance WHERE session_id = NEW.id AND status = 'present');
    RETURN NULL;
END;
$$;
CREATE TRIGGER patient_summary_session_moved AFTER UPDATE OF starts_at ON session FOR EACH ROW EXECUTE FUNCTION patient_summary_session_moved();
