#pragma once

#include <QWidget>

#include "study/model/trial.h"

class QLabel;
class QStackedWidget;

namespace hyperlab::ui {

class BoundaryStore;
class BoundaryView;
class ImagePredictionsView;

/// One trial's decision boundary with a caption and an export button: the
/// live view (the selected or running trial) and the trial-details tab. For
/// a trial on images it shows the trial's image predictions instead (the
/// gallery images with predicted classes, the confusion thumbnail). It
/// follows the store: new snapshots of its trial and the scrubber's epoch.
class BoundaryPanel : public QWidget {
    Q_OBJECT
public:
    explicit BoundaryPanel(BoundaryStore* store, QWidget* parent = nullptr);

    void setTrial(const TrialSnapshot& trial);
    int trialNumber() const { return m_trial ? m_trial->number : -1; }
    BoundaryView* view() const { return m_view; }
    ImagePredictionsView* imageView() const { return m_imageView; }
    /// The view shown now: the boundary's or the images'.
    QWidget* currentView() const;

private:
    void refresh();

    BoundaryStore* m_store;
    TrialSnapshot m_trial;
    QLabel* m_caption = nullptr;
    BoundaryView* m_view = nullptr;
    ImagePredictionsView* m_imageView = nullptr;
    QStackedWidget* m_views = nullptr;
    bool m_samplesLoaded = false;  // the trial's samples are on the view
};

}  // namespace hyperlab::ui
