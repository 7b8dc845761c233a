#include "core/FileError.h"

#include <QFileInfo>

namespace kitetp {

QString FileError::message() const
{
    const QString name = QFileInfo(m_path).fileName().isEmpty() ? m_path : QFileInfo(m_path).fileName();
    QString text;
    switch (m_code) {
    case None:
        return {};
    case NotFound:
        text = tr("Le fichier « %1 » est introuvable. Vérifiez le chemin ou choisissez un autre fichier.").arg(m_path);
        break;
    case IsDirectory:
        text = tr("« %1 » est un dossier, pas un fichier de programme. Choisissez un fichier .etp.").arg(m_path);
        break;
    case Unreadable:
        text = tr("Le fichier « %1 » ne peut pas être lu (droits d'accès ou erreur du disque). "
                  "Vérifiez vos droits sur ce fichier.").arg(name);
        break;
    case NotWritable:
        text = tr("Vous n'avez pas le droit de modifier « %1 » ou son dossier. Vous pouvez l'ouvrir en lecture seule.")
                   .arg(name);
        break;
    case Empty:
        text = tr("Le fichier « %1 » est vide : ce n'est pas un programme Kit ETP. "
                  "Ouvrez une copie de sauvegarde ou créez un nouveau programme.").arg(name);
        break;
    case NotSqlite:
        text = tr("Le fichier « %1 » n'est pas un fichier de programme Kit ETP. "
                  "Choisissez un fichier .etp créé par Kit ETP.").arg(name);
        break;
    case Truncated:
        text = tr("Le fichier « %1 » est incomplet (tronqué, peut-être par une copie interrompue). "
                  "Il n'a pas été modifié ; ouvrez une copie de sauvegarde.").arg(name);
        break;
    case Corrupt:
        text = tr("Le fichier « %1 » est endommagé. Il n'a pas été modifié ; ouvrez une copie de sauvegarde.")
                   .arg(name);
        break;
    case NeedsRecovery:
        text = tr("Kit ETP a été interrompu pendant un enregistrement dans « %1 ». Ouvrez ce fichier une fois dans "
                  "Kit ETP, en écriture : la modification inachevée sera annulée et tout ce qui était enregistré "
                  "sera retrouvé.").arg(name);
        break;
    case Foreign:
        text = tr("Le fichier « %1 » est une base de données d'une autre application, pas un programme Kit ETP. "
                  "Il n'a pas été modifié.").arg(name);
        break;
    case TooNew:
        text = tr("Le fichier « %1 » a été créé par une version plus récente de Kit ETP. "
                  "Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.").arg(name);
        break;
    case AlreadyExists:
        text = tr("Le fichier « %1 » existe déjà. Choisissez un autre nom ; le fichier existant n'a pas été modifié.")
                   .arg(m_path);
        break;
    case CannotCreate:
        text = tr("Impossible de créer le fichier « %1 ». Vérifiez que le dossier existe et que vous pouvez y écrire.")
                   .arg(m_path);
        break;
    case Locked:
        text = tr("Le fichier « %1 » est déjà ouvert dans Kit ETP. Vous pouvez l'ouvrir en lecture seule.").arg(name);
        break;
    case ReadOnly:
        text = tr("Le fichier « %1 » est ouvert en lecture seule : la modification n'a pas été enregistrée.").arg(name);
        break;
    case MigrationFailed:
        text = tr("La mise à jour du fichier « %1 » vers cette version de Kit ETP a échoué. "
                  "Le fichier n'a pas été modifié.").arg(name);
        break;
    case WriteFailed:
        text = tr("L'enregistrement dans « %1 » a échoué (disque plein ou fichier protégé). "
                  "La dernière modification n'a pas été enregistrée.").arg(name);
        break;
    case InvalidInput:
        text = tr("Valeur refusée.");
        break;
    case ExportRefused:
        text = tr("Rien n'a été écrit dans « %1 ».").arg(m_path);
        break;
    case ExportFailed:
        text = tr("L'écriture de « %1 » a échoué (disque plein ou erreur du disque) : rien n'a été écrit, et le "
                  "fichier qui portait ce nom, s'il existait, est intact.").arg(m_path);
        break;
    }
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + m_detail;
    return text;
}

} // namespace kitetp
