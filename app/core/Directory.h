// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kitetp {

// How a programme's séances are held, as far as its card tells (docs/directory-card.md).
enum class DirectoryFormat { Collective = 0x1, Individual = 0x2, Remote = 0x4 };
Q_DECLARE_FLAGS(DirectoryFormats, DirectoryFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(DirectoryFormats)

// One programme in a regional directory: what its directory card (the JSON `kitetp export card` writes) says, and
// what the directory derives from it (the département and town from the structure's address, the formats). Text is
// kept as the card holds it, markup and all: documents escape it when they print it.
struct DirectoryEntry
{
    qint64 id = 0;       // the stored card (0 before it is stored)
    QString key;         // the programme's key in the directory (Directory::programmeKey)
    QDate generated;     // the card's date ("generated")
    QDate imported;      // when the card was added to the directory
    QString source;      // the file name it was imported from
    QByteArray json;     // the card as read, compact

    QString title, condition, summary, population, setting, referral, association;
    int beneficiaries = -1; // -1: not given
    int sessions = -1;
    bool patientFacilitators = false;
    QString structure, finess, address, places;
    QString coordinator;
    QStringList professions;
    QString contactName, contactRole, phone, email;
    QString ars;
    QDate effective, stopped;

    QString departement; // "33", "2A", "971"; empty when the address holds no postcode
    QString town;        // the town after the postcode, "Cedex" left out; empty when unknown
    DirectoryFormats formats;
    std::optional<bool> externalPatients; // only when the card says so
    int olderCards = 0;  // the programme's older cards kept in the directory (its history)

    // A card more than a year old: the entry is marked "à mettre à jour".
    bool isStale(const QDate &today) const { return generated.addYears(1) < today; }
};

namespace Directory {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Directory)
};

// The card format and the newest version this Kit ETP reads.
inline constexpr const char *cardFormat = "kitetp-directory-card";
inline constexpr int cardVersion = 1;
// A card file larger than this is not a card.
inline constexpr qint64 maxCardBytes = 1024 * 1024;

// A card read: the entry, or why it is refused (in the user's language).
struct ReadCard
{
    std::optional<DirectoryEntry> entry;
    QString refusal;
};
// Reads a directory card. Refused: not JSON, not an object, another "format", a version newer than cardVersion (or
// not a number), no valid "generated" date or one after `today`, no programme title, no structure (neither name nor
// FINESS/SIREN), a field of the wrong type, a text longer than 20 000 characters. An invalid `today` skips the
// date's check against today (a card read back from the directory).
ReadCard readCard(const QByteArray &bytes, const QDate &today);

// The programme's key: the structure's FINESS/SIREN (digits only; its name, simplified, when there is none) and
// the programme's title (case, accents and spaces ignored). A newer card with the same key replaces the older.
QString programmeKey(const QString &finess, const QString &structure, const QString &title);

// The département and town of an address: the last line holding a French postcode ("33000 Bordeaux",
// "20090 Ajaccio" -> 2A, "97400 Saint-Denis" -> 974), the town after it, "Cedex" left out.
struct Place
{
    QString departement;
    QString town;
};
Place placeOf(const QString &address);
// The département's name ("Gironde"), empty for an unknown code.
QString departementName(const QString &code);
// "33 — Gironde", or "Département non précisé" when the code is empty.
QString departementLabel(const QString &code);

// The formats the card's "setting" text names (collectif, individuel, à distance...), with those of an optional
// "formats" list of the card ("collective", "individual", "remote").
DirectoryFormats formatsOf(const QString &setting, const QStringList &formats = {});
// "collectif, individuel", in the user's language; empty when none.
QString formatsText(DirectoryFormats formats);
// Text compared without case nor accents.
QString folded(const QString &text);

// What the directory page shows: every part empty (or false) shows everything.
struct Filter
{
    QString departement; // a code, exact
    QString town;        // folded, part of
    QString cancer;      // in the health problem (condition), part of
    QString population;  // part of
    DirectoryFormats formats; // every one asked
    bool externalOnly = false; // only programmes whose card says they accept patients from outside
    bool matches(const DirectoryEntry &e) const;
};

// Entries in the directory's order: département, town, title.
QList<DirectoryEntry> sorted(QList<DirectoryEntry> entries);

// The CSV for the network's website: French spreadsheet dialect (";", UTF-8 with BOM, dd/mm/yyyy, CRLF), one line
// per programme in the directory's order.
QByteArray csv(const QList<DirectoryEntry> &entries, const QDate &today);

} // namespace Directory
} // namespace kitetp
