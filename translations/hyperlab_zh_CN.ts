<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreMessage</name>
    <message>
        <source>%1 is out of range (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field; did you mean %1? (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number in %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be in %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt;= %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; 0 for a log range, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below high (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at epoch %1, batch %2: loss is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at epoch %1: validation loss is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at epoch %1, batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early stopping: no improvement for %1 epochs; weights of epoch %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned after epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objective %1 is %2 in repeat %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the objective %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initializer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Circle (2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR (2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussians (2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral (2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moons (2 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST (images, 10 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX files (your images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (your table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparameterHelp</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rho (decay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plateau patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data to learn. Circle, xor, gaussians, spiral and moons are generated 2-D classification sets (spiral is the hardest); plane and sine are regression sets; Fashion-MNIST is 28x28 clothing images in 10 classes; IDX and CSV read your own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to generate. More data fits the true shape better and overfits less. Allowed 10 to 1,000,000; 500-5,000 is plenty for 2-D sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise added to generated points. More noise makes classes overlap, so no model reaches 100 %. Usual 0 to 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds data generation and the train/validation/test split. Same seed, same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of samples held out for the final test. 7:3 or 8:2 (0.3 or 0.2) suits about 10k samples; at about 1M samples 1 % is enough. Fashion-MNIST tests on its own 10,000 images instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share held out to watch overfitting during training (validation curves, early stopping, plateau schedule). Usual 0.1-0.2; test + validation must stay below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the first N samples (0 = all): a quick way to try settings on a big set before the full run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons per hidden layer; the number of layers is the depth. Too few layers or neurons underfit, too many overfit and train slower. 1-3 layers of 16-256 neurons are usual; no layer gives a linear model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution blocks for image data (Fashion-MNIST, IDX): Conv2D, optional batch norm, activation, optional pooling. Leave empty for point data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps the layer produces. More filters see more patterns and cost more time. Usual 8-128, allowed 1-1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of the square kernel (receptive field): 1x1, 3x3 and 5x5 are usual. It slides left to right, top to bottom, and must fit its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between kernel positions. 1 is usual; 2 halves the map like a pooling layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;same&apos; pads with zeros so the output is ceil(input/stride); &apos;valid&apos; does not pad and the map shrinks by kernel - 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down-sampling after the activation: max keeps the strongest response, avg the mean, global_avg averages each whole map to one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of the square pooling window; 2x2 or 3x3 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step between pooling windows; 0 means the pool size (windows do not overlap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The non-linearity after each layer. ReLU is the usual start; tanh suits small smooth problems; sigmoid saturates and trains slowly in deep nets; GELU, ELU and leaky ReLU are modern alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU: slope for negative inputs (usual 0.01-0.3); ELU: alpha (usual 1). Ignored by the other activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of hidden neurons switched off at random in each training step, against overfitting. 0.2-0.5 is usual and 0.2 a good start; too low does little, too high underfits. Helps more in larger nets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weights start. Match it to the activation: Kaiming/He for ReLU, Xavier/Glorot for tanh and sigmoid; uniform or normal variants. The random draw itself can move results a lot: compare over several seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain uniform: weights in [-scale, scale]; plain normal: standard deviation. Usual 0.01-0.1. Ignored by the fan-based schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise each layer&apos;s outputs over the batch before the activation. Allows higher learning rates and deeper nets; makes small batches noisier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What training minimises: cross-entropy for classes, binary cross-entropy for two classes, MSE, Huber or L1 for regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber loss: errors below delta count quadratically, larger ones linearly (less sensitive to outliers). Usual 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update rule: SGD (optionally with momentum and Nesterov), Adam, AdamW (decoupled weight decay), RMSProp, Adagrad. Adam is a robust default; SGD with momentum often generalises well when tuned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size of each update; tune it first, it matters most. Between 1e-6 and 1; 0.01 is a common default (Adam 1e-3). Low is slow but smooth, high is fast but may diverge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD and RMSProp: memory of past steps that damps oscillation. Typical 0.5-0.9; start low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD: evaluate the gradient at the look-ahead point (Nesterov momentum). Needs momentum above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam/AdamW: decay of the running mean of gradients. Usual 0.9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam/AdamW: decay of the running mean of squared gradients. Usual 0.999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam, RMSProp, Adagrad: added to the denominator for numerical safety. Usual 1e-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSProp: decay of the running mean of squared gradients. Usual 0.9-0.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 penalty on the weights against overfitting (AdamW decouples it from the gradient). Usual 0 to 1e-3; search it on a log scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescales the gradient when its global norm exceeds this value, against exploding updates. 0 = off; usual 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate falls over time (as PyTorch&apos;s lr_scheduler): constant, step, multi-step, exponential, cosine, on-plateau, one-cycle. Decay gives steadier late training and less oscillation near the optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step schedule: multiply the rate by gamma every this many epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step, multi-step, exponential: factor applied at each decay (usual 0.1-0.9; exponential per epoch 0.9-0.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-step: increasing epoch numbers (e.g. 30, 60) at which the rate is multiplied by gamma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine and plateau: the floor the rate decays to (at most the learning rate). Usual 0 or 1e-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs at the start during which the rate rises linearly to its value; must be fewer than the epochs. 0 = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-plateau: multiply the rate by this when validation loss stops improving. Usual 0.1-0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-plateau: epochs without improvement before the rate is cut. Usual 2-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-cycle: the peak rate (0 = the learning rate). Usually 5-10x a safe constant rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-cycle: share of the run spent raising the rate to its peak. Usual 0.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training set. Raise until validation accuracy starts to fall while training accuracy still rises (overfitting); early stopping can decide for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per update. 32 is the usual default; try 64, 128, 256. Usually 1 to a few hundred: small batches are noisy but generalise well, large ones are faster per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds weight initialisation, dropout and batch order. Results can move a lot with the seed alone: repeat important runs with several seeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when the monitored metric has not improved for this many epochs and keep the best weights. 0 = off; usual 5-20. Needs a validation set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest change that counts as an improvement for early stopping. Usual 0 to 1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation metric early stopping watches: validation loss (any task) or validation accuracy (classification).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelTrainingForm</name>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiming/He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiming/He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 (mean absolute error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSetupPanel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ChartExport</name>
    <message>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConfusionMatrixTask</name>
    <message>
        <source>Loading the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training epoch %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained epoch %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConfusionMatrixView</name>
    <message>
        <source>No confusion matrix yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConvLayersEditor</name>
    <message>
        <source>Add conv layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DataPreview</name>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatasetPanel</name>
    <message>
        <source>Directory with the four Fashion-MNIST IDX files; empty means %1, where the Debian package installs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IDX image file, e.g. train-images-idx3-ubyte.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IDX label file, e.g. train-labels-idx1-ubyte.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX files (*idx*ubyte *idx*ubyte.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV table: a header row, numeric feature columns and one label column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to predict, by header name or 0-based index; every other column is a numeric input. Empty: the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the label column holds classes or values. Automatic picks classification for text labels or few distinct integers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1: 60,000 training and 10,000 test images, 28x28 grey, 10 classes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed in %1. Install it with:
sudo apt-get install dataset-fashion-mnist
or choose a directory holding the four IDX files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1x%2x%3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>classification, %n class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::HiddenLayersEditor</name>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a hidden layer with the width of the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hidden layer (linear model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> neurons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when HyperLab restarts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LeaderboardModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best trial so far by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val acc / R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test acc / R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial number, in the order the search created them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued, running, completed, pruned (stopped early by the pruner), failed (hover for the reason) or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective the search optimises: %1; mean ± standard deviation when trials are repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy (R² for regression) after the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss after the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy (R² for regression) on the held-out test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on the held-out test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs trained (fewer when stopped early or pruned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time of the trial (all repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainable parameters of the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LeaderboardPanel</name>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full config, learning curves and confusion matrix of the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this trial&apos;s complete configuration into the Model &amp; Training form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train this trial&apos;s configuration again as a single run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configs of the selected trials as JSON files that `hyperlab-cli train` and the form can load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export best…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configs of the best k completed trials as JSON files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole table (every trial, every metric) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (e.g. lr=0.1 adam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows trials whose number, state, hyperparameters or failure reason contain every word typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only trials in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the selected trials has a config to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trial config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n trial configs into folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n config file(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export best configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the best completed trials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the best %n config(s) into folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LiveChartsPanel</name>
    <message>
        <source>Learning curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, accuracy and learning rate per epoch of the selected trials (or of the running trial when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objective of every finished trial and the best value found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or an SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curves (all three)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimisation history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial yet: run a training or a search to see its curves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following trial %1 live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n trials; legends name the hyperparameters that differ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::MainWindow</name>
    <message>
        <source>HyperLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the form&apos;s config once (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the study set up in the Search panel (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new trial starts while paused; running ones go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the study; running trials can be resumed later (Ctrl+. or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop selected &amp;trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open study directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the shown study: interrupted trials run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save study &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export best configs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save con&amp;fig as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New (default config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HyperLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HyperLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;HyperLab %1&lt;/b&gt;&lt;p&gt;Explore and tune deep-learning hyperparameters: pick a dataset, set or search every hyperparameter, watch each trial learn and compare them.&lt;/p&gt;&lt;p&gt;Hover over any field for what it does and its usual range.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HyperLab is already in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when HyperLab restarts. Restart now? A running study is stopped and can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when HyperLab restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A study is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it first or wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it before opening another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study stopped; resume it with File &gt; Resume study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study ended with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study finished in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a study first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export best configs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the best trials?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n config file(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save study as (new directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ModelTrainingForm</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after each layer, before the activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-ahead gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30, 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::OptimizationHistoryChart</name>
    <message>
        <source>Optimisation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned (last value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SearchSetupPanel</name>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values to choose from, e.g. 0.1, 0.3 or relu, tanh; hidden layers as lists: [64], [64, 64].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this field only when another one has given values, e.g. training.optimizer = sgd, rmsprop (several clauses separated by &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: the form&apos;s value. Range: uniform between low and high. Log range: uniform in the logarithm (learning rate, weight decay). Values: one of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HyperLab study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grid of %1 points; %n trial(s) will run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) will run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (measured).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roughly %1 with %n worker(s) (estimate).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SearchStrategyBox</name>
    <message>
        <source>Strategy, objective and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual (the form&apos;s config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid search (every combination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobol (quasi-random, even coverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayesian optimisation (Gaussian process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPE (tree-structured Parzen estimator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How trials are chosen. Grid tries every combination (brute force); random draws fresh values each trial; Sobol covers the space evenly; Bayesian and TPE model past results to pick promising trials. Tune the learning rate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values per range (evenly spaced, geometric on a log range); lists use all their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit in random order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scramble (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quasi-random trials before the model is used (auto: max(5, dimensions + 1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random trials before TPE starts modelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of trials counted as good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread parallel workers (constant liar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good share (gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (stop below the median curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASHA (successive halving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops unpromising trials early to save time: median stops a trial whose objective is worse than the median of earlier trials at the same epoch; ASHA keeps only the best third at each rung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never prune during the first epochs (early curves are noisy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: trials that must have finished before pruning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASHA: only the best 1/eta go on at each rung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASHA: epoch of the first rung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruner warm-up epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median: minimum trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASHA: reduction factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASHA: first rung epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the study optimises. Validation metrics are the honest choice; keep the test set for the final check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial budget. Grid and manual studies default to their size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials trained at the same time. More workers than CPU cores only slows each trial down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train each config with this many seeds and report the mean: the random draw alone can move results a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds per config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-time budget: no new trial starts after this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the strategy: the same seed proposes the same trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::StudyStatus</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Run (Ctrl+R) to train the config, or Start search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 · running %2 · failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pruned %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m trials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialCurvesChart</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid: validation · dashed: training · colours as in the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each colour is one trial. Validation curves are solid, training curves dashed; a gap between them that grows means the network is overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² (coefficient of determination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialDetailsDialog</name>
    <message>
        <source>Trial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (over %n repeats)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test R² / MAE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last epoch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1: train loss %2, val loss %3, val accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1: train loss %2, val loss %3, val R² %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trial evaluates a test function; it has no network config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the config JSON to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the config as a file `hyperlab-cli train` and the form can load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the curves as a PNG image or an SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trial trains no network, so there are no predictions to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confusion matrix counts class predictions; this trial is a regression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only completed trials can be reproduced: this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study keeps metrics, not predictions. To count which test samples of each class were predicted as which class, HyperLab trains this trial&apos;s config again with the same seed (this gives the same network) and classifies the test set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain the trial in the background and build the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the matrix as a PNG image or an SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test set: %n sample(s), accuracy %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the trial reported test accuracy %1; the retrained network reached %2 (the data or the build changed since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same result as the trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialLabels</name>
    <message>
        <source>trial %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and tune deep-learning hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a short search and save screenshots into &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the choice in View &gt; Language, else the system locale).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
