// SPDX-License-Identifier: EUPL-1.2
#include "documents/WeekPlanningDocument.h"

#include "core/CalendarPeriod.h"
#include "core/Html.h"
#include "core/SessionRules.h"
#include "documents/Letterhead.h"
#include "documents/PageSetup.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"
#include "storage/TeamStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace kitetp::WeekPlanningDocument {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(WeekPlanningDocument)
};
} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const QDate &dayOfWeek, const QPageLayout &layout)
{
    const CalendarPeriod week(CalendarPeriod::Kind::Week, dayOfWeek);
    const QDate monday = week.first();
    const QString title = week.title();
    auto doc = std::make_unique<PaperDocument>(Text::tr("Planning, %1").arg(title));
    doc->setPageLayout(PageSetup::landscape(layout));
    doc->setBaseFontSize(9);
    Letterhead::apply(*doc, file);

    const SessionStore store(file);
    const QList<Session> sessions = store.sessions(monday, monday.addDays(6));
    const QList<Attendance> attendance = store.attendanceBetween(monday, monday.addDays(6));
    QHash<qint64, QString> seances;
    for (const Seance &s : GuideStore(file).seancesBrief())
        seances.insert(s.id, s.code + QStringLiteral(" — ") + s.title);
    QHash<qint64, QString> members;
    for (const TeamMember &m : TeamStore(file).members())
        members.insert(m.id, m.name);

    const QLocale locale;
    QString html = QStringLiteral("<h1>%1</h1>").arg(Html::escape(Text::tr("Planning de la %1").arg(title)));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"4\"><tr>");
    for (int d = 0; d < 7; ++d)
        html += QStringLiteral("<th width=\"14%\">%1</th>")
                    .arg(Html::escape(locale.toString(monday.addDays(d), QStringLiteral("dddd d MMMM"))));
    html += QStringLiteral("</tr><tr>");
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        QStringList cells;
        for (const Session &s : sessions) {
            if (s.startsAt.date() != day)
                continue;
            QStringList names;
            for (qint64 id : s.facilitatorIds)
                names << members.value(id);
            QList<Attendance> enrolled;
            for (const Attendance &a : attendance)
                if (a.sessionId == s.id)
                    enrolled << a;
            const int occupied = SessionRules::occupied(enrolled);
            QString cell =
                QStringLiteral("<p><b>%1–%2</b><br/>%3")
                    .arg(Html::escape(locale.toString(s.startsAt.time(), QStringLiteral("HH:mm"))),
                         Html::escape(locale.toString(s.startsAt.addSecs(qint64(s.durationMin) * 60).time(),
                                                      QStringLiteral("HH:mm"))),
                         Html::escape(seances.value(s.seanceId)));
            if (!s.place.isEmpty())
                cell += QStringLiteral("<br/>") + Html::escape(s.place);
            if (!names.isEmpty())
                cell += QStringLiteral("<br/><i>%1</i>").arg(Html::escape(names.join(QStringLiteral(", "))));
            cell += QStringLiteral("<br/>") +
                    Html::escape(s.capacity
                                     ? Text::tr("Inscrits : %1 sur %2 places").arg(occupied).arg(s.capacity)
                                     : Text::tr("Inscrits : %1").arg(occupied));
            cells << cell + QStringLiteral("</p>");
        }
        html += QStringLiteral("<td valign=\"top\">%1</td>")
                    .arg(cells.isEmpty() ? QStringLiteral("&nbsp;") : cells.join(QString()));
    }
    html += QStringLiteral("</tr></table>");
    if (sessions.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(Html::escape(Text::tr("Aucune séance n'est planifiée cette semaine.")));
    doc->setBodyHtml(html);
    return doc;
}

} // namespace kitetp::WeekPlanningDocument
