// SPDX-License-Identifier: EUPL-1.2
#include "storage/DocumentTemplateStore.h"

#include "storage/ProgrammeFile.h"
#include "storage/Sql.h"

namespace kitetp {

QString DocumentTemplateStore::body(const QString &key) const
{
    return Sql::value(m_file, QStringLiteral("SELECT body FROM document_template WHERE key = ?"), {key}).toString();
}

bool DocumentTemplateStore::has(const QString &key) const
{
    return !body(key).isEmpty();
}

FileError DocumentTemplateStore::setBody(const QString &key, const QString &body)
{
    const Change change(area(), QStringList{key});
    if (body.isEmpty())
        return Sql::writeOne(m_file, change, QStringLiteral("DELETE FROM document_template WHERE key = ?"), {key});
    return Sql::writeOne(m_file, change,
                         QStringLiteral("INSERT INTO document_template(key, body) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET body = excluded.body"),
                         {key, body});
}

} // namespace kitetp
