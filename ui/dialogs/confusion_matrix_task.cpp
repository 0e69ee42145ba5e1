#include "dialogs/confusion_matrix_task.h"

#include <chrono>

#include "data/dataset_factory.h"
#include "data/split.h"
#include "i18n/class_name.h"
#include "i18n/core_message.h"
#include "io/config_json.h"
#include "train/trainer.h"

namespace hyperlab::ui {

void ConfusionMatrixTask::start(const nlohmann::json& config) {
    launch([this, config](std::stop_token stop, const Post& post) {
        try {
            post([this] { Q_EMIT progress(0.0, tr("Loading the dataset…")); });
            const RunConfig runConfig = runConfigFromJson(config);
            auto data = loadDataset(runConfig.dataset);
            DataSplit split =
                splitDataset(data, runConfig.dataset.testFraction,
                             runConfig.dataset.validationFraction, runConfig.dataset.seed);
            if (stop.stop_requested())
                return;
            Trainer trainer(runConfig, std::move(split));
            const int epochs = std::max(1, runConfig.training.epochs);
            using Clock = std::chrono::steady_clock;
            auto lastPost = Clock::now() - std::chrono::seconds(1);
            TrainingCallbacks callbacks;
            // Batches can come thousands of times a second: post ~20 times a second.
            callbacks.onBatch = [&](const BatchProgress& b) {
                const auto now = Clock::now();
                if (now - lastPost < std::chrono::milliseconds(50) || b.batchesPerEpoch <= 0)
                    return;
                lastPost = now;
                const double fraction =
                    (b.epoch - 1 + double(b.batch) / b.batchesPerEpoch) / epochs;
                const int epoch = b.epoch;
                post([this, fraction, epoch, epochs] {
                    Q_EMIT progress(fraction,
                                    tr("Training epoch %1 of %2…").arg(epoch).arg(epochs));
                });
            };
            callbacks.onEpoch = [&](const EpochMetrics& e) {
                lastPost = Clock::now();
                const double fraction = double(e.epoch) / epochs;
                const int epoch = e.epoch;
                post([this, fraction, epoch, epochs] {
                    Q_EMIT progress(fraction, tr("Trained epoch %1 of %2").arg(epoch).arg(epochs));
                });
            };
            const TrainingResult result = trainer.run(callbacks, stop);
            if (stop.stop_requested() || result.status == RunStatus::Stopped)
                return;
            if (result.status == RunStatus::Failed) {
                const QString why = translateProblem(result.reasonProblem);
                post([this, why] {
                    markDone();
                    Q_EMIT failed(tr("Training failed again: %1").arg(why));
                });
                return;
            }
            const ConfusionMatrix matrix = confusionMatrixOf(trainer, trainer.split().test);
            QStringList names;
            for (const std::string& name : trainer.split().data->classNames)
                names << translateClassName(name);
            const double accuracy =
                result.test.samples > 0 ? result.test.accuracy : matrix.accuracy();
            post([this, matrix, names, accuracy] {
                markDone();
                Q_EMIT finished(matrix, names, accuracy);
            });
        } catch (const std::exception& e) {
            const QString why = translateError(e);
            post([this, why] {
                markDone();
                Q_EMIT failed(why);
            });
        }
    });
}

}  // namespace hyperlab::ui
