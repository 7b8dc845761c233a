// SPDX-License-Identifier: EUPL-1.2
#include "storage/GuidePackage.h"

#include "core/AppInfo.h"
#include "core/Printable.h"
#include "core/Sharing.h"
#include "storage/FieldStore.h"
#include "storage/GuideTransfer.h"
#include "storage/InputFile.h"
#include "storage/OutputFile.h"
#include "storage/ProgrammeFile.h"
#include "storage/SharingStore.h"
#include <QFileInfo>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <list>
#include <memory>
#include <sys/stat.h>
#include <zip.h>

namespace kitetp {

namespace {

const QString manifestName = QStringLiteral("manifest.json");
const QString guidesName = QStringLiteral("guides.json");

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

QString extensionOf(const Material &m)
{
    static const QHash<QString, QString> ext{
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")},
        {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
        {QStringLiteral("image/svg+xml"), QStringLiteral("svg")},
        {QStringLiteral("application/vnd.oasis.opendocument.presentation"), QStringLiteral("odp")},
        {QStringLiteral("application/vnd.oasis.opendocument.text"), QStringLiteral("odt")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"), QStringLiteral("pptx")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), QStringLiteral("docx")},
    };
    return ext.value(Material::detectType(m.data, m.fileName), QStringLiteral("bin"));
}

// A name a package may hold: relative, plain, no way out of the folder it is unpacked in.
bool safeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 200 || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')) || name.endsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            return false;
    for (const QString &part : name.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QByteArray GuidePackage::write(const GuideBundle &input, const GuideOrigin &origin, QString *error)
{
    GuideBundle bundle = input;
    // The files and their entries: supports/<séance code>-<n>.<ext>.
    std::list<QByteArray> keep; // libzip reads the buffers when the archive is closed
    QJsonArray files;
    QList<std::pair<QString, const QByteArray *>> entries;
    for (Conducteur &c : bundle.conducteurs)
        for (Seance &s : c.seances) {
            int n = 0;
            for (Material &m : s.supports) {
                if (m.isLink())
                    continue;
                m.seal();
                m.entry = QStringLiteral("supports/%1-%2.%3").arg(s.code).arg(++n).arg(extensionOf(m));
                keep.push_back(m.data);
                entries.append({m.entry, &keep.back()});
                files << QJsonObject{{QStringLiteral("chemin"), m.entry}, {QStringLiteral("taille"), double(m.size)},
                                     {QStringLiteral("sha256"), m.sha256}};
            }
        }
    keep.push_back(GuideExchange::toJson(bundle));
    const QByteArray &json = keep.back();
    files.prepend(QJsonObject{{QStringLiteral("chemin"), guidesName}, {QStringLiteral("taille"), double(json.size())},
                              {QStringLiteral("sha256"), hex(json)}});
    entries.prepend({guidesName, &json});
    const QJsonObject manifest{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), version},
        {QStringLiteral("origine"), QJsonObject{{QStringLiteral("programme"), origin.programme},
                                                {QStringLiteral("structure"), origin.structure},
                                                {QStringLiteral("date"), origin.exportedOn.toString(Qt::ISODate)},
                                                {QStringLiteral("version"), origin.version.isEmpty() ? AppInfo::version() : origin.version}}},
        {QStringLiteral("fichiers"), files},
    };
    keep.push_back(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    entries.prepend({manifestName, &keep.back()});

    auto fail = [error](const QString &why) {
        if (error)
            *error = tr("Le paquet n'a pas pu être écrit (%1).").arg(why);
        return QByteArray();
    };
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *out = zip_source_buffer_create(nullptr, 0, 0, &ze);
    if (!out)
        return fail(QString::fromUtf8(zip_error_strerror(&ze)));
    zip_t *z = zip_open_from_source(out, ZIP_TRUNCATE, &ze);
    if (!z) {
        zip_source_free(out);
        return fail(QString::fromUtf8(zip_error_strerror(&ze)));
    }
    zip_source_keep(out); // still ours after zip_close: it then holds the archive
    for (const auto &[name, data] : std::as_const(entries)) {
        zip_source_t *s = zip_source_buffer(z, data->constData(), zip_uint64_t(data->size()), 0);
        const QByteArray utf8 = name.toUtf8();
        if (!s || zip_file_add(z, utf8.constData(), s, ZIP_FL_ENC_UTF_8) < 0) {
            if (s)
                zip_source_free(s);
            const QString why = QString::fromUtf8(zip_strerror(z));
            zip_discard(z);
            zip_source_free(out);
            return fail(why);
        }
    }
    if (zip_close(z) < 0) {
        const QString why = QString::fromUtf8(zip_strerror(z));
        zip_discard(z);
        zip_source_free(out);
        return fail(why);
    }
    QByteArray bytes;
    zip_stat_t st;
    if (zip_source_stat(out, &st) < 0 || zip_source_open(out) < 0) {
        zip_source_free(out);
        return fail(QStringLiteral("zip"));
    }
    bytes.resize(qsizetype(st.size));
    const zip_int64_t got = zip_source_read(out, bytes.data(), st.size);
    zip_source_close(out);
    zip_source_free(out);
    if (got != zip_int64_t(st.size))
        return fail(QStringLiteral("zip"));
    return bytes;
}

std::optional<GuideBundle> GuidePackage::read(const QByteArray &package, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = tr("Paquet refusé : %1").arg(why);
        return std::nullopt;
    };
    if (package.size() > maxPackageBytes)
        return refuse(tr("il dépasse %1 Mo.").arg(maxPackageBytes / (1024 * 1024)));
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(package.constData(), zip_uint64_t(package.size()), 0, &ze);
    if (!src)
        return refuse(tr("ce n'est pas un paquet Kit ETP lisible."));
    Zip zip(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze));
    if (!zip) {
        zip_source_free(src);
        return refuse(tr("ce n'est pas une archive zip lisible (%1).").arg(QString::fromUtf8(zip_error_strerror(&ze))));
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count < 0 || count > maxEntries)
        return refuse(tr("il contient plus de %1 fichiers.").arg(maxEntries));

    // Every entry checked, then inflated with its bytes counted: the declared sizes are the sender's word.
    QHash<QString, QByteArray> contents;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS, &st) < 0 || !(st.valid & ZIP_STAT_NAME))
            return refuse(tr("une entrée de l'archive est illisible."));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString name = utf8(QByteArray(st.name));
        if (utf8.hasError() || !safeName(name))
            return refuse(tr("le nom « %1 » n'est pas admis (chemin absolu, remontée « .. », dossier ou caractère spécial).")
                              .arg(Printable::quote(QString::fromUtf8(st.name), 120)));
        if (contents.contains(name))
            return refuse(tr("le fichier « %1 » y figure deux fois.").arg(Printable::quote(name)));
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(zip.get(), zip_uint64_t(i), 0, &opsys, &attributes) == 0 && opsys == ZIP_OPSYS_UNIX) {
            const mode_t type = mode_t(attributes >> 16) & S_IFMT;
            if (type != 0 && type != S_IFREG)
                return refuse(tr("« %1 » n'est pas un fichier ordinaire (lien symbolique ou fichier spécial).").arg(Printable::quote(name)));
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refuse(tr("« %1 » est chiffré.").arg(Printable::quote(name)));
        if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(Material::maxSize))
            return refuse(tr("« %1 » est trop gros (%2 Mo au plus par fichier).").arg(Printable::quote(name)).arg(Material::maxSize / (1024 * 1024)));
        zip_file_t *f = zip_fopen_index(zip.get(), zip_uint64_t(i), 0);
        if (!f)
            return refuse(tr("« %1 » ne peut pas être lu (%2).").arg(Printable::quote(name), QString::fromUtf8(zip_strerror(zip.get()))));
        const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        QByteArray data;
        char buffer[65536];
        QString why;
        for (;;) {
            const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
            if (n < 0) {
                why = tr("« %1 » est endommagé.").arg(Printable::quote(name));
                break;
            }
            if (n == 0)
                break;
            total += n;
            if (data.size() + n > Material::maxSize) {
                why = tr("« %1 » est trop gros (%2 Mo au plus par fichier).").arg(Printable::quote(name)).arg(Material::maxSize / (1024 * 1024));
                break;
            }
            if (total > maxTotal) {
                why = tr("son contenu décompressé dépasse %1 Mo.").arg(maxTotal / (1024 * 1024));
                break;
            }
            data.append(buffer, qsizetype(n));
            if (data.size() > ratioFloor && data.size() > qMax<qint64>(compressed, 1) * maxRatio) {
                why = tr("« %1 » se décompresse en bien plus que sa taille (bombe zip ?).").arg(Printable::quote(name));
                break;
            }
        }
        zip_fclose(f);
        if (!why.isEmpty())
            return refuse(why);
        contents.insert(name, data);
    }

    // The manifest: what the package says it holds, checked against what it holds.
    if (!contents.contains(manifestName))
        return refuse(tr("il n'a pas de manifeste (manifest.json)."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(contents.value(manifestName), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(tr("son manifeste n'est pas un JSON valide."));
    const QJsonObject manifest = doc.object();
    if (manifest.value(QStringLiteral("format")).toString() != formatName())
        return refuse(tr("son manifeste n'est pas celui d'un paquet Kit ETP."));
    const QJsonValue v = manifest.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toInt() < 1 || v.toDouble() != double(v.toInt()))
        return refuse(tr("le numéro de version du manifeste est invalide."));
    if (v.toInt() > version)
        return refuse(tr("le paquet est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). "
                         "Mettez Kit ETP à jour.").arg(v.toInt()).arg(version));
    QSet<QString> listed;
    const QJsonArray files = manifest.value(QStringLiteral("fichiers")).toArray();
    for (const QJsonValue &fv : files) {
        const QJsonObject fo = fv.toObject();
        const QString name = fo.value(QStringLiteral("chemin")).toString();
        if (!contents.contains(name))
            return refuse(tr("le manifeste annonce « %1 », absent du paquet.").arg(Printable::quote(name)));
        const QByteArray &data = contents[name];
        if (fo.value(QStringLiteral("taille")).toDouble(-1) != double(data.size()) || fo.value(QStringLiteral("sha256")).toString() != hex(data))
            return refuse(tr("« %1 » ne correspond pas au manifeste (taille ou somme de contrôle SHA-256).").arg(Printable::quote(name)));
        listed.insert(name);
    }
    for (auto it = contents.cbegin(); it != contents.cend(); ++it)
        if (it.key() != manifestName && !listed.contains(it.key()))
            return refuse(tr("« %1 » n'est pas annoncé par le manifeste.").arg(Printable::quote(it.key())));
    if (!listed.contains(guidesName))
        return refuse(tr("il ne contient pas de guides (guides.json)."));

    QString why;
    auto bundle = GuideExchange::parse(contents.value(guidesName), &why);
    if (!bundle)
        return refuse(why);
    const QJsonObject o = manifest.value(QStringLiteral("origine")).toObject();
    bundle->origin.programme = o.value(QStringLiteral("programme")).toString().left(500).simplified();
    bundle->origin.structure = o.value(QStringLiteral("structure")).toString().left(500).simplified();
    bundle->origin.exportedOn = QDate::fromString(o.value(QStringLiteral("date")).toString().left(10), Qt::ISODate);
    bundle->origin.version = o.value(QStringLiteral("version")).toString().left(40).simplified();

    QSet<QString> used{guidesName};
    for (Conducteur &c : bundle->conducteurs) {
        if (c.origin.isEmpty() && !bundle->origin.isEmpty()) {
            c.origin = bundle->origin;
            c.origin.code = c.code;
        }
        for (Seance &s : c.seances)
            for (Material &m : s.supports) {
                if (m.isLink())
                    continue;
                if (!listed.contains(m.entry))
                    return refuse(tr("le support « %1 » renvoie à « %2 », absent du paquet.").arg(Printable::quote(m.title), Printable::quote(m.entry)));
                const QString expected = m.sha256;
                m.data = contents.value(m.entry);
                m.seal();
                if (m.sha256 != expected)
                    return refuse(tr("le support « %1 » ne correspond pas à sa somme de contrôle.").arg(Printable::quote(m.title)));
                if (const QString reason = m.check(); !reason.isEmpty())
                    return refuse(tr("le support « %1 » : %2").arg(Printable::quote(m.title), reason));
                m.mimeType = Material::detectType(m.data, m.fileName);
                used.insert(m.entry);
            }
    }
    for (const QString &name : std::as_const(listed))
        if (!used.contains(name))
            return refuse(tr("« %1 » n'est le fichier d'aucun support.").arg(Printable::quote(name)));
    return bundle;
}

FileError GuidePackage::exportPackage(ProgrammeFile &file, const QString &path, const QStringList &codes, const QString &recipient,
                                     int *materials)
{
    const GuideBundle bundle = GuideTransfer::collect(file, codes, true);
    PackageSent sent;
    sent.sentOn = QDate::currentDate();
    sent.recipient = recipient.trimmed();
    sent.fileName = QFileInfo(path).fileName();
    QStringList sentCodes;
    int count = 0;
    for (const Conducteur &c : bundle.conducteurs) {
        sentCodes << c.code;
        for (const Seance &s : c.seances)
            count += int(s.supports.size());
    }
    sent.conducteurs = sentCodes.join(QStringLiteral(", "));
    if (const QString reason = sent.check(); !reason.isEmpty())
        return FileError(FileError::InvalidInput, path, reason);
    if (FileError e = file.checkWritable()) // the sending must be recorded: refused before anything is written
        return e;
    const FieldStore fields(file);
    const GuideOrigin origin{fields.value(QStringLiteral("programme.title")), fields.value(QStringLiteral("structure.name")),
                             QDate::currentDate(), {}, {}};
    QString why;
    const QByteArray bytes = write(bundle, origin, &why);
    if (bytes.isEmpty())
        return FileError(FileError::WriteFailed, path, why);
    if (FileError e = OutputFile::save(path, bytes))
        return e;
    if (FileError e = SharingStore(file).add(sent))
        return e;
    if (materials)
        *materials = count;
    return {};
}

std::optional<GuideBundle> GuidePackage::readFile(const QString &path, QString *error)
{
    QString why;
    const QByteArray bytes = InputFile::read(path, maxPackageBytes, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return looksLikePackage(bytes) ? read(bytes, error) : GuideExchange::parse(bytes, error);
}

} // namespace kitetp
