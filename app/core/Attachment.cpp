#include "core/Attachment.h"

#include <QLocale>

namespace kitetp {

namespace {
const QStringList &storedNames()
{
    static const QStringList n = {QStringLiteral("certificate"), QStringLiteral("charter"), QStringLiteral("bep-grid"),
                                  QStringLiteral("information"), QStringLiteral("consent"), QStringLiteral("gp-letter"),
                                  QStringLiteral("other")};
    return n;
}
} // namespace

const QList<Attachment::Piece> &Attachment::pieces()
{
    static const QList<Piece> p = {Piece::TrainingCertificate, Piece::SignedCharter, Piece::AssessmentGrid, Piece::InformationSheet,
                                   Piece::ConsentForm, Piece::GpLetterModel, Piece::Other};
    return p;
}

QString Attachment::toStored(Piece piece)
{
    return storedNames().value(int(piece));
}

Attachment::Piece Attachment::pieceFromStored(const QString &text, bool *ok)
{
    const int i = int(storedNames().indexOf(text));
    if (ok)
        *ok = i >= 0;
    return i < 0 ? Piece::Other : Piece(i);
}

QString Attachment::label(Piece piece)
{
    switch (piece) {
    case Piece::TrainingCertificate: return AttachmentText::tr("Attestation de formation à l'ETP");
    case Piece::SignedCharter: return AttachmentText::tr("Charte d'engagement signée");
    case Piece::AssessmentGrid: return AttachmentText::tr("Grille du bilan éducatif partagé");
    case Piece::InformationSheet: return AttachmentText::tr("Document d'information du patient");
    case Piece::ConsentForm: return AttachmentText::tr("Formulaire de consentement");
    case Piece::GpLetterModel: return AttachmentText::tr("Modèle de courrier au médecin traitant");
    case Piece::Other: return AttachmentText::tr("Autre pièce");
    }
    return {};
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
