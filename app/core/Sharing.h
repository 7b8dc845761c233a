// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kitetp {

// A package of guides and materials sent to another programme (recorded when the package is exported): to whom,
// when, what it held, and — asked six months later — how the materials were used.
struct PackageSent
{
    qint64 id = 0;
    QDate sentOn;
    QString recipient;    // who received it (a programme, a person), editable afterwards
    QString fileName;     // the package's file name
    QString conducteurs;  // the codes it held, "C1, C2"
    QString answer;       // how the materials were used; empty: not asked yet
    QDate answeredOn;

    static constexpr int followUpMonths = 6;
    static constexpr int maxRecipient = 300;
    static constexpr int maxAnswer = 5000;

    // The day the follow-up is due (six months after the sending).
    QDate followUpOn() const { return sentOn.addMonths(followUpMonths); }
    bool followUpDue(const QDate &today) const { return answer.trimmed().isEmpty() && sentOn.isValid() && followUpOn() <= today; }
    QString check() const; // a translated reason, or empty
};

class SharingText
{
    Q_DECLARE_TR_FUNCTIONS(Sharing)
};

} // namespace kitetp
