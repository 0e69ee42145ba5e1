#pragma once

#include <string>

#include "data/dataset.h"
#include "study/model/study_definition.h"

namespace hyperlab {

/// A digest of a dataset's samples (inputs, labels or targets, shape, task),
/// "samples:N fnv1a64:HEX": two machines training on equal data get the
/// same string, a different file or version of it another.
std::string datasetFingerprint(const Dataset& data);

/// The fingerprint of the dataset a study's base config trains on (loaded
/// here, so it checks that this machine has it); "function" for a function
/// objective, which has no data. Workers compare it with the study's.
std::string studyDatasetFingerprint(const StudyDefinition& definition);

}  // namespace hyperlab
