// SPDX-License-Identifier: EUPL-1.2
#include "documents/QuizDocument.h"

#include "core/Html.h"
#include "documents/HandoutDocument.h"
#include "documents/Letterhead.h"

#include <QCoreApplication>

namespace kitetp::QuizDocument {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuizDocument)
};

const QString box = QStringLiteral("\u2610");      // ☐
const QString ticked = QStringLiteral("\u2611");   // ☑

QString question(const QuizQuestion &q, int number, Kind kind)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(Html::escape(Text::tr("%1. %2").arg(number).arg(q.text)));
    if (kind == Kind::Sheet && q.kind == QuizQuestion::Kind::Multiple)
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(Text::tr("Plusieurs réponses possibles.")));
    for (qsizetype i = 0; i < q.choices.size(); ++i) {
        const bool right = kind == Kind::Key && q.right.contains(int(i));
        const QString choice = Html::escape(q.choices.at(i));
        html += QStringLiteral("<p style=\"margin-left: 16px; margin-top: 2px; margin-bottom: 2px;\">%1&nbsp;&nbsp;%2</p>")
                    .arg(right ? ticked : box, right ? QStringLiteral("<b>%1</b>").arg(choice) : choice);
    }
    if (kind == Kind::Key) {
        QStringList rights;
        for (int i : q.right)
            if (i >= 0 && i < q.choices.size())
                rights << q.choices.at(i);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(Html::escape(Text::tr("Réponse :")), Html::escape(rights.join(QStringLiteral(" ; "))));
        if (!q.explanation.trimmed().isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>")
                        .arg(Html::escape(Text::tr("Explication :")), Html::escape(q.explanation).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    return html;
}

} // namespace

std::unique_ptr<PaperDocument> build(ProgrammeFile &file, const Seance &s, Kind kind, const QPageLayout &layout)
{
    const QString title = kind == Kind::Sheet ? Text::tr("Quiz %1").arg(s.code) : Text::tr("Corrigé du quiz %1").arg(s.code);
    auto doc = std::make_unique<PaperDocument>(title);
    doc->setPageLayout(layout);
    if (kind == Kind::Sheet)
        doc->setBaseFontSize(HandoutDocument::bodyPoints);
    Letterhead::apply(*doc, file);
    QString html = QStringLiteral("<p class=\"muted\">%1</p>")
                       .arg(Html::escape(kind == Kind::Sheet ? Text::tr("Quiz — séance %1").arg(s.code)
                                                             : Text::tr("Corrigé pour l'animateur — séance %1").arg(s.code)));
    html += QStringLiteral("<h1>%1</h1>").arg(Html::escape(s.title));
    if (s.quiz.draft)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(Html::escape(Text::tr("%1 : questions proposées par Kit ETP, à relire et adapter par l'équipe avant usage.")
                                          .arg(QuizRules::draftLabel())));
    if (s.quiz.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(Text::tr("Cette séance n'a pas encore de quiz.")));
        doc->setBodyHtml(html);
        return doc;
    }
    if (kind == Kind::Sheet) {
        // Spaces kept as they are written (HTML would fold them into one).
        auto spaced = [](const QString &text) { return Html::escape(text).replace(QStringLiteral("  "), QStringLiteral("&nbsp; ")); };
        html += QStringLiteral("<p>%1</p>").arg(spaced(Text::tr("Nom : ______________________   Date : ____________")));
        html += QStringLiteral("<p>%1</p>").arg(spaced(Text::tr("%1 Avant la séance      %1 Après la séance").arg(box)));
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(Text::tr("Cochez la ou les réponses qui vous semblent justes. Ce n'est pas un examen : "
                                                                       "vos réponses aident l'équipe à adapter la séance.")));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(Text::tr("%n question(s). Une question est juste quand les cases cochées sont "
                                                                       "exactement les bonnes réponses.", nullptr, int(s.quiz.questions.size()))));
    }
    for (qsizetype i = 0; i < s.quiz.questions.size(); ++i)
        html += question(s.quiz.questions.at(i), int(i + 1), kind);
    doc->setBodyHtml(html);
    return doc;
}

} // namespace kitetp::QuizDocument
