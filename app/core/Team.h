// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QString>

namespace kitetp {

// A member of the programme's team: coordinator, facilitator (intervenant), patient partner.
struct TeamMember
{
    qint64 id = 0;
    QString name;
    QString profession;
    QString role;
    bool isCoordinator = false;
    bool isPatientPartner = false;
    int trainingHours = 0;      // ETP training (40 h required to deliver or coordinate)
    QString trainingBody;
    int trainingYear = 0;       // 0 = unknown
    bool certificate = false;   // certificate received (annexed to the dossier)
    QDate charterSignedOn;      // the commitment charter; invalid = not signed
    QString email;
    QString phone;
    bool active = true;
    int position = 0;

    static constexpr int requiredTrainingHours = 40; // arrêté du 2 août 2010 modifié
    static constexpr int maxTrainingHours = 2000;
    static constexpr int maxText = 300;

    // Checks a member before it is stored; a translated reason, or empty when fine.
    QString check() const;
    bool isTrained() const;
    bool isPhysician() const { return isPhysicianProfession(profession); }
    // Recognises "Médecin oncologue", "oncologue", "Dr ..."; accents and case do not matter.
    static bool isPhysicianProfession(const QString &profession);
    // Any stated profession but a patient partner's.
    static bool isHealthProfession(const QString &profession);
    // The profession folded for comparing ("Infirmière" and "infirmiere" are one profession).
    static QString professionKey(const QString &profession);
};

} // namespace kitetp
