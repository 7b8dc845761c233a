// SPDX-License-Identifier: EUPL-1.2
// The English interface is English: every message of kitetp_en.ts resolves under its context, and a walk through
// every page, wizard page, document and command-line help in English finds no French string — neither a lookup
// that missed (a tr() under a context lupdate did not file it under, a string never extracted) nor a French source
// text on screen.
#include "cli/Cli.h"
#include "screenwalk.h"
#include "testutil.h"
#include "ui/MainWindow.h"
#include "ui/declaration/DeclarationWizard.h"
#include "model/ProgrammeDocument.h"
#include "storage/FieldStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

#include <functional>

using namespace kitetp;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or the plural forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (name == QLatin1String("numerusform") || (name == QLatin1String("translation") && !current.numerus))
            current.translations << xml.readElementText(); // one translation, or each plural form
    }
    return messages;
}

// Kit ETP's English translator, which also notes every lookup it could not answer.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        QString result = QTranslator::translate(context, source, disambiguation, n);
        if (result.isEmpty() && source && *source) {
            QMutexLocker lock(&m_mutex);
            m_misses.insert(QString::fromUtf8(context) + QLatin1String(" | ") + QString::fromUtf8(source));
        }
        return result;
    }
    QSet<QString> misses() const
    {
        QMutexLocker lock(&m_mutex);
        return m_misses;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_misses.clear();
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<QString> m_misses;
};

bool looksFrench(const QString &text)
{
    static const QRegularExpression accents(QStringLiteral("[éèêàçùôîâœ«»]"), QRegularExpression::CaseInsensitiveOption);
    return text.contains(accents);
}

} // namespace

class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theCheckSeesFrench();
    void everyMessageResolvesUnderItsContext();
    void everyPageIsEnglish();
    void everyWizardPageIsEnglish();
    void yesNoChoicesAreEnglishAndStoredInFrench();
    void everyDialogIsEnglish();
    void everyDocumentIsEnglish();
    void commandLineHelpIsEnglish();
    void cleanupTestCase();

private:
    // Texts a user reads in `root`: labels, buttons, group titles, placeholders, tooltips, combo items, headers.
    QStringList visibleTexts(QWidget *root) const;
    // Fails with the French texts among `texts` and the lookups missed since the last call (where: `where`).
    void checkEnglish(const QStringList &texts, const QString &where, const QStringList &data = {});
    QStringList frenchIn(const QStringList &texts, bool words = true) const;
    QStringList defectiveMisses() const;
    bool isDemoText(const QString &source) const
    {
        return std::any_of(m_demoTexts.begin(), m_demoTexts.end(), [&](const QString &t) { return t.startsWith(source); });
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QList<Message> m_messages;
    QSet<QString> m_contexts;
    QSet<QString> m_frenchSources; // sources whose English differs
    QStringList m_demoTexts;       // the demo's own French content (data, not interface)
    RecordingTranslator *m_translator = nullptr;
};

void TranslationTest::initTestCase()
{
    m_messages = readTs(QStringLiteral(KITETP_SOURCE_DIR "/translations/kitetp_en.ts"));
    QVERIFY2(m_messages.size() > 1000, "kitetp_en.ts not read");
    for (const Message &m : std::as_const(m_messages)) {
        m_contexts.insert(m.context);
        // French when its English differs (not only by where its mnemonic "&" is).
        if (!m.numerus && QString(m.translations.value(0)).remove(QLatin1Char('&')) != QString(m.source).remove(QLatin1Char('&')) &&
            m.source.size() >= 4)
            m_frenchSources.insert(m.source);
    }
    m_translator = new RecordingTranslator;
    QVERIFY(m_translator->load(QStringLiteral(KITETP_QM_DIR "/kitetp_en.qm")));
    QCoreApplication::installTranslator(m_translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    QFile fields(QStringLiteral(KITETP_SOURCE_DIR "/resources/demo/fields.json"));
    QVERIFY(fields.open(QIODevice::ReadOnly));
    const QJsonObject values = QJsonDocument::fromJson(fields.readAll()).object();
    for (auto it = values.begin(); it != values.end(); ++it)
        if (it.value().isString())
            m_demoTexts << it.value().toString().simplified().left(60);

    // The ONCOPLET template's guides (titles, steps, materials: "Fiche patient") are the demo's content too.
    QFile guides(QStringLiteral(KITETP_SOURCE_DIR "/resources/templates/oncoplet.json"));
    QVERIFY(guides.open(QIODevice::ReadOnly));
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
        if (v.isString())
            m_demoTexts << v.toString().simplified().left(60);
        else if (v.isArray())
            for (const QJsonValue &item : v.toArray())
                collect(item);
        else if (v.isObject())
            for (const QJsonValue &item : v.toObject())
                collect(item);
    };
    collect(QJsonDocument::fromJson(guides.readAll()).object());

    m_demo = m_dir.filePath(QStringLiteral("demo.etp"));
    const testutil::Run demo = testutil::kitetp({QStringLiteral("demo"), m_demo, QStringLiteral("--patients"),
                                                 QStringLiteral("40"), QStringLiteral("--years"), QStringLiteral("2")});
    QCOMPARE(demo.status, 0);
    // The demo team's own words (names, professions, roles, training bodies) are data too.
    {
        const ProgrammeFile::OpenResult opened = ProgrammeFile::open(m_demo, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(opened.file);
        for (const TeamMember &member : TeamStore(*opened.file).members())
            m_demoTexts << member.name << member.profession << member.role << member.trainingBody;
    }
}

void TranslationTest::cleanupTestCase()
{
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
}

// The checks below can fail: without the English translator, the window is French and every lookup misses.
void TranslationTest::theCheckSeesFrench()
{
    QCoreApplication::removeTranslator(m_translator);
    {
        MainWindow window;
        window.setPromptsEnabled(false);
        QVERIFY(window.openFile(m_demo));
        window.showPage(QStringLiteral("patients"));
        QVERIFY(frenchIn(visibleTexts(&window)).size() > 10);
        window.closeFile();
    }
    QCoreApplication::installTranslator(m_translator);
    {
        MainWindow window;
        QCoreApplication::translate("kitetp::MainWindow", "Une phrase que personne n'a traduite");
        QVERIFY(defectiveMisses().contains(QStringLiteral("kitetp::MainWindow | Une phrase que personne n'a traduite")));
        m_translator->clear();
    }
}

void TranslationTest::everyMessageResolvesUnderItsContext()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_messages)) {
        if (m.context.isEmpty()) {
            wrong << QStringLiteral("empty context: %1").arg(m.source);
            continue;
        }
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        if (m.numerus) {
            const QString one = QCoreApplication::translate(context, source, comment.isEmpty() ? nullptr : comment.constData(), 1);
            const QString many = QCoreApplication::translate(context, source, comment.isEmpty() ? nullptr : comment.constData(), 5);
            if (one != QString(m.translations.value(0)).replace(QLatin1String("%n"), QLatin1String("1")) ||
                many != QString(m.translations.value(1)).replace(QLatin1String("%n"), QLatin1String("5")))
                wrong << QStringLiteral("%1 | %2 → %3 / %4").arg(m.context, m.source, one, many);
            continue;
        }
        const QString found = QCoreApplication::translate(context, source, comment.isEmpty() ? nullptr : comment.constData());
        if (m.translations.value(0).isEmpty() || found != m.translations.value(0))
            wrong << QStringLiteral("%1 | %2 → %3").arg(m.context, m.source, found);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 40).join(QLatin1Char('\n'))));
}

QStringList TranslationTest::visibleTexts(QWidget *root) const
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        texts << w->toolTip() << w->whatsThis() << w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (QAbstractItemModel *model = header->model())
                for (int i = 0; i < (header->orientation() == Qt::Horizontal ? model->columnCount() : 0); ++i)
                    texts << model->headerData(i, Qt::Horizontal).toString()
                          << model->headerData(i, Qt::Horizontal, Qt::ToolTipRole).toString();
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            std::function<void(const QList<QAction *> &)> actions = [&](const QList<QAction *> &list) {
                for (QAction *a : list) {
                    texts << a->text() << a->toolTip() << a->statusTip();
                    if (a->menu())
                        actions(a->menu()->actions());
                }
            };
            actions(menuBar->actions());
        }
    }
    texts.removeAll(QString());
    return texts;
}

QStringList TranslationTest::frenchIn(const QStringList &texts, bool words) const
{
    QStringList french;
    for (const QString &text : texts) {
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        for (const QString &value : m_demoTexts)
            if (value.size() >= 12)
                plain.remove(value);
        // A French word alone is looked for in short texts (labels, headers, value names), whose words are all ours.
        const bool shortText = plain.count(QLatin1Char(' ')) < 3;
        for (const QString &source : m_frenchSources) {
            QString s = source;
            s.remove(QLatin1Char('&'));
            if (s.contains(QLatin1Char('%')) || s.contains(QLatin1Char('<')))
                continue; // formats and markup are checked through the lookups
            const bool word = words && shortText && !s.contains(QLatin1Char(' ')) && s.size() >= 5 &&
                              plain.contains(QRegularExpression(QStringLiteral("(^|[^\\w])%1($|[^\\w])")
                                                                    .arg(QRegularExpression::escape(s))));
            if (plain == s || word || (s.size() >= 16 && plain.contains(s))) {
                french << text;
                break;
            }
        }
    }
    return french;
}

QStringList TranslationTest::defectiveMisses() const
{
    QStringList defects;
    const QSet<QString> misses = m_translator->misses();
    for (const QString &miss : misses) {
        const QString context = miss.section(QLatin1String(" | "), 0, 0);
        const QString source = miss.section(QLatin1String(" | "), 1);
        // Qt's own contexts are English at the source; ours are French and must all be translated.
        if (m_contexts.contains(context) || context.startsWith(QLatin1String("kitetp")) ||
            m_frenchSources.contains(source) || looksFrench(source))
            defects << miss;
    }
    defects.sort();
    return defects;
}

void TranslationTest::checkEnglish(const QStringList &texts, const QString &where, const QStringList &data)
{
    // Item texts hold the programme's own (French) content: a whole interface string only, not a word of it.
    const QStringList french = frenchIn(texts) + frenchIn(data, false);
    const QStringList misses = defectiveMisses();
    m_translator->clear();
    QVERIFY2(french.isEmpty(), qPrintable(where + QLatin1String(": French on screen:\n") + french.join(QLatin1Char('\n'))));
    QVERIFY2(misses.isEmpty(), qPrintable(where + QLatin1String(": lookups not found:\n") + misses.join(QLatin1Char('\n'))));
}

// Item texts of the lists and tables on `screen`: their display texts (stages, statuses, outcomes) are ours.
static QStringList itemTexts(QWidget *screen)
{
    QStringList items;
    const QList<QAbstractItemView *> views = screen->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        QAbstractItemModel *model = view->model();
        if (!model || !view->isVisible())
            continue;
        for (int r = 0; r < std::min(model->rowCount(), 60); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                items << model->index(r, c).data().toString() << model->index(r, c).data(Qt::ToolTipRole).toString();
    }
    items.removeAll(QString());
    return items;
}

void TranslationTest::everyPageIsEnglish()
{
    screenwalk::pages(m_demo, [this](QWidget *screen, const QString &where) {
        checkEnglish(visibleTexts(screen) << screen->windowTitle(), where, itemTexts(screen));
    });
}

void TranslationTest::everyWizardPageIsEnglish()
{
    screenwalk::wizards(m_demo, [this](QWidget *screen, const QString &where) {
        auto *wizard = qobject_cast<QWizard *>(screen);
        QStringList texts = visibleTexts(screen);
        texts << wizard->windowTitle() << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
        checkEnglish(texts, where);
    });
}

// The yes/no lists of the wizards read "yes" and "no" in English; the file keeps "oui" or "non", as in French.
void TranslationTest::yesNoChoicesAreEnglishAndStoredInFrench()
{
    const QString copy = m_dir.filePath(QStringLiteral("yes-no.etp"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    MainWindow window;
    window.setPromptsEnabled(false);
    QVERIFY(window.openFile(copy));
    {
        DeclarationWizard wizard(QStringLiteral("team"), window.document());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QComboBox *facilitators = nullptr;
        for (int page = 0; page < 5 && !facilitators; ++page) {
            for (QComboBox *combo : wizard.findChildren<QComboBox *>())
                if (combo->isVisible() && combo->property("field").toString() == QLatin1String("patients.facilitators"))
                    facilitators = combo;
            if (!facilitators)
                QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        }
        QVERIFY(facilitators);
        QCOMPARE(facilitators->itemText(1), QStringLiteral("yes"));
        QCOMPARE(facilitators->itemText(2), QStringLiteral("no"));
        facilitators->setFocus();
        QTest::keyClick(facilitators, Qt::Key_Home); // the empty item
        QTest::keyClick(facilitators, Qt::Key_Down); // "yes"
        QCOMPARE(facilitators->currentText(), QStringLiteral("yes"));
        QTest::keyClick(facilitators, Qt::Key_Down); // "no", chosen
        QCOMPARE(facilitators->currentText(), QStringLiteral("no"));
        QTRY_COMPARE(FieldStore(window.document()->file()).value(QStringLiteral("patients.facilitators")), QStringLiteral("non"));
        wizard.close();
    }
    window.closeFile();
}

void TranslationTest::everyDialogIsEnglish()
{
    screenwalk::dialogs(m_demo, [this](QWidget *screen, const QString &where) {
        checkEnglish(visibleTexts(screen) << screen->windowTitle(), where, itemTexts(screen));
    });
}

// Documents, written through the command line in this process, so that every lookup they make is recorded.
void TranslationTest::everyDocumentIsEnglish()
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QList<QStringList> exports = {
        {QStringLiteral("dossier")},
        {QStringLiteral("leaflet")},
        {QStringLiteral("card")},
        {QStringLiteral("checklist")},
        {QStringLiteral("guide"), QStringLiteral("--conducteur"), QStringLiteral("C1")},
        {QStringLiteral("handout"), QStringLiteral("--seance"), QStringLiteral("C1S1")},
        {QStringLiteral("signin"), QStringLiteral("--seance"), QStringLiteral("C1S1")},
        {QStringLiteral("notification"), QStringLiteral("--change"), QStringLiteral("coordinator")},
        {QStringLiteral("cessation"), QStringLiteral("--stop"), QDate::currentDate().toString(Qt::ISODate)},
        {QStringLiteral("report")},
        {QStringLiteral("report"), QStringLiteral("--four-year")},
    };
    QStringList failures;
    for (const QStringList &kind : exports) {
        const QString pdf = QDir(out).filePath(kind.join(QLatin1Char('_')) + QLatin1String(".pdf"));
        QStringList args = {QStringLiteral("kitetp"), QStringLiteral("export"), kind.first(), m_demo};
        args << kind.mid(1) << QStringLiteral("-o") << pdf;
        QCOMPARE(cli::run(args), 0);
        QString text = testutil::pdfText(pdf).simplified();
        QVERIFY2(!text.isEmpty(), qPrintable(pdf));
        for (const QString &value : std::as_const(m_demoTexts))
            text.remove(value);
        // Long French sources only: the demo's own content (guides, names) is French data, not interface.
        QStringList french;
        for (const QString &source : std::as_const(m_frenchSources))
            if (source.size() >= 24 && !isDemoText(source) && !source.contains(QLatin1Char('%')) && !source.contains(QLatin1Char('<')) &&
                text.contains(source.simplified()))
                french << source;
        if (!french.isEmpty())
            failures << kind.first() + QLatin1String(": ") + french.join(QLatin1String(" / "));
        const QStringList misses = defectiveMisses();
        m_translator->clear();
        if (!misses.isEmpty())
            failures << kind.first() + QLatin1String(" lookups: ") + misses.join(QLatin1String(" / "));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TranslationTest::commandLineHelpIsEnglish()
{
    QStringList commands = {{}};
    for (const cli::Verb &verb : cli::verbs())
        commands << QString::fromLatin1(verb.name);
    for (const cli::Verb &kind : cli::exportKinds())
        commands << QStringLiteral("export ") + QString::fromLatin1(kind.name);
    for (const cli::Verb &kind : cli::importKinds())
        commands << QStringLiteral("import ") + QString::fromLatin1(kind.name);
    QStringList failures;
    for (const QString &command : std::as_const(commands)) {
        QStringList args = {QStringLiteral("--lang"), QStringLiteral("en")};
        if (!command.isEmpty())
            args << command.split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const testutil::Run run = testutil::kitetp(args);
        if (run.status != 0 || run.out.isEmpty()) {
            failures << QStringLiteral("kitetp %1 --help: status %2 %3").arg(command).arg(run.status).arg(run.err);
            continue;
        }
        QStringList french;
        for (const QString &line : run.out.split(QLatin1Char('\n')))
            if (looksFrench(line) || !frenchIn({line.trimmed()}).isEmpty())
                french << line;
        if (!french.isEmpty())
            failures << QStringLiteral("kitetp %1 --help:\n%2").arg(command, french.join(QLatin1Char('\n')));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TranslationTest)
#include "tst_translation.moc"
