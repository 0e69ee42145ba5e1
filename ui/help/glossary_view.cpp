#include "help/glossary_view.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "help/hyperparameter_pitfalls.h"
#include "help/list_beside_page.h"
#include "help/readable_text_browser.h"
#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

namespace {

constexpr int kSearchTextRole = Qt::UserRole + 1;

QString paragraph(const QString& text) {
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

}  // namespace

GlossaryView::GlossaryView(QWidget* parent) : QWidget(parent) {
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setPlaceholderText(tr("Filter, e.g. learning"));
    m_filter->setClearButtonEnabled(true);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("glossaryEntries"));
    // Sections as in the panels, each under a heading that is not an entry.
    const auto sectionOf = [](const QString& path) {
        if (path.startsWith(QLatin1String("dataset.")))
            return tr("Dataset");
        if (path.startsWith(QLatin1String("model.")))
            return tr("Model");
        if (path.startsWith(QLatin1String("training.lr_schedule.")))
            return tr("Learning-rate schedule");
        return tr("Training");
    };
    QString section;
    for (const QString& path : HyperparameterHelp::paths()) {
        if (sectionOf(path) != section) {
            section = sectionOf(path);
            auto* heading = new QListWidgetItem(section, m_list);
            heading->setFlags(Qt::NoItemFlags);
            heading->setForeground(palette().text());
            QFont font = heading->font();
            font.setPointSizeF(font.pointSizeF() * 1.1);
            font.setBold(true);
            heading->setFont(font);
        }
        auto* item =
            new QListWidgetItem(QStringLiteral("  ") + HyperparameterHelp::label(path), m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        const HyperparameterPitfalls::Texts pitfalls = HyperparameterPitfalls::of(path);
        if (!pitfalls.isEmpty()) {  // the main hyperparameters stand out
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        item->setData(kSearchTextRole,
                      QStringList{HyperparameterHelp::label(path), path,
                                  HyperparameterHelp::tooltip(path), pitfalls.high.heading,
                                  pitfalls.high.text, pitfalls.low.heading, pitfalls.low.text}
                          .join(QLatin1Char('\n')));
    }

    m_browser = new ReadableTextBrowser;
    m_browser->setObjectName(QStringLiteral("glossaryBrowser"));

    auto* left = new QWidget;
    auto* column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_filter);
    column->addWidget(m_list, 1);

    setListBesidePage(this, left, m_browser, 220);

    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryView::setFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &GlossaryView::showCurrent);
    showEntry(HyperparameterHelp::paths().value(0));
}

QString GlossaryView::entryHtml(const QString& path) {
    QString html = QStringLiteral("<h2>%1</h2><p><code>%2</code></p>")
                       .arg(HyperparameterHelp::label(path).toHtmlEscaped(), path.toHtmlEscaped());
    html += paragraph(HyperparameterHelp::tooltip(path));
    const HyperparameterPitfalls::Texts pitfalls = HyperparameterPitfalls::of(path);
    if (!pitfalls.isEmpty()) {
        for (const auto& [arrow, side] : {std::pair{QStringLiteral("▲"), pitfalls.high},
                                          std::pair{QStringLiteral("▼"), pitfalls.low}})
            html += QStringLiteral("<h3>%1 %2</h3>").arg(arrow, side.heading.toHtmlEscaped()) +
                    paragraph(side.text);
    }
    return html;
}

QString GlossaryView::currentPath() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

QStringList GlossaryView::visiblePaths() const {
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString path = m_list->item(row)->data(Qt::UserRole).toString();
        if (!path.isEmpty() && !m_list->item(row)->isHidden())
            out << path;
    }
    return out;
}

QString GlossaryView::currentText() const {
    return m_browser->toPlainText();
}

bool GlossaryView::showEntry(const QString& path) {
    const QString generic = HyperparameterHelp::genericPath(path);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(Qt::UserRole).toString() != generic)
            continue;
        if (item->isHidden())
            m_filter->clear();
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item);
        showCurrent();
        return true;
    }
    return false;
}

void GlossaryView::setFilter(const QString& text) {
    if (m_filter->text() != text) {
        m_filter->setText(text);  // comes back here through textChanged
        return;
    }
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* firstVisible = nullptr;
    QListWidgetItem* heading = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(Qt::UserRole).toString().isEmpty()) {
            heading = item;
            heading->setHidden(true);  // until an entry below it matches
            continue;
        }
        const QString haystack = item->data(kSearchTextRole).toString();
        const bool match = std::all_of(words.begin(), words.end(), [&](const QString& word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!match);
        if (match && heading)
            heading->setHidden(false);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    showCurrent();
}

void GlossaryView::showCurrent() {
    const QString path = currentPath();
    m_browser->setHtml(path.isEmpty() ? paragraph(tr("No entry matches the filter."))
                                      : entryHtml(path));
}

}  // namespace hyperlab::ui
