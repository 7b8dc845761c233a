// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace kitetp {

class ProgrammeFile;

// The base of every store: the open file it reads and writes, through the helpers of storage/Sql.h (typed
// changes, reported failures). A store is cheap: build one where it is needed, on the stack.
class Store
{
public:
    explicit Store(ProgrammeFile &file) : m_file(file) {}

protected:
    ProgrammeFile &m_file;
};

} // namespace kitetp
