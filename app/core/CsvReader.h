// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Csv.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace kitetp {

// Reads a CSV (see Csv.h) one record at a time from a device, in constant memory whatever the size of the file:
// the bytes are decoded a chunk at a time, as UTF-8 (with or without byte order mark) or, when they are not UTF-8 and
// nothing before was anything but ASCII, as Windows-1252 (Excel's French CSV; Qt's ICU-backed decoder). Byte order
// marks are dropped wherever they are, the start of the file or inside a cell (an invisible U+FEFF pasted before a
// code). The separator is the one of ; , and tab that the first line holds most (outside quotes; ; on a tie). A cell
// longer than `maxCell` characters makes its record an error (the rest goes on); more than `maxBytes` bytes, UTF-8
// followed by bytes that are not, or a quote left open make the whole file unusable.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device, int maxCell = 10000, qint64 maxBytes = -1);

    // The next record (blank lines are skipped); false at the end, or when the file is unusable (then error() says why).
    bool next(Csv::Record &out);
    QString error() const { return m_error; }
    QChar separator() const { return m_separator; }
    // The file's encoding as found so far: UTF-8 until a byte sequence that is not UTF-8 shows Windows-1252.
    enum class Encoding { Utf8, Windows1252 };
    Encoding encoding() const { return m_encoding; }

private:
    bool fill(); // appends the next chunk of text; false at the end of the device or on an error

    QIODevice &m_device;
    int m_maxCell;
    qint64 m_maxBytes;
    qint64 m_bytesRead = 0;
    QByteArray m_carry; // the start of a UTF-8 sequence that the next chunk completes
    QString m_text;     // decoded text not yet read
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    bool m_done = false;
    int m_line = 1;
    QChar m_separator = QLatin1Char(';');
    QString m_error;
    Encoding m_encoding = Encoding::Utf8;
    bool m_sawNonAscii = false; // a byte >= 0x80 was decoded as UTF-8: the file cannot turn out Windows-1252
};

} // namespace kitetp
