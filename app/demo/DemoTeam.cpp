// SPDX-License-Identifier: EUPL-1.2
#include "demo/DemoParts.h"

#include "core/Dates.h"
#include "demo/DemoGenerator.h"
#include "storage/DeclarationStore.h"
#include "storage/TeamStore.h"

#include <QDate>

namespace kitetp {

namespace {

FileError fillTeam(ProgrammeFile &file, const QDate &start)
{
    struct Row
    {
        const char *name, *profession, *role;
        bool coordinator, patient;
        int hours;
        const char *body;
    };
    // Obviously fictional people.
    const Row rows[] = {
        {"Camille Exemple (fictive)", "Infirmière", "Coordination, bilans éducatifs partagés, ateliers", true, false, 56,
         "Organisme de formation fictif « ETP Formation »"},
        {"Dr Alex Modèle (fictif)", "Médecin oncologue", "Responsable médical, atelier traitements", false, false, 40,
         "Diplôme universitaire d'ETP (fictif)"},
        {"Dominique Essai (fictif)", "Pharmacien", "Atelier « Mon traitement oral au quotidien »", false, false, 42,
         "Organisme de formation fictif « ETP Formation »"},
        {"Sacha Test (fictive)", "Diététicienne", "Atelier alimentation", false, false, 40,
         "Organisme de formation fictif « ETP Formation »"},
        {"Claude Démo (fictif)", "Patient partenaire", "Co-animation des ateliers, témoignage", false, true, 40,
         "Université des patients (fictive)"},
    };
    TeamStore team(file);
    int position = 0;
    for (const Row &r : rows) {
        TeamMember m;
        m.name = QString::fromUtf8(r.name);
        m.profession = QString::fromUtf8(r.profession);
        m.role = QString::fromUtf8(r.role);
        m.isCoordinator = r.coordinator;
        m.isPatientPartner = r.patient;
        m.trainingHours = r.hours;
        m.trainingBody = QString::fromUtf8(r.body);
        m.trainingYear = start.year() - 2 + position % 2;
        m.certificate = true;
        m.charterSignedOn = start.addMonths(-6).addDays(position);
        m.email = QStringLiteral("intervenant%1@exemple.invalid").arg(position + 1);
        m.position = position++;
        if (FileError e = team.add(m))
            return e;
    }
    return {};
}

FileError fillDeclaration(ProgrammeFile &file, const QDate &start)
{
    DeclarationStore store(file);
    const QList<Funding> funding = {
        {0, QStringLiteral("Fonds d'intervention régional (demande séparée, fictive)"), 1500000, 0, QString()},
        {0, QStringLiteral("Fonds propres de l'établissement"), 400000, 0, QStringLiteral("Temps infirmier et salle")},
    };
    for (Funding f : funding)
        if (FileError e = store.addFunding(f))
            return e;
    if (FileError e = store.setDated(DeclarationEvent::Kind::Sent, start.addMonths(-4)))
        return e;
    return store.setDated(DeclarationEvent::Kind::Acknowledged, start.addMonths(-3).addDays(5));
}

} // namespace

// A fictional team (coordinator nurse, oncologist, pharmacist, dietitian, patient partner), trained and with signed
// charters; funding; a declaration sent and acknowledged before the programme started (the dossier's fields are
// the programme's, DemoGenerator::fillProgramme).
FileError fillDemoTeam(ProgrammeFile &file, QRandomGenerator &, const DemoOptions &options)
{
    const QDate start(options.lastYear - options.years + 1, 1, 15);
    if (FileError e = fillTeam(file, start))
        return e;
    return fillDeclaration(file, start);
}

} // namespace kitetp
