<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <source>Coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un coordonnateur est désigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est coordonnateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n membres sont marqués coordonnateur : il en faut un seul.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Le coordonnateur a suivi au moins 40 heures de formation à l&apos;ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 h déclarées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;attestation de formation du coordonnateur est jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation non reçue pour %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au moins deux professionnels de santé de professions différentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profession(s) de santé dans l&apos;équipe.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Un médecin intervient (le coordonnateur n&apos;est pas médecin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun intervenant n&apos;a une profession reconnue comme médicale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un médecin intervient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coordonnateur est médecin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant a suivi au moins 40 heures de formation à l&apos;ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;équipe est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moins de 40 h : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant a fourni son attestation de formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans attestation : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant a signé la charte d&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charte non signée : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche annuaire du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation type="unfinished">Health condition</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation type="unfinished">Overview</translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéficiaires estimés par an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances décrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association de patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation type="unfinished">Host organisation</translation>
    </message>
    <message>
        <source>FINESS / SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclaration effective le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession et formation ETP :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h de formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant justifie d&apos;au moins 40 heures de formation à l&apos;ETP ; les attestations sont jointes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème de santé et population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs et critères de jugement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les séances du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La déclaration n&apos;ouvre pas droit à un financement, qui relève d&apos;une procédure distincte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel : aucune entreprise exploitant un médicament ou un dispositif médical ne participe à la conception ni à la mise en œuvre du programme (articles L1161-1 et L1161-4 du code de la santé publique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le déclarant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le responsable médical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;association partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexe A — Charte d&apos;engagement : signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque intervenant signe la charte d&apos;engagement de l&apos;arrêté du 30 décembre 2020 ; les chartes signées sont jointes au dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexe B — Formulaire de consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexe C — Fiche d&apos;information du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexe D — Courrier type au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque exigence du dossier et du cahier des charges, vérifiée par Kit ETP dans le fichier du programme. Les points « à vérifier » ne peuvent pas être établis par le logiciel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Structure porteuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Équipe d&apos;intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Implication des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Information, consentement et confidentialité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Déclarations et signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification d&apos;un changement à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À l&apos;attention du directeur général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification d&apos;un %1 — programme d&apos;éducation thérapeutique « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madame la directrice générale, Monsieur le directeur général,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déclaré auprès de vos services (déclaration effective le %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déclaré auprès de vos services le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déclaré auprès de vos services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformément au code de la santé publique, nous vous informons d&apos;un %1 du programme d&apos;éducation thérapeutique « %2 », %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau coordonnateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation à l&apos;ETP : %1 h%2 ; attestation %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs du programme désormais :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critères de jugement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources de financement désormais prévues :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précisions :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nous vous prions d&apos;agréer l&apos;expression de nos salutations distinguées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnateur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice pour les professionnels adresseurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme d&apos;éducation thérapeutique du patient déclaré à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que le programme propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ateliers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quels patients adresser ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment adresser un patient ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le patient reste libre d&apos;entrer dans le programme et d&apos;en sortir. Avec son accord, son médecin traitant est informé de son parcours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Vérifie la complétude du dossier de déclaration (0 si rien ne manque).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche les indicateurs d&apos;évaluation d&apos;une année ou d&apos;une période (texte, JSON, CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importe des données dans un programme (kitetp import --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide d&apos;animation d&apos;un conducteur ou d&apos;une séance (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche patient d&apos;une séance (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement d&apos;une séance (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides du programme en fichier d&apos;échange (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier de déclaration à l&apos;ARS (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La notice pour les professionnels adresseurs (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche annuaire du programme (PDF ou JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le courrier de notification d&apos;un changement à l&apos;ARS (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation annuelle ou d&apos;évaluation quadriennale (--four-year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les patients et leurs parcours en CSV (sans identités par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La synthèse au médecin traitant d&apos;un patient (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides d&apos;un fichier d&apos;échange JSON (--replace pour remplacer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients et parcours d&apos;un CSV au format de l&apos;export (lignes refusées signalées).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quel type de données ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type inconnu « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage : kitetp import TYPE FICHIER SOURCE [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Écrit : %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>indiquez le fichier à écrire avec -o SORTIE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiche la vérification de complétude du dossier de déclaration. Code de sortie 0 seulement si rien ne manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier .etp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à vérifier auprès de votre ARS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporte le dossier de déclaration à l&apos;ARS en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte la notice d&apos;une page pour les professionnels adresseurs (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte la fiche annuaire du programme : PDF, ou JSON si SORTIE finit par .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la sortie doit finir par .pdf ou .json (reçu « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte le courrier de notification d&apos;un changement à l&apos;ARS (PDF). Le changement n&apos;est pas enregistré dans le fichier : faites-le depuis la fenêtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le changement : coordinator, objectives ou funding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précisions ajoutées au courrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--change attend coordinator, objectives ou funding (reçu « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 attend une année entre %2 et %3 (reçu « %4 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from et --to vont ensemble : donnez les deux dates de la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcule les indicateurs d&apos;évaluation d&apos;une période (aucune identité de patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année civile (l&apos;année en cours par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début d&apos;une période libre (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de la période libre (incluse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (par défaut), json ou csv (voir docs/indicators.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format inconnu « %1 » (text, json ou csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation annuelle (ou d&apos;évaluation quadriennale) en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année du rapport annuel (l&apos;année en cours par défaut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport sur une période libre : début (avec --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de la période libre ; avec --four-year, la dernière des quatre années.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;évaluation quadriennale (quatre années jusqu&apos;à --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le PDF à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>où écrire le PDF ? (-o SORTIE.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--four-year se donne avec --to ANNEE seulement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rapport écrit : %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Le code de la séance (par exemple C1S2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier .etp du programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune séance de code « %1 » dans ce programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PDF écrit : %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Écrit le guide d&apos;animation d&apos;un conducteur ou d&apos;une séance en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code du conducteur (par exemple C1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquez soit --conducteur CODE, soit --seance CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun conducteur de code « %1 » dans ce programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit la fiche patient d&apos;une séance en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquez la séance avec --seance CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit la feuille d&apos;émargement d&apos;une séance en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de la séance (JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu de la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un animateur (option répétable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un participant, nom ou code (option répétable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date invalide « %1 » (attendu : JJ/MM/AAAA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte les guides (conducteurs et séances) dans un fichier d&apos;échange JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;exporter que ce conducteur (option répétable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Guides exportés : %1 (%n conducteur(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importe des guides depuis un fichier d&apos;échange JSON dans un programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de guides (.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplace les guides du programme au lieu de les compléter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporte les patients et leurs parcours en CSV (UTF-8 avec BOM), sans leur identité sauf --with-identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier CSV à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclut les identités (nom, prénom, année de naissance, sexe, contact, notes) : le fichier sera lisible par vous seul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séparateur : ; (par défaut, tableurs français) ou ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquez le fichier CSV à écrire avec -o SORTIE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--separator attend ; ou , (reçu « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exporté(s) dans %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(avec identités : fichier personnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importe des patients depuis un CSV au format de l&apos;export. Les lignes refusées sont signalées ; rien n&apos;est importé si le fichier est inutilisable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier CSV à lire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rien n&apos;a été importé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne %1 refusée : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) importé(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Écrit la synthèse au médecin traitant d&apos;un patient (PDF personnel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code du patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquez --patient CODE et -o SORTIE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun patient de code « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse écrite : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Le fichier n&apos;est pas en UTF-8 : enregistrez-le en « CSV UTF-8 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>une cellule dépasse %n caractère(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Guillemet non refermé à partir de la ligne %1 : le fichier est incomplet ou abîmé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Declaration</name>
    <message>
        <source>La source de financement est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte du financement est trop long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant doit être positif et plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année %1 n&apos;est pas plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date n&apos;est pas plausible (attendu : entre %1 et %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précisez le changement notifié (coordonnateur, objectifs ou financement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note est trop longue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier envoyé à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de pièces manquantes reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compléments envoyés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accusé de réception du dossier complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement notifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt du programme déclaré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changement de coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changement d&apos;objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changement de source de financement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationChecklist</name>
    <message>
        <source>Non renseigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conforme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À vérifier auprès de votre ARS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation type="unfinished">Host organisation</translation>
    </message>
    <message>
        <source>Implication des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répondez oui ou non.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les patients intervenants doivent justifier des mêmes compétences (40 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;association partenaire est agréée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit ETP ne peut pas le vérifier : joignez l&apos;agrément de l&apos;association.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation type="unfinished">The programme</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les séances sont décrites (ateliers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance dans les ateliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) prête(s), %1 en brouillon.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le médecin traitant doit être informé, avec l&apos;accord du patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information, consentement et confidentialité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le patient doit pouvoir sortir du programme à tout moment sans conséquence sur sa prise en charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation type="unfinished">Evaluation</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les sources de financement prévues sont indiquées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune source de financement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Déclarations et signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament ou du dispositif médical n&apos;est impliquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interdit (art. L1161-1 et L1161-4 du code de la santé publique) : une telle entreprise ne peut ni concevoir ni mettre en œuvre un programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certaines ARS la demandent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs ARS la demandent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier suit le modèle de votre ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce dossier suit le modèle de 2015 que reprennent les formulaires des ARS ; la rédaction exacte de l&apos;annexe II de l&apos;arrêté du 30 décembre 2020 est à confirmer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationCommands</name>
    <message>
        <source>Ajouter l&apos;intervenant « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;intervenant « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer l&apos;intervenant « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le financement « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le financement « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le financement « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation type="unfinished">Edit “%1”</translation>
    </message>
    <message>
        <source>Enregistrer « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationFlow</name>
    <message>
        <source>à faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logigramme proposé par Kit ETP d&apos;après la réglementation et le Kit ETP en cancérologie du réseau ONCOPL ; ce n&apos;est pas un document officiel de l&apos;ARS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Évaluer le besoin et la population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 rubriques renseignées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Constituer l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Concevoir le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Préparer les documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tout est renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>5. Vérifier la complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>complet ; %n point(s) à vérifier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>6. Envoyer le dossier à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas encore envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièces manquantes demandées le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accusé de réception du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réputé complet le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envoyé le %1 ; réponse attendue avant le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Déclaration effective : démarrer sous 12 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas encore effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective le %1 ; démarré le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non démarré avant le %1 : la déclaration devient caduque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective le %1 ; démarrer avant le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former l&apos;équipe (40 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 intervenants formés avec attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer salles, matériel et supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) décrite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n en brouillon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inclure les premiers patients (information, consentement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) consentant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bilan éducatif partagé et programme personnalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bilan(s) partagé(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Séances éducatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) tenue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>aucune séance depuis le %1 : 6 mois d&apos;arrêt rendent la déclaration caduque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 évaluation(s) finale(s), %2 courrier(s) au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle (à chaque anniversaire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>première échéance un an après la prise d&apos;effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-évaluation %1 rédigée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-évaluation attendue depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>première échéance le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quatre ans après la prise d&apos;effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>évaluation quadriennale rédigée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendue depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échéance le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifier les changements à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnateur, objectifs, financement : aucun changement notifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) notifié(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Déclarer un arrêt sous 3 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrêt déclaré le %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationHtml</name>
    <message>
        <source>[Non renseigné]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moins de 40 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle dans le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaque année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance n&apos;est encore décrite dans les ateliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signée le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charte d&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Déclaration ARS</source>
        <translation type="unfinished">ARS declaration</translation>
    </message>
    <message>
        <source>&amp;Aperçu du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer le dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier en &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice adresseurs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fiche annuaire (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche annuaire (&amp;JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-cliquez une ligne pour ouvrir l&apos;étape du logigramme qui la corrige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrandir (Ctrl+molette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajuster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer les &amp;logigrammes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliquez une étape pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les dates de la déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse de l&apos;ARS :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance des 2 mois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer avant le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changements notifiés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifier un &amp;changement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voir la liste des exigences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationTimeline</name>
    <message>
        <source>Le %1 est dans le futur : saisissez la date à laquelle c&apos;est arrivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez d&apos;abord %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le %1 précède %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la date d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la date de la liste de pièces manquantes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierAnnexes</name>
    <message>
        <source>Programme d&apos;éducation thérapeutique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposé par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je soussigné(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déclare avoir reçu une information claire sur le programme, ses objectifs, son déroulement et les personnes qui l&apos;animent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;accepte d&apos;entrer dans le programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;accepte que les informations me concernant soient partagées entre les intervenants du programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;accepte que mon médecin traitant soit informé de mon entrée, de mon parcours et de mon évaluation finale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je peux quitter le programme à tout moment, sans conséquence sur ma prise en charge. Je peux retirer mon consentement au partage des données à tout moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentialité et protection des données :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fait à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature du patient :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation type="unfinished">The programme</translation>
    </message>
    <message>
        <source>Pour qui ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment se déroule-t-il ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre participation est libre. Vous pouvez quitter le programme à tout moment sans conséquence sur vos soins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Contact</translation>
    </message>
    <message>
        <source>Docteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cher confrère, chère consœur,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec son accord, nous vous informons que votre patient(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ entre dans ☐ poursuit ☐ a terminé le programme d&apos;éducation thérapeutique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous trouverez ci-joint la synthèse de son bilan éducatif partagé ou de son évaluation individuelle, et les objectifs convenus avec lui (elle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nous restons à votre disposition pour tout échange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Déclaration d&apos;un programme d&apos;éducation thérapeutique du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adressé à :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Édité le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vérification de complétude : aucun élément manquant ; %n point(s) à vérifier.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vérification de complétude : %n élément(s) manquant(s) (voir la dernière partie).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Le plan de ce dossier suit le modèle de dossier de déclaration de 2015 que reprennent les formulaires des ARS. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier de déclaration à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Inscrire des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montrer aussi les patients dont le programme ne prévoit pas cette séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Entrées dans le programme par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients entrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du consentement à la fin du parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape du parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished">Patients</translation>
    </message>
    <message>
        <source>Entrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prog. perso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 1 séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éval. finale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de présence par séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présents / inscrits (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs des patients à l&apos;évaluation finale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partiellement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs évalués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répartition des réponses de satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse (1 = pas du tout d&apos;accord, 5 = tout à fait d&apos;accord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les questions à échelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution de l&apos;activité sur quatre ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 1 séance suivie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours terminés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution des indicateurs de qualité sur quatre ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourcentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses de satisfaction favorables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Modifier « %1 » (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationNotes</name>
    <message>
        <source>Ce qui a fonctionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points forts de l&apos;année : pratiques, contenus, organisation, coordination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui est à améliorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficultés rencontrées, écarts, ce que l&apos;équipe veut changer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduite de l&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui a participé, quelles données, quelle période, comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effets du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur les patients, sur les pratiques de l&apos;équipe, sur la place du programme dans l&apos;offre de soins locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion sur les effets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil des patients, activité, indicateurs de qualité au fil des années.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion sur l&apos;évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions pour l&apos;avenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poursuivre, adapter ou arrêter le programme, et pourquoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise à disposition du rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment le rapport est rendu accessible aux patients, associations, médecins traitants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est trop long (%2 caractères au plus).</source>
        <translation type="unfinished">“%1” is too long (%2 characters maximum).</translation>
    </message>
    <message>
        <source>Pas plus de %1 actions par évaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque action doit être décrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte d&apos;une action ou le nom de son responsable est trop long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;échéance d&apos;une action doit être une date entre %1 et %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Évaluation</source>
        <translation type="unfinished">Evaluation</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année civile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année évaluée ; l&apos;évaluation quadriennale couvre les quatre années qui finissent par celle-ci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier jour de la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier jour de la période (inclus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire de satisfaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport annuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un indicateur pour lire sa définition complète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;analyse de l&apos;équipe pour l&apos;année choisie : elle figure dans le rapport annuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions prévues (action, responsable, échéance) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationReports</name>
    <message>
        <source>Auto-évaluation annuelle — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;auto-évaluation de l&apos;équipe, établi le %1 pour la période du %2 au %3. Il porte sur l&apos;activité, le déroulement (processus) et les résultats du programme, puis sur l&apos;analyse de l&apos;équipe et les actions qu&apos;elle décide. Il est à disposition des patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque indicateur est suivi de sa définition (ce qui est compté, à partir de quelles dates). « pas de données » signifie que le fichier du programme ne contient aucune donnée de ce type pour la période : ce n&apos;est pas un zéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évolution sur quatre ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation quadriennale %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;évaluation quadriennale du programme pour les années %1 à %2, établi le %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Le programme, le coordonnateur et l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession, rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charte signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Conduite de l&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données : le fichier du programme (parcours des patients, séances, présences, objectifs, questionnaires de satisfaction, équipe), du 1er janvier %1 au 31 décembre %2 ; indicateurs calculés par Kit ETP selon les définitions des rapports annuels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Effets du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion sur les effets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Évolution du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion sur l&apos;évolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Décisions pour l&apos;avenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions décidées lors des auto-évaluations annuelles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Mise à disposition du rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune action enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
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
    <name>GuideExchange</name>
    <message>
        <source>« %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ obligatoire absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un texte est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texte trop long (%1 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un nombre entier entre 0 et %1 est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrai ou faux (true / false) est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une liste est attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 éléments au plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une liste de textes est attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>élément trop long (%1 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : un objet est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« autosoins », « adaptation » ou « securite » est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la compétence « %1 » n&apos;est pas dans la liste « competences » du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« collective » ou « individuelle » est attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce n&apos;est pas un fichier de guides de Kit ETP (le champ « format » devrait valoir « %1 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le numéro de version du fichier est invalide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : le code « %2 » apparaît deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1.seances[%2] » : le code « %3 » apparaît deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renommé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier ne contient aucun conducteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de guides refusé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il dépasse %1 Mo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce n&apos;est pas un fichier JSON valide (%1, position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier doit contenir un objet JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 « %2 » (déjà présent, identique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (code déjà utilisé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 « %2 » (%n séance(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideHtml</name>
    <message>
        <source>Non renseigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétences %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune compétence choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance individuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à %2 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) au plus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon : contenu proposé par Kit ETP d&apos;après la pratique courante de l&apos;ETP, à relire et adapter par l&apos;équipe avant usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideRules</name>
    <message>
        <source>%1 : %2 caractères au plus (le texte en a %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : une seule ligne, sans caractère de contrôle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : caractère de contrôle interdit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 éléments au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : élément vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : un nombre entre 0 et %2 (reçu %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code est obligatoire (par exemple « C1 » ou « C1S2 »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » est trop long (%2 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code « %1 » ne peut contenir que des lettres sans accent, des chiffres, « - », « _ » et « . ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions des animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation type="unfinished">Evaluation</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre minimum de participants (%1) dépasse le maximum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déroulé : %1 étapes au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le libellé de la compétence est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosoins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : cette séance figure dans le programme personnalisé de %n patient(s). Retirez-la d&apos;abord de leur programme (page Patients).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : %n séance(s) du calendrier utilisent ce guide. Supprimez-les d&apos;abord dans la page Séances.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideTransfer</name>
    <message>
        <source>compétence « %1 » au catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Ateliers</source>
        <translation type="unfinished">Workshops</translation>
    </message>
    <message>
        <source>Ajouter un &amp;conducteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un conducteur (un ensemble de séances sur un thème)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une &amp;séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une séance au conducteur choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer l&apos;élément choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;élément choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter l&apos;élément choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre l&apos;élément choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glissez-déposez pour réordonner les conducteurs et déplacer les séances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un conducteur ou une séance dans la liste, ou ajoutez-en un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conducteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentation du conducteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants minimum :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants maximum :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animateurs (professions) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un élément par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un élément par ligne. Chaque ligne devient une case à cocher du guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon à relire et adapter par l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs et compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs pédagogiques :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« À la fin de la séance, le participant est capable de … » — Un élément par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétences visées :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez les compétences du catalogue que la séance vise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-cliquez une case pour la modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation et messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation des compétences :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment les animateurs vérifient ce qui a été appris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages clés (fiche patient) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Références</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Téléphone : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les coordonnées de l&apos;équipe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche patient — séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut retenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre équipe vous remettra les messages clés de la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mes questions pour l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacter l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cas d&apos;urgence vitale, appelez le 15. Cette fiche ne remplace pas les conseils de votre équipe soignante.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Indicateurs — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients dont le consentement d&apos;entrée est daté au plus tard du dernier jour de la période et qui ne sont pas sortis avant son premier jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients à qui le programme a été proposé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients ayant une étape « proposition » datée dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients entrés dans le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients dont le consentement d&apos;entrée est daté dans la période (un parcours commencé une année et terminé la suivante compte comme entrée la première année).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilans éducatifs partagés réalisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients ayant un bilan éducatif partagé daté dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes personnalisés définis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients dont le programme personnalisé a été convenu dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients ayant suivi au moins une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients notés présents à au moins une séance dont la date est dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours terminés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients dont la sortie « parcours terminé » est datée dans la période (compte l&apos;année de la fin, même si l&apos;entrée date de l&apos;année précédente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêts du parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorties datées dans la période pour arrêt à la demande du patient, décès ou déménagement, détaillées par motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perdus de vue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorties « perdu de vue » datées dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances réalisées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances du calendrier datées dans la période (31 décembre inclus) où au moins un participant est noté présent, par séance du programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présents divisés par inscrits, sur toutes les séances du calendrier datées dans la période, par séance du programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somme des capacités des séances du calendrier datées dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions aux séances datées dans la période, quel que soit le statut de présence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions notées « présent » aux séances datées dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations individuelles finales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluations individuelles finales datées dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèses envoyées au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriers au médecin traitant datés dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai moyen d&apos;envoi de la synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour chaque courrier au médecin traitant daté dans la période : jours entre la dernière séance où le patient était présent (au plus tard le jour du courrier) et le courrier ; moyenne. Les courriers sans séance suivie avant eux ne sont pas comptés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriers pris en compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai le plus court (jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai le plus long (jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentements d&apos;entrée recueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentements d&apos;entrée dans le programme datés dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentements au partage des données recueillis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentements au partage des données (équipe, médecin traitant) datés dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs des patients dont l&apos;évaluation individuelle finale est datée dans la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, résultat « atteint ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs partiellement atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, résultat « partiellement atteint ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs non atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, résultat « non atteint ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part des objectifs atteints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs atteints divisés par les objectifs évalués (atteints, partiellement ou non) des patients dont l&apos;évaluation finale est datée dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres de l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres actifs de l&apos;équipe aujourd&apos;hui (coordonnateur, intervenants, patients partenaires), par profession.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures de formation à l&apos;ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somme des heures de formation à l&apos;ETP des membres actifs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres formés (40 heures ou plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres actifs ayant au moins 40 heures de formation à l&apos;ETP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chartes d&apos;engagement signées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres actifs dont la charte d&apos;engagement est signée au plus tard le dernier jour de la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membres actifs de l&apos;équipe qui sont patients partenaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires de satisfaction saisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses au questionnaire de satisfaction datées dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction moyenne (sur 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moyenne des réponses aux questions à échelle de 1 (pas du tout d&apos;accord) à 5 (tout à fait d&apos;accord) des questionnaires datés dans la période, par question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses favorables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses 4 ou 5 divisées par toutes les réponses aux questions à échelle des questionnaires datés dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaires libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses non vides aux questions ouvertes des questionnaires datés dans la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt à la demande du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perdu de vue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déménagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderGuideDocument</name>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : les étapes durent %1 au total, la séance est prévue pour %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune étape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalités d&apos;évaluation non renseignées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide d&apos;animation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs pédagogiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À la fin de la séance, le participant est capable de :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétences visées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel à préparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déroulé pas à pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille d&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide d&apos;animation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide d&apos;animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances</source>
        <translation type="unfinished">Sessions</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce conducteur n&apos;a pas encore de séance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplateDialog</name>
    <message>
        <source>Modèle de la synthèse au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte de la lettre. Les mots entre accolades sont remplacés pour chaque patient ; une ligne qui commence par « # » devient un titre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #555555;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir au modèle fourni</source>
        <translation type="unfinished"></translation>
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
    <name>NotifyChangeDialog</name>
    <message>
        <source>Notifier un changement à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les changements de coordonnateur, d&apos;objectifs ou de source de financement sont notifiés à l&apos;ARS. Mettez d&apos;abord à jour l&apos;équipe, les objectifs ou le financement : le courrier reprend les nouvelles valeurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date de notification :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Précisions :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>« %1 » est un fichier de programme Kit ETP : un export ne le remplace jamais. Choisissez un autre nom.</source>
        <translation type="unfinished"></translation>
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
    <name>PathEventDialog</name>
    <message>
        <source>Étape du parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de sortie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message numerus="yes">
        <source>Importer %n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientPath</name>
    <message numerus="yes">
        <source>Relancer : aucune séance depuis %n semaine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité masquée à l&apos;écran (Réglages › Masquer les identités des patients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #555555; font-style: italic;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité (facultative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de naissance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 1958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexte clinique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localisation du cancer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traitement oral :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médecin adresseur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médecin traitant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du médecin :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une étape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs et résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel objectif (compétence convenue au bilan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme personnalisé (séances prévues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances et présences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le modèle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>background: #eef3f8; border: 1px solid #c9d6e3; border-radius: 4px; padding: 6px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un code, un nom, une localisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape du parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année d&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localisation du cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>année %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les dates de la période doivent être des dates réelles entre %1 et %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La période commence après sa fin : la date de début doit précéder la date de fin.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction du coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure d&apos;exercice du coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse professionnelle du coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation à la coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autres formations en ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des patients intervenants participent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les patients intervenants sont formés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association de patients agréée partenaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle de l&apos;association (conception, animation, évaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoin identifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre existante à proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature du problème de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre estimé de bénéficiaires par an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité de mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critères de jugement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances (individuelles ou collectives, contenus, outils)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse écrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage d&apos;informations entre intervenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination avec les autres soignants du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le médecin traitant est informé (courrier type joint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents d&apos;information du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recueil du consentement (entrée et partage des données)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le patient peut sortir à tout moment sans conséquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentialité et protection des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille du bilan éducatif partagé jointe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARS destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament ou du dispositif médical n&apos;intervient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclaration sur l&apos;honneur de conformité au cahier des charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarant signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsable médical signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire pour l&apos;association partenaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeFile</name>
    <message>
        <source>référence cassée : table %1, ligne %2 → table %3</source>
        <translation type="unfinished"></translation>
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
    <name>Questionnaire</name>
    <message>
        <source>La question doit avoir un libellé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le libellé d&apos;une question ne dépasse pas %1 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date du questionnaire doit être une date réelle entre %1 et %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les réponses à échelle vont de 1 à 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une réponse libre ne dépasse pas %1 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les séances ont répondu à mes attentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je me sens plus à l&apos;aise pour gérer mon traitement au quotidien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les horaires et le lieu des séances me convenaient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je recommanderais ce programme à d&apos;autres patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos remarques et suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Questionnaire de satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une question à échelle (1 à 5)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une question ouverte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le libellé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser le questionnaire proposé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses saisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir un questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>Cette question a déjà des réponses : son type ne peut plus changer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Questionnaire de satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date du questionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échelle : 1 = pas du tout d&apos;accord, 5 = tout à fait d&apos;accord ; « — » = sans réponse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée (minutes) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non limitée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animateurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 14pt; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire des patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
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
    <name>SignInSheetDocument</name>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom et prénom (ou code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) inscrit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document personnel — données de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document à conserver par le coordonnateur du programme : il contient des données personnelles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMember</name>
    <message>
        <source>Le nom est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un champ dépasse %1 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom et la profession tiennent sur une ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les heures de formation doivent être comprises entre 0 et %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année de formation %1 n&apos;est pas plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de signature de la charte n&apos;est pas plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse de courriel valide.</source>
        <translation type="unfinished">“%1” is not a valid email address.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message numerus="yes">
        <source>anime %n séance(s) du calendrier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>est nommé dans %n étape(s) du parcours des patients</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Impossible de retirer « %1 » de l&apos;équipe : cet intervenant %2. Marquez-le plutôt inactif (décochez « Actif ») : son historique est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> et </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme d&apos;ETP — traitements anticancéreux oraux (ONCOPLET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le modèle « %1 » n&apos;a pas de guides.</source>
        <translation type="unfinished"></translation>
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
    <name>WizCheck</name>
    <message>
        <source>Les déclarations et signatures, puis la vérification de complétude. Double-cliquez une ligne pour aller à ce qui la corrige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament ou du dispositif médical n&apos;intervient :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclaration sur l&apos;honneur de conformité (certaines ARS la demandent) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarant signataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsable médical signataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire pour l&apos;association :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizConsent</name>
    <message>
        <source>Information, consentement et confidentialité : documents remis au patient, consentement à l&apos;entrée et au partage des données recueilli après une information claire, sortie possible à tout moment, protection des données (CNIL, RGPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents d&apos;information du patient :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recueil du consentement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le patient peut sortir à tout moment sans conséquence :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentialité et protection des données :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizCoordination</name>
    <message>
        <source>La coordination : comment les intervenants partagent l&apos;information entre eux et avec les autres soignants du patient ; avec son accord, le médecin traitant est informé de l&apos;entrée, du parcours et de l&apos;évaluation finale (un courrier type est joint au dossier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partage d&apos;informations entre intervenants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination avec les autres soignants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le médecin traitant est informé (courrier type joint) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizCoordinator</name>
    <message>
        <source>Le coordonnateur (désigné dans le tableau de l&apos;équipe) : sa fonction, son lieu d&apos;exercice et ses formations (rubrique 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure d&apos;exercice :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse professionnelle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation à la coordination :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autres formations en ETP :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizDesign</name>
    <message>
        <source>Le programme : titre, présentation, modalité, objectifs et critères qui permettront de les juger (rubrique 5). Les séances se décrivent dans la page Ateliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre du programme :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En hospitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambulatoire et en hospitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs du programme :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critères de jugement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances décrites :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir les &amp;ateliers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizEffective</name>
    <message>
        <source>La déclaration prend effet à l&apos;accusé de réception ou à l&apos;échéance des 2 mois. Le programme doit démarrer dans les 12 mois et ne pas s&apos;interrompre 6 mois de suite ; un arrêt se déclare dans les 3 mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclaration effective le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer avant le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de début du programme :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt du programme déclaré le :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizEvaluation</name>
    <message>
        <source>L&apos;évaluation : comment se déroulent l&apos;auto-évaluation annuelle et l&apos;évaluation quadriennale, et sur quels éléments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation quadriennale :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille du bilan éducatif partagé jointe (plusieurs ARS la demandent) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizFunding</name>
    <message>
        <source>Le financement : chaque source prévue et son montant. La déclaration n&apos;apporte pas de financement (procédure distincte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter une source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizNeed</name>
    <message>
        <source>Le besoin, le problème de santé et la population concernée. Vérifiez ce qui existe déjà à proximité (annuaire régional des programmes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besoin identifié :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre existante à proximité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème de santé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature du problème de santé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affection de longue durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maladie rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorité régionale de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population concernée (âge, gravité, autres critères) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre estimé de bénéficiaires par an :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation des patients (qui adresse, comment) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizPath</name>
    <message>
        <source>Le parcours du patient : bilan éducatif partagé, programme personnalisé, séances, évaluation individuelle avec une synthèse écrite gardée dans le dossier d&apos;ETP du patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan éducatif partagé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme personnalisé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séances (individuelles ou collectives, contenus, outils) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse écrite :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizPatients</name>
    <message>
        <source>L&apos;implication des patients : patients intervenants et co-construction avec une association de patients agréée (rubrique 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des patients intervenants participent :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les patients intervenants sont formés (40 h) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association de patients agréée partenaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle de l&apos;association (conception, animation, évaluation) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizSend</name>
    <message>
        <source>L&apos;envoi au directeur général de l&apos;ARS de la région du coordonnateur, par un moyen qui prouve la date de réception. Le dossier est réputé complet à l&apos;accusé de réception, ou faute de liste de pièces manquantes dans les 2 mois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARS destinataire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode d&apos;envoi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire en ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettre recommandée avec accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépôt contre récépissé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;envoi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de pièces manquantes reçue le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compléments envoyés le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accusé de réception du dossier complet le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance des 2 mois :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizStructure</name>
    <message>
        <source>La structure porteuse du programme et les lieux où il est mis en œuvre (rubrique 1 du dossier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure porteuse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison sociale :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° FINESS ou SIREN :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut juridique :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieux de mise en œuvre :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizTeam</name>
    <message>
        <source>L&apos;équipe : un coordonnateur, au moins deux professionnels de santé de professions différentes (dont un médecin si le coordonnateur ne l&apos;est pas), chacun formé au moins 40 heures à l&apos;ETP avec attestation, et la charte d&apos;engagement signée. Modifiez les cellules directement ; Ctrl+Z annule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter un intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPages</name>
    <message>
        <source>non renseignée</source>
        <translation type="unfinished">not set</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer « %1 » de l&apos;équipe ?

Pour un intervenant qui a quitté l&apos;équipe, décochez plutôt « Actif » : il reste dans l&apos;historique des séances et des parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer un intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune séance : décrivez-les dans la page Ateliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièces manquantes demandées : envoyez les compléments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accusé de réception reçu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas encore (accusé de réception ou 2 mois sans demande de pièces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::AddConducteurCommand</name>
    <message>
        <source>Ajouter le conducteur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::AddSeanceCommand</name>
    <message>
        <source>Ajouter la séance « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::ChartPanel</name>
    <message>
        <source>Enregistrer l&apos;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer ce graphique en PNG ou en SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier ce graphique dans le presse-papiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image PNG (*.png);;Image vectorielle SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished">Cannot save</translation>
    </message>
    <message>
        <source>Le graphique n&apos;a pas pu être écrit dans « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::ChecklistModel</name>
    <message>
        <source>Rubrique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exigence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail (double-clic : corriger)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::DeclarationPage</name>
    <message>
        <source>Déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logigramme de déclaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logigramme de mise en œuvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier-declaration-ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice-professionnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiche-annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rien ne manque ; %n point(s) à vérifier auprès de votre ARS.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s) : ouvrez la liste et double-cliquez une ligne pour la corriger.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Complétude (%n manquant(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez une ligne pour lire le détail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas encore envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accusé de réception du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièces manquantes demandées le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compléments envoyés le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (réputé complet sans demande de pièces d&apos;ici là)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement enregistré : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification-ARS-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la fiche annuaire (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiche-annuaire.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche annuaire enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer les logigrammes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::DeclarationWizard</name>
    <message>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished">&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluer le besoin et la population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituer l&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concevoir le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer les documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier la complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer le dossier à l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prise d&apos;effet et démarrage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La structure porteuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le besoin et la population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;implication des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation type="unfinished">The programme</translation>
    </message>
    <message>
        <source>Le parcours du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information, consentement et confidentialité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;évaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarations et complétude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;envoi et la réponse de l&apos;ARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La prise d&apos;effet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::EditConducteurCommand</name>
    <message>
        <source>Modifier le conducteur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::EditSeanceCommand</name>
    <message>
        <source>Modifier « %1 » de la séance « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::EnrolDialog</name>
    <message>
        <source>Places restantes : %1 sur %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacité non limitée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : la séance sera complète au-delà de %1 inscrit(s) de plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hors programme personnalisé)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::EvaluationPage</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance (JJ/MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu avant impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les parties rédigées de l&apos;évaluation quadriennale %1–%2 (l&apos;année choisie et les trois précédentes). Les indicateurs, les tendances et les actions des auto-évaluations annuelles sont ajoutés au rapport automatiquement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un indicateur pour lire sa définition complète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; : %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;analyse de l&apos;équipe pour l&apos;année %1 : elle figure dans le rapport annuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance refusée : « %1 » n&apos;est pas une date (JJ/MM/AAAA).</source>
        <translation type="unfinished"></translation>
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
    <name>kitetp::FundingModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année (vide : chaque année)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un montant en euros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une année.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::GpLetterDocument</name>
    <message>
        <source>(non renseigné)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (née en %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (né en %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun objectif enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif convenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avis du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance suivie à ce jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;évaluation individuelle finale n&apos;a pas encore eu lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation individuelle finale du %1 : %2 objectif(s) atteint(s), %3 partiellement, %4 non atteint(s).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document personnel — données de santé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::GuideTreeModel</name>
    <message>
        <source>Les étapes durent %1 min, la séance %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon à relire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kitetp::GuidesPage</name>
    <message>
        <source>Nouveau conducteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer la séance « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer le conducteur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;import n&apos;a pas été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide d&apos;animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche patient (séance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement (séance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu avant impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guides.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides Kit ETP (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides exportés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides Kit ETP (*.json);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter les guides du fichier à ceux du programme, ou remplacer les guides du programme ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import des guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation type="unfinished">Evaluation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conducteur %1 — %n séance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total : %1 min / %2 min prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Les étapes durent %1 min au total mais la séance est prévue pour %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::ImportGuidesCommand</name>
    <message>
        <source>Remplacer les guides par un import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des guides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::IndicatorModel</name>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::LetterTemplateDialog</name>
    <message>
        <source>Disponibles : %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Masquer les identités des patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::MoveSeanceCommand</name>
    <message>
        <source>Déplacer la séance « %1 »</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier une étape du parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une étape au parcours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCommands</name>
    <message>
        <source>Ajouter le patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation type="unfinished">Edit “%1”</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter l&apos;objectif « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;objectif « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le programme personnalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le modèle de lettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planifier une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noter « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire un patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrire un patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCsv</name>
    <message>
        <source>%1 colonnes au lieu de %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>année de naissance illisible « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statut inconnu « %1 » (attendu : %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date invalide « %1 » dans la colonne %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motif de sortie inconnu « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séance inconnue « %1 » dans le programme personnalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>résultat d&apos;objectif inconnu « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le code « %1 » existe déjà</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes, dont « code » (voir docs/csv-patients.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonne inconnue « %1 » : ce fichier n&apos;a pas le format des patients de Kit ETP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La colonne « %1 » apparaît deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier dépasse 200 Mo : ce n&apos;est pas un export de patients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PatientListModel</name>
    <message>
        <source>(masqué)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PatientPath</name>
    <message>
        <source>Entrée (bilan à faire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt à sa demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perdu de vue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décédé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déménagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposition et information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement à entrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évaluation individuelle finale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sortie du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À évaluer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partiellement atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non atteint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date du %1 est dans le futur : une étape du parcours est enregistrée une fois faite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte est trop long (%1 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le parcours est déjà clos (sortie le %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le parcours est clos depuis le %1 : aucune étape ne peut suivre la sortie. Enregistrez une reprise en supprimant la sortie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder la dernière étape du parcours (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif de sortie : parcours terminé, arrêt, perdu de vue, décès ou déménagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;évaluation finale sans bilan éducatif partagé : enregistrez d&apos;abord le bilan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;évaluation finale ne peut pas précéder le bilan éducatif partagé du %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme personnalisé est habituellement convenu lors du bilan éducatif partagé, qui n&apos;est pas enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le programme personnalisé ne peut pas précéder le bilan éducatif partagé du %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette étape ne peut pas précéder la proposition du programme (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le consentement du patient à entrer dans le programme n&apos;est pas enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le bilan éducatif partagé ne peut pas suivre l&apos;évaluation finale du %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le consentement au partage des données avec le médecin traitant n&apos;est pas enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code patient est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code patient est trop long (40 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année de naissance %1 est invraisemblable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sexe s&apos;indique par F ou M, ou reste vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte est trop long (%1 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette séance ne fait pas partie du programme personnalisé du patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan éducatif partagé à réaliser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme personnalisé à convenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire aux séances du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore le parcours (sortie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse à envoyer au médecin traitant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PatientView</name>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Femme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avis du patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un patient dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — à faire : &lt;b&gt;%2&lt;/b&gt;, pour le %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;span style=&quot;color:#9c1c1c&quot;&gt;(en retard)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance : créez les ateliers dans la page « Ateliers ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année de naissance doit être un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;objectif est trop long (500 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un objectif doit avoir un libellé (500 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthese-medecin-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer %1 et tout son parcours ? (Modifier › Annuler le rétablit.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::PatientsPage</name>
    <message>
        <source>Entrés en %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les localisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cette semaine&lt;/b&gt; : &lt;a href=&quot;stage:%1&quot;&gt;%2 bilan(s) éducatif(s) à réaliser&lt;/a&gt; · &lt;a href=&quot;stage:%3&quot;&gt;%4 synthèse(s) à envoyer au médecin traitant&lt;/a&gt; · &lt;a href=&quot;stage:%5&quot;&gt;%6 patient(s) sans séance depuis %7 semaines&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patient(s) affiché(s) sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 créé : complétez son parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patient(s) prêt(s) à importer, %2 ligne(s) refusée(s). Importer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patient(s) importé(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclure les identités (nom, prénom, année de naissance, sexe, contact, notes) ?

Sans identités, le fichier ne contient que les codes pseudonymes. Avec, il sera lisible par vous seul : ne le partagez qu&apos;en sachant pourquoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/patients.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patient(s) exporté(s) dans %2</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>kitetp::QuestionnaireDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 à 5] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[texte] </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n commentaire(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Question refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser le questionnaire proposé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier une question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer une question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Supprimer une question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir un questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier un questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer un questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::RemoveConducteurCommand</name>
    <message>
        <source>Supprimer le conducteur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::RemoveSeanceCommand</name>
    <message>
        <source>Supprimer la séance « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::ReorderConducteursCommand</name>
    <message>
        <source>Réordonner les conducteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::SessionDialog</name>
    <message>
        <source>Modifier la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planifier une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu « %1 » est déjà réservé à cette heure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anime déjà une séance à cette heure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance n&apos;existe : créez d&apos;abord les ateliers (page « Ateliers »).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::SessionRules</name>
    <message>
        <source>Choisissez la séance (atelier) que cette session anime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 minute et %1 heures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La capacité doit être comprise entre 0 (non limitée) et %1 participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu est trop long (200 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note est trop longue (10 000 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce patient est déjà inscrit à cette séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le parcours de ce patient est clos : il ne peut plus être inscrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance est complète (%1 inscrits pour %2 places).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::SessionsPage</name>
    <message>
        <source>Semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste (4 semaines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anime deux séances en même temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le lieu « %1 » est réservé deux fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le patient %1 est inscrit à deux séances en même temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une séance dans le calendrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 min — %3&lt;br/&gt;Animateurs : %4&lt;br/&gt;Inscrits : %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sur %1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance est complète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance planifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer cette séance et ses inscriptions ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emargement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::StepsModel</name>
    <message>
        <source>Durée (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kitetp::TeamModel</name>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures ETP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisme de formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charte signée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moins de 40 heures : la formation requise n&apos;est pas atteinte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas un nombre d&apos;heures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une année.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une date plausible (jj/mm/aaaa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
