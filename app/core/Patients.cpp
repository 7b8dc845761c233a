// SPDX-License-Identifier: EUPL-1.2
#include "core/Patients.h"

#include "core/EnumWords.h"

#include <iterator>

namespace kitetp {

namespace {

// The words the programme file stores, per value in the order of each enum.
constexpr const char *patientStatusWords[] = {"active", "completed", "stopped", "lost", "died", "moved"};
static_assert(std::size(patientStatusWords) == size_t(Patient::Status::Moved) + 1, "a word per status");

constexpr const char *pathEventWords[] = {"proposal", "consent_entry", "consent_share", "assessment", "plan",
                                          "followup", "final_evaluation", "gp_letter", "exit"};
static_assert(std::size(pathEventWords) == size_t(PathEvent::Kind::Exit) + 1, "a word per kind");

constexpr const char *objectiveResultWords[] = {nullptr /* pending: stored empty */, "reached", "partly", "not"};
static_assert(std::size(objectiveResultWords) == size_t(Objective::Result::NotReached) + 1, "a word per result");

constexpr const char *attendanceWords[] = {"enrolled", "present", "absent", "excused"};
static_assert(std::size(attendanceWords) == size_t(Attendance::Status::Excused) + 1, "a word per status");

} // namespace

QString toStored(Patient::Status status) { return EnumWord::stored(patientStatusWords, status); }
Patient::Status patientStatusFromStored(const QString &text) { return EnumWord::fromStored(patientStatusWords, text, Patient::Status::Active); }
QString toStored(PathEvent::Kind kind) { return EnumWord::stored(pathEventWords, kind); }
PathEvent::Kind pathEventKindFromStored(const QString &text) { return EnumWord::fromStored(pathEventWords, text, PathEvent::Kind::Proposal); }
QString toStored(Objective::Result result) { return EnumWord::stored(objectiveResultWords, result); }
Objective::Result objectiveResultFromStored(const QString &text) { return EnumWord::fromStored(objectiveResultWords, text, Objective::Result::Pending); }
QString toStored(Attendance::Status status) { return EnumWord::stored(attendanceWords, status); }
Attendance::Status attendanceStatusFromStored(const QString &text) { return EnumWord::fromStored(attendanceWords, text, Attendance::Status::Enrolled); }

} // namespace kitetp
