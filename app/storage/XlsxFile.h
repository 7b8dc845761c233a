// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/SheetTable.h"
#include "storage/OutputFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace kitetp {

// A spreadsheet written with libxlsxwriter (Debian's libxlsxwriter-dev), through the same promises as OutputFile:
// the workbook goes to a temporary file in the target's folder (created 0600 for Personal data before the library
// writes a byte), its return code is checked, the file is synced, then renamed over the target; any failure (a full
// disk, a refused target) leaves the previous file as it was and commit() says why. Rows are written as they come
// (the library's constant-memory mode): memory stays flat whatever the number of rows.
class XlsxFile
{
public:
    // How a column's cells are typed: text as it is; a date from dd/mm/yyyy or yyyy-mm-dd (shown dd/mm/yyyy; a cell
    // holding anything else, several dates or a month, stays text); a number from "12", "83.33" or "83,33" (an
    // empty cell stays empty, anything else text).
    using Kind = SheetTable::Kind;

    explicit XlsxFile(const QString &path, OutputFile::Privacy privacy = OutputFile::Privacy::Shareable);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    // A new sheet (its name cut to the 31 characters a sheet name may have) with its header row, in bold and frozen.
    void addSheet(const QString &name, const QStringList &header, const QList<Kind> &kinds);
    void addRow(const QStringList &cells);
    // Closes the workbook and puts it in place; the error says why nothing was written.
    FileError commit();

    // Writes `tables` as one workbook, a sheet per table.
    static FileError save(const QString &path, const QList<SheetTable> &tables,
                          OutputFile::Privacy privacy = OutputFile::Privacy::Shareable);

private:
    struct Workbook;
    QString m_path;
    OutputFile::Privacy m_privacy;
    std::unique_ptr<Workbook> m_book;
};

} // namespace kitetp
