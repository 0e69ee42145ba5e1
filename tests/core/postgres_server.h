#pragma once

// A private PostgreSQL server for one test: initdb into a temporary
// directory, listening only on a Unix socket in that directory (no TCP
// port), stopped and removed when the object goes. When the tests run as
// root the server runs as `nobody` (PostgreSQL refuses root), in a
// directory that user owns. A watchdog process stops the server and removes
// the directory if the test process dies without its destructor (a crash, a
// ctest timeout's SIGKILL).
//
// The server binaries come from the postgresql package
// (scripts/dependencies.txt): without them start() fails, so a machine
// without PostgreSQL fails these tests instead of skipping them.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <memory>

class PostgresServer {
public:
    PostgresServer() = default;
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;
    ~PostgresServer() { stop(); }

    /// initdb + pg_ctl start; false with `error` set when it cannot.
    bool start(QString& error) {
        m_bin = binDirectory();
        if (m_bin.isEmpty()) {
            error = QStringLiteral(
                "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (install the "
                "postgresql package, see scripts/dependencies.txt)");
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/hyperlab-pg-XXXXXX");
        if (!m_dir->isValid()) {
            error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        if (geteuid() == 0) {
            const passwd* nobody = getpwnam("nobody");
            if (!nobody || chown(m_dir->path().toLocal8Bit().constData(), nobody->pw_uid,
                                 nobody->pw_gid) != 0) {
                error = QStringLiteral("cannot hand the server directory to user nobody");
                return false;
            }
        }
        if (!run("initdb",
                 {"-D", dataDir(), "-A", "trust", "-U", "hyperlab", "--no-sync", "-E", "UTF8",
                  "--locale=C"},
                 error))
            return false;
        if (!launch(error))
            return false;
        m_started = true;
        startWatchdog();
        return true;
    }

    /// Stops the server and starts it again on the same socket after
    /// `downMs`: mode "fast" (sessions told to end, a clean shutdown) or
    /// "immediate" (a crash: no shutdown checkpoint, sessions cut; the
    /// server recovers when it starts).
    bool restart(const QString& mode, int downMs, QString& error) {
        if (!run("pg_ctl", {"-D", dataDir(), "-m", mode, "-w", "stop"}, error))
            return false;
        QThread::msleep(static_cast<unsigned long>(downMs));
        return launch(error);
    }
    /// A crash and an immediate restart.
    bool crashAndRestart(QString& error) { return restart(QStringLiteral("immediate"), 0, error); }

    /// libpq connection string of database `database`.
    QString conninfo(const QString& database = QStringLiteral("postgres")) const {
        return QStringLiteral("host=%1 user=hyperlab dbname=%2").arg(m_dir->path(), database);
    }
    QString socketDirectory() const { return m_dir->path(); }

    void stop() {
        if (m_started) {
            QString ignored;
            run("pg_ctl", {"-D", dataDir(), "-m", "immediate", "-w", "stop"}, ignored);
            m_started = false;
        }
        if (m_watchdog > 0) {
            ::kill(pid_t(m_watchdog), SIGKILL);
            m_watchdog = 0;
        }
        m_dir.reset();
    }

    /// The newest /usr/lib/postgresql/VERSION/bin holding initdb, or "".
    static QString binDirectory() {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString& a, const QString& b) { return a.toDouble() > b.toDouble(); });
        for (const QString& v : versions) {
            const QString bin = root.filePath(v + "/bin");
            if (QFile::exists(bin + "/initdb") && QFile::exists(bin + "/pg_ctl"))
                return bin;
        }
        return {};
    }

private:
    bool launch(QString& error) const {
        // Fast and throwaway: no fsync; only the socket in our directory.
        const QString options = QStringLiteral(
                                    "-c listen_addresses='' -k %1 -c fsync=off "
                                    "-c synchronous_commit=off -c full_page_writes=off "
                                    "-c max_connections=60")
                                    .arg(m_dir->path());
        return run("pg_ctl",
                   {"-D", dataDir(), "-l", m_dir->path() + "/server.log", "-w", "-t", "60", "-o",
                    options, "start"},
                   error);
    }

    QString dataDir() const { return m_dir->path() + "/data"; }

    // The program as the server's user: `runuser -u nobody --` when root.
    QStringList command(const QString& program, const QStringList& args) const {
        QStringList line{m_bin + "/" + program};
        line += args;
        if (geteuid() == 0)
            line = QStringList{"runuser", "-u", "nobody", "--"} + line;
        return line;
    }

    bool run(const QString& program, const QStringList& args, QString& error) const {
        const QStringList line = command(program, args);
        QProcess p;
        p.setWorkingDirectory(m_dir->path());  // nobody may not read the test's own
        p.start(line.first(), line.mid(1));
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            error = program + " failed: " + QString::fromLocal8Bit(p.readAllStandardError()) +
                    QString::fromLocal8Bit(p.readAllStandardOutput());
            return false;
        }
        return true;
    }

    void startWatchdog() {
        const QStringList stop = command("pg_ctl", {"-D", dataDir(), "-m", "immediate", "stop"});
        QString stopLine;
        for (const QString& word : stop)
            stopLine += " '" + word + "'";
        const QString script = QStringLiteral(
                                   "while kill -0 %1 2>/dev/null; do sleep 1; done; %2 "
                                   ">/dev/null 2>&1; rm -rf '%3'")
                                   .arg(getpid())
                                   .arg(stopLine, m_dir->path());
        QProcess::startDetached(QStringLiteral("bash"), {QStringLiteral("-c"), script},
                                QStringLiteral("/"), &m_watchdog);
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_started = false;
    qint64 m_watchdog = 0;
};
