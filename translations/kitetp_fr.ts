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
    <name>Attachment</name>
    <message>
        <source>Attestation de formation à l'ETP</source>
        <translation>Attestation de formation à l'ETP</translation>
    </message>
    <message>
        <source>Charte d'engagement signée</source>
        <translation>Charte d'engagement signée</translation>
    </message>
    <message>
        <source>Grille du bilan éducatif partagé</source>
        <translation>Grille du bilan éducatif partagé</translation>
    </message>
    <message>
        <source>Document d'information du patient</source>
        <translation>Document d'information du patient</translation>
    </message>
    <message>
        <source>Formulaire de consentement</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <source>Modèle de courrier au médecin traitant</source>
        <translation>Modèle de courrier au médecin traitant</translation>
    </message>
    <message>
        <source>Autre pièce</source>
        <translation>Autre pièce</translation>
    </message>
    <message>
        <source>Une pièce « %1 » appartient à un membre de l'équipe : indiquez lequel.</source>
        <translation>Une pièce « %1 » appartient à un membre de l'équipe : indiquez lequel.</translation>
    </message>
    <message>
        <source>Seules les attestations de formation et les chartes signées appartiennent à un membre de l'équipe.</source>
        <translation>Seules les attestations de formation et les chartes signées appartiennent à un membre de l'équipe.</translation>
    </message>
    <message>
        <source>Le titre de la pièce est trop long (%1 caractères au plus).</source>
        <translation>Le titre de la pièce est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Le titre de la pièce tient sur une ligne.</source>
        <translation>Le titre de la pièce tient sur une ligne.</translation>
    </message>
    <message>
        <source>Seuls les fichiers PDF, PNG ou JPEG peuvent être joints.</source>
        <translation>Seuls les fichiers PDF, PNG ou JPEG peuvent être joints.</translation>
    </message>
    <message>
        <source>Le fichier pèse %1 Mo : %2 Mo au plus par pièce.</source>
        <translation>Le fichier pèse %1 Mo : %2 Mo au plus par pièce.</translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Ce fichier n'est ni un PDF, ni une image PNG ou JPEG : seuls ces formats peuvent être joints.</source>
        <translation>Ce fichier n'est ni un PDF, ni une image PNG ou JPEG : seuls ces formats peuvent être joints.</translation>
    </message>
    <message>
        <source>Ce PDF est illisible ou endommagé ; enregistrez-le de nouveau (par exemple « Imprimer en PDF ») puis joignez-le.</source>
        <translation>Ce PDF est illisible ou endommagé ; enregistrez-le de nouveau (par exemple « Imprimer en PDF ») puis joignez-le.</translation>
    </message>
    <message>
        <source>Ce PDF n'a aucune page.</source>
        <translation>Ce PDF n'a aucune page.</translation>
    </message>
    <message>
        <source>Cette image est illisible ou endommagée (%1).</source>
        <translation>Cette image est illisible ou endommagée (%1).</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un fichier ordinaire.</source>
        <translation>« %1 » n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cette image est illisible ou endommagée.</source>
        <translation>Cette image est illisible ou endommagée.</translation>
    </message>
    <message>
        <source>La page de l'image n'a pas pu être dessinée.</source>
        <translation>La page de l'image n'a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>La pièce est vide.</source>
        <translation>La pièce est vide.</translation>
    </message>
    <message>
        <source>Ce membre de l'équipe n'existe pas.</source>
        <translation>Ce membre de l'équipe n'existe pas.</translation>
    </message>
    <message>
        <source>Cette pièce n'existe plus.</source>
        <translation>Cette pièce n'existe plus.</translation>
    </message>
    <message>
        <source>Aucune pièce n'a le numéro %1.</source>
        <translation>Aucune pièce n'a le numéro %1.</translation>
    </message>
</context>
<context>
    <name>CalendarPeriod</name>
    <message>
        <source>%1 au %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>semaine du %1</source>
        <translation>semaine du %1</translation>
    </message>
    <message>
        <source>du %1</source>
        <translation>du %1</translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Vérification de complétude (document interne)</source>
        <translation>Vérification de complétude (document interne)</translation>
    </message>
    <message>
        <source>Vérification de complétude du dossier de déclaration</source>
        <translation>Vérification de complétude du dossier de déclaration</translation>
    </message>
    <message>
        <source>Document de travail de l'équipe, à ne pas joindre au dossier : le dossier est une déclaration signée par le déclarant, pas un avis de Kit ETP.</source>
        <translation>Document de travail de l'équipe, à ne pas joindre au dossier : le dossier est une déclaration signée par le déclarant, pas un avis de Kit ETP.</translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation><numerusform>%n élément manquant</numerusform><numerusform>%n éléments manquants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à vérifier auprès de votre ARS</source>
        <translation><numerusform>%n point à vérifier auprès de votre ARS</numerusform><numerusform>%n points à vérifier auprès de votre ARS</numerusform></translation>
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
        <translation><numerusform>Intégrité : %n problème</numerusform><numerusform>Intégrité : %n problèmes</numerusform></translation>
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
    <message>
        <source>Vérifie la complétude du dossier de déclaration (0 si rien ne manque).</source>
        <translation>Vérifie la complétude du dossier de déclaration (0 si rien ne manque).</translation>
    </message>
    <message>
        <source>Affiche les indicateurs d'évaluation d'une année ou d'une période (texte, JSON, CSV).</source>
        <translation>Affiche les indicateurs d'évaluation d'une année ou d'une période (texte, JSON, CSV).</translation>
    </message>
    <message>
        <source>Importe des données dans un programme (kitetp import --help).</source>
        <translation>Importe des données dans un programme (kitetp import --help).</translation>
    </message>
    <message>
        <source>Guide d'animation d'un conducteur ou d'une séance (PDF).</source>
        <translation>Guide d'animation d'un conducteur ou d'une séance (PDF).</translation>
    </message>
    <message>
        <source>Fiche patient d'une séance (PDF).</source>
        <translation>Fiche patient d'une séance (PDF).</translation>
    </message>
    <message>
        <source>Feuille d'émargement d'une séance (PDF).</source>
        <translation>Feuille d'émargement d'une séance (PDF).</translation>
    </message>
    <message>
        <source>Le dossier de déclaration à l'ARS (PDF).</source>
        <translation>Le dossier de déclaration à l'ARS (PDF).</translation>
    </message>
    <message>
        <source>La notice pour les professionnels adresseurs (PDF).</source>
        <translation>La notice pour les professionnels adresseurs (PDF).</translation>
    </message>
    <message>
        <source>La fiche annuaire du programme (PDF ou JSON).</source>
        <translation>La fiche annuaire du programme (PDF ou JSON).</translation>
    </message>
    <message>
        <source>Le courrier de notification d'un changement à l'ARS (PDF).</source>
        <translation>Le courrier de notification d'un changement à l'ARS (PDF).</translation>
    </message>
    <message>
        <source>Rapport d'auto-évaluation annuelle ou d'évaluation quadriennale (--four-year).</source>
        <translation>Rapport d'auto-évaluation annuelle ou d'évaluation quadriennale (--four-year).</translation>
    </message>
    <message>
        <source>Les patients et leurs parcours en CSV (sans identités par défaut).</source>
        <translation>Les patients et leurs parcours en CSV (sans identités par défaut).</translation>
    </message>
    <message>
        <source>La synthèse au médecin traitant d'un patient (PDF).</source>
        <translation>La synthèse au médecin traitant d'un patient (PDF).</translation>
    </message>
    <message>
        <source>Patients et parcours d'un CSV au format de l'export (lignes refusées signalées).</source>
        <translation>Patients et parcours d'un CSV au format de l'export (lignes refusées signalées).</translation>
    </message>
    <message>
        <source>quel type de données ?</source>
        <translation>quel type de données ?</translation>
    </message>
    <message>
        <source>type inconnu « %1 ».</source>
        <translation>type inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Usage : kitetp import TYPE FICHIER SOURCE [OPTIONS]</source>
        <translation>Usage : kitetp import TYPE FICHIER SOURCE [OPTIONS]</translation>
    </message>
    <message>
        <source>Le fichier à écrire.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>indiquez le fichier à écrire avec -o SORTIE.</source>
        <translation>indiquez le fichier à écrire avec -o SORTIE.</translation>
    </message>
    <message>
        <source>Affiche la vérification de complétude du dossier de déclaration. Code de sortie 0 seulement si rien ne manque.</source>
        <translation>Affiche la vérification de complétude du dossier de déclaration. Code de sortie 0 seulement si rien ne manque.</translation>
    </message>
    <message>
        <source>Le fichier .etp.</source>
        <translation>Le fichier .etp.</translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation><numerusform>%n élément manquant</numerusform><numerusform>%n éléments manquants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) à vérifier auprès de votre ARS</source>
        <translation><numerusform>%n point à vérifier auprès de votre ARS</numerusform><numerusform>%n points à vérifier auprès de votre ARS</numerusform></translation>
    </message>
    <message>
        <source>Écrit : %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Le changement : coordinator, objectives ou funding.</source>
        <translation>Le changement : coordinator, objectives ou funding.</translation>
    </message>
    <message>
        <source>Précisions ajoutées au courrier.</source>
        <translation>Précisions ajoutées au courrier.</translation>
    </message>
    <message>
        <source>--change attend coordinator, objectives ou funding (reçu « %1 »).</source>
        <translation>--change attend coordinator, objectives ou funding (reçu « %1 »).</translation>
    </message>
    <message>
        <source>--%1 attend une année entre %2 et %3 (reçu « %4 »).</source>
        <translation>--%1 attend une année entre %2 et %3 (reçu « %4 »).</translation>
    </message>
    <message>
        <source>--from et --to vont ensemble : donnez les deux dates de la période.</source>
        <translation>--from et --to vont ensemble : donnez les deux dates de la période.</translation>
    </message>
    <message>
        <source>Calcule les indicateurs d'évaluation d'une période (aucune identité de patient).</source>
        <translation>Calcule les indicateurs d'évaluation d'une période (aucune identité de patient).</translation>
    </message>
    <message>
        <source>Début d'une période libre (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to.</source>
        <translation>Début d'une période libre (AAAA-MM-JJ ou JJ/MM/AAAA), avec --to.</translation>
    </message>
    <message>
        <source>Fin de la période libre (incluse).</source>
        <translation>Fin de la période libre (incluse).</translation>
    </message>
    <message>
        <source>Rapport sur une période libre : début (avec --to).</source>
        <translation>Rapport sur une période libre : début (avec --to).</translation>
    </message>
    <message>
        <source>--four-year se donne avec --to ANNEE seulement.</source>
        <translation>--four-year se donne avec --to ANNEE seulement.</translation>
    </message>
    <message numerus="yes">
        <source>Rapport écrit : %1 (%n page(s))</source>
        <translation><numerusform>Rapport écrit : %1 (%n page)</numerusform><numerusform>Rapport écrit : %1 (%n pages)</numerusform></translation>
    </message>
    <message>
        <source>Le code de la séance (par exemple C1S2).</source>
        <translation>Le code de la séance (par exemple C1S2).</translation>
    </message>
    <message>
        <source>aucune séance de code « %1 » dans ce programme.</source>
        <translation>aucune séance de code « %1 » dans ce programme.</translation>
    </message>
    <message numerus="yes">
        <source>PDF écrit : %1 (%n page(s))</source>
        <translation><numerusform>PDF écrit : %1 (%n page)</numerusform><numerusform>PDF écrit : %1 (%n pages)</numerusform></translation>
    </message>
    <message>
        <source>Le code du conducteur (par exemple C1).</source>
        <translation>Le code du conducteur (par exemple C1).</translation>
    </message>
    <message>
        <source>indiquez soit --conducteur CODE, soit --seance CODE.</source>
        <translation>indiquez soit --conducteur CODE, soit --seance CODE.</translation>
    </message>
    <message>
        <source>aucun conducteur de code « %1 » dans ce programme.</source>
        <translation>aucun conducteur de code « %1 » dans ce programme.</translation>
    </message>
    <message>
        <source>indiquez la séance avec --seance CODE.</source>
        <translation>indiquez la séance avec --seance CODE.</translation>
    </message>
    <message>
        <source>La date de la séance (JJ/MM/AAAA ou AAAA-MM-JJ).</source>
        <translation>La date de la séance (JJ/MM/AAAA ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Le lieu de la séance.</source>
        <translation>Le lieu de la séance.</translation>
    </message>
    <message>
        <source>Un animateur (option répétable).</source>
        <translation>Un animateur (option répétable).</translation>
    </message>
    <message>
        <source>Un participant, nom ou code (option répétable).</source>
        <translation>Un participant, nom ou code (option répétable).</translation>
    </message>
    <message>
        <source>date invalide « %1 » (attendu : JJ/MM/AAAA).</source>
        <translation>date invalide « %1 » (attendu : JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>N'exporter que ce conducteur (option répétable).</source>
        <translation>N'exporter que ce conducteur (option répétable).</translation>
    </message>
    <message numerus="yes">
        <source>Guides exportés : %1 (%n conducteur(s))</source>
        <translation><numerusform>Guides exportés : %1 (%n conducteur)</numerusform><numerusform>Guides exportés : %1 (%n conducteurs)</numerusform></translation>
    </message>
    <message>
        <source>Remplace les guides du programme au lieu de les compléter.</source>
        <translation>Remplace les guides du programme au lieu de les compléter.</translation>
    </message>
    <message>
        <source>Inclut les identités (nom, prénom, année de naissance, sexe, contact, notes) : le fichier sera lisible par vous seul.</source>
        <translation>Inclut les identités (nom, prénom, année de naissance, sexe, contact, notes) : le fichier sera lisible par vous seul.</translation>
    </message>
    <message>
        <source>Séparateur : ; (par défaut, tableurs français) ou ,</source>
        <translation>Séparateur : ; (par défaut, tableurs français) ou ,</translation>
    </message>
    <message>
        <source>indiquez le fichier CSV à écrire avec -o SORTIE.csv.</source>
        <translation>indiquez le fichier CSV à écrire avec -o SORTIE.csv.</translation>
    </message>
    <message>
        <source>--separator attend ; ou , (reçu « %1 »).</source>
        <translation>--separator attend ; ou , (reçu « %1 »).</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exporté(s) dans %1</source>
        <translation><numerusform>%n patient exporté dans %1</numerusform><numerusform>%n patients exportés dans %1</numerusform></translation>
    </message>
    <message>
        <source>(avec identités : fichier personnel)</source>
        <translation>(avec identités : fichier personnel)</translation>
    </message>
    <message>
        <source>Le fichier CSV à lire.</source>
        <translation>Le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>rien n'a été importé : %1</source>
        <translation>rien n'a été importé : %1</translation>
    </message>
    <message>
        <source>ligne %1 refusée : %2</source>
        <translation>ligne %1 refusée : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) importé(s)</source>
        <translation><numerusform>%n patient importé</numerusform><numerusform>%n patients importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s)</source>
        <translation><numerusform>%n ligne refusée</numerusform><numerusform>%n lignes refusées</numerusform></translation>
    </message>
    <message>
        <source>Le code du patient.</source>
        <translation>Le code du patient.</translation>
    </message>
    <message>
        <source>indiquez --patient CODE et -o SORTIE.pdf.</source>
        <translation>indiquez --patient CODE et -o SORTIE.pdf.</translation>
    </message>
    <message>
        <source>aucun patient de code « %1 ».</source>
        <translation>aucun patient de code « %1 ».</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant — %1</source>
        <translation>Synthèse au médecin traitant — %1</translation>
    </message>
    <message>
        <source>Synthèse écrite : %1</source>
        <translation>Synthèse écrite : %1</translation>
    </message>
    <message>
        <source>Pièces :</source>
        <translation>Pièces :</translation>
    </message>
    <message>
        <source> (avec --member)</source>
        <translation> (avec --member)</translation>
    </message>
    <message>
        <source>aucun membre de l'équipe ne s'appelle ou n'a le numéro « %1 ».</source>
        <translation>aucun membre de l'équipe ne s'appelle ou n'a le numéro « %1 ».</translation>
    </message>
    <message>
        <source>plusieurs membres de l'équipe s'appellent « %1 » : donnez son numéro.</source>
        <translation>plusieurs membres de l'équipe s'appellent « %1 » : donnez son numéro.</translation>
    </message>
    <message>
        <source>Joint une pièce au programme (PDF, PNG ou JPEG, 20 Mo au plus) ; le dossier de déclaration l'insère en annexe.</source>
        <translation>Joint une pièce au programme (PDF, PNG ou JPEG, 20 Mo au plus) ; le dossier de déclaration l'insère en annexe.</translation>
    </message>
    <message>
        <source>Le type de pièce (voir la liste).</source>
        <translation>Le type de pièce (voir la liste).</translation>
    </message>
    <message>
        <source>Le fichier à joindre.</source>
        <translation>Le fichier à joindre.</translation>
    </message>
    <message>
        <source>Le membre de l'équipe (numéro ou nom) d'une attestation ou d'une charte.</source>
        <translation>Le membre de l'équipe (numéro ou nom) d'une attestation ou d'une charte.</translation>
    </message>
    <message>
        <source>Le titre de la pièce dans le dossier.</source>
        <translation>Le titre de la pièce dans le dossier.</translation>
    </message>
    <message>
        <source>pièce inconnue « %1 » (kitetp attach --help donne la liste).</source>
        <translation>pièce inconnue « %1 » (kitetp attach --help donne la liste).</translation>
    </message>
    <message>
        <source>Pièce jointe : %1 — %2 (numéro %3 pour kitetp detach)</source>
        <translation>Pièce jointe : %1 — %2 (numéro %3 pour kitetp detach)</translation>
    </message>
    <message>
        <source>Liste les pièces jointes au programme.</source>
        <translation>Liste les pièces jointes au programme.</translation>
    </message>
    <message numerus="yes">
        <source>%n pièce(s) jointe(s)</source>
        <translation><numerusform>%n pièce jointe</numerusform><numerusform>%n pièces jointes</numerusform></translation>
    </message>
    <message>
        <source>Retire une pièce jointe (son numéro est donné par kitetp attachments).</source>
        <translation>Retire une pièce jointe (son numéro est donné par kitetp attachments).</translation>
    </message>
    <message>
        <source>Le numéro de la pièce.</source>
        <translation>Le numéro de la pièce.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un numéro de pièce.</source>
        <translation>« %1 » n'est pas un numéro de pièce.</translation>
    </message>
    <message>
        <source>Pièce n° %1 retirée.</source>
        <translation>Pièce n° %1 retirée.</translation>
    </message>
    <message>
        <source>Joint une pièce au programme (attestation, charte signée, grille du BEP...).</source>
        <translation>Joint une pièce au programme (attestation, charte signée, grille du BEP...).</translation>
    </message>
    <message>
        <source>Retire une pièce jointe.</source>
        <translation>Retire une pièce jointe.</translation>
    </message>
    <message>
        <source>La vérification de complétude, document interne de l'équipe (PDF).</source>
        <translation>La vérification de complétude, document interne de l'équipe (PDF).</translation>
    </message>
    <message>
        <source>Le courrier déclarant l'arrêt du programme à l'ARS (PDF).</source>
        <translation>Le courrier déclarant l'arrêt du programme à l'ARS (PDF).</translation>
    </message>
    <message>
        <source>Les pièces à déposer sur le service en ligne, un PDF par pièce, et les réponses (-o DOSSIER).</source>
        <translation>Les pièces à déposer sur le service en ligne, un PDF par pièce, et les réponses (-o DOSSIER).</translation>
    </message>
    <message>
        <source>Les indicateurs d'une période en CSV pour tableur (« ; », virgule décimale).</source>
        <translation>Les indicateurs d'une période en CSV pour tableur (« ; », virgule décimale).</translation>
    </message>
    <message>
        <source>La date de l'arrêt (AAAA-MM-JJ ou JJ/MM/AAAA).</source>
        <translation>La date de l'arrêt (AAAA-MM-JJ ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une date plausible.</source>
        <translation>« %1 » n'est pas une date plausible.</translation>
    </message>
    <message>
        <source>aucune date d'arrêt n'est enregistrée : donnez-la avec --stop DATE.</source>
        <translation>aucune date d'arrêt n'est enregistrée : donnez-la avec --stop DATE.</translation>
    </message>
    <message>
        <source>Ce qui change : l'ancien coordonnateur, les anciens objectifs ou l'ancien financement.</source>
        <translation>Ce qui change : l'ancien coordonnateur, les anciens objectifs ou l'ancien financement.</translation>
    </message>
    <message>
        <source>--year ne se combine pas avec --from et --to.</source>
        <translation>--year ne se combine pas avec --from et --to.</translation>
    </message>
    <message>
        <source>Années civiles plutôt que les années du programme (comptées depuis la prise d'effet de la déclaration).</source>
        <translation>Années civiles plutôt que les années du programme (comptées depuis la prise d'effet de la déclaration).</translation>
    </message>
    <message>
        <source>L'année du programme qui commence cette année-là (ou l'année civile avec --calendar) ; par défaut celle qui contient aujourd'hui.</source>
        <translation>L'année du programme qui commence cette année-là (ou l'année civile avec --calendar) ; par défaut celle qui contient aujourd'hui.</translation>
    </message>
    <message>
        <source>Fin de la période libre ; avec --four-year, l'année où commence la dernière des quatre années.</source>
        <translation>Fin de la période libre ; avec --four-year, l'année où commence la dernière des quatre années.</translation>
    </message>
    <message>
        <source>Rapport d'évaluation quadriennale (quatre années jusqu'à --to, jamais avant le début du programme).</source>
        <translation>Rapport d'évaluation quadriennale (quatre années jusqu'à --to, jamais avant le début du programme).</translation>
    </message>
    <message>
        <source>La période demandée (%1) précède le début du programme (%2).</source>
        <translation>La période demandée (%1) précède le début du programme (%2).</translation>
    </message>
    <message>
        <source>Période couverte : du %1 au %2%3.</source>
        <translation>Période couverte : du %1 au %2%3.</translation>
    </message>
    <message>
        <source> (en cours : rapport partiel)</source>
        <translation> (en cours : rapport partiel)</translation>
    </message>
    <message>
        <source>Indicateurs écrits : %1 — %2</source>
        <translation>Indicateurs écrits : %1 — %2</translation>
    </message>
    <message>
        <source>Sans identités, garde les médecins (adresseur, traitant et son adresse) et les dates exactes ; sinon ils sont omis et les dates données au mois (MM/AAAA).</source>
        <translation>Sans identités, garde les médecins (adresseur, traitant et son adresse) et les dates exactes ; sinon ils sont omis et les dates données au mois (MM/AAAA).</translation>
    </message>
    <message>
        <source>(pseudonyme avec médecins et dates exactes : fichier personnel)</source>
        <translation>(pseudonyme avec médecins et dates exactes : fichier personnel)</translation>
    </message>
    <message>
        <source>(pseudonyme, dates au mois : fichier personnel)</source>
        <translation>(pseudonyme, dates au mois : fichier personnel)</translation>
    </message>
    <message>
        <source>Prépare la télédéclaration : écrit dans DOSSIER le dossier de déclaration, un PDF par pièce jointe (nommé d'après la pièce) et les réponses au formulaire en ligne dans l'ordre de ses rubriques (reponses-teledeclaration.md).</source>
        <translation>Prépare la télédéclaration : écrit dans DOSSIER le dossier de déclaration, un PDF par pièce jointe (nommé d'après la pièce) et les réponses au formulaire en ligne dans l'ordre de ses rubriques (reponses-teledeclaration.md).</translation>
    </message>
    <message>
        <source>Le dossier où écrire les pièces.</source>
        <translation>Le dossier où écrire les pièces.</translation>
    </message>
    <message>
        <source>indiquez le dossier où écrire avec -o DOSSIER.</source>
        <translation>indiquez le dossier où écrire avec -o DOSSIER.</translation>
    </message>
    <message>
        <source>Programme mis en œuvre dans plusieurs régions : l'ARS à qui ce dossier est adressé (celle du dossier ou l'une des autres régions) ; le dossier liste les autres.</source>
        <translation>Programme mis en œuvre dans plusieurs régions : l'ARS à qui ce dossier est adressé (celle du dossier ou l'une des autres régions) ; le dossier liste les autres.</translation>
    </message>
    <message>
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>« %1 » n'est ni l'ARS du dossier ni l'une des autres régions du programme (%2).</source>
        <translation>« %1 » n'est ni l'ARS du dossier ni l'une des autres régions du programme (%2).</translation>
    </message>
    <message>
        <source>aucune n'est renseignée</source>
        <translation>aucune n'est renseignée</translation>
    </message>
    <message>
        <source>PIECE</source>
        <translation>PIECE</translation>
    </message>
    <message>
        <source>CHEMIN</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>MEMBRE</source>
        <translation>MEMBRE</translation>
    </message>
    <message>
        <source>NUMERO</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>SORTIE</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>CHANGEMENT</source>
        <translation>CHANGEMENT</translation>
    </message>
    <message>
        <source>TEXTE</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
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
        <translation>LIEU</translation>
    </message>
    <message>
        <source>NOM</source>
        <translation>NOM</translation>
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
        <translation>ENTREE</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>commande inconnue « %1 » — voulez-vous dire « %2 » ?</source>
        <translation>commande inconnue « %1 » — voulez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>type inconnu « %1 » — voulez-vous dire « %2 » ?</source>
        <translation>type inconnu « %1 » — voulez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>langue inconnue « %1 » (disponibles : %2).</source>
        <translation>langue inconnue « %1 » (disponibles : %2).</translation>
    </message>
    <message>
        <source>« %1 » n'existe pas : ce n'est ni un fichier à ouvrir ni une commande (kitetp --help ; kitetp new %1 pour le créer).</source>
        <translation>« %1 » n'existe pas : ce n'est ni un fichier à ouvrir ni une commande (kitetp --help ; kitetp new %1 pour le créer).</translation>
    </message>
    <message>
        <source>-o - : ce format s'écrit dans un fichier ou un dossier, pas sur la sortie standard ; donnez un nom.</source>
        <translation>-o - : ce format s'écrit dans un fichier ou un dossier, pas sur la sortie standard ; donnez un nom.</translation>
    </message>
    <message>
        <source>-o - : impossible de créer un dossier temporaire : %1</source>
        <translation>-o - : impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>(sortie standard)</source>
        <translation>(sortie standard)</translation>
    </message>
    <message>
        <source>écriture sur la sortie standard impossible (%1).</source>
        <translation>écriture sur la sortie standard impossible (%1).</translation>
    </message>
    <message>
        <source>-o - : rien n'a été écrit (%1).</source>
        <translation>-o - : rien n'a été écrit (%1).</translation>
    </message>
    <message>
        <source>-o - : la sortie standard est fermée.</source>
        <translation>-o - : la sortie standard est fermée.</translation>
    </message>
    <message>
        <source>-o - : écriture sur la sortie standard impossible (%1).</source>
        <translation>-o - : écriture sur la sortie standard impossible (%1).</translation>
    </message>
    <message>
        <source>Exporte le dossier de déclaration à l'ARS en PDF (seulement), pièces jointes insérées en annexe.</source>
        <translation>Exporte le dossier de déclaration à l'ARS en PDF (seulement), pièces jointes insérées en annexe.</translation>
    </message>
    <message>
        <source>Exporte la vérification de complétude en PDF (ou ODT) : document de travail de l'équipe, à ne pas joindre au dossier.</source>
        <translation>Exporte la vérification de complétude en PDF (ou ODT) : document de travail de l'équipe, à ne pas joindre au dossier.</translation>
    </message>
    <message>
        <source>Exporte le courrier déclarant l'arrêt du programme à l'ARS (PDF, ou ODT si SORTIE finit par .odt), à envoyer dans les trois mois suivant l'arrêt. La date d'arrêt est celle enregistrée, ou --stop.</source>
        <translation>Exporte le courrier déclarant l'arrêt du programme à l'ARS (PDF, ou ODT si SORTIE finit par .odt), à envoyer dans les trois mois suivant l'arrêt. La date d'arrêt est celle enregistrée, ou --stop.</translation>
    </message>
    <message>
        <source>Exporte la notice d'une page pour les professionnels adresseurs (PDF, ou ODT si SORTIE finit par .odt).</source>
        <translation>Exporte la notice d'une page pour les professionnels adresseurs (PDF, ou ODT si SORTIE finit par .odt).</translation>
    </message>
    <message>
        <source>Exporte la fiche annuaire du programme : PDF, ODT si SORTIE finit par .odt, JSON si elle finit par .json.</source>
        <translation>Exporte la fiche annuaire du programme : PDF, ODT si SORTIE finit par .odt, JSON si elle finit par .json.</translation>
    </message>
    <message>
        <source>la sortie doit finir par .pdf, .odt ou .json (reçu « %1 »).</source>
        <translation>la sortie doit finir par .pdf, .odt ou .json (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Exporte le courrier de notification d'un changement à l'ARS (PDF, ou ODT si SORTIE finit par .odt). Le changement n'est pas enregistré dans le fichier : faites-le depuis la fenêtre.</source>
        <translation>Exporte le courrier de notification d'un changement à l'ARS (PDF, ou ODT si SORTIE finit par .odt). Le changement n'est pas enregistré dans le fichier : faites-le depuis la fenêtre.</translation>
    </message>
    <message>
        <source>text (par défaut), json, csv (tableur français : « ; », virgule décimale, BOM) ou csv-machine (« , », point décimal, dates ISO, pour les scripts) ; voir docs/indicators.md.</source>
        <translation>text (par défaut), json, csv (tableur français : « ; », virgule décimale, BOM) ou csv-machine (« , », point décimal, dates ISO, pour les scripts) ; voir docs/indicators.md.</translation>
    </message>
    <message>
        <source>un classeur XLSX s'écrit dans un fichier : kitetp export indicators FICHIER -o SORTIE.xlsx.</source>
        <translation>un classeur XLSX s'écrit dans un fichier : kitetp export indicators FICHIER -o SORTIE.xlsx.</translation>
    </message>
    <message>
        <source>format inconnu « %1 » (text, json, csv ou csv-machine).</source>
        <translation>format inconnu « %1 » (text, json, csv ou csv-machine).</translation>
    </message>
    <message>
        <source>Rapport d'auto-évaluation annuelle (ou d'évaluation quadriennale) en PDF, ou en ODT si SORTIE finit par .odt.</source>
        <translation>Rapport d'auto-évaluation annuelle (ou d'évaluation quadriennale) en PDF, ou en ODT si SORTIE finit par .odt.</translation>
    </message>
    <message>
        <source>Rapport écrit : %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message>
        <source>Les indicateurs d'une période dans un tableau : CSV pour tableur français (« ; », virgule décimale, UTF-8 avec BOM, dates JJ/MM/AAAA), classeur XLSX (SORTIE en .xlsx), csv-machine ou json pour les scripts. Aucune identité de patient.</source>
        <translation>Les indicateurs d'une période dans un tableau : CSV pour tableur français (« ; », virgule décimale, UTF-8 avec BOM, dates JJ/MM/AAAA), classeur XLSX (SORTIE en .xlsx), csv-machine ou json pour les scripts. Aucune identité de patient.</translation>
    </message>
    <message>
        <source>csv (par défaut), csv-machine, json ou xlsx ; xlsx ou json aussi quand SORTIE finit par .xlsx ou .json.</source>
        <translation>csv (par défaut), csv-machine, json ou xlsx ; xlsx ou json aussi quand SORTIE finit par .xlsx ou .json.</translation>
    </message>
    <message>
        <source>format inconnu « %1 » (csv, csv-machine, json ou xlsx).</source>
        <translation>format inconnu « %1 » (csv, csv-machine, json ou xlsx).</translation>
    </message>
    <message>
        <source>Écrit le guide d'animation d'un conducteur ou d'une séance en PDF (ou en ODT si SORTIE finit par .odt).</source>
        <translation>Écrit le guide d'animation d'un conducteur ou d'une séance en PDF (ou en ODT si SORTIE finit par .odt).</translation>
    </message>
    <message>
        <source>Écrit la fiche patient d'une séance en PDF (ou en ODT si SORTIE finit par .odt).</source>
        <translation>Écrit la fiche patient d'une séance en PDF (ou en ODT si SORTIE finit par .odt).</translation>
    </message>
    <message>
        <source>Écrit la feuille d'émargement d'une séance en PDF (ou en ODT si SORTIE finit par .odt).</source>
        <translation>Écrit la feuille d'émargement d'une séance en PDF (ou en ODT si SORTIE finit par .odt).</translation>
    </message>
    <message>
        <source>Exporte les patients et leurs parcours en CSV pour tableur français (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA, en-têtes en français) ou en XLSX, sans leur identité sauf --with-identities.</source>
        <translation>Exporte les patients et leurs parcours en CSV pour tableur français (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA, en-têtes en français) ou en XLSX, sans leur identité sauf --with-identities.</translation>
    </message>
    <message>
        <source>Le fichier CSV ou XLSX à écrire (- : la sortie standard, en CSV).</source>
        <translation>Le fichier CSV ou XLSX à écrire (- : la sortie standard, en CSV).</translation>
    </message>
    <message>
        <source>csv (par défaut) ou xlsx (classeur, dates et nombres typés) ; xlsx aussi quand SORTIE finit par .xlsx.</source>
        <translation>csv (par défaut) ou xlsx (classeur, dates et nombres typés) ; xlsx aussi quand SORTIE finit par .xlsx.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>En-têtes en noms de colonnes pour les scripts (consentement_entree) plutôt qu'en libellés français (« Consentement d'entrée »).</source>
        <translation>En-têtes en noms de colonnes pour les scripts (consentement_entree) plutôt qu'en libellés français (« Consentement d'entrée »).</translation>
    </message>
    <message>
        <source>format inconnu « %1 » (csv ou xlsx).</source>
        <translation>format inconnu « %1 » (csv ou xlsx).</translation>
    </message>
    <message>
        <source>Importe des patients depuis un CSV au format de l'export (UTF-8 ou Windows-1252, « ; », « , » ou tabulation). Les lignes refusées sont signalées ; rien n'est importé si une ligne est refusée, sauf --skip-invalid.</source>
        <translation>Importe des patients depuis un CSV au format de l'export (UTF-8 ou Windows-1252, « ; », « , » ou tabulation). Les lignes refusées sont signalées ; rien n'est importé si une ligne est refusée, sauf --skip-invalid.</translation>
    </message>
    <message>
        <source>Importe les lignes valides même si d'autres sont refusées.</source>
        <translation>Importe les lignes valides même si d'autres sont refusées.</translation>
    </message>
    <message numerus="yes">
        <source>rien n'a été importé : %n ligne(s) refusée(s) ; --skip-invalid importe les %1 ligne(s) valide(s).</source>
        <translation><numerusform>rien n'a été importé : %n ligne refusée ; --skip-invalid importe les %1 ligne valide.</numerusform><numerusform>rien n'a été importé : %n lignes refusées ; --skip-invalid importe les %1 lignes valides.</numerusform></translation>
    </message>
    <message>
        <source>Écrit la synthèse au médecin traitant d'un patient (PDF personnel, ou ODT si SORTIE finit par .odt).</source>
        <translation>Écrit la synthèse au médecin traitant d'un patient (PDF personnel, ou ODT si SORTIE finit par .odt).</translation>
    </message>
    <message>
        <source>Le PDF (ou l'ODT) à écrire.</source>
        <translation>Le PDF (ou l'ODT) à écrire.</translation>
    </message>
    <message>
        <source>ODT écrit : %1</source>
        <translation>ODT écrit : %1</translation>
    </message>
    <message>
        <source>ce document n'existe qu'en PDF : donnez une sortie en .pdf (reçu « %1 »).</source>
        <translation>ce document n'existe qu'en PDF : donnez une sortie en .pdf (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Ajoute un support pédagogique (fichier ou lien vidéo) à une séance.</source>
        <translation>Ajoute un support pédagogique (fichier ou lien vidéo) à une séance.</translation>
    </message>
    <message>
        <source>Liste les supports pédagogiques des séances.</source>
        <translation>Liste les supports pédagogiques des séances.</translation>
    </message>
    <message>
        <source>Liste les paquets de guides envoyés ; note le destinataire et la réponse (--id N).</source>
        <translation>Liste les paquets de guides envoyés ; note le destinataire et la réponse (--id N).</translation>
    </message>
    <message>
        <source>L'annuaire régional des programmes : new, add, export (kitetp directory --help).</source>
        <translation>L'annuaire régional des programmes : new, add, export (kitetp directory --help).</translation>
    </message>
    <message>
        <source>Quiz d'une séance : fiche patient, ou corrigé de l'animateur avec --key (PDF).</source>
        <translation>Quiz d'une séance : fiche patient, ou corrigé de l'animateur avec --key (PDF).</translation>
    </message>
    <message>
        <source>Guides du programme en fichier d'échange (JSON) ou en paquet avec leurs supports (.etpkit).</source>
        <translation>Guides du programme en fichier d'échange (JSON) ou en paquet avec leurs supports (.etpkit).</translation>
    </message>
    <message>
        <source>Guides d'un fichier d'échange JSON ou d'un paquet .etpkit (--replace pour remplacer).</source>
        <translation>Guides d'un fichier d'échange JSON ou d'un paquet .etpkit (--replace pour remplacer).</translation>
    </message>
    <message>
        <source>ANNUAIRE</source>
        <translation>ANNUAIRE</translation>
    </message>
    <message>
        <source>Le fichier d'annuaire (.etpannuaire).</source>
        <translation>Le fichier d'annuaire (.etpannuaire).</translation>
    </message>
    <message>
        <source>Crée un annuaire régional des programmes, vide.</source>
        <translation>Crée un annuaire régional des programmes, vide.</translation>
    </message>
    <message>
        <source>Titre de l'annuaire (imprimé en couverture).</source>
        <translation>Titre de l'annuaire (imprimé en couverture).</translation>
    </message>
    <message>
        <source>le titre est trop long (300 caractères au plus).</source>
        <translation>le titre est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>Annuaire créé : %1</source>
        <translation>Annuaire créé : %1</translation>
    </message>
    <message>
        <source>Ajoute à l'annuaire des fiches annuaire (le JSON de « kitetp export card »), ou les fichiers .json d'un dossier. Une fiche plus récente d'un programme déjà présent le remplace ; l'ancienne reste dans son historique. Si une fiche est refusée, rien n'est ajouté.</source>
        <translation>Ajoute à l'annuaire des fiches annuaire (le JSON de « kitetp export card »), ou les fichiers .json d'un dossier. Une fiche plus récente d'un programme déjà présent le remplace ; l'ancienne reste dans son historique. Si une fiche est refusée, rien n'est ajouté.</translation>
    </message>
    <message>
        <source>FICHE</source>
        <translation>FICHE</translation>
    </message>
    <message>
        <source>Fiches (.json) ou dossiers de fiches.</source>
        <translation>Fiches (.json) ou dossiers de fiches.</translation>
    </message>
    <message>
        <source>FICHE...</source>
        <translation>FICHE...</translation>
    </message>
    <message>
        <source>rien n'a été ajouté à l'annuaire.</source>
        <translation>rien n'a été ajouté à l'annuaire.</translation>
    </message>
    <message>
        <source>aucune fiche trouvée : rien n'a été ajouté à l'annuaire.</source>
        <translation>aucune fiche trouvée : rien n'a été ajouté à l'annuaire.</translation>
    </message>
    <message>
        <source>Ajouté : %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>Mis à jour (l'ancienne fiche reste dans l'historique) : %1</source>
        <translation>Mis à jour (l'ancienne fiche reste dans l'historique) : %1</translation>
    </message>
    <message>
        <source>Fiche plus ancienne que celle de l'annuaire, gardée dans l'historique : %1</source>
        <translation>Fiche plus ancienne que celle de l'annuaire, gardée dans l'historique : %1</translation>
    </message>
    <message>
        <source>Déjà dans l'annuaire : %1</source>
        <translation>Déjà dans l'annuaire : %1</translation>
    </message>
    <message>
        <source>Exporte l'annuaire : PDF, ODT si SORTIE finit par .odt, CSV pour le site du réseau si elle finit par .csv (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA).</source>
        <translation>Exporte l'annuaire : PDF, ODT si SORTIE finit par .odt, CSV pour le site du réseau si elle finit par .csv (« ; », UTF-8 avec BOM, dates JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>la sortie doit finir par .pdf, .odt ou .csv (reçu « %1 »).</source>
        <translation>la sortie doit finir par .pdf, .odt ou .csv (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Crée un annuaire vide (.etpannuaire).</source>
        <translation>Crée un annuaire vide (.etpannuaire).</translation>
    </message>
    <message>
        <source>Ajoute des fiches annuaire (JSON) ou un dossier de fiches.</source>
        <translation>Ajoute des fiches annuaire (JSON) ou un dossier de fiches.</translation>
    </message>
    <message>
        <source>Imprime l'annuaire en PDF ou ODT, ou l'exporte en CSV.</source>
        <translation>Imprime l'annuaire en PDF ou ODT, ou l'exporte en CSV.</translation>
    </message>
    <message>
        <source>quelle action sur l'annuaire ?</source>
        <translation>quelle action sur l'annuaire ?</translation>
    </message>
    <message>
        <source>action inconnue « %1 ».</source>
        <translation>action inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Usage : kitetp directory new|add|export ANNUAIRE [OPTIONS]</source>
        <translation>Usage : kitetp directory new|add|export ANNUAIRE [OPTIONS]</translation>
    </message>
    <message>
        <source>Actions :</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>Ajoute après le guide les pages des supports PDF et les images (guide + supports, PDF seulement).</source>
        <translation>Ajoute après le guide les pages des supports PDF et les images (guide + supports, PDF seulement).</translation>
    </message>
    <message numerus="yes">
        <source>PDF écrit : %1 (guide + %n support(s))</source>
        <translation><numerusform>PDF écrit : %1 (guide + %n support)</numerusform><numerusform>PDF écrit : %1 (guide + %n supports)</numerusform></translation>
    </message>
    <message>
        <source>Écrit le quiz d'une séance en PDF (ou en ODT si SORTIE finit par .odt) : la fiche patient sans les réponses, ou le corrigé de l'animateur avec --key.</source>
        <translation>Écrit le quiz d'une séance en PDF (ou en ODT si SORTIE finit par .odt) : la fiche patient sans les réponses, ou le corrigé de l'animateur avec --key.</translation>
    </message>
    <message>
        <source>Le corrigé : les bonnes réponses et leurs explications.</source>
        <translation>Le corrigé : les bonnes réponses et leurs explications.</translation>
    </message>
    <message>
        <source>la séance « %1 » n'a pas de quiz (onglet Quiz de la séance, page Ateliers).</source>
        <translation>la séance « %1 » n'a pas de quiz (onglet Quiz de la séance, page Ateliers).</translation>
    </message>
    <message>
        <source>Exporte les guides (conducteurs et séances) dans un fichier d'échange JSON, ou dans un paquet avec leurs supports si SORTIE finit par .etpkit.</source>
        <translation>Exporte les guides (conducteurs et séances) dans un fichier d'échange JSON, ou dans un paquet avec leurs supports si SORTIE finit par .etpkit.</translation>
    </message>
    <message>
        <source>Le destinataire du paquet, noté dans la liste des envois (paquet .etpkit).</source>
        <translation>Le destinataire du paquet, noté dans la liste des envois (paquet .etpkit).</translation>
    </message>
    <message>
        <source>--recipient ne vaut que pour un paquet (SORTIE en .etpkit).</source>
        <translation>--recipient ne vaut que pour un paquet (SORTIE en .etpkit).</translation>
    </message>
    <message numerus="yes">
        <source>Les fichiers des supports (%n) ne sont pas dans un fichier JSON : exportez un paquet .etpkit pour les envoyer.</source>
        <translation><numerusform>Les fichiers des supports (%n) ne sont pas dans un fichier JSON : exportez un paquet .etpkit pour les envoyer.</numerusform><numerusform>Les fichiers des supports (%n) ne sont pas dans un fichier JSON : exportez un paquet .etpkit pour les envoyer.</numerusform></translation>
    </message>
    <message>
        <source>Paquet écrit : %1 (%2, %3)</source>
        <translation>Paquet écrit : %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n conducteur(s)</source>
        <translation><numerusform>%n conducteur</numerusform><numerusform>%n conducteurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n support(s)</source>
        <translation><numerusform>%n support</numerusform><numerusform>%n supports</numerusform></translation>
    </message>
    <message>
        <source>Importe des guides depuis un fichier d'échange JSON ou un paquet .etpkit dans un programme.</source>
        <translation>Importe des guides depuis un fichier d'échange JSON ou un paquet .etpkit dans un programme.</translation>
    </message>
    <message>
        <source>Le fichier de guides (.json) ou le paquet (.etpkit).</source>
        <translation>Le fichier de guides (.json) ou le paquet (.etpkit).</translation>
    </message>
    <message>
        <source>Types de support :</source>
        <translation>Types de support :</translation>
    </message>
    <message>
        <source>Ajoute un support pédagogique à une séance : un fichier (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX, DOCX, 20 Mo au plus) ou un lien vers une vidéo (--url).</source>
        <translation>Ajoute un support pédagogique à une séance : un fichier (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX, DOCX, 20 Mo au plus) ou un lien vers une vidéo (--url).</translation>
    </message>
    <message>
        <source>SUPPORT</source>
        <translation>SUPPORT</translation>
    </message>
    <message>
        <source>Le fichier du support (sans --url).</source>
        <translation>Le fichier du support (sans --url).</translation>
    </message>
    <message>
        <source>[SUPPORT]</source>
        <translation>[SUPPORT]</translation>
    </message>
    <message>
        <source>Le type de support (voir la liste).</source>
        <translation>Le type de support (voir la liste).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Le titre du support (par défaut le nom du fichier).</source>
        <translation>Le titre du support (par défaut le nom du fichier).</translation>
    </message>
    <message>
        <source>La licence ou la source du support.</source>
        <translation>La licence ou la source du support.</translation>
    </message>
    <message>
        <source>La version du support.</source>
        <translation>La version du support.</translation>
    </message>
    <message>
        <source>Le numéro de l'étape à laquelle le support sert (1, 2...).</source>
        <translation>Le numéro de l'étape à laquelle le support sert (1, 2...).</translation>
    </message>
    <message>
        <source>L'adresse d'une vidéo (type video).</source>
        <translation>L'adresse d'une vidéo (type video).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>indiquez la séance (--seance CODE) et le type de support (--kind TYPE).</source>
        <translation>indiquez la séance (--seance CODE) et le type de support (--kind TYPE).</translation>
    </message>
    <message>
        <source>type de support inconnu « %1 » (kitetp material --help donne la liste).</source>
        <translation>type de support inconnu « %1 » (kitetp material --help donne la liste).</translation>
    </message>
    <message>
        <source>un lien vers une vidéo se donne avec --url URL, tout autre support avec son fichier.</source>
        <translation>un lien vers une vidéo se donne avec --url URL, tout autre support avec son fichier.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un numéro d'étape.</source>
        <translation>« %1 » n'est pas un numéro d'étape.</translation>
    </message>
    <message>
        <source>Support ajouté à %1 : %2 — %3</source>
        <translation>Support ajouté à %1 : %2 — %3</translation>
    </message>
    <message>
        <source>N'afficher que cette séance.</source>
        <translation>N'afficher que cette séance.</translation>
    </message>
    <message>
        <source>Liste les paquets de guides envoyés (kitetp export guides ... -o X.etpkit) ; avec --id, note leur destinataire ou la réponse à « comment les supports ont-ils été utilisés ? ».</source>
        <translation>Liste les paquets de guides envoyés (kitetp export guides ... -o X.etpkit) ; avec --id, note leur destinataire ou la réponse à « comment les supports ont-ils été utilisés ? ».</translation>
    </message>
    <message>
        <source>Le numéro de l'envoi à modifier.</source>
        <translation>Le numéro de l'envoi à modifier.</translation>
    </message>
    <message>
        <source>Le destinataire du paquet.</source>
        <translation>Le destinataire du paquet.</translation>
    </message>
    <message>
        <source>Comment les supports ont été utilisés (la réponse du destinataire).</source>
        <translation>Comment les supports ont été utilisés (la réponse du destinataire).</translation>
    </message>
    <message>
        <source>indiquez l'envoi à modifier avec --id N.</source>
        <translation>indiquez l'envoi à modifier avec --id N.</translation>
    </message>
    <message>
        <source>aucun envoi n'a le numéro « %1 ».</source>
        <translation>aucun envoi n'a le numéro « %1 ».</translation>
    </message>
    <message>
        <source>Envoi %1 mis à jour.</source>
        <translation>Envoi %1 mis à jour.</translation>
    </message>
    <message>
        <source>réponse du %1 : %2</source>
        <translation>réponse du %1 : %2</translation>
    </message>
    <message>
        <source>à demander le %1</source>
        <translation>à demander le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n envoi(s)</source>
        <translation><numerusform>%n envoi</numerusform><numerusform>%n envois</numerusform></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message numerus="yes">
        <source>une cellule dépasse %n caractère(s)</source>
        <translation><numerusform>une cellule dépasse %n caractère</numerusform><numerusform>une cellule dépasse %n caractères</numerusform></translation>
    </message>
    <message>
        <source>Guillemet non refermé à partir de la ligne %1 : le fichier est incomplet ou abîmé.</source>
        <translation>Guillemet non refermé à partir de la ligne %1 : le fichier est incomplet ou abîmé.</translation>
    </message>
    <message>
        <source>Le fichier dépasse %1 Mo.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>Le fichier mélange deux encodages (UTF-8 puis un autre) : enregistrez-le en « CSV UTF-8 ».</source>
        <translation>Le fichier mélange deux encodages (UTF-8 puis un autre) : enregistrez-le en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>Le fichier n'est pas en UTF-8 et ce système ne sait pas lire le Windows-1252 : enregistrez-le en « CSV UTF-8 ».</source>
        <translation>Le fichier n'est pas en UTF-8 et ce système ne sait pas lire le Windows-1252 : enregistrez-le en « CSV UTF-8 ».</translation>
    </message>
</context>
<context>
    <name>Declaration</name>
    <message>
        <source>La source de financement est obligatoire.</source>
        <translation>La source de financement est obligatoire.</translation>
    </message>
    <message>
        <source>Le texte du financement est trop long.</source>
        <translation>Le texte du financement est trop long.</translation>
    </message>
    <message>
        <source>Le montant doit être positif et plausible.</source>
        <translation>Le montant doit être positif et plausible.</translation>
    </message>
    <message>
        <source>L'année %1 n'est pas plausible.</source>
        <translation>L'année %1 n'est pas plausible.</translation>
    </message>
    <message>
        <source>La date n'est pas plausible (attendu : entre %1 et %2).</source>
        <translation>La date n'est pas plausible (attendu : entre %1 et %2).</translation>
    </message>
    <message>
        <source>Précisez le changement notifié (coordonnateur, objectifs ou financement).</source>
        <translation>Précisez le changement notifié (coordonnateur, objectifs ou financement).</translation>
    </message>
    <message>
        <source>La note est trop longue.</source>
        <translation>La note est trop longue.</translation>
    </message>
    <message>
        <source>Dossier envoyé à l'ARS</source>
        <translation>Dossier envoyé à l'ARS</translation>
    </message>
    <message>
        <source>Liste de pièces manquantes reçue</source>
        <translation>Liste de pièces manquantes reçue</translation>
    </message>
    <message>
        <source>Compléments envoyés</source>
        <translation>Compléments envoyés</translation>
    </message>
    <message>
        <source>Accusé de réception du dossier complet</source>
        <translation>Accusé de réception du dossier complet</translation>
    </message>
    <message>
        <source>Changement notifié</source>
        <translation>Changement notifié</translation>
    </message>
    <message>
        <source>changement de coordonnateur</source>
        <translation>changement de coordonnateur</translation>
    </message>
    <message>
        <source>changement d'objectifs</source>
        <translation>changement d'objectifs</translation>
    </message>
    <message>
        <source>changement de source de financement</source>
        <translation>changement de source de financement</translation>
    </message>
    <message>
        <source>Arrêt du programme</source>
        <translation>Arrêt du programme</translation>
    </message>
</context>
<context>
    <name>DeclarationChecklist</name>
    <message>
        <source>Non renseigné.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>conforme</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>manquant</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>À vérifier auprès de votre ARS.</source>
        <translation>À vérifier auprès de votre ARS.</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Implication des patients</source>
        <translation>Implication des patients</translation>
    </message>
    <message>
        <source>Répondez oui ou non.</source>
        <translation>Répondez oui ou non.</translation>
    </message>
    <message>
        <source>Les patients intervenants doivent justifier des mêmes compétences (40 h).</source>
        <translation>Les patients intervenants doivent justifier des mêmes compétences (40 h).</translation>
    </message>
    <message>
        <source>L'association partenaire est agréée</source>
        <translation>L'association partenaire est agréée</translation>
    </message>
    <message>
        <source>Kit ETP ne peut pas le vérifier : joignez l'agrément de l'association.</source>
        <translation>Kit ETP ne peut pas le vérifier : joignez l'agrément de l'association.</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation>Parcours du patient</translation>
    </message>
    <message>
        <source>Les séances sont décrites (ateliers)</source>
        <translation>Les séances sont décrites (ateliers)</translation>
    </message>
    <message>
        <source>Aucune séance dans les ateliers.</source>
        <translation>Aucune séance dans les ateliers.</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) prête(s), %1 en brouillon.</source>
        <translation><numerusform>%n séance prête, %1 en brouillon.</numerusform><numerusform>%n séances prêtes, %1 en brouillon.</numerusform></translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Le médecin traitant doit être informé, avec l'accord du patient.</source>
        <translation>Le médecin traitant doit être informé, avec l'accord du patient.</translation>
    </message>
    <message>
        <source>Information, consentement et confidentialité</source>
        <translation>Information, consentement et confidentialité</translation>
    </message>
    <message>
        <source>Le patient doit pouvoir sortir du programme à tout moment sans conséquence sur sa prise en charge.</source>
        <translation>Le patient doit pouvoir sortir du programme à tout moment sans conséquence sur sa prise en charge.</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Les sources de financement prévues sont indiquées</source>
        <translation>Les sources de financement prévues sont indiquées</translation>
    </message>
    <message>
        <source>Aucune source de financement.</source>
        <translation>Aucune source de financement.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation><numerusform>%n source.</numerusform><numerusform>%n sources.</numerusform></translation>
    </message>
    <message>
        <source>Déclarations et signatures</source>
        <translation>Déclarations et signatures</translation>
    </message>
    <message>
        <source>Certaines ARS la demandent.</source>
        <translation>Certaines ARS la demandent.</translation>
    </message>
    <message>
        <source>Le dossier suit le modèle de votre ARS</source>
        <translation>Le dossier suit le modèle de votre ARS</translation>
    </message>
    <message>
        <source>À décrire s'il existe des actions d'accompagnement.</source>
        <translation>À décrire s'il existe des actions d'accompagnement.</translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n'est impliquée</source>
        <translation>Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n'est impliquée</translation>
    </message>
    <message>
        <source>Interdit (art. L1161-4 du code de la santé publique) : une telle entreprise ne peut ni concevoir, ni financer, ni mettre en œuvre les contacts du programme avec les patients.</source>
        <translation>Interdit (art. L1161-4 du code de la santé publique) : une telle entreprise ne peut ni concevoir, ni financer, ni mettre en œuvre les contacts du programme avec les patients.</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Pièce jointe : %1</source>
        <translation>Pièce jointe : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pièce(s) jointe(s).</source>
        <translation><numerusform>%n pièce jointe.</numerusform><numerusform>%n pièces jointes.</numerusform></translation>
    </message>
    <message>
        <source>Non jointe : ajoutez le document que l'équipe utilise (Déclaration ARS › Pièces jointes).</source>
        <translation>Non jointe : ajoutez le document que l'équipe utilise (Déclaration ARS › Pièces jointes).</translation>
    </message>
    <message>
        <source>Le plan suit la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2) telle qu'elle est connue ; les pièces demandées varient selon les ARS.</source>
        <translation>Le plan suit la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2) telle qu'elle est connue ; les pièces demandées varient selon les ARS.</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Un coordonnateur est désigné</source>
        <translation>Un coordonnateur est désigné</translation>
    </message>
    <message>
        <source>Aucun membre de l'équipe n'est coordonnateur.</source>
        <translation>Aucun membre de l'équipe n'est coordonnateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n membres sont marqués coordonnateur : il en faut un seul.</source>
        <translation><numerusform>%n membres sont marqués coordonnateur : il en faut un seul.</numerusform><numerusform>%n membres sont marqués coordonnateur : il en faut un seul.</numerusform></translation>
    </message>
    <message>
        <source>Le coordonnateur est médecin, autre professionnel de santé ou membre mandaté d'une association de patients agréée</source>
        <translation>Le coordonnateur est médecin, autre professionnel de santé ou membre mandaté d'une association de patients agréée</translation>
    </message>
    <message>
        <source>Qualité du coordonnateur non renseignée.</source>
        <translation>Qualité du coordonnateur non renseignée.</translation>
    </message>
    <message>
        <source>Le programme est co-construit avec une équipe médicale, dont le responsable signe</source>
        <translation>Le programme est co-construit avec une équipe médicale, dont le responsable signe</translation>
    </message>
    <message>
        <source>Équipe médicale associée non renseignée.</source>
        <translation>Équipe médicale associée non renseignée.</translation>
    </message>
    <message>
        <source>Le coordonnateur a les compétences de coordination (formation à la coordination de l'ETP)</source>
        <translation>Le coordonnateur a les compétences de coordination (formation à la coordination de l'ETP)</translation>
    </message>
    <message>
        <source>Formation à la coordination non renseignée.</source>
        <translation>Formation à la coordination non renseignée.</translation>
    </message>
    <message>
        <source>Le coordonnateur a suivi au moins 40 heures de formation à l'ETP</source>
        <translation>Le coordonnateur a suivi au moins 40 heures de formation à l'ETP</translation>
    </message>
    <message>
        <source>%1 : %2 h déclarées.</source>
        <translation>%1 : %2 h déclarées.</translation>
    </message>
    <message>
        <source>L'attestation de formation du coordonnateur est jointe</source>
        <translation>L'attestation de formation du coordonnateur est jointe</translation>
    </message>
    <message>
        <source>Aucune attestation jointe pour %1.</source>
        <translation>Aucune attestation jointe pour %1.</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Au moins deux professionnels de santé de professions différentes</source>
        <translation>Au moins deux professionnels de santé de professions différentes</translation>
    </message>
    <message numerus="yes">
        <source>%n profession(s) de santé dans l'équipe.</source>
        <translation><numerusform>%n profession de santé dans l'équipe.</numerusform><numerusform>%n professions de santé dans l'équipe.</numerusform></translation>
    </message>
    <message>
        <source>Un médecin intervient (le coordonnateur n'est pas médecin)</source>
        <translation>Un médecin intervient (le coordonnateur n'est pas médecin)</translation>
    </message>
    <message>
        <source>Aucun intervenant n'a une profession reconnue comme médicale.</source>
        <translation>Aucun intervenant n'a une profession reconnue comme médicale.</translation>
    </message>
    <message>
        <source>Un médecin intervient</source>
        <translation>Un médecin intervient</translation>
    </message>
    <message>
        <source>Le coordonnateur est médecin.</source>
        <translation>Le coordonnateur est médecin.</translation>
    </message>
    <message>
        <source>Chaque intervenant a suivi au moins 40 heures de formation à l'ETP</source>
        <translation>Chaque intervenant a suivi au moins 40 heures de formation à l'ETP</translation>
    </message>
    <message>
        <source>L'équipe est vide.</source>
        <translation>L'équipe est vide.</translation>
    </message>
    <message>
        <source>Moins de 40 h : %1.</source>
        <translation>Moins de 40 h : %1.</translation>
    </message>
    <message>
        <source>L'attestation de formation de chaque intervenant est jointe</source>
        <translation>L'attestation de formation de chaque intervenant est jointe</translation>
    </message>
    <message>
        <source>Sans attestation jointe : %1.</source>
        <translation>Sans attestation jointe : %1.</translation>
    </message>
    <message>
        <source>Chaque intervenant a signé la charte d'engagement</source>
        <translation>Chaque intervenant a signé la charte d'engagement</translation>
    </message>
    <message>
        <source>Charte non signée : %1.</source>
        <translation>Charte non signée : %1.</translation>
    </message>
    <message>
        <source>La charte signée de chaque intervenant est jointe</source>
        <translation>La charte signée de chaque intervenant est jointe</translation>
    </message>
    <message>
        <source>Charte signée non jointe : %1.</source>
        <translation>Charte signée non jointe : %1.</translation>
    </message>
</context>
<context>
    <name>DeclarationCommands</name>
    <message>
        <source>Ajouter l'intervenant « %1 »</source>
        <translation>Ajouter l'intervenant « %1 »</translation>
    </message>
    <message>
        <source>Modifier l'intervenant « %1 »</source>
        <translation>Modifier l'intervenant « %1 »</translation>
    </message>
    <message>
        <source>Retirer l'intervenant « %1 »</source>
        <translation>Retirer l'intervenant « %1 »</translation>
    </message>
    <message>
        <source>Ajouter le financement « %1 »</source>
        <translation>Ajouter le financement « %1 »</translation>
    </message>
    <message>
        <source>Modifier le financement « %1 »</source>
        <translation>Modifier le financement « %1 »</translation>
    </message>
    <message>
        <source>Retirer le financement « %1 »</source>
        <translation>Retirer le financement « %1 »</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Enregistrer « %1 »</source>
        <translation>Enregistrer « %1 »</translation>
    </message>
    <message>
        <source>Joindre « %1 »</source>
        <translation>Joindre « %1 »</translation>
    </message>
    <message>
        <source>Remplacer la pièce « %1 »</source>
        <translation>Remplacer la pièce « %1 »</translation>
    </message>
    <message>
        <source>Retirer la pièce « %1 »</source>
        <translation>Retirer la pièce « %1 »</translation>
    </message>
</context>
<context>
    <name>DeclarationFlow</name>
    <message>
        <source>à faire</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>à revoir</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>Logigramme proposé par Kit ETP d'après la réglementation et le Kit ETP en cancérologie du réseau ONCOPL ; ce n'est pas un document officiel de l'ARS.</source>
        <translation>Logigramme proposé par Kit ETP d'après la réglementation et le Kit ETP en cancérologie du réseau ONCOPL ; ce n'est pas un document officiel de l'ARS.</translation>
    </message>
    <message>
        <source>1. Évaluer le besoin et la population</source>
        <translation>1. Évaluer le besoin et la population</translation>
    </message>
    <message>
        <source>%1 / %2 rubriques renseignées</source>
        <translation>%1 / %2 rubriques renseignées</translation>
    </message>
    <message>
        <source>2. Constituer l'équipe</source>
        <translation>2. Constituer l'équipe</translation>
    </message>
    <message>
        <source>3. Concevoir le programme</source>
        <translation>3. Concevoir le programme</translation>
    </message>
    <message>
        <source>4. Préparer les documents</source>
        <translation>4. Préparer les documents</translation>
    </message>
    <message>
        <source>tout est renseigné</source>
        <translation>tout est renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s)</source>
        <translation><numerusform>%n élément manquant</numerusform><numerusform>%n éléments manquants</numerusform></translation>
    </message>
    <message>
        <source>5. Vérifier la complétude</source>
        <translation>5. Vérifier la complétude</translation>
    </message>
    <message numerus="yes">
        <source>complet ; %n point(s) à vérifier</source>
        <translation><numerusform>complet ; %n point à vérifier</numerusform><numerusform>complet ; %n points à vérifier</numerusform></translation>
    </message>
    <message>
        <source>6. Envoyer le dossier à l'ARS</source>
        <translation>6. Envoyer le dossier à l'ARS</translation>
    </message>
    <message>
        <source>pas encore envoyé</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>pièces manquantes demandées le %1</source>
        <translation>pièces manquantes demandées le %1</translation>
    </message>
    <message>
        <source>accusé de réception du %1</source>
        <translation>accusé de réception du %1</translation>
    </message>
    <message>
        <source>réputé complet le %1</source>
        <translation>réputé complet le %1</translation>
    </message>
    <message>
        <source>envoyé le %1 ; réponse attendue avant le %2</source>
        <translation>envoyé le %1 ; réponse attendue avant le %2</translation>
    </message>
    <message>
        <source>7. Déclaration effective : démarrer sous 12 mois</source>
        <translation>7. Déclaration effective : démarrer sous 12 mois</translation>
    </message>
    <message>
        <source>pas encore effective</source>
        <translation>pas encore effective</translation>
    </message>
    <message>
        <source>effective le %1 ; démarré le %2</source>
        <translation>effective le %1 ; démarré le %2</translation>
    </message>
    <message>
        <source>non démarré avant le %1 : la déclaration devient caduque</source>
        <translation>non démarré avant le %1 : la déclaration devient caduque</translation>
    </message>
    <message>
        <source>effective le %1 ; démarrer avant le %2</source>
        <translation>effective le %1 ; démarrer avant le %2</translation>
    </message>
    <message>
        <source>Former l'équipe (40 h)</source>
        <translation>Former l'équipe (40 h)</translation>
    </message>
    <message>
        <source>%1 / %2 intervenants formés avec attestation</source>
        <translation>%1 / %2 intervenants formés avec attestation</translation>
    </message>
    <message>
        <source>Préparer salles, matériel et supports</source>
        <translation>Préparer salles, matériel et supports</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) décrite(s)</source>
        <translation><numerusform>%n séance décrite</numerusform><numerusform>%n séances décrites</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n en brouillon</source>
        <translation><numerusform>, %n en brouillon</numerusform><numerusform>, %n en brouillon</numerusform></translation>
    </message>
    <message>
        <source>Inclure les premiers patients (information, consentement)</source>
        <translation>Inclure les premiers patients (information, consentement)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) consentant(s)</source>
        <translation><numerusform>%n patient consentant</numerusform><numerusform>%n patients consentants</numerusform></translation>
    </message>
    <message>
        <source>Bilan éducatif partagé et programme personnalisé</source>
        <translation>Bilan éducatif partagé et programme personnalisé</translation>
    </message>
    <message numerus="yes">
        <source>%n bilan(s) partagé(s)</source>
        <translation><numerusform>%n bilan partagé</numerusform><numerusform>%n bilans partagés</numerusform></translation>
    </message>
    <message>
        <source>Séances éducatives</source>
        <translation>Séances éducatives</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) tenue(s)</source>
        <translation><numerusform>%n séance tenue</numerusform><numerusform>%n séances tenues</numerusform></translation>
    </message>
    <message>
        <source>aucune séance depuis le %1 : 6 mois d'arrêt rendent la déclaration caduque</source>
        <translation>aucune séance depuis le %1 : 6 mois d'arrêt rendent la déclaration caduque</translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse au médecin traitant</source>
        <translation>Évaluation individuelle et synthèse au médecin traitant</translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle (à chaque anniversaire)</source>
        <translation>Auto-évaluation annuelle (à chaque anniversaire)</translation>
    </message>
    <message>
        <source>première échéance un an après la prise d'effet</source>
        <translation>première échéance un an après la prise d'effet</translation>
    </message>
    <message>
        <source>auto-évaluation %1 rédigée</source>
        <translation>auto-évaluation %1 rédigée</translation>
    </message>
    <message>
        <source>auto-évaluation attendue depuis le %1</source>
        <translation>auto-évaluation attendue depuis le %1</translation>
    </message>
    <message>
        <source>première échéance le %1</source>
        <translation>première échéance le %1</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Évaluation quadriennale</translation>
    </message>
    <message>
        <source>quatre ans après la prise d'effet</source>
        <translation>quatre ans après la prise d'effet</translation>
    </message>
    <message>
        <source>évaluation quadriennale rédigée</source>
        <translation>évaluation quadriennale rédigée</translation>
    </message>
    <message>
        <source>attendue depuis le %1</source>
        <translation>attendue depuis le %1</translation>
    </message>
    <message>
        <source>échéance le %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>Notifier les changements à l'ARS</source>
        <translation>Notifier les changements à l'ARS</translation>
    </message>
    <message>
        <source>coordonnateur, objectifs, financement : aucun changement notifié</source>
        <translation>coordonnateur, objectifs, financement : aucun changement notifié</translation>
    </message>
    <message numerus="yes">
        <source>%n changement(s) notifié(s)</source>
        <translation><numerusform>%n changement notifié</numerusform><numerusform>%n changements notifiés</numerusform></translation>
    </message>
    <message>
        <source>Déclarer un arrêt sous 3 mois</source>
        <translation>Déclarer un arrêt sous 3 mois</translation>
    </message>
    <message>
        <source>programme en cours</source>
        <translation>programme en cours</translation>
    </message>
    <message>
        <source>arrêté le %1</source>
        <translation>arrêté le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n évaluation(s) finale(s)</source>
        <translation><numerusform>%n évaluation finale</numerusform><numerusform>%n évaluations finales</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) au médecin traitant</source>
        <translation><numerusform>%n courrier au médecin traitant</numerusform><numerusform>%n courriers au médecin traitant</numerusform></translation>
    </message>
</context>
<context>
    <name>DeclarationHtml</name>
    <message>
        <source>[Non renseigné]</source>
        <translation>[Non renseigné]</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>coordonnateur</source>
        <translation>coordonnateur</translation>
    </message>
    <message>
        <source>patient intervenant</source>
        <translation>patient intervenant</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>moins de 40 h</source>
        <translation>moins de 40 h</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Rôle dans le programme</source>
        <translation>Rôle dans le programme</translation>
    </message>
    <message>
        <source>Formation ETP</source>
        <translation>Formation ETP</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>chaque année</source>
        <translation>chaque année</translation>
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
        <translation>Montant</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>brouillon</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>individuelle</source>
        <translation>individuelle</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Aucune séance n'est encore décrite dans les ateliers.</source>
        <translation>Aucune séance n'est encore décrite dans les ateliers.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Intervenants</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>signée le %1</source>
        <translation>signée le %1</translation>
    </message>
    <message>
        <source>non signée</source>
        <translation>non signée</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Charte d'engagement</source>
        <translation>Charte d'engagement</translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Exigence</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>pièce n° %1</source>
        <translation>pièce n° %1</translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation>à joindre</translation>
    </message>
    <message>
        <source>jointe (%1)</source>
        <translation>jointe (%1)</translation>
    </message>
    <message>
        <source>déclaré à l'ARS (déclaration effective le %1)</source>
        <translation>déclaré à l'ARS (déclaration effective le %1)</translation>
    </message>
    <message>
        <source>en cours de déclaration auprès de l'ARS</source>
        <translation>en cours de déclaration auprès de l'ARS</translation>
    </message>
    <message>
        <source>Le %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>%1, le %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Charte signée</source>
        <translation>Charte signée</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <source>Déclaration ARS</source>
        <translation>Déclaration ARS</translation>
    </message>
    <message>
        <source>&amp;Imprimer le dossier…</source>
        <translation>&amp;Imprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Notice adresseurs…</source>
        <translation>&amp;Notice adresseurs…</translation>
    </message>
    <message>
        <source>Fiche annuaire (&amp;JSON)…</source>
        <translation>Fiche annuaire (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <source>Double-cliquez une ligne pour ouvrir l'étape du logigramme qui la corrige.</source>
        <translation>Double-cliquez une ligne pour ouvrir l'étape du logigramme qui la corrige.</translation>
    </message>
    <message>
        <source>Agrandir (Ctrl+molette)</source>
        <translation>Agrandir (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Ajuster</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Imprimer les &amp;logigrammes…</source>
        <translation>Imprimer les &amp;logigrammes…</translation>
    </message>
    <message>
        <source>Cliquez une étape pour l'ouvrir.</source>
        <translation>Cliquez une étape pour l'ouvrir.</translation>
    </message>
    <message>
        <source>Les dates de la déclaration</source>
        <translation>Les dates de la déclaration</translation>
    </message>
    <message>
        <source>Envoyée le :</source>
        <translation>Envoyée le :</translation>
    </message>
    <message>
        <source>Réponse de l'ARS :</source>
        <translation>Réponse de l'ARS :</translation>
    </message>
    <message>
        <source>Échéance des 2 mois :</source>
        <translation>Échéance des 2 mois :</translation>
    </message>
    <message>
        <source>Effective le :</source>
        <translation>Effective le :</translation>
    </message>
    <message>
        <source>Démarrer avant le :</source>
        <translation>Démarrer avant le :</translation>
    </message>
    <message>
        <source>Changements notifiés :</source>
        <translation>Changements notifiés :</translation>
    </message>
    <message>
        <source>Notifier un &amp;changement…</source>
        <translation>Notifier un &amp;changement…</translation>
    </message>
    <message>
        <source>Vérification de complétude</source>
        <translation>Vérification de complétude</translation>
    </message>
    <message>
        <source>&amp;Voir la liste des exigences</source>
        <translation>&amp;Voir la liste des exigences</translation>
    </message>
    <message>
        <source>Préparer la &amp;télédéclaration…</source>
        <translation>Préparer la &amp;télédéclaration…</translation>
    </message>
    <message>
        <source>Arrêt :</source>
        <translation>Arrêt :</translation>
    </message>
    <message>
        <source>Courrier d'a&amp;rrêt…</source>
        <translation>Courrier d'a&amp;rrêt…</translation>
    </message>
    <message>
        <source>Complét&amp;ude en PDF (document interne)…</source>
        <translation>Complét&amp;ude en PDF (document interne)…</translation>
    </message>
    <message>
        <source>Aperçu du d&amp;ossier</source>
        <translation>Aperçu du d&amp;ossier</translation>
    </message>
    <message>
        <source>Do&amp;ssier en PDF…</source>
        <translation>Do&amp;ssier en PDF…</translation>
    </message>
    <message>
        <source>Fic&amp;he annuaire (PDF)…</source>
        <translation>Fic&amp;he annuaire (PDF)…</translation>
    </message>
    <message>
        <source>Dat&amp;es…</source>
        <translation>Dat&amp;es…</translation>
    </message>
</context>
<context>
    <name>DeclarationTimeline</name>
    <message>
        <source>Le %1 est dans le futur : saisissez la date à laquelle c'est arrivé.</source>
        <translation>Le %1 est dans le futur : saisissez la date à laquelle c'est arrivé.</translation>
    </message>
    <message>
        <source>Saisissez d'abord %1.</source>
        <translation>Saisissez d'abord %1.</translation>
    </message>
    <message>
        <source>Le %1 précède %2 (%3).</source>
        <translation>Le %1 précède %2 (%3).</translation>
    </message>
    <message>
        <source>la date d'envoi</source>
        <translation>la date d'envoi</translation>
    </message>
    <message>
        <source>la date de la liste de pièces manquantes</source>
        <translation>la date de la liste de pièces manquantes</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Les textes du programme de démonstration manquent.</source>
        <translation>Les textes du programme de démonstration manquent.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>le champ « %1.%2 » est trop long (plus de %3 caractères).</source>
        <translation>le champ « %1.%2 » est trop long (plus de %3 caractères).</translation>
    </message>
    <message>
        <source>le champ « %1.%2 » n'est pas une date (AAAA-MM-JJ).</source>
        <translation>le champ « %1.%2 » n'est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>le champ « %1 » n'a pas le type attendu.</source>
        <translation>le champ « %1 » n'a pas le type attendu.</translation>
    </message>
    <message>
        <source>Département non précisé</source>
        <translation>Département non précisé</translation>
    </message>
    <message>
        <source>collectif</source>
        <translation>collectif</translation>
    </message>
    <message>
        <source>individuel</source>
        <translation>individuel</translation>
    </message>
    <message>
        <source>à distance</source>
        <translation>à distance</translation>
    </message>
    <message>
        <source>ce n'est pas une fiche annuaire (fichier trop grand).</source>
        <translation>ce n'est pas une fiche annuaire (fichier trop grand).</translation>
    </message>
    <message>
        <source>ce n'est pas une fiche annuaire (pas un objet JSON lisible).</source>
        <translation>ce n'est pas une fiche annuaire (pas un objet JSON lisible).</translation>
    </message>
    <message>
        <source>ce n'est pas une fiche annuaire Kit ETP (« format » vaut « %1 »).</source>
        <translation>ce n'est pas une fiche annuaire Kit ETP (« format » vaut « %1 »).</translation>
    </message>
    <message>
        <source>ce n'est pas une fiche annuaire Kit ETP (pas de champ « format »).</source>
        <translation>ce n'est pas une fiche annuaire Kit ETP (pas de champ « format »).</translation>
    </message>
    <message>
        <source>la version de la fiche est absente ou n'est pas un nombre entier.</source>
        <translation>la version de la fiche est absente ou n'est pas un nombre entier.</translation>
    </message>
    <message>
        <source>la fiche est d'un format plus récent (version %1 ; cette version de Kit ETP lit la version %2). Mettez Kit ETP à jour.</source>
        <translation>la fiche est d'un format plus récent (version %1 ; cette version de Kit ETP lit la version %2). Mettez Kit ETP à jour.</translation>
    </message>
    <message>
        <source>la date de la fiche (« generated ») est absente ou n'est pas une date.</source>
        <translation>la date de la fiche (« generated ») est absente ou n'est pas une date.</translation>
    </message>
    <message>
        <source>la date de la fiche (%1) n'est pas plausible.</source>
        <translation>la date de la fiche (%1) n'est pas plausible.</translation>
    </message>
    <message>
        <source>le titre du programme (« programme.title ») manque.</source>
        <translation>le titre du programme (« programme.title ») manque.</translation>
    </message>
    <message>
        <source>la structure porteuse manque (ni « structure.name » ni « structure.finessOrSiren »).</source>
        <translation>la structure porteuse manque (ni « structure.name » ni « structure.finessOrSiren »).</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Nom du département</source>
        <translation>Nom du département</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Patients extérieurs acceptés</source>
        <translation>Patients extérieurs acceptés</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>FINESS / SIREN</source>
        <translation>FINESS / SIREN</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>ARS</source>
        <translation>ARS</translation>
    </message>
    <message>
        <source>Déclaration effective le</source>
        <translation>Déclaration effective le</translation>
    </message>
    <message>
        <source>Date de la fiche</source>
        <translation>Date de la fiche</translation>
    </message>
    <message>
        <source>À mettre à jour</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>DirectoryCard</name>
    <message>
        <source>Fiche annuaire du programme</source>
        <translation>Fiche annuaire du programme</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Bénéficiaires potentiels (estimation)</source>
        <translation>Bénéficiaires potentiels (estimation)</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Séances décrites</source>
        <translation>Séances décrites</translation>
    </message>
    <message>
        <source>Patients intervenants</source>
        <translation>Patients intervenants</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Association de patients</source>
        <translation>Association de patients</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>FINESS / SIREN</source>
        <translation>FINESS / SIREN</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Professions de l'équipe</source>
        <translation>Professions de l'équipe</translation>
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
        <translation>Déclaration effective le</translation>
    </message>
</context>
<context>
    <name>DirectoryDocument</name>
    <message>
        <source>Fiche du %1</source>
        <translation>Fiche du %1</translation>
    </message>
    <message>
        <source>« à mettre à jour »</source>
        <translation>« à mettre à jour »</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Présentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Accepte des patients extérieurs</source>
        <translation>Accepte des patients extérieurs</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Lieux</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Association de patients</source>
        <translation>Association de patients</translation>
    </message>
    <message>
        <source>Déclaration effective le</source>
        <translation>Déclaration effective le</translation>
    </message>
    <message>
        <source>Arrêt déclaré le</source>
        <translation>Arrêt déclaré le</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Annuaire des programmes d'éducation thérapeutique du patient</source>
        <translation>Annuaire des programmes d'éducation thérapeutique du patient</translation>
    </message>
    <message>
        <source>Annuaire, édition du %1</source>
        <translation>Annuaire, édition du %1</translation>
    </message>
    <message>
        <source>Édition du %1</source>
        <translation>Édition du %1</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation><numerusform>%n programme</numerusform><numerusform>%n programmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) de plus d'un an, marquée(s) « à mettre à jour ».</source>
        <translation><numerusform>%n fiche de plus d'un an, marquée « à mettre à jour ».</numerusform><numerusform>%n fiches de plus d'un an, marquées « à mettre à jour ».</numerusform></translation>
    </message>
    <message>
        <source>Chaque programme est présenté d'après sa fiche annuaire, telle que son équipe l'a transmise, à la date indiquée. Classement par département puis par ville.</source>
        <translation>Chaque programme est présenté d'après sa fiche annuaire, telle que son équipe l'a transmise, à la date indiquée. Classement par département puis par ville.</translation>
    </message>
    <message>
        <source>Ville non précisée</source>
        <translation>Ville non précisée</translation>
    </message>
    <message>
        <source>L'annuaire ne contient aucun programme.</source>
        <translation>L'annuaire ne contient aucun programme.</translation>
    </message>
</context>
<context>
    <name>DossierAnnexes</name>
    <message>
        <source>Programme d'éducation thérapeutique :</source>
        <translation>Programme d'éducation thérapeutique :</translation>
    </message>
    <message>
        <source>proposé par</source>
        <translation>proposé par</translation>
    </message>
    <message>
        <source>Je soussigné(e)</source>
        <translation>Je soussigné(e)</translation>
    </message>
    <message>
        <source>déclare avoir reçu une information claire sur le programme, ses objectifs, son déroulement et les personnes qui l'animent.</source>
        <translation>déclare avoir reçu une information claire sur le programme, ses objectifs, son déroulement et les personnes qui l'animent.</translation>
    </message>
    <message>
        <source>J'accepte d'entrer dans le programme.</source>
        <translation>J'accepte d'entrer dans le programme.</translation>
    </message>
    <message>
        <source>J'accepte que les informations me concernant soient partagées entre les intervenants du programme.</source>
        <translation>J'accepte que les informations me concernant soient partagées entre les intervenants du programme.</translation>
    </message>
    <message>
        <source>J'accepte que mon médecin traitant soit informé de mon entrée, de mon parcours et de mon évaluation finale.</source>
        <translation>J'accepte que mon médecin traitant soit informé de mon entrée, de mon parcours et de mon évaluation finale.</translation>
    </message>
    <message>
        <source>Je peux quitter le programme à tout moment, sans conséquence sur ma prise en charge. Je peux retirer mon consentement au partage des données à tout moment.</source>
        <translation>Je peux quitter le programme à tout moment, sans conséquence sur ma prise en charge. Je peux retirer mon consentement au partage des données à tout moment.</translation>
    </message>
    <message>
        <source>Confidentialité et protection des données :</source>
        <translation>Confidentialité et protection des données :</translation>
    </message>
    <message>
        <source>Fait à</source>
        <translation>Fait à</translation>
    </message>
    <message>
        <source>le</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Signature du patient :</source>
        <translation>Signature du patient :</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Pour qui ?</source>
        <translation>Pour qui ?</translation>
    </message>
    <message>
        <source>Comment se déroule-t-il ?</source>
        <translation>Comment se déroule-t-il ?</translation>
    </message>
    <message>
        <source>Vos droits</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>Votre participation est libre. Vous pouvez quitter le programme à tout moment sans conséquence sur vos soins.</source>
        <translation>Votre participation est libre. Vous pouvez quitter le programme à tout moment sans conséquence sur vos soins.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Docteur</source>
        <translation>Docteur</translation>
    </message>
    <message>
        <source>Cher confrère, chère consœur,</source>
        <translation>Cher confrère, chère consœur,</translation>
    </message>
    <message>
        <source>Avec son accord, nous vous informons que votre patient(e)</source>
        <translation>Avec son accord, nous vous informons que votre patient(e)</translation>
    </message>
    <message>
        <source>☐ entre dans ☐ poursuit ☐ a terminé le programme d'éducation thérapeutique</source>
        <translation>☐ entre dans ☐ poursuit ☐ a terminé le programme d'éducation thérapeutique</translation>
    </message>
    <message>
        <source>Nous restons à votre disposition pour tout échange.</source>
        <translation>Nous restons à votre disposition pour tout échange.</translation>
    </message>
    <message>
        <source>Vous trouverez avec ce courrier la synthèse de son bilan éducatif partagé ou de son évaluation individuelle, et les objectifs convenus avec lui (elle).</source>
        <translation>Vous trouverez avec ce courrier la synthèse de son bilan éducatif partagé ou de son évaluation individuelle, et les objectifs convenus avec lui (elle).</translation>
    </message>
    <message>
        <source>Attestations de formation et chartes signées</source>
        <translation>Attestations de formation et chartes signées</translation>
    </message>
    <message>
        <source>aucun membre dans l'équipe</source>
        <translation>aucun membre dans l'équipe</translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation>à joindre</translation>
    </message>
    <message>
        <source>Liste des intervenants</source>
        <translation>Liste des intervenants</translation>
    </message>
    <message>
        <source>dans ce dossier, partie 3</source>
        <translation>dans ce dossier, partie 3</translation>
    </message>
    <message>
        <source>un modèle de Kit ETP figure dans les annexes</source>
        <translation>un modèle de Kit ETP figure dans les annexes</translation>
    </message>
    <message>
        <source>Agrément de l'association de patients</source>
        <translation>Agrément de l'association de patients</translation>
    </message>
    <message>
        <source>à joindre si votre ARS le demande</source>
        <translation>à joindre si votre ARS le demande</translation>
    </message>
    <message>
        <source>jointe (pièce n° %1)</source>
        <translation>jointe (pièce n° %1)</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Concerne</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>DossierDocument</name>
    <message>
        <source>Déclaration d'un programme d'éducation thérapeutique du patient</source>
        <translation>Déclaration d'un programme d'éducation thérapeutique du patient</translation>
    </message>
    <message>
        <source>Structure porteuse :</source>
        <translation>Structure porteuse :</translation>
    </message>
    <message>
        <source>Coordonnateur :</source>
        <translation>Coordonnateur :</translation>
    </message>
    <message>
        <source>Adressé à :</source>
        <translation>Adressé à :</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Dossier de déclaration à l'ARS</source>
        <translation>Dossier de déclaration à l'ARS</translation>
    </message>
    <message>
        <source>Date :</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Plan établi d'après la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2). %1</source>
        <translation>Plan établi d'après la composition du dossier de déclaration (arrêté du 30 décembre 2020, annexe 2). %1</translation>
    </message>
    <message>
        <source>Les pièces jointes sont insérées chacune après sa page de titre ; leurs pages sont comptées dans la numérotation du dossier mais n'en portent pas le pied de page.</source>
        <translation>Les pièces jointes sont insérées chacune après sa page de titre ; leurs pages sont comptées dans la numérotation du dossier mais n'en portent pas le pied de page.</translation>
    </message>
    <message>
        <source>Pièce n° %1 — %2</source>
        <translation>Pièce n° %1 — %2</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Profession et formation ETP :</source>
        <translation>Profession et formation ETP :</translation>
    </message>
    <message>
        <source>%1 h de formation</source>
        <translation>%1 h de formation</translation>
    </message>
    <message>
        <source>attestation :</source>
        <translation>attestation :</translation>
    </message>
    <message>
        <source>Chaque intervenant et le coordonnateur justifient d'au moins 40 heures de formation à l'ETP (arrêté du 2 août 2010 modifié) par une attestation ; la colonne « Attestation » donne son état : pièce du dossier, ou à joindre.</source>
        <translation>Chaque intervenant et le coordonnateur justifient d'au moins 40 heures de formation à l'ETP (arrêté du 2 août 2010 modifié) par une attestation ; la colonne « Attestation » donne son état : pièce du dossier, ou à joindre.</translation>
    </message>
    <message>
        <source>Problème de santé et population</source>
        <translation>Problème de santé et population</translation>
    </message>
    <message>
        <source>Objectifs, critères de jugement et données probantes</source>
        <translation>Objectifs, critères de jugement et données probantes</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation>Parcours du patient</translation>
    </message>
    <message>
        <source>Les séances du programme</source>
        <translation>Les séances du programme</translation>
    </message>
    <message>
        <source>Actions d'accompagnement</source>
        <translation>Actions d'accompagnement</translation>
    </message>
    <message>
        <source>La déclaration n'ouvre pas droit à un financement, qui relève d'une procédure distincte.</source>
        <translation>La déclaration n'ouvre pas droit à un financement, qui relève d'une procédure distincte.</translation>
    </message>
    <message>
        <source>Le programme étant mis en œuvre dans plusieurs régions, il est déclaré à chacune des ARS concernées (article R1161-4 du code de la santé publique) ; ce dossier est adressé à %1.</source>
        <translation>Le programme étant mis en œuvre dans plusieurs régions, il est déclaré à chacune des ARS concernées (article R1161-4 du code de la santé publique) ; ce dossier est adressé à %1.</translation>
    </message>
    <message>
        <source>Rappel (article L1161-4 du code de la santé publique) : aucune entreprise se livrant à l'exploitation d'un médicament, d'un dispositif médical ou d'un dispositif médical de diagnostic in vitro, ni aucune entreprise proposant des prestations en lien avec la santé, ne participe à la conception, au financement ou à la mise en œuvre des contacts du programme avec les patients.</source>
        <translation>Rappel (article L1161-4 du code de la santé publique) : aucune entreprise se livrant à l'exploitation d'un médicament, d'un dispositif médical ou d'un dispositif médical de diagnostic in vitro, ni aucune entreprise proposant des prestations en lien avec la santé, ne participe à la conception, au financement ou à la mise en œuvre des contacts du programme avec les patients.</translation>
    </message>
    <message>
        <source>Le déclarant</source>
        <translation>Le déclarant</translation>
    </message>
    <message>
        <source>Le responsable médical</source>
        <translation>Le responsable médical</translation>
    </message>
    <message>
        <source>L'association partenaire</source>
        <translation>L'association partenaire</translation>
    </message>
    <message>
        <source>Pièces jointes / pièces à joindre</source>
        <translation>Pièces jointes / pièces à joindre</translation>
    </message>
    <message>
        <source>Charte d'engagement : signataires</source>
        <translation>Charte d'engagement : signataires</translation>
    </message>
    <message>
        <source>Chaque intervenant signe la charte d'engagement (arrêté du 30 décembre 2020). La dernière colonne donne l'état de la charte signée : pièce du dossier, ou à joindre.</source>
        <translation>Chaque intervenant signe la charte d'engagement (arrêté du 30 décembre 2020). La dernière colonne donne l'état de la charte signée : pièce du dossier, ou à joindre.</translation>
    </message>
    <message>
        <source>Modèle proposé par Kit ETP à partir des champs du programme, à remplacer par le document que l'équipe utilise réellement.</source>
        <translation>Modèle proposé par Kit ETP à partir des champs du programme, à remplacer par le document que l'équipe utilise réellement.</translation>
    </message>
    <message>
        <source>Modèle de formulaire de consentement</source>
        <translation>Modèle de formulaire de consentement</translation>
    </message>
    <message>
        <source>Modèle de fiche d'information du patient</source>
        <translation>Modèle de fiche d'information du patient</translation>
    </message>
    <message>
        <source>Modèle de courrier au médecin traitant</source>
        <translation>Modèle de courrier au médecin traitant</translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Fichier joint :</source>
        <translation>Fichier joint :</translation>
    </message>
    <message numerus="yes">
        <source>Dans le PDF du dossier, la pièce suit cette page (%n page(s)).</source>
        <translation><numerusform>Dans le PDF du dossier, la pièce suit cette page (%n page).</numerusform><numerusform>Dans le PDF du dossier, la pièce suit cette page (%n pages).</numerusform></translation>
    </message>
    <message>
        <source>Cette pièce n'a pas pu être insérée : ouvrez-la depuis Kit ETP et joignez-la à part.</source>
        <translation>Cette pièce n'a pas pu être insérée : ouvrez-la depuis Kit ETP et joignez-la à part.</translation>
    </message>
    <message>
        <source>1. Structure porteuse</source>
        <translation>1. Structure porteuse</translation>
    </message>
    <message>
        <source>2. Coordonnateur</source>
        <translation>2. Coordonnateur</translation>
    </message>
    <message>
        <source>3. Équipe d'intervenants</source>
        <translation>3. Équipe d'intervenants</translation>
    </message>
    <message>
        <source>4. Implication des patients</source>
        <translation>4. Implication des patients</translation>
    </message>
    <message>
        <source>5. Le programme</source>
        <translation>5. Le programme</translation>
    </message>
    <message>
        <source>6. Coordination et dossier du patient</source>
        <translation>6. Coordination et dossier du patient</translation>
    </message>
    <message>
        <source>7. Information, consentement et confidentialité</source>
        <translation>7. Information, consentement et confidentialité</translation>
    </message>
    <message>
        <source>8. Évaluation</source>
        <translation>8. Évaluation</translation>
    </message>
    <message>
        <source>9. Financement</source>
        <translation>9. Financement</translation>
    </message>
    <message>
        <source>10. Déclarations et signatures</source>
        <translation>10. Déclarations et signatures</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
</context>
<context>
    <name>DossierPdf</name>
    <message>
        <source>Le PDF n'a pas pu être dessiné.</source>
        <translation>Le PDF n'a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Les pièces jointes n'ont pas pu être insérées (%1).</source>
        <translation>Les pièces jointes n'ont pas pu être insérées (%1).</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Inscrire des patients</source>
        <translation>Inscrire des patients</translation>
    </message>
    <message>
        <source>Filtrer…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Montrer aussi les patients dont le programme ne prévoit pas cette séance</source>
        <translation>Montrer aussi les patients dont le programme ne prévoit pas cette séance</translation>
    </message>
    <message>
        <source>color: #8a5a00;</source>
        <translation>color: #8a5a00;</translation>
    </message>
    <message>
        <source>Filtrer les patients</source>
        <translation>Filtrer les patients</translation>
    </message>
</context>
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Entrées dans le programme par mois</source>
        <translation>Entrées dans le programme par mois</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Patients entrés</source>
        <translation>Patients entrés</translation>
    </message>
    <message>
        <source>Du consentement à la fin du parcours</source>
        <translation>Du consentement à la fin du parcours</translation>
    </message>
    <message>
        <source>Étape du parcours</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Entrés</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <source>BEP</source>
        <translation>BEP</translation>
    </message>
    <message>
        <source>Prog. perso.</source>
        <translation>Prog. perso.</translation>
    </message>
    <message>
        <source>≥ 1 séance</source>
        <translation>≥ 1 séance</translation>
    </message>
    <message>
        <source>Éval. finale</source>
        <translation>Éval. finale</translation>
    </message>
    <message>
        <source>Terminés</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Patients dans la période</source>
        <translation>Patients dans la période</translation>
    </message>
    <message>
        <source>Taux de présence par séance</source>
        <translation>Taux de présence par séance</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Présents / inscrits (%)</source>
        <translation>Présents / inscrits (%)</translation>
    </message>
    <message>
        <source>Taux de présence</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Objectifs des patients à l'évaluation finale</source>
        <translation>Objectifs des patients à l'évaluation finale</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Atteints</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Partiellement</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>Non atteints</source>
        <translation>Non atteints</translation>
    </message>
    <message>
        <source>Objectifs évalués</source>
        <translation>Objectifs évalués</translation>
    </message>
    <message>
        <source>Répartition des réponses de satisfaction</source>
        <translation>Répartition des réponses de satisfaction</translation>
    </message>
    <message>
        <source>Réponse (1 = pas du tout d'accord, 5 = tout à fait d'accord)</source>
        <translation>Réponse (1 = pas du tout d'accord, 5 = tout à fait d'accord)</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Toutes les questions à échelle</source>
        <translation>Toutes les questions à échelle</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>≥ 1 séance suivie</source>
        <translation>≥ 1 séance suivie</translation>
    </message>
    <message>
        <source>Parcours terminés</source>
        <translation>Parcours terminés</translation>
    </message>
    <message>
        <source>Pourcentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Objectifs atteints</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>Réponses de satisfaction favorables</source>
        <translation>Réponses de satisfaction favorables</translation>
    </message>
    <message numerus="yes">
        <source>Pas de données pour %1 : non tracé (ce n'est pas un zéro).</source>
        <translation><numerusform>Pas de données pour %1 : non tracé (ce n'est pas un zéro).</numerusform><numerusform>Pas de données pour %1 : non tracé (ce n'est pas un zéro).</numerusform></translation>
    </message>
    <message>
        <source>Évolution de l'activité</source>
        <translation>Évolution de l'activité</translation>
    </message>
    <message>
        <source>Évolution des indicateurs de qualité</source>
        <translation>Évolution des indicateurs de qualité</translation>
    </message>
</context>
<context>
    <name>EvaluationCommands</name>
    <message>
        <source>Modifier « %1 » (%2)</source>
        <translation>Modifier « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>EvaluationNotes</name>
    <message>
        <source>Difficultés rencontrées, écarts, ce que l'équipe veut changer…</source>
        <translation>Difficultés rencontrées, écarts, ce que l'équipe veut changer…</translation>
    </message>
    <message>
        <source>Conduite de l'évaluation</source>
        <translation>Conduite de l'évaluation</translation>
    </message>
    <message>
        <source>Conclusion sur les effets</source>
        <translation>Conclusion sur les effets</translation>
    </message>
    <message>
        <source>Évolution du programme</source>
        <translation>Évolution du programme</translation>
    </message>
    <message>
        <source>Conclusion sur l'évolution</source>
        <translation>Conclusion sur l'évolution</translation>
    </message>
    <message>
        <source>Poursuivre, adapter ou arrêter le programme, et pourquoi.</source>
        <translation>Poursuivre, adapter ou arrêter le programme, et pourquoi.</translation>
    </message>
    <message>
        <source>Mise à disposition du rapport</source>
        <translation>Mise à disposition du rapport</translation>
    </message>
    <message>
        <source>Comment le rapport est rendu accessible aux patients, associations, médecins traitants.</source>
        <translation>Comment le rapport est rendu accessible aux patients, associations, médecins traitants.</translation>
    </message>
    <message>
        <source>« %1 » est trop long (%2 caractères au plus).</source>
        <translation>« %1 » est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>Pas plus de %1 actions par évaluation.</source>
        <translation>Pas plus de %1 actions par évaluation.</translation>
    </message>
    <message>
        <source>Chaque action doit être décrite.</source>
        <translation>Chaque action doit être décrite.</translation>
    </message>
    <message>
        <source>Le texte d'une action ou le nom de son responsable est trop long.</source>
        <translation>Le texte d'une action ou le nom de son responsable est trop long.</translation>
    </message>
    <message>
        <source>L'échéance d'une action doit être une date entre %1 et %2.</source>
        <translation>L'échéance d'une action doit être une date entre %1 et %2.</translation>
    </message>
    <message>
        <source>Éléments évalués cette année et pourquoi</source>
        <translation>Éléments évalués cette année et pourquoi</translation>
    </message>
    <message>
        <source>Les quelques points d'activité, de processus et de résultats choisis, et la raison de ce choix.</source>
        <translation>Les quelques points d'activité, de processus et de résultats choisis, et la raison de ce choix.</translation>
    </message>
    <message>
        <source>Qui a participé</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Équipe, patients, association de patients : qui, et comment.</source>
        <translation>Équipe, patients, association de patients : qui, et comment.</translation>
    </message>
    <message>
        <source>Outils utilisés</source>
        <translation>Outils utilisés</translation>
    </message>
    <message>
        <source>Questionnaire de satisfaction, indicateurs, réunions, entretiens…</source>
        <translation>Questionnaire de satisfaction, indicateurs, réunions, entretiens…</translation>
    </message>
    <message>
        <source>Points forts</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Ce qui a fonctionné : pratiques, contenus, organisation, coordination…</source>
        <translation>Ce qui a fonctionné : pratiques, contenus, organisation, coordination…</translation>
    </message>
    <message>
        <source>Difficultés</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Mise à disposition des patients</source>
        <translation>Mise à disposition des patients</translation>
    </message>
    <message>
        <source>Où et comment les patients peuvent consulter ce rapport (accueil, site, association…).</source>
        <translation>Où et comment les patients peuvent consulter ce rapport (accueil, site, association…).</translation>
    </message>
    <message>
        <source>Changements du programme sur la période</source>
        <translation>Changements du programme sur la période</translation>
    </message>
    <message>
        <source>Coordonnateur, équipe, contenus, lieux, financement : ce qui a changé en quatre ans.</source>
        <translation>Coordonnateur, équipe, contenus, lieux, financement : ce qui a changé en quatre ans.</translation>
    </message>
    <message>
        <source>Acteurs, calendrier, participation des patients, outils et données utilisés.</source>
        <translation>Acteurs, calendrier, participation des patients, outils et données utilisés.</translation>
    </message>
    <message>
        <source>Effets sur les patients</source>
        <translation>Effets sur les patients</translation>
    </message>
    <message>
        <source>Compétences acquises, objectifs atteints, satisfaction, gains aux questionnaires de connaissances…</source>
        <translation>Compétences acquises, objectifs atteints, satisfaction, gains aux questionnaires de connaissances…</translation>
    </message>
    <message>
        <source>Effets sur l'équipe et ses pratiques</source>
        <translation>Effets sur l'équipe et ses pratiques</translation>
    </message>
    <message>
        <source>Formation, pratiques, travail en équipe, coordination.</source>
        <translation>Formation, pratiques, travail en équipe, coordination.</translation>
    </message>
    <message>
        <source>Place du programme dans l'offre de soins locale</source>
        <translation>Place du programme dans l'offre de soins locale</translation>
    </message>
    <message>
        <source>Liens avec les médecins traitants, les autres programmes, les associations.</source>
        <translation>Liens avec les médecins traitants, les autres programmes, les associations.</translation>
    </message>
    <message>
        <source>Lecture de l'évolution du profil des patients, de l'activité et des indicateurs de processus.</source>
        <translation>Lecture de l'évolution du profil des patients, de l'activité et des indicateurs de processus.</translation>
    </message>
    <message>
        <source>Décisions pour les quatre ans à venir</source>
        <translation>Décisions pour les quatre ans à venir</translation>
    </message>
    <message>
        <source>Actions d'amélioration décidées</source>
        <translation>Actions d'amélioration décidées</translation>
    </message>
    <message>
        <source>Appréciation des critères de jugement</source>
        <translation>Appréciation des critères de jugement</translation>
    </message>
    <message>
        <source>prévue</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>réalisée</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>abandonnée</source>
        <translation>abandonnée</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Année civile</source>
        <translation>Année civile</translation>
    </message>
    <message>
        <source>Période libre</source>
        <translation>Période libre</translation>
    </message>
    <message>
        <source>Premier jour de la période</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Dernier jour de la période (inclus)</source>
        <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
        <source>Questionnaire de satisfaction…</source>
        <translation>Questionnaire de satisfaction…</translation>
    </message>
    <message>
        <source>Rapport annuel</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Évaluation quadriennale</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Choisissez un indicateur pour lire sa définition complète.</source>
        <translation>Choisissez un indicateur pour lire sa définition complète.</translation>
    </message>
    <message>
        <source>Graphiques</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Analyse de l'équipe</source>
        <translation>Analyse de l'équipe</translation>
    </message>
    <message>
        <source>Ajouter une action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Supprimer l'action</source>
        <translation>Supprimer l'action</translation>
    </message>
    <message>
        <source>Année du programme</source>
        <translation>Année du programme</translation>
    </message>
    <message>
        <source>L'année où commence l'année évaluée ; l'évaluation quadriennale couvre les quatre années qui finissent par celle-ci.</source>
        <translation>L'année où commence l'année évaluée ; l'évaluation quadriennale couvre les quatre années qui finissent par celle-ci.</translation>
    </message>
    <message>
        <source>Exporter pour un tableur (CSV)…</source>
        <translation>Exporter pour un tableur (CSV)…</translation>
    </message>
    <message>
        <source>Les indicateurs de la période dans un fichier CSV qu'un tableur en français ouvre directement (aucune identité)</source>
        <translation>Les indicateurs de la période dans un fichier CSV qu'un tableur en français ouvre directement (aucune identité)</translation>
    </message>
    <message>
        <source>Critères de jugement déclarés dans le dossier : l'indicateur rapproché de chacun et l'appréciation de l'équipe.</source>
        <translation>Critères de jugement déclarés dans le dossier : l'indicateur rapproché de chacun et l'appréciation de l'équipe.</translation>
    </message>
    <message>
        <source>Actions d'amélioration décidées (action, responsable, échéance, état) :</source>
        <translation>Actions d'amélioration décidées (action, responsable, échéance, état) :</translation>
    </message>
    <message>
        <source>Période évaluée</source>
        <translation>Période évaluée</translation>
    </message>
    <message>
        <source>Année évaluée</source>
        <translation>Année évaluée</translation>
    </message>
</context>
<context>
    <name>EvaluationReports</name>
    <message>
        <source>Auto-évaluation annuelle — %1</source>
        <translation>Auto-évaluation annuelle — %1</translation>
    </message>
    <message>
        <source>Chaque indicateur est suivi de sa définition (ce qui est compté, à partir de quelles dates). « pas de données » signifie que le fichier du programme ne contient aucune donnée de ce type pour la période : ce n'est pas un zéro.</source>
        <translation>Chaque indicateur est suivi de sa définition (ce qui est compté, à partir de quelles dates). « pas de données » signifie que le fichier du programme ne contient aucune donnée de ce type pour la période : ce n'est pas un zéro.</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Évaluation quadriennale %1–%2</source>
        <translation>Évaluation quadriennale %1–%2</translation>
    </message>
    <message>
        <source>1. Le programme, le coordonnateur et l'équipe</source>
        <translation>1. Le programme, le coordonnateur et l'équipe</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Profession, rôle</source>
        <translation>Profession, rôle</translation>
    </message>
    <message>
        <source>Formation ETP</source>
        <translation>Formation ETP</translation>
    </message>
    <message>
        <source>Charte signée</source>
        <translation>Charte signée</translation>
    </message>
    <message>
        <source>coordonnateur</source>
        <translation>coordonnateur</translation>
    </message>
    <message>
        <source>patient partenaire</source>
        <translation>patient partenaire</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>2. Conduite de l'évaluation</source>
        <translation>2. Conduite de l'évaluation</translation>
    </message>
    <message>
        <source>3. Effets du programme</source>
        <translation>3. Effets du programme</translation>
    </message>
    <message>
        <source>4. Évolution du programme</source>
        <translation>4. Évolution du programme</translation>
    </message>
    <message>
        <source>5. Décisions pour l'avenir</source>
        <translation>5. Décisions pour l'avenir</translation>
    </message>
    <message>
        <source>Actions décidées lors des auto-évaluations annuelles</source>
        <translation>Actions décidées lors des auto-évaluations annuelles</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>6. Mise à disposition du rapport</source>
        <translation>6. Mise à disposition du rapport</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Aucune action enregistrée.</source>
        <translation>Aucune action enregistrée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>1. Le programme en bref</source>
        <translation>1. Le programme en bref</translation>
    </message>
    <message>
        <source>%1 (déclarés dans le dossier)</source>
        <translation>%1 (déclarés dans le dossier)</translation>
    </message>
    <message>
        <source>Équipe de la période</source>
        <translation>Équipe de la période</translation>
    </message>
    <message>
        <source>Aucun critère de jugement n'est déclaré dans le dossier : à compléter (Déclaration).</source>
        <translation>Aucun critère de jugement n'est déclaré dans le dossier : à compléter (Déclaration).</translation>
    </message>
    <message>
        <source>Critère de jugement déclaré</source>
        <translation>Critère de jugement déclaré</translation>
    </message>
    <message>
        <source>Indicateur et valeur</source>
        <translation>Indicateur et valeur</translation>
    </message>
    <message>
        <source>Appréciation de l'équipe</source>
        <translation>Appréciation de l'équipe</translation>
    </message>
    <message>
        <source>aucun indicateur rapproché</source>
        <translation>aucun indicateur rapproché</translation>
    </message>
    <message>
        <source>Rapport d'évaluation sur une période libre — %1</source>
        <translation>Rapport d'évaluation sur une période libre — %1</translation>
    </message>
    <message>
        <source>Rapport d'auto-évaluation de l'équipe, établi le %1. Période couverte : du %2 au %3.</source>
        <translation>Rapport d'auto-évaluation de l'équipe, établi le %1. Période couverte : du %2 au %3.</translation>
    </message>
    <message>
        <source>Période choisie librement : ce n'est pas l'auto-évaluation annuelle, qui porte sur une année du programme.</source>
        <translation>Période choisie librement : ce n'est pas l'auto-évaluation annuelle, qui porte sur une année du programme.</translation>
    </message>
    <message>
        <source>2. Démarche d'auto-évaluation</source>
        <translation>2. Démarche d'auto-évaluation</translation>
    </message>
    <message>
        <source>Les indicateurs sont calculés par Kit ETP à partir du fichier du programme (parcours des patients, séances et présences, objectifs, courriers, questionnaires de satisfaction, équipe).</source>
        <translation>Les indicateurs sont calculés par Kit ETP à partir du fichier du programme (parcours des patients, séances et présences, objectifs, courriers, questionnaires de satisfaction, équipe).</translation>
    </message>
    <message>
        <source>3. Activité, processus et résultats</source>
        <translation>3. Activité, processus et résultats</translation>
    </message>
    <message>
        <source>Évolution sur les années du programme</source>
        <translation>Évolution sur les années du programme</translation>
    </message>
    <message>
        <source>Confrontation aux objectifs et critères de jugement déclarés</source>
        <translation>Confrontation aux objectifs et critères de jugement déclarés</translation>
    </message>
    <message>
        <source>4. Indicateurs de processus</source>
        <translation>4. Indicateurs de processus</translation>
    </message>
    <message>
        <source>Proportions calculées par Kit ETP %1 (fonctionnement, mise en œuvre, coordination du programme), avec leur numérateur et leur dénominateur.</source>
        <translation>Proportions calculées par Kit ETP %1 (fonctionnement, mise en œuvre, coordination du programme), avec leur numérateur et leur dénominateur.</translation>
    </message>
    <message>
        <source>5. Analyse et actions d'amélioration</source>
        <translation>5. Analyse et actions d'amélioration</translation>
    </message>
    <message>
        <source>Suivi des actions de la période précédente (%1)</source>
        <translation>Suivi des actions de la période précédente (%1)</translation>
    </message>
    <message>
        <source>6. Mise à disposition des patients</source>
        <translation>6. Mise à disposition des patients</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Évaluation quadriennale</translation>
    </message>
    <message numerus="yes">
        <source>Rapport d'évaluation quadriennale, établi le %1. Période couverte : du %2 au %3 (%n année(s) de fonctionnement).</source>
        <translation><numerusform>Rapport d'évaluation quadriennale, établi le %1. Période couverte : du %2 au %3 (%n année de fonctionnement).</numerusform><numerusform>Rapport d'évaluation quadriennale, établi le %1. Période couverte : du %2 au %3 (%n années de fonctionnement).</numerusform></translation>
    </message>
    <message>
        <source>Le programme a commencé le %1 : le rapport ne remonte pas avant.</source>
        <translation>Le programme a commencé le %1 : le rapport ne remonte pas avant.</translation>
    </message>
    <message>
        <source>L'équipe au %1 :</source>
        <translation>L'équipe au %1 :</translation>
    </message>
    <message>
        <source>Données : le fichier du programme (parcours des patients, séances, présences, objectifs, questionnaires de satisfaction, équipe), du %1 au %2 ; indicateurs calculés par Kit ETP selon les définitions des rapports annuels.</source>
        <translation>Données : le fichier du programme (parcours des patients, séances, présences, objectifs, questionnaires de satisfaction, équipe), du %1 au %2 ; indicateurs calculés par Kit ETP selon les définitions des rapports annuels.</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Profil des patients entrés chaque année</source>
        <translation>Profil des patients entrés chaque année</translation>
    </message>
    <message>
        <source>Patients dont le consentement d'entrée est daté dans l'année, comptés d'après leur fiche (jamais leur identité) ; l'âge est celui de l'année d'entrée.</source>
        <translation>Patients dont le consentement d'entrée est daté dans l'année, comptés d'après leur fiche (jamais leur identité) ; l'âge est celui de l'année d'entrée.</translation>
    </message>
    <message>
        <source>Indicateurs de processus</source>
        <translation>Indicateurs de processus</translation>
    </message>
    <message>
        <source>À compléter.</source>
        <translation>À compléter.</translation>
    </message>
    <message>
        <source>Non renseigné dans le dossier : à compléter.</source>
        <translation>Non renseigné dans le dossier : à compléter.</translation>
    </message>
    <message>
        <source>Rapport partiel : la période n'est pas terminée (elle s'achève le %1). Les chiffres portent sur ce que le fichier contient au %2.</source>
        <translation>Rapport partiel : la période n'est pas terminée (elle s'achève le %1). Les chiffres portent sur ce que le fichier contient au %2.</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Fichier enregistré</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>« %1 » est enregistré dans le dossier « %2 ».</source>
        <translation>« %1 » est enregistré dans le dossier « %2 ».</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Ouvrir le &amp;dossier</source>
        <translation>Ouvrir le &amp;dossier</translation>
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
    <message>
        <source>Rien n'a été écrit dans « %1 ».</source>
        <translation>Rien n'a été écrit dans « %1 ».</translation>
    </message>
    <message>
        <source>L'écriture de « %1 » a échoué (disque plein ou erreur du disque) : rien n'a été écrit, et le fichier qui portait ce nom, s'il existait, est intact.</source>
        <translation>L'écriture de « %1 » a échoué (disque plein ou erreur du disque) : rien n'a été écrit, et le fichier qui portait ce nom, s'il existait, est intact.</translation>
    </message>
    <message>
        <source>Le fichier « %1 » n'est pas un annuaire Kit ETP (.etpannuaire). Il n'a pas été modifié.</source>
        <translation>Le fichier « %1 » n'est pas un annuaire Kit ETP (.etpannuaire). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>L'annuaire « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.</source>
        <translation>L'annuaire « %1 » a été créé par une version plus récente de Kit ETP. Mettez Kit ETP à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>« %1 » n'a pas été ajouté à l'annuaire :</source>
        <translation>« %1 » n'a pas été ajouté à l'annuaire :</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>%1 sur %2 depuis le %3</source>
        <translation>%1 sur %2 depuis le %3</translation>
    </message>
    <message>
        <source>%1 depuis le %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>un autre Kit ETP (peut-être sous un autre nom de ce fichier)</source>
        <translation>un autre Kit ETP (peut-être sous un autre nom de ce fichier)</translation>
    </message>
</context>
<context>
    <name>GpLetterDocument</name>
    <message>
        <source>%1 n'a pas consenti au partage de ses données avec le médecin traitant (aucune étape « consentement au partage » dans son parcours) : la synthèse ne peut pas être envoyée. Notez d'abord son consentement.</source>
        <translation>%1 n'a pas consenti au partage de ses données avec le médecin traitant (aucune étape « consentement au partage » dans son parcours) : la synthèse ne peut pas être envoyée. Notez d'abord son consentement.</translation>
    </message>
</context>
<context>
    <name>GuideCommands</name>
    <message>
        <source>Ajouter le conducteur « %1 »</source>
        <translation>Ajouter le conducteur « %1 »</translation>
    </message>
    <message>
        <source>Supprimer le conducteur « %1 »</source>
        <translation>Supprimer le conducteur « %1 »</translation>
    </message>
    <message>
        <source>Modifier le conducteur « %1 »</source>
        <translation>Modifier le conducteur « %1 »</translation>
    </message>
    <message>
        <source>Ajouter la séance « %1 »</source>
        <translation>Ajouter la séance « %1 »</translation>
    </message>
    <message>
        <source>Supprimer la séance « %1 »</source>
        <translation>Supprimer la séance « %1 »</translation>
    </message>
    <message>
        <source>Modifier « %1 » de la séance « %2 »</source>
        <translation>Modifier « %1 » de la séance « %2 »</translation>
    </message>
    <message>
        <source>Réordonner les conducteurs</source>
        <translation>Réordonner les conducteurs</translation>
    </message>
    <message>
        <source>Déplacer la séance « %1 »</source>
        <translation>Déplacer la séance « %1 »</translation>
    </message>
    <message>
        <source>Remplacer les guides par un import</source>
        <translation>Remplacer les guides par un import</translation>
    </message>
    <message>
        <source>Importer des guides</source>
        <translation>Importer des guides</translation>
    </message>
    <message>
        <source>Ajouter le support « %1 »</source>
        <translation>Ajouter le support « %1 »</translation>
    </message>
    <message>
        <source>Retirer le support « %1 »</source>
        <translation>Retirer le support « %1 »</translation>
    </message>
    <message>
        <source>Modifier le support « %1 »</source>
        <translation>Modifier le support « %1 »</translation>
    </message>
    <message>
        <source>Noter la réponse de « %1 »</source>
        <translation>Noter la réponse de « %1 »</translation>
    </message>
    <message>
        <source>Modifier le destinataire du paquet « %1 »</source>
        <translation>Modifier le destinataire du paquet « %1 »</translation>
    </message>
</context>
<context>
    <name>GuideExchange</name>
    <message>
        <source>« %1 » : %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>champ obligatoire absent</source>
        <translation>champ obligatoire absent</translation>
    </message>
    <message>
        <source>un texte est attendu</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <source>texte trop long (%1 caractères au plus)</source>
        <translation>texte trop long (%1 caractères au plus)</translation>
    </message>
    <message>
        <source>un nombre entier entre 0 et %1 est attendu</source>
        <translation>un nombre entier entre 0 et %1 est attendu</translation>
    </message>
    <message>
        <source>vrai ou faux (true / false) est attendu</source>
        <translation>vrai ou faux (true / false) est attendu</translation>
    </message>
    <message>
        <source>une liste est attendue</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <source>%1 éléments au plus</source>
        <translation>%1 éléments au plus</translation>
    </message>
    <message>
        <source>une liste de textes est attendue</source>
        <translation>une liste de textes est attendue</translation>
    </message>
    <message>
        <source>élément trop long (%1 caractères au plus)</source>
        <translation>élément trop long (%1 caractères au plus)</translation>
    </message>
    <message>
        <source>« %1 » : un objet est attendu</source>
        <translation>« %1 » : un objet est attendu</translation>
    </message>
    <message>
        <source>« autosoins », « adaptation » ou « securite » est attendu</source>
        <translation>« autosoins », « adaptation » ou « securite » est attendu</translation>
    </message>
    <message>
        <source>la compétence « %1 » n'est pas dans la liste « competences » du fichier</source>
        <translation>la compétence « %1 » n'est pas dans la liste « competences » du fichier</translation>
    </message>
    <message>
        <source>« collective » ou « individuelle » est attendu</source>
        <translation>« collective » ou « individuelle » est attendu</translation>
    </message>
    <message>
        <source>ce n'est pas un fichier de guides de Kit ETP (le champ « format » devrait valoir « %1 »).</source>
        <translation>ce n'est pas un fichier de guides de Kit ETP (le champ « format » devrait valoir « %1 »).</translation>
    </message>
    <message>
        <source>le numéro de version du fichier est invalide.</source>
        <translation>le numéro de version du fichier est invalide.</translation>
    </message>
    <message>
        <source>le fichier est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation>le fichier est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</translation>
    </message>
    <message>
        <source>« %1 » : le code « %2 » apparaît deux fois.</source>
        <translation>« %1 » : le code « %2 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>« %1.seances[%2] » : le code « %3 » apparaît deux fois.</source>
        <translation>« %1.seances[%2] » : le code « %3 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Ajouté : %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>Renommé : %1</source>
        <translation>Renommé : %1</translation>
    </message>
    <message>
        <source>Refusé : %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucun conducteur.</source>
        <translation>Le fichier ne contient aucun conducteur.</translation>
    </message>
    <message>
        <source>Fichier de guides refusé : %1</source>
        <translation>Fichier de guides refusé : %1</translation>
    </message>
    <message>
        <source>il dépasse %1 Mo.</source>
        <translation>il dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>ce n'est pas un fichier JSON valide (%1, position %2).</source>
        <translation>ce n'est pas un fichier JSON valide (%1, position %2).</translation>
    </message>
    <message>
        <source>le fichier doit contenir un objet JSON.</source>
        <translation>le fichier doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>%1 « %2 » (déjà présent, identique)</source>
        <translation>%1 « %2 » (déjà présent, identique)</translation>
    </message>
    <message>
        <source>%1 → %2 (code déjà utilisé)</source>
        <translation>%1 → %2 (code déjà utilisé)</translation>
    </message>
    <message numerus="yes">
        <source>%1 « %2 » (%n séance(s))</source>
        <translation><numerusform>%1 « %2 » (%n séance)</numerusform><numerusform>%1 « %2 » (%n séances)</numerusform></translation>
    </message>
    <message>
        <source>type de support inconnu</source>
        <translation>type de support inconnu</translation>
    </message>
    <message>
        <source>une taille entre 1 octet et %1 Mo est attendue</source>
        <translation>une taille entre 1 octet et %1 Mo est attendue</translation>
    </message>
    <message>
        <source>une empreinte SHA-256 (64 chiffres hexadécimaux) est attendue</source>
        <translation>une empreinte SHA-256 (64 chiffres hexadécimaux) est attendue</translation>
    </message>
    <message>
        <source>« %1 » : un texte d'une ligne est attendu</source>
        <translation>« %1 » : un texte d'une ligne est attendu</translation>
    </message>
    <message>
        <source>un objet est attendu</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>un numéro de version entier est attendu</source>
        <translation>un numéro de version entier est attendu</translation>
    </message>
    <message>
        <source>quiz au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation>quiz au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</translation>
    </message>
    <message>
        <source>« vrai_faux », « choix_unique » ou « choix_multiple » est attendu</source>
        <translation>« vrai_faux », « choix_unique » ou « choix_multiple » est attendu</translation>
    </message>
    <message>
        <source>des numéros de choix (0, 1, 2...) sont attendus</source>
        <translation>des numéros de choix (0, 1, 2...) sont attendus</translation>
    </message>
    <message>
        <source>Mis à jour : %1</source>
        <translation>Mis à jour : %1</translation>
    </message>
</context>
<context>
    <name>GuideHtml</name>
    <message>
        <source>Non renseigné.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>Compétences %1</source>
        <translation>Compétences %1</translation>
    </message>
    <message>
        <source>Aucune compétence choisie.</source>
        <translation>Aucune compétence choisie.</translation>
    </message>
    <message>
        <source>Séance individuelle</source>
        <translation>Séance individuelle</translation>
    </message>
    <message>
        <source>%1 à %2 participants</source>
        <translation>%1 à %2 participants</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) au plus</source>
        <translation><numerusform>%n participant au plus</numerusform><numerusform>%n participants au plus</numerusform></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Brouillon : contenu proposé par Kit ETP d'après la pratique courante de l'ETP, à relire et adapter par l'équipe avant usage.</source>
        <translation>Brouillon : contenu proposé par Kit ETP d'après la pratique courante de l'ETP, à relire et adapter par l'équipe avant usage.</translation>
    </message>
</context>
<context>
    <name>GuidePackage</name>
    <message>
        <source>Le paquet n'a pas pu être écrit (%1).</source>
        <translation>Le paquet n'a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>Paquet refusé : %1</source>
        <translation>Paquet refusé : %1</translation>
    </message>
    <message>
        <source>il dépasse %1 Mo.</source>
        <translation>il dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>ce n'est pas un paquet Kit ETP lisible.</source>
        <translation>ce n'est pas un paquet Kit ETP lisible.</translation>
    </message>
    <message>
        <source>ce n'est pas une archive zip lisible (%1).</source>
        <translation>ce n'est pas une archive zip lisible (%1).</translation>
    </message>
    <message>
        <source>il contient plus de %1 fichiers.</source>
        <translation>il contient plus de %1 fichiers.</translation>
    </message>
    <message>
        <source>une entrée de l'archive est illisible.</source>
        <translation>une entrée de l'archive est illisible.</translation>
    </message>
    <message>
        <source>le nom « %1 » n'est pas admis (chemin absolu, remontée « .. », dossier ou caractère spécial).</source>
        <translation>le nom « %1 » n'est pas admis (chemin absolu, remontée « .. », dossier ou caractère spécial).</translation>
    </message>
    <message>
        <source>le fichier « %1 » y figure deux fois.</source>
        <translation>le fichier « %1 » y figure deux fois.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un fichier ordinaire (lien symbolique ou fichier spécial).</source>
        <translation>« %1 » n'est pas un fichier ordinaire (lien symbolique ou fichier spécial).</translation>
    </message>
    <message>
        <source>« %1 » est chiffré.</source>
        <translation>« %1 » est chiffré.</translation>
    </message>
    <message>
        <source>« %1 » est trop gros (%2 Mo au plus par fichier).</source>
        <translation>« %1 » est trop gros (%2 Mo au plus par fichier).</translation>
    </message>
    <message>
        <source>« %1 » ne peut pas être lu (%2).</source>
        <translation>« %1 » ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>« %1 » est endommagé.</source>
        <translation>« %1 » est endommagé.</translation>
    </message>
    <message>
        <source>son contenu décompressé dépasse %1 Mo.</source>
        <translation>son contenu décompressé dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>« %1 » se décompresse en bien plus que sa taille (bombe zip ?).</source>
        <translation>« %1 » se décompresse en bien plus que sa taille (bombe zip ?).</translation>
    </message>
    <message>
        <source>il n'a pas de manifeste (manifest.json).</source>
        <translation>il n'a pas de manifeste (manifest.json).</translation>
    </message>
    <message>
        <source>son manifeste n'est pas un JSON valide.</source>
        <translation>son manifeste n'est pas un JSON valide.</translation>
    </message>
    <message>
        <source>son manifeste n'est pas celui d'un paquet Kit ETP.</source>
        <translation>son manifeste n'est pas celui d'un paquet Kit ETP.</translation>
    </message>
    <message>
        <source>le numéro de version du manifeste est invalide.</source>
        <translation>le numéro de version du manifeste est invalide.</translation>
    </message>
    <message>
        <source>le paquet est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</source>
        <translation>le paquet est au format %1, plus récent que celui que cette version de Kit ETP comprend (%2). Mettez Kit ETP à jour.</translation>
    </message>
    <message>
        <source>le manifeste annonce « %1 », absent du paquet.</source>
        <translation>le manifeste annonce « %1 », absent du paquet.</translation>
    </message>
    <message>
        <source>« %1 » ne correspond pas au manifeste (taille ou somme de contrôle SHA-256).</source>
        <translation>« %1 » ne correspond pas au manifeste (taille ou somme de contrôle SHA-256).</translation>
    </message>
    <message>
        <source>« %1 » n'est pas annoncé par le manifeste.</source>
        <translation>« %1 » n'est pas annoncé par le manifeste.</translation>
    </message>
    <message>
        <source>il ne contient pas de guides (guides.json).</source>
        <translation>il ne contient pas de guides (guides.json).</translation>
    </message>
    <message>
        <source>le support « %1 » renvoie à « %2 », absent du paquet.</source>
        <translation>le support « %1 » renvoie à « %2 », absent du paquet.</translation>
    </message>
    <message>
        <source>le support « %1 » ne correspond pas à sa somme de contrôle.</source>
        <translation>le support « %1 » ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>le support « %1 » : %2</source>
        <translation>le support « %1 » : %2</translation>
    </message>
    <message>
        <source>« %1 » n'est le fichier d'aucun support.</source>
        <translation>« %1 » n'est le fichier d'aucun support.</translation>
    </message>
</context>
<context>
    <name>GuideRules</name>
    <message>
        <source>%1 : %2 caractères au plus (le texte en a %3).</source>
        <translation>%1 : %2 caractères au plus (le texte en a %3).</translation>
    </message>
    <message>
        <source>%1 : une seule ligne, sans caractère de contrôle.</source>
        <translation>%1 : une seule ligne, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 : caractère de contrôle interdit.</source>
        <translation>%1 : caractère de contrôle interdit.</translation>
    </message>
    <message>
        <source>%1 : %2 éléments au plus.</source>
        <translation>%1 : %2 éléments au plus.</translation>
    </message>
    <message>
        <source>%1 : élément vide.</source>
        <translation>%1 : élément vide.</translation>
    </message>
    <message>
        <source>%1 : un nombre entre 0 et %2 (reçu %3).</source>
        <translation>%1 : un nombre entre 0 et %2 (reçu %3).</translation>
    </message>
    <message>
        <source>Le code est obligatoire (par exemple « C1 » ou « C1S2 »).</source>
        <translation>Le code est obligatoire (par exemple « C1 » ou « C1S2 »).</translation>
    </message>
    <message>
        <source>Le code « %1 » est trop long (%2 caractères au plus).</source>
        <translation>Le code « %1 » est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>Le code « %1 » ne peut contenir que des lettres sans accent, des chiffres, « - », « _ » et « . ».</source>
        <translation>Le code « %1 » ne peut contenir que des lettres sans accent, des chiffres, « - », « _ » et « . ».</translation>
    </message>
    <message>
        <source>Le titre est obligatoire.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Participants minimum</source>
        <translation>Participants minimum</translation>
    </message>
    <message>
        <source>Participants maximum</source>
        <translation>Participants maximum</translation>
    </message>
    <message>
        <source>Professions des animateurs</source>
        <translation>Professions des animateurs</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Le nombre minimum de participants (%1) dépasse le maximum (%2).</source>
        <translation>Le nombre minimum de participants (%1) dépasse le maximum (%2).</translation>
    </message>
    <message>
        <source>Déroulé : %1 étapes au plus.</source>
        <translation>Déroulé : %1 étapes au plus.</translation>
    </message>
    <message>
        <source>Étape %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Le libellé de la compétence est obligatoire.</source>
        <translation>Le libellé de la compétence est obligatoire.</translation>
    </message>
    <message>
        <source>Compétence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Autosoins</source>
        <translation>Autosoins</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Individuelle</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Quiz : %1</source>
        <translation>Quiz : %1</translation>
    </message>
</context>
<context>
    <name>GuideStore</name>
    <message>
        <source>Le code « %1 » est déjà utilisé.</source>
        <translation>Le code « %1 » est déjà utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : des séances de ce conducteur figurent dans le programme personnalisé de %n patient(s). Retirez-les d'abord de leur programme (page Patients).</source>
        <translation><numerusform>Suppression impossible : des séances de ce conducteur figurent dans le programme personnalisé de %n patient. Retirez-les d'abord de leur programme (page Patients).</numerusform><numerusform>Suppression impossible : des séances de ce conducteur figurent dans le programme personnalisé de %n patients. Retirez-les d'abord de leur programme (page Patients).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : cette séance figure dans le programme personnalisé de %n patient(s). Retirez-la d'abord de leur programme (page Patients).</source>
        <translation><numerusform>Suppression impossible : cette séance figure dans le programme personnalisé de %n patient. Retirez-la d'abord de leur programme (page Patients).</numerusform><numerusform>Suppression impossible : cette séance figure dans le programme personnalisé de %n patients. Retirez-la d'abord de leur programme (page Patients).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suppression impossible : %n séance(s) du calendrier utilisent ce guide. Supprimez-les d'abord dans la page Séances.</source>
        <translation><numerusform>Suppression impossible : %n séance du calendrier utilisent ce guide. Supprimez-les d'abord dans la page Séances.</numerusform><numerusform>Suppression impossible : %n séances du calendrier utilisent ce guide. Supprimez-les d'abord dans la page Séances.</numerusform></translation>
    </message>
</context>
<context>
    <name>GuideTransfer</name>
    <message>
        <source>compétence « %1 » au catalogue</source>
        <translation>compétence « %1 » au catalogue</translation>
    </message>
    <message>
        <source>Ce fichier de guides renvoie à des supports qu'il ne contient pas (« %1 ») : importez le paquet .etpkit.</source>
        <translation>Ce fichier de guides renvoie à des supports qu'il ne contient pas (« %1 ») : importez le paquet .etpkit.</translation>
    </message>
    <message>
        <source>%1 « %2 » mis à jour (même origine : %3)</source>
        <translation>%1 « %2 » mis à jour (même origine : %3)</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Ateliers</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Ajouter un &amp;conducteur</source>
        <translation>Ajouter un &amp;conducteur</translation>
    </message>
    <message>
        <source>Ajouter un conducteur (un ensemble de séances sur un thème)</source>
        <translation>Ajouter un conducteur (un ensemble de séances sur un thème)</translation>
    </message>
    <message>
        <source>Ajouter une &amp;séance</source>
        <translation>Ajouter une &amp;séance</translation>
    </message>
    <message>
        <source>Ajouter une séance au conducteur choisi</source>
        <translation>Ajouter une séance au conducteur choisi</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Dupliquer l'élément choisi</source>
        <translation>Dupliquer l'élément choisi</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Supprimer l'élément choisi</source>
        <translation>Supprimer l'élément choisi</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Monter l'élément choisi</source>
        <translation>Monter l'élément choisi</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Descendre l'élément choisi</source>
        <translation>Descendre l'élément choisi</translation>
    </message>
    <message>
        <source>Glissez-déposez pour réordonner les conducteurs et déplacer les séances.</source>
        <translation>Glissez-déposez pour réordonner les conducteurs et déplacer les séances.</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Échanger</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <source>Choisissez un conducteur ou une séance dans la liste, ou ajoutez-en un.</source>
        <translation>Choisissez un conducteur ou une séance dans la liste, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Conducteur</source>
        <translation>Conducteur</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Titre :</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Description :</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Présentation du conducteur</source>
        <translation>Présentation du conducteur</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Modalité :</source>
        <translation>Modalité :</translation>
    </message>
    <message>
        <source>Durée :</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Participants minimum :</source>
        <translation>Participants minimum :</translation>
    </message>
    <message>
        <source>Participants maximum :</source>
        <translation>Participants maximum :</translation>
    </message>
    <message>
        <source>Public :</source>
        <translation>Public :</translation>
    </message>
    <message>
        <source>Animateurs (professions) :</source>
        <translation>Animateurs (professions) :</translation>
    </message>
    <message>
        <source>Un élément par ligne.</source>
        <translation>Un élément par ligne.</translation>
    </message>
    <message>
        <source>Salle :</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <source>Matériel :</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>Un élément par ligne. Chaque ligne devient une case à cocher du guide.</source>
        <translation>Un élément par ligne. Chaque ligne devient une case à cocher du guide.</translation>
    </message>
    <message>
        <source>Brouillon à relire et adapter par l'équipe</source>
        <translation>Brouillon à relire et adapter par l'équipe</translation>
    </message>
    <message>
        <source>Objectifs et compétences</source>
        <translation>Objectifs et compétences</translation>
    </message>
    <message>
        <source>Objectifs pédagogiques :</source>
        <translation>Objectifs pédagogiques :</translation>
    </message>
    <message>
        <source>« À la fin de la séance, le participant est capable de … » — Un élément par ligne.</source>
        <translation>« À la fin de la séance, le participant est capable de … » — Un élément par ligne.</translation>
    </message>
    <message>
        <source>Compétences visées :</source>
        <translation>Compétences visées :</translation>
    </message>
    <message>
        <source>Cochez les compétences du catalogue que la séance vise.</source>
        <translation>Cochez les compétences du catalogue que la séance vise.</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Double-cliquez une case pour la modifier.</source>
        <translation>Double-cliquez une case pour la modifier.</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Supprimer l'étape</source>
        <translation>Supprimer l'étape</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Évaluation et messages</source>
        <translation>Évaluation et messages</translation>
    </message>
    <message>
        <source>Évaluation des compétences :</source>
        <translation>Évaluation des compétences :</translation>
    </message>
    <message>
        <source>Comment les animateurs vérifient ce qui a été appris</source>
        <translation>Comment les animateurs vérifient ce qui a été appris</translation>
    </message>
    <message>
        <source>Messages clés (fiche patient) :</source>
        <translation>Messages clés (fiche patient) :</translation>
    </message>
    <message>
        <source>Sources :</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Références</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Rechercher un conducteur ou une séance (Entrée : suivant)…</source>
        <translation>Rechercher un conducteur ou une séance (Entrée : suivant)…</translation>
    </message>
    <message>
        <source>Rechercher un conducteur ou une séance</source>
        <translation>Rechercher un conducteur ou une séance</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Téléphone : %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Courriel : %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <source>Les coordonnées de l'équipe :</source>
        <translation>Les coordonnées de l'équipe :</translation>
    </message>
    <message>
        <source>Fiche patient %1</source>
        <translation>Fiche patient %1</translation>
    </message>
    <message>
        <source>Fiche patient — séance %1</source>
        <translation>Fiche patient — séance %1</translation>
    </message>
    <message>
        <source>Ce qu'il faut retenir</source>
        <translation>Ce qu'il faut retenir</translation>
    </message>
    <message>
        <source>Votre équipe vous remettra les messages clés de la séance.</source>
        <translation>Votre équipe vous remettra les messages clés de la séance.</translation>
    </message>
    <message>
        <source>Mes notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Mes questions pour l'équipe</source>
        <translation>Mes questions pour l'équipe</translation>
    </message>
    <message>
        <source>Contacter l'équipe</source>
        <translation>Contacter l'équipe</translation>
    </message>
    <message>
        <source>En cas d'urgence vitale, appelez le 15. Cette fiche ne remplace pas les conseils de votre équipe soignante.</source>
        <translation>En cas d'urgence vitale, appelez le 15. Cette fiche ne remplace pas les conseils de votre équipe soignante.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Indicateurs — %1</source>
        <translation>Indicateurs — %1</translation>
    </message>
    <message>
        <source>File active</source>
        <translation>File active</translation>
    </message>
    <message>
        <source>Patients dont le consentement d'entrée est daté au plus tard du dernier jour de la période et qui ne sont pas sortis avant son premier jour.</source>
        <translation>Patients dont le consentement d'entrée est daté au plus tard du dernier jour de la période et qui ne sont pas sortis avant son premier jour.</translation>
    </message>
    <message>
        <source>Patients à qui le programme a été proposé</source>
        <translation>Patients à qui le programme a été proposé</translation>
    </message>
    <message>
        <source>Patients ayant une étape « proposition » datée dans la période.</source>
        <translation>Patients ayant une étape « proposition » datée dans la période.</translation>
    </message>
    <message>
        <source>Patients entrés dans le programme</source>
        <translation>Patients entrés dans le programme</translation>
    </message>
    <message>
        <source>Patients dont le consentement d'entrée est daté dans la période (un parcours commencé une année et terminé la suivante compte comme entrée la première année).</source>
        <translation>Patients dont le consentement d'entrée est daté dans la période (un parcours commencé une année et terminé la suivante compte comme entrée la première année).</translation>
    </message>
    <message>
        <source>Bilans éducatifs partagés réalisés</source>
        <translation>Bilans éducatifs partagés réalisés</translation>
    </message>
    <message>
        <source>Patients ayant un bilan éducatif partagé daté dans la période.</source>
        <translation>Patients ayant un bilan éducatif partagé daté dans la période.</translation>
    </message>
    <message>
        <source>Programmes personnalisés définis</source>
        <translation>Programmes personnalisés définis</translation>
    </message>
    <message>
        <source>Patients dont le programme personnalisé a été convenu dans la période.</source>
        <translation>Patients dont le programme personnalisé a été convenu dans la période.</translation>
    </message>
    <message>
        <source>Patients ayant suivi au moins une séance</source>
        <translation>Patients ayant suivi au moins une séance</translation>
    </message>
    <message>
        <source>Patients notés présents à au moins une séance dont la date est dans la période.</source>
        <translation>Patients notés présents à au moins une séance dont la date est dans la période.</translation>
    </message>
    <message>
        <source>Parcours terminés</source>
        <translation>Parcours terminés</translation>
    </message>
    <message>
        <source>Patients dont la sortie « parcours terminé » est datée dans la période (compte l'année de la fin, même si l'entrée date de l'année précédente).</source>
        <translation>Patients dont la sortie « parcours terminé » est datée dans la période (compte l'année de la fin, même si l'entrée date de l'année précédente).</translation>
    </message>
    <message>
        <source>Arrêts du parcours</source>
        <translation>Arrêts du parcours</translation>
    </message>
    <message>
        <source>Sorties datées dans la période pour arrêt à la demande du patient, décès ou déménagement, détaillées par motif.</source>
        <translation>Sorties datées dans la période pour arrêt à la demande du patient, décès ou déménagement, détaillées par motif.</translation>
    </message>
    <message>
        <source>Perdus de vue</source>
        <translation>Perdus de vue</translation>
    </message>
    <message>
        <source>Sorties « perdu de vue » datées dans la période.</source>
        <translation>Sorties « perdu de vue » datées dans la période.</translation>
    </message>
    <message>
        <source>Séances réalisées</source>
        <translation>Séances réalisées</translation>
    </message>
    <message>
        <source>Séances du calendrier datées dans la période (31 décembre inclus) où au moins un participant est noté présent, par séance du programme.</source>
        <translation>Séances du calendrier datées dans la période (31 décembre inclus) où au moins un participant est noté présent, par séance du programme.</translation>
    </message>
    <message>
        <source>Taux de présence</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Présents divisés par inscrits, sur toutes les séances du calendrier datées dans la période, par séance du programme.</source>
        <translation>Présents divisés par inscrits, sur toutes les séances du calendrier datées dans la période, par séance du programme.</translation>
    </message>
    <message>
        <source>Places prévues</source>
        <translation>Places prévues</translation>
    </message>
    <message>
        <source>Somme des capacités des séances du calendrier datées dans la période.</source>
        <translation>Somme des capacités des séances du calendrier datées dans la période.</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Inscriptions aux séances datées dans la période, quel que soit le statut de présence.</source>
        <translation>Inscriptions aux séances datées dans la période, quel que soit le statut de présence.</translation>
    </message>
    <message>
        <source>Présences</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Inscriptions notées « présent » aux séances datées dans la période.</source>
        <translation>Inscriptions notées « présent » aux séances datées dans la période.</translation>
    </message>
    <message>
        <source>Évaluations individuelles finales</source>
        <translation>Évaluations individuelles finales</translation>
    </message>
    <message>
        <source>Évaluations individuelles finales datées dans la période.</source>
        <translation>Évaluations individuelles finales datées dans la période.</translation>
    </message>
    <message>
        <source>Synthèses envoyées au médecin traitant</source>
        <translation>Synthèses envoyées au médecin traitant</translation>
    </message>
    <message>
        <source>Courriers au médecin traitant datés dans la période.</source>
        <translation>Courriers au médecin traitant datés dans la période.</translation>
    </message>
    <message>
        <source>Délai moyen d'envoi de la synthèse</source>
        <translation>Délai moyen d'envoi de la synthèse</translation>
    </message>
    <message>
        <source>Pour chaque courrier au médecin traitant daté dans la période : jours entre la dernière séance où le patient était présent (au plus tard le jour du courrier) et le courrier ; moyenne. Les courriers sans séance suivie avant eux ne sont pas comptés.</source>
        <translation>Pour chaque courrier au médecin traitant daté dans la période : jours entre la dernière séance où le patient était présent (au plus tard le jour du courrier) et le courrier ; moyenne. Les courriers sans séance suivie avant eux ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Courriers pris en compte</source>
        <translation>Courriers pris en compte</translation>
    </message>
    <message>
        <source>Consentements d'entrée recueillis</source>
        <translation>Consentements d'entrée recueillis</translation>
    </message>
    <message>
        <source>Consentements d'entrée dans le programme datés dans la période.</source>
        <translation>Consentements d'entrée dans le programme datés dans la période.</translation>
    </message>
    <message>
        <source>Consentements au partage des données recueillis</source>
        <translation>Consentements au partage des données recueillis</translation>
    </message>
    <message>
        <source>Consentements au partage des données (équipe, médecin traitant) datés dans la période.</source>
        <translation>Consentements au partage des données (équipe, médecin traitant) datés dans la période.</translation>
    </message>
    <message>
        <source>Objectifs des patients dont l'évaluation individuelle finale est datée dans la période</source>
        <translation>Objectifs des patients dont l'évaluation individuelle finale est datée dans la période</translation>
    </message>
    <message>
        <source>Objectifs atteints</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <source>, résultat « atteint ».</source>
        <translation>, résultat « atteint ».</translation>
    </message>
    <message>
        <source>Objectifs partiellement atteints</source>
        <translation>Objectifs partiellement atteints</translation>
    </message>
    <message>
        <source>, résultat « partiellement atteint ».</source>
        <translation>, résultat « partiellement atteint ».</translation>
    </message>
    <message>
        <source>Objectifs non atteints</source>
        <translation>Objectifs non atteints</translation>
    </message>
    <message>
        <source>, résultat « non atteint ».</source>
        <translation>, résultat « non atteint ».</translation>
    </message>
    <message>
        <source>Part des objectifs atteints</source>
        <translation>Part des objectifs atteints</translation>
    </message>
    <message>
        <source>Objectifs atteints divisés par les objectifs évalués (atteints, partiellement ou non) des patients dont l'évaluation finale est datée dans la période.</source>
        <translation>Objectifs atteints divisés par les objectifs évalués (atteints, partiellement ou non) des patients dont l'évaluation finale est datée dans la période.</translation>
    </message>
    <message>
        <source>Profession non renseignée</source>
        <translation>Profession non renseignée</translation>
    </message>
    <message>
        <source>Heures de formation à l'ETP</source>
        <translation>Heures de formation à l'ETP</translation>
    </message>
    <message>
        <source>Chartes d'engagement signées</source>
        <translation>Chartes d'engagement signées</translation>
    </message>
    <message>
        <source>Questionnaires de satisfaction saisis</source>
        <translation>Questionnaires de satisfaction saisis</translation>
    </message>
    <message>
        <source>Réponses au questionnaire de satisfaction datées dans la période.</source>
        <translation>Réponses au questionnaire de satisfaction datées dans la période.</translation>
    </message>
    <message>
        <source>Satisfaction moyenne (sur 5)</source>
        <translation>Satisfaction moyenne (sur 5)</translation>
    </message>
    <message>
        <source>Moyenne des réponses aux questions à échelle de 1 (pas du tout d'accord) à 5 (tout à fait d'accord) des questionnaires datés dans la période, par question.</source>
        <translation>Moyenne des réponses aux questions à échelle de 1 (pas du tout d'accord) à 5 (tout à fait d'accord) des questionnaires datés dans la période, par question.</translation>
    </message>
    <message>
        <source>Réponses favorables</source>
        <translation>Réponses favorables</translation>
    </message>
    <message>
        <source>Réponses 4 ou 5 divisées par toutes les réponses aux questions à échelle des questionnaires datés dans la période.</source>
        <translation>Réponses 4 ou 5 divisées par toutes les réponses aux questions à échelle des questionnaires datés dans la période.</translation>
    </message>
    <message>
        <source>Commentaires libres</source>
        <translation>Commentaires libres</translation>
    </message>
    <message>
        <source>Réponses non vides aux questions ouvertes des questionnaires datés dans la période.</source>
        <translation>Réponses non vides aux questions ouvertes des questionnaires datés dans la période.</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Processus</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Satisfaction des patients</source>
        <translation>Satisfaction des patients</translation>
    </message>
    <message>
        <source>pas de données</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 jours</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Parcours terminé</source>
        <translation>Parcours terminé</translation>
    </message>
    <message>
        <source>Arrêt à la demande du patient</source>
        <translation>Arrêt à la demande du patient</translation>
    </message>
    <message>
        <source>Perdu de vue</source>
        <translation>Perdu de vue</translation>
    </message>
    <message>
        <source>Décès</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Déménagement</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>nombre</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>heures</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>score sur 5</source>
        <translation>score sur 5</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unité</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Numérateur</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Dénominateur</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Clé</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Délai le plus court</source>
        <translation>Délai le plus court</translation>
    </message>
    <message>
        <source>Délai le plus long</source>
        <translation>Délai le plus long</translation>
    </message>
    <message>
        <source>Entrées avec un bilan éducatif partagé documenté</source>
        <translation>Entrées avec un bilan éducatif partagé documenté</translation>
    </message>
    <message>
        <source>Patients entrés dans la période (consentement d'entrée daté dans la période) ayant un bilan éducatif partagé enregistré à partir de leur entrée, divisés par les patients entrés.</source>
        <translation>Patients entrés dans la période (consentement d'entrée daté dans la période) ayant un bilan éducatif partagé enregistré à partir de leur entrée, divisés par les patients entrés.</translation>
    </message>
    <message>
        <source>Entrées avec un programme personnalisé convenu</source>
        <translation>Entrées avec un programme personnalisé convenu</translation>
    </message>
    <message>
        <source>Patients entrés dans la période ayant un programme personnalisé enregistré à partir de leur entrée, divisés par les patients entrés.</source>
        <translation>Patients entrés dans la période ayant un programme personnalisé enregistré à partir de leur entrée, divisés par les patients entrés.</translation>
    </message>
    <message>
        <source>Parcours terminés avec une évaluation individuelle finale écrite</source>
        <translation>Parcours terminés avec une évaluation individuelle finale écrite</translation>
    </message>
    <message>
        <source>Patients dont la sortie « parcours terminé » est datée dans la période et qui ont une évaluation individuelle finale enregistrée, divisés par ces parcours terminés.</source>
        <translation>Patients dont la sortie « parcours terminé » est datée dans la période et qui ont une évaluation individuelle finale enregistrée, divisés par ces parcours terminés.</translation>
    </message>
    <message>
        <source>Médecin traitant informé de l'entrée</source>
        <translation>Médecin traitant informé de l'entrée</translation>
    </message>
    <message>
        <source>Patients entrés dans la période ayant consenti au partage des données, dont le médecin traitant a reçu un courrier daté à partir de l'entrée, divisés par ces patients.</source>
        <translation>Patients entrés dans la période ayant consenti au partage des données, dont le médecin traitant a reçu un courrier daté à partir de l'entrée, divisés par ces patients.</translation>
    </message>
    <message>
        <source>Synthèse de fin de programme envoyée au médecin traitant</source>
        <translation>Synthèse de fin de programme envoyée au médecin traitant</translation>
    </message>
    <message>
        <source>Parcours terminés dans la période de patients ayant consenti au partage des données, dont le médecin traitant a reçu un courrier daté à partir de l'évaluation finale (ou de la sortie), divisés par ces parcours.</source>
        <translation>Parcours terminés dans la période de patients ayant consenti au partage des données, dont le médecin traitant a reçu un courrier daté à partir de l'évaluation finale (ou de la sortie), divisés par ces parcours.</translation>
    </message>
    <message>
        <source>Réunions d'équipe et de coordination documentées</source>
        <translation>Réunions d'équipe et de coordination documentées</translation>
    </message>
    <message>
        <source>Non calculable : le fichier du programme n'enregistre pas les réunions d'équipe ; à renseigner par l'équipe dans son analyse</source>
        <translation>Non calculable : le fichier du programme n'enregistre pas les réunions d'équipe ; à renseigner par l'équipe dans son analyse</translation>
    </message>
    <message>
        <source>Intervenants de la période</source>
        <translation>Intervenants de la période</translation>
    </message>
    <message>
        <source>Membres de l'équipe notés comme animateurs d'au moins une séance datée dans la période (qu'ils soient encore dans l'équipe aujourd'hui ou non), par profession.</source>
        <translation>Membres de l'équipe notés comme animateurs d'au moins une séance datée dans la période (qu'ils soient encore dans l'équipe aujourd'hui ou non), par profession.</translation>
    </message>
    <message>
        <source>Somme des heures de formation à l'ETP enregistrées pour les intervenants de la période.</source>
        <translation>Somme des heures de formation à l'ETP enregistrées pour les intervenants de la période.</translation>
    </message>
    <message>
        <source>Intervenants formés (40 heures ou plus)</source>
        <translation>Intervenants formés (40 heures ou plus)</translation>
    </message>
    <message>
        <source>Intervenants de la période ayant au moins 40 heures de formation à l'ETP enregistrées.</source>
        <translation>Intervenants de la période ayant au moins 40 heures de formation à l'ETP enregistrées.</translation>
    </message>
    <message>
        <source>Intervenants de la période dont la charte d'engagement est signée au plus tard le dernier jour de la période.</source>
        <translation>Intervenants de la période dont la charte d'engagement est signée au plus tard le dernier jour de la période.</translation>
    </message>
    <message>
        <source>Patients partenaires intervenants</source>
        <translation>Patients partenaires intervenants</translation>
    </message>
    <message>
        <source>Intervenants de la période qui sont patients partenaires.</source>
        <translation>Intervenants de la période qui sont patients partenaires.</translation>
    </message>
    <message>
        <source>Indicateurs de processus (d'après la HAS, 2014)</source>
        <translation>Indicateurs de processus (d'après la HAS, 2014)</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>d'après les indicateurs HAS 2014 — à vérifier</source>
        <translation>d'après les indicateurs HAS 2014 — à vérifier</translation>
    </message>
    <message>
        <source>Indicateurs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Bonnes réponses au quiz avant la séance</source>
        <translation>Bonnes réponses au quiz avant la séance</translation>
    </message>
    <message>
        <source>Questions justes divisées par les questions posées, sur les quiz remplis avant la séance pour les séances du calendrier datées dans la période, par séance du programme qui a un quiz. Une question est juste quand les cases cochées sont exactement les bonnes réponses.</source>
        <translation>Questions justes divisées par les questions posées, sur les quiz remplis avant la séance pour les séances du calendrier datées dans la période, par séance du programme qui a un quiz. Une question est juste quand les cases cochées sont exactement les bonnes réponses.</translation>
    </message>
    <message>
        <source>Bonnes réponses au quiz après la séance</source>
        <translation>Bonnes réponses au quiz après la séance</translation>
    </message>
    <message>
        <source>Questions justes divisées par les questions posées, sur les quiz remplis après la séance pour les séances du calendrier datées dans la période, par séance du programme qui a un quiz.</source>
        <translation>Questions justes divisées par les questions posées, sur les quiz remplis après la séance pour les séances du calendrier datées dans la période, par séance du programme qui a un quiz.</translation>
    </message>
    <message>
        <source>Gain moyen au quiz (points)</source>
        <translation>Gain moyen au quiz (points)</translation>
    </message>
    <message>
        <source>Moyenne, sur les patients qui ont rempli le quiz avant et après une même séance datée dans la période, de la part de bonnes réponses après moins celle d'avant, en points de pourcentage ; les patients qui n'ont répondu qu'après n'y entrent pas.</source>
        <translation>Moyenne, sur les patients qui ont rempli le quiz avant et après une même séance datée dans la période, de la part de bonnes réponses après moins celle d'avant, en points de pourcentage ; les patients qui n'ont répondu qu'après n'y entrent pas.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>« %1 » est introuvable.</source>
        <translation>« %1 » est introuvable.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un fichier.</source>
        <translation>« %1 » n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un fichier.</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>« %1 » dépasse la taille permise (%2 Mo).</source>
        <translation>« %1 » dépasse la taille permise (%2 Mo).</translation>
    </message>
</context>
<context>
    <name>LeaderGuideDocument</name>
    <message>
        <source>Étape</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Horaire</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
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
        <translation>Attention : les étapes durent %1 au total, la séance est prévue pour %2.</translation>
    </message>
    <message>
        <source>Aucune étape.</source>
        <translation>Aucune étape.</translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Modalités d'évaluation non renseignées.</source>
        <translation>Modalités d'évaluation non renseignées.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Acquis</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>À revoir</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Guide d'animation — %1</source>
        <translation>Guide d'animation — %1</translation>
    </message>
    <message>
        <source>Objectifs pédagogiques</source>
        <translation>Objectifs pédagogiques</translation>
    </message>
    <message>
        <source>À la fin de la séance, le participant est capable de :</source>
        <translation>À la fin de la séance, le participant est capable de :</translation>
    </message>
    <message>
        <source>Compétences visées</source>
        <translation>Compétences visées</translation>
    </message>
    <message>
        <source>Minutage</source>
        <translation>Minutage</translation>
    </message>
    <message>
        <source>Matériel à préparer</source>
        <translation>Matériel à préparer</translation>
    </message>
    <message>
        <source>Déroulé pas à pas</source>
        <translation>Déroulé pas à pas</translation>
    </message>
    <message>
        <source>Grille d'évaluation</source>
        <translation>Grille d'évaluation</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Guide d'animation %1</source>
        <translation>Guide d'animation %1</translation>
    </message>
    <message>
        <source>Guide d'animation</source>
        <translation>Guide d'animation</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Ce conducteur n'a pas encore de séance.</source>
        <translation>Ce conducteur n'a pas encore de séance.</translation>
    </message>
    <message>
        <source>Aucun support enregistré.</source>
        <translation>Aucun support enregistré.</translation>
    </message>
    <message>
        <source>étape %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>licence / source : %1</source>
        <translation>licence / source : %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>fichier %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>Matériel et supports</source>
        <translation>Matériel et supports</translation>
    </message>
    <message>
        <source>Le PDF du guide n'a pas pu être dessiné.</source>
        <translation>Le PDF du guide n'a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Le support « %1 » n'a pas pu être ajouté (%2).</source>
        <translation>Le support « %1 » n'a pas pu être ajouté (%2).</translation>
    </message>
    <message>
        <source>Les supports n'ont pas pu être ajoutés au guide (%1).</source>
        <translation>Les supports n'ont pas pu être ajoutés au guide (%1).</translation>
    </message>
</context>
<context>
    <name>LetterTemplateDialog</name>
    <message>
        <source>Modèle de la synthèse au médecin traitant</source>
        <translation>Modèle de la synthèse au médecin traitant</translation>
    </message>
    <message>
        <source>Le texte de la lettre. Les mots entre accolades sont remplacés pour chaque patient ; une ligne qui commence par « # » devient un titre.</source>
        <translation>Le texte de la lettre. Les mots entre accolades sont remplacés pour chaque patient ; une ligne qui commence par « # » devient un titre.</translation>
    </message>
    <message>
        <source>color: #555555;</source>
        <translation>color: #555555;</translation>
    </message>
    <message>
        <source>Revenir au modèle fourni</source>
        <translation>Revenir au modèle fourni</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Arrêt en cours…</source>
        <translation>Arrêt en cours…</translation>
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
    <message>
        <source>Nouvel &amp;annuaire…</source>
        <translation>Nouvel &amp;annuaire…</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Cartes photo-expression</source>
        <translation>Cartes photo-expression</translation>
    </message>
    <message>
        <source>Cartes vrai / faux</source>
        <translation>Cartes vrai / faux</translation>
    </message>
    <message>
        <source>Étude de cas</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Affiche</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Fiche patient</source>
        <translation>Fiche patient</translation>
    </message>
    <message>
        <source>Lien vers une vidéo</source>
        <translation>Lien vers une vidéo</translation>
    </message>
    <message>
        <source>Autre support</source>
        <translation>Autre support</translation>
    </message>
    <message>
        <source>Le support n'a pas de titre.</source>
        <translation>Le support n'a pas de titre.</translation>
    </message>
    <message>
        <source>Le titre du support doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>Le titre du support doit tenir sur une ligne de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>La licence ou la source doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>La licence ou la source doit tenir sur une ligne de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>La version doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>La version doit tenir sur une ligne de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Cette étape n'existe pas.</source>
        <translation>Cette étape n'existe pas.</translation>
    </message>
    <message>
        <source>Un lien vers une vidéo doit être une adresse http:// ou https://.</source>
        <translation>Un lien vers une vidéo doit être une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Un lien n'a pas de fichier.</source>
        <translation>Un lien n'a pas de fichier.</translation>
    </message>
    <message>
        <source>Seul un lien vers une vidéo a une adresse.</source>
        <translation>Seul un lien vers une vidéo a une adresse.</translation>
    </message>
    <message>
        <source>Le fichier du support est vide.</source>
        <translation>Le fichier du support est vide.</translation>
    </message>
    <message>
        <source>Ce fichier n'est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.</source>
        <translation>Ce fichier n'est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.</translation>
    </message>
    <message>
        <source>Le nom du fichier du support est invalide.</source>
        <translation>Le nom du fichier du support est invalide.</translation>
    </message>
    <message>
        <source>Le fichier pèse %1 Mo : %2 Mo au plus par support.</source>
        <translation>Le fichier pèse %1 Mo : %2 Mo au plus par support.</translation>
    </message>
    <message>
        <source>ce fichier n'est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.</source>
        <translation>ce fichier n'est ni un PDF, ni une image PNG, JPEG ou SVG, ni un document ODP, ODT, PPTX ou DOCX.</translation>
    </message>
    <message>
        <source>Cette séance n'existe plus.</source>
        <translation>Cette séance n'existe plus.</translation>
    </message>
    <message>
        <source>Ce support n'existe plus.</source>
        <translation>Ce support n'existe plus.</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Modèle :</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Fichier :</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Le fichier sera lisible par vous seul : il contiendra des données de santé.</source>
        <translation>Le fichier sera lisible par vous seul : il contiendra des données de santé.</translation>
    </message>
</context>
<context>
    <name>NotificationLetter</name>
    <message>
        <source>À l'attention du directeur général</source>
        <translation>À l'attention du directeur général</translation>
    </message>
    <message>
        <source>Référence de la déclaration : %1</source>
        <translation>Référence de la déclaration : %1</translation>
    </message>
    <message>
        <source>dossier envoyé le %1</source>
        <translation>dossier envoyé le %1</translation>
    </message>
    <message>
        <source>déclaration effective le %1</source>
        <translation>déclaration effective le %1</translation>
    </message>
    <message>
        <source>Nous vous prions d'agréer, Madame la directrice générale, Monsieur le directeur général, l'expression de nos salutations distinguées.</source>
        <translation>Nous vous prions d'agréer, Madame la directrice générale, Monsieur le directeur général, l'expression de nos salutations distinguées.</translation>
    </message>
    <message>
        <source>Le déclarant</source>
        <translation>Le déclarant</translation>
    </message>
    <message>
        <source>Coordonnateur : %1</source>
        <translation>Coordonnateur : %1</translation>
    </message>
    <message>
        <source>Signature :</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Notification d'un changement à l'ARS</source>
        <translation>Notification d'un changement à l'ARS</translation>
    </message>
    <message>
        <source>Objet :</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>notification d'un %1 — programme d'éducation thérapeutique « %2 »</source>
        <translation>notification d'un %1 — programme d'éducation thérapeutique « %2 »</translation>
    </message>
    <message>
        <source>Madame la directrice générale, Monsieur le directeur général,</source>
        <translation>Madame la directrice générale, Monsieur le directeur général,</translation>
    </message>
    <message>
        <source>Conformément aux articles R1161-4 et suivants du code de la santé publique, qui prévoient la notification au directeur général de l'agence régionale de santé de tout changement de coordonnateur, d'objectifs ou de source de financement, nous vous informons d'un %1 du programme d'éducation thérapeutique « %2 »%3.</source>
        <translation>Conformément aux articles R1161-4 et suivants du code de la santé publique, qui prévoient la notification au directeur général de l'agence régionale de santé de tout changement de coordonnateur, d'objectifs ou de source de financement, nous vous informons d'un %1 du programme d'éducation thérapeutique « %2 »%3.</translation>
    </message>
    <message>
        <source>Coordonnateur précédent :</source>
        <translation>Coordonnateur précédent :</translation>
    </message>
    <message>
        <source>Nouveau coordonnateur :</source>
        <translation>Nouveau coordonnateur :</translation>
    </message>
    <message>
        <source>Formation à l'ETP : %1 h%2 ; attestation %3.</source>
        <translation>Formation à l'ETP : %1 h%2 ; attestation %3.</translation>
    </message>
    <message>
        <source>à joindre</source>
        <translation>à joindre</translation>
    </message>
    <message>
        <source>jointe à ce courrier</source>
        <translation>jointe à ce courrier</translation>
    </message>
    <message>
        <source>Objectifs précédents :</source>
        <translation>Objectifs précédents :</translation>
    </message>
    <message>
        <source>Objectifs du programme désormais :</source>
        <translation>Objectifs du programme désormais :</translation>
    </message>
    <message>
        <source>Critères de jugement :</source>
        <translation>Critères de jugement :</translation>
    </message>
    <message>
        <source>Financement précédent :</source>
        <translation>Financement précédent :</translation>
    </message>
    <message>
        <source>Sources de financement désormais prévues :</source>
        <translation>Sources de financement désormais prévues :</translation>
    </message>
    <message>
        <source>Précisions :</source>
        <translation>Précisions :</translation>
    </message>
    <message>
        <source>Déclaration de l'arrêt du programme à l'ARS</source>
        <translation>Déclaration de l'arrêt du programme à l'ARS</translation>
    </message>
    <message>
        <source>déclaration de l'arrêt du programme d'éducation thérapeutique « %1 »</source>
        <translation>déclaration de l'arrêt du programme d'éducation thérapeutique « %1 »</translation>
    </message>
    <message>
        <source>Conformément à l'article R1161-4 du code de la santé publique, nous vous déclarons l'arrêt du programme d'éducation thérapeutique « %1 » à compter du %2.</source>
        <translation>Conformément à l'article R1161-4 du code de la santé publique, nous vous déclarons l'arrêt du programme d'éducation thérapeutique « %1 » à compter du %2.</translation>
    </message>
    <message>
        <source>Motif de l'arrêt :</source>
        <translation>Motif de l'arrêt :</translation>
    </message>
    <message>
        <source>Devenir des patients en cours de programme :</source>
        <translation>Devenir des patients en cours de programme :</translation>
    </message>
</context>
<context>
    <name>NotifyChangeDialog</name>
    <message>
        <source>Notifier un changement à l'ARS</source>
        <translation>Notifier un changement à l'ARS</translation>
    </message>
    <message>
        <source>Les changements de coordonnateur, d'objectifs ou de source de financement sont notifiés à l'ARS. Mettez d'abord à jour l'équipe, les objectifs ou le financement : le courrier reprend les nouvelles valeurs.</source>
        <translation>Les changements de coordonnateur, d'objectifs ou de source de financement sont notifiés à l'ARS. Mettez d'abord à jour l'équipe, les objectifs ou le financement : le courrier reprend les nouvelles valeurs.</translation>
    </message>
    <message>
        <source>&amp;Changement :</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <source>&amp;Date de notification :</source>
        <translation>&amp;Date de notification :</translation>
    </message>
    <message>
        <source>&amp;Précisions :</source>
        <translation>&amp;Précisions :</translation>
    </message>
    <message>
        <source>Ce qui est &amp;remplacé :</source>
        <translation>Ce qui est &amp;remplacé :</translation>
    </message>
    <message>
        <source>L'ancien coordonnateur (nom, profession), les anciens objectifs ou l'ancien financement</source>
        <translation>L'ancien coordonnateur (nom, profession), les anciens objectifs ou l'ancien financement</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>« %1 » est un fichier de programme Kit ETP : un export ne le remplace jamais. Choisissez un autre nom.</source>
        <translation>« %1 » est un fichier de programme Kit ETP : un export ne le remplace jamais. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Ce n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un nom de fichier.</source>
        <translation>Ce n'est pas un fichier ordinaire (un dossier, un périphérique ou un tube) : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>le fichier écrit n'a pas la taille attendue (%1 octets sur %2).</source>
        <translation>le fichier écrit n'a pas la taille attendue (%1 octets sur %2).</translation>
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
        <translation>L'impression de « %1 » a échoué.</translation>
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
    <message>
        <source>Enregistrer en ODT</source>
        <translation>Enregistrer en ODT</translation>
    </message>
    <message>
        <source>Documents texte ODT (*.odt)</source>
        <translation>Documents texte ODT (*.odt)</translation>
    </message>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Écriture de « %1 »…</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>la mise en page a échoué.</source>
        <translation>la mise en page a échoué.</translation>
    </message>
    <message>
        <source>le document ODT n'a pas pu être écrit.</source>
        <translation>le document ODT n'a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>PathEventDialog</name>
    <message>
        <source>Étape du parcours</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>Étape :</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Date :</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Par :</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Motif de sortie :</source>
        <translation>Motif de sortie :</translation>
    </message>
    <message>
        <source>Note :</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message numerus="yes">
        <source>Importer %n patient(s)</source>
        <translation><numerusform>Importer %n patient</numerusform><numerusform>Importer %n patients</numerusform></translation>
    </message>
    <message>
        <source>Rien n'a été importé : %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
</context>
<context>
    <name>PatientPath</name>
    <message numerus="yes">
        <source>Relancer : aucune séance depuis %n semaine(s)</source>
        <translation><numerusform>Relancer : aucune séance depuis %n semaine</numerusform><numerusform>Relancer : aucune séance depuis %n semaines</numerusform></translation>
    </message>
</context>
<context>
    <name>PatientProfile</name>
    <message>
        <source>Âge à l'entrée</source>
        <translation>Âge à l'entrée</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Localisation du cancer</source>
        <translation>Localisation du cancer</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>moins de 40 ans</source>
        <translation>moins de 40 ans</translation>
    </message>
    <message>
        <source>80 ans et plus</source>
        <translation>80 ans et plus</translation>
    </message>
    <message>
        <source>%1 à %2 ans</source>
        <translation>%1 à %2 ans</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Homme</translation>
    </message>
</context>
<context>
    <name>PatientStore</name>
    <message>
        <source>Le code patient « %1 » est déjà utilisé.</source>
        <translation>Le code patient « %1 » est déjà utilisé.</translation>
    </message>
    <message>
        <source>La date de l'étape est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>La date de l'étape est absente ou invraisemblable (entre 1990 et 2100).</translation>
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
        <translation>Supprimer le patient…</translation>
    </message>
    <message>
        <source>color: #555555; font-style: italic;</source>
        <translation>color: #555555; font-style: italic;</translation>
    </message>
    <message>
        <source>Identité (facultative)</source>
        <translation>Identité (facultative)</translation>
    </message>
    <message>
        <source>Prénom :</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Année de naissance :</source>
        <translation>Année de naissance :</translation>
    </message>
    <message>
        <source>ex. 1958</source>
        <translation>ex. 1958</translation>
    </message>
    <message>
        <source>Sexe :</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Contact :</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Contexte clinique</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <source>Code :</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Localisation du cancer :</source>
        <translation>Localisation du cancer :</translation>
    </message>
    <message>
        <source>Traitement oral :</source>
        <translation>Traitement oral :</translation>
    </message>
    <message>
        <source>Médecin adresseur :</source>
        <translation>Médecin adresseur :</translation>
    </message>
    <message>
        <source>Médecin traitant :</source>
        <translation>Médecin traitant :</translation>
    </message>
    <message>
        <source>Adresse du médecin :</source>
        <translation>Adresse du médecin :</translation>
    </message>
    <message>
        <source>Orientation :</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <source>Notes :</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Ajouter une étape…</source>
        <translation>Ajouter une étape…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Objectifs et résultats</source>
        <translation>Objectifs et résultats</translation>
    </message>
    <message>
        <source>Nouvel objectif (compétence convenue au bilan)…</source>
        <translation>Nouvel objectif (compétence convenue au bilan)…</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Programme personnalisé (séances prévues)</source>
        <translation>Programme personnalisé (séances prévues)</translation>
    </message>
    <message>
        <source>Séances et présences</source>
        <translation>Séances et présences</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Synthèse au médecin traitant</translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Modifier le modèle…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>Identité et notes masquées à l'écran (Préférences › Masquer les identités des patients).</source>
        <translation>Identité et notes masquées à l'écran (Préférences › Masquer les identités des patients).</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>Enregistrer en ODT, pour l'adapter dans un traitement de texte</source>
        <translation>Enregistrer en ODT, pour l'adapter dans un traitement de texte</translation>
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
        <translation>Rechercher un code, un nom, une localisation…</translation>
    </message>
    <message>
        <source>Étape du parcours</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Année d'entrée</source>
        <translation>Année d'entrée</translation>
    </message>
    <message>
        <source>Localisation du cancer</source>
        <translation>Localisation du cancer</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Importer (CSV)…</source>
        <translation>Importer (CSV)…</translation>
    </message>
    <message>
        <source>Exporter (CSV)…</source>
        <translation>Exporter (CSV)…</translation>
    </message>
    <message>
        <source>Rechercher un patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Filtrer par étape du parcours</source>
        <translation>Filtrer par étape du parcours</translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filtrer par année d'entrée</source>
        <translation>Filtrer par année d'entrée</translation>
    </message>
    <message>
        <source>Filtrer par localisation du cancer</source>
        <translation>Filtrer par localisation du cancer</translation>
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
        <translation>année %1</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Les dates de la période doivent être des dates réelles entre %1 et %2.</source>
        <translation>Les dates de la période doivent être des dates réelles entre %1 et %2.</translation>
    </message>
    <message>
        <source>La période commence après sa fin : la date de début doit précéder la date de fin.</source>
        <translation>La période commence après sa fin : la date de début doit précéder la date de fin.</translation>
    </message>
    <message>
        <source>année de programme %1 (du %2 au %3)</source>
        <translation>année de programme %1 (du %2 au %3)</translation>
    </message>
</context>
<context>
    <name>PiecesFolder</name>
    <message>
        <source>Ce chemin existe et n'est pas un dossier.</source>
        <translation>Ce chemin existe et n'est pas un dossier.</translation>
    </message>
    <message>
        <source>00-dossier-de-declaration.pdf</source>
        <translation>00-dossier-de-declaration.pdf</translation>
    </message>
</context>
<context>
    <name>ProgrammeCalendar</name>
    <message>
        <source>Ni la date de prise d'effet de la déclaration ni la date de début du programme ne sont enregistrées : les périodes sont des années civiles.</source>
        <translation>Ni la date de prise d'effet de la déclaration ni la date de début du programme ne sont enregistrées : les périodes sont des années civiles.</translation>
    </message>
    <message>
        <source>Périodes en années civiles, à la demande ; l'année du programme part du %1.</source>
        <translation>Périodes en années civiles, à la demande ; l'année du programme part du %1.</translation>
    </message>
    <message>
        <source>Années du programme comptées à partir de la prise d'effet de la déclaration, le %1.</source>
        <translation>Années du programme comptées à partir de la prise d'effet de la déclaration, le %1.</translation>
    </message>
    <message>
        <source>La date de prise d'effet de la déclaration n'est pas enregistrée : les années du programme sont comptées à partir de sa date de début, le %1.</source>
        <translation>La date de prise d'effet de la déclaration n'est pas enregistrée : les années du programme sont comptées à partir de sa date de début, le %1.</translation>
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
    <message>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Fonction du coordonnateur</source>
        <translation>Fonction du coordonnateur</translation>
    </message>
    <message>
        <source>Structure d'exercice du coordonnateur</source>
        <translation>Structure d'exercice du coordonnateur</translation>
    </message>
    <message>
        <source>Adresse professionnelle du coordonnateur</source>
        <translation>Adresse professionnelle du coordonnateur</translation>
    </message>
    <message>
        <source>Formation à la coordination</source>
        <translation>Formation à la coordination</translation>
    </message>
    <message>
        <source>Autres formations en ETP</source>
        <translation>Autres formations en ETP</translation>
    </message>
    <message>
        <source>Des patients intervenants participent</source>
        <translation>Des patients intervenants participent</translation>
    </message>
    <message>
        <source>Les patients intervenants sont formés</source>
        <translation>Les patients intervenants sont formés</translation>
    </message>
    <message>
        <source>Association de patients agréée partenaire</source>
        <translation>Association de patients agréée partenaire</translation>
    </message>
    <message>
        <source>Besoin identifié</source>
        <translation>Besoin identifié</translation>
    </message>
    <message>
        <source>Offre existante à proximité</source>
        <translation>Offre existante à proximité</translation>
    </message>
    <message>
        <source>Nature du problème de santé</source>
        <translation>Nature du problème de santé</translation>
    </message>
    <message>
        <source>Population concernée</source>
        <translation>Population concernée</translation>
    </message>
    <message>
        <source>Orientation des patients</source>
        <translation>Orientation des patients</translation>
    </message>
    <message>
        <source>Modalité de mise en œuvre</source>
        <translation>Modalité de mise en œuvre</translation>
    </message>
    <message>
        <source>Objectifs du programme</source>
        <translation>Objectifs du programme</translation>
    </message>
    <message>
        <source>Critères de jugement</source>
        <translation>Critères de jugement</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation>Bilan éducatif partagé</translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation>Programme personnalisé</translation>
    </message>
    <message>
        <source>Séances (individuelles ou collectives, contenus, outils)</source>
        <translation>Séances (individuelles ou collectives, contenus, outils)</translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse écrite</source>
        <translation>Évaluation individuelle et synthèse écrite</translation>
    </message>
    <message>
        <source>Partage d'informations entre intervenants</source>
        <translation>Partage d'informations entre intervenants</translation>
    </message>
    <message>
        <source>Coordination avec les autres soignants du patient</source>
        <translation>Coordination avec les autres soignants du patient</translation>
    </message>
    <message>
        <source>Documents d'information du patient</source>
        <translation>Documents d'information du patient</translation>
    </message>
    <message>
        <source>Recueil du consentement (entrée et partage des données)</source>
        <translation>Recueil du consentement (entrée et partage des données)</translation>
    </message>
    <message>
        <source>Le patient peut sortir à tout moment sans conséquence</source>
        <translation>Le patient peut sortir à tout moment sans conséquence</translation>
    </message>
    <message>
        <source>Confidentialité et protection des données</source>
        <translation>Confidentialité et protection des données</translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle</source>
        <translation>Auto-évaluation annuelle</translation>
    </message>
    <message>
        <source>Évaluation quadriennale</source>
        <translation>Évaluation quadriennale</translation>
    </message>
    <message>
        <source>ARS destinataire</source>
        <translation>ARS destinataire</translation>
    </message>
    <message>
        <source>Mode d'envoi</source>
        <translation>Mode d'envoi</translation>
    </message>
    <message>
        <source>Déclaration sur l'honneur de conformité au cahier des charges</source>
        <translation>Déclaration sur l'honneur de conformité au cahier des charges</translation>
    </message>
    <message>
        <source>Déclarant signataire</source>
        <translation>Déclarant signataire</translation>
    </message>
    <message>
        <source>Responsable médical signataire</source>
        <translation>Responsable médical signataire</translation>
    </message>
    <message>
        <source>Signataire pour l'association partenaire</source>
        <translation>Signataire pour l'association partenaire</translation>
    </message>
    <message>
        <source>Ville (pour la date des courriers)</source>
        <translation>Ville (pour la date des courriers)</translation>
    </message>
    <message>
        <source>Qualité du coordonnateur (médecin, autre professionnel de santé, membre mandaté d'une association de patients agréée)</source>
        <translation>Qualité du coordonnateur (médecin, autre professionnel de santé, membre mandaté d'une association de patients agréée)</translation>
    </message>
    <message>
        <source>Rôle de l'association (coordination, animation, évaluation)</source>
        <translation>Rôle de l'association (coordination, animation, évaluation)</translation>
    </message>
    <message>
        <source>Étapes où des patients sont impliqués (coordination, animation, évaluation)</source>
        <translation>Étapes où des patients sont impliqués (coordination, animation, évaluation)</translation>
    </message>
    <message>
        <source>Agrément de l'association (numéro, date)</source>
        <translation>Agrément de l'association (numéro, date)</translation>
    </message>
    <message>
        <source>L'association participe à la mise en œuvre du programme</source>
        <translation>L'association participe à la mise en œuvre du programme</translation>
    </message>
    <message>
        <source>Équipe médicale associée (programme coordonné par une association) et son responsable</source>
        <translation>Équipe médicale associée (programme coordonné par une association) et son responsable</translation>
    </message>
    <message>
        <source>Nombre estimé de bénéficiaires potentiels</source>
        <translation>Nombre estimé de bénéficiaires potentiels</translation>
    </message>
    <message>
        <source>Données sur lesquelles repose l'efficacité attendue du programme</source>
        <translation>Données sur lesquelles repose l'efficacité attendue du programme</translation>
    </message>
    <message>
        <source>Dossier d'éducation thérapeutique du patient (papier ou informatisé)</source>
        <translation>Dossier d'éducation thérapeutique du patient (papier ou informatisé)</translation>
    </message>
    <message>
        <source>Accès du patient à son dossier et au recueil des échanges</source>
        <translation>Accès du patient à son dossier et au recueil des échanges</translation>
    </message>
    <message>
        <source>Liens avec les actions d'accompagnement</source>
        <translation>Liens avec les actions d'accompagnement</translation>
    </message>
    <message>
        <source>Le médecin traitant est informé, avec l'accord du patient</source>
        <translation>Le médecin traitant est informé, avec l'accord du patient</translation>
    </message>
    <message>
        <source>Une grille du bilan éducatif partagé est utilisée</source>
        <translation>Une grille du bilan éducatif partagé est utilisée</translation>
    </message>
    <message>
        <source>Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS)</source>
        <translation>Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS)</translation>
    </message>
    <message>
        <source>Référence de la déclaration (donnée par l'ARS ou le service en ligne)</source>
        <translation>Référence de la déclaration (donnée par l'ARS ou le service en ligne)</translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n'intervient</source>
        <translation>Aucune entreprise du médicament, du dispositif médical, du diagnostic in vitro ou de services de santé n'intervient</translation>
    </message>
    <message>
        <source>Motif de l'arrêt du programme</source>
        <translation>Motif de l'arrêt du programme</translation>
    </message>
    <message>
        <source>Devenir des patients en cours de programme</source>
        <translation>Devenir des patients en cours de programme</translation>
    </message>
</context>
<context>
    <name>ProgrammeFile</name>
    <message>
        <source>référence cassée : table %1, ligne %2 → table %3</source>
        <translation>référence cassée : table %1, ligne %2 → table %3</translation>
    </message>
    <message>
        <source>Ce n'est pas un fichier ordinaire : choisissez un nom de fichier.</source>
        <translation>Ce n'est pas un fichier ordinaire : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>La copie hors ligne d'un programme sur un serveur n'est pas encore possible.</source>
        <translation>La copie hors ligne d'un programme sur un serveur n'est pas encore possible.</translation>
    </message>
    <message>
        <source>Cette adresse de serveur n'est pas lisible.</source>
        <translation>Cette adresse de serveur n'est pas lisible.</translation>
    </message>
    <message>
        <source>Le mot de passe n'a pas sa place dans l'adresse : mettez-le dans le fichier ~/.pgpass.</source>
        <translation>Le mot de passe n'a pas sa place dans l'adresse : mettez-le dans le fichier ~/.pgpass.</translation>
    </message>
    <message>
        <source>Paramètre de connexion refusé : %1.</source>
        <translation>Paramètre de connexion refusé : %1.</translation>
    </message>
    <message>
        <source>L'adresse ne nomme pas de base de données.</source>
        <translation>L'adresse ne nomme pas de base de données.</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Problème de &amp;santé :</source>
        <translation>Problème de &amp;santé :</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Statut &amp;juridique :</source>
        <translation>Statut &amp;juridique :</translation>
    </message>
    <message>
        <source>Contact du programme</source>
        <translation>Contact du programme</translation>
    </message>
    <message>
        <source>N&amp;om :</source>
        <translation>N&amp;om :</translation>
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
        <source>Date de dé&amp;but :</source>
        <translation>Date de dé&amp;but :</translation>
    </message>
    <message>
        <source>Présentat&amp;ion :</source>
        <translation>Présentat&amp;ion :</translation>
    </message>
    <message>
        <source>N° FIN&amp;ESS ou SIREN :</source>
        <translation>N° FIN&amp;ESS ou SIREN :</translation>
    </message>
    <message>
        <source>Ad&amp;resse :</source>
        <translation>Ad&amp;resse :</translation>
    </message>
    <message>
        <source>Lieux de &amp;mise en œuvre :</source>
        <translation>Lieux de &amp;mise en œuvre :</translation>
    </message>
    <message>
        <source>Fon&amp;ction :</source>
        <translation>Fon&amp;ction :</translation>
    </message>
    <message>
        <source>Télép&amp;hone :</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>Co&amp;urriel :</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Retirer le lo&amp;go</source>
        <translation>Retirer le lo&amp;go</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>La question doit avoir un libellé.</source>
        <translation>La question doit avoir un libellé.</translation>
    </message>
    <message>
        <source>Le libellé d'une question ne dépasse pas %1 caractères.</source>
        <translation>Le libellé d'une question ne dépasse pas %1 caractères.</translation>
    </message>
    <message>
        <source>La date du questionnaire doit être une date réelle entre %1 et %2.</source>
        <translation>La date du questionnaire doit être une date réelle entre %1 et %2.</translation>
    </message>
    <message>
        <source>Les réponses à échelle vont de 1 à 5.</source>
        <translation>Les réponses à échelle vont de 1 à 5.</translation>
    </message>
    <message>
        <source>Une réponse libre ne dépasse pas %1 caractères.</source>
        <translation>Une réponse libre ne dépasse pas %1 caractères.</translation>
    </message>
    <message>
        <source>Les séances ont répondu à mes attentes.</source>
        <translation>Les séances ont répondu à mes attentes.</translation>
    </message>
    <message>
        <source>Je me sens plus à l'aise pour gérer mon traitement au quotidien.</source>
        <translation>Je me sens plus à l'aise pour gérer mon traitement au quotidien.</translation>
    </message>
    <message>
        <source>Les horaires et le lieu des séances me convenaient.</source>
        <translation>Les horaires et le lieu des séances me convenaient.</translation>
    </message>
    <message>
        <source>Je recommanderais ce programme à d'autres patients.</source>
        <translation>Je recommanderais ce programme à d'autres patients.</translation>
    </message>
    <message>
        <source>Vos remarques et suggestions</source>
        <translation>Vos remarques et suggestions</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Questionnaire de satisfaction</source>
        <translation>Questionnaire de satisfaction</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Ajouter une question à échelle (1 à 5)…</source>
        <translation>Ajouter une question à échelle (1 à 5)…</translation>
    </message>
    <message>
        <source>Ajouter une question ouverte…</source>
        <translation>Ajouter une question ouverte…</translation>
    </message>
    <message>
        <source>Modifier le libellé…</source>
        <translation>Modifier le libellé…</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Utiliser le questionnaire proposé</source>
        <translation>Utiliser le questionnaire proposé</translation>
    </message>
    <message>
        <source>Réponses saisies</source>
        <translation>Réponses saisies</translation>
    </message>
    <message>
        <source>Saisir un questionnaire…</source>
        <translation>Saisir un questionnaire…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>QuestionnaireStore</name>
    <message>
        <source>Cette question a déjà des réponses : son type ne peut plus changer.</source>
        <translation>Cette question a déjà des réponses : son type ne peut plus changer.</translation>
    </message>
    <message numerus="yes">
        <source>Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).</source>
        <translation><numerusform>Cette question a déjà %n réponse : elle ne peut pas être supprimée (modifiez plutôt son libellé).</numerusform><numerusform>Cette question a déjà %n réponses : elle ne peut pas être supprimée (modifiez plutôt son libellé).</numerusform></translation>
    </message>
</context>
<context>
    <name>QuizCommands</name>
    <message>
        <source>Quiz de la séance « %1 » : %2</source>
        <translation>Quiz de la séance « %1 » : %2</translation>
    </message>
    <message>
        <source>Effacer les réponses au quiz (%1)</source>
        <translation>Effacer les réponses au quiz (%1)</translation>
    </message>
    <message>
        <source>Saisir les réponses au quiz (%1, %2)</source>
        <translation>Saisir les réponses au quiz (%1, %2)</translation>
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
        <translation>Plusieurs réponses possibles.</translation>
    </message>
    <message>
        <source>Réponse :</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Explication :</source>
        <translation>Explication :</translation>
    </message>
    <message>
        <source>Quiz %1</source>
        <translation>Quiz %1</translation>
    </message>
    <message>
        <source>Corrigé du quiz %1</source>
        <translation>Corrigé du quiz %1</translation>
    </message>
    <message>
        <source>Quiz — séance %1</source>
        <translation>Quiz — séance %1</translation>
    </message>
    <message>
        <source>Corrigé pour l'animateur — séance %1</source>
        <translation>Corrigé pour l'animateur — séance %1</translation>
    </message>
    <message>
        <source>%1 : questions proposées par Kit ETP, à relire et adapter par l'équipe avant usage.</source>
        <translation>%1 : questions proposées par Kit ETP, à relire et adapter par l'équipe avant usage.</translation>
    </message>
    <message>
        <source>Cette séance n'a pas encore de quiz.</source>
        <translation>Cette séance n'a pas encore de quiz.</translation>
    </message>
    <message>
        <source>Nom : ______________________   Date : ____________</source>
        <translation>Nom : ______________________   Date : ____________</translation>
    </message>
    <message>
        <source>%1 Avant la séance      %1 Après la séance</source>
        <translation>%1 Avant la séance      %1 Après la séance</translation>
    </message>
    <message>
        <source>Cochez la ou les réponses qui vous semblent justes. Ce n'est pas un examen : vos réponses aident l'équipe à adapter la séance.</source>
        <translation>Cochez la ou les réponses qui vous semblent justes. Ce n'est pas un examen : vos réponses aident l'équipe à adapter la séance.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Une question est juste quand les cases cochées sont exactement les bonnes réponses.</source>
        <translation><numerusform>%n question. Une question est juste quand les cases cochées sont exactement les bonnes réponses.</numerusform><numerusform>%n questions. Une question est juste quand les cases cochées sont exactement les bonnes réponses.</numerusform></translation>
    </message>
</context>
<context>
    <name>QuizRules</name>
    <message>
        <source>l'énoncé est vide.</source>
        <translation>l'énoncé est vide.</translation>
    </message>
    <message>
        <source>l'énoncé dépasse %1 caractères.</source>
        <translation>l'énoncé dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>l'explication dépasse %1 caractères.</source>
        <translation>l'explication dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>une question vrai / faux a pour choix « Vrai » et « Faux ».</source>
        <translation>une question vrai / faux a pour choix « Vrai » et « Faux ».</translation>
    </message>
    <message>
        <source>il faut au moins deux choix.</source>
        <translation>il faut au moins deux choix.</translation>
    </message>
    <message>
        <source>%1 choix au plus.</source>
        <translation>%1 choix au plus.</translation>
    </message>
    <message>
        <source>un choix est vide.</source>
        <translation>un choix est vide.</translation>
    </message>
    <message>
        <source>un choix dépasse %1 caractères.</source>
        <translation>un choix dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>un choix tient sur une ligne.</source>
        <translation>un choix tient sur une ligne.</translation>
    </message>
    <message>
        <source>le choix « %1 » apparaît deux fois.</source>
        <translation>le choix « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>aucune bonne réponse n'est indiquée.</source>
        <translation>aucune bonne réponse n'est indiquée.</translation>
    </message>
    <message>
        <source>une bonne réponse désigne un choix qui n'existe pas.</source>
        <translation>une bonne réponse désigne un choix qui n'existe pas.</translation>
    </message>
    <message>
        <source>les bonnes réponses sont données une fois chacune, dans l'ordre des choix.</source>
        <translation>les bonnes réponses sont données une fois chacune, dans l'ordre des choix.</translation>
    </message>
    <message>
        <source>une question à choix unique n'a qu'une bonne réponse.</source>
        <translation>une question à choix unique n'a qu'une bonne réponse.</translation>
    </message>
    <message>
        <source>%1 questions au plus par quiz.</source>
        <translation>%1 questions au plus par quiz.</translation>
    </message>
    <message>
        <source>Question %1 : %2</source>
        <translation>Question %1 : %2</translation>
    </message>
    <message>
        <source>Vrai ou faux</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Choix unique</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Choix multiple</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Avant la séance</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>Après la séance</source>
        <translation>Après la séance</translation>
    </message>
    <message>
        <source>Brouillon à relire</source>
        <translation>Brouillon à relire</translation>
    </message>
</context>
<context>
    <name>QuizStore</name>
    <message>
        <source>Quiz refusé : %1</source>
        <translation>Quiz refusé : %1</translation>
    </message>
    <message>
        <source>Cette séance du calendrier n'existe plus.</source>
        <translation>Cette séance du calendrier n'existe plus.</translation>
    </message>
    <message>
        <source>Cette séance n'a pas de quiz.</source>
        <translation>Cette séance n'a pas de quiz.</translation>
    </message>
    <message>
        <source>Ce patient n'est pas inscrit à cette séance.</source>
        <translation>Ce patient n'est pas inscrit à cette séance.</translation>
    </message>
</context>
<context>
    <name>ReferralLeaflet</name>
    <message>
        <source>Notice pour les professionnels adresseurs</source>
        <translation>Notice pour les professionnels adresseurs</translation>
    </message>
    <message>
        <source>Programme d'éducation thérapeutique du patient</source>
        <translation>Programme d'éducation thérapeutique du patient</translation>
    </message>
    <message>
        <source>Programme d'éducation thérapeutique du patient %1</source>
        <translation>Programme d'éducation thérapeutique du patient %1</translation>
    </message>
    <message>
        <source>Ce que le programme propose</source>
        <translation>Ce que le programme propose</translation>
    </message>
    <message>
        <source>Ateliers :</source>
        <translation>Ateliers :</translation>
    </message>
    <message>
        <source>Quels patients adresser ?</source>
        <translation>Quels patients adresser ?</translation>
    </message>
    <message>
        <source>Comment adresser un patient ?</source>
        <translation>Comment adresser un patient ?</translation>
    </message>
    <message>
        <source>Le patient reste libre d'entrer dans le programme et d'en sortir. Avec son accord, son médecin traitant est informé de son parcours.</source>
        <translation>Le patient reste libre d'entrer dans le programme et d'en sortir. Avec son accord, son médecin traitant est informé de son parcours.</translation>
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
        <translation>Questionnaire de satisfaction</translation>
    </message>
    <message>
        <source>Date du questionnaire :</source>
        <translation>Date du questionnaire :</translation>
    </message>
    <message>
        <source>Échelle : 1 = pas du tout d'accord, 5 = tout à fait d'accord ; « — » = sans réponse.</source>
        <translation>Échelle : 1 = pas du tout d'accord, 5 = tout à fait d'accord ; « — » = sans réponse.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <source>Date et heure :</source>
        <translation>Date et heure :</translation>
    </message>
    <message>
        <source>Durée (minutes) :</source>
        <translation>Durée (minutes) :</translation>
    </message>
    <message>
        <source>Lieu :</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Capacité :</source>
        <translation>Capacité :</translation>
    </message>
    <message>
        <source>non limitée</source>
        <translation>non limitée</translation>
    </message>
    <message>
        <source>Animateurs :</source>
        <translation>Animateurs :</translation>
    </message>
    <message>
        <source>Note :</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Date de la séance</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Heure de début</source>
        <translation>Heure de début</translation>
    </message>
</context>
<context>
    <name>SessionMove</name>
    <message>
        <source>Le programme est ouvert en lecture seule : la séance n'a pas été déplacée.</source>
        <translation>Le programme est ouvert en lecture seule : la séance n'a pas été déplacée.</translation>
    </message>
    <message>
        <source>Déplacer la séance</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Le %1 :
%2

Déplacer la séance quand même ?</source>
        <translation>Le %1 :
%2

Déplacer la séance quand même ?</translation>
    </message>
    <message>
        <source>Séance laissée à sa place.</source>
        <translation>Séance laissée à sa place.</translation>
    </message>
    <message>
        <source>la séance</source>
        <translation>la séance</translation>
    </message>
    <message>
        <source>Séance déplacée au %1.</source>
        <translation>Séance déplacée au %1.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Aujourd'hui</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Nouvelle séance…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
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
        <translation>Inscrire des patients…</translation>
    </message>
    <message>
        <source>Désinscrire</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Feuille d'émargement :</source>
        <translation>Feuille d'émargement :</translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Période précédente</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Période suivante</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Semaine</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Planning de la semaine</source>
        <translation>Planning de la semaine</translation>
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
    <name>Sharing</name>
    <message>
        <source>La date d'envoi est invalide.</source>
        <translation>La date d'envoi est invalide.</translation>
    </message>
    <message>
        <source>Le destinataire doit tenir sur une ligne de %1 caractères au plus.</source>
        <translation>Le destinataire doit tenir sur une ligne de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>La réponse compte %1 caractères au plus.</source>
        <translation>La réponse compte %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Cet envoi n'existe plus.</source>
        <translation>Cet envoi n'existe plus.</translation>
    </message>
</context>
<context>
    <name>SignInSheetDocument</name>
    <message>
        <source>%1 à %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Feuille d'émargement %1</source>
        <translation>Feuille d'émargement %1</translation>
    </message>
    <message>
        <source>Feuille d'émargement</source>
        <translation>Feuille d'émargement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Durée prévue</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Nom, profession</source>
        <translation>Nom, profession</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Nom et prénom (ou code)</source>
        <translation>Nom et prénom (ou code)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) inscrit(s).</source>
        <translation><numerusform>%n patient inscrit.</numerusform><numerusform>%n patients inscrits.</numerusform></translation>
    </message>
    <message>
        <source>Document personnel — données de santé</source>
        <translation>Document personnel — données de santé</translation>
    </message>
    <message>
        <source>Document à conserver par le coordonnateur du programme : il contient des données personnelles.</source>
        <translation>Document à conserver par le coordonnateur du programme : il contient des données personnelles.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>une étape précédente de cette modification a échoué</source>
        <translation>une étape précédente de cette modification a échoué</translation>
    </message>
</context>
<context>
    <name>TeamMember</name>
    <message>
        <source>Le nom est obligatoire.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Un champ dépasse %1 caractères.</source>
        <translation>Un champ dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Le nom et la profession tiennent sur une ligne.</source>
        <translation>Le nom et la profession tiennent sur une ligne.</translation>
    </message>
    <message>
        <source>Les heures de formation doivent être comprises entre 0 et %1.</source>
        <translation>Les heures de formation doivent être comprises entre 0 et %1.</translation>
    </message>
    <message>
        <source>L'année de formation %1 n'est pas plausible.</source>
        <translation>L'année de formation %1 n'est pas plausible.</translation>
    </message>
    <message>
        <source>La date de signature de la charte n'est pas plausible.</source>
        <translation>La date de signature de la charte n'est pas plausible.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une adresse de courriel valide.</source>
        <translation>« %1 » n'est pas une adresse de courriel valide.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message numerus="yes">
        <source>anime %n séance(s) du calendrier</source>
        <translation><numerusform>anime %n séance du calendrier</numerusform><numerusform>anime %n séances du calendrier</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>est nommé dans %n étape(s) du parcours des patients</source>
        <translation><numerusform>est nommé dans %n étape du parcours des patients</numerusform><numerusform>est nommé dans %n étapes du parcours des patients</numerusform></translation>
    </message>
    <message>
        <source>Impossible de retirer « %1 » de l'équipe : cet intervenant %2. Marquez-le plutôt inactif (décochez « Actif ») : son historique est conservé.</source>
        <translation>Impossible de retirer « %1 » de l'équipe : cet intervenant %2. Marquez-le plutôt inactif (décochez « Actif ») : son historique est conservé.</translation>
    </message>
    <message>
        <source> et </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <source>a %n pièce(s) jointe(s) au dossier</source>
        <translation><numerusform>a %n pièce jointe au dossier</numerusform><numerusform>a %n pièces jointes au dossier</numerusform></translation>
    </message>
</context>
<context>
    <name>TeleDeclaration</name>
    <message>
        <source>%1 h de formation à l'ETP</source>
        <translation>%1 h de formation à l'ETP</translation>
    </message>
    <message>
        <source>patient intervenant</source>
        <translation>patient intervenant</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Agence régionale de santé</source>
        <translation>Agence régionale de santé</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Heures de formation à l'ETP</source>
        <translation>Heures de formation à l'ETP</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Intervenants (nom, profession, rôle, formation)</source>
        <translation>Intervenants (nom, profession, rôle, formation)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Parcours du patient</source>
        <translation>Parcours du patient</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Information et consentement</source>
        <translation>Information et consentement</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Financement</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Sources de financement prévues</source>
        <translation>Sources de financement prévues</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Réponses pour la télédéclaration</source>
        <translation>Réponses pour la télédéclaration</translation>
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
    <message>
        <source>ONCOPLET — traitements anticancéreux oraux (3 conducteurs, 8 séances)</source>
        <translation>ONCOPLET — traitements anticancéreux oraux (3 conducteurs, 8 séances)</translation>
    </message>
    <message>
        <source>Programme d'ETP — traitements anticancéreux oraux (ONCOPLET)</source>
        <translation>Programme d'ETP — traitements anticancéreux oraux (ONCOPLET)</translation>
    </message>
    <message>
        <source>Le modèle « %1 » n'a pas de guides.</source>
        <translation>Le modèle « %1 » n'a pas de guides.</translation>
    </message>
</context>
<context>
    <name>TodoBoard</name>
    <message>
        <source>Déclaration et évaluation</source>
        <translation>Déclaration et évaluation</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>aujourd'hui</source>
        <translation>aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>dans %n jour(s)</source>
        <translation><numerusform>dans %n jour</numerusform><numerusform>dans %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>en retard de %n jour(s)</source>
        <translation><numerusform>en retard de %n jour</numerusform><numerusform>en retard de %n jours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>il y a %n jour(s)</source>
        <translation><numerusform>il y a %n jour</numerusform><numerusform>il y a %n jours</numerusform></translation>
    </message>
    <message>
        <source>Déclarer à l'ARS l'arrêt du programme (arrêté le %1)</source>
        <translation>Déclarer à l'ARS l'arrêt du programme (arrêté le %1)</translation>
    </message>
    <message>
        <source>L'arrêt d'un programme se déclare à l'ARS dans les 3 mois. Le courrier d'arrêt se prépare sur la page Déclaration ARS ; le fichier n'enregistre pas s'il a été envoyé.</source>
        <translation>L'arrêt d'un programme se déclare à l'ARS dans les 3 mois. Le courrier d'arrêt se prépare sur la page Déclaration ARS ; le fichier n'enregistre pas s'il a été envoyé.</translation>
    </message>
    <message>
        <source>Date d'envoi du dossier à l'ARS non renseignée</source>
        <translation>Date d'envoi du dossier à l'ARS non renseignée</translation>
    </message>
    <message>
        <source>Renseignez-la une fois le dossier envoyé : elle fait courir les 2 mois de la réponse de l'ARS.</source>
        <translation>Renseignez-la une fois le dossier envoyé : elle fait courir les 2 mois de la réponse de l'ARS.</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>à renseigner</translation>
    </message>
    <message>
        <source>Pièces manquantes demandées par l'ARS : envoyer les compléments</source>
        <translation>Pièces manquantes demandées par l'ARS : envoyer les compléments</translation>
    </message>
    <message>
        <source>La liste de pièces manquantes est enregistrée ; la date d'envoi des compléments ne l'est pas.</source>
        <translation>La liste de pièces manquantes est enregistrée ; la date d'envoi des compléments ne l'est pas.</translation>
    </message>
    <message>
        <source>Réponse de l'ARS attendue (dossier envoyé le %1)</source>
        <translation>Réponse de l'ARS attendue (dossier envoyé le %1)</translation>
    </message>
    <message>
        <source>Réponse de l'ARS attendue (compléments envoyés le %1)</source>
        <translation>Réponse de l'ARS attendue (compléments envoyés le %1)</translation>
    </message>
    <message>
        <source>Sans demande de pièces dans les 2 mois suivant sa réception, le dossier est réputé complet et la déclaration prend effet. Le fichier enregistre la date d'envoi ; la réception peut être plus tardive.</source>
        <translation>Sans demande de pièces dans les 2 mois suivant sa réception, le dossier est réputé complet et la déclaration prend effet. Le fichier enregistre la date d'envoi ; la réception peut être plus tardive.</translation>
    </message>
    <message>
        <source>Démarrer le programme (prise d'effet le %1)</source>
        <translation>Démarrer le programme (prise d'effet le %1)</translation>
    </message>
    <message>
        <source>Prise d'effet : l'accusé de réception du dossier complet.</source>
        <translation>Prise d'effet : l'accusé de réception du dossier complet.</translation>
    </message>
    <message>
        <source>Prise d'effet : le dossier est réputé complet, sans demande de pièces dans les 2 mois.</source>
        <translation>Prise d'effet : le dossier est réputé complet, sans demande de pièces dans les 2 mois.</translation>
    </message>
    <message>
        <source>Un programme démarre dans les 12 mois suivant la prise d'effet, sans quoi la déclaration devient caduque. Aucune séance ni aucun parcours de patient n'est encore enregistré.</source>
        <translation>Un programme démarre dans les 12 mois suivant la prise d'effet, sans quoi la déclaration devient caduque. Aucune séance ni aucun parcours de patient n'est encore enregistré.</translation>
    </message>
    <message>
        <source>Aucune séance depuis le %1</source>
        <translation>Aucune séance depuis le %1</translation>
    </message>
    <message>
        <source>Après 6 mois consécutifs sans activité, la déclaration devient caduque. La date est celle de la dernière séance enregistrée.</source>
        <translation>Après 6 mois consécutifs sans activité, la déclaration devient caduque. La date est celle de la dernière séance enregistrée.</translation>
    </message>
    <message>
        <source>Date de début du programme non renseignée</source>
        <translation>Date de début du programme non renseignée</translation>
    </message>
    <message>
        <source>Ni la prise d'effet de la déclaration ni la date de début du programme ne sont enregistrées : les dates des évaluations annuelle et quadriennale ne sont pas connues.</source>
        <translation>Ni la prise d'effet de la déclaration ni la date de début du programme ne sont enregistrées : les dates des évaluations annuelle et quadriennale ne sont pas connues.</translation>
    </message>
    <message>
        <source> (d'après la date de début)</source>
        <translation> (d'après la date de début)</translation>
    </message>
    <message>
        <source>La prise d'effet de la déclaration n'étant pas enregistrée, les années sont comptées à partir de la date de début du programme.</source>
        <translation>La prise d'effet de la déclaration n'étant pas enregistrée, les années sont comptées à partir de la date de début du programme.</translation>
    </message>
    <message>
        <source>Les années sont comptées à partir de la prise d'effet de la déclaration.</source>
        <translation>Les années sont comptées à partir de la prise d'effet de la déclaration.</translation>
    </message>
    <message>
        <source>Rapport d'auto-évaluation annuelle%1</source>
        <translation>Rapport d'auto-évaluation annuelle%1</translation>
    </message>
    <message>
        <source>Prêt à chaque anniversaire.</source>
        <translation>Prêt à chaque anniversaire.</translation>
    </message>
    <message>
        <source>Rapport d'évaluation quadriennale%1 — échéance à vérifier auprès de votre ARS</source>
        <translation>Rapport d'évaluation quadriennale%1 — échéance à vérifier auprès de votre ARS</translation>
    </message>
    <message>
        <source>Au quatrième anniversaire, puis tous les quatre ans.</source>
        <translation>Au quatrième anniversaire, puis tous les quatre ans.</translation>
    </message>
    <message>
        <source>Bilans éducatifs partagés à réaliser</source>
        <translation>Bilans éducatifs partagés à réaliser</translation>
    </message>
    <message>
        <source>Patients actifs dont le parcours n'enregistre encore ni bilan éducatif partagé, ni programme personnalisé, ni évaluation finale ; en retard : parcours commencé il y a plus de 30 jours.</source>
        <translation>Patients actifs dont le parcours n'enregistre encore ni bilan éducatif partagé, ni programme personnalisé, ni évaluation finale ; en retard : parcours commencé il y a plus de 30 jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation><numerusform>%n patient</numerusform><numerusform>%n patients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n en retard</source>
        <translation><numerusform>%n en retard</numerusform><numerusform>%n en retard</numerusform></translation>
    </message>
    <message>
        <source>Évaluations individuelles finales à faire</source>
        <translation>Évaluations individuelles finales à faire</translation>
    </message>
    <message>
        <source>Patients actifs au programme personnalisé convenu il y a 6 mois ou plus, ayant suivi au moins une séance, sans évaluation finale enregistrée.</source>
        <translation>Patients actifs au programme personnalisé convenu il y a 6 mois ou plus, ayant suivi au moins une séance, sans évaluation finale enregistrée.</translation>
    </message>
    <message>
        <source>Synthèses à envoyer au médecin traitant</source>
        <translation>Synthèses à envoyer au médecin traitant</translation>
    </message>
    <message>
        <source>Évaluation finale faite, consentement au partage des données enregistré, aucun courrier au médecin traitant depuis.</source>
        <translation>Évaluation finale faite, consentement au partage des données enregistré, aucun courrier au médecin traitant depuis.</translation>
    </message>
    <message numerus="yes">
        <source>Cette semaine : %1, %n inscrit(s)</source>
        <translation><numerusform>Cette semaine : %1, %n inscrit</numerusform><numerusform>Cette semaine : %1, %n inscrits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Présences à saisir : %1, %n inscrit(s) sans présence notée</source>
        <translation><numerusform>Présences à saisir : %1, %n inscrit sans présence notée</numerusform><numerusform>Présences à saisir : %1, %n inscrits sans présence notée</numerusform></translation>
    </message>
    <message>
        <source>Séance commencée dont des inscrits ne sont notés ni présents, ni absents, ni excusés.</source>
        <translation>Séance commencée dont des inscrits ne sont notés ni présents, ni absents, ni excusés.</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) séance(s) passée(s) aux présences non saisies</source>
        <translation><numerusform>… et %n autre séance passée aux présences non saisies</numerusform><numerusform>… et %n autres séances passées aux présences non saisies</numerusform></translation>
    </message>
    <message>
        <source>Aucun membre de l'équipe enregistré</source>
        <translation>Aucun membre de l'équipe enregistré</translation>
    </message>
    <message>
        <source>%1 : formation à l'ETP de moins de %2 h</source>
        <translation>%1 : formation à l'ETP de moins de %2 h</translation>
    </message>
    <message>
        <source>40 heures de formation à l'ETP sont requises pour la dispenser ou la coordonner (arrêté du 2 août 2010 modifié) ; le nombre est celui des heures enregistrées.</source>
        <translation>40 heures de formation à l'ETP sont requises pour la dispenser ou la coordonner (arrêté du 2 août 2010 modifié) ; le nombre est celui des heures enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>%1 : signature de la charte d'engagement non renseignée</source>
        <translation>%1 : signature de la charte d'engagement non renseignée</translation>
    </message>
    <message>
        <source>Chaque intervenant signe la charte d'engagement, jointe au dossier de déclaration.</source>
        <translation>Chaque intervenant signe la charte d'engagement, jointe au dossier de déclaration.</translation>
    </message>
    <message>
        <source>Guides partagés</source>
        <translation>Guides partagés</translation>
    </message>
    <message>
        <source>destinataire non noté</source>
        <translation>destinataire non noté</translation>
    </message>
    <message>
        <source>Demander comment les supports ont été utilisés : %1</source>
        <translation>Demander comment les supports ont été utilisés : %1</translation>
    </message>
    <message>
        <source>Paquet « %1 » (%2) envoyé le %3 : six mois après un envoi, demandez au destinataire comment il a utilisé les supports, puis notez sa réponse dans la liste des envois (Ateliers ▸ Échanger ▸ Envois de paquets).</source>
        <translation>Paquet « %1 » (%2) envoyé le %3 : six mois après un envoi, demandez au destinataire comment il a utilisé les supports, puis notez sa réponse dans la liste des envois (Ateliers ▸ Échanger ▸ Envois de paquets).</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>À faire</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Ce qui est à faire</source>
        <translation>Ce qui est à faire</translation>
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
        <translation>Planning de la %1</translation>
    </message>
    <message>
        <source>Inscrits : %1 sur %2 places</source>
        <translation>Inscrits : %1 sur %2 places</translation>
    </message>
    <message>
        <source>Inscrits : %1</source>
        <translation>Inscrits : %1</translation>
    </message>
    <message>
        <source>Aucune séance n'est planifiée cette semaine.</source>
        <translation>Aucune séance n'est planifiée cette semaine.</translation>
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
        <translation>Vos programmes d'éducation thérapeutique : ateliers, déclaration à l'ARS, suivi des patients, évaluation.</translation>
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
        <source>Programmes récents :</source>
        <translation>Programmes récents :</translation>
    </message>
    <message>
        <source>Essayer avec un programme de dé&amp;monstration</source>
        <translation>Essayer avec un programme de dé&amp;monstration</translation>
    </message>
</context>
<context>
    <name>WizCheck</name>
    <message>
        <source>Les déclarations et signatures, puis la vérification de complétude. Double-cliquez une ligne pour aller à ce qui la corrige.</source>
        <translation>Les déclarations et signatures, puis la vérification de complétude. Double-cliquez une ligne pour aller à ce qui la corrige.</translation>
    </message>
    <message>
        <source>Aucune entreprise du médicament ou du dispositif médical n'intervient :</source>
        <translation>Aucune entreprise du médicament ou du dispositif médical n'intervient :</translation>
    </message>
    <message>
        <source>Déclaration sur l'honneur de conformité (certaines ARS la demandent) :</source>
        <translation>Déclaration sur l'honneur de conformité (certaines ARS la demandent) :</translation>
    </message>
    <message>
        <source>Déclarant signataire :</source>
        <translation>Déclarant signataire :</translation>
    </message>
    <message>
        <source>Responsable médical signataire :</source>
        <translation>Responsable médical signataire :</translation>
    </message>
    <message>
        <source>Signataire pour l'association :</source>
        <translation>Signataire pour l'association :</translation>
    </message>
</context>
<context>
    <name>WizConsent</name>
    <message>
        <source>Information, consentement et confidentialité : documents remis au patient, consentement à l'entrée et au partage des données recueilli après une information claire, sortie possible à tout moment, protection des données (CNIL, RGPD).</source>
        <translation>Information, consentement et confidentialité : documents remis au patient, consentement à l'entrée et au partage des données recueilli après une information claire, sortie possible à tout moment, protection des données (CNIL, RGPD).</translation>
    </message>
    <message>
        <source>Documents d'information du patient :</source>
        <translation>Documents d'information du patient :</translation>
    </message>
    <message>
        <source>Recueil du consentement :</source>
        <translation>Recueil du consentement :</translation>
    </message>
    <message>
        <source>Le patient peut sortir à tout moment sans conséquence :</source>
        <translation>Le patient peut sortir à tout moment sans conséquence :</translation>
    </message>
    <message>
        <source>Confidentialité et protection des données :</source>
        <translation>Confidentialité et protection des données :</translation>
    </message>
</context>
<context>
    <name>WizCoordination</name>
    <message>
        <source>Partage d'informations entre intervenants :</source>
        <translation>Partage d'informations entre intervenants :</translation>
    </message>
    <message>
        <source>Coordination avec les autres soignants :</source>
        <translation>Coordination avec les autres soignants :</translation>
    </message>
    <message>
        <source>La coordination : comment les intervenants partagent l'information entre eux et avec les autres soignants du patient ; avec son accord, le médecin traitant est informé de l'entrée, du parcours et de l'évaluation finale (joignez le modèle de courrier que l'équipe utilise : Déclaration ARS › Pièces jointes).</source>
        <translation>La coordination : comment les intervenants partagent l'information entre eux et avec les autres soignants du patient ; avec son accord, le médecin traitant est informé de l'entrée, du parcours et de l'évaluation finale (joignez le modèle de courrier que l'équipe utilise : Déclaration ARS › Pièces jointes).</translation>
    </message>
    <message>
        <source>Le médecin traitant est informé, avec l'accord du patient :</source>
        <translation>Le médecin traitant est informé, avec l'accord du patient :</translation>
    </message>
    <message>
        <source>Dossier d'ETP du patient (papier ou informatisé) :</source>
        <translation>Dossier d'ETP du patient (papier ou informatisé) :</translation>
    </message>
    <message>
        <source>Accès du patient à son dossier et au recueil des échanges :</source>
        <translation>Accès du patient à son dossier et au recueil des échanges :</translation>
    </message>
</context>
<context>
    <name>WizCoordinator</name>
    <message>
        <source>Le coordonnateur (désigné dans le tableau de l'équipe) : sa fonction, son lieu d'exercice et ses formations (rubrique 2).</source>
        <translation>Le coordonnateur (désigné dans le tableau de l'équipe) : sa fonction, son lieu d'exercice et ses formations (rubrique 2).</translation>
    </message>
    <message>
        <source>Fonction :</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Structure d'exercice :</source>
        <translation>Structure d'exercice :</translation>
    </message>
    <message>
        <source>Adresse professionnelle :</source>
        <translation>Adresse professionnelle :</translation>
    </message>
    <message>
        <source>Formation à la coordination :</source>
        <translation>Formation à la coordination :</translation>
    </message>
    <message>
        <source>Autres formations en ETP :</source>
        <translation>Autres formations en ETP :</translation>
    </message>
    <message>
        <source>Qualité (médecin, autre professionnel de santé, membre mandaté d'une association de patients agréée) :</source>
        <translation>Qualité (médecin, autre professionnel de santé, membre mandaté d'une association de patients agréée) :</translation>
    </message>
</context>
<context>
    <name>WizDesign</name>
    <message>
        <source>Le programme : titre, présentation, modalité, objectifs et critères qui permettront de les juger (rubrique 5). Les séances se décrivent dans la page Ateliers.</source>
        <translation>Le programme : titre, présentation, modalité, objectifs et critères qui permettront de les juger (rubrique 5). Les séances se décrivent dans la page Ateliers.</translation>
    </message>
    <message>
        <source>Titre du programme :</source>
        <translation>Titre du programme :</translation>
    </message>
    <message>
        <source>Présentation :</source>
        <translation>Présentation :</translation>
    </message>
    <message>
        <source>Modalité :</source>
        <translation>Modalité :</translation>
    </message>
    <message>
        <source>Ambulatoire</source>
        <translation>Ambulatoire</translation>
    </message>
    <message>
        <source>En hospitalisation</source>
        <translation>En hospitalisation</translation>
    </message>
    <message>
        <source>Ambulatoire et en hospitalisation</source>
        <translation>Ambulatoire et en hospitalisation</translation>
    </message>
    <message>
        <source>Objectifs du programme :</source>
        <translation>Objectifs du programme :</translation>
    </message>
    <message>
        <source>Critères de jugement :</source>
        <translation>Critères de jugement :</translation>
    </message>
    <message>
        <source>Séances décrites :</source>
        <translation>Séances décrites :</translation>
    </message>
    <message>
        <source>Ouvrir les &amp;ateliers</source>
        <translation>Ouvrir les &amp;ateliers</translation>
    </message>
    <message>
        <source>Données sur lesquelles repose l'efficacité attendue :</source>
        <translation>Données sur lesquelles repose l'efficacité attendue :</translation>
    </message>
    <message>
        <source>Liens avec les actions d'accompagnement :</source>
        <translation>Liens avec les actions d'accompagnement :</translation>
    </message>
</context>
<context>
    <name>WizEffective</name>
    <message>
        <source>La déclaration prend effet à l'accusé de réception ou à l'échéance des 2 mois. Le programme doit démarrer dans les 12 mois et ne pas s'interrompre 6 mois de suite ; un arrêt se déclare dans les 3 mois.</source>
        <translation>La déclaration prend effet à l'accusé de réception ou à l'échéance des 2 mois. Le programme doit démarrer dans les 12 mois et ne pas s'interrompre 6 mois de suite ; un arrêt se déclare dans les 3 mois.</translation>
    </message>
    <message>
        <source>Déclaration effective le :</source>
        <translation>Déclaration effective le :</translation>
    </message>
    <message>
        <source>Démarrer avant le :</source>
        <translation>Démarrer avant le :</translation>
    </message>
    <message>
        <source>Date de début du programme :</source>
        <translation>Date de début du programme :</translation>
    </message>
    <message>
        <source>Date de l'arrêt du programme :</source>
        <translation>Date de l'arrêt du programme :</translation>
    </message>
    <message>
        <source>Motif de l'arrêt :</source>
        <translation>Motif de l'arrêt :</translation>
    </message>
    <message>
        <source>Devenir des patients en cours de programme :</source>
        <translation>Devenir des patients en cours de programme :</translation>
    </message>
</context>
<context>
    <name>WizEvaluation</name>
    <message>
        <source>L'évaluation : comment se déroulent l'auto-évaluation annuelle et l'évaluation quadriennale, et sur quels éléments.</source>
        <translation>L'évaluation : comment se déroulent l'auto-évaluation annuelle et l'évaluation quadriennale, et sur quels éléments.</translation>
    </message>
    <message>
        <source>Auto-évaluation annuelle :</source>
        <translation>Auto-évaluation annuelle :</translation>
    </message>
    <message>
        <source>Évaluation quadriennale :</source>
        <translation>Évaluation quadriennale :</translation>
    </message>
    <message>
        <source>Une grille du bilan éducatif partagé est utilisée (joignez-la : Déclaration ARS › Pièces jointes) :</source>
        <translation>Une grille du bilan éducatif partagé est utilisée (joignez-la : Déclaration ARS › Pièces jointes) :</translation>
    </message>
</context>
<context>
    <name>WizFunding</name>
    <message>
        <source>Le financement : chaque source prévue et son montant. La déclaration n'apporte pas de financement (procédure distincte).</source>
        <translation>Le financement : chaque source prévue et son montant. La déclaration n'apporte pas de financement (procédure distincte).</translation>
    </message>
    <message>
        <source>&amp;Ajouter une source</source>
        <translation>&amp;Ajouter une source</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>WizNeed</name>
    <message>
        <source>Le besoin, le problème de santé et la population concernée. Vérifiez ce qui existe déjà à proximité (annuaire régional des programmes).</source>
        <translation>Le besoin, le problème de santé et la population concernée. Vérifiez ce qui existe déjà à proximité (annuaire régional des programmes).</translation>
    </message>
    <message>
        <source>Besoin identifié :</source>
        <translation>Besoin identifié :</translation>
    </message>
    <message>
        <source>Offre existante à proximité :</source>
        <translation>Offre existante à proximité :</translation>
    </message>
    <message>
        <source>Problème de santé :</source>
        <translation>Problème de santé :</translation>
    </message>
    <message>
        <source>Nature du problème de santé :</source>
        <translation>Nature du problème de santé :</translation>
    </message>
    <message>
        <source>Affection de longue durée</source>
        <translation>Affection de longue durée</translation>
    </message>
    <message>
        <source>Maladie rare</source>
        <translation>Maladie rare</translation>
    </message>
    <message>
        <source>Priorité régionale de santé</source>
        <translation>Priorité régionale de santé</translation>
    </message>
    <message>
        <source>Population concernée (âge, gravité, autres critères) :</source>
        <translation>Population concernée (âge, gravité, autres critères) :</translation>
    </message>
    <message>
        <source>Orientation des patients (qui adresse, comment) :</source>
        <translation>Orientation des patients (qui adresse, comment) :</translation>
    </message>
    <message>
        <source>Nombre estimé de bénéficiaires potentiels :</source>
        <translation>Nombre estimé de bénéficiaires potentiels :</translation>
    </message>
</context>
<context>
    <name>WizPath</name>
    <message>
        <source>Le parcours du patient : bilan éducatif partagé, programme personnalisé, séances, évaluation individuelle avec une synthèse écrite gardée dans le dossier d'ETP du patient.</source>
        <translation>Le parcours du patient : bilan éducatif partagé, programme personnalisé, séances, évaluation individuelle avec une synthèse écrite gardée dans le dossier d'ETP du patient.</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé :</source>
        <translation>Bilan éducatif partagé :</translation>
    </message>
    <message>
        <source>Programme personnalisé :</source>
        <translation>Programme personnalisé :</translation>
    </message>
    <message>
        <source>Séances (individuelles ou collectives, contenus, outils) :</source>
        <translation>Séances (individuelles ou collectives, contenus, outils) :</translation>
    </message>
    <message>
        <source>Évaluation individuelle et synthèse écrite :</source>
        <translation>Évaluation individuelle et synthèse écrite :</translation>
    </message>
</context>
<context>
    <name>WizPatients</name>
    <message>
        <source>L'implication des patients : patients intervenants et co-construction avec une association de patients agréée (rubrique 4).</source>
        <translation>L'implication des patients : patients intervenants et co-construction avec une association de patients agréée (rubrique 4).</translation>
    </message>
    <message>
        <source>Des patients intervenants participent :</source>
        <translation>Des patients intervenants participent :</translation>
    </message>
    <message>
        <source>Les patients intervenants sont formés (40 h) :</source>
        <translation>Les patients intervenants sont formés (40 h) :</translation>
    </message>
    <message>
        <source>Association de patients agréée partenaire :</source>
        <translation>Association de patients agréée partenaire :</translation>
    </message>
    <message>
        <source>Rôle de l'association (coordination, animation, évaluation) :</source>
        <translation>Rôle de l'association (coordination, animation, évaluation) :</translation>
    </message>
    <message>
        <source>Étapes où des patients sont impliqués (coordination, animation, évaluation) :</source>
        <translation>Étapes où des patients sont impliqués (coordination, animation, évaluation) :</translation>
    </message>
    <message>
        <source>Agrément de l'association (numéro, date) :</source>
        <translation>Agrément de l'association (numéro, date) :</translation>
    </message>
    <message>
        <source>L'association participe à la mise en œuvre :</source>
        <translation>L'association participe à la mise en œuvre :</translation>
    </message>
    <message>
        <source>Équipe médicale associée et son responsable (programme coordonné par une association) :</source>
        <translation>Équipe médicale associée et son responsable (programme coordonné par une association) :</translation>
    </message>
</context>
<context>
    <name>WizSend</name>
    <message>
        <source>L'envoi au directeur général de l'ARS de la région du coordonnateur, par un moyen qui prouve la date de réception. Le dossier est réputé complet à l'accusé de réception, ou faute de liste de pièces manquantes dans les 2 mois.</source>
        <translation>L'envoi au directeur général de l'ARS de la région du coordonnateur, par un moyen qui prouve la date de réception. Le dossier est réputé complet à l'accusé de réception, ou faute de liste de pièces manquantes dans les 2 mois.</translation>
    </message>
    <message>
        <source>ARS destinataire :</source>
        <translation>ARS destinataire :</translation>
    </message>
    <message>
        <source>Mode d'envoi :</source>
        <translation>Mode d'envoi :</translation>
    </message>
    <message>
        <source>Formulaire en ligne</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>Lettre recommandée avec accusé de réception</source>
        <translation>Lettre recommandée avec accusé de réception</translation>
    </message>
    <message>
        <source>Dépôt contre récépissé</source>
        <translation>Dépôt contre récépissé</translation>
    </message>
    <message>
        <source>Date d'envoi :</source>
        <translation>Date d'envoi :</translation>
    </message>
    <message>
        <source>Liste de pièces manquantes reçue le :</source>
        <translation>Liste de pièces manquantes reçue le :</translation>
    </message>
    <message>
        <source>Compléments envoyés le :</source>
        <translation>Compléments envoyés le :</translation>
    </message>
    <message>
        <source>Accusé de réception du dossier complet le :</source>
        <translation>Accusé de réception du dossier complet le :</translation>
    </message>
    <message>
        <source>Échéance des 2 mois :</source>
        <translation>Échéance des 2 mois :</translation>
    </message>
    <message>
        <source>Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS) :</source>
        <translation>Autres régions où le programme est mis en œuvre (une déclaration à chaque ARS) :</translation>
    </message>
    <message>
        <source>Référence de la déclaration (ARS ou service en ligne) :</source>
        <translation>Référence de la déclaration (ARS ou service en ligne) :</translation>
    </message>
</context>
<context>
    <name>WizStructure</name>
    <message>
        <source>La structure porteuse du programme et les lieux où il est mis en œuvre (rubrique 1 du dossier).</source>
        <translation>La structure porteuse du programme et les lieux où il est mis en œuvre (rubrique 1 du dossier).</translation>
    </message>
    <message>
        <source>Structure porteuse :</source>
        <translation>Structure porteuse :</translation>
    </message>
    <message>
        <source>Raison sociale :</source>
        <translation>Raison sociale :</translation>
    </message>
    <message>
        <source>N° FINESS ou SIREN :</source>
        <translation>N° FINESS ou SIREN :</translation>
    </message>
    <message>
        <source>Statut juridique :</source>
        <translation>Statut juridique :</translation>
    </message>
    <message>
        <source>Adresse :</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Lieux de mise en œuvre :</source>
        <translation>Lieux de mise en œuvre :</translation>
    </message>
    <message>
        <source>Ville (pour la date des courriers) :</source>
        <translation>Ville (pour la date des courriers) :</translation>
    </message>
</context>
<context>
    <name>WizTeam</name>
    <message>
        <source>L'équipe : un coordonnateur, au moins deux professionnels de santé de professions différentes (dont un médecin si le coordonnateur ne l'est pas), chacun formé au moins 40 heures à l'ETP avec attestation, et la charte d'engagement signée. Modifiez les cellules directement ; Ctrl+Z annule.</source>
        <translation>L'équipe : un coordonnateur, au moins deux professionnels de santé de professions différentes (dont un médecin si le coordonnateur ne l'est pas), chacun formé au moins 40 heures à l'ETP avec attestation, et la charte d'engagement signée. Modifiez les cellules directement ; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>&amp;Ajouter un intervenant</source>
        <translation>&amp;Ajouter un intervenant</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>WizardPages</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Retirer « %1 » de l'équipe ?

Pour un intervenant qui a quitté l'équipe, décochez plutôt « Actif » : il reste dans l'historique des séances et des parcours.</source>
        <translation>Retirer « %1 » de l'équipe ?

Pour un intervenant qui a quitté l'équipe, décochez plutôt « Actif » : il reste dans l'historique des séances et des parcours.</translation>
    </message>
    <message>
        <source>Retirer un intervenant</source>
        <translation>Retirer un intervenant</translation>
    </message>
    <message>
        <source>aucune séance : décrivez-les dans la page Ateliers.</source>
        <translation>aucune séance : décrivez-les dans la page Ateliers.</translation>
    </message>
    <message>
        <source>pièces manquantes demandées : envoyez les compléments.</source>
        <translation>pièces manquantes demandées : envoyez les compléments.</translation>
    </message>
    <message>
        <source> (accusé de réception reçu)</source>
        <translation> (accusé de réception reçu)</translation>
    </message>
    <message>
        <source>pas encore (accusé de réception ou 2 mois sans demande de pièces)</source>
        <translation>pas encore (accusé de réception ou 2 mois sans demande de pièces)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Échéance (JJ/MM/AAAA)</source>
        <translation>Échéance (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Échéance refusée : « %1 » n'est pas une date (JJ/MM/AAAA).</source>
        <translation>Échéance refusée : « %1 » n'est pas une date (JJ/MM/AAAA).</translation>
    </message>
</context>
<context>
    <name>kitetp::AttachmentsPanel</name>
    <message>
        <source>Pièces (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pièces (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Les pièces réellement jointes au dossier (PDF, PNG ou JPEG, 20 Mo au plus chacune) : le dossier en PDF les insère en annexe ; une pièce absente y est marquée « à joindre ».</source>
        <translation>Les pièces réellement jointes au dossier (PDF, PNG ou JPEG, 20 Mo au plus chacune) : le dossier en PDF les insère en annexe ; une pièce absente y est marquée « à joindre ».</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Ajoutée le</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Joindre une pièce…</source>
        <translation>&amp;Joindre une pièce…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remplacer…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Pièce refusée</source>
        <translation>Pièce refusée</translation>
    </message>
    <message>
        <source>Joindre une pièce</source>
        <translation>Joindre une pièce</translation>
    </message>
    <message>
        <source>Joindre « %1 »</source>
        <translation>Joindre « %1 »</translation>
    </message>
    <message>
        <source>&amp;Pièce :</source>
        <translation>&amp;Pièce :</translation>
    </message>
    <message>
        <source>&amp;Membre de l'équipe :</source>
        <translation>&amp;Membre de l'équipe :</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Ajoutez d'abord ce membre à l'équipe.</source>
        <translation>Ajoutez d'abord ce membre à l'équipe.</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Remplacer la pièce</source>
        <translation>Remplacer la pièce</translation>
    </message>
</context>
<context>
    <name>kitetp::BackgroundCheck</name>
    <message>
        <source>Le contrôle fait à l'ouverture l'a trouvé endommagé : Kit ETP n'y enregistre plus rien, pour ne rien aggraver.</source>
        <translation>Le contrôle fait à l'ouverture l'a trouvé endommagé : Kit ETP n'y enregistre plus rien, pour ne rien aggraver.</translation>
    </message>
</context>
<context>
    <name>kitetp::ChartPanel</name>
    <message>
        <source>Enregistrer l'image…</source>
        <translation>Enregistrer l'image…</translation>
    </message>
    <message>
        <source>Enregistrer ce graphique en PNG ou en SVG</source>
        <translation>Enregistrer ce graphique en PNG ou en SVG</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copier ce graphique dans le presse-papiers</source>
        <translation>Copier ce graphique dans le presse-papiers</translation>
    </message>
    <message>
        <source>Enregistrer le graphique</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Image PNG (*.png);;Image vectorielle SVG (*.svg)</source>
        <translation>Image PNG (*.png);;Image vectorielle SVG (*.svg)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Le graphique n'a pas pu être écrit dans « %1 ».</source>
        <translation>Le graphique n'a pas pu être écrit dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>kitetp::ChecklistModel</name>
    <message>
        <source>Rubrique</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Exigence</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Détail (double-clic : corriger)</source>
        <translation>Détail (double-clic : corriger)</translation>
    </message>
    <message>
        <source>N'afficher que les &amp;manquants</source>
        <translation>N'afficher que les &amp;manquants</translation>
    </message>
</context>
<context>
    <name>kitetp::CriteriaEditor</name>
    <message>
        <source>Critère déclaré</source>
        <translation>Critère déclaré</translation>
    </message>
    <message>
        <source>Indicateur rapproché</source>
        <translation>Indicateur rapproché</translation>
    </message>
    <message>
        <source>Appréciation de l'équipe</source>
        <translation>Appréciation de l'équipe</translation>
    </message>
    <message>
        <source>— aucun —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>Indicateur rapproché de « %1 »</source>
        <translation>Indicateur rapproché de « %1 »</translation>
    </message>
</context>
<context>
    <name>kitetp::DateEdit</name>
    <message>
        <source>non renseignée</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Calendrier</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Ouvrir le calendrier (Alt+Bas)</source>
        <translation>Ouvrir le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Effacer la date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Aujourd'hui</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou après.</source>
        <translation>La date doit être le %1 ou après.</translation>
    </message>
    <message>
        <source>La date doit être le %1 ou avant.</source>
        <translation>La date doit être le %1 ou avant.</translation>
    </message>
    <message>
        <source>jj/mm/aaaa, jj/mm/aa ou jjmmaaaa ; Alt+Bas ouvre le calendrier</source>
        <translation>jj/mm/aaaa, jj/mm/aa ou jjmmaaaa ; Alt+Bas ouvre le calendrier</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une date (jj/mm/aaaa) : la date reste %2.</source>
        <translation>« %1 » n'est pas une date (jj/mm/aaaa) : la date reste %2.</translation>
    </message>
    <message>
        <source>Calendrier…</source>
        <translation>Calendrier…</translation>
    </message>
</context>
<context>
    <name>kitetp::DeclarationPage</name>
    <message>
        <source>Déclaration</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Logigramme de déclaration</source>
        <translation>Logigramme de déclaration</translation>
    </message>
    <message>
        <source>Mise en œuvre</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Logigramme de mise en œuvre</source>
        <translation>Logigramme de mise en œuvre</translation>
    </message>
    <message>
        <source>notice-professionnels</source>
        <translation>notice-professionnels</translation>
    </message>
    <message>
        <source>fiche-annuaire</source>
        <translation>fiche-annuaire</translation>
    </message>
    <message numerus="yes">
        <source>Rien ne manque ; %n point(s) à vérifier auprès de votre ARS.</source>
        <translation><numerusform>Rien ne manque ; %n point à vérifier auprès de votre ARS.</numerusform><numerusform>Rien ne manque ; %n points à vérifier auprès de votre ARS.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n élément(s) manquant(s) : ouvrez la liste et double-cliquez une ligne pour la corriger.</source>
        <translation><numerusform>%n élément manquant : ouvrez la liste et double-cliquez une ligne pour la corriger.</numerusform><numerusform>%n éléments manquants : ouvrez la liste et double-cliquez une ligne pour la corriger.</numerusform></translation>
    </message>
    <message>
        <source>Complétude</source>
        <translation>Complétude</translation>
    </message>
    <message numerus="yes">
        <source>Complétude (%n manquant(s))</source>
        <translation><numerusform>Complétude (%n manquant)</numerusform><numerusform>Complétude (%n manquants)</numerusform></translation>
    </message>
    <message>
        <source>Choisissez une ligne pour lire le détail.</source>
        <translation>Choisissez une ligne pour lire le détail.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt; : %3</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt; : %3</translation>
    </message>
    <message>
        <source>pas encore envoyée</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>en attente</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>accusé de réception du %1</source>
        <translation>accusé de réception du %1</translation>
    </message>
    <message>
        <source>pièces manquantes demandées le %1</source>
        <translation>pièces manquantes demandées le %1</translation>
    </message>
    <message>
        <source>compléments envoyés le %1</source>
        <translation>compléments envoyés le %1</translation>
    </message>
    <message>
        <source>%1 (réputé complet sans demande de pièces d'ici là)</source>
        <translation>%1 (réputé complet sans demande de pièces d'ici là)</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Changement enregistré : %1.</source>
        <translation>Changement enregistré : %1.</translation>
    </message>
    <message>
        <source>notification-ARS-%1</source>
        <translation>notification-ARS-%1</translation>
    </message>
    <message>
        <source>Enregistrer la fiche annuaire (JSON)</source>
        <translation>Enregistrer la fiche annuaire (JSON)</translation>
    </message>
    <message>
        <source>fiche-annuaire.json</source>
        <translation>fiche-annuaire.json</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Fiche annuaire</source>
        <translation>Fiche annuaire</translation>
    </message>
    <message>
        <source>Fiche annuaire enregistrée : %1</source>
        <translation>Fiche annuaire enregistrée : %1</translation>
    </message>
    <message>
        <source>Imprimer les logigrammes</source>
        <translation>Imprimer les logigrammes</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>completude-document-interne</source>
        <translation>completude-document-interne</translation>
    </message>
    <message>
        <source>arrêté le %1 ; à déclarer à l'ARS avant le %2</source>
        <translation>arrêté le %1 ; à déclarer à l'ARS avant le %2</translation>
    </message>
    <message>
        <source>L'arrêt d'un programme se déclare à l'ARS dans les 3 mois (courrier d'arrêt).</source>
        <translation>L'arrêt d'un programme se déclare à l'ARS dans les 3 mois (courrier d'arrêt).</translation>
    </message>
    <message>
        <source>Enregistrer le dossier en PDF</source>
        <translation>Enregistrer le dossier en PDF</translation>
    </message>
    <message>
        <source>dossier-declaration-ARS.pdf</source>
        <translation>dossier-declaration-ARS.pdf</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Dossier enregistré : %1</source>
        <translation>Dossier enregistré : %1</translation>
    </message>
    <message>
        <source>Courrier d'arrêt</source>
        <translation>Courrier d'arrêt</translation>
    </message>
    <message>
        <source>Enregistrez d'abord la date de l'arrêt (bouton « Dates… », dernière étape) ; le motif et le devenir des patients en cours se saisissent au même endroit.</source>
        <translation>Enregistrez d'abord la date de l'arrêt (bouton « Dates… », dernière étape) ; le motif et le devenir des patients en cours se saisissent au même endroit.</translation>
    </message>
    <message>
        <source>declaration-arret-ARS</source>
        <translation>declaration-arret-ARS</translation>
    </message>
    <message>
        <source>Dossier de déclaration</source>
        <translation>Dossier de déclaration</translation>
    </message>
    <message>
        <source>Le programme est mis en œuvre dans plusieurs régions : il est déclaré à chacune des ARS. À quelle ARS ce dossier est-il adressé ?</source>
        <translation>Le programme est mis en œuvre dans plusieurs régions : il est déclaré à chacune des ARS. À quelle ARS ce dossier est-il adressé ?</translation>
    </message>
    <message>
        <source>Préparation du dossier de déclaration…</source>
        <translation>Préparation du dossier de déclaration…</translation>
    </message>
    <message>
        <source>Lecture du programme…</source>
        <translation>Lecture du programme…</translation>
    </message>
    <message>
        <source>Mise en page du dossier et des pièces jointes…</source>
        <translation>Mise en page du dossier et des pièces jointes…</translation>
    </message>
</context>
<context>
    <name>kitetp::DeclarationWizard</name>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Évaluer le besoin et la population</source>
        <translation>Évaluer le besoin et la population</translation>
    </message>
    <message>
        <source>Constituer l'équipe</source>
        <translation>Constituer l'équipe</translation>
    </message>
    <message>
        <source>Concevoir le programme</source>
        <translation>Concevoir le programme</translation>
    </message>
    <message>
        <source>Préparer les documents</source>
        <translation>Préparer les documents</translation>
    </message>
    <message>
        <source>Vérifier la complétude</source>
        <translation>Vérifier la complétude</translation>
    </message>
    <message>
        <source>Envoyer le dossier à l'ARS</source>
        <translation>Envoyer le dossier à l'ARS</translation>
    </message>
    <message>
        <source>Prise d'effet et démarrage</source>
        <translation>Prise d'effet et démarrage</translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <source>La structure porteuse</source>
        <translation>La structure porteuse</translation>
    </message>
    <message>
        <source>Le besoin et la population</source>
        <translation>Le besoin et la population</translation>
    </message>
    <message>
        <source>L'équipe</source>
        <translation>L'équipe</translation>
    </message>
    <message>
        <source>Le coordonnateur</source>
        <translation>Le coordonnateur</translation>
    </message>
    <message>
        <source>L'implication des patients</source>
        <translation>L'implication des patients</translation>
    </message>
    <message>
        <source>Le programme</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Le parcours du patient</source>
        <translation>Le parcours du patient</translation>
    </message>
    <message>
        <source>La coordination</source>
        <translation>La coordination</translation>
    </message>
    <message>
        <source>Information, consentement et confidentialité</source>
        <translation>Information, consentement et confidentialité</translation>
    </message>
    <message>
        <source>L'évaluation</source>
        <translation>L'évaluation</translation>
    </message>
    <message>
        <source>Le financement</source>
        <translation>Le financement</translation>
    </message>
    <message>
        <source>Déclarations et complétude</source>
        <translation>Déclarations et complétude</translation>
    </message>
    <message>
        <source>L'envoi et la réponse de l'ARS</source>
        <translation>L'envoi et la réponse de l'ARS</translation>
    </message>
    <message>
        <source>La prise d'effet</source>
        <translation>La prise d'effet</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>kitetp::DirectoryModel</name>
    <message>
        <source>La fiche a plus d'un an : demandez au programme une fiche à jour.</source>
        <translation>La fiche a plus d'un an : demandez au programme une fiche à jour.</translation>
    </message>
    <message>
        <source>non précisé</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
    <message>
        <source>à mettre à jour</source>
        <translation>à mettre à jour</translation>
    </message>
    <message>
        <source>à jour</source>
        <translation>à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) plus ancienne(s)</source>
        <translation><numerusform>%n fiche plus ancienne</numerusform><numerusform>%n fiches plus anciennes</numerusform></translation>
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
        <translation>Ville</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Patients extérieurs</source>
        <translation>Patients extérieurs</translation>
    </message>
    <message>
        <source>Date de la fiche</source>
        <translation>Date de la fiche</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>kitetp::DirectoryWindow</name>
    <message>
        <source>Annuaire — %1</source>
        <translation>Annuaire — %1</translation>
    </message>
    <message>
        <source>Annuaire ouvert en lecture seule (déjà ouvert ailleurs ou protégé).</source>
        <translation>Annuaire ouvert en lecture seule (déjà ouvert ailleurs ou protégé).</translation>
    </message>
    <message>
        <source>sein, côlon, poumon…</source>
        <translation>sein, côlon, poumon…</translation>
    </message>
    <message>
        <source>adultes, adolescents…</source>
        <translation>adultes, adolescents…</translation>
    </message>
    <message>
        <source>&amp;Département :</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>&amp;Ville :</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Localisation du cancer :</source>
        <translation>&amp;Localisation du cancer :</translation>
    </message>
    <message>
        <source>P&amp;opulation :</source>
        <translation>P&amp;opulation :</translation>
    </message>
    <message>
        <source>&amp;Collectif</source>
        <translation>&amp;Collectif</translation>
    </message>
    <message>
        <source>&amp;Individuel</source>
        <translation>&amp;Individuel</translation>
    </message>
    <message>
        <source>À dist&amp;ance</source>
        <translation>À dist&amp;ance</translation>
    </message>
    <message>
        <source>Accepte des patients &amp;extérieurs</source>
        <translation>Accepte des patients &amp;extérieurs</translation>
    </message>
    <message>
        <source>Seulement les programmes dont la fiche dit qu'ils accueillent des patients suivis ailleurs.</source>
        <translation>Seulement les programmes dont la fiche dit qu'ils accueillent des patients suivis ailleurs.</translation>
    </message>
    <message>
        <source>Programmes de l'annuaire</source>
        <translation>Programmes de l'annuaire</translation>
    </message>
    <message>
        <source>Fiche du programme choisi</source>
        <translation>Fiche du programme choisi</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Annuaire</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>&amp;Importer des fiches…</source>
        <translation>&amp;Importer des fiches…</translation>
    </message>
    <message>
        <source>Importer un &amp;dossier de fiches…</source>
        <translation>Importer un &amp;dossier de fiches…</translation>
    </message>
    <message>
        <source>&amp;Aperçu et impression de l'annuaire…</source>
        <translation>&amp;Aperçu et impression de l'annuaire…</translation>
    </message>
    <message>
        <source>Annuaire en &amp;PDF…</source>
        <translation>Annuaire en &amp;PDF…</translation>
    </message>
    <message>
        <source>annuaire</source>
        <translation>annuaire</translation>
    </message>
    <message>
        <source>Annuaire en &amp;ODT…</source>
        <translation>Annuaire en &amp;ODT…</translation>
    </message>
    <message>
        <source>Exporter en &amp;CSV pour le site…</source>
        <translation>Exporter en &amp;CSV pour le site…</translation>
    </message>
    <message>
        <source>&amp;Fermer l'annuaire</source>
        <translation>&amp;Fermer l'annuaire</translation>
    </message>
    <message>
        <source>Tous les départements</source>
        <translation>Tous les départements</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) affiché(s)</source>
        <translation><numerusform>%n programme affiché</numerusform><numerusform>%n programmes affichés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dans l'annuaire</source>
        <translation><numerusform>%n dans l'annuaire</numerusform><numerusform>%n dans l'annuaire</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;L'annuaire est vide. Importez les fiches annuaire des programmes (Fichier ▸ Importer des fiches…), ou déposez-les sur cette fenêtre.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L'annuaire est vide. Importez les fiches annuaire des programmes (Fichier ▸ Importer des fiches…), ou déposez-les sur cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fiche du %1, ajoutée le %2 depuis « %3 »</source>
        <translation>Fiche du %1, ajoutée le %2 depuis « %3 »</translation>
    </message>
    <message>
        <source>à mettre à jour</source>
        <translation>à mettre à jour</translation>
    </message>
    <message>
        <source>Structure porteuse</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Problème de santé</source>
        <translation>Problème de santé</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Historique des fiches</source>
        <translation>Historique des fiches</translation>
    </message>
    <message>
        <source>Fiche du %1, ajoutée le %2 depuis « %3 »%4</source>
        <translation>Fiche du %1, ajoutée le %2 depuis « %3 »%4</translation>
    </message>
    <message>
        <source> (affichée)</source>
        <translation> (affichée)</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) ajouté(s).</source>
        <translation><numerusform>%n programme ajouté.</numerusform><numerusform>%n programmes ajoutés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) mise(s) à jour (les anciennes restent dans l'historique).</source>
        <translation><numerusform>%n fiche mise à jour (les anciennes restent dans l'historique).</numerusform><numerusform>%n fiches mises à jour (les anciennes restent dans l'historique).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) plus ancienne(s) gardée(s) dans l'historique.</source>
        <translation><numerusform>%n fiche plus ancienne gardée dans l'historique.</numerusform><numerusform>%n fiches plus anciennes gardées dans l'historique.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) déjà dans l'annuaire.</source>
        <translation><numerusform>%n fiche déjà dans l'annuaire.</numerusform><numerusform>%n fiches déjà dans l'annuaire.</numerusform></translation>
    </message>
    <message>
        <source>Aucune fiche trouvée.</source>
        <translation>Aucune fiche trouvée.</translation>
    </message>
    <message>
        <source>Import des fiches</source>
        <translation>Import des fiches</translation>
    </message>
    <message>
        <source>Importer des fiches annuaire</source>
        <translation>Importer des fiches annuaire</translation>
    </message>
    <message>
        <source>Fiches annuaire (*.json);;Tous les fichiers (*)</source>
        <translation>Fiches annuaire (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importer les fiches d'un dossier</source>
        <translation>Importer les fiches d'un dossier</translation>
    </message>
    <message>
        <source>Exporter l'annuaire en CSV</source>
        <translation>Exporter l'annuaire en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>kitetp::EnrolDialog</name>
    <message>
        <source>Places restantes : %1 sur %2.</source>
        <translation>Places restantes : %1 sur %2.</translation>
    </message>
    <message>
        <source>Capacité non limitée.</source>
        <translation>Capacité non limitée.</translation>
    </message>
    <message>
        <source> (hors programme personnalisé)</source>
        <translation> (hors programme personnalisé)</translation>
    </message>
    <message numerus="yes">
        <source>Attention : la séance sera complète au-delà de %n inscrit(s) de plus.</source>
        <translation><numerusform>Attention : la séance sera complète au-delà de %n inscrit de plus.</numerusform><numerusform>Attention : la séance sera complète au-delà de %n inscrits de plus.</numerusform></translation>
    </message>
</context>
<context>
    <name>kitetp::EvaluationDeadlines</name>
    <message>
        <source>Prochain anniversaire :</source>
        <translation>Prochain anniversaire :</translation>
    </message>
    <message>
        <source>Prochaine évaluation quadriennale :</source>
        <translation>Prochaine évaluation quadriennale :</translation>
    </message>
    <message>
        <source>— (ni prise d'effet ni date de début enregistrées)</source>
        <translation>— (ni prise d'effet ni date de début enregistrées)</translation>
    </message>
    <message>
        <source> — d'après la date de début du programme, la prise d'effet n'étant pas enregistrée</source>
        <translation> — d'après la date de début du programme, la prise d'effet n'étant pas enregistrée</translation>
    </message>
    <message>
        <source>%1 : rapport d'auto-évaluation annuelle%2</source>
        <translation>%1 : rapport d'auto-évaluation annuelle%2</translation>
    </message>
    <message>
        <source>%1 : rapport d'évaluation quadriennale%2</source>
        <translation>%1 : rapport d'évaluation quadriennale%2</translation>
    </message>
</context>
<context>
    <name>kitetp::EvaluationPage</name>
    <message>
        <source>Aperçu avant impression…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Choisissez un indicateur pour lire sa définition complète.</source>
        <translation>Choisissez un indicateur pour lire sa définition complète.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; : %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 — %3</translation>
    </message>
    <message>
        <source>Période couverte : du %1 au %2.</source>
        <translation>Période couverte : du %1 au %2.</translation>
    </message>
    <message>
        <source>Année de programme n° %1.</source>
        <translation>Année de programme n° %1.</translation>
    </message>
    <message>
        <source>Période libre : le rapport n'est pas l'auto-évaluation annuelle.</source>
        <translation>Période libre : le rapport n'est pas l'auto-évaluation annuelle.</translation>
    </message>
    <message>
        <source>Cette période précède le début du programme (%1).</source>
        <translation>Cette période précède le début du programme (%1).</translation>
    </message>
    <message>
        <source>Période en cours : les chiffres sont partiels.</source>
        <translation>Période en cours : les chiffres sont partiels.</translation>
    </message>
    <message>
        <source>Les parties rédigées de l'évaluation quadriennale du %1 au %2 (la période choisie et les précédentes, jamais avant le début du programme). Les indicateurs, le profil des patients, les tendances et les actions des auto-évaluations annuelles sont ajoutés au rapport automatiquement ; une partie laissée vide y est imprimée « à compléter ».</source>
        <translation>Les parties rédigées de l'évaluation quadriennale du %1 au %2 (la période choisie et les précédentes, jamais avant le début du programme). Les indicateurs, le profil des patients, les tendances et les actions des auto-évaluations annuelles sont ajoutés au rapport automatiquement ; une partie laissée vide y est imprimée « à compléter ».</translation>
    </message>
    <message>
        <source>Suivi des actions de la période précédente (%1) : leur état figure dans ce rapport.</source>
        <translation>Suivi des actions de la période précédente (%1) : leur état figure dans ce rapport.</translation>
    </message>
    <message>
        <source>indicateurs-%1.csv</source>
        <translation>indicateurs-%1.csv</translation>
    </message>
    <message>
        <source>Exporter les indicateurs</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>Tableau CSV (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Le tableau n'a pas pu être écrit dans « %1 » : %2</source>
        <translation>Le tableau n'a pas pu être écrit dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Indicateurs exportés : %1</source>
        <translation>Indicateurs exportés : %1</translation>
    </message>
    <message>
        <source>L'analyse de l'équipe — %1 : elle figure dans le rapport annuel.</source>
        <translation>L'analyse de l'équipe — %1 : elle figure dans le rapport annuel.</translation>
    </message>
    <message>
        <source>Enregistrer en ODT…</source>
        <translation>Enregistrer en ODT…</translation>
    </message>
    <message>
        <source>Classeur XLSX (*.xlsx)</source>
        <translation>Classeur XLSX (*.xlsx)</translation>
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
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Année (vide : chaque année)</source>
        <translation>Année (vide : chaque année)</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un montant en euros.</source>
        <translation>« %1 » n'est pas un montant en euros.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une année.</source>
        <translation>« %1 » n'est pas une année.</translation>
    </message>
    <message>
        <source>Nouvelle source</source>
        <translation>Nouvelle source</translation>
    </message>
</context>
<context>
    <name>kitetp::GpLetterDocument</name>
    <message>
        <source>(non renseigné)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source> (née en %1)</source>
        <translation> (née en %1)</translation>
    </message>
    <message>
        <source> (né en %1)</source>
        <translation> (né en %1)</translation>
    </message>
    <message>
        <source>Aucun objectif enregistré.</source>
        <translation>Aucun objectif enregistré.</translation>
    </message>
    <message>
        <source>Objectif convenu</source>
        <translation>Objectif convenu</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Avis du patient</source>
        <translation>Avis du patient</translation>
    </message>
    <message>
        <source>Aucune séance suivie à ce jour.</source>
        <translation>Aucune séance suivie à ce jour.</translation>
    </message>
    <message>
        <source>L'évaluation individuelle finale n'a pas encore eu lieu.</source>
        <translation>L'évaluation individuelle finale n'a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>{medecin_traitant}
{adresse_medecin}

Le {date}

Objet : synthèse du parcours d'éducation thérapeutique de {patient}

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

Le {date}

Objet : synthèse du parcours d'éducation thérapeutique de {patient}

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
{structure}</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Document personnel — données de santé</source>
        <translation>Document personnel — données de santé</translation>
    </message>
    <message>
        <source>Évaluation individuelle finale du %1 : %2, %3, %4.</source>
        <translation>Évaluation individuelle finale du %1 : %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n objectif(s) atteint(s)</source>
        <translation><numerusform>%n objectif atteint</numerusform><numerusform>%n objectifs atteints</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n partiellement</source>
        <translation><numerusform>%n partiellement</numerusform><numerusform>%n partiellement</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n non atteint(s)</source>
        <translation><numerusform>%n non atteint</numerusform><numerusform>%n non atteints</numerusform></translation>
    </message>
</context>
<context>
    <name>kitetp::GuideTreeModel</name>
    <message>
        <source>Les étapes durent %1 min, la séance %2 min.</source>
        <translation>Les étapes durent %1 min, la séance %2 min.</translation>
    </message>
    <message>
        <source>Brouillon à relire</source>
        <translation>Brouillon à relire</translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s)</source>
        <translation><numerusform>%n séance</numerusform><numerusform>%n séances</numerusform></translation>
    </message>
</context>
<context>
    <name>kitetp::GuidesPage</name>
    <message>
        <source>Nouveau conducteur</source>
        <translation>Nouveau conducteur</translation>
    </message>
    <message>
        <source>Nouvelle séance</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>%1 (copie)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Dupliquer la séance « %1 »</source>
        <translation>Dupliquer la séance « %1 »</translation>
    </message>
    <message>
        <source>Dupliquer le conducteur « %1 »</source>
        <translation>Dupliquer le conducteur « %1 »</translation>
    </message>
    <message>
        <source>L'import n'a pas été enregistré.</source>
        <translation>L'import n'a pas été enregistré.</translation>
    </message>
    <message>
        <source>Choisissez d'abord une séance.</source>
        <translation>Choisissez d'abord une séance.</translation>
    </message>
    <message>
        <source>Guide d'animation</source>
        <translation>Guide d'animation</translation>
    </message>
    <message>
        <source>Fiche patient (séance)</source>
        <translation>Fiche patient (séance)</translation>
    </message>
    <message>
        <source>Feuille d'émargement (séance)</source>
        <translation>Feuille d'émargement (séance)</translation>
    </message>
    <message>
        <source>Aperçu avant impression…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Enregistrer en PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Exporter les guides…</source>
        <translation>Exporter les guides…</translation>
    </message>
    <message>
        <source>Importer des guides…</source>
        <translation>Importer des guides…</translation>
    </message>
    <message>
        <source>Exporter les guides</source>
        <translation>Exporter les guides</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Guides exportés : %1</source>
        <translation>Guides exportés : %1</translation>
    </message>
    <message>
        <source>Importer des guides</source>
        <translation>Importer des guides</translation>
    </message>
    <message>
        <source>Ajouter les guides du fichier à ceux du programme, ou remplacer les guides du programme ?</source>
        <translation>Ajouter les guides du fichier à ceux du programme, ou remplacer les guides du programme ?</translation>
    </message>
    <message>
        <source>&amp;Ajouter</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remplacer</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Import refusé</source>
        <translation>Import refusé</translation>
    </message>
    <message>
        <source>Import des guides</source>
        <translation>Import des guides</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Participants minimum</source>
        <translation>Participants minimum</translation>
    </message>
    <message>
        <source>Participants maximum</source>
        <translation>Participants maximum</translation>
    </message>
    <message>
        <source>Modalité</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Messages clés</source>
        <translation>Messages clés</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Compétences</source>
        <translation>Compétences</translation>
    </message>
    <message numerus="yes">
        <source>Conducteur %1 — %n séance(s)</source>
        <translation><numerusform>Conducteur %1 — %n séance</numerusform><numerusform>Conducteur %1 — %n séances</numerusform></translation>
    </message>
    <message>
        <source>Total : %1 min / %2 min prévues</source>
        <translation>Total : %1 min / %2 min prévues</translation>
    </message>
    <message>
        <source>⚠ Les étapes durent %1 min au total mais la séance est prévue pour %2 min.</source>
        <translation>⚠ Les étapes durent %1 min au total mais la séance est prévue pour %2 min.</translation>
    </message>
    <message>
        <source>Déroulé</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Supprimé : %1 — Ctrl+Z pour annuler</source>
        <translation>Supprimé : %1 — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Enregistrer en ODT…</source>
        <translation>Enregistrer en ODT…</translation>
    </message>
    <message>
        <source>Aucun conducteur ni séance ne contient « %1 ».</source>
        <translation>Aucun conducteur ni séance ne contient « %1 ».</translation>
    </message>
    <message>
        <source>Quiz, fiche patient (séance)</source>
        <translation>Quiz, fiche patient (séance)</translation>
    </message>
    <message>
        <source>Quiz, corrigé de l'animateur (séance)</source>
        <translation>Quiz, corrigé de l'animateur (séance)</translation>
    </message>
    <message>
        <source>Guide + supports en PDF…</source>
        <translation>Guide + supports en PDF…</translation>
    </message>
    <message>
        <source>Envois de paquets…</source>
        <translation>Envois de paquets…</translation>
    </message>
    <message>
        <source>guides.etpkit</source>
        <translation>guides.etpkit</translation>
    </message>
    <message>
        <source>Paquet Kit ETP, guides et supports (*.etpkit);;Guides Kit ETP sans les fichiers des supports (*.json)</source>
        <translation>Paquet Kit ETP, guides et supports (*.etpkit);;Guides Kit ETP sans les fichiers des supports (*.json)</translation>
    </message>
    <message>
        <source>À qui envoyez-vous ce paquet ? (noté dans les envois : six mois après, la page « À faire » rappelle de demander comment les supports ont été utilisés)</source>
        <translation>À qui envoyez-vous ce paquet ? (noté dans les envois : six mois après, la page « À faire » rappelle de demander comment les supports ont été utilisés)</translation>
    </message>
    <message>
        <source>Guides Kit ETP (*.etpkit *.json);;Tous les fichiers (*)</source>
        <translation>Guides Kit ETP (*.etpkit *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choisissez une séance ou un conducteur.</source>
        <translation>Choisissez une séance ou un conducteur.</translation>
    </message>
    <message>
        <source>guide-et-supports-%1.pdf</source>
        <translation>guide-et-supports-%1.pdf</translation>
    </message>
    <message>
        <source>Guide + supports en PDF</source>
        <translation>Guide + supports en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
</context>
<context>
    <name>kitetp::HelpDock</name>
    <message>
        <source>Guide d'utilisation</source>
        <translation>Guide d'utilisation</translation>
    </message>
    <message>
        <source>Introuvable</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Rechercher dans le guide…</source>
        <translation>Rechercher dans le guide…</translation>
    </message>
    <message>
        <source>Rechercher dans le guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Occurrence précédente (Maj+Entrée)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Occurrence précédente</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Occurrence suivante (Entrée)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Occurrence suivante</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Sommaire du guide</source>
        <translation>Sommaire du guide</translation>
    </message>
</context>
<context>
    <name>kitetp::IndicatorModel</name>
    <message>
        <source>Indicateur</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Définition</source>
        <translation>Définition</translation>
    </message>
</context>
<context>
    <name>kitetp::LetterTemplateDialog</name>
    <message>
        <source>Disponibles : %1</source>
        <translation>Disponibles : %1</translation>
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
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Ateliers</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Déclaration ARS</source>
        <translation>Déclaration ARS</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Séances</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Évaluation</translation>
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
        <translation>Fichier mis à jour vers la nouvelle version ; l'ancien est conservé : %1</translation>
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
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <source>Masquer les identités des patients</source>
        <translation>Masquer les identités des patients</translation>
    </message>
    <message>
        <source>Lecture incomplète : %1</source>
        <translation>Lecture incomplète : %1</translation>
    </message>
    <message>
        <source>(endommagé, lecture seule)</source>
        <translation>(endommagé, lecture seule)</translation>
    </message>
    <message>
        <source>Fichier endommagé</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>Le contrôle d'intégrité de « %1 » a trouvé le fichier endommagé. Pour ne rien aggraver, Kit ETP n'y enregistre plus aucune modification ; ce qui y était enregistré n'est pas touché. Fermez le programme, puis ouvrez une copie de sauvegarde ou faites vérifier le fichier (kitetp check).</source>
        <translation>Le contrôle d'intégrité de « %1 » a trouvé le fichier endommagé. Pour ne rien aggraver, Kit ETP n'y enregistre plus aucune modification ; ce qui y était enregistré n'est pas touché. Fermez le programme, puis ouvrez une copie de sauvegarde ou faites vérifier le fichier (kitetp check).</translation>
    </message>
    <message>
        <source>Le contrôle d'intégrité n'a pas pu être fait : %1</source>
        <translation>Le contrôle d'intégrité n'a pas pu être fait : %1</translation>
    </message>
    <message>
        <source>Annuler : %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Rétablir : %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&lt;état à l'ouverture&gt;</source>
        <translation>&lt;état à l'ouverture&gt;</translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Annulé : %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Rétabli : %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Langue de l'interface : %1</source>
        <translation>Langue de l'interface : %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d'éducation thérapeutique du patient : ateliers, déclaration à l'ARS, suivi des patients, évaluation.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence %2 (%3) : voir le fichier LICENSE.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kit ETP %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Programmes d'éducation thérapeutique du patient : ateliers, déclaration à l'ARS, suivi des patients, évaluation.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence %2 (%3) : voir le fichier LICENSE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mise à jour du fichier vers la nouvelle version…</source>
        <translation>Mise à jour du fichier vers la nouvelle version…</translation>
    </message>
    <message>
        <source>Contrôle, copie de sauvegarde et mise à jour de « %1 »…</source>
        <translation>Contrôle, copie de sauvegarde et mise à jour de « %1 »…</translation>
    </message>
    <message>
        <source>Nouvel annuaire</source>
        <translation>Nouvel annuaire</translation>
    </message>
    <message>
        <source>annuaire</source>
        <translation>annuaire</translation>
    </message>
    <message>
        <source>Annuaires Kit ETP (*.etpannuaire)</source>
        <translation>Annuaires Kit ETP (*.etpannuaire)</translation>
    </message>
    <message>
        <source>Programmes et annuaires Kit ETP (*.etp *.etpannuaire);;Tous les fichiers (*)</source>
        <translation>Programmes et annuaires Kit ETP (*.etp *.etpannuaire);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>kitetp::MaterialsPanel</name>
    <message>
        <source>Supports (*.pdf *.png *.jpg *.jpeg *.svg *.odp *.odt *.pptx *.docx)</source>
        <translation>Supports (*.pdf *.png *.jpg *.jpeg *.svg *.odp *.odt *.pptx *.docx)</translation>
    </message>
    <message>
        <source>Les supports de la séance, gardés dans le fichier du programme (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX ou DOCX, 20 Mo au plus chacun) ou des liens vers des vidéos. Ils partent avec les guides dans un paquet .etpkit ; le guide d'animation les liste.</source>
        <translation>Les supports de la séance, gardés dans le fichier du programme (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX ou DOCX, 20 Mo au plus chacun) ou des liens vers des vidéos. Ils partent avec les guides dans un paquet .etpkit ; le guide d'animation les liste.</translation>
    </message>
    <message>
        <source>Supports de la séance</source>
        <translation>Supports de la séance</translation>
    </message>
    <message>
        <source>Ajouter un &amp;fichier…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Ajouter un &amp;lien vidéo…</source>
        <translation>Ajouter un &amp;lien vidéo…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>étape %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>licence / source : %1</source>
        <translation>licence / source : %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Toute la séance</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>Étape %1 — %2</source>
        <translation>Étape %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Licence ou source :</source>
        <translation>&amp;Licence ou source :</translation>
    </message>
    <message>
        <source>&amp;Version :</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Sert à l'é&amp;tape :</source>
        <translation>Sert à l'é&amp;tape :</translation>
    </message>
    <message>
        <source>&amp;Adresse de la vidéo :</source>
        <translation>&amp;Adresse de la vidéo :</translation>
    </message>
    <message>
        <source>Support refusé</source>
        <translation>Support refusé</translation>
    </message>
    <message>
        <source>Ajouter « %1 »</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Ajouter un support</source>
        <translation>Ajouter un support</translation>
    </message>
    <message>
        <source>Ajouter un lien vers une vidéo</source>
        <translation>Ajouter un lien vers une vidéo</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Ouverture impossible</translation>
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
        <translation>Le fichier « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Le dossier « %1 » n'existe pas.</source>
        <translation>Le dossier « %1 » n'existe pas.</translation>
    </message>
</context>
<context>
    <name>kitetp::PathEventDialog</name>
    <message>
        <source>(non précisé)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Modifier une étape du parcours</source>
        <translation>Modifier une étape du parcours</translation>
    </message>
    <message>
        <source>Ajouter une étape au parcours</source>
        <translation>Ajouter une étape au parcours</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCommands</name>
    <message>
        <source>Ajouter le patient %1</source>
        <translation>Ajouter le patient %1</translation>
    </message>
    <message>
        <source>Modifier le patient %1</source>
        <translation>Modifier le patient %1</translation>
    </message>
    <message>
        <source>Supprimer le patient %1</source>
        <translation>Supprimer le patient %1</translation>
    </message>
    <message>
        <source>Ajouter « %1 »</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Modifier « %1 »</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Supprimer « %1 »</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Ajouter l'objectif « %1 »</source>
        <translation>Ajouter l'objectif « %1 »</translation>
    </message>
    <message>
        <source>Modifier l'objectif « %1 »</source>
        <translation>Modifier l'objectif « %1 »</translation>
    </message>
    <message>
        <source>Supprimer l'objectif « %1 »</source>
        <translation>Supprimer l'objectif « %1 »</translation>
    </message>
    <message>
        <source>Modifier le programme personnalisé</source>
        <translation>Modifier le programme personnalisé</translation>
    </message>
    <message>
        <source>Modifier le modèle de lettre</source>
        <translation>Modifier le modèle de lettre</translation>
    </message>
    <message>
        <source>Planifier une séance</source>
        <translation>Planifier une séance</translation>
    </message>
    <message>
        <source>Modifier la séance</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Noter « %1 »</source>
        <translation>Noter « %1 »</translation>
    </message>
    <message>
        <source>Inscrire un patient</source>
        <translation>Inscrire un patient</translation>
    </message>
    <message>
        <source>Désinscrire un patient</source>
        <translation>Désinscrire un patient</translation>
    </message>
    <message>
        <source>Déplacer %1 du %2 au %3</source>
        <translation>Déplacer %1 du %2 au %3</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCsv</name>
    <message>
        <source>%1 colonnes au lieu de %2</source>
        <translation>%1 colonnes au lieu de %2</translation>
    </message>
    <message>
        <source>année de naissance illisible « %1 »</source>
        <translation>année de naissance illisible « %1 »</translation>
    </message>
    <message>
        <source>statut inconnu « %1 » (attendu : %2)</source>
        <translation>statut inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>date invalide « %1 » dans la colonne %2</source>
        <translation>date invalide « %1 » dans la colonne %2</translation>
    </message>
    <message>
        <source>motif de sortie inconnu « %1 »</source>
        <translation>motif de sortie inconnu « %1 »</translation>
    </message>
    <message>
        <source>séance inconnue « %1 » dans le programme personnalisé</source>
        <translation>séance inconnue « %1 » dans le programme personnalisé</translation>
    </message>
    <message>
        <source>résultat d'objectif inconnu « %1 »</source>
        <translation>résultat d'objectif inconnu « %1 »</translation>
    </message>
    <message>
        <source>le code « %1 » existe déjà</source>
        <translation>le code « %1 » existe déjà</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Le fichier dépasse 200 Mo : ce n'est pas un export de patients.</source>
        <translation>Le fichier dépasse 200 Mo : ce n'est pas un export de patients.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message numerus="yes">
        <source>le fichier a changé depuis sa vérification (%n ligne(s) acceptée(s) au lieu de %1).</source>
        <translation><numerusform>le fichier a changé depuis sa vérification (%n ligne acceptée au lieu de %1).</numerusform><numerusform>le fichier a changé depuis sa vérification (%n lignes acceptées au lieu de %1).</numerusform></translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sexe</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Site du cancer</source>
        <translation>Site du cancer</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Médecin adresseur</source>
        <translation>Médecin adresseur</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Adresse du médecin traitant</source>
        <translation>Adresse du médecin traitant</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Proposition</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Consentement d'entrée</source>
        <translation>Consentement d'entrée</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation>Bilan éducatif partagé</translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation>Programme personnalisé</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Évaluation finale</source>
        <translation>Évaluation finale</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Synthèse au médecin traitant</translation>
    </message>
    <message>
        <source>Sortie</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Motif de sortie</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Séances prévues</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Séances présentes</source>
        <translation>Séances présentes</translation>
    </message>
    <message>
        <source>l'import a été annulé.</source>
        <translation>l'import a été annulé.</translation>
    </message>
    <message>
        <source>Ligne %1…</source>
        <translation>Ligne %1…</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientCsv::RowReader</name>
    <message>
        <source>Le fichier est vide.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes, dont « code » (voir docs/csv-patients.md).</source>
        <translation>La première ligne doit nommer les colonnes, dont « code » (voir docs/csv-patients.md).</translation>
    </message>
    <message>
        <source>Colonne inconnue « %1 » : ce fichier n'a pas le format des patients de Kit ETP.</source>
        <translation>Colonne inconnue « %1 » : ce fichier n'a pas le format des patients de Kit ETP.</translation>
    </message>
    <message>
        <source>La colonne « %1 » apparaît deux fois.</source>
        <translation>La colonne « %1 » apparaît deux fois.</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientListModel</name>
    <message>
        <source>(masqué)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Localisation</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Entrée</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>À faire</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Pour le</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientPath</name>
    <message>
        <source>Entrée (bilan à faire)</source>
        <translation>Entrée (bilan à faire)</translation>
    </message>
    <message>
        <source>Bilan fait</source>
        <translation>Bilan fait</translation>
    </message>
    <message>
        <source>En séances</source>
        <translation>En séances</translation>
    </message>
    <message>
        <source>Évalué</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Synthèse envoyée</source>
        <translation>Synthèse envoyée</translation>
    </message>
    <message>
        <source>Sorti</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Parcours terminé</source>
        <translation>Parcours terminé</translation>
    </message>
    <message>
        <source>Arrêt à sa demande</source>
        <translation>Arrêt à sa demande</translation>
    </message>
    <message>
        <source>Perdu de vue</source>
        <translation>Perdu de vue</translation>
    </message>
    <message>
        <source>Décédé</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Déménagé</source>
        <translation>Déménagé</translation>
    </message>
    <message>
        <source>Proposition et information</source>
        <translation>Proposition et information</translation>
    </message>
    <message>
        <source>Consentement à entrer</source>
        <translation>Consentement à entrer</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consentement au partage</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé</source>
        <translation>Bilan éducatif partagé</translation>
    </message>
    <message>
        <source>Programme personnalisé</source>
        <translation>Programme personnalisé</translation>
    </message>
    <message>
        <source>Suivi intermédiaire</source>
        <translation>Suivi intermédiaire</translation>
    </message>
    <message>
        <source>Évaluation individuelle finale</source>
        <translation>Évaluation individuelle finale</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Synthèse au médecin traitant</translation>
    </message>
    <message>
        <source>Sortie du programme</source>
        <translation>Sortie du programme</translation>
    </message>
    <message>
        <source>À évaluer</source>
        <translation>À évaluer</translation>
    </message>
    <message>
        <source>Atteint</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Partiellement atteint</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Non atteint</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Inscrit</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Présent</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>La date est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>La date est absente ou invraisemblable (entre 1990 et 2100).</translation>
    </message>
    <message>
        <source>La date du %1 est dans le futur : une étape du parcours est enregistrée une fois faite.</source>
        <translation>La date du %1 est dans le futur : une étape du parcours est enregistrée une fois faite.</translation>
    </message>
    <message>
        <source>Le texte est trop long (%1 caractères au plus).</source>
        <translation>Le texte est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Le parcours est déjà clos (sortie le %1).</source>
        <translation>Le parcours est déjà clos (sortie le %1).</translation>
    </message>
    <message>
        <source>Le parcours est clos depuis le %1 : aucune étape ne peut suivre la sortie. Enregistrez une reprise en supprimant la sortie.</source>
        <translation>Le parcours est clos depuis le %1 : aucune étape ne peut suivre la sortie. Enregistrez une reprise en supprimant la sortie.</translation>
    </message>
    <message>
        <source>La sortie ne peut pas précéder la dernière étape du parcours (%1).</source>
        <translation>La sortie ne peut pas précéder la dernière étape du parcours (%1).</translation>
    </message>
    <message>
        <source>Indiquez le motif de sortie : parcours terminé, arrêt, perdu de vue, décès ou déménagement.</source>
        <translation>Indiquez le motif de sortie : parcours terminé, arrêt, perdu de vue, décès ou déménagement.</translation>
    </message>
    <message>
        <source>Pas d'évaluation finale sans bilan éducatif partagé : enregistrez d'abord le bilan.</source>
        <translation>Pas d'évaluation finale sans bilan éducatif partagé : enregistrez d'abord le bilan.</translation>
    </message>
    <message>
        <source>L'évaluation finale ne peut pas précéder le bilan éducatif partagé du %1.</source>
        <translation>L'évaluation finale ne peut pas précéder le bilan éducatif partagé du %1.</translation>
    </message>
    <message>
        <source>Le programme personnalisé est habituellement convenu lors du bilan éducatif partagé, qui n'est pas enregistré.</source>
        <translation>Le programme personnalisé est habituellement convenu lors du bilan éducatif partagé, qui n'est pas enregistré.</translation>
    </message>
    <message>
        <source>Le programme personnalisé ne peut pas précéder le bilan éducatif partagé du %1.</source>
        <translation>Le programme personnalisé ne peut pas précéder le bilan éducatif partagé du %1.</translation>
    </message>
    <message>
        <source>Cette étape ne peut pas précéder la proposition du programme (%1).</source>
        <translation>Cette étape ne peut pas précéder la proposition du programme (%1).</translation>
    </message>
    <message>
        <source>Le consentement du patient à entrer dans le programme n'est pas enregistré.</source>
        <translation>Le consentement du patient à entrer dans le programme n'est pas enregistré.</translation>
    </message>
    <message>
        <source>Le bilan éducatif partagé ne peut pas suivre l'évaluation finale du %1.</source>
        <translation>Le bilan éducatif partagé ne peut pas suivre l'évaluation finale du %1.</translation>
    </message>
    <message>
        <source>Le consentement au partage des données avec le médecin traitant n'est pas enregistré.</source>
        <translation>Le consentement au partage des données avec le médecin traitant n'est pas enregistré.</translation>
    </message>
    <message>
        <source>Le code patient est obligatoire.</source>
        <translation>Le code patient est obligatoire.</translation>
    </message>
    <message>
        <source>Le code patient est trop long (40 caractères au plus).</source>
        <translation>Le code patient est trop long (40 caractères au plus).</translation>
    </message>
    <message>
        <source>L'année de naissance %1 est invraisemblable.</source>
        <translation>L'année de naissance %1 est invraisemblable.</translation>
    </message>
    <message>
        <source>Le sexe s'indique par F ou M, ou reste vide.</source>
        <translation>Le sexe s'indique par F ou M, ou reste vide.</translation>
    </message>
    <message>
        <source>Un texte est trop long (%1 caractères au plus).</source>
        <translation>Un texte est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Cette séance ne fait pas partie du programme personnalisé du patient.</source>
        <translation>Cette séance ne fait pas partie du programme personnalisé du patient.</translation>
    </message>
    <message>
        <source>Bilan éducatif partagé à réaliser</source>
        <translation>Bilan éducatif partagé à réaliser</translation>
    </message>
    <message>
        <source>Programme personnalisé à convenir</source>
        <translation>Programme personnalisé à convenir</translation>
    </message>
    <message>
        <source>Inscrire aux séances du programme</source>
        <translation>Inscrire aux séances du programme</translation>
    </message>
    <message>
        <source>Clore le parcours (sortie)</source>
        <translation>Clore le parcours (sortie)</translation>
    </message>
    <message>
        <source>Synthèse à envoyer au médecin traitant</source>
        <translation>Synthèse à envoyer au médecin traitant</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientView</name>
    <message>
        <source>Non renseigné</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Avis du patient</source>
        <translation>Avis du patient</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Choisissez un patient dans la liste</source>
        <translation>Choisissez un patient dans la liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — à faire : &lt;b&gt;%2&lt;/b&gt;, pour le %3%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — à faire : &lt;b&gt;%2&lt;/b&gt;, pour le %3%4</translation>
    </message>
    <message>
        <source> &lt;span style="color:#9c1c1c"&gt;(en retard)&lt;/span&gt;</source>
        <translation> &lt;span style="color:#9c1c1c"&gt;(en retard)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Aucune séance : créez les ateliers dans la page « Ateliers ».</source>
        <translation>Aucune séance : créez les ateliers dans la page « Ateliers ».</translation>
    </message>
    <message>
        <source>L'année de naissance doit être un nombre.</source>
        <translation>L'année de naissance doit être un nombre.</translation>
    </message>
    <message>
        <source>L'objectif est trop long (500 caractères au plus).</source>
        <translation>L'objectif est trop long (500 caractères au plus).</translation>
    </message>
    <message>
        <source>Un objectif doit avoir un libellé (500 caractères au plus).</source>
        <translation>Un objectif doit avoir un libellé (500 caractères au plus).</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant — %1</source>
        <translation>Synthèse au médecin traitant — %1</translation>
    </message>
    <message>
        <source>synthese-medecin-%1</source>
        <translation>synthese-medecin-%1</translation>
    </message>
    <message>
        <source>Supprimer le patient</source>
        <translation>Supprimer le patient</translation>
    </message>
    <message>
        <source>Synthèse au médecin traitant</source>
        <translation>Synthèse au médecin traitant</translation>
    </message>
    <message>
        <source>Supprimer %1 et tout son parcours ? (Édition › Annuler le rétablit.)</source>
        <translation>Supprimer %1 et tout son parcours ? (Édition › Annuler le rétablit.)</translation>
    </message>
</context>
<context>
    <name>kitetp::PatientsPage</name>
    <message>
        <source>Entrés en %1</source>
        <translation>Entrés en %1</translation>
    </message>
    <message>
        <source>Toutes les étapes</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Toutes les localisations</source>
        <translation>Toutes les localisations</translation>
    </message>
    <message>
        <source>Patient %1 créé : complétez son parcours.</source>
        <translation>Patient %1 créé : complétez son parcours.</translation>
    </message>
    <message>
        <source>Importer des patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rien n'a été importé : %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message>
        <source>Ligne %1 : %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Exporter les patients</source>
        <translation>Exporter les patients</translation>
    </message>
    <message>
        <source>Rien n'a été importé : toutes les lignes ont été refusées (%1).</source>
        <translation>Rien n'a été importé : toutes les lignes ont été refusées (%1).</translation>
    </message>
    <message>
        <source>Que doit contenir le fichier ?

Pseudonyme : les codes, sans les médecins (adresseur, traitant, adresse) et avec les dates au mois, pour des statistiques.
Pseudonyme détaillé : les médecins et les dates exactes en plus.
Avec identités : nom, prénom, année de naissance, sexe, contact et notes en plus.

Le fichier sera lisible par vous seul : ne le partagez qu'en sachant pourquoi.</source>
        <translation>Que doit contenir le fichier ?

Pseudonyme : les codes, sans les médecins (adresseur, traitant, adresse) et avec les dates au mois, pour des statistiques.
Pseudonyme détaillé : les médecins et les dates exactes en plus.
Avec identités : nom, prénom, année de naissance, sexe, contact et notes en plus.

Le fichier sera lisible par vous seul : ne le partagez qu'en sachant pourquoi.</translation>
    </message>
    <message>
        <source>Pseudonyme</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Pseudonyme détaillé</source>
        <translation>Pseudonyme détaillé</translation>
    </message>
    <message>
        <source>Avec identités</source>
        <translation>Avec identités</translation>
    </message>
    <message>
        <source>patients.csv</source>
        <translation>patients.csv</translation>
    </message>
    <message>
        <source>Supprimé : %1 — Ctrl+Z pour annuler</source>
        <translation>Supprimé : %1 — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cette semaine&lt;/b&gt; : %1 · %2 · %3</source>
        <translation>&lt;b&gt;Cette semaine&lt;/b&gt; : %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bilan(s) éducatif(s) à réaliser</source>
        <translation><numerusform>%n bilan éducatif à réaliser</numerusform><numerusform>%n bilans éducatifs à réaliser</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n synthèse(s) à envoyer au médecin traitant</source>
        <translation><numerusform>%n synthèse à envoyer au médecin traitant</numerusform><numerusform>%n synthèses à envoyer au médecin traitant</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) sans séance depuis %1 semaines</source>
        <translation><numerusform>%n patient sans séance depuis %1 semaines</numerusform><numerusform>%n patients sans séance depuis %1 semaines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) affiché(s) sur %1</source>
        <translation><numerusform>%n patient affiché sur %1</numerusform><numerusform>%n patients affichés sur %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) prêt(s) à importer</source>
        <translation><numerusform>%n patient prêt à importer</numerusform><numerusform>%n patients prêts à importer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) refusée(s).</source>
        <translation><numerusform>%n ligne refusée.</numerusform><numerusform>%n lignes refusées.</numerusform></translation>
    </message>
    <message>
        <source>Rien ne sera importé sauf si vous choisissez d'importer les lignes valides.</source>
        <translation>Rien ne sera importé sauf si vous choisissez d'importer les lignes valides.</translation>
    </message>
    <message>
        <source>Importer ?</source>
        <translation>Importer ?</translation>
    </message>
    <message>
        <source>Lignes refusées :</source>
        <translation>Lignes refusées :</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) (voir le détail).</source>
        <translation><numerusform>… et %n autre (voir le détail).</numerusform><numerusform>… et %n autres (voir le détail).</numerusform></translation>
    </message>
    <message>
        <source>Importer les lignes valides</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) importé(s).</source>
        <translation><numerusform>%n patient importé.</numerusform><numerusform>%n patients importés.</numerusform></translation>
    </message>
    <message>
        <source>Classeur XLSX (*.xlsx)</source>
        <translation>Classeur XLSX (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) exporté(s) dans %1</source>
        <translation><numerusform>%n patient exporté dans %1</numerusform><numerusform>%n patients exportés dans %1</numerusform></translation>
    </message>
    <message>
        <source>Vérification de « %1 »…</source>
        <translation>Vérification de « %1 »…</translation>
    </message>
    <message>
        <source>Import des patients…</source>
        <translation>Import des patients…</translation>
    </message>
</context>
<context>
    <name>kitetp::ProgrammePage</name>
    <message>
        <source>Fichier : %1 — créé le %2 avec Kit ETP %3.</source>
        <translation>Fichier : %1 — créé le %2 avec Kit ETP %3.</translation>
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
        <translation>Le fichier « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une image PNG ou JPEG.</source>
        <translation>« %1 » n'est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>L'image « %1 » est illisible.</source>
        <translation>L'image « %1 » est illisible.</translation>
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
<context>
    <name>kitetp::QuestionnaireDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Réponses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>[1 à 5] </source>
        <translation>[1 à 5] </translation>
    </message>
    <message>
        <source>[texte] </source>
        <translation>[texte] </translation>
    </message>
    <message numerus="yes">
        <source>(%n commentaire(s))</source>
        <translation><numerusform>(%n commentaire)</numerusform><numerusform>(%n commentaires)</numerusform></translation>
    </message>
    <message>
        <source>Question refusée</source>
        <translation>Question refusée</translation>
    </message>
    <message>
        <source>Ajouter une question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Libellé :</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Utiliser le questionnaire proposé</source>
        <translation>Utiliser le questionnaire proposé</translation>
    </message>
    <message>
        <source>Modifier la question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Modifier une question</source>
        <translation>Modifier une question</translation>
    </message>
    <message>
        <source>Déplacer une question</source>
        <translation>Déplacer une question</translation>
    </message>
    <message>
        <source>Suppression impossible</source>
        <translation>Suppression impossible</translation>
    </message>
    <message numerus="yes">
        <source>Cette question a déjà %n réponse(s) : elle ne peut pas être supprimée (modifiez plutôt son libellé).</source>
        <translation><numerusform>Cette question a déjà %n réponse : elle ne peut pas être supprimée (modifiez plutôt son libellé).</numerusform><numerusform>Cette question a déjà %n réponses : elle ne peut pas être supprimée (modifiez plutôt son libellé).</numerusform></translation>
    </message>
    <message>
        <source>Supprimer une question</source>
        <translation>Supprimer une question</translation>
    </message>
    <message>
        <source>Saisir un questionnaire</source>
        <translation>Saisir un questionnaire</translation>
    </message>
    <message>
        <source>Modifier un questionnaire</source>
        <translation>Modifier un questionnaire</translation>
    </message>
    <message>
        <source>Supprimer un questionnaire</source>
        <translation>Supprimer un questionnaire</translation>
    </message>
</context>
<context>
    <name>kitetp::QuizAnswersDialog</name>
    <message>
        <source>Réponses au quiz — %1</source>
        <translation>Réponses au quiz — %1</translation>
    </message>
    <message>
        <source>&amp;Patient :</source>
        <translation>&amp;Patient :</translation>
    </message>
    <message>
        <source>&amp;Moment :</source>
        <translation>&amp;Moment :</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Question %1 : %2</source>
        <translation>Question %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>E&amp;ffacer ces réponses</source>
        <translation>E&amp;ffacer ces réponses</translation>
    </message>
    <message>
        <source>Score : %1 / %2 (%3)</source>
        <translation>Score : %1 / %2 (%3)</translation>
    </message>
    <message>
        <source>Réponses enregistrées : %1 / %2 justes au moment de la saisie.</source>
        <translation>Réponses enregistrées : %1 / %2 justes au moment de la saisie.</translation>
    </message>
    <message>
        <source>Pas encore de réponses enregistrées pour ce patient à ce moment.</source>
        <translation>Pas encore de réponses enregistrées pour ce patient à ce moment.</translation>
    </message>
</context>
<context>
    <name>kitetp::QuizEditor</name>
    <message>
        <source>Brouillon à relire (imprimé sur la fiche et le corrigé)</source>
        <translation>Brouillon à relire (imprimé sur la fiche et le corrigé)</translation>
    </message>
    <message>
        <source>&amp;Questions :</source>
        <translation>&amp;Questions :</translation>
    </message>
    <message>
        <source>Questions du quiz</source>
        <translation>Questions du quiz</translation>
    </message>
    <message>
        <source>Ajouter une question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Supprimer la question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Type :</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>É&amp;noncé :</source>
        <translation>É&amp;noncé :</translation>
    </message>
    <message>
        <source>&amp;Choix (un par ligne) :</source>
        <translation>&amp;Choix (un par ligne) :</translation>
    </message>
    <message>
        <source>&amp;Bonnes réponses (cochées) :</source>
        <translation>&amp;Bonnes réponses (cochées) :</translation>
    </message>
    <message>
        <source>E&amp;xplication (pour le corrigé) :</source>
        <translation>E&amp;xplication (pour le corrigé) :</translation>
    </message>
    <message>
        <source>brouillon à relire</source>
        <translation>brouillon à relire</translation>
    </message>
    <message>
        <source>énoncé de la question %1</source>
        <translation>énoncé de la question %1</translation>
    </message>
    <message>
        <source>explication de la question %1</source>
        <translation>explication de la question %1</translation>
    </message>
    <message>
        <source>Nouvelle question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>ajouter une question</source>
        <translation>ajouter une question</translation>
    </message>
    <message>
        <source>supprimer la question %1</source>
        <translation>supprimer la question %1</translation>
    </message>
    <message>
        <source>déplacer la question %1</source>
        <translation>déplacer la question %1</translation>
    </message>
    <message>
        <source>type de la question %1</source>
        <translation>type de la question %1</translation>
    </message>
    <message>
        <source>choix de la question %1</source>
        <translation>choix de la question %1</translation>
    </message>
    <message>
        <source>bonnes réponses de la question %1</source>
        <translation>bonnes réponses de la question %1</translation>
    </message>
</context>
<context>
    <name>kitetp::SessionDialog</name>
    <message>
        <source>Modifier la séance</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Planifier une séance</source>
        <translation>Planifier une séance</translation>
    </message>
    <message>
        <source>Le lieu « %1 » est déjà réservé à cette heure.</source>
        <translation>Le lieu « %1 » est déjà réservé à cette heure.</translation>
    </message>
    <message>
        <source>%1 anime déjà une séance à cette heure.</source>
        <translation>%1 anime déjà une séance à cette heure.</translation>
    </message>
    <message>
        <source>Aucune séance n'existe : créez d'abord les ateliers (page « Ateliers »).</source>
        <translation>Aucune séance n'existe : créez d'abord les ateliers (page « Ateliers »).</translation>
    </message>
    <message>
        <source>Le patient %1 est déjà inscrit à une séance à cette heure.</source>
        <translation>Le patient %1 est déjà inscrit à une séance à cette heure.</translation>
    </message>
</context>
<context>
    <name>kitetp::SessionRules</name>
    <message>
        <source>Choisissez la séance (atelier) que cette session anime.</source>
        <translation>Choisissez la séance (atelier) que cette session anime.</translation>
    </message>
    <message>
        <source>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</source>
        <translation>La date de la séance est absente ou invraisemblable (entre 1990 et 2100).</translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 minute et %1 heures.</source>
        <translation>La durée doit être comprise entre 1 minute et %1 heures.</translation>
    </message>
    <message>
        <source>La capacité doit être comprise entre 0 (non limitée) et %1 participants.</source>
        <translation>La capacité doit être comprise entre 0 (non limitée) et %1 participants.</translation>
    </message>
    <message>
        <source>Le lieu est trop long (200 caractères au plus).</source>
        <translation>Le lieu est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>La note est trop longue (10 000 caractères au plus).</source>
        <translation>La note est trop longue (10 000 caractères au plus).</translation>
    </message>
    <message>
        <source>Ce patient est déjà inscrit à cette séance.</source>
        <translation>Ce patient est déjà inscrit à cette séance.</translation>
    </message>
    <message>
        <source>Le parcours de ce patient est clos : il ne peut plus être inscrit.</source>
        <translation>Le parcours de ce patient est clos : il ne peut plus être inscrit.</translation>
    </message>
    <message>
        <source>La séance est complète (%1 inscrits pour %2 places).</source>
        <translation>La séance est complète (%1 inscrits pour %2 places).</translation>
    </message>
    <message>
        <source>Cette séance n'a pas encore eu lieu (elle commence le %1 à %2) : la présence, l'absence ou l'excuse ne peuvent être notées qu'à partir de son début. Un patient peut y être inscrit.</source>
        <translation>Cette séance n'a pas encore eu lieu (elle commence le %1 à %2) : la présence, l'absence ou l'excuse ne peuvent être notées qu'à partir de son début. Un patient peut y être inscrit.</translation>
    </message>
    <message>
        <source>Des présences sont déjà notées pour cette séance : elle ne peut pas être déplacée au %1 à %2, qui n'est pas encore passé. Effacez d'abord les présences (remettez « inscrit »), ou planifiez une nouvelle séance.</source>
        <translation>Des présences sont déjà notées pour cette séance : elle ne peut pas être déplacée au %1 à %2, qui n'est pas encore passé. Effacez d'abord les présences (remettez « inscrit »), ou planifiez une nouvelle séance.</translation>
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
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Animateurs</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Inscrits</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1 anime deux séances en même temps</source>
        <translation>%1 anime deux séances en même temps</translation>
    </message>
    <message>
        <source>le lieu « %1 » est réservé deux fois</source>
        <translation>le lieu « %1 » est réservé deux fois</translation>
    </message>
    <message>
        <source>le patient %1 est inscrit à deux séances en même temps</source>
        <translation>le patient %1 est inscrit à deux séances en même temps</translation>
    </message>
    <message>
        <source>Conflits :</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Choisissez une séance dans le calendrier</source>
        <translation>Choisissez une séance dans le calendrier</translation>
    </message>
    <message>
        <source>%1, %2 min — %3&lt;br/&gt;Animateurs : %4&lt;br/&gt;Inscrits : %5%6</source>
        <translation>%1, %2 min — %3&lt;br/&gt;Animateurs : %4&lt;br/&gt;Inscrits : %5%6</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source> sur %1 places</source>
        <translation> sur %1 places</translation>
    </message>
    <message>
        <source>La séance est complète.</source>
        <translation>La séance est complète.</translation>
    </message>
    <message>
        <source>Séance planifiée.</source>
        <translation>Séance planifiée.</translation>
    </message>
    <message>
        <source>Supprimer la séance</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Supprimer cette séance et ses inscriptions ?</source>
        <translation>Supprimer cette séance et ses inscriptions ?</translation>
    </message>
    <message>
        <source>emargement</source>
        <translation>emargement</translation>
    </message>
    <message>
        <source>Calendrier du mois</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <source>Calendrier de la semaine</source>
        <translation>Calendrier de la semaine</translation>
    </message>
    <message>
        <source>Liste des séances</source>
        <translation>Liste des séances</translation>
    </message>
    <message>
        <source>Aperçu…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Imprimer la semaine…</source>
        <translation>Imprimer la semaine…</translation>
    </message>
    <message>
        <source>PDF de la semaine…</source>
        <translation>PDF de la semaine…</translation>
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
        <translation>Saisir les réponses des patients au quiz de la séance, avant ou après.</translation>
    </message>
    <message>
        <source>Cette séance n'a pas de quiz (onglet Quiz de la séance, page Ateliers).</source>
        <translation>Cette séance n'a pas de quiz (onglet Quiz de la séance, page Ateliers).</translation>
    </message>
</context>
<context>
    <name>kitetp::SharingDialog</name>
    <message>
        <source>Envois de paquets</source>
        <translation>Envois de paquets</translation>
    </message>
    <message>
        <source>Les paquets de guides et de supports envoyés à d'autres programmes. Six mois après un envoi, la page « À faire » rappelle de demander comment les supports ont été utilisés : notez la réponse ici (double-clic sur la cellule).</source>
        <translation>Les paquets de guides et de supports envoyés à d'autres programmes. Six mois après un envoi, la page « À faire » rappelle de demander comment les supports ont été utilisés : notez la réponse ici (double-clic sur la cellule).</translation>
    </message>
    <message>
        <source>Envoyé le</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Destinataire</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Paquet</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Conducteurs</source>
        <translation>Conducteurs</translation>
    </message>
    <message>
        <source>Utilisation des supports (réponse)</source>
        <translation>Utilisation des supports (réponse)</translation>
    </message>
    <message>
        <source>Répondu le</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Paquets envoyés</source>
        <translation>Paquets envoyés</translation>
    </message>
</context>
<context>
    <name>kitetp::StepsModel</name>
    <message>
        <source>Durée (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
</context>
<context>
    <name>kitetp::TeamModel</name>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Coordonnateur</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <source>Patient intervenant</source>
        <translation>Patient intervenant</translation>
    </message>
    <message>
        <source>Heures ETP</source>
        <translation>Heures ETP</translation>
    </message>
    <message>
        <source>Organisme de formation</source>
        <translation>Organisme de formation</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Charte signée le</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Moins de 40 heures : la formation requise n'est pas atteinte.</source>
        <translation>Moins de 40 heures : la formation requise n'est pas atteinte.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas un nombre d'heures.</source>
        <translation>« %1 » n'est pas un nombre d'heures.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une année.</source>
        <translation>« %1 » n'est pas une année.</translation>
    </message>
    <message>
        <source>« %1 » n'est pas une date plausible (jj/mm/aaaa).</source>
        <translation>« %1 » n'est pas une date plausible (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>Nouvel intervenant</source>
        <translation>Nouvel intervenant</translation>
    </message>
</context>
<context>
    <name>kitetp::TeleDeclarationDialog</name>
    <message>
        <source>Préparer la télédéclaration</source>
        <translation>Préparer la télédéclaration</translation>
    </message>
    <message>
        <source>Les réponses du programme dans l'ordre des rubriques du formulaire en ligne « Déclaration d'un programme d'éducation thérapeutique du patient auprès de l'Agence régionale de santé ». Copiez-les une à une ; les pièces à déposer s'écrivent dans un dossier, un PDF par pièce.</source>
        <translation>Les réponses du programme dans l'ordre des rubriques du formulaire en ligne « Déclaration d'un programme d'éducation thérapeutique du patient auprès de l'Agence régionale de santé ». Copiez-les une à une ; les pièces à déposer s'écrivent dans un dossier, un PDF par pièce.</translation>
    </message>
    <message>
        <source>Dates de la télédéclaration</source>
        <translation>Dates de la télédéclaration</translation>
    </message>
    <message>
        <source>non enregistrée</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>Formulaire déposé le :</source>
        <translation>Formulaire déposé le :</translation>
    </message>
    <message>
        <source>Accusé de réception du :</source>
        <translation>Accusé de réception du :</translation>
    </message>
    <message>
        <source>&amp;Enregistrer les dates</source>
        <translation>&amp;Enregistrer les dates</translation>
    </message>
    <message>
        <source>Écrire les &amp;pièces à déposer…</source>
        <translation>Écrire les &amp;pièces à déposer…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copier « %1 »</source>
        <translation>Copier « %1 »</translation>
    </message>
    <message>
        <source>Dossier où écrire les pièces à déposer</source>
        <translation>Dossier où écrire les pièces à déposer</translation>
    </message>
    <message>
        <source>Pièces à déposer</source>
        <translation>Pièces à déposer</translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) écrit(s) dans %1.</source>
        <translation><numerusform>%n fichier écrit dans %1.</numerusform><numerusform>%n fichiers écrits dans %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>kitetp::TodoPage</name>
    <message>
        <source>À faire</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Échéance ou nombre</source>
        <translation>Échéance ou nombre</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Ce que le fichier du programme fait apparaître comme à faire. Cliquez sur une ligne (ou Entrée) pour aller là où cela se fait.</source>
        <translation>Ce que le fichier du programme fait apparaître comme à faire. Cliquez sur une ligne (ou Entrée) pour aller là où cela se fait.</translation>
    </message>
    <message>
        <source>Rien à faire ici d'après le fichier.</source>
        <translation>Rien à faire ici d'après le fichier.</translation>
    </message>
    <message>
        <source>(clic ou Entrée : aller là où cela se fait)</source>
        <translation>(clic ou Entrée : aller là où cela se fait)</translation>
    </message>
</context>
<context>
    <name>kitetp::WindowActions</name>
    <message>
        <source>Barre d'outils principale</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Imprimer ce que montre la page (Ctrl+P)</source>
        <translation>Imprimer ce que montre la page (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enregistrer en P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Enregistrer en PDF ce que montre la page</source>
        <translation>Enregistrer en PDF ce que montre la page</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Rechercher sur la page (Ctrl+F)</source>
        <translation>Rechercher sur la page (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Guide d'utilisation</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <source>Aide</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Le guide d'utilisation, à la partie sur cette page (F1)</source>
        <translation>Le guide d'utilisation, à la partie sur cette page (F1)</translation>
    </message>
    <message>
        <source>Rechercher dans le guide d'utilisation (Ctrl+F)</source>
        <translation>Rechercher dans le guide d'utilisation (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>kitetp::XlsxFile</name>
    <message>
        <source>la bibliothèque des classeurs n'a pas pu commencer le fichier.</source>
        <translation>la bibliothèque des classeurs n'a pas pu commencer le fichier.</translation>
    </message>
    <message>
        <source>feuille « %1 » refusée par la bibliothèque des classeurs.</source>
        <translation>feuille « %1 » refusée par la bibliothèque des classeurs.</translation>
    </message>
    <message>
        <source>impossible de renommer le fichier temporaire.</source>
        <translation>impossible de renommer le fichier temporaire.</translation>
    </message>
</context>
</TS>
