#include "storage/DocumentTemplateStore.h"

#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

QString DocumentTemplateStore::body(const QString &key) const
{
    QSqlQuery q(m_file.database());
    q.prepare(QStringLiteral("SELECT body FROM document_template WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool DocumentTemplateStore::has(const QString &key) const
{
    return !body(key).isEmpty();
}

FileError DocumentTemplateStore::setBody(const QString &key, const QString &body)
{
    if (FileError e = m_file.checkWritable())
        return e;
    QSqlQuery q(m_file.database());
    if (FileError e = body.isEmpty()
                          ? Sql::exec(q, m_file, QStringLiteral("DELETE FROM document_template WHERE key = ?"), {key})
                          : Sql::exec(q, m_file,
                                      QStringLiteral("INSERT INTO document_template(key, body) VALUES (?, ?) "
                                                     "ON CONFLICT(key) DO UPDATE SET body = excluded.body"),
                                      {key, body}))
        return e;
    m_file.notifyChanged(area());
    return {};
}

} // namespace kitetp
