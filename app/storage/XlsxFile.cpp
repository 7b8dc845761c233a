// SPDX-License-Identifier: EUPL-1.2
#include "storage/XlsxFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kitetp {

struct XlsxFile::Workbook
{
    QTemporaryFile temporary;   // in the target's folder, 0600, removed unless renamed
    QByteArray temporaryName;   // kept alive for the library
    QByteArray tmpdir;          // where the library keeps its own scratch files
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *date = nullptr;
    QList<Kind> kinds;
    lxw_row_t row = 0;
    QString error;
    bool refused = false;       // the target itself may not be written (OutputFile::refusal)
};

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kitetp::XlsxFile", text, disambiguation, n);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The characters a sheet name may not hold, and its 31 characters at most.
QString sheetName(const QString &name)
{
    QString n = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        n.replace(c, QLatin1Char(' '));
    return n.left(31).trimmed().isEmpty() ? QStringLiteral("Feuille") : n.left(31).trimmed();
}

QDate dateOf(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid() && t.size() == 10)
        d = QDate::fromString(t, Qt::ISODate);
    return d;
}

} // namespace

XlsxFile::XlsxFile(const QString &path, OutputFile::Privacy privacy) : m_path(path), m_privacy(privacy), m_book(std::make_unique<Workbook>())
{
    Workbook &w = *m_book;
    if (const QString refused = OutputFile::refusal(path); !refused.isEmpty()) {
        w.error = refused;
        w.refused = true;
        return;
    }
    const QFileInfo target(path);
    w.temporary.setFileTemplate(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!w.temporary.open()) { // created 0600 whatever the umask
        w.error = w.temporary.errorString();
        return;
    }
    if (m_privacy == OutputFile::Privacy::Shareable)
        w.temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    w.temporary.close(); // the library opens it by name ("wb": truncated, its permissions kept)
    w.temporaryName = QFile::encodeName(w.temporary.fileName());
    w.tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = w.tmpdir.data();
    w.book = workbook_new_opt(w.temporaryName.constData(), &options);
    if (!w.book) {
        w.error = tr("la bibliothèque des classeurs n'a pas pu commencer le fichier.");
        return;
    }
    w.bold = workbook_add_format(w.book);
    format_set_bold(w.bold);
    w.date = workbook_add_format(w.book);
    format_set_num_format(w.date, "dd/mm/yyyy");
}

XlsxFile::~XlsxFile()
{
    if (m_book && m_book->book) {
        // Never committed: the workbook is closed into its temporary file, which QTemporaryFile then removes.
        workbook_close(m_book->book);
        m_book->book = nullptr;
    }
}

void XlsxFile::addSheet(const QString &name, const QStringList &header, const QList<Kind> &kinds)
{
    Workbook &w = *m_book;
    if (!w.book || !w.error.isEmpty())
        return;
    w.sheet = workbook_add_worksheet(w.book, utf8(sheetName(name)).constData());
    if (!w.sheet) {
        w.error = tr("feuille « %1 » refusée par la bibliothèque des classeurs.").arg(name);
        return;
    }
    w.kinds = kinds;
    w.row = 0;
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(w.sheet, 0, lxw_col_t(c), utf8(header.at(c)).constData(), w.bold);
    worksheet_freeze_panes(w.sheet, 1, 0);
    w.row = 1;
}

void XlsxFile::addRow(const QStringList &cells)
{
    Workbook &w = *m_book;
    if (!w.sheet || !w.error.isEmpty())
        return;
    for (int c = 0; c < cells.size(); ++c) {
        const QString &cell = cells.at(c);
        if (cell.isEmpty())
            continue;
        const auto col = lxw_col_t(c);
        const Kind kind = w.kinds.value(c, Kind::Text);
        lxw_error result = LXW_NO_ERROR;
        if (const QDate d = kind == Kind::Date ? dateOf(cell) : QDate(); d.isValid()) {
            lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0.0};
            result = worksheet_write_datetime(w.sheet, w.row, col, &when, w.date);
        } else {
            bool ok = false;
            const double n = kind == Kind::Number ? QString(cell).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok) : 0.0;
            result = ok ? worksheet_write_number(w.sheet, w.row, col, n, nullptr)
                        : worksheet_write_string(w.sheet, w.row, col, utf8(cell).constData(), nullptr);
        }
        if (result != LXW_NO_ERROR) {
            w.error = QString::fromUtf8(lxw_strerror(result));
            return;
        }
    }
    ++w.row;
}

FileError XlsxFile::commit()
{
    Workbook &w = *m_book;
    const auto failed = [this, &w](const QString &why) {
        if (w.book) {
            workbook_close(w.book);
            w.book = nullptr;
        }
        return FileError(FileError::ExportFailed, m_path, why);
    };
    if (w.refused)
        return FileError(FileError::ExportRefused, m_path, w.error);
    if (!w.error.isEmpty())
        return failed(w.error);
    errno = 0;
    const lxw_error closed = workbook_close(w.book);
    w.book = nullptr;
    if (closed != LXW_NO_ERROR) {
        // LXW_ERROR_CREATING_XLSX_FILE / LXW_ERROR_ZIP_*: the errno of the write says more (a full disk).
        const QString system = errno ? QString::fromLocal8Bit(std::strerror(errno)) : QString();
        return failed(system.isEmpty() ? QString::fromUtf8(lxw_strerror(closed))
                                       : QStringLiteral("%1 (%2)").arg(QString::fromUtf8(lxw_strerror(closed)), system));
    }
#ifdef Q_OS_UNIX
    const int fd = ::open(w.temporaryName.constData(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    const bool synced = fd >= 0 && ::fstat(fd, &st) == 0 && st.st_size > 0 && (::fsync(fd) == 0 || errno == EINVAL);
    const int syncError = errno;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
        return failed(QString::fromLocal8Bit(std::strerror(syncError)));
    if (::rename(w.temporaryName.constData(), QFile::encodeName(m_path).constData()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    w.temporary.setAutoRemove(false);
    const int dir = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#else
    QFile::remove(m_path);
    if (!QFile::rename(w.temporary.fileName(), m_path))
        return failed(tr("impossible de renommer le fichier temporaire."));
    w.temporary.setAutoRemove(false);
#endif
    return {};
}

FileError XlsxFile::save(const QString &path, const QList<SheetTable> &tables, OutputFile::Privacy privacy)
{
    XlsxFile out(path, privacy);
    for (const SheetTable &t : tables) {
        out.addSheet(t.name, t.header, t.kinds);
        for (const QStringList &row : t.rows)
            out.addRow(row);
    }
    return out.commit();
}

} // namespace kitetp
