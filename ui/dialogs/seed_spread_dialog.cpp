#include "dialogs/seed_spread_dialog.h"

#include <algorithm>
#include <cmath>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "charts/seed_band_chart.h"
#include "dialogs/background_task.h"
#include "i18n/core_message.h"

namespace hyperlab::ui {

namespace {

/// The dialog's worker: BackgroundTask's launch, open to the dialog.
class SeedSpreadTask : public BackgroundTask {
public:
    using BackgroundTask::BackgroundTask;
    using BackgroundTask::launch;
    using BackgroundTask::markDone;
    using BackgroundTask::Post;
};

}  // namespace

SeedSpreadDialog::SeedSpreadDialog(const RunConfig& config, int seeds, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("How much does the seed matter?"));
    auto* intro = new QLabel(
        tr("Trains this config %1 times with training seeds %2 to %3: only the initial "
           "weights, the shuffling and dropout differ. The band is the min..max over the "
           "seeds.")
            .arg(seeds)
            .arg(config.training.seed)
            .arg(config.training.seed + std::uint64_t(seeds - 1)));
    intro->setWordWrap(true);
    m_chart = new SeedBandChart(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, seeds);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("seedSpreadStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stopButton = new QPushButton(tr("Stop"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stopButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_chart, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stopButton, &QPushButton::clicked, this, &SeedSpreadDialog::stop);
    resize(760, 560);

    auto* task = new SeedSpreadTask(this);
    m_task = task;
    connect(task, &BackgroundTask::cancelled, this, [this] {
        m_stopButton->setEnabled(false);
        m_status->setText(tr("Stopped."));
    });
    m_status->setText(tr("Training seed 1 of %1…").arg(seeds));
    task->launch(
        [this, task, config, seeds](std::stop_token stop, const SeedSpreadTask::Post& post) {
            try {
                SeedSpreadResult r = runSeedSpread(
                    config, seeds,
                    [&](int done, int total) {
                        post([this, done, total] {
                            m_progress->setValue(done);
                            if (done < total)
                                m_status->setText(
                                    tr("Training seed %1 of %2…").arg(done + 1).arg(total));
                        });
                    },
                    stop);
                if (r.cancelled)
                    return;
                post([this, task, r] {
                    task->markDone();
                    showResult(r);
                });
            } catch (const std::exception& e) {
                const QString why = translateError(e);
                post([this, task, why] {
                    task->markDone();
                    m_stopButton->setEnabled(false);
                    m_status->setText(why);
                });
            }
        });
}

SeedSpreadDialog::~SeedSpreadDialog() = default;

int SeedSpreadDialog::askSeedCount(QWidget* parent) {
    bool ok = false;
    const int k =
        QInputDialog::getInt(parent, tr("How much does the seed matter?"),
                             tr("Train the config with this many seeds:"), 5, 2, 20, 1, &ok);
    return ok ? k : 0;
}

void SeedSpreadDialog::stop() {
    m_task->cancel();
}

bool SeedSpreadDialog::isRunning() const {
    return m_task->isRunning();
}

void SeedSpreadDialog::showResult(const SeedSpreadResult& r) {
    m_result = r;
    m_stopButton->setEnabled(false);
    m_progress->setValue(m_progress->maximum());
    m_chart->setBand(r.valQuality, int(r.seeds.size()), r.classification);
    if (r.finalQuality.size() < 2) {
        m_status->setText(tr("Fewer than two runs completed: no spread to show."));
        return;
    }
    const auto [lo, hi] = std::minmax_element(r.finalQuality.begin(), r.finalQuality.end());
    m_status->setText((r.classification
                           ? tr("Final validation accuracy: %1 ± %2 over %3 seeds (min %4, max "
                                "%5; ± is one standard deviation).")
                           : tr("Final validation R²: %1 ± %2 over %3 seeds (min %4, max %5; ± is "
                                "one standard deviation)."))
                          .arg(r.finalMean, 0, 'f', 4)
                          .arg(r.finalStdDev, 0, 'f', 4)
                          .arg(qsizetype(r.finalQuality.size()))
                          .arg(*lo, 0, 'f', 4)
                          .arg(*hi, 0, 'f', 4));
}

}  // namespace hyperlab::ui
