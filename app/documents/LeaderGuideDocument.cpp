// SPDX-License-Identifier: EUPL-1.2
#include "documents/LeaderGuideDocument.h"

#include "core/Html.h"
#include "documents/GuideHtml.h"
#include "documents/Letterhead.h"
#include "documents/PdfAssembly.h"
#include "documents/PdfMetadata.h"
#include "documents/PieceFile.h"
#include "storage/MaterialStore.h"
#include "storage/GuideStore.h"
#include "storage/ProgrammeFile.h"

#include <QCoreApplication>

namespace kitetp::LeaderGuideDocument {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LeaderGuideDocument)
};

QString h(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(Html::escape(text));
}

QString timingTable(const Seance &s)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"4\"><tr><th width=\"50%\">%1</th>"
                                  "<th width=\"15%\">%2</th><th width=\"11%\">%3</th><th width=\"24%\">%4</th></tr>")
                       .arg(Html::escape(Text::tr("Étape")), Html::escape(Text::tr("Horaire")), Html::escape(Text::tr("Durée")),
                            Html::escape(Text::tr("Technique")));
    int elapsed = 0;
    for (int i = 0; i < s.steps.size(); ++i) {
        const SeanceStep &step = s.steps.at(i);
        const QString firstLine = step.activity.section(QLatin1Char('\n'), 0, 0);
        html += QStringLiteral("<tr><td>%1. %2</td><td>%3 – %4</td><td>%5</td><td>%6</td></tr>")
                    .arg(i + 1)
                    .arg(Html::escape(firstLine.size() > 90 ? firstLine.left(88) + QStringLiteral("…") : firstLine),
                         GuideHtml::clock(elapsed), GuideHtml::clock(elapsed + step.durationMin),
                         GuideHtml::duration(step.durationMin), Html::escape(step.technique));
        elapsed += step.durationMin;
    }
    html += QStringLiteral("<tr><th>%1</th><th></th><th>%2</th><th></th></tr></table>")
                .arg(Html::escape(Text::tr("Total")), GuideHtml::duration(elapsed));
    if (!s.stepsMatchDuration())
        html += QStringLiteral("<p class=\"missing\">%1</p>")
                    .arg(Html::escape(Text::tr("Attention : les étapes durent %1 au total, la séance est prévue pour %2.")
                                          .arg(GuideHtml::duration(elapsed), GuideHtml::duration(s.durationMin))));
    return html;
}

QString stepPlan(const Seance &s)
{
    if (s.steps.isEmpty())
        return GuideHtml::list({}, Text::tr("Aucune étape."));
    QString html;
    for (int i = 0; i < s.steps.size(); ++i) {
        const SeanceStep &step = s.steps.at(i);
        QString heading = Text::tr("Étape %1 — %2").arg(i + 1).arg(GuideHtml::duration(step.durationMin));
        if (!step.technique.isEmpty())
            heading += QStringLiteral(" — ") + step.technique;
        html += h(3, heading);
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(step.activity, true));
        if (!step.materials.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>").arg(GuideHtml::label(Text::tr("Matériel")), Html::escape(step.materials, true));
    }
    return html;
}

QString evaluationGrid(const Seance &s)
{
    QString html = s.evaluation.isEmpty() ? GuideHtml::list({}, Text::tr("Modalités d'évaluation non renseignées."))
                                          : QStringLiteral("<p>%1</p>").arg(Html::escape(s.evaluation, true));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"6\"><tr><th width=\"30%\">%1</th>"
                           "<th>%2</th><th>%3</th><th>%4</th><th width=\"30%\">%5</th></tr>")
                .arg(Html::escape(Text::tr("Participant")), Html::escape(Text::tr("Acquis")), Html::escape(Text::tr("En cours")),
                     Html::escape(Text::tr("À revoir")), Html::escape(Text::tr("Observations")));
    const int rows = s.format == Seance::Format::Individual ? 1 : std::max(s.groupMax, 6);
    for (int i = 0; i < rows; ++i)
        html += QStringLiteral("<tr><td>&nbsp;<br/>&nbsp;</td><td></td><td></td><td></td><td></td></tr>");
    return html + QStringLiteral("</table>");
}

// « Matériel et supports »: each material with what the file records of it, nothing more.
QString supportsList(const QList<Material> &supports)
{
    if (supports.isEmpty())
        return GuideHtml::list({}, Text::tr("Aucun support enregistré."));
    QString html = QStringLiteral("<ul>");
    for (const Material &m : supports) {
        QStringList parts{QStringLiteral("<b>%1</b>").arg(Html::escape(m.title)), Html::escape(Material::label(m.kind))};
        if (m.step > 0)
            parts << Html::escape(Text::tr("étape %1").arg(m.step));
        if (!m.licence.isEmpty())
            parts << Html::escape(Text::tr("licence / source : %1").arg(m.licence));
        if (!m.version.isEmpty())
            parts << Html::escape(Text::tr("version %1").arg(m.version));
        if (m.isLink())
            parts << Html::escape(m.url);
        else if (!m.fileName.isEmpty())
            parts << Html::escape(Text::tr("fichier %1").arg(m.fileName));
        html += QStringLiteral("<li>%1</li>").arg(parts.join(QStringLiteral(" — ")));
    }
    return html + QStringLiteral("</ul>");
}

QString seanceBody(const Seance &s, const QString &conducteurTitle, const QList<Skill> &skills, bool pageBreak,
                   const QList<Material> &supports)
{
    QString html = pageBreak ? QStringLiteral("<div class=\"pagebreak\"></div>") : QString();
    html += QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(Text::tr("Guide d'animation — %1").arg(conducteurTitle)));
    html += h(1, QStringLiteral("%1 — %2").arg(s.code, s.title));
    html += GuideHtml::draftNote(s) + GuideHtml::facts(s);
    html += h(2, Text::tr("Objectifs pédagogiques"));
    html += QStringLiteral("<p>%1</p>").arg(Html::escape(Text::tr("À la fin de la séance, le participant est capable de :")));
    html += GuideHtml::list(s.objectives);
    html += h(2, Text::tr("Compétences visées")) + GuideHtml::skills(s, skills);
    html += h(2, Text::tr("Minutage")) + timingTable(s);
    html += h(2, Text::tr("Matériel à préparer")) + GuideHtml::checklist(s.materials);
    html += h(2, Text::tr("Matériel et supports")) + supportsList(supports);
    html += h(2, Text::tr("Déroulé pas à pas")) + stepPlan(s);
    html += h(2, Text::tr("Grille d'évaluation")) + evaluationGrid(s);
    html += h(2, Text::tr("Messages clés")) + GuideHtml::list(s.keyMessages);
    if (!s.sources.isEmpty())
        html += h(2, Text::tr("Sources")) + QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(s.sources, true));
    return html;
}

std::unique_ptr<PaperDocument> makeDocument(ProgrammeFile &file, const QString &title, const QPageLayout &layout)
{
    auto doc = std::make_unique<PaperDocument>(title);
    doc->setPageLayout(layout);
    Letterhead::apply(*doc, file);
    return doc;
}

} // namespace

std::unique_ptr<PaperDocument> forSeance(ProgrammeFile &file, const Seance &seance, const QPageLayout &layout)
{
    GuideStore store(file);
    const auto conducteur = store.conducteur(seance.conducteurId);
    auto doc = makeDocument(file, Text::tr("Guide d'animation %1").arg(seance.code), layout);
    doc->setBodyHtml(seanceBody(seance, conducteur ? conducteur->title : QString(), store.skills(), false,
                                MaterialStore(file).list(seance.id)));
    return doc;
}

std::unique_ptr<PaperDocument> forConducteur(ProgrammeFile &file, const Conducteur &c, const QPageLayout &layout)
{
    const QList<Skill> skills = GuideStore(file).skills();
    auto doc = makeDocument(file, Text::tr("Guide d'animation %1").arg(c.code), layout);
    QString html = QStringLiteral("<p class=\"muted\">%1</p>").arg(Html::escape(Text::tr("Guide d'animation")));
    html += QStringLiteral("<p class=\"cover-title\">%1</p>").arg(Html::escape(QStringLiteral("%1 — %2").arg(c.code, c.title)));
    if (!c.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(Html::escape(c.description, true));
    html += h(2, Text::tr("Séances"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\" cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(Html::escape(Text::tr("Code")), Html::escape(Text::tr("Titre")), Html::escape(Text::tr("Durée")),
                     Html::escape(Text::tr("Participants")));
    for (const Seance &s : c.seances)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(Html::escape(s.code), Html::escape(s.title), GuideHtml::duration(s.durationMin),
                         Html::escape(GuideHtml::participants(s)));
    html += QStringLiteral("</table>");
    if (c.seances.isEmpty())
        html += GuideHtml::list({}, Text::tr("Ce conducteur n'a pas encore de séance."));
    const MaterialStore materials(file);
    for (const Seance &s : c.seances)
        html += seanceBody(s, c.title, skills, true, materials.list(s.id));
    doc->setBodyHtml(html);
    return doc;
}

QByteArray withSupports(ProgrammeFile &file, const PaperDocument &guide, const QList<Seance> &seances, QString *error,
                        QStringList *appended)
{
    const QByteArray base = guide.toPdf(false);
    const int pages = PieceFile::pdfPageCount(base);
    if (base.isEmpty() || pages == 0) {
        if (error)
            *error = Text::tr("Le PDF du guide n'a pas pu être dessiné.");
        return {};
    }
    QList<PdfAssembly::Insertion> insertions;
    const MaterialStore materials(file);
    for (const Seance &s : seances)
        for (const Material &m : materials.withData(s.id)) {
            if (!m.isPdf() && !m.isImage())
                continue;
            Attachment piece;
            piece.mimeType = m.mimeType;
            piece.data = m.data;
            piece.title = m.title;
            QString why;
            const QByteArray pdf = PieceFile::toPdf(piece, &why);
            if (pdf.isEmpty()) {
                if (error)
                    *error = Text::tr("Le support « %1 » n'a pas pu être ajouté (%2).").arg(m.title, why);
                return {};
            }
            insertions << PdfAssembly::Insertion{pages, pdf};
            if (appended)
                *appended << m.title;
        }
    if (insertions.isEmpty())
        return base;
    // Insertions after the same page go in reverse order of the list; put the last first so that they read in order.
    std::reverse(insertions.begin(), insertions.end());
    QString why;
    QByteArray pdf = PdfAssembly::insert(base, insertions, &why);
    if (!pdf.isEmpty())
        pdf = PdfMetadata::apply(pdf, guide.metadata(false), &why);
    if (pdf.isEmpty() && error)
        *error = Text::tr("Les supports n'ont pas pu être ajoutés au guide (%1).").arg(why);
    return pdf;
}

} // namespace kitetp::LeaderGuideDocument
