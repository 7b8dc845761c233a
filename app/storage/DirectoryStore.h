// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Directory.h"
#include "storage/ProgrammeFile.h"

namespace kitetp {

// A regional directory of programmes (.etpannuaire): a file of its own kind (application id "KETA", its own
// migrations in resources/directory-migrations/), with every promise of a programme file (ProgrammeFile: built
// whole under a temporary name, locked, one transaction per write, synchronous=FULL, readable by its owner only,
// refused untouched when foreign, newer, truncated or damaged; an older one copied aside, then migrated).
namespace DirectoryFile {

// Creates a new, empty directory at `path` (never over an existing file), with its title when given (whole or
// nothing), and opens it for writing.
ProgrammeFile::OpenResult create(const QString &path, const QString &title = {});
// Opens a directory; a programme file or any other file is refused (FileError::NotADirectory), a newer directory
// too (FileError::DirectoryTooNew), with the file left untouched.
ProgrammeFile::OpenResult open(const QString &path, ProgrammeFile::Mode mode = ProgrammeFile::Mode::ReadWrite,
                               ProgrammeFile::Check check = ProgrammeFile::Check::Now);
// True when `path` names a directory by its suffix (.etpannuaire).
bool hasDirectorySuffix(const QString &path);
// The directory's own title (printed on the annuaire's cover), empty when it has none.
QString title(const ProgrammeFile &file);
FileError setTitle(ProgrammeFile &file, const QString &title);

} // namespace DirectoryFile

// Directory cards read from the files a user names (through InputFile: regular files, at most
// Directory::maxCardBytes); a folder stands for the .json files it holds (not its subfolders), by name.
struct CardFiles
{
    QList<DirectoryEntry> cards;   // read and accepted, `source` set to the file's name
    QList<FileError> refusals;     // one per file refused (FileError::CardRefused and why), in order
    static CardFiles read(const QStringList &paths, const QDate &today);
};

// The cards of a directory: one entry per programme (Directory::programmeKey), its newest card; the older cards
// stay as the entry's history. Writes announce ChangeArea::Directory.
class DirectoryStore
{
public:
    explicit DirectoryStore(ProgrammeFile &file) : m_file(file) {}

    // What adding a card did.
    enum class Outcome {
        Added,       // a programme new to the directory
        Replaced,    // a newer (or same-day) card of a programme already there: it is now the entry; the older kept
        History,     // an older card than the entry's: kept in the history, the entry unchanged
        AlreadyThere // the very same card was already in the directory: nothing written
    };

    // Adds cards read by Directory::readCard, in one transaction: all of them or none. `outcomes` gets one per card.
    FileError add(const QList<DirectoryEntry> &cards, QList<Outcome> *outcomes = nullptr);

    // The entries: the newest card of each programme (olderCards: how many older ones it keeps), in the
    // directory's order (Directory::sorted).
    QList<DirectoryEntry> entries() const;
    // Every card of one programme, newest first.
    QList<DirectoryEntry> history(const QString &key) const;
    int cardCount() const;

private:
    QList<DirectoryEntry> read(const QString &where, const QVariantList &values) const;
    ProgrammeFile &m_file;
};

} // namespace kitetp
