#include "help/list_beside_page.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace hyperlab::ui {

void setListBesidePage(QWidget* owner, QWidget* list, QWidget* page, int listWidth) {
    auto* splitter = new QSplitter;
    splitter->addWidget(list);
    splitter->addWidget(page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({listWidth, 3 * listWidth});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(owner);
    layout->addWidget(splitter);
}

}  // namespace hyperlab::ui
