#include "cli_output.h"

#include "cli_text.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace hyperlab::cli {

nlohmann::json number(double value) {
    if (!std::isfinite(value))
        return nullptr;
    return value;
}

nlohmann::json epochEvent(const EpochMetrics& m, bool classification) {
    nlohmann::json e = {
        {"event", "epoch"}, {"epoch", m.epoch}, {"train_loss", number(m.trainLoss)}};
    if (classification) {
        e["train_accuracy"] = number(m.trainAccuracy);
        e["train_accuracy_running"] = number(m.trainAccuracyRunning);
        e["val_loss"] = number(m.valLoss);
        e["val_accuracy"] = number(m.valAccuracy);
    } else {
        e["train_r2"] = number(m.trainR2);
        e["train_r2_running"] = number(m.trainR2Running);
        e["val_loss"] = number(m.valLoss);
        e["val_r2"] = number(m.valR2);
        e["val_mae"] = number(m.valMae);
    }
    e["train_loss_running"] = number(m.trainLossRunning);
    e["lr"] = number(m.learningRate);
    e["seconds"] = number(m.seconds);
    return e;
}

nlohmann::json resultEvent(const TrainingResult& r) {
    // A run stopped from outside is reported as failed with its reason: the
    // CLI contract knows completed and failed only.
    const bool completed = r.status == RunStatus::Completed;
    nlohmann::json e = {{"event", "result"}, {"status", completed ? "completed" : "failed"}};
    e["reason"] = r.reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.reason);
    const bool hasTest = r.test.samples > 0;
    e["test_loss"] = hasTest ? number(r.test.loss) : nullptr;
    if (r.classification) {
        e["test_accuracy"] = hasTest ? number(r.test.accuracy) : nullptr;
    } else {
        e["test_r2"] = hasTest ? number(r.test.r2) : nullptr;
        e["test_mae"] = hasTest ? number(r.test.mae) : nullptr;
    }
    e["epochs"] = r.epochsRun;
    e["best_epoch"] = r.bestEpoch;
    e["early_stopped"] = r.earlyStopped;
    e["parameters"] = r.parameterCount;
    e["seconds"] = number(r.seconds);
    return e;
}

namespace {
std::string cell(double value, const char* format) {
    if (!std::isfinite(value))
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}
}  // namespace

void EpochTable::header() {
    if (m_classification)
        m_out << "epoch  train_loss  train_acc  val_loss  val_acc        lr  seconds\n";
    else
        m_out << "epoch  train_loss  train_r2  val_loss    val_r2   val_mae        lr  seconds\n";
}

void EpochTable::row(const EpochMetrics& m) {
    char line[160];
    if (m_classification)
        std::snprintf(line, sizeof line, "%5d  %10s  %9s  %8s  %7s  %8s  %7s\n", m.epoch,
                      cell(m.trainLoss, "%.4f").c_str(), cell(m.trainAccuracy, "%.4f").c_str(),
                      cell(m.valLoss, "%.4f").c_str(), cell(m.valAccuracy, "%.4f").c_str(),
                      cell(m.learningRate, "%.2e").c_str(), cell(m.seconds, "%.2f").c_str());
    else
        std::snprintf(line, sizeof line, "%5d  %10s  %8s  %8s  %8s  %8s  %8s  %7s\n", m.epoch,
                      cell(m.trainLoss, "%.4f").c_str(), cell(m.trainR2, "%.4f").c_str(),
                      cell(m.valLoss, "%.4f").c_str(), cell(m.valR2, "%.4f").c_str(),
                      cell(m.valMae, "%.4f").c_str(), cell(m.learningRate, "%.2e").c_str(),
                      cell(m.seconds, "%.2f").c_str());
    m_out << line << std::flush;
}

void EpochTable::result(const TrainingResult& r) {
    const QString status = r.status == RunStatus::Completed ? CliText::tr("completed")
                           : r.status == RunStatus::Failed  ? CliText::tr("failed")
                                                            : CliText::tr("stopped");
    m_out << "\n" << utf8(CliText::tr("status: %1").arg(status));
    if (!r.reason.empty())
        m_out << " (" << coreMessage(r.reasonProblem) << ")";
    m_out << "\n";
    if (r.test.samples > 0) {
        const QString samples = QString::number(r.test.samples);
        if (m_classification)
            m_out << utf8(CliText::tr("test: loss %1, accuracy %2 on %3 samples")
                              .arg(qs(cell(r.test.loss, "%.4f")), qs(cell(r.test.accuracy, "%.4f")),
                                   samples));
        else
            m_out << utf8(CliText::tr("test: loss %1, R^2 %2, MAE %3 on %4 samples")
                              .arg(qs(cell(r.test.loss, "%.4f")), qs(cell(r.test.r2, "%.4f")),
                                   qs(cell(r.test.mae, "%.4f")), samples));
        m_out << "\n";
    }
    m_out << utf8(CliText::tr("%1 epochs, %2 parameters, %3 s")
                      .arg(QString::number(r.epochsRun), QString::number(r.parameterCount),
                           qs(cell(r.seconds, "%.2f"))))
          << "\n";
}

}  // namespace hyperlab::cli
