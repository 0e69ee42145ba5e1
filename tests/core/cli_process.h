#pragma once

// Running hyperlab-cli from a test: HYPERLAB_CLI names the binary (set by
// tests/CMakeLists.txt for every test).

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

struct CliResult {
    int exitCode = -1;  ///< -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline QString cliPath() {
    return qEnvironmentVariable("HYPERLAB_CLI");
}

/// Runs the CLI to its end (killed after `timeoutMs`). With `fileSizeKiB`
/// above 0 it runs under that file-size limit (ulimit -f, SIGXFSZ ignored):
/// its writes past the limit fail with EFBIG, as they would with ENOSPC on a
/// full disk.
inline CliResult runCli(const QStringList& args, int timeoutMs = 120000, int fileSizeKiB = 0) {
    QProcess p;
    if (fileSizeKiB > 0)
        p.start(
            QStringLiteral("bash"),
            QStringList{
                QStringLiteral("-c"),
                QStringLiteral("ulimit -f %1; trap '' XFSZ; exec \"$0\" \"$@\"").arg(fileSizeKiB),
                cliPath()} +
                args);
    else
        p.start(cliPath(), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// One JSON value per non-empty line (--jsonl output).
inline std::vector<nlohmann::json> jsonLines(const QByteArray& text) {
    std::vector<nlohmann::json> out;
    for (const QByteArray& line : text.split('\n'))
        if (!line.trimmed().isEmpty())
            out.push_back(nlohmann::json::parse(line.toStdString()));
    return out;
}

inline void writeJson(const QString& path, const nlohmann::json& j) {
    std::ofstream(path.toStdString()) << j.dump(2);
}

/// A study directory's journal events (complete lines only).
inline std::vector<nlohmann::json> journalEvents(const QString& dir) {
    std::ifstream in((dir + "/journal.jsonl").toStdString());
    std::vector<nlohmann::json> out;
    std::string line;
    while (std::getline(in, line)) {
        nlohmann::json e = nlohmann::json::parse(line, nullptr, false);
        if (!e.is_discarded())
            out.push_back(e);
    }
    return out;
}

/// How many events of one kind ("trial_finished", ...).
inline int countEvents(const std::vector<nlohmann::json>& events, const char* kind) {
    int n = 0;
    for (const auto& e : events)
        n += e.value("event", "") == kind;
    return n;
}
