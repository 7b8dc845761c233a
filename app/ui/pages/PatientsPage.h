// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/pages/Page.h"

#include <QDate>

#include <memory>

namespace Ui {
class PatientsPage;
}

namespace kitetp {

class PatientFilterProxy;
class PatientListModel;
class PatientView;

// The "Patients" page (forms/patientspage.ui): what needs doing this week, the patient list (search as you type,
// filters, sorting), the selected patient's page, CSV import and export.
class PatientsPage : public Page
{
    Q_OBJECT
public:
    explicit PatientsPage(QWidget *parent = nullptr);
    ~PatientsPage() override;
    void setDocument(ProgrammeDocument *document) override;

    // For tests and the benchmark.
    PatientListModel *model() const { return m_model; }
    PatientFilterProxy *proxy() const { return m_proxy; }
    PatientView *view() const { return m_view; }
    void setSearchText(const QString &text);
    void selectPatient(qint64 id);
    void setToday(const QDate &today) { m_today = today; }
    int quietWeeks() const { return 8; }

    bool hasPaper() const override;
    void paper(PaperAction action) override;
    QWidget *searchField() const override;

protected:
    void loadDeferred() override;

private:
    void reload();
    void reloadStale() override;
    void fillFilters();
    void updateOverview();
    void updateCount();
    void addPatient();
    void importCsv();
    void exportCsv();

    std::unique_ptr<Ui::PatientsPage> m_ui;
    ProgrammeDocument *m_document = nullptr;
    PatientListModel *m_model;
    PatientFilterProxy *m_proxy;
    PatientView *m_view;
    QDate m_today;
    bool m_reloadPending = false;
    bool m_reloadAll = false;           // a change that names no patient arrived
    QList<qint64> m_changedPatients;    // the patients changes named, not shown yet
};

} // namespace kitetp
