// SPDX-License-Identifier: EUPL-1.2
#include "core/IndicatorExport.h"

#include "core/AppInfo.h"
#include "core/Csv.h"
#include "core/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kitetp::IndicatorExport {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    const double rounded = qRound64(*v * 100.0) / 100.0;
    return QJsonValue(rounded);
}

QString csvNumber(const std::optional<double> &v)
{
    return v ? QString::number(qRound64(*v * 100.0) / 100.0, 'g', 12) : QString();
}

} // namespace

QString text(const Period &period, const QList<Indicator> &indicators)
{
    QString out;
    QTextStream s(&out);
    s << Indicators::tr("Indicateurs — %1").arg(period.label()) << '\n';
    bool first = true;
    Indicator::Section section{};
    for (const Indicator &i : indicators) {
        if (first || i.section != section) {
            s << '\n' << Indicators::sectionLabel(i.section) << '\n';
            section = i.section;
            first = false;
        }
        s << "  " << i.label << " : " << Indicators::valueText(i.value, i.unit) << '\n';
        for (const Indicator::Row &r : i.breakdown)
            s << "      " << r.label << " : " << Indicators::valueText(r.value, r.unit) << '\n';
        if (i.numerator)
            s << "      " << Indicators::fractionText(i) << '\n';
        s << "      (" << i.definition << ")\n";
    }
    s.flush();
    return out;
}

QByteArray json(const Period &period, const QString &programme, const QList<Indicator> &indicators)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("kitetp-indicators"));
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("generator"), QString(AppInfo::displayName() + QLatin1Char(' ') + AppInfo::version()));
    root.insert(QStringLiteral("programme"), programme);
    QJsonObject p;
    p.insert(QStringLiteral("from"), Dates::toStored(period.from));
    p.insert(QStringLiteral("to"), Dates::toStored(period.to));
    p.insert(QStringLiteral("key"), period.key());
    p.insert(QStringLiteral("label"), period.label());
    root.insert(QStringLiteral("period"), p);
    QJsonArray list;
    for (const Indicator &i : indicators) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), i.key);
        o.insert(QStringLiteral("section"), Indicators::sectionKey(i.section));
        o.insert(QStringLiteral("label"), i.label);
        o.insert(QStringLiteral("definition"), i.definition);
        o.insert(QStringLiteral("unit"), Indicators::unitKey(i.unit));
        o.insert(QStringLiteral("value"), number(i.value));
        o.insert(QStringLiteral("text"), Indicators::valueText(i.value, i.unit));
        o.insert(QStringLiteral("numerator"), i.numerator ? QJsonValue(*i.numerator) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("denominator"), i.denominator ? QJsonValue(*i.denominator) : QJsonValue(QJsonValue::Null));
        QJsonArray rows;
        for (const Indicator::Row &r : i.breakdown) {
            QJsonObject row;
            row.insert(QStringLiteral("key"), r.key);
            row.insert(QStringLiteral("label"), r.label);
            row.insert(QStringLiteral("value"), number(r.value));
            row.insert(QStringLiteral("unit"), Indicators::unitKey(r.unit));
            rows.append(row);
        }
        o.insert(QStringLiteral("breakdown"), rows);
        list.append(o);
    }
    root.insert(QStringLiteral("indicators"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray csv(const Period &period, const QList<Indicator> &indicators)
{
    // Every cell through Csv::line, as in the patients CSV: quoted when needed, and a cell a spreadsheet would run
    // as a formula (=HYPERLINK(...) in a profession) neutralised.
    const QChar sep = QLatin1Char(',');
    QString out = Csv::line({QStringLiteral("period_from"), QStringLiteral("period_to"), QStringLiteral("section"),
                             QStringLiteral("key"), QStringLiteral("row"), QStringLiteral("label"), QStringLiteral("value"),
                             QStringLiteral("unit"), QStringLiteral("definition")},
                            sep);
    const QString from = Dates::toStored(period.from);
    const QString to = Dates::toStored(period.to);
    for (const Indicator &i : indicators) {
        const QStringList head = {from, to, Indicators::sectionKey(i.section), i.key};
        out += Csv::line(head + QStringList{QString(), i.label, csvNumber(i.value), Indicators::unitKey(i.unit), i.definition}, sep);
        for (const Indicator::Row &r : i.breakdown)
            out += Csv::line(head + QStringList{r.key, r.label, csvNumber(r.value), Indicators::unitKey(r.unit), QString()}, sep);
    }
    return out.toUtf8();
}

SheetTable table(const Period &period, const QList<Indicator> &indicators)
{
    auto decimal = [](const std::optional<double> &v) {
        if (!v)
            return QString();
        QString t = QString::number(qRound64(*v * 100.0) / 100.0, 'f', 2);
        while (t.contains(QLatin1Char('.')) && (t.endsWith(QLatin1Char('0')) || t.endsWith(QLatin1Char('.'))))
            t.chop(1);
        return t;
    };
    auto unit = [](Indicator::Unit u) {
        switch (u) {
        case Indicator::Unit::Count: return Indicators::tr("nombre");
        case Indicator::Unit::Percent: return Indicators::tr("%");
        case Indicator::Unit::Days: return Indicators::tr("jours");
        case Indicator::Unit::Hours: return Indicators::tr("heures");
        case Indicator::Unit::Score: return Indicators::tr("score sur 5");
        }
        return QString();
    };
    using Kind = SheetTable::Kind;
    SheetTable t;
    t.name = Indicators::tr("Indicateurs");
    t.header = {Indicators::tr("Du"), Indicators::tr("Au"), Indicators::tr("Section"), Indicators::tr("Indicateur"),
                Indicators::tr("Détail"), Indicators::tr("Valeur"), Indicators::tr("Unité"), Indicators::tr("Numérateur"),
                Indicators::tr("Dénominateur"), Indicators::tr("Définition"), Indicators::tr("Clé")};
    t.kinds = {Kind::Date, Kind::Date, Kind::Text, Kind::Text, Kind::Text, Kind::Number, Kind::Text, Kind::Number,
               Kind::Number, Kind::Text, Kind::Text};
    const QString from = Dates::toStored(period.from);
    const QString to = Dates::toStored(period.to);
    for (const Indicator &i : indicators) {
        const QString section = Indicators::sectionLabel(i.section);
        t.rows << QStringList{from, to, section, i.label, QString(), decimal(i.value), unit(i.unit),
                              i.numerator ? QString::number(*i.numerator) : QString(),
                              i.denominator ? QString::number(*i.denominator) : QString(), i.definition, i.key};
        for (const Indicator::Row &r : i.breakdown)
            t.rows << QStringList{from, to, section, i.label, r.label, decimal(r.value), unit(r.unit), QString(), QString(), QString(),
                                  i.key + QLatin1Char('/') + r.key};
    }
    return t;
}

QByteArray spreadsheet(const Period &period, const QList<Indicator> &indicators)
{
    // The typed table in a French spreadsheet's words: decimal comma, dates dd/mm/yyyy.
    const QChar sep = QLatin1Char(';');
    const SheetTable t = table(period, indicators);
    QString out = QString(QChar(0xFEFF));
    out += Csv::line(t.header, sep);
    for (QStringList row : t.rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (t.kinds.value(c) == SheetTable::Kind::Number)
                row[c].replace(QLatin1Char('.'), QLatin1Char(','));
            else if (t.kinds.value(c) == SheetTable::Kind::Date)
                row[c] = Dates::fromStored(row.at(c)).toString(QStringLiteral("dd/MM/yyyy"));
        }
        out += Csv::line(row, sep);
    }
    return out.toUtf8();
}

} // namespace kitetp::IndicatorExport
