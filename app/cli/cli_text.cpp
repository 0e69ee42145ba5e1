#include "cli_text.h"

#include <iostream>
#include <optional>
#include <vector>

#include "common/errors.h"
#include "i18n/core_message.h"
#include "i18n/language.h"

namespace hyperlab::cli {

namespace {

bool english() {
    return ui::activeLanguage() == QLatin1String("en");
}

}  // namespace

std::string coreMessage(const Problem& problem) {
    return english() ? problemMessage(problem) : utf8(ui::translateProblem(problem));
}

std::string coreMessage(const std::exception& error) {
    return coreMessage(problemOf(error));
}

void printWarning(const std::string& warning) {
    const QString text = english() ? qs(warning) : ui::translateWarning(warning);
    std::cerr << "hyperlab-cli: " << utf8(CliText::tr("warning: %1").arg(text)) << "\n";
}

bool setUpLanguage(std::vector<std::string>& args, std::string& error) {
    QStringList arguments;
    for (const std::string& a : args)
        arguments << QString::fromStdString(a);
    const ui::LanguageOption option = ui::takeLanguageOption(arguments);
    args.clear();
    for (const QString& a : arguments)
        args.push_back(a.toStdString());
    const QString& requested = option.value;
    const bool missingValue = option.given && requested.isEmpty();
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
        error = utf8(
            CliText::tr("--lang: unknown language \"%1\" (allowed: %2)").arg(requested, allowed));
        return false;
    }
    return true;
}

}  // namespace hyperlab::cli
