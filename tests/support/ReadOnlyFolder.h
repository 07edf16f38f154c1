#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace settle::test {

// Makes a folder read-only for real while it lives. Permissions do not stop root, so as root the
// folder is bind-mounted onto itself read-only (the kernel then refuses every write, as on a
// read-only share); otherwise its permission bits are taken away.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString& path) : m_path(QFile::encodeName(path))
    {
        if (::geteuid() == 0) {
            m_mounted = ::mount(m_path.constData(), m_path.constData(), nullptr, MS_BIND, nullptr) == 0;
            if (m_mounted && ::mount(nullptr, m_path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
                ::umount2(m_path.constData(), MNT_DETACH);
                m_mounted = false;
            }
            m_ok = m_mounted;
        } else {
            m_ok = ::chmod(m_path.constData(), 0555) == 0;
        }
    }
    ~ReadOnlyFolder()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
        else
            ::chmod(m_path.constData(), 0755);
    }
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    // False when this machine would not let the folder be made read-only (e.g. root without mounts).
    bool ok() const { return m_ok; }

private:
    QByteArray m_path;
    bool m_mounted = false;
    bool m_ok = false;
};

} // namespace settle::test
