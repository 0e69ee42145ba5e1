#include "help/guide_pages.h"

#include <QStringList>

namespace hyperlab::ui {

namespace {

/// A page from its title and its blocks; each block is a paragraph unless
/// it is already a list.
GuidePage page(const QString& title, const QStringList& blocks) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    for (const QString& block : blocks)
        html += block.startsWith(QLatin1String("<ul>")) ? block
                                                        : QStringLiteral("<p>%1</p>").arg(block);
    return {title, html};
}

QString list(const QStringList& items) {
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

}  // namespace

QList<GuidePage> GuidePages::all() {
    QList<GuidePage> pages;
    pages << page(
        tr("Welcome"),
        {tr("HyperLab trains small neural networks so you can see what each hyperparameter "
            "does. This guide takes about fifteen minutes: one training run, then a first "
            "search, on the <b>spiral</b> dataset."),
         tr("The main window has four areas:"),
         list({tr("<b>Dataset</b> and <b>Model and Training</b> (tabs on the left): the data "
                  "and every hyperparameter of one run;"),
               tr("the charts in the centre: loss, accuracy and learning rate per epoch;"),
               tr("<b>Search</b> (right): which hyperparameters a search varies, and how;"),
               tr("<b>Leaderboard</b> (bottom): one row per trial, the best first.")}),
         tr("Hover over any field for a short explanation. Press <b>F1</b> over a field to open "
            "it in the <b>Glossary</b> tab of this window, with what goes wrong when it is too "
            "high or too low.")});
    pages << page(
        tr("Your first run"),
        {tr("HyperLab starts with the spiral: two interleaved arms of points, one per class, "
            "that no straight line can separate. The network is small: two hidden layers of 64 "
            "neurons, ReLU, the Adam optimizer with a learning rate of 0.01, and 60 epochs."),
         tr("Click <b>Run</b> in the toolbar, or press <b>Ctrl+R</b>. Training takes a few "
            "seconds."),
         tr("While it trains, the charts follow it live, the status bar shows its progress, "
            "and the leaderboard gets a row for it: state <i>running</i>, then "
            "<i>completed</i>."),
         tr("If Run is greyed out, the form has a problem: a red message above the form names "
            "the field, and the field is framed in red.")});
    pages << page(
        tr("Reading the curves"),
        {tr("<b>Loss</b> measures how wrong the network is: lower is better. <b>Accuracy</b> is "
            "the share of points it classifies correctly: higher is better. Each is drawn "
            "twice: <b>dashed</b> for the training data the network learns from, <b>solid</b> "
            "for the validation data it never trains on."),
         tr("On the spiral, accuracy starts near 0.50, which is guessing between two classes, "
            "and should climb towards 1.0 while the loss falls. The validation curves are the "
            "ones that count: they show how the network does on points it has not seen."),
         tr("The <b>Learning rate</b> chart shows the step size in each epoch. It is a flat "
            "line unless you choose a learning-rate schedule."),
         tr("A healthy run: both losses fall and level off close together, and both "
            "accuracies rise and level off close together.")});
    pages << page(
        tr("The leaderboard"),
        {tr("Each run, and each trial of a search, is a row. The first columns are the trial "
            "number, its state and the <b>objective</b> that ranks the trials (validation "
            "accuracy unless you change it); then come the validation and test results, the "
            "hyperparameters the search varies, the epochs, the duration and the number of "
            "parameters."),
         tr("Click a column header to sort. Click a row to show its curves; <b>Ctrl+click</b> "
            "several rows to draw their curves together."),
         tr("<b>Details…</b> (or a double-click) shows the whole config, the curves and the "
            "confusion matrix. <b>Copy to form</b> puts the trial's hyperparameters into the "
            "form, so you can change one and run again. <b>Re-run</b> trains it once more."),
         tr("Choose between trials by their validation results. Keep the test columns for a "
            "last check of the winner: once you pick by test accuracy, the test set is no "
            "longer new data.")});
    pages << page(
        tr("Your first search"),
        {tr("A search trains many trials with different hyperparameters. In the <b>Search</b> "
            "panel on the right, each row is a hyperparameter with a <b>Mode</b>:"),
         list({tr("<b>Fixed</b>: the value in the form;"),
               tr("<b>Range</b>: any value between Low and High;"),
               tr("<b>Log range</b>: the same, but even on a log scale, so 0.001 to 0.01 is as "
                  "likely as 0.01 to 0.1. Use it for the learning rate and the weight decay, "
                  "whose good values span powers of ten;"),
               tr("<b>Values</b>: one of a comma-separated list.")}),
         tr("The learning rate matters most, so the first search is ready: <b>Learning rate</b> "
            "in <b>Log range</b> from 0.001 to 0.3, and <b>Hidden layers</b> from the values "
            "[32], [64, 64] and [128, 64]. To set a row yourself, choose its Mode and type Low "
            "and High."),
         tr("Below the table, choose a <b>Strategy</b> (Random search is a good start), the "
            "<b>Objective</b> and the number of <b>Trials</b>. The line at the bottom says how "
            "many trials will run and about how long they take."),
         tr("Click <b>Start search</b>, or press <b>Ctrl+Shift+R</b>. <b>Pause</b> starts no "
            "new trial; <b>Stop all</b> stops the study, and File > Resume study continues "
            "it.")});
    pages << page(
        tr("Comparing trials"),
        {tr("When the search is done, the leaderboard lists the best objective first. "
            "Ctrl+click the top three rows: the charts draw their curves together, and the "
            "legend names the hyperparameters that differ, such as lr=0.0034."),
         tr("Then look down the table. Which learning rates are at the bottom? On the spiral, "
            "trials with a rate near 0.2 often stay at 0.50 accuracy: too high for Adam. Rates "
            "near 0.001 learn, but slowly."),
         tr("The <b>Optimisation history</b> tab plots the objective of each trial in order, "
            "with the best value so far: it shows whether more trials still help."),
         tr("A difference of one or two points can be luck: the same config with another seed "
            "can move that much. Set <b>Seeds per config</b> above 1 to average over seeds "
            "before you trust a small difference."),
         tr("Found a good trial? Use <b>Copy to form</b>, change one hyperparameter at a time "
            "and press Ctrl+R to see what it does.")});
    pages << page(
        tr("Overfitting"),
        {tr("Overfitting means the network memorises the training points instead of learning "
            "the shape. In the charts, the <b>training</b> loss keeps falling while the "
            "<b>validation</b> loss stops falling and rises again; training accuracy nears 1.0 "
            "while validation accuracy stays behind."),
         tr("To see it: in the Dataset tab set Samples to 300 and Noise to 0.5; in the form, "
            "give both hidden layers 256 neurons and set Epochs to 200; press Ctrl+R."),
         tr("What helps, roughly in this order:"),
         list({tr("more data (Samples), or less noise;"),
               tr("a <b>Dropout rate</b> of 0.2 to 0.5;"),
               tr("a <b>Weight decay</b> of 1e-4 to 1e-3;"),
               tr("a smaller network: fewer neurons or layers;"),
               tr("fewer epochs, or an <b>Early-stopping patience</b> of 10: training stops "
                  "when the validation loss no longer improves and keeps the best weights.")}),
         tr("The opposite is <b>underfitting</b>: both losses stay high and close together. "
            "Give the network more neurons or layers, more epochs or a higher learning "
            "rate.")});
    pages << page(
        tr("Divergence"),
        {tr("Divergence means the updates are so large that training falls apart. The loss "
            "jumps up in the first epochs, swings wildly, or goes flat at a high value (about "
            "0.7 on the spiral) while accuracy sits at 0.50. If the loss becomes NaN or "
            "infinite, the trial stops in the state <i>failed</i>, and Details gives the "
            "reason."),
         tr("To see it: set the learning rate to 0.5 and press Ctrl+R; then set it to 0.05, "
            "run again and compare the two trials in the leaderboard."),
         tr("What to change, first things first:"),
         list({tr("lower the <b>Learning rate</b> by a factor of 3 to 10: it is the cause most "
                  "of the time;"),
               tr("with SGD, lower the <b>Momentum</b> too;"),
               tr("set <b>Gradient clipping</b> to between 1 and 5;"),
               tr("turn on <b>Batch normalisation</b>, or use the weight initialisation that "
                  "matches the activation (Kaiming/He for ReLU).")}),
         tr("The <b>Glossary</b> tab lists every hyperparameter: what it does, its usual range, "
            "and what goes wrong when it is too high or too low. Type in its filter box to find "
            "one, for example “learning”.")});
    return pages;
}

}  // namespace hyperlab::ui
