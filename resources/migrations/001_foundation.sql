-- Kit ETP programme file, format 1: the file's own facts and the programme's fields.
-- One statement per line group, each ending with ';' at the end of a line (see app/storage/Migrations.cpp).

CREATE TABLE kitetp_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL DEFAULT ''
);

-- The programme's identity, host organisation, contacts and declaration dossier, as key/value text.
-- Keys are listed in app/core/ProgrammeFields.cpp.
CREATE TABLE programme_field (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL DEFAULT ''
);
