// SPDX-License-Identifier: EUPL-1.2
// Teaching materials with the guides: the store and its checks, the .etpkit package (round trip into another
// programme, a later package from the same origin updating the guide, hostile packages refused with the target
// unchanged), the leader's guide with its « Matériel et supports » list and "guide + supports" in one PDF, and the
// sharing follow-up on the to-do board. Through the real `kitetp` binary where a user would use it.
#include "testutil.h"

#include "core/GuideExchange.h"
#include "core/Material.h"
#include "core/TodoBoard.h"
#include "demo/Templates.h"
#include "documents/PaperDocument.h"
#include "storage/FieldStore.h"
#include "storage/GuidePackage.h"
#include "storage/GuideStore.h"
#include "storage/MaterialStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/SharingStore.h"
#include "storage/TodoStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <zip.h>

using namespace kitetp;

namespace {

std::unique_ptr<ProgrammeFile> create(const QString &path, const QString &title, const QString &structure)
{
    auto created = ProgrammeFile::create(path);
    if (created.error)
        qFatal("create: %s", qPrintable(created.error.message()));
    if (FileError e = Templates::apply(*created.file, QStringLiteral("oncoplet")))
        qFatal("apply: %s", qPrintable(e.message()));
    FieldStore fields(*created.file);
    if (fields.setValue(QStringLiteral("programme.title"), title) || fields.setValue(QStringLiteral("structure.name"), structure))
        qFatal("fields");
    return std::move(created.file);
}

QByteArray pdfOf(const QString &sentence, int pages = 1)
{
    PaperDocument doc(QStringLiteral("Support d'essai"));
    QString html;
    for (int i = 0; i < pages; ++i)
        html += QStringLiteral("%1<p>%2 page %3</p>").arg(i ? QStringLiteral("<div class=\"pagebreak\"></div>") : QString(), sentence).arg(i + 1);
    doc.setBodyHtml(html);
    return doc.toPdf(false);
}

QByteArray pngOf(const QColor &color)
{
    QImage image(200, 140, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(testutil::readAll(path), QCryptographicHash::Sha256);
}

QString sha(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// One entry of a zip the test builds by hand.
struct Entry
{
    QString name;
    QByteArray data;
    bool symlink = false;
    bool store = false; // no compression
};

// A zip of `entries`, written with libzip as a hostile sender would.
bool writeZip(const QString &path, const QList<Entry> &entries)
{
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z)
        return false;
    for (const Entry &e : entries) {
        zip_source_t *s = zip_source_buffer(z, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t i = zip_file_add(z, e.name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (i < 0) {
            zip_source_free(s);
            zip_discard(z);
            return false;
        }
        if (e.symlink)
            zip_file_set_external_attributes(z, zip_uint64_t(i), 0, ZIP_OPSYS_UNIX, zip_uint32_t(S_IFLNK | 0777) << 16);
        if (e.store)
            zip_set_file_compression(z, zip_uint64_t(i), ZIP_CM_STORE, 0);
    }
    return zip_close(z) == 0;
}

// The entries of a package on disk, read with libzip.
QList<Entry> readZip(const QString &path)
{
    QList<Entry> out;
    int error = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!z)
        return out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, zip_uint64_t(i), 0, &st);
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(st.size), '\0');
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        out << Entry{QString::fromUtf8(st.name), data};
    }
    zip_discard(z);
    return out;
}

// Makes the entry `name` of the zip at `path` declare `size` bytes inflated (local header and central directory
// alike), as a zip bomb would: the importer must count what it inflates.
bool lieAboutSize(const QString &path, const QByteArray &name, quint32 size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    int patched = 0;
    auto u16 = [&bytes](qsizetype at) { return quint16(uchar(bytes[at])) | quint16(uchar(bytes[at + 1])) << 8; };
    auto put32 = [&bytes](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((v >> (8 * i)) & 0xff);
    };
    for (qsizetype i = 0; i + 46 < bytes.size(); ++i) {
        if (bytes.mid(i, 4) == QByteArray("PK\x03\x04", 4) && bytes.mid(i + 30, u16(i + 26)) == name) {
            put32(i + 22, size);
            ++patched;
        } else if (bytes.mid(i, 4) == QByteArray("PK\x01\x02", 4) && bytes.mid(i + 46, u16(i + 28)) == name) {
            put32(i + 24, size);
            ++patched;
        }
    }
    f.seek(0);
    f.write(bytes);
    return patched == 2;
}

QByteArray manifestFor(const QList<Entry> &entries, int version = 1)
{
    QJsonArray files;
    for (const Entry &e : entries)
        if (e.name != QLatin1String("manifest.json"))
            files << QJsonObject{{QStringLiteral("chemin"), e.name}, {QStringLiteral("taille"), double(e.data.size())},
                                 {QStringLiteral("sha256"), sha(e.data)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("kitetp-paquet")},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("origine"), QJsonObject{{QStringLiteral("programme"), QStringLiteral("Essai")}}},
                                     {QStringLiteral("fichiers"), files}})
        .toJson();
}

// `entries` with manifest.json written (first) for them as they are.
QList<Entry> withManifest(QList<Entry> entries)
{
    entries.removeIf([](const Entry &e) { return e.name == QLatin1String("manifest.json"); });
    entries.prepend(Entry{QStringLiteral("manifest.json"), manifestFor(entries)});
    return entries;
}

} // namespace

Q_DECLARE_METATYPE(Entry)

class TestMaterials : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A programme whose first séance holds a 2-page PDF, a PNG (on step 1) and a video link; the package it exports.
    QString m_source;
    QString m_package;
    QString m_seanceCode;
    QList<Material> m_sent;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path(QStringLiteral("source.etp"));
        auto file = create(m_source, QStringLiteral("ONCOPLET"), QStringLiteral("Réseau régional de cancérologie"));
        const Seance s = GuideStore(*file).conducteurs().first().seances.first();
        m_seanceCode = s.code;
        QVERIFY(!s.steps.isEmpty());
        MaterialStore store(*file);
        Material pdf;
        pdf.seanceId = s.id;
        pdf.kind = Material::Kind::PhotoExpression;
        pdf.title = QStringLiteral("Cartes photo-expression <b>série 1</b>");
        pdf.licence = QStringLiteral("CC BY-NC 4.0, ONCOPLET");
        pdf.version = QStringLiteral("v3");
        pdf.fileName = QStringLiteral("cartes.pdf");
        pdf.data = pdfOf(QStringLiteral("CARTEPHOTOQUARANTEDEUX"), 2);
        QVERIFY2(!store.add(pdf), "pdf");
        Material png;
        png.seanceId = s.id;
        png.step = 1;
        png.kind = Material::Kind::Poster;
        png.title = QStringLiteral("Affiche du feu tricolore");
        png.fileName = QStringLiteral("affiche.png");
        png.data = pngOf(Qt::darkGreen);
        QVERIFY2(!store.add(png), "png");
        Material link;
        link.seanceId = s.id;
        link.kind = Material::Kind::VideoLink;
        link.title = QStringLiteral("Témoignage vidéo");
        link.url = QStringLiteral("https://video.example.org/temoignage");
        QVERIFY2(!store.add(link), "link");
        m_sent = store.withData(s.id);
        QCOMPARE(m_sent.size(), 3);
        file.reset();

        m_package = path(QStringLiteral("oncoplet.etpkit"));
        const auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("guides"), m_source, QStringLiteral("-o"), m_package,
                                         QStringLiteral("--recipient"), QStringLiteral("Réseau Grand Est")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 support")), qPrintable(r.out));
    }

    void storeRefusesBadMaterials()
    {
        auto file = create(path(QStringLiteral("refusals.etp")), QStringLiteral("P"), QStringLiteral("S"));
        const qint64 seance = GuideStore(*file).conducteurs().first().seances.first().id;
        MaterialStore store(*file);
        auto refused = [&store, seance](Material m) {
            m.seanceId = seance;
            return store.add(m).message();
        };
        auto material = [](const QString &title, Material::Kind kind, const QString &fileName, const QByteArray &data, int step = 0) {
            Material m;
            m.title = title;
            m.kind = kind;
            m.fileName = fileName;
            m.data = data;
            m.step = step;
            return m;
        };
        QVERIFY(refused(material(QStringLiteral("Notes"), Material::Kind::CaseStudy, QStringLiteral("notes.txt"), "juste du texte"))
                    .contains(QStringLiteral("ni un PDF")));
        Material ftp = material(QStringLiteral("Vidéo"), Material::Kind::VideoLink, {}, {});
        ftp.url = QStringLiteral("ftp://x.org/v");
        QVERIFY(refused(ftp).contains(QStringLiteral("http")));
        QVERIFY(refused(material(QStringLiteral("Lourd"), Material::Kind::Poster, QStringLiteral("big.pdf"),
                                 QByteArray("%PDF-1.4\n") + QByteArray(qsizetype(21) * 1024 * 1024, ' ')))
                    .contains(QStringLiteral("20 Mo au plus")));
        QVERIFY(refused(material({}, Material::Kind::Poster, QStringLiteral("a.png"), pngOf(Qt::red))).contains(QStringLiteral("titre")));
        QVERIFY(refused(material(QStringLiteral("Étape"), Material::Kind::Poster, QStringLiteral("a.png"), pngOf(Qt::red), 99))
                    .contains(QStringLiteral("étape")));
        QVERIFY(store.list(seance).isEmpty());
        // The command line says the same, exit 1, nothing added.
        const QString notes = path(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("juste du texte");
        f.close();
        file.reset();
        const auto r = testutil::kitetp({QStringLiteral("material"), path(QStringLiteral("refusals.etp")), notes, QStringLiteral("--seance"),
                                         m_seanceCode, QStringLiteral("--kind"), QStringLiteral("etude-de-cas")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ni un PDF")), qPrintable(r.err));
    }

    void packageHoldsManifestAndFiles()
    {
        const QList<Entry> entries = readZip(m_package);
        QStringList names;
        for (const Entry &e : entries)
            names << e.name;
        QCOMPARE(names.size(), 4);
        QVERIFY(names.contains(QStringLiteral("manifest.json")));
        QVERIFY(names.contains(QStringLiteral("guides.json")));
        const QJsonObject manifest = QJsonDocument::fromJson(entries.at(int(names.indexOf(QStringLiteral("manifest.json")))).data).object();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("kitetp-paquet"));
        QCOMPARE(manifest.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject origin = manifest.value(QStringLiteral("origine")).toObject();
        QCOMPARE(origin.value(QStringLiteral("programme")).toString(), QStringLiteral("ONCOPLET"));
        QCOMPARE(origin.value(QStringLiteral("structure")).toString(), QStringLiteral("Réseau régional de cancérologie"));
        QCOMPARE(origin.value(QStringLiteral("date")).toString(), QDate::currentDate().toString(Qt::ISODate));
        // Every other entry is listed with its checksum.
        const QJsonArray files = manifest.value(QStringLiteral("fichiers")).toArray();
        QCOMPARE(files.size(), 3);
        for (const QJsonValue &v : files) {
            const QString name = v.toObject().value(QStringLiteral("chemin")).toString();
            const auto it = std::find_if(entries.cbegin(), entries.cend(), [&name](const Entry &e) { return e.name == name; });
            QVERIFY(it != entries.cend());
            QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString(), sha(it->data));
        }
        // The sending is recorded, with its recipient.
        auto opened = ProgrammeFile::open(m_source, ProgrammeFile::Mode::ReadOnly);
        const QList<PackageSent> sent = SharingStore(*opened.file).list();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().recipient, QStringLiteral("Réseau Grand Est"));
        QCOMPARE(sent.first().fileName, QStringLiteral("oncoplet.etpkit"));
        QCOMPARE(sent.first().sentOn, QDate::currentDate());
    }

    void materialsSurviveExportImport()
    {
        const QString target = path(QStringLiteral("target.etp"));
        create(target, QStringLiteral("Programme de Metz"), QStringLiteral("CHR Metz"));
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("guides"), target, m_package});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        auto opened = ProgrammeFile::open(target, ProgrammeFile::Mode::ReadOnly);
        QVERIFY(opened.file);
        // The template's codes were taken: the imported conducteur is renamed; find it by its origin.
        GuideStore guides(*opened.file);
        MaterialStore materials(*opened.file);
        std::optional<Conducteur> imported;
        for (const Conducteur &c : guides.conducteurs())
            if (materials.origin(c.id).programme == QLatin1String("ONCOPLET"))
                imported = c;
        QVERIFY(imported);
        const GuideOrigin origin = materials.origin(imported->id);
        QCOMPARE(origin.structure, QStringLiteral("Réseau régional de cancérologie"));
        QCOMPARE(origin.exportedOn, QDate::currentDate());
        QVERIFY(!origin.code.isEmpty());
        const QList<Material> got = materials.withData(imported->seances.first().id);
        QCOMPARE(got.size(), m_sent.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].title, m_sent[i].title);
            QCOMPARE(got[i].kind, m_sent[i].kind);
            QCOMPARE(got[i].licence, m_sent[i].licence);
            QCOMPARE(got[i].version, m_sent[i].version);
            QCOMPARE(got[i].step, m_sent[i].step);
            QCOMPARE(got[i].url, m_sent[i].url);
            QCOMPARE(got[i].sha256, m_sent[i].sha256);
            QCOMPARE(got[i].sha256, got[i].data.isEmpty() ? QString() : sha(got[i].data));
            QCOMPARE(got[i].data, m_sent[i].data);
        }
        const int conducteurs = int(guides.conducteurs().size());
        opened.file.reset();

        // A later package from the same origin updates the guide instead of adding one beside it.
        {
            auto source = ProgrammeFile::open(m_source, ProgrammeFile::Mode::ReadWrite);
            Seance s = *GuideStore(*source.file).seanceByCode(m_seanceCode);
            s.title = QStringLiteral("Titre revu en version 2");
            QVERIFY(!GuideStore(*source.file).updateSeance(s));
        }
        const QString second = path(QStringLiteral("oncoplet-v2.etpkit"));
        auto e = testutil::kitetp({QStringLiteral("export"), QStringLiteral("guides"), m_source, QStringLiteral("-o"), second});
        QVERIFY2(e.status == 0, qPrintable(e.err));
        const auto again = testutil::kitetp({QStringLiteral("import"), QStringLiteral("guides"), target, second});
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Mis à jour")), qPrintable(again.out));
        QVERIFY2(!again.out.contains(QStringLiteral("Ajouté : %1").arg(imported->code)), qPrintable(again.out));
        opened = ProgrammeFile::open(target, ProgrammeFile::Mode::ReadOnly);
        GuideStore after(*opened.file);
        QCOMPARE(int(after.conducteurs().size()), conducteurs);
        const auto updated = after.conducteurByCode(imported->code);
        QVERIFY(updated);
        QCOMPARE(updated->seances.first().title, QStringLiteral("Titre revu en version 2"));
        QCOMPARE(MaterialStore(*opened.file).list(updated->seances.first().id).size(), m_sent.size());
    }

    void plainJsonCannotCarryFiles()
    {
        // The package's guides.json alone names files it does not hold: refused, not imported without them.
        QByteArray json;
        for (const Entry &e : readZip(m_package))
            if (e.name == QLatin1String("guides.json"))
                json = e.data;
        QVERIFY(!json.isEmpty());
        const QString lone = path(QStringLiteral("lone.json"));
        QFile f(lone);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const QString target = path(QStringLiteral("json-target.etp"));
        create(target, QStringLiteral("P"), QStringLiteral("S"));
        const QByteArray before = digest(target);
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("guides"), target, lone});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral(".etpkit")), qPrintable(r.err));
        QCOMPARE(digest(target), before);
    }

    void hostilePackagesRefused_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<QString>("message");
        const QList<Entry> good = readZip(m_package);
        QVERIFY(good.size() == 4);
        auto plus = [&good](const Entry &extra) {
            QList<Entry> e = good;
            e << extra;
            return withManifest(e);
        };
        QTest::newRow("path traversal") << plus(Entry{QStringLiteral("supports/../../evil.sh"), "#!/bin/sh\n"}) << QStringLiteral("n'est pas admis");
        QTest::newRow("absolute name") << plus(Entry{QStringLiteral("/etc/cron.d/evil"), "x"}) << QStringLiteral("n'est pas admis");
        QTest::newRow("symlink") << plus(Entry{QStringLiteral("supports/lien"), "/etc/passwd", true}) << QStringLiteral("lien symbolique");
        // 200 MB of zeros deflate to about 200 kB: stopped while inflating, long before the declared size counts.
        // A bomb: 60 MB of zeros deflate to some 60 kB, and the entry is made to declare 1 000 bytes.
        QList<Entry> bomb = good;
        bomb << Entry{QStringLiteral("supports/bombe.pdf"), QByteArray(qsizetype(60) * 1024 * 1024, '\0')};
        bomb = withManifest(bomb);
        QTest::newRow("zip bomb") << bomb << QStringLiteral("bombe zip");
        QByteArray noise(qsizetype(21) * 1024 * 1024, '\0');
        for (qsizetype i = 0; i + 4 <= noise.size(); i += 4) {
            const quint32 r = QRandomGenerator::global()->generate();
            memcpy(noise.data() + i, &r, 4);
        }
        QTest::newRow("file too large") << plus(Entry{QStringLiteral("supports/gros.pdf"), noise, false, true}) << QStringLiteral("trop gros");
        QList<Entry> many = good;
        for (int i = 0; i < GuidePackage::maxEntries; ++i)
            many << Entry{QStringLiteral("supports/f%1.txt").arg(i), "x"};
        QTest::newRow("too many entries") << withManifest(many) << QStringLiteral("plus de 1");

        // The manifest lies: a file it lists is missing, one is not listed, a checksum differs.
        QList<Entry> missing = good;
        missing.removeIf([](const Entry &e) { return e.name.endsWith(QLatin1String(".png")); });
        QTest::newRow("manifest lists a missing file") << missing << QStringLiteral("absent du paquet");
        QList<Entry> extra = good;
        extra << Entry{QStringLiteral("supports/en-plus.pdf"), pdfOf(QStringLiteral("en plus"))};
        QTest::newRow("file not in manifest") << extra << QStringLiteral("n'est pas annoncé par le manifeste");
        QList<Entry> tampered = good;
        for (Entry &e : tampered)
            if (e.name.endsWith(QLatin1String(".pdf")))
                e.data = pdfOf(QStringLiteral("autre contenu"));
        QTest::newRow("checksum mismatch") << tampered << QStringLiteral("somme de contrôle");
        // A consistent package whose guides.json names an entry no file backs: refused as well.
        QList<Entry> unused = good;
        unused << Entry{QStringLiteral("supports/orphelin.pdf"), pdfOf(QStringLiteral("orphelin"))};
        QTest::newRow("file no material uses") << withManifest(unused) << QStringLiteral("d'aucun support");
        QList<Entry> newer = good;
        for (Entry &e : newer)
            if (e.name == QLatin1String("manifest.json")) {
                QJsonObject o = QJsonDocument::fromJson(e.data).object();
                o.insert(QStringLiteral("version"), 9);
                e.data = QJsonDocument(o).toJson();
            }
        QTest::newRow("newer format") << newer << QStringLiteral("Mettez Kit ETP à jour");
        QTest::newRow("not a zip") << QList<Entry>() << QStringLiteral("archive zip");
    }

    void hostilePackagesRefused()
    {
        QFETCH(QList<Entry>, entries);
        QFETCH(QString, message);
        const QString hostile = path(QStringLiteral("hostile.etpkit"));
        QFile::remove(hostile);
        if (entries.isEmpty()) {
            QFile f(hostile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PK\x03\x04 but nothing of a zip after this");
        } else {
            QVERIFY(writeZip(hostile, entries));
            if (QByteArray(QTest::currentDataTag()) == "zip bomb")
                QVERIFY(lieAboutSize(hostile, "supports/bombe.pdf", 1000));
        }
        const QString target = path(QStringLiteral("hostile-target.etp"));
        if (!QFile::exists(target))
            create(target, QStringLiteral("Cible"), QStringLiteral("Structure cible"));
        const QByteArray before = digest(target);
        const auto r = testutil::kitetp({QStringLiteral("import"), QStringLiteral("guides"), target, hostile});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Paquet refusé")) && r.err.contains(message), qPrintable(r.err));
        QCOMPARE(digest(target), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("evil.sh"))));
    }

    void leaderGuideWithSupports()
    {
        const QString plain = path(QStringLiteral("guide.pdf"));
        auto r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("guide"), m_source, QStringLiteral("--seance"), m_seanceCode,
                                   QStringLiteral("-o"), plain});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString text = testutil::pdfText(plain).simplified();
        QVERIFY2(text.contains(QStringLiteral("Matériel et supports")), qPrintable(text));
        // Only what is recorded, markup printed literally.
        QVERIFY(text.contains(QStringLiteral("Cartes photo-expression <b>série 1</b>")));
        QVERIFY(text.contains(QStringLiteral("licence / source : CC BY-NC 4.0, ONCOPLET")));
        QVERIFY(text.contains(QStringLiteral("version v3")));
        QVERIFY(text.contains(QStringLiteral("Affiche — étape 1")));
        QVERIFY(text.contains(QStringLiteral("https://video.example.org/temoignage")));
        QVERIFY(!text.contains(QStringLiteral("CARTEPHOTOQUARANTEDEUX")));
        const int guidePages = testutil::pdfPages(plain);
        QVERIFY(guidePages > 0);

        const QString both = path(QStringLiteral("guide-supports.pdf"));
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("guide"), m_source, QStringLiteral("--seance"), m_seanceCode,
                              QStringLiteral("--with-materials"), QStringLiteral("-o"), both});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 support")), qPrintable(r.out));
        // The guide, then the PDF's two pages, then the image's page.
        QCOMPARE(testutil::pdfPages(both), guidePages + 2 + 1);
        const QString all = testutil::pdfText(both).simplified();
        QVERIFY(all.contains(QStringLiteral("Matériel et supports")));
        QVERIFY(all.contains(QStringLiteral("CARTEPHOTOQUARANTEDEUX page 1")));
        QVERIFY(all.contains(QStringLiteral("CARTEPHOTOQUARANTEDEUX page 2")));
        QVERIFY(all.indexOf(QStringLiteral("CARTEPHOTOQUARANTEDEUX page 1")) < all.indexOf(QStringLiteral("CARTEPHOTOQUARANTEDEUX page 2")));
        QVERIFY(all.indexOf(QStringLiteral("Matériel et supports")) < all.indexOf(QStringLiteral("CARTEPHOTOQUARANTEDEUX")));

        // PDF only.
        r = testutil::kitetp({QStringLiteral("export"), QStringLiteral("guide"), m_source, QStringLiteral("--seance"), m_seanceCode,
                              QStringLiteral("--with-materials"), QStringLiteral("-o"), path(QStringLiteral("guide.odt"))});
        QCOMPARE(r.status, 2);
    }

    void followUpAfterSixMonths()
    {
        const QString p = path(QStringLiteral("follow.etp"));
        auto file = create(p, QStringLiteral("P"), QStringLiteral("S"));
        SharingStore store(*file);
        const QDate today(2026, 9, 15);
        auto sending = [](const QDate &on, const QString &to, const QString &name) {
            PackageSent s;
            s.sentOn = on;
            s.recipient = to;
            s.fileName = name;
            s.conducteurs = QStringLiteral("C1");
            return s;
        };
        PackageSent recent = sending(today.addMonths(-6).addDays(1), QStringLiteral("CH de Nancy"), QStringLiteral("a.etpkit"));
        PackageSent old = sending(today.addMonths(-6), QStringLiteral("Réseau Grand Est"), QStringLiteral("b.etpkit"));
        QVERIFY(!store.add(recent));
        QVERIFY(!store.add(old));
        auto followUps = [&file, &today] {
            QStringList ids;
            for (const TodoLine &l : TodoBoard::lines(TodoStore(*file).facts(QDateTime(today, QTime(9, 0)))))
                if (l.theme == TodoLine::Theme::Sharing)
                    ids << l.id + QLatin1Char('|') + l.text;
            return ids;
        };
        const QStringList due = followUps();
        QCOMPARE(due.size(), 1); // six months to the day: due; a day short: not yet
        QVERIFY(due.first().startsWith(QStringLiteral("sharing.followup.%1|").arg(old.id)));
        QVERIFY(due.first().contains(QStringLiteral("Demander comment les supports ont été utilisés : Réseau Grand Est")));
        // Recording the answer (on the command line, as a user would) clears the line.
        file.reset();
        const auto r = testutil::kitetp({QStringLiteral("sharing"), p, QStringLiteral("--id"), QString::number(old.id),
                                         QStringLiteral("--answer"), QStringLiteral("Cartes utilisées en séance 2, affiche au service")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        file = std::move(ProgrammeFile::open(p, ProgrammeFile::Mode::ReadOnly).file);
        QVERIFY(followUps().isEmpty());
        const auto list = testutil::kitetp({QStringLiteral("sharing"), p});
        QVERIFY2(list.out.contains(QStringLiteral("Cartes utilisées en séance 2")), qPrintable(list.out));
    }
};

QTEST_MAIN(TestMaterials)
#include "tst_materials.moc"
