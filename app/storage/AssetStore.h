#pragma once

#include "core/FileError.h"

#include <QByteArray>
#include <QString>

namespace kitetp {

class ProgrammeFile;

// Images kept in the programme file: the team's logo ("logo") for the letterhead of every document.
// Changes are announced as area "assets".
class AssetStore
{
public:
    explicit AssetStore(ProgrammeFile &file) : m_file(file) {}

    QByteArray data(const QString &key) const;
    QString mimeType(const QString &key) const;
    FileError set(const QString &key, const QString &mimeType, const QByteArray &data);
    FileError remove(const QString &key);

    static constexpr qint64 maxSize = qint64(2) * 1024 * 1024; // 2 MB
    static QString logoKey() { return QStringLiteral("logo"); }
    static QString area() { return QStringLiteral("assets"); }

private:
    ProgrammeFile &m_file;
};

} // namespace kitetp
