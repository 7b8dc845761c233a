-- Format 6: the teaching materials of the guides (files kept as BLOBs, or video links), where an imported guide came
-- from (so that a later package from the same programme updates it), and the packages sent to other programmes
-- (to whom, when, and how the materials were used, asked six months later).
CREATE TABLE material (
    id         INTEGER PRIMARY KEY,
    seance_id  INTEGER NOT NULL REFERENCES seance(id) ON DELETE CASCADE,
    step       INTEGER NOT NULL DEFAULT 0 CHECK (step >= 0),
    position   INTEGER NOT NULL DEFAULT 0,
    title      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    licence    TEXT NOT NULL DEFAULT '',
    version    TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    file_name  TEXT NOT NULL DEFAULT '',
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
    sha256     TEXT NOT NULL DEFAULT '',
    data       BLOB
);
CREATE INDEX material_by_seance ON material(seance_id, position);
CREATE TABLE guide_origin (
    conducteur_id INTEGER PRIMARY KEY REFERENCES conducteur(id) ON DELETE CASCADE,
    programme     TEXT NOT NULL DEFAULT '',
    structure     TEXT NOT NULL DEFAULT '',
    exported_on   TEXT NOT NULL DEFAULT '',
    version       TEXT NOT NULL DEFAULT '',
    code          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE package_sent (
    id          INTEGER PRIMARY KEY,
    sent_on     TEXT NOT NULL,
    recipient   TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL DEFAULT '',
    conducteurs TEXT NOT NULL DEFAULT '',
    answer      TEXT NOT NULL DEFAULT '',
    answered_on TEXT NOT NULL DEFAULT ''
);
