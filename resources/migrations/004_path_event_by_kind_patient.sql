-- Format 4: the patient of every path event, indexed by kind. "How many patients reached this step" (the
-- declaration's facts: count(DISTINCT patient_id) ... WHERE kind = ?) is then read from this index alone, in
-- patient order, instead of visiting every event of that kind in the table (about 30 ms each at 20,000 patients).
-- path_event_by_kind (kind, date) stays: the indicators read the events of a kind between two dates.
CREATE INDEX path_event_by_kind_patient ON path_event(kind, patient_id);
