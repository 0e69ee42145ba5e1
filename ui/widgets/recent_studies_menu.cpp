#include "widgets/recent_studies_menu.h"

#include <QFileInfo>
#include <QSettings>

namespace hyperlab::ui {

namespace {
const QString kKey = QStringLiteral("recentStudies");
}

RecentStudiesMenu::RecentStudiesMenu(const QString& title, QWidget* parent) : QMenu(title, parent) {
    setToolTipsVisible(true);
    rebuild();
}

void RecentStudiesMenu::add(const QString& directory) {
    QSettings settings;
    QStringList recent = settings.value(kKey).toStringList();
    recent.removeAll(directory);
    recent.prepend(directory);
    while (recent.size() > kMaxEntries)
        recent.removeLast();
    settings.setValue(kKey, recent);
    rebuild();
}

QStringList RecentStudiesMenu::entries() {
    return QSettings().value(kKey).toStringList();
}

void RecentStudiesMenu::rebuild() {
    clear();
    const QStringList recent = entries();
    for (const QString& dir : recent) {
        QAction* action = addAction(QFileInfo(dir).fileName());
        action->setToolTip(dir);
        connect(action, &QAction::triggered, this, [this, dir] { Q_EMIT openRequested(dir); });
    }
    setEnabled(!recent.isEmpty());
}

}  // namespace hyperlab::ui
