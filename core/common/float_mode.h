#pragma once

#if defined(__SSE__) || defined(__x86_64__)
#include <xmmintrin.h>
#define HYPERLAB_HAS_MXCSR 1
#endif

namespace hyperlab {

/// Flushes denormal floats to zero on this thread for the object's lifetime
/// (x86 FTZ and DAZ bits), restoring the previous mode afterwards.
///
/// Why: late in training, optimizer moments of weights that never receive a
/// gradient (always-black pixels) decay into denormals, and every operation
/// on them becomes ~100x slower. Values that small change nothing in a
/// network. Every thread that computes training math sets the same mode
/// (the trainer's thread and every parallelChunks chunk), so results stay
/// identical whatever the thread count.
class FlushDenormals {
public:
    FlushDenormals() {
#ifdef HYPERLAB_HAS_MXCSR
        m_saved = _mm_getcsr();
        _mm_setcsr(m_saved | kFlushToZero | kDenormalsAreZero);
#endif
    }
    ~FlushDenormals() {
#ifdef HYPERLAB_HAS_MXCSR
        _mm_setcsr(m_saved);
#endif
    }
    FlushDenormals(const FlushDenormals&) = delete;
    FlushDenormals& operator=(const FlushDenormals&) = delete;

private:
#ifdef HYPERLAB_HAS_MXCSR
    static constexpr unsigned kFlushToZero = 0x8000;
    static constexpr unsigned kDenormalsAreZero = 0x0040;
    unsigned m_saved = 0;
#endif
};

}  // namespace hyperlab
