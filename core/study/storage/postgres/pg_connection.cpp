#include "study/storage/postgres/pg_connection.h"

#include <libpq-fe.h>

namespace hyperlab {

namespace {
std::string trimmed(const char* message) {
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}
// The connection rather than the statement failed: libpq says so, or the
// error has no SQLSTATE (libpq's own: "server closed the connection
// unexpectedly" may come before libpq marks the connection bad), or the
// server is going away (class 08 connection exception, 57P01 admin
// shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
bool connectionFailed(PGconn* conn, const PGresult* result) {
    if (PQstatus(conn) == CONNECTION_BAD || !result)
        return true;
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    if (!state)
        return true;
    const std::string code = state;
    return code.rfind("08", 0) == 0 || code == "57P01" || code == "57P02" || code == "57P03";
}

}  // namespace

struct PgConnection::Handle {
    PGconn* conn = nullptr;
    ~Handle() {
        if (conn)
            PQfinish(conn);
    }
};

const std::string& PgResult::text(int row, int column) const {
    static const std::string empty;
    const auto& value = m_rows[std::size_t(row)][std::size_t(column)];
    return value ? *value : empty;
}

long long PgResult::integer(int row, int column) const {
    return std::stoll(text(row, column));
}

PgConnection::PgConnection(const std::string& conninfo) : m_handle(std::make_unique<Handle>()) {
    // expand_dbname: "dbname" may be a whole URI or key=value string; the
    // settings before it are defaults the user's string can override.
    // Keepalives notice a dead peer on an idle connection; tcp_user_timeout
    // on one with unacknowledged data (a heartbeat sent into a cut network),
    // where keepalives do not run and retransmissions last 15 minutes.
    const char* keys[] = {"keepalives",       "keepalives_idle",  "keepalives_interval",
                          "keepalives_count", "tcp_user_timeout", "connect_timeout",
                          "application_name", "dbname",           nullptr};
    const char* values[] = {"1",    "30", "10", "3", "60000", "10", "hyperlab", conninfo.c_str(),
                            nullptr};
    m_handle->conn = PQconnectdbParams(keys, values, 1);
    if (!m_handle->conn)
        throw PgError("cannot connect to the database: out of memory");
    if (PQstatus(m_handle->conn) != CONNECTION_OK)
        throw PgConnectionLost("cannot connect to the database: " +
                               trimmed(PQerrorMessage(m_handle->conn)));
    exec("SET client_min_messages = warning");  // no NOTICEs on stderr
}

PgConnection::~PgConnection() = default;

int PgConnection::backendPid() const {
    return PQbackendPID(m_handle->conn);
}

std::string PgConnection::option(const std::string& key) const {
    std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(
        PQconninfo(m_handle->conn), PQconninfoFree);
    for (const PQconninfoOption* o = options.get(); o && o->keyword; ++o)
        if (key == o->keyword)
            return o->val ? o->val : "";
    return {};
}

PgResult PgConnection::exec(const std::string& sql,
                            const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    // Without parameters PQexec, which also runs several statements at once
    // (the schema script).
    PGresult* raw = params.empty() ? PQexec(m_handle->conn, sql.c_str())
                                   : PQexecParams(m_handle->conn, sql.c_str(), int(values.size()),
                                                  nullptr, values.data(), nullptr, nullptr, 0);
    std::unique_ptr<PGresult, void (*)(PGresult*)> result(raw, PQclear);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const std::string message = "database: " + trimmed(raw ? PQresultErrorMessage(raw)
                                                               : PQerrorMessage(m_handle->conn));
        if (connectionFailed(m_handle->conn, raw))
            throw PgConnectionLost(message);
        throw PgError(message);
    }
    PgResult out;
    const int rows = PQntuples(raw), columns = PQnfields(raw);
    out.m_rows.resize(std::size_t(rows));
    for (int r = 0; r < rows; ++r) {
        auto& row = out.m_rows[std::size_t(r)];
        row.reserve(std::size_t(columns));
        for (int c = 0; c < columns; ++c)
            if (PQgetisnull(raw, r, c))
                row.emplace_back(std::nullopt);
            else
                row.emplace_back(
                    std::string(PQgetvalue(raw, r, c), std::size_t(PQgetlength(raw, r, c))));
    }
    const char* tuples = PQcmdTuples(raw);
    out.affected = tuples && *tuples ? std::stoll(tuples) : 0;
    return out;
}

PgTransaction::PgTransaction(PgConnection& connection) : m_connection(connection) {
    m_connection.exec("BEGIN");
}

PgTransaction::~PgTransaction() {
    if (m_done)
        return;
    try {
        m_connection.exec("ROLLBACK");
    } catch (...) {
        // The connection is gone: the server rolls back by itself.
    }
}

void PgTransaction::commit() {
    m_connection.exec("COMMIT");
    m_done = true;
}

}  // namespace hyperlab
