// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;
class QFrame;

namespace kitetp {

// A date editor a user can type into: dd/mm/yyyy, d/m/yyyy, dd/mm/yy, ddmmyyyy or ddmmyy (also with '.' or '-').
// Two-digit years follow a sliding window around today: the year is put in the century that brings it closest to
// today, between 80 years back and 20 years ahead (in 2026: 00–46 → 20xx, 47–99 → 19xx). The empty state is a
// placeholder ("non renseignée" by default), not text. A calendar (Alt+Bas, F4, or the arrow in the field) opens on
// the date, or on today when empty, with "Aujourd'hui" and "Effacer". An impossible or out-of-range date is refused:
// the value stays the previous one, the field turns red and says why (tooltip, invalidReason()), nothing is committed.
// date() is null when empty. dateChanged() follows the value (also while a full four-digit-year date is being typed);
// dateCommitted() is emitted when the user confirms a value (Return, leaving the field, a calendar choice, a button);
// inputValidityChanged() when refused text appears or goes, so that a form can keep OK disabled meanwhile.
class DateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date); // a null date empties the field; does not emit dateCommitted
    void clearDate();                // empties the field and commits (the "Effacer" action)

    void setDateRange(const QDate &minimum, const QDate &maximum);
    void setMinimumDate(const QDate &minimum) { m_minimum = minimum; }
    void setMaximumDate(const QDate &maximum) { m_maximum = maximum; }
    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }

    // A required date cannot be emptied: "Effacer" is hidden and an emptied field gets its previous value back.
    void setRequired(bool required);
    bool isRequired() const { return m_required; }

    bool hasInvalidInput() const { return !m_invalidReason.isEmpty(); }
    QString invalidReason() const { return m_invalidReason; }

    // Reads what a user types; a null date when the text is not one of the accepted forms or not a real day.
    static QDate parse(const QString &text, const QDate &today = QDate::currentDate());
    // The century rule for a two-digit year, relative to today (see the class comment).
    static int expandYear(int twoDigits, const QDate &today = QDate::currentDate());

    QFrame *calendarPopup() const { return m_popup; }

public Q_SLOTS:
    void showCalendar();
    void setToday();

Q_SIGNALS:
    void dateChanged(const QDate &date);
    void dateCommitted(const QDate &date);
    void inputValidityChanged(bool invalid); // the field turned red (typed text refused) or back

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void commitText();
    void chooseDate(const QDate &date); // set and commit
    void setValue(const QDate &date);
    void markInvalid(const QString &reason);
    void clearInvalid();
    QString hint() const;
    QString checkRange(const QDate &date) const;
    void buildPopup();

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    bool m_required = false;
    QString m_invalidReason;
    QString m_normalToolTip;
    QAction *m_calendarAction = nullptr;
    QAction *m_clearAction = nullptr;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QWidget *m_clearButton = nullptr;
};

} // namespace kitetp
