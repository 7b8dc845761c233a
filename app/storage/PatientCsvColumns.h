// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Patients.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of the patients CSV (docs/csv-patients.md), shared by its export and its import: the columns, their
// French labels, the words of statuses and objectives' results.
namespace kitetp::PatientCsv {

// Every column the import knows (the export's with identities and details).
QStringList columns(bool withIdentities);
// Date columns and the kind of event each holds (several dates separated by spaces).
const QList<QPair<QString, PathEvent::Kind>> &dateColumns();
const QStringList &identityColumns();
// The doctors' columns, left out of a pseudonymous export without details.
const QStringList &detailColumns();
// The French label of a column ("Consentement d'entrée" for consentement_entree), in the user's language.
QString columnLabel(const QString &name);
// The column a header cell names: its machine name, its French label or its label in the user's language, whatever
// the case; empty when none.
QString columnNamed(const QString &header);

// Words of the CSV for statuses and results (French, as a spreadsheet user reads them).
const QStringList &statusWords();
const QStringList &resultWords();
QString statusWord(Patient::Status s);
// A status from its word or its stored name; an empty cell is "en cours"; nothing when unknown.
std::optional<Patient::Status> statusFromWord(const QString &word);

} // namespace kitetp::PatientCsv
