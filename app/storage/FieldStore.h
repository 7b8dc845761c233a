#pragma once

#include "core/FileError.h"

#include <QHash>
#include <QString>

namespace kitetp {

class ProgrammeFile;

// The programme's key/value fields (see core/ProgrammeFields): identity, host organisation, contacts, dossier.
class FieldStore
{
public:
    explicit FieldStore(ProgrammeFile &file) : m_file(file) {}

    QString value(const QString &key) const;
    QHash<QString, QString> values() const;

    // Checks the value against ProgrammeFields and writes it in its own transaction; emits changed("fields").
    FileError setValue(const QString &key, const QString &value);
    // Several values at once, all or nothing.
    FileError setValues(const QHash<QString, QString> &values);
    // Puts back a value the file held before (undo): no check, since yesterday's rules may have been looser.
    FileError restoreValue(const QString &key, const QString &value);

    static QString area() { return QStringLiteral("fields"); }

private:
    FileError write(const QHash<QString, QString> &values);

    ProgrammeFile &m_file;
};

} // namespace kitetp
