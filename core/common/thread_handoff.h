#pragma once

// Tells ThreadSanitizer about the happens-before edges of a hand-off it
// cannot see for itself. oneTBB (Debian's libtbb, and Qt) are not built with
// -fsanitize=thread: when oneTBB runs a task on another thread, or a
// parallel_for returns once its chunks are done, the synchronisation happens
// inside the uninstrumented library, so TSan would report every write made
// before the hand-off and read after it as a race. These calls state exactly
// the ordering the library guarantees (and nothing more); they compile to
// nothing unless the build uses -fsanitize=thread (HYPERLAB_SANITIZE=thread).
//
// Work going out: wrap the function object the library takes in handedOver().
// Results coming back: each task calls handOff(&done) as it ends, and the
// thread that waited for them (task_group::wait, the end of parallel_for)
// calls takeOver(&done).

#include <type_traits>
#include <utility>

#include <cstddef>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
// TSan's dynamic-annotation entry point (no public header declares it).
extern "C" void AnnotateNewMemory(const char* file, int line, const volatile void* memory,
                                  std::size_t size);
#endif

namespace hyperlab {

inline void handOff(const void* token) {
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void*>(token));
#else
    (void)token;
#endif
}

inline void takeOver(const void* token) {
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void*>(token));
#else
    (void)token;
#endif
}

/// A function object handed to another thread by an uninstrumented library
/// (a oneTBB task, a Qt queued call). The library copies or moves it into its
/// own task object before the hand-off; each copy marks that point
/// (handOff on its own address, after its function object is in place) and
/// the call takes over from it first, so the thread that runs it is ordered
/// after everything the creating thread did up to the copy, captures
/// included. Copies made from a copy on another thread take over from it
/// first. Unlike a token shared by a whole parallel region, siblings are not
/// ordered with each other: two tasks that write the same data are still
/// reported.
///
/// oneTBB builds its task objects, and so these copies, in memory from its
/// own per-thread pool, reused as soon as a task is done on whichever thread
/// finished it; TSan sees no free and malloc there, so each copy first
/// declares its storage new.
template <typename F>
class HandedOver {
public:
    explicit HandedOver(F function) : m_function((fresh(), std::move(function))) {
        handOff(&m_mark);
    }
    HandedOver(const HandedOver& other)
        : m_function((fresh(), takeOver(&other.m_mark), other.m_function)) {
        handOff(&m_mark);
    }
    HandedOver(HandedOver&& other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : m_function((fresh(), takeOver(&other.m_mark), std::move(other.m_function))) {
        handOff(&m_mark);
    }
    HandedOver& operator=(const HandedOver&) = delete;
    HandedOver& operator=(HandedOver&&) = delete;

    template <typename... Args>
    decltype(auto) operator()(Args&&... args) const {
        takeOver(&m_mark);
        return m_function(std::forward<Args>(args)...);
    }
    template <typename... Args>
    decltype(auto) operator()(Args&&... args) {
        takeOver(&m_mark);
        return m_function(std::forward<Args>(args)...);
    }

private:
    void fresh() {
#if defined(__SANITIZE_THREAD__)
        AnnotateNewMemory(__FILE__, __LINE__, this, sizeof(*this));
#endif
    }

    F m_function;
    char m_mark = 0;  // only its address is used, as TSan's synchronisation object
};

template <typename F>
HandedOver<std::decay_t<F>> handedOver(F&& function) {
    return HandedOver<std::decay_t<F>>(std::forward<F>(function));
}

}  // namespace hyperlab
