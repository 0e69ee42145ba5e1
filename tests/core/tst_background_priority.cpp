// Training threads of the desktop app run at a lower priority than the
// GUI: every thread that works in the arena gets nice >= 10 (or lower than
// an already niced process); a thread that
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
        // Run under `nice` (a busy build machine), the test lowers further
        // than the process already is.
        if (before >= 19)
            QSKIP("the test process already runs at the lowest priority (nice 19)");
        const int target = std::max(10, before + 1);

        tbb::task_arena arena(2);
        const auto lowered = hyperlab::lowerPriorityIn(arena, target);
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
        QVERIFY2(lowest.load() >= target, qPrintable(QString::number(lowest.load())));

        // This thread never worked in the arena: it keeps its priority.
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), before);
    }
};

QTEST_APPLESS_MAIN(TestBackgroundPriority)
#include "tst_background_priority.moc"
