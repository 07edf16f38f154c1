#include "TempLedger.h"

#include "mail/Outbox.h"
#include "mail/OutboxClaims.h"
#include "storage/OutboxRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <string>

using namespace settle;
using settle::test::TempLedger;
using State = OutboxMessage::State;

namespace {

// A power cut, simulated under SQLite: a VFS over the system's one that remembers, for the database and
// its WAL, the content each had at its last fsync (or when it was opened, for a file not synced since) —
// what the disk holds when the power goes, whatever the operating system's cache had — and writes those
// images out as the files a restarted machine would find.
class PowerCutVfs
{
public:
    static void install()
    {
        std::lock_guard lock(s_mutex);
        s_images.clear();
        s_system = sqlite3_vfs_find(nullptr);
        s_vfs = *s_system;
        s_vfs.zName = "settle-power-cut";
        s_vfs.pNext = nullptr;
        s_vfs.szOsFile = int(sizeof(File)) + s_system->szOsFile;
        s_vfs.xOpen = open;
        s_vfs.xDelete = remove;
        s_vfs.xAccess = [](sqlite3_vfs*, const char* name, int flags, int* out) {
            return s_system->xAccess(s_system, name, flags, out);
        };
        s_vfs.xFullPathname = [](sqlite3_vfs*, const char* name, int n, char* out) {
            return s_system->xFullPathname(s_system, name, n, out);
        };
        s_vfs.xRandomness = [](sqlite3_vfs*, int n, char* out) { return s_system->xRandomness(s_system, n, out); };
        s_vfs.xSleep = [](sqlite3_vfs*, int micro) { return s_system->xSleep(s_system, micro); };
        s_vfs.xCurrentTime = [](sqlite3_vfs*, double* out) { return s_system->xCurrentTime(s_system, out); };
        s_vfs.xGetLastError = [](sqlite3_vfs*, int n, char* out) { return s_system->xGetLastError(s_system, n, out); };
        s_vfs.xCurrentTimeInt64 = [](sqlite3_vfs*, sqlite3_int64* out) {
            return s_system->xCurrentTimeInt64(s_system, out);
        };
        sqlite3_vfs_register(&s_vfs, 1);
    }

    static void uninstall() { sqlite3_vfs_unregister(&s_vfs); }

    // Writes the durable image of `path` to `copy`; false when the disk would hold no such file.
    static bool cut(const QString& path, const QString& copy)
    {
        std::lock_guard lock(s_mutex);
        const auto found = s_images.find(path.toStdString());
        if (found == s_images.end() || !found->second)
            return false;
        QFile file(copy);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(found->second->data(), qint64(found->second->size()));
        return true;
    }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file* real;
        bool tracked;
        char path[1024];
    };

    static sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static std::string content(sqlite3_file* real)
    {
        sqlite3_int64 size = 0;
        real->pMethods->xFileSize(real, &size);
        std::string bytes(size_t(size), '\0');
        if (size > 0)
            real->pMethods->xRead(real, bytes.data(), int(size), 0);
        return bytes;
    }

    static int open(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
    {
        auto* f = reinterpret_cast<File*>(file);
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        f->tracked = name != nullptr && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0;
        f->path[0] = '\0';
        const int rc = s_system->xOpen(s_system, name, f->real, flags, outFlags);
        if (rc != SQLITE_OK) {
            f->base.pMethods = nullptr;
            return rc;
        }
        f->base.pMethods = &s_methods;
        if (f->tracked) {
            std::strncpy(f->path, name, sizeof f->path - 1);
            f->path[sizeof f->path - 1] = '\0';
            std::lock_guard lock(s_mutex);
            auto& image = s_images[f->path];
            if (!image)
                image = content(f->real);
        }
        return rc;
    }

    static int remove(sqlite3_vfs*, const char* name, int syncDir)
    {
        const int rc = s_system->xDelete(s_system, name, syncDir);
        if (rc == SQLITE_OK) {
            std::lock_guard lock(s_mutex);
            if (s_images.count(name) != 0)
                s_images[name] = std::nullopt;
        }
        return rc;
    }

    static int sync(sqlite3_file* file, int flags)
    {
        auto* f = reinterpret_cast<File*>(file);
        const int rc = f->real->pMethods->xSync(f->real, flags);
        if (rc == SQLITE_OK && f->tracked) {
            std::lock_guard lock(s_mutex);
            s_images[f->path] = content(f->real);
        }
        return rc;
    }

    static int close(sqlite3_file* file)
    {
        auto* f = reinterpret_cast<File*>(file);
        const int rc = f->real->pMethods->xClose(f->real);
        f->base.pMethods = nullptr;
        return rc;
    }

    static inline const sqlite3_io_methods s_methods = {
        3,
        close,
        [](sqlite3_file* f, void* out, int n, sqlite3_int64 at) { return real(f)->pMethods->xRead(real(f), out, n, at); },
        [](sqlite3_file* f, const void* in, int n, sqlite3_int64 at) {
            return real(f)->pMethods->xWrite(real(f), in, n, at);
        },
        [](sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
        sync,
        [](sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); },
        [](sqlite3_file* f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
        [](sqlite3_file* f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
        [](sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
        [](sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); },
        [](sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); },
        [](sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
        [](sqlite3_file* f, int page, int size, int extend, void volatile** out) {
            return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
        },
        [](sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); },
        [](sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); },
        [](sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); },
        [](sqlite3_file* f, sqlite3_int64 at, int n, void** out) { return real(f)->pMethods->xFetch(real(f), at, n, out); },
        [](sqlite3_file* f, sqlite3_int64 at, void* p) { return real(f)->pMethods->xUnfetch(real(f), at, p); },
    };

    static inline std::mutex s_mutex;
    static inline std::map<std::string, std::optional<std::string>> s_images;
    static inline sqlite3_vfs* s_system = nullptr;
    static inline sqlite3_vfs s_vfs{};
};

} // namespace

// The claim is committed before the SMTP conversation starts; were a power cut to take the commit back,
// the restarted machine would find the message 'queued' and send it a second time. So the claim's commit
// reaches the disk itself, not only the operating system's cache.
TEST(OutboxPowerCut, ACommittedClaimSurvivesAPowerCut)
{
    TempLedger ledger;
    if (test::TestLocation::postgres())
        GTEST_SKIP() << "the power cut is simulated on SQLite's files; PostgreSQL's claim commits with "
                        "synchronous_commit on";
    OutboxMessage m;
    m.to = QStringLiteral("ap@c001.example");
    m.subject = QStringLiteral("Claimed, then the lights went out");
    m.bodyText = QStringLiteral("Text\n");
    const qint64 id = Outbox(*ledger).queue(m);
    ledger.close(); // the last connection checkpoints: the queued message is on disk

    PowerCutVfs::install();
    ledger.reopen();
    OutboxRepository::Claim claim{QStringLiteral("the-sender"), QSysInfo::machineHostName(), 1,
                                  ledger.clock().now().addSecs(600)};
    const auto claimed = OutboxClaims(*ledger).claimNext(claim, {});
    ASSERT_TRUE(claimed);
    ASSERT_EQ(claimed->id, id);
    // An ordinary commit right after: the ledger's own setting, which a power cut may take back.
    m.subject = QStringLiteral("Queued just before the cut");
    Outbox(*ledger).queue(m);

    // The power goes: what the disk holds is all a restarted machine finds.
    const QString path = ledger.path();
    const QString copy = ledger.file(QStringLiteral("after-the-cut.db"));
    ASSERT_TRUE(PowerCutVfs::cut(path, copy));
    PowerCutVfs::cut(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    ledger.close();
    PowerCutVfs::uninstall();

    auto restarted = Ledger::open(copy, Database::OpenMode::MustExist, ledger.clock());
    const auto messages = Outbox(*restarted).list();
    ASSERT_GE(messages.size(), 1);
    EXPECT_EQ(messages[0].id, id);
    EXPECT_EQ(messages[0].state, State::Sending) << "the claim was lost: the message would go a second time";
    EXPECT_EQ(messages[0].claimToken, QStringLiteral("the-sender"));
    // The check of the simulation itself: a commit that was not synced is gone, so the claim survived
    // because it was synced, not because the simulation keeps everything.
    EXPECT_EQ(messages.size(), 1) << "the ordinary commit survived too: the cut simulated nothing";
}
