#pragma once

#include "core/FileError.h"

#include <QString>

namespace kitetp {

class ProgrammeFile;

// Document templates the team edits (table document_template): the letter to the GP ("gp_letter"), ...
// An absent template reads as empty: the builder then uses its built-in text. Changes are announced as "templates".
class DocumentTemplateStore
{
public:
    explicit DocumentTemplateStore(ProgrammeFile &file) : m_file(file) {}

    QString body(const QString &key) const;
    bool has(const QString &key) const;
    FileError setBody(const QString &key, const QString &body); // an empty body removes the template

    static QString area() { return QStringLiteral("templates"); }

private:
    ProgrammeFile &m_file;
};

} // namespace kitetp
