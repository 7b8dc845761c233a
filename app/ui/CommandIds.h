#pragma once

namespace kitetp {

// QUndoCommand::id() values of commands that merge; one list so that ids never collide.
enum CommandId {
    SetFieldCommandId = 1000,
    GuideEditCommandId,
    PatientEditCommandId,
    SessionEditCommandId,
};

} // namespace kitetp
