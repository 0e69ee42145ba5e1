#pragma once

#include <QMenu>
#include <QStringList>

namespace hyperlab::ui {

/// File > Recent studies: the last opened or run study directories, newest
/// first, kept in QSettings ("recentStudies"). Choosing one emits
/// openRequested.
class RecentStudiesMenu : public QMenu {
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentStudiesMenu(const QString& title, QWidget* parent = nullptr);

    /// Puts `directory` first (removing older mentions) and rebuilds the menu.
    void add(const QString& directory);
    static QStringList entries();

Q_SIGNALS:
    void openRequested(const QString& directory);

private:
    void rebuild();
};

}  // namespace hyperlab::ui
