#include "common/background_priority.h"

#include <oneapi/tbb/task_arena.h>
#include <oneapi/tbb/task_scheduler_observer.h>

#if defined(__linux__)
#include <cerrno>

#include <sys/resource.h>
#include <unistd.h>
#endif

#include "common/thread_handoff.h"

namespace hyperlab {

namespace {

class LowerPriorityObserver : public tbb::task_scheduler_observer {
public:
    LowerPriorityObserver(tbb::task_arena& arena, int nice)
        : tbb::task_scheduler_observer(arena), m_nice(nice) {
        // oneTBB's threads call on_scheduler_entry; handOff/takeOver tell
        // ThreadSanitizer the ordering the uninstrumented library gives
        // (common/thread_handoff.h).
        handOff(this);
        observe(true);
    }
    // observe(false) waits for calls in flight on oneTBB's threads; the
    // memory is freed after it, so the calls hand their end over.
    ~LowerPriorityObserver() override {
        observe(false);
        takeOver(&m_calls);
    }

    void on_scheduler_entry(bool) override {
        takeOver(this);
#if defined(__linux__)
        // Per thread on Linux: `who` is the thread id. Once lowered, a
        // thread stays at or below the target (nice values only go up here).
        const id_t thread = id_t(gettid());
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, thread);
        const int nice = m_nice;
        if (errno == 0 && current < nice)
            setpriority(PRIO_PROCESS, thread, nice);
#endif
        handOff(&m_calls);
    }

private:
    int m_nice;
    char m_calls = 0;  // token: the end of on_scheduler_entry calls
};

}  // namespace

std::shared_ptr<void> lowerPriorityIn(tbb::task_arena& arena, int nice) {
    return std::make_shared<LowerPriorityObserver>(arena, nice);
}

}  // namespace hyperlab
