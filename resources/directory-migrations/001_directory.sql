-- Kit ETP regional directory (.etpannuaire), format 1: the directory cards of the programmes of a network.
-- Numbered apart from the programme's migrations (resources/migrations/); same rules (see app/storage/Migrations.cpp).

CREATE TABLE kitetp_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL DEFAULT ''
);

-- Every card ever added, kept: a programme's entry is its card with the latest date (then the latest added);
-- the older ones are its history. The columns are read from the card (core/Directory.cpp), which is kept whole.
CREATE TABLE directory_card (
    id            INTEGER PRIMARY KEY,
    programme_key TEXT NOT NULL,
    generated     TEXT NOT NULL,
    imported      TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT '',
    card          TEXT NOT NULL
);

CREATE INDEX directory_card_by_programme ON directory_card(programme_key, generated, id);
