// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

class QWidget;

// Walks every screen of the window on a programme file, as a user would see them: every page of the navigation
// (and every tab of a page, clicked), every page of every declaration wizard (Suivant clicked), and every dialog.
// `visit` is called with the widget on screen and where it is ("page patients", "wizard need 2", "dialog X").
// Failures of the walk itself are reported through QTest (check QTest::currentTestFailed()).
namespace screenwalk {

using Visit = std::function<void(QWidget *screen, const QString &where)>;

void pages(const QString &programme, const Visit &visit);
void wizards(const QString &programme, const Visit &visit);
void dialogs(const QString &programme, const Visit &visit);

} // namespace screenwalk
