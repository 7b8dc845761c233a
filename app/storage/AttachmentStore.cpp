// SPDX-License-Identifier: EUPL-1.2
#include "storage/AttachmentStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

#include <QSqlError>

namespace kitetp {

namespace {

const char *columns = "id, piece, member_id, title, file_name, mime_type, added_on, size";

Attachment from(const QSqlQuery &q)
{
    Attachment a;
    Sql::Row row(q);
    row >> a.id;
    a.piece = Attachment::pieceFromStored(row.text());
    row >> a.memberId >> a.title >> a.fileName >> a.mimeType >> a.addedOn >> a.size;
    return a;
}

// The checks every write shares: a file that can be written, a description the rules accept, data of the size
// announced, an owner that exists.
FileError checkPiece(ProgrammeFile &file, const Attachment &a)
{
    if (FileError e = file.checkWritable())
        return e;
    Attachment described = a;
    described.size = a.data.size();
    if (const QString reason = described.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, file.path(), reason);
    if (a.data.isEmpty())
        return FileError(FileError::InvalidInput, file.path(), AttachmentText::tr("La pièce est vide."));
    if (a.memberId != 0 && Sql::value(file, QStringLiteral("SELECT count(*) FROM team_member WHERE id = ?"), {a.memberId}).toInt() == 0)
        return FileError(FileError::InvalidInput, file.path(), AttachmentText::tr("Ce membre de l'équipe n'existe pas."));
    return {};
}

} // namespace

QList<Attachment> AttachmentStore::list() const
{
    QList<Attachment> out = Sql::rows<Attachment>(
        m_file, QStringLiteral("SELECT %1 FROM attachment ORDER BY piece, member_id, added_on, id").arg(QLatin1String(columns)), {}, from);
    // In the order of Attachment::pieces(), not of the stored names.
    std::stable_sort(out.begin(), out.end(), [](const Attachment &a, const Attachment &b) { return int(a.piece) < int(b.piece); });
    return out;
}

std::optional<Attachment> AttachmentStore::attachment(qint64 id) const
{
    QSqlQuery q = Sql::query(m_file);
    if (!Sql::select(q, m_file, QStringLiteral("SELECT %1, data FROM attachment WHERE id = ?").arg(QLatin1String(columns)), {id}) ||
        !q.next())
        return std::nullopt;
    Attachment a = from(q);
    a.data = q.value(8).toByteArray();
    return a;
}

FileError AttachmentStore::add(Attachment &a)
{
    if (FileError e = checkPiece(m_file, a))
        return e;
    if (!a.addedOn.isValid())
        a.addedOn = QDate::currentDate();
    a.size = a.data.size();
    return Sql::insertOne(m_file, area(),
                          QStringLiteral("INSERT INTO attachment(id, piece, member_id, title, file_name, mime_type, added_on, "
                                         "size, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {Sql::nullIfZero(a.id), Attachment::toStored(a.piece), Sql::nullIfZero(a.memberId), Sql::text(a.title.trimmed()),
                           Sql::text(a.fileName), a.mimeType, Dates::toStored(a.addedOn), a.size, a.data},
                          a.id);
}

FileError AttachmentStore::replace(const Attachment &a)
{
    if (FileError e = checkPiece(m_file, a))
        return e;
    return Sql::write(m_file, Change(area(), QList<qint64>{a.id}), [this, &a](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file,
                                    QStringLiteral("UPDATE attachment SET piece = ?, member_id = ?, title = ?, file_name = ?, "
                                                   "mime_type = ?, added_on = ?, size = ?, data = ? WHERE id = ?"),
                                    {Attachment::toStored(a.piece), Sql::nullIfZero(a.memberId), Sql::text(a.title.trimmed()),
                                     Sql::text(a.fileName), a.mimeType,
                                     Dates::toStored(a.addedOn.isValid() ? a.addedOn : QDate::currentDate()), qint64(a.data.size()),
                                     a.data, a.id}))
            return e;
        if (q.numRowsAffected() == 0)
            return FileError(FileError::InvalidInput, m_file.path(), AttachmentText::tr("Cette pièce n'existe plus."));
        return {};
    });
}

FileError AttachmentStore::remove(qint64 id)
{
    return Sql::write(m_file, Change(area(), QList<qint64>{id}), [this, id](QSqlQuery &q) -> FileError {
        if (FileError e = Sql::exec(q, m_file, QStringLiteral("DELETE FROM attachment WHERE id = ?"), {id}))
            return e;
        if (q.numRowsAffected() == 0)
            return FileError(FileError::InvalidInput, m_file.path(), AttachmentText::tr("Aucune pièce n'a le numéro %1.").arg(id));
        return {};
    });
}

} // namespace kitetp
