#include "cli_text.h"

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
    for (std::size_t i = 0; i < args.size();) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            requested = QString::fromStdString(args[i + 1]);
            args.erase(args.begin() + std::ptrdiff_t(i), args.begin() + std::ptrdiff_t(i) + 2);
        } else if (args[i].rfind("--lang=", 0) == 0) {
            requested = QString::fromStdString(args[i].substr(7));
            args.erase(args.begin() + std::ptrdiff_t(i));
        } else {
            ++i;
        }
    }
    if (!requested.isEmpty() && !ui::matchInterfaceLanguage(requested)) {
        error = utf8(CliText::tr("--lang: unknown language \"%1\" (allowed: %2)")
                         .arg(requested, ui::interfaceLanguageCodes().join(QStringLiteral(", "))));
        return false;
    }
    // A terminal program follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG), not the desktop app's saved menu choice.
    ui::installTranslations(requested.isEmpty() ? ui::systemLanguage()
                                                : *ui::matchInterfaceLanguage(requested));
    return true;
}

}  // namespace hyperlab::cli
