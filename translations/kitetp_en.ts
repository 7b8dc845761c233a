<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AssetStore</name>
    <message>
        <source>L&apos;image est trop grande (2 Mo au plus).</source>
        <translation>The image is too large (2 MB maximum).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Crée un fichier de programme (vide ou depuis un modèle).</source>
        <translation>Create a programme file (empty or from a template).</translation>
    </message>
    <message>
        <source>Crée un programme de démonstration rempli de données fictives.</source>
        <translation>Create a demo programme filled with fictitious data.</translation>
    </message>
    <message>
        <source>Vérifie un fichier de programme (intégrité, format) sans le modifier.</source>
        <translation>Check a programme file (integrity, format) without modifying it.</translation>
    </message>
    <message>
        <source>Exporte un document (PDF) ou des données (kitetp export --help).</source>
        <translation>Export a document (PDF) or data (kitetp export --help).</translation>
    </message>
    <message>
        <source>que faut-il exporter ?</source>
        <translation>what should be exported?</translation>
    </message>
    <message>
        <source>export inconnu « %1 ».</source>
        <translation>unknown export “%1”.</translation>
    </message>
    <message>
        <source>Usage : kitetp export TYPE FICHIER [OPTIONS] -o SORTIE</source>
        <translation>Usage: kitetp export TYPE FILE [OPTIONS] -o OUTPUT</translation>
    </message>
    <message>
        <source>Types :</source>
        <translation>Types:</translation>
    </message>
    <message>
        <source>Usage : kitetp [--lang fr|en] [FICHIER]</source>
        <translation>Usage: kitetp [--lang fr|en] [FILE]</translation>
    </message>
    <message>
        <source>        kitetp [--lang fr|en] COMMANDE [OPTIONS] (kitetp COMMANDE --help pour le détail)</source>
        <translation>       kitetp [--lang fr|en] COMMAND [OPTIONS] (kitetp COMMAND --help for details)</translation>
    </message>
    <message>
        <source>Sans commande, ouvre la fenêtre de Kit ETP (et FICHIER s&apos;il est donné).</source>
        <translation>With no command, opens the Kit ETP window (and FILE, if given).</translation>
    </message>
    <message>
        <source>Commandes :</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options :</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Langue des messages.</source>
        <translation>Language of the messages.</translation>
    </message>
    <message>
        <source>Affiche la version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Affiche cette aide.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Code de sortie : 0 succès, 1 fichier ou données en cause, 2 erreur d&apos;utilisation.</source>
        <translation>Exit status: 0 success, 1 problem with the file or data, 2 usage error.</translation>
    </message>
    <message>
        <source>aucune commande (kitetp --help).</source>
        <translation>no command given (kitetp --help).</translation>
    </message>
    <message>
        <source>commande inconnue « %1 » (kitetp --help).</source>
        <translation>unknown command “%1” (kitetp --help).</translation>
    </message>
    <message>
        <source>argument manquant.</source>
        <translation>missing argument.</translation>
    </message>
    <message>
        <source>trop d&apos;arguments.</source>
        <translation>too many arguments.</translation>
    </message>
    <message>
        <source>--%1 attend un nombre entier entre %2 et %3 (reçu « %4 »).</source>
        <translation>--%1 expects a whole number between %2 and %3 (got “%4”).</translation>
    </message>
    <message>
        <source>Crée un fichier de programme.</source>
        <translation>Create a programme file.</translation>
    </message>
    <message>
        <source>Le fichier .etp à créer.</source>
        <translation>The .etp file to create.</translation>
    </message>
    <message>
        <source>Modèle de départ : %1.</source>
        <translation>Starting template: %1.</translation>
    </message>
    <message>
        <source>Titre du programme.</source>
        <translation>Programme title.</translation>
    </message>
    <message>
        <source>modèle inconnu « %1 » (modèles : %2).</source>
        <translation>unknown template “%1” (templates: %2).</translation>
    </message>
    <message>
        <source>Programme créé : %1</source>
        <translation>Programme created: %1</translation>
    </message>
    <message>
        <source>Crée un programme de démonstration (données fictives).</source>
        <translation>Create a demo programme (fictitious data).</translation>
    </message>
    <message>
        <source>Nombre de patients (60 par défaut).</source>
        <translation>Number of patients (default 60).</translation>
    </message>
    <message>
        <source>Années d&apos;activité (2 par défaut).</source>
        <translation>Years of activity (default 2).</translation>
    </message>
    <message>
        <source>Graine du hasard : même graine, même fichier (1 par défaut).</source>
        <translation>Random seed: same seed, same file (default 1).</translation>
    </message>
    <message>
        <source>Programme de démonstration créé : %1</source>
        <translation>Demo programme created: %1</translation>
    </message>
    <message>
        <source>Vérifie un fichier de programme sans le modifier.</source>
        <translation>Check a programme file without modifying it.</translation>
    </message>
    <message>
        <source>Le fichier .etp à vérifier.</source>
        <translation>The .etp file to check.</translation>
    </message>
    <message>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Programme : %1</source>
        <translation>Programme: %1</translation>
    </message>
    <message>
        <source>Format : %1 (à jour)</source>
        <translation>Format: %1 (up to date)</translation>
    </message>
    <message>
        <source>Format : %1 (sera mis à jour au format %2 à la prochaine ouverture en écriture)</source>
        <translation>Format: %1 (will be upgraded to format %2 the next time it is opened for writing)</translation>
    </message>
    <message>
        <source>Créé par : Kit ETP %1, le %2</source>
        <translation>Created by: Kit ETP %1, on %2</translation>
    </message>
    <message>
        <source>Contenu :</source>
        <translation>Contents:</translation>
    </message>
    <message numerus="yes">
        <source>Intégrité : %n problème(s)</source>
        <translation>
            <numerusform>Integrity: %n problem</numerusform>
            <numerusform>Integrity: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Intégrité : correcte</source>
        <translation>Integrity: OK</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODELE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITRE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>Le fichier « %1 » est introuvable. Vérifiez le chemin ou choisissez un autre fichier.</source>
        <translation>The file “%1” cannot be found. Check the path or choose another file.</translation>
    </message>
    <message>
        <source>« %1 » est un dossier, pas un fichier de programme. Choisissez un fichier .etp.</source>
        <translation>“%1” is a folder, not a programme file. Choose a .etp file.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu (droits d&apos;accès ou erreur du disque). Vérifiez vos droits sur ce fichier.</source>
        <translation>The file “%1” cannot be read (access permissions or disk error). Check your permissions on this file.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas le droit de modifier « %1 » ou son dossier. Vous pouvez l&apos;ouvrir en lecture seule.</source>
        <translation>You do not have permission to modify “%1” or its folder. You can open it read-only.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est vide : ce n&apos;est pas un programme Kit ETP. Ouvrez une copie de sauvegarde ou créez un nouveau programme.</source>
        <translation>The file “%1” is empty: it is not a Kit ETP programme. Open a backup copy or create a new programme.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas un fichier de programme Kit ETP. Choisissez un fichier .etp créé par Kit ETP.</source>
        <translation>The file “%1” is not a Kit ETP programme file. Choose a .etp file created by Kit ETP.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est incomplet (tronqué, peut-être par une copie interrompue). Il n&apos;a pas été modifié ; ouvrez une copie de sauvegarde.</source>
        <translation>The file “%1” is incomplete (truncated, perhaps by an interrupted copy). It has not been modified; open a backup copy.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est endommagé. Il n&apos;a pas été modifié ; ouvrez une copie de sauvegarde.</source>
        <translation>The file “%1” is damaged. It has not been modified; open a backup copy.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est une base de données d&apos;une autre application, pas un programme Kit ETP. Il n&apos;a pas été modifié.</source>
        <translation>The file “%1” is a database from another application, not a Kit ETP programme. It has not been modified.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation>The file “%1” was created by a newer version of Kit ETP. Update Kit ETP to open it; the file has not been modified.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà. Choisissez un autre nom ; le fichier existant n&apos;a pas été modifié.</source>
        <translation>The file “%1” already exists. Choose another name; the existing file has not been modified.</translation>
    </message>
    <message>
        <source>Impossible de créer le fichier « %1 ». Vérifiez que le dossier existe et que vous pouvez y écrire.</source>
        <translation>The file “%1” cannot be created. Check that the folder exists and that you can write to it.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est déjà ouvert dans Kit ETP. Vous pouvez l&apos;ouvrir en lecture seule.</source>
        <translation>The file “%1” is already open in Kit ETP. You can open it read-only.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est ouvert en lecture seule : la modification n&apos;a pas été enregistrée.</source>
        <translation>The file “%1” is open read-only: the change has not been saved.</translation>
    </message>
    <message>
        <source>La mise à jour du fichier « %1 » vers cette version de Kit ETP a échoué. Le fichier n&apos;a pas été modifié.</source>
        <translation>Upgrading the file “%1” to this version of Kit ETP failed. The file has not been modified.</translation>
    </message>
    <message>
        <source>L&apos;enregistrement dans « %1 » a échoué (disque plein ou fichier protégé). La dernière modification n&apos;a pas été enregistrée.</source>
        <translation>Saving to “%1” failed (disk full or file protected). The last change has not been saved.</translation>
    </message>
    <message>
        <source>Valeur refusée.</source>
        <translation>Value rejected.</translation>
    </message>
    <message>
        <source>(Format %1 ; cette version de Kit ETP lit jusqu&apos;au format %2.)</source>
        <translation>(Format %1; this version of Kit ETP reads up to format %2.)</translation>
    </message>
    <message>
        <source>Ouvert par %1.</source>
        <translation>Opened by %1.</translation>
    </message>
    <message>
        <source>La copie de sauvegarde n&apos;a pas pu être écrite.</source>
        <translation>The backup copy could not be written.</translation>
    </message>
    <message>
        <source>Kit ETP a été interrompu pendant un enregistrement dans « %1 ». Ouvrez ce fichier une fois dans Kit ETP, en écriture : la modification inachevée sera annulée et tout ce qui était enregistré sera retrouvé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 sur %2 depuis le %3</source>
        <translation>%1 on %2 since %3</translation>
    </message>
</context>
<context>
    <name>GuideStore</name>
    <message>
        <source>Le code « %1 » est déjà utilisé.</source>
        <translation>The code “%1” is already in use.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parties du programme</source>
        <translation>Programme sections</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Ouvrir &amp;récent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Préférences</source>
        <translation>&amp;Preferences</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Nouveau programme…</source>
        <translation>&amp;New programme…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Save a cop&amp;y as…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>À &amp;propos de Kit ETP</source>
        <translation>&amp;About Kit ETP</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <source>Nouveau programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation>T&amp;emplate:</translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Le fichier sera lisible par vous seul : il contiendra des données de santé.</source>
        <translation>Only you will be able to read the file: it will contain health data.</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Aperçu avant impression — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>L&apos;impression de « %1 » a échoué.</source>
        <translation>Printing “%1” failed.</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PatientStore</name>
    <message>
        <source>Le code patient « %1 » est déjà utilisé.</source>
        <translation>The patient code “%1” is already in use.</translation>
    </message>
</context>
<context>
    <name>ProgrammeFields</name>
    <message>
        <source>Titre du programme</source>
        <translation>Programme title</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Health condition</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>N° FINESS ou SIREN</source>
        <translation>FINESS or SIREN number</translation>
    </message>
    <message>
        <source>Statut juridique</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Lieux de mise en œuvre</source>
        <translation>Delivery sites</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Champ inconnu : %1.</source>
        <translation>Unknown field: %1.</translation>
    </message>
    <message>
        <source>« %1 » est trop long (%2 caractères au plus).</source>
        <translation>“%1” is too long (%2 characters maximum).</translation>
    </message>
    <message>
        <source>Le programme doit avoir un titre.</source>
        <translation>The programme must have a title.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date plausible (attendu : entre %2 et %3).</source>
        <translation>“%1” is not a plausible date (expected: between %2 and %3).</translation>
    </message>
    <message>
        <source>« %1 » doit être un nombre entier positif.</source>
        <translation>“%1” must be a positive whole number.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse de courriel valide.</source>
        <translation>“%1” is not a valid email address.</translation>
    </message>
    <message>
        <source>« %1 » attend oui ou non.</source>
        <translation>“%1” expects yes or no.</translation>
    </message>
    <message>
        <source>« %1 » tient sur une ligne.</source>
        <translation>“%1” must fit on one line.</translation>
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
        <translation>The programme</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Problème de &amp;santé :</source>
        <translation>&amp;Health condition:</translation>
    </message>
    <message>
        <source>Date de &amp;début :</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>&amp;Présentation :</source>
        <translation>O&amp;verview:</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N° &amp;FINESS ou SIREN :</source>
        <translation>&amp;FINESS or SIREN number:</translation>
    </message>
    <message>
        <source>Statut &amp;juridique :</source>
        <translation>Le&amp;gal status:</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Lieux de mise en œuvre :</source>
        <translation>&amp;Delivery sites:</translation>
    </message>
    <message>
        <source>Contact du programme</source>
        <translation>Programme contact</translation>
    </message>
    <message>
        <source>N&amp;om :</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Fonction :</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>Tele&amp;phone:</translation>
    </message>
    <message>
        <source>&amp;Courriel :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Papier à en-tête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le logo de l&apos;équipe, imprimé en tête des guides, lettres et dossiers (PNG ou JPEG, 2 Mo au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir un &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer le logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Programme vide</source>
        <translation>Empty programme</translation>
    </message>
    <message>
        <source>Nouveau programme d&apos;ETP</source>
        <translation>New ETP programme</translation>
    </message>
    <message>
        <source>Modèle inconnu « %1 » (modèles : %2).</source>
        <translation>Unknown template “%1” (templates: %2).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Kit ETP</source>
        <translation>Kit ETP</translation>
    </message>
    <message>
        <source>Vos programmes d&apos;éducation thérapeutique : ateliers, déclaration à l&apos;ARS, suivi des patients, évaluation.</source>
        <translation>Your therapeutic patient education (ETP) programmes: workshops, ARS declaration, patient follow-up, evaluation.</translation>
    </message>
    <message>
        <source>&amp;Nouveau programme…</source>
        <translation>&amp;New programme…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir un programme…</source>
        <translation>&amp;Open a programme…</translation>
    </message>
    <message>
        <source>Essayer avec un programme de &amp;démonstration</source>
        <translation>Try a &amp;demo programme</translation>
    </message>
    <message>
        <source>Programmes récents :</source>
        <translation>Recent programmes:</translation>
    </message>
</context>
<context>
    <name>kitetp::FieldBinder</name>
    <message>
        <source>non renseignée</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>kitetp::MainWindow</name>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>À propos de Kit ETP</source>
        <translation>About Kit ETP</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d&apos;éducation thérapeutique du patient : ateliers, déclaration à l&apos;ARS, suivi des patients, évaluation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Therapeutic patient education (ETP) programmes: workshops, ARS declaration, patient follow-up, evaluation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Les conducteurs d&apos;atelier et leurs séances : le modèle ONCOPLET, un éditeur, les guides d&apos;animation, les fiches patients et les feuilles d&apos;émargement.</source>
        <translation>Leader&apos;s guides and their sessions: the ONCOPLET template, an editor, facilitation guides, patient handouts and sign-in sheets.</translation>
    </message>
    <message>
        <source>Déclaration ARS</source>
        <translation>ARS declaration</translation>
    </message>
    <message>
        <source>Le logigramme de déclaration, un assistant pour chaque étape, la vérification de complétude et le dossier de déclaration en PDF.</source>
        <translation>The declaration flowchart, a wizard for each step, the completeness check and the declaration dossier as a PDF.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Le parcours de chaque patient : consentement, bilan éducatif partagé, programme personnalisé, séances, évaluation finale, synthèse au médecin traitant.</source>
        <translation>Each patient&apos;s pathway: consent, shared educational assessment, personalised programme, sessions, final evaluation, summary for the GP.</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Le calendrier des séances de groupe, les inscriptions et les présences.</source>
        <translation>The calendar of group sessions, enrolments and attendance.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Les indicateurs, les graphiques, l&apos;auto-évaluation annuelle et l&apos;évaluation quadriennale.</source>
        <translation>Indicators, charts, the annual self-evaluation and the four-year evaluation.</translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>(lecture seule)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Programme déjà ouvert</source>
        <translation>Programme already open</translation>
    </message>
    <message>
        <source>Ouvrir en &amp;lecture seule</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Fichier mis à jour vers la nouvelle version ; l&apos;ancien est conservé : %1</source>
        <translation>File upgraded to the new version; the old one has been kept: %1</translation>
    </message>
    <message>
        <source>Création impossible</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>Ouvrir un programme</source>
        <translation>Open a programme</translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp);;Tous les fichiers (*)</source>
        <translation>Kit ETP programmes (*.etp);;All files (*)</translation>
    </message>
    <message>
        <source>Enregistrer une copie sous</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp)</source>
        <translation>Kit ETP programmes (*.etp)</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <source>Copie enregistrée : %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>La nouvelle langue sera utilisée au prochain démarrage de Kit ETP.</source>
        <translation>The new language will be used the next time Kit ETP starts.</translation>
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
        <translation>New programme</translation>
    </message>
    <message>
        <source>Programmes Kit ETP (*.etp)</source>
        <translation>Kit ETP programmes (*.etp)</translation>
    </message>
    <message>
        <source>Choisissez où enregistrer le fichier.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » existe déjà : choisissez un autre nom.</source>
        <translation>The file “%1” already exists: choose another name.</translation>
    </message>
    <message>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
</context>
<context>
    <name>kitetp::PlaceholderPage</name>
    <message>
        <source>Cette partie n&apos;est pas encore disponible dans cette version de Kit ETP.</source>
        <translation>This section is not yet available in this version of Kit ETP.</translation>
    </message>
</context>
<context>
    <name>kitetp::ProgrammePage</name>
    <message>
        <source>Fichier : %1 — créé le %2 avec Kit ETP %3.</source>
        <translation>File: %1 — created on %2 with Kit ETP %3.</translation>
    </message>
    <message>
        <source>Ouvert en lecture seule.</source>
        <translation>Opened read-only.</translation>
    </message>
    <message>
        <source>Retirer le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;image est trop grande (2 Mo au plus).</source>
        <translation type="unfinished">The image is too large (2 MB maximum).</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une image PNG ou JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;image « %1 » est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir un logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo refusé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
