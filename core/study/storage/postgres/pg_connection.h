#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hyperlab {

/// A failed database operation: the server's or libpq's message, never the
/// connection string (it may hold a password).
class PgError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The connection itself is gone (the server stopped or restarted, the
/// network failed): the statement may or may not have run. A new
/// connection may succeed (ReconnectingPgConnection waits for one).
class PgConnectionLost : public PgError {
public:
    using PgError::PgError;
};

/// The rows of one statement, as text (libpq's text format).
class PgResult {
public:
    int rows() const { return int(m_rows.size()); }
    bool isNull(int row, int column) const {
        return !m_rows[std::size_t(row)][std::size_t(column)];
    }
    /// The value as text; "" for NULL.
    const std::string& text(int row, int column) const;
    long long integer(int row, int column) const;
    /// Rows an UPDATE/INSERT/DELETE changed.
    long long affected = 0;

private:
    friend class PgConnection;
    std::vector<std::vector<std::optional<std::string>>> m_rows;
};

/// One libpq connection (PQconnectdb): `conninfo` is libpq's own form, a
/// URI (postgresql://user@host/db) or key=value pairs (host=/socket/dir
/// dbname=lab); passwords come from ~/.pgpass or PGPASSWORD. Unless the
/// string says otherwise, TCP keepalives are on (idle 30 s, then every 10 s,
/// 3 lost probes) and unacknowledged data times out after 60 s
/// (tcp_user_timeout), so a vanished server or network is noticed within
/// about a minute whether the connection is idle or busy; connecting gives
/// up after 10 s. Not thread-safe: one thread at a time (PostgresStudyStorage
/// serialises).
class PgConnection {
public:
    /// Throws PgError with libpq's message when the server cannot be reached.
    explicit PgConnection(const std::string& conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Runs one statement with $1, $2, ... bound to `params` (std::nullopt =
    /// NULL). Throws PgError on failure, PgConnectionLost when the
    /// connection broke.
    PgResult exec(const std::string& sql,
                  const std::vector<std::optional<std::string>>& params = {});
    /// This session's backend process id (distinguishes sessions in tests).
    int backendPid() const;
    /// The value of a connection option in effect (libpq's PQconninfo:
    /// "keepalives_idle", ...); "" when unset.
    std::string option(const std::string& key) const;

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

/// BEGIN now, ROLLBACK on destruction unless commit() ran: an exception
/// between leaves nothing half-done.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    void commit();

private:
    PgConnection& m_connection;
    bool m_done = false;
};

}  // namespace hyperlab
