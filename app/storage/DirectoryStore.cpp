// SPDX-License-Identifier: EUPL-1.2
#include "storage/DirectoryStore.h"

#include "core/AppInfo.h"
#include "core/Dates.h"
#include "storage/InputFile.h"
#include "storage/Sql.h"

#include <QDir>

#include <QFileInfo>
#include <QHash>

namespace kitetp {

namespace DirectoryFile {

namespace {
// A probe's refusal said as a directory's: "not a Kit ETP directory" rather than "not a programme".
ProgrammeFile::OpenResult asDirectory(ProgrammeFile::OpenResult result)
{
    switch (result.error.code()) {
    case FileError::NotSqlite:
    case FileError::Foreign:
    case FileError::Empty:
    case FileError::IsDirectory:
        result.error = FileError(FileError::NotADirectory, result.error.path());
        break;
    case FileError::TooNew:
        result.error = FileError(FileError::DirectoryTooNew, result.error.path(), result.error.detail());
        break;
    default:
        break;
    }
    return result;
}
} // namespace


ProgrammeFile::OpenResult create(const QString &path, const QString &title)
{
    const auto fill = [&title](ProgrammeFile &file) { return title.trimmed().isEmpty() ? FileError() : setTitle(file, title); };
    return ProgrammeFile::create(path, fill, ProgrammeFile::Format::directory());
}

ProgrammeFile::OpenResult open(const QString &path, ProgrammeFile::Mode mode, ProgrammeFile::Check check)
{
    return asDirectory(ProgrammeFile::open(path, mode, check, ProgrammeFile::Format::directory()));
}

bool hasDirectorySuffix(const QString &path)
{
    return QFileInfo(path).suffix().compare(AppInfo::directorySuffix(), Qt::CaseInsensitive) == 0;
}

QString title(const ProgrammeFile &file)
{
    return file.meta(QStringLiteral("directory.title"));
}

FileError setTitle(ProgrammeFile &file, const QString &title)
{
    return file.setMeta(QStringLiteral("directory.title"), title.trimmed());
}

} // namespace DirectoryFile

CardFiles CardFiles::read(const QStringList &paths, const QDate &today)
{
    CardFiles out;
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            const QStringList names = dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.JSON")}, QDir::Files, QDir::Name);
            for (const QString &name : names)
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    for (const QString &path : std::as_const(files)) {
        QString error;
        bool tooLarge = false;
        const QByteArray bytes = InputFile::read(path, Directory::maxCardBytes, &error, &tooLarge);
        if (tooLarge)
            error = Directory::Text::tr("ce n'est pas une fiche annuaire (fichier trop grand).");
        if (!error.isEmpty()) {
            out.refusals << FileError(FileError::CardRefused, path, error);
            continue;
        }
        Directory::ReadCard card = Directory::readCard(bytes, today);
        if (!card.entry) {
            out.refusals << FileError(FileError::CardRefused, path, card.refusal);
            continue;
        }
        card.entry->source = QFileInfo(path).fileName();
        out.cards << *card.entry;
    }
    return out;
}

namespace {
const char *const columns = "SELECT id, programme_key, generated, imported, source, card FROM directory_card ";
}

QList<DirectoryEntry> DirectoryStore::read(const QString &where, const QVariantList &values) const
{
    return Sql::rows<DirectoryEntry>(m_file, QLatin1String(columns) + where, values, [this](const QSqlQuery &q) {
        qint64 id = 0;
        QString key, source, card;
        QDate generated, imported;
        Sql::Row(q) >> id >> key >> generated >> imported >> source >> card;
        // A card was checked when it was added; read back, only the date's check against today is skipped.
        Directory::ReadCard read = Directory::readCard(card.toUtf8(), QDate());
        if (!read.entry) {
            m_file.reportReadFailure(QStringLiteral("directory_card %1: %2").arg(id).arg(read.refusal));
            return DirectoryEntry{};
        }
        DirectoryEntry e = *read.entry;
        e.id = id;
        e.key = key;
        e.imported = imported;
        e.source = source;
        return e;
    });
}

QList<DirectoryEntry> DirectoryStore::entries() const
{
    const QList<DirectoryEntry> all = read(QStringLiteral("ORDER BY programme_key, generated DESC, id DESC"), {});
    QList<DirectoryEntry> out;
    for (const DirectoryEntry &e : all) {
        if (e.id == 0)
            continue; // unreadable, reported
        if (!out.isEmpty() && out.constLast().key == e.key)
            ++out.last().olderCards;
        else
            out << e;
    }
    return Directory::sorted(out);
}

QList<DirectoryEntry> DirectoryStore::history(const QString &key) const
{
    return read(QStringLiteral("WHERE programme_key = ? ORDER BY generated DESC, id DESC"), {key});
}

int DirectoryStore::cardCount() const
{
    return Sql::value(m_file, QStringLiteral("SELECT count(*) FROM directory_card")).toInt();
}

FileError DirectoryStore::add(const QList<DirectoryEntry> &cards, QList<Outcome> *outcomes)
{
    QList<Outcome> done;
    // The newest card of each programme as the adding goes (cards of one call may name the same programme).
    QHash<QString, std::pair<QDate, QByteArray>> newest;
    QList<DirectoryEntry> current = entries();
    if (FileError e = m_file.readFailure())
        return e;
    for (const DirectoryEntry &e : std::as_const(current))
        newest.insert(e.key, {e.generated, e.json});
    QList<QByteArray> known;
    for (const DirectoryEntry &c : cards) {
        const QList<DirectoryEntry> same = history(c.key);
        bool there = false;
        for (const DirectoryEntry &h : same)
            there = there || (h.generated == c.generated && h.json == c.json);
        for (const QByteArray &k : std::as_const(known))
            there = there || k == c.key.toUtf8() + '\n' + c.json;
        if (there) {
            done << Outcome::AlreadyThere;
            continue;
        }
        known << c.key.toUtf8() + '\n' + c.json;
        const auto it = newest.constFind(c.key);
        if (it == newest.constEnd())
            done << Outcome::Added;
        else if (c.generated >= it->first)
            done << Outcome::Replaced;
        else
            done << Outcome::History;
        if (it == newest.constEnd() || c.generated >= it->first)
            newest.insert(c.key, {c.generated, c.json});
    }
    if (FileError e = m_file.readFailure())
        return e;
    const QString today = Dates::toStored(QDate::currentDate());
    QList<qint64> ids;
    FileError error = Sql::write(m_file, Change(ChangeArea::Directory), [&](QSqlQuery &q) -> FileError {
        for (int i = 0; i < cards.size(); ++i) {
            if (done.at(i) == Outcome::AlreadyThere)
                continue;
            const DirectoryEntry &c = cards.at(i);
            if (FileError e = Sql::exec(q, m_file,
                                        QStringLiteral("INSERT INTO directory_card(programme_key, generated, imported, source, card) "
                                                       "VALUES (?, ?, ?, ?, ?)"),
                                        {c.key, Dates::toStored(c.generated), today, Sql::text(c.source), QString::fromUtf8(c.json)}))
                return e;
        }
        return {};
    });
    if (error)
        return error;
    if (outcomes)
        *outcomes = done;
    return {};
}

} // namespace kitetp
