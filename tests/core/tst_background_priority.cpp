// Training threads of the desktop app run at a lower priority than the
// GUI: every thread that works in the arena gets nice >= 10; a thread that
// never entered it keeps its own.
// oneTBB before Qt: its headers use `emit`, which Qt defines as a macro.
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <QtTest>

#include <atomic>
#include <cerrno>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

#include "common/background_priority.h"  // after <oneapi/...> for the same reason

class TestBackgroundPriority : public QObject {
    Q_OBJECT

private slots:
    void threadsInTheArenaRunAtLowerPriority() {
        errno = 0;
        const int before = getpriority(PRIO_PROCESS, id_t(gettid()));
        QCOMPARE(errno, 0);
        QVERIFY2(before < 10, "the test process itself already runs at nice >= 10");

        tbb::task_arena arena(2);
        const auto lowered = hyperlab::lowerPriorityIn(arena);
        std::atomic<int> lowest{100};
        // Entered from another thread, as the app's controller thread does.
        std::thread([&] {
            arena.execute([&] {
                tbb::parallel_for(0, 64, [&](int) {
                    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
                    int seen = lowest.load();
                    while (nice < seen && !lowest.compare_exchange_weak(seen, nice)) {
                    }
                });
            });
        }).join();
        QVERIFY2(lowest.load() >= 10, qPrintable(QString::number(lowest.load())));

        // This thread never worked in the arena: it keeps its priority.
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), before);
    }
};

QTEST_APPLESS_MAIN(TestBackgroundPriority)
#include "tst_background_priority.moc"
