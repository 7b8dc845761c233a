// SPDX-License-Identifier: EUPL-1.2
#include "documents/SignInSheetDocument.h"

#include "core/Html.h"
#include "documents/GuideHtml.h"
#include "documents/Letterhead.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kitetp::SignInSheetDocument {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SignInSheetDocument)
};

const QString blank = QStringLiteral("<span class=\"muted\">………………………………………………</span>");

QString dateText(const QDateTime &date)
{
    if (!date.isValid())
        return blank;
    const QString day = QLocale().toString(date.date(), QStringLiteral("dddd d MMMM yyyy"));
    if (date.time() == QTime(0, 0))
        return Html::escape(day);
    return Html::escape(Text::tr("%1 à %2").arg(day, QLocale().toString(date.time(), QStringLiteral("HH:mm"))));
}

} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const Seance &s, const Options &o, const QPageLayout &layout)
{
    auto doc = std::make_unique<PaperDocument>(Text::tr("Feuille d'émargement %1").arg(s.code));
    doc->setPageLayout(layout);
    Letterhead::apply(*doc, file);

    QString html = QStringLiteral("<h1>%1</h1>").arg(Html::escape(Text::tr("Feuille d'émargement")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(QStringLiteral("%1 — %2").arg(s.code, s.title)));
    const QString place = o.place.isEmpty() ? s.room : o.place;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    html += QStringLiteral("<tr><td width=\"22%\">%1</td><td>%2</td></tr>").arg(GuideHtml::label(Text::tr("Date")), dateText(o.date));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(GuideHtml::label(Text::tr("Lieu")), place.isEmpty() ? blank : Html::escape(place));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(GuideHtml::label(Text::tr("Durée prévue")),
                                                                                     GuideHtml::duration(o.durationMin > 0 ? o.durationMin : s.durationMin));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(Html::escape(Text::tr("Animateurs")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"6\"><tr><th width=\"55%\">%1</th><th>%2</th></tr>")
                .arg(Html::escape(Text::tr("Nom, profession")), Html::escape(Text::tr("Signature")));
    const QStringList facilitators = o.facilitators.isEmpty() ? QStringList(std::max<qsizetype>(2, s.professions.size()), QString())
                                                              : o.facilitators;
    for (const QString &f : facilitators)
        html += QStringLiteral("<tr><td>%1</td><td></td></tr>").arg(f.isEmpty() ? QStringLiteral("&nbsp;<br/>&nbsp;") : Html::escape(f));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(Html::escape(Text::tr("Participants")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"6\"><tr><th width=\"7%\">%1</th>"
                           "<th width=\"48%\">%2</th><th>%3</th></tr>")
                .arg(Html::escape(Text::tr("N°")), Html::escape(Text::tr("Nom et prénom (ou code)")), Html::escape(Text::tr("Signature")));
    const int blankRows = o.blankRows > 0 ? o.blankRows
                                          : std::max<int>(std::max(s.groupMax, 8) - int(o.participants.size()), 2);
    int n = 0;
    for (const QString &p : o.participants)
        html += QStringLiteral("<tr><td>%1<br/>&nbsp;</td><td>%2</td><td></td></tr>").arg(++n).arg(Html::escape(p));
    for (int i = 0; i < blankRows; ++i)
        html += QStringLiteral("<tr><td>%1<br/>&nbsp;</td><td></td><td></td></tr>").arg(++n);
    html += QStringLiteral("</table>");
    if (o.enrolled >= 0)
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(Text::tr("%n patient(s) inscrit(s).", nullptr, o.enrolled)));
    if (!o.participants.isEmpty())
        doc->setFooterNote(Text::tr("Document personnel — données de santé"));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(Html::escape(Text::tr("Document à conserver par le coordonnateur du programme : il contient des données personnelles.")));
    doc->setBodyHtml(html);
    return doc;
}

Options forSession(ProgrammeFile &file, const Session &session)
{
    Options o;
    o.date = session.startsAt;
    o.place = session.place;
    o.durationMin = session.durationMin;
    const TeamStore team(file);
    for (qint64 id : session.facilitatorIds)
        if (const auto m = team.member(id))
            o.facilitators << (m->profession.isEmpty() ? m->name : m->name + QStringLiteral(" (") + m->profession + QLatin1Char(')'));
    struct Line
    {
        QString sortKey;
        QString text;
    };
    QList<Line> lines;
    const PatientStore patients(file);
    for (const Attendance &a : SessionStore(file).attendance(session.id)) {
        if (a.status == Attendance::Status::Excused)
            continue;
        const auto p = patients.patient(a.patientId);
        if (!p)
            continue;
        const QString name = QString(p->lastName.toUpper() + QLatin1Char(' ') + p->firstName).trimmed();
        lines << Line{name + p->code, name.isEmpty() ? p->code : name + QStringLiteral(" (") + p->code + QLatin1Char(')')};
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return QString::localeAwareCompare(a.sortKey, b.sortKey) < 0; });
    for (const Line &l : std::as_const(lines))
        o.participants << l.text;
    o.enrolled = int(lines.size());
    o.blankRows = 3; // room for patients who come without being enrolled
    return o;
}

} // namespace kitetp::SignInSheetDocument
