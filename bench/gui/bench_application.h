#pragma once

#include <QApplication>
#include <QSettings>
#include <QString>

#include "dialogs/message_boxes.h"

namespace hyperlab::bench {

/// Sets the offscreen platform unless QT_QPA_PLATFORM names one; a base of
/// BenchApplication so it runs before QApplication reads the variable.
struct OffscreenUnlessSet {
    OffscreenUnlessSet() {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
};

/// The application of a GUI benchmark: offscreen unless told otherwise,
/// settings of its own, cleared (a developer's saved layout must not change
/// the figures), and no message boxes (a benchmark never waits for a click).
class BenchApplication : private OffscreenUnlessSet, public QApplication {
public:
    BenchApplication(int& argc, char** argv, const QString& name) : QApplication(argc, argv) {
        QCoreApplication::setOrganizationName(QStringLiteral("HyperLabBench"));
        QCoreApplication::setApplicationName(name);
        QSettings().clear();
        ui::setMessageBoxesEnabled(false);
    }
};

}  // namespace hyperlab::bench
