// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QObject>

class QFormLayout;
class QLabel;

namespace kitetp {

class ProgrammeFile;

// Two read-only rows of the Déclaration page's dates: the next anniversary of the declaration's effective date (the
// annual self-evaluation is due) and the next fourth one (the four-year evaluation), from ProgrammeCalendar; when
// the effective date is not recorded, from the programme's start date, and the row says so.
class EvaluationDeadlines : public QObject
{
    Q_OBJECT
public:
    // Inserts its rows into `form` at `row`.
    EvaluationDeadlines(QFormLayout *form, int row, QObject *parent);
    void update(ProgrammeFile &file, const QDate &today = QDate::currentDate());

    QString annualText() const;
    QString fourYearText() const;

private:
    QLabel *m_annual;
    QLabel *m_fourYear;
};

} // namespace kitetp
