// SPDX-License-Identifier: EUPL-1.2
#include "core/FileError.h"

#include <QFileInfo>

#include <iterator>

namespace kitetp {

namespace {

// What a message names: the path as given, the file's name alone, or nothing.
enum class Subject { Path, Name, Nothing };

struct Text
{
    FileError::Code code;
    Subject subject;
    const char *message; // untranslated, context "FileError"
};

// One message per code but None, in the order of FileError::Code (a new code gets its row here): what is wrong,
// then what to do. One message a line, so that a message quoted by a user is found whole.
constexpr Text texts[] = {
    {FileError::NotFound, Subject::Path,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est introuvable. Vérifiez le chemin ou choisissez un autre fichier.")},
    {FileError::IsDirectory, Subject::Path,
     QT_TRANSLATE_NOOP("FileError", "« %1 » est un dossier, pas un fichier de programme. Choisissez un fichier .etp.")},
    {FileError::Unreadable, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » ne peut pas être lu (droits d'accès ou erreur du disque). Vérifiez vos droits sur ce fichier.")},
    {FileError::NotWritable, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Vous n'avez pas le droit de modifier « %1 » ou son dossier. Vous pouvez l'ouvrir en lecture seule.")},
    {FileError::Empty, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est vide : ce n'est pas un programme Kit ETP. Ouvrez une copie de sauvegarde ou créez un nouveau programme.")},
    {FileError::NotSqlite, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » n'est pas un fichier de programme Kit ETP. Choisissez un fichier .etp créé par Kit ETP.")},
    {FileError::Truncated, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est incomplet (tronqué, peut-être par une copie interrompue). Il n'a pas été modifié ; ouvrez une copie de sauvegarde.")},
    {FileError::Corrupt, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est endommagé. Il n'a pas été modifié ; ouvrez une copie de sauvegarde.")},
    {FileError::NeedsRecovery, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Kit ETP a été interrompu pendant un enregistrement dans « %1 ». Ouvrez ce fichier une fois dans Kit ETP, en écriture : la modification inachevée sera annulée et tout ce qui était enregistré sera retrouvé.")},
    {FileError::Foreign, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est une base de données d'une autre application, pas un programme Kit ETP. Il n'a pas été modifié.")},
    {FileError::TooNew, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.")},
    {FileError::AlreadyExists, Subject::Path,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » existe déjà. Choisissez un autre nom ; le fichier existant n'a pas été modifié.")},
    {FileError::CannotCreate, Subject::Path,
     QT_TRANSLATE_NOOP("FileError", "Impossible de créer le fichier « %1 ». Vérifiez que le dossier existe et que vous pouvez y écrire.")},
    {FileError::Locked, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est déjà ouvert dans Kit ETP. Vous pouvez l'ouvrir en lecture seule.")},
    {FileError::ReadOnly, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » est ouvert en lecture seule : la modification n'a pas été enregistrée.")},
    {FileError::MigrationFailed, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "La mise à jour du fichier « %1 » vers cette version de Kit ETP a échoué. Le fichier n'a pas été modifié.")},
    {FileError::WriteFailed, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "L'enregistrement dans « %1 » a échoué (disque plein ou fichier protégé). La dernière modification n'a pas été enregistrée.")},
    {FileError::InvalidInput, Subject::Nothing,
     QT_TRANSLATE_NOOP("FileError", "Valeur refusée.")},
    {FileError::ExportRefused, Subject::Path,
     QT_TRANSLATE_NOOP("FileError", "Rien n'a été écrit dans « %1 ».")},
    {FileError::ExportFailed, Subject::Path,
     QT_TRANSLATE_NOOP("FileError", "L'écriture de « %1 » a échoué (disque plein ou erreur du disque) : rien n'a été écrit, et le fichier qui portait ce nom, s'il existait, est intact.")},
    {FileError::NotADirectory, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "Le fichier « %1 » n'est pas un annuaire Kit ETP (.etpannuaire). Il n'a pas été modifié.")},
    {FileError::DirectoryTooNew, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "L'annuaire « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.")},
    {FileError::CardRefused, Subject::Name,
     QT_TRANSLATE_NOOP("FileError", "« %1 » n'a pas été ajouté à l'annuaire :")},
};

constexpr bool inCodeOrder()
{
    for (size_t i = 0; i < std::size(texts); ++i)
        if (texts[i].code != FileError::Code(i + 1))
            return false;
    return std::size(texts) == FileError::CardRefused;
}
static_assert(inCodeOrder(), "texts: one row per code, in the order of FileError::Code");

} // namespace

QString FileError::message() const
{
    if (m_code <= None || size_t(m_code) > std::size(texts))
        return {};
    const Text *text = &texts[m_code - 1];
    QString out = tr(text->message);
    if (text->subject != Subject::Nothing) {
        const QString name = QFileInfo(m_path).fileName();
        out = out.arg(text->subject == Subject::Path || name.isEmpty() ? m_path : name);
    }
    if (!m_detail.isEmpty())
        out += QLatin1Char(' ') + m_detail;
    return out;
}

} // namespace kitetp
