#include "help/guide_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "help/list_beside_page.h"
#include "help/readable_text_browser.h"

namespace hyperlab::ui {

GuideView::GuideView(QWidget* parent) : QWidget(parent), m_pages(GuidePages::all()) {
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("guidePages"));
    for (const GuidePage& page : m_pages)
        m_list->addItem(page.title);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);

    m_browser = new ReadableTextBrowser;
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(false);

    m_back = new QPushButton(tr("< &Back"));
    m_next = new QPushButton(tr("&Next >"));
    m_position = new QLabel;
    m_position->setAlignment(Qt::AlignCenter);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_position);
    buttons->addStretch(1);
    buttons->addWidget(m_next);

    auto* right = new QWidget;
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_browser, 1);
    column->addLayout(buttons);

    setListBesidePage(this, m_list, right, 170);

    connect(m_list, &QListWidget::currentRowChanged, this, &GuideView::setPage);
    connect(m_back, &QPushButton::clicked, this, &GuideView::back);
    connect(m_next, &QPushButton::clicked, this, &GuideView::next);
    setPage(0);
}

QString GuideView::pageTitle(int page) const {
    return page >= 0 && page < pageCount() ? m_pages[page].title : QString();
}

QString GuideView::currentText() const {
    return m_browser->toPlainText();
}

void GuideView::setPage(int page) {
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_current)
        return;
    m_current = page;
    m_browser->setHtml(m_pages[page].html);
    m_list->setCurrentRow(page);
    m_back->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount());
    m_position->setText(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
}

void GuideView::next() {
    setPage(m_current + 1);
}

void GuideView::back() {
    setPage(m_current - 1);
}

}  // namespace hyperlab::ui
