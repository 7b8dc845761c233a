// SPDX-License-Identifier: EUPL-1.2
#include "ui/declaration/AttachmentsPanel.h"

#include "documents/PieceFile.h"
#include "storage/AttachmentStore.h"
#include "storage/TeamStore.h"
#include "ui/FileDialogs.h"
#include "ui/Messages.h"
#include "model/ProgrammeDocument.h"
#include "model/DeclarationCommands.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QUrl>
#include <QVBoxLayout>

namespace kitetp {

namespace {
enum Column { Kind, Member, Title, Added, Size, ColumnCount };

QString filters()
{
    return AttachmentsPanel::tr("Pièces (*.pdf *.png *.jpg *.jpeg)");
}
} // namespace

AttachmentsPanel::AttachmentsPanel(QWidget *parent) : DocumentView(parent), m_table(new QTableWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Les pièces réellement jointes au dossier (PDF, PNG ou JPEG, 20 Mo au plus chacune) : le dossier en "
                               "PDF les insère en annexe ; une pièce absente y est marquée « à joindre »."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Pièce"), tr("Membre"), tr("Titre"), tr("Ajoutée le"), tr("Taille")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Joindre une pièce…"), this);
    m_open = new QPushButton(tr("&Ouvrir"), this);
    m_replace = new QPushButton(tr("&Remplacer…"), this);
    m_remove = new QPushButton(tr("Re&tirer"), this);
    for (QPushButton *b : {m_add, m_open, m_replace, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::add);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openCurrent);
    connect(m_replace, &QPushButton::clicked, this, &AttachmentsPanel::replaceCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeCurrent);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &AttachmentsPanel::openCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AttachmentsPanel::updateButtons);
    updateButtons();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::showDocument()
{
    reload();
}

void AttachmentsPanel::reload()
{
    const int row = m_table->currentRow();
    m_items = document() ? AttachmentStore(document()->file()).list() : QList<Attachment>();
    QHash<qint64, QString> names;
    if (document())
        for (const TeamMember &m : TeamStore(document()->file()).members())
            names.insert(m.id, m.name);
    m_table->setRowCount(int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const Attachment &a = m_items.at(i);
        const QStringList cells{Attachment::label(a.piece), names.value(a.memberId), a.displayTitle(),
                                QLocale().toString(a.addedOn, QLocale::ShortFormat), QLocale().formattedDataSize(a.size)};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnToContents(Kind);
    if (row >= 0 && row < m_table->rowCount())
        m_table->selectRow(row);
    updateButtons();
}

void AttachmentsPanel::updateButtons()
{
    const bool writable = document() && !document()->isReadOnly();
    const bool chosen = current().id != 0;
    m_add->setEnabled(writable);
    m_open->setEnabled(chosen);
    m_replace->setEnabled(writable && chosen);
    m_remove->setEnabled(writable && chosen);
}

Attachment AttachmentsPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_items.size() ? m_items.at(row) : Attachment();
}

bool AttachmentsPanel::attachFile(const QString &path, Attachment::Piece piece, qint64 memberId, const QString &title)
{
    if (!document())
        return false;
    Attachment a;
    if (FileError e = PieceFile::read(path, piece, a)) {
        Messages::warning(this, tr("Pièce refusée"), e.message());
        return false;
    }
    a.memberId = Attachment::needsMember(piece) ? memberId : 0;
    a.title = title;
    if (const QString reason = a.check(); !reason.isEmpty()) {
        Messages::warning(this, tr("Pièce refusée"), reason);
        return false;
    }
    return document()->push(DeclarationCommands::addAttachment(document(), a));
}

void AttachmentsPanel::add()
{
    if (!document())
        return;
    const QString path = FileDialogs::askOpenPath(this, tr("Joindre une pièce"), filters());
    if (path.isEmpty())
        return;
    // The file is checked before anything is asked about it.
    Attachment checked;
    if (FileError e = PieceFile::read(path, Attachment::Piece::Other, checked)) {
        Messages::warning(this, tr("Pièce refusée"), e.message());
        return;
    }
    // What the piece is, whose it is, its title.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Joindre « %1 »").arg(QFileInfo(path).fileName()));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (Attachment::Piece p : Attachment::pieces())
        kind->addItem(Attachment::label(p), int(p));
    auto *member = new QComboBox(&dialog);
    for (const TeamMember &m : TeamStore(document()->file()).members())
        if (m.active)
            member->addItem(m.name, m.id);
    auto *title = new QLineEdit(&dialog);
    title->setMaxLength(Attachment::maxTitle);
    form->addRow(tr("&Pièce :"), kind);
    form->addRow(tr("&Membre de l'équipe :"), member);
    form->addRow(tr("&Titre :"), title);
    auto updateMember = [kind, member] { member->setEnabled(Attachment::needsMember(Attachment::Piece(kind->currentData().toInt()))); };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, updateMember);
    updateMember();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto piece = Attachment::Piece(kind->currentData().toInt());
    if (Attachment::needsMember(piece) && member->count() == 0) {
        Messages::warning(this, tr("Pièce refusée"), tr("Ajoutez d'abord ce membre à l'équipe."));
        return;
    }
    attachFile(path, piece, member->currentData().toLongLong(), title->text());
}

void AttachmentsPanel::openCurrent()
{
    if (!document() || current().id == 0)
        return;
    const std::optional<Attachment> a = AttachmentStore(document()->file()).attachment(current().id);
    if (!a)
        return;
    const QString suffix = a->isPdf() ? QStringLiteral("pdf") : a->mimeType == QLatin1String("image/png") ? QStringLiteral("png")
                                                                                                          : QStringLiteral("jpg");
    // QTemporaryFile creates its file readable by its owner only (0600).
    auto copy = std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("kitetp-piece-XXXXXX.") + suffix));
    if (!copy->open() || copy->write(a->data) != a->data.size() || !copy->flush()) {
        Messages::warning(this, tr("Ouverture impossible"), FileError(FileError::CannotCreate, copy->fileName(), copy->errorString()).message());
        return;
    }
    copy->close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(copy->fileName()));
    m_opened.push_back(std::move(copy));
}

void AttachmentsPanel::replaceCurrent()
{
    if (!document() || current().id == 0)
        return;
    const QString path = FileDialogs::askOpenPath(this, tr("Remplacer la pièce"), filters());
    if (path.isEmpty())
        return;
    const std::optional<Attachment> before = AttachmentStore(document()->file()).attachment(current().id);
    if (!before)
        return;
    Attachment after = *before;
    if (FileError e = PieceFile::read(path, before->piece, after)) {
        Messages::warning(this, tr("Pièce refusée"), e.message());
        return;
    }
    document()->push(DeclarationCommands::replaceAttachment(document(), *before, after));
}

void AttachmentsPanel::removeCurrent()
{
    if (!document() || current().id == 0)
        return;
    // Undoable: no question asked; the data is kept in the undo step.
    const std::optional<Attachment> a = AttachmentStore(document()->file()).attachment(current().id);
    if (a)
        document()->push(DeclarationCommands::removeAttachment(document(), *a));
}

} // namespace kitetp
