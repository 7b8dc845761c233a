// SPDX-License-Identifier: EUPL-1.2
// The regional directory: cards read (and refused), one entry per programme with its history, the annuaire
// printed grouped by département then town, the CSV, the command line's verbs and the directory window (drop, filters).
#include "core/Directory.h"
#include "documents/DeclarationHtml.h"
#include "model/DirectoryModel.h"
#include "storage/DirectoryStore.h"
#include "ui/MainWindow.h"
#include "ui/directory/DirectoryWindow.h"
#include "testutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace kitetp;

namespace {

struct CardSpec
{
    QString title;
    QString finess;
    QString address;
    QDate generated;
    QString condition = QStringLiteral("Cancer du sein");
    QString setting = QStringLiteral("Ambulatoire, séances collectives");
    QJsonValue external = QJsonValue(QJsonValue::Undefined);
};

QJsonObject cardObject(const CardSpec &s)
{
    QJsonObject programme{{QStringLiteral("title"), s.title},
                          {QStringLiteral("condition"), s.condition},
                          {QStringLiteral("summary"), QStringLiteral("Ateliers pour vivre avec la maladie.")},
                          {QStringLiteral("population"), QStringLiteral("Adultes traités pour un cancer")},
                          {QStringLiteral("beneficiariesPerYear"), 40},
                          {QStringLiteral("setting"), s.setting},
                          {QStringLiteral("referral"), QStringLiteral("Par l'oncologue ou le médecin traitant")},
                          {QStringLiteral("sessions"), 6},
                          {QStringLiteral("patientFacilitators"), true},
                          {QStringLiteral("patientAssociation"), QJsonValue::Null}};
    if (!s.external.isUndefined())
        programme.insert(QStringLiteral("externalPatients"), s.external);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("kitetp-directory-card")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generated"), s.generated.toString(Qt::ISODate)},
        {QStringLiteral("programme"), programme},
        {QStringLiteral("structure"),
         QJsonObject{{QStringLiteral("name"), QString(QStringLiteral("Centre ") + s.title)},
                     {QStringLiteral("finessOrSiren"), s.finess},
                     {QStringLiteral("address"), s.address},
                     {QStringLiteral("places"), QJsonValue::Null}}},
        {QStringLiteral("team"),
         QJsonObject{{QStringLiteral("coordinator"), QStringLiteral("Dr Martin")},
                     {QStringLiteral("coordinatorProfession"), QStringLiteral("Médecin")},
                     {QStringLiteral("professions"), QJsonArray{QStringLiteral("Infirmière")}},
                     {QStringLiteral("size"), 4}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Mme Durand")},
                     {QStringLiteral("role"), QStringLiteral("IDE")},
                     {QStringLiteral("phone"), QStringLiteral("05 00 00 00 00")},
                     {QStringLiteral("email"), QStringLiteral("etp@example.org")}}},
        {QStringLiteral("declaration"),
         QJsonObject{{QStringLiteral("ars"), QStringLiteral("ARS Nouvelle-Aquitaine")},
                     {QStringLiteral("sent"), QJsonValue::Null},
                     {QStringLiteral("effective"), QStringLiteral("2024-10-20")},
                     {QStringLiteral("stopped"), QJsonValue::Null}}},
    };
}

QByteArray cardBytes(const CardSpec &s)
{
    return QJsonDocument(cardObject(s)).toJson();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QDate today()
{
    return QDate::currentDate();
}

// The three programmes of the tests: two in Gironde (Libourne, Bordeaux), one in Landes whose card is 14 months old.
CardSpec bordeaux()
{
    return {QStringLiteral("Vivre après un cancer du sein"), QStringLiteral("330000001"),
            QStringLiteral("1 rue des Lilas\n33000 Bordeaux Cedex"), today().addMonths(-2)};
}
CardSpec libourne()
{
    CardSpec s{QStringLiteral("ETP côlon Libourne"), QStringLiteral("330000002"), QStringLiteral("Hôpital\n33500 Libourne"),
               today().addMonths(-3), QStringLiteral("Cancer colorectal"), QStringLiteral("Individuel et à distance (visio)")};
    s.external = true;
    return s;
}
CardSpec dax()
{
    CardSpec s{QStringLiteral("Oncologie Dax"), QStringLiteral("400000003"), QStringLiteral("Centre hospitalier\n40100 Dax"),
               today().addMonths(-14), QStringLiteral("Cancers du poumon"), QStringLiteral("Collectif")};
    s.external = false;
    return s;
}

// The text of a PDF with its lines and spaces squeezed (pdftotext -layout spreads table cells).
QString flat(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// A drag of file URLs over the window, then dropped there (enter, move, drop: what a file manager or a mail client
// sends). Returns whether the window accepted the drop.
bool dropOn(QWidget *window, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    return drop.isAccepted();
}

int cardCount(const QString &path)
{
    auto opened = DirectoryFile::open(path, ProgrammeFile::Mode::ReadOnly);
    return opened.error ? -1 : DirectoryStore(*opened.file).cardCount();
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void cardsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QJsonObject newer = cardObject(bordeaux());
        newer.insert(QStringLiteral("version"), 2);
        QJsonObject other = cardObject(bordeaux());
        other.insert(QStringLiteral("format"), QStringLiteral("kitetp-guides"));
        QJsonObject noTitle = cardObject(bordeaux());
        QJsonObject p = noTitle.value(QStringLiteral("programme")).toObject();
        p.insert(QStringLiteral("title"), QJsonValue::Null);
        noTitle.insert(QStringLiteral("programme"), p);
        QJsonObject wrongType = cardObject(bordeaux());
        QJsonObject st = wrongType.value(QStringLiteral("structure")).toObject();
        st.insert(QStringLiteral("address"), 12);
        wrongType.insert(QStringLiteral("structure"), st);
        QJsonObject future = cardObject(bordeaux());
        future.insert(QStringLiteral("generated"), today().addDays(3).toString(Qt::ISODate));
        QJsonObject noDate = cardObject(bordeaux());
        noDate.remove(QStringLiteral("generated"));
        QTest::newRow("not JSON") << QByteArray("%PDF-1.4 not a card") << QStringLiteral("pas un objet JSON");
        QTest::newRow("an array") << QByteArray("[1, 2]") << QStringLiteral("pas un objet JSON");
        QTest::newRow("another format") << QJsonDocument(other).toJson() << QStringLiteral("« format » vaut « kitetp-guides »");
        QTest::newRow("newer version") << QJsonDocument(newer).toJson() << QStringLiteral("format plus récent (version 2");
        QTest::newRow("no title") << QJsonDocument(noTitle).toJson() << QStringLiteral("titre du programme");
        QTest::newRow("wrong type") << QJsonDocument(wrongType).toJson() << QStringLiteral("« structure.address » n'a pas le type attendu");
        QTest::newRow("future date") << QJsonDocument(future).toJson() << QStringLiteral("n'est pas plausible");
        QTest::newRow("no date") << QJsonDocument(noDate).toJson() << QStringLiteral("« generated »");
    }
    void cardsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const Directory::ReadCard read = Directory::readCard(bytes, today());
        QVERIFY(!read.entry);
        QVERIFY2(read.refusal.contains(reason), qPrintable(read.refusal));
    }

    void cardsRead()
    {
        const Directory::ReadCard read = Directory::readCard(cardBytes(libourne()), today());
        QVERIFY2(read.entry, qPrintable(read.refusal));
        const DirectoryEntry &e = *read.entry;
        QCOMPARE(e.departement, QStringLiteral("33"));
        QCOMPARE(e.town, QStringLiteral("Libourne"));
        QCOMPARE(e.formats, DirectoryFormats(DirectoryFormat::Individual | DirectoryFormat::Remote));
        QCOMPARE(e.externalPatients, std::optional<bool>(true));
        QCOMPARE(e.key, QStringLiteral("330000002|etp colon libourne"));
        QVERIFY(!e.isStale(today()));
        QCOMPARE(Directory::placeOf(QStringLiteral("BP 12\n20090 Ajaccio cedex 9")).departement, QStringLiteral("2A"));
        QCOMPARE(Directory::placeOf(QStringLiteral("BP 12\n20090 Ajaccio cedex 9")).town, QStringLiteral("Ajaccio"));
        QCOMPARE(Directory::placeOf(QStringLiteral("20200 Bastia")).departement, QStringLiteral("2B"));
        QCOMPARE(Directory::placeOf(QStringLiteral("97400 Saint-Denis")).departement, QStringLiteral("974"));
        QCOMPARE(Directory::placeOf(QStringLiteral("Hôpital sans code postal")).departement, QString());
        // A card from a later version 1 writer, with fields this one does not know, is read.
        QJsonObject later = cardObject(dax());
        later.insert(QStringLiteral("somethingNew"), QStringLiteral("ignored"));
        QVERIFY(Directory::readCard(QJsonDocument(later).toJson(), today()).entry);
        QVERIFY(Directory::readCard(cardBytes(dax()), today()).entry->isStale(today()));
    }

    void newerCardReplacesOlderWithHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reseau.etpannuaire"));
        auto created = DirectoryFile::create(path);
        QVERIFY2(!created.error, qPrintable(created.error.message()));
        ProgrammeFile &file = *created.file;
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        DirectoryStore store(file);
        CardSpec first = bordeaux();
        first.generated = today().addYears(-1).addMonths(-1);
        CardSpec second = bordeaux();
        second.setting = QStringLiteral("Individuel");
        CardSpec oldest = bordeaux();
        oldest.generated = today().addYears(-3);
        const auto entry = [](const CardSpec &s) { return *Directory::readCard(cardBytes(s), today()).entry; };

        QList<DirectoryStore::Outcome> outcomes;
        QVERIFY(!store.add({entry(first), entry(dax())}, &outcomes));
        QCOMPARE(outcomes, (QList<DirectoryStore::Outcome>{DirectoryStore::Outcome::Added, DirectoryStore::Outcome::Added}));
        QVERIFY(store.entries().at(0).isStale(today()));

        QVERIFY(!store.add({entry(second)}, &outcomes));
        QCOMPARE(outcomes.value(0), DirectoryStore::Outcome::Replaced);
        QList<DirectoryEntry> entries = store.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).title, bordeaux().title); // Gironde before Landes
        QCOMPARE(entries.at(0).generated, second.generated);
        QCOMPARE(entries.at(0).formats, DirectoryFormats(DirectoryFormat::Individual));
        QCOMPARE(entries.at(0).olderCards, 1);
        QVERIFY(!entries.at(0).isStale(today()));

        // An older card than the entry's goes to the history; the same card again writes nothing.
        QVERIFY(!store.add({entry(oldest), entry(second)}, &outcomes));
        QCOMPARE(outcomes, (QList<DirectoryStore::Outcome>{DirectoryStore::Outcome::History, DirectoryStore::Outcome::AlreadyThere}));
        entries = store.entries();
        QCOMPARE(entries.at(0).generated, second.generated);
        QCOMPARE(entries.at(0).olderCards, 2);
        const QList<DirectoryEntry> history = store.history(entries.at(0).key);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).generated, second.generated);
        QCOMPARE(history.at(2).generated, oldest.generated);
        QCOMPARE(store.cardCount(), 4);
    }

    void filesOfOtherKindsRefused()
    {
        QTemporaryDir dir;
        // A programme file is not a directory, nor is a directory a programme; a newer directory is refused untouched.
        const QString programme = dir.filePath(QStringLiteral("programme.etp"));
        QVERIFY(!ProgrammeFile::create(programme).error);
        auto asDirectory = DirectoryFile::open(programme);
        QCOMPARE(asDirectory.error.code(), FileError::NotADirectory);
        QVERIFY(asDirectory.error.message().contains(QStringLiteral("n'est pas un annuaire Kit ETP")));
        const QString path = dir.filePath(QStringLiteral("a.etpannuaire"));
        {
            auto created = DirectoryFile::create(path);
            QVERIFY(!created.error);
            QCOMPARE(ProgrammeFile::open(path).error.code(), FileError::Foreign);
            QSqlQuery q(created.file->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = testutil::readAll(path);
        auto newer = DirectoryFile::open(path);
        QCOMPARE(newer.error.code(), FileError::DirectoryTooNew);
        QVERIFY2(newer.error.message().contains(QStringLiteral("version plus récente")), qPrintable(newer.error.message()));
        QCOMPARE(testutil::readAll(path), before);
        const QString text = writeFile(dir, QStringLiteral("texte.etpannuaire"), "bonjour");
        QCOMPARE(DirectoryFile::open(text).error.code(), FileError::NotADirectory);
    }

    // The acceptance test of the issue: three programmes printed grouped by département then town, the stale one
    // marked, with a table of contents and the edition's date; the same in ODT and CSV.
    void annuaireGroupedByDepartement()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reseau.etpannuaire"));
        testutil::Run r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("new"), path, QStringLiteral("--title"),
                                            QStringLiteral("Réseau Onco-Sud : annuaire ETP")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString cards = dir.filePath(QStringLiteral("fiches"));
        QVERIFY(QDir().mkpath(cards));
        QVERIFY(!writeFile(dir, QStringLiteral("fiches/dax.json"), cardBytes(dax())).isEmpty());
        QVERIFY(!writeFile(dir, QStringLiteral("fiches/libourne.json"), cardBytes(libourne())).isEmpty());
        const QString bx = writeFile(dir, QStringLiteral("bordeaux.json"), cardBytes(bordeaux()));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, cards, bx});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Ajouté : Oncologie Dax")), qPrintable(r.out));
        QCOMPARE(cardCount(path), 3);

        const QString pdf = dir.filePath(QStringLiteral("annuaire.pdf"));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("export"), path, QStringLiteral("-o"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString text = flat(testutil::pdfText(pdf));
        QVERIFY2(!text.isEmpty(), "pdftotext gave nothing");
        QVERIFY(text.contains(QStringLiteral("Réseau Onco-Sud : annuaire ETP")));
        QVERIFY(text.contains(QStringLiteral("Édition du ") + DeclarationHtml::longDate(today())));
        QVERIFY(text.contains(QStringLiteral("3 programme")));
        QVERIFY(text.contains(QStringLiteral("Sommaire")));
        // In the body (after the table of contents): Gironde (Bordeaux, then Libourne), then Landes (Dax).
        const qsizetype body = text.indexOf(QStringLiteral("Centre hospitalier"));
        const qsizetype gironde = text.lastIndexOf(QStringLiteral("33 — Gironde"));
        const qsizetype landes = text.lastIndexOf(QStringLiteral("40 — Landes"));
        const qsizetype bordeauxAt = text.indexOf(QStringLiteral("Vivre après un cancer du sein"), gironde);
        const qsizetype libourneAt = text.indexOf(QStringLiteral("ETP côlon Libourne"), gironde);
        const qsizetype daxAt = text.indexOf(QStringLiteral("Oncologie Dax"), landes);
        QVERIFY2(gironde > 0 && landes > gironde && bordeauxAt > gironde && libourneAt > bordeauxAt && landes > libourneAt &&
                     daxAt > landes && body > landes,
                 qPrintable(text));
        // The table of contents names the départements and towns before the body does.
        const qsizetype toc = text.indexOf(QStringLiteral("Sommaire"));
        QVERIFY(text.indexOf(QStringLiteral("33 — Gironde"), toc) < gironde);
        QVERIFY(text.indexOf(QStringLiteral("Libourne"), toc) < gironde);
        // Only Dax's card, 14 months old, is marked.
        const QString stale = QStringLiteral("Fiche du %1 — « à mettre à jour »").arg(QLocale().toString(dax().generated, QLocale::ShortFormat));
        QVERIFY2(text.contains(stale), qPrintable(stale));
        QCOMPARE(text.count(QStringLiteral("— « à mettre à jour »")), 1);
        QVERIFY(text.contains(QStringLiteral("Fiche du %1").arg(QLocale().toString(bordeaux().generated, QLocale::ShortFormat))));
        QVERIFY(text.contains(QStringLiteral("Bordeaux Cedex"))); // the address as typed; the town without Cedex
        QVERIFY(!text.contains(QStringLiteral("Bordeaux Cedex ETP")));

        const QString odt = dir.filePath(QStringLiteral("annuaire.odt"));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("export"), path, QStringLiteral("-o"), odt});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(testutil::readAll(odt).startsWith("PK"));

        const QString csv = dir.filePath(QStringLiteral("annuaire.csv"));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("export"), path, QStringLiteral("-o"), csv});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QByteArray bytes = testutil::readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Département;Nom du département;Ville;Programme;")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("33;Gironde;Bordeaux;Vivre après un cancer du sein;")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("33;Gironde;Libourne;")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("40;Landes;Dax;")));
        QVERIFY(lines.at(3).contains(dax().generated.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(";oui")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral(";non")));
    }

    void hostileCardsLeaveTheDirectoryUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reseau.etpannuaire"));
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("new"), path}).status, 0);
        const QString good = writeFile(dir, QStringLiteral("bon.json"), cardBytes(bordeaux()));
        const QString notACard = writeFile(dir, QStringLiteral("facture.json"), "{\"invoice\": 12}");
        QJsonObject newer = cardObject(dax());
        newer.insert(QStringLiteral("version"), 7);
        const QString newerCard = writeFile(dir, QStringLiteral("v7.json"), QJsonDocument(newer).toJson());
        const QByteArray before = testutil::readAll(path);

        testutil::Run r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, good, notACard});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« facture.json » n'a pas été ajouté à l'annuaire : ce n'est pas une fiche annuaire Kit ETP")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("rien n'a été ajouté")));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, newerCard});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("format plus récent (version 7")), qPrintable(r.err));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(r.status, 1);
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, QStringLiteral("/dev/zero")});
        QCOMPARE(r.status, 1);
        QCOMPARE(testutil::readAll(path), before);
        QCOMPARE(cardCount(path), 0);

        // Markup in a card's fields is kept as typed and printed literally.
        CardSpec marked = bordeaux();
        marked.title = QStringLiteral("<b>Atelier</b> & <script>x</script>");
        const QString markedCard = writeFile(dir, QStringLiteral("balises.json"), cardBytes(marked));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, markedCard});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("export"), path, QStringLiteral("-o"), pdf}).status, 0);
        QVERIFY(flat(testutil::pdfText(pdf)).contains(QStringLiteral("<b>Atelier</b> & <script>x</script>")));

        // Usage errors: 2; the directory itself is never an export's target; a programme is not a directory.
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("export"), path, QStringLiteral("-o"),
                                   dir.filePath(QStringLiteral("a.txt"))}).status, 2);
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path}).status, 2);
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("frobnicate")}).status, 2);
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("new"), path}).status, 1); // exists
        const QString copy = dir.filePath(QStringLiteral("copie.csv")); // a directory, whatever its name
        QVERIFY(QFile::copy(path, copy));
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("export"), path, QStringLiteral("-o"), copy});
        QCOMPARE(r.status, 1);
        QCOMPARE(cardCount(copy), 1);
        const QString programme = dir.filePath(QStringLiteral("p.etp"));
        QCOMPARE(testutil::kitetp({QStringLiteral("new"), programme}).status, 0);
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), programme, good});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n'est pas un annuaire Kit ETP")), qPrintable(r.err));
    }

    // A card as `kitetp export card` writes it from a programme is what the directory reads.
    void cardExportedByAProgramme()
    {
        QTemporaryDir dir;
        const QString programme = dir.filePath(QStringLiteral("demo.etp"));
        testutil::Run r = testutil::kitetp({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("5"),
                                            QStringLiteral("--years"), QStringLiteral("1"), programme});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString card = dir.filePath(QStringLiteral("fiche.json"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("card"), programme, QStringLiteral("-o"), card});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString path = dir.filePath(QStringLiteral("r.etpannuaire"));
        QCOMPARE(testutil::kitetp({QStringLiteral("directory"), QStringLiteral("new"), path}).status, 0);
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, card});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        auto opened = DirectoryFile::open(path, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(!opened.error);
        const QList<DirectoryEntry> entries = DirectoryStore(*opened.file).entries();
        QCOMPARE(entries.size(), 1);
        const DirectoryEntry &e = entries.at(0);
        QVERIFY(e.formats.testFlag(DirectoryFormat::Collective)); // the demo's séances are collective
        QCOMPARE(e.town, QStringLiteral("Belleville-sur-Loire"));  // "99999 Belleville-sur-Loire"
        QCOMPARE(e.generated, today());
        QCOMPARE(e.source, QStringLiteral("fiche.json"));
        QVERIFY(!e.externalPatients); // the programme file does not say
        // The same card again changes nothing.
        r = testutil::kitetp({QStringLiteral("directory"), QStringLiteral("add"), path, card});
        QVERIFY2(r.status == 0 && r.out.contains(QStringLiteral("Déjà dans l'annuaire")), qPrintable(r.out));
        QCOMPARE(DirectoryStore(*opened.file).cardCount(), 1);
    }

    // The window: cards dropped on it (a real drop of file URLs), one refused and named; then the filters, typed
    // and clicked.
    void windowImportsByDropAndFilters()
    {
        QTemporaryDir dir;
        MainWindow main;
        main.setPromptsEnabled(false);
        const QString path = dir.filePath(QStringLiteral("reseau.etpannuaire"));
        QVERIFY(DirectoryFile::create(path).file);
        QVERIFY(main.openFile(path)); // opening a .etpannuaire shows the directory mode
        DirectoryWindow *window = main.findChild<DirectoryWindow *>();
        QVERIFY(window);
        if (!window)
            return;
        window->setPromptsEnabled(false);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->model()->rowCount(), 0);

        QList<QUrl> urls;
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("bordeaux.json"), cardBytes(bordeaux())},
                                          std::pair{QStringLiteral("libourne.json"), cardBytes(libourne())},
                                          std::pair{QStringLiteral("dax.json"), cardBytes(dax())},
                                          std::pair{QStringLiteral("photo.json"), QByteArray("\x89PNG\r\n")}})
            urls << QUrl::fromLocalFile(writeFile(dir, name, bytes));
        QVERIFY(dropOn(window, urls));
        QCOMPARE(window->model()->rowCount(), 3);
        QVERIFY2(window->lastMessage().contains(QStringLiteral("3 programme")), qPrintable(window->lastMessage()));
        QVERIFY2(window->lastMessage().contains(QStringLiteral("« photo.json » n'a pas été ajouté à l'annuaire")), qPrintable(window->lastMessage()));
        QCOMPARE(cardCount(path), 3); // written in the file (read by another connection)
        QTableView *table = window->table();
        QCOMPARE(table->model()->rowCount(), 3);
        const auto stateOf = [&](const QString &title) {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (table->model()->index(row, DirectoryModel::Title).data().toString() == title)
                    return table->model()->index(row, DirectoryModel::State).data().toString();
            return QString();
        };
        QCOMPARE(stateOf(dax().title), QStringLiteral("à mettre à jour"));
        QCOMPARE(stateOf(bordeaux().title), QStringLiteral("à jour"));

        // Town typed.
        auto *town = window->findChild<QLineEdit *>(QStringLiteral("townFilter"));
        QTest::keyClicks(town, QStringLiteral("libou"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, DirectoryModel::Title).data().toString(), libourne().title);
        town->selectAll();
        QTest::keyClick(town, Qt::Key_Backspace);
        QCOMPARE(table->model()->rowCount(), 3);

        // Département chosen with the keyboard: the first after "Tous" is Gironde.
        auto *departement = window->findChild<QComboBox *>(QStringLiteral("departementFilter"));
        departement->setFocus();
        QTest::keyClick(departement, Qt::Key_Down);
        QCOMPARE(departement->currentText(), QStringLiteral("33 — Gironde"));
        QCOMPARE(table->model()->rowCount(), 2);
        QTest::keyClick(departement, Qt::Key_Down);
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(departement, Qt::Key_Home);
        QCOMPARE(table->model()->rowCount(), 3);

        // Cancer typed, then formats and outside patients clicked.
        auto *cancer = window->findChild<QLineEdit *>(QStringLiteral("cancerFilter"));
        QTest::keyClicks(cancer, QStringLiteral("poumon"));
        QCOMPARE(table->model()->rowCount(), 1);
        cancer->selectAll();
        QTest::keyClick(cancer, Qt::Key_Backspace);
        auto *remote = window->findChild<QCheckBox *>(QStringLiteral("remoteFilter"));
        QTest::mouseClick(remote, Qt::LeftButton, {}, QPoint(4, remote->height() / 2));
        QVERIFY(remote->isChecked());
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(remote, Qt::LeftButton, {}, QPoint(4, remote->height() / 2));
        auto *collective = window->findChild<QCheckBox *>(QStringLiteral("collectiveFilter"));
        QTest::mouseClick(collective, Qt::LeftButton, {}, QPoint(4, collective->height() / 2));
        QCOMPARE(table->model()->rowCount(), 2); // Bordeaux ("séances collectives") and Dax
        QTest::mouseClick(collective, Qt::LeftButton, {}, QPoint(4, collective->height() / 2));
        auto *external = window->findChild<QCheckBox *>(QStringLiteral("externalFilter"));
        QTest::mouseClick(external, Qt::LeftButton, {}, QPoint(4, external->height() / 2));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, DirectoryModel::Title).data().toString(), libourne().title);
        QTest::mouseClick(external, Qt::LeftButton, {}, QPoint(4, external->height() / 2));
        QCOMPARE(table->model()->rowCount(), 3);

        // A newer card of Bordeaux's programme dropped: it replaces the entry; a click on the row shows the history.
        CardSpec newer = bordeaux();
        newer.generated = today().addDays(-1);
        QVERIFY(dropOn(window, {QUrl::fromLocalFile(writeFile(dir, QStringLiteral("bordeaux-2.json"), cardBytes(newer)))}));
        QCOMPARE(window->model()->rowCount(), 3);
        QVERIFY2(window->lastMessage().startsWith(QStringLiteral("1 fiche")), qPrintable(window->lastMessage()));
        int row = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            if (table->model()->index(i, DirectoryModel::Title).data().toString() == bordeaux().title)
                row = i;
        QVERIFY(row >= 0);
        const QRect cell = table->visualRect(table->model()->index(row, DirectoryModel::Title));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        const QString details = window->findChild<QTextBrowser *>(QStringLiteral("directoryDetails"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Historique des fiches")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("bordeaux.json")) && details.contains(QStringLiteral("bordeaux-2.json")));

        // The window prints what the command line prints.
        const auto doc = window->annuaire();
        QVERIFY(doc->pageCount() >= 3);
        window->close();
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
