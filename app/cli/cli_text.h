#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <string>
#include <vector>

#include "common/problem.h"

namespace hyperlab::cli {

/// The CLI's human-readable text, translated like the desktop app's
/// (translations/, context "CliText") for the user's locale or
/// --lang. What scripts read is not translated: --jsonl events, JSON and CSV
/// exports, config files, and the names in them.
class CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/// UTF-8 for std::ostream, and back for arg().
inline std::string utf8(const QString& text) {
    return text.toStdString();
}
inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

/// A problem of the core for the terminal: in English the core's own
/// message (the exact text docs and scripts quote), translated otherwise.
std::string coreMessage(const Problem& problem);
std::string coreMessage(const std::exception& error);

/// "hyperlab-cli: warning: ..." on stderr, for a study's or a journal's
/// warnings from the core.
void printWarning(const std::string& warning);

/// Chooses the language (--lang, else the locale) and installs its
/// catalogue; removes --lang and its value from `args`. Returns false with
/// `error` set when --lang names a language HyperLab has no catalogue for.
bool setUpLanguage(std::vector<std::string>& args, std::string& error);

}  // namespace hyperlab::cli
