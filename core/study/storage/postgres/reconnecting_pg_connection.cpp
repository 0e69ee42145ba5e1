#include "study/storage/postgres/reconnecting_pg_connection.h"

#include <algorithm>
#include <thread>

namespace hyperlab {

namespace {
double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

ReconnectingPgConnection::ReconnectingPgConnection(std::string conninfo, PgReconnectPolicy policy,
                                                   Reporter report,
                                                   std::function<bool()> stopWaiting)
    : m_conninfo(std::move(conninfo)),
      m_policy(policy),
      m_report(std::move(report)),
      m_stopWaiting(std::move(stopWaiting)),
      m_connection(std::make_unique<PgConnection>(m_conninfo)) {
    m_up.store(true, std::memory_order_release);
}

void ReconnectingPgConnection::setSessionSetUp(std::function<void(PgConnection&, bool)> setUp) {
    m_setUp = std::move(setUp);
    if (m_setUp && m_connection)
        m_setUp(*m_connection, false);
}

PgConnection& ReconnectingPgConnection::connection() {
    if (!m_connection)
        reconnect();
    return *m_connection;
}

void ReconnectingPgConnection::markLost(const std::string& error) {
    if (!m_connection)
        return;
    m_connection.reset();
    m_up.store(false, std::memory_order_release);
    m_lostAt = std::chrono::steady_clock::now();
    m_lastError = error;
    if (m_report)
        m_report({PgConnectionEvent::Kind::Lost, error, 0, 0.0, 0.0});
}

void ReconnectingPgConnection::reconnect() {
    const auto giveUp = [&](const std::string& why) {
        m_gaveUp = "the database connection was lost and " + why + " (" + m_lastError + ")";
        if (m_report)
            m_report({PgConnectionEvent::Kind::GaveUp, m_lastError, 0, secondsSince(m_lostAt), 0});
        throw PgError(m_gaveUp);
    };
    if (!m_gaveUp.empty())
        throw PgError(m_gaveUp);
    double delay = m_policy.firstDelaySeconds;
    for (int attempt = 1;; ++attempt) {
        const double down = secondsSince(m_lostAt);
        if (down + delay > m_policy.giveUpSeconds)
            giveUp("did not come back within " + std::to_string(int(m_policy.giveUpSeconds)) +
                   " s (--reconnect-timeout)");
        if (attempt > 1 && m_report)
            m_report({PgConnectionEvent::Kind::Retrying, m_lastError, attempt - 1, down, delay});
        // Sleep in small steps so a stopping process does not wait for the
        // whole delay.
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(delay);
        while (std::chrono::steady_clock::now() < until) {
            if (m_stopWaiting && m_stopWaiting())
                giveUp("the worker is stopping");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        try {
            m_connection = std::make_unique<PgConnection>(m_conninfo);
            if (m_setUp)
                m_setUp(*m_connection, true);
            m_up.store(true, std::memory_order_release);
            if (m_report)
                m_report(
                    {PgConnectionEvent::Kind::Restored, {}, attempt, secondsSince(m_lostAt), 0.0});
            return;
        } catch (const PgError& e) {
            // The server may still be starting ("the database system is
            // starting up") or the new session broke during its set-up: the
            // next attempt follows.
            m_connection.reset();
            m_lastError = e.what();
        }
        delay = std::min(delay * 2.0, m_policy.maxDelaySeconds);
    }
}

}  // namespace hyperlab
