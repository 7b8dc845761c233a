<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AssetStore</name>
    <message>
        <source>L&apos;image est trop grande (2 Mo au plus).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Crée un fichier de programme (vide ou depuis un modèle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée un programme de démonstration rempli de données fictives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifie un fichier de programme (intégrité, format) sans le modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte un document (PDF) ou des données (kitetp export --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>que faut-il exporter ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export inconnu « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : kitetp export TYPE FICHIER [OPTIONS] -o SORTIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : kitetp [--lang fr|en] [FICHIER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        kitetp [--lang fr|en] COMMANDE [OPTIONS] (kitetp COMMANDE --help pour le détail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans commande, ouvre la fenêtre de Kit ETP (et FICHIER s&apos;il est donné).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche la version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche cette aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de sortie : 0 succès, 1 fichier ou données en cause, 2 erreur d&apos;utilisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune commande (kitetp --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commande inconnue « %1 » (kitetp --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument manquant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trop d&apos;arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 attend un nombre entier entre %2 et %3 (reçu « %4 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée un fichier de programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier .etp à créer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle de départ : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre du programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modèle inconnu « %1 » (modèles : %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme créé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée un programme de démonstration (données fictives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de patients (60 par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Années d&apos;activité (2 par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graine du hasard : même graine, même fichier (1 par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme de démonstration créé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifie un fichier de programme sans le modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier .etp à vérifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format : %1 (à jour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format : %1 (sera mis à jour au format %2 à la prochaine ouverture en écriture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créé par : Kit ETP %1, le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intégrité : %n problème(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Intégrité : correcte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Le fichier « %1 » est introuvable. Vérifiez le chemin ou choisissez un autre fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est un dossier, pas un fichier de programme. Choisissez un fichier .etp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu (droits d&apos;accès ou erreur du disque). Vérifiez vos droits sur ce fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas le droit de modifier « %1 » ou son dossier. Vous pouvez l&apos;ouvrir en lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est vide : ce n&apos;est pas un programme Kit ETP. Ouvrez une copie de sauvegarde ou créez un nouveau programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas un fichier de programme Kit ETP. Choisissez un fichier .etp créé par Kit ETP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est incomplet (tronqué, peut-être par une copie interrompue). Il n&apos;a pas été modifié ; ouvrez une copie de sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est endommagé. Il n&apos;a pas été modifié ; ouvrez une copie de sauvegarde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est une base de données d&apos;une autre application, pas un programme Kit ETP. Il n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà. Choisissez un autre nom ; le fichier existant n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de créer le fichier « %1 ». Vérifiez que le dossier existe et que vous pouvez y écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est déjà ouvert dans Kit ETP. Vous pouvez l&apos;ouvrir en lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » est ouvert en lecture seule : la modification n&apos;a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La mise à jour du fichier « %1 » vers cette version de Kit ETP a échoué. Le fichier n&apos;a pas été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;enregistrement dans « %1 » a échoué (disque plein ou fichier protégé). La dernière modification n&apos;a pas été enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Format %1 ; cette version de Kit ETP lit jusqu&apos;au format %2.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvert par %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie de sauvegarde n&apos;a pas pu être écrite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 sur %2 depuis le %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideStore</name>
    <message>
        <source>Le code « %1 » est déjà utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parties du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir &amp;récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos de Kit ETP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>Nouveau programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier sera lisible par vous seul : il contiendra des données de santé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Aperçu avant impression — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression de « %1 » a échoué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientStore</name>
    <message>
        <source>Le code patient « %1 » est déjà utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeFields</name>
    <message>
        <source>Titre du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° FINESS ou SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux de mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ inconnu : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est trop long (%2 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme doit avoir un titre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date plausible (attendu : entre %2 et %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » doit être un nombre entier positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse de courriel valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » attend oui ou non.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » tient sur une ligne.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème de &amp;santé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de &amp;début :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Présentation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° &amp;FINESS ou SIREN :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut &amp;juridique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieux de mise en œuvre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;om :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Modifier « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Programme vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau programme d&apos;ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle inconnu « %1 » (modèles : %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Kit ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos programmes d&apos;éducation thérapeutique : ateliers, déclaration à l&apos;ARS, suivi des patients, évaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir un programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essayer avec un programme de &amp;démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes récents :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::FieldBinder</name>
    <message>
        <source>non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::MainWindow</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos de Kit ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d&apos;éducation thérapeutique du patient : ateliers, déclaration à l&apos;ARS, suivi des patients, évaluation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les conducteurs d&apos;atelier et leurs séances : le modèle ONCOPLET, un éditeur, les guides d&apos;animation, les fiches patients et les feuilles d&apos;émargement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclaration ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le logigramme de déclaration, un assistant pour chaque étape, la vérification de complétude et le dossier de déclaration en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le parcours de chaque patient : consentement, bilan éducatif partagé, programme personnalisé, séances, évaluation finale, synthèse au médecin traitant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le calendrier des séances de groupe, les inscriptions et les présences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les indicateurs, les graphiques, l&apos;auto-évaluation annuelle et l&apos;évaluation quadriennale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lecture seule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme déjà ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir en &amp;lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier mis à jour vers la nouvelle version ; l&apos;ancien est conservé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir un programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer une copie sous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nouvelle langue sera utilisée au prochain démarrage de Kit ETP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::NewProgrammeDialog</name>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez où enregistrer le fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà : choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PlaceholderPage</name>
    <message>
        <source>Cette partie n&apos;est pas encore disponible dans cette version de Kit ETP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::ProgrammePage</name>
    <message>
        <source>Fichier : %1 — créé le %2 avec Kit ETP %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvert en lecture seule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
