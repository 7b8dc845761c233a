// SPDX-License-Identifier: EUPL-1.2
#include "storage/BackgroundCheck.h"

#include "storage/ProgrammeFile.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace kitetp {

namespace {

// The file's own connection waits this long for the check's read to end before a write gives up (ms); the usual
// timeout comes back when the check is over.
constexpr int busyWhileChecking = 120000;
constexpr int busyUsually = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kitetp-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

BackgroundCheck::BackgroundCheck(ProgrammeFile &file, QObject *parent) : QObject(parent), m_file(file)
{
}

BackgroundCheck::~BackgroundCheck()
{
    if (m_thread)
        m_thread->wait();
}

FileError BackgroundCheck::check(const QString &path)
{
    if (ProgrammeFile::isServerUri(path)) // a server keeps its own data whole: nothing of SQLite's to check
        return {};
    const QString name = nextConnectionName();
    FileError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY").arg(busyWhileChecking));
        if (!db.open()) {
            error = FileError(FileError::Unreadable, path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                const QString text = q.lastError().text();
                const bool damaged = text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt")) ||
                                     text.contains(QLatin1String("not a database"));
                error = FileError(damaged ? FileError::Corrupt : FileError::Unreadable, path, damaged ? QString() : text);
            } else {
                QStringList problems;
                while (q.next())
                    if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
                        problems << line;
                if (!problems.isEmpty())
                    error = FileError(FileError::Corrupt, path);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void BackgroundCheck::start()
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait();
    m_running = true;
    m_finished = false;
    m_result = {};
    m_file.setBusyTimeout(busyWhileChecking);
    const QString path = m_file.path();
    m_thread.reset(QThread::create([this, path] {
        const FileError error = check(path);
        // Delivered on this object's thread; dropped if this object is gone by then (its destructor waits for us).
        QMetaObject::invokeMethod(this, [this, error] { done(error); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}

void BackgroundCheck::done(const FileError &error)
{
    m_running = false;
    m_finished = true;
    m_result = error;
    m_file.setBusyTimeout(busyUsually);
    if (error.code() == FileError::Corrupt)
        m_file.refuseWrites(FileError(FileError::Corrupt, m_file.path(),
                                      tr("Le contrôle fait à l'ouverture l'a trouvé endommagé : Kit ETP n'y enregistre plus "
                                         "rien, pour ne rien aggraver.")));
    Q_EMIT finished(error);
}

} // namespace kitetp
