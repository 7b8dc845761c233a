#include "ui/pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kitetp {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold;"));
    auto *text = new QLabel(description + QStringLiteral("\n\n") +
                                tr("Cette partie n'est pas encore disponible dans cette version de Kit ETP."),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace kitetp
