// SPDX-License-Identifier: EUPL-1.2
#include "core/Attachment.h"

#include "core/EnumWords.h"

#include <QLocale>

#include <iterator>

namespace kitetp {

namespace {

// Per piece, in the order of Attachment::Piece: the word stored in the file, the label (context "Attachment").
constexpr EnumWords pieceWords[] = {
    {"certificate", QT_TRANSLATE_NOOP("Attachment", "Attestation de formation à l'ETP")},
    {"charter", QT_TRANSLATE_NOOP("Attachment", "Charte d'engagement signée")},
    {"bep-grid", QT_TRANSLATE_NOOP("Attachment", "Grille du bilan éducatif partagé")},
    {"information", QT_TRANSLATE_NOOP("Attachment", "Document d'information du patient")},
    {"consent", QT_TRANSLATE_NOOP("Attachment", "Formulaire de consentement")},
    {"gp-letter", QT_TRANSLATE_NOOP("Attachment", "Modèle de courrier au médecin traitant")},
    {"other", QT_TRANSLATE_NOOP("Attachment", "Autre pièce")},
};
static_assert(std::size(pieceWords) == size_t(Attachment::Piece::Other) + 1, "a row per piece");

} // namespace

const QList<Attachment::Piece> &Attachment::pieces()
{
    static const QList<Piece> p = {Piece::TrainingCertificate, Piece::SignedCharter, Piece::AssessmentGrid, Piece::InformationSheet,
                                   Piece::ConsentForm, Piece::GpLetterModel, Piece::Other};
    return p;
}

QString Attachment::toStored(Piece piece)
{
    return EnumWord::stored(pieceWords, piece);
}

Attachment::Piece Attachment::pieceFromStored(const QString &text, bool *ok)
{
    return EnumWord::fromStored(pieceWords, text, Piece::Other, ok);
}

QString Attachment::label(Piece piece)
{
    const EnumWords *words = EnumWord::of(pieceWords, piece);
    return words ? AttachmentText::tr(words->label) : QString();
}

bool Attachment::needsMember(Piece piece)
{
    return piece == Piece::TrainingCertificate || piece == Piece::SignedCharter;
}

QString Attachment::displayTitle() const
{
    return title.trimmed().isEmpty() ? fileName : title.trimmed();
}

QString Attachment::check() const
{
    if (needsMember(piece) && memberId == 0)
        return AttachmentText::tr("Une pièce « %1 » appartient à un membre de l'équipe : indiquez lequel.").arg(label(piece));
    if (!needsMember(piece) && memberId != 0)
        return AttachmentText::tr("Seules les attestations de formation et les chartes signées appartiennent à un membre de l'équipe.");
    if (title.size() > maxTitle || fileName.size() > maxTitle)
        return AttachmentText::tr("Le titre de la pièce est trop long (%1 caractères au plus).").arg(maxTitle);
    if (title.contains(QLatin1Char('\n')))
        return AttachmentText::tr("Le titre de la pièce tient sur une ligne.");
    if (mimeType != QLatin1String("application/pdf") && mimeType != QLatin1String("image/png") && mimeType != QLatin1String("image/jpeg"))
        return AttachmentText::tr("Seuls les fichiers PDF, PNG ou JPEG peuvent être joints.");
    if (size > maxSize)
        return AttachmentText::tooLarge(size);
    return {};
}

QString AttachmentText::tooLarge(qint64 size)
{
    const double mb = double(size) / (1024.0 * 1024.0);
    return tr("Le fichier pèse %1 Mo : %2 Mo au plus par pièce.")
        .arg(QLocale().toString(mb, 'f', 1))
        .arg(Attachment::maxSize / (qint64(1024) * 1024));
}

} // namespace kitetp
