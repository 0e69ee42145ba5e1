#pragma once

#include <memory>
#include <string>
#include <vector>

#include "study/model/study_summary.h"
#include "study/model/trial.h"
#include "train/decision_boundary.h"
#include "train/image_predictions.h"
#include "train/training_result.h"

namespace hyperlab {

/// Receives the events of a running study (the GUI adapts them to queued
/// signals; the CLI prints them). Called from worker threads, concurrently
/// for different trials: implementations must be thread-safe and quick.
/// Every trial event of one trial comes from one thread, in order: started,
/// epochs, finished. onTrialFinished is called only after the journal holds
/// the trial's final state, or, when writing it failed, with the trial listed
/// in the summary's unsavedTrials. Exceptions thrown by an observer are
/// swallowed.
class StudyObserver {
public:
    virtual ~StudyObserver() = default;
    virtual void onTrialStarted(const TrialSnapshot& trial) {}
    virtual void onEpoch(int trial, int repeat, const EpochMetrics& metrics) {}
    /// Progress inside an epoch of repeat 0, after every batch: called very
    /// often, so implementations must only buffer (never block or draw).
    virtual void onBatch(int trial, const BatchProgress& progress) {}
    /// The decision boundary at the end of an epoch of repeat 0, for 2-D
    /// classification studies (after that epoch's onEpoch). Shared and
    /// immutable: keep the pointer, never copy the cells.
    virtual void onBoundary(int trial, const std::shared_ptr<const BoundarySnapshot>& snapshot) {}
    /// Boundaries are computed only when an observer asks for them.
    virtual bool wantsBoundaries() const { return false; }
    /// The predictions on the study's gallery images and the validation
    /// confusion matrix at the end of an epoch of repeat 0, for image
    /// classification studies (after that epoch's onEpoch). Shared and
    /// immutable like boundaries.
    virtual void onImagePredictions(int trial,
                                    const std::shared_ptr<const ImagePredictions>& predictions) {}
    /// Image predictions are computed only when an observer asks for them.
    virtual bool wantsImagePredictions() const { return false; }
    virtual void onTrialFinished(const TrialSnapshot& trial) {}
    virtual void onStudyFinished(const StudySummary& summary) {}
};

}  // namespace hyperlab
