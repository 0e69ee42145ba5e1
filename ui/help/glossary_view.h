#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace hyperlab::ui {

/// The glossary tab of the help window: every field HyperparameterHelp
/// knows, in form order, with its label, config path, what it does and its
/// usual range, and for the main hyperparameters what goes wrong when it
/// is too high or too low (HyperparameterPitfalls). The filter box keeps
/// the entries whose label, path or texts contain every word typed.
class GlossaryView : public QWidget {
    Q_OBJECT

public:
    explicit GlossaryView(QWidget* parent = nullptr);

    /// Generic config path of the entry on screen.
    QString currentPath() const;
    /// The paths the filter leaves visible, in list order.
    QStringList visiblePaths() const;
    /// The entry on screen as plain text (tests).
    QString currentText() const;
    /// The full text of an entry as HTML.
    static QString entryHtml(const QString& path);

public Q_SLOTS:
    /// Shows the entry of `path` (list indices allowed), clearing a filter
    /// that hides it. Returns whether the glossary has such an entry.
    bool showEntry(const QString& path);
    void setFilter(const QString& text);

private:
    void showCurrent();

    QLineEdit* m_filter = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_browser = nullptr;
};

}  // namespace hyperlab::ui
