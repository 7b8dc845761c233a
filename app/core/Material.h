// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace kitetp {

// A teaching material of a séance (or of one of its steps): a file kept inside the programme as it is (PDF, PNG,
// JPEG, SVG, ODP, ODT, PPTX, DOCX) or a video link (a URL, no file). Travels with the guides in a .etpkit package.
struct Material
{
    enum class Kind { PhotoExpression, TrueFalse, CaseStudy, Poster, PatientHandout, VideoLink, Other };

    qint64 id = 0;
    qint64 seanceId = 0;
    int step = 0;          // 0: the séance; n: its n-th step (steps are numbered from 1, as printed)
    int position = 0;
    QString title;
    Kind kind = Kind::Other;
    QString licence;       // licence or source ("CC BY-NC 4.0", "ONCOPLET, 2019")
    QString version;       // as the author numbers it ("v2", "2024-03")
    QString url;           // a video link only
    QString fileName;      // the file's name as it was added (for "Ouvrir" and the package)
    QString mimeType;
    qint64 size = 0;       // bytes of data
    QString sha256;        // hex, of data
    QByteArray data;       // empty in lists and for a link
    QString entry;         // while travelling: the package entry holding the file ("supports/C1S2-1.pdf")

    static constexpr qint64 maxSize = qint64(20) * 1024 * 1024; // 20 MB a file, as a declaration piece
    static constexpr int maxTitle = 200;
    static constexpr int maxLicence = 300;
    static constexpr int maxVersion = 40;
    static constexpr int maxUrl = 2000;
    static constexpr int maxPerSeance = 40;

    bool isLink() const { return kind == Kind::VideoLink; }
    bool isPdf() const { return mimeType == QLatin1String("application/pdf"); }
    bool isImage() const { return mimeType == QLatin1String("image/png") || mimeType == QLatin1String("image/jpeg"); }
    bool isSvg() const { return mimeType == QLatin1String("image/svg+xml"); }

    // Checks the description and the content (a link: an http(s) URL and no file; a file: data of an accepted type,
    // at most maxSize); a translated reason, or empty.
    QString check() const;
    // Sets size and sha256 from data.
    void seal();

    static const QList<Kind> &kinds();
    static QString toStored(Kind kind);                              // "photo-expression", "video", ...
    static Kind kindFromStored(const QString &text, bool *ok = nullptr);
    static QString label(Kind kind);                                 // "Cartes photo-expression"
    // The type of `data` from its first bytes (and the name's extension for the office formats, which are zips):
    // application/pdf, image/png, image/jpeg, image/svg+xml, the OpenDocument and Office types; empty when none.
    static QString detectType(const QByteArray &data, const QString &fileName);
    static QString sha256Of(const QByteArray &data);
};

// The translation context of the materials' messages.
class MaterialText
{
    Q_DECLARE_TR_FUNCTIONS(Material)
public:
    // "Le fichier pèse 25,3 Mo : 20 Mo au plus par support."
    static QString tooLarge(qint64 size);
};

} // namespace kitetp
