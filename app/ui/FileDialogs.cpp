#include "ui/FileDialogs.h"

#include "ui/Messages.h"
#include "ui/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>

namespace kitetp::FileDialogs {

QString askOpenPath(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, Settings::lastFolder(), filter);
}

QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter, QString *selectedFilter)
{
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString start = name.isEmpty() ? Settings::lastFolder() : QDir(Settings::lastFolder()).filePath(name);
    return QFileDialog::getSaveFileName(parent, title, start, filter, selectedFilter);
}

QString saveAs(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
               const QString &failureTitle, const std::function<FileError(const QString &path)> &write)
{
    QString path = askSavePath(parent, title, suggestedName, filter);
    if (path.isEmpty())
        return {};
    if (FileError e = write(path)) {
        Messages::warning(parent, failureTitle, e.message());
        return {};
    }
    return path;
}

} // namespace kitetp::FileDialogs
