#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace hyperlab::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
QString g_active = QStringLiteral("en");

}  // namespace

const std::vector<InterfaceLanguage>& interfaceLanguages() {
    // Native names are deliberately not translated: a reader who cannot read
    // the current language must still recognise their own.
    static const std::vector<InterfaceLanguage> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QStringList interfaceLanguageCodes() {
    QStringList codes;
    for (const InterfaceLanguage& l : interfaceLanguages())
        codes << l.code;
    return codes;
}

std::optional<QString> matchInterfaceLanguage(const QString& requested) {
    QString name = requested.trimmed();
    name = name.left(name.indexOf(QLatin1Char('.')) < 0 ? name.size()
                                                        : name.indexOf(QLatin1Char('.')));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (name.isEmpty())
        return std::nullopt;
    for (const InterfaceLanguage& l : interfaceLanguages())
        if (name.compare(l.code, Qt::CaseInsensitive) == 0)
            return l.code;
    // A bare or regional variant: "zh", "zh_Hans_CN", "zh_SG" read Simplified
    // Chinese; "zh_TW"/"zh_HK"/"zh_Hant" are Traditional and get English
    // rather than a script their readers did not ask for.
    const QLocale locale(name);
    if (locale.language() == QLocale::Chinese) {
        if (locale.script() == QLocale::TraditionalChineseScript)
            return std::nullopt;
        return QStringLiteral("zh_CN");
    }
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");
    return std::nullopt;
}

LanguageOption takeLanguageOption(QStringList& arguments) {
    LanguageOption option;
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments[i] == QLatin1String("--lang")) {
            option.given = true;
            option.value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
            arguments.remove(i, qMin<qsizetype>(2, arguments.size() - i));
        } else if (arguments[i].startsWith(QLatin1String("--lang="))) {
            option.given = true;
            option.value = arguments[i].mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return option;
}

QString savedLanguageChoice() {
    const QString saved = QSettings().value(kSettingsKey).toString();
    return matchInterfaceLanguage(saved).value_or(QString());
}

void saveLanguageChoice(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

QString systemLanguage() {
    // uiLanguages() lists the user's preferred languages in order
    // (LANGUAGE, then LC_ALL/LC_MESSAGES/LANG on Linux).
    for (const QString& preferred : QLocale::system().uiLanguages())
        if (auto match = matchInterfaceLanguage(preferred))
            return *match;
    return QStringLiteral("en");
}

QString startupLanguage(const QString& override) {
    if (auto chosen = matchInterfaceLanguage(override))
        return *chosen;
    if (const QString saved = savedLanguageChoice(); !saved.isEmpty())
        return saved;
    return systemLanguage();
}

bool installTranslations(const QString& code) {
    auto* app = QCoreApplication::instance();
    auto* hyperlab = new QTranslator(app);
    if (!hyperlab->load(QStringLiteral(":/i18n/hyperlab_%1.qm").arg(code))) {
        delete hyperlab;
        return false;
    }
    // English too: its catalogue holds the plural forms ("1 trial").
    QCoreApplication::installTranslator(hyperlab);
    if (code == QLatin1String("en")) {
        g_active = code;
        return true;
    }
    // Qt's catalogue (qt6-translations-l10n) translates standard buttons and
    // the file dialog; without it those stay English, nothing else breaks.
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(code));
    g_active = code;
    return true;
}

QString translateInto(const QString& code, const char* context, const char* source) {
    QTranslator translator;
    if (code == QLatin1String("en") ||
        !translator.load(QStringLiteral(":/i18n/hyperlab_%1.qm").arg(code)))
        return QString::fromUtf8(source);
    const QString text = translator.translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QString activeLanguage() {
    return g_active;
}

}  // namespace hyperlab::ui
