#pragma once

#include "core/Patients.h"

namespace kitetp {

class PaperDocument;
class ProgrammeFile;

// The sign-in sheet (feuille d'émargement) of one session, pre-filled with the enrolled patients: séance, date,
// place, facilitators, then one line per patient with a box to sign. Identities appear when the patient has one
// (the sheet is signed by the patients themselves), otherwise the pseudonymous code. A personal document.
// (The guides room has a blank sign-in sheet of a séance; this one is for a dated session with its enrolments.)
namespace SessionSigninDocument {
void build(PaperDocument &document, ProgrammeFile &file, qint64 sessionId);
QString bodyHtml(ProgrammeFile &file, qint64 sessionId);
} // namespace SessionSigninDocument

} // namespace kitetp
