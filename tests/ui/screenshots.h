#pragma once

#include <QDir>
#include <QString>
#include <QWidget>
#include <QtTest>

/// Screenshots for people to open and read (not compared): saved to
/// $HYPERLAB_SCREENSHOT_DIR when it is set, else not taken.
inline void shootScreen(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("HYPERLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

/// The rows of a data-driven test run once per interface language.
inline void addLanguageRows() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}
