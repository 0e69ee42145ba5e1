<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>Best region (spanned by the best %n trial(s)):</source>
        <translation>
            <numerusform>Best region (spanned by the best trial):</numerusform>
            <numerusform>Best region (spanned by the best %n trials):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::AnalysisPanel</name>
    <message numerus="yes">
        <source>The importance of each hyperparameter appears once %n trial(s) have completed.</source>
        <translation>
            <numerusform>The importance of each hyperparameter appears once %n trial has completed.</numerusform>
            <numerusform>The importance of each hyperparameter appears once %n trials have completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed trial(s)</source>
        <translation>
            <numerusform>%n completed trial</numerusform>
            <numerusform>%n completed trials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConnectDatabaseDialog</name>
    <message numerus="yes">
        <source>%n study(ies) in %1.</source>
        <translation>
            <numerusform>%n study in %1.</numerusform>
            <numerusform>%n studies in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatasetPanel</name>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>classification, %n class(es)</source>
        <translation>
            <numerusform>classification, %n class</numerusform>
            <numerusform>classification, %n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LeaderboardPanel</name>
    <message numerus="yes">
        <source>%n trial(s)</source>
        <translation>
            <numerusform>%n trial</numerusform>
            <numerusform>%n trials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LiveChartsPanel</name>
    <message numerus="yes">
        <source>Comparing %n trials; legends name the hyperparameters that differ</source>
        <translation>
            <numerusform>Comparing %n trial; legends name the hyperparameters that differ</numerusform>
            <numerusform>Comparing %n trials; legends name the hyperparameters that differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following %n running trials live; legends name the hyperparameters that differ</source>
        <translation>
            <numerusform>Following %n running trial live; legends name the hyperparameters that differ</numerusform>
            <numerusform>Following %n running trials live; legends name the hyperparameters that differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::MainWindow</name>
    <message numerus="yes">
        <source>This study was already finished (%n trial(s)); nothing was left to resume. Start a new search to try more.</source>
        <translation>
            <numerusform>This study was already finished (%n trial); nothing was left to resume. Start a new search to try more.</numerusform>
            <numerusform>This study was already finished (%n trials); nothing was left to resume. Start a new search to try more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SearchSetupPanel</name>
    <message numerus="yes">
        <source>Grid of %1 points; %n trial(s) will run.</source>
        <translation>
            <numerusform>Grid of %1 points; %n trial will run.</numerusform>
            <numerusform>Grid of %1 points; %n trials will run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) will run.</source>
        <translation>
            <numerusform>%n trial will run.</numerusform>
            <numerusform>%n trials will run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (measured from the finished trials of this study).</source>
        <translation>
            <numerusform>About %1 with %n worker (measured from the finished trials of this study).</numerusform>
            <numerusform>About %1 with %n workers (measured from the finished trials of this study).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (estimated from a timed step).</source>
        <translation>
            <numerusform>About %1 with %n worker (estimated from a timed step).</numerusform>
            <numerusform>About %1 with %n workers (estimated from a timed step).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grid of %1 points, but the budget is %n trial(s): an evenly spaced part of the grid runs.</source>
        <translation>
            <numerusform>Grid of %1 points, but the budget is %n trial: an evenly spaced part of the grid runs.</numerusform>
            <numerusform>Grid of %1 points, but the budget is %n trials: an evenly spaced part of the grid runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (timed steps corrected by the finished trials of this study).</source>
        <translation>
            <numerusform>About %1 with %n worker (timed steps corrected by the finished trials of this study).</numerusform>
            <numerusform>About %1 with %n workers (timed steps corrected by the finished trials of this study).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SeedBandChart</name>
    <message numerus="yes">
        <source>Mean over %n seeds</source>
        <translation>
            <numerusform>Mean over %n seed</numerusform>
            <numerusform>Mean over %n seeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialCurvesChart</name>
    <message numerus="yes">
        <source>%1: min..max over %n seeds</source>
        <translation>
            <numerusform>%1: min..max over %n seed</numerusform>
            <numerusform>%1: min..max over %n seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (mean of %n seeds)</source>
        <translation>
            <numerusform> (mean of %n seed)</numerusform>
            <numerusform> (mean of %n seeds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more (in the tooltip)</source>
        <translation>
            <numerusform>and %n more (in the tooltip)</numerusform>
            <numerusform>and %n more (in the tooltip)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialDetailsDialog</name>
    <message numerus="yes">
        <source> (over %n repeats)</source>
        <translation>
            <numerusform> (over %n repeat)</numerusform>
            <numerusform> (over %n repeats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test set: %n sample(s), accuracy %1.</source>
        <translation>
            <numerusform>Test set: %n sample, accuracy %1.</numerusform>
            <numerusform>Test set: %n samples, accuracy %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
