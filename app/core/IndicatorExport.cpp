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
            s << "      " << r.label << " : " << Indicators::valueText(r.value, i.unit == Indicator::Unit::Hours ? Indicator::Unit::Count : i.unit) << '\n';
        s << "      (" << i.definition << ")\n";
    }
    s.flush();
    return out;
}

QByteArray json(const Period &period, const QString &programme, const QList<Indicator> &indicators)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("kitetp-indicators"));
    root.insert(QStringLiteral("version"), 1);
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
        QJsonArray rows;
        for (const Indicator::Row &r : i.breakdown) {
            QJsonObject row;
            row.insert(QStringLiteral("key"), r.key);
            row.insert(QStringLiteral("label"), r.label);
            row.insert(QStringLiteral("value"), number(r.value));
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
            out += Csv::line(head + QStringList{r.key, r.label, csvNumber(r.value), Indicators::unitKey(i.unit), QString()}, sep);
    }
    return out.toUtf8();
}

} // namespace kitetp::IndicatorExport
