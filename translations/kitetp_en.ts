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
    <name>Attachment</name>
    <message>
        <source>Attestation de formation à l&apos;ETP</source>
        <translation>ETP training certificate</translation>
    </message>
    <message>
        <source>Charte d&apos;engagement signée</source>
        <translation>Signed commitment charter</translation>
    </message>
    <message>
        <source>Grille du bilan éducatif partagé</source>
        <translation>Shared educational assessment (BEP) form</translation>
    </message>
    <message>
        <source>Document d&apos;information du patient</source>
        <translation>Patient information document</translation>
    </message>
    <message>
        <source>Formulaire de consentement</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>Modèle de courrier au médecin traitant</source>
        <translation>GP letter template</translation>
    </message>
    <message>
        <source>Autre pièce</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Une pièce « %1 » appartient à un membre de l&apos;équipe : indiquez lequel.</source>
        <translation>A “%1” document belongs to a team member: specify which one.</translation>
    </message>
    <message>
        <source>Seules les attestations de formation et les chartes signées appartiennent à un membre de l&apos;équipe.</source>
        <translation>Only training certificates and signed charters belong to a team member.</translation>
    </message>
    <message>
        <source>Le titre de la pièce est trop long (%1 caractères au plus).</source>
        <translation>The document title is too long (%1 characters maximum).</translation>
    </message>
    <message>
        <source>Le titre de la pièce tient sur une ligne.</source>
        <translation>The document title must fit on one line.</translation>
    </message>
    <message>
        <source>Seuls les fichiers PDF, PNG ou JPEG peuvent être joints.</source>
        <translation>Only PDF, PNG or JPEG files can be attached.</translation>
    </message>
    <message>
        <source>Le fichier pèse %1 Mo : %2 Mo au plus par pièce.</source>
        <translation>The file is %1 MB: %2 MB maximum per document.</translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est ni un PDF, ni une image PNG ou JPEG : seuls ces formats peuvent être joints.</source>
        <translation>This file is neither a PDF nor a PNG or JPEG image: only these formats can be attached.</translation>
    </message>
    <message>
        <source>Ce PDF est illisible ou endommagé ; enregistrez-le de nouveau (par exemple « Imprimer en PDF ») puis joignez-le.</source>
        <translation>This PDF is unreadable or damaged; save it again (for example with “Print to PDF”) and then attach it.</translation>
    </message>
    <message>
        <source>Ce PDF n&apos;a aucune page.</source>
        <translation>This PDF has no pages.</translation>
    </message>
    <message>
        <source>Cette image est illisible ou endommagée (%1).</source>
        <translation>This image is unreadable or damaged (%1).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un fichier ordinaire.</source>
        <translation>“%1” is not a regular file.</translation>
    </message>
    <message>
        <source>Cette image est illisible ou endommagée.</source>
        <translation>This image is unreadable or damaged.</translation>
    </message>
    <message>
        <source>La page de l&apos;image n&apos;a pas pu être dessinée.</source>
        <translation>The image page could not be drawn.</translation>
    </message>
    <message>
        <source>La pièce est vide.</source>
        <translation>The document is empty.</translation>
    </message>
    <message>
        <source>Ce membre de l&apos;équipe n&apos;existe pas.</source>
        <translation>This team member does not exist.</translation>
    </message>
    <message>
        <source>Cette pièce n&apos;existe plus.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>Aucune pièce n&apos;a le numéro %1.</source>
        <translation>No document has the number %1.</translation>
    </message>
</context>
<context>
    <name>CalendarPeriod</name>
    <message>
        <source>%1 au %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>semaine du %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>du %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Vérification de complétude (document interne)</source>
        <translation>Completeness check (internal document)</translation>
    </message>
    <message>
        <source>Vérification de complétude du dossier de déclaration</source>
        <translation>Completeness check of the declaration dossier</translation>
    </message>
    <message>
        <source>Document de travail de l&apos;équipe, à ne pas joindre au dossier : le dossier est une déclaration signée par le déclarant, pas un avis de Kit ETP.</source>
        <translation>Team working document, not to be attached to the dossier: the dossier is a declaration signed by the declarant, not an opinion from Kit ETP.</translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation>
            <numerusform>%n missing item</numerusform>
            <numerusform>%n missing items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à vérifier auprès de votre ARS</source>
        <translation>
            <numerusform>%n point to be checked with your ARS</numerusform>
            <numerusform>%n points to be checked with your ARS</numerusform>
        </translation>
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
        <translation>FILE</translation>
    </message>
    <message>
        <source>MODELE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>TITRE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Vérifie la complétude du dossier de déclaration (0 si rien ne manque).</source>
        <translation>Check the completeness of the declaration dossier (0 if nothing is missing).</translation>
    </message>
    <message>
        <source>Affiche les indicateurs d&apos;évaluation d&apos;une année ou d&apos;une période (texte, JSON, CSV).</source>
        <translation>Show the evaluation indicators for a year or a period (text, JSON, CSV).</translation>
    </message>
    <message>
        <source>Importe des données dans un programme (kitetp import --help).</source>
        <translation>Import data into a programme (kitetp import --help).</translation>
    </message>
    <message>
        <source>Guide d&apos;animation d&apos;un conducteur ou d&apos;une séance (PDF).</source>
        <translation>Leader&apos;s guide for a whole guide or a single session (PDF).</translation>
    </message>
    <message>
        <source>Fiche patient d&apos;une séance (PDF).</source>
        <translation>Patient handout for a session (PDF).</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement d&apos;une séance (PDF).</source>
        <translation>Sign-in sheet for a session (PDF).</translation>
    </message>
    <message>
        <source>Le dossier de déclaration à l&apos;ARS (PDF).</source>
        <translation>The declaration dossier for the ARS (PDF).</translation>
    </message>
    <message>
        <source>La notice pour les professionnels adresseurs (PDF).</source>
        <translation>The leaflet for referring professionals (PDF).</translation>
    </message>
    <message>
        <source>La fiche annuaire du programme (PDF ou JSON).</source>
        <translation>The programme&apos;s directory card (PDF or JSON).</translation>
    </message>
    <message>
        <source>Le courrier de notification d&apos;un changement à l&apos;ARS (PDF).</source>
        <translation>The letter notifying the ARS of a change (PDF).</translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation annuelle ou d&apos;évaluation quadriennale (--four-year).</source>
        <translation>Annual self-evaluation or four-year evaluation report (--four-year).</translation>
    </message>
    <message>
        <source>Les patients et leurs parcours en CSV (sans identités par défaut).</source>
        <translation>Patients and their pathways as CSV (without identities by default).</translation>
    </message>
    <message>
        <source>La synthèse au médecin traitant d&apos;un patient (PDF).</source>
        <translation>A patient&apos;s summary for the GP (PDF).</translation>
    </message>
    <message>
        <source>Patients et parcours d&apos;un CSV au format de l&apos;export (lignes refusées signalées).</source>
        <translation>Patients and pathways from a CSV in the export format (rejected rows reported).</translation>
    </message>
    <message>
        <source>quel type de données ?</source>
        <translation>which type of data?</translation>
    </message>
    <message>
        <source>type inconnu « %1 ».</source>
        <translation>unknown type “%1”.</translation>
    </message>
    <message>
        <source>Usage : kitetp import TYPE FICHIER SOURCE [OPTIONS]</source>
        <translation>Usage: kitetp import TYPE FILE SOURCE [OPTIONS]</translation>
    </message>
    <message>
        <source>Le fichier à écrire.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>indiquez le fichier à écrire avec -o SORTIE.</source>
        <translation>give the file to write with -o OUTPUT.</translation>
    </message>
    <message>
        <source>Affiche la vérification de complétude du dossier de déclaration. Code de sortie 0 seulement si rien ne manque.</source>
        <translation>Show the completeness check of the declaration dossier. Exit status 0 only if nothing is missing.</translation>
    </message>
    <message>
        <source>Le fichier .etp.</source>
        <translation>The .etp file.</translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation>
            <numerusform>%n missing item</numerusform>
            <numerusform>%n missing items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à vérifier auprès de votre ARS</source>
        <translation>
            <numerusform>%n point to be checked with your ARS</numerusform>
            <numerusform>%n points to be checked with your ARS</numerusform>
        </translation>
    </message>
    <message>
        <source>Écrit : %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Le changement : coordinator, objectives ou funding.</source>
        <translation>The change: coordinator, objectives or funding.</translation>
    </message>
    <message>
        <source>Précisions ajoutées au courrier.</source>
        <translation>Details added to the letter.</translation>
    </message>
    <message>
        <source>--change attend coordinator, objectives ou funding (reçu « %1 »).</source>
        <translation>--change expects coordinator, objectives or funding (got “%1”).</translation>
    </message>
    <message>
        <source>--%1 attend une année entre %2 et %3 (reçu « %4 »).</source>
        <translation>--%1 expects a year between %2 and %3 (got “%4”).</translation>
    </message>
    <message>
        <source>--from et --to vont ensemble : donnez les deux dates de la période.</source>
        <translation>--from and --to go together: give both dates of the period.</translation>
    </message>
    <message>
        <source>Calcule les indicateurs d&apos;évaluation d&apos;une période (aucune identité de patient).</source>
        <translation>Compute the evaluation indicators for a period (no patient identities).</translation>
    </message>
    <message>
        <source>Début d&apos;une période libre (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to.</source>
        <translation>Start of a custom period (YYYY-MM-DD or DD/MM/YYYY), with --to.</translation>
    </message>
    <message>
        <source>Fin de la période libre (incluse).</source>
        <translation>End of the custom period (inclusive).</translation>
    </message>
    <message>
        <source>Rapport sur une période libre : début (avec --to).</source>
        <translation>Report on a custom period: start (with --to).</translation>
    </message>
    <message>
        <source>--four-year se donne avec --to ANNEE seulement.</source>
        <translation>--four-year goes with --to YEAR only.</translation>
    </message>
    <message numerus="yes">
        <source>Rapport écrit : %1 (%n page(s))</source>
        <translation>
            <numerusform>Report written: %1 (%n page)</numerusform>
            <numerusform>Report written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code de la séance (par exemple C1S2).</source>
        <translation>The session code (for example C1S2).</translation>
    </message>
    <message>
        <source>aucune séance de code « %1 » dans ce programme.</source>
        <translation>no session with code “%1” in this programme.</translation>
    </message>
    <message numerus="yes">
        <source>PDF écrit : %1 (%n page(s))</source>
        <translation>
            <numerusform>PDF written: %1 (%n page)</numerusform>
            <numerusform>PDF written: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code du conducteur (par exemple C1).</source>
        <translation>The guide code (for example C1).</translation>
    </message>
    <message>
        <source>indiquez soit --conducteur CODE, soit --seance CODE.</source>
        <translation>give either --conducteur CODE or --seance CODE.</translation>
    </message>
    <message>
        <source>aucun conducteur de code « %1 » dans ce programme.</source>
        <translation>no guide with code “%1” in this programme.</translation>
    </message>
    <message>
        <source>indiquez la séance avec --seance CODE.</source>
        <translation>give the session with --seance CODE.</translation>
    </message>
    <message>
        <source>La date de la séance (JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>The session date (DD/MM/YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Le lieu de la séance.</source>
        <translation>The session venue.</translation>
    </message>
    <message>
        <source>Un animateur (option répétable).</source>
        <translation>A facilitator (repeatable option).</translation>
    </message>
    <message>
        <source>Un participant, nom ou code (option répétable).</source>
        <translation>A participant, name or code (repeatable option).</translation>
    </message>
    <message>
        <source>date invalide « %1 » (attendu : JJ/MM/AAAA).</source>
        <translation>invalid date “%1” (expected: DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>N&apos;exporter que ce conducteur (option répétable).</source>
        <translation>Export only this guide (repeatable option).</translation>
    </message>
    <message numerus="yes">
        <source>Guides exportés : %1 (%n conducteur(s))</source>
        <translation>
            <numerusform>Guides exported: %1 (%n guide)</numerusform>
            <numerusform>Guides exported: %1 (%n guides)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remplace les guides du programme au lieu de les compléter.</source>
        <translation>Replace the programme&apos;s guides instead of adding to them.</translation>
    </message>
    <message>
        <source>Inclut les identités (nom, prénom, année de naissance, sexe, contact, notes) : le fichier sera lisible par vous seul.</source>
        <translation>Include identities (surname, first name, year of birth, sex, contact, notes): only you will be able to read the file.</translation>
    </message>
    <message>
        <source>Séparateur : ; (par défaut, tableurs français) ou ,</source>
        <translation>Separator: ; (default, French spreadsheets) or ,</translation>
    </message>
    <message>
        <source>indiquez le fichier CSV à écrire avec -o SORTIE.csv.</source>
        <translation>give the CSV file to write with -o OUTPUT.csv.</translation>
    </message>
    <message>
        <source>--separator attend ; ou , (reçu « %1 »).</source>
        <translation>--separator expects ; or , (got “%1”).</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exporté(s) dans %1</source>
        <translation>
            <numerusform>%n patient exported to %1</numerusform>
            <numerusform>%n patients exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(avec identités : fichier personnel)</source>
        <translation>(with identities: personal file)</translation>
    </message>
    <message>
        <source>Le fichier CSV à lire.</source>
        <translation>The CSV file to read.</translation>
    </message>
    <message>
        <source>rien n&apos;a été importé : %1</source>
        <translation>nothing was imported: %1</translation>
    </message>
    <message>
        <source>ligne %1 refusée : %2</source>
        <translation>row %1 rejected: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) importé(s)</source>
        <translation>
            <numerusform>%n patient imported</numerusform>
            <numerusform>%n patients imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Le code du patient.</source>
        <translation>The patient code.</translation>
    </message>
    <message>
        <source>indiquez --patient CODE et -o SORTIE.pdf.</source>
        <translation>give --patient CODE and -o OUTPUT.pdf.</translation>
    </message>
    <message>
        <source>aucun patient de code « %1 ».</source>
        <translation>no patient with code “%1”.</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant — %1</source>
        <translation>Summary for the GP — %1</translation>
    </message>
    <message>
        <source>Synthèse écrite : %1</source>
        <translation>Summary written: %1</translation>
    </message>
    <message>
        <source>Pièces :</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source> (avec --member)</source>
        <translation> (with --member)</translation>
    </message>
    <message>
        <source>aucun membre de l&apos;équipe ne s&apos;appelle ou n&apos;a le numéro « %1 ».</source>
        <translation>no team member is named or numbered “%1”.</translation>
    </message>
    <message>
        <source>plusieurs membres de l&apos;équipe s&apos;appellent « %1 » : donnez son numéro.</source>
        <translation>several team members are named “%1”: give their number.</translation>
    </message>
    <message>
        <source>Joint une pièce au programme (PDF, PNG ou JPEG, 20 Mo au plus) ; le dossier de déclaration l&apos;insère en annexe.</source>
        <translation>Attach a document to the programme (PDF, PNG or JPEG, 20 MB maximum); the declaration dossier inserts it as an appendix.</translation>
    </message>
    <message>
        <source>Le type de pièce (voir la liste).</source>
        <translation>The document type (see the list).</translation>
    </message>
    <message>
        <source>Le fichier à joindre.</source>
        <translation>The file to attach.</translation>
    </message>
    <message>
        <source>Le membre de l&apos;équipe (numéro ou nom) d&apos;une attestation ou d&apos;une charte.</source>
        <translation>The team member (number or name) for a certificate or a charter.</translation>
    </message>
    <message>
        <source>Le titre de la pièce dans le dossier.</source>
        <translation>The document title in the dossier.</translation>
    </message>
    <message>
        <source>pièce inconnue « %1 » (kitetp attach --help donne la liste).</source>
        <translation>unknown document “%1” (kitetp attach --help gives the list).</translation>
    </message>
    <message>
        <source>Pièce jointe : %1 — %2 (numéro %3 pour kitetp detach)</source>
        <translation>Attached document: %1 — %2 (number %3 for kitetp detach)</translation>
    </message>
    <message>
        <source>Liste les pièces jointes au programme.</source>
        <translation>List the documents attached to the programme.</translation>
    </message>
    <message numerus="yes">
        <source>%n pièce(s) jointe(s)</source>
        <translation>
            <numerusform>%n attached document</numerusform>
            <numerusform>%n attached documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire une pièce jointe (son numéro est donné par kitetp attachments).</source>
        <translation>Remove an attached document (its number is given by kitetp attachments).</translation>
    </message>
    <message>
        <source>Le numéro de la pièce.</source>
        <translation>The document number.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro de pièce.</source>
        <translation>“%1” is not a document number.</translation>
    </message>
    <message>
        <source>Pièce n° %1 retirée.</source>
        <translation>Document no. %1 removed.</translation>
    </message>
    <message>
        <source>Joint une pièce au programme (attestation, charte signée, grille du BEP...).</source>
        <translation>Attach a document to the programme (certificate, signed charter, BEP form...).</translation>
    </message>
    <message>
        <source>Retire une pièce jointe.</source>
        <translation>Remove an attached document.</translation>
    </message>
    <message>
        <source>La vérification de complétude, document interne de l&apos;équipe (PDF).</source>
        <translation>The completeness check, the team&apos;s internal document (PDF).</translation>
    </message>
    <message>
        <source>Le courrier déclarant l&apos;arrêt du programme à l&apos;ARS (PDF).</source>
        <translation>The letter declaring the programme&apos;s closure to the ARS (PDF).</translation>
    </message>
    <message>
        <source>Les pièces à déposer sur le service en ligne, un PDF par pièce, et les réponses (-o DOSSIER).</source>
        <translation>The documents to upload to the online service, one PDF per document, and the answers (-o FOLDER).</translation>
    </message>
    <message>
        <source>Les indicateurs d&apos;une période en CSV pour tableur (« ; », virgule décimale).</source>
        <translation>A period&apos;s indicators as CSV for spreadsheets (“;”, decimal comma).</translation>
    </message>
    <message>
        <source>La date de l&apos;arrêt (AAAA-MM-JJ ou JJ/MM/AAAA).</source>
        <translation>The closure date (YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date plausible.</source>
        <translation>“%1” is not a plausible date.</translation>
    </message>
    <message>
        <source>aucune date d&apos;arrêt n&apos;est enregistrée : donnez-la avec --stop DATE.</source>
        <translation>no closure date is recorded: give it with --stop DATE.</translation>
    </message>
    <message>
        <source>Ce qui change : l&apos;ancien coordonnateur, les anciens objectifs ou l&apos;ancien financement.</source>
        <translation>What is changing: the former coordinator, the former objectives or the former funding.</translation>
    </message>
    <message>
        <source>--year ne se combine pas avec --from et --to.</source>
        <translation>--year cannot be combined with --from and --to.</translation>
    </message>
    <message>
        <source>Années civiles plutôt que les années du programme (comptées depuis la prise d&apos;effet de la déclaration).</source>
        <translation>Calendar years rather than programme years (counted from the declaration&apos;s effective date).</translation>
    </message>
    <message>
        <source>L&apos;année du programme qui commence cette année-là (ou l&apos;année civile avec --calendar) ; par défaut celle qui contient aujourd&apos;hui.</source>
        <translation>The programme year starting in that year (or the calendar year with --calendar); by default, the one containing today.</translation>
    </message>
    <message>
        <source>Fin de la période libre ; avec --four-year, l&apos;année où commence la dernière des quatre années.</source>
        <translation>End of the custom period; with --four-year, the year in which the last of the four years starts.</translation>
    </message>
    <message>
        <source>Rapport d&apos;évaluation quadriennale (quatre années jusqu&apos;à --to, jamais avant le début du programme).</source>
        <translation>Four-year evaluation report (four years up to --to, never before the programme&apos;s start).</translation>
    </message>
    <message>
        <source>La période demandée (%1) précède le début du programme (%2).</source>
        <translation>The requested period (%1) is before the start of the programme (%2).</translation>
    </message>
    <message>
        <source>Période couverte : du %1 au %2%3.</source>
        <translation>Period covered: from %1 to %2%3.</translation>
    </message>
    <message>
        <source> (en cours : rapport partiel)</source>
        <translation> (in progress: partial report)</translation>
    </message>
    <message>
        <source>Indicateurs écrits : %1 — %2</source>
        <translation>Indicators written: %1 — %2</translation>
    </message>
    <message>
        <source>Sans identités, garde les médecins (adresseur, traitant et son adresse) et les dates exactes ; sinon ils sont omis et les dates données au mois (MM/AAAA).</source>
        <translation>Without identities, keeps the doctors (referring doctor, GP and GP&apos;s address) and exact dates; otherwise they are omitted and dates are given by month (MM/YYYY).</translation>
    </message>
    <message>
        <source>(pseudonyme avec médecins et dates exactes : fichier personnel)</source>
        <translation>(pseudonymised with doctors and exact dates: personal file)</translation>
    </message>
    <message>
        <source>(pseudonyme, dates au mois : fichier personnel)</source>
        <translation>(pseudonymised, dates by month: personal file)</translation>
    </message>
    <message>
        <source>Prépare la télédéclaration : écrit dans DOSSIER le dossier de déclaration, un PDF par pièce jointe (nommé d&apos;après la pièce) et les réponses au formulaire en ligne dans l&apos;ordre de ses rubriques (reponses-teledeclaration.md).</source>
        <translation>Prepare the online declaration: write to FOLDER the declaration dossier, one PDF per attached document (named after the document) and the answers to the online form in the order of its sections (reponses-teledeclaration.md).</translation>
    </message>
    <message>
        <source>Le dossier où écrire les pièces.</source>
        <translation>The folder in which to write the documents.</translation>
    </message>
    <message>
        <source>indiquez le dossier où écrire avec -o DOSSIER.</source>
        <translation>give the folder to write to with -o FOLDER.</translation>
    </message>
    <message>
        <source>Programme mis en œuvre dans plusieurs régions : l&apos;ARS à qui ce dossier est adressé (celle du dossier ou l&apos;une des autres régions) ; le dossier liste les autres.</source>
        <translation>Programme run in several regions: the ARS this dossier is addressed to (the dossier&apos;s own or one of the other regions); the dossier lists the others.</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est ni l&apos;ARS du dossier ni l&apos;une des autres régions du programme (%2).</source>
        <translation>“%1” is neither the dossier&apos;s ARS nor one of the programme&apos;s other regions (%2).</translation>
    </message>
    <message>
        <source>aucune n&apos;est renseignée</source>
        <translation>none is filled in</translation>
    </message>
    <message>
        <source>PIECE</source>
        <translation>PIECE</translation>
    </message>
    <message>
        <source>CHEMIN</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>MEMBRE</source>
        <translation>MEMBER</translation>
    </message>
    <message>
        <source>NUMERO</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>SORTIE</source>
        <translation>OUTPUT</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>CHANGEMENT</source>
        <translation>CHANGE</translation>
    </message>
    <message>
        <source>TEXTE</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>LIEU</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>GUIDES</source>
        <translation>GUIDES</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SEP</translation>
    </message>
    <message>
        <source>ENTREE</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>commande inconnue « %1 » — voulez-vous dire « %2 » ?</source>
        <translation>unknown command “%1” — did you mean “%2”?</translation>
    </message>
    <message>
        <source>type inconnu « %1 » — voulez-vous dire « %2 » ?</source>
        <translation>unknown type “%1” — did you mean “%2”?</translation>
    </message>
    <message>
        <source>langue inconnue « %1 » (disponibles : %2).</source>
        <translation>unknown language “%1” (available: %2).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;existe pas : ce n&apos;est ni un fichier à ouvrir ni une commande (kitetp --help ; kitetp new %1 pour le créer).</source>
        <translation>“%1” does not exist: it is neither a file to open nor a command (kitetp --help; kitetp new %1 to create it).</translation>
    </message>
    <message>
        <source>-o - : ce format s&apos;écrit dans un fichier ou un dossier, pas sur la sortie standard ; donnez un nom.</source>
        <translation>-o -: this format is written to a file or a folder, not to standard output; give a name.</translation>
    </message>
    <message>
        <source>-o - : impossible de créer un dossier temporaire : %1</source>
        <translation>-o -: cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>(sortie standard)</source>
        <translation>(standard output)</translation>
    </message>
    <message>
        <source>écriture sur la sortie standard impossible (%1).</source>
        <translation>cannot write to standard output (%1).</translation>
    </message>
    <message>
        <source>-o - : rien n&apos;a été écrit (%1).</source>
        <translation>-o -: nothing was written (%1).</translation>
    </message>
    <message>
        <source>-o - : la sortie standard est fermée.</source>
        <translation>-o -: standard output is closed.</translation>
    </message>
    <message>
        <source>-o - : écriture sur la sortie standard impossible (%1).</source>
        <translation>-o -: cannot write to standard output (%1).</translation>
    </message>
    <message>
        <source>Exporte le dossier de déclaration à l&apos;ARS en PDF (seulement), pièces jointes insérées en annexe.</source>
        <translation>Export the declaration dossier for the ARS as a PDF (only), with attached documents inserted as appendices.</translation>
    </message>
    <message>
        <source>Exporte la vérification de complétude en PDF (ou ODT) : document de travail de l&apos;équipe, à ne pas joindre au dossier.</source>
        <translation>Export the completeness check as a PDF (or ODT): the team&apos;s working document, not to be attached to the dossier.</translation>
    </message>
    <message>
        <source>Exporte le courrier déclarant l&apos;arrêt du programme à l&apos;ARS (PDF, ou ODT si SORTIE finit par .odt), à envoyer dans les trois mois suivant l&apos;arrêt. La date d&apos;arrêt est celle enregistrée, ou --stop.</source>
        <translation>Export the letter declaring the programme&apos;s closure to the ARS (PDF, or ODT if OUTPUT ends in .odt), to be sent within three months of closure. The closure date is the one recorded, or --stop.</translation>
    </message>
    <message>
        <source>Exporte la notice d&apos;une page pour les professionnels adresseurs (PDF, ou ODT si SORTIE finit par .odt).</source>
        <translation>Export the one-page leaflet for referring professionals (PDF, or ODT if OUTPUT ends in .odt).</translation>
    </message>
    <message>
        <source>Exporte la fiche annuaire du programme : PDF, ODT si SORTIE finit par .odt, JSON si elle finit par .json.</source>
        <translation>Export the programme&apos;s directory card: PDF, ODT if OUTPUT ends in .odt, JSON if it ends in .json.</translation>
    </message>
    <message>
        <source>la sortie doit finir par .pdf, .odt ou .json (reçu « %1 »).</source>
        <translation>the output must end in .pdf, .odt or .json (got “%1”).</translation>
    </message>
    <message>
        <source>Exporte le courrier de notification d&apos;un changement à l&apos;ARS (PDF, ou ODT si SORTIE finit par .odt). Le changement n&apos;est pas enregistré dans le fichier : faites-le depuis la fenêtre.</source>
        <translation>Export the letter notifying the ARS of a change (PDF, or ODT if OUTPUT ends in .odt). The change is not recorded in the file: do that from the window.</translation>
    </message>
    <message>
        <source>text (par défaut), json, csv (tableur français : « ; », virgule décimale, BOM) ou csv-machine (« , », point décimal, dates ISO, pour les scripts) ; voir docs/indicators.md.</source>
        <translation>text (default), json, csv (French spreadsheet: “;”, decimal comma, BOM) or csv-machine (“,”, decimal point, ISO dates, for scripts); see docs/indicators.md.</translation>
    </message>
    <message>
        <source>un classeur XLSX s&apos;écrit dans un fichier : kitetp export indicators FICHIER -o SORTIE.xlsx.</source>
        <translation>an XLSX workbook is written to a file: kitetp export indicators FILE -o OUTPUT.xlsx.</translation>
    </message>
    <message>
        <source>format inconnu « %1 » (text, json, csv ou csv-machine).</source>
        <translation>unknown format “%1” (text, json, csv or csv-machine).</translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation annuelle (ou d&apos;évaluation quadriennale) en PDF, ou en ODT si SORTIE finit par .odt.</source>
        <translation>Annual self-evaluation (or four-year evaluation) report as a PDF, or as an ODT if OUTPUT ends in .odt.</translation>
    </message>
    <message>
        <source>Rapport écrit : %1</source>
        <translation>Report written: %1</translation>
    </message>
    <message>
        <source>Les indicateurs d&apos;une période dans un tableau : CSV pour tableur français (« ; », virgule décimale, UTF-8 avec BOM, dates JJ/MM/AAAA), classeur XLSX (SORTIE en .xlsx), csv-machine ou json pour les scripts. Aucune identité de patient.</source>
        <translation>A period&apos;s indicators in a table: CSV for French spreadsheets (“;”, decimal comma, UTF-8 with BOM, DD/MM/YYYY dates), XLSX workbook (OUTPUT ending in .xlsx), csv-machine or json for scripts. No patient identities.</translation>
    </message>
    <message>
        <source>csv (par défaut), csv-machine, json ou xlsx ; xlsx ou json aussi quand SORTIE finit par .xlsx ou .json.</source>
        <translation>csv (default), csv-machine, json or xlsx; xlsx or json also when OUTPUT ends in .xlsx or .json.</translation>
    </message>
    <message>
        <source>format inconnu « %1 » (csv, csv-machine, json ou xlsx).</source>
        <translation>unknown format “%1” (csv, csv-machine, json or xlsx).</translation>
    </message>
    <message>
        <source>Écrit le guide d&apos;animation d&apos;un conducteur ou d&apos;une séance en PDF (ou en ODT si SORTIE finit par .odt).</source>
        <translation>Write the leader&apos;s guide for a whole guide or a single session as a PDF (or as an ODT if OUTPUT ends in .odt).</translation>
    </message>
    <message>
        <source>Écrit la fiche patient d&apos;une séance en PDF (ou en ODT si SORTIE finit par .odt).</source>
        <translation>Write the patient handout for a session as a PDF (or as an ODT if OUTPUT ends in .odt).</translation>
    </message>
    <message>
        <source>Écrit la feuille d&apos;émargement d&apos;une séance en PDF (ou en ODT si SORTIE finit par .odt).</source>
        <translation>Write the sign-in sheet for a session as a PDF (or as an ODT if OUTPUT ends in .odt).</translation>
    </message>
    <message>
        <source>Exporte les patients et leurs parcours en CSV pour tableur français (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA, en-têtes en français) ou en XLSX, sans leur identité sauf --with-identities.</source>
        <translation>Export the patients and their pathways as CSV for French spreadsheets (“;”, UTF-8 with BOM, DD/MM/YYYY dates, labelled headers) or as XLSX, without their identities unless --with-identities is given.</translation>
    </message>
    <message>
        <source>Le fichier CSV ou XLSX à écrire (- : la sortie standard, en CSV).</source>
        <translation>The CSV or XLSX file to write (- for standard output, as CSV).</translation>
    </message>
    <message>
        <source>csv (par défaut) ou xlsx (classeur, dates et nombres typés) ; xlsx aussi quand SORTIE finit par .xlsx.</source>
        <translation>csv (default) or xlsx (workbook, with typed dates and numbers); xlsx also when OUTPUT ends in .xlsx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>En-têtes en noms de colonnes pour les scripts (consentement_entree) plutôt qu&apos;en libellés français (« Consentement d&apos;entrée »).</source>
        <translation>Headers as column names for scripts (consentement_entree) rather than as labels (“Entry consent”).</translation>
    </message>
    <message>
        <source>format inconnu « %1 » (csv ou xlsx).</source>
        <translation>unknown format “%1” (csv or xlsx).</translation>
    </message>
    <message>
        <source>Importe des patients depuis un CSV au format de l&apos;export (UTF-8 ou Windows-1252, « ; », « , » ou tabulation). Les lignes refusées sont signalées ; rien n&apos;est importé si une ligne est refusée, sauf --skip-invalid.</source>
        <translation>Import patients from a CSV in the export format (UTF-8 or Windows-1252, “;”, “,” or tab). Rejected rows are reported; nothing is imported if any row is rejected, unless --skip-invalid is given.</translation>
    </message>
    <message>
        <source>Importe les lignes valides même si d&apos;autres sont refusées.</source>
        <translation>Import the valid rows even if others are rejected.</translation>
    </message>
    <message numerus="yes">
        <source>rien n&apos;a été importé : %n ligne(s) refusée(s) ; --skip-invalid importe les %1 ligne(s) valide(s).</source>
        <translation>
            <numerusform>nothing was imported: %n row rejected; --skip-invalid imports the valid rows (%1).</numerusform>
            <numerusform>nothing was imported: %n rows rejected; --skip-invalid imports the valid rows (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Écrit la synthèse au médecin traitant d&apos;un patient (PDF personnel, ou ODT si SORTIE finit par .odt).</source>
        <translation>Write a patient&apos;s summary for the GP (personal PDF, or ODT if OUTPUT ends in .odt).</translation>
    </message>
    <message>
        <source>Le PDF (ou l&apos;ODT) à écrire.</source>
        <translation>The PDF (or ODT) to write.</translation>
    </message>
    <message>
        <source>ODT écrit : %1</source>
        <translation>ODT written: %1</translation>
    </message>
    <message>
        <source>ce document n&apos;existe qu&apos;en PDF : donnez une sortie en .pdf (reçu « %1 »).</source>
        <translation>this document exists only as a PDF: give an output ending in .pdf (got “%1”).</translation>
    </message>
    <message>
        <source>Ajoute un support pédagogique (fichier ou lien vidéo) à une séance.</source>
        <translation>Adds a teaching material (a file or a video link) to a session.</translation>
    </message>
    <message>
        <source>Liste les supports pédagogiques des séances.</source>
        <translation>Lists the sessions&apos; teaching materials.</translation>
    </message>
    <message>
        <source>Liste les paquets de guides envoyés ; note le destinataire et la réponse (--id N).</source>
        <translation>Lists the packages of guides sent; records the recipient and the answer (--id N).</translation>
    </message>
    <message>
        <source>L&apos;annuaire régional des programmes : new, add, export (kitetp directory --help).</source>
        <translation>The regional directory of programmes: new, add, export (kitetp directory --help).</translation>
    </message>
    <message>
        <source>Quiz d&apos;une séance : fiche patient, ou corrigé de l&apos;animateur avec --key (PDF).</source>
        <translation>A session&apos;s quiz: patient sheet, or the facilitator&apos;s key with --key (PDF).</translation>
    </message>
    <message>
        <source>Guides du programme en fichier d&apos;échange (JSON) ou en paquet avec leurs supports (.etpkit).</source>
        <translation>The programme&apos;s guides as an exchange file (JSON) or as a package with their materials (.etpkit).</translation>
    </message>
    <message>
        <source>Guides d&apos;un fichier d&apos;échange JSON ou d&apos;un paquet .etpkit (--replace pour remplacer).</source>
        <translation>Guides from a JSON exchange file or an .etpkit package (--replace to replace).</translation>
    </message>
    <message>
        <source>ANNUAIRE</source>
        <translation>DIRECTORY</translation>
    </message>
    <message>
        <source>Le fichier d&apos;annuaire (.etpannuaire).</source>
        <translation>The directory file (.etpannuaire).</translation>
    </message>
    <message>
        <source>Crée un annuaire régional des programmes, vide.</source>
        <translation>Creates an empty regional directory of programmes.</translation>
    </message>
    <message>
        <source>Titre de l&apos;annuaire (imprimé en couverture).</source>
        <translation>Title of the directory (printed on the cover).</translation>
    </message>
    <message>
        <source>le titre est trop long (300 caractères au plus).</source>
        <translation>the title is too long (300 characters at most).</translation>
    </message>
    <message>
        <source>Annuaire créé : %1</source>
        <translation>Directory created: %1</translation>
    </message>
    <message>
        <source>Ajoute à l&apos;annuaire des fiches annuaire (le JSON de « kitetp export card »), ou les fichiers .json d&apos;un dossier. Une fiche plus récente d&apos;un programme déjà présent le remplace ; l&apos;ancienne reste dans son historique. Si une fiche est refusée, rien n&apos;est ajouté.</source>
        <translation>Adds directory cards (the JSON of &quot;kitetp export card&quot;), or the .json files of a folder, to the directory. A newer card of a programme already there replaces it; the older one stays in its history. If a card is refused, nothing is added.</translation>
    </message>
    <message>
        <source>FICHE</source>
        <translation>CARD</translation>
    </message>
    <message>
        <source>Fiches (.json) ou dossiers de fiches.</source>
        <translation>Cards (.json) or folders of cards.</translation>
    </message>
    <message>
        <source>FICHE...</source>
        <translation>CARD...</translation>
    </message>
    <message>
        <source>rien n&apos;a été ajouté à l&apos;annuaire.</source>
        <translation>nothing was added to the directory.</translation>
    </message>
    <message>
        <source>aucune fiche trouvée : rien n&apos;a été ajouté à l&apos;annuaire.</source>
        <translation>no card found: nothing was added to the directory.</translation>
    </message>
    <message>
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Mis à jour (l&apos;ancienne fiche reste dans l&apos;historique) : %1</source>
        <translation>Updated (the older card stays in the history): %1</translation>
    </message>
    <message>
        <source>Fiche plus ancienne que celle de l&apos;annuaire, gardée dans l&apos;historique : %1</source>
        <translation>Older than the directory&apos;s card, kept in the history: %1</translation>
    </message>
    <message>
        <source>Déjà dans l&apos;annuaire : %1</source>
        <translation>Already in the directory: %1</translation>
    </message>
    <message>
        <source>Exporte l&apos;annuaire : PDF, ODT si SORTIE finit par .odt, CSV pour le site du réseau si elle finit par .csv (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA).</source>
        <translation>Exports the directory: PDF, ODT if OUTPUT ends in .odt, CSV for the network&apos;s website if it ends in .csv (&quot;;&quot;, UTF-8 with BOM, dates DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>la sortie doit finir par .pdf, .odt ou .csv (reçu « %1 »).</source>
        <translation>the output must end in .pdf, .odt or .csv (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Crée un annuaire vide (.etpannuaire).</source>
        <translation>Creates an empty directory (.etpannuaire).</translation>
    </message>
    <message>
        <source>Ajoute des fiches annuaire (JSON) ou un dossier de fiches.</source>
        <translation>Adds directory cards (JSON) or a folder of cards.</translation>
    </message>
    <message>
        <source>Imprime l&apos;annuaire en PDF ou ODT, ou l&apos;exporte en CSV.</source>
        <translation>Prints the directory as PDF or ODT, or exports it as CSV.</translation>
    </message>
    <message>
        <source>quelle action sur l&apos;annuaire ?</source>
        <translation>which action on the directory?</translation>
    </message>
    <message>
        <source>action inconnue « %1 ».</source>
        <translation>unknown action &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage : kitetp directory new|add|export ANNUAIRE [OPTIONS]</source>
        <translation>Usage: kitetp directory new|add|export DIRECTORY [OPTIONS]</translation>
    </message>
    <message>
        <source>Actions :</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Ajoute après le guide les pages des supports PDF et les images (guide + supports, PDF seulement).</source>
        <translation>Appends after the guide the pages of the PDF materials and the images (guide + materials, PDF only).</translation>
    </message>
    <message numerus="yes">
        <source>PDF écrit : %1 (guide + %n support(s))</source>
        <translation>
            <numerusform>PDF written: %1 (guide + %n material)</numerusform>
            <numerusform>PDF written: %1 (guide + %n materials)</numerusform>
        </translation>
    </message>
    <message>
        <source>Écrit le quiz d&apos;une séance en PDF (ou en ODT si SORTIE finit par .odt) : la fiche patient sans les réponses, ou le corrigé de l&apos;animateur avec --key.</source>
        <translation>Writes a session&apos;s quiz as PDF (or ODT if OUTPUT ends in .odt): the patient sheet without the answers, or the facilitator&apos;s key with --key.</translation>
    </message>
    <message>
        <source>Le corrigé : les bonnes réponses et leurs explications.</source>
        <translation>The key: the right answers and their explanations.</translation>
    </message>
    <message>
        <source>la séance « %1 » n&apos;a pas de quiz (onglet Quiz de la séance, page Ateliers).</source>
        <translation>session “%1” has no quiz (the session&apos;s Quiz tab, Workshops page).</translation>
    </message>
    <message>
        <source>Exporte les guides (conducteurs et séances) dans un fichier d&apos;échange JSON, ou dans un paquet avec leurs supports si SORTIE finit par .etpkit.</source>
        <translation>Exports the guides (conducteurs and sessions) to a JSON exchange file, or to a package with their materials if OUTPUT ends in .etpkit.</translation>
    </message>
    <message>
        <source>Le destinataire du paquet, noté dans la liste des envois (paquet .etpkit).</source>
        <translation>The package&apos;s recipient, noted in the list of sendings (.etpkit package).</translation>
    </message>
    <message>
        <source>--recipient ne vaut que pour un paquet (SORTIE en .etpkit).</source>
        <translation>--recipient applies only to a package (OUTPUT ending in .etpkit).</translation>
    </message>
    <message numerus="yes">
        <source>Les fichiers des supports (%n) ne sont pas dans un fichier JSON : exportez un paquet .etpkit pour les envoyer.</source>
        <translation>
            <numerusform>The materials&apos; files (%n) are not in a JSON file: export an .etpkit package to send them.</numerusform>
            <numerusform>The materials&apos; files (%n) are not in a JSON file: export an .etpkit package to send them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paquet écrit : %1 (%2, %3)</source>
        <translation>Package written: %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n conducteur(s)</source>
        <translation>
            <numerusform>%n conducteur</numerusform>
            <numerusform>%n conducteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n support(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message>
        <source>Importe des guides depuis un fichier d&apos;échange JSON ou un paquet .etpkit dans un programme.</source>
        <translation>Imports guides from a JSON exchange file or an .etpkit package into a programme.</translation>
    </message>
    <message>
        <source>Le fichier de guides (.json) ou le paquet (.etpkit).</source>
        <translation>The guides file (.json) or the package (.etpkit).</translation>
    </message>
    <message>
        <source>Types de support :</source>
        <translation>Kinds of material:</translation>
    </message>
    <message>
        <source>Ajoute un support pédagogique à une séance : un fichier (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX, DOCX, 20 Mo au plus) ou un lien vers une vidéo (--url).</source>
        <translation>Adds a teaching material to a session: a file (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX, DOCX, 20 MB at most) or a link to a video (--url).</translation>
    </message>
    <message>
        <source>SUPPORT</source>
        <translation>MATERIAL</translation>
    </message>
    <message>
        <source>Le fichier du support (sans --url).</source>
        <translation>The material&apos;s file (without --url).</translation>
    </message>
    <message>
        <source>[SUPPORT]</source>
        <translation>[MATERIAL]</translation>
    </message>
    <message>
        <source>Le type de support (voir la liste).</source>
        <translation>The kind of material (see the list).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Le titre du support (par défaut le nom du fichier).</source>
        <translation>The material&apos;s title (by default the file&apos;s name).</translation>
    </message>
    <message>
        <source>La licence ou la source du support.</source>
        <translation>The material&apos;s licence or source.</translation>
    </message>
    <message>
        <source>La version du support.</source>
        <translation>The material&apos;s version.</translation>
    </message>
    <message>
        <source>Le numéro de l&apos;étape à laquelle le support sert (1, 2...).</source>
        <translation>The number of the step the material is used at (1, 2...).</translation>
    </message>
    <message>
        <source>L&apos;adresse d&apos;une vidéo (type video).</source>
        <translation>The address of a video (kind video).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>indiquez la séance (--seance CODE) et le type de support (--kind TYPE).</source>
        <translation>give the session (--seance CODE) and the kind of material (--kind KIND).</translation>
    </message>
    <message>
        <source>type de support inconnu « %1 » (kitetp material --help donne la liste).</source>
        <translation>unknown kind of material “%1” (kitetp material --help gives the list).</translation>
    </message>
    <message>
        <source>un lien vers une vidéo se donne avec --url URL, tout autre support avec son fichier.</source>
        <translation>a video link is given with --url URL, any other material with its file.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un numéro d&apos;étape.</source>
        <translation>“%1” is not a step number.</translation>
    </message>
    <message>
        <source>Support ajouté à %1 : %2 — %3</source>
        <translation>Material added to %1: %2 — %3</translation>
    </message>
    <message>
        <source>N&apos;afficher que cette séance.</source>
        <translation>Show this session only.</translation>
    </message>
    <message>
        <source>Liste les paquets de guides envoyés (kitetp export guides ... -o X.etpkit) ; avec --id, note leur destinataire ou la réponse à « comment les supports ont-ils été utilisés ? ».</source>
        <translation>Lists the packages of guides sent (kitetp export guides ... -o X.etpkit); with --id, records their recipient or the answer to “how were the materials used?”.</translation>
    </message>
    <message>
        <source>Le numéro de l&apos;envoi à modifier.</source>
        <translation>The number of the sending to change.</translation>
    </message>
    <message>
        <source>Le destinataire du paquet.</source>
        <translation>The package&apos;s recipient.</translation>
    </message>
    <message>
        <source>Comment les supports ont été utilisés (la réponse du destinataire).</source>
        <translation>How the materials were used (the recipient&apos;s answer).</translation>
    </message>
    <message>
        <source>indiquez l&apos;envoi à modifier avec --id N.</source>
        <translation>give the sending to change with --id N.</translation>
    </message>
    <message>
        <source>aucun envoi n&apos;a le numéro « %1 ».</source>
        <translation>no sending has the number “%1”.</translation>
    </message>
    <message>
        <source>Envoi %1 mis à jour.</source>
        <translation>Sending %1 updated.</translation>
    </message>
    <message>
        <source>réponse du %1 : %2</source>
        <translation>answer of %1: %2</translation>
    </message>
    <message>
        <source>à demander le %1</source>
        <translation>to ask on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n envoi(s)</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sendings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message numerus="yes">
        <source>une cellule dépasse %n caractère(s)</source>
        <translation>
            <numerusform>a cell exceeds %n character</numerusform>
            <numerusform>a cell exceeds %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Guillemet non refermé à partir de la ligne %1 : le fichier est incomplet ou abîmé.</source>
        <translation>Unclosed quotation mark from line %1: the file is incomplete or damaged.</translation>
    </message>
    <message>
        <source>Le fichier dépasse %1 Mo.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>Le fichier mélange deux encodages (UTF-8 puis un autre) : enregistrez-le en « CSV UTF-8 ».</source>
        <translation>The file mixes two encodings (UTF-8 then another): save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas en UTF-8 et ce système ne sait pas lire le Windows-1252 : enregistrez-le en « CSV UTF-8 ».</source>
        <translation>The file is not in UTF-8 and this system cannot read Windows-1252: save it as “CSV UTF-8”.</translation>
    </message>
</context>
<context>
    <name>Declaration</name>
    <message>
        <source>La source de financement est obligatoire.</source>
        <translation>The funding source is required.</translation>
    </message>
    <message>
        <source>Le texte du financement est trop long.</source>
        <translation>The funding text is too long.</translation>
    </message>
    <message>
        <source>Le montant doit être positif et plausible.</source>
        <translation>The amount must be positive and plausible.</translation>
    </message>
    <message>
        <source>L&apos;année %1 n&apos;est pas plausible.</source>
        <translation>The year %1 is not plausible.</translation>
    </message>
    <message>
        <source>La date n&apos;est pas plausible (attendu : entre %1 et %2).</source>
        <translation>The date is not plausible (expected: between %1 and %2).</translation>
    </message>
    <message>
        <source>Précisez le changement notifié (coordonnateur, objectifs ou financement).</source>
        <translation>Specify the change being notified (coordinator, objectives or funding).</translation>
    </message>
    <message>
        <source>La note est trop longue.</source>
        <translation>The note is too long.</translation>
    </message>
    <message>
        <source>Dossier envoyé à l&apos;ARS</source>
        <translation>Dossier sent to the ARS</translation>
    </message>
    <message>
        <source>Liste de pièces manquantes reçue</source>
        <translation>List of missing documents received</translation>
    </message>
    <message>
        <source>Compléments envoyés</source>
        <translation>Additional documents sent</translation>
    </message>
    <message>
        <source>Accusé de réception du dossier complet</source>
        <translation>Acknowledgement of receipt of the complete dossier</translation>
    </message>
    <message>
        <source>Changement notifié</source>
        <translation>Change notified</translation>
    </message>
    <message>
        <source>changement de coordonnateur</source>
        <translation>change of coordinator</translation>
    </message>
    <message>
        <source>changement d&apos;objectifs</source>
        <translation>change of objectives</translation>
    </message>
    <message>
        <source>changement de source de financement</source>
        <translation>change of funding source</translation>
    </message>
    <message>
        <source>Arrêt du programme</source>
        <translation>Programme closure</translation>
    </message>
</context>
<context>
    <name>DeclarationChecklist</name>
    <message>
        <source>Non renseigné.</source>
        <translation>Not filled in.</translation>
    </message>
    <message>
        <source>conforme</source>
        <translation>met</translation>
    </message>
    <message>
        <source>manquant</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>À vérifier auprès de votre ARS.</source>
        <translation>To be checked with your ARS.</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Implication des patients</source>
        <translation>Patient involvement</translation>
    </message>
    <message>
        <source>Répondez oui ou non.</source>
        <translation>Answer yes or no.</translation>
    </message>
    <message>
        <source>Les patients intervenants doivent justifier des mêmes compétences (40 h).</source>
        <translation>Patient partners must show the same skills (40 h).</translation>
    </message>
    <message>
        <source>L&apos;association partenaire est agréée</source>
        <translation>The partner association is approved</translation>
    </message>
    <message>
        <source>Kit ETP ne peut pas le vérifier : joignez l&apos;agrément de l&apos;association.</source>
        <translation>Kit ETP cannot check this: attach the association&apos;s approval.</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation>Patient pathway</translation>
    </message>
    <message>
        <source>Les séances sont décrites (ateliers)</source>
        <translation>The sessions are described (workshops)</translation>
    </message>
    <message>
        <source>Aucune séance dans les ateliers.</source>
        <translation>No sessions in the workshops.</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) prête(s), %1 en brouillon.</source>
        <translation>
            <numerusform>%n session ready, %1 in draft.</numerusform>
            <numerusform>%n sessions ready, %1 in draft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Le médecin traitant doit être informé, avec l&apos;accord du patient.</source>
        <translation>The GP must be informed, with the patient&apos;s agreement.</translation>
    </message>
    <message>
        <source>Information, consentement et confidentialité</source>
        <translation>Information, consent and confidentiality</translation>
    </message>
    <message>
        <source>Le patient doit pouvoir sortir du programme à tout moment sans conséquence sur sa prise en charge.</source>
        <translation>The patient must be able to leave the programme at any time with no consequence for their care.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Les sources de financement prévues sont indiquées</source>
        <translation>The planned funding sources are stated</translation>
    </message>
    <message>
        <source>Aucune source de financement.</source>
        <translation>No funding source.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n source.</numerusform>
            <numerusform>%n sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Déclarations et signatures</source>
        <translation>Declarations and signatures</translation>
    </message>
    <message>
        <source>Certaines ARS la demandent.</source>
        <translation>Some ARSs request it.</translation>
    </message>
    <message>
        <source>Le dossier suit le modèle de votre ARS</source>
        <translation>The dossier follows your ARS&apos;s template</translation>
    </message>
    <message>
        <source>À décrire s&apos;il existe des actions d&apos;accompagnement.</source>
        <translation>To be described if there are support actions.</translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n&apos;est impliquée</source>
        <translation>No pharmaceutical, medical device, in vitro diagnostic or health services company is involved</translation>
    </message>
    <message>
        <source>Interdit (art. L1161-4 du code de la santé publique) : une telle entreprise ne peut ni concevoir, ni financer, ni mettre en œuvre les contacts du programme avec les patients.</source>
        <translation>Prohibited (art. L1161-4 of the French Public Health Code): such a company may neither design, fund nor deliver the programme&apos;s contacts with patients.</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Pièce jointe : %1</source>
        <translation>Attached document: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pièce(s) jointe(s).</source>
        <translation>
            <numerusform>%n attached document.</numerusform>
            <numerusform>%n attached documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Non jointe : ajoutez le document que l&apos;équipe utilise (Déclaration ARS › Pièces jointes).</source>
        <translation>Not attached: add the document the team uses (ARS declaration › Attached documents).</translation>
    </message>
    <message>
        <source>Le plan suit la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2) telle qu&apos;elle est connue ; les pièces demandées varient selon les ARS.</source>
        <translation>The outline follows the composition of the declaration dossier (order of 30 December 2020, annex 2) as currently known; the documents requested vary between ARSs.</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Un coordonnateur est désigné</source>
        <translation>A coordinator has been appointed</translation>
    </message>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est coordonnateur.</source>
        <translation>No team member is the coordinator.</translation>
    </message>
    <message numerus="yes">
        <source>%n membres sont marqués coordonnateur : il en faut un seul.</source>
        <translation>
            <numerusform>%n member is marked as coordinator: there must be exactly one.</numerusform>
            <numerusform>%n members are marked as coordinator: there must be only one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le coordonnateur est médecin, autre professionnel de santé ou membre mandaté d&apos;une association de patients agréée</source>
        <translation>The coordinator is a doctor, another health professional or an authorised member of an approved patient association</translation>
    </message>
    <message>
        <source>Qualité du coordonnateur non renseignée.</source>
        <translation>Coordinator&apos;s status not specified.</translation>
    </message>
    <message>
        <source>Le programme est co-construit avec une équipe médicale, dont le responsable signe</source>
        <translation>The programme is co-designed with a medical team, whose head signs</translation>
    </message>
    <message>
        <source>Équipe médicale associée non renseignée.</source>
        <translation>Associated medical team not specified.</translation>
    </message>
    <message>
        <source>Le coordonnateur a les compétences de coordination (formation à la coordination de l&apos;ETP)</source>
        <translation>The coordinator has coordination skills (training in ETP coordination)</translation>
    </message>
    <message>
        <source>Formation à la coordination non renseignée.</source>
        <translation>Coordination training not specified.</translation>
    </message>
    <message>
        <source>Le coordonnateur a suivi au moins 40 heures de formation à l&apos;ETP</source>
        <translation>The coordinator has completed at least 40 hours of ETP training</translation>
    </message>
    <message>
        <source>%1 : %2 h déclarées.</source>
        <translation>%1: %2 h declared.</translation>
    </message>
    <message>
        <source>L&apos;attestation de formation du coordonnateur est jointe</source>
        <translation>The coordinator&apos;s training certificate is attached</translation>
    </message>
    <message>
        <source>Aucune attestation jointe pour %1.</source>
        <translation>No certificate attached for %1.</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Au moins deux professionnels de santé de professions différentes</source>
        <translation>At least two health professionals from different professions</translation>
    </message>
    <message numerus="yes">
        <source>%n profession(s) de santé dans l&apos;équipe.</source>
        <translation>
            <numerusform>%n health profession in the team.</numerusform>
            <numerusform>%n health professions in the team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Un médecin intervient (le coordonnateur n&apos;est pas médecin)</source>
        <translation>A doctor is involved (the coordinator is not a doctor)</translation>
    </message>
    <message>
        <source>Aucun intervenant n&apos;a une profession reconnue comme médicale.</source>
        <translation>No facilitator has a profession recognised as medical.</translation>
    </message>
    <message>
        <source>Un médecin intervient</source>
        <translation>A doctor is involved</translation>
    </message>
    <message>
        <source>Le coordonnateur est médecin.</source>
        <translation>The coordinator is a doctor.</translation>
    </message>
    <message>
        <source>Chaque intervenant a suivi au moins 40 heures de formation à l&apos;ETP</source>
        <translation>Each facilitator has completed at least 40 hours of ETP training</translation>
    </message>
    <message>
        <source>L&apos;équipe est vide.</source>
        <translation>The team is empty.</translation>
    </message>
    <message>
        <source>Moins de 40 h : %1.</source>
        <translation>Less than 40 h: %1.</translation>
    </message>
    <message>
        <source>L&apos;attestation de formation de chaque intervenant est jointe</source>
        <translation>Each facilitator&apos;s training certificate is attached</translation>
    </message>
    <message>
        <source>Sans attestation jointe : %1.</source>
        <translation>No certificate attached: %1.</translation>
    </message>
    <message>
        <source>Chaque intervenant a signé la charte d&apos;engagement</source>
        <translation>Each facilitator has signed the commitment charter</translation>
    </message>
    <message>
        <source>Charte non signée : %1.</source>
        <translation>Charter not signed: %1.</translation>
    </message>
    <message>
        <source>La charte signée de chaque intervenant est jointe</source>
        <translation>Each facilitator&apos;s signed charter is attached</translation>
    </message>
    <message>
        <source>Charte signée non jointe : %1.</source>
        <translation>Signed charter not attached: %1.</translation>
    </message>
</context>
<context>
    <name>DeclarationCommands</name>
    <message>
        <source>Ajouter l&apos;intervenant « %1 »</source>
        <translation>Add facilitator “%1”</translation>
    </message>
    <message>
        <source>Modifier l&apos;intervenant « %1 »</source>
        <translation>Edit facilitator “%1”</translation>
    </message>
    <message>
        <source>Retirer l&apos;intervenant « %1 »</source>
        <translation>Remove facilitator “%1”</translation>
    </message>
    <message>
        <source>Ajouter le financement « %1 »</source>
        <translation>Add funding “%1”</translation>
    </message>
    <message>
        <source>Modifier le financement « %1 »</source>
        <translation>Edit funding “%1”</translation>
    </message>
    <message>
        <source>Retirer le financement « %1 »</source>
        <translation>Remove funding “%1”</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Enregistrer « %1 »</source>
        <translation>Save “%1”</translation>
    </message>
    <message>
        <source>Joindre « %1 »</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <source>Remplacer la pièce « %1 »</source>
        <translation>Replace document “%1”</translation>
    </message>
    <message>
        <source>Retirer la pièce « %1 »</source>
        <translation>Remove document “%1”</translation>
    </message>
</context>
<context>
    <name>DeclarationFlow</name>
    <message>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>done</translation>
    </message>
    <message>
        <source>à revoir</source>
        <translation>needs review</translation>
    </message>
    <message>
        <source>Logigramme proposé par Kit ETP d&apos;après la réglementation et le Kit ETP en cancérologie du réseau ONCOPL ; ce n&apos;est pas un document officiel de l&apos;ARS.</source>
        <translation>Flowchart proposed by Kit ETP based on the regulations and the ONCOPL network&apos;s Kit ETP en cancérologie; it is not an official ARS document.</translation>
    </message>
    <message>
        <source>1. Évaluer le besoin et la population</source>
        <translation>1. Assess the need and the population</translation>
    </message>
    <message>
        <source>%1 / %2 rubriques renseignées</source>
        <translation>%1 / %2 sections filled in</translation>
    </message>
    <message>
        <source>2. Constituer l&apos;équipe</source>
        <translation>2. Build the team</translation>
    </message>
    <message>
        <source>3. Concevoir le programme</source>
        <translation>3. Design the programme</translation>
    </message>
    <message>
        <source>4. Préparer les documents</source>
        <translation>4. Prepare the documents</translation>
    </message>
    <message>
        <source>tout est renseigné</source>
        <translation>everything is filled in</translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation>
            <numerusform>%n item missing</numerusform>
            <numerusform>%n items missing</numerusform>
        </translation>
    </message>
    <message>
        <source>5. Vérifier la complétude</source>
        <translation>5. Check completeness</translation>
    </message>
    <message numerus="yes">
        <source>complet ; %n point(s) à vérifier</source>
        <translation>
            <numerusform>complete; %n point to check</numerusform>
            <numerusform>complete; %n points to check</numerusform>
        </translation>
    </message>
    <message>
        <source>6. Envoyer le dossier à l&apos;ARS</source>
        <translation>6. Send the dossier to the ARS</translation>
    </message>
    <message>
        <source>pas encore envoyé</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>pièces manquantes demandées le %1</source>
        <translation>missing documents requested on %1</translation>
    </message>
    <message>
        <source>accusé de réception du %1</source>
        <translation>acknowledgement of receipt dated %1</translation>
    </message>
    <message>
        <source>réputé complet le %1</source>
        <translation>deemed complete on %1</translation>
    </message>
    <message>
        <source>envoyé le %1 ; réponse attendue avant le %2</source>
        <translation>sent on %1; reply expected by %2</translation>
    </message>
    <message>
        <source>7. Déclaration effective : démarrer sous 12 mois</source>
        <translation>7. Declaration in effect: start within 12 months</translation>
    </message>
    <message>
        <source>pas encore effective</source>
        <translation>not yet in effect</translation>
    </message>
    <message>
        <source>effective le %1 ; démarré le %2</source>
        <translation>in effect from %1; started on %2</translation>
    </message>
    <message>
        <source>non démarré avant le %1 : la déclaration devient caduque</source>
        <translation>not started by %1: the declaration lapses</translation>
    </message>
    <message>
        <source>effective le %1 ; démarrer avant le %2</source>
        <translation>in effect from %1; start before %2</translation>
    </message>
    <message>
        <source>Former l&apos;équipe (40 h)</source>
        <translation>Train the team (40 h)</translation>
    </message>
    <message>
        <source>%1 / %2 intervenants formés avec attestation</source>
        <translation>%1 / %2 facilitators trained, with certificate</translation>
    </message>
    <message>
        <source>Préparer salles, matériel et supports</source>
        <translation>Prepare rooms, equipment and materials</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) décrite(s)</source>
        <translation>
            <numerusform>%n session described</numerusform>
            <numerusform>%n sessions described</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n en brouillon</source>
        <translation>
            <numerusform>, %n in draft</numerusform>
            <numerusform>, %n in draft</numerusform>
        </translation>
    </message>
    <message>
        <source>Inclure les premiers patients (information, consentement)</source>
        <translation>Enrol the first patients (information, consent)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) consentant(s)</source>
        <translation>
            <numerusform>%n consenting patient</numerusform>
            <numerusform>%n consenting patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Bilan éducatif partagé et programme personnalisé</source>
        <translation>Shared educational assessment and personalised programme</translation>
    </message>
    <message numerus="yes">
        <source>%n bilan(s) partagé(s)</source>
        <translation>
            <numerusform>%n shared assessment</numerusform>
            <numerusform>%n shared assessments</numerusform>
        </translation>
    </message>
    <message>
        <source>Séances éducatives</source>
        <translation>Educational sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) tenue(s)</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message>
        <source>aucune séance depuis le %1 : 6 mois d&apos;arrêt rendent la déclaration caduque</source>
        <translation>no session since %1: a 6-month break makes the declaration lapse</translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse au médecin traitant</source>
        <translation>Individual evaluation and summary to the GP</translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle (à chaque anniversaire)</source>
        <translation>Annual self-evaluation (on each anniversary)</translation>
    </message>
    <message>
        <source>première échéance un an après la prise d&apos;effet</source>
        <translation>first due one year after the effective date</translation>
    </message>
    <message>
        <source>auto-évaluation %1 rédigée</source>
        <translation>%1 self-evaluation written</translation>
    </message>
    <message>
        <source>auto-évaluation attendue depuis le %1</source>
        <translation>self-evaluation due since %1</translation>
    </message>
    <message>
        <source>première échéance le %1</source>
        <translation>first due on %1</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Four-year evaluation</translation>
    </message>
    <message>
        <source>quatre ans après la prise d&apos;effet</source>
        <translation>four years after the effective date</translation>
    </message>
    <message>
        <source>évaluation quadriennale rédigée</source>
        <translation>four-year evaluation written</translation>
    </message>
    <message>
        <source>attendue depuis le %1</source>
        <translation>due since %1</translation>
    </message>
    <message>
        <source>échéance le %1</source>
        <translation>due on %1</translation>
    </message>
    <message>
        <source>Notifier les changements à l&apos;ARS</source>
        <translation>Notify the ARS of changes</translation>
    </message>
    <message>
        <source>coordonnateur, objectifs, financement : aucun changement notifié</source>
        <translation>coordinator, objectives, funding: no change notified</translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) notifié(s)</source>
        <translation>
            <numerusform>%n change notified</numerusform>
            <numerusform>%n changes notified</numerusform>
        </translation>
    </message>
    <message>
        <source>Déclarer un arrêt sous 3 mois</source>
        <translation>Declare discontinuation within 3 months</translation>
    </message>
    <message>
        <source>programme en cours</source>
        <translation>programme running</translation>
    </message>
    <message>
        <source>arrêté le %1</source>
        <translation>closed on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n évaluation(s) finale(s)</source>
        <translation>
            <numerusform>%n final evaluation</numerusform>
            <numerusform>%n final evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) au médecin traitant</source>
        <translation>
            <numerusform>%n letter to the GP</numerusform>
            <numerusform>%n letters to the GP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclarationHtml</name>
    <message>
        <source>[Non renseigné]</source>
        <translation>[Not provided]</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>coordonnateur</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>patient intervenant</source>
        <translation>patient partner</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>moins de 40 h</source>
        <translation>less than 40 h</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Rôle dans le programme</source>
        <translation>Role in the programme</translation>
    </message>
    <message>
        <source>Formation ETP</source>
        <translation>ETP training</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>chaque année</source>
        <translation>every year</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>individuelle</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>group</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est encore décrite dans les ateliers.</source>
        <translation>No session has been described in the workshops yet.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>signée le %1</source>
        <translation>signed on %1</translation>
    </message>
    <message>
        <source>non signée</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Charte d&apos;engagement</source>
        <translation>Commitment charter</translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Exigence</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>pièce n° %1</source>
        <translation>document no. %1</translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation>to be attached</translation>
    </message>
    <message>
        <source>jointe (%1)</source>
        <translation>attached (%1)</translation>
    </message>
    <message>
        <source>déclaré à l&apos;ARS (déclaration effective le %1)</source>
        <translation>declared to the ARS (declaration effective on %1)</translation>
    </message>
    <message>
        <source>en cours de déclaration auprès de l&apos;ARS</source>
        <translation>declaration in progress with the ARS</translation>
    </message>
    <message>
        <source>Le %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, le %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Charte signée</source>
        <translation>Charter signed</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Déclaration ARS</source>
        <translation>ARS declaration</translation>
    </message>
    <message>
        <source>&amp;Imprimer le dossier…</source>
        <translation>Pr&amp;int the dossier…</translation>
    </message>
    <message>
        <source>&amp;Notice adresseurs…</source>
        <translation>&amp;Referrer leaflet…</translation>
    </message>
    <message>
        <source>Fiche annuaire (&amp;JSON)…</source>
        <translation>Directory card (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Double-cliquez une ligne pour ouvrir l&apos;étape du logigramme qui la corrige.</source>
        <translation>Double-click a row to open the flowchart step that corrects it.</translation>
    </message>
    <message>
        <source>Agrandir (Ctrl+molette)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Ajuster</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Imprimer les &amp;logigrammes…</source>
        <translation>Print the f&amp;lowcharts…</translation>
    </message>
    <message>
        <source>Cliquez une étape pour l&apos;ouvrir.</source>
        <translation>Click a step to open it.</translation>
    </message>
    <message>
        <source>Les dates de la déclaration</source>
        <translation>Declaration dates</translation>
    </message>
    <message>
        <source>Envoyée le :</source>
        <translation>Sent on:</translation>
    </message>
    <message>
        <source>Réponse de l&apos;ARS :</source>
        <translation>ARS response:</translation>
    </message>
    <message>
        <source>Échéance des 2 mois :</source>
        <translation>2-month deadline:</translation>
    </message>
    <message>
        <source>Effective le :</source>
        <translation>Effective on:</translation>
    </message>
    <message>
        <source>Démarrer avant le :</source>
        <translation>Start before:</translation>
    </message>
    <message>
        <source>Changements notifiés :</source>
        <translation>Changes notified:</translation>
    </message>
    <message>
        <source>Notifier un &amp;changement…</source>
        <translation>Notify a c&amp;hange…</translation>
    </message>
    <message>
        <source>Vérification de complétude</source>
        <translation>Completeness check</translation>
    </message>
    <message>
        <source>&amp;Voir la liste des exigences</source>
        <translation>&amp;View the list of requirements</translation>
    </message>
    <message>
        <source>Préparer la &amp;télédéclaration…</source>
        <translation>Prepare the online &amp;declaration…</translation>
    </message>
    <message>
        <source>Arrêt :</source>
        <translation>Closure:</translation>
    </message>
    <message>
        <source>Courrier d&apos;a&amp;rrêt…</source>
        <translation>C&amp;losure letter…</translation>
    </message>
    <message>
        <source>Complét&amp;ude en PDF (document interne)…</source>
        <translation>Completeness as P&amp;DF (internal document)…</translation>
    </message>
    <message>
        <source>Aperçu du d&amp;ossier</source>
        <translation>Preview the d&amp;ossier</translation>
    </message>
    <message>
        <source>Do&amp;ssier en PDF…</source>
        <translation>Do&amp;ssier as PDF…</translation>
    </message>
    <message>
        <source>Fic&amp;he annuaire (PDF)…</source>
        <translation>Directory &amp;card (PDF)…</translation>
    </message>
    <message>
        <source>Dat&amp;es…</source>
        <translation>D&amp;ates…</translation>
    </message>
</context>
<context>
    <name>DeclarationTimeline</name>
    <message>
        <source>Le %1 est dans le futur : saisissez la date à laquelle c&apos;est arrivé.</source>
        <translation>%1 is in the future: enter the date on which it happened.</translation>
    </message>
    <message>
        <source>Saisissez d&apos;abord %1.</source>
        <translation>Enter %1 first.</translation>
    </message>
    <message>
        <source>Le %1 précède %2 (%3).</source>
        <translation>%1 is before %2 (%3).</translation>
    </message>
    <message>
        <source>la date d&apos;envoi</source>
        <translation>the sending date</translation>
    </message>
    <message>
        <source>la date de la liste de pièces manquantes</source>
        <translation>the date of the missing-documents list</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Les textes du programme de démonstration manquent.</source>
        <translation>The demonstration programme&apos;s texts are missing.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>le champ « %1.%2 » est trop long (plus de %3 caractères).</source>
        <translation>the field &quot;%1.%2&quot; is too long (more than %3 characters).</translation>
    </message>
    <message>
        <source>le champ « %1.%2 » n&apos;est pas une date (AAAA-MM-JJ).</source>
        <translation>the field &quot;%1.%2&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>le champ « %1 » n&apos;a pas le type attendu.</source>
        <translation>the field &quot;%1&quot; does not have the expected type.</translation>
    </message>
    <message>
        <source>Département non précisé</source>
        <translation>Département not given</translation>
    </message>
    <message>
        <source>collectif</source>
        <translation>group</translation>
    </message>
    <message>
        <source>individuel</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>à distance</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>ce n&apos;est pas une fiche annuaire (fichier trop grand).</source>
        <translation>this is not a directory card (file too large).</translation>
    </message>
    <message>
        <source>ce n&apos;est pas une fiche annuaire (pas un objet JSON lisible).</source>
        <translation>this is not a directory card (not a readable JSON object).</translation>
    </message>
    <message>
        <source>ce n&apos;est pas une fiche annuaire Kit ETP (« format » vaut « %1 »).</source>
        <translation>this is not a Kit ETP directory card (&quot;format&quot; is &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>ce n&apos;est pas une fiche annuaire Kit ETP (pas de champ « format »).</source>
        <translation>this is not a Kit ETP directory card (no &quot;format&quot; field).</translation>
    </message>
    <message>
        <source>la version de la fiche est absente ou n&apos;est pas un nombre entier.</source>
        <translation>the card&apos;s version is missing or is not a whole number.</translation>
    </message>
    <message>
        <source>la fiche est d&apos;un format plus récent (version %1 ; cette version de Kit ETP lit la version %2). Mettez Kit ETP à jour.</source>
        <translation>the card is of a newer format (version %1; this version of Kit ETP reads version %2). Update Kit ETP.</translation>
    </message>
    <message>
        <source>la date de la fiche (« generated ») est absente ou n&apos;est pas une date.</source>
        <translation>the card&apos;s date (&quot;generated&quot;) is missing or is not a date.</translation>
    </message>
    <message>
        <source>la date de la fiche (%1) n&apos;est pas plausible.</source>
        <translation>the card&apos;s date (%1) is not plausible.</translation>
    </message>
    <message>
        <source>le titre du programme (« programme.title ») manque.</source>
        <translation>the programme&apos;s title (&quot;programme.title&quot;) is missing.</translation>
    </message>
    <message>
        <source>la structure porteuse manque (ni « structure.name » ni « structure.finessOrSiren »).</source>
        <translation>the host organisation is missing (neither &quot;structure.name&quot; nor &quot;structure.finessOrSiren&quot;).</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Nom du département</source>
        <translation>Département name</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Health problem</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Patients extérieurs acceptés</source>
        <translation>Outside patients accepted</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>FINESS / SIREN</source>
        <translation>FINESS / SIREN</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Déclaration effective le</source>
        <translation>Declaration effective on</translation>
    </message>
    <message>
        <source>Date de la fiche</source>
        <translation>Card date</translation>
    </message>
    <message>
        <source>À mettre à jour</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DirectoryCard</name>
    <message>
        <source>Fiche annuaire du programme</source>
        <translation>Programme directory entry</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Health condition</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Bénéficiaires potentiels (estimation)</source>
        <translation>Potential beneficiaries (estimate)</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Séances décrites</source>
        <translation>Sessions described</translation>
    </message>
    <message>
        <source>Patients intervenants</source>
        <translation>Patient partners</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Association de patients</source>
        <translation>Patient association</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>FINESS / SIREN</source>
        <translation>FINESS / SIREN</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Professions de l&apos;équipe</source>
        <translation>Team professions</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Déclaration effective le</source>
        <translation>Declaration effective on</translation>
    </message>
</context>
<context>
    <name>DirectoryDocument</name>
    <message>
        <source>Fiche du %1</source>
        <translation>Card of %1</translation>
    </message>
    <message>
        <source>« à mettre à jour »</source>
        <translation>&quot;to update&quot;</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Health problem</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Accepte des patients extérieurs</source>
        <translation>Accepts patients from outside</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Association de patients</source>
        <translation>Patient association</translation>
    </message>
    <message>
        <source>Déclaration effective le</source>
        <translation>Declaration effective on</translation>
    </message>
    <message>
        <source>Arrêt déclaré le</source>
        <translation>Stop declared on</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Annuaire des programmes d&apos;éducation thérapeutique du patient</source>
        <translation>Directory of therapeutic patient education programmes</translation>
    </message>
    <message>
        <source>Annuaire, édition du %1</source>
        <translation>Directory, edition of %1</translation>
    </message>
    <message>
        <source>Édition du %1</source>
        <translation>Edition of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) de plus d&apos;un an, marquée(s) « à mettre à jour ».</source>
        <translation>
            <numerusform>%n card more than a year old, marked &quot;to update&quot;.</numerusform>
            <numerusform>%n cards more than a year old, marked &quot;to update&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chaque programme est présenté d&apos;après sa fiche annuaire, telle que son équipe l&apos;a transmise, à la date indiquée. Classement par département puis par ville.</source>
        <translation>Each programme is presented from its directory card, as its team sent it, on the date shown. Sorted by département, then by town.</translation>
    </message>
    <message>
        <source>Ville non précisée</source>
        <translation>Town not given</translation>
    </message>
    <message>
        <source>L&apos;annuaire ne contient aucun programme.</source>
        <translation>The directory holds no programme.</translation>
    </message>
</context>
<context>
    <name>DossierAnnexes</name>
    <message>
        <source>Programme d&apos;éducation thérapeutique :</source>
        <translation>Therapeutic patient education programme:</translation>
    </message>
    <message>
        <source>proposé par</source>
        <translation>offered by</translation>
    </message>
    <message>
        <source>Je soussigné(e)</source>
        <translation>I, the undersigned</translation>
    </message>
    <message>
        <source>déclare avoir reçu une information claire sur le programme, ses objectifs, son déroulement et les personnes qui l&apos;animent.</source>
        <translation>declare that I have received clear information about the programme, its objectives, how it is run and the people who lead it.</translation>
    </message>
    <message>
        <source>J&apos;accepte d&apos;entrer dans le programme.</source>
        <translation>I agree to join the programme.</translation>
    </message>
    <message>
        <source>J&apos;accepte que les informations me concernant soient partagées entre les intervenants du programme.</source>
        <translation>I agree that information about me may be shared between the programme&apos;s facilitators.</translation>
    </message>
    <message>
        <source>J&apos;accepte que mon médecin traitant soit informé de mon entrée, de mon parcours et de mon évaluation finale.</source>
        <translation>I agree that my GP may be informed of my joining, my progress and my final evaluation.</translation>
    </message>
    <message>
        <source>Je peux quitter le programme à tout moment, sans conséquence sur ma prise en charge. Je peux retirer mon consentement au partage des données à tout moment.</source>
        <translation>I may leave the programme at any time, without any effect on my care. I may withdraw my consent to data sharing at any time.</translation>
    </message>
    <message>
        <source>Confidentialité et protection des données :</source>
        <translation>Confidentiality and data protection:</translation>
    </message>
    <message>
        <source>Fait à</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>le</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Signature du patient :</source>
        <translation>Patient&apos;s signature:</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>Pour qui ?</source>
        <translation>Who is it for?</translation>
    </message>
    <message>
        <source>Comment se déroule-t-il ?</source>
        <translation>How does it work?</translation>
    </message>
    <message>
        <source>Vos droits</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Votre participation est libre. Vous pouvez quitter le programme à tout moment sans conséquence sur vos soins.</source>
        <translation>Your participation is voluntary. You may leave the programme at any time without any effect on your care.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Docteur</source>
        <translation>Dr</translation>
    </message>
    <message>
        <source>Cher confrère, chère consœur,</source>
        <translation>Dear Colleague,</translation>
    </message>
    <message>
        <source>Avec son accord, nous vous informons que votre patient(e)</source>
        <translation>With their consent, we are writing to inform you that your patient</translation>
    </message>
    <message>
        <source>☐ entre dans ☐ poursuit ☐ a terminé le programme d&apos;éducation thérapeutique</source>
        <translation>☐ is joining ☐ is continuing ☐ has completed the therapeutic patient education programme</translation>
    </message>
    <message>
        <source>Nous restons à votre disposition pour tout échange.</source>
        <translation>Please do not hesitate to contact us should you wish to discuss this further.</translation>
    </message>
    <message>
        <source>Vous trouverez avec ce courrier la synthèse de son bilan éducatif partagé ou de son évaluation individuelle, et les objectifs convenus avec lui (elle).</source>
        <translation>Enclosed with this letter you will find the summary of their shared educational assessment or individual evaluation, and the objectives agreed with them.</translation>
    </message>
    <message>
        <source>Attestations de formation et chartes signées</source>
        <translation>Training certificates and signed charters</translation>
    </message>
    <message>
        <source>aucun membre dans l&apos;équipe</source>
        <translation>no members in the team</translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation>to be attached</translation>
    </message>
    <message>
        <source>Liste des intervenants</source>
        <translation>List of facilitators</translation>
    </message>
    <message>
        <source>dans ce dossier, partie 3</source>
        <translation>in this dossier, part 3</translation>
    </message>
    <message>
        <source>un modèle de Kit ETP figure dans les annexes</source>
        <translation>a Kit ETP template is included in the appendices</translation>
    </message>
    <message>
        <source>Agrément de l&apos;association de patients</source>
        <translation>Approval of the patient association</translation>
    </message>
    <message>
        <source>à joindre si votre ARS le demande</source>
        <translation>to attach if your ARS requests it</translation>
    </message>
    <message>
        <source>jointe (pièce n° %1)</source>
        <translation>attached (document no. %1)</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Concerne</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Déclaration d&apos;un programme d&apos;éducation thérapeutique du patient</source>
        <translation>Declaration of a therapeutic patient education programme</translation>
    </message>
    <message>
        <source>Structure porteuse :</source>
        <translation>Host organisation:</translation>
    </message>
    <message>
        <source>Coordonnateur :</source>
        <translation>Coordinator:</translation>
    </message>
    <message>
        <source>Adressé à :</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Dossier de déclaration à l&apos;ARS</source>
        <translation>Declaration dossier for the ARS</translation>
    </message>
    <message>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Plan établi d&apos;après la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2). %1</source>
        <translation>Outline based on the composition of the declaration dossier (order of 30 December 2020, annex 2). %1</translation>
    </message>
    <message>
        <source>Les pièces jointes sont insérées chacune après sa page de titre ; leurs pages sont comptées dans la numérotation du dossier mais n&apos;en portent pas le pied de page.</source>
        <translation>Each attached document is inserted after its title page; its pages are counted in the dossier&apos;s page numbering but do not carry its footer.</translation>
    </message>
    <message>
        <source>Pièce n° %1 — %2</source>
        <translation>Document no. %1 — %2</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profession et formation ETP :</source>
        <translation>Profession and ETP training:</translation>
    </message>
    <message>
        <source>%1 h de formation</source>
        <translation>%1 h of training</translation>
    </message>
    <message>
        <source>attestation :</source>
        <translation>certificate:</translation>
    </message>
    <message>
        <source>Chaque intervenant et le coordonnateur justifient d&apos;au moins 40 heures de formation à l&apos;ETP (arrêté du 2 août 2010 modifié) par une attestation ; la colonne « Attestation » donne son état : pièce du dossier, ou à joindre.</source>
        <translation>Each facilitator and the coordinator provide evidence of at least 40 hours of ETP training (amended order of 2 August 2010) with a certificate; the “Certificate” column gives its status: document in the dossier, or to attach.</translation>
    </message>
    <message>
        <source>Problème de santé et population</source>
        <translation>Health condition and population</translation>
    </message>
    <message>
        <source>Objectifs, critères de jugement et données probantes</source>
        <translation>Objectives, outcome criteria and supporting evidence</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation>Patient pathway</translation>
    </message>
    <message>
        <source>Les séances du programme</source>
        <translation>The programme sessions</translation>
    </message>
    <message>
        <source>Actions d&apos;accompagnement</source>
        <translation>Support actions</translation>
    </message>
    <message>
        <source>La déclaration n&apos;ouvre pas droit à un financement, qui relève d&apos;une procédure distincte.</source>
        <translation>The declaration does not confer entitlement to funding, which is subject to a separate procedure.</translation>
    </message>
    <message>
        <source>Le programme étant mis en œuvre dans plusieurs régions, il est déclaré à chacune des ARS concernées (article R1161-4 du code de la santé publique) ; ce dossier est adressé à %1.</source>
        <translation>As the programme is delivered in several regions, it is declared to each ARS concerned (article R1161-4 of the French Public Health Code); this dossier is addressed to %1.</translation>
    </message>
    <message>
        <source>Rappel (article L1161-4 du code de la santé publique) : aucune entreprise se livrant à l&apos;exploitation d&apos;un médicament, d&apos;un dispositif médical ou d&apos;un dispositif médical de diagnostic in vitro, ni aucune entreprise proposant des prestations en lien avec la santé, ne participe à la conception, au financement ou à la mise en œuvre des contacts du programme avec les patients.</source>
        <translation>Reminder (article L1161-4 of the French Public Health Code): no company marketing a medicinal product, a medical device or an in vitro diagnostic medical device, nor any company offering health-related services, takes part in the design, funding or delivery of the programme&apos;s contacts with patients.</translation>
    </message>
    <message>
        <source>Le déclarant</source>
        <translation>The declarant</translation>
    </message>
    <message>
        <source>Le responsable médical</source>
        <translation>The medical lead</translation>
    </message>
    <message>
        <source>L&apos;association partenaire</source>
        <translation>The partner association</translation>
    </message>
    <message>
        <source>Pièces jointes / pièces à joindre</source>
        <translation>Attached documents / documents to attach</translation>
    </message>
    <message>
        <source>Charte d&apos;engagement : signataires</source>
        <translation>Commitment charter: signatories</translation>
    </message>
    <message>
        <source>Chaque intervenant signe la charte d&apos;engagement (arrêté du 30 décembre 2020). La dernière colonne donne l&apos;état de la charte signée : pièce du dossier, ou à joindre.</source>
        <translation>Each facilitator signs the commitment charter (order of 30 December 2020). The last column gives the status of the signed charter: document in the dossier, or to attach.</translation>
    </message>
    <message>
        <source>Modèle proposé par Kit ETP à partir des champs du programme, à remplacer par le document que l&apos;équipe utilise réellement.</source>
        <translation>Template suggested by Kit ETP from the programme&apos;s fields, to be replaced with the document the team actually uses.</translation>
    </message>
    <message>
        <source>Modèle de formulaire de consentement</source>
        <translation>Consent form template</translation>
    </message>
    <message>
        <source>Modèle de fiche d&apos;information du patient</source>
        <translation>Patient information sheet template</translation>
    </message>
    <message>
        <source>Modèle de courrier au médecin traitant</source>
        <translation>GP letter template</translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Fichier joint :</source>
        <translation>Attached file:</translation>
    </message>
    <message numerus="yes">
        <source>Dans le PDF du dossier, la pièce suit cette page (%n page(s)).</source>
        <translation>
            <numerusform>In the dossier PDF, the document follows this page (%n page).</numerusform>
            <numerusform>In the dossier PDF, the document follows this page (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette pièce n&apos;a pas pu être insérée : ouvrez-la depuis Kit ETP et joignez-la à part.</source>
        <translation>This document could not be inserted: open it from Kit ETP and attach it separately.</translation>
    </message>
    <message>
        <source>1. Structure porteuse</source>
        <translation>1. Host organisation</translation>
    </message>
    <message>
        <source>2. Coordonnateur</source>
        <translation>2. Coordinator</translation>
    </message>
    <message>
        <source>3. Équipe d&apos;intervenants</source>
        <translation>3. Facilitator team</translation>
    </message>
    <message>
        <source>4. Implication des patients</source>
        <translation>4. Patient involvement</translation>
    </message>
    <message>
        <source>5. Le programme</source>
        <translation>5. The programme</translation>
    </message>
    <message>
        <source>6. Coordination et dossier du patient</source>
        <translation>6. Coordination and patient record</translation>
    </message>
    <message>
        <source>7. Information, consentement et confidentialité</source>
        <translation>7. Information, consent and confidentiality</translation>
    </message>
    <message>
        <source>8. Évaluation</source>
        <translation>8. Evaluation</translation>
    </message>
    <message>
        <source>9. Financement</source>
        <translation>9. Funding</translation>
    </message>
    <message>
        <source>10. Déclarations et signatures</source>
        <translation>10. Declarations and signatures</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Appendices</translation>
    </message>
</context>
<context>
    <name>DossierPdf</name>
    <message>
        <source>Le PDF n&apos;a pas pu être dessiné.</source>
        <translation>The PDF could not be drawn.</translation>
    </message>
    <message>
        <source>Les pièces jointes n&apos;ont pas pu être insérées (%1).</source>
        <translation>The attached documents could not be inserted (%1).</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Inscrire des patients</source>
        <translation>Enrol patients</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Montrer aussi les patients dont le programme ne prévoit pas cette séance</source>
        <translation>Also show patients whose programme does not include this session</translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation>color: #8a5a00;</translation>
    </message>
    <message>
        <source>Filtrer les patients</source>
        <translation>Filter the patients</translation>
    </message>
</context>
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Entrées dans le programme par mois</source>
        <translation>Programme entries per month</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Patients entrés</source>
        <translation>Patients entered</translation>
    </message>
    <message>
        <source>Du consentement à la fin du parcours</source>
        <translation>From consent to end of pathway</translation>
    </message>
    <message>
        <source>Étape du parcours</source>
        <translation>Pathway stage</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Entrés</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>BEP</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Prog. perso.</source>
        <translation>Pers. prog.</translation>
    </message>
    <message>
        <source>≥ 1 séance</source>
        <translation>≥ 1 session</translation>
    </message>
    <message>
        <source>Éval. finale</source>
        <translation>Final eval.</translation>
    </message>
    <message>
        <source>Terminés</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Patients dans la période</source>
        <translation>Patients in the period</translation>
    </message>
    <message>
        <source>Taux de présence par séance</source>
        <translation>Attendance rate by session</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Présents / inscrits (%)</source>
        <translation>Present / enrolled (%)</translation>
    </message>
    <message>
        <source>Taux de présence</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Objectifs des patients à l&apos;évaluation finale</source>
        <translation>Patient objectives at final evaluation</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Atteints</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Partiellement</source>
        <translation>Partially</translation>
    </message>
    <message>
        <source>Non atteints</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Objectifs évalués</source>
        <translation>Objectives evaluated</translation>
    </message>
    <message>
        <source>Répartition des réponses de satisfaction</source>
        <translation>Distribution of satisfaction answers</translation>
    </message>
    <message>
        <source>Réponse (1 = pas du tout d&apos;accord, 5 = tout à fait d&apos;accord)</source>
        <translation>Answer (1 = strongly disagree, 5 = strongly agree)</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Toutes les questions à échelle</source>
        <translation>All scale questions</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>≥ 1 séance suivie</source>
        <translation>≥ 1 session attended</translation>
    </message>
    <message>
        <source>Parcours terminés</source>
        <translation>Pathways completed</translation>
    </message>
    <message>
        <source>Pourcentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Objectifs atteints</source>
        <translation>Objectives achieved</translation>
    </message>
    <message>
        <source>Réponses de satisfaction favorables</source>
        <translation>Favourable satisfaction answers</translation>
    </message>
    <message numerus="yes">
        <source>Pas de données pour %1 : non tracé (ce n&apos;est pas un zéro).</source>
        <translation>
            <numerusform>No data for %1: not plotted (this is not a zero).</numerusform>
            <numerusform>No data for %1: not plotted (these are not zeros).</numerusform>
        </translation>
    </message>
    <message>
        <source>Évolution de l&apos;activité</source>
        <translation>Activity trend</translation>
    </message>
    <message>
        <source>Évolution des indicateurs de qualité</source>
        <translation>Quality indicator trend</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Modifier « %1 » (%2)</source>
        <translation>Edit “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>EvaluationNotes</name>
    <message>
        <source>Difficultés rencontrées, écarts, ce que l&apos;équipe veut changer…</source>
        <translation>Difficulties encountered, gaps, what the team wants to change…</translation>
    </message>
    <message>
        <source>Conduite de l&apos;évaluation</source>
        <translation>How the evaluation was conducted</translation>
    </message>
    <message>
        <source>Conclusion sur les effets</source>
        <translation>Conclusion on the effects</translation>
    </message>
    <message>
        <source>Évolution du programme</source>
        <translation>Development of the programme</translation>
    </message>
    <message>
        <source>Conclusion sur l&apos;évolution</source>
        <translation>Conclusion on the development</translation>
    </message>
    <message>
        <source>Poursuivre, adapter ou arrêter le programme, et pourquoi.</source>
        <translation>Continue, adapt or stop the programme, and why.</translation>
    </message>
    <message>
        <source>Mise à disposition du rapport</source>
        <translation>Making the report available</translation>
    </message>
    <message>
        <source>Comment le rapport est rendu accessible aux patients, associations, médecins traitants.</source>
        <translation>How the report is made accessible to patients, associations and GPs.</translation>
    </message>
    <message>
        <source>« %1 » est trop long (%2 caractères au plus).</source>
        <translation>“%1” is too long (%2 characters maximum).</translation>
    </message>
    <message>
        <source>Pas plus de %1 actions par évaluation.</source>
        <translation>No more than %1 actions per evaluation.</translation>
    </message>
    <message>
        <source>Chaque action doit être décrite.</source>
        <translation>Each action must be described.</translation>
    </message>
    <message>
        <source>Le texte d&apos;une action ou le nom de son responsable est trop long.</source>
        <translation>The text of an action or the name of the person responsible is too long.</translation>
    </message>
    <message>
        <source>L&apos;échéance d&apos;une action doit être une date entre %1 et %2.</source>
        <translation>The deadline of an action must be a date between %1 and %2.</translation>
    </message>
    <message>
        <source>Éléments évalués cette année et pourquoi</source>
        <translation>Items evaluated this year and why</translation>
    </message>
    <message>
        <source>Les quelques points d&apos;activité, de processus et de résultats choisis, et la raison de ce choix.</source>
        <translation>The few activity, process and outcome points chosen, and the reason for that choice.</translation>
    </message>
    <message>
        <source>Qui a participé</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Équipe, patients, association de patients : qui, et comment.</source>
        <translation>Team, patients, patient association: who, and how.</translation>
    </message>
    <message>
        <source>Outils utilisés</source>
        <translation>Tools used</translation>
    </message>
    <message>
        <source>Questionnaire de satisfaction, indicateurs, réunions, entretiens…</source>
        <translation>Satisfaction questionnaire, indicators, meetings, interviews…</translation>
    </message>
    <message>
        <source>Points forts</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Ce qui a fonctionné : pratiques, contenus, organisation, coordination…</source>
        <translation>What worked: practices, content, organisation, coordination…</translation>
    </message>
    <message>
        <source>Difficultés</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Mise à disposition des patients</source>
        <translation>Making the report available to patients</translation>
    </message>
    <message>
        <source>Où et comment les patients peuvent consulter ce rapport (accueil, site, association…).</source>
        <translation>Where and how patients can consult this report (reception, website, association…).</translation>
    </message>
    <message>
        <source>Changements du programme sur la période</source>
        <translation>Changes to the programme over the period</translation>
    </message>
    <message>
        <source>Coordonnateur, équipe, contenus, lieux, financement : ce qui a changé en quatre ans.</source>
        <translation>Coordinator, team, content, venues, funding: what has changed in four years.</translation>
    </message>
    <message>
        <source>Acteurs, calendrier, participation des patients, outils et données utilisés.</source>
        <translation>People involved, timetable, patient participation, tools and data used.</translation>
    </message>
    <message>
        <source>Effets sur les patients</source>
        <translation>Effects on patients</translation>
    </message>
    <message>
        <source>Compétences acquises, objectifs atteints, satisfaction, gains aux questionnaires de connaissances…</source>
        <translation>Skills acquired, objectives achieved, satisfaction, gains in knowledge questionnaires…</translation>
    </message>
    <message>
        <source>Effets sur l&apos;équipe et ses pratiques</source>
        <translation>Effects on the team and its practices</translation>
    </message>
    <message>
        <source>Formation, pratiques, travail en équipe, coordination.</source>
        <translation>Training, practices, teamwork, coordination.</translation>
    </message>
    <message>
        <source>Place du programme dans l&apos;offre de soins locale</source>
        <translation>Place of the programme in local healthcare provision</translation>
    </message>
    <message>
        <source>Liens avec les médecins traitants, les autres programmes, les associations.</source>
        <translation>Links with GPs, other programmes and associations.</translation>
    </message>
    <message>
        <source>Lecture de l&apos;évolution du profil des patients, de l&apos;activité et des indicateurs de processus.</source>
        <translation>Interpretation of trends in patient profile, activity and process indicators.</translation>
    </message>
    <message>
        <source>Décisions pour les quatre ans à venir</source>
        <translation>Decisions for the next four years</translation>
    </message>
    <message>
        <source>Actions d&apos;amélioration décidées</source>
        <translation>Improvement actions decided</translation>
    </message>
    <message>
        <source>Appréciation des critères de jugement</source>
        <translation>Assessment of the outcome criteria</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>réalisée</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>abandonnée</source>
        <translation>abandoned</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Année civile</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <source>Période libre</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>Premier jour de la période</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Dernier jour de la période (inclus)</source>
        <translation>Last day of the period (inclusive)</translation>
    </message>
    <message>
        <source>Questionnaire de satisfaction…</source>
        <translation>Satisfaction questionnaire…</translation>
    </message>
    <message>
        <source>Rapport annuel</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Four-year evaluation</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Choisissez un indicateur pour lire sa définition complète.</source>
        <translation>Choose an indicator to read its full definition.</translation>
    </message>
    <message>
        <source>Graphiques</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Analyse de l&apos;équipe</source>
        <translation>Team analysis</translation>
    </message>
    <message>
        <source>Ajouter une action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Année du programme</source>
        <translation>Programme year</translation>
    </message>
    <message>
        <source>L&apos;année où commence l&apos;année évaluée ; l&apos;évaluation quadriennale couvre les quatre années qui finissent par celle-ci.</source>
        <translation>The year in which the evaluated year starts; the four-year evaluation covers the four years ending with this one.</translation>
    </message>
    <message>
        <source>Exporter pour un tableur (CSV)…</source>
        <translation>Export for a spreadsheet (CSV)…</translation>
    </message>
    <message>
        <source>Les indicateurs de la période dans un fichier CSV qu&apos;un tableur en français ouvre directement (aucune identité)</source>
        <translation>The period&apos;s indicators in a CSV file that a French-language spreadsheet opens directly (no identities)</translation>
    </message>
    <message>
        <source>Critères de jugement déclarés dans le dossier : l&apos;indicateur rapproché de chacun et l&apos;appréciation de l&apos;équipe.</source>
        <translation>Outcome criteria declared in the dossier: the indicator matched to each one and the team&apos;s assessment.</translation>
    </message>
    <message>
        <source>Actions d&apos;amélioration décidées (action, responsable, échéance, état) :</source>
        <translation>Improvement actions decided (action, person responsible, deadline, status):</translation>
    </message>
    <message>
        <source>Période évaluée</source>
        <translation>Period evaluated</translation>
    </message>
    <message>
        <source>Année évaluée</source>
        <translation>Year evaluated</translation>
    </message>
</context>
<context>
    <name>EvaluationReports</name>
    <message>
        <source>Auto-évaluation annuelle — %1</source>
        <translation>Annual self-evaluation — %1</translation>
    </message>
    <message>
        <source>Chaque indicateur est suivi de sa définition (ce qui est compté, à partir de quelles dates). « pas de données » signifie que le fichier du programme ne contient aucune donnée de ce type pour la période : ce n&apos;est pas un zéro.</source>
        <translation>Each indicator is followed by its definition (what is counted, from which dates). “no data” means that the programme file contains no data of this type for the period: it is not a zero.</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Évaluation quadriennale %1–%2</source>
        <translation>Four-year evaluation %1–%2</translation>
    </message>
    <message>
        <source>1. Le programme, le coordonnateur et l&apos;équipe</source>
        <translation>1. The programme, the coordinator and the team</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Profession, rôle</source>
        <translation>Profession, role</translation>
    </message>
    <message>
        <source>Formation ETP</source>
        <translation>ETP training</translation>
    </message>
    <message>
        <source>Charte signée</source>
        <translation>Charter signed</translation>
    </message>
    <message>
        <source>coordonnateur</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>patient partenaire</source>
        <translation>patient partner</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>2. Conduite de l&apos;évaluation</source>
        <translation>2. How the evaluation was conducted</translation>
    </message>
    <message>
        <source>3. Effets du programme</source>
        <translation>3. Effects of the programme</translation>
    </message>
    <message>
        <source>4. Évolution du programme</source>
        <translation>4. Development of the programme</translation>
    </message>
    <message>
        <source>5. Décisions pour l&apos;avenir</source>
        <translation>5. Decisions for the future</translation>
    </message>
    <message>
        <source>Actions décidées lors des auto-évaluations annuelles</source>
        <translation>Actions decided during the annual self-evaluations</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>6. Mise à disposition du rapport</source>
        <translation>6. Making the report available</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Aucune action enregistrée.</source>
        <translation>No actions recorded.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>1. Le programme en bref</source>
        <translation>1. The programme in brief</translation>
    </message>
    <message>
        <source>%1 (déclarés dans le dossier)</source>
        <translation>%1 (declared in the dossier)</translation>
    </message>
    <message>
        <source>Équipe de la période</source>
        <translation>Team during the period</translation>
    </message>
    <message>
        <source>Aucun critère de jugement n&apos;est déclaré dans le dossier : à compléter (Déclaration).</source>
        <translation>No outcome criteria are declared in the dossier: to be completed (Declaration).</translation>
    </message>
    <message>
        <source>Critère de jugement déclaré</source>
        <translation>Declared outcome criterion</translation>
    </message>
    <message>
        <source>Indicateur et valeur</source>
        <translation>Indicator and value</translation>
    </message>
    <message>
        <source>Appréciation de l&apos;équipe</source>
        <translation>Team&apos;s assessment</translation>
    </message>
    <message>
        <source>aucun indicateur rapproché</source>
        <translation>no matched indicator</translation>
    </message>
    <message>
        <source>Rapport d&apos;évaluation sur une période libre — %1</source>
        <translation>Evaluation report for a custom period — %1</translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation de l&apos;équipe, établi le %1. Période couverte : du %2 au %3.</source>
        <translation>Team self-evaluation report, drawn up on %1. Period covered: from %2 to %3.</translation>
    </message>
    <message>
        <source>Période choisie librement : ce n&apos;est pas l&apos;auto-évaluation annuelle, qui porte sur une année du programme.</source>
        <translation>Freely chosen period: this is not the annual self-evaluation, which covers a programme year.</translation>
    </message>
    <message>
        <source>2. Démarche d&apos;auto-évaluation</source>
        <translation>2. Self-evaluation approach</translation>
    </message>
    <message>
        <source>Les indicateurs sont calculés par Kit ETP à partir du fichier du programme (parcours des patients, séances et présences, objectifs, courriers, questionnaires de satisfaction, équipe).</source>
        <translation>The indicators are calculated by Kit ETP from the programme file (patient pathways, sessions and attendance, objectives, letters, satisfaction questionnaires, team).</translation>
    </message>
    <message>
        <source>3. Activité, processus et résultats</source>
        <translation>3. Activity, process and outcomes</translation>
    </message>
    <message>
        <source>Évolution sur les années du programme</source>
        <translation>Trends over the programme years</translation>
    </message>
    <message>
        <source>Confrontation aux objectifs et critères de jugement déclarés</source>
        <translation>Comparison with the declared objectives and outcome criteria</translation>
    </message>
    <message>
        <source>4. Indicateurs de processus</source>
        <translation>4. Process indicators</translation>
    </message>
    <message>
        <source>Proportions calculées par Kit ETP %1 (fonctionnement, mise en œuvre, coordination du programme), avec leur numérateur et leur dénominateur.</source>
        <translation>Proportions calculated by Kit ETP %1 (operation, delivery, coordination of the programme), with their numerator and denominator.</translation>
    </message>
    <message>
        <source>5. Analyse et actions d&apos;amélioration</source>
        <translation>5. Analysis and improvement actions</translation>
    </message>
    <message>
        <source>Suivi des actions de la période précédente (%1)</source>
        <translation>Follow-up of the previous period&apos;s actions (%1)</translation>
    </message>
    <message>
        <source>6. Mise à disposition des patients</source>
        <translation>6. Making the report available to patients</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Four-year evaluation</translation>
    </message>
    <message numerus="yes">
        <source>Rapport d&apos;évaluation quadriennale, établi le %1. Période couverte : du %2 au %3 (%n année(s) de fonctionnement).</source>
        <translation>
            <numerusform>Four-year evaluation report, drawn up on %1. Period covered: from %2 to %3 (%n year of operation).</numerusform>
            <numerusform>Four-year evaluation report, drawn up on %1. Period covered: from %2 to %3 (%n years of operation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Le programme a commencé le %1 : le rapport ne remonte pas avant.</source>
        <translation>The programme started on %1: the report does not go back further.</translation>
    </message>
    <message>
        <source>L&apos;équipe au %1 :</source>
        <translation>The team on %1:</translation>
    </message>
    <message>
        <source>Données : le fichier du programme (parcours des patients, séances, présences, objectifs, questionnaires de satisfaction, équipe), du %1 au %2 ; indicateurs calculés par Kit ETP selon les définitions des rapports annuels.</source>
        <translation>Data: the programme file (patient pathways, sessions, attendance, objectives, satisfaction questionnaires, team), from %1 to %2; indicators calculated by Kit ETP according to the definitions in the annual reports.</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Profil des patients entrés chaque année</source>
        <translation>Profile of patients entering each year</translation>
    </message>
    <message>
        <source>Patients dont le consentement d&apos;entrée est daté dans l&apos;année, comptés d&apos;après leur fiche (jamais leur identité) ; l&apos;âge est celui de l&apos;année d&apos;entrée.</source>
        <translation>Patients whose entry consent is dated within the year, counted from their record (never their identity); age is the age in the year of entry.</translation>
    </message>
    <message>
        <source>Indicateurs de processus</source>
        <translation>Process indicators</translation>
    </message>
    <message>
        <source>À compléter.</source>
        <translation>To be completed.</translation>
    </message>
    <message>
        <source>Non renseigné dans le dossier : à compléter.</source>
        <translation>Not provided in the dossier: to be completed.</translation>
    </message>
    <message>
        <source>Rapport partiel : la période n&apos;est pas terminée (elle s&apos;achève le %1). Les chiffres portent sur ce que le fichier contient au %2.</source>
        <translation>Partial report: the period is not over (it ends on %1). The figures cover what the file contains as of %2.</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Fichier enregistré</source>
        <translation>File saved</translation>
    </message>
    <message>
        <source>« %1 » est enregistré dans le dossier « %2 ».</source>
        <translation>“%1” is saved in the folder “%2”.</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Open the &amp;folder</translation>
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
        <translation>Kit ETP was interrupted while saving to “%1”. Open this file once in Kit ETP, with write access: the unfinished change will be rolled back and everything that had been saved will be recovered.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été écrit dans « %1 ».</source>
        <translation>Nothing was written to “%1”.</translation>
    </message>
    <message>
        <source>L&apos;écriture de « %1 » a échoué (disque plein ou erreur du disque) : rien n&apos;a été écrit, et le fichier qui portait ce nom, s&apos;il existait, est intact.</source>
        <translation>Writing “%1” failed (disk full or disk error): nothing was written, and the file that had this name, if it existed, is intact.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n&apos;est pas un annuaire Kit ETP (.etpannuaire). Il n&apos;a pas été modifié.</source>
        <translation>The file &quot;%1&quot; is not a Kit ETP directory (.etpannuaire). It was not changed.</translation>
    </message>
    <message>
        <source>L&apos;annuaire « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</source>
        <translation>The directory &quot;%1&quot; was created by a newer version of Kit ETP. Update Kit ETP to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;a pas été ajouté à l&apos;annuaire :</source>
        <translation>&quot;%1&quot; was not added to the directory:</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 sur %2 depuis le %3</source>
        <translation>%1 on %2 since %3</translation>
    </message>
    <message>
        <source>%1 depuis le %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>un autre Kit ETP (peut-être sous un autre nom de ce fichier)</source>
        <translation>another Kit ETP (perhaps under another name for this file)</translation>
    </message>
</context>
<context>
    <name>GpLetterDocument</name>
    <message>
        <source>%1 n&apos;a pas consenti au partage de ses données avec le médecin traitant (aucune étape « consentement au partage » dans son parcours) : la synthèse ne peut pas être envoyée. Notez d&apos;abord son consentement.</source>
        <translation>%1 has not consented to sharing data with the GP (no “consent to share” step in their path): the summary cannot be sent. Record their consent first.</translation>
    </message>
</context>
<context>
    <name>GuideCommands</name>
    <message>
        <source>Ajouter le conducteur « %1 »</source>
        <translation>Add guide “%1”</translation>
    </message>
    <message>
        <source>Supprimer le conducteur « %1 »</source>
        <translation>Delete guide “%1”</translation>
    </message>
    <message>
        <source>Modifier le conducteur « %1 »</source>
        <translation>Edit guide “%1”</translation>
    </message>
    <message>
        <source>Ajouter la séance « %1 »</source>
        <translation>Add session “%1”</translation>
    </message>
    <message>
        <source>Supprimer la séance « %1 »</source>
        <translation>Delete session “%1”</translation>
    </message>
    <message>
        <source>Modifier « %1 » de la séance « %2 »</source>
        <translation>Edit “%1” of session “%2”</translation>
    </message>
    <message>
        <source>Réordonner les conducteurs</source>
        <translation>Reorder guides</translation>
    </message>
    <message>
        <source>Déplacer la séance « %1 »</source>
        <translation>Move session “%1”</translation>
    </message>
    <message>
        <source>Remplacer les guides par un import</source>
        <translation>Replace the guides with an import</translation>
    </message>
    <message>
        <source>Importer des guides</source>
        <translation>Import guides</translation>
    </message>
    <message>
        <source>Ajouter le support « %1 »</source>
        <translation>Add the material “%1”</translation>
    </message>
    <message>
        <source>Retirer le support « %1 »</source>
        <translation>Remove the material “%1”</translation>
    </message>
    <message>
        <source>Modifier le support « %1 »</source>
        <translation>Change the material “%1”</translation>
    </message>
    <message>
        <source>Noter la réponse de « %1 »</source>
        <translation>Record the answer of “%1”</translation>
    </message>
    <message>
        <source>Modifier le destinataire du paquet « %1 »</source>
        <translation>Change the recipient of the package “%1”</translation>
    </message>
</context>
<context>
    <name>GuideExchange</name>
    <message>
        <source>« %1 » : %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>champ obligatoire absent</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <source>un texte est attendu</source>
        <translation>text expected</translation>
    </message>
    <message>
        <source>texte trop long (%1 caractères au plus)</source>
        <translation>text too long (%1 characters at most)</translation>
    </message>
    <message>
        <source>un nombre entier entre 0 et %1 est attendu</source>
        <translation>whole number between 0 and %1 expected</translation>
    </message>
    <message>
        <source>vrai ou faux (true / false) est attendu</source>
        <translation>true or false expected</translation>
    </message>
    <message>
        <source>une liste est attendue</source>
        <translation>list expected</translation>
    </message>
    <message>
        <source>%1 éléments au plus</source>
        <translation>%1 items at most</translation>
    </message>
    <message>
        <source>une liste de textes est attendue</source>
        <translation>list of texts expected</translation>
    </message>
    <message>
        <source>élément trop long (%1 caractères au plus)</source>
        <translation>item too long (%1 characters at most)</translation>
    </message>
    <message>
        <source>« %1 » : un objet est attendu</source>
        <translation>“%1”: object expected</translation>
    </message>
    <message>
        <source>« autosoins », « adaptation » ou « securite » est attendu</source>
        <translation>“autosoins”, “adaptation” or “securite” expected</translation>
    </message>
    <message>
        <source>la compétence « %1 » n&apos;est pas dans la liste « competences » du fichier</source>
        <translation>skill “%1” is not in the file&apos;s “competences” list</translation>
    </message>
    <message>
        <source>« collective » ou « individuelle » est attendu</source>
        <translation>“collective” or “individuelle” expected</translation>
    </message>
    <message>
        <source>ce n&apos;est pas un fichier de guides de Kit ETP (le champ « format » devrait valoir « %1 »).</source>
        <translation>this is not a Kit ETP guides file (the “format” field should be “%1”).</translation>
    </message>
    <message>
        <source>le numéro de version du fichier est invalide.</source>
        <translation>the file&apos;s version number is invalid.</translation>
    </message>
    <message>
        <source>le fichier est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation>the file is in format %1, newer than this version of Kit ETP understands (%2). Update Kit ETP.</translation>
    </message>
    <message>
        <source>« %1 » : le code « %2 » apparaît deux fois.</source>
        <translation>“%1”: code “%2” appears twice.</translation>
    </message>
    <message>
        <source>« %1.seances[%2] » : le code « %3 » apparaît deux fois.</source>
        <translation>“%1.seances[%2]”: code “%3” appears twice.</translation>
    </message>
    <message>
        <source>Ajouté : %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Renommé : %1</source>
        <translation>Renamed: %1</translation>
    </message>
    <message>
        <source>Refusé : %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucun conducteur.</source>
        <translation>The file contains no leader&apos;s guides.</translation>
    </message>
    <message>
        <source>Fichier de guides refusé : %1</source>
        <translation>Guides file rejected: %1</translation>
    </message>
    <message>
        <source>il dépasse %1 Mo.</source>
        <translation>it exceeds %1 MB.</translation>
    </message>
    <message>
        <source>ce n&apos;est pas un fichier JSON valide (%1, position %2).</source>
        <translation>this is not a valid JSON file (%1, position %2).</translation>
    </message>
    <message>
        <source>le fichier doit contenir un objet JSON.</source>
        <translation>the file must contain a JSON object.</translation>
    </message>
    <message>
        <source>%1 « %2 » (déjà présent, identique)</source>
        <translation>%1 “%2” (already present, identical)</translation>
    </message>
    <message>
        <source>%1 → %2 (code déjà utilisé)</source>
        <translation>%1 → %2 (code already in use)</translation>
    </message>
    <message numerus="yes">
        <source>%1 « %2 » (%n séance(s))</source>
        <translation>
            <numerusform>%1 “%2” (%n session)</numerusform>
            <numerusform>%1 “%2” (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>type de support inconnu</source>
        <translation>unknown kind of material</translation>
    </message>
    <message>
        <source>une taille entre 1 octet et %1 Mo est attendue</source>
        <translation>a size between 1 byte and %1 MB is expected</translation>
    </message>
    <message>
        <source>une empreinte SHA-256 (64 chiffres hexadécimaux) est attendue</source>
        <translation>a SHA-256 digest (64 hexadecimal digits) is expected</translation>
    </message>
    <message>
        <source>« %1 » : un texte d&apos;une ligne est attendu</source>
        <translation>“%1”: a one-line text is expected</translation>
    </message>
    <message>
        <source>un objet est attendu</source>
        <translation>an object is expected</translation>
    </message>
    <message>
        <source>un numéro de version entier est attendu</source>
        <translation>a whole version number is expected</translation>
    </message>
    <message>
        <source>quiz au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation>quiz in format %1, newer than the one this version of Kit ETP understands (%2). Update Kit ETP.</translation>
    </message>
    <message>
        <source>« vrai_faux », « choix_unique » ou « choix_multiple » est attendu</source>
        <translation>“vrai_faux”, “choix_unique” or “choix_multiple” is expected</translation>
    </message>
    <message>
        <source>des numéros de choix (0, 1, 2...) sont attendus</source>
        <translation>choice numbers (0, 1, 2...) are expected</translation>
    </message>
    <message>
        <source>Mis à jour : %1</source>
        <translation>Updated: %1</translation>
    </message>
</context>
<context>
    <name>GuideHtml</name>
    <message>
        <source>Non renseigné.</source>
        <translation>Not provided.</translation>
    </message>
    <message>
        <source>Compétences %1</source>
        <translation>%1 skills</translation>
    </message>
    <message>
        <source>Aucune compétence choisie.</source>
        <translation>No skills selected.</translation>
    </message>
    <message>
        <source>Séance individuelle</source>
        <translation>Individual session</translation>
    </message>
    <message>
        <source>%1 à %2 participants</source>
        <translation>%1 to %2 participants</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) au plus</source>
        <translation>
            <numerusform>up to %n participant</numerusform>
            <numerusform>up to %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Brouillon : contenu proposé par Kit ETP d&apos;après la pratique courante de l&apos;ETP, à relire et adapter par l&apos;équipe avant usage.</source>
        <translation>Draft: content suggested by Kit ETP based on common ETP practice, to be reviewed and adapted by the team before use.</translation>
    </message>
</context>
<context>
    <name>GuidePackage</name>
    <message>
        <source>Le paquet n&apos;a pas pu être écrit (%1).</source>
        <translation>The package could not be written (%1).</translation>
    </message>
    <message>
        <source>Paquet refusé : %1</source>
        <translation>Package refused: %1</translation>
    </message>
    <message>
        <source>il dépasse %1 Mo.</source>
        <translation>it exceeds %1 MB.</translation>
    </message>
    <message>
        <source>ce n&apos;est pas un paquet Kit ETP lisible.</source>
        <translation>it is not a readable Kit ETP package.</translation>
    </message>
    <message>
        <source>ce n&apos;est pas une archive zip lisible (%1).</source>
        <translation>it is not a readable zip archive (%1).</translation>
    </message>
    <message>
        <source>il contient plus de %1 fichiers.</source>
        <translation>it holds more than %1 files.</translation>
    </message>
    <message>
        <source>une entrée de l&apos;archive est illisible.</source>
        <translation>an entry of the archive is unreadable.</translation>
    </message>
    <message>
        <source>le nom « %1 » n&apos;est pas admis (chemin absolu, remontée « .. », dossier ou caractère spécial).</source>
        <translation>the name “%1” is not allowed (absolute path, “..”, folder or special character).</translation>
    </message>
    <message>
        <source>le fichier « %1 » y figure deux fois.</source>
        <translation>the file “%1” appears twice in it.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un fichier ordinaire (lien symbolique ou fichier spécial).</source>
        <translation>“%1” is not a regular file (symbolic link or special file).</translation>
    </message>
    <message>
        <source>« %1 » est chiffré.</source>
        <translation>“%1” is encrypted.</translation>
    </message>
    <message>
        <source>« %1 » est trop gros (%2 Mo au plus par fichier).</source>
        <translation>“%1” is too large (%2 MB at most per file).</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être lu (%2).</source>
        <translation>“%1” cannot be read (%2).</translation>
    </message>
    <message>
        <source>« %1 » est endommagé.</source>
        <translation>“%1” is damaged.</translation>
    </message>
    <message>
        <source>son contenu décompressé dépasse %1 Mo.</source>
        <translation>its inflated content exceeds %1 MB.</translation>
    </message>
    <message>
        <source>« %1 » se décompresse en bien plus que sa taille (bombe zip ?).</source>
        <translation>“%1” inflates to far more than its size (zip bomb?).</translation>
    </message>
    <message>
        <source>il n&apos;a pas de manifeste (manifest.json).</source>
        <translation>it has no manifest (manifest.json).</translation>
    </message>
    <message>
        <source>son manifeste n&apos;est pas un JSON valide.</source>
        <translation>its manifest is not valid JSON.</translation>
    </message>
    <message>
        <source>son manifeste n&apos;est pas celui d&apos;un paquet Kit ETP.</source>
        <translation>its manifest is not that of a Kit ETP package.</translation>
    </message>
    <message>
        <source>le numéro de version du manifeste est invalide.</source>
        <translation>the manifest&apos;s version number is invalid.</translation>
    </message>
    <message>
        <source>le paquet est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation>the package is in format %1, newer than the one this version of Kit ETP understands (%2). Update Kit ETP.</translation>
    </message>
    <message>
        <source>le manifeste annonce « %1 », absent du paquet.</source>
        <translation>the manifest announces “%1”, missing from the package.</translation>
    </message>
    <message>
        <source>« %1 » ne correspond pas au manifeste (taille ou somme de contrôle SHA-256).</source>
        <translation>“%1” does not match the manifest (size or SHA-256 checksum).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas annoncé par le manifeste.</source>
        <translation>“%1” is not announced by the manifest.</translation>
    </message>
    <message>
        <source>il ne contient pas de guides (guides.json).</source>
        <translation>it holds no guides (guides.json).</translation>
    </message>
    <message>
        <source>le support « %1 » renvoie à « %2 », absent du paquet.</source>
        <translation>the material “%1” refers to “%2”, missing from the package.</translation>
    </message>
    <message>
        <source>le support « %1 » ne correspond pas à sa somme de contrôle.</source>
        <translation>the material “%1” does not match its checksum.</translation>
    </message>
    <message>
        <source>le support « %1 » : %2</source>
        <translation>the material “%1”: %2</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est le fichier d&apos;aucun support.</source>
        <translation>“%1” is the file of no material.</translation>
    </message>
</context>
<context>
    <name>GuideRules</name>
    <message>
        <source>%1 : %2 caractères au plus (le texte en a %3).</source>
        <translation>%1: %2 characters maximum (the text has %3).</translation>
    </message>
    <message>
        <source>%1 : une seule ligne, sans caractère de contrôle.</source>
        <translation>%1: a single line, with no control characters.</translation>
    </message>
    <message>
        <source>%1 : caractère de contrôle interdit.</source>
        <translation>%1: control character not allowed.</translation>
    </message>
    <message>
        <source>%1 : %2 éléments au plus.</source>
        <translation>%1: %2 items maximum.</translation>
    </message>
    <message>
        <source>%1 : élément vide.</source>
        <translation>%1: empty item.</translation>
    </message>
    <message>
        <source>%1 : un nombre entre 0 et %2 (reçu %3).</source>
        <translation>%1: a number between 0 and %2 (received %3).</translation>
    </message>
    <message>
        <source>Le code est obligatoire (par exemple « C1 » ou « C1S2 »).</source>
        <translation>The code is required (for example “C1” or “C1S2”).</translation>
    </message>
    <message>
        <source>Le code « %1 » est trop long (%2 caractères au plus).</source>
        <translation>The code “%1” is too long (%2 characters maximum).</translation>
    </message>
    <message>
        <source>Le code « %1 » ne peut contenir que des lettres sans accent, des chiffres, « - », « _ » et « . ».</source>
        <translation>The code “%1” may only contain unaccented letters, digits, “-”, “_” and “.”.</translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Participants minimum</source>
        <translation>Minimum participants</translation>
    </message>
    <message>
        <source>Participants maximum</source>
        <translation>Maximum participants</translation>
    </message>
    <message>
        <source>Professions des animateurs</source>
        <translation>Facilitators&apos; professions</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Le nombre minimum de participants (%1) dépasse le maximum (%2).</source>
        <translation>The minimum number of participants (%1) exceeds the maximum (%2).</translation>
    </message>
    <message>
        <source>Déroulé : %1 étapes au plus.</source>
        <translation>Running order: %1 steps maximum.</translation>
    </message>
    <message>
        <source>Étape %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Le libellé de la compétence est obligatoire.</source>
        <translation>The skill label is required.</translation>
    </message>
    <message>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Autosoins</source>
        <translation>Self-care</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Individuelle</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Quiz : %1</source>
        <translation>Quiz: %1</translation>
    </message>
</context>
<context>
    <name>GuideStore</name>
    <message>
        <source>Le code « %1 » est déjà utilisé.</source>
        <translation>The code “%1” is already in use.</translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : des séances de ce conducteur figurent dans le programme personnalisé de %n patient(s). Retirez-les d&apos;abord de leur programme (page Patients).</source>
        <translation>
            <numerusform>Cannot delete: sessions of this guide are in the personalised programme of %n patient. Remove them from that programme first (Patients page).</numerusform>
            <numerusform>Cannot delete: sessions of this guide are in the personalised programmes of %n patients. Remove them from their programmes first (Patients page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : cette séance figure dans le programme personnalisé de %n patient(s). Retirez-la d&apos;abord de leur programme (page Patients).</source>
        <translation>
            <numerusform>Cannot delete: this session is in the personalised programme of %n patient. Remove it from that programme first (Patients page).</numerusform>
            <numerusform>Cannot delete: this session is in the personalised programmes of %n patients. Remove it from their programmes first (Patients page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : %n séance(s) du calendrier utilisent ce guide. Supprimez-les d&apos;abord dans la page Séances.</source>
        <translation>
            <numerusform>Cannot delete: %n calendar session uses this guide. Delete it first on the Sessions page.</numerusform>
            <numerusform>Cannot delete: %n calendar sessions use this guide. Delete them first on the Sessions page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideTransfer</name>
    <message>
        <source>compétence « %1 » au catalogue</source>
        <translation>skill “%1” in the catalogue</translation>
    </message>
    <message>
        <source>Ce fichier de guides renvoie à des supports qu&apos;il ne contient pas (« %1 ») : importez le paquet .etpkit.</source>
        <translation>This guides file refers to materials it does not hold (“%1”): import the .etpkit package.</translation>
    </message>
    <message>
        <source>%1 « %2 » mis à jour (même origine : %3)</source>
        <translation>%1 “%2” updated (same origin: %3)</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Ajouter un &amp;conducteur</source>
        <translation>Add &amp;guide</translation>
    </message>
    <message>
        <source>Ajouter un conducteur (un ensemble de séances sur un thème)</source>
        <translation>Add a leader&apos;s guide (a set of sessions on one topic)</translation>
    </message>
    <message>
        <source>Ajouter une &amp;séance</source>
        <translation>Add &amp;session</translation>
    </message>
    <message>
        <source>Ajouter une séance au conducteur choisi</source>
        <translation>Add a session to the selected guide</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Dupliquer l&apos;élément choisi</source>
        <translation>Duplicate the selected item</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer l&apos;élément choisi</source>
        <translation>Delete the selected item</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Monter l&apos;élément choisi</source>
        <translation>Move the selected item up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Descendre l&apos;élément choisi</source>
        <translation>Move the selected item down</translation>
    </message>
    <message>
        <source>Glissez-déposez pour réordonner les conducteurs et déplacer les séances.</source>
        <translation>Drag and drop to reorder the guides and move sessions.</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Échanger</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Choisissez un conducteur ou une séance dans la liste, ou ajoutez-en un.</source>
        <translation>Select a guide or a session in the list, or add one.</translation>
    </message>
    <message>
        <source>Conducteur</source>
        <translation>Leader&apos;s guide</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Présentation du conducteur</source>
        <translation>Guide overview</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Modalité :</source>
        <translation>Delivery mode:</translation>
    </message>
    <message>
        <source>Durée :</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Participants minimum :</source>
        <translation>Minimum participants:</translation>
    </message>
    <message>
        <source>Participants maximum :</source>
        <translation>Maximum participants:</translation>
    </message>
    <message>
        <source>Public :</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Animateurs (professions) :</source>
        <translation>Facilitators (professions):</translation>
    </message>
    <message>
        <source>Un élément par ligne.</source>
        <translation>One item per line.</translation>
    </message>
    <message>
        <source>Salle :</source>
        <translation>Room:</translation>
    </message>
    <message>
        <source>Matériel :</source>
        <translation>Equipment:</translation>
    </message>
    <message>
        <source>Un élément par ligne. Chaque ligne devient une case à cocher du guide.</source>
        <translation>One item per line. Each line becomes a checkbox in the guide.</translation>
    </message>
    <message>
        <source>Brouillon à relire et adapter par l&apos;équipe</source>
        <translation>Draft to be reviewed and adapted by the team</translation>
    </message>
    <message>
        <source>Objectifs et compétences</source>
        <translation>Objectives and skills</translation>
    </message>
    <message>
        <source>Objectifs pédagogiques :</source>
        <translation>Learning objectives:</translation>
    </message>
    <message>
        <source>« À la fin de la séance, le participant est capable de … » — Un élément par ligne.</source>
        <translation>“By the end of the session, the participant is able to …” — One item per line.</translation>
    </message>
    <message>
        <source>Compétences visées :</source>
        <translation>Target skills:</translation>
    </message>
    <message>
        <source>Cochez les compétences du catalogue que la séance vise.</source>
        <translation>Tick the catalogue skills that the session targets.</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>Double-cliquez une case pour la modifier.</source>
        <translation>Double-click a cell to edit it.</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Delete the step</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Évaluation et messages</source>
        <translation>Evaluation and messages</translation>
    </message>
    <message>
        <source>Évaluation des compétences :</source>
        <translation>Skills assessment:</translation>
    </message>
    <message>
        <source>Comment les animateurs vérifient ce qui a été appris</source>
        <translation>How the facilitators check what has been learnt</translation>
    </message>
    <message>
        <source>Messages clés (fiche patient) :</source>
        <translation>Key messages (patient handout):</translation>
    </message>
    <message>
        <source>Sources :</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Références</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Rechercher un conducteur ou une séance (Entrée : suivant)…</source>
        <translation>Search for a guide or a session (Enter: next)…</translation>
    </message>
    <message>
        <source>Rechercher un conducteur ou une séance</source>
        <translation>Search for a guide or a session</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Téléphone : %1</source>
        <translation>Telephone: %1</translation>
    </message>
    <message>
        <source>Courriel : %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>Les coordonnées de l&apos;équipe :</source>
        <translation>The team&apos;s contact details:</translation>
    </message>
    <message>
        <source>Fiche patient %1</source>
        <translation>Patient handout %1</translation>
    </message>
    <message>
        <source>Fiche patient — séance %1</source>
        <translation>Patient handout — session %1</translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut retenir</source>
        <translation>Key points to remember</translation>
    </message>
    <message>
        <source>Votre équipe vous remettra les messages clés de la séance.</source>
        <translation>Your team will give you the key messages from the session.</translation>
    </message>
    <message>
        <source>Mes notes</source>
        <translation>My notes</translation>
    </message>
    <message>
        <source>Mes questions pour l&apos;équipe</source>
        <translation>My questions for the team</translation>
    </message>
    <message>
        <source>Contacter l&apos;équipe</source>
        <translation>Contact the team</translation>
    </message>
    <message>
        <source>En cas d&apos;urgence vitale, appelez le 15. Cette fiche ne remplace pas les conseils de votre équipe soignante.</source>
        <translation>In a life-threatening emergency, call 15. This handout does not replace the advice of your care team.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Indicateurs — %1</source>
        <translation>Indicators — %1</translation>
    </message>
    <message>
        <source>File active</source>
        <translation>Active caseload</translation>
    </message>
    <message>
        <source>Patients dont le consentement d&apos;entrée est daté au plus tard du dernier jour de la période et qui ne sont pas sortis avant son premier jour.</source>
        <translation>Patients whose entry consent is dated no later than the last day of the period and who did not exit before its first day.</translation>
    </message>
    <message>
        <source>Patients à qui le programme a été proposé</source>
        <translation>Patients offered the programme</translation>
    </message>
    <message>
        <source>Patients ayant une étape « proposition » datée dans la période.</source>
        <translation>Patients with a “proposal” step dated within the period.</translation>
    </message>
    <message>
        <source>Patients entrés dans le programme</source>
        <translation>Patients who entered the programme</translation>
    </message>
    <message>
        <source>Patients dont le consentement d&apos;entrée est daté dans la période (un parcours commencé une année et terminé la suivante compte comme entrée la première année).</source>
        <translation>Patients whose entry consent is dated within the period (a pathway started in one year and finished in the next counts as an entry in the first year).</translation>
    </message>
    <message>
        <source>Bilans éducatifs partagés réalisés</source>
        <translation>Shared educational assessments carried out</translation>
    </message>
    <message>
        <source>Patients ayant un bilan éducatif partagé daté dans la période.</source>
        <translation>Patients with a shared educational assessment dated within the period.</translation>
    </message>
    <message>
        <source>Programmes personnalisés définis</source>
        <translation>Personalised programmes defined</translation>
    </message>
    <message>
        <source>Patients dont le programme personnalisé a été convenu dans la période.</source>
        <translation>Patients whose personalised programme was agreed within the period.</translation>
    </message>
    <message>
        <source>Patients ayant suivi au moins une séance</source>
        <translation>Patients who attended at least one session</translation>
    </message>
    <message>
        <source>Patients notés présents à au moins une séance dont la date est dans la période.</source>
        <translation>Patients marked present at one or more sessions dated within the period.</translation>
    </message>
    <message>
        <source>Parcours terminés</source>
        <translation>Pathways completed</translation>
    </message>
    <message>
        <source>Patients dont la sortie « parcours terminé » est datée dans la période (compte l&apos;année de la fin, même si l&apos;entrée date de l&apos;année précédente).</source>
        <translation>Patients whose “pathway completed” exit is dated within the period (counted in the year it ended, even if they entered in the previous year).</translation>
    </message>
    <message>
        <source>Arrêts du parcours</source>
        <translation>Pathways discontinued</translation>
    </message>
    <message>
        <source>Sorties datées dans la période pour arrêt à la demande du patient, décès ou déménagement, détaillées par motif.</source>
        <translation>Exits dated within the period for discontinuation at the patient&apos;s request, death or moving away, broken down by reason.</translation>
    </message>
    <message>
        <source>Perdus de vue</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>Sorties « perdu de vue » datées dans la période.</source>
        <translation>“Lost to follow-up” exits dated within the period.</translation>
    </message>
    <message>
        <source>Séances réalisées</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Séances du calendrier datées dans la période (31 décembre inclus) où au moins un participant est noté présent, par séance du programme.</source>
        <translation>Calendar sessions dated within the period (31 December included) at which at least one participant is marked present, by programme session.</translation>
    </message>
    <message>
        <source>Taux de présence</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Présents divisés par inscrits, sur toutes les séances du calendrier datées dans la période, par séance du programme.</source>
        <translation>Attendees divided by enrolments, across all calendar sessions dated within the period, by programme session.</translation>
    </message>
    <message>
        <source>Places prévues</source>
        <translation>Places planned</translation>
    </message>
    <message>
        <source>Somme des capacités des séances du calendrier datées dans la période.</source>
        <translation>Sum of the capacities of the calendar sessions dated within the period.</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>Inscriptions aux séances datées dans la période, quel que soit le statut de présence.</source>
        <translation>Enrolments in sessions dated within the period, whatever the attendance status.</translation>
    </message>
    <message>
        <source>Présences</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Inscriptions notées « présent » aux séances datées dans la période.</source>
        <translation>Enrolments marked “present” in sessions dated within the period.</translation>
    </message>
    <message>
        <source>Évaluations individuelles finales</source>
        <translation>Final individual evaluations</translation>
    </message>
    <message>
        <source>Évaluations individuelles finales datées dans la période.</source>
        <translation>Final individual evaluations dated within the period.</translation>
    </message>
    <message>
        <source>Synthèses envoyées au médecin traitant</source>
        <translation>Summaries sent to the GP</translation>
    </message>
    <message>
        <source>Courriers au médecin traitant datés dans la période.</source>
        <translation>Letters to the GP dated within the period.</translation>
    </message>
    <message>
        <source>Délai moyen d&apos;envoi de la synthèse</source>
        <translation>Average time to send the summary</translation>
    </message>
    <message>
        <source>Pour chaque courrier au médecin traitant daté dans la période : jours entre la dernière séance où le patient était présent (au plus tard le jour du courrier) et le courrier ; moyenne. Les courriers sans séance suivie avant eux ne sont pas comptés.</source>
        <translation>For each letter to the GP dated within the period: days between the last session the patient attended (no later than the day of the letter) and the letter; average. Letters with no attended session before them are not counted.</translation>
    </message>
    <message>
        <source>Courriers pris en compte</source>
        <translation>Letters counted</translation>
    </message>
    <message>
        <source>Consentements d&apos;entrée recueillis</source>
        <translation>Entry consents collected</translation>
    </message>
    <message>
        <source>Consentements d&apos;entrée dans le programme datés dans la période.</source>
        <translation>Consents to enter the programme dated within the period.</translation>
    </message>
    <message>
        <source>Consentements au partage des données recueillis</source>
        <translation>Data-sharing consents collected</translation>
    </message>
    <message>
        <source>Consentements au partage des données (équipe, médecin traitant) datés dans la période.</source>
        <translation>Consents to data sharing (team, GP) dated within the period.</translation>
    </message>
    <message>
        <source>Objectifs des patients dont l&apos;évaluation individuelle finale est datée dans la période</source>
        <translation>Objectives of patients whose final individual evaluation is dated within the period</translation>
    </message>
    <message>
        <source>Objectifs atteints</source>
        <translation>Objectives achieved</translation>
    </message>
    <message>
        <source>, résultat « atteint ».</source>
        <translation>, outcome “achieved”.</translation>
    </message>
    <message>
        <source>Objectifs partiellement atteints</source>
        <translation>Objectives partially achieved</translation>
    </message>
    <message>
        <source>, résultat « partiellement atteint ».</source>
        <translation>, outcome “partially achieved”.</translation>
    </message>
    <message>
        <source>Objectifs non atteints</source>
        <translation>Objectives not achieved</translation>
    </message>
    <message>
        <source>, résultat « non atteint ».</source>
        <translation>, outcome “not achieved”.</translation>
    </message>
    <message>
        <source>Part des objectifs atteints</source>
        <translation>Share of objectives achieved</translation>
    </message>
    <message>
        <source>Objectifs atteints divisés par les objectifs évalués (atteints, partiellement ou non) des patients dont l&apos;évaluation finale est datée dans la période.</source>
        <translation>Objectives achieved divided by objectives evaluated (achieved, partially or not) for patients whose final evaluation is dated within the period.</translation>
    </message>
    <message>
        <source>Profession non renseignée</source>
        <translation>Profession not specified</translation>
    </message>
    <message>
        <source>Heures de formation à l&apos;ETP</source>
        <translation>ETP training hours</translation>
    </message>
    <message>
        <source>Chartes d&apos;engagement signées</source>
        <translation>Commitment charters signed</translation>
    </message>
    <message>
        <source>Questionnaires de satisfaction saisis</source>
        <translation>Satisfaction questionnaires entered</translation>
    </message>
    <message>
        <source>Réponses au questionnaire de satisfaction datées dans la période.</source>
        <translation>Satisfaction questionnaire responses dated within the period.</translation>
    </message>
    <message>
        <source>Satisfaction moyenne (sur 5)</source>
        <translation>Average satisfaction (out of 5)</translation>
    </message>
    <message>
        <source>Moyenne des réponses aux questions à échelle de 1 (pas du tout d&apos;accord) à 5 (tout à fait d&apos;accord) des questionnaires datés dans la période, par question.</source>
        <translation>Average of the answers to questions on a scale from 1 (strongly disagree) to 5 (strongly agree) in questionnaires dated within the period, by question.</translation>
    </message>
    <message>
        <source>Réponses favorables</source>
        <translation>Favourable answers</translation>
    </message>
    <message>
        <source>Réponses 4 ou 5 divisées par toutes les réponses aux questions à échelle des questionnaires datés dans la période.</source>
        <translation>Answers of 4 or 5 divided by all answers to scale questions in questionnaires dated within the period.</translation>
    </message>
    <message>
        <source>Commentaires libres</source>
        <translation>Free-text comments</translation>
    </message>
    <message>
        <source>Réponses non vides aux questions ouvertes des questionnaires datés dans la période.</source>
        <translation>Non-empty answers to open questions in questionnaires dated within the period.</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Processus</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Satisfaction des patients</source>
        <translation>Patient satisfaction</translation>
    </message>
    <message>
        <source>pas de données</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 jours</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Parcours terminé</source>
        <translation>Pathway completed</translation>
    </message>
    <message>
        <source>Arrêt à la demande du patient</source>
        <translation>Stopped at the patient&apos;s request</translation>
    </message>
    <message>
        <source>Perdu de vue</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>Décès</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Déménagement</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>nombre</source>
        <translation>number</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>heures</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>score sur 5</source>
        <translation>score out of 5</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Numérateur</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Dénominateur</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Délai le plus court</source>
        <translation>Shortest interval</translation>
    </message>
    <message>
        <source>Délai le plus long</source>
        <translation>Longest interval</translation>
    </message>
    <message>
        <source>Entrées avec un bilan éducatif partagé documenté</source>
        <translation>Entries with a documented shared educational assessment</translation>
    </message>
    <message>
        <source>Patients entrés dans la période (consentement d&apos;entrée daté dans la période) ayant un bilan éducatif partagé enregistré à partir de leur entrée, divisés par les patients entrés.</source>
        <translation>Patients who entered during the period (entry consent dated within the period) with a shared educational assessment recorded from their entry onwards, divided by the patients who entered.</translation>
    </message>
    <message>
        <source>Entrées avec un programme personnalisé convenu</source>
        <translation>Entries with an agreed personalised programme</translation>
    </message>
    <message>
        <source>Patients entrés dans la période ayant un programme personnalisé enregistré à partir de leur entrée, divisés par les patients entrés.</source>
        <translation>Patients who entered during the period with a personalised programme recorded from their entry onwards, divided by the patients who entered.</translation>
    </message>
    <message>
        <source>Parcours terminés avec une évaluation individuelle finale écrite</source>
        <translation>Completed pathways with a written final individual evaluation</translation>
    </message>
    <message>
        <source>Patients dont la sortie « parcours terminé » est datée dans la période et qui ont une évaluation individuelle finale enregistrée, divisés par ces parcours terminés.</source>
        <translation>Patients whose “pathway completed” exit is dated within the period and who have a final individual evaluation recorded, divided by these completed pathways.</translation>
    </message>
    <message>
        <source>Médecin traitant informé de l&apos;entrée</source>
        <translation>GP informed of entry</translation>
    </message>
    <message>
        <source>Patients entrés dans la période ayant consenti au partage des données, dont le médecin traitant a reçu un courrier daté à partir de l&apos;entrée, divisés par ces patients.</source>
        <translation>Patients who entered during the period and consented to data sharing, whose GP received a letter dated from their entry onwards, divided by these patients.</translation>
    </message>
    <message>
        <source>Synthèse de fin de programme envoyée au médecin traitant</source>
        <translation>End-of-programme summary sent to the GP</translation>
    </message>
    <message>
        <source>Parcours terminés dans la période de patients ayant consenti au partage des données, dont le médecin traitant a reçu un courrier daté à partir de l&apos;évaluation finale (ou de la sortie), divisés par ces parcours.</source>
        <translation>Pathways completed during the period by patients who consented to data sharing, whose GP received a letter dated from the final evaluation (or exit) onwards, divided by these pathways.</translation>
    </message>
    <message>
        <source>Réunions d&apos;équipe et de coordination documentées</source>
        <translation>Documented team and coordination meetings</translation>
    </message>
    <message>
        <source>Non calculable : le fichier du programme n&apos;enregistre pas les réunions d&apos;équipe ; à renseigner par l&apos;équipe dans son analyse</source>
        <translation>Cannot be calculated: the programme file does not record team meetings; to be filled in by the team in its analysis</translation>
    </message>
    <message>
        <source>Intervenants de la période</source>
        <translation>Facilitators during the period</translation>
    </message>
    <message>
        <source>Membres de l&apos;équipe notés comme animateurs d&apos;au moins une séance datée dans la période (qu&apos;ils soient encore dans l&apos;équipe aujourd&apos;hui ou non), par profession.</source>
        <translation>Team members recorded as facilitating at least one session dated within the period (whether or not they are still in the team today), by profession.</translation>
    </message>
    <message>
        <source>Somme des heures de formation à l&apos;ETP enregistrées pour les intervenants de la période.</source>
        <translation>Total ETP training hours recorded for the period&apos;s facilitators.</translation>
    </message>
    <message>
        <source>Intervenants formés (40 heures ou plus)</source>
        <translation>Trained facilitators (40 hours or more)</translation>
    </message>
    <message>
        <source>Intervenants de la période ayant au moins 40 heures de formation à l&apos;ETP enregistrées.</source>
        <translation>Facilitators during the period with at least 40 hours of ETP training recorded.</translation>
    </message>
    <message>
        <source>Intervenants de la période dont la charte d&apos;engagement est signée au plus tard le dernier jour de la période.</source>
        <translation>Facilitators during the period whose commitment charter was signed no later than the last day of the period.</translation>
    </message>
    <message>
        <source>Patients partenaires intervenants</source>
        <translation>Patient partner facilitators</translation>
    </message>
    <message>
        <source>Intervenants de la période qui sont patients partenaires.</source>
        <translation>Facilitators during the period who are patient partners.</translation>
    </message>
    <message>
        <source>Indicateurs de processus (d&apos;après la HAS, 2014)</source>
        <translation>Process indicators (based on HAS, 2014)</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 out of %2</translation>
    </message>
    <message>
        <source>d&apos;après les indicateurs HAS 2014 — à vérifier</source>
        <translation>based on the HAS 2014 indicators — to be checked</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Bonnes réponses au quiz avant la séance</source>
        <translation>Right quiz answers before the session</translation>
    </message>
    <message>
        <source>Questions justes divisées par les questions posées, sur les quiz remplis avant la séance pour les séances du calendrier datées dans la période, par séance du programme qui a un quiz. Une question est juste quand les cases cochées sont exactement les bonnes réponses.</source>
        <translation>Questions answered right divided by questions asked, over the quizzes filled in before the session for the calendar&apos;s sessions dated in the period, by session of the programme that has a quiz. A question is right when the boxes ticked are exactly the right answers.</translation>
    </message>
    <message>
        <source>Bonnes réponses au quiz après la séance</source>
        <translation>Right quiz answers after the session</translation>
    </message>
    <message>
        <source>Questions justes divisées par les questions posées, sur les quiz remplis après la séance pour les séances du calendrier datées dans la période, par séance du programme qui a un quiz.</source>
        <translation>Questions answered right divided by questions asked, over the quizzes filled in after the session for the calendar&apos;s sessions dated in the period, by session of the programme that has a quiz.</translation>
    </message>
    <message>
        <source>Gain moyen au quiz (points)</source>
        <translation>Mean quiz gain (points)</translation>
    </message>
    <message>
        <source>Moyenne, sur les patients qui ont rempli le quiz avant et après une même séance datée dans la période, de la part de bonnes réponses après moins celle d&apos;avant, en points de pourcentage ; les patients qui n&apos;ont répondu qu&apos;après n&apos;y entrent pas.</source>
        <translation>Mean, over the patients who filled in the quiz before and after the same session dated in the period, of the share of right answers after minus the one before, in percentage points; patients who answered only after are left out.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>« %1 » est introuvable.</source>
        <translation>“%1” cannot be found.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un fichier.</source>
        <translation>“%1” is not a regular file (it is a folder, a device or a pipe): choose a file.</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>« %1 » dépasse la taille permise (%2 Mo).</source>
        <translation>“%1” exceeds the permitted size (%2 MB).</translation>
    </message>
</context>
<context>
    <name>LeaderGuideDocument</name>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Attention : les étapes durent %1 au total, la séance est prévue pour %2.</source>
        <translation>Warning: the steps last %1 in total, but the session is planned for %2.</translation>
    </message>
    <message>
        <source>Aucune étape.</source>
        <translation>No steps.</translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation>Step %1 — %2</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Modalités d&apos;évaluation non renseignées.</source>
        <translation>Evaluation methods not specified.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Acquis</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>À revoir</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Guide d&apos;animation — %1</source>
        <translation>Leader&apos;s guide — %1</translation>
    </message>
    <message>
        <source>Objectifs pédagogiques</source>
        <translation>Learning objectives</translation>
    </message>
    <message>
        <source>À la fin de la séance, le participant est capable de :</source>
        <translation>By the end of the session, the participant is able to:</translation>
    </message>
    <message>
        <source>Compétences visées</source>
        <translation>Target skills</translation>
    </message>
    <message>
        <source>Minutage</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Matériel à préparer</source>
        <translation>Materials to prepare</translation>
    </message>
    <message>
        <source>Déroulé pas à pas</source>
        <translation>Step-by-step outline</translation>
    </message>
    <message>
        <source>Grille d&apos;évaluation</source>
        <translation>Evaluation grid</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Guide d&apos;animation %1</source>
        <translation>Leader&apos;s guide %1</translation>
    </message>
    <message>
        <source>Guide d&apos;animation</source>
        <translation>Leader&apos;s guide</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ce conducteur n&apos;a pas encore de séance.</source>
        <translation>This guide has no sessions yet.</translation>
    </message>
    <message>
        <source>Aucun support enregistré.</source>
        <translation>No material recorded.</translation>
    </message>
    <message>
        <source>étape %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <source>licence / source : %1</source>
        <translation>licence / source: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>fichier %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>Matériel et supports</source>
        <translation>Materials and teaching aids</translation>
    </message>
    <message>
        <source>Le PDF du guide n&apos;a pas pu être dessiné.</source>
        <translation>The guide&apos;s PDF could not be drawn.</translation>
    </message>
    <message>
        <source>Le support « %1 » n&apos;a pas pu être ajouté (%2).</source>
        <translation>The material “%1” could not be added (%2).</translation>
    </message>
    <message>
        <source>Les supports n&apos;ont pas pu être ajoutés au guide (%1).</source>
        <translation>The materials could not be added to the guide (%1).</translation>
    </message>
</context>
<context>
    <name>LetterTemplateDialog</name>
    <message>
        <source>Modèle de la synthèse au médecin traitant</source>
        <translation>GP summary letter template</translation>
    </message>
    <message>
        <source>Le texte de la lettre. Les mots entre accolades sont remplacés pour chaque patient ; une ligne qui commence par « # » devient un titre.</source>
        <translation>The text of the letter. Words in curly brackets are replaced for each patient; a line starting with “#” becomes a heading.</translation>
    </message>
    <message>
        <source>color: #555555;</source>
        <translation>color: #555555;</translation>
    </message>
    <message>
        <source>Revenir au modèle fourni</source>
        <translation>Restore the default template</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Arrêt en cours…</source>
        <translation>Stopping…</translation>
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
    <message>
        <source>Nouvel &amp;annuaire…</source>
        <translation>New &amp;directory…</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Cartes photo-expression</source>
        <translation>Photo-expression cards</translation>
    </message>
    <message>
        <source>Cartes vrai / faux</source>
        <translation>True / false cards</translation>
    </message>
    <message>
        <source>Étude de cas</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>Affiche</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Fiche patient</source>
        <translation>Patient handout</translation>
    </message>
    <message>
        <source>Lien vers une vidéo</source>
        <translation>Link to a video</translation>
    </message>
    <message>
        <source>Autre support</source>
        <translation>Other material</translation>
    </message>
    <message>
        <source>Le support n&apos;a pas de titre.</source>
        <translation>The material has no title.</translation>
    </message>
    <message>
        <source>Le titre du support doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>The material&apos;s title must fit on one line of %1 characters at most.</translation>
    </message>
    <message>
        <source>La licence ou la source doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>The licence or source must fit on one line of %1 characters at most.</translation>
    </message>
    <message>
        <source>La version doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>The version must fit on one line of %1 characters at most.</translation>
    </message>
    <message>
        <source>Cette étape n&apos;existe pas.</source>
        <translation>This step does not exist.</translation>
    </message>
    <message>
        <source>Un lien vers une vidéo doit être une adresse http:// ou https://.</source>
        <translation>A link to a video must be an http:// or https:// address.</translation>
    </message>
    <message>
        <source>Un lien n&apos;a pas de fichier.</source>
        <translation>A link has no file.</translation>
    </message>
    <message>
        <source>Seul un lien vers une vidéo a une adresse.</source>
        <translation>Only a link to a video has an address.</translation>
    </message>
    <message>
        <source>Le fichier du support est vide.</source>
        <translation>The material&apos;s file is empty.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.</source>
        <translation>This file is neither a PDF, nor a PNG, JPEG or SVG image, nor an ODP, ODT, PPTX or DOCX document.</translation>
    </message>
    <message>
        <source>Le nom du fichier du support est invalide.</source>
        <translation>The material&apos;s file name is invalid.</translation>
    </message>
    <message>
        <source>Le fichier pèse %1 Mo : %2 Mo au plus par support.</source>
        <translation>The file weighs %1 MB: %2 MB at most per material.</translation>
    </message>
    <message>
        <source>ce fichier n&apos;est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.</source>
        <translation>this file is neither a PDF, nor a PNG, JPEG or SVG image, nor an ODP, ODT, PPTX or DOCX document.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;existe plus.</source>
        <translation>This session no longer exists.</translation>
    </message>
    <message>
        <source>Ce support n&apos;existe plus.</source>
        <translation>This material no longer exists.</translation>
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
    <name>NotificationLetter</name>
    <message>
        <source>À l&apos;attention du directeur général</source>
        <translation>For the attention of the Director General</translation>
    </message>
    <message>
        <source>Référence de la déclaration : %1</source>
        <translation>Declaration reference: %1</translation>
    </message>
    <message>
        <source>dossier envoyé le %1</source>
        <translation>dossier sent on %1</translation>
    </message>
    <message>
        <source>déclaration effective le %1</source>
        <translation>declaration effective on %1</translation>
    </message>
    <message>
        <source>Nous vous prions d&apos;agréer, Madame la directrice générale, Monsieur le directeur général, l&apos;expression de nos salutations distinguées.</source>
        <translation>Yours faithfully,</translation>
    </message>
    <message>
        <source>Le déclarant</source>
        <translation>The declarant</translation>
    </message>
    <message>
        <source>Coordonnateur : %1</source>
        <translation>Coordinator: %1</translation>
    </message>
    <message>
        <source>Signature :</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Notification d&apos;un changement à l&apos;ARS</source>
        <translation>Notification of a change to the ARS</translation>
    </message>
    <message>
        <source>Objet :</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>notification d&apos;un %1 — programme d&apos;éducation thérapeutique « %2 »</source>
        <translation>notification of a %1 — therapeutic patient education programme “%2”</translation>
    </message>
    <message>
        <source>Madame la directrice générale, Monsieur le directeur général,</source>
        <translation>Dear Director General,</translation>
    </message>
    <message>
        <source>Conformément aux articles R1161-4 et suivants du code de la santé publique, qui prévoient la notification au directeur général de l&apos;agence régionale de santé de tout changement de coordonnateur, d&apos;objectifs ou de source de financement, nous vous informons d&apos;un %1 du programme d&apos;éducation thérapeutique « %2 »%3.</source>
        <translation>In accordance with articles R1161-4 and following of the French Public Health Code, which provide for notifying the director general of the regional health agency of any change of coordinator, objectives or source of funding, we inform you of a %1 of the patient education programme “%2”%3.</translation>
    </message>
    <message>
        <source>Coordonnateur précédent :</source>
        <translation>Previous coordinator:</translation>
    </message>
    <message>
        <source>Nouveau coordonnateur :</source>
        <translation>New coordinator:</translation>
    </message>
    <message>
        <source>Formation à l&apos;ETP : %1 h%2 ; attestation %3.</source>
        <translation>ETP training: %1 h%2; certificate %3.</translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation>to be attached</translation>
    </message>
    <message>
        <source>jointe à ce courrier</source>
        <translation>enclosed with this letter</translation>
    </message>
    <message>
        <source>Objectifs précédents :</source>
        <translation>Previous objectives:</translation>
    </message>
    <message>
        <source>Objectifs du programme désormais :</source>
        <translation>Programme objectives from now on:</translation>
    </message>
    <message>
        <source>Critères de jugement :</source>
        <translation>Outcome criteria:</translation>
    </message>
    <message>
        <source>Financement précédent :</source>
        <translation>Previous funding:</translation>
    </message>
    <message>
        <source>Sources de financement désormais prévues :</source>
        <translation>Funding sources now planned:</translation>
    </message>
    <message>
        <source>Précisions :</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Déclaration de l&apos;arrêt du programme à l&apos;ARS</source>
        <translation>Declaration of programme closure to the ARS</translation>
    </message>
    <message>
        <source>déclaration de l&apos;arrêt du programme d&apos;éducation thérapeutique « %1 »</source>
        <translation>declaration of the closure of the therapeutic patient education programme “%1”</translation>
    </message>
    <message>
        <source>Conformément à l&apos;article R1161-4 du code de la santé publique, nous vous déclarons l&apos;arrêt du programme d&apos;éducation thérapeutique « %1 » à compter du %2.</source>
        <translation>In accordance with article R1161-4 of the French Public Health Code, we hereby declare the closure of the therapeutic patient education programme “%1” with effect from %2.</translation>
    </message>
    <message>
        <source>Motif de l&apos;arrêt :</source>
        <translation>Reason for closure:</translation>
    </message>
    <message>
        <source>Devenir des patients en cours de programme :</source>
        <translation>Outcome for patients currently in the programme:</translation>
    </message>
</context>
<context>
    <name>NotifyChangeDialog</name>
    <message>
        <source>Notifier un changement à l&apos;ARS</source>
        <translation>Notify the ARS of a change</translation>
    </message>
    <message>
        <source>Les changements de coordonnateur, d&apos;objectifs ou de source de financement sont notifiés à l&apos;ARS. Mettez d&apos;abord à jour l&apos;équipe, les objectifs ou le financement : le courrier reprend les nouvelles valeurs.</source>
        <translation>Changes of coordinator, objectives or funding source are notified to the ARS. First update the team, objectives or funding: the letter uses the new values.</translation>
    </message>
    <message>
        <source>&amp;Changement :</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <source>&amp;Date de notification :</source>
        <translation>Notification &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Précisions :</source>
        <translation>De&amp;tails:</translation>
    </message>
    <message>
        <source>Ce qui est &amp;remplacé :</source>
        <translation>What is &amp;replaced:</translation>
    </message>
    <message>
        <source>L&apos;ancien coordonnateur (nom, profession), les anciens objectifs ou l&apos;ancien financement</source>
        <translation>The former coordinator (name, profession), the former objectives or the former funding</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>« %1 » est un fichier de programme Kit ETP : un export ne le remplace jamais. Choisissez un autre nom.</source>
        <translation>“%1” is a Kit ETP programme file: an export never replaces it. Choose another name.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un nom de fichier.</source>
        <translation>This is not a regular file (it is a folder, a device or a pipe): choose a file name.</translation>
    </message>
    <message>
        <source>le fichier écrit n&apos;a pas la taille attendue (%1 octets sur %2).</source>
        <translation>the written file does not have the expected size (%1 bytes out of %2).</translation>
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
    <message>
        <source>Enregistrer en ODT</source>
        <translation>Save as ODT</translation>
    </message>
    <message>
        <source>Documents texte ODT (*.odt)</source>
        <translation>ODT text documents (*.odt)</translation>
    </message>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>la mise en page a échoué.</source>
        <translation>page layout failed.</translation>
    </message>
    <message>
        <source>le document ODT n&apos;a pas pu être écrit.</source>
        <translation>the ODT document could not be written.</translation>
    </message>
</context>
<context>
    <name>PathEventDialog</name>
    <message>
        <source>Étape du parcours</source>
        <translation>Pathway step</translation>
    </message>
    <message>
        <source>Étape :</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>Date :</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Par :</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Motif de sortie :</source>
        <translation>Reason for leaving:</translation>
    </message>
    <message>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message numerus="yes">
        <source>Importer %n patient(s)</source>
        <translation>
            <numerusform>Import %n patient</numerusform>
            <numerusform>Import %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>PatientPath</name>
    <message numerus="yes">
        <source>Relancer : aucune séance depuis %n semaine(s)</source>
        <translation>
            <numerusform>Follow up: no session for %n week</numerusform>
            <numerusform>Follow up: no session for %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientProfile</name>
    <message>
        <source>Âge à l&apos;entrée</source>
        <translation>Age at entry</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Localisation du cancer</source>
        <translation>Cancer site</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>moins de 40 ans</source>
        <translation>under 40</translation>
    </message>
    <message>
        <source>80 ans et plus</source>
        <translation>80 and over</translation>
    </message>
    <message>
        <source>%1 à %2 ans</source>
        <translation>%1 to %2 years</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Male</translation>
    </message>
</context>
<context>
    <name>PatientStore</name>
    <message>
        <source>Le code patient « %1 » est déjà utilisé.</source>
        <translation>The patient code “%1” is already in use.</translation>
    </message>
    <message>
        <source>La date de l&apos;étape est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>The step date is missing or implausible (must be between 1990 and 2100).</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>Supprimer le patient…</source>
        <translation>Delete the patient…</translation>
    </message>
    <message>
        <source>color: #555555; font-style: italic;</source>
        <translation>color: #555555; font-style: italic;</translation>
    </message>
    <message>
        <source>Identité (facultative)</source>
        <translation>Identity (optional)</translation>
    </message>
    <message>
        <source>Prénom :</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Année de naissance :</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>ex. 1958</source>
        <translation>e.g. 1958</translation>
    </message>
    <message>
        <source>Sexe :</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Contact :</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Contexte clinique</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Localisation du cancer :</source>
        <translation>Cancer site:</translation>
    </message>
    <message>
        <source>Traitement oral :</source>
        <translation>Oral treatment:</translation>
    </message>
    <message>
        <source>Médecin adresseur :</source>
        <translation>Referring doctor:</translation>
    </message>
    <message>
        <source>Médecin traitant :</source>
        <translation>GP:</translation>
    </message>
    <message>
        <source>Adresse du médecin :</source>
        <translation>Doctor&apos;s address:</translation>
    </message>
    <message>
        <source>Orientation :</source>
        <translation>Referral:</translation>
    </message>
    <message>
        <source>Notes :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Ajouter une étape…</source>
        <translation>Add a step…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Objectifs et résultats</source>
        <translation>Objectives and results</translation>
    </message>
    <message>
        <source>Nouvel objectif (compétence convenue au bilan)…</source>
        <translation>New objective (skill agreed at the assessment)…</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Programme personnalisé (séances prévues)</source>
        <translation>Personalised programme (planned sessions)</translation>
    </message>
    <message>
        <source>Séances et présences</source>
        <translation>Sessions and attendance</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Summary for the GP</translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Modifier le modèle…</source>
        <translation>Edit the template…</translation>
    </message>
    <message>
        <source>Identité et notes masquées à l&apos;écran (Préférences › Masquer les identités des patients).</source>
        <translation>Identity and notes hidden on screen (Preferences › Hide patients&apos; identities).</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>Enregistrer en ODT, pour l&apos;adapter dans un traitement de texte</source>
        <translation>Save as ODT, to adapt it in a word processor</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>background: #eef3f8; border: 1px solid #c9d6e3; border-radius: 4px; padding: 6px;</source>
        <translation>background: #eef3f8; border: 1px solid #c9d6e3; border-radius: 4px; padding: 6px;</translation>
    </message>
    <message>
        <source>Rechercher un code, un nom, une localisation…</source>
        <translation>Search for a code, a name, a cancer site…</translation>
    </message>
    <message>
        <source>Étape du parcours</source>
        <translation>Pathway stage</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Année d&apos;entrée</source>
        <translation>Year of entry</translation>
    </message>
    <message>
        <source>Localisation du cancer</source>
        <translation>Cancer site</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Importer (CSV)…</source>
        <translation>Import (CSV)…</translation>
    </message>
    <message>
        <source>Exporter (CSV)…</source>
        <translation>Export (CSV)…</translation>
    </message>
    <message>
        <source>Rechercher un patient</source>
        <translation>Search for a patient</translation>
    </message>
    <message>
        <source>Filtrer par étape du parcours</source>
        <translation>Filter by pathway stage</translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filtrer par année d&apos;entrée</source>
        <translation>Filter by year of entry</translation>
    </message>
    <message>
        <source>Filtrer par localisation du cancer</source>
        <translation>Filter by cancer site</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>année %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Les dates de la période doivent être des dates réelles entre %1 et %2.</source>
        <translation>The dates of the period must be real dates between %1 and %2.</translation>
    </message>
    <message>
        <source>La période commence après sa fin : la date de début doit précéder la date de fin.</source>
        <translation>The period starts after it ends: the start date must come before the end date.</translation>
    </message>
    <message>
        <source>année de programme %1 (du %2 au %3)</source>
        <translation>programme year %1 (from %2 to %3)</translation>
    </message>
</context>
<context>
    <name>PiecesFolder</name>
    <message>
        <source>Ce chemin existe et n&apos;est pas un dossier.</source>
        <translation>This path exists and is not a folder.</translation>
    </message>
    <message>
        <source>00-dossier-de-declaration.pdf</source>
        <translation>00-declaration-dossier.pdf</translation>
    </message>
</context>
<context>
    <name>ProgrammeCalendar</name>
    <message>
        <source>Ni la date de prise d&apos;effet de la déclaration ni la date de début du programme ne sont enregistrées : les périodes sont des années civiles.</source>
        <translation>Neither the declaration&apos;s effective date nor the programme&apos;s start date is recorded: the periods are calendar years.</translation>
    </message>
    <message>
        <source>Périodes en années civiles, à la demande ; l&apos;année du programme part du %1.</source>
        <translation>Periods in calendar years, as requested; the programme year starts on %1.</translation>
    </message>
    <message>
        <source>Années du programme comptées à partir de la prise d&apos;effet de la déclaration, le %1.</source>
        <translation>Programme years counted from the declaration&apos;s effective date, %1.</translation>
    </message>
    <message>
        <source>La date de prise d&apos;effet de la déclaration n&apos;est pas enregistrée : les années du programme sont comptées à partir de sa date de début, le %1.</source>
        <translation>The declaration&apos;s effective date is not recorded: programme years are counted from the programme&apos;s start date, %1.</translation>
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
    <message>
        <source>Raison sociale</source>
        <translation>Registered name</translation>
    </message>
    <message>
        <source>Fonction du coordonnateur</source>
        <translation>Coordinator&apos;s role</translation>
    </message>
    <message>
        <source>Structure d&apos;exercice du coordonnateur</source>
        <translation>Coordinator&apos;s workplace</translation>
    </message>
    <message>
        <source>Adresse professionnelle du coordonnateur</source>
        <translation>Coordinator&apos;s work address</translation>
    </message>
    <message>
        <source>Formation à la coordination</source>
        <translation>Coordination training</translation>
    </message>
    <message>
        <source>Autres formations en ETP</source>
        <translation>Other ETP training</translation>
    </message>
    <message>
        <source>Des patients intervenants participent</source>
        <translation>Patient partners take part</translation>
    </message>
    <message>
        <source>Les patients intervenants sont formés</source>
        <translation>The patient partners are trained</translation>
    </message>
    <message>
        <source>Association de patients agréée partenaire</source>
        <translation>Approved partner patient association</translation>
    </message>
    <message>
        <source>Besoin identifié</source>
        <translation>Identified need</translation>
    </message>
    <message>
        <source>Offre existante à proximité</source>
        <translation>Existing provision nearby</translation>
    </message>
    <message>
        <source>Nature du problème de santé</source>
        <translation>Nature of the health condition</translation>
    </message>
    <message>
        <source>Population concernée</source>
        <translation>Target population</translation>
    </message>
    <message>
        <source>Orientation des patients</source>
        <translation>Patient referral</translation>
    </message>
    <message>
        <source>Modalité de mise en œuvre</source>
        <translation>Delivery mode</translation>
    </message>
    <message>
        <source>Objectifs du programme</source>
        <translation>Programme objectives</translation>
    </message>
    <message>
        <source>Critères de jugement</source>
        <translation>Outcome criteria</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation>Shared educational assessment</translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation>Personalised programme</translation>
    </message>
    <message>
        <source>Séances (individuelles ou collectives, contenus, outils)</source>
        <translation>Sessions (individual or group, content, tools)</translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse écrite</source>
        <translation>Individual evaluation and written summary</translation>
    </message>
    <message>
        <source>Partage d&apos;informations entre intervenants</source>
        <translation>Information sharing between facilitators</translation>
    </message>
    <message>
        <source>Coordination avec les autres soignants du patient</source>
        <translation>Coordination with the patient&apos;s other healthcare professionals</translation>
    </message>
    <message>
        <source>Documents d&apos;information du patient</source>
        <translation>Patient information documents</translation>
    </message>
    <message>
        <source>Recueil du consentement (entrée et partage des données)</source>
        <translation>Obtaining consent (joining and data sharing)</translation>
    </message>
    <message>
        <source>Le patient peut sortir à tout moment sans conséquence</source>
        <translation>The patient can leave at any time without consequences</translation>
    </message>
    <message>
        <source>Confidentialité et protection des données</source>
        <translation>Confidentiality and data protection</translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle</source>
        <translation>Annual self-evaluation</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Four-year evaluation</translation>
    </message>
    <message>
        <source>ARS destinataire</source>
        <translation>Recipient ARS</translation>
    </message>
    <message>
        <source>Mode d&apos;envoi</source>
        <translation>Submission method</translation>
    </message>
    <message>
        <source>Déclaration sur l&apos;honneur de conformité au cahier des charges</source>
        <translation>Sworn statement of compliance with the specifications</translation>
    </message>
    <message>
        <source>Déclarant signataire</source>
        <translation>Signing declarant</translation>
    </message>
    <message>
        <source>Responsable médical signataire</source>
        <translation>Signing medical lead</translation>
    </message>
    <message>
        <source>Signataire pour l&apos;association partenaire</source>
        <translation>Signatory for the partner association</translation>
    </message>
    <message>
        <source>Ville (pour la date des courriers)</source>
        <translation>Town (for dating letters)</translation>
    </message>
    <message>
        <source>Qualité du coordonnateur (médecin, autre professionnel de santé, membre mandaté d&apos;une association de patients agréée)</source>
        <translation>Coordinator&apos;s status (doctor, other health professional, authorised member of an approved patient association)</translation>
    </message>
    <message>
        <source>Rôle de l&apos;association (coordination, animation, évaluation)</source>
        <translation>Role of the association (coordination, facilitation, evaluation)</translation>
    </message>
    <message>
        <source>Étapes où des patients sont impliqués (coordination, animation, évaluation)</source>
        <translation>Stages in which patients are involved (coordination, facilitation, evaluation)</translation>
    </message>
    <message>
        <source>Agrément de l&apos;association (numéro, date)</source>
        <translation>Approval of the association (number, date)</translation>
    </message>
    <message>
        <source>L&apos;association participe à la mise en œuvre du programme</source>
        <translation>The association takes part in delivering the programme</translation>
    </message>
    <message>
        <source>Équipe médicale associée (programme coordonné par une association) et son responsable</source>
        <translation>Associated medical team (programme coordinated by an association) and its head</translation>
    </message>
    <message>
        <source>Nombre estimé de bénéficiaires potentiels</source>
        <translation>Estimated number of potential beneficiaries</translation>
    </message>
    <message>
        <source>Données sur lesquelles repose l&apos;efficacité attendue du programme</source>
        <translation>Evidence on which the programme&apos;s expected effectiveness is based</translation>
    </message>
    <message>
        <source>Dossier d&apos;éducation thérapeutique du patient (papier ou informatisé)</source>
        <translation>Patient&apos;s therapeutic education record (paper or electronic)</translation>
    </message>
    <message>
        <source>Accès du patient à son dossier et au recueil des échanges</source>
        <translation>Patient access to their record and to the record of exchanges</translation>
    </message>
    <message>
        <source>Liens avec les actions d&apos;accompagnement</source>
        <translation>Links with support actions</translation>
    </message>
    <message>
        <source>Le médecin traitant est informé, avec l&apos;accord du patient</source>
        <translation>The GP is informed, with the patient&apos;s consent</translation>
    </message>
    <message>
        <source>Une grille du bilan éducatif partagé est utilisée</source>
        <translation>A shared educational assessment form is used</translation>
    </message>
    <message>
        <source>Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS)</source>
        <translation>Other regions where the programme is delivered (one declaration to each ARS)</translation>
    </message>
    <message>
        <source>Référence de la déclaration (donnée par l&apos;ARS ou le service en ligne)</source>
        <translation>Declaration reference (given by the ARS or the online service)</translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n&apos;intervient</source>
        <translation>No pharmaceutical, medical device, in vitro diagnostic or health services company is involved</translation>
    </message>
    <message>
        <source>Motif de l&apos;arrêt du programme</source>
        <translation>Reason for closing the programme</translation>
    </message>
    <message>
        <source>Devenir des patients en cours de programme</source>
        <translation>Outcome for patients currently in the programme</translation>
    </message>
</context>
<context>
    <name>ProgrammeFile</name>
    <message>
        <source>référence cassée : table %1, ligne %2 → table %3</source>
        <translation>broken reference: table %1, row %2 → table %3</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un fichier ordinaire : choisissez un nom de fichier.</source>
        <translation>This is not a regular file: choose a file name.</translation>
    </message>
    <message>
        <source>La copie hors ligne d&apos;un programme sur un serveur n&apos;est pas encore possible.</source>
        <translation>An offline copy of a programme on a server is not possible yet.</translation>
    </message>
    <message>
        <source>Cette adresse de serveur n&apos;est pas lisible.</source>
        <translation>This server address cannot be read.</translation>
    </message>
    <message>
        <source>Le mot de passe n&apos;a pas sa place dans l&apos;adresse : mettez-le dans le fichier ~/.pgpass.</source>
        <translation>The password does not belong in the address: put it in the ~/.pgpass file.</translation>
    </message>
    <message>
        <source>Paramètre de connexion refusé : %1.</source>
        <translation>Connection parameter refused: %1.</translation>
    </message>
    <message>
        <source>L&apos;adresse ne nomme pas de base de données.</source>
        <translation>The address names no database.</translation>
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
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Statut &amp;juridique :</source>
        <translation>Le&amp;gal status:</translation>
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
        <source>Papier à en-tête</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Le logo de l&apos;équipe, imprimé en tête des guides, lettres et dossiers (PNG ou JPEG, 2 Mo au plus).</source>
        <translation>The team&apos;s logo, printed at the top of guides, letters and dossiers (PNG or JPEG, 2 MB at most).</translation>
    </message>
    <message>
        <source>Choisir un &amp;logo…</source>
        <translation>Choose a &amp;logo…</translation>
    </message>
    <message>
        <source>Date de dé&amp;but :</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>Présentat&amp;ion :</source>
        <translation>Overv&amp;iew:</translation>
    </message>
    <message>
        <source>N° FIN&amp;ESS ou SIREN :</source>
        <translation>FINESS or SIREN n&amp;umber:</translation>
    </message>
    <message>
        <source>Ad&amp;resse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Lieux de &amp;mise en œuvre :</source>
        <translation>Deliver&amp;y sites:</translation>
    </message>
    <message>
        <source>Fon&amp;ction :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Télép&amp;hone :</source>
        <translation>Teleph&amp;one:</translation>
    </message>
    <message>
        <source>Co&amp;urriel :</source>
        <translation>Em&amp;ail:</translation>
    </message>
    <message>
        <source>Retirer le lo&amp;go</source>
        <translation>Remo&amp;ve logo</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>La question doit avoir un libellé.</source>
        <translation>The question must have a wording.</translation>
    </message>
    <message>
        <source>Le libellé d&apos;une question ne dépasse pas %1 caractères.</source>
        <translation>The wording of a question must not exceed %1 characters.</translation>
    </message>
    <message>
        <source>La date du questionnaire doit être une date réelle entre %1 et %2.</source>
        <translation>The questionnaire date must be a real date between %1 and %2.</translation>
    </message>
    <message>
        <source>Les réponses à échelle vont de 1 à 5.</source>
        <translation>Scale answers range from 1 to 5.</translation>
    </message>
    <message>
        <source>Une réponse libre ne dépasse pas %1 caractères.</source>
        <translation>A free-text answer must not exceed %1 characters.</translation>
    </message>
    <message>
        <source>Les séances ont répondu à mes attentes.</source>
        <translation>The sessions met my expectations.</translation>
    </message>
    <message>
        <source>Je me sens plus à l&apos;aise pour gérer mon traitement au quotidien.</source>
        <translation>I feel more confident managing my treatment day to day.</translation>
    </message>
    <message>
        <source>Les horaires et le lieu des séances me convenaient.</source>
        <translation>The times and venue of the sessions suited me.</translation>
    </message>
    <message>
        <source>Je recommanderais ce programme à d&apos;autres patients.</source>
        <translation>I would recommend this programme to other patients.</translation>
    </message>
    <message>
        <source>Vos remarques et suggestions</source>
        <translation>Your comments and suggestions</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Questionnaire de satisfaction</source>
        <translation>Satisfaction questionnaire</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Ajouter une question à échelle (1 à 5)…</source>
        <translation>Add a scale question (1 to 5)…</translation>
    </message>
    <message>
        <source>Ajouter une question ouverte…</source>
        <translation>Add an open question…</translation>
    </message>
    <message>
        <source>Modifier le libellé…</source>
        <translation>Edit wording…</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Utiliser le questionnaire proposé</source>
        <translation>Use the suggested questionnaire</translation>
    </message>
    <message>
        <source>Réponses saisies</source>
        <translation>Responses entered</translation>
    </message>
    <message>
        <source>Saisir un questionnaire…</source>
        <translation>Enter a questionnaire…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>Cette question a déjà des réponses : son type ne peut plus changer.</source>
        <translation>This question already has answers: its type can no longer be changed.</translation>
    </message>
    <message numerus="yes">
        <source>Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).</source>
        <translation>
            <numerusform>This question already has %n answer: it cannot be deleted (edit its wording instead).</numerusform>
            <numerusform>This question already has %n answers: it cannot be deleted (edit its wording instead).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizCommands</name>
    <message>
        <source>Quiz de la séance « %1 » : %2</source>
        <translation>Quiz of session “%1”: %2</translation>
    </message>
    <message>
        <source>Effacer les réponses au quiz (%1)</source>
        <translation>Clear the quiz answers (%1)</translation>
    </message>
    <message>
        <source>Saisir les réponses au quiz (%1, %2)</source>
        <translation>Enter the quiz answers (%1, %2)</translation>
    </message>
</context>
<context>
    <name>QuizDocument</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Plusieurs réponses possibles.</source>
        <translation>Several answers possible.</translation>
    </message>
    <message>
        <source>Réponse :</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Explication :</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Quiz %1</source>
        <translation>Quiz %1</translation>
    </message>
    <message>
        <source>Corrigé du quiz %1</source>
        <translation>Quiz key %1</translation>
    </message>
    <message>
        <source>Quiz — séance %1</source>
        <translation>Quiz — session %1</translation>
    </message>
    <message>
        <source>Corrigé pour l&apos;animateur — séance %1</source>
        <translation>Facilitator&apos;s key — session %1</translation>
    </message>
    <message>
        <source>%1 : questions proposées par Kit ETP, à relire et adapter par l&apos;équipe avant usage.</source>
        <translation>%1: questions suggested by Kit ETP, for the team to review and adapt before use.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;a pas encore de quiz.</source>
        <translation>This session has no quiz yet.</translation>
    </message>
    <message>
        <source>Nom : ______________________   Date : ____________</source>
        <translation>Name: ______________________   Date: ____________</translation>
    </message>
    <message>
        <source>%1 Avant la séance      %1 Après la séance</source>
        <translation>%1 Before the session      %1 After the session</translation>
    </message>
    <message>
        <source>Cochez la ou les réponses qui vous semblent justes. Ce n&apos;est pas un examen : vos réponses aident l&apos;équipe à adapter la séance.</source>
        <translation>Tick the answer or answers you think are right. This is not an exam: your answers help the team adapt the session.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Une question est juste quand les cases cochées sont exactement les bonnes réponses.</source>
        <translation>
            <numerusform>%n question. A question is right when the boxes ticked are exactly the right answers.</numerusform>
            <numerusform>%n questions. A question is right when the boxes ticked are exactly the right answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizRules</name>
    <message>
        <source>l&apos;énoncé est vide.</source>
        <translation>the question is empty.</translation>
    </message>
    <message>
        <source>l&apos;énoncé dépasse %1 caractères.</source>
        <translation>the question is longer than %1 characters.</translation>
    </message>
    <message>
        <source>l&apos;explication dépasse %1 caractères.</source>
        <translation>the explanation is longer than %1 characters.</translation>
    </message>
    <message>
        <source>une question vrai / faux a pour choix « Vrai » et « Faux ».</source>
        <translation>a true / false question has the choices “Vrai” and “Faux”.</translation>
    </message>
    <message>
        <source>il faut au moins deux choix.</source>
        <translation>at least two choices are needed.</translation>
    </message>
    <message>
        <source>%1 choix au plus.</source>
        <translation>%1 choices at most.</translation>
    </message>
    <message>
        <source>un choix est vide.</source>
        <translation>a choice is empty.</translation>
    </message>
    <message>
        <source>un choix dépasse %1 caractères.</source>
        <translation>a choice is longer than %1 characters.</translation>
    </message>
    <message>
        <source>un choix tient sur une ligne.</source>
        <translation>a choice fits on one line.</translation>
    </message>
    <message>
        <source>le choix « %1 » apparaît deux fois.</source>
        <translation>the choice “%1” appears twice.</translation>
    </message>
    <message>
        <source>aucune bonne réponse n&apos;est indiquée.</source>
        <translation>no right answer is given.</translation>
    </message>
    <message>
        <source>une bonne réponse désigne un choix qui n&apos;existe pas.</source>
        <translation>a right answer names a choice that does not exist.</translation>
    </message>
    <message>
        <source>les bonnes réponses sont données une fois chacune, dans l&apos;ordre des choix.</source>
        <translation>the right answers are given once each, in the order of the choices.</translation>
    </message>
    <message>
        <source>une question à choix unique n&apos;a qu&apos;une bonne réponse.</source>
        <translation>a single-choice question has only one right answer.</translation>
    </message>
    <message>
        <source>%1 questions au plus par quiz.</source>
        <translation>%1 questions at most per quiz.</translation>
    </message>
    <message>
        <source>Question %1 : %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>Vrai ou faux</source>
        <translation>True or false</translation>
    </message>
    <message>
        <source>Choix unique</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Choix multiple</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Avant la séance</source>
        <translation>Before the session</translation>
    </message>
    <message>
        <source>Après la séance</source>
        <translation>After the session</translation>
    </message>
    <message>
        <source>Brouillon à relire</source>
        <translation>Draft to review</translation>
    </message>
</context>
<context>
    <name>QuizStore</name>
    <message>
        <source>Quiz refusé : %1</source>
        <translation>Quiz refused: %1</translation>
    </message>
    <message>
        <source>Cette séance du calendrier n&apos;existe plus.</source>
        <translation>This calendar session no longer exists.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;a pas de quiz.</source>
        <translation>This session has no quiz.</translation>
    </message>
    <message>
        <source>Ce patient n&apos;est pas inscrit à cette séance.</source>
        <translation>This patient is not enrolled in this session.</translation>
    </message>
</context>
<context>
    <name>ReferralLeaflet</name>
    <message>
        <source>Notice pour les professionnels adresseurs</source>
        <translation>Information for referring professionals</translation>
    </message>
    <message>
        <source>Programme d&apos;éducation thérapeutique du patient</source>
        <translation>Therapeutic patient education programme</translation>
    </message>
    <message>
        <source>Programme d&apos;éducation thérapeutique du patient %1</source>
        <translation>Therapeutic patient education programme %1</translation>
    </message>
    <message>
        <source>Ce que le programme propose</source>
        <translation>What the programme offers</translation>
    </message>
    <message>
        <source>Ateliers :</source>
        <translation>Workshops:</translation>
    </message>
    <message>
        <source>Quels patients adresser ?</source>
        <translation>Which patients should be referred?</translation>
    </message>
    <message>
        <source>Comment adresser un patient ?</source>
        <translation>How to refer a patient</translation>
    </message>
    <message>
        <source>Le patient reste libre d&apos;entrer dans le programme et d&apos;en sortir. Avec son accord, son médecin traitant est informé de son parcours.</source>
        <translation>Patients are free to join and leave the programme. With their consent, their GP is kept informed of their progress.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Questionnaire de satisfaction</source>
        <translation>Satisfaction questionnaire</translation>
    </message>
    <message>
        <source>Date du questionnaire :</source>
        <translation>Questionnaire date:</translation>
    </message>
    <message>
        <source>Échelle : 1 = pas du tout d&apos;accord, 5 = tout à fait d&apos;accord ; « — » = sans réponse.</source>
        <translation>Scale: 1 = strongly disagree, 5 = strongly agree; “—” = no answer.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Date et heure :</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <source>Durée (minutes) :</source>
        <translation>Duration (minutes):</translation>
    </message>
    <message>
        <source>Lieu :</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Capacité :</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>non limitée</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Animateurs :</source>
        <translation>Facilitators:</translation>
    </message>
    <message>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Date de la séance</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
</context>
<context>
    <name>SessionMove</name>
    <message>
        <source>Le programme est ouvert en lecture seule : la séance n&apos;a pas été déplacée.</source>
        <translation>The programme is open read-only: the session was not moved.</translation>
    </message>
    <message>
        <source>Déplacer la séance</source>
        <translation>Move the session</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Le %1 :
%2

Déplacer la séance quand même ?</source>
        <translation>On %1:
%2

Move the session anyway?</translation>
    </message>
    <message>
        <source>Séance laissée à sa place.</source>
        <translation>Session left where it was.</translation>
    </message>
    <message>
        <source>la séance</source>
        <translation>the session</translation>
    </message>
    <message>
        <source>Séance déplacée au %1.</source>
        <translation>Session moved to %1.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>The session date is missing or implausible (must be between 1990 and 2100).</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Nouvelle séance…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>font-size: 14pt; font-weight: bold;</source>
        <translation>font-size: 14pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation>color: #8a5a00;</translation>
    </message>
    <message>
        <source>Inscrire des patients…</source>
        <translation>Enrol patients…</translation>
    </message>
    <message>
        <source>Désinscrire</source>
        <translation>Unenrol</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement :</source>
        <translation>Sign-in sheet:</translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Période suivante</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Planning de la semaine</source>
        <translation>Week planning</translation>
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
    <name>Sharing</name>
    <message>
        <source>La date d&apos;envoi est invalide.</source>
        <translation>The sending date is invalid.</translation>
    </message>
    <message>
        <source>Le destinataire doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>The recipient must fit on one line of %1 characters at most.</translation>
    </message>
    <message>
        <source>La réponse compte %1 caractères au plus.</source>
        <translation>The answer has %1 characters at most.</translation>
    </message>
    <message>
        <source>Cet envoi n&apos;existe plus.</source>
        <translation>This sending no longer exists.</translation>
    </message>
</context>
<context>
    <name>SignInSheetDocument</name>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement %1</source>
        <translation>Sign-in sheet %1</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Durée prévue</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Nom, profession</source>
        <translation>Name, profession</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nom et prénom (ou code)</source>
        <translation>Full name (or code)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) inscrit(s).</source>
        <translation>
            <numerusform>%n patient enrolled.</numerusform>
            <numerusform>%n patients enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document personnel — données de santé</source>
        <translation>Personal document — health data</translation>
    </message>
    <message>
        <source>Document à conserver par le coordonnateur du programme : il contient des données personnelles.</source>
        <translation>Document to be kept by the programme coordinator: it contains personal data.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>une étape précédente de cette modification a échoué</source>
        <translation>an earlier step of this change failed</translation>
    </message>
</context>
<context>
    <name>TeamMember</name>
    <message>
        <source>Le nom est obligatoire.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>Un champ dépasse %1 caractères.</source>
        <translation>A field exceeds %1 characters.</translation>
    </message>
    <message>
        <source>Le nom et la profession tiennent sur une ligne.</source>
        <translation>The name and the profession must each fit on one line.</translation>
    </message>
    <message>
        <source>Les heures de formation doivent être comprises entre 0 et %1.</source>
        <translation>Training hours must be between 0 and %1.</translation>
    </message>
    <message>
        <source>L&apos;année de formation %1 n&apos;est pas plausible.</source>
        <translation>The training year %1 is not plausible.</translation>
    </message>
    <message>
        <source>La date de signature de la charte n&apos;est pas plausible.</source>
        <translation>The charter signature date is not plausible.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse de courriel valide.</source>
        <translation>“%1” is not a valid email address.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message numerus="yes">
        <source>anime %n séance(s) du calendrier</source>
        <translation>
            <numerusform>leads %n session in the calendar</numerusform>
            <numerusform>leads %n sessions in the calendar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>est nommé dans %n étape(s) du parcours des patients</source>
        <translation>
            <numerusform>is named in %n step of patient pathways</numerusform>
            <numerusform>is named in %n steps of patient pathways</numerusform>
        </translation>
    </message>
    <message>
        <source>Impossible de retirer « %1 » de l&apos;équipe : cet intervenant %2. Marquez-le plutôt inactif (décochez « Actif ») : son historique est conservé.</source>
        <translation>Cannot remove “%1” from the team: this facilitator %2. Mark them as inactive instead (untick “Active”): their history is kept.</translation>
    </message>
    <message>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message numerus="yes">
        <source>a %n pièce(s) jointe(s) au dossier</source>
        <translation>
            <numerusform>has %n document attached to the dossier</numerusform>
            <numerusform>has %n documents attached to the dossier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeleDeclaration</name>
    <message>
        <source>%1 h de formation à l&apos;ETP</source>
        <translation>%1 h of ETP training</translation>
    </message>
    <message>
        <source>patient intervenant</source>
        <translation>patient partner</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(not provided)</translation>
    </message>
    <message>
        <source>Agence régionale de santé</source>
        <translation>Regional health agency (ARS)</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Heures de formation à l&apos;ETP</source>
        <translation>ETP training hours</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Intervenants (nom, profession, rôle, formation)</source>
        <translation>Facilitators (name, profession, role, training)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation>Patient pathway</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Information et consentement</source>
        <translation>Information and consent</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sources de financement prévues</source>
        <translation>Planned funding sources</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Réponses pour la télédéclaration</source>
        <translation>Answers for the online declaration</translation>
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
    <message>
        <source>ONCOPLET — traitements anticancéreux oraux (3 conducteurs, 8 séances)</source>
        <translation>ONCOPLET — oral anticancer treatments (3 guides, 8 sessions)</translation>
    </message>
    <message>
        <source>Programme d&apos;ETP — traitements anticancéreux oraux (ONCOPLET)</source>
        <translation>ETP programme — oral anticancer treatments (ONCOPLET)</translation>
    </message>
    <message>
        <source>Le modèle « %1 » n&apos;a pas de guides.</source>
        <translation>The template “%1” has no guides.</translation>
    </message>
</context>
<context>
    <name>TodoBoard</name>
    <message>
        <source>Déclaration et évaluation</source>
        <translation>Declaration and evaluation</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>dans %n jour(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>en retard de %n jour(s)</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>il y a %n jour(s)</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Déclarer à l&apos;ARS l&apos;arrêt du programme (arrêté le %1)</source>
        <translation>Declare the programme&apos;s closure to the ARS (closed on %1)</translation>
    </message>
    <message>
        <source>L&apos;arrêt d&apos;un programme se déclare à l&apos;ARS dans les 3 mois. Le courrier d&apos;arrêt se prépare sur la page Déclaration ARS ; le fichier n&apos;enregistre pas s&apos;il a été envoyé.</source>
        <translation>A programme&apos;s closure must be declared to the ARS within 3 months. The closure letter is prepared on the ARS declaration page; the file does not record whether it has been sent.</translation>
    </message>
    <message>
        <source>Date d&apos;envoi du dossier à l&apos;ARS non renseignée</source>
        <translation>Date the dossier was sent to the ARS not specified</translation>
    </message>
    <message>
        <source>Renseignez-la une fois le dossier envoyé : elle fait courir les 2 mois de la réponse de l&apos;ARS.</source>
        <translation>Enter it once the dossier has been sent: it starts the ARS&apos;s 2-month response period.</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>to be entered</translation>
    </message>
    <message>
        <source>Pièces manquantes demandées par l&apos;ARS : envoyer les compléments</source>
        <translation>Missing documents requested by the ARS: send the additional documents</translation>
    </message>
    <message>
        <source>La liste de pièces manquantes est enregistrée ; la date d&apos;envoi des compléments ne l&apos;est pas.</source>
        <translation>The list of missing documents is recorded; the date the additional documents were sent is not.</translation>
    </message>
    <message>
        <source>Réponse de l&apos;ARS attendue (dossier envoyé le %1)</source>
        <translation>ARS response expected (dossier sent on %1)</translation>
    </message>
    <message>
        <source>Réponse de l&apos;ARS attendue (compléments envoyés le %1)</source>
        <translation>ARS response expected (additional documents sent on %1)</translation>
    </message>
    <message>
        <source>Sans demande de pièces dans les 2 mois suivant sa réception, le dossier est réputé complet et la déclaration prend effet. Le fichier enregistre la date d&apos;envoi ; la réception peut être plus tardive.</source>
        <translation>If no documents are requested within 2 months of its receipt, the dossier is deemed complete and the declaration takes effect. The file records the date of sending; receipt may be later.</translation>
    </message>
    <message>
        <source>Démarrer le programme (prise d&apos;effet le %1)</source>
        <translation>Start the programme (effective on %1)</translation>
    </message>
    <message>
        <source>Prise d&apos;effet : l&apos;accusé de réception du dossier complet.</source>
        <translation>Effective date: the acknowledgement of receipt of the complete dossier.</translation>
    </message>
    <message>
        <source>Prise d&apos;effet : le dossier est réputé complet, sans demande de pièces dans les 2 mois.</source>
        <translation>Effective date: the dossier is deemed complete, with no documents requested within 2 months.</translation>
    </message>
    <message>
        <source>Un programme démarre dans les 12 mois suivant la prise d&apos;effet, sans quoi la déclaration devient caduque. Aucune séance ni aucun parcours de patient n&apos;est encore enregistré.</source>
        <translation>A programme must start within 12 months of the effective date, otherwise the declaration lapses. No session or patient pathway has been recorded yet.</translation>
    </message>
    <message>
        <source>Aucune séance depuis le %1</source>
        <translation>No session since %1</translation>
    </message>
    <message>
        <source>Après 6 mois consécutifs sans activité, la déclaration devient caduque. La date est celle de la dernière séance enregistrée.</source>
        <translation>After 6 consecutive months without activity, the declaration lapses. The date is that of the last recorded session.</translation>
    </message>
    <message>
        <source>Date de début du programme non renseignée</source>
        <translation>Programme start date not specified</translation>
    </message>
    <message>
        <source>Ni la prise d&apos;effet de la déclaration ni la date de début du programme ne sont enregistrées : les dates des évaluations annuelle et quadriennale ne sont pas connues.</source>
        <translation>Neither the declaration&apos;s effective date nor the programme&apos;s start date is recorded: the dates of the annual and four-year evaluations are not known.</translation>
    </message>
    <message>
        <source> (d&apos;après la date de début)</source>
        <translation> (based on the start date)</translation>
    </message>
    <message>
        <source>La prise d&apos;effet de la déclaration n&apos;étant pas enregistrée, les années sont comptées à partir de la date de début du programme.</source>
        <translation>As the declaration&apos;s effective date is not recorded, years are counted from the programme&apos;s start date.</translation>
    </message>
    <message>
        <source>Les années sont comptées à partir de la prise d&apos;effet de la déclaration.</source>
        <translation>Years are counted from the declaration&apos;s effective date.</translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation annuelle%1</source>
        <translation>Annual self-evaluation report%1</translation>
    </message>
    <message>
        <source>Prêt à chaque anniversaire.</source>
        <translation>To be ready by each anniversary.</translation>
    </message>
    <message>
        <source>Rapport d&apos;évaluation quadriennale%1 — échéance à vérifier auprès de votre ARS</source>
        <translation>Four-year evaluation report%1 — deadline to be checked with your ARS</translation>
    </message>
    <message>
        <source>Au quatrième anniversaire, puis tous les quatre ans.</source>
        <translation>On the fourth anniversary, then every four years.</translation>
    </message>
    <message>
        <source>Bilans éducatifs partagés à réaliser</source>
        <translation>Shared educational assessments to carry out</translation>
    </message>
    <message>
        <source>Patients actifs dont le parcours n&apos;enregistre encore ni bilan éducatif partagé, ni programme personnalisé, ni évaluation finale ; en retard : parcours commencé il y a plus de 30 jours.</source>
        <translation>Active patients whose pathway does not yet record a shared educational assessment, a personalised programme or a final evaluation; overdue: pathway started more than 30 days ago.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n en retard</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Évaluations individuelles finales à faire</source>
        <translation>Final individual evaluations to carry out</translation>
    </message>
    <message>
        <source>Patients actifs au programme personnalisé convenu il y a 6 mois ou plus, ayant suivi au moins une séance, sans évaluation finale enregistrée.</source>
        <translation>Active patients whose personalised programme was agreed 6 months ago or more, who have attended at least one session and have no final evaluation recorded.</translation>
    </message>
    <message>
        <source>Synthèses à envoyer au médecin traitant</source>
        <translation>Summaries to send to the GP</translation>
    </message>
    <message>
        <source>Évaluation finale faite, consentement au partage des données enregistré, aucun courrier au médecin traitant depuis.</source>
        <translation>Final evaluation done, consent to data sharing recorded, no letter to the GP since.</translation>
    </message>
    <message numerus="yes">
        <source>Cette semaine : %1, %n inscrit(s)</source>
        <translation>
            <numerusform>This week: %1, %n enrolled</numerusform>
            <numerusform>This week: %1, %n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Présences à saisir : %1, %n inscrit(s) sans présence notée</source>
        <translation>
            <numerusform>Attendance to record: %1, %n enrolled patient with no attendance marked</numerusform>
            <numerusform>Attendance to record: %1, %n enrolled patients with no attendance marked</numerusform>
        </translation>
    </message>
    <message>
        <source>Séance commencée dont des inscrits ne sont notés ni présents, ni absents, ni excusés.</source>
        <translation>Session started with enrolled patients marked neither present, absent nor excused.</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) séance(s) passée(s) aux présences non saisies</source>
        <translation>
            <numerusform>… and %n other past session with attendance not recorded</numerusform>
            <numerusform>… and %n other past sessions with attendance not recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun membre de l&apos;équipe enregistré</source>
        <translation>No team member recorded</translation>
    </message>
    <message>
        <source>%1 : formation à l&apos;ETP de moins de %2 h</source>
        <translation>%1: ETP training of less than %2 h</translation>
    </message>
    <message>
        <source>40 heures de formation à l&apos;ETP sont requises pour la dispenser ou la coordonner (arrêté du 2 août 2010 modifié) ; le nombre est celui des heures enregistrées.</source>
        <translation>40 hours of ETP training are required to deliver or coordinate it (amended order of 2 August 2010); the number is that of the hours recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : signature de la charte d&apos;engagement non renseignée</source>
        <translation>%1: signing of the commitment charter not specified</translation>
    </message>
    <message>
        <source>Chaque intervenant signe la charte d&apos;engagement, jointe au dossier de déclaration.</source>
        <translation>Each facilitator signs the commitment charter, which is attached to the declaration dossier.</translation>
    </message>
    <message>
        <source>Guides partagés</source>
        <translation>Shared guides</translation>
    </message>
    <message>
        <source>destinataire non noté</source>
        <translation>recipient not noted</translation>
    </message>
    <message>
        <source>Demander comment les supports ont été utilisés : %1</source>
        <translation>Ask how the materials were used: %1</translation>
    </message>
    <message>
        <source>Paquet « %1 » (%2) envoyé le %3 : six mois après un envoi, demandez au destinataire comment il a utilisé les supports, puis notez sa réponse dans la liste des envois (Ateliers ▸ Échanger ▸ Envois de paquets).</source>
        <translation>Package “%1” (%2) sent on %3: six months after a sending, ask the recipient how they used the materials, then record the answer in the list of sendings (Workshops ▸ Exchange ▸ Packages sent).</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Ce qui est à faire</source>
        <translation>What needs to be done</translation>
    </message>
</context>
<context>
    <name>WeekPlanningDocument</name>
    <message>
        <source>Planning, %1</source>
        <translation>Planning, %1</translation>
    </message>
    <message>
        <source>Planning de la %1</source>
        <translation>Planning for the %1</translation>
    </message>
    <message>
        <source>Inscrits : %1 sur %2 places</source>
        <translation>Enrolled: %1 of %2 places</translation>
    </message>
    <message>
        <source>Inscrits : %1</source>
        <translation>Enrolled: %1</translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est planifiée cette semaine.</source>
        <translation>No session is planned this week.</translation>
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
        <source>Programmes récents :</source>
        <translation>Recent programmes:</translation>
    </message>
    <message>
        <source>Essayer avec un programme de dé&amp;monstration</source>
        <translation>Try a de&amp;mo programme</translation>
    </message>
</context>
<context>
    <name>WizCheck</name>
    <message>
        <source>Les déclarations et signatures, puis la vérification de complétude. Double-cliquez une ligne pour aller à ce qui la corrige.</source>
        <translation>The declarations and signatures, then the completeness check. Double-click a row to go to where it can be fixed.</translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament ou du dispositif médical n&apos;intervient :</source>
        <translation>No pharmaceutical or medical device company is involved:</translation>
    </message>
    <message>
        <source>Déclaration sur l&apos;honneur de conformité (certaines ARS la demandent) :</source>
        <translation>Sworn statement of compliance (some ARSs require it):</translation>
    </message>
    <message>
        <source>Déclarant signataire :</source>
        <translation>Signing declarant:</translation>
    </message>
    <message>
        <source>Responsable médical signataire :</source>
        <translation>Signing medical lead:</translation>
    </message>
    <message>
        <source>Signataire pour l&apos;association :</source>
        <translation>Signatory for the association:</translation>
    </message>
</context>
<context>
    <name>WizConsent</name>
    <message>
        <source>Information, consentement et confidentialité : documents remis au patient, consentement à l&apos;entrée et au partage des données recueilli après une information claire, sortie possible à tout moment, protection des données (CNIL, RGPD).</source>
        <translation>Information, consent and confidentiality: documents given to the patient, consent to joining and to data sharing obtained after clear information, option to leave at any time, data protection (CNIL, GDPR).</translation>
    </message>
    <message>
        <source>Documents d&apos;information du patient :</source>
        <translation>Patient information documents:</translation>
    </message>
    <message>
        <source>Recueil du consentement :</source>
        <translation>Obtaining consent:</translation>
    </message>
    <message>
        <source>Le patient peut sortir à tout moment sans conséquence :</source>
        <translation>The patient can leave at any time without consequences:</translation>
    </message>
    <message>
        <source>Confidentialité et protection des données :</source>
        <translation>Confidentiality and data protection:</translation>
    </message>
</context>
<context>
    <name>WizCoordination</name>
    <message>
        <source>Partage d&apos;informations entre intervenants :</source>
        <translation>Information sharing between facilitators:</translation>
    </message>
    <message>
        <source>Coordination avec les autres soignants :</source>
        <translation>Coordination with other healthcare professionals:</translation>
    </message>
    <message>
        <source>La coordination : comment les intervenants partagent l&apos;information entre eux et avec les autres soignants du patient ; avec son accord, le médecin traitant est informé de l&apos;entrée, du parcours et de l&apos;évaluation finale (joignez le modèle de courrier que l&apos;équipe utilise : Déclaration ARS › Pièces jointes).</source>
        <translation>Coordination: how the facilitators share information among themselves and with the patient&apos;s other carers; with the patient&apos;s consent, the GP is informed of entry, of the pathway and of the final evaluation (attach the letter template the team uses: ARS declaration › Attached documents).</translation>
    </message>
    <message>
        <source>Le médecin traitant est informé, avec l&apos;accord du patient :</source>
        <translation>The GP is informed, with the patient&apos;s consent:</translation>
    </message>
    <message>
        <source>Dossier d&apos;ETP du patient (papier ou informatisé) :</source>
        <translation>Patient&apos;s ETP record (paper or electronic):</translation>
    </message>
    <message>
        <source>Accès du patient à son dossier et au recueil des échanges :</source>
        <translation>Patient access to their record and to the record of exchanges:</translation>
    </message>
</context>
<context>
    <name>WizCoordinator</name>
    <message>
        <source>Le coordonnateur (désigné dans le tableau de l&apos;équipe) : sa fonction, son lieu d&apos;exercice et ses formations (rubrique 2).</source>
        <translation>The coordinator (designated in the team table): their role, place of practice and training (section 2).</translation>
    </message>
    <message>
        <source>Fonction :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Structure d&apos;exercice :</source>
        <translation>Place of practice:</translation>
    </message>
    <message>
        <source>Adresse professionnelle :</source>
        <translation>Work address:</translation>
    </message>
    <message>
        <source>Formation à la coordination :</source>
        <translation>Coordination training:</translation>
    </message>
    <message>
        <source>Autres formations en ETP :</source>
        <translation>Other ETP training:</translation>
    </message>
    <message>
        <source>Qualité (médecin, autre professionnel de santé, membre mandaté d&apos;une association de patients agréée) :</source>
        <translation>Status (doctor, other health professional, authorised member of an approved patient association):</translation>
    </message>
</context>
<context>
    <name>WizDesign</name>
    <message>
        <source>Le programme : titre, présentation, modalité, objectifs et critères qui permettront de les juger (rubrique 5). Les séances se décrivent dans la page Ateliers.</source>
        <translation>The programme: title, overview, delivery mode, objectives and the criteria by which they will be assessed (section 5). Sessions are described on the Workshops page.</translation>
    </message>
    <message>
        <source>Titre du programme :</source>
        <translation>Programme title:</translation>
    </message>
    <message>
        <source>Présentation :</source>
        <translation>Overview:</translation>
    </message>
    <message>
        <source>Modalité :</source>
        <translation>Delivery mode:</translation>
    </message>
    <message>
        <source>Ambulatoire</source>
        <translation>Outpatient</translation>
    </message>
    <message>
        <source>En hospitalisation</source>
        <translation>Inpatient</translation>
    </message>
    <message>
        <source>Ambulatoire et en hospitalisation</source>
        <translation>Outpatient and inpatient</translation>
    </message>
    <message>
        <source>Objectifs du programme :</source>
        <translation>Programme objectives:</translation>
    </message>
    <message>
        <source>Critères de jugement :</source>
        <translation>Outcome criteria:</translation>
    </message>
    <message>
        <source>Séances décrites :</source>
        <translation>Sessions described:</translation>
    </message>
    <message>
        <source>Ouvrir les &amp;ateliers</source>
        <translation>Open &amp;workshops</translation>
    </message>
    <message>
        <source>Données sur lesquelles repose l&apos;efficacité attendue :</source>
        <translation>Evidence on which the expected effectiveness is based:</translation>
    </message>
    <message>
        <source>Liens avec les actions d&apos;accompagnement :</source>
        <translation>Links with support actions:</translation>
    </message>
</context>
<context>
    <name>WizEffective</name>
    <message>
        <source>La déclaration prend effet à l&apos;accusé de réception ou à l&apos;échéance des 2 mois. Le programme doit démarrer dans les 12 mois et ne pas s&apos;interrompre 6 mois de suite ; un arrêt se déclare dans les 3 mois.</source>
        <translation>The declaration takes effect on acknowledgement of receipt or when the 2 months have elapsed. The programme must start within 12 months and must not be interrupted for 6 consecutive months; a stop must be declared within 3 months.</translation>
    </message>
    <message>
        <source>Déclaration effective le :</source>
        <translation>Declaration effective on:</translation>
    </message>
    <message>
        <source>Démarrer avant le :</source>
        <translation>Start before:</translation>
    </message>
    <message>
        <source>Date de début du programme :</source>
        <translation>Programme start date:</translation>
    </message>
    <message>
        <source>Date de l&apos;arrêt du programme :</source>
        <translation>Programme closure date:</translation>
    </message>
    <message>
        <source>Motif de l&apos;arrêt :</source>
        <translation>Reason for closure:</translation>
    </message>
    <message>
        <source>Devenir des patients en cours de programme :</source>
        <translation>Outcome for patients currently in the programme:</translation>
    </message>
</context>
<context>
    <name>WizEvaluation</name>
    <message>
        <source>L&apos;évaluation : comment se déroulent l&apos;auto-évaluation annuelle et l&apos;évaluation quadriennale, et sur quels éléments.</source>
        <translation>Evaluation: how the annual self-evaluation and the four-year evaluation are carried out, and on what basis.</translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle :</source>
        <translation>Annual self-evaluation:</translation>
    </message>
    <message>
        <source>Évaluation quadriennale :</source>
        <translation>Four-year evaluation:</translation>
    </message>
    <message>
        <source>Une grille du bilan éducatif partagé est utilisée (joignez-la : Déclaration ARS › Pièces jointes) :</source>
        <translation>A shared educational assessment form is used (attach it: ARS declaration › Attached documents):</translation>
    </message>
</context>
<context>
    <name>WizFunding</name>
    <message>
        <source>Le financement : chaque source prévue et son montant. La déclaration n&apos;apporte pas de financement (procédure distincte).</source>
        <translation>Funding: each planned source and its amount. The declaration does not bring any funding (separate procedure).</translation>
    </message>
    <message>
        <source>&amp;Ajouter une source</source>
        <translation>&amp;Add a source</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>WizNeed</name>
    <message>
        <source>Le besoin, le problème de santé et la population concernée. Vérifiez ce qui existe déjà à proximité (annuaire régional des programmes).</source>
        <translation>The need, the health condition and the population concerned. Check what already exists nearby (regional directory of programmes).</translation>
    </message>
    <message>
        <source>Besoin identifié :</source>
        <translation>Identified need:</translation>
    </message>
    <message>
        <source>Offre existante à proximité :</source>
        <translation>Existing provision nearby:</translation>
    </message>
    <message>
        <source>Problème de santé :</source>
        <translation>Health condition:</translation>
    </message>
    <message>
        <source>Nature du problème de santé :</source>
        <translation>Nature of the health condition:</translation>
    </message>
    <message>
        <source>Affection de longue durée</source>
        <translation>Long-term condition</translation>
    </message>
    <message>
        <source>Maladie rare</source>
        <translation>Rare disease</translation>
    </message>
    <message>
        <source>Priorité régionale de santé</source>
        <translation>Regional health priority</translation>
    </message>
    <message>
        <source>Population concernée (âge, gravité, autres critères) :</source>
        <translation>Population concerned (age, severity, other criteria):</translation>
    </message>
    <message>
        <source>Orientation des patients (qui adresse, comment) :</source>
        <translation>Patient referral (who refers them, how):</translation>
    </message>
    <message>
        <source>Nombre estimé de bénéficiaires potentiels :</source>
        <translation>Estimated number of potential beneficiaries:</translation>
    </message>
</context>
<context>
    <name>WizPath</name>
    <message>
        <source>Le parcours du patient : bilan éducatif partagé, programme personnalisé, séances, évaluation individuelle avec une synthèse écrite gardée dans le dossier d&apos;ETP du patient.</source>
        <translation>The patient pathway: shared educational assessment, personalised programme, sessions, individual evaluation with a written summary kept in the patient&apos;s ETP record.</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé :</source>
        <translation>Shared educational assessment:</translation>
    </message>
    <message>
        <source>Programme personnalisé :</source>
        <translation>Personalised programme:</translation>
    </message>
    <message>
        <source>Séances (individuelles ou collectives, contenus, outils) :</source>
        <translation>Sessions (individual or group, content, tools):</translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse écrite :</source>
        <translation>Individual evaluation and written summary:</translation>
    </message>
</context>
<context>
    <name>WizPatients</name>
    <message>
        <source>L&apos;implication des patients : patients intervenants et co-construction avec une association de patients agréée (rubrique 4).</source>
        <translation>Patient involvement: patient partners and co-design with an approved patient association (section 4).</translation>
    </message>
    <message>
        <source>Des patients intervenants participent :</source>
        <translation>Patient partners take part:</translation>
    </message>
    <message>
        <source>Les patients intervenants sont formés (40 h) :</source>
        <translation>The patient partners are trained (40 h):</translation>
    </message>
    <message>
        <source>Association de patients agréée partenaire :</source>
        <translation>Approved partner patient association:</translation>
    </message>
    <message>
        <source>Rôle de l&apos;association (coordination, animation, évaluation) :</source>
        <translation>Role of the association (coordination, facilitation, evaluation):</translation>
    </message>
    <message>
        <source>Étapes où des patients sont impliqués (coordination, animation, évaluation) :</source>
        <translation>Stages in which patients are involved (coordination, facilitation, evaluation):</translation>
    </message>
    <message>
        <source>Agrément de l&apos;association (numéro, date) :</source>
        <translation>Approval of the association (number, date):</translation>
    </message>
    <message>
        <source>L&apos;association participe à la mise en œuvre :</source>
        <translation>The association takes part in delivery:</translation>
    </message>
    <message>
        <source>Équipe médicale associée et son responsable (programme coordonné par une association) :</source>
        <translation>Associated medical team and its head (programme coordinated by an association):</translation>
    </message>
</context>
<context>
    <name>WizSend</name>
    <message>
        <source>L&apos;envoi au directeur général de l&apos;ARS de la région du coordonnateur, par un moyen qui prouve la date de réception. Le dossier est réputé complet à l&apos;accusé de réception, ou faute de liste de pièces manquantes dans les 2 mois.</source>
        <translation>Sending to the director general of the ARS for the coordinator&apos;s region, by a method that proves the date of receipt. The dossier is deemed complete on acknowledgement of receipt, or if no list of missing documents is received within 2 months.</translation>
    </message>
    <message>
        <source>ARS destinataire :</source>
        <translation>Recipient ARS:</translation>
    </message>
    <message>
        <source>Mode d&apos;envoi :</source>
        <translation>Sending method:</translation>
    </message>
    <message>
        <source>Formulaire en ligne</source>
        <translation>Online form</translation>
    </message>
    <message>
        <source>Lettre recommandée avec accusé de réception</source>
        <translation>Registered letter with acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Dépôt contre récépissé</source>
        <translation>Hand delivery against a receipt</translation>
    </message>
    <message>
        <source>Date d&apos;envoi :</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <source>Liste de pièces manquantes reçue le :</source>
        <translation>List of missing documents received on:</translation>
    </message>
    <message>
        <source>Compléments envoyés le :</source>
        <translation>Additional documents sent on:</translation>
    </message>
    <message>
        <source>Accusé de réception du dossier complet le :</source>
        <translation>Acknowledgement of receipt of the complete dossier on:</translation>
    </message>
    <message>
        <source>Échéance des 2 mois :</source>
        <translation>2-month deadline:</translation>
    </message>
    <message>
        <source>Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS) :</source>
        <translation>Other regions where the programme is delivered (one declaration to each ARS):</translation>
    </message>
    <message>
        <source>Référence de la déclaration (ARS ou service en ligne) :</source>
        <translation>Declaration reference (ARS or online service):</translation>
    </message>
</context>
<context>
    <name>WizStructure</name>
    <message>
        <source>La structure porteuse du programme et les lieux où il est mis en œuvre (rubrique 1 du dossier).</source>
        <translation>The programme&apos;s host organisation and the sites where it is delivered (section 1 of the dossier).</translation>
    </message>
    <message>
        <source>Structure porteuse :</source>
        <translation>Host organisation:</translation>
    </message>
    <message>
        <source>Raison sociale :</source>
        <translation>Registered name:</translation>
    </message>
    <message>
        <source>N° FINESS ou SIREN :</source>
        <translation>FINESS or SIREN number:</translation>
    </message>
    <message>
        <source>Statut juridique :</source>
        <translation>Legal status:</translation>
    </message>
    <message>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Lieux de mise en œuvre :</source>
        <translation>Delivery sites:</translation>
    </message>
    <message>
        <source>Ville (pour la date des courriers) :</source>
        <translation>Town (for dating letters):</translation>
    </message>
</context>
<context>
    <name>WizTeam</name>
    <message>
        <source>L&apos;équipe : un coordonnateur, au moins deux professionnels de santé de professions différentes (dont un médecin si le coordonnateur ne l&apos;est pas), chacun formé au moins 40 heures à l&apos;ETP avec attestation, et la charte d&apos;engagement signée. Modifiez les cellules directement ; Ctrl+Z annule.</source>
        <translation>The team: a coordinator, at least two health professionals from different professions (including a doctor if the coordinator is not one), each with at least 40 hours of ETP training and a certificate, and the signed commitment charter. Edit the cells directly; Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>&amp;Ajouter un intervenant</source>
        <translation>&amp;Add facilitator</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>WizardPages</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Retirer « %1 » de l&apos;équipe ?

Pour un intervenant qui a quitté l&apos;équipe, décochez plutôt « Actif » : il reste dans l&apos;historique des séances et des parcours.</source>
        <translation>Remove “%1” from the team?

For a facilitator who has left the team, untick “Active” instead: they remain in the history of sessions and pathways.</translation>
    </message>
    <message>
        <source>Retirer un intervenant</source>
        <translation>Remove a facilitator</translation>
    </message>
    <message>
        <source>aucune séance : décrivez-les dans la page Ateliers.</source>
        <translation>no sessions: describe them on the Workshops page.</translation>
    </message>
    <message>
        <source>pièces manquantes demandées : envoyez les compléments.</source>
        <translation>missing documents requested: send the additional documents.</translation>
    </message>
    <message>
        <source> (accusé de réception reçu)</source>
        <translation> (acknowledgement of receipt received)</translation>
    </message>
    <message>
        <source>pas encore (accusé de réception ou 2 mois sans demande de pièces)</source>
        <translation>not yet (acknowledgement of receipt, or 2 months without a request for documents)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>kitetp::ActionsEditor</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Échéance (JJ/MM/AAAA)</source>
        <translation>Deadline (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Échéance refusée : « %1 » n&apos;est pas une date (JJ/MM/AAAA).</source>
        <translation>Deadline rejected: “%1” is not a date (DD/MM/YYYY).</translation>
    </message>
</context>
<context>
    <name>kitetp::AttachmentsPanel</name>
    <message>
        <source>Pièces (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Les pièces réellement jointes au dossier (PDF, PNG ou JPEG, 20 Mo au plus chacune) : le dossier en PDF les insère en annexe ; une pièce absente y est marquée « à joindre ».</source>
        <translation>The documents actually attached to the dossier (PDF, PNG or JPEG, 20 MB maximum each): the PDF dossier inserts them as appendices; a missing document is marked “to attach” there.</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ajoutée le</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Joindre une pièce…</source>
        <translation>&amp;Attach a document…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Remplacer…</source>
        <translation>&amp;Replace…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Pièce refusée</source>
        <translation>Document rejected</translation>
    </message>
    <message>
        <source>Joindre une pièce</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>Joindre « %1 »</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <source>&amp;Pièce :</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Membre de l&apos;équipe :</source>
        <translation>&amp;Team member:</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord ce membre à l&apos;équipe.</source>
        <translation>Add this member to the team first.</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Remplacer la pièce</source>
        <translation>Replace the document</translation>
    </message>
</context>
<context>
    <name>kitetp::BackgroundCheck</name>
    <message>
        <source>Le contrôle fait à l&apos;ouverture l&apos;a trouvé endommagé : Kit ETP n&apos;y enregistre plus rien, pour ne rien aggraver.</source>
        <translation>The check made on opening found it damaged: Kit ETP no longer saves anything to it, so as not to make things worse.</translation>
    </message>
</context>
<context>
    <name>kitetp::ChartPanel</name>
    <message>
        <source>Enregistrer l&apos;image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Enregistrer ce graphique en PNG ou en SVG</source>
        <translation>Save this chart as PNG or SVG</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copier ce graphique dans le presse-papiers</source>
        <translation>Copy this chart to the clipboard</translation>
    </message>
    <message>
        <source>Enregistrer le graphique</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Image PNG (*.png);;Image vectorielle SVG (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector image (*.svg)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Le graphique n&apos;a pas pu être écrit dans « %1 ».</source>
        <translation>The chart could not be written to “%1”.</translation>
    </message>
</context>
<context>
    <name>kitetp::ChecklistModel</name>
    <message>
        <source>Rubrique</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Exigence</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Détail (double-clic : corriger)</source>
        <translation>Details (double-click: fix)</translation>
    </message>
    <message>
        <source>N&apos;afficher que les &amp;manquants</source>
        <translation>Show only the &amp;missing ones</translation>
    </message>
</context>
<context>
    <name>kitetp::CriteriaEditor</name>
    <message>
        <source>Critère déclaré</source>
        <translation>Declared criterion</translation>
    </message>
    <message>
        <source>Indicateur rapproché</source>
        <translation>Matched indicator</translation>
    </message>
    <message>
        <source>Appréciation de l&apos;équipe</source>
        <translation>Team&apos;s assessment</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Indicateur rapproché de « %1 »</source>
        <translation>Indicator matched with “%1”</translation>
    </message>
</context>
<context>
    <name>kitetp::DateEdit</name>
    <message>
        <source>non renseignée</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Ouvrir le calendrier (Alt+Bas)</source>
        <translation>Open the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Effacer la date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou après.</source>
        <translation>The date must be %1 or later.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou avant.</source>
        <translation>The date must be %1 or earlier.</translation>
    </message>
    <message>
        <source>jj/mm/aaaa, jj/mm/aa ou jjmmaaaa ; Alt+Bas ouvre le calendrier</source>
        <translation>dd/mm/yyyy, dd/mm/yy or ddmmyyyy; Alt+Down opens the calendar</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date (jj/mm/aaaa) : la date reste %2.</source>
        <translation>“%1” is not a date (dd/mm/yyyy): the date stays %2.</translation>
    </message>
    <message>
        <source>Calendrier…</source>
        <translation>Calendar…</translation>
    </message>
</context>
<context>
    <name>kitetp::DeclarationPage</name>
    <message>
        <source>Déclaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <source>Logigramme de déclaration</source>
        <translation>Declaration flowchart</translation>
    </message>
    <message>
        <source>Mise en œuvre</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Logigramme de mise en œuvre</source>
        <translation>Implementation flowchart</translation>
    </message>
    <message>
        <source>notice-professionnels</source>
        <translation>referrer-leaflet</translation>
    </message>
    <message>
        <source>fiche-annuaire</source>
        <translation>directory-card</translation>
    </message>
    <message numerus="yes">
        <source>Rien ne manque ; %n point(s) à vérifier auprès de votre ARS.</source>
        <translation>
            <numerusform>Nothing is missing; %n point to be checked with your ARS.</numerusform>
            <numerusform>Nothing is missing; %n points to be checked with your ARS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s) : ouvrez la liste et double-cliquez une ligne pour la corriger.</source>
        <translation>
            <numerusform>%n missing item: open the list and double-click a row to correct it.</numerusform>
            <numerusform>%n missing items: open the list and double-click a row to correct it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation>Completeness</translation>
    </message>
    <message numerus="yes">
        <source>Complétude (%n manquant(s))</source>
        <translation>
            <numerusform>Completeness (%n missing)</numerusform>
            <numerusform>Completeness (%n missing)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez une ligne pour lire le détail.</source>
        <translation>Choose a row to read the details.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; : %3</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>pas encore envoyée</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>en attente</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>accusé de réception du %1</source>
        <translation>acknowledgement of receipt dated %1</translation>
    </message>
    <message>
        <source>pièces manquantes demandées le %1</source>
        <translation>missing documents requested on %1</translation>
    </message>
    <message>
        <source>compléments envoyés le %1</source>
        <translation>additional documents sent on %1</translation>
    </message>
    <message>
        <source>%1 (réputé complet sans demande de pièces d&apos;ici là)</source>
        <translation>%1 (deemed complete if no documents are requested by then)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Changement enregistré : %1.</source>
        <translation>Change recorded: %1.</translation>
    </message>
    <message>
        <source>notification-ARS-%1</source>
        <translation>ARS-notification-%1</translation>
    </message>
    <message>
        <source>Enregistrer la fiche annuaire (JSON)</source>
        <translation>Save the directory card (JSON)</translation>
    </message>
    <message>
        <source>fiche-annuaire.json</source>
        <translation>directory-card.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Fiche annuaire</source>
        <translation>Directory card</translation>
    </message>
    <message>
        <source>Fiche annuaire enregistrée : %1</source>
        <translation>Directory card saved: %1</translation>
    </message>
    <message>
        <source>Imprimer les logigrammes</source>
        <translation>Print the flowcharts</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>completude-document-interne</source>
        <translation>completeness-internal-document</translation>
    </message>
    <message>
        <source>arrêté le %1 ; à déclarer à l&apos;ARS avant le %2</source>
        <translation>closed on %1; to be declared to the ARS before %2</translation>
    </message>
    <message>
        <source>L&apos;arrêt d&apos;un programme se déclare à l&apos;ARS dans les 3 mois (courrier d&apos;arrêt).</source>
        <translation>The closure of a programme must be declared to the ARS within 3 months (closure letter).</translation>
    </message>
    <message>
        <source>Enregistrer le dossier en PDF</source>
        <translation>Save the dossier as PDF</translation>
    </message>
    <message>
        <source>dossier-declaration-ARS.pdf</source>
        <translation>ARS-declaration-dossier.pdf</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Dossier enregistré : %1</source>
        <translation>Dossier saved: %1</translation>
    </message>
    <message>
        <source>Courrier d&apos;arrêt</source>
        <translation>Closure letter</translation>
    </message>
    <message>
        <source>Enregistrez d&apos;abord la date de l&apos;arrêt (bouton « Dates… », dernière étape) ; le motif et le devenir des patients en cours se saisissent au même endroit.</source>
        <translation>First record the closure date (“Dates…” button, last step); the reason and the outcome for current patients are entered in the same place.</translation>
    </message>
    <message>
        <source>declaration-arret-ARS</source>
        <translation>ARS-closure-declaration</translation>
    </message>
    <message>
        <source>Dossier de déclaration</source>
        <translation>Declaration dossier</translation>
    </message>
    <message>
        <source>Le programme est mis en œuvre dans plusieurs régions : il est déclaré à chacune des ARS. À quelle ARS ce dossier est-il adressé ?</source>
        <translation>The programme is run in several regions: it is declared to each ARS. Which ARS is this dossier addressed to?</translation>
    </message>
    <message>
        <source>Préparation du dossier de déclaration…</source>
        <translation>Preparing the declaration dossier…</translation>
    </message>
    <message>
        <source>Lecture du programme…</source>
        <translation>Reading the programme…</translation>
    </message>
    <message>
        <source>Mise en page du dossier et des pièces jointes…</source>
        <translation>Laying out the dossier and the attached documents…</translation>
    </message>
</context>
<context>
    <name>kitetp::DeclarationWizard</name>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Évaluer le besoin et la population</source>
        <translation>Assess the need and the population</translation>
    </message>
    <message>
        <source>Constituer l&apos;équipe</source>
        <translation>Build the team</translation>
    </message>
    <message>
        <source>Concevoir le programme</source>
        <translation>Design the programme</translation>
    </message>
    <message>
        <source>Préparer les documents</source>
        <translation>Prepare the documents</translation>
    </message>
    <message>
        <source>Vérifier la complétude</source>
        <translation>Check completeness</translation>
    </message>
    <message>
        <source>Envoyer le dossier à l&apos;ARS</source>
        <translation>Send the dossier to the ARS</translation>
    </message>
    <message>
        <source>Prise d&apos;effet et démarrage</source>
        <translation>Effective date and launch</translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation>Step %1 — %2</translation>
    </message>
    <message>
        <source>La structure porteuse</source>
        <translation>The host organisation</translation>
    </message>
    <message>
        <source>Le besoin et la population</source>
        <translation>The need and the population</translation>
    </message>
    <message>
        <source>L&apos;équipe</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>Le coordonnateur</source>
        <translation>The coordinator</translation>
    </message>
    <message>
        <source>L&apos;implication des patients</source>
        <translation>Patient involvement</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>The programme</translation>
    </message>
    <message>
        <source>Le parcours du patient</source>
        <translation>The patient pathway</translation>
    </message>
    <message>
        <source>La coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Information, consentement et confidentialité</source>
        <translation>Information, consent and confidentiality</translation>
    </message>
    <message>
        <source>L&apos;évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Le financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Déclarations et complétude</source>
        <translation>Declarations and completeness</translation>
    </message>
    <message>
        <source>L&apos;envoi et la réponse de l&apos;ARS</source>
        <translation>Submission and the ARS response</translation>
    </message>
    <message>
        <source>La prise d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>kitetp::DirectoryModel</name>
    <message>
        <source>La fiche a plus d&apos;un an : demandez au programme une fiche à jour.</source>
        <translation>The card is more than a year old: ask the programme for an up-to-date card.</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>à mettre à jour</source>
        <translation>to update</translation>
    </message>
    <message>
        <source>à jour</source>
        <translation>up to date</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) plus ancienne(s)</source>
        <translation>
            <numerusform>%n older card</numerusform>
            <numerusform>%n older cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Health problem</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Patients extérieurs</source>
        <translation>Outside patients</translation>
    </message>
    <message>
        <source>Date de la fiche</source>
        <translation>Card date</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>kitetp::DirectoryWindow</name>
    <message>
        <source>Annuaire — %1</source>
        <translation>Directory — %1</translation>
    </message>
    <message>
        <source>Annuaire ouvert en lecture seule (déjà ouvert ailleurs ou protégé).</source>
        <translation>Directory opened read-only (already open elsewhere, or protected).</translation>
    </message>
    <message>
        <source>sein, côlon, poumon…</source>
        <translation>breast, colon, lung…</translation>
    </message>
    <message>
        <source>adultes, adolescents…</source>
        <translation>adults, teenagers…</translation>
    </message>
    <message>
        <source>&amp;Département :</source>
        <translation>&amp;Département:</translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Localisation du cancer :</source>
        <translation>Cancer &amp;site:</translation>
    </message>
    <message>
        <source>P&amp;opulation :</source>
        <translation>P&amp;opulation:</translation>
    </message>
    <message>
        <source>&amp;Collectif</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Individuel</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <source>À dist&amp;ance</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <source>Accepte des patients &amp;extérieurs</source>
        <translation>Accepts patients from &amp;outside</translation>
    </message>
    <message>
        <source>Seulement les programmes dont la fiche dit qu&apos;ils accueillent des patients suivis ailleurs.</source>
        <translation>Only the programmes whose card says they take patients followed elsewhere.</translation>
    </message>
    <message>
        <source>Programmes de l&apos;annuaire</source>
        <translation>Programmes of the directory</translation>
    </message>
    <message>
        <source>Fiche du programme choisi</source>
        <translation>Card of the chosen programme</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Annuaire</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>&amp;Importer des fiches…</source>
        <translation>&amp;Import cards…</translation>
    </message>
    <message>
        <source>Importer un &amp;dossier de fiches…</source>
        <translation>Import a &amp;folder of cards…</translation>
    </message>
    <message>
        <source>&amp;Aperçu et impression de l&apos;annuaire…</source>
        <translation>Directory &amp;preview and print…</translation>
    </message>
    <message>
        <source>Annuaire en &amp;PDF…</source>
        <translation>Directory as P&amp;DF…</translation>
    </message>
    <message>
        <source>annuaire</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Annuaire en &amp;ODT…</source>
        <translation>Directory as &amp;ODT…</translation>
    </message>
    <message>
        <source>Exporter en &amp;CSV pour le site…</source>
        <translation>Export as &amp;CSV for the website…</translation>
    </message>
    <message>
        <source>&amp;Fermer l&apos;annuaire</source>
        <translation>&amp;Close the directory</translation>
    </message>
    <message>
        <source>Tous les départements</source>
        <translation>All départements</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) affiché(s)</source>
        <translation>
            <numerusform>%n programme shown</numerusform>
            <numerusform>%n programmes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dans l&apos;annuaire</source>
        <translation>
            <numerusform>%n in the directory</numerusform>
            <numerusform>%n in the directory</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;L&apos;annuaire est vide. Importez les fiches annuaire des programmes (Fichier ▸ Importer des fiches…), ou déposez-les sur cette fenêtre.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The directory is empty. Import the programmes&apos; directory cards (File ▸ Import cards…), or drop them on this window.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fiche du %1, ajoutée le %2 depuis « %3 »</source>
        <translation>Card of %1, added on %2 from &quot;%3&quot;</translation>
    </message>
    <message>
        <source>à mettre à jour</source>
        <translation>to update</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Health problem</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Historique des fiches</source>
        <translation>History of the cards</translation>
    </message>
    <message>
        <source>Fiche du %1, ajoutée le %2 depuis « %3 »%4</source>
        <translation>Card of %1, added on %2 from &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (affichée)</source>
        <translation> (shown)</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) ajouté(s).</source>
        <translation>
            <numerusform>%n programme added.</numerusform>
            <numerusform>%n programmes added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) mise(s) à jour (les anciennes restent dans l&apos;historique).</source>
        <translation>
            <numerusform>%n card updated (the older ones stay in the history).</numerusform>
            <numerusform>%n cards updated (the older ones stay in the history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) plus ancienne(s) gardée(s) dans l&apos;historique.</source>
        <translation>
            <numerusform>%n older card kept in the history.</numerusform>
            <numerusform>%n older cards kept in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) déjà dans l&apos;annuaire.</source>
        <translation>
            <numerusform>%n card already in the directory.</numerusform>
            <numerusform>%n cards already in the directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune fiche trouvée.</source>
        <translation>No card found.</translation>
    </message>
    <message>
        <source>Import des fiches</source>
        <translation>Card import</translation>
    </message>
    <message>
        <source>Importer des fiches annuaire</source>
        <translation>Import directory cards</translation>
    </message>
    <message>
        <source>Fiches annuaire (*.json);;Tous les fichiers (*)</source>
        <translation>Directory cards (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importer les fiches d&apos;un dossier</source>
        <translation>Import the cards of a folder</translation>
    </message>
    <message>
        <source>Exporter l&apos;annuaire en CSV</source>
        <translation>Export the directory as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>kitetp::EnrolDialog</name>
    <message>
        <source>Places restantes : %1 sur %2.</source>
        <translation>Places remaining: %1 of %2.</translation>
    </message>
    <message>
        <source>Capacité non limitée.</source>
        <translation>Unlimited capacity.</translation>
    </message>
    <message>
        <source> (hors programme personnalisé)</source>
        <translation> (outside the personalised programme)</translation>
    </message>
    <message numerus="yes">
        <source>Attention : la séance sera complète au-delà de %n inscrit(s) de plus.</source>
        <translation>
            <numerusform>Warning: the session will be full beyond %n more enrolment.</numerusform>
            <numerusform>Warning: the session will be full beyond %n more enrolments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kitetp::EvaluationDeadlines</name>
    <message>
        <source>Prochain anniversaire :</source>
        <translation>Next anniversary:</translation>
    </message>
    <message>
        <source>Prochaine évaluation quadriennale :</source>
        <translation>Next four-year evaluation:</translation>
    </message>
    <message>
        <source>— (ni prise d&apos;effet ni date de début enregistrées)</source>
        <translation>— (neither effective date nor start date recorded)</translation>
    </message>
    <message>
        <source> — d&apos;après la date de début du programme, la prise d&apos;effet n&apos;étant pas enregistrée</source>
        <translation> — based on the programme&apos;s start date, as the effective date is not recorded</translation>
    </message>
    <message>
        <source>%1 : rapport d&apos;auto-évaluation annuelle%2</source>
        <translation>%1: annual self-evaluation report%2</translation>
    </message>
    <message>
        <source>%1 : rapport d&apos;évaluation quadriennale%2</source>
        <translation>%1: four-year evaluation report%2</translation>
    </message>
</context>
<context>
    <name>kitetp::EvaluationPage</name>
    <message>
        <source>Aperçu avant impression…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Choisissez un indicateur pour lire sa définition complète.</source>
        <translation>Select an indicator to read its full definition.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; : %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 — %3</translation>
    </message>
    <message>
        <source>Période couverte : du %1 au %2.</source>
        <translation>Period covered: from %1 to %2.</translation>
    </message>
    <message>
        <source>Année de programme n° %1.</source>
        <translation>Programme year no. %1.</translation>
    </message>
    <message>
        <source>Période libre : le rapport n&apos;est pas l&apos;auto-évaluation annuelle.</source>
        <translation>Custom period: the report is not the annual self-evaluation.</translation>
    </message>
    <message>
        <source>Cette période précède le début du programme (%1).</source>
        <translation>This period is before the start of the programme (%1).</translation>
    </message>
    <message>
        <source>Période en cours : les chiffres sont partiels.</source>
        <translation>Current period: the figures are partial.</translation>
    </message>
    <message>
        <source>Les parties rédigées de l&apos;évaluation quadriennale du %1 au %2 (la période choisie et les précédentes, jamais avant le début du programme). Les indicateurs, le profil des patients, les tendances et les actions des auto-évaluations annuelles sont ajoutés au rapport automatiquement ; une partie laissée vide y est imprimée « à compléter ».</source>
        <translation>The written sections of the four-year evaluation from %1 to %2 (the selected period and the previous ones, never before the start of the programme). The indicators, patient profile, trends and actions from the annual self-evaluations are added to the report automatically; a section left empty is printed as “to be completed”.</translation>
    </message>
    <message>
        <source>Suivi des actions de la période précédente (%1) : leur état figure dans ce rapport.</source>
        <translation>Follow-up of the previous period&apos;s actions (%1): their status appears in this report.</translation>
    </message>
    <message>
        <source>indicateurs-%1.csv</source>
        <translation>indicators-%1.csv</translation>
    </message>
    <message>
        <source>Exporter les indicateurs</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <source>Tableau CSV (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Le tableau n&apos;a pas pu être écrit dans « %1 » : %2</source>
        <translation>The table could not be written to “%1”: %2</translation>
    </message>
    <message>
        <source>Indicateurs exportés : %1</source>
        <translation>Indicators exported: %1</translation>
    </message>
    <message>
        <source>L&apos;analyse de l&apos;équipe — %1 : elle figure dans le rapport annuel.</source>
        <translation>The team&apos;s analysis — %1: it appears in the annual report.</translation>
    </message>
    <message>
        <source>Enregistrer en ODT…</source>
        <translation>Save as ODT…</translation>
    </message>
    <message>
        <source>Classeur XLSX (*.xlsx)</source>
        <translation>XLSX workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>kitetp::FundingModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Année (vide : chaque année)</source>
        <translation>Year (blank: every year)</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant en euros.</source>
        <translation>“%1” is not an amount in euros.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une année.</source>
        <translation>“%1” is not a year.</translation>
    </message>
    <message>
        <source>Nouvelle source</source>
        <translation>New source</translation>
    </message>
</context>
<context>
    <name>kitetp::GpLetterDocument</name>
    <message>
        <source>(non renseigné)</source>
        <translation>(not provided)</translation>
    </message>
    <message>
        <source> (née en %1)</source>
        <translation> (born in %1)</translation>
    </message>
    <message>
        <source> (né en %1)</source>
        <translation> (born in %1)</translation>
    </message>
    <message>
        <source>Aucun objectif enregistré.</source>
        <translation>No objectives recorded.</translation>
    </message>
    <message>
        <source>Objectif convenu</source>
        <translation>Agreed objective</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Avis du patient</source>
        <translation>Patient&apos;s view</translation>
    </message>
    <message>
        <source>Aucune séance suivie à ce jour.</source>
        <translation>No sessions attended to date.</translation>
    </message>
    <message>
        <source>L&apos;évaluation individuelle finale n&apos;a pas encore eu lieu.</source>
        <translation>The final individual evaluation has not yet taken place.</translation>
    </message>
    <message>
        <source>{medecin_traitant}
{adresse_medecin}

Le {date}

Objet : synthèse du parcours d&apos;éducation thérapeutique de {patient}

Cher confrère, chère consœur,

Votre patient(e) {patient} a participé au programme « {programme} ». Le bilan éducatif partagé a eu lieu le {date_bilan}. Voici la synthèse de son parcours, transmise avec son accord.

# Objectifs convenus
{objectifs}

# Séances suivies
{seances}

# Évaluation
{evaluation}

Nous restons à votre disposition pour tout renseignement.

Bien confraternellement,

{contact}
{structure}</source>
        <translation>{medecin_traitant}
{adresse_medecin}

{date}

Subject: summary of {patient}&apos;s therapeutic patient education pathway

Dear Colleague,

Your patient {patient} has taken part in the programme “{programme}”. The shared educational assessment took place on {date_bilan}. Please find below a summary of their pathway, shared with their consent.

# Agreed objectives
{objectifs}

# Sessions attended
{seances}

# Evaluation
{evaluation}

Please do not hesitate to contact us should you need any further information.

Kind regards,

{contact}
{structure}</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Document personnel — données de santé</source>
        <translation>Personal document — health data</translation>
    </message>
    <message>
        <source>Évaluation individuelle finale du %1 : %2, %3, %4.</source>
        <translation>Final individual evaluation on %1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n objectif(s) atteint(s)</source>
        <translation>
            <numerusform>%n objective achieved</numerusform>
            <numerusform>%n objectives achieved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partiellement</source>
        <translation>
            <numerusform>%n partially achieved</numerusform>
            <numerusform>%n partially achieved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non atteint(s)</source>
        <translation>
            <numerusform>%n not achieved</numerusform>
            <numerusform>%n not achieved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kitetp::GuideTreeModel</name>
    <message>
        <source>Les étapes durent %1 min, la séance %2 min.</source>
        <translation>The steps last %1 min, the session %2 min.</translation>
    </message>
    <message>
        <source>Brouillon à relire</source>
        <translation>Draft to review</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kitetp::GuidesPage</name>
    <message>
        <source>Nouveau conducteur</source>
        <translation>New leader&apos;s guide</translation>
    </message>
    <message>
        <source>Nouvelle séance</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Dupliquer la séance « %1 »</source>
        <translation>Duplicate session “%1”</translation>
    </message>
    <message>
        <source>Dupliquer le conducteur « %1 »</source>
        <translation>Duplicate leader&apos;s guide “%1”</translation>
    </message>
    <message>
        <source>L&apos;import n&apos;a pas été enregistré.</source>
        <translation>The import was not saved.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message>
        <source>Guide d&apos;animation</source>
        <translation>Leader&apos;s guide</translation>
    </message>
    <message>
        <source>Fiche patient (séance)</source>
        <translation>Patient handout (session)</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement (séance)</source>
        <translation>Sign-in sheet (session)</translation>
    </message>
    <message>
        <source>Aperçu avant impression…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Exporter les guides…</source>
        <translation>Export guides…</translation>
    </message>
    <message>
        <source>Importer des guides…</source>
        <translation>Import guides…</translation>
    </message>
    <message>
        <source>Exporter les guides</source>
        <translation>Export guides</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Guides exportés : %1</source>
        <translation>Guides exported: %1</translation>
    </message>
    <message>
        <source>Importer des guides</source>
        <translation>Import guides</translation>
    </message>
    <message>
        <source>Ajouter les guides du fichier à ceux du programme, ou remplacer les guides du programme ?</source>
        <translation>Add the guides in the file to the programme&apos;s guides, or replace the programme&apos;s guides?</translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Import refusé</source>
        <translation>Import rejected</translation>
    </message>
    <message>
        <source>Import des guides</source>
        <translation>Guide import</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Participants minimum</source>
        <translation>Minimum participants</translation>
    </message>
    <message>
        <source>Participants maximum</source>
        <translation>Maximum participants</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation>Key messages</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message numerus="yes">
        <source>Conducteur %1 — %n séance(s)</source>
        <translation>
            <numerusform>Guide %1 — %n session</numerusform>
            <numerusform>Guide %1 — %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Total : %1 min / %2 min prévues</source>
        <translation>Total: %1 min / %2 min planned</translation>
    </message>
    <message>
        <source>⚠ Les étapes durent %1 min au total mais la séance est prévue pour %2 min.</source>
        <translation>⚠ The steps last %1 min in total but the session is planned for %2 min.</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Supprimé : %1 — Ctrl+Z pour annuler</source>
        <translation>Deleted: %1 — Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>Enregistrer en ODT…</source>
        <translation>Save as ODT…</translation>
    </message>
    <message>
        <source>Aucun conducteur ni séance ne contient « %1 ».</source>
        <translation>No guide or session contains “%1”.</translation>
    </message>
    <message>
        <source>Quiz, fiche patient (séance)</source>
        <translation>Quiz, patient sheet (session)</translation>
    </message>
    <message>
        <source>Quiz, corrigé de l&apos;animateur (séance)</source>
        <translation>Quiz, facilitator&apos;s key (session)</translation>
    </message>
    <message>
        <source>Guide + supports en PDF…</source>
        <translation>Guide + materials as PDF…</translation>
    </message>
    <message>
        <source>Envois de paquets…</source>
        <translation>Packages sent…</translation>
    </message>
    <message>
        <source>guides.etpkit</source>
        <translation>guides.etpkit</translation>
    </message>
    <message>
        <source>Paquet Kit ETP, guides et supports (*.etpkit);;Guides Kit ETP sans les fichiers des supports (*.json)</source>
        <translation>Kit ETP package, guides and materials (*.etpkit);;Kit ETP guides without the materials&apos; files (*.json)</translation>
    </message>
    <message>
        <source>À qui envoyez-vous ce paquet ? (noté dans les envois : six mois après, la page « À faire » rappelle de demander comment les supports ont été utilisés)</source>
        <translation>Who are you sending this package to? (noted in the sendings: six months later, the To do page reminds you to ask how the materials were used)</translation>
    </message>
    <message>
        <source>Guides Kit ETP (*.etpkit *.json);;Tous les fichiers (*)</source>
        <translation>Kit ETP guides (*.etpkit *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choisissez une séance ou un conducteur.</source>
        <translation>Choose a session or a conducteur.</translation>
    </message>
    <message>
        <source>guide-et-supports-%1.pdf</source>
        <translation>guide-and-materials-%1.pdf</translation>
    </message>
    <message>
        <source>Guide + supports en PDF</source>
        <translation>Guide + materials as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Materials</translation>
    </message>
</context>
<context>
    <name>kitetp::HelpDock</name>
    <message>
        <source>Guide d&apos;utilisation</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Introuvable</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Rechercher dans le guide…</source>
        <translation>Search the guide…</translation>
    </message>
    <message>
        <source>Rechercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <source>Occurrence précédente (Maj+Entrée)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Occurrence précédente</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Occurrence suivante (Entrée)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Occurrence suivante</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Sommaire du guide</source>
        <translation>Guide contents</translation>
    </message>
</context>
<context>
    <name>kitetp::IndicatorModel</name>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>kitetp::LetterTemplateDialog</name>
    <message>
        <source>Disponibles : %1</source>
        <translation>Available: %1</translation>
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
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Déclaration ARS</source>
        <translation>ARS declaration</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Evaluation</translation>
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
        <source>Masquer les identités des patients</source>
        <translation>Hide patient identities</translation>
    </message>
    <message>
        <source>Lecture incomplète : %1</source>
        <translation>Incomplete read: %1</translation>
    </message>
    <message>
        <source>(endommagé, lecture seule)</source>
        <translation>(damaged, read-only)</translation>
    </message>
    <message>
        <source>Fichier endommagé</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <source>Le contrôle d&apos;intégrité de « %1 » a trouvé le fichier endommagé. Pour ne rien aggraver, Kit ETP n&apos;y enregistre plus aucune modification ; ce qui y était enregistré n&apos;est pas touché. Fermez le programme, puis ouvrez une copie de sauvegarde ou faites vérifier le fichier (kitetp check).</source>
        <translation>The integrity check of “%1” found the file damaged. So as not to make things worse, Kit ETP no longer saves any change to it; what was already saved in it is untouched. Close the programme, then open a backup copy or have the file checked (kitetp check).</translation>
    </message>
    <message>
        <source>Le contrôle d&apos;intégrité n&apos;a pas pu être fait : %1</source>
        <translation>The integrity check could not be done: %1</translation>
    </message>
    <message>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Rétablir : %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&lt;état à l&apos;ouverture&gt;</source>
        <translation>&lt;state when opened&gt;</translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Annulé : %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Rétabli : %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface : %1</source>
        <translation>Interface language: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d&apos;éducation thérapeutique du patient : ateliers, déclaration à l&apos;ARS, suivi des patients, évaluation.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence %2 (%3) : voir le fichier LICENSE.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Therapeutic patient education programmes: workshops, declaration to the ARS, patient follow-up, evaluation.&lt;/p&gt;&lt;p&gt;Free software under the %2 licence (%3): see the LICENSE file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mise à jour du fichier vers la nouvelle version…</source>
        <translation>Updating the file to the new version…</translation>
    </message>
    <message>
        <source>Contrôle, copie de sauvegarde et mise à jour de « %1 »…</source>
        <translation>Checking, backing up and updating “%1”…</translation>
    </message>
    <message>
        <source>Nouvel annuaire</source>
        <translation>New directory</translation>
    </message>
    <message>
        <source>annuaire</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Annuaires Kit ETP (*.etpannuaire)</source>
        <translation>Kit ETP directories (*.etpannuaire)</translation>
    </message>
    <message>
        <source>Programmes et annuaires Kit ETP (*.etp *.etpannuaire);;Tous les fichiers (*)</source>
        <translation>Kit ETP programmes and directories (*.etp *.etpannuaire);;All files (*)</translation>
    </message>
</context>
<context>
    <name>kitetp::MaterialsPanel</name>
    <message>
        <source>Supports (*.pdf *.png *.jpg *.jpeg *.svg *.odp *.odt *.pptx *.docx)</source>
        <translation>Materials (*.pdf *.png *.jpg *.jpeg *.svg *.odp *.odt *.pptx *.docx)</translation>
    </message>
    <message>
        <source>Les supports de la séance, gardés dans le fichier du programme (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX ou DOCX, 20 Mo au plus chacun) ou des liens vers des vidéos. Ils partent avec les guides dans un paquet .etpkit ; le guide d&apos;animation les liste.</source>
        <translation>The session&apos;s materials, kept in the programme file (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX or DOCX, 20 MB at most each) or links to videos. They travel with the guides in an .etpkit package; the leader&apos;s guide lists them.</translation>
    </message>
    <message>
        <source>Supports de la séance</source>
        <translation>The session&apos;s materials</translation>
    </message>
    <message>
        <source>Ajouter un &amp;fichier…</source>
        <translation>Add a &amp;file…</translation>
    </message>
    <message>
        <source>Ajouter un &amp;lien vidéo…</source>
        <translation>Add a video &amp;link…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>étape %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <source>licence / source : %1</source>
        <translation>licence / source: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Toute la séance</source>
        <translation>The whole session</translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation>Step %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Licence ou source :</source>
        <translation>&amp;Licence or source:</translation>
    </message>
    <message>
        <source>&amp;Version :</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Sert à l&apos;é&amp;tape :</source>
        <translation>Used at s&amp;tep:</translation>
    </message>
    <message>
        <source>&amp;Adresse de la vidéo :</source>
        <translation>Video &amp;address:</translation>
    </message>
    <message>
        <source>Support refusé</source>
        <translation>Material refused</translation>
    </message>
    <message>
        <source>Ajouter « %1 »</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Ajouter un support</source>
        <translation>Add a material</translation>
    </message>
    <message>
        <source>Ajouter un lien vers une vidéo</source>
        <translation>Add a link to a video</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
</context>
<context>
    <name>kitetp::MonthView</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
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
    <name>kitetp::PathEventDialog</name>
    <message>
        <source>(non précisé)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>Modifier une étape du parcours</source>
        <translation>Edit a pathway step</translation>
    </message>
    <message>
        <source>Ajouter une étape au parcours</source>
        <translation>Add a step to the pathway</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCommands</name>
    <message>
        <source>Ajouter le patient %1</source>
        <translation>Add patient %1</translation>
    </message>
    <message>
        <source>Modifier le patient %1</source>
        <translation>Edit patient %1</translation>
    </message>
    <message>
        <source>Supprimer le patient %1</source>
        <translation>Delete patient %1</translation>
    </message>
    <message>
        <source>Ajouter « %1 »</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Ajouter l&apos;objectif « %1 »</source>
        <translation>Add objective “%1”</translation>
    </message>
    <message>
        <source>Modifier l&apos;objectif « %1 »</source>
        <translation>Edit objective “%1”</translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif « %1 »</source>
        <translation>Delete objective “%1”</translation>
    </message>
    <message>
        <source>Modifier le programme personnalisé</source>
        <translation>Edit personalised programme</translation>
    </message>
    <message>
        <source>Modifier le modèle de lettre</source>
        <translation>Edit letter template</translation>
    </message>
    <message>
        <source>Planifier une séance</source>
        <translation>Schedule a session</translation>
    </message>
    <message>
        <source>Modifier la séance</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Noter « %1 »</source>
        <translation>Record “%1”</translation>
    </message>
    <message>
        <source>Inscrire un patient</source>
        <translation>Enrol a patient</translation>
    </message>
    <message>
        <source>Désinscrire un patient</source>
        <translation>Unenrol a patient</translation>
    </message>
    <message>
        <source>Déplacer %1 du %2 au %3</source>
        <translation>Move %1 from %2 to %3</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCsv</name>
    <message>
        <source>%1 colonnes au lieu de %2</source>
        <translation>%1 columns instead of %2</translation>
    </message>
    <message>
        <source>année de naissance illisible « %1 »</source>
        <translation>unreadable year of birth “%1”</translation>
    </message>
    <message>
        <source>statut inconnu « %1 » (attendu : %2)</source>
        <translation>unknown status “%1” (expected: %2)</translation>
    </message>
    <message>
        <source>date invalide « %1 » dans la colonne %2</source>
        <translation>invalid date “%1” in column %2</translation>
    </message>
    <message>
        <source>motif de sortie inconnu « %1 »</source>
        <translation>unknown exit reason “%1”</translation>
    </message>
    <message>
        <source>séance inconnue « %1 » dans le programme personnalisé</source>
        <translation>unknown session “%1” in the personalised programme</translation>
    </message>
    <message>
        <source>résultat d&apos;objectif inconnu « %1 »</source>
        <translation>unknown objective result “%1”</translation>
    </message>
    <message>
        <source>le code « %1 » existe déjà</source>
        <translation>the code “%1” already exists</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>Le fichier dépasse 200 Mo : ce n&apos;est pas un export de patients.</source>
        <translation>The file is larger than 200 MB: it is not a patient export.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message numerus="yes">
        <source>le fichier a changé depuis sa vérification (%n ligne(s) acceptée(s) au lieu de %1).</source>
        <translation>
            <numerusform>the file has changed since it was checked (%n row accepted instead of %1).</numerusform>
            <numerusform>the file has changed since it was checked (%n rows accepted instead of %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site du cancer</source>
        <translation>Cancer site</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Médecin adresseur</source>
        <translation>Referring doctor</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Adresse du médecin traitant</source>
        <translation>GP&apos;s address</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Consentement d&apos;entrée</source>
        <translation>Entry consent</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consent to data sharing</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation>Shared educational assessment</translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation>Personalised programme</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Évaluation finale</source>
        <translation>Final evaluation</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Summary for the GP</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Motif de sortie</source>
        <translation>Exit reason</translation>
    </message>
    <message>
        <source>Séances prévues</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Séances présentes</source>
        <translation>Sessions attended</translation>
    </message>
    <message>
        <source>l&apos;import a été annulé.</source>
        <translation>the import was cancelled.</translation>
    </message>
    <message>
        <source>Ligne %1…</source>
        <translation>Line %1…</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCsv::RowReader</name>
    <message>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes, dont « code » (voir docs/csv-patients.md).</source>
        <translation>The first row must name the columns, including “code” (see docs/csv-patients.md).</translation>
    </message>
    <message>
        <source>Colonne inconnue « %1 » : ce fichier n&apos;a pas le format des patients de Kit ETP.</source>
        <translation>Unknown column “%1”: this file is not in the Kit ETP patient format.</translation>
    </message>
    <message>
        <source>La colonne « %1 » apparaît deux fois.</source>
        <translation>The column “%1” appears twice.</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientListModel</name>
    <message>
        <source>(masqué)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Pour le</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientPath</name>
    <message>
        <source>Entrée (bilan à faire)</source>
        <translation>Entry (assessment pending)</translation>
    </message>
    <message>
        <source>Bilan fait</source>
        <translation>Assessment done</translation>
    </message>
    <message>
        <source>En séances</source>
        <translation>In sessions</translation>
    </message>
    <message>
        <source>Évalué</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Synthèse envoyée</source>
        <translation>Summary sent</translation>
    </message>
    <message>
        <source>Sorti</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Parcours terminé</source>
        <translation>Pathway completed</translation>
    </message>
    <message>
        <source>Arrêt à sa demande</source>
        <translation>Stopped at own request</translation>
    </message>
    <message>
        <source>Perdu de vue</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>Décédé</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Déménagé</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Proposition et information</source>
        <translation>Proposal and information</translation>
    </message>
    <message>
        <source>Consentement à entrer</source>
        <translation>Consent to enter</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consent to data sharing</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation>Shared educational assessment</translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation>Personalised programme</translation>
    </message>
    <message>
        <source>Suivi intermédiaire</source>
        <translation>Interim follow-up</translation>
    </message>
    <message>
        <source>Évaluation individuelle finale</source>
        <translation>Final individual evaluation</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Summary for the GP</translation>
    </message>
    <message>
        <source>Sortie du programme</source>
        <translation>Exit from the programme</translation>
    </message>
    <message>
        <source>À évaluer</source>
        <translation>To be evaluated</translation>
    </message>
    <message>
        <source>Atteint</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Partiellement atteint</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Non atteint</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Inscrit</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>La date est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>The date is missing or implausible (must be between 1990 and 2100).</translation>
    </message>
    <message>
        <source>La date du %1 est dans le futur : une étape du parcours est enregistrée une fois faite.</source>
        <translation>The date %1 is in the future: a pathway step is recorded once it has been done.</translation>
    </message>
    <message>
        <source>Le texte est trop long (%1 caractères au plus).</source>
        <translation>The text is too long (%1 characters maximum).</translation>
    </message>
    <message>
        <source>Le parcours est déjà clos (sortie le %1).</source>
        <translation>The pathway is already closed (exit on %1).</translation>
    </message>
    <message>
        <source>Le parcours est clos depuis le %1 : aucune étape ne peut suivre la sortie. Enregistrez une reprise en supprimant la sortie.</source>
        <translation>The pathway has been closed since %1: no step can follow the exit. To record a resumption, delete the exit.</translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder la dernière étape du parcours (%1).</source>
        <translation>The exit cannot come before the last step of the pathway (%1).</translation>
    </message>
    <message>
        <source>Indiquez le motif de sortie : parcours terminé, arrêt, perdu de vue, décès ou déménagement.</source>
        <translation>Give the reason for exit: pathway completed, stopped, lost to follow-up, death or move.</translation>
    </message>
    <message>
        <source>Pas d&apos;évaluation finale sans bilan éducatif partagé : enregistrez d&apos;abord le bilan.</source>
        <translation>No final evaluation without a shared educational assessment: record the assessment first.</translation>
    </message>
    <message>
        <source>L&apos;évaluation finale ne peut pas précéder le bilan éducatif partagé du %1.</source>
        <translation>The final evaluation cannot come before the shared educational assessment of %1.</translation>
    </message>
    <message>
        <source>Le programme personnalisé est habituellement convenu lors du bilan éducatif partagé, qui n&apos;est pas enregistré.</source>
        <translation>The personalised programme is usually agreed during the shared educational assessment, which has not been recorded.</translation>
    </message>
    <message>
        <source>Le programme personnalisé ne peut pas précéder le bilan éducatif partagé du %1.</source>
        <translation>The personalised programme cannot come before the shared educational assessment of %1.</translation>
    </message>
    <message>
        <source>Cette étape ne peut pas précéder la proposition du programme (%1).</source>
        <translation>This step cannot come before the programme was proposed (%1).</translation>
    </message>
    <message>
        <source>Le consentement du patient à entrer dans le programme n&apos;est pas enregistré.</source>
        <translation>The patient&apos;s consent to enter the programme has not been recorded.</translation>
    </message>
    <message>
        <source>Le bilan éducatif partagé ne peut pas suivre l&apos;évaluation finale du %1.</source>
        <translation>The shared educational assessment cannot follow the final evaluation of %1.</translation>
    </message>
    <message>
        <source>Le consentement au partage des données avec le médecin traitant n&apos;est pas enregistré.</source>
        <translation>Consent to share data with the GP has not been recorded.</translation>
    </message>
    <message>
        <source>Le code patient est obligatoire.</source>
        <translation>The patient code is required.</translation>
    </message>
    <message>
        <source>Le code patient est trop long (40 caractères au plus).</source>
        <translation>The patient code is too long (40 characters maximum).</translation>
    </message>
    <message>
        <source>L&apos;année de naissance %1 est invraisemblable.</source>
        <translation>The year of birth %1 is implausible.</translation>
    </message>
    <message>
        <source>Le sexe s&apos;indique par F ou M, ou reste vide.</source>
        <translation>Sex is given as F or M, or left blank.</translation>
    </message>
    <message>
        <source>Un texte est trop long (%1 caractères au plus).</source>
        <translation>A text is too long (%1 characters maximum).</translation>
    </message>
    <message>
        <source>Cette séance ne fait pas partie du programme personnalisé du patient.</source>
        <translation>This session is not part of the patient&apos;s personalised programme.</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé à réaliser</source>
        <translation>Shared educational assessment to carry out</translation>
    </message>
    <message>
        <source>Programme personnalisé à convenir</source>
        <translation>Personalised programme to agree</translation>
    </message>
    <message>
        <source>Inscrire aux séances du programme</source>
        <translation>Enrol in the programme&apos;s sessions</translation>
    </message>
    <message>
        <source>Clore le parcours (sortie)</source>
        <translation>Close the pathway (exit)</translation>
    </message>
    <message>
        <source>Synthèse à envoyer au médecin traitant</source>
        <translation>Summary to send to the GP</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientView</name>
    <message>
        <source>Non renseigné</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Avis du patient</source>
        <translation>Patient&apos;s view</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choisissez un patient dans la liste</source>
        <translation>Choose a patient from the list</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — à faire : &lt;b&gt;%2&lt;/b&gt;, pour le %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — to do: &lt;b&gt;%2&lt;/b&gt;, by %3%4</translation>
    </message>
    <message>
        <source> &lt;span style=&quot;color:#9c1c1c&quot;&gt;(en retard)&lt;/span&gt;</source>
        <translation> &lt;span style=&quot;color:#9c1c1c&quot;&gt;(overdue)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Aucune séance : créez les ateliers dans la page « Ateliers ».</source>
        <translation>No sessions: create the workshops on the “Workshops” page.</translation>
    </message>
    <message>
        <source>L&apos;année de naissance doit être un nombre.</source>
        <translation>The year of birth must be a number.</translation>
    </message>
    <message>
        <source>L&apos;objectif est trop long (500 caractères au plus).</source>
        <translation>The objective is too long (500 characters at most).</translation>
    </message>
    <message>
        <source>Un objectif doit avoir un libellé (500 caractères au plus).</source>
        <translation>An objective must have a label (500 characters at most).</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant — %1</source>
        <translation>Summary for the GP — %1</translation>
    </message>
    <message>
        <source>synthese-medecin-%1</source>
        <translation>gp-summary-%1</translation>
    </message>
    <message>
        <source>Supprimer le patient</source>
        <translation>Delete patient</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Summary to the GP</translation>
    </message>
    <message>
        <source>Supprimer %1 et tout son parcours ? (Édition › Annuler le rétablit.)</source>
        <translation>Delete %1 and their whole path? (Edit › Undo brings it back.)</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientsPage</name>
    <message>
        <source>Entrés en %1</source>
        <translation>Entered in %1</translation>
    </message>
    <message>
        <source>Toutes les étapes</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Toutes les localisations</source>
        <translation>All cancer sites</translation>
    </message>
    <message>
        <source>Patient %1 créé : complétez son parcours.</source>
        <translation>Patient %1 created: complete their pathway.</translation>
    </message>
    <message>
        <source>Importer des patients</source>
        <translation>Import patients</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Ligne %1 : %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Exporter les patients</source>
        <translation>Export patients</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : toutes les lignes ont été refusées (%1).</source>
        <translation>Nothing was imported: every line was refused (%1).</translation>
    </message>
    <message>
        <source>Que doit contenir le fichier ?

Pseudonyme : les codes, sans les médecins (adresseur, traitant, adresse) et avec les dates au mois, pour des statistiques.
Pseudonyme détaillé : les médecins et les dates exactes en plus.
Avec identités : nom, prénom, année de naissance, sexe, contact et notes en plus.

Le fichier sera lisible par vous seul : ne le partagez qu&apos;en sachant pourquoi.</source>
        <translation>What should the file contain?

Pseudonymised: the codes, without the doctors (referring doctor, GP, address) and with dates by month, for statistics.
Detailed pseudonymised: the doctors and exact dates as well.
With identities: surname, first name, year of birth, sex, contact and notes as well.

Only you will be able to read the file: share it only if you know why.</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonymised</translation>
    </message>
    <message>
        <source>Pseudonyme détaillé</source>
        <translation>Detailed pseudonymised</translation>
    </message>
    <message>
        <source>Avec identités</source>
        <translation>With identities</translation>
    </message>
    <message>
        <source>patients.csv</source>
        <translation>patients.csv</translation>
    </message>
    <message>
        <source>Supprimé : %1 — Ctrl+Z pour annuler</source>
        <translation>Deleted: %1 — Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cette semaine&lt;/b&gt; : %1 · %2 · %3</source>
        <translation>&lt;b&gt;This week&lt;/b&gt;: %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bilan(s) éducatif(s) à réaliser</source>
        <translation>
            <numerusform>%n educational assessment to carry out</numerusform>
            <numerusform>%n educational assessments to carry out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synthèse(s) à envoyer au médecin traitant</source>
        <translation>
            <numerusform>%n summary to send to the GP</numerusform>
            <numerusform>%n summaries to send to the GP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) sans séance depuis %1 semaines</source>
        <translation>
            <numerusform>%n patient with no session for %1 weeks</numerusform>
            <numerusform>%n patients with no session for %1 weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) affiché(s) sur %1</source>
        <translation>
            <numerusform>%n patient shown out of %1</numerusform>
            <numerusform>%n patients shown out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) prêt(s) à importer</source>
        <translation>
            <numerusform>%n patient ready to import</numerusform>
            <numerusform>%n patients ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s).</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rien ne sera importé sauf si vous choisissez d&apos;importer les lignes valides.</source>
        <translation>Nothing will be imported unless you choose to import the valid rows.</translation>
    </message>
    <message>
        <source>Importer ?</source>
        <translation>Import?</translation>
    </message>
    <message>
        <source>Lignes refusées :</source>
        <translation>Rejected rows:</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) (voir le détail).</source>
        <translation>
            <numerusform>… and %n other (see the details).</numerusform>
            <numerusform>… and %n others (see the details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer les lignes valides</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) importé(s).</source>
        <translation>
            <numerusform>%n patient imported.</numerusform>
            <numerusform>%n patients imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classeur XLSX (*.xlsx)</source>
        <translation>XLSX workbook (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exporté(s) dans %1</source>
        <translation>
            <numerusform>%n patient exported to %1</numerusform>
            <numerusform>%n patients exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vérification de « %1 »…</source>
        <translation>Checking “%1”…</translation>
    </message>
    <message>
        <source>Import des patients…</source>
        <translation>Importing the patients…</translation>
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
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Pas de logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>L&apos;image est trop grande (2 Mo au plus).</source>
        <translation>The image is too large (2 MB maximum).</translation>
    </message>
    <message>
        <source>Le fichier « %1 » ne peut pas être lu.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une image PNG ou JPEG.</source>
        <translation>“%1” is not a PNG or JPEG image.</translation>
    </message>
    <message>
        <source>L&apos;image « %1 » est illisible.</source>
        <translation>The image “%1” is unreadable.</translation>
    </message>
    <message>
        <source>Changer le logo</source>
        <translation>Change logo</translation>
    </message>
    <message>
        <source>Choisir un logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo refusé</source>
        <translation>Logo rejected</translation>
    </message>
</context>
<context>
    <name>kitetp::QuestionnaireDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>[1 à 5] </source>
        <translation>[1 to 5] </translation>
    </message>
    <message>
        <source>[texte] </source>
        <translation>[text] </translation>
    </message>
    <message numerus="yes">
        <source>(%n commentaire(s))</source>
        <translation>
            <numerusform>(%n comment)</numerusform>
            <numerusform>(%n comments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Question refusée</source>
        <translation>Question rejected</translation>
    </message>
    <message>
        <source>Ajouter une question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Libellé :</source>
        <translation>Wording:</translation>
    </message>
    <message>
        <source>Utiliser le questionnaire proposé</source>
        <translation>Use the suggested questionnaire</translation>
    </message>
    <message>
        <source>Modifier la question</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Modifier une question</source>
        <translation>Edit a question</translation>
    </message>
    <message>
        <source>Déplacer une question</source>
        <translation>Move a question</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message numerus="yes">
        <source>Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).</source>
        <translation>
            <numerusform>This question already has %n answer: it cannot be deleted (edit its wording instead).</numerusform>
            <numerusform>This question already has %n answers: it cannot be deleted (edit its wording instead).</numerusform>
        </translation>
    </message>
    <message>
        <source>Supprimer une question</source>
        <translation>Delete a question</translation>
    </message>
    <message>
        <source>Saisir un questionnaire</source>
        <translation>Enter a questionnaire</translation>
    </message>
    <message>
        <source>Modifier un questionnaire</source>
        <translation>Edit a questionnaire</translation>
    </message>
    <message>
        <source>Supprimer un questionnaire</source>
        <translation>Delete a questionnaire</translation>
    </message>
</context>
<context>
    <name>kitetp::QuizAnswersDialog</name>
    <message>
        <source>Réponses au quiz — %1</source>
        <translation>Quiz answers — %1</translation>
    </message>
    <message>
        <source>&amp;Patient :</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <source>&amp;Moment :</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1 : %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>E&amp;ffacer ces réponses</source>
        <translation>C&amp;lear these answers</translation>
    </message>
    <message>
        <source>Score : %1 / %2 (%3)</source>
        <translation>Score: %1 / %2 (%3)</translation>
    </message>
    <message>
        <source>Réponses enregistrées : %1 / %2 justes au moment de la saisie.</source>
        <translation>Answers recorded: %1 / %2 right when entered.</translation>
    </message>
    <message>
        <source>Pas encore de réponses enregistrées pour ce patient à ce moment.</source>
        <translation>No answers recorded yet for this patient at this moment.</translation>
    </message>
</context>
<context>
    <name>kitetp::QuizEditor</name>
    <message>
        <source>Brouillon à relire (imprimé sur la fiche et le corrigé)</source>
        <translation>Draft to review (printed on the sheet and the key)</translation>
    </message>
    <message>
        <source>&amp;Questions :</source>
        <translation>&amp;Questions:</translation>
    </message>
    <message>
        <source>Questions du quiz</source>
        <translation>Quiz questions</translation>
    </message>
    <message>
        <source>Ajouter une question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <source>Supprimer la question</source>
        <translation>Remove the question</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>É&amp;noncé :</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Choix (un par ligne) :</source>
        <translation>&amp;Choices (one per line):</translation>
    </message>
    <message>
        <source>&amp;Bonnes réponses (cochées) :</source>
        <translation>&amp;Right answers (ticked):</translation>
    </message>
    <message>
        <source>E&amp;xplication (pour le corrigé) :</source>
        <translation>E&amp;xplanation (for the key):</translation>
    </message>
    <message>
        <source>brouillon à relire</source>
        <translation>draft to review</translation>
    </message>
    <message>
        <source>énoncé de la question %1</source>
        <translation>text of question %1</translation>
    </message>
    <message>
        <source>explication de la question %1</source>
        <translation>explanation of question %1</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>ajouter une question</source>
        <translation>add a question</translation>
    </message>
    <message>
        <source>supprimer la question %1</source>
        <translation>remove question %1</translation>
    </message>
    <message>
        <source>déplacer la question %1</source>
        <translation>move question %1</translation>
    </message>
    <message>
        <source>type de la question %1</source>
        <translation>type of question %1</translation>
    </message>
    <message>
        <source>choix de la question %1</source>
        <translation>choices of question %1</translation>
    </message>
    <message>
        <source>bonnes réponses de la question %1</source>
        <translation>right answers of question %1</translation>
    </message>
</context>
<context>
    <name>kitetp::SessionDialog</name>
    <message>
        <source>Modifier la séance</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>Planifier une séance</source>
        <translation>Schedule a session</translation>
    </message>
    <message>
        <source>Le lieu « %1 » est déjà réservé à cette heure.</source>
        <translation>The venue “%1” is already booked at this time.</translation>
    </message>
    <message>
        <source>%1 anime déjà une séance à cette heure.</source>
        <translation>%1 is already facilitating a session at this time.</translation>
    </message>
    <message>
        <source>Aucune séance n&apos;existe : créez d&apos;abord les ateliers (page « Ateliers »).</source>
        <translation>No sessions exist: create the workshops first (“Workshops” page).</translation>
    </message>
    <message>
        <source>Le patient %1 est déjà inscrit à une séance à cette heure.</source>
        <translation>Patient %1 is already enrolled in a session at this time.</translation>
    </message>
</context>
<context>
    <name>kitetp::SessionRules</name>
    <message>
        <source>Choisissez la séance (atelier) que cette session anime.</source>
        <translation>Choose the workshop session that this scheduled session delivers.</translation>
    </message>
    <message>
        <source>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>The session date is missing or implausible (must be between 1990 and 2100).</translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 minute et %1 heures.</source>
        <translation>The duration must be between 1 minute and %1 hours.</translation>
    </message>
    <message>
        <source>La capacité doit être comprise entre 0 (non limitée) et %1 participants.</source>
        <translation>The capacity must be between 0 (unlimited) and %1 participants.</translation>
    </message>
    <message>
        <source>Le lieu est trop long (200 caractères au plus).</source>
        <translation>The location is too long (200 characters maximum).</translation>
    </message>
    <message>
        <source>La note est trop longue (10 000 caractères au plus).</source>
        <translation>The note is too long (10,000 characters maximum).</translation>
    </message>
    <message>
        <source>Ce patient est déjà inscrit à cette séance.</source>
        <translation>This patient is already enrolled in this session.</translation>
    </message>
    <message>
        <source>Le parcours de ce patient est clos : il ne peut plus être inscrit.</source>
        <translation>This patient&apos;s pathway is closed: they can no longer be enrolled.</translation>
    </message>
    <message>
        <source>La séance est complète (%1 inscrits pour %2 places).</source>
        <translation>The session is full (%1 enrolled for %2 places).</translation>
    </message>
    <message>
        <source>Cette séance n&apos;a pas encore eu lieu (elle commence le %1 à %2) : la présence, l&apos;absence ou l&apos;excuse ne peuvent être notées qu&apos;à partir de son début. Un patient peut y être inscrit.</source>
        <translation>This session has not taken place yet (it starts on %1 at %2): presence, absence or an excuse can only be recorded once it has begun. A patient can be enrolled in it.</translation>
    </message>
    <message>
        <source>Des présences sont déjà notées pour cette séance : elle ne peut pas être déplacée au %1 à %2, qui n&apos;est pas encore passé. Effacez d&apos;abord les présences (remettez « inscrit »), ou planifiez une nouvelle séance.</source>
        <translation>Attendance is already recorded for this session: it cannot be moved to %1 at %2, which has not passed yet. First clear the attendance (set it back to “enrolled”), or plan a new session.</translation>
    </message>
</context>
<context>
    <name>kitetp::SessionsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>%1 anime deux séances en même temps</source>
        <translation>%1 is leading two sessions at the same time</translation>
    </message>
    <message>
        <source>le lieu « %1 » est réservé deux fois</source>
        <translation>the location “%1” is booked twice</translation>
    </message>
    <message>
        <source>le patient %1 est inscrit à deux séances en même temps</source>
        <translation>patient %1 is enrolled in two sessions at the same time</translation>
    </message>
    <message>
        <source>Conflits :</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Choisissez une séance dans le calendrier</source>
        <translation>Select a session in the calendar</translation>
    </message>
    <message>
        <source>%1, %2 min — %3&lt;br/&gt;Animateurs : %4&lt;br/&gt;Inscrits : %5%6</source>
        <translation>%1, %2 min — %3&lt;br/&gt;Facilitators: %4&lt;br/&gt;Enrolled: %5%6</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source> sur %1 places</source>
        <translation> out of %1 places</translation>
    </message>
    <message>
        <source>La séance est complète.</source>
        <translation>The session is full.</translation>
    </message>
    <message>
        <source>Séance planifiée.</source>
        <translation>Session scheduled.</translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Supprimer cette séance et ses inscriptions ?</source>
        <translation>Delete this session and its enrolments?</translation>
    </message>
    <message>
        <source>emargement</source>
        <translation>emargement</translation>
    </message>
    <message>
        <source>Calendrier du mois</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <source>Calendrier de la semaine</source>
        <translation>Week calendar</translation>
    </message>
    <message>
        <source>Liste des séances</source>
        <translation>List of sessions</translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Imprimer la semaine…</source>
        <translation>Print the week…</translation>
    </message>
    <message>
        <source>PDF de la semaine…</source>
        <translation>PDF of the week…</translation>
    </message>
    <message>
        <source>planning-%1</source>
        <translation>planning-%1</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>&amp;Quiz…</translation>
    </message>
    <message>
        <source>Saisir les réponses des patients au quiz de la séance, avant ou après.</source>
        <translation>Enter the patients&apos; answers to the session&apos;s quiz, before or after.</translation>
    </message>
    <message>
        <source>Cette séance n&apos;a pas de quiz (onglet Quiz de la séance, page Ateliers).</source>
        <translation>This session has no quiz (the session&apos;s Quiz tab, Workshops page).</translation>
    </message>
</context>
<context>
    <name>kitetp::SharingDialog</name>
    <message>
        <source>Envois de paquets</source>
        <translation>Packages sent</translation>
    </message>
    <message>
        <source>Les paquets de guides et de supports envoyés à d&apos;autres programmes. Six mois après un envoi, la page « À faire » rappelle de demander comment les supports ont été utilisés : notez la réponse ici (double-clic sur la cellule).</source>
        <translation>The packages of guides and materials sent to other programmes. Six months after a sending, the To do page reminds you to ask how the materials were used: record the answer here (double-click the cell).</translation>
    </message>
    <message>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Paquet</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Conducteurs</source>
        <translation>Conducteurs</translation>
    </message>
    <message>
        <source>Utilisation des supports (réponse)</source>
        <translation>Use of the materials (answer)</translation>
    </message>
    <message>
        <source>Répondu le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Paquets envoyés</source>
        <translation>Packages sent</translation>
    </message>
</context>
<context>
    <name>kitetp::StepsModel</name>
    <message>
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Materials</translation>
    </message>
</context>
<context>
    <name>kitetp::TeamModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Patient intervenant</source>
        <translation>Patient partner</translation>
    </message>
    <message>
        <source>Heures ETP</source>
        <translation>ETP hours</translation>
    </message>
    <message>
        <source>Organisme de formation</source>
        <translation>Training provider</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Charte signée le</source>
        <translation>Charter signed on</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Moins de 40 heures : la formation requise n&apos;est pas atteinte.</source>
        <translation>Under 40 hours: the required training has not been reached.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un nombre d&apos;heures.</source>
        <translation>“%1” is not a number of hours.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une année.</source>
        <translation>“%1” is not a year.</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date plausible (jj/mm/aaaa).</source>
        <translation>“%1” is not a plausible date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation>New facilitator</translation>
    </message>
</context>
<context>
    <name>kitetp::TeleDeclarationDialog</name>
    <message>
        <source>Préparer la télédéclaration</source>
        <translation>Prepare the online declaration</translation>
    </message>
    <message>
        <source>Les réponses du programme dans l&apos;ordre des rubriques du formulaire en ligne « Déclaration d&apos;un programme d&apos;éducation thérapeutique du patient auprès de l&apos;Agence régionale de santé ». Copiez-les une à une ; les pièces à déposer s&apos;écrivent dans un dossier, un PDF par pièce.</source>
        <translation>The programme&apos;s answers in the order of the sections of the online form “Declaration of a therapeutic patient education programme to the regional health agency”. Copy them one by one; the documents to upload are written to a folder, one PDF per document.</translation>
    </message>
    <message>
        <source>Dates de la télédéclaration</source>
        <translation>Online declaration dates</translation>
    </message>
    <message>
        <source>non enregistrée</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Formulaire déposé le :</source>
        <translation>Form submitted on:</translation>
    </message>
    <message>
        <source>Accusé de réception du :</source>
        <translation>Acknowledgement of receipt dated:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer les dates</source>
        <translation>&amp;Save the dates</translation>
    </message>
    <message>
        <source>Écrire les &amp;pièces à déposer…</source>
        <translation>Write the &amp;documents to upload…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copier « %1 »</source>
        <translation>Copy “%1”</translation>
    </message>
    <message>
        <source>Dossier où écrire les pièces à déposer</source>
        <translation>Folder in which to write the documents to upload</translation>
    </message>
    <message>
        <source>Pièces à déposer</source>
        <translation>Documents to upload</translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) écrit(s) dans %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kitetp::TodoPage</name>
    <message>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Échéance ou nombre</source>
        <translation>Deadline or count</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Ce que le fichier du programme fait apparaître comme à faire. Cliquez sur une ligne (ou Entrée) pour aller là où cela se fait.</source>
        <translation>What the programme file shows as needing to be done. Click a row (or press Enter) to go to where it is done.</translation>
    </message>
    <message>
        <source>Rien à faire ici d&apos;après le fichier.</source>
        <translation>Nothing to do here according to the file.</translation>
    </message>
    <message>
        <source>(clic ou Entrée : aller là où cela se fait)</source>
        <translation>(click or Enter: go to where it is done)</translation>
    </message>
</context>
<context>
    <name>kitetp::WindowActions</name>
    <message>
        <source>Barre d&apos;outils principale</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Imprimer ce que montre la page (Ctrl+P)</source>
        <translation>Print what the page shows (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enregistrer en P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Enregistrer en PDF ce que montre la page</source>
        <translation>Save what the page shows as PDF</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Rechercher sur la page (Ctrl+F)</source>
        <translation>Search the page (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Le guide d&apos;utilisation, à la partie sur cette page (F1)</source>
        <translation>The user guide, at the section about this page (F1)</translation>
    </message>
    <message>
        <source>Rechercher dans le guide d&apos;utilisation (Ctrl+F)</source>
        <translation>Search the user guide (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>kitetp::XlsxFile</name>
    <message>
        <source>la bibliothèque des classeurs n&apos;a pas pu commencer le fichier.</source>
        <translation>the workbook library could not start the file.</translation>
    </message>
    <message>
        <source>feuille « %1 » refusée par la bibliothèque des classeurs.</source>
        <translation>sheet “%1” rejected by the workbook library.</translation>
    </message>
    <message>
        <source>impossible de renommer le fichier temporaire.</source>
        <translation>cannot rename the temporary file.</translation>
    </message>
</context>
</TS>
