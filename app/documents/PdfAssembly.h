// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kitetp {

// Puts PDF documents together with qpdf (libqpdf): the pages of other PDFs inserted after given pages of a base
// document. No PDF is parsed by hand.
namespace PdfAssembly {
struct Insertion
{
    int afterPage; // 1-based page of the base document after which the pages go
    QByteArray pdf;
};
// The base with every insertion in place; empty (with `error` set) when qpdf fails.
QByteArray insert(const QByteArray &base, const QList<Insertion> &insertions, QString *error = nullptr);
} // namespace PdfAssembly

} // namespace kitetp
