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
};

} // namespace kitetp
