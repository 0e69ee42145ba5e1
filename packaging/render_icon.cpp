// hyperlab_render_icon: renders the SVG application icon into one square PNG
// at build time, so the package ships hicolor PNGs without committing binaries.
// Usage: hyperlab_render_icon INPUT.svg OUTPUT.png SIZE
#include <cstdio>
#include <cstdlib>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s INPUT.svg OUTPUT.png SIZE\n", argv[0]);
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    char* end = nullptr;
    const long size = std::strtol(argv[3], &end, 10);
    if (*end != '\0' || size < 1 || size > 4096) {
        std::fprintf(stderr, "%s: SIZE must be an integer from 1 to 4096, got \"%s\"\n", argv[0],
                     argv[3]);
        return 2;
    }

    // No QGuiApplication: painting paths into a QImage needs none, and this
    // keeps the tool independent of any display or platform plugin.
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "%s: cannot read SVG \"%s\"\n", argv[0], argv[1]);
        return 1;
    }
    const int side = static_cast<int>(size);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, side, side));
    }
    if (!QDir().mkpath(QFileInfo(output).absolutePath()) ||
        !image.convertToFormat(QImage::Format_ARGB32).save(output, "PNG")) {
        std::fprintf(stderr, "%s: cannot write PNG \"%s\"\n", argv[0], argv[2]);
        return 1;
    }
    return 0;
}
