#include "errors/FileError.h"

#include <QFileInfo>
#include <QStorageInfo>

namespace settle {

QString FileError::cannotWrite(const QString& path, const QFileDevice& file)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    QString reason;
    if (storage.isValid() && storage.isReadOnly())
        reason = QStringLiteral("the disk or share it is on is read-only; choose another place");
    else if (storage.isValid() && storage.bytesAvailable() == 0)
        reason = QStringLiteral("the disk is full; free some space and try again");
    else if (QFileInfo(folder).exists() && !QFileInfo(folder).isWritable())
        reason = QStringLiteral("the folder is read-only; choose another place");
    else if (file.error() == QFileDevice::NoError || file.errorString() == QStringLiteral("Unknown error"))
        reason = QStringLiteral("the file could not be written completely; check the disk and try again");
    else
        reason = file.errorString();
    return QStringLiteral("%1: cannot write: %2; nothing was written").arg(path, reason);
}

} // namespace settle
