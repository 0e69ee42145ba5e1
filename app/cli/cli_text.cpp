#include "cli_text.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "i18n/core_message.h"
#include "i18n/language.h"

namespace hyperlab::cli {

std::string coreMessage(const char* message) {
    if (ui::activeLanguage() == QLatin1String("en")) return message;
    return utf8(ui::translateCoreMessage(message));
}

std::string coreMessage(const std::string& message) { return coreMessage(message.c_str()); }

bool setUpLanguage(std::vector<std::string>& args, std::string& error) {
    QString requested;
    bool missingValue = false;
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--lang") {
            missingValue = i + 1 >= args.size();
            if (!missingValue) requested = QString::fromStdString(args[i + 1]);
            args.erase(args.begin() + std::ptrdiff_t(i),
                       args.begin() + std::ptrdiff_t(std::min(i + 2, args.size())));
        } else if (args[i].rfind("--lang=", 0) == 0) {
            requested = QString::fromStdString(args[i].substr(7));
            missingValue = requested.isEmpty();
            args.erase(args.begin() + std::ptrdiff_t(i));
        } else {
            ++i;
        }
    }
    const std::optional<QString> chosen =
        requested.isEmpty() ? std::nullopt : ui::matchInterfaceLanguage(requested);
    // A terminal program follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG), not the desktop app's saved menu choice. When --lang is wrong
    // the complaint is in the locale's language.
    ui::installTranslations(chosen.value_or(ui::systemLanguage()));
    const QString allowed = ui::interfaceLanguageCodes().join(QStringLiteral(", "));
    if (missingValue) {
        error = utf8(CliText::tr("--lang needs a value (allowed: %1)").arg(allowed));
        return false;
    }
    if (!requested.isEmpty() && !chosen) {
        error = utf8(CliText::tr("--lang: unknown language \"%1\" (allowed: %2)")
                         .arg(requested, allowed));
        return false;
    }
    return true;
}

}  // namespace hyperlab::cli
