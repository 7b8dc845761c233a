// SPDX-License-Identifier: EUPL-1.2
#include "storage/SharingStore.h"

#include "core/Dates.h"
#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

namespace {

PackageSent from(const QSqlQuery &q)
{
    PackageSent s;
    Sql::Row(q) >> s.id >> s.sentOn >> s.recipient >> s.fileName >> s.conducteurs >> s.answer >> s.answeredOn;
    return s;
}

const char *columns = "id, sent_on, recipient, file_name, conducteurs, answer, answered_on";

} // namespace

QList<PackageSent> SharingStore::list() const
{
    return Sql::rows<PackageSent>(m_file, QStringLiteral("SELECT %1 FROM package_sent ORDER BY sent_on DESC, id DESC").arg(QLatin1String(columns)),
                                  {}, from);
}

std::optional<PackageSent> SharingStore::sent(qint64 id) const
{
    const auto found = Sql::rows<PackageSent>(m_file, QStringLiteral("SELECT %1 FROM package_sent WHERE id = ?").arg(QLatin1String(columns)),
                                              {id}, from);
    return found.isEmpty() ? std::nullopt : std::optional<PackageSent>(found.first());
}

FileError SharingStore::add(PackageSent &s)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = s.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    return Sql::insertOne(m_file, ChangeArea::Guides,
                          QStringLiteral("INSERT INTO package_sent(sent_on, recipient, file_name, conducteurs, answer, answered_on) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
                          {Dates::toStored(s.sentOn), Sql::text(s.recipient.trimmed()), Sql::text(s.fileName), Sql::text(s.conducteurs),
                           Sql::text(s.answer.trimmed()), Sql::text(Dates::toStored(s.answeredOn))},
                          s.id);
}

FileError SharingStore::update(const PackageSent &s)
{
    if (FileError e = m_file.checkWritable())
        return e;
    if (const QString reason = s.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, m_file.path(), reason);
    const auto before = sent(s.id);
    if (!before)
        return FileError(FileError::InvalidInput, m_file.path(), SharingText::tr("Cet envoi n'existe plus."));
    QDate answeredOn = s.answeredOn;
    if (s.answer.trimmed().isEmpty())
        answeredOn = {};
    else if (!answeredOn.isValid())
        answeredOn = QDate::currentDate();
    return Sql::writeOne(m_file, Change(ChangeArea::Guides),
                         QStringLiteral("UPDATE package_sent SET recipient = ?, answer = ?, answered_on = ? WHERE id = ?"),
                         {Sql::text(s.recipient.trimmed()), Sql::text(s.answer.trimmed()), Sql::text(Dates::toStored(answeredOn)), s.id});
}

FileError SharingStore::remove(qint64 id)
{
    return Sql::writeOne(m_file, Change(ChangeArea::Guides), QStringLiteral("DELETE FROM package_sent WHERE id = ?"), {id});
}

} // namespace kitetp
