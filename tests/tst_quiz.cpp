// SPDX-License-Identifier: EUPL-1.2
// The recap quiz of a séance: its rules and scoring, its storage and exchange, the patient sheet and the
// facilitator's key on paper (kitetp export quiz), its editor and the answers' entry through real events, and the
// evaluation's quiz indicators on a constructed case.
#include "core/GuideExchange.h"
#include "core/Indicators.h"
#include "core/Quiz.h"
#include "demo/DemoGenerator.h"
#include "demo/Templates.h"
#include "model/ProgrammeDocument.h"
#include "model/QuizCommands.h"
#include "storage/GuideStore.h"
#include "storage/GuideTransfer.h"
#include "storage/IndicatorStore.h"
#include "storage/OutputFile.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/QuizStore.h"
#include "storage/SessionStore.h"
#include "ui/pages/GuidesPage.h"
#include "ui/pages/QuizAnswersDialog.h"
#include "ui/pages/QuizEditor.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace kitetp;

Q_DECLARE_METATYPE(kitetp::QuizQuestion)

namespace {

QuizQuestion question(QuizQuestion::Kind kind, const QString &text, const QStringList &choices, const QList<int> &right,
                      const QString &explanation = {})
{
    QuizQuestion q;
    q.kind = kind;
    q.text = text;
    q.choices = choices;
    q.right = right;
    q.explanation = explanation;
    return q;
}

// Four questions: true/false (right: Faux), single (right: 1), multiple (right: 0 and 2), true/false (right: Vrai).
Quiz fourQuestions()
{
    Quiz quiz;
    quiz.questions << question(QuizQuestion::Kind::TrueFalse, QStringLiteral("On double la dose après un oubli."), QuizRules::trueFalseChoices(), {1},
                               QStringLiteral("Jamais de double dose : suivre le plan de prise."))
                   << question(QuizQuestion::Kind::Single, QStringLiteral("Urgence vitale : quel numéro ?"),
                               {QStringLiteral("Le 18 bis"), QStringLiteral("Le 15"), QStringLiteral("La mairie")}, {1},
                               QStringLiteral("Le SAMU répond jour et nuit."))
                   << question(QuizQuestion::Kind::Multiple, QStringLiteral("Précautions avec les comprimés ?"),
                               {QStringLiteral("Emballage d'origine"), QStringLiteral("À la poubelle"), QStringLiteral("Hors de portée des enfants")},
                               {0, 2}, QStringLiteral("Rapporter les restes à la pharmacie."))
                   << question(QuizQuestion::Kind::TrueFalse, QStringLiteral("Le suivi fait partie du traitement."), QuizRules::trueFalseChoices(), {0});
    return quiz;
}

// The answers giving `right` questions right out of fourQuestions() (the first `right` questions right, the others wrong).
QList<QList<int>> sheet(int right)
{
    const QList<QList<int>> good = {{1}, {1}, {0, 2}, {0}};
    const QList<QList<int>> bad = {{0}, {2}, {0}, {}};
    QList<QList<int>> out;
    for (int i = 0; i < 4; ++i)
        out << (i < right ? good.at(i) : bad.at(i));
    return out;
}

} // namespace

class TestQuiz : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_etp;                         // the ONCOPLET template, C1S1 given fourQuestions()
    std::unique_ptr<ProgrammeDocument> m_document;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    GuideStore guides() { return GuideStore(m_document->file()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_etp = path(QStringLiteral("quiz.etp"));
        auto created = Templates::create(m_etp, QStringLiteral("oncoplet"), QStringLiteral("Programme du quiz"));
        QVERIFY2(!created.error, qPrintable(created.error.message()));
        m_document = std::make_unique<ProgrammeDocument>(std::move(created.file));
    }

    void rulesRefuseWithReasons_data()
    {
        QTest::addColumn<QuizQuestion>("q");
        QTest::addColumn<QString>("reason");
        const QStringList abc{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        QTest::newRow("no right answer") << question(QuizQuestion::Kind::Multiple, QStringLiteral("Q"), abc, {}) << QStringLiteral("aucune bonne réponse");
        QTest::newRow("single with two right") << question(QuizQuestion::Kind::Single, QStringLiteral("Q"), abc, {0, 2})
                                               << QStringLiteral("qu'une bonne réponse");
        QTest::newRow("true/false with two right") << question(QuizQuestion::Kind::TrueFalse, QStringLiteral("Q"), QuizRules::trueFalseChoices(), {0, 1})
                                                   << QStringLiteral("qu'une bonne réponse");
        QTest::newRow("true/false other choices") << question(QuizQuestion::Kind::TrueFalse, QStringLiteral("Q"), abc, {0}) << QStringLiteral("« Vrai » et « Faux »");
        QTest::newRow("right out of range") << question(QuizQuestion::Kind::Single, QStringLiteral("Q"), abc, {3})
                                            << QStringLiteral("choix qui n'existe pas");
        QTest::newRow("empty text") << question(QuizQuestion::Kind::Single, QStringLiteral("  "), abc, {0}) << QStringLiteral("énoncé est vide");
        QTest::newRow("one choice") << question(QuizQuestion::Kind::Single, QStringLiteral("Q"), {QStringLiteral("A")}, {0})
                                    << QStringLiteral("au moins deux choix");
        QTest::newRow("same choice twice") << question(QuizQuestion::Kind::Single, QStringLiteral("Q"), {QStringLiteral("A"), QStringLiteral("A")}, {0})
                                           << QStringLiteral("apparaît deux fois");
    }

    void rulesRefuseWithReasons()
    {
        QFETCH(QuizQuestion, q);
        QFETCH(QString, reason);
        const QString got = QuizRules::checkQuestion(q);
        QVERIFY2(got.contains(reason), qPrintable(got));
        Quiz quiz = fourQuestions();
        QVERIFY(QuizRules::check(quiz).isEmpty());
        quiz.questions.insert(1, q);
        QVERIFY(QuizRules::check(quiz).startsWith(QStringLiteral("Question 2 : ")));
        // The store refuses it too, and keeps what was there.
        const Seance before = *guides().seanceByCode(QStringLiteral("C1S2"));
        QVERIFY(QuizStore(m_document->file()).setQuiz(before.id, quiz));
        QCOMPARE(guides().seanceByCode(QStringLiteral("C1S2"))->quiz, before.quiz);
    }

    void aQuestionIsRightWhenTheSetsAreEqual()
    {
        const QuizQuestion multiple = fourQuestions().questions.at(2); // right: 0 and 2
        QVERIFY(QuizRules::isRight(multiple, {0, 2}));
        QVERIFY(QuizRules::isRight(multiple, {2, 0, 0})); // order and repeats do not matter
        QVERIFY(!QuizRules::isRight(multiple, {0}));       // one right box missing
        QVERIFY(!QuizRules::isRight(multiple, {0, 1, 2})); // one wrong box ticked
        QVERIFY(!QuizRules::isRight(multiple, {}));
        QCOMPARE(QuizRules::score(fourQuestions(), sheet(3)), 3);
        QCOMPARE(QuizRules::score(fourQuestions(), {{1}}), 1); // unanswered questions are wrong
        QVERIFY(!QuizRules::share(0, 0));
        QCOMPARE(*QuizRules::share(3, 4), 75.0);
    }

    void theTemplateHasDraftQuizzes()
    {
        const QList<Conducteur> all = guides().conducteurs();
        int seances = 0;
        for (const Conducteur &c : all)
            for (const Seance &s : c.seances) {
                ++seances;
                QVERIFY2(s.quiz.draft, qPrintable(s.code));
                QVERIFY2(s.quiz.questions.size() >= 4 && s.quiz.questions.size() <= 6, qPrintable(s.code));
                QVERIFY2(QuizRules::check(s.quiz).isEmpty(), qPrintable(s.code));
            }
        QCOMPARE(seances, 8);
    }

    void exchangeKeepsTheQuiz()
    {
        Seance c1s1 = *guides().seanceByCode(QStringLiteral("C1S1"));
        QVERIFY(!QuizStore(m_document->file()).setQuiz(c1s1.id, fourQuestions()));
        const GuideBundle bundle = GuideTransfer::collect(m_document->file());
        const QByteArray json = GuideExchange::toJson(bundle);
        QString error;
        const auto parsed = GuideExchange::parse(json, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->conducteurs.first().seances.first().quiz, fourQuestions());
        // Into another programme, and back out: the same quiz.
        auto other = ProgrammeFile::create(path(QStringLiteral("other.etp")));
        QVERIFY(!other.error);
        const auto result = GuideTransfer::import(*other.file, *parsed, GuideExchange::Mode::Merge);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(GuideStore(*other.file).seanceByCode(QStringLiteral("C1S1"))->quiz, fourQuestions());
        QCOMPARE(GuideStore(*other.file).seanceByCode(QStringLiteral("C3S3"))->quiz, guides().seanceByCode(QStringLiteral("C3S3"))->quiz);

        // A file from before quizzes (no "quiz" member) still imports, with no quiz.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray conducteurs = root.value(QStringLiteral("conducteurs")).toArray();
        QJsonObject c = conducteurs.at(0).toObject();
        QJsonArray seances = c.value(QStringLiteral("seances")).toArray();
        QJsonObject s = seances.at(0).toObject();
        QVERIFY(s.contains(QStringLiteral("quiz")));
        s.remove(QStringLiteral("quiz"));
        seances[0] = s;
        c[QStringLiteral("seances")] = seances;
        conducteurs[0] = c;
        root[QStringLiteral("conducteurs")] = conducteurs;
        const auto old = GuideExchange::parse(QJsonDocument(root).toJson(), &error);
        QVERIFY2(old, qPrintable(error));
        QVERIFY(old->conducteurs.first().seances.first().quiz.isEmpty());
    }

    void hostileQuizRefused_data()
    {
        QTest::addColumn<QString>("member");  // the "quiz" member put on the first séance, as JSON
        QTest::addColumn<QString>("message");
        QTest::newRow("newer version") << R"({"version": 2, "questions": []})" << QStringLiteral("plus récent");
        QTest::newRow("no version") << R"({"questions": []})" << QStringLiteral("quiz.version");
        QTest::newRow("not an object") << R"("quiz")" << QStringLiteral("un objet est attendu");
        QTest::newRow("unknown type") << R"({"version": 1, "questions": [{"type": "libre", "enonce": "Q", "bonnes_reponses": [0]}]})"
                                      << QStringLiteral("« vrai_faux »");
        QTest::newRow("index out of range") << R"({"version": 1, "questions": [{"type": "choix_unique", "enonce": "Q", "choix": ["A", "B"], "bonnes_reponses": [5]}]})"
                                            << QStringLiteral("n'existe pas");
        QTest::newRow("negative index") << R"({"version": 1, "questions": [{"type": "choix_unique", "enonce": "Q", "choix": ["A", "B"], "bonnes_reponses": [-1]}]})"
                                        << QStringLiteral("numéros de choix");
        QTest::newRow("two right to a single") << R"({"version": 1, "questions": [{"type": "choix_unique", "enonce": "Q", "choix": ["A", "B"], "bonnes_reponses": [0, 1]}]})"
                                               << QStringLiteral("qu'une bonne réponse");
        QTest::newRow("no right answer") << R"({"version": 1, "questions": [{"type": "choix_multiple", "enonce": "Q", "choix": ["A", "B"], "bonnes_reponses": []}]})"
                                         << QStringLiteral("aucune bonne réponse");
        QString many = QStringLiteral(R"({"version": 1, "questions": [)");
        for (int i = 0; i < 21; ++i)
            many += QStringLiteral(R"(%1{"type": "vrai_faux", "enonce": "Q%2", "bonnes_reponses": [0]})").arg(i ? QStringLiteral(",") : QString()).arg(i);
        QTest::newRow("too many questions") << many + QStringLiteral("]}") << QStringLiteral("20 éléments au plus");
        QTest::newRow("choices not texts") << R"({"version": 1, "questions": [{"type": "choix_unique", "enonce": "Q", "choix": [1, 2], "bonnes_reponses": [0]}]})"
                                           << QStringLiteral("liste de textes");
    }

    void hostileQuizRefused()
    {
        QFETCH(QString, member);
        QFETCH(QString, message);
        QJsonObject root = QJsonDocument::fromJson(GuideExchange::toJson(GuideTransfer::collect(m_document->file()))).object();
        QJsonArray conducteurs = root.value(QStringLiteral("conducteurs")).toArray();
        QJsonObject c = conducteurs.at(0).toObject();
        QJsonArray seances = c.value(QStringLiteral("seances")).toArray();
        QJsonObject s = seances.at(0).toObject();
        const QJsonDocument value = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(member).toUtf8());
        QVERIFY(value.isArray());
        s[QStringLiteral("quiz")] = value.array().at(0);
        seances[0] = s;
        c[QStringLiteral("seances")] = seances;
        conducteurs[0] = c;
        root[QStringLiteral("conducteurs")] = conducteurs;
        const QString file = path(QStringLiteral("hostile.json"));
        QVERIFY(!OutputFile::save(file, QJsonDocument(root).toJson()));
        QString error;
        QVERIFY(!GuideExchange::parse(QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("conducteurs[0].seances[0].quiz")), qPrintable(error));
        // The command line refuses it with the same message, the programme unchanged.
        const QByteArray before = GuideExchange::toJson(GuideTransfer::collect(m_document->file()), QDateTime());
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("guides"), m_etp, file});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(GuideExchange::toJson(GuideTransfer::collect(m_document->file()), QDateTime()), before);
    }

    void sheetWithoutAnswersKeyWithThem()
    {
        // Markup in a question is printed as text.
        Quiz quiz = fourQuestions();
        quiz.questions[1].text = QStringLiteral("Urgence <b>vitale</b> : quel numéro ?");
        QVERIFY(!QuizStore(m_document->file()).setQuiz(guides().seanceByCode(QStringLiteral("C1S1"))->id, quiz));
        const QString sheetPdf = path(QStringLiteral("sheet.pdf"));
        const QString keyPdf = path(QStringLiteral("key.pdf"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("--seance"), QStringLiteral("C1S1"),
                                   QStringLiteral("-o"), sheetPdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("--seance"), QStringLiteral("C1S1"),
                              QStringLiteral("--key"), QStringLiteral("-o"), keyPdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString sheet = testutil::pdfText(sheetPdf).simplified();
        const QString key = testutil::pdfText(keyPdf).simplified();
        // Both: the questions and their choices, in order.
        for (const QString &text : {sheet, key}) {
            QVERIFY2(text.contains(QStringLiteral("1. On double la dose après un oubli.")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Urgence <b>vitale</b> : quel numéro ?")));
            QVERIFY(text.contains(QStringLiteral("Hors de portée des enfants")));
            QVERIFY(text.contains(QStringLiteral("Connaissance de la maladie")));
        }
        // The sheet: boxes to tick, never the answers nor the explanations.
        QVERIFY(sheet.contains(QStringLiteral("Plusieurs réponses possibles.")));
        QVERIFY(sheet.contains(QStringLiteral("☐ Le 15")));
        QVERIFY(!sheet.contains(QStringLiteral("☑")));
        QVERIFY(!sheet.contains(QStringLiteral("Réponse :")));
        QVERIFY(!sheet.contains(QStringLiteral("Le SAMU répond jour et nuit.")));
        QVERIFY(!sheet.contains(QStringLiteral("Jamais de double dose")));
        // The key: each right answer, ticked and named, with the explanation.
        QVERIFY(key.contains(QStringLiteral("☑ Le 15")));
        QVERIFY(key.contains(QStringLiteral("☐ Le 18 bis")));
        QVERIFY(key.contains(QStringLiteral("Réponse : Faux")));
        QVERIFY(key.contains(QStringLiteral("Réponse : Le 15")));
        QVERIFY(key.contains(QStringLiteral("Réponse : Emballage d'origine ; Hors de portée des enfants")));
        QVERIFY(key.contains(QStringLiteral("Explication : Le SAMU répond jour et nuit.")));
        QVERIFY(key.contains(QStringLiteral("Corrigé pour l'animateur")));
        // The sheet is in the handout's large type: fewer words fit on a page, so it takes more room than the key's
        // questions would at the normal size; the PDF says its title.
        QVERIFY(testutil::pdfPages(sheetPdf) >= 1);
        // ODT by the extension.
        const QString odt = path(QStringLiteral("sheet.odt"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("--seance"), QStringLiteral("C1S1"),
                              QStringLiteral("-o"), odt});
        QCOMPARE(r.status, 0);
        QVERIFY(testutil::readAll(odt).startsWith("PK"));
    }

    void draftQuizSaysSo()
    {
        const QString pdf = path(QStringLiteral("draft.pdf"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("--seance"), QStringLiteral("C2S2"),
                                         QStringLiteral("-o"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString text = testutil::pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Brouillon à relire : questions proposées par Kit ETP")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("ONCOPLET")));
        QVERIFY(text.contains(QStringLiteral("En cas d'urgence vitale, j'appelle :")));
    }

    void commandLineRefusals()
    {
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("--seance"), QStringLiteral("C9S9"),
                                   QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("aucune séance de code « C9S9 »")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("--seance")));
        // A séance without a quiz.
        QVERIFY(!QuizStore(m_document->file()).setQuiz(guides().seanceByCode(QStringLiteral("C3S1"))->id, Quiz()));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), m_etp, QStringLiteral("--seance"), QStringLiteral("C3S1"),
                              QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n'a pas de quiz")), qPrintable(r.err));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("quiz"), path(QStringLiteral("absent.etp")), QStringLiteral("--seance"),
                              QStringLiteral("C1S1"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.status, 1);
    }

    void scoresGiveTheRightGain()
    {
        // One programme, two séances with a quiz; three patients at one session of C1S1 in 2025:
        // A 1/4 before, 3/4 after (+50 points); B 2/4 before, 2/4 after (0); C after only, 4/4.
        // Before: 3 right of 8 = 37.5 %; after: 9 of 12 = 75 %; mean gain over A and B: 25 points. C2S1: no answer.
        auto created = Templates::create(path(QStringLiteral("gain.etp")), QStringLiteral("oncoplet"), QStringLiteral("Gain"));
        QVERIFY(!created.error);
        ProgrammeFile &file = *created.file;
        const Seance c1s1 = *GuideStore(file).seanceByCode(QStringLiteral("C1S1"));
        QVERIFY(!QuizStore(file).setQuiz(c1s1.id, fourQuestions()));
        Session session;
        session.seanceId = c1s1.id;
        session.startsAt = QDateTime(QDate(2025, 3, 14), QTime(14, 0));
        session.durationMin = 120;
        session.capacity = 8;
        QVERIFY(!SessionStore(file).add(session));
        QList<qint64> patients;
        for (const QString &code : {QStringLiteral("P-A"), QStringLiteral("P-B"), QStringLiteral("P-C")}) {
            Patient p;
            p.code = code;
            p.lastName = QStringLiteral("Nomsecret") + code.right(1);
            QVERIFY(!PatientStore(file).add(p));
            patients << p.id;
            QVERIFY(!SessionStore(file).setAttendance({session.id, p.id, Attendance::Status::Present}));
        }
        QuizStore store(file);
        auto record = [&](int patient, QuizMoment moment, int right) {
            QuizAnswer a;
            a.sessionId = session.id;
            a.patientId = patients.at(patient);
            a.moment = moment;
            a.chosen = sheet(right);
            QVERIFY(!store.record(a));
            QCOMPARE(a.right, right);
            QCOMPARE(a.questions, 4);
        };
        record(0, QuizMoment::Before, 1);
        record(0, QuizMoment::After, 3);
        record(1, QuizMoment::Before, 2);
        record(1, QuizMoment::After, 2);
        record(2, QuizMoment::After, 4);
        // A patient not enrolled is refused.
        Patient stranger;
        stranger.code = QStringLiteral("P-X");
        QVERIFY(!PatientStore(file).add(stranger));
        QuizAnswer refused{0, session.id, stranger.id, QuizMoment::After, sheet(4), 0, 0};
        QVERIFY(store.record(refused));
        QVERIFY(!store.answer(session.id, stranger.id, QuizMoment::After));

        const IndicatorData data = IndicatorStore(file).compute(Period::year(2025));
        auto indicator = [&](const QString &key) {
            for (const Indicator &i : Indicators::list(data))
                if (i.key == key)
                    return i;
            return Indicator();
        };
        const Indicator before = indicator(QStringLiteral("quiz.before_rate"));
        const Indicator after = indicator(QStringLiteral("quiz.after_rate"));
        const Indicator gain = indicator(QStringLiteral("quiz.gain"));
        QCOMPARE(before.value.value_or(-1), 37.5);
        QCOMPARE(after.value.value_or(-1), 75.0);
        QCOMPARE(gain.value.value_or(-1), 25.0);
        QVERIFY(!gain.definition.isEmpty());
        // Per séance: C1S1 with its figures, C2S1 (a quiz, no answers) with none: "pas de données", never 0 %.
        auto row = [](const Indicator &i, const QString &code) {
            for (const Indicator::Row &r : i.breakdown)
                if (r.key == code)
                    return r;
            return Indicator::Row{};
        };
        QCOMPARE(row(gain, QStringLiteral("C1S1")).value.value_or(-1), 25.0);
        QCOMPARE(row(before, QStringLiteral("C2S1")).key, QStringLiteral("C2S1"));
        QVERIFY(!row(before, QStringLiteral("C2S1")).value);
        QVERIFY(!row(gain, QStringLiteral("C2S1")).value);
        QCOMPARE(Indicators::valueText(row(after, QStringLiteral("C2S1")).value, Indicator::Unit::Percent), Indicators::noData());
        // Another year: no data at all.
        QVERIFY(!Indicators::list(IndicatorStore(file).compute(Period::year(2024))).isEmpty());
        for (const Indicator &i : Indicators::list(IndicatorStore(file).compute(Period::year(2024))))
            if (i.key.startsWith(QStringLiteral("quiz.")))
                QVERIFY2(!i.value, qPrintable(i.key));

        // The annual report shows them, without identities.
        created.file.reset();
        const QString pdf = path(QStringLiteral("report.pdf"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), path(QStringLiteral("gain.etp")), QStringLiteral("--calendar"),
                                         QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString text = testutil::pdfText(pdf).simplified();
        // A row of the table: its label's first line, then the value (pdftotext -layout keeps a row on a line).
        const QStringList lines = testutil::pdfText(pdf).split(QLatin1Char('\n'));
        auto rowAt = [&lines](const QString &label, const QString &value) -> qsizetype {
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines.at(i).trimmed().startsWith(label) && QString(lines.at(i) + QStringLiteral("  ")).contains(QLatin1Char(' ') + value + QStringLiteral("  ")))
                    return i;
            return -1;
        };
        const qsizetype beforeRow = rowAt(QStringLiteral("Bonnes réponses au quiz"), QStringLiteral("37,5 %"));
        const qsizetype afterRow = rowAt(QStringLiteral("Bonnes réponses au quiz"), QStringLiteral("75,0 %"));
        QVERIFY2(beforeRow >= 0, qPrintable(text.mid(text.indexOf(QStringLiteral("Bonnes réponses au quiz")), 300)));
        QVERIFY(afterRow > beforeRow);
        QVERIFY2(rowAt(QStringLiteral("Gain moyen"), QStringLiteral("25,0 %")) > afterRow, qPrintable(lines.filter(QStringLiteral("25,0")).join(QLatin1Char('|'))));
        QVERIFY(rowAt(QStringLiteral("• C1S1 — Connaissance de la"), QStringLiteral("37,5 %")) > beforeRow);
        QVERIFY(rowAt(QStringLiteral("• C2S1 — Prévenir les effets"), QStringLiteral("pas de")) > beforeRow);
        QVERIFY(text.contains(QStringLiteral("Questions justes divisées par les questions")));
        QVERIFY(!text.contains(QStringLiteral("Nomsecret")));
        QVERIFY(!text.contains(QStringLiteral("P-A")));
        // And the four-year report.
        const QString four = path(QStringLiteral("four.pdf"));
        const auto f = testutil::kitetp({QStringLiteral("export"), QStringLiteral("report"), path(QStringLiteral("gain.etp")), QStringLiteral("--four-year"),
                                         QStringLiteral("-o"), four});
        QVERIFY2(f.status == 0, qPrintable(f.err));
        const QString fourText = testutil::pdfText(four).simplified();
        QVERIFY2(fourText.contains(QStringLiteral("Gain moyen au quiz (points)")), qPrintable(fourText.left(400)));
        QVERIFY(!fourText.contains(QStringLiteral("Nomsecret")));
    }

    void editorThroughRealEvents()
    {
        GuidesPage page;
        page.setDocument(m_document.get());
        page.resize(1200, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const Seance c1s2 = *guides().seanceByCode(QStringLiteral("C1S2"));
        page.select(c1s2.id, true);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("seanceTabs"));
        QVERIFY(tabs);
        QuizEditor *editor = page.quizEditor();
        const int tab = tabs->indexOf(editor);
        QVERIFY(tab >= 0);
        QCOMPARE(tabs->tabText(tab), QStringLiteral("Quiz"));
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        QCOMPARE(tabs->currentWidget(), editor);
        auto *list = editor->findChild<QListWidget *>(QStringLiteral("quizQuestions"));
        QCOMPARE(list->count(), c1s2.quiz.questions.size());
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("1. Un traitement anticancéreux")));
        const int start = int(c1s2.quiz.questions.size());
        QUndoStack *stack = m_document->undoStack();

        // Add a question after the first: a true/false « Nouvelle question », its text selected; type a new one.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("quizAdd")), Qt::LeftButton);
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.size(), start + 1);
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).text, QStringLiteral("Nouvelle question"));
        auto *text = editor->findChild<QLineEdit *>(QStringLiteral("quizText"));
        QVERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("Je garde mon traitement au frigo."));
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).text, QStringLiteral("Je garde mon traitement au frigo."));
        QCOMPARE(stack->undoText(), QStringLiteral("Quiz de la séance « C1S2 » : énoncé de la question 2"));
        if (const QString shot = qEnvironmentVariable("KITETP_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(page.grab().save(shot));

        // Make it a multiple choice with its own choices, two of them right.
        auto *kind = editor->findChild<QComboBox *>(QStringLiteral("quizKind"));
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // Choix unique
        QTest::keyClick(kind, Qt::Key_Down); // Choix multiple
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).kind, QuizQuestion::Kind::Multiple);
        auto *choices = editor->findChild<QPlainTextEdit *>(QStringLiteral("quizChoices"));
        choices->setFocus();
        QTest::keyClick(choices, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(choices, QStringLiteral("Vrai"));
        QTest::keyClick(choices, Qt::Key_Return);
        QTest::keyClicks(choices, QStringLiteral("Selon la notice"));
        QTest::keyClick(choices, Qt::Key_Return);
        QTest::keyClicks(choices, QStringLiteral("Faux"));
        QTest::keyClick(choices, Qt::Key_Tab); // leaves the field: committed
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).choices,
                 QStringList({QStringLiteral("Vrai"), QStringLiteral("Selon la notice"), QStringLiteral("Faux")}));
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).right, QList<int>{0}); // « Vrai » kept its tick
        auto *right = editor->findChild<QListWidget *>(QStringLiteral("quizRight"));
        QCOMPARE(right->count(), 3);
        QTest::mouseClick(right->viewport(), Qt::LeftButton, {}, right->visualItemRect(right->item(1)).center());
        QTest::keyClick(right, Qt::Key_Space);
        QTRY_COMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).right, QList<int>({0, 1}));

        // Untick both: refused with its reason, nothing written.
        QTest::keyClick(right, Qt::Key_Space);
        QTRY_COMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).right, QList<int>{0});
        QTest::mouseClick(right->viewport(), Qt::LeftButton, {}, right->visualItemRect(right->item(0)).center());
        QTest::keyClick(right, Qt::Key_Space);
        QTRY_VERIFY(!editor->issue().isEmpty());
        QVERIFY2(editor->issue().contains(QStringLiteral("aucune bonne réponse")), qPrintable(editor->issue()));
        QCOMPARE(guides().seance(c1s2.id)->quiz.questions.at(1).right, QList<int>{0});
        QTRY_COMPARE(right->item(0)->checkState(), Qt::Checked); // the form shows what is stored

        // Undo, step by step, back to the template's quiz; redo brings it all back.
        const Quiz edited = guides().seance(c1s2.id)->quiz;
        while (stack->canUndo() && guides().seance(c1s2.id)->quiz != c1s2.quiz)
            stack->undo();
        QCOMPARE(guides().seance(c1s2.id)->quiz, c1s2.quiz);
        QCOMPARE(list->count(), start);
        while (stack->canRedo() && guides().seance(c1s2.id)->quiz != edited)
            stack->redo();
        QCOMPARE(guides().seance(c1s2.id)->quiz, edited);
        QCOMPARE(list->count(), start + 1);

        // Remove it with the button; Ctrl+Z would bring it back.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("quizRemove")), Qt::LeftButton);
        QCOMPARE(guides().seance(c1s2.id)->quiz, c1s2.quiz);
        stack->undo();
        QCOMPARE(guides().seance(c1s2.id)->quiz, edited);
    }

    void answersEnteredAndScored()
    {
        ProgrammeFile &file = m_document->file();
        Seance c2s1 = *guides().seanceByCode(QStringLiteral("C2S1"));
        QVERIFY(!QuizStore(file).setQuiz(c2s1.id, fourQuestions()));
        c2s1 = *guides().seance(c2s1.id);
        Session session;
        session.seanceId = c2s1.id;
        session.startsAt = QDateTime(QDate(2025, 5, 20), QTime(9, 30));
        session.durationMin = 120;
        QVERIFY(!SessionStore(file).add(session));
        QList<qint64> patients;
        for (const QString &code : {QStringLiteral("Q-1"), QStringLiteral("Q-2")}) {
            Patient p;
            p.code = code;
            QVERIFY(!PatientStore(file).add(p));
            patients << p.id;
            QVERIFY(!SessionStore(file).setAttendance({session.id, p.id, Attendance::Status::Present}));
        }
        QuizAnswersDialog dialog(m_document.get(), session, c2s1, patients.at(0));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.patientBox()->currentData().toLongLong(), patients.at(0));
        QVERIFY(dialog.scoreText().startsWith(QStringLiteral("Score : 0 / 4")));
        // A click where the box is on screen (the questions scroll).
        auto *scroll = dialog.findChild<QScrollArea *>();
        QVERIFY(scroll);
        auto tick = [&](int q, int c) {
            QAbstractButton *b = dialog.choiceButton(q, c);
            QVERIFY(b);
            scroll->ensureWidgetVisible(b);
            QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(8, b->height() / 2)); // on the box (the row is wider than it)
        };
        // Question 1 right (Faux), question 2 wrong (Le 18 bis), question 3 right (0 and 2), question 4 unanswered.
        tick(0, 1);
        tick(1, 0);
        tick(2, 0);
        tick(2, 2);
        QVERIFY2(dialog.scoreText().startsWith(QStringLiteral("Score : 2 / 4")), qPrintable(dialog.scoreText()));
        // A single choice keeps one box: ticking « Le 15 » unticks « Le 18 bis ».
        tick(1, 1);
        QVERIFY(!dialog.choiceButton(1, 0)->isChecked());
        QVERIFY(dialog.scoreText().startsWith(QStringLiteral("Score : 3 / 4")));
        QCOMPARE(dialog.momentBox()->currentText(), QStringLiteral("Après la séance"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        const auto saved = QuizStore(file).answer(session.id, patients.at(0), QuizMoment::After);
        QVERIFY(saved);
        QCOMPARE(saved->right, 3);
        QCOMPARE(saved->questions, 4);
        QCOMPARE(saved->chosen, (QList<QList<int>>{{1}, {1}, {0, 2}, {}}));
        // The next patient comes up, with empty boxes.
        QCOMPARE(dialog.patientBox()->currentData().toLongLong(), patients.at(1));
        QVERIFY(!dialog.choiceButton(0, 1)->isChecked());
        // Back to the first patient: the answers recorded are shown.
        dialog.patientBox()->setFocus();
        QTest::keyClick(dialog.patientBox(), Qt::Key_Up);
        QVERIFY(dialog.choiceButton(2, 2)->isChecked());
        QVERIFY(dialog.scoreText().startsWith(QStringLiteral("Score : 3 / 4")));
        // Undo removes the entry; redo puts it back with its score.
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Saisir les réponses au quiz (C2S1, après la séance)"));
        m_document->undoStack()->undo();
        QVERIFY(!QuizStore(file).answer(session.id, patients.at(0), QuizMoment::After));
        m_document->undoStack()->redo();
        QCOMPARE(QuizStore(file).answer(session.id, patients.at(0), QuizMoment::After)->right, 3);
    }

    void demoRecordsSomeAnswers()
    {
        auto created = ProgrammeFile::create(path(QStringLiteral("demo.etp")));
        QVERIFY(!created.error);
        DemoOptions options;
        options.patients = 30;
        QVERIFY(!DemoGenerator(*created.file, options).fill());
        const QDate today = QDate::currentDate();
        const QList<QuizResult> results = QuizStore(*created.file).results(today.addYears(-3), today);
        QCOMPARE(results.size(), 8);
        int pairs = 0, after = 0;
        for (const QuizResult &r : results) {
            pairs += r.pairs;
            after += r.afterAnswers;
        }
        QVERIFY(after > 0);
        QVERIFY(pairs > 0);
    }
};

QTEST_MAIN(TestQuiz)
#include "tst_quiz.moc"
