-- Format 3: the pieces attached to the programme (training certificates, signed charters, BEP grid, information
-- and consent forms, GP letter model, others), kept inside the programme file so that one file still holds
-- everything; and the previous value named by a notified change (the former coordinator).
CREATE TABLE attachment (
    id         INTEGER PRIMARY KEY,
    piece      TEXT NOT NULL,
    member_id  INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
    title      TEXT NOT NULL DEFAULT '',
    file_name  TEXT NOT NULL DEFAULT '',
    mime_type  TEXT NOT NULL,
    added_on   TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    data       BLOB NOT NULL
);
CREATE INDEX attachment_by_piece ON attachment(piece, member_id);
ALTER TABLE declaration_event ADD COLUMN previous TEXT NOT NULL DEFAULT '';
