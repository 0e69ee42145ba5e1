#include "help/hyperparameter_pitfalls.h"

#include "i18n/hyperparameter_help.h"

namespace hyperlab::ui {

HyperparameterPitfalls::Texts HyperparameterPitfalls::of(const QString& path) {
    const QString p = HyperparameterHelp::genericPath(path);
    const QString high = tr("Too high");
    const QString low = tr("Too low");
    if (p == QLatin1String("training.learning_rate"))
        return {{high, tr("The loss jumps up or swings from epoch to epoch and may become NaN (the "
                          "trial fails as diverged), or it drops once and then stays flat while "
                          "accuracy sits at chance (0.50 on the spiral). Divide it by 3 to 10.")},
                {low, tr("Both loss curves fall slowly, almost in a straight line, and accuracy is "
                         "still climbing when the epochs run out. Multiply it by 3 to 10, or "
                         "train more epochs.")}};
    if (p == QLatin1String("training.batch_size"))
        return {{high, tr("Few updates per epoch: the loss falls slowly per epoch and the net may "
                          "generalise worse. Raise the learning rate with it or train more "
                          "epochs.")},
                {low, tr("Many noisy updates: the curves are jagged, each epoch takes longer and "
                         "batch normalisation becomes unreliable. Use 32 to 128, or lower the "
                         "learning rate a little.")}};
    if (p == QLatin1String("training.epochs"))
        return {{high, tr("Time is wasted, and after the best epoch the validation loss rises "
                          "while the training loss keeps falling (overfitting). Use early "
                          "stopping, or stop where the validation curve turns.")},
                {low, tr("Training stops while both curves are still improving (underfitting). "
                         "Add epochs until the validation curve flattens.")}};
    if (p == QLatin1String("model.dropout"))
        return {{high, tr("Too many neurons are switched off: even the training accuracy stays "
                          "low and the curves are noisy (underfitting). Use 0.2 to 0.5, with a "
                          "wider net.")},
                {low, tr("At 0 there is no protection: on small or noisy data the training "
                         "accuracy nears 100 % while the validation accuracy falls behind "
                         "(overfitting). Try 0.2.")}};
    if (p == QLatin1String("training.weight_decay"))
        return {{high, tr("The weights are pulled so hard towards zero that the net cannot fit: "
                          "both losses stay high (underfitting). Divide it by 10.")},
                {low, tr("No brake on large weights: on small data the net overfits (training "
                         "far better than validation). Search 1e-5 to 1e-3 on a log scale.")}};
    if (p == QLatin1String("training.momentum"))
        return {{high, tr("Close to 1 the updates overshoot: the loss swings up and down and may "
                          "diverge, above all with a large learning rate. Lower it, or lower the "
                          "learning rate.")},
                {low, tr("At 0 SGD crawls along shallow valleys and the loss shows long "
                         "plateaus. Values of 0.5 to 0.9 speed it up.")}};
    if (p == QLatin1String("training.optimizer"))
        return {{tr("Adaptive (Adam, RMSProp) at a large learning rate"),
                 tr("Adam, AdamW and RMSProp already scale their steps, so an SGD-sized rate "
                    "(0.1 or more) makes them jump: the loss spikes and accuracy falls to chance. "
                    "Use about 0.001 to 0.01 with them.")},
                {tr("Plain SGD"),
                 tr("SGD without momentum needs a well-tuned learning rate and many epochs; at a "
                    "small rate it hardly moves. Add momentum, or start with Adam. Adagrad's "
                    "steps shrink over time and can stall long runs.")}};
    if (p == QLatin1String("model.hidden_layers"))
        return {{tr("Too many layers"),
                 tr("Deep nets train slower, overfit small data and, with sigmoid or tanh, pass "
                    "gradients back poorly (the loss hardly moves at first). Two or three layers "
                    "are plenty for the 2-D sets.")},
                {tr("Too few layers"),
                 tr("With no hidden layer the model is linear and cannot learn the spiral, circle "
                    "or xor: accuracy stays near chance. One layer learns simple shapes; start "
                    "the spiral with two layers of 64.")}};
    if (p == QLatin1String("model.hidden_layers.*"))
        return {{high, tr("Very wide layers have many parameters: each epoch is slower and small "
                          "data is memorised (overfitting). Add dropout or weight decay, or use "
                          "fewer neurons.")},
                {low, tr("Too few neurons cannot bend the decision boundary enough: training and "
                         "validation accuracy both stay low (underfitting). Double them.")}};
    if (p == QLatin1String("model.activation"))
        return {{tr("Saturating (sigmoid, tanh) or dying (ReLU)"),
                 tr("Sigmoid and tanh flatten out for large inputs, so gradients shrink layer by "
                    "layer and deep nets train very slowly. With too large a learning rate many "
                    "ReLU units die (always output 0) and the loss stops falling: try leaky ReLU "
                    "or a lower rate.")},
                {tr("No non-linearity (linear)"),
                 tr("Linear (none) makes the whole net a linear model, however deep: it cannot "
                    "separate the spiral. Use ReLU, tanh or GELU.")}};
    if (p == QLatin1String("model.init"))
        return {{tr("Weights too large"),
                 tr("Activations and gradients grow layer by layer: the first losses are huge or "
                    "NaN and sigmoid or tanh units saturate. Match the scheme to the activation "
                    "(Kaiming for ReLU, Xavier for tanh) or use a smaller init scale.")},
                {tr("Weights too small"),
                 tr("Signals shrink to almost nothing through the layers: the loss stays flat at "
                    "its starting value for many epochs. The fan-based schemes (Kaiming, Xavier) "
                    "avoid this; plain uniform or normal with a tiny scale does not.")}};
    if (p == QLatin1String("model.batch_norm"))
        return {{tr("On, with small batches"),
                 tr("Statistics from a few samples are noisy: the validation curves jump and can "
                    "differ from training. Use batches of 32 or more, or turn it off.")},
                {tr("Off, in a deep net"),
                 tr("Deep nets without it are more sensitive to the learning rate and the "
                    "initialisation, and may need a smaller rate and more epochs.")}};
    if (p == QLatin1String("model.conv_layers.*.kernel_size"))
        return {{high, tr("Large kernels have many weights and see a wide area at once: slower, "
                          "more prone to overfitting, and they must fit the input. Stack 3x3 "
                          "layers instead.")},
                {low, tr("A 1x1 kernel sees one pixel and cannot detect edges or shapes on its "
                         "own; accuracy on images stays lower. 3x3 is the usual choice.")}};
    if (p == QLatin1String("model.conv_layers.*.filters"))
        return {{high, tr("Many filters cost time and memory and overfit small image sets. Grow "
                          "them layer by layer instead (e.g. 16, 32, 64).")},
                {low, tr("Too few feature maps cannot hold enough patterns: even the training "
                         "accuracy stays low (underfitting).")}};
    if (p == QLatin1String("model.conv_layers.*.pool"))
        return {{tr("Too much pooling"),
                 tr("Pooling after every layer, or with large windows, shrinks the map until "
                    "detail is lost (28x28 becomes 3x3 after three 2x2 pools): underfitting. "
                    "global_avg belongs in the last block only.")},
                {tr("No pooling"),
                 tr("The maps stay large: each layer is slower and the dense layer after the "
                    "convolutions gets many weights, which overfit. Pool 2x2 after every block "
                    "or two.")}};
    if (p == QLatin1String("training.early_stopping.patience"))
        return {{high, tr("The run goes on long after the best epoch: it takes longer, though "
                          "the best weights are kept. 5 to 20 is usual.")},
                {low, tr("A patience of 1 or 2 stops at the first noisy bump of the validation "
                         "curve, before learning has finished (0 turns early stopping off).")}};
    if (p == QLatin1String("training.lr_schedule.type"))
        return {{tr("Decays too fast"),
                 tr("A step schedule with a small step size or gamma, or an exponential one with "
                    "a small gamma, makes the rate tiny early: the loss stops improving at a high "
                    "value. Decay later or by less; the Learning rate chart shows the rate per "
                    "epoch.")},
                {tr("No decay (constant)"),
                 tr("With a constant rate the loss can keep bouncing near the minimum at the "
                    "end and the validation curves stay noisy. Cosine or step decay steadies "
                    "the last epochs.")}};
    return {};
}

}  // namespace hyperlab::ui
