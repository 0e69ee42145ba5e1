#include "i18n/class_name.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace hyperlab::ui {

QString translateClassName(const std::string& name) {
    // The core's names (core/data/fashion_mnist.cpp, data/generators).
    static const std::array<std::pair<const char*, const char*>, 10> kFashion{{
        {"T-shirt/top", QT_TRANSLATE_NOOP("ClassName", "T-shirt/top")},
        {"Trouser", QT_TRANSLATE_NOOP("ClassName", "Trouser")},
        {"Pullover", QT_TRANSLATE_NOOP("ClassName", "Pullover")},
        {"Dress", QT_TRANSLATE_NOOP("ClassName", "Dress")},
        {"Coat", QT_TRANSLATE_NOOP("ClassName", "Coat")},
        {"Sandal", QT_TRANSLATE_NOOP("ClassName", "Sandal")},
        {"Shirt", QT_TRANSLATE_NOOP("ClassName", "Shirt")},
        {"Sneaker", QT_TRANSLATE_NOOP("ClassName", "Sneaker")},
        {"Bag", QT_TRANSLATE_NOOP("ClassName", "Bag")},
        {"Ankle boot", QT_TRANSLATE_NOOP("ClassName", "Ankle boot")},
    }};
    for (const auto& [core, text] : kFashion)
        if (name == core)
            return QCoreApplication::translate("ClassName", text);
    static const QRegularExpression generated(QStringLiteral("^class (\\d+)$"));
    const QString qname = QString::fromStdString(name);
    const QRegularExpressionMatch m = generated.match(qname);
    if (m.hasMatch())
        return QCoreApplication::translate("ClassName", "class %1").arg(m.captured(1));
    return qname;
}

}  // namespace hyperlab::ui
