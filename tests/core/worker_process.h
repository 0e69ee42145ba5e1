#pragma once

// A `hyperlab-cli worker` process on a study in a database (postgres_server.h
// starts the server), writing its --jsonl events to a file: a pipe nobody
// reads could fill up and stall it.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_process.h"
#include "postgres_server.h"

/// What initTestCase of a test with workers needs: the CLI, a scratch
/// directory and a running private server. "" when all is there, else why.
inline QString prepareWorkerTest(PostgresServer& server, const QTemporaryDir& scratch) {
    if (!QFileInfo(cliPath()).isExecutable())
        return QStringLiteral("HYPERLAB_CLI must name hyperlab-cli");
    if (!scratch.isValid())
        return QStringLiteral("cannot create a scratch directory");
    QString error;
    server.start(error);
    return error;
}

struct WorkerProcess {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString log;  ///< its stdout (--jsonl events); stderr goes to log + ".err"

    /// Starts `hyperlab-cli worker --storage CONNINFO --study STUDY --threads 1
    /// --jsonl EXTRA...` with its output in `log`.
    static WorkerProcess start(const QString& conninfo, const QString& study, const QString& log,
                               const QStringList& extra = {}) {
        WorkerProcess w;
        w.log = log;
        w.process->setStandardOutputFile(log);
        w.process->setStandardErrorFile(log + ".err");
        w.process->start(cliPath(), QStringList{"worker", "--storage", conninfo, "--study", study,
                                                "--threads", "1", "--jsonl"} +
                                        extra);
        return w;
    }

    /// Ended by itself with exit code 0 within `timeoutMs`.
    bool finishes(int timeoutMs = 60000) {
        return process->waitForFinished(timeoutMs) &&
               process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    }

    QString errors() const { return QString::fromUtf8(read(log + ".err")); }
    std::vector<nlohmann::json> events() const { return jsonLines(read(log)); }
    /// Its events named `name` ("trial_finished", "reconnected", ...).
    std::vector<nlohmann::json> events(const std::string& name) const {
        std::vector<nlohmann::json> out;
        for (nlohmann::json& e : events())
            if (e.value("event", "") == name)
                out.push_back(std::move(e));
        return out;
    }

private:
    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};
