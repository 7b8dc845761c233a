#pragma once

#include "ui/pages/Page.h"

namespace kitetp {

// A part of the programme that is not built yet: it says what it will hold and does nothing else.
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
    void setDocument(ProgrammeDocument *) override {}
};

} // namespace kitetp
