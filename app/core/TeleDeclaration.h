// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Declaration.h"

namespace kitetp {

// "Préparer la télédéclaration": the programme's answers in the order of the sections of the State's online form
// "Déclaration d'un programme d'éducation thérapeutique du patient auprès de l'Agence régionale de santé" (ARS,
// structure, coordinator, team, programme, patient path, coordination, information and consent, evaluation,
// funding, commitments), ready to be copied one by one. An empty answer says so.
class TeleDeclaration
{
    Q_DECLARE_TR_FUNCTIONS(TeleDeclaration)
public:
    struct Answer
    {
        QString label;
        QString value; // plain text; empty when the file records nothing
    };
    struct Section
    {
        QString title;
        QList<Answer> answers;
    };

    static QList<Section> sections(const DeclarationFacts &facts);
    // The answers as Markdown (one heading per section), for the pieces folder.
    static QString markdown(const QList<Section> &sections, const QString &programmeTitle);
    // The text shown for an empty answer.
    static QString notRecorded();
};

} // namespace kitetp
