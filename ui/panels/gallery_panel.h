#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

#include <map>
#include <memory>

#include "models/gallery_layout.h"
#include "study/model/objective.h"
#include "study/model/trial.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace hyperlab::ui {

class BoundaryStore;
class GalleryCanvas;

/// The Gallery: one tile per trial (its decision boundary at the scrubber's
/// epoch, captioned with its values and objective; a failed trial shows why),
/// laid out by GalleryLayout on the two hyperparameters that vary most, with
/// combo boxes to pick other axes, an epoch scrubber (slider + play) that
/// replays every tile and the boundary views in sync, and export. Clicking a
/// tile emits trialClicked; setSelectedTrials highlights tiles.
class GalleryPanel : public QWidget {
    Q_OBJECT
public:
    explicit GalleryPanel(BoundaryStore* store, QWidget* parent = nullptr);

    void setObjective(const Objective& objective);
    /// Replaces every trial (a study started or was opened).
    void setTrials(const std::vector<TrialSnapshot>& trials);
    /// Adds or updates one trial (started, finished).
    void upsertTrial(const TrialSnapshot& trial);
    TrialSnapshot trial(int number) const;

    const GalleryLayout& layout() const { return m_layout; }
    GalleryCanvas* canvas() const { return m_canvas; }
    QSlider* scrubber() const { return m_slider; }
    QComboBox* columnCombo() const { return m_columns; }
    QComboBox* rowCombo() const { return m_rows; }
    /// Where a trial's tile is drawn on the canvas (tests); empty when none.
    QRect tileRect(int trial) const;
    /// The heat map a trial's tile shows now (tests).
    QImage tileImage(int trial) const;
    /// Paints the canvas into an image as a scrubber step repaints it: every
    /// tile (canvas coordinates), or only what the scroll area shows (an
    /// image of that area's size; benchmark, tests).
    QImage renderFrame(bool visibleOnly = false);
    /// While scrubbing (playing, dragging) tiles are scaled without
    /// smoothing, which costs a fraction of a smooth scale per frame.
    void setScrubbing(bool scrubbing);

public Q_SLOTS:
    void setSelectedTrials(const QList<int>& trials);

Q_SIGNALS:
    void trialClicked(int trial);

private:
    void relayout();
    void updateAxisCombos();
    void updateScrubber();
    void step();

    BoundaryStore* m_store;
    GalleryLayout m_layout;
    Objective m_objective;
    std::map<int, TrialSnapshot> m_trials;
    QComboBox* m_columns = nullptr;
    QComboBox* m_rows = nullptr;
    QLabel* m_axesLabel = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_epochLabel = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_live = nullptr;
    QTimer* m_playTimer = nullptr;
    GalleryCanvas* m_canvas = nullptr;
    friend class GalleryCanvas;
};

}  // namespace hyperlab::ui
