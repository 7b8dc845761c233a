#include "core/Patients.h"

#include <QStringList>

namespace kitetp {

namespace {

template<typename Enum>
QString storedName(const QStringList &names, Enum value)
{
    return names.value(static_cast<int>(value));
}

template<typename Enum>
Enum fromName(const QStringList &names, const QString &text)
{
    const int index = int(names.indexOf(text));
    return static_cast<Enum>(index < 0 ? 0 : index);
}

const QStringList &patientStatusNames()
{
    static const QStringList n = {QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("stopped"),
                                  QStringLiteral("lost"), QStringLiteral("died"), QStringLiteral("moved")};
    return n;
}

const QStringList &pathEventNames()
{
    static const QStringList n = {QStringLiteral("proposal"), QStringLiteral("consent_entry"), QStringLiteral("consent_share"),
                                  QStringLiteral("assessment"), QStringLiteral("plan"), QStringLiteral("followup"),
                                  QStringLiteral("final_evaluation"), QStringLiteral("gp_letter"), QStringLiteral("exit")};
    return n;
}

const QStringList &objectiveResultNames()
{
    static const QStringList n = {QString(), QStringLiteral("reached"), QStringLiteral("partly"), QStringLiteral("not")};
    return n;
}

const QStringList &attendanceNames()
{
    static const QStringList n = {QStringLiteral("enrolled"), QStringLiteral("present"), QStringLiteral("absent"),
                                  QStringLiteral("excused")};
    return n;
}

} // namespace

QString toStored(Patient::Status status) { return storedName(patientStatusNames(), status); }
Patient::Status patientStatusFromStored(const QString &text) { return fromName<Patient::Status>(patientStatusNames(), text); }
QString toStored(PathEvent::Kind kind) { return storedName(pathEventNames(), kind); }
PathEvent::Kind pathEventKindFromStored(const QString &text) { return fromName<PathEvent::Kind>(pathEventNames(), text); }
QString toStored(Objective::Result result) { return storedName(objectiveResultNames(), result); }
Objective::Result objectiveResultFromStored(const QString &text) { return fromName<Objective::Result>(objectiveResultNames(), text); }
QString toStored(Attendance::Status status) { return storedName(attendanceNames(), status); }
Attendance::Status attendanceStatusFromStored(const QString &text) { return fromName<Attendance::Status>(attendanceNames(), text); }

} // namespace kitetp
