#pragma once

#include <QList>
#include <QWidget>

#include "help/guide_pages.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace hyperlab::ui {

/// The guide tab of the help window: the page titles on the left, the page
/// on the right, Back and Next below it.
class GuideView : public QWidget {
    Q_OBJECT

public:
    explicit GuideView(QWidget* parent = nullptr);

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; }
    QString pageTitle(int page) const;
    /// The page on screen as plain text (tests).
    QString currentText() const;

public Q_SLOTS:
    void setPage(int page);
    void next();
    void back();

private:
    QList<GuidePage> m_pages;
    int m_current = -1;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_browser = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_position = nullptr;
};

}  // namespace hyperlab::ui
