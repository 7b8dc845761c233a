// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/EvaluationDeadlines.h"

#include "storage/EvaluationStore.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace kitetp {

EvaluationDeadlines::EvaluationDeadlines(QFormLayout *form, int row, QObject *parent)
    : QObject(parent), m_annual(new QLabel), m_fourYear(new QLabel)
{
    m_annual->setObjectName(QStringLiteral("nextAnniversaryValue"));
    m_fourYear->setObjectName(QStringLiteral("nextFourYearValue"));
    for (QLabel *l : {m_annual, m_fourYear}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    form->insertRow(row, tr("Prochain anniversaire :"), m_annual);
    form->insertRow(row + 1, tr("Prochaine évaluation quadriennale :"), m_fourYear);
}

void EvaluationDeadlines::update(ProgrammeFile &file, const QDate &today)
{
    const ProgrammeCalendar calendar = EvaluationStore(file).calendar(false, today);
    const QLocale locale;
    if (calendar.anchor() == ProgrammeCalendar::Anchor::None) {
        m_annual->setText(tr("— (ni prise d'effet ni date de début enregistrées)"));
        m_fourYear->setText(QStringLiteral("—"));
        return;
    }
    const QString source = calendar.anchor() == ProgrammeCalendar::Anchor::Start
                               ? tr(" — d'après la date de début du programme, la prise d'effet n'étant pas enregistrée")
                               : QString();
    m_annual->setText(tr("%1 : rapport d'auto-évaluation annuelle%2")
                          .arg(locale.toString(calendar.nextAnniversary(today), QLocale::LongFormat), source));
    m_fourYear->setText(tr("%1 : rapport d'évaluation quadriennale%2")
                            .arg(locale.toString(calendar.nextFourYearDeadline(today), QLocale::LongFormat), source));
}

QString EvaluationDeadlines::annualText() const
{
    return m_annual->text();
}

QString EvaluationDeadlines::fourYearText() const
{
    return m_fourYear->text();
}

} // namespace kitetp
