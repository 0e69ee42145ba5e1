#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QString>

#include "search/dimension.h"
#include "search/params.h"
#include "search/search_space.h"

namespace hyperlab::ui {

/// How the analysis charts place one searched dimension along an axis:
/// positions in [0, 1] are the search space's unit coordinates
/// (UnitCubeTransform::uniformOf), so a log range is a log axis, an int range
/// gives each integer an equal slice, and a categorical axis gives each
/// choice one slot. A conditional dimension has one more "off" tick below the
/// axis (position kOffPosition) for trials where it was inactive.
class DimensionAxis {
public:
    enum class Scale { Linear, Log, Category };
    static constexpr double kOffPosition = -0.12;

    explicit DimensionAxis(Dimension dimension);

    const Dimension& dimension() const { return m_dimension; }
    QString path() const { return QString::fromStdString(m_dimension.path); }
    /// The hyperparameter's name as the forms show it ("Learning rate").
    QString title() const;
    Scale scale() const { return m_scale; }
    bool hasOffTick() const { return m_dimension.isConditional(); }
    /// Tick positions in [0, 1] with their labels: decades on a log axis,
    /// about five round numbers on a linear one, every choice (layer lists
    /// by their text, "[128, 64]") on a categorical one.
    const std::vector<std::pair<double, QString>>& ticks() const { return m_ticks; }

    /// Where a trial's value lies; nullopt when the dimension was inactive
    /// in that trial (drawn on the "off" tick).
    std::optional<double> position(const Params& params) const;
    /// The value at a position, as text (brush labels, hover).
    QString valueText(double position) const;
    /// A value as the axis labels it.
    static QString choiceText(const nlohmann::json& value);

private:
    Dimension m_dimension;
    Scale m_scale = Scale::Linear;
    std::vector<std::pair<double, QString>> m_ticks;
};

/// The varying dimensions of a space, in space order, as axes.
std::vector<DimensionAxis> dimensionAxes(const SearchSpace& space);

/// Round tick values for a linear range [low, high] (about `count`).
std::vector<double> niceTicks(double low, double high, int count = 5);
/// A number short enough for a tick label ("0.001", "1e-05", "128").
QString tickText(double value);

}  // namespace hyperlab::ui
