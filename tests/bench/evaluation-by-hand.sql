-- The main indicators of 2025, written by hand, for `sqlite3 FILE < evaluation-by-hand.sql` (docs/performance-evaluation.md).
.timer on
SELECT 'entered', COUNT(DISTINCT patient_id) FROM path_event WHERE kind = 'consent_entry' AND date BETWEEN '2025-01-01' AND '2025-12-31';
SELECT 'completed', COUNT(DISTINCT patient_id) FROM path_event WHERE kind = 'exit' AND reason = 'completed' AND date BETWEEN '2025-01-01' AND '2025-12-31';
SELECT 'letters', COUNT(*) FROM path_event WHERE kind = 'gp_letter' AND date BETWEEN '2025-01-01' AND '2025-12-31';
SELECT 'attended', COUNT(DISTINCT a.patient_id) FROM attendance a JOIN session s ON s.id = a.session_id
 WHERE a.status = 'present' AND s.starts_at >= '2025-01-01' AND s.starts_at < '2026-01-01';
SELECT 'held', COUNT(*) FROM session s WHERE s.starts_at >= '2025-01-01' AND s.starts_at < '2026-01-01'
 AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.status = 'present');
SELECT 'present', COUNT(*) FROM attendance a JOIN session s ON s.id = a.session_id
 WHERE a.status = 'present' AND s.starts_at >= '2025-01-01' AND s.starts_at < '2026-01-01';
SELECT 'delay mean', AVG(julianday(l.date) - julianday((SELECT MAX(substr(s.starts_at, 1, 10)) FROM attendance a
 JOIN session s ON s.id = a.session_id WHERE a.patient_id = l.patient_id AND a.status = 'present' AND substr(s.starts_at, 1, 10) <= l.date)))
 FROM path_event l WHERE l.kind = 'gp_letter' AND l.date BETWEEN '2025-01-01' AND '2025-12-31';
SELECT 'responses', COUNT(*) FROM questionnaire_response WHERE date BETWEEN '2025-01-01' AND '2025-12-31';
