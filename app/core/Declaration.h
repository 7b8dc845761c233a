// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Attachment.h"
#include "core/Team.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kitetp {

// A projected funding source of the programme (dossier item 9). Amounts in cents.
struct Funding
{
    qint64 id = 0;
    QString source;
    qint64 amountCents = 0;
    int year = 0; // 0 = every year
    QString note;

    static constexpr qint64 maxAmountCents = 100000000000LL; // one billion euros: anything above is a typing error
    QString check() const;
};

// A dated event of the declaration's life (declaration.md, "Filing and deadlines").
struct DeclarationEvent
{
    enum class Kind {
        Sent,           // dossier sent to the ARS
        MissingItems,   // the ARS listed missing items
        ComplementSent, // the missing items were sent
        Acknowledged,   // the ARS acknowledged the dossier as complete
        Change,         // a change notified (coordinator, objectives, funding)
        Stop,           // the programme stopped (declared within 3 months)
    };
    enum class Change { None, Coordinator, Objectives, Funding };

    qint64 id = 0;
    Kind kind = Kind::Sent;
    QDate date;
    Change change = Change::None;
    QString note;
    QString previous; // a change: the value it replaces (the former coordinator, the former objectives...)

    QString check() const;

    static QString toStored(Kind kind);
    static Kind kindFromStored(const QString &text, bool *ok = nullptr);
    static QString toStored(Change change);
    static Change changeFromStored(const QString &text, bool *ok = nullptr);
    static QString label(Kind kind);
    static QString label(Change change);
};

// The declaration's dates and the deadlines they imply.
class DeclarationTimeline
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationTimeline)
public:
    DeclarationTimeline() = default;
    explicit DeclarationTimeline(const QList<DeclarationEvent> &events);

    QDate sent() const { return m_sent; }
    QDate missingItems() const { return m_missing; }
    QDate complementSent() const { return m_complement; }
    QDate acknowledged() const { return m_ack; }
    QDate stopped() const { return m_stop; }
    QList<DeclarationEvent> changes() const { return m_changes; }

    // The last time the ARS received something that restarts its two months (dispatch or complement).
    QDate lastFiling() const;
    // Two months after the last filing: without a list of missing items by then, the dossier is deemed complete.
    QDate completenessDeadline() const;
    // Missing items were listed after the last filing and are not answered yet.
    bool awaitingComplement() const;
    // The date the declaration takes effect (acknowledgement, or the deadline passed without missing items) as of
    // `today`; invalid when not yet effective.
    QDate effective(const QDate &today) const;
    // The programme must start within 12 months of taking effect.
    QDate startDeadline(const QDate &today) const;

    // Checks a date typed for the dated event `kind` against the others: plausible, not in the future, and in the
    // order of the procedure (missing items after sending, complements after missing items...). A reason, or empty.
    QString checkDate(DeclarationEvent::Kind kind, const QDate &date, const QDate &today) const;

private:
    QDate m_sent, m_missing, m_complement, m_ack, m_stop;
    QList<DeclarationEvent> m_changes;
};

// Everything the checklist and the flowcharts look at, read from the programme file by DeclarationStore::facts().
struct DeclarationFacts
{
    QHash<QString, QString> fields;
    QList<TeamMember> team; // active members only
    QList<Funding> funding;
    QList<Attachment> attachments; // without their data
    QList<DeclarationEvent> events;
    int seances = 0;
    int draftSeances = 0;
    int patientsConsented = 0;
    int assessments = 0;
    int finalEvaluations = 0;
    int gpLetters = 0;
    int sessionsHeld = 0;
    QDate firstActivity; // first patient event or session held
    QDate lastActivity;  // last session held
    QStringList evaluationPeriods; // periods with notes ("2025", "2022-2025")
    QDate today = QDate::currentDate();

    QString field(const QString &key) const { return fields.value(key).trimmed(); }
    const TeamMember *coordinator() const;
    // The attached pieces of `piece` (of `memberId` when given).
    QList<Attachment> attached(Attachment::Piece piece, qint64 memberId = 0) const;

    // A programme run in several regions is declared to each ARS concerned (R1161-4): the ARS of the dossier
    // (declaration.ars) first, then each other region (declaration.other_regions, one a line).
    QStringList addressees() const;
    // Makes these facts those of the dossier addressed to `ars`, one of addressees(): it becomes the ARS of the
    // dossier and the others are listed as the other regions. False (nothing changed) when `ars` is none of them.
    bool addressTo(const QString &ars);
};

} // namespace kitetp
