#include "panels/gallery_canvas.h"

#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

#include "charts/boundary_image.h"
#include "charts/image_predictions_painter.h"
#include "i18n/core_message.h"
#include "models/boundary_store.h"
#include "models/leaderboard_model.h"
#include "models/trial_labels.h"
#include "panels/gallery_panel.h"

namespace hyperlab::ui {

GalleryCanvas::GalleryCanvas(GalleryPanel* panel) : QWidget(panel), m_panel(panel) {
    setMouseTracking(false);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

int GalleryCanvas::cellWidth() const {
    return m_panel->m_layout.maxTrialsPerCell() * (tileSize().width() + kGap / 2) + kGap;
}

void GalleryCanvas::updateGeometry() {
    const GalleryLayout& layout = m_panel->m_layout;
    const int rowHeader = layout.rowParameter().empty() ? kGap : kRowHeader;
    m_size = QSize(rowHeader + layout.columnCount() * cellWidth() + kGap,
                   kHeader + layout.rowCount() * (tileSize().height() + kCaption + kGap) + kGap);
    setMinimumSize(m_size);
    resize(m_size);
    update();
}

QRect GalleryCanvas::tileRect(int trial) const {
    const GalleryLayout& layout = m_panel->m_layout;
    const auto [column, row] = layout.cellOf(trial);
    if (column < 0)
        return {};
    const std::vector<int> mates = layout.trialsAt(column, row);
    const int slot = int(std::find(mates.begin(), mates.end(), trial) - mates.begin());
    const int rowHeader = layout.rowParameter().empty() ? kGap : kRowHeader;
    const QSize size = tileSize();
    return QRect(rowHeader + column * cellWidth() + kGap / 2 + slot * (size.width() + kGap / 2),
                 kHeader + row * (size.height() + kCaption + kGap), size.width(),
                 size.height() + kCaption);
}

QImage GalleryCanvas::tileImage(int trial) {
    const auto snapshot = m_panel->m_store->snapshot(trial);
    if (!snapshot) {
        m_images.erase(trial);
        return {};
    }
    auto& [shown, image] = m_images[trial];
    if (shown != snapshot) {
        shown = snapshot;
        image = boundaryImage(*snapshot);
    }
    return image;
}

void GalleryCanvas::setImageTiles(bool images) {
    if (images == m_imageTiles)
        return;
    m_imageTiles = images;
    updateGeometry();
}

QSize GalleryCanvas::tileSize() const {
    return m_imageTiles ? ImagePredictionsPainter::kSize.toSize() : QSize(kTile, kTile);
}

QImage GalleryCanvas::predictionsImage(int trial) {
    const auto predictions = m_panel->m_store->imagePredictions(trial);
    if (!predictions) {
        m_predictionImages.erase(trial);
        return {};
    }
    auto& [shown, image] = m_predictionImages[trial];
    if (shown != predictions) {
        // Drawn once per new snapshot, at the screen's pixel density: a
        // scrubber frame then only blits it.
        shown = predictions;
        const qreal ratio = devicePixelRatioF();
        image = QImage(tileSize() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        ImagePredictionsPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(tileSize())),
                                       *predictions, palette(), font());
    }
    return image;
}

void GalleryCanvas::setSelected(const QSet<int>& trials) {
    m_selected = trials;
    update();
}

void GalleryCanvas::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const GalleryLayout& layout = m_panel->m_layout;
    const QPalette& pal = palette();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const int rowHeader = layout.rowParameter().empty() ? kGap : kRowHeader;
    // Axis labels.
    painter.setPen(pal.color(QPalette::Text));
    // Each label names its parameter ("lr = 0.01"), so the grid reads alone.
    const auto named = [](const std::string& path, const QString& value, const QString& separator) {
        return path.empty() || value.isEmpty() ? value : shortParamName(path) + separator + value;
    };
    for (int c = 0; c < layout.columnLabels().size(); ++c)
        painter.drawText(
            QRect(rowHeader + c * cellWidth(), 0, cellWidth(), kHeader), Qt::AlignCenter,
            metrics.elidedText(
                named(layout.columnParameter(), layout.columnLabels()[c], QStringLiteral(" = ")),
                Qt::ElideRight, cellWidth()));
    for (int r = 0; r < layout.rowLabels().size(); ++r)
        painter.drawText(
            QRect(2, kHeader + r * (tileSize().height() + kCaption + kGap), rowHeader - 6,
                  tileSize().height()),
            Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
            named(layout.rowParameter(), layout.rowLabels()[r], QStringLiteral("\n= ")));
    std::vector<std::string> paths;
    for (const std::string& p : {layout.columnParameter(), layout.rowParameter()})
        if (!p.empty())
            paths.push_back(p);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_smooth);
    for (const auto& [number, trial] : m_panel->m_trials) {
        const QRect tile = tileRect(number);
        if (tile.isEmpty() || !event->rect().intersects(tile))
            continue;
        const QRect heat(tile.topLeft(), tileSize());
        const auto predictions =
            m_imageTiles ? m_panel->m_store->imagePredictions(number) : nullptr;
        const QImage image = m_imageTiles ? predictionsImage(number) : tileImage(number);
        if (predictions && painter.paintEngine()->type() == QPaintEngine::SVG) {
            // An exported drawing stays vector.
            painter.fillRect(heat, pal.color(QPalette::Base));
            ImagePredictionsPainter::paint(painter, heat, *predictions, pal, font());
            painter.setFont(small);
        } else if (!image.isNull()) {
            painter.drawImage(heat, image);
        } else {
            painter.fillRect(heat, pal.color(QPalette::AlternateBase));
            const bool failed = trial->state == TrialState::Failed;
            painter.setPen(failed ? QColor(0xc0, 0x20, 0x20)
                                  : pal.color(QPalette::PlaceholderText));
            QString text;
            if (failed)
                text = tr("Failed: %1").arg(translateReason(trial->reasonProblem, trial->reason));
            else if (trial->state == TrialState::Queued || trial->state == TrialState::Running)
                text = tr("waiting for the first epoch");
            else if (trial->state == TrialState::Pruned)
                text = tr("pruned");
            else if (m_imageTiles)
                text = tr("no predictions (recorded while the study runs)");
            else
                text = tr("no boundary (2-D datasets only, recorded while the study runs)");
            painter.drawText(heat.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, text);
        }
        const bool selected = m_selected.contains(number);
        painter.setPen(selected ? QPen(pal.color(QPalette::Highlight), 3)
                                : QPen(pal.color(QPalette::Mid), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(heat.adjusted(0, 0, -1, -1));
        // Caption: number and values, then the objective.
        painter.setPen(pal.color(QPalette::Text));
        const QString values = trialLegendLabel(number, trial->params, paths);
        const QString first =
            paths.empty() ? values : QStringLiteral("#%1 %2").arg(number).arg(values);
        const QString objective =
            std::isfinite(trial->value)
                ? QStringLiteral("%1 %2")
                      .arg(QString::fromStdString(m_panel->m_objective.metric))
                      .arg(trial->value, 0, 'f', 4)
                : LeaderboardModel::stateText(trial->state);
        const int width = heat.width();
        painter.drawText(QRect(tile.left(), heat.bottom() + 2, width, kCaption / 2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(first, Qt::ElideRight, width));
        painter.drawText(QRect(tile.left(), heat.bottom() + 2 + kCaption / 2, width, kCaption / 2),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(objective, Qt::ElideRight, width));
    }
}

void GalleryCanvas::mousePressEvent(QMouseEvent* event) {
    for (const auto& [number, trial] : m_panel->m_trials)
        if (tileRect(number).contains(event->position().toPoint())) {
            Q_EMIT clicked(number);
            return;
        }
    QWidget::mousePressEvent(event);
}

}  // namespace hyperlab::ui
