#pragma once

#include <QMenu>

class QActionGroup;

namespace hyperlab::ui {

/// View > Language: "System default" and every shipped language, under
/// their own names. The choice is remembered in QSettings (see
/// i18n/language.h) and takes effect the next time HyperLab starts; the
/// menu says so and MainWindow offers to restart at once.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    /// Checks the entry of the remembered choice (empty = system default).
    void showChoice(const QString& code);

Q_SIGNALS:
    /// A language was chosen and saved; `code` is empty for the system
    /// default. `effective` is the language HyperLab will start in.
    void languageChosen(const QString& code, const QString& effective);

private:
    QActionGroup* m_group;
};

}  // namespace hyperlab::ui
