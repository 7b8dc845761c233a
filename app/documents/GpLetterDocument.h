// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Guides.h"
#include "core/Patients.h"
#include "core/Team.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kitetp {

class PaperDocument;
class ProgrammeFile;

// The synthesis of a patient's path sent to the GP (médecin traitant): objectives and their results, sessions
// attended, final evaluation, from the template the team edits (document_template "gp_letter"). A personal document.
namespace GpLetterDocument {

// The template's key and the text used while the team has not written its own. Placeholders: {patient}, {code},
// {medecin_traitant}, {adresse_medecin}, {date_entree}, {date_bilan}, {date_evaluation}, {objectifs}, {seances},
// {evaluation}, {programme}, {structure}, {contact}, {date}.
QString templateKey();
QString defaultTemplate();
QStringList placeholders();

struct Data
{
    Patient patient;
    QList<PathEvent> path;
    QList<Objective> objectives;
    QList<QPair<QDateTime, QString>> sessionsAttended; // start, séance title
    QString programme;
    QString structure;
    QString contact;     // coordinator's name and role
    QString templateBody; // empty: defaultTemplate()
};

// Reads what the letter needs from the programme file (through the stores).
Data gather(ProgrammeFile &file, qint64 patientId);
// Why the letter may not be written: empty when the patient consented to share data with the GP (a dated
// "consent_share" step of the path); otherwise a French sentence saying what to record first.
QString refusal(const Data &data);
// Fills `document` (letterhead applied by the caller through build()).
void build(PaperDocument &document, ProgrammeFile &file, const Data &data);
QString bodyHtml(const Data &data);

} // namespace GpLetterDocument
} // namespace kitetp
