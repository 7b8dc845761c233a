// SPDX-License-Identifier: EUPL-1.2
#include "ui/Settings.h"

#include "documents/PageSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QSettings>

namespace kitetp::Settings {

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QString lastFolder()
{
    const QString folder = QSettings().value(QStringLiteral("files/lastFolder")).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void setLastFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("files/lastFolder"), folder);
}

QString language()
{
    return QSettings().value(QStringLiteral("interface/language")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("interface/language"), language);
}

WindowLayout windowLayout()
{
    const QSettings s;
    return {s.value(QStringLiteral("window/geometry")).toByteArray(), s.value(QStringLiteral("window/state")).toByteArray()};
}

void setWindowLayout(const WindowLayout &layout)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), layout.geometry);
    s.setValue(QStringLiteral("window/state"), layout.state);
}

QByteArray headerState(const QString &key)
{
    return QSettings().value(QStringLiteral("columns/") + key).toByteArray();
}

void setHeaderState(const QString &key, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("columns/") + key, state);
}

QPageLayout pageLayout()
{
    QSettings s;
    QPageLayout layout = PageSetup::defaultLayout();
    if (!s.contains(QStringLiteral("print/pageSize")))
        return layout;
    const QPageSize size(QPageSize::PageSizeId(s.value(QStringLiteral("print/pageSize")).toInt()));
    if (size.isValid())
        layout.setPageSize(size);
    layout.setOrientation(s.value(QStringLiteral("print/landscape")).toBool() ? QPageLayout::Landscape : QPageLayout::Portrait);
    const QMarginsF m(s.value(QStringLiteral("print/marginLeft"), 15).toDouble(), s.value(QStringLiteral("print/marginTop"), 15).toDouble(),
                      s.value(QStringLiteral("print/marginRight"), 15).toDouble(), s.value(QStringLiteral("print/marginBottom"), 15).toDouble());
    layout.setMargins(m);
    return layout;
}

void setPageLayout(const QPageLayout &layout)
{
    QSettings s;
    s.setValue(QStringLiteral("print/pageSize"), int(layout.pageSize().id()));
    s.setValue(QStringLiteral("print/landscape"), layout.orientation() == QPageLayout::Landscape);
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    s.setValue(QStringLiteral("print/marginLeft"), m.left());
    s.setValue(QStringLiteral("print/marginTop"), m.top());
    s.setValue(QStringLiteral("print/marginRight"), m.right());
    s.setValue(QStringLiteral("print/marginBottom"), m.bottom());
}

bool hideIdentities()
{
    return QSettings().value(QStringLiteral("privacy/hideIdentities"), false).toBool();
}

void setHideIdentities(bool hide)
{
    QSettings().setValue(QStringLiteral("privacy/hideIdentities"), hide);
}

} // namespace kitetp::Settings
