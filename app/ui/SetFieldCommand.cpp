#include "ui/SetFieldCommand.h"

#include "core/ProgrammeFields.h"
#include "storage/FieldStore.h"
#include "ui/ProgrammeDocument.h"

#include <QCoreApplication>

namespace kitetp {

SetFieldCommand::SetFieldCommand(ProgrammeDocument *document, const QString &key, const QString &newValue)
    : m_document(document), m_key(key), m_newValue(newValue)
{
    m_oldValue = FieldStore(document->file()).value(key);
    setText(QCoreApplication::translate("SetFieldCommand", "Modifier « %1 »").arg(ProgrammeFields::label(key)));
}

bool SetFieldCommand::write(const QString &value, bool restoring)
{
    FieldStore fields(m_document->file());
    if (FileError e = restoring ? fields.restoreValue(m_key, value) : fields.setValue(m_key, value)) {
        setObsolete(true);
        m_document->reportFailure(e);
        return false;
    }
    return true;
}

void SetFieldCommand::redo()
{
    write(m_newValue, false);
}

void SetFieldCommand::undo()
{
    write(m_oldValue, true);
}

} // namespace kitetp
