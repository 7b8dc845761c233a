// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "storage/Store.h"

#include <QHash>
#include <QString>

namespace kitetp {

// The programme's key/value fields (see core/ProgrammeFields): identity, host organisation, contacts, dossier.
class FieldStore : public Store
{
public:
    using Store::Store;

    QString value(const QString &key) const;
    QHash<QString, QString> values() const;

    // Checks the value against ProgrammeFields and writes it in its own transaction; emits changed("fields").
    FileError setValue(const QString &key, const QString &value);
    // Several values at once, all or nothing.
    FileError setValues(const QHash<QString, QString> &values);
    // Puts back a value the file held before (undo): no check, since yesterday's rules may have been looser.
    FileError restoreValue(const QString &key, const QString &value);

    static constexpr ChangeArea area() { return ChangeArea::Fields; }

private:
    FileError write(const QHash<QString, QString> &values);
};

} // namespace kitetp
