#include "documents/SessionSigninDocument.h"

#include "core/Html.h"
#include "documents/Letterhead.h"
#include "documents/PaperDocument.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kitetp::SessionSigninDocument {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SessionSigninDocument", text);
}
} // namespace

QString bodyHtml(ProgrammeFile &file, qint64 sessionId)
{
    const std::optional<Session> s = SessionStore(file).session(sessionId);
    if (!s)
        return {};
    const std::optional<Seance> seance = GuideStore(file).seance(s->seanceId);
    QStringList facilitators;
    for (qint64 id : s->facilitatorIds)
        if (const auto m = TeamStore(file).member(id))
            facilitators << (m->profession.isEmpty() ? m->name : m->name + QStringLiteral(" (") + m->profession + QLatin1Char(')'));
    const QLocale fr(QLocale::French);
    QString h = QStringLiteral("<h1>%1</h1>").arg(Html::escape(tr("Feuille d'émargement")));
    h += QStringLiteral("<h2>%1</h2>").arg(Html::escape(seance ? seance->code + QStringLiteral(" — ") + seance->title : tr("Séance")));
    h += QStringLiteral("<p><b>%1</b> %2, %3 – %4</p>")
             .arg(Html::escape(tr("Date :")), Html::escape(fr.toString(s->startsAt.date(), QStringLiteral("dddd d MMMM yyyy"))),
                  s->startsAt.toString(QStringLiteral("HH:mm")), s->startsAt.addSecs(qint64(s->durationMin) * 60).toString(QStringLiteral("HH:mm")));
    if (!s->place.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(Html::escape(tr("Lieu :")), Html::escape(s->place));
    h += QStringLiteral("<p><b>%1</b> %2</p>")
             .arg(Html::escape(tr("Animateurs :")), Html::escape(facilitators.isEmpty() ? tr("(non précisés)") : facilitators.join(QStringLiteral(", "))));

    struct Line { QString code; QString name; };
    QList<Line> lines;
    PatientStore patients(file);
    for (const Attendance &a : SessionStore(file).attendance(sessionId)) {
        if (a.status == Attendance::Status::Excused)
            continue;
        if (const auto p = patients.patient(a.patientId))
            lines << Line{p->code, QString(p->lastName.toUpper() + QLatin1Char(' ') + p->firstName).trimmed()};
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return QString::localeAwareCompare(a.name + a.code, b.name + b.code) < 0;
    });
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\"><tr><th width=\"5%\">#</th>"
                        "<th width=\"20%\">%1</th><th width=\"40%\">%2</th><th width=\"35%\">%3</th></tr>")
             .arg(Html::escape(tr("Code")), Html::escape(tr("Nom")), Html::escape(tr("Signature")));
    int n = 0;
    for (const Line &l : std::as_const(lines))
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>&nbsp;<br/>&nbsp;</td></tr>")
                 .arg(++n).arg(Html::escape(l.code), Html::escape(l.name));
    for (int i = 0; i < 3; ++i) // room for a patient who comes without being enrolled
        h += QStringLiteral("<tr><td>%1</td><td></td><td></td><td>&nbsp;<br/>&nbsp;</td></tr>").arg(++n);
    h += QStringLiteral("</table><p class=\"muted\">%1</p>")
             .arg(Html::escape(QCoreApplication::translate("SessionSigninDocument", "%n patient(s) inscrit(s). Signature des animateurs :",
                                                                         nullptr, int(lines.size()))));
    return h;
}

void build(PaperDocument &document, ProgrammeFile &file, qint64 sessionId)
{
    Letterhead::apply(document, file);
    document.setFooterNote(tr("Document personnel — données de santé"));
    document.setBodyHtml(bodyHtml(file, sessionId));
}

} // namespace kitetp::SessionSigninDocument
