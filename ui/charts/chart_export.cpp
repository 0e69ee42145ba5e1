#include "charts/chart_export.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

namespace hyperlab::ui {

bool exportWidgetImage(QWidget* widget, const QString& path, QString* error) {
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!widget)
        return fail(QCoreApplication::translate("hyperlab::ui::ChartExport", "Nothing to export."));
    // A widget in a hidden tab still has its initial, tiny size: give it a
    // size that reads well (render() delivers the pending resize).
    const QSize size =
        widget->size().expandedTo(widget->isVisible() ? QSize(320, 200) : QSize(900, 560));
    if (widget->size() != size)
        widget->resize(size);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(widget->windowTitle().isEmpty() ? QStringLiteral("HyperLab chart")
                                                           : widget->windowTitle());
        generator.setDescription(QStringLiteral("Exported from HyperLab"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(QCoreApplication::translate("hyperlab::ui::ChartExport", "Cannot write %1.")
                            .arg(path));
        widget->render(&painter);
        painter.end();
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return fail(QCoreApplication::translate("hyperlab::ui::ChartExport", "Cannot write %1.")
                            .arg(path));
        return true;
    }
    // Twice the on-screen size: sharp in slides and reports.
    constexpr qreal scale = 2.0;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        widget->render(&painter);
    }
    if (!image.save(path, "PNG"))
        return fail(
            QCoreApplication::translate("hyperlab::ui::ChartExport", "Cannot write %1.").arg(path));
    return true;
}

QString askImageExportPath(QWidget* dialogParent, const QString& suggestedName) {
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("export/chartDirectory"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QString pngFilter =
        QCoreApplication::translate("hyperlab::ui::ChartExport", "PNG image (*.png)");
    const QString svgFilter =
        QCoreApplication::translate("hyperlab::ui::ChartExport", "SVG vector image (*.svg)");
    QString selected = pngFilter;
    QString path = QFileDialog::getSaveFileName(
        dialogParent, QCoreApplication::translate("hyperlab::ui::ChartExport", "Export chart"),
        dir + QLatin1Char('/') + suggestedName + ".png",
        pngFilter + QStringLiteral(";;") + svgFilter, &selected);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += selected == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
    settings.setValue(QStringLiteral("export/chartDirectory"), QFileInfo(path).absolutePath());
    return path;
}

QString exportWidgetImageInteractive(QWidget* widget, QWidget* dialogParent,
                                     const QString& suggestedName) {
    const QString path = askImageExportPath(dialogParent, suggestedName);
    if (path.isEmpty())
        return {};
    QString error;
    if (!exportWidgetImage(widget, path, &error)) {
        QMessageBox::warning(
            dialogParent, QCoreApplication::translate("hyperlab::ui::ChartExport", "Export chart"),
            error);
        return {};
    }
    return path;
}

}  // namespace hyperlab::ui
