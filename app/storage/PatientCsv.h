// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/FileError.h"
#include "core/Patients.h"
#include "storage/PatientCsvColumns.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kitetp {

class Progress;

class ProgrammeFile;

// Patients and their paths as CSV, one line per patient (docs/csv-patients.md): what `kitetp export patients`
// writes and `kitetp import patients` reads back. Identities are left out unless asked for.
namespace PatientCsv {

struct ExportOptions
{
    bool withIdentities = false;
    // Without identities and without details, the quasi-identifiers are left out or coarsened: no referring doctor,
    // GP or GP address, and dates by month (MM/AAAA). Such a file is for statistics; it cannot be imported back.
    bool withDetails = false;
    QChar separator = QLatin1Char(';');
    // The header names the columns by their French labels ("Consentement d'entrée"), as a spreadsheet user reads
    // them, unless machineHeaders (consentement_entree, for scripts). The import reads both.
    bool machineHeaders = false;
    bool detailed() const { return withIdentities || withDetails; }
};

// The columns an export with these options writes.
QStringList exportColumns(const ExportOptions &options);


// The whole CSV text (UTF-8 with BOM once encoded by writeFile()).
QString exportText(ProgrammeFile &file, const ExportOptions &options, int *count = nullptr);
// Writes the CSV atomically (OutputFile), readable by its owner only whatever the options: even pseudonymous, it
// holds health data. Returns the number of patients.
FileError writeFile(ProgrammeFile &file, const QString &path, const ExportOptions &options, int *count = nullptr);
// The same table as an XLSX workbook (one sheet "Patients", typed cells: dates as dates, numbers as numbers, the
// header row frozen), 0600 too (XlsxFile). The separator does not apply.
FileError writeXlsx(ProgrammeFile &file, const QString &path, const ExportOptions &options, int *count = nullptr);

// One patient read from a CSV line, ready to be written.
struct ImportRow
{
    int line = 0;
    Patient patient;
    QList<PathEvent> events;
    QList<Objective> objectives;
    QList<qint64> plan;
};

struct Rejected
{
    int line = 0;
    QString reason;
};

struct ImportPlan
{
    QString fatal;              // the file is unusable: nothing will be imported
    QList<ImportRow> rows;      // accepted
    QList<Rejected> rejected;   // each refused line and why
};

// What a streamed import did (importFile) or would do (checkFile).
struct ImportReport
{
    QString fatal;            // the file is unusable: nothing imported
    FileError error;          // a write failed: nothing imported
    int accepted = 0;         // rows imported (or that would be)
    QList<Rejected> rejected; // each refused line and why
    bool refusedWhole = false; // importFile(ImportNothing) found refused lines: nothing imported, `accepted` would be
};

// Reads the CSV at `path` one line at a time and writes each accepted patient at once, all in one transaction
// committed at the end: nothing is imported when the file turns out unusable or a write fails. Memory stays flat
// whatever the number of rows (the command line's and the window's import). With `expected` (what checkFile()
// accepted from the same file), a file that no longer gives that many rows (it changed since) imports nothing.
// `ids`, when given, receives the new patients' ids (to undo the import). A file with a refused line imports
// nothing unless `refused` is SkipInvalid (the user chose "importer les lignes valides", or --skip-invalid).
enum class OnRefused { ImportNothing, SkipInvalid };
ImportReport importFile(ProgrammeFile &file, const QString &path, const QDate &today, OnRefused refused,
                        int expected = -1, QList<qint64> *ids = nullptr, Progress *progress = nullptr);
// The same reading and checks, writing nothing (the programme may be open read-only).
// `progress`, when given, follows the reading (in kilobytes of the file) and may stop it: a cancelled check or import
// ends with `fatal` saying so, and an import then writes nothing.
ImportReport checkFile(ProgrammeFile &file, const QString &path, const QDate &today, Progress *progress = nullptr);

// Reads and checks a CSV against the programme (séance codes, existing codes, path rules), writing nothing.
ImportPlan read(ProgrammeFile &file, const QByteArray &data, const QDate &today);
ImportPlan readFile(ProgrammeFile &file, const QString &path, const QDate &today);
// Writes every accepted row in one transaction (all or nothing); returns the new patients' ids in `ids`.
FileError apply(ProgrammeFile &file, ImportPlan &plan, QList<qint64> *ids = nullptr);

} // namespace PatientCsv
} // namespace kitetp
