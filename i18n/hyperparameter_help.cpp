#include "i18n/hyperparameter_help.h"

#include <QRegularExpression>

namespace hyperlab::ui {

QString HyperparameterHelp::genericPath(const QString& path) {
    static const QRegularExpression index(QStringLiteral("\\.\\d+(?=\\.|$)"));
    QString out = path;
    out.replace(index, QStringLiteral(".*"));
    return out;
}

QStringList HyperparameterHelp::paths() {
    return {
        QStringLiteral("dataset.name"),
        QStringLiteral("dataset.samples"),
        QStringLiteral("dataset.noise"),
        QStringLiteral("dataset.seed"),
        QStringLiteral("dataset.test_fraction"),
        QStringLiteral("dataset.validation_fraction"),
        QStringLiteral("dataset.limit"),
        QStringLiteral("model.hidden_layers"),
        QStringLiteral("model.hidden_layers.*"),
        QStringLiteral("model.conv_layers"),
        QStringLiteral("model.conv_layers.*.filters"),
        QStringLiteral("model.conv_layers.*.kernel_size"),
        QStringLiteral("model.conv_layers.*.stride"),
        QStringLiteral("model.conv_layers.*.padding"),
        QStringLiteral("model.conv_layers.*.pool"),
        QStringLiteral("model.conv_layers.*.pool_size"),
        QStringLiteral("model.conv_layers.*.pool_stride"),
        QStringLiteral("model.activation"),
        QStringLiteral("model.activation_parameter"),
        QStringLiteral("model.dropout"),
        QStringLiteral("model.init"),
        QStringLiteral("model.init_scale"),
        QStringLiteral("model.batch_norm"),
        QStringLiteral("training.loss"),
        QStringLiteral("training.huber_delta"),
        QStringLiteral("training.optimizer"),
        QStringLiteral("training.learning_rate"),
        QStringLiteral("training.momentum"),
        QStringLiteral("training.nesterov"),
        QStringLiteral("training.beta1"),
        QStringLiteral("training.beta2"),
        QStringLiteral("training.epsilon"),
        QStringLiteral("training.rho"),
        QStringLiteral("training.weight_decay"),
        QStringLiteral("training.gradient_clip"),
        QStringLiteral("training.epochs"),
        QStringLiteral("training.batch_size"),
        QStringLiteral("training.seed"),
        QStringLiteral("training.early_stopping.patience"),
        QStringLiteral("training.early_stopping.min_delta"),
        QStringLiteral("training.early_stopping.monitor"),
        QStringLiteral("training.lr_schedule.type"),
        QStringLiteral("training.lr_schedule.step_size"),
        QStringLiteral("training.lr_schedule.gamma"),
        QStringLiteral("training.lr_schedule.milestones"),
        QStringLiteral("training.lr_schedule.min_lr"),
        QStringLiteral("training.lr_schedule.warmup_epochs"),
        QStringLiteral("training.lr_schedule.factor"),
        QStringLiteral("training.lr_schedule.patience"),
        QStringLiteral("training.lr_schedule.max_lr"),
        QStringLiteral("training.lr_schedule.pct_start"),
    };
}

QString HyperparameterHelp::label(const QString& path) {
    const QString p = genericPath(path);
    // The hidden layer list is searched as one value; its items are labelled
    // by index.
    if (p == QLatin1String("dataset.name"))
        return tr("Dataset");
    if (p == QLatin1String("dataset.samples"))
        return tr("Samples");
    if (p == QLatin1String("dataset.noise"))
        return tr("Noise");
    if (p == QLatin1String("dataset.seed"))
        return tr("Data seed");
    if (p == QLatin1String("dataset.test_fraction"))
        return tr("Test fraction");
    if (p == QLatin1String("dataset.validation_fraction"))
        return tr("Validation fraction");
    if (p == QLatin1String("dataset.limit"))
        return tr("Sample limit");
    if (p == QLatin1String("model.hidden_layers"))
        return tr("Hidden layers");
    if (p == QLatin1String("model.hidden_layers.*"))
        return tr("Neurons");
    if (p == QLatin1String("model.conv_layers"))
        return tr("Conv layers");
    if (p == QLatin1String("model.conv_layers.*.filters"))
        return tr("Filters");
    if (p == QLatin1String("model.conv_layers.*.kernel_size"))
        return tr("Kernel size");
    if (p == QLatin1String("model.conv_layers.*.stride"))
        return tr("Stride");
    if (p == QLatin1String("model.conv_layers.*.padding"))
        return tr("Padding");
    if (p == QLatin1String("model.conv_layers.*.pool"))
        return tr("Pooling");
    if (p == QLatin1String("model.conv_layers.*.pool_size"))
        return tr("Pool size");
    if (p == QLatin1String("model.conv_layers.*.pool_stride"))
        return tr("Pool stride");
    if (p == QLatin1String("model.activation"))
        return tr("Activation");
    if (p == QLatin1String("model.activation_parameter"))
        return tr("Activation parameter");
    if (p == QLatin1String("model.dropout"))
        return tr("Dropout rate");
    if (p == QLatin1String("model.init"))
        return tr("Weight initialisation");
    if (p == QLatin1String("model.init_scale"))
        return tr("Init scale");
    if (p == QLatin1String("model.batch_norm"))
        return tr("Batch normalisation");
    if (p == QLatin1String("training.loss"))
        return tr("Loss function");
    if (p == QLatin1String("training.huber_delta"))
        return tr("Huber delta");
    if (p == QLatin1String("training.optimizer"))
        return tr("Optimizer");
    if (p == QLatin1String("training.learning_rate"))
        return tr("Learning rate");
    if (p == QLatin1String("training.momentum"))
        return tr("Momentum");
    if (p == QLatin1String("training.nesterov"))
        return tr("Nesterov");
    if (p == QLatin1String("training.beta1"))
        return tr("Beta 1");
    if (p == QLatin1String("training.beta2"))
        return tr("Beta 2");
    if (p == QLatin1String("training.epsilon"))
        return tr("Epsilon");
    if (p == QLatin1String("training.rho"))
        return tr("Rho (decay)");
    if (p == QLatin1String("training.weight_decay"))
        return tr("Weight decay");
    if (p == QLatin1String("training.gradient_clip"))
        return tr("Gradient clipping");
    if (p == QLatin1String("training.lr_schedule.type"))
        return tr("LR schedule");
    if (p == QLatin1String("training.lr_schedule.step_size"))
        return tr("Step size");
    if (p == QLatin1String("training.lr_schedule.gamma"))
        return tr("Gamma");
    if (p == QLatin1String("training.lr_schedule.milestones"))
        return tr("Milestones");
    if (p == QLatin1String("training.lr_schedule.min_lr"))
        return tr("Minimum LR");
    if (p == QLatin1String("training.lr_schedule.warmup_epochs"))
        return tr("Warm-up epochs");
    if (p == QLatin1String("training.lr_schedule.factor"))
        return tr("Factor");
    if (p == QLatin1String("training.lr_schedule.patience"))
        return tr("Plateau patience");
    if (p == QLatin1String("training.lr_schedule.max_lr"))
        return tr("Maximum LR");
    if (p == QLatin1String("training.lr_schedule.pct_start"))
        return tr("Rising share");
    if (p == QLatin1String("training.epochs"))
        return tr("Epochs");
    if (p == QLatin1String("training.batch_size"))
        return tr("Batch size");
    if (p == QLatin1String("training.seed"))
        return tr("Training seed");
    if (p == QLatin1String("training.early_stopping.patience"))
        return tr("Early-stopping patience");
    if (p == QLatin1String("training.early_stopping.min_delta"))
        return tr("Minimum improvement");
    if (p == QLatin1String("training.early_stopping.monitor"))
        return tr("Monitor");
    return path;
}

QString HyperparameterHelp::tooltip(const QString& path) {
    const QString p = genericPath(path);
    if (p == QLatin1String("dataset.name"))
        return tr(
            "Which data to learn. Circle, xor, gaussians, spiral and moons are generated 2-D "
            "classification sets (spiral is the hardest); plane and sine are regression "
            "sets; Fashion-MNIST is 28x28 clothing images in 10 classes; IDX and CSV read "
            "your own files.");
    if (p == QLatin1String("dataset.samples"))
        return tr(
            "Points to generate. More data fits the true shape better and overfits less. "
            "Allowed 10 to 1,000,000; 500-5,000 is plenty for 2-D sets.");
    if (p == QLatin1String("dataset.noise"))
        return tr(
            "Noise added to generated points. More noise makes classes overlap, so no "
            "model reaches 100 %. Usual 0 to 0.5.");
    if (p == QLatin1String("dataset.seed"))
        return tr(
            "Seeds data generation and the train/validation/test split. Same seed, same "
            "data.");
    if (p == QLatin1String("dataset.test_fraction"))
        return tr(
            "Share of samples held out for the final test. 7:3 or 8:2 (0.3 or 0.2) suits "
            "about 10k samples; at about 1M samples 1 % is enough. Fashion-MNIST tests on "
            "its own 10,000 images instead.");
    if (p == QLatin1String("dataset.validation_fraction"))
        return tr(
            "Share held out to watch overfitting during training (validation curves, early "
            "stopping, plateau schedule). Usual 0.1-0.2; test + validation must stay "
            "below 1.");
    if (p == QLatin1String("dataset.limit"))
        return tr(
            "Use only the first N samples (0 = all): a quick way to try settings on a big "
            "set before the full run.");
    if (p == QLatin1String("model.hidden_layers") || p == QLatin1String("model.hidden_layers.*"))
        return tr(
            "Neurons per hidden layer; the number of layers is the depth. Too few layers "
            "or neurons underfit, too many overfit and train slower. 1-3 layers of 16-256 "
            "neurons are usual; no layer gives a linear model.");
    if (p == QLatin1String("model.conv_layers"))
        return tr(
            "Convolution blocks for image data (Fashion-MNIST, IDX): Conv2D, optional batch "
            "norm, activation, optional pooling. Leave empty for point data.");
    if (p == QLatin1String("model.conv_layers.*.filters"))
        return tr(
            "Feature maps the layer produces. More filters see more patterns and cost "
            "more time. Usual 8-128, allowed 1-1024.");
    if (p == QLatin1String("model.conv_layers.*.kernel_size"))
        return tr(
            "Side of the square kernel (receptive field): 1x1, 3x3 and 5x5 are usual. It "
            "slides left to right, top to bottom, and must fit its input.");
    if (p == QLatin1String("model.conv_layers.*.stride"))
        return tr(
            "Step between kernel positions. 1 is usual; 2 halves the map like a pooling "
            "layer.");
    if (p == QLatin1String("model.conv_layers.*.padding"))
        return tr(
            "'same' pads with zeros so the output is ceil(input/stride); 'valid' does not "
            "pad and the map shrinks by kernel - 1.");
    if (p == QLatin1String("model.conv_layers.*.pool"))
        return tr(
            "Down-sampling after the activation: max keeps the strongest response, avg the "
            "mean, global_avg averages each whole map to one value.");
    if (p == QLatin1String("model.conv_layers.*.pool_size"))
        return tr("Side of the square pooling window; 2x2 or 3x3 is usual.");
    if (p == QLatin1String("model.conv_layers.*.pool_stride"))
        return tr(
            "Step between pooling windows; 0 means the pool size (windows do not "
            "overlap).");
    if (p == QLatin1String("model.activation"))
        return tr(
            "The non-linearity after each layer. ReLU is the usual start; tanh suits small "
            "smooth problems; sigmoid saturates and trains slowly in deep nets; GELU, ELU "
            "and leaky ReLU are modern alternatives.");
    if (p == QLatin1String("model.activation_parameter"))
        return tr(
            "Leaky ReLU: slope for negative inputs (usual 0.01-0.3); ELU: alpha (usual "
            "1). Ignored by the other activations.");
    if (p == QLatin1String("model.dropout"))
        return tr(
            "Share of hidden neurons switched off at random in each training step, against "
            "overfitting. 0.2-0.5 is usual and 0.2 a good start; too low does little, too "
            "high underfits. Helps more in larger nets.");
    if (p == QLatin1String("model.init"))
        return tr(
            "How weights start. Match it to the activation: Kaiming/He for ReLU, "
            "Xavier/Glorot for tanh and sigmoid; uniform or normal variants. The random "
            "draw itself can move results a lot: compare over several seeds.");
    if (p == QLatin1String("model.init_scale"))
        return tr(
            "Plain uniform: weights in [-scale, scale]; plain normal: standard deviation. "
            "Usual 0.01-0.1. Ignored by the fan-based schemes.");
    if (p == QLatin1String("model.batch_norm"))
        return tr(
            "Normalise each layer's outputs over the batch before the activation. Allows "
            "higher learning rates and deeper nets; makes small batches noisier.");
    if (p == QLatin1String("training.loss"))
        return tr(
            "What training minimises: cross-entropy for classes, binary cross-entropy for "
            "two classes, MSE, Huber or L1 for regression.");
    if (p == QLatin1String("training.huber_delta"))
        return tr(
            "Huber loss: errors below delta count quadratically, larger ones linearly (less "
            "sensitive to outliers). Usual 1.");
    if (p == QLatin1String("training.optimizer"))
        return tr(
            "The update rule: SGD (optionally with momentum and Nesterov), Adam, AdamW "
            "(decoupled weight decay), RMSProp, Adagrad. Adam is a robust default; SGD "
            "with momentum often generalises well when tuned.");
    if (p == QLatin1String("training.learning_rate"))
        return tr(
            "Step size of each update; tune it first, it matters most. Between 1e-6 and "
            "1; 0.01 is a common default (Adam 1e-3). Low is slow but smooth, high is fast "
            "but may diverge.");
    if (p == QLatin1String("training.momentum"))
        return tr(
            "SGD and RMSProp: memory of past steps that damps oscillation. Typical "
            "0.5-0.9; start low.");
    if (p == QLatin1String("training.nesterov"))
        return tr(
            "SGD: evaluate the gradient at the look-ahead point (Nesterov momentum). Needs "
            "momentum above 0.");
    if (p == QLatin1String("training.beta1"))
        return tr("Adam/AdamW: decay of the running mean of gradients. Usual 0.9.");
    if (p == QLatin1String("training.beta2"))
        return tr("Adam/AdamW: decay of the running mean of squared gradients. Usual 0.999.");
    if (p == QLatin1String("training.epsilon"))
        return tr(
            "Adam, RMSProp, Adagrad: added to the denominator for numerical safety. Usual "
            "1e-8.");
    if (p == QLatin1String("training.rho"))
        return tr("RMSProp: decay of the running mean of squared gradients. Usual 0.9-0.99.");
    if (p == QLatin1String("training.weight_decay"))
        return tr(
            "L2 penalty on the weights against overfitting (AdamW decouples it from the "
            "gradient). Usual 0 to 1e-3; search it on a log scale.");
    if (p == QLatin1String("training.gradient_clip"))
        return tr(
            "Rescales the gradient when its global norm exceeds this value, against "
            "exploding updates. 0 = off; usual 1-5.");
    if (p == QLatin1String("training.lr_schedule.type"))
        return tr(
            "How the learning rate falls over time (as PyTorch's lr_scheduler): constant, "
            "step, multi-step, exponential, cosine, on-plateau, one-cycle. Decay gives "
            "steadier late training and less oscillation near the optimum.");
    if (p == QLatin1String("training.lr_schedule.step_size"))
        return tr("Step schedule: multiply the rate by gamma every this many epochs.");
    if (p == QLatin1String("training.lr_schedule.gamma"))
        return tr(
            "Step, multi-step, exponential: factor applied at each decay (usual 0.1-0.9; "
            "exponential per epoch 0.9-0.99).");
    if (p == QLatin1String("training.lr_schedule.milestones"))
        return tr(
            "Multi-step: increasing epoch numbers (e.g. 30, 60) at which the rate is "
            "multiplied by gamma.");
    if (p == QLatin1String("training.lr_schedule.min_lr"))
        return tr(
            "Cosine and plateau: the floor the rate decays to (at most the learning "
            "rate). Usual 0 or 1e-5.");
    if (p == QLatin1String("training.lr_schedule.warmup_epochs"))
        return tr(
            "Epochs at the start during which the rate rises linearly to its value; must "
            "be fewer than the epochs. 0 = off.");
    if (p == QLatin1String("training.lr_schedule.factor"))
        return tr(
            "On-plateau: multiply the rate by this when validation loss stops improving. "
            "Usual 0.1-0.5.");
    if (p == QLatin1String("training.lr_schedule.patience"))
        return tr("On-plateau: epochs without improvement before the rate is cut. Usual 2-10.");
    if (p == QLatin1String("training.lr_schedule.max_lr"))
        return tr(
            "One-cycle: the peak rate (0 = the learning rate). Usually 5-10x a safe "
            "constant rate.");
    if (p == QLatin1String("training.lr_schedule.pct_start"))
        return tr("One-cycle: share of the run spent raising the rate to its peak. Usual 0.3.");
    if (p == QLatin1String("training.epochs"))
        return tr(
            "Passes over the training set. Raise until validation accuracy starts to fall "
            "while training accuracy still rises (overfitting); early stopping can decide "
            "for you.");
    if (p == QLatin1String("training.batch_size"))
        return tr(
            "Samples per update. 32 is the usual default; try 64, 128, 256. Usually 1 to "
            "a few hundred: small batches are noisy but generalise well, large ones are "
            "faster per epoch.");
    if (p == QLatin1String("training.seed"))
        return tr(
            "Seeds weight initialisation, dropout and batch order. Results can move a lot "
            "with the seed alone: repeat important runs with several seeds.");
    if (p == QLatin1String("training.early_stopping.patience"))
        return tr(
            "Stop when the monitored metric has not improved for this many epochs and keep "
            "the best weights. 0 = off; usual 5-20. Needs a validation set.");
    if (p == QLatin1String("training.early_stopping.min_delta"))
        return tr(
            "Smallest change that counts as an improvement for early stopping. Usual 0 to "
            "1e-3.");
    if (p == QLatin1String("training.early_stopping.monitor"))
        return tr(
            "The validation metric early stopping watches: validation loss (any task) or "
            "validation accuracy (classification).");
    return {};
}

}  // namespace hyperlab::ui
