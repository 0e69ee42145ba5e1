#pragma once

#include <QWidget>

class QMenu;
class QTabWidget;

namespace hyperlab::ui {

class GlossaryView;
class GuideView;

/// Help > Guide and Help > Glossary: one non-modal, resizable window with
/// the guide and the glossary as tabs.
class HelpWindow : public QWidget {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    GuideView* guide() const { return m_guide; }
    GlossaryView* glossary() const { return m_glossary; }
    bool isGlossaryShown() const;

    /// Adds Guide (F1 when no field is under the cursor or focused) and
    /// Glossary to `menu`, and F1 context help to `window`: F1 over a field
    /// (or in a field the user moved into) opens its glossary entry, else
    /// the guide's first page. The help window is made on first use, as a
    /// child window of `window`.
    static void install(QMenu* menu, QWidget* window);

public Q_SLOTS:
    void showGuide(int page = 0);
    /// The glossary on `path`'s entry (the first entry when empty or
    /// unknown).
    void showGlossary(const QString& path = {});

private:
    void present();

    QTabWidget* m_tabs = nullptr;
    GuideView* m_guide = nullptr;
    GlossaryView* m_glossary = nullptr;
};

}  // namespace hyperlab::ui
