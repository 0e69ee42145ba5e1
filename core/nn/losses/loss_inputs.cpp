#include "nn/losses/loss_inputs.h"

#include <stdexcept>
#include <string>

namespace hyperlab {

namespace {
std::string shapeText(const Matrix& m) {
    return std::to_string(m.rows()) + "x" + std::to_string(m.cols());
}
}  // namespace

void checkLossInputs(const Matrix& outputs, const Matrix& targets, const char* loss) {
    if (outputs.rows() != targets.rows() || outputs.cols() != targets.cols())
        throw std::invalid_argument(std::string(loss) + ": outputs are " + shapeText(outputs) +
                                    " but targets are " + shapeText(targets));
    if (outputs.size() == 0)
        throw std::invalid_argument(std::string(loss) + ": empty batch");
}

}  // namespace hyperlab
