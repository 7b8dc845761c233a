// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QPageLayout>
#include <QStringList>

namespace kitetp::Settings {

// What the application remembers between sessions (QSettings of the organisation and application names that
// main() sets: "KitETP", "kitetp").
constexpr int maxRecentFiles = 10;

QStringList recentFiles();
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);

QString lastFolder();
void setLastFolder(const QString &folder);

// "fr", "en", or empty for the system's language.
QString language();
void setLanguage(const QString &language);

// The main window's size and place, and its bars (QMainWindow::saveGeometry() and saveState()): kept together.
struct WindowLayout
{
    QByteArray geometry;
    QByteArray state;
};
WindowLayout windowLayout();
void setWindowLayout(const WindowLayout &layout);

// The column widths of a table or tree the user resized (QHeaderView::saveState()), by a key naming the view.
QByteArray headerState(const QString &key);
void setHeaderState(const QString &key, const QByteArray &state);

QPageLayout pageLayout();
void setPageLayout(const QPageLayout &layout);

// Hide patients' identities on screen (shared office, projector).
bool hideIdentities();
void setHideIdentities(bool hide);

} // namespace kitetp::Settings
