// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Change.h"
#include "core/FileError.h"
#include "storage/Store.h"

#include <QString>

namespace kitetp {

// Document templates the team edits (table document_template): the letter to the GP ("gp_letter"), ...
// An absent template reads as empty: the builder then uses its built-in text. Changes are announced as "templates".
class DocumentTemplateStore : public Store
{
public:
    using Store::Store;

    QString body(const QString &key) const;
    bool has(const QString &key) const;
    FileError setBody(const QString &key, const QString &body); // an empty body removes the template

    static constexpr ChangeArea area() { return ChangeArea::Templates; }
};

} // namespace kitetp
