#pragma once

#include <QDir>
#include <QString>
#include <QWidget>
#include <QtTest>

namespace hyperlab::ui {

/// Saves `widget` as `name` in $HYPERLAB_SCREENSHOT_DIR (screenshots a
/// person opens and reads); does nothing when it is not set.
inline void shoot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

/// The _data() rows of a test run once per interface language.
inline void addLanguageRows() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

}  // namespace hyperlab::ui
