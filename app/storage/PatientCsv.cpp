// SPDX-License-Identifier: EUPL-1.2
#include "storage/PatientCsv.h"

#include "core/Progress.h"

#include "core/Csv.h"
#include "core/CsvReader.h"
#include "core/Printable.h"
#include "core/Dates.h"
#include "core/PatientPath.h"
#include "storage/GuideStore.h"
#include "storage/InputFile.h"
#include "storage/PathBulkWriter.h"
#include "storage/PatientPathReader.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/OutputFile.h"
#include "storage/XlsxFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace kitetp::PatientCsv {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kitetp::PatientCsv", text, disambiguation, n);
}

constexpr qint64 maxFileBytes = qint64(200) * 1024 * 1024;
constexpr int maxCell = 10000;

using K = PathEvent::Kind;

// dd/MM/yyyy without going through a format string (the export writes a million of them at 100,000 patients).
QString frenchDate(const QDate &d)
{
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1000 || year > 9999)
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    const auto digit = [](int n) { return QChar(char16_t(u'0' + n)); };
    const QChar text[] = {digit(day / 10), digit(day % 10), QLatin1Char('/'), digit(month / 10), digit(month % 10),
                          QLatin1Char('/'), digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10)};
    return QString(text, 10);
}

} // namespace

QStringList exportColumns(const ExportOptions &options)
{
    QStringList c = columns(options.withIdentities);
    if (!options.detailed())
        for (const QString &name : detailColumns())
            c.removeOne(name);
    return c;
}

namespace {

QStringList exportHeader(const ExportOptions &options)
{
    QStringList header = exportColumns(options);
    if (!options.machineHeaders)
        std::transform(header.begin(), header.end(), header.begin(), columnLabel);
    return header;
}

// Hands each patient's row (the cells of exportColumns(options), dates as dd/mm/yyyy or mm/yyyy) to `emitRow`.
void forEachRow(ProgrammeFile &file, const ExportOptions &options, const std::function<void(const QStringList &)> &emitRow)
{
    const bool detailed = options.detailed();
    QHash<qint64, QString> seanceCodes;
    for (const Seance &s : GuideStore(file).seancesBrief())
        seanceCodes.insert(s.id, s.code);

    PatientPathReader reader(file);
    PatientPathReader::Entry entry;
    while (reader.next(entry)) {
        const Patient &p = entry.patient;
        QStringList row = {p.code};
        if (options.withIdentities)
            row << p.firstName << p.lastName << (p.birthYear ? QString::number(p.birthYear) : QString()) << p.sex << p.contact
                << p.notes;
        row << statusWord(p.status) << p.cancerSite << p.treatment;
        if (detailed)
            row << p.referringPhysician << p.gpName << p.gpAddress;
        row << p.referral;
        QString exitReason;
        for (const auto &[name, kind] : dateColumns()) {
            QStringList dates;
            for (const PathEvent &e : std::as_const(entry.events))
                if (e.kind == kind) {
                    dates << (detailed ? frenchDate(e.date) : e.date.toString(QStringLiteral("MM/yyyy")));
                    if (kind == K::Exit)
                        exitReason = statusWord(patientStatusFromStored(e.reason));
                }
            row << dates.join(QLatin1Char(' '));
        }
        row << exitReason;
        QStringList planned;
        for (qint64 id : std::as_const(entry.plan))
            planned << seanceCodes.value(id);
        row << planned.join(QLatin1Char(' '));
        QStringList objectives;
        for (const Objective &o : std::as_const(entry.objectives)) {
            QString label = o.label.simplified();
            if (o.result != Objective::Result::Pending)
                label += QStringLiteral(" [%1]").arg(resultWords().value(int(o.result)));
            objectives << label;
        }
        row << objectives.join(QLatin1Char('\n'));
        row << QString::number(entry.present);
        emitRow(row);
    }
}

} // namespace

QString exportText(ProgrammeFile &file, const ExportOptions &options, int *count)
{
    QString out = Csv::line(exportHeader(options), options.separator);
    forEachRow(file, options, [&](const QStringList &row) {
        out += Csv::line(row, options.separator);
        if (count)
            ++*count;
    });
    return out;
}

FileError writeXlsx(ProgrammeFile &file, const QString &path, const ExportOptions &options, int *count)
{
    if (count)
        *count = 0;
    QList<XlsxFile::Kind> kinds;
    for (const QString &name : exportColumns(options)) {
        const bool date = std::any_of(dateColumns().cbegin(), dateColumns().cend(), [&name](const auto &c) { return c.first == name; });
        kinds << (date ? XlsxFile::Kind::Date
                  : name == QLatin1String("annee_naissance") || name == QLatin1String("seances_presentes") ? XlsxFile::Kind::Number
                                                                                                           : XlsxFile::Kind::Text);
    }
    XlsxFile out(path, OutputFile::Privacy::Personal);
    out.addSheet(tr("Patients"), exportHeader(options), kinds);
    forEachRow(file, options, [&](const QStringList &row) {
        out.addRow(row);
        if (count)
            ++*count;
    });
    return out.commit();
}

FileError writeFile(ProgrammeFile &file, const QString &path, const ExportOptions &options, int *count)
{
    if (count)
        *count = 0;
    const QString text = exportText(file, options, count);
    return OutputFile::save(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8(), OutputFile::Privacy::Personal);
}

namespace {

struct Context
{
    QHash<QString, qint64> seanceByCode;
    QSet<QString> codes; // already in the file or earlier in the CSV
    QHash<int, int> nextNumber; // per year, for generated codes
    PatientStore *store = nullptr;
    QDate today;
};

QString generateCode(Context &c, int year)
{
    if (!c.nextNumber.contains(year)) {
        const QString next = c.store->nextCode(year);
        c.nextNumber.insert(year, next.section(QLatin1Char('-'), 2).toInt());
    }
    QString code;
    do {
        code = QStringLiteral("P-%1-%2").arg(year).arg(c.nextNumber[year]++, 4, 10, QLatin1Char('0'));
    } while (c.codes.contains(code));
    return code;
}

// Reads one record; returns the reason it is refused, or empty.
QString readRow(Context &c, const QStringList &header, const Csv::Record &record, ImportRow &row)
{
    if (!record.error.isEmpty())
        return record.error;
    // Empty cells after the last column (a spreadsheet's stray ";" at the end of a line) are not cells.
    QStringList cells = record.cells;
    while (cells.size() > header.size() && cells.constLast().trimmed().isEmpty())
        cells.removeLast();
    if (cells.size() != header.size())
        return tr("%1 colonnes au lieu de %2").arg(cells.size()).arg(header.size());
    QHash<QString, QString> v;
    for (int i = 0; i < header.size(); ++i)
        v.insert(header.at(i), Csv::unneutralise(cells.at(i)).trimmed());

    Patient &p = row.patient;
    p.code = v.value(QStringLiteral("code"));
    p.firstName = v.value(QStringLiteral("prenom"));
    p.lastName = v.value(QStringLiteral("nom"));
    p.sex = v.value(QStringLiteral("sexe")).toUpper();
    p.contact = v.value(QStringLiteral("contact"));
    p.notes = v.value(QStringLiteral("notes"));
    p.cancerSite = v.value(QStringLiteral("site_cancer"));
    p.treatment = v.value(QStringLiteral("traitement"));
    p.referringPhysician = v.value(QStringLiteral("medecin_adresseur"));
    p.gpName = v.value(QStringLiteral("medecin_traitant"));
    p.gpAddress = v.value(QStringLiteral("adresse_medecin_traitant"));
    p.referral = v.value(QStringLiteral("orientation"));
    const QString year = v.value(QStringLiteral("annee_naissance"));
    if (!year.isEmpty()) {
        bool ok = false;
        p.birthYear = year.toInt(&ok);
        if (!ok)
            return tr("année de naissance illisible « %1 »").arg(Printable::quote(year));
    }
    const auto status = statusFromWord(v.value(QStringLiteral("statut")));
    if (!status)
        return tr("statut inconnu « %1 » (attendu : %2)").arg(Printable::quote(v.value(QStringLiteral("statut"))), statusWords().join(QStringLiteral(", ")));
    p.status = *status;

    for (const auto &[name, kind] : dateColumns()) {
        const QString cell = v.value(name);
        for (const QString &text : cell.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QDate d = Dates::parseImportedDate(text, c.today);
            if (!d.isValid())
                return tr("date invalide « %1 » dans la colonne %2").arg(Printable::quote(text), name);
            PathEvent e;
            e.kind = kind;
            e.date = d;
            row.events << e;
        }
    }
    std::stable_sort(row.events.begin(), row.events.end(), [](const PathEvent &a, const PathEvent &b) { return a.date < b.date; });
    const QString exitWord = v.value(QStringLiteral("motif_sortie"));
    const auto exitStatus = statusFromWord(exitWord);
    if (!exitStatus)
        return tr("motif de sortie inconnu « %1 »").arg(Printable::quote(exitWord));
    QList<PathEvent> checked;
    qint64 fakeId = 0;
    for (PathEvent &e : row.events) {
        if (e.kind == K::Exit)
            e.reason = toStored(*exitStatus == Patient::Status::Active ? p.status : *exitStatus);
        e.id = --fakeId; // distinct ids so that the rules compare with the others only
        const QString error = PatientPath::firstError(PatientPath::checkEvent(e, checked, c.today));
        if (!error.isEmpty())
            return QStringLiteral("%1 (%2)").arg(PatientPath::kindLabel(e.kind), error);
        checked << e;
    }
    for (PathEvent &e : row.events)
        e.id = 0;

    for (const QString &code : v.value(QStringLiteral("seances_prevues")).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        if (!c.seanceByCode.contains(code))
            return tr("séance inconnue « %1 » dans le programme personnalisé").arg(Printable::quote(code));
        row.plan << c.seanceByCode.value(code);
    }
    static const QRegularExpression resultSuffix(QStringLiteral("^(.*\\S)\\s*\\[([^\\]]*)\\]$"));
    for (const QString &line : v.value(QStringLiteral("objectifs")).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        Objective o;
        o.label = line.trimmed();
        const auto m = resultSuffix.match(o.label);
        if (m.hasMatch()) {
            const int r = int(resultWords().indexOf(m.captured(2).trimmed().toLower()));
            if (r <= 0)
                return tr("résultat d'objectif inconnu « %1 »").arg(Printable::quote(m.captured(2)));
            o.label = m.captured(1);
            o.result = static_cast<Objective::Result>(r);
        }
        if (!o.label.isEmpty())
            row.objectives << o;
    }
    if (p.code.isEmpty()) {
        const int entryYear = row.events.isEmpty() ? c.today.year() : row.events.constFirst().date.year();
        p.code = generateCode(c, entryYear);
    } else if (c.codes.contains(p.code)) {
        return tr("le code « %1 » existe déjà").arg(Printable::quote(p.code));
    }
    if (QString error = PatientPath::checkPatient(p, c.today); !error.isEmpty())
        return error;
    c.codes.insert(p.code);
    return {};
}

// A patients CSV read one line at a time: the header first, then each row checked against the programme.
class RowReader
{
public:
    RowReader(ProgrammeFile &file, QIODevice &in, const QDate &today) : m_store(file), m_csv(in, maxCell, maxFileBytes)
    {
        m_context.store = &m_store;
        m_context.today = today;
        for (const Seance &s : GuideStore(file).seancesBrief())
            m_context.seanceByCode.insert(s.code, s.id);
        const QStringList codes = m_store.codes();
        m_context.codes = QSet<QString>(codes.cbegin(), codes.cend());
    }

    // Reads the header; false (fatal() says why) when the file is not a patients CSV.
    bool start()
    {
        Csv::Record first;
        if (!m_csv.next(first)) {
            m_fatal = m_csv.error().isEmpty() ? tr("Le fichier est vide.") : m_csv.error();
            return false;
        }
        QStringList cells = first.cells;
        while (!cells.isEmpty() && Csv::unneutralise(cells.constLast()).trimmed().isEmpty())
            cells.removeLast(); // empty columns at the end of the header (a spreadsheet's stray ";")
        for (const QString &cell : std::as_const(cells)) {
            const QString text = Csv::unneutralise(cell).trimmed();
            const QString name = columnNamed(text);
            if (name.isEmpty()) {
                m_fatal = tr("Colonne inconnue « %1 » : ce fichier n'a pas le format des patients de Kit ETP.").arg(Printable::quote(text));
                return false;
            }
            if (m_header.contains(name)) {
                m_fatal = tr("La colonne « %1 » apparaît deux fois.").arg(Printable::quote(text));
                return false;
            }
            m_header << name;
        }
        if (!m_header.contains(QStringLiteral("code")))
            m_fatal = tr("La première ligne doit nommer les colonnes, dont « code » (voir docs/csv-patients.md).");
        return m_fatal.isEmpty();
    }

    // The next accepted row (refused lines go to `rejected`); false after the last one, or when the rest of the file
    // turns out unusable (fatal() is then set).
    bool next(ImportRow &row, QList<Rejected> &rejected)
    {
        Csv::Record record;
        while (m_csv.next(record)) {
            row = ImportRow();
            row.line = record.line;
            const QString reason = readRow(m_context, m_header, record, row);
            if (reason.isEmpty())
                return true;
            rejected << Rejected{record.line, reason};
        }
        m_fatal = m_csv.error();
        return false;
    }

    QString fatal() const { return m_fatal; }

private:
    PatientStore m_store;
    CsvReader m_csv;
    Context m_context;
    QStringList m_header;
    QString m_fatal;
};

// Reads every row of `in`, handing each accepted one to `accept` (which may write it); stops at the first failure.
ImportReport readRows(ProgrammeFile &file, QIODevice &in, const QDate &today, const std::function<FileError(ImportRow &)> &accept,
                      Progress *progress = nullptr)
{
    ImportReport report;
    RowReader reader(file, in, today);
    if (!reader.start()) {
        report.fatal = reader.fatal();
        return report;
    }
    if (progress)
        progress->setTotal(int(qMax<qint64>(1, in.size() / 1024)));
    ImportRow row;
    int rows = 0;
    while (reader.next(row, report.rejected)) {
        if ((report.error = accept(row)))
            return report;
        ++report.accepted;
        if (progress && ++rows % 100 == 0) {
            if (progress->isCancelled()) {
                report.fatal = tr("l'import a été annulé.");
                return report;
            }
            progress->reach(int(in.pos() / 1024), tr("Ligne %1…").arg(rows + int(report.rejected.size())));
        }
    }
    report.fatal = reader.fatal();
    return report;
}

// Opens the CSV to read; an error message when it cannot be.
QString openInput(QFile &in, const QString &path)
{
    if (QString refused = InputFile::refusal(path); !refused.isEmpty())
        return refused;
    if (!in.open(QIODevice::ReadOnly))
        return tr("Impossible de lire « %1 » : %2").arg(path, in.errorString());
    if (in.size() > maxFileBytes)
        return tr("Le fichier dépasse 200 Mo : ce n'est pas un export de patients.");
    return {};
}

// Runs `work` on the CSV at `path`, opened (openInput); a file that cannot be read gives a Result (ImportPlan,
// ImportReport) whose fatal says why.
template<typename Result, typename Work>
Result withInput(const QString &path, Work work)
{
    QFile in(path);
    if (const QString error = openInput(in, path); !error.isEmpty()) {
        Result result;
        result.fatal = error;
        return result;
    }
    return work(in);
}

FileError writeRow(PathBulkWriter &writer, ImportRow &row)
{
    if (FileError e = writer.addPatient(row.patient))
        return e;
    for (PathEvent &e : row.events) {
        e.patientId = row.patient.id;
        if (FileError err = writer.addEvent(e))
            return err;
    }
    for (Objective &o : row.objectives) {
        o.patientId = row.patient.id;
        if (FileError err = writer.addObjective(o))
            return err;
    }
    for (qint64 seance : std::as_const(row.plan))
        if (FileError err = writer.addPlanItem(row.patient.id, seance))
            return err;
    return {};
}

} // namespace

ImportPlan read(ProgrammeFile &file, const QByteArray &data, const QDate &today)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    ImportPlan plan;
    const ImportReport report = readRows(file, buffer, today, [&plan](ImportRow &row) {
        plan.rows << row;
        return FileError();
    });
    plan.fatal = report.fatal;
    plan.rejected = report.rejected;
    if (!plan.fatal.isEmpty())
        plan.rows.clear();
    return plan;
}

ImportPlan readFile(ProgrammeFile &file, const QString &path, const QDate &today)
{
    return withInput<ImportPlan>(path, [&](QFile &in) { return read(file, in.readAll(), today); });
}

ImportReport checkFile(ProgrammeFile &file, const QString &path, const QDate &today, Progress *progress)
{
    return withInput<ImportReport>(path, [&](QFile &in) {
        return readRows(file, in, today, [](ImportRow &) { return FileError(); }, progress);
    });
}

ImportReport importFile(ProgrammeFile &file, const QString &path, const QDate &today, OnRefused refused, int expected,
                        QList<qint64> *ids, Progress *progress)
{
    return withInput<ImportReport>(path, [&](QFile &in) {
        Transaction tx(file);
        PathBulkWriter writer(file);
        QList<qint64> created;
        ImportReport report = readRows(file, in, today, [&writer, &created, ids](ImportRow &row) {
            FileError e = writeRow(writer, row);
            if (!e && ids)
                created << row.patient.id;
            return e;
        }, progress);
        if (report.fatal.isEmpty() && !report.error && expected >= 0 && report.accepted != expected)
            report.fatal = tr("le fichier a changé depuis sa vérification (%n ligne(s) acceptée(s) au lieu de %1).",
                              nullptr, report.accepted)
                               .arg(expected);
        if (!report.fatal.isEmpty() || report.error)
            return report; // the transaction rolls back: nothing imported
        if (!report.rejected.isEmpty() && refused == OnRefused::ImportNothing) {
            report.refusedWhole = true;
            return report; // rolled back too: a refused line stops the whole file unless the user chose otherwise
        }
        if (report.accepted == 0)
            return report; // nothing to write: rolled back too, so the file keeps every byte (the writer's setting
                           // aside of the summary triggers is a schema change a commit would record)
        writer.finish();
        if (!tx.commit()) {
            report.error = file.writeError({});
            return report;
        }
        if (ids)
            *ids = std::move(created);
        return report;
    });
}

FileError apply(ProgrammeFile &file, ImportPlan &plan, QList<qint64> *ids)
{
    if (!plan.fatal.isEmpty())
        return FileError(FileError::InvalidInput, file.path(), plan.fatal);
    Transaction tx(file);
    PathBulkWriter writer(file);
    QList<qint64> created;
    for (ImportRow &row : plan.rows) {
        if (FileError e = writeRow(writer, row))
            return e;
        created << row.patient.id;
    }
    writer.finish();
    if (!tx.commit())
        return file.writeError({});
    if (ids)
        *ids = created;
    return {};
}

} // namespace kitetp::PatientCsv
