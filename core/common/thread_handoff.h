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

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
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
/// The end of its life is handed over too: the libraries free their task
/// objects on whichever thread drops the last reference (Qt's slot objects
/// are reference-counted inside libQt6Core), and oneTBB reuses task memory
/// from its own per-thread pool, where TSan sees no free and malloc. So a
/// call hands off when it returns, the destructor takes over from it, and
/// the storage itself is a token: released when the object is gone, taken
/// over by the next object built at the same address.
template <typename F>
class HandedOver {
public:
    explicit HandedOver(F function) : m_function(std::move(function)) { handOff(&m_mark); }
    HandedOver(const HandedOver& other) : m_function((takeOver(&other.m_mark), other.m_function)) {
        handOff(&m_mark);
    }
    HandedOver(HandedOver&& other) noexcept(std::is_nothrow_move_constructible_v<F>)
        : m_function((takeOver(&other.m_mark), std::move(other.m_function))) {
        handOff(&m_mark);
    }
    HandedOver& operator=(const HandedOver&) = delete;
    HandedOver& operator=(HandedOver&&) = delete;
    ~HandedOver() { takeOver(&m_mark); }

    template <typename... Args>
    decltype(auto) operator()(Args&&... args) const {
        const Call call(&m_mark);
        return m_function(std::forward<Args>(args)...);
    }
    template <typename... Args>
    decltype(auto) operator()(Args&&... args) {
        const Call call(&m_mark);
        return m_function(std::forward<Args>(args)...);
    }

private:
    // Takes over when a call starts, hands off when it ends (also by an
    // exception).
    struct Call {
        explicit Call(const char* mark) : mark(mark) { takeOver(mark); }
        ~Call() { handOff(mark); }
        const char* mark;
    };
    // First member: built first and destroyed last, at a fixed place in the
    // object (see above).
    struct Storage {
        Storage() { takeOver(this); }
        Storage(const Storage&) : Storage() {}
        ~Storage() { handOff(this); }
        Storage& operator=(const Storage&) = delete;
    };

    Storage m_storage;
    F m_function;
    char m_mark = 0;  // only its address is used, as TSan's synchronisation object
};

template <typename F>
HandedOver<std::decay_t<F>> handedOver(F&& function) {
    return HandedOver<std::decay_t<F>>(std::forward<F>(function));
}

}  // namespace hyperlab
