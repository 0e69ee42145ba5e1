#include "i18n/finding_text.h"

#include <QStringList>

#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

QString FindingText::title(FindingCode code) {
    switch (code) {
        case FindingCode::Diverged:
            return tr("Diverged");
        case FindingCode::LossNotDecreasing:
            return tr("Loss not decreasing");
        case FindingCode::OscillatingLoss:
            return tr("Oscillating loss");
        case FindingCode::Overfitting:
            return tr("Overfitting");
        case FindingCode::Underfitting:
            return tr("Underfitting");
        case FindingCode::Plateau:
            return tr("Plateau");
    }
    return QString::fromUtf8(toString(code));
}

QString FindingText::message(const Finding& f) {
    switch (f.code) {
        case FindingCode::Diverged:
            if (!f.nonFinite)
                return tr("The loss blew up in epoch %1 and the model never learned: the learning "
                          "rate is too high. Lower it (try 10x smaller) or clip the gradient.")
                    .arg(f.epoch);
            if (f.batch > 0)
                return tr("The loss became NaN or infinite in epoch %1, batch %2: the learning "
                          "rate "
                          "is too high. Lower it (try 10x smaller) or clip the gradient.")
                    .arg(f.epoch)
                    .arg(f.batch);
            return tr("The validation loss became NaN or infinite after epoch %1: the learning "
                      "rate "
                      "is too high. Lower it (try 10x smaller) or clip the gradient.")
                .arg(f.epoch);
        case FindingCode::LossNotDecreasing:
            return f.bouncing ? tr("The training loss bounces up and down without decreasing: the "
                                   "learning rate is too high. Lower it.")
                              : tr("The training loss hardly decreases: the learning rate is too "
                                   "low. Raise it (try 10x larger).");
        case FindingCode::OscillatingLoss:
            return tr("The training loss oscillates from epoch %1 on: the learning rate is too "
                      "high "
                      "or the batch too small. Lower the learning rate or use larger batches.")
                .arg(f.epoch);
        case FindingCode::Overfitting:
            return tr("The validation loss rises after epoch %1 while the training loss keeps "
                      "falling. Add dropout or weight decay, use early stopping, or train fewer "
                      "epochs.")
                .arg(f.epoch);
        case FindingCode::Underfitting:
            return tr("Training and validation quality stay low and flat from epoch %1 on. Use a "
                      "larger model, more epochs or a higher learning rate.")
                .arg(f.epoch);
        case FindingCode::Plateau:
            return tr("The training loss has stalled since epoch %1 at a constant learning rate: a "
                      "learning-rate schedule that lowers it would help.")
                .arg(f.epoch);
    }
    return QString::fromStdString(describe(f));
}

QString FindingText::hyperparameters(const Finding& f) {
    QStringList labels;
    for (const auto& path : f.hyperparameters)
        labels << HyperparameterHelp::label(QString::fromStdString(path));
    return labels.join(tr(", "));
}

QString FindingText::summary(const std::vector<Finding>& findings) {
    QStringList lines;
    for (const auto& f : findings)
        lines << tr("%1: %2").arg(title(f.code), message(f));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace hyperlab::ui
