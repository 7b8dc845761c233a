// SPDX-License-Identifier: EUPL-1.2
#include "core/Declaration.h"

#include "core/Dates.h"
#include "core/EnumWords.h"

#include <QLocale>

#include <iterator>

namespace kitetp {

namespace {
class DeclText
{
    Q_DECLARE_TR_FUNCTIONS(Declaration)
};

// Per kind of event, in the order of DeclarationEvent::Kind: the stored word, the label (context "Declaration").
constexpr EnumWords kindWords[] = {
    {"sent", QT_TRANSLATE_NOOP("Declaration", "Dossier envoyé à l'ARS")},
    {"missing_items", QT_TRANSLATE_NOOP("Declaration", "Liste de pièces manquantes reçue")},
    {"complement_sent", QT_TRANSLATE_NOOP("Declaration", "Compléments envoyés")},
    {"acknowledged", QT_TRANSLATE_NOOP("Declaration", "Accusé de réception du dossier complet")},
    {"change", QT_TRANSLATE_NOOP("Declaration", "Changement notifié")},
    {"stop", QT_TRANSLATE_NOOP("Declaration", "Arrêt du programme")},
};
static_assert(std::size(kindWords) == size_t(DeclarationEvent::Kind::Stop) + 1, "a row per kind");

// Per change notified, in the order of DeclarationEvent::Change (None: stored empty, no label).
constexpr EnumWords changeWords[] = {
    {nullptr, nullptr},
    {"coordinator", QT_TRANSLATE_NOOP("Declaration", "changement de coordonnateur")},
    {"objectives", QT_TRANSLATE_NOOP("Declaration", "changement d'objectifs")},
    {"funding", QT_TRANSLATE_NOOP("Declaration", "changement de source de financement")},
};
static_assert(std::size(changeWords) == size_t(DeclarationEvent::Change::Funding) + 1, "a row per change");

QString labelOf(const EnumWords *words)
{
    return words && words->label ? DeclText::tr(words->label) : QString();
}

} // namespace

QString Funding::check() const
{
    if (source.trimmed().isEmpty())
        return DeclText::tr("La source de financement est obligatoire.");
    if (source.size() > 300 || note.size() > 2000)
        return DeclText::tr("Le texte du financement est trop long.");
    if (amountCents < 0 || amountCents > maxAmountCents)
        return DeclText::tr("Le montant doit être positif et plausible.");
    if (year != 0 && (year < Dates::earliestPlausible().year() || year > Dates::latestPlausible().year()))
        return DeclText::tr("L'année %1 n'est pas plausible.").arg(year);
    return {};
}

QString DeclarationEvent::check() const
{
    if (!Dates::isPlausible(date))
        return DeclText::tr("La date n'est pas plausible (attendu : entre %1 et %2).")
            .arg(QLocale().toString(Dates::earliestPlausible(), QLocale::ShortFormat),
                 QLocale().toString(Dates::latestPlausible(), QLocale::ShortFormat));
    if (kind == Kind::Change && change == Change::None)
        return DeclText::tr("Précisez le changement notifié (coordonnateur, objectifs ou financement).");
    if (note.size() > 20000 || previous.size() > 20000)
        return DeclText::tr("La note est trop longue.");
    return {};
}

QString DeclarationEvent::toStored(Kind kind) { return EnumWord::stored(kindWords, kind); }
QString DeclarationEvent::toStored(Change change) { return EnumWord::stored(changeWords, change); }

DeclarationEvent::Kind DeclarationEvent::kindFromStored(const QString &text, bool *ok)
{
    return EnumWord::fromStored(kindWords, text, Kind::Sent, ok);
}

DeclarationEvent::Change DeclarationEvent::changeFromStored(const QString &text, bool *ok)
{
    return EnumWord::fromStored(changeWords, text, Change::None, ok);
}

QString DeclarationEvent::label(Kind kind)
{
    return labelOf(EnumWord::of(kindWords, kind));
}

QString DeclarationEvent::label(Change change)
{
    return labelOf(EnumWord::of(changeWords, change));
}

DeclarationTimeline::DeclarationTimeline(const QList<DeclarationEvent> &events)
{
    for (const DeclarationEvent &e : events) {
        auto latest = [&e](QDate &d) {
            if (!d.isValid() || e.date > d)
                d = e.date;
        };
        switch (e.kind) {
        case DeclarationEvent::Kind::Sent: latest(m_sent); break;
        case DeclarationEvent::Kind::MissingItems: latest(m_missing); break;
        case DeclarationEvent::Kind::ComplementSent: latest(m_complement); break;
        case DeclarationEvent::Kind::Acknowledged: latest(m_ack); break;
        case DeclarationEvent::Kind::Stop: latest(m_stop); break;
        case DeclarationEvent::Kind::Change: m_changes << e; break;
        }
    }
}

QDate DeclarationTimeline::lastFiling() const
{
    if (m_complement.isValid() && (!m_sent.isValid() || m_complement > m_sent))
        return m_complement;
    return m_sent;
}

QDate DeclarationTimeline::completenessDeadline() const
{
    const QDate filed = lastFiling();
    return filed.isValid() ? filed.addMonths(2) : QDate();
}

bool DeclarationTimeline::awaitingComplement() const
{
    return m_missing.isValid() && lastFiling().isValid() && m_missing >= lastFiling()
           && !(m_ack.isValid() && m_ack >= m_missing);
}

QDate DeclarationTimeline::effective(const QDate &today) const
{
    if (m_ack.isValid())
        return m_ack;
    if (!m_sent.isValid() || awaitingComplement())
        return {};
    const QDate deadline = completenessDeadline();
    return deadline <= today ? deadline : QDate();
}

QDate DeclarationTimeline::startDeadline(const QDate &today) const
{
    const QDate e = effective(today);
    return e.isValid() ? e.addMonths(12) : QDate();
}

QString DeclarationTimeline::checkDate(DeclarationEvent::Kind kind, const QDate &date, const QDate &today) const
{
    if (!date.isValid())
        return {};
    DeclarationEvent e;
    e.kind = kind;
    e.date = date;
    e.change = DeclarationEvent::Change::Coordinator;
    if (QString reason = e.check(); !reason.isEmpty())
        return reason;
    const QString shown = QLocale().toString(date, QLocale::ShortFormat);
    if (date > today)
        return tr("Le %1 est dans le futur : saisissez la date à laquelle c'est arrivé.").arg(shown);
    auto notBefore = [&](const QDate &other, const QString &what) -> QString {
        if (!other.isValid())
            return tr("Saisissez d'abord %1.").arg(what);
        if (date < other)
            return tr("Le %1 précède %2 (%3).").arg(shown, what, QLocale().toString(other, QLocale::ShortFormat));
        return {};
    };
    switch (kind) {
    case DeclarationEvent::Kind::MissingItems:
    case DeclarationEvent::Kind::Acknowledged:
    case DeclarationEvent::Kind::Stop:
        return notBefore(m_sent, tr("la date d'envoi"));
    case DeclarationEvent::Kind::ComplementSent:
        return notBefore(m_missing, tr("la date de la liste de pièces manquantes"));
    case DeclarationEvent::Kind::Sent:
    case DeclarationEvent::Kind::Change:
        break;
    }
    return {};
}

const TeamMember *DeclarationFacts::coordinator() const
{
    for (const TeamMember &m : team)
        if (m.isCoordinator)
            return &m;
    return nullptr;
}

QList<Attachment> DeclarationFacts::attached(Attachment::Piece piece, qint64 memberId) const
{
    QList<Attachment> out;
    for (const Attachment &a : attachments)
        if (a.piece == piece && (memberId == 0 || a.memberId == memberId))
            out << a;
    return out;
}

QStringList DeclarationFacts::addressees() const
{
    QStringList out;
    const QStringList all = QStringList{field(QStringLiteral("declaration.ars"))}
                            + field(QStringLiteral("declaration.other_regions")).split(QLatin1Char('\n'));
    for (const QString &line : all)
        if (const QString name = line.trimmed(); !name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    return out;
}

bool DeclarationFacts::addressTo(const QString &ars)
{
    QStringList others = addressees();
    qsizetype at = -1;
    for (qsizetype i = 0; i < others.size() && at < 0; ++i)
        if (others.at(i).compare(ars.trimmed(), Qt::CaseInsensitive) == 0)
            at = i;
    if (at < 0)
        return false;
    const QString chosen = others.takeAt(at);
    fields.insert(QStringLiteral("declaration.ars"), chosen);
    fields.insert(QStringLiteral("declaration.other_regions"), others.join(QLatin1Char('\n')));
    return true;
}

} // namespace kitetp
