// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A programme file with a few séances and a team, for the patients room's tests (the guides' own demo is not
// in this branch: the séances are added here through GuideStore).
#include "core/Guides.h"
#include "core/Team.h"
#include "storage/GuideStore.h"
#include "storage/PatientStore.h"
#include "storage/ProgrammeFile.h"
#include "storage/TeamStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct PatientFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<kitetp::ProgrammeFile> file;
    QList<qint64> seances; // C1S1, C1S2, C2S1, C2S2
    QList<qint64> members; // three facilitators

    bool create(const QString &name = QStringLiteral("p.etp"))
    {
        using namespace kitetp;
        path = dir.filePath(name);
        auto created = ProgrammeFile::create(path);
        if (created.error)
            return false;
        file = std::move(created.file);
        GuideStore guides(*file);
        for (int c = 1; c <= 2; ++c) {
            Conducteur cond;
            cond.code = QStringLiteral("C%1").arg(c);
            cond.title = c == 1 ? QStringLiteral("Comprendre la maladie et son traitement")
                                : QStringLiteral("Gestion des effets secondaires");
            cond.position = c;
            for (int s = 1; s <= 2; ++s) {
                Seance se;
                se.code = QStringLiteral("C%1S%2").arg(c).arg(s);
                se.title = c == 1 ? (s == 1 ? QStringLiteral("Connaissance de la maladie")
                                            : QStringLiteral("Connaissance et gestion du traitement oral"))
                                  : (s == 1 ? QStringLiteral("Prévenir les effets secondaires")
                                            : QStringLiteral("Conduites à tenir et personnes ressources"));
                se.position = s;
                se.durationMin = 120;
                se.groupMax = 6;
                cond.seances << se;
            }
            if (kitetp::FileError e = guides.addConducteur(cond)) {
                qWarning() << e.message();
                return false;
            }
            for (const Seance &se : cond.seances)
                seances << se.id;
        }
        TeamStore team(*file);
        for (const QString &name : {QStringLiteral("Infirmière Fictive"), QStringLiteral("Pharmacien Fictif"),
                                    QStringLiteral("Diététicienne Fictive")}) {
            TeamMember m;
            m.name = name;
            if (kitetp::FileError e = team.add(m)) {
                qWarning() << e.message();
                return false;
            }
            members << m.id;
        }
        return true;
    }

    qint64 addPatient(const QString &code, const QString &first = {}, const QString &last = {})
    {
        kitetp::Patient p;
        p.code = code;
        p.firstName = first;
        p.lastName = last;
        p.cancerSite = QStringLiteral("Sein");
        kitetp::PatientStore store(*file);
        return store.add(p) ? 0 : p.id;
    }

    bool addEvent(qint64 patient, kitetp::PathEvent::Kind kind, const QDate &date, const QString &reason = {})
    {
        kitetp::PathEvent e;
        e.patientId = patient;
        e.kind = kind;
        e.date = date;
        e.reason = reason;
        return !kitetp::PatientStore(*file).addEvent(e);
    }
};
