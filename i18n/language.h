#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QCoreApplication;

namespace hyperlab::ui {

/// A language HyperLab's interface is translated into. English is the source
/// language of every string; the others come from translations/*.ts, built
/// into .qm files and embedded as resources under :/i18n.
struct InterfaceLanguage {
    QString code;        ///< "en", "zh_CN"
    QString nativeName;  ///< shown in the Language menu in its own script
};

/// Every language the interface ships, English first.
const std::vector<InterfaceLanguage>& interfaceLanguages();

/// The codes of interfaceLanguages(), for messages ("en, zh_CN").
QStringList interfaceLanguageCodes();

/// Maps a requested locale ("zh_CN", "zh-CN", "zh_CN.UTF-8", "zh", "en_GB")
/// to a shipped language code; nothing when HyperLab has no translation.
std::optional<QString> matchInterfaceLanguage(const QString& requested);

/// The --lang option of both programs, as taken out of an argument list.
struct LanguageOption {
    bool given = false;  ///< --lang or --lang=... appeared
    QString value;       ///< its value; empty when it had none (an error)
};

/// Finds --lang VALUE or --lang=VALUE in `arguments` and removes it, so what
/// remains is the rest of the command line (to parse, or to restart with).
LanguageOption takeLanguageOption(QStringList& arguments);

/// The choice remembered in QSettings: a language code, or empty for
/// "follow the system locale".
QString savedLanguageChoice();
void saveLanguageChoice(const QString& code);

/// The language the system locale asks for (LANGUAGE, LC_ALL, LC_MESSAGES,
/// LANG on Linux), else English.
QString systemLanguage();

/// The language to start with: `override` (from --lang) when given, else the
/// saved choice, else the system's UI languages, else English.
QString startupLanguage(const QString& override = {});

/// Installs HyperLab's translator and Qt's own (qtbase: standard buttons and
/// dialogs) for `code` on the running application (for English only the
/// plural forms). Returns false when HyperLab's catalogue for `code` is missing
/// (a broken build), in which case the interface stays in English.
bool installTranslations(const QString& code);

/// `source` (in `context`) as the catalogue of `code` has it, whatever the
/// running language is: lets a message about switching language also be
/// read by someone who only reads the new one. English returns `source`.
QString translateInto(const QString& code, const char* context, const char* source);

/// The language whose translators are installed ("en" before any).
QString activeLanguage();

}  // namespace hyperlab::ui
