#include "core/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace kitetp::Csv {

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
    }
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}
} // namespace

QString neutralise(const QString &cell)
{
    // An apostrophe that unneutralise() would strip is doubled too, so that reading back gives the cell unchanged.
    if (!cell.isEmpty() && (isFormulaStart(cell.front()) || unneutralise(cell) != cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString unneutralise(const QString &cell)
{
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') &&
        (isFormulaStart(cell.at(1)) || cell.at(1) == QLatin1Char('\'')))
        return cell.mid(1);
    return cell;
}

QString quote(const QString &cell, QChar separator)
{
    if (!cell.contains(separator) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')) &&
        !cell.contains(QLatin1Char('\r')) && cell.trimmed() == cell)
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString line(const QStringList &cells, QChar separator)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += separator;
        out += quote(neutralise(cells.at(i)), separator);
    }
    return out + QStringLiteral("\r\n");
}

Parsed parse(const QByteArray &data, int maxCell)
{
    Parsed result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.error = QCoreApplication::translate("Csv", "Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 ».");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    result.separator = detectSeparator(text);
    const QChar sep = result.separator;

    int line = 1;
    Record record;
    record.line = 1;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    bool tooLong = false;
    bool any = false;
    const auto endCell = [&] {
        if (cell.size() > maxCell)
            tooLong = true;
        record.cells << (tooLong ? QString() : cell);
        cell.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endCell();
        if (tooLong)
            record.error = QCoreApplication::translate("Csv", "une cellule dépasse %n caractère(s)", nullptr, maxCell);
        const bool blank = record.cells.size() == 1 && record.cells.constFirst().isEmpty() && record.error.isEmpty();
        if (!blank)
            result.records << record;
        record = Record();
        record.line = nextLine;
        tooLong = false;
        any = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (cell.size() <= maxCell)
                    cell += c;
                else
                    tooLong = true;
            }
            continue;
        }
        any = true;
        if (c == QLatin1Char('"') && cell.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == sep) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else if (cell.size() <= maxCell) {
            cell += c;
        } else {
            tooLong = true;
        }
    }
    if (quoted) {
        result.error = QCoreApplication::translate("Csv", "Guillemet non refermé à partir de la ligne %1 : le fichier est incomplet ou abîmé.")
                           .arg(record.line);
        return result;
    }
    if (any || !record.cells.isEmpty() || !cell.isEmpty())
        endRecord(line + 1);
    return result;
}

} // namespace kitetp::Csv
