// SPDX-License-Identifier: EUPL-1.2
// The guides room without the window: the ONCOPLET template, the skills catalogue, the store's editing
// operations, and the exchange file (round trip, merge, replace, hostile files).
#include "testutil.h"

#include "core/GuideExchange.h"
#include "core/GuideRules.h"
#include "demo/Templates.h"
#include "core/ProgrammeFields.h"
#include "storage/FieldStore.h"
#include "storage/GuideStore.h"
#include "storage/GuideTransfer.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SessionStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kitetp;

namespace {

std::unique_ptr<ProgrammeFile> create(const QString &path, const QString &templ)
{
    auto created = ProgrammeFile::create(path);
    if (created.error)
        qFatal("create: %s", qPrintable(created.error.message()));
    if (FileError e = Templates::apply(*created.file, templ))
        qFatal("apply: %s", qPrintable(e.message()));
    return std::move(created.file);
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(testutil::readAll(path), QCryptographicHash::Sha256);
}

// Every field of a séance as text, ids aside, skills by label.
QString describe(const Seance &s, const QList<Skill> &skills)
{
    QStringList skillLabels;
    for (const Skill &k : skills)
        if (s.skillIds.contains(k.id))
            skillLabels << familyToStored(k.family) + QLatin1Char(':') + k.label;
    skillLabels.sort();
    QStringList steps;
    for (const SeanceStep &st : s.steps)
        steps << QStringLiteral("%1|%2|%3|%4").arg(st.durationMin).arg(st.activity, st.technique, st.materials);
    return QStringList{s.code, s.title, s.objectives.join(u'/'), skillLabels.join(u'/'), s.audience, formatToStored(s.format),
                       QString::number(s.durationMin), QString::number(s.groupMin), QString::number(s.groupMax),
                       s.professions.join(u'/'), s.room, s.materials.join(u'/'), steps.join(u'#'), s.evaluation,
                       s.keyMessages.join(u'/'), s.sources, s.draft ? QStringLiteral("draft") : QStringLiteral("final")}
        .join(QStringLiteral("\n"));
}

QString describe(const QList<Conducteur> &conducteurs, const QList<Skill> &skills)
{
    QStringList out;
    for (const Conducteur &c : conducteurs) {
        out << c.code + QLatin1Char('|') + c.title + QLatin1Char('|') + c.description;
        for (const Seance &s : c.seances)
            out << describe(s, skills);
    }
    return out.join(QStringLiteral("\n--\n"));
}

} // namespace

class TestGuides : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void oncopletTemplateHasTheIssuesCodesAndTitles()
    {
        auto file = create(path("oncoplet.etp"), QStringLiteral("oncoplet"));
        const QList<Conducteur> cs = GuideStore(*file).conducteurs();
        const QList<std::pair<QString, QString>> expectedConducteurs = {
            {"C1", "Comprendre la maladie et son traitement"}, {"C2", "Gestion des effets secondaires"}, {"C3", "La vie avec la maladie"}};
        const QList<std::pair<QString, QString>> expectedSeances = {
            {"C1S1", "Connaissance de la maladie"},
            {"C1S2", "Connaissance et gestion du traitement oral (partie 1)"},
            {"C1S3", "Connaissance et gestion du traitement oral (partie 2)"},
            {"C2S1", "Prévenir les effets secondaires"},
            {"C2S2", "Conduites à tenir et personnes ressources"},
            {"C3S1", "Mieux s'informer, mieux s'entourer"},
            {"C3S2", "Le quotidien avec un traitement oral"},
            {"C3S3", "Le rapport aux autres quand on est atteint d'un cancer"}};
        QCOMPARE(cs.size(), 3);
        QList<std::pair<QString, QString>> seances;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(cs[i].code, expectedConducteurs[i].first);
            QCOMPARE(cs[i].title, expectedConducteurs[i].second);
            for (const Seance &s : cs[i].seances) {
                seances << std::pair{s.code, s.title};
                QVERIFY2(s.code.startsWith(cs[i].code + QLatin1Char('S')), qPrintable(s.code));
                QVERIFY2(!s.steps.isEmpty() && s.stepsDurationMin() == s.durationMin, qPrintable(s.code));
                QVERIFY(s.draft);
                QVERIFY(s.objectives.size() >= 3);
                QVERIFY(s.keyMessages.size() >= 3);
                QVERIFY(s.skillIds.size() >= 3);
                QVERIFY(!s.materials.isEmpty() && !s.professions.isEmpty() && !s.evaluation.isEmpty() && !s.sources.isEmpty());
                QVERIFY(s.groupMin > 0 && s.groupMin <= s.groupMax);
                QCOMPARE(GuideRules::checkSeance(s), QString());
                // No dosage in what the template says (a number followed by a unit of dose).
                const QString all = describe(s, {});
                QVERIFY2(!all.contains(QRegularExpression(QStringLiteral("\\d+\\s*(mg|µg|ml|mL|comprimés?|gélules?)\\b"))),
                         qPrintable(s.code));
            }
        }
        QCOMPARE(seances, expectedSeances);
        QCOMPARE(file->meta(QStringLiteral("template")), QStringLiteral("oncoplet"));
    }

    // A new programme (the window's New, `kitetp new`) is the template and its title, whole or nothing.
    void newProgrammeIsTheTemplateWithItsTitleOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nouveau.etp"));
        auto created = Templates::create(path, QStringLiteral("oncoplet"), QStringLiteral("ONCOPLET <Nantes>"));
        QVERIFY2(!created.error, qPrintable(created.error.message()));
        QCOMPARE(FieldStore(*created.file).value(ProgrammeFields::title()), QStringLiteral("ONCOPLET <Nantes>"));
        QVERIFY(GuideStore(*created.file).seanceByCode(QStringLiteral("C1S1")));
        QCOMPARE(created.file->meta(QStringLiteral("template")), QStringLiteral("oncoplet"));

        const QString refused = dir.filePath(QStringLiteral("refus.etp"));
        const auto unknown = Templates::create(refused, QStringLiteral("inconnu"), QStringLiteral("Titre"));
        QVERIFY(unknown.error);
        QVERIFY2(unknown.error.message().contains(QStringLiteral("Modèle inconnu « inconnu »")), qPrintable(unknown.error.message()));
        QVERIFY(!unknown.file);
        QVERIFY(!QFileInfo::exists(refused)); // no half-made programme left behind
    }

    void everyNewProgrammeHasTheSkillsCatalogue()
    {
        auto file = create(path("empty.etp"), QStringLiteral("empty"));
        const QList<Skill> skills = GuideStore(*file).skills();
        QCOMPARE(skills.size(), GuideRules::defaultSkills().size());
        QSet<Skill::Family> families;
        for (const Skill &s : skills)
            families.insert(s.family);
        QCOMPARE(families.size(), 3);
        QVERIFY(GuideStore(*file).conducteurs().isEmpty());
        // Seeding again adds nothing.
        QVERIFY(!GuideTransfer::seedSkills(*file));
        QCOMPARE(GuideStore(*file).skills().size(), skills.size());
    }

    void storeReordersMovesAndRestoresWithTheSameIds()
    {
        auto file = create(path("edit.etp"), QStringLiteral("oncoplet"));
        GuideStore store(*file);
        QList<Conducteur> cs = store.conducteurs();
        QVERIFY(!store.reorderConducteurs({cs[2].id, cs[0].id, cs[1].id}));
        QCOMPARE(store.conducteurs().first().code, QStringLiteral("C3"));

        const Seance moved = cs[0].seances[0]; // C1S1 into C2, first
        QVERIFY(!store.moveSeance(moved.id, cs[1].id, {moved.id, cs[1].seances[0].id, cs[1].seances[1].id}));
        const Conducteur c2 = *store.conducteur(cs[1].id);
        QCOMPARE(c2.seances.size(), 3);
        QCOMPARE(c2.seances.first().code, QStringLiteral("C1S1"));
        QCOMPARE(store.conducteur(cs[0].id)->seances.size(), 2);

        Conducteur removed = *store.conducteur(cs[0].id);
        QVERIFY(!store.removeConducteur(removed.id));
        QVERIFY(!store.conducteur(removed.id));
        QVERIFY(!store.addConducteur(removed));
        const Conducteur back = *store.conducteur(removed.id);
        QCOMPARE(back.seances.size(), 2);
        QCOMPARE(back.seances[0].id, removed.seances[0].id);
        QCOMPARE(describe(back.seances[1], store.skills()), describe(removed.seances[1], store.skills()));
    }

    void seanceOnTheCalendarCannotBeRemoved()
    {
        auto file = create(path("calendar.etp"), QStringLiteral("oncoplet"));
        GuideStore store(*file);
        const Seance s = *store.seanceByCode(QStringLiteral("C2S1"));
        Session session;
        session.seanceId = s.id;
        session.startsAt = QDateTime(QDate(2025, 3, 14), QTime(14, 0));
        const FileError added = SessionStore(*file).add(session);
        QVERIFY2(!added, qPrintable(added.message()));
        const FileError e = store.removeSeance(s.id);
        QVERIFY(e);
        QVERIFY2(e.message().contains(QStringLiteral("calendrier")), qPrintable(e.message()));
        QVERIFY(store.seance(s.id));
        QVERIFY(store.removeConducteur(s.conducteurId));
        // Replacing the guides is refused too, and changes nothing.
        const QString before = describe(store.conducteurs(), store.skills());
        const auto bundle = Templates::guides(QStringLiteral("oncoplet"));
        QVERIFY(bundle);
        const auto result = GuideTransfer::import(*file, *bundle, GuideExchange::Mode::Replace);
        QVERIFY(result.error);
        QCOMPARE(describe(store.conducteurs(), store.skills()), before);
    }

    void seancePlannedForPatientsCannotBeRemoved()
    {
        // Removing a séance would silently delete it from patients' personalised programmes (ON DELETE CASCADE).
        auto file = create(path("planned.etp"), QStringLiteral("oncoplet"));
        GuideStore store(*file);
        PatientStore patients(*file);
        const Seance s = *store.seanceByCode(QStringLiteral("C2S1"));
        for (int i = 0; i < 2; ++i) {
            Patient p;
            QVERIFY(!patients.add(p));
            QVERIFY(!patients.setPlan(p.id, {s.id}));
        }
        const QByteArray before = digest(file->path());
        const FileError e = store.removeSeance(s.id);
        QVERIFY(e);
        QVERIFY2(e.message().contains(QStringLiteral("2 patient")), qPrintable(e.message()));
        QVERIFY(store.seance(s.id));
        const FileError ec = store.removeConducteur(s.conducteurId);
        QVERIFY(ec);
        QVERIFY2(ec.message().contains(QStringLiteral("2 patient")), qPrintable(ec.message()));
        QVERIFY(store.conducteur(s.conducteurId));
        // Replacing the guides would remove it too: refused, nothing changed.
        const auto bundle = Templates::guides(QStringLiteral("oncoplet"));
        QVERIFY(bundle);
        const auto result = GuideTransfer::import(*file, *bundle, GuideExchange::Mode::Replace);
        QVERIFY(result.error);
        QVERIFY2(result.error.message().contains(QStringLiteral("programme personnalisé")), qPrintable(result.error.message()));
        QCOMPARE(digest(file->path()), before);
        QCOMPARE(patients.patientsPlanning(s.id).size(), 2);
        // A séance nobody plans can still go.
        const Seance free = *store.seanceByCode(QStringLiteral("C2S2"));
        QVERIFY(!store.removeSeance(free.id));
    }

    void revertKeepsSkillsThatObjectivesUse()
    {
        auto file = create(path("revert-skill.etp"), QStringLiteral("empty"));
        GuideStore store(*file);
        GuideBundle bundle;
        bundle.skills << Skill{7, Skill::Family::Safety, QStringLiteral("Compétence importée"), 0};
        Conducteur c{0, QStringLiteral("A1"), QStringLiteral("Atelier"), {}, 0, {}, {}};
        Seance s;
        s.code = QStringLiteral("A1S1");
        s.title = QStringLiteral("Séance");
        s.skillIds << 7;
        c.seances << s;
        bundle.conducteurs << c;
        const auto result = GuideTransfer::import(*file, bundle, GuideExchange::Mode::Merge);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.addedSkills.size(), 1);
        const qint64 skillId = result.addedSkills.first();
        PatientStore patients(*file);
        Patient p;
        QVERIFY(!patients.add(p));
        Objective o;
        o.patientId = p.id;
        o.skillId = skillId;
        o.label = QStringLiteral("Objectif");
        QVERIFY(!patients.addObjective(o));

        QVERIFY(!GuideTransfer::revert(*file, result));
        QVERIFY(store.conducteurs().isEmpty());
        // The objective still names its skill, which stays in the catalogue.
        QCOMPARE(patients.objectives(p.id).first().skillId, skillId);
        bool found = false;
        for (const Skill &k : store.skills())
            found = found || k.id == skillId;
        QVERIFY(found);
    }

    void exportThenImportRoundTripsEveryField()
    {
        auto source = create(path("source.etp"), QStringLiteral("oncoplet"));
        GuideStore store(*source);
        Seance odd = *store.seanceByCode(QStringLiteral("C3S3"));
        odd.title = QStringLiteral("<b>Gras</b> & <script>alert('x')</script> « é »");
        odd.format = Seance::Format::Individual;
        odd.groupMin = 1;
        odd.groupMax = 1;
        odd.evaluation = QStringLiteral("Ligne 1\nLigne 2 avec\ttabulation");
        odd.draft = false;
        odd.steps << SeanceStep{0, 0, QStringLiteral("Étape vide"), {}, {}};
        const FileError updated = store.updateSeance(odd);
        QVERIFY2(!updated, qPrintable(updated.message()));
        Skill extra{0, Skill::Family::Adaptation, QStringLiteral("Compétence propre à l'équipe"), 99};
        QVERIFY(!store.addSkill(extra));
        odd.skillIds << extra.id;
        QVERIFY(!store.updateSeance(odd));

        const QByteArray json = GuideExchange::toJson(GuideTransfer::collect(*source));
        QString error;
        const auto bundle = GuideExchange::parse(json, &error);
        QVERIFY2(bundle, qPrintable(error));

        auto target = create(path("target.etp"), QStringLiteral("empty"));
        const auto result = GuideTransfer::import(*target, *bundle, GuideExchange::Mode::Merge);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(result.report.added.size(), 4); // the team's own skill, then 3 conducteurs
        QVERIFY(result.report.renamed.isEmpty());
        GuideStore targetStore(*target);
        QCOMPARE(describe(targetStore.conducteurs(), targetStore.skills()), describe(store.conducteurs(), store.skills()));
    }

    void mergeRenamesTakenCodesAndRefusesIdenticalGuides()
    {
        auto file = create(path("merge.etp"), QStringLiteral("oncoplet"));
        GuideStore store(*file);
        Conducteur c1 = *store.conducteurByCode(QStringLiteral("C1"));
        c1.title = QStringLiteral("Comprendre la maladie (version locale)");
        QVERIFY(!store.updateConducteur(c1));

        const auto bundle = Templates::guides(QStringLiteral("oncoplet"));
        const auto result = GuideTransfer::import(*file, *bundle, GuideExchange::Mode::Merge);
        QVERIFY(!result.error);
        QCOMPARE(result.report.refused.size(), 2); // C2 and C3 are identical
        QCOMPARE(result.report.added.size(), 1);
        QVERIFY(result.report.renamed.contains(QStringLiteral("C1 → C1-2 (code déjà utilisé)")));
        QVERIFY(result.report.renamed.contains(QStringLiteral("C1S2 → C1S2-2 (code déjà utilisé)")));
        QCOMPARE(store.conducteurs().size(), 4);
        QVERIFY(store.seanceByCode(QStringLiteral("C1S3-2")));

        QVERIFY(!GuideTransfer::revert(*file, result));
        QCOMPARE(store.conducteurs().size(), 3);
    }

    void replaceSwapsTheGuidesAndRevertPutsThemBack()
    {
        auto file = create(path("replace.etp"), QStringLiteral("oncoplet"));
        GuideStore store(*file);
        const QString before = describe(store.conducteurs(), store.skills());
        GuideBundle small;
        small.conducteurs << Conducteur{0, QStringLiteral("A1"), QStringLiteral("Atelier unique"), {}, 0, {}, {}};
        const auto result = GuideTransfer::import(*file, small, GuideExchange::Mode::Replace);
        QVERIFY2(!result.error, qPrintable(result.error.message()));
        QCOMPARE(store.conducteurs().size(), 1);
        QCOMPARE(store.conducteurs().first().code, QStringLiteral("A1"));
        QVERIFY(!GuideTransfer::revert(*file, result));
        QCOMPARE(describe(store.conducteurs(), store.skills()), before);
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray seance = R"({"code":"X1S1","titre":"T","duree_min":10})";
        auto wrap = [](const QByteArray &conducteurs) -> QByteArray {
            return R"({"format":"kitetp-guides","version":1,"conducteurs":[)" + conducteurs + "]}";
        };
        QTest::newRow("not json") << QByteArray("ceci n'est pas du JSON") << QStringLiteral("JSON valide");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON valide");
        QTest::newRow("array root") << QByteArray("[1,2]") << QStringLiteral("objet JSON");
        QTest::newRow("other format") << QByteArray(R"({"format":"autre","version":1,"conducteurs":[]})") << QStringLiteral("pas un fichier de guides");
        QTest::newRow("newer version") << QByteArray(R"({"format":"kitetp-guides","version":2,"conducteurs":[]})") << QStringLiteral("plus récent");
        QTest::newRow("version as text") << QByteArray(R"({"format":"kitetp-guides","version":"1","conducteurs":[]})") << QStringLiteral("version");
        QTest::newRow("no conducteurs") << QByteArray(R"({"format":"kitetp-guides","version":1})") << QStringLiteral("« conducteurs » : champ obligatoire absent");
        QTest::newRow("missing title") << wrap(R"({"code":"X1","seances":[]})") << QStringLiteral("« conducteurs[0].titre » : champ obligatoire absent");
        QTest::newRow("missing seances") << wrap(R"({"code":"X1","titre":"T"})") << QStringLiteral("seances");
        QTest::newRow("title as number") << wrap(R"({"code":"X1","titre":12,"seances":[]})") << QStringLiteral("un texte est attendu");
        QTest::newRow("duration as text") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":"90"}]})")
                                          << QStringLiteral("nombre entier");
        QTest::newRow("negative duration") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":-5}]})")
                                           << QStringLiteral("nombre entier");
        QTest::newRow("huge title") << wrap(R"({"code":"X1","titre":")" + QByteArray(100000, 'x') + R"(","seances":[]})")
                                    << QStringLiteral("trop long");
        QTest::newRow("title of 300") << wrap(R"({"code":"X1","titre":")" + QByteArray(300, 'x') + R"(","seances":[]})")
                                      << QStringLiteral("200 caractères au plus");
        QTest::newRow("control char in code") << wrap(R"({"code":"X\u00011","titre":"T","seances":[]})") << QStringLiteral("code");
        QTest::newRow("newline in title") << wrap(R"({"code":"X1","titre":"a\nb","seances":[]})") << QStringLiteral("une seule ligne");
        QTest::newRow("duplicate code") << wrap(R"({"code":"X1","titre":"T","seances":[]},{"code":"X1","titre":"U","seances":[]})")
                                        << QStringLiteral("apparaît deux fois");
        QTest::newRow("duplicate seance") << wrap(R"({"code":"X1","titre":"T","seances":[)" + seance + "," + seance + "]}")
                                          << QStringLiteral("apparaît deux fois");
        QTest::newRow("unknown skill") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":1,"competences":["Voler"]}]})")
                                       << QStringLiteral("Voler");
        QTest::newRow("bad format") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":1,"modalite":"en ligne"}]})")
                                    << QStringLiteral("individuelle");
        QTest::newRow("group min over max") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":1,"participants_min":9,"participants_max":3}]})")
                                            << QStringLiteral("dépasse le maximum");
        QTest::newRow("too many steps") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":1,"deroulement":[)" +
                                                QByteArray("{\"duree_min\":1,\"activite\":\"a\"},").repeated(60).chopped(1) + "]}]}")
                                        << QStringLiteral("40 éléments au plus");
        QTest::newRow("step not an object") << wrap(R"({"code":"X1","titre":"T","seances":[{"code":"X1S1","titre":"T","duree_min":1,"deroulement":[3]}]})")
                                            << QStringLiteral("un objet est attendu");
        QTest::newRow("over 8 MB") << QByteArray(GuideExchange::maxBytes + 1, ' ') << QStringLiteral("Mo");
        // Text of the file echoed in the message comes with its control characters escaped, never raw.
        QTest::newRow("bell in a code")
            << wrap("{\"code\":\"X\\u0007\",\"titre\":\"T\",\"seances\":[]},{\"code\":\"X\\u0007\",\"titre\":\"U\",\"seances\":[]}")
            << QStringLiteral("Le code « X\\u0007 » ne peut contenir que");
        QTest::newRow("escape in a skill")
            << wrap("{\"code\":\"X1\",\"titre\":\"T\",\"seances\":[{\"code\":\"X1S1\",\"titre\":\"T\",\"duree_min\":1,"
                    "\"competences\":[\"\\u001b[31m\"]}]}")
            << QStringLiteral("la compétence « \\u001b[31m »");
    }
    void hostileFilesAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!GuideExchange::parse(data, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Fichier de guides refusé : ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(std::none_of(error.cbegin(), error.cend(), [](QChar c) { return c.unicode() < 0x20; }));
    }

    void hostileImportFromTheCommandLineLeavesTheProgrammeUnchanged()
    {
        const QString etp = path("cli.etp");
        QCOMPARE(testutil::kitetp({"new", etp, "--template", "oncoplet"}).status, 0);
        const QByteArray before = digest(etp);
        const QList<QByteArray> bad = {"{", R"({"format":"kitetp-guides","version":9,"conducteurs":[]})",
                                       R"({"format":"kitetp-guides","version":1,"conducteurs":[{"code":"Z","titre":"<script>","seances":[{"code":"Z1","titre":"t","duree_min":true}]}]})"};
        for (const QByteArray &content : bad) {
            QFile f(path("bad.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
            f.close();
            const auto run = testutil::kitetp({"import", "guides", etp, path("bad.json")});
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Fichier de guides refusé")), qPrintable(run.err));
            QCOMPARE(digest(etp), before);
        }
        // The good file exported by the CLI goes back in (merge: all identical, so refused, nothing written).
        QCOMPARE(testutil::kitetp({"export", "guides", etp, "-o", path("good.json")}).status, 0);
        const auto again = testutil::kitetp({"import", "guides", etp, path("good.json")});
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.contains(QStringLiteral("Refusé : C1")));
        QCOMPARE(testutil::kitetp({"import", "guides", etp}).status, 2);
        QCOMPARE(testutil::kitetp({"import", "nothing", etp, path("good.json")}).status, 2);
    }
};

QTEST_GUILESS_MAIN(TestGuides)
#include "tst_guides.moc"
