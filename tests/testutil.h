// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers shared by the tests.
namespace testutil {

// Runs the real `kitetp` binary with `args`; returns its exit status and fills stdout/stderr.
struct Run
{
    int status = -1;
    QString out;
    QString err;
};
Run kitetp(const QStringList &args, const QString &workingDir = {});

QByteArray readAll(const QString &path);
// Text of a PDF through `pdftotext -layout`; empty if pdftotext is missing or fails.
QString pdfText(const QString &pdfPath);
// Number of pages, from `pdfinfo`.
int pdfPages(const QString &pdfPath);
// Path of a file in tests/data.
QString data(const QString &name);

} // namespace testutil
