// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/Material.h"
#include "ui/DocumentView.h"

#include <QIcon>
#include <memory>
#include <vector>

class QListWidget;
class QPushButton;
class QTemporaryFile;

namespace kitetp {

// The teaching materials of the séance shown in the guide editor (tab « Supports »): a list with thumbnails (a PDF's
// first page through Qt Pdf, PNG and JPEG through QImageReader, SVG through QtSvg), add a file (PDF, PNG, JPEG, SVG,
// ODP, ODT, PPTX, DOCX, 20 MB at most) or a video link, edit the description, remove, open (a private temporary
// copy, 0600, shown by the desktop's application) — each edit an undo step of the programme's stack.
class MaterialsPanel : public DocumentView
{
    Q_OBJECT
public:
    explicit MaterialsPanel(QWidget *parent = nullptr);
    ~MaterialsPanel() override;

    // The séance whose materials are shown (0: none) and how many steps it has (for "used at step n").
    void showSeance(qint64 seanceId, const QStringList &steps);
    QListWidget *list() const { return m_list; }
    // The material on the current row (without data), or id 0.
    Material current() const;
    // Adds the file at `path` after asking for its description; a refusal told in a message box. True when added.
    bool addFile(const QString &path);
    // Writes a private copy (0600) of the material for the desktop's application; its path, or empty (told).
    QString openCopy(qint64 id);
    // The thumbnail of a material's file (an icon of its kind when none can be drawn).
    static QIcon thumbnail(const Material &material, const QSize &size);

public Q_SLOTS:
    void reload();
    void add();
    void addLink();
    void editCurrent();
    void removeCurrent();
    void openCurrent();

private:
    void showDocument() override;
    void followChange(const Change &change) override;
    void updateButtons();
    // The description dialog; false when cancelled.
    bool describe(Material &material, const QString &title);

    qint64 m_seanceId = 0;
    QStringList m_steps;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_addLink;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_open;
    QList<Material> m_items;
    std::vector<std::unique_ptr<QTemporaryFile>> m_opened; // removed when the panel goes
};

} // namespace kitetp
