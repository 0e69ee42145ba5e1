#include "common/background_priority.h"

#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_scheduler_observer.h>

#if defined(__linux__)
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>
#endif

namespace hyperlab {

namespace {

class LowerPriorityObserver : public tbb::task_scheduler_observer {
public:
    LowerPriorityObserver(tbb::task_arena& arena, int nice)
        : tbb::task_scheduler_observer(arena), m_nice(nice) {
        observe(true);
    }
    ~LowerPriorityObserver() override { observe(false); }

    void on_scheduler_entry(bool) override {
#if defined(__linux__)
        // Per thread on Linux: `who` is the thread id. Once lowered, a
        // thread stays at or below the target (nice values only go up here).
        const id_t thread = id_t(gettid());
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, thread);
        if (errno == 0 && current < m_nice)
            setpriority(PRIO_PROCESS, thread, m_nice);
#endif
    }

private:
    int m_nice;
};

}  // namespace

std::shared_ptr<void> lowerPriorityIn(tbb::task_arena& arena, int nice) {
    return std::make_shared<LowerPriorityObserver>(arena, nice);
}

}  // namespace hyperlab
