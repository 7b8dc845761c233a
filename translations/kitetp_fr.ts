<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AssetStore</name>
    <message>
        <source>L'image est trop grande (2 Mo au plus).</source>
        <translation>L'image est trop grande (2 Mo au plus).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Crée un fichier de programme (vide ou depuis un modèle).</source>
        <translation>Crée un fichier de programme (vide ou depuis un modèle).</translation>
    </message>
    <message>
        <source>Crée un programme de démonstration rempli de données fictives.</source>
        <translation>Crée un programme de démonstration rempli de données fictives.</translation>
    </message>
    <message>
        <source>Vérifie un fichier de programme (intégrité, format) sans le modifier.</source>
        <translation>Vérifie un fichier de programme (intégrité, format) sans le modifier.</translation>
    </message>
    <message>
        <source>Exporte un document (PDF) ou des données (kitetp export --help).</source>
        <translation>Exporte un document (PDF) ou des données (kitetp export --help).</translation>
    </message>
    <message>
        <source>que faut-il exporter ?</source>
        <translation>que faut-il exporter ?</translation>
    </message>
    <message>
        <source>export inconnu « %1 ».</source>
        <translation>export inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Usage : kitetp export TYPE FICHIER [OPTIONS] -o SORTIE</source>
        <translation>Usage : kitetp export TYPE FICHIER [OPTIONS] -o SORTIE</translation>
    </message>
    <message>
        <source>Types :</source>
        <translation>Types :</translation>
    </message>
    <message>
        <source>Usage : kitetp [--lang fr|en] [FICHIER]</source>
        <translation>Usage : kitetp [--lang fr|en] [FICHIER]</translation>
    </message>
    <message>
        <source>        kitetp [--lang fr|en] COMMANDE [OPTIONS] (kitetp COMMANDE --help pour le détail)</source>
        <translation>        kitetp [--lang fr|en] COMMANDE [OPTIONS] (kitetp COMMANDE --help pour le détail)</translation>
    </message>
    <message>
        <source>Sans commande, ouvre la fenêtre de Kit ETP (et FICHIER s'il est donné).</source>
        <translation>Sans commande, ouvre la fenêtre de Kit ETP (et FICHIER s'il est donné).</translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options :</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Langue des messages.</source>
        <translation>Langue des messages.</translation>
    </message>
    <message>
        <source>Affiche la version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Affiche cette aide.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Code de sortie : 0 succès, 1 fichier ou données en cause, 2 erreur d'utilisation.</source>
        <translation>Code de sortie : 0 succès, 1 fichier ou données en cause, 2 erreur d'utilisation.</translation>
    </message>
    <message>
        <source>aucune commande (kitetp --help).</source>
        <translation>aucune commande (kitetp --help).</translation>
    </message>
    <message>
        <source>commande inconnue « %1 » (kitetp --help).</source>
        <translation>commande inconnue « %1 » (kitetp --help).</translation>
    </message>
    <message>
        <source>argument manquant.</source>
        <translation>argument manquant.</translation>
    </message>
    <message>
        <source>trop d'arguments.</source>
        <translation>trop d'arguments.</translation>
    </message>
    <message>
        <source>--%1 attend un nombre entier entre %2 et %3 (reçu « %4 »).</source>
        <translation>--%1 attend un nombre entier entre %2 et %3 (reçu « %4 »).</translation>
    </message>
    <message>
        <source>Crée un fichier de programme.</source>
        <translation>Crée un fichier de programme.</translation>
    </message>
    <message>
        <source>Le fichier .etp à créer.</source>
        <translation>Le fichier .etp à créer.</translation>
    </message>
    <message>
        <source>Modèle de départ : %1.</source>
        <translation>Modèle de départ : %1.</translation>
    </message>
    <message>
        <source>Titre du programme.</source>
        <translation>Titre du programme.</translation>
    </message>
    <message>
        <source>modèle inconnu « %1 » (modèles : %2).</source>
        <translation>modèle inconnu « %1 » (modèles : %2).</translation>
    </message>
    <message>
        <source>Programme créé : %1</source>
        <translation>Programme créé : %1</translation>
    </message>
    <message>
        <source>Crée un programme de démonstration (données fictives).</source>
        <translation>Crée un programme de démonstration (données fictives).</translation>
    </message>
    <message>
        <source>Nombre de patients (60 par défaut).</source>
        <translation>Nombre de patients (60 par défaut).</translation>
    </message>
    <message>
        <source>Années d'activité (2 par défaut).</source>
        <translation>Années d'activité (2 par défaut).</translation>
    </message>
    <message>
        <source>Graine du hasard : même graine, même fichier (1 par défaut).</source>
        <translation>Graine du hasard : même graine, même fichier (1 par défaut).</translation>
    </message>
    <message>
        <source>Programme de démonstration créé : %1</source>
        <translation>Programme de démonstration créé : %1</translation>
    </message>
    <message>
        <source>Vérifie un fichier de programme sans le modifier.</source>
        <translation>Vérifie un fichier de programme sans le modifier.</translation>
    </message>
    <message>
        <source>Le fichier .etp à vérifier.</source>
        <translation>Le fichier .etp à vérifier.</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Programme : %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>Format : %1 (à jour)</source>
        <translation>Format : %1 (à jour)</translation>
    </message>
    <message>
        <source>Format : %1 (sera mis à jour au format %2 à la prochaine ouverture en écriture)</source>
        <translation>Format : %1 (sera mis à jour au format %2 à la prochaine ouverture en écriture)</translation>
    </message>
    <message>
        <source>Créé par : Kit ETP %1, le %2</source>
        <translation>Créé par : Kit ETP %1, le %2</translation>
    </message>
    <message>
        <source>Contenu :</source>
        <translation>Contenu :</translation>
    </message>
    <message numerus="yes">
        <source>Intégrité : %n problème(s)</source>
        <translation>
            <numerusform>Intégrité : %n problème(s)</numerusform>
            <numerusform>Intégrité : %n problème(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Intégrité : correcte</source>
        <translation>Intégrité : correcte</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>MODELE</source>
        <translation>MODELE</translation>
    </message>
    <message>
        <source>TITRE</source>
        <translation>TITRE</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Le fichier « %1 » est introuvable. Vérifiez le chemin ou choisissez un autre fichier.</source>
        <translation>Le fichier « %1 » est introuvable. Vérifiez le chemin ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>« %1 » est un dossier, pas un fichier de programme. Choisissez un fichier .etp.</source>
        <translation>« %1 » est un dossier, pas un fichier de programme. Choisissez un fichier .etp.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu (droits d'accès ou erreur du disque). Vérifiez vos droits sur ce fichier.</source>
        <translation>Le fichier « %1 » ne peut pas être lu (droits d'accès ou erreur du disque). Vérifiez vos droits sur ce fichier.</translation>
    </message>
    <message>
        <source>Vous n'avez pas le droit de modifier « %1 » ou son dossier. Vous pouvez l'ouvrir en lecture seule.</source>
        <translation>Vous n'avez pas le droit de modifier « %1 » ou son dossier. Vous pouvez l'ouvrir en lecture seule.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est vide : ce n'est pas un programme Kit ETP. Ouvrez une copie de sauvegarde ou créez un nouveau programme.</source>
        <translation>Le fichier « %1 » est vide : ce n'est pas un programme Kit ETP. Ouvrez une copie de sauvegarde ou créez un nouveau programme.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n'est pas un fichier de programme Kit ETP. Choisissez un fichier .etp créé par Kit ETP.</source>
        <translation>Le fichier « %1 » n'est pas un fichier de programme Kit ETP. Choisissez un fichier .etp créé par Kit ETP.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est incomplet (tronqué, peut-être par une copie interrompue). Il n'a pas été modifié ; ouvrez une copie de sauvegarde.</source>
        <translation>Le fichier « %1 » est incomplet (tronqué, peut-être par une copie interrompue). Il n'a pas été modifié ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est endommagé. Il n'a pas été modifié ; ouvrez une copie de sauvegarde.</source>
        <translation>Le fichier « %1 » est endommagé. Il n'a pas été modifié ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est une base de données d'une autre application, pas un programme Kit ETP. Il n'a pas été modifié.</source>
        <translation>Le fichier « %1 » est une base de données d'une autre application, pas un programme Kit ETP. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.</source>
        <translation>Le fichier « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà. Choisissez un autre nom ; le fichier existant n'a pas été modifié.</source>
        <translation>Le fichier « %1 » existe déjà. Choisissez un autre nom ; le fichier existant n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Impossible de créer le fichier « %1 ». Vérifiez que le dossier existe et que vous pouvez y écrire.</source>
        <translation>Impossible de créer le fichier « %1 ». Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est déjà ouvert dans Kit ETP. Vous pouvez l'ouvrir en lecture seule.</source>
        <translation>Le fichier « %1 » est déjà ouvert dans Kit ETP. Vous pouvez l'ouvrir en lecture seule.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est ouvert en lecture seule : la modification n'a pas été enregistrée.</source>
        <translation>Le fichier « %1 » est ouvert en lecture seule : la modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>La mise à jour du fichier « %1 » vers cette version de Kit ETP a échoué. Le fichier n'a pas été modifié.</source>
        <translation>La mise à jour du fichier « %1 » vers cette version de Kit ETP a échoué. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>L'enregistrement dans « %1 » a échoué (disque plein ou fichier protégé). La dernière modification n'a pas été enregistrée.</source>
        <translation>L'enregistrement dans « %1 » a échoué (disque plein ou fichier protégé). La dernière modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Valeur refusée.</source>
        <translation>Valeur refusée.</translation>
    </message>
    <message>
        <source>(Format %1 ; cette version de Kit ETP lit jusqu'au format %2.)</source>
        <translation>(Format %1 ; cette version de Kit ETP lit jusqu'au format %2.)</translation>
    </message>
    <message>
        <source>Ouvert par %1.</source>
        <translation>Ouvert par %1.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde n'a pas pu être écrite.</source>
        <translation>La copie de sauvegarde n'a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Kit ETP a été interrompu pendant un enregistrement dans « %1 ». Ouvrez ce fichier une fois dans Kit ETP, en écriture : la modification inachevée sera annulée et tout ce qui était enregistré sera retrouvé.</source>
        <translation>Kit ETP a été interrompu pendant un enregistrement dans « %1 ». Ouvrez ce fichier une fois dans Kit ETP, en écriture : la modification inachevée sera annulée et tout ce qui était enregistré sera retrouvé.</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 sur %2 depuis le %3</source>
        <translation>%1 sur %2 depuis le %3</translation>
    </message>
</context>
<context>
    <name>GuideStore</name>
    <message>
        <source>Le code « %1 » est déjà utilisé.</source>
        <translation>Le code « %1 » est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parties du programme</source>
        <translation>Parties du programme</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Ouvrir &amp;récent</source>
        <translation>Ouvrir &amp;récent</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Préférences</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Nouveau programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>À &amp;propos de Kit ETP</source>
        <translation>À &amp;propos de Kit ETP</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>Nouveau programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Le fichier sera lisible par vous seul : il contiendra des données de santé.</source>
        <translation>Le fichier sera lisible par vous seul : il contiendra des données de santé.</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Aperçu avant impression — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <source>L'impression de « %1 » a échoué.</source>
        <translation>L'impression de « %1 » a échoué.</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PatientStore</name>
    <message>
        <source>Le code patient « %1 » est déjà utilisé.</source>
        <translation>Le code patient « %1 » est déjà utilisé.</translation>
    </message>
</context>
<context>
    <name>ProgrammeFields</name>
    <message>
        <source>Titre du programme</source>
        <translation>Titre du programme</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>N° FINESS ou SIREN</source>
        <translation>N° FINESS ou SIREN</translation>
    </message>
    <message>
        <source>Statut juridique</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Lieux de mise en œuvre</source>
        <translation>Lieux de mise en œuvre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Champ inconnu : %1.</source>
        <translation>Champ inconnu : %1.</translation>
    </message>
    <message>
        <source>« %1 » est trop long (%2 caractères au plus).</source>
        <translation>« %1 » est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>Le programme doit avoir un titre.</source>
        <translation>Le programme doit avoir un titre.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une date plausible (attendu : entre %2 et %3).</source>
        <translation>« %1 » n'est pas une date plausible (attendu : entre %2 et %3).</translation>
    </message>
    <message>
        <source>« %1 » doit être un nombre entier positif.</source>
        <translation>« %1 » doit être un nombre entier positif.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une adresse de courriel valide.</source>
        <translation>« %1 » n'est pas une adresse de courriel valide.</translation>
    </message>
    <message>
        <source>« %1 » attend oui ou non.</source>
        <translation>« %1 » attend oui ou non.</translation>
    </message>
    <message>
        <source>« %1 » tient sur une ligne.</source>
        <translation>« %1 » tient sur une ligne.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Problème de &amp;santé :</source>
        <translation>Problème de &amp;santé :</translation>
    </message>
    <message>
        <source>Date de &amp;début :</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>&amp;Présentation :</source>
        <translation>&amp;Présentation :</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N° &amp;FINESS ou SIREN :</source>
        <translation>N° &amp;FINESS ou SIREN :</translation>
    </message>
    <message>
        <source>Statut &amp;juridique :</source>
        <translation>Statut &amp;juridique :</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Lieux de mise en œuvre :</source>
        <translation>&amp;Lieux de mise en œuvre :</translation>
    </message>
    <message>
        <source>Contact du programme</source>
        <translation>Contact du programme</translation>
    </message>
    <message>
        <source>N&amp;om :</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Papier à en-tête</source>
        <translation>Papier à en-tête</translation>
    </message>
    <message>
        <source>Le logo de l'équipe, imprimé en tête des guides, lettres et dossiers (PNG ou JPEG, 2 Mo au plus).</source>
        <translation>Le logo de l'équipe, imprimé en tête des guides, lettres et dossiers (PNG ou JPEG, 2 Mo au plus).</translation>
    </message>
    <message>
        <source>Choisir un &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Retirer le logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Programme vide</source>
        <translation>Programme vide</translation>
    </message>
    <message>
        <source>Nouveau programme d'ETP</source>
        <translation>Nouveau programme d'ETP</translation>
    </message>
    <message>
        <source>Modèle inconnu « %1 » (modèles : %2).</source>
        <translation>Modèle inconnu « %1 » (modèles : %2).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Kit ETP</source>
        <translation>Kit ETP</translation>
    </message>
    <message>
        <source>Vos programmes d'éducation thérapeutique : ateliers, déclaration à l'ARS, suivi des patients, évaluation.</source>
        <translation>Vos programmes d'éducation thérapeutique : ateliers, déclaration à l'ARS, suivi des patients, évaluation.</translation>
    </message>
    <message>
        <source>&amp;Nouveau programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir un programme…</source>
        <translation>&amp;Ouvrir un programme…</translation>
    </message>
    <message>
        <source>Essayer avec un programme de &amp;démonstration</source>
        <translation>Essayer avec un programme de &amp;démonstration</translation>
    </message>
    <message>
        <source>Programmes récents :</source>
        <translation>Programmes récents :</translation>
    </message>
</context>
<context>
    <name>kitetp::FieldBinder</name>
    <message>
        <source>non renseignée</source>
        <translation>non renseignée</translation>
    </message>
</context>
<context>
    <name>kitetp::MainWindow</name>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>À propos de Kit ETP</source>
        <translation>À propos de Kit ETP</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d'éducation thérapeutique du patient : ateliers, déclaration à l'ARS, suivi des patients, évaluation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d'éducation thérapeutique du patient : ateliers, déclaration à l'ARS, suivi des patients, évaluation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Les conducteurs d'atelier et leurs séances : le modèle ONCOPLET, un éditeur, les guides d'animation, les fiches patients et les feuilles d'émargement.</source>
        <translation>Les conducteurs d'atelier et leurs séances : le modèle ONCOPLET, un éditeur, les guides d'animation, les fiches patients et les feuilles d'émargement.</translation>
    </message>
    <message>
        <source>Déclaration ARS</source>
        <translation>Déclaration ARS</translation>
    </message>
    <message>
        <source>Le logigramme de déclaration, un assistant pour chaque étape, la vérification de complétude et le dossier de déclaration en PDF.</source>
        <translation>Le logigramme de déclaration, un assistant pour chaque étape, la vérification de complétude et le dossier de déclaration en PDF.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Le parcours de chaque patient : consentement, bilan éducatif partagé, programme personnalisé, séances, évaluation finale, synthèse au médecin traitant.</source>
        <translation>Le parcours de chaque patient : consentement, bilan éducatif partagé, programme personnalisé, séances, évaluation finale, synthèse au médecin traitant.</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Le calendrier des séances de groupe, les inscriptions et les présences.</source>
        <translation>Le calendrier des séances de groupe, les inscriptions et les présences.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Les indicateurs, les graphiques, l'auto-évaluation annuelle et l'évaluation quadriennale.</source>
        <translation>Les indicateurs, les graphiques, l'auto-évaluation annuelle et l'évaluation quadriennale.</translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>(lecture seule)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Programme déjà ouvert</source>
        <translation>Programme déjà ouvert</translation>
    </message>
    <message>
        <source>Ouvrir en &amp;lecture seule</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Fichier mis à jour vers la nouvelle version ; l'ancien est conservé : %1</source>
        <translation>Fichier mis à jour vers la nouvelle version ; l'ancien est conservé : %1</translation>
    </message>
    <message>
        <source>Création impossible</source>
        <translation>Création impossible</translation>
    </message>
    <message>
        <source>Ouvrir un programme</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp);;Tous les fichiers (*)</source>
        <translation>Programmes Kit ETP (*.etp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enregistrer une copie sous</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp)</source>
        <translation>Programmes Kit ETP (*.etp)</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>Copie impossible</translation>
    </message>
    <message>
        <source>Copie enregistrée : %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>La nouvelle langue sera utilisée au prochain démarrage de Kit ETP.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Kit ETP.</translation>
    </message>
</context>
<context>
    <name>kitetp::NewProgrammeDialog</name>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Nouveau programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp)</source>
        <translation>Programmes Kit ETP (*.etp)</translation>
    </message>
    <message>
        <source>Choisissez où enregistrer le fichier.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà : choisissez un autre nom.</source>
        <translation>Le fichier « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Le dossier « %1 » n'existe pas.</source>
        <translation>Le dossier « %1 » n'existe pas.</translation>
    </message>
</context>
<context>
    <name>kitetp::PlaceholderPage</name>
    <message>
        <source>Cette partie n'est pas encore disponible dans cette version de Kit ETP.</source>
        <translation>Cette partie n'est pas encore disponible dans cette version de Kit ETP.</translation>
    </message>
</context>
<context>
    <name>kitetp::ProgrammePage</name>
    <message>
        <source>Fichier : %1 — créé le %2 avec Kit ETP %3.</source>
        <translation>Fichier : %1 — créé le %2 avec Kit ETP %3.</translation>
    </message>
    <message>
        <source>Ouvert en lecture seule.</source>
        <translation>Ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Retirer le logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Pas de logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>L'image est trop grande (2 Mo au plus).</source>
        <translation>L'image est trop grande (2 Mo au plus).</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu.</source>
        <translation>Le fichier « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une image PNG ou JPEG.</source>
        <translation>« %1 » n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>L'image « %1 » est illisible.</source>
        <translation>L'image « %1 » est illisible.</translation>
    </message>
    <message>
        <source>Changer le logo</source>
        <translation>Changer le logo</translation>
    </message>
    <message>
        <source>Choisir un logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo refusé</source>
        <translation>Logo refusé</translation>
    </message>
</context>
</TS>
