// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/SessionMove.h"

#include "core/SessionRules.h"
#include "model/PatientCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/GuideStore.h"
#include "storage/SessionStore.h"
#include "ui/pages/SessionDialog.h"

#include <QLocale>
#include <QMessageBox>

namespace kitetp {

QString SessionMove::run(QWidget *parent, ProgrammeDocument &document, qint64 sessionId,
                         const QDateTime &start)
{
    ProgrammeFile &file = document.file();
    const SessionStore store(file);
    const auto before = store.session(sessionId);
    if (!before || before->startsAt == start)
        return {};
    if (document.isReadOnly())
        return tr("Le programme est ouvert en lecture seule : la séance n'a pas été déplacée.");
    Session after = *before;
    after.startsAt = start;
    QString refused = SessionRules::checkSession(after);
    if (refused.isEmpty())
        refused = SessionRules::checkReschedule(*before, store.attendance(sessionId), start,
                                                QDateTime::currentDateTime());
    if (!refused.isEmpty()) {
        QMessageBox::warning(parent, tr("Déplacer la séance"), refused);
        return refused;
    }
    const QString when =
        tr("%1 à %2").arg(QLocale().toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
                          QLocale().toString(start.time(), QStringLiteral("HH:mm")));
    if (const QStringList conflicts = SessionDialog::conflictWarnings(file, after); !conflicts.isEmpty()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Déplacer la séance"),
            tr("Le %1 :\n%2\n\nDéplacer la séance quand même ?").arg(when, conflicts.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, parent);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return tr("Séance laissée à sa place.");
    }
    const auto seance = GuideStore(file).seance(before->seanceId);
    if (!document.push(
            PatientCommands::moveSession(&document, *before, after, seance ? seance->code : tr("la séance"))))
        return {};
    return tr("Séance déplacée au %1.").arg(when);
}

} // namespace kitetp
