#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "study/storage/postgres/pg_connection.h"

namespace hyperlab {

/// How long a worker waits for a lost database connection to come back:
/// attempts after 0.5 s, 1 s, 2 s, ... doubling up to 30 s apart, until
/// `giveUpSeconds` have passed since the loss.
struct PgReconnectPolicy {
    double firstDelaySeconds = 0.5;
    double maxDelaySeconds = 30.0;
    double giveUpSeconds = 600.0;  ///< 0: do not reconnect, fail at once
};

/// A change of the connection, for the worker's log.
struct PgConnectionEvent {
    enum class Kind {
        Lost,      ///< the connection broke (error: libpq's message)
        Retrying,  ///< an attempt failed; the next one in nextDelaySeconds
        Restored,  ///< connected again after downSeconds and `attempt` attempts
        GaveUp,    ///< giveUpSeconds passed (or the process is stopping)
    };
    Kind kind = Kind::Lost;
    std::string error;
    int attempt = 0;
    double downSeconds = 0.0;
    double nextDelaySeconds = 0.0;
};

/// A PgConnection that comes back after the server restarts or the network
/// fails: run() runs a piece of work and, when the connection is lost
/// before or during it, connects again with exponential backoff
/// (PgReconnectPolicy), re-creates the session's state through the set-up
/// hook (settings, advisory locks: they end with the old session) and runs
/// the work again. Not thread-safe, like PgConnection: the owner
/// serialises; only isUp() may be called from any thread.
class ReconnectingPgConnection {
public:
    using Reporter = std::function<void(const PgConnectionEvent&)>;

    /// Connects now: at start there is nothing to wait for, so an
    /// unreachable server throws PgError at once. `stopWaiting` (optional)
    /// ends a wait early, as a give-up (the process is stopping).
    ReconnectingPgConnection(std::string conninfo, PgReconnectPolicy policy, Reporter report,
                             std::function<bool()> stopWaiting);

    /// Runs on every connection before any work, the first one included.
    /// `reconnected` is false for the first. It may throw
    /// PgConnectionLost (the new connection broke too: the next attempt
    /// follows).
    void setSessionSetUp(std::function<void(PgConnection&, bool reconnected)> setUp);

    /// Runs `work(connection)`; after a lost connection, reconnects and runs
    /// it again, so `work` must be safe to repeat (a transaction that did not
    /// commit, an idempotent statement). Throws PgError when the policy gives
    /// up, and what `work` throws otherwise.
    template <class Work>
    decltype(auto) run(Work&& work) {
        for (;;) {
            try {
                return work(connection());
            } catch (const PgConnectionLost& e) {
                markLost(e.what());
            }
        }
    }

    /// The connection, reconnecting first when it is down (see run()).
    PgConnection& connection();
    /// False from a loss until the connection is back (any thread): callers
    /// that must not wait (an epoch's intermediate values) keep their writes
    /// for later.
    bool isUp() const { return m_up.load(std::memory_order_acquire); }
    /// Work outside run() hit PgConnectionLost: the next use reconnects.
    void markLost(const std::string& error);

private:
    void reconnect();
    void setUp(bool reconnected);

    std::string m_conninfo;
    PgReconnectPolicy m_policy;
    Reporter m_report;
    std::function<bool()> m_stopWaiting;
    std::function<void(PgConnection&, bool)> m_setUp;
    std::unique_ptr<PgConnection> m_connection;  // null while down
    std::atomic<bool> m_up{false};
    std::string m_gaveUp;  // why, once the policy gave up: every later use fails with it
    std::string m_lastError;
    std::chrono::steady_clock::time_point m_lostAt;
};

}  // namespace hyperlab
