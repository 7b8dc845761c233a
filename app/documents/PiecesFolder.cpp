// SPDX-License-Identifier: EUPL-1.2
#include "documents/DossierDocument.h"

#include "core/TeleDeclaration.h"
#include "documents/PieceFile.h"
#include "storage/AttachmentStore.h"
#include "storage/DeclarationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace kitetp::PiecesFolder {

namespace {

// A file name from a label: ASCII letters and digits, dashes ("Camille Exemple (fictive)" -> "camille-exemple-fictive").
QString slug(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    return out.remove(edges).left(60);
}

class FolderText
{
    Q_DECLARE_TR_FUNCTIONS(PiecesFolder)
};

} // namespace

FileError write(ProgrammeFile &file, const QString &folder, QStringList *written)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return FileError(FileError::CannotCreate, folder, FolderText::tr("Ce chemin existe et n'est pas un dossier."));
    if (!QDir().mkpath(folder))
        return FileError(FileError::CannotCreate, folder);
    const QDir dir(folder);
    const DeclarationFacts facts = DeclarationStore(file).facts();
    QHash<qint64, QString> names;
    for (const TeamMember &m : facts.team)
        names.insert(m.id, m.name);
    QStringList paths;
    const QString dossier = dir.filePath(FolderText::tr("00-dossier-de-declaration.pdf"));
    if (FileError e = DossierPdf::write(file, dossier))
        return e;
    paths << dossier;
    int n = 0;
    const AttachmentStore store(file);
    for (const Attachment &listed : facts.attachments) {
        // As in the dossier: a certificate or a charter of a member no longer in the (active) team is not uploaded.
        if (Attachment::needsMember(listed.piece) && !names.contains(listed.memberId))
            continue;
        const std::optional<Attachment> a = store.attachment(listed.id);
        if (!a)
            continue;
        QString error;
        const QByteArray pdf = PieceFile::toPdf(*a, &error);
        const QString owner = a->memberId ? names.value(a->memberId) : a->displayTitle();
        const QString name = QStringLiteral("%1-%2-%3.pdf")
                                 .arg(++n, 2, 10, QLatin1Char('0'))
                                 .arg(slug(Attachment::label(a->piece)), slug(owner));
        if (pdf.isEmpty())
            return FileError(FileError::WriteFailed, dir.filePath(name), error);
        if (FileError e = DossierPdf::save(pdf, dir.filePath(name)))
            return e;
        paths << dir.filePath(name);
    }
    const QString answers = dir.filePath(QStringLiteral("reponses-teledeclaration.md"));
    const QString md = TeleDeclaration::markdown(TeleDeclaration::sections(facts), facts.field(QStringLiteral("programme.title")));
    if (FileError e = DossierPdf::save(md.toUtf8(), answers))
        return e;
    paths << answers;
    if (written)
        *written = paths;
    return {};
}

} // namespace kitetp::PiecesFolder
