// SPDX-License-Identifier: EUPL-1.2
#include "ui/FormLabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace kitetp {

void fitFormLabels(QWidget *root, int maxWidth)
{
    const QList<QFormLayout *> forms = root->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!label || !label->wordWrap())
                continue;
            const int oneLine = label->fontMetrics().horizontalAdvance(label->text()) + 2 * label->margin() + 4;
            if (oneLine <= maxWidth) {
                label->setWordWrap(false);
            } else {
                label->setMinimumWidth(maxWidth);
                label->setMinimumHeight(label->heightForWidth(maxWidth));
            }
        }
    }
}

} // namespace kitetp
