// SPDX-License-Identifier: EUPL-1.2
#include "core/Sharing.h"

namespace kitetp {

QString PackageSent::check() const
{
    if (!sentOn.isValid())
        return SharingText::tr("La date d'envoi est invalide.");
    if (recipient.size() > maxRecipient || recipient.contains(QLatin1Char('\n')))
        return SharingText::tr("Le destinataire doit tenir sur une ligne de %1 caractères au plus.").arg(maxRecipient);
    if (answer.size() > maxAnswer)
        return SharingText::tr("La réponse compte %1 caractères au plus.").arg(maxAnswer);
    return {};
}

} // namespace kitetp
