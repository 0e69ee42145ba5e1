#include "nn/schedules/constant_schedule.h"
#include "nn/schedules/cosine_schedule.h"
#include "nn/schedules/exponential_schedule.h"
#include "nn/schedules/lr_schedule.h"
#include "nn/schedules/multi_step_schedule.h"
#include "nn/schedules/one_cycle_schedule.h"
#include "nn/schedules/plateau_schedule.h"
#include "nn/schedules/step_schedule.h"

namespace hyperlab {

namespace {

using ScheduleRegistry = Registry<LrSchedule, const ScheduleSettings&>;

template <typename Schedule>
void addSchedule(ScheduleRegistry& registry, const char* name) {
    registry.add(name, [](const ScheduleSettings& s) { return std::make_unique<Schedule>(s); });
}

ScheduleRegistry buildScheduleRegistry() {
    ScheduleRegistry registry;
    addSchedule<ConstantSchedule>(registry, "constant");
    addSchedule<StepSchedule>(registry, "step");
    addSchedule<MultiStepSchedule>(registry, "multi_step");
    addSchedule<ExponentialSchedule>(registry, "exponential");
    addSchedule<CosineSchedule>(registry, "cosine");
    addSchedule<PlateauSchedule>(registry, "plateau");
    addSchedule<OneCycleSchedule>(registry, "one_cycle");
    return registry;
}

}  // namespace

const Registry<LrSchedule, const ScheduleSettings&>& scheduleRegistry() {
    // Built once (function statics initialise thread-safely), read-only after.
    static const ScheduleRegistry registry = buildScheduleRegistry();
    return registry;
}

}  // namespace hyperlab
