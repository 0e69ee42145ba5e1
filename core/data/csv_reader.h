#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "data/dataset.h"

namespace hyperlab {

/// How loadCsvDataset reads a table.
struct CsvOptions {
    /// Label column: a header name, or a 0-based column index when no header
    /// has that name; empty = the last column.
    std::string labelColumn;
    /// auto, classification or regression (see loadCsvDataset).
    std::string task = "auto";
    /// Keep only the first `limit` data rows (0 = all).
    std::ptrdiff_t limit = 0;
};

/// Reads a CSV table with a header row into a Dataset.
///
/// Format: the first non-blank line is the header; blank lines are skipped;
/// the separator is ',' unless the header contains more ';' or tab
/// characters (then that one); cells may be double-quoted ("a,b", "" for a
/// quote); surrounding spaces are trimmed; numbers use '.' as decimal point
/// whatever the locale. Every column but the label column is a numeric
/// feature.
///
/// Task rule for task = auto: classification when some label is not a
/// number, or when all labels are integers with at most 20 distinct values
/// and no more distinct values than half the rows; regression otherwise
/// (e.g. fractional labels, or integer labels that are almost all different).
/// "classification" or "regression" forces the task (regression then needs
/// numeric labels).
///
/// Classes are the distinct labels in sorted order: numerically for numeric
/// labels (class names "1", "2", "10"), else as strings. Regression targets
/// are the raw label values (1 x N).
///
/// Features are standardised to zero mean and unit variance per column over
/// all rows (the Dataset is immutable and shared by every split, so the
/// statistics include rows that later become validation or test samples);
/// constant columns become 0. featureNames are the feature headers.
///
/// Errors are InputErrors on dataset.path naming "file:line" for ragged rows
/// and non-numeric or empty cells (with the column name) and reporting an
/// empty file or a file without data rows; on dataset.labelColumn listing
/// the headers when the label column does not exist; on dataset.csvTask for
/// an unknown task.
std::shared_ptr<const Dataset> loadCsvDataset(const std::string& path,
                                              const CsvOptions& options = {});

}  // namespace hyperlab
