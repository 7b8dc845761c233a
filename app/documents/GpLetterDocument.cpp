// SPDX-License-Identifier: EUPL-1.2
#include "documents/GpLetterDocument.h"

#include "core/Html.h"
#include "core/PatientPath.h"
#include "core/SessionRules.h"
#include "core/ProgrammeFields.h"
#include "documents/Letterhead.h"
#include "documents/PaperDocument.h"
#include "storage/DocumentTemplateStore.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace kitetp::GpLetterDocument {

namespace {
// Under the context lupdate gives a tr() call in this namespace (the one the .ts files translate).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kitetp::GpLetterDocument", text, disambiguation, n);
}

QString longDate(const QDate &d)
{
    return d.isValid() ? QLocale(QLocale::French).toString(d, QStringLiteral("d MMMM yyyy")) : tr("(non renseigné)");
}

QDate firstOf(const QList<PathEvent> &path, PathEvent::Kind kind)
{
    for (const PathEvent &e : path)
        if (e.kind == kind)
            return e.date;
    return {};
}

QDate lastOf(const QList<PathEvent> &path, PathEvent::Kind kind)
{
    QDate d;
    for (const PathEvent &e : path)
        if (e.kind == kind)
            d = e.date;
    return d;
}

QString patientName(const Patient &p)
{
    if (!p.hasIdentity())
        return p.code;
    QString name = QString(p.firstName + QLatin1Char(' ') + p.lastName).trimmed();
    if (p.birthYear)
        name += p.sex == QLatin1String("F") ? tr(" (née en %1)").arg(p.birthYear) : tr(" (né en %1)").arg(p.birthYear);
    return name;
}

QString objectivesHtml(const Data &d)
{
    if (d.objectives.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(tr("Aucun objectif enregistré.")));
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(Html::escape(tr("Objectif convenu")), Html::escape(tr("Résultat")), Html::escape(tr("Avis du patient")));
    for (const Objective &o : d.objectives)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(Html::escape(o.label), Html::escape(PatientPath::resultLabel(o.result)), Html::escape(o.patientView, true));
    return h + QStringLiteral("</table>");
}

QString sessionsHtml(const Data &d)
{
    if (d.sessionsAttended.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(tr("Aucune séance suivie à ce jour.")));
    QString h = QStringLiteral("<ul>");
    for (const auto &[when, title] : d.sessionsAttended)
        h += QStringLiteral("<li>%1 — %2</li>").arg(Html::escape(longDate(when.date())), Html::escape(title));
    return h + QStringLiteral("</ul>");
}

QString evaluationHtml(const Data &d)
{
    const QDate final = lastOf(d.path, PathEvent::Kind::FinalEvaluation);
    if (!final.isValid())
        return QStringLiteral("<p>%1</p>").arg(Html::escape(tr("L'évaluation individuelle finale n'a pas encore eu lieu.")));
    int reached = 0, partly = 0, notReached = 0;
    for (const Objective &o : d.objectives) {
        reached += o.result == Objective::Result::Reached;
        partly += o.result == Objective::Result::Partly;
        notReached += o.result == Objective::Result::NotReached;
    }
    QString text = tr("Évaluation individuelle finale du %1 : %2, %3, %4.")
                       .arg(longDate(final), tr("%n objectif(s) atteint(s)", nullptr, reached),
                            tr("%n partiellement", nullptr, partly), tr("%n non atteint(s)", nullptr, notReached));
    QString h = QStringLiteral("<p>%1</p>").arg(Html::escape(text));
    for (const PathEvent &e : d.path)
        if (e.kind == PathEvent::Kind::FinalEvaluation && !e.note.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(Html::escape(e.note, true));
    return h;
}

} // namespace

QString templateKey()
{
    return QStringLiteral("gp_letter");
}

QStringList placeholders()
{
    return {QStringLiteral("{patient}"), QStringLiteral("{code}"), QStringLiteral("{medecin_traitant}"),
            QStringLiteral("{adresse_medecin}"), QStringLiteral("{date_entree}"), QStringLiteral("{date_bilan}"),
            QStringLiteral("{date_evaluation}"), QStringLiteral("{objectifs}"), QStringLiteral("{seances}"),
            QStringLiteral("{evaluation}"), QStringLiteral("{programme}"), QStringLiteral("{structure}"),
            QStringLiteral("{contact}"), QStringLiteral("{date}")};
}

QString defaultTemplate()
{
    return tr("{medecin_traitant}\n{adresse_medecin}\n\nLe {date}\n\n"
              "Objet : synthèse du parcours d'éducation thérapeutique de {patient}\n\n"
              "Cher confrère, chère consœur,\n\n"
              "Votre patient(e) {patient} a participé au programme « {programme} ». Le bilan éducatif partagé a eu lieu "
              "le {date_bilan}. Voici la synthèse de son parcours, transmise avec son accord.\n\n"
              "# Objectifs convenus\n{objectifs}\n\n"
              "# Séances suivies\n{seances}\n\n"
              "# Évaluation\n{evaluation}\n\n"
              "Nous restons à votre disposition pour tout renseignement.\n\n"
              "Bien confraternellement,\n\n{contact}\n{structure}");
}

QString refusal(const Data &data)
{
    if (PatientPath::consentsToShare(data.path))
        return {};
    return QCoreApplication::translate("GpLetterDocument",
                                       "%1 n'a pas consenti au partage de ses données avec le médecin traitant (aucune "
                                       "étape « consentement au partage » dans son parcours) : la synthèse ne peut pas "
                                       "être envoyée. Notez d'abord son consentement.")
        .arg(data.patient.code);
}

Data gather(ProgrammeFile &file, qint64 patientId)
{
    Data d;
    PatientStore patients(file);
    d.patient = patients.patient(patientId).value_or(Patient());
    d.path = patients.events(patientId);
    d.objectives = patients.objectives(patientId);
    QHash<qint64, QString> titles;
    for (const Seance &s : GuideStore(file).seancesBrief())
        titles.insert(s.id, s.title);
    const QDateTime now = QDateTime::currentDateTime(); // the letter is dated today
    for (const PatientSession &ps : SessionStore(file).sessionsOfPatient(patientId))
        if (ps.status == Attendance::Status::Present && SessionRules::hasStarted(ps.session, now)) // not one to come
            d.sessionsAttended << qMakePair(ps.session.startsAt, titles.value(ps.session.seanceId, tr("Séance")));
    const FieldStore fields(file);
    d.programme = fields.value(ProgrammeFields::title());
    d.structure = fields.value(QStringLiteral("structure.name"));
    const QString name = fields.value(QStringLiteral("contact.name"));
    const QString role = fields.value(QStringLiteral("contact.role"));
    d.contact = role.isEmpty() ? name : name + QStringLiteral(", ") + role;
    d.templateBody = DocumentTemplateStore(file).body(templateKey());
    return d;
}

QString bodyHtml(const Data &d)
{
    const QString body = d.templateBody.trimmed().isEmpty() ? defaultTemplate() : d.templateBody;
    const Patient &p = d.patient;
    const QHash<QString, QString> text = {
        {QStringLiteral("patient"), patientName(p)},
        {QStringLiteral("code"), p.code},
        {QStringLiteral("medecin_traitant"), p.gpName.isEmpty() ? tr("Médecin traitant") : p.gpName},
        {QStringLiteral("adresse_medecin"), p.gpAddress},
        {QStringLiteral("date_entree"), longDate(d.path.isEmpty() ? QDate() : d.path.constFirst().date)},
        {QStringLiteral("date_bilan"), longDate(firstOf(d.path, PathEvent::Kind::Assessment))},
        {QStringLiteral("date_evaluation"), longDate(lastOf(d.path, PathEvent::Kind::FinalEvaluation))},
        {QStringLiteral("programme"), d.programme},
        {QStringLiteral("structure"), d.structure},
        {QStringLiteral("contact"), d.contact},
        {QStringLiteral("date"), longDate(QDate::currentDate())},
    };
    const QHash<QString, QString> blocks = {
        {QStringLiteral("objectifs"), objectivesHtml(d)},
        {QStringLiteral("seances"), sessionsHtml(d)},
        {QStringLiteral("evaluation"), evaluationHtml(d)},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString html;
    for (const QString &rawLine : body.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (blocks.contains(line.mid(1, line.size() - 2)) && line.startsWith(QLatin1Char('{'))) {
            html += blocks.value(line.mid(1, line.size() - 2));
            continue;
        }
        const bool heading = line.startsWith(QLatin1String("# "));
        const QString source = heading ? line.mid(2) : rawLine;
        // Escape the template's own text piece by piece, and the values put in its placeholders.
        QString out;
        qsizetype at = 0;
        auto it = placeholder.globalMatch(source);
        while (it.hasNext()) {
            const auto m = it.next();
            out += Html::escape(source.mid(at, m.capturedStart() - at));
            const QString key = m.captured(1);
            if (text.contains(key))
                out += Html::escape(text.value(key), true);
            else if (blocks.contains(key))
                out += blocks.value(key);
            else
                out += Html::escape(m.captured(0));
            at = m.capturedEnd();
        }
        out += Html::escape(source.mid(at));
        if (heading)
            html += QStringLiteral("<h3>%1</h3>").arg(out);
        else if (line.isEmpty())
            html += QStringLiteral("<p>&nbsp;</p>");
        else
            html += QStringLiteral("<p>%1</p>").arg(out);
    }
    return html;
}

void build(PaperDocument &document, ProgrammeFile &file, const Data &data)
{
    Letterhead::apply(document, file);
    document.setFooterNote(tr("Document personnel — données de santé"));
    document.setBodyHtml(bodyHtml(data));
}

} // namespace kitetp::GpLetterDocument
