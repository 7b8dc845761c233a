// SPDX-License-Identifier: EUPL-1.2
// Every field a user can edit is named for assistive technology: a label whose buddy it is (the label's text is
// then its name, and Alt+letter reaches it) or an accessible name. The walk goes through every page and tab, every
// wizard page and every dialog, and fails listing every unnamed field of every screen.
#include "screenwalk.h"
#include "testutil.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

namespace {

bool isEditor(QWidget *w)
{
    if (auto *text = qobject_cast<QTextEdit *>(w))
        return !text->isReadOnly();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return !plain->isReadOnly();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return !line->isReadOnly();
    if (auto *box = qobject_cast<QAbstractButton *>(w))
        return (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)) && box->text().isEmpty();
    return qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w);
}

// The part of a composite editor (the line of a combo box, a spin box or a date editor) is named by the whole.
QWidget *editorOf(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) ||
            p->inherits("kitetp::DateEdit"))
            return editorOf(p);
        if (p->isWindow() || p->layout())
            break;
    }
    return w;
}

QStringList unnamed(QWidget *screen)
{
    QSet<QWidget *> buddies;
    for (QLabel *label : screen->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(screen) && !label->text().isEmpty())
            buddies.insert(label->buddy());
    QStringList missing;
    QSet<QWidget *> seen;
    for (QWidget *w : screen->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(screen) || !w->isEnabled() || !isEditor(w))
            continue;
        QWidget *editor = editorOf(w);
        if (seen.contains(editor))
            continue;
        seen.insert(editor);
        if (buddies.contains(editor) || buddies.contains(w) || !editor->accessibleName().isEmpty())
            continue;
        QWidget *container = editor->parentWidget();
        while (container && container != screen && container->objectName().startsWith(QLatin1String("qt_")))
            container = container->parentWidget();
        missing << QStringLiteral("%1 \"%2\" in %3").arg(QString::fromLatin1(editor->metaObject()->className()),
                                                         editor->objectName(),
                                                         container ? container->objectName() : QString());
    }
    return missing;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("demo"), m_demo, QStringLiteral("--patients"), QStringLiteral("30")}).status, 0);
    }

    void everyFieldIsNamed_data()
    {
        QTest::addColumn<int>("part");
        QTest::newRow("pages") << 0;
        QTest::newRow("wizards") << 1;
        QTest::newRow("dialogs") << 2;
    }

    void everyFieldIsNamed()
    {
        QFETCH(int, part);
        QStringList failures;
        const screenwalk::Visit visit = [&failures](QWidget *screen, const QString &where) {
            const QStringList missing = unnamed(screen);
            if (!missing.isEmpty())
                failures << where + QLatin1String(":\n  ") + missing.join(QLatin1String("\n  "));
        };
        if (part == 0)
            screenwalk::pages(m_demo, visit);
        else if (part == 1)
            screenwalk::wizards(m_demo, visit);
        else
            screenwalk::dialogs(m_demo, visit);
        failures.removeDuplicates();
        for (const QString &failure : std::as_const(failures))
            qInfo().noquote() << failure;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
