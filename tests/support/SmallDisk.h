#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <sys/mount.h>
#include <unistd.h>

namespace settle::test {

// A real, small file system (tmpfs of `bytes`) mounted on a folder while it lives, to run a ledger
// out of disk space for real. Mounting needs root; ok() says whether it worked.
class SmallDisk
{
public:
    SmallDisk(const QString& folder, qint64 bytes) : m_path(QFile::encodeName(folder))
    {
        QDir().mkpath(folder);
        const QByteArray options = "size=" + QByteArray::number(bytes);
        m_ok = ::geteuid() == 0 && ::mount("tmpfs", m_path.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_ok)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool ok() const { return m_ok; }

    // Fills what is left of the disk with a file, so that the next write finds no room.
    void fill(const QString& name = QStringLiteral("filler"))
    {
        QFile filler(QFile::decodeName(m_path) + u'/' + name);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }

private:
    QByteArray m_path;
    bool m_ok = false;
};

} // namespace settle::test
