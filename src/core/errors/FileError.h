#pragma once

#include <QFileDevice>
#include <QString>

namespace settle {

// Why a file could not be written, in words: a full disk or a read-only folder is said as such, where
// Qt often has only "Unknown error" (a failed flush at commit leaves it no reason).
class FileError
{
public:
    // "PATH: cannot write: the disk is full; free some space and try again", or Qt's reason.
    static QString cannotWrite(const QString& path, const QFileDevice& file);
};

} // namespace settle
