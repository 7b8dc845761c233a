// SPDX-License-Identifier: EUPL-1.2
#include "core/Material.h"

#include "core/EnumWords.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <iterator>

namespace kitetp {

namespace {

// Per kind, in the order of Material::Kind: the word stored in the file and the exchange JSON, the label.
constexpr EnumWords kindWords[] = {
    {"photo-expression", QT_TRANSLATE_NOOP("Material", "Cartes photo-expression")},
    {"vrai-faux", QT_TRANSLATE_NOOP("Material", "Cartes vrai / faux")},
    {"etude-de-cas", QT_TRANSLATE_NOOP("Material", "Étude de cas")},
    {"affiche", QT_TRANSLATE_NOOP("Material", "Affiche")},
    {"fiche-patient", QT_TRANSLATE_NOOP("Material", "Fiche patient")},
    {"video", QT_TRANSLATE_NOOP("Material", "Lien vers une vidéo")},
    {"autre", QT_TRANSLATE_NOOP("Material", "Autre support")},
};
static_assert(std::size(kindWords) == size_t(Material::Kind::Other) + 1, "a row per kind");

bool oneLine(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    return true;
}

} // namespace

const QList<Material::Kind> &Material::kinds()
{
    static const QList<Kind> k = {Kind::PhotoExpression, Kind::TrueFalse, Kind::CaseStudy, Kind::Poster,
                                  Kind::PatientHandout, Kind::VideoLink, Kind::Other};
    return k;
}

QString Material::toStored(Kind kind)
{
    return EnumWord::stored(kindWords, kind);
}

Material::Kind Material::kindFromStored(const QString &text, bool *ok)
{
    return EnumWord::fromStored(kindWords, text, Kind::Other, ok);
}

QString Material::label(Kind kind)
{
    const EnumWords *words = EnumWord::of(kindWords, kind);
    return words ? MaterialText::tr(words->label) : QString();
}

QString Material::sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void Material::seal()
{
    size = data.size();
    sha256 = data.isEmpty() ? QString() : sha256Of(data);
}

QString Material::detectType(const QByteArray &data, const QString &fileName)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (data.startsWith("PK\x03\x04")) {
        if (suffix == QLatin1String("odp"))
            return QStringLiteral("application/vnd.oasis.opendocument.presentation");
        if (suffix == QLatin1String("odt"))
            return QStringLiteral("application/vnd.oasis.opendocument.text");
        if (suffix == QLatin1String("pptx"))
            return QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        if (suffix == QLatin1String("docx"))
            return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return {};
    }
    // SVG: XML text whose first element is <svg (after an optional declaration, comments or a doctype).
    const QByteArray head = data.left(4096);
    if (suffix == QLatin1String("svg") && head.contains("<svg") && !head.contains('\0'))
        return QStringLiteral("image/svg+xml");
    return {};
}

QString Material::check() const
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        return MaterialText::tr("Le support n'a pas de titre.");
    if (t.size() > maxTitle || !oneLine(t))
        return MaterialText::tr("Le titre du support doit tenir sur une ligne de %1 caractères au plus.").arg(maxTitle);
    if (licence.size() > maxLicence || !oneLine(licence))
        return MaterialText::tr("La licence ou la source doit tenir sur une ligne de %1 caractères au plus.").arg(maxLicence);
    if (version.size() > maxVersion || !oneLine(version))
        return MaterialText::tr("La version doit tenir sur une ligne de %1 caractères au plus.").arg(maxVersion);
    if (step < 0)
        return MaterialText::tr("Cette étape n'existe pas.");
    if (isLink()) {
        const QUrl u(url, QUrl::StrictMode);
        if (url.size() > maxUrl || !u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) ||
            u.host().isEmpty())
            return MaterialText::tr("Un lien vers une vidéo doit être une adresse http:// ou https://.");
        if (!data.isEmpty())
            return MaterialText::tr("Un lien n'a pas de fichier.");
        return {};
    }
    if (!url.isEmpty())
        return MaterialText::tr("Seul un lien vers une vidéo a une adresse.");
    if (data.isEmpty() && size == 0)
        return MaterialText::tr("Le fichier du support est vide.");
    if (qMax(size, qint64(data.size())) > maxSize)
        return MaterialText::tooLarge(qMax(size, qint64(data.size())));
    if (!data.isEmpty() && detectType(data, fileName).isEmpty())
        return MaterialText::tr("Ce fichier n'est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.");
    if (fileName.size() > 255 || !oneLine(fileName) || fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')))
        return MaterialText::tr("Le nom du fichier du support est invalide.");
    return {};
}

QString MaterialText::tooLarge(qint64 size)
{
    const QLocale locale;
    return tr("Le fichier pèse %1 Mo : %2 Mo au plus par support.")
        .arg(locale.toString(double(size) / (1024.0 * 1024.0), 'f', 1))
        .arg(Material::maxSize / (1024 * 1024));
}

} // namespace kitetp
