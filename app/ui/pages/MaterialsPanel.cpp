// SPDX-License-Identifier: EUPL-1.2
#include "ui/pages/MaterialsPanel.h"

#include "documents/PieceFile.h"
#include "model/GuideCommands.h"
#include "model/ProgrammeDocument.h"
#include "storage/MaterialStore.h"
#include "ui/FileDialogs.h"
#include "ui/Messages.h"

#include <QBuffer>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QSvgRenderer>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

namespace kitetp {

namespace {

constexpr int thumbnailSide = 96;

QString filters()
{
    return MaterialsPanel::tr("Supports (*.pdf *.png *.jpg *.jpeg *.svg *.odp *.odt *.pptx *.docx)");
}

QString suffixOf(const Material &m)
{
    const QString suffix = QFileInfo(m.fileName).suffix().toLower();
    static const QStringList known{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                   QStringLiteral("svg"), QStringLiteral("odp"), QStringLiteral("odt"), QStringLiteral("pptx"),
                                   QStringLiteral("docx")};
    if (known.contains(suffix))
        return suffix;
    return m.isPdf() ? QStringLiteral("pdf") : m.mimeType == QLatin1String("image/png") ? QStringLiteral("png") : QStringLiteral("jpg");
}

} // namespace

MaterialsPanel::MaterialsPanel(QWidget *parent) : DocumentView(parent), m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Les supports de la séance, gardés dans le fichier du programme (PDF, PNG, JPEG, SVG, ODP, ODT, PPTX ou "
                               "DOCX, 20 Mo au plus chacun) ou des liens vers des vidéos. Ils partent avec les guides dans un paquet "
                               ".etpkit ; le guide d'animation les liste."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list->setViewMode(QListView::ListMode);
    m_list->setIconSize(QSize(thumbnailSide, thumbnailSide));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Supports de la séance"));
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Ajouter un &fichier…"), this);
    m_addLink = new QPushButton(tr("Ajouter un &lien vidéo…"), this);
    m_edit = new QPushButton(tr("&Modifier…"), this);
    m_remove = new QPushButton(tr("Re&tirer"), this);
    m_open = new QPushButton(tr("&Ouvrir"), this);
    for (QPushButton *b : {m_add, m_addLink, m_edit, m_remove, m_open})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &MaterialsPanel::add);
    connect(m_addLink, &QPushButton::clicked, this, &MaterialsPanel::addLink);
    connect(m_edit, &QPushButton::clicked, this, &MaterialsPanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &MaterialsPanel::removeCurrent);
    connect(m_open, &QPushButton::clicked, this, &MaterialsPanel::openCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &MaterialsPanel::openCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &MaterialsPanel::updateButtons);
    updateButtons();
}

MaterialsPanel::~MaterialsPanel() = default;

void MaterialsPanel::showDocument()
{
    m_seanceId = 0;
    reload();
}

void MaterialsPanel::followChange(const Change &change)
{
    if (change.touches(ChangeArea::Guides))
        reload();
}

void MaterialsPanel::showSeance(qint64 seanceId, const QStringList &steps)
{
    const bool same = seanceId == m_seanceId;
    m_seanceId = seanceId;
    m_steps = steps;
    if (!same)
        m_list->setCurrentRow(-1);
    reload();
}

QIcon MaterialsPanel::thumbnail(const Material &m, const QSize &size)
{
    QImage image;
    if (m.isPdf()) {
        QBuffer buffer;
        buffer.setData(m.data);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() == QPdfDocument::Status::Ready && pdf.pageCount() > 0) {
            const QSizeF page = pdf.pagePointSize(0);
            const QImage drawn = pdf.render(0, page.scaled(QSizeF(size), Qt::KeepAspectRatio).toSize());
            // A page is white paper: the rendering's transparent background is put on white.
            image = QImage(drawn.size(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.drawImage(0, 0, drawn);
            painter.setPen(QColor(160, 160, 160)); // the sheet's edge, on a white list
            painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
        }
    } else if (m.isImage()) {
        QBuffer buffer;
        buffer.setData(m.data);
        QImageReader reader(&buffer);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio));
        image = reader.read();
    } else if (m.isSvg()) {
        QSvgRenderer svg(m.data);
        if (svg.isValid()) {
            image = QImage(svg.defaultSize().scaled(size, Qt::KeepAspectRatio), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            svg.render(&painter);
        }
    }
    if (!image.isNull())
        return QIcon(QPixmap::fromImage(image));
    const QString theme = m.isLink() ? QStringLiteral("video-x-generic")
                          : m.mimeType.contains(QLatin1String("presentation")) ? QStringLiteral("x-office-presentation")
                                                                               : QStringLiteral("x-office-document");
    return QIcon::fromTheme(theme);
}

void MaterialsPanel::reload()
{
    const int row = m_list->currentRow();
    m_items = document() && m_seanceId ? MaterialStore(document()->file()).list(m_seanceId) : QList<Material>();
    m_list->clear();
    for (const Material &m : std::as_const(m_items)) {
        QStringList lines{m.title, Material::label(m.kind)};
        QStringList facts;
        if (m.step > 0)
            facts << tr("étape %1").arg(m.step);
        if (!m.licence.isEmpty())
            facts << tr("licence / source : %1").arg(m.licence);
        if (!m.version.isEmpty())
            facts << tr("version %1").arg(m.version);
        facts << (m.isLink() ? m.url : QStringLiteral("%1, %2").arg(m.fileName, QLocale().formattedDataSize(m.size)));
        lines << facts.join(QStringLiteral(" — "));
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(Qt::UserRole, m.id);
        item->setToolTip(lines.join(QLatin1Char('\n')));
        const std::optional<Material> full = m.isLink() ? std::optional<Material>(m) : MaterialStore(document()->file()).material(m.id);
        item->setIcon(thumbnail(full.value_or(m), QSize(thumbnailSide, thumbnailSide)));
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    updateButtons();
}

void MaterialsPanel::updateButtons()
{
    const bool writable = document() && !document()->isReadOnly() && m_seanceId != 0;
    const Material c = current();
    m_add->setEnabled(writable);
    m_addLink->setEnabled(writable);
    m_edit->setEnabled(writable && c.id != 0);
    m_remove->setEnabled(writable && c.id != 0);
    m_open->setEnabled(c.id != 0);
}

Material MaterialsPanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_items.size() ? m_items.at(row) : Material();
}

bool MaterialsPanel::describe(Material &m, const QString &title)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("materialDialog"));
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(m.title, &dialog);
    name->setObjectName(QStringLiteral("materialTitle"));
    name->setMaxLength(Material::maxTitle);
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("materialKind"));
    // A link stays a link, a file a file.
    for (Material::Kind k : Material::kinds())
        if (m.isLink() == (k == Material::Kind::VideoLink))
            kind->addItem(Material::label(k), int(k));
    kind->setCurrentIndex(std::max(0, kind->findData(int(m.kind))));
    auto *licence = new QLineEdit(m.licence, &dialog);
    licence->setObjectName(QStringLiteral("materialLicence"));
    licence->setMaxLength(Material::maxLicence);
    auto *version = new QLineEdit(m.version, &dialog);
    version->setObjectName(QStringLiteral("materialVersion"));
    version->setMaxLength(Material::maxVersion);
    auto *step = new QComboBox(&dialog);
    step->setObjectName(QStringLiteral("materialStep"));
    step->addItem(tr("Toute la séance"), 0);
    for (int i = 0; i < m_steps.size(); ++i)
        step->addItem(tr("Étape %1 — %2").arg(i + 1).arg(m_steps.at(i).section(QLatin1Char('\n'), 0, 0).left(60)), i + 1);
    step->setCurrentIndex(std::max(0, step->findData(m.step)));
    form->addRow(tr("&Titre :"), name);
    form->addRow(tr("T&ype :"), kind);
    form->addRow(tr("&Licence ou source :"), licence);
    form->addRow(tr("&Version :"), version);
    form->addRow(tr("Sert à l'é&tape :"), step);
    QLineEdit *url = nullptr;
    if (m.isLink()) {
        url = new QLineEdit(m.url, &dialog);
        url->setObjectName(QStringLiteral("materialUrl"));
        url->setMaxLength(Material::maxUrl);
        url->setPlaceholderText(QStringLiteral("https://"));
        form->addRow(tr("&Adresse de la vidéo :"), url);
    }
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m.title = name->text();
    m.kind = Material::Kind(kind->currentData().toInt());
    m.licence = licence->text();
    m.version = version->text();
    m.step = step->currentData().toInt();
    if (url)
        m.url = url->text().trimmed();
    return true;
}

bool MaterialsPanel::addFile(const QString &path)
{
    if (!document() || m_seanceId == 0)
        return false;
    Material m;
    // The file is checked before anything is asked about it.
    if (FileError e = PieceFile::readMaterial(path, m)) {
        Messages::warning(this, tr("Support refusé"), e.message());
        return false;
    }
    m.seanceId = m_seanceId;
    if (!describe(m, tr("Ajouter « %1 »").arg(QFileInfo(path).fileName())))
        return false;
    if (const QString reason = m.check(); !reason.isEmpty()) {
        Messages::warning(this, tr("Support refusé"), reason);
        return false;
    }
    return document()->push(GuideCommands::material(document(), std::nullopt, m));
}

void MaterialsPanel::add()
{
    if (!document() || m_seanceId == 0)
        return;
    const QString path = FileDialogs::askOpenPath(this, tr("Ajouter un support"), filters());
    if (!path.isEmpty())
        addFile(path);
}

void MaterialsPanel::addLink()
{
    if (!document() || m_seanceId == 0)
        return;
    Material m;
    m.seanceId = m_seanceId;
    m.kind = Material::Kind::VideoLink;
    if (!describe(m, tr("Ajouter un lien vers une vidéo")))
        return;
    if (const QString reason = m.check(); !reason.isEmpty()) {
        Messages::warning(this, tr("Support refusé"), reason);
        return;
    }
    document()->push(GuideCommands::material(document(), std::nullopt, m));
}

void MaterialsPanel::editCurrent()
{
    if (!document() || current().id == 0)
        return;
    const Material before = current();
    Material after = before;
    if (!describe(after, tr("Modifier « %1 »").arg(before.title)))
        return;
    Material checked = after;
    checked.size = std::max<qint64>(checked.size, 1);
    if (const QString reason = checked.check(); !reason.isEmpty()) {
        Messages::warning(this, tr("Support refusé"), reason);
        return;
    }
    document()->push(GuideCommands::material(document(), before, after));
}

void MaterialsPanel::removeCurrent()
{
    if (!document() || current().id == 0)
        return;
    // Undoable: no question asked; the data is kept in the undo step.
    if (const std::optional<Material> m = MaterialStore(document()->file()).material(current().id))
        document()->push(GuideCommands::material(document(), *m, std::nullopt));
}

QString MaterialsPanel::openCopy(qint64 id)
{
    if (!document())
        return {};
    const std::optional<Material> m = MaterialStore(document()->file()).material(id);
    if (!m || m->isLink())
        return {};
    // QTemporaryFile creates its file readable by its owner only (0600).
    auto copy = std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("kitetp-support-XXXXXX.") + suffixOf(*m)));
    if (!copy->open() || copy->write(m->data) != m->data.size() || !copy->flush()) {
        Messages::warning(this, tr("Ouverture impossible"), FileError(FileError::CannotCreate, copy->fileName(), copy->errorString()).message());
        return {};
    }
    copy->close();
    const QString path = copy->fileName();
    m_opened.push_back(std::move(copy));
    return path;
}

void MaterialsPanel::openCurrent()
{
    const Material c = current();
    if (c.id == 0)
        return;
    if (c.isLink()) {
        QDesktopServices::openUrl(QUrl(c.url));
        return;
    }
    const QString path = openCopy(c.id);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace kitetp
