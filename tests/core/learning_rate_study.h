#pragma once

#include <atomic>

#include <nlohmann/json.hpp>

#include "study/execution/boundary_recorder.h"
#include "study/execution/study_runner.h"
#include "study/model/study.h"

#include "study/model/study_definition.h"

namespace hyperlab {

/// A small study of `base` that samples `trials` learning rates (log scale,
/// 1e-3..0.1) at random with seed 1 on two workers, ranked by validation
/// accuracy: the shape the recorder tests run their snapshots through.
inline StudyDefinition learningRateStudy(const nlohmann::json& base, int trials) {
    return StudyDefinition::fromJson(
        {{"base", base},
         {"space",
          {{"training.learning_rate",
            {{"type", "float"}, {"low", 1e-3}, {"high", 0.1}, {"log", true}}}}},
         {"strategy", {{"type", "random"}, {"trials", trials}, {"seed", 1}}},
         {"objective", {{"metric", "val_accuracy"}}},
         {"workers", 2}});
}

/// Runs learningRateStudy(base, 3) to the end with `recorder` attached and
/// returns how often its notifier was called.
inline int recordLearningRateStudy(const nlohmann::json& base, BoundaryRecorder& recorder) {
    Study study(learningRateStudy(base, 3));
    std::atomic<int> notified{0};
    recorder.setNotifier([&] { ++notified; });
    StudyRunner runner(study);
    runner.addObserver(&recorder);
    runner.run();
    recorder.setNotifier({});
    return notified;
}

}  // namespace hyperlab
