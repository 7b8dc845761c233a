// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace kitetp {

// A piece attached to the programme (declaration.md, "Pieces several ARS require"): a scan or a PDF the team
// really has — a training certificate, a signed commitment charter, the BEP grid, the information sheet, the consent
// forms, the GP letter model, any other piece. Stored inside the programme file; the dossier appends it as an annex.
struct Attachment
{
    enum class Piece { TrainingCertificate, SignedCharter, AssessmentGrid, InformationSheet, ConsentForm, GpLetterModel, Other };

    qint64 id = 0;
    Piece piece = Piece::Other;
    qint64 memberId = 0;   // the team member it belongs to (certificate, charter); 0 = none
    QString title;         // shown in the dossier; the file name when empty
    QString fileName;      // the imported file's name (for the pieces folder and "open")
    QString mimeType;      // application/pdf, image/png or image/jpeg
    QDate addedOn;
    qint64 size = 0;       // bytes of data
    QByteArray data;       // empty in lists (AttachmentStore::list); loaded by AttachmentStore::data

    static constexpr qint64 maxSize = qint64(20) * 1024 * 1024; // 20 MB a piece
    static constexpr int maxTitle = 300;

    // Checks the description before it is stored (kind, owner, title); a translated reason, or empty.
    QString check() const;
    // The title, or the file name when there is none.
    QString displayTitle() const;
    bool isPdf() const { return mimeType == QLatin1String("application/pdf"); }

    static const QList<Piece> &pieces();
    static QString toStored(Piece piece);                                  // "certificate", "charter", ...
    static Piece pieceFromStored(const QString &text, bool *ok = nullptr);
    static QString label(Piece piece);                                     // "Attestation de formation"
    static bool needsMember(Piece piece);                                  // certificate and charter
};

// The translation context of the attachments' messages, shared by the import check and the store.
class AttachmentText
{
    Q_DECLARE_TR_FUNCTIONS(Attachment)
public:
    // "Le fichier pèse 25,3 Mo : 20 Mo au plus par pièce."
    static QString tooLarge(qint64 size);
};

} // namespace kitetp
