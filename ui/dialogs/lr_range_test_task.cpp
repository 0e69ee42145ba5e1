#include "dialogs/lr_range_test_task.h"

#include <chrono>
#include <cmath>

#include "i18n/core_message.h"

namespace hyperlab::ui {

void LrRangeTestTask::start(const RunConfig& config) {
    launch([this, config](std::stop_token stop, const Post& post) {
        try {
            using Clock = std::chrono::steady_clock;
            auto lastPost = Clock::now();
            // The curve so far, posted whole ~20 times a second (a few
            // hundred points at most: cheap to copy).
            std::vector<LrRangePoint> curve;
            const LrRangeTestResult result = runLrRangeTest(
                config, {},
                [&](int done, int total, const LrRangePoint& point) {
                    if (std::isfinite(point.loss))
                        curve.push_back(point);
                    const auto now = Clock::now();
                    if (now - lastPost < std::chrono::milliseconds(50) && done < total)
                        return;
                    lastPost = now;
                    post([this, done, total, curve] { Q_EMIT progress(done, total, curve); });
                },
                stop);
            if (result.cancelled || stop.stop_requested())
                return;
            post([this, result] {
                markDone();
                Q_EMIT finished(result);
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
