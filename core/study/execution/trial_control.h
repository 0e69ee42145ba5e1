#pragma once

#include <atomic>
#include <stop_token>

namespace hyperlab {

/// Why a running trial was asked to stop.
enum class StopCause { None, Pruned, Cancelled, StudyStopped };

/// The stop switch of one running trial, shared by the pool (cancel), the
/// pruner hook and the evaluator (which watches token()). The first cause
/// wins: a trial pruned and then cancelled stays pruned.
class TrialControl {
public:
    void requestStop(StopCause cause) {
        int expected = int(StopCause::None);
        m_cause.compare_exchange_strong(expected, int(cause));
        m_source.request_stop();
    }
    StopCause cause() const { return StopCause(m_cause.load()); }
    std::stop_token token() const { return m_source.get_token(); }

private:
    std::stop_source m_source;
    std::atomic<int> m_cause{int(StopCause::None)};
};

}  // namespace hyperlab
