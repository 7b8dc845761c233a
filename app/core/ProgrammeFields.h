// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kitetp {

// The programme's own fields (identity, host organisation, contacts, and later the declaration dossier) are stored
// as key/value text in the programme file. This registry says which keys exist, how to label and check them.
// A room that needs more fields adds them to the table in ProgrammeFields.cpp; no schema change is needed.
struct FieldSpec
{
    enum Kind { Text, MultiLine, Date, Integer, Email, Phone, YesNo };
    QString key;
    const char *label; // untranslated (QT_TRANSLATE_NOOP in the table); use ProgrammeFields::label()
    Kind kind;
    int maxLength;
};

class ProgrammeFields
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeFields)
public:
    static const QList<FieldSpec> &all();
    static const FieldSpec *find(const QString &key);
    static QString label(const QString &key);

    // A stored value as a reader should see it: dates in the user's language ("15 janvier 2024"), others as stored.
    static QString displayValue(const QString &key, const QString &value);

    // Checks a value before it is stored; returns a translated reason when refused, an empty string when fine.
    static QString check(const QString &key, const QString &value);

    // Well-known keys.
    static QString title() { return QStringLiteral("programme.title"); }
};

} // namespace kitetp
