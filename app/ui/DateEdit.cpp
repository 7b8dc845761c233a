// SPDX-License-Identifier: EUPL-1.2
#include "ui/DateEdit.h"

#include "core/Dates.h"

#include <QAction>
#include <QCalendarWidget>
#include <QContextMenuEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace kitetp {

namespace {

QString shown(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// A full date with a four-digit year, the only form read while it is being typed (a two-digit year waits for the
// user to confirm, otherwise "15/01/20" would flash 2020 on the way to 15/01/2025).
bool hasFourDigitYear(const QString &text)
{
    static const QRegularExpression fourDigits(QStringLiteral("^\\s*(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}|\\d{8})\\s*$"));
    return fourDigits.match(text).hasMatch();
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent), m_minimum(Dates::earliestPlausible()), m_maximum(Dates::latestPlausible())
{
    setPlaceholderText(tr("non renseignée"));
    setToolTip(hint());
    m_calendarAction = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    m_calendarAction->setText(tr("Calendrier"));
    m_calendarAction->setToolTip(tr("Ouvrir le calendrier (Alt+Bas)"));
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::showCalendar);
    m_clearAction = addAction(style()->standardIcon(QStyle::SP_LineEditClearButton), QLineEdit::TrailingPosition);
    m_clearAction->setText(tr("Effacer"));
    m_clearAction->setToolTip(tr("Effacer la date"));
    m_clearAction->setVisible(false);
    connect(m_clearAction, &QAction::triggered, this, &DateEdit::clearDate);
    connect(this, &QLineEdit::textEdited, this, &DateEdit::onTextEdited);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::commitText);
    buildPopup();
}

void DateEdit::buildPopup()
{
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("dateEditPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(4, 4, 4, 4);
    m_calendar = new QCalendarWidget(m_popup);
    m_calendar->setGridVisible(true);
    m_calendar->setLocale(QLocale());
    layout->addWidget(m_calendar);
    auto *buttons = new QHBoxLayout;
    auto *today = new QPushButton(tr("Aujourd'hui"), m_popup);
    today->setObjectName(QStringLiteral("todayButton"));
    auto *clear = new QPushButton(tr("Effacer"), m_popup);
    clear->setObjectName(QStringLiteral("clearButton"));
    m_clearButton = clear;
    buttons->addWidget(today);
    buttons->addStretch();
    buttons->addWidget(clear);
    layout->addLayout(buttons);
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &d) {
        m_popup->hide();
        chooseDate(d);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &d) {
        m_popup->hide();
        chooseDate(d);
    });
    connect(today, &QPushButton::clicked, this, [this] {
        m_popup->hide();
        setToday();
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_popup->hide();
        clearDate();
    });
}

void DateEdit::setDate(const QDate &date)
{
    clearInvalid();
    setText(shown(date));
    setValue(date);
}

void DateEdit::clearDate()
{
    if (isReadOnly() || m_required)
        return;
    setDate(QDate());
    Q_EMIT dateCommitted(m_date);
}

void DateEdit::setToday()
{
    if (!isReadOnly())
        chooseDate(QDate::currentDate());
}

void DateEdit::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

void DateEdit::setRequired(bool required)
{
    m_required = required;
    m_clearButton->setVisible(!required);
    m_clearAction->setVisible(!required && m_date.isValid());
}

void DateEdit::setValue(const QDate &date)
{
    m_clearAction->setVisible(!m_required && date.isValid());
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateEdit::chooseDate(const QDate &date)
{
    const QString reason = checkRange(date);
    if (!reason.isEmpty()) {
        markInvalid(reason);
        return;
    }
    setDate(date);
    Q_EMIT dateCommitted(m_date);
}

QString DateEdit::checkRange(const QDate &date) const
{
    const QLocale locale;
    if (m_minimum.isValid() && date < m_minimum)
        return tr("La date doit être le %1 ou après.").arg(locale.toString(m_minimum, QLocale::ShortFormat));
    if (m_maximum.isValid() && date > m_maximum)
        return tr("La date doit être le %1 ou avant.").arg(locale.toString(m_maximum, QLocale::ShortFormat));
    return {};
}

void DateEdit::markInvalid(const QString &reason)
{
    if (m_invalidReason.isEmpty())
        m_normalToolTip = toolTip();
    m_invalidReason = reason;
    setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c0392b; background: #fdecea; }"));
    setToolTip(reason);
    Q_EMIT inputValidityChanged(true);
}

void DateEdit::clearInvalid()
{
    if (m_invalidReason.isEmpty())
        return;
    m_invalidReason.clear();
    setStyleSheet(QString());
    setToolTip(m_normalToolTip);
    Q_EMIT inputValidityChanged(false);
}

QString DateEdit::hint() const
{
    return tr("jj/mm/aaaa, jj/mm/aa ou jjmmaaaa ; Alt+Bas ouvre le calendrier");
}

void DateEdit::onTextEdited(const QString &text)
{
    clearInvalid();
    if (!hasFourDigitYear(text))
        return;
    const QDate d = parse(text);
    if (d.isValid() && checkRange(d).isEmpty())
        setValue(d);
}

void DateEdit::commitText()
{
    if (isReadOnly())
        return;
    const QString text = this->text().trimmed();
    if (text.isEmpty()) {
        if (m_required) {
            setDate(m_date); // a required date cannot be emptied: its value comes back
            return;
        }
        setDate(QDate());
        Q_EMIT dateCommitted(m_date);
        return;
    }
    const QDate d = parse(text);
    if (!d.isValid()) {
        markInvalid(tr("« %1 » n'est pas une date (jj/mm/aaaa) : la date reste %2.")
                        .arg(text, m_date.isValid() ? shown(m_date) : tr("non renseignée")));
        return;
    }
    const QString reason = checkRange(d);
    if (!reason.isEmpty()) {
        markInvalid(reason);
        return;
    }
    setDate(d);
    Q_EMIT dateCommitted(m_date);
}

int DateEdit::expandYear(int twoDigits, const QDate &today)
{
    // The century that puts the year closest to today, within 80 years back and 20 years ahead.
    const int century = today.year() - today.year() % 100;
    int year = century + twoDigits;
    if (year > today.year() + 20)
        year -= 100;
    else if (year <= today.year() - 80)
        year += 100;
    return year;
}

QDate DateEdit::parse(const QString &text, const QDate &today)
{
    static const QRegularExpression separated(
        QStringLiteral("^\\s*(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})\\s*$"));
    static const QRegularExpression packed(QStringLiteral("^\\s*(\\d{2})(\\d{2})(\\d{2}|\\d{4})\\s*$"));
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch())
        m = packed.match(text);
    if (!m.hasMatch())
        return {};
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year = expandYear(year, today);
    return QDate(year, month, day); // null for 31/02 or 00/13
}

void DateEdit::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    const QDate shownDate = m_date.isValid() ? m_date : QDate::currentDate();
    m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(1900, 1, 1),
                             m_maximum.isValid() ? m_maximum : QDate(2999, 12, 31));
    m_calendar->setSelectedDate(shownDate);
    m_calendar->setCurrentPage(shownDate.year(), shownDate.month());
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height())));
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason); // not a focus out that would commit the text
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier))) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    menu->addSeparator();
    QAction *today = menu->addAction(tr("Aujourd'hui"), this, &DateEdit::setToday);
    QAction *calendar = menu->addAction(tr("Calendrier…"), this, &DateEdit::showCalendar);
    QAction *clear = menu->addAction(tr("Effacer la date"), this, &DateEdit::clearDate);
    today->setEnabled(!isReadOnly());
    calendar->setEnabled(!isReadOnly());
    clear->setEnabled(!isReadOnly() && !m_required && m_date.isValid());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace kitetp
