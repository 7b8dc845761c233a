// SPDX-License-Identifier: EUPL-1.2
#include "core/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>

namespace kitetp {

namespace {

constexpr qint64 chunkSize = 1 << 16;
constexpr char16_t byteOrderMark = 0xfeff;

QChar detectSeparator(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
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
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return commas > semicolons ? QLatin1Char(',') : QLatin1Char(';');
}

// How many bytes at the end of `bytes` begin a UTF-8 sequence that is not complete yet.
qsizetype incompleteTail(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype k = 1; k <= std::min<qsizetype>(3, n); ++k) {
        const auto b = uchar(bytes.at(n - k));
        if ((b & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        const int length = b >= 0xf0 ? 4 : (b >= 0xe0 ? 3 : (b >= 0xc0 ? 2 : 1));
        return length > k ? k : 0;
    }
    return 0;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, int maxCell, qint64 maxBytes)
    : m_device(device), m_maxCell(maxCell), m_maxBytes(maxBytes)
{
    if (fill())
        m_separator = detectSeparator(m_text);
}

bool CsvReader::fill()
{
    if (m_atEnd || !m_error.isEmpty())
        return false;
    m_text.remove(0, m_pos);
    m_pos = 0;
    QByteArray bytes = m_device.read(chunkSize);
    m_bytesRead += bytes.size();
    if (m_maxBytes >= 0 && m_bytesRead > m_maxBytes) {
        m_error = QCoreApplication::translate("Csv", "Le fichier dépasse %1 Mo.").arg(m_maxBytes / (qint64(1024) * 1024));
        return false;
    }
    if (bytes.isEmpty())
        m_atEnd = true;
    bytes.prepend(std::exchange(m_carry, {}));
    QString text;
    if (m_encoding == Encoding::Utf8) {
        if (!m_atEnd) {
            const qsizetype tail = incompleteTail(bytes);
            m_carry = bytes.right(tail);
            bytes.chop(tail);
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError()) {
            // Not UTF-8: Windows-1252 (Excel's "CSV (séparateur : point-virgule)"), when nothing read so far was
            // anything but ASCII (the same in both). Text already decoded otherwise: two encodings in one file.
            if (m_sawNonAscii) {
                m_error = QCoreApplication::translate("Csv", "Le fichier mélange deux encodages (UTF-8 puis un autre) : enregistrez-le en « CSV UTF-8 ».");
                return false;
            }
            m_encoding = Encoding::Windows1252;
            bytes.append(std::exchange(m_carry, {}));
        } else if (!m_sawNonAscii) {
            m_sawNonAscii = std::any_of(bytes.cbegin(), bytes.cend(), [](char b) { return uchar(b) >= 0x80; });
        }
    }
    if (m_encoding == Encoding::Windows1252) {
        // One byte, one character: no sequence is ever cut between two chunks.
        QStringDecoder decoder("windows-1252");
        if (!decoder.isValid()) {
            m_error = QCoreApplication::translate("Csv", "Le fichier n'est pas en UTF-8 et ce système ne sait pas lire le Windows-1252 : enregistrez-le en « CSV UTF-8 ».");
            return false;
        }
        text = decoder.decode(bytes);
    }
    text.remove(QChar(byteOrderMark));
    m_text += text;
    return !bytes.isEmpty() || !m_atEnd;
}

bool CsvReader::next(Csv::Record &out)
{
    if (m_done || !m_error.isEmpty())
        return false;
    Csv::Record record;
    record.line = m_line;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    bool tooLong = false;
    bool any = false;
    const auto endCell = [&] {
        if (cell.size() > m_maxCell)
            tooLong = true;
        record.cells << (tooLong ? QString() : cell);
        cell.clear();
        wasQuoted = false;
    };
    // Ends the record; true when it is one to return (a blank line is not).
    const auto endRecord = [&] {
        endCell();
        if (tooLong)
            record.error = QCoreApplication::translate("Csv", "une cellule dépasse %n caractère(s)", nullptr, m_maxCell);
        const bool blank = record.cells.size() == 1 && record.cells.constFirst().isEmpty() && record.error.isEmpty();
        if (!blank) {
            out = std::move(record);
            return true;
        }
        record = Csv::Record();
        record.line = m_line;
        tooLong = false;
        any = false;
        return false;
    };
    const auto addChar = [&](QChar c) {
        if (cell.size() <= m_maxCell)
            cell += c;
        else
            tooLong = true;
    };
    for (;;) {
        // A quote or a carriage return needs the character after it: read on when it is in the next chunk.
        if (m_pos + 1 >= m_text.size() && !m_atEnd) {
            if (!fill() && !m_error.isEmpty())
                return false;
            continue;
        }
        if (m_pos >= m_text.size()) {
            m_done = true;
            if (quoted) {
                m_error = QCoreApplication::translate("Csv", "Guillemet non refermé à partir de la ligne %1 : le fichier est incomplet ou abîmé.").arg(record.line);
                return false;
            }
            if (any || !record.cells.isEmpty() || !cell.isEmpty()) {
                ++m_line;
                return endRecord();
            }
            return false;
        }
        const QChar c = m_text.at(m_pos++);
        const bool hasNext = m_pos < m_text.size();
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (hasNext && m_text.at(m_pos) == QLatin1Char('"')) {
                    cell += c;
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                addChar(c);
            }
            continue;
        }
        any = true;
        if (c == QLatin1Char('"') && cell.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == m_separator) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && hasNext && m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            if (endRecord())
                return true;
        } else {
            addChar(c);
        }
    }
}

} // namespace kitetp
