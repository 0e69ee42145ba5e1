<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClassName</name>
    <message>
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>&quot;%1&quot; is not valid (allowed: an integer from %2 to %3)</source>
        <translation>“%1”无效（允许：%2 到 %3 之间的整数）</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>test: loss %1, accuracy %2 on %3 samples</source>
        <translation>测试集：损失 %1，准确率 %2，共 %3 个样本</translation>
    </message>
    <message>
        <source>test: loss %1, R^2 %2, MAE %3 on %4 samples</source>
        <translation>测试集：损失 %1，R² %2，MAE %3，共 %4 个样本</translation>
    </message>
    <message>
        <source>%1 epochs, %2 parameters, %3 s</source>
        <translation>%1 个周期，%2 个参数，%3 秒</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (allowed: %2)</source>
        <translation>--lang：未知语言“%1”（允许：%2）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>cannot write the export</source>
        <translation>无法写入导出文件</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (allowed: json, csv)</source>
        <translation>未知格式“%1”（允许：json、csv）</translation>
    </message>
    <message>
        <source>wrote %1 trials to %2</source>
        <translation>已将 %1 个试验写入 %2</translation>
    </message>
    <message>
        <source>only %1 trial(s) completed</source>
        <translation>只有 %1 个试验已完成</translation>
    </message>
    <message>
        <source>objective: %1, %2 of %3 trials</source>
        <translation>目标：%1，%2 / %3 个试验</translation>
    </message>
    <message>
        <source>only applies to the train command (see --help)</source>
        <translation>只适用于 train 命令（见 --help）</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Resuming study in %1</source>
        <translation>正在继续 %1 中的研究</translation>
    </message>
    <message>
        <source>Starting study in %1</source>
        <translation>正在 %1 中开始研究</translation>
    </message>
    <message>
        <source>Resuming study &quot;%1&quot; in %2</source>
        <translation>正在继续 %2 中的研究“%1”</translation>
    </message>
    <message>
        <source>Starting study &quot;%1&quot; in %2</source>
        <translation>正在 %2 中开始研究“%1”</translation>
    </message>
    <message>
        <source>: %1, %2 trials, %3 worker(s), objective %4</source>
        <translation>：%1，%2 个试验，%3 个并行工作线程，目标 %4</translation>
    </message>
    <message>
        <source>, pruner %1</source>
        <translation>，剪枝器 %1</translation>
    </message>
    <message>
        <source>, %1 seeds per config</source>
        <translation>，每个配置 %1 个随机种子</translation>
    </message>
    <message>
        <source>%1 trial(s) already finished, %2 to run again</source>
        <translation>%1 个试验已完成，%2 个将重新运行</translation>
    </message>
    <message>
        <source>stopped; continue with `hyperlab-cli resume %1`</source>
        <translation>已停止；用 `hyperlab-cli resume %1` 继续</translation>
    </message>
    <message>
        <source>trial %1 started   %2</source>
        <translation>试验 %1 已开始   %2</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 s, %2 epochs</source>
        <translation>%1 秒，%2 个周期</translation>
    </message>
    <message>
        <source>[best so far]</source>
        <translation>[目前最佳]</translation>
    </message>
    <message>
        <source>study finished (%1): %2 trials, %3 completed, %4 pruned, %5 failed, %6 cancelled</source>
        <translation>研究结束（%1）：%2 个试验，%3 个已完成，%4 个已剪枝，%5 个失败，%6 个已取消</translation>
    </message>
    <message>
        <source>, %1 waiting for `resume`</source>
        <translation>，%1 个等待 `resume`</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>，用时 %1</translation>
    </message>
    <message>
        <source>best: trial %1, %2 = %3</source>
        <translation>最佳：试验 %1，%2 = %3</translation>
    </message>
    <message>
        <source>(%1 more; `hyperlab-cli leaderboard DIR` lists all)</source>
        <translation>（还有 %1 个；`hyperlab-cli leaderboard DIR` 列出全部）</translation>
    </message>
    <message>
        <source>expects one config file (usage: hyperlab-cli train CONFIG.json [--epochs N])</source>
        <translation>需要一个配置文件（用法：hyperlab-cli train CONFIG.json [--epochs N]）</translation>
    </message>
    <message>
        <source>%1 once --epochs %2 replaces training.epochs</source>
        <translation>%1（--epochs %2 替换 training.epochs 之后）</translation>
    </message>
    <message>
        <source>HyperLab demo: an MLP %1 learns the two-spiral set (%2 points).
`hyperlab-cli defaults &gt; my.json` writes this config to edit and run with `hyperlab-cli train my.json` (fields: docs/config.md).</source>
        <translation>HyperLab 演示：一个 MLP %1 学习双螺旋数据集（%2 个点）。
`hyperlab-cli defaults &gt; my.json` 会写出此配置，修改后用 `hyperlab-cli train my.json` 运行（字段说明：docs/config.md）。</translation>
    </message>
    <message>
        <source>--lang needs a value (allowed: %1)</source>
        <translation>--lang 需要一个值（允许：%1）</translation>
    </message>
    <message>
        <source>budget</source>
        <comment>why a study ended</comment>
        <translation>试验预算已用完</translation>
    </message>
    <message>
        <source>exhausted</source>
        <comment>why a study ended</comment>
        <translation>搜索空间已穷尽</translation>
    </message>
    <message>
        <source>time</source>
        <comment>why a study ended</comment>
        <translation>已到时间限制</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>why a study ended</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>error</source>
        <comment>why a study ended</comment>
        <translation>出错</translation>
    </message>
    <message>
        <source>not saved: trial(s) %1 ended but the journal could not record it; they run again on `resume`</source>
        <translation>未保存：试验 %1 已结束，但日志无法记录；执行 `resume` 时会重新运行</translation>
    </message>
    <message>
        <source>diagnosis: the curves show no problem</source>
        <translation>诊断：曲线未显示问题</translation>
    </message>
    <message>
        <source>diagnosis:</source>
        <translation>诊断：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>调整：%1</translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1（第 %2 轮）</translation>
    </message>
    <message>
        <source>diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>smoothed training loss by learning rate:</source>
        <translation>各学习率下平滑后的训练损失：</translation>
    </message>
    <message>
        <source>stopped at %1: the loss passed 4x its minimum</source>
        <translation>在 %1 处停止：损失超过其最小值的 4 倍</translation>
    </message>
    <message>
        <source>suggested learning rate: %1</source>
        <translation>建议的学习率：%1</translation>
    </message>
    <message>
        <source>range for a search (log scale): %1 to %2</source>
        <translation>可供搜索的范围（对数刻度）：%1 到 %2</translation>
    </message>
    <message>
        <source>expects one config file (usage: hyperlab-cli lr-find CONFIG.json)</source>
        <translation>需要一个配置文件（用法：hyperlab-cli lr-find CONFIG.json）</translation>
    </message>
    <message>
        <source>lr-find: stopped</source>
        <translation>lr-find：已停止</translation>
    </message>
    <message>
        <source>(off in %1)</source>
        <translation>（其中 %1 个试验未启用）</translation>
    </message>
    <message>
        <source>objective: %1, %2 completed trials</source>
        <translation>目标：%1，%2 个已完成的试验</translation>
    </message>
    <message>
        <source>Hyperparameter importance (PED-ANOVA: how much each one decides whether a trial is in the best %1%; sums to 1)</source>
        <translation>超参数重要性（PED-ANOVA：每个超参数在多大程度上决定试验能否进入最好的 %1%；总和为 1）</translation>
    </message>
    <message numerus="yes">
        <source>Best region (spanned by the best %n trial(s)):</source>
        <translation>
            <numerusform>最佳区域（由最好的 %n 个试验张成）：</numerusform>
        </translation>
    </message>
    <message>
        <source>expects a study directory (usage: hyperlab-cli analyze DIR [--jsonl])</source>
        <translation>需要一个研究目录（用法：hyperlab-cli analyze DIR [--jsonl]）</translation>
    </message>
    <message>
        <source>needs a 2-D classification dataset (two input features: circle, xor, gaussians, spiral, moons or a CSV with two feature columns); &quot;%1&quot; has %2 input values per sample</source>
        <translation>需要二维分类数据集（两个输入特征：circle、xor、gaussians、spiral、moons 或两列特征的 CSV）；“%1”每个样本有 %2 个输入值</translation>
    </message>
    <message>
        <source>needs a classification loss (allowed: cross_entropy, binary_cross_entropy)</source>
        <translation>需要分类损失函数（允许：cross_entropy、binary_cross_entropy）</translation>
    </message>
    <message>
        <source>Decision boundary (epoch %1) written to %2</source>
        <translation>决策边界（第 %1 个周期）已写入 %2</translation>
    </message>
    <message>
        <source>a study in a database needs both --storage URL and --study NAME, and no directory</source>
        <translation>数据库中的研究需要同时给出 --storage URL 和 --study NAME，且不能再给目录</translation>
    </message>
    <message>
        <source>expects a study directory (or --storage URL --study NAME) and --out (usage: hyperlab-cli export DIR --best K --out FILE_OR_DIR, or export DIR --format json|csv --out FILE)</source>
        <translation>需要一个研究目录（或 --storage URL --study NAME）以及 --out（用法：hyperlab-cli export DIR --best K --out FILE_OR_DIR，或 export DIR --format json|csv --out FILE）</translation>
    </message>
    <message>
        <source>expects a study directory or --storage URL --study NAME (usage: hyperlab-cli leaderboard DIR [--jsonl])</source>
        <translation>需要一个研究目录或 --storage URL --study NAME（用法：hyperlab-cli leaderboard DIR [--jsonl]）</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (allowed: train, demo, defaults, search, resume, export, leaderboard, lr-find, analyze, worker, studies; see --help)</source>
        <translation>未知命令“%1”（允许：train、demo、defaults、search、resume、export、leaderboard、lr-find、analyze、worker、studies；见 --help）</translation>
    </message>
    <message>
        <source>0 (create the study, run nothing) only applies with --storage URL (allowed here: 1 to 1024)</source>
        <translation>0（只创建研究，不运行）仅适用于 --storage URL（此处允许：1 到 1024）</translation>
    </message>
    <message>
        <source>give either --out DIR (a study directory) or --storage URL (a database), not both</source>
        <translation>请给出 --out DIR（研究目录）或 --storage URL（数据库）之一，不能同时给出</translation>
    </message>
    <message>
        <source>the study file has no &quot;name&quot;: give the study one with --name NAME (workers join it by that name)</source>
        <translation>研究文件没有“name”：请用 --name NAME 为研究命名（工作进程按此名称加入）</translation>
    </message>
    <message>
        <source>created study &quot;%1&quot; in the database: %2, %3 trials; join it with `hyperlab-cli worker --storage URL --study %1`</source>
        <translation>已在数据库中创建研究“%1”：%2，%3 个试验；用 `hyperlab-cli worker --storage URL --study %1` 加入</translation>
    </message>
    <message>
        <source>only applies with --storage URL (a study directory is named by its folder)</source>
        <translation>仅适用于 --storage URL（研究目录以其文件夹命名）</translation>
    </message>
    <message>
        <source>expects a study file and --out DIR or --storage URL (usage: hyperlab-cli search STUDY.json --out DIR [--workers N] [--jsonl], or search STUDY.json --storage URL [--name NAME] [--workers N])</source>
        <translation>需要一个研究文件以及 --out DIR 或 --storage URL（用法：hyperlab-cli search STUDY.json --out DIR [--workers N] [--jsonl]，或 search STUDY.json --storage URL [--name NAME] [--workers N]）</translation>
    </message>
    <message>
        <source>no studies in this database (create one with `hyperlab-cli search STUDY.json --storage URL`)</source>
        <translation>此数据库中没有研究（用 `hyperlab-cli search STUDY.json --storage URL` 创建）</translation>
    </message>
    <message>
        <source>this machine&apos;s dataset differs from the one study &quot;%1&quot; was created with (here: %2, study: %3); give every machine the same data files</source>
        <translation>本机的数据集与创建研究“%1”时的数据集不同（本机：%2，研究：%3）；请让每台机器使用相同的数据文件</translation>
    </message>
    <message>
        <source>worker %1 joined study &quot;%2&quot;: %3, %4 trials, objective %5</source>
        <translation>工作进程 %1 已加入研究“%2”：%3，%4 个试验，目标 %5</translation>
    </message>
    <message>
        <source>trial(s) %1 finished here after the study had declared this worker lost; their retries count instead</source>
        <translation>试验 %1 在研究判定本工作进程丢失之后才在此完成；以它们的重试结果为准</translation>
    </message>
    <message>
        <source>expects --storage URL and --study NAME (usage: hyperlab-cli worker --storage URL --study NAME [--workers N] [--threads N] [--max-trials K] [--jsonl])</source>
        <translation>需要 --storage URL 和 --study NAME（用法：hyperlab-cli worker --storage URL --study NAME [--workers N] [--threads N] [--max-trials K] [--jsonl]）</translation>
    </message>
    <message>
        <source>a worker runs at least 1 trial at a time (allowed: 1 to 1024)</source>
        <translation>一个工作进程每次至少运行 1 个试验（允许：1 到 1024）</translation>
    </message>
    <message>
        <source>give one of --pause, --resume, --stop</source>
        <translation>只能给出 --pause、--resume、--stop 中的一个</translation>
    </message>
    <message>
        <source>expects --storage URL (usage: hyperlab-cli studies --storage URL [--jsonl] [--pause|--resume|--stop NAME])</source>
        <translation>需要 --storage URL（用法：hyperlab-cli studies --storage URL [--jsonl] [--pause|--resume|--stop NAME]）</translation>
    </message>
    <message>
        <source>study &quot;%1&quot; paused: its workers claim no new trial until it is resumed</source>
        <translation>研究“%1”已暂停：在恢复之前，其工作进程不再领取新试验</translation>
    </message>
    <message>
        <source>study &quot;%1&quot; stopped: its workers finish their running trials and exit</source>
        <translation>研究“%1”已停止：其工作进程完成正在运行的试验后退出</translation>
    </message>
    <message>
        <source>study &quot;%1&quot; runs: its workers claim trials again</source>
        <translation>研究“%1”恢复运行：其工作进程重新领取试验</translation>
    </message>
    <message>
        <source>study, strategy, state, budget, queued, running, completed, pruned, failed, cancelled, created</source>
        <translation>研究, 策略, 状态, 预算, 排队, 运行中, 已完成, 已剪枝, 失败, 已取消, 创建时间</translation>
    </message>
    <message>
        <source>study &quot;%1&quot; was stopped (hyperlab-cli studies --stop, or Stop in the desktop application): worker %2 claims no more trials</source>
        <translation>研究“%1”已被停止（hyperlab-cli studies --stop，或桌面应用中的“停止”）：工作进程 %2 不再领取试验</translation>
    </message>
    <message>
        <source>study &quot;%1&quot; is paused: worker %2 claims no new trial until it is resumed</source>
        <translation>研究“%1”已暂停：在恢复之前，工作进程 %2 不再领取新试验</translation>
    </message>
    <message>
        <source>study &quot;%1&quot; runs again: worker %2 claims trials</source>
        <translation>研究“%1”恢复运行：工作进程 %2 重新领取试验</translation>
    </message>
    <message>
        <source>unknown option (allowed: --jsonl, --threads N, --workers N, --best K, --epochs N, --out PATH, --format json|csv, --boundary PNG, --storage URL, --study NAME, --name NAME, --max-trials K, --grace S, --max-retries N, --reconnect-timeout S, --pause NAME, --resume NAME, --stop NAME, --lang LOCALE; see --help)</source>
        <translation>未知选项（允许：--jsonl、--threads N、--workers N、--best K、--epochs N、--out PATH、--format json|csv、--boundary PNG、--storage URL、--study NAME、--name NAME、--max-trials K、--grace S、--max-retries N、--reconnect-timeout S、--pause NAME、--resume NAME、--stop NAME、--lang LOCALE；见 --help）</translation>
    </message>
    <message>
        <source>HyperLab command-line interface

Usage:
  hyperlab-cli train CONFIG.json [--epochs N] [--boundary PNG] [--jsonl] [--threads N]
      Train one network as the config describes (docs/config.md). Prints a
      per-epoch table, or with --jsonl one JSON object per line.
      --epochs N replaces training.epochs of the config (N: 1 to 10000).
      --boundary PNG writes the final decision boundary of a 2-D
      classification run (circle, xor, gaussians, spiral, moons, 2-column CSV).
  hyperlab-cli demo [--jsonl] [--threads N]
      Train the built-in default: a small MLP on the spiral set.
  hyperlab-cli defaults
      Print the built-in default config as JSON (a starting point to edit).
  hyperlab-cli search STUDY.json --out DIR [--workers N] [--jsonl] [--threads N]
      Run a hyperparameter study (docs/study.md) and keep it in DIR (the
      definition and a journal of every trial). Ctrl-C stops it cleanly.
      --jsonl prints one JSON object per event: trial_started, epoch,
      trial_finished, study_finished.
  hyperlab-cli search STUDY.json --storage URL [--name NAME] [--workers N]
                      [--grace S] [--max-retries N]
      Create the study in a PostgreSQL database (URL: libpq&apos;s connection
      string, e.g. postgresql://user@host/db; passwords from ~/.pgpass or
      PGPASSWORD) and run N local workers on it (0: create only). Grid and
      manual trials are queued at once. A trial whose worker is silent for
      S seconds (15 to 86400, default 60) is retried, at most N times (0 to
      100, default 3). See docs/distributed.md.
  hyperlab-cli worker --storage URL --study NAME [--workers N] [--threads N]
                      [--max-trials K] [--reconnect-timeout S] [--jsonl]
      Join a study in a database from any machine: claim, train and report
      trials until the study is done (exit 0), or after K trials. Refuses a
      local dataset that differs from the study&apos;s. --jsonl events carry
      worker_id. A lost worker&apos;s trial is retried elsewhere. A lost
      connection is retried for S seconds (0 to 86400, default 600) while
      the running trials go on.
  hyperlab-cli resume --storage URL --study NAME [--workers N] [--threads N]
      Run local workers on a study in a database, as `worker` does.
  hyperlab-cli studies --storage URL [--jsonl]
      List the studies in a database, their state and trials per state.
  hyperlab-cli studies --storage URL --pause|--resume|--stop NAME
      Pause study NAME (workers claim nothing new and wait), let it run
      again, or stop it (workers finish their trials and exit 0).
  hyperlab-cli resume DIR [--workers N] [--jsonl] [--threads N]
      Continue a stopped or crashed study: finished trials are kept, trials
      that were running start again, new ones run up to the budget.
  hyperlab-cli leaderboard DIR [--jsonl]
  hyperlab-cli leaderboard --storage URL --study NAME [--jsonl]
      Print the trials ranked by the objective.
  hyperlab-cli export DIR --best K --out FILE_OR_DIR
      Write the configs of the K best trials (files `train` accepts).
  hyperlab-cli export DIR --format json|csv --out FILE
      Write the whole study: configs, states and per-epoch histories (json),
      or one row per trial with a column per dimension and metric (csv).
      Export and leaderboard also read --storage URL --study NAME.
  hyperlab-cli lr-find CONFIG.json [--jsonl] [--threads N]
      Learning-rate range test (Smith 2017): a few hundred batches while the
      rate grows from 1e-7 to 10; prints the loss curve, a suggested rate and
      a range to search.
  hyperlab-cli analyze DIR [--jsonl]
      Which hyperparameters mattered (PED-ANOVA importance, summing to 1) and
      the best region: per hyperparameter, what the best 10% of trials took.
      Needs at least 10 completed trials (docs/analysis.md).
  hyperlab-cli --version | --help

Every command takes --lang LOCALE (en, zh_CN) for the language of its
messages; the default follows the locale (LANGUAGE, LC_ALL, LANG).
--jsonl output, exports and configs are the same in every language.

Exit codes: 0 the run completed, 1 the run failed (diverged, stopped;
for a study: stopped or an error), 2 bad input (config, file, arguments).
</source>
        <translation>HyperLab 命令行界面

用法：
  hyperlab-cli train CONFIG.json [--epochs N] [--boundary PNG] [--jsonl] [--threads N]
      按配置文件训练一个网络（见 docs/config.md）。逐周期打印表格，
      或者使用 --jsonl 时每行输出一个 JSON 对象。
      --epochs N 替换配置中的 training.epochs（N：1 到 10000）。
      --boundary PNG 写出二维分类训练的最终决策边界图（circle、xor、
      gaussians、spiral、moons、两列特征的 CSV）。
  hyperlab-cli demo [--jsonl] [--threads N]
      训练内置默认配置：在螺旋数据集上训练一个小型 MLP。
  hyperlab-cli defaults
      以 JSON 打印内置默认配置（可作为修改的起点）。
  hyperlab-cli search STUDY.json --out DIR [--workers N] [--jsonl] [--threads N]
      运行一项超参数研究（见 docs/study.md），并保存在 DIR 中（研究定义
      和每个试验的日志）。按 Ctrl-C 可干净地停止。
      --jsonl 时每个事件输出一个 JSON 对象：trial_started、epoch、
      trial_finished、study_finished。
  hyperlab-cli search STUDY.json --storage URL [--name NAME] [--workers N]
                      [--grace S] [--max-retries N]
      在 PostgreSQL 数据库中创建研究（URL：libpq 的连接字符串，如
      postgresql://user@host/db；密码来自 ~/.pgpass 或 PGPASSWORD），
      并在本机运行 N 个工作进程（0：只创建）。网格和手动试验会立即
      排入队列。工作进程沉默 S 秒（15 到 86400，默认 60）的试验会被
      重试，最多 N 次（0 到 100，默认 3）。见 docs/distributed.md。
  hyperlab-cli worker --storage URL --study NAME [--workers N] [--threads N]
                      [--max-trials K] [--reconnect-timeout S] [--jsonl]
      从任意机器加入数据库中的研究：领取、训练并报告试验，直到研究
      完成（退出码 0），或完成 K 个试验后停止。本地数据集与研究的
      不一致时拒绝加入。--jsonl 事件带有 worker_id。丢失的工作进程的
      试验会在别处重试。数据库连接断开时，在 S 秒内（0 到 86400，
      默认 600）不断重连，运行中的试验照常继续。
  hyperlab-cli resume --storage URL --study NAME [--workers N] [--threads N]
      在本机对数据库中的研究运行工作进程，与 `worker` 相同。
  hyperlab-cli studies --storage URL [--jsonl]
      列出数据库中的研究、其状态及各状态的试验数。
  hyperlab-cli studies --storage URL --pause|--resume|--stop NAME
      暂停研究 NAME（工作进程不再领取新试验并等待），让它重新运行，
      或停止它（工作进程完成手头的试验后以退出码 0 结束）。
  hyperlab-cli resume DIR [--workers N] [--jsonl] [--threads N]
      继续一项已停止或崩溃的研究：已完成的试验保留，运行中的试验
      重新开始，新的试验一直运行到预算用完。
  hyperlab-cli leaderboard DIR [--jsonl]
  hyperlab-cli leaderboard --storage URL --study NAME [--jsonl]
      按目标打印试验排名。
  hyperlab-cli export DIR --best K --out FILE_OR_DIR
      写出最佳 K 个试验的配置（train 命令可直接使用的文件）。
  hyperlab-cli export DIR --format json|csv --out FILE
      写出整个研究：配置、状态和逐周期历史（json），
      或每个试验一行、每个维度和指标一列（csv）。
      export 和 leaderboard 也可读取 --storage URL --study NAME。
  hyperlab-cli lr-find CONFIG.json [--jsonl] [--threads N]
      学习率范围测试（Smith 2017）：在学习率从 1e-7 增长到 10 的同时
      训练几百个批次；打印损失曲线、建议的学习率和可供搜索的范围。
  hyperlab-cli analyze DIR [--jsonl]
      哪些超参数起了作用（PED-ANOVA 重要性，总和为 1），以及最佳区域：
      每个超参数在最好的 10% 试验中取了哪些值。
      至少需要 10 个已完成的试验（见 docs/analysis.md）。
  hyperlab-cli --version | --help

每个命令都接受 --lang LOCALE（en、zh_CN），用于选择输出信息的语言；
默认跟随系统区域设置（LANGUAGE、LC_ALL、LANG）。
--jsonl 输出、导出文件和配置文件在所有语言下都相同。

退出码：0 运行完成，1 运行失败（发散、被停止；对研究而言：被停止
或出错），2 输入错误（配置、文件、参数）。
</translation>
    </message>
    <message>
        <source>is set once for the whole study, when `search --storage URL` creates it (all its workers agree on it)</source>
        <translation>只能在 `search --storage URL` 创建研究时为整个研究设定一次（研究的所有工作进程都遵循它）</translation>
    </message>
    <message>
        <source>only applies to a study in a database (--storage URL)</source>
        <translation>只适用于数据库中的研究（--storage URL）</translation>
    </message>
    <message>
        <source>resume runs at least 1 trial at a time (allowed: 1 to 1024)</source>
        <translation>resume 每次至少运行 1 个试验（允许：1 到 1024）</translation>
    </message>
    <message>
        <source>Resuming study &quot;%1&quot; in the database: %2 trial(s) finished, %3 queued, %4 running on other workers</source>
        <translation>继续数据库中的研究“%1”：%2 个试验已结束，%3 个排队中，%4 个正在其他工作进程上运行</translation>
    </message>
    <message>
        <source>expects a study directory (usage: hyperlab-cli resume DIR [--workers N] [--jsonl], or resume --storage URL --study NAME [--workers N] [--jsonl])</source>
        <translation>需要一个研究目录（用法：hyperlab-cli resume DIR [--workers N] [--jsonl]，或 resume --storage URL --study NAME [--workers N] [--jsonl]）</translation>
    </message>
    <message>
        <source>the database connection was lost (%1); reconnecting</source>
        <translation>与数据库的连接已断开（%1）；正在重新连接</translation>
    </message>
    <message>
        <source>still reconnecting after %1 s (attempt %2: %3); next attempt in %4 s</source>
        <translation>已重连 %1 秒仍未成功（第 %2 次尝试：%3）；%4 秒后再次尝试</translation>
    </message>
    <message>
        <source>the database connection is back after %1 s (%2 attempt(s))</source>
        <translation>与数据库的连接已在 %1 秒后恢复（尝试 %2 次）</translation>
    </message>
    <message>
        <source>gave up reconnecting to the database after %1 s</source>
        <translation>重连数据库 %1 秒后放弃</translation>
    </message>
    <message>
        <source>the database connection did not come back within %1 s (--reconnect-timeout); this worker stopped, and its running trials are retried elsewhere after the study&apos;s grace</source>
        <translation>数据库连接在 %1 秒内没有恢复（--reconnect-timeout）；此工作进程已停止，它正在运行的试验将在研究的宽限时间过后在别处重试</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>%1 is out of range (allowed: %2)</source>
        <translation>%1 超出范围（允许：%2）</translation>
    </message>
    <message>
        <source>unknown field; did you mean %1? (allowed: %2)</source>
        <translation>未知字段；你是不是指 %1？（允许：%2）</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>未知字段（允许：%1）</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (allowed: %3)</source>
        <translation>未知的%1“%2”（允许：%3）</translation>
    </message>
    <message>
        <source>is required (allowed: %1)</source>
        <translation>必须提供此项（允许：%1）</translation>
    </message>
    <message>
        <source>must be a number in %1, got %2</source>
        <translation>必须是 %1 内的数值，实际为 %2</translation>
    </message>
    <message>
        <source>must be in %1, got %2</source>
        <translation>必须在 %1 内，实际为 %2</translation>
    </message>
    <message>
        <source>must be a finite number, got %1</source>
        <translation>必须是有限数，实际为 %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>must be &gt;= %1, got %2</source>
        <translation>必须 &gt;= %1，实际为 %2</translation>
    </message>
    <message>
        <source>diverged at epoch %1, batch %2: loss is %3</source>
        <translation>在第 %1 个周期的第 %2 个批次发散：损失为 %3</translation>
    </message>
    <message>
        <source>diverged at epoch %1: validation loss is %2</source>
        <translation>在第 %1 个周期发散：验证损失为 %2</translation>
    </message>
    <message>
        <source>test loss is %1</source>
        <translation>测试损失为 %1</translation>
    </message>
    <message>
        <source>stopped at epoch %1, batch %2</source>
        <translation>在第 %1 个周期的第 %2 个批次停止</translation>
    </message>
    <message>
        <source>stopped at epoch %1</source>
        <translation>在第 %1 个周期停止</translation>
    </message>
    <message>
        <source>early stopping: no improvement for %1 epochs; weights of epoch %2 kept</source>
        <translation>早停：连续 %1 个周期没有改善；保留第 %2 个周期的权重</translation>
    </message>
    <message>
        <source>pruned after epoch %1</source>
        <translation>在第 %1 个周期后被剪枝</translation>
    </message>
    <message>
        <source>the objective %1 is %2 in repeat %3</source>
        <translation>目标 %1 在第 %3 次重复中为 %2</translation>
    </message>
    <message>
        <source>the objective %1 is %2</source>
        <translation>目标 %1 为 %2</translation>
    </message>
    <message>
        <source>the study was stopped</source>
        <translation>研究已被停止</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>the run stopped before it finished</source>
        <translation>运行未完成即已停止</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot create the directory: %1</source>
        <translation>无法创建目录：%1</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>initializer</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>监控指标</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than its %2 input (allowed: %3)</source>
        <translation>%1 大于其 %2 的输入尺寸（允许：%3）</translation>
    </message>
    <message>
        <source>%1 does not come after the previous milestone %2 (allowed: increasing epoch numbers)</source>
        <translation>%1 不大于前一个里程碑 %2（允许：递增的周期编号）</translation>
    </message>
    <message>
        <source>Nesterov momentum needs training.momentum above 0 (allowed: false when momentum is 0)</source>
        <translation>Nesterov 动量要求 training.momentum 大于 0（动量为 0 时只能为 false）</translation>
    </message>
    <message>
        <source>early stopping watches the validation set, but dataset.validation_fraction is 0 (allowed: 0 to turn it off, or set a validation fraction)</source>
        <translation>早停依据验证集，但 dataset.validation_fraction 为 0（允许：设为 0 以关闭早停，或设置验证集比例）</translation>
    </message>
    <message>
        <source>convolution needs image data, but each sample is %1 plain features (allowed: an empty list for point data)</source>
        <translation>卷积需要图像数据，但每个样本只有 %1 个普通特征（允许：点数据使用空列表）</translation>
    </message>
    <message>
        <source>%1 needs a regression dataset, but this is %2 (allowed: %3)</source>
        <translation>%1 需要回归数据集，但当前是%2（允许：%3）</translation>
    </message>
    <message>
        <source>%1 needs a classification dataset, but this is %2 (allowed: %3)</source>
        <translation>%1 需要分类数据集，但当前是%2（允许：%3）</translation>
    </message>
    <message>
        <source>%1 needs exactly 2 classes, but this is %2 (allowed: %3)</source>
        <translation>%1 要求恰好 2 个类别，但当前是%2（允许：%3）</translation>
    </message>
    <message>
        <source>%1 to %2, excluding both</source>
        <translation>%1 到 %2，不含两端</translation>
    </message>
    <message>
        <source>%1 to %2, excluding %3</source>
        <translation>%1 到 %2，不含 %3</translation>
    </message>
    <message>
        <source>%1 to %2, fewer than training.epochs</source>
        <translation>%1 到 %2，须少于 training.epochs</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 或更大</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>a regression dataset</source>
        <translation>回归数据集</translation>
    </message>
    <message>
        <source>a classification dataset with %1 classes</source>
        <translation>含 %1 个类别的分类数据集</translation>
    </message>
    <message>
        <source>must be below high (%1), got %2</source>
        <translation>必须小于上限（%1），实际为 %2</translation>
    </message>
    <message>
        <source>cannot open CSV file %1</source>
        <translation>无法打开 CSV 文件 %1</translation>
    </message>
    <message>
        <source>CSV file %1 not found</source>
        <translation>找不到 CSV 文件 %1</translation>
    </message>
    <message>
        <source>file %1 not found</source>
        <translation>找不到文件 %1</translation>
    </message>
    <message>
        <source>%1 is a directory, not an IDX file</source>
        <translation>%1 是一个目录，不是 IDX 文件</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>pruner</source>
        <translation>剪枝器</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>cannot create the study directory: %1</source>
        <translation>无法创建研究目录：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cannot write the journal: %1 (events after this point are not saved)</source>
        <translation>无法写入日志：%1（此后的事件未保存）</translation>
    </message>
    <message>
        <source>cannot save the journal to disk: %1 (events after this point are not saved)</source>
        <translation>无法将日志保存到磁盘：%1（此后的事件未保存）</translation>
    </message>
    <message>
        <source>line %1 is not a JSON event (it starts &quot;%2&quot;): the journal is corrupt; nothing was changed</source>
        <translation>第 %1 行不是 JSON 事件（开头为“%2”）：日志已损坏；未做任何修改</translation>
    </message>
    <message>
        <source>is a file of a study directory; writing there would destroy the study (choose another file name)</source>
        <translation>是研究目录中的文件；写入会毁坏该研究（请换一个文件名）</translation>
    </message>
    <message>
        <source>is the study being saved (choose another directory)</source>
        <translation>就是正在保存的研究（请选择其他目录）</translation>
    </message>
    <message>
        <source>already holds a study (choose an empty or new directory; nothing was changed)</source>
        <translation>已包含一项研究（请选择空目录或新目录；未做任何修改）</translation>
    </message>
    <message>
        <source>is not a file (a study&apos;s definition is a JSON file)</source>
        <translation>不是文件（研究定义应是一个 JSON 文件）</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>trial state</source>
        <translation>试验状态</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>study file</source>
        <translation>研究文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>must be &gt; 0 for a log range, got %1 (allowed: low &gt; 0, or &quot;log&quot;: false)</source>
        <translation>对数范围的取值必须 &gt; 0，实际为 %1（允许：low &gt; 0，或 &quot;log&quot;: false）</translation>
    </message>
    <message>
        <source>%1 not found: %2</source>
        <translation>找不到%1：%2</translation>
    </message>
    <message>
        <source>cannot open %1 %2: %3</source>
        <translation>无法打开%1 %2：%3</translation>
    </message>
    <message>
        <source>value %1 is not allowed: %2</source>
        <translation>取值 %1 不被允许：%2</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Circle (2 classes)</source>
        <translation>圆形（2 个类别）</translation>
    </message>
    <message>
        <source>XOR (2 classes)</source>
        <translation>XOR（2 个类别）</translation>
    </message>
    <message>
        <source>Gaussians (2 classes)</source>
        <translation>高斯（2 个类别）</translation>
    </message>
    <message>
        <source>Spiral (2 classes)</source>
        <translation>螺旋（2 个类别）</translation>
    </message>
    <message>
        <source>Moons (2 classes)</source>
        <translation>双月（2 个类别）</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (images, 10 classes)</source>
        <translation>Fashion-MNIST（图像，10 个类别）</translation>
    </message>
    <message>
        <source>IDX files (your images)</source>
        <translation>IDX 文件（你自己的图像）</translation>
    </message>
    <message>
        <source>CSV file (your table)</source>
        <translation>CSV 文件（你自己的表格）</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>Export here</source>
        <translation>导出到此处</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Loss not decreasing</source>
        <translation>损失不下降</translation>
    </message>
    <message>
        <source>Oscillating loss</source>
        <translation>损失振荡</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation>欠拟合</translation>
    </message>
    <message>
        <source>Plateau</source>
        <translation>停滞（平台期）</translation>
    </message>
    <message>
        <source>The loss blew up in epoch %1 and the model never learned: the learning rate is too high. Lower it (try 10x smaller) or clip the gradient.</source>
        <translation>损失在第 %1 轮爆炸，模型始终没有学到东西：学习率过高。请降低学习率（可试缩小 10 倍）或使用梯度裁剪。</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite in epoch %1, batch %2: the learning rate is too high. Lower it (try 10x smaller) or clip the gradient.</source>
        <translation>损失在第 %1 轮第 %2 个批次变为 NaN 或无穷大：学习率过高。请降低学习率（可试缩小 10 倍）或使用梯度裁剪。</translation>
    </message>
    <message>
        <source>The validation loss became NaN or infinite after epoch %1: the learning rate is too high. Lower it (try 10x smaller) or clip the gradient.</source>
        <translation>第 %1 轮之后验证集损失变为 NaN 或无穷大：学习率过高。请降低学习率（可试缩小 10 倍）或使用梯度裁剪。</translation>
    </message>
    <message>
        <source>The training loss bounces up and down without decreasing: the learning rate is too high. Lower it.</source>
        <translation>训练损失上下跳动而不下降：学习率过高。请降低学习率。</translation>
    </message>
    <message>
        <source>The training loss hardly decreases: the learning rate is too low. Raise it (try 10x larger).</source>
        <translation>训练损失几乎不下降：学习率过低。请提高学习率（可试放大 10 倍）。</translation>
    </message>
    <message>
        <source>The training loss oscillates from epoch %1 on: the learning rate is too high or the batch too small. Lower the learning rate or use larger batches.</source>
        <translation>从第 %1 轮起训练损失振荡：学习率过高或批量太小。请降低学习率或增大批量大小。</translation>
    </message>
    <message>
        <source>The validation loss rises after epoch %1 while the training loss keeps falling. Add dropout or weight decay, use early stopping, or train fewer epochs.</source>
        <translation>第 %1 轮之后验证集损失上升，而训练损失仍在下降。请增加丢弃率或权重衰减、使用早停，或减少训练轮数。</translation>
    </message>
    <message>
        <source>Training and validation quality stay low and flat from epoch %1 on. Use a larger model, more epochs or a higher learning rate.</source>
        <translation>从第 %1 轮起训练集和验证集的指标都偏低且不再提升。请使用更大的模型、更多训练轮数或更高的学习率。</translation>
    </message>
    <message>
        <source>The training loss has stalled since epoch %1 at a constant learning rate: a learning-rate schedule that lowers it would help.</source>
        <translation>在恒定学习率下，训练损失自第 %1 轮起停滞不前：使用逐步降低学习率的学习率调度会有帮助。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GuidePages</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>HyperLab trains small neural networks so you can see what each hyperparameter does. This guide takes about fifteen minutes: one training run, then a first search, on the &lt;b&gt;spiral&lt;/b&gt; dataset.</source>
        <translation>HyperLab 训练小型神经网络，让你亲眼看到每个超参数的作用。本指南大约需要十五分钟：在&lt;b&gt;螺旋&lt;/b&gt;数据集上先做一次训练，再做第一次搜索。</translation>
    </message>
    <message>
        <source>The main window has four areas:</source>
        <translation>主窗口分为四个区域：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dataset&lt;/b&gt; and &lt;b&gt;Model and Training&lt;/b&gt; (tabs on the left): the data and every hyperparameter of one run;</source>
        <translation>&lt;b&gt;数据集&lt;/b&gt;和&lt;b&gt;模型与训练&lt;/b&gt;（左侧的选项卡）：一次训练的数据和全部超参数；</translation>
    </message>
    <message>
        <source>the charts in the centre: loss, accuracy and learning rate per epoch;</source>
        <translation>中间的图表：每个训练周期的损失、准确率和学习率；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; (right): which hyperparameters a search varies, and how;</source>
        <translation>&lt;b&gt;搜索&lt;/b&gt;（右侧）：搜索改变哪些超参数，以及如何改变；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaderboard&lt;/b&gt; (bottom): one row per trial, the best first.</source>
        <translation>&lt;b&gt;排行榜&lt;/b&gt;（底部）：每个试验一行，最好的排在最前。</translation>
    </message>
    <message>
        <source>Hover over any field for a short explanation. Press &lt;b&gt;F1&lt;/b&gt; over a field to open it in the &lt;b&gt;Glossary&lt;/b&gt; tab of this window, with what goes wrong when it is too high or too low.</source>
        <translation>把鼠标停在任一字段上可以看到简短说明。在字段上按 &lt;b&gt;F1&lt;/b&gt;，会在本窗口的&lt;b&gt;术语表&lt;/b&gt;选项卡中打开它，并说明它过高或过低时会出现什么问题。</translation>
    </message>
    <message>
        <source>Your first run</source>
        <translation>第一次训练</translation>
    </message>
    <message>
        <source>HyperLab starts with the spiral: two interleaved arms of points, one per class, that no straight line can separate. The network is small: two hidden layers of 64 neurons, ReLU, the Adam optimizer with a learning rate of 0.01, and 60 epochs.</source>
        <translation>HyperLab 启动时使用螺旋数据集：两条相互缠绕的点臂，每条一个类别，任何直线都无法把它们分开。网络很小：两个各有 64 个神经元的隐藏层，ReLU 激活函数，Adam 优化器，学习率 0.01，训练周期数 60。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Run&lt;/b&gt; in the toolbar, or press &lt;b&gt;Ctrl+R&lt;/b&gt;. Training takes a few seconds.</source>
        <translation>点击工具栏中的&lt;b&gt;运行&lt;/b&gt;，或按 &lt;b&gt;Ctrl+R&lt;/b&gt;。训练只需几秒钟。</translation>
    </message>
    <message>
        <source>While it trains, the charts follow it live, the status bar shows its progress, and the leaderboard gets a row for it: state &lt;i&gt;running&lt;/i&gt;, then &lt;i&gt;completed&lt;/i&gt;.</source>
        <translation>训练期间，图表实时跟随它，状态栏显示进度，排行榜为它添加一行：状态先是&lt;i&gt;运行中&lt;/i&gt;，然后是&lt;i&gt;已完成&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>If Run is greyed out, the form has a problem: a red message above the form names the field, and the field is framed in red.</source>
        <translation>如果“运行”是灰色的，说明表单有问题：表单上方的红色提示会指出是哪个字段，该字段也会加上红框。</translation>
    </message>
    <message>
        <source>Reading the curves</source>
        <translation>读懂曲线</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loss&lt;/b&gt; measures how wrong the network is: lower is better. &lt;b&gt;Accuracy&lt;/b&gt; is the share of points it classifies correctly: higher is better. Each is drawn twice: &lt;b&gt;dashed&lt;/b&gt; for the training data the network learns from, &lt;b&gt;solid&lt;/b&gt; for the validation data it never trains on.</source>
        <translation>&lt;b&gt;损失&lt;/b&gt;衡量网络错得有多厉害：越低越好。&lt;b&gt;准确率&lt;/b&gt;是网络分类正确的点所占的比例：越高越好。每条曲线都画两次：&lt;b&gt;虚线&lt;/b&gt;是网络用来学习的训练数据，&lt;b&gt;实线&lt;/b&gt;是网络从不用来训练的验证数据。</translation>
    </message>
    <message>
        <source>On the spiral, accuracy starts near 0.50, which is guessing between two classes, and should climb towards 1.0 while the loss falls. The validation curves are the ones that count: they show how the network does on points it has not seen.</source>
        <translation>在螺旋数据集上，准确率从 0.50 左右开始（相当于在两个类别之间瞎猜），随着损失下降应当逐渐升向 1.0。真正重要的是验证曲线：它们显示网络在没见过的点上表现如何。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Learning rate&lt;/b&gt; chart shows the step size in each epoch. It is a flat line unless you choose a learning-rate schedule.</source>
        <translation>&lt;b&gt;学习率&lt;/b&gt;图表显示每个训练周期的步长。除非选择了学习率调度，否则它是一条水平线。</translation>
    </message>
    <message>
        <source>A healthy run: both losses fall and level off close together, and both accuracies rise and level off close together.</source>
        <translation>健康的训练：两条损失曲线都下降并在相近的位置趋于平稳，两条准确率曲线都上升并在相近的位置趋于平稳。</translation>
    </message>
    <message>
        <source>The leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Each run, and each trial of a search, is a row. The first columns are the trial number, its state and the &lt;b&gt;objective&lt;/b&gt; that ranks the trials (validation accuracy unless you change it); then come the validation and test results, the hyperparameters the search varies, the epochs, the duration and the number of parameters.</source>
        <translation>每次训练、搜索中的每个试验都是一行。前几列是试验编号、状态和用来给试验排名的&lt;b&gt;目标&lt;/b&gt;（默认是验证准确率）；接着是验证和测试结果、搜索改变的超参数、训练周期数、耗时和参数数量。</translation>
    </message>
    <message>
        <source>Click a column header to sort. Click a row to show its curves; &lt;b&gt;Ctrl+click&lt;/b&gt; several rows to draw their curves together.</source>
        <translation>点击列标题可以排序。点击一行可显示它的曲线；按住 &lt;b&gt;Ctrl 点击&lt;/b&gt;多行，可以把它们的曲线画在一起。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details…&lt;/b&gt; (or a double-click) shows the whole config, the curves and the confusion matrix. &lt;b&gt;Copy to form&lt;/b&gt; puts the trial&apos;s hyperparameters into the form, so you can change one and run again. &lt;b&gt;Re-run&lt;/b&gt; trains it once more.</source>
        <translation>&lt;b&gt;详细信息…&lt;/b&gt;（或双击）显示完整配置、曲线和混淆矩阵。&lt;b&gt;复制到表单&lt;/b&gt;把该试验的超参数填入表单，你可以改动其中一个再运行。&lt;b&gt;重新运行&lt;/b&gt;会再训练一次。</translation>
    </message>
    <message>
        <source>Choose between trials by their validation results. Keep the test columns for a last check of the winner: once you pick by test accuracy, the test set is no longer new data.</source>
        <translation>请根据验证结果在试验之间做选择。测试列留到最后检验胜出者：一旦按测试准确率挑选，测试集就不再是新数据了。</translation>
    </message>
    <message>
        <source>Your first search</source>
        <translation>第一次搜索</translation>
    </message>
    <message>
        <source>A search trains many trials with different hyperparameters. In the &lt;b&gt;Search&lt;/b&gt; panel on the right, each row is a hyperparameter with a &lt;b&gt;Mode&lt;/b&gt;:</source>
        <translation>搜索会用不同的超参数训练许多试验。在右侧的&lt;b&gt;搜索&lt;/b&gt;面板中，每行是一个超参数，带有一个&lt;b&gt;模式&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixed&lt;/b&gt;: the value in the form;</source>
        <translation>&lt;b&gt;固定&lt;/b&gt;：使用表单中的值；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Range&lt;/b&gt;: any value between Low and High;</source>
        <translation>&lt;b&gt;范围&lt;/b&gt;：下限与上限之间的任意值；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log range&lt;/b&gt;: the same, but even on a log scale, so 0.001 to 0.01 is as likely as 0.01 to 0.1. Use it for the learning rate and the weight decay, whose good values span powers of ten;</source>
        <translation>&lt;b&gt;对数范围&lt;/b&gt;：同上，但在对数刻度上均匀取值，因此 0.001 到 0.01 与 0.01 到 0.1 被选中的机会相同。学习率和权重衰减的合适取值跨越多个数量级，应使用它；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;: one of a comma-separated list.</source>
        <translation>&lt;b&gt;取值&lt;/b&gt;：从逗号分隔的列表中选一个。</translation>
    </message>
    <message>
        <source>The learning rate matters most, so the first search is ready: &lt;b&gt;Learning rate&lt;/b&gt; in &lt;b&gt;Log range&lt;/b&gt; from 0.001 to 0.3, and &lt;b&gt;Hidden layers&lt;/b&gt; from the values [32], [64, 64] and [128, 64]. To set a row yourself, choose its Mode and type Low and High.</source>
        <translation>学习率最重要，所以第一次搜索已经设置好：&lt;b&gt;学习率&lt;/b&gt;使用&lt;b&gt;对数范围&lt;/b&gt; 0.001 到 0.3，&lt;b&gt;隐藏层&lt;/b&gt;从 [32]、[64, 64] 和 [128, 64] 中取值。要自己设置某一行，选择它的模式并填写下限和上限。</translation>
    </message>
    <message>
        <source>Below the table, choose a &lt;b&gt;Strategy&lt;/b&gt; (Random search is a good start), the &lt;b&gt;Objective&lt;/b&gt; and the number of &lt;b&gt;Trials&lt;/b&gt;. The line at the bottom says how many trials will run and about how long they take.</source>
        <translation>在表格下方选择&lt;b&gt;策略&lt;/b&gt;（随机搜索是不错的开始）、&lt;b&gt;目标&lt;/b&gt;和&lt;b&gt;试验数&lt;/b&gt;。最下面一行说明将运行多少个试验、大约需要多长时间。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Start search&lt;/b&gt;, or press &lt;b&gt;Ctrl+Shift+R&lt;/b&gt;. &lt;b&gt;Pause&lt;/b&gt; starts no new trial; &lt;b&gt;Stop all&lt;/b&gt; stops the study, and File &gt; Resume study continues it.</source>
        <translation>点击&lt;b&gt;开始搜索&lt;/b&gt;，或按 &lt;b&gt;Ctrl+Shift+R&lt;/b&gt;。&lt;b&gt;暂停&lt;/b&gt;后不再开始新的试验；&lt;b&gt;全部停止&lt;/b&gt;会停止研究，之后可用 文件 &gt; 继续研究 接着运行。</translation>
    </message>
    <message>
        <source>Comparing trials</source>
        <translation>比较试验</translation>
    </message>
    <message>
        <source>When the search is done, the leaderboard lists the best objective first. Ctrl+click the top three rows: the charts draw their curves together, and the legend names the hyperparameters that differ, such as lr=0.0034.</source>
        <translation>搜索结束后，排行榜把目标值最好的试验排在最前。按住 Ctrl 点击前三行：图表把它们的曲线画在一起，图例列出不同的超参数，例如 lr=0.0034。</translation>
    </message>
    <message>
        <source>Then look down the table. Which learning rates are at the bottom? On the spiral, trials with a rate near 0.2 often stay at 0.50 accuracy: too high for Adam. Rates near 0.001 learn, but slowly.</source>
        <translation>再往下看表格：排在最后的是哪些学习率？在螺旋数据集上，学习率接近 0.2 的试验准确率常常停在 0.50：对 Adam 来说太高了。接近 0.001 的学习率能学会，但很慢。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Optimisation history&lt;/b&gt; tab plots the objective of each trial in order, with the best value so far: it shows whether more trials still help.</source>
        <translation>&lt;b&gt;优化历史&lt;/b&gt;选项卡按顺序画出每个试验的目标值以及目前为止的最佳值：从中可以看出再增加试验是否还有帮助。</translation>
    </message>
    <message>
        <source>A difference of one or two points can be luck: the same config with another seed can move that much. Set &lt;b&gt;Seeds per config&lt;/b&gt; above 1 to average over seeds before you trust a small difference.</source>
        <translation>一两个百分点的差别可能只是运气：同一配置换一个随机种子就可能变化这么多。在相信微小差别之前，把&lt;b&gt;每个配置的随机种子数&lt;/b&gt;设为大于 1，对多个种子取平均。</translation>
    </message>
    <message>
        <source>Found a good trial? Use &lt;b&gt;Copy to form&lt;/b&gt;, change one hyperparameter at a time and press Ctrl+R to see what it does.</source>
        <translation>找到好的试验了？用&lt;b&gt;复制到表单&lt;/b&gt;，每次只改一个超参数，按 Ctrl+R 看看它的作用。</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>Overfitting means the network memorises the training points instead of learning the shape. In the charts, the &lt;b&gt;training&lt;/b&gt; loss keeps falling while the &lt;b&gt;validation&lt;/b&gt; loss stops falling and rises again; training accuracy nears 1.0 while validation accuracy stays behind.</source>
        <translation>过拟合是指网络记住了训练点，而不是学会了整体形状。在图表中，&lt;b&gt;训练&lt;/b&gt;损失持续下降，而&lt;b&gt;验证&lt;/b&gt;损失不再下降甚至回升；训练准确率接近 1.0，验证准确率却落在后面。</translation>
    </message>
    <message>
        <source>To see it: in the Dataset tab set Samples to 300 and Noise to 0.5; in the form, give both hidden layers 256 neurons and set Epochs to 200; press Ctrl+R.</source>
        <translation>动手看看：在数据集选项卡中把样本数设为 300、噪声设为 0.5；在表单中把两个隐藏层都设为 256 个神经元，训练周期数设为 200；按 Ctrl+R。</translation>
    </message>
    <message>
        <source>What helps, roughly in this order:</source>
        <translation>有帮助的做法，大致按以下顺序：</translation>
    </message>
    <message>
        <source>more data (Samples), or less noise;</source>
        <translation>更多数据（样本数），或更少噪声；</translation>
    </message>
    <message>
        <source>a &lt;b&gt;Dropout rate&lt;/b&gt; of 0.2 to 0.5;</source>
        <translation>&lt;b&gt;丢弃率&lt;/b&gt;设为 0.2 到 0.5；</translation>
    </message>
    <message>
        <source>a &lt;b&gt;Weight decay&lt;/b&gt; of 1e-4 to 1e-3;</source>
        <translation>&lt;b&gt;权重衰减&lt;/b&gt;设为 1e-4 到 1e-3；</translation>
    </message>
    <message>
        <source>a smaller network: fewer neurons or layers;</source>
        <translation>更小的网络：更少的神经元或层；</translation>
    </message>
    <message>
        <source>fewer epochs, or an &lt;b&gt;Early-stopping patience&lt;/b&gt; of 10: training stops when the validation loss no longer improves and keeps the best weights.</source>
        <translation>更少的训练周期，或把&lt;b&gt;早停耐心值&lt;/b&gt;设为 10：验证损失不再改善时停止训练，并保留最佳权重。</translation>
    </message>
    <message>
        <source>The opposite is &lt;b&gt;underfitting&lt;/b&gt;: both losses stay high and close together. Give the network more neurons or layers, more epochs or a higher learning rate.</source>
        <translation>相反的情况是&lt;b&gt;欠拟合&lt;/b&gt;：两条损失曲线都居高不下且彼此接近。给网络更多神经元或层、更多训练周期，或更高的学习率。</translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>To see it: set the learning rate to 0.5 and press Ctrl+R; then set it to 0.05, run again and compare the two trials in the leaderboard.</source>
        <translation>动手看看：把学习率设为 0.5 并按 Ctrl+R；再设为 0.05 重新运行，然后在排行榜中比较这两个试验。</translation>
    </message>
    <message>
        <source>What to change, first things first:</source>
        <translation>该改什么，按先后顺序：</translation>
    </message>
    <message>
        <source>lower the &lt;b&gt;Learning rate&lt;/b&gt; by a factor of 3 to 10: it is the cause most of the time;</source>
        <translation>把&lt;b&gt;学习率&lt;/b&gt;降低到原来的 1/3 到 1/10：大多数时候问题就出在它身上；</translation>
    </message>
    <message>
        <source>with SGD, lower the &lt;b&gt;Momentum&lt;/b&gt; too;</source>
        <translation>使用 SGD 时，同时降低&lt;b&gt;动量&lt;/b&gt;；</translation>
    </message>
    <message>
        <source>set &lt;b&gt;Gradient clipping&lt;/b&gt; to between 1 and 5;</source>
        <translation>把&lt;b&gt;梯度裁剪&lt;/b&gt;设为 1 到 5 之间；</translation>
    </message>
    <message>
        <source>turn on &lt;b&gt;Batch normalisation&lt;/b&gt;, or use the weight initialisation that matches the activation (Kaiming/He for ReLU).</source>
        <translation>打开&lt;b&gt;批量归一化&lt;/b&gt;，或使用与激活函数相匹配的权重初始化（ReLU 用 Kaiming/He）。</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Glossary&lt;/b&gt; tab lists every hyperparameter: what it does, its usual range, and what goes wrong when it is too high or too low. Type in its filter box to find one, for example “learning”.</source>
        <translation>&lt;b&gt;术语表&lt;/b&gt;选项卡列出了每个超参数：它的作用、常用范围，以及过高或过低时会出现的问题。在筛选框中输入文字即可查找，例如“学习率”。</translation>
    </message>
    <message>
        <source>Divergence means the updates are so large that training falls apart. The loss jumps up in the first epochs, swings wildly, or goes flat at a high value (about 0.7 on the spiral) while accuracy sits at 0.50. If the loss becomes NaN or infinite, the trial stops in the state &lt;i&gt;failed&lt;/i&gt;, and Details gives the reason.</source>
        <translation>发散是指更新步子太大，训练崩溃。损失在最初几个周期里猛然上升、剧烈摆动，或停在一个很高的值（在螺旋数据集上约为 0.7），同时准确率停在 0.50。如果损失变成 NaN 或无穷大，试验会停止，状态为&lt;i&gt;失败&lt;/i&gt;，详细信息中会给出原因。</translation>
    </message>
</context>
<context>
    <name>HyperparameterHelp</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>数据随机种子</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>测试集比例</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <source>Sample limit</source>
        <translation>样本数上限</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Conv layers</source>
        <translation>卷积层</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核数量</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>池化大小</translation>
    </message>
    <message>
        <source>Pool stride</source>
        <translation>池化步长</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Activation parameter</source>
        <translation>激活函数参数</translation>
    </message>
    <message>
        <source>Dropout rate</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>Weight initialisation</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>初始化尺度</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>批量归一化</translation>
    </message>
    <message>
        <source>Loss function</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Huber delta</source>
        <translation>Huber delta</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>Beta 1</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>Beta 2</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Rho (decay)</source>
        <translation>Rho（衰减率）</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>衰减间隔</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Minimum LR</source>
        <translation>最小学习率</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>预热周期数</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>衰减因子</translation>
    </message>
    <message>
        <source>Plateau patience</source>
        <translation>平台期耐心值</translation>
    </message>
    <message>
        <source>Maximum LR</source>
        <translation>最大学习率</translation>
    </message>
    <message>
        <source>Rising share</source>
        <translation>上升阶段占比</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练周期数</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Training seed</source>
        <translation>训练随机种子</translation>
    </message>
    <message>
        <source>Early-stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <source>Minimum improvement</source>
        <translation>最小改善量</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监控指标</translation>
    </message>
    <message>
        <source>Which data to learn. Circle, xor, gaussians, spiral and moons are generated 2-D classification sets (spiral is the hardest); plane and sine are regression sets; Fashion-MNIST is 28x28 clothing images in 10 classes; IDX and CSV read your own files.</source>
        <translation>要学习的数据。圆形（circle）、XOR、高斯（gaussians）、螺旋（spiral）和双月（moons）是生成的二维分类数据集（螺旋最难）；平面（plane）和正弦（sine）是回归数据集；Fashion-MNIST 是 10 个类别的 28x28 服装图像；IDX 和 CSV 读取你自己的文件。</translation>
    </message>
    <message>
        <source>Points to generate. More data fits the true shape better and overfits less. Allowed 10 to 1,000,000; 500-5,000 is plenty for 2-D sets.</source>
        <translation>要生成的点数。数据越多，越能拟合真实形状，也越不容易过拟合。允许范围为 10 到 1,000,000；对二维数据集，500-5,000 个就足够了。</translation>
    </message>
    <message>
        <source>Noise added to generated points. More noise makes classes overlap, so no model reaches 100 %. Usual 0 to 0.5.</source>
        <translation>添加到生成点上的噪声。噪声越大，类别重叠越多，因此任何模型都无法达到 100% 准确率。常用 0 到 0.5。</translation>
    </message>
    <message>
        <source>Seeds data generation and the train/validation/test split. Same seed, same data.</source>
        <translation>用于数据生成以及训练集/验证集/测试集划分的随机种子。种子相同，数据就相同。</translation>
    </message>
    <message>
        <source>Share of samples held out for the final test. 7:3 or 8:2 (0.3 or 0.2) suits about 10k samples; at about 1M samples 1 % is enough. Fashion-MNIST tests on its own 10,000 images instead.</source>
        <translation>留作最终测试的样本比例。样本约 1 万个时，7:3 或 8:2（即 0.3 或 0.2）较为合适；样本约 100 万个时，1% 就足够了。Fashion-MNIST 则改用其自带的 10,000 张测试图像。</translation>
    </message>
    <message>
        <source>Share held out to watch overfitting during training (validation curves, early stopping, plateau schedule). Usual 0.1-0.2; test + validation must stay below 1.</source>
        <translation>留出用于在训练中观察过拟合的样本比例（用于验证曲线、早停、平台期降低调度）。常用 0.1-0.2；测试集比例与验证集比例之和必须小于 1。</translation>
    </message>
    <message>
        <source>Use only the first N samples (0 = all): a quick way to try settings on a big set before the full run.</source>
        <translation>只使用前 N 个样本（0 = 全部）：在完整运行之前，可借此在大数据集上快速试验各种设置。</translation>
    </message>
    <message>
        <source>Neurons per hidden layer; the number of layers is the depth. Too few layers or neurons underfit, too many overfit and train slower. 1-3 layers of 16-256 neurons are usual; no layer gives a linear model.</source>
        <translation>每个隐藏层的神经元数；层数即网络深度。层数或神经元太少会欠拟合，太多则会过拟合且训练更慢。常用 1-3 层、每层 16-256 个神经元；没有隐藏层时为线性模型。</translation>
    </message>
    <message>
        <source>Convolution blocks for image data (Fashion-MNIST, IDX): Conv2D, optional batch norm, activation, optional pooling. Leave empty for point data.</source>
        <translation>用于图像数据（Fashion-MNIST、IDX）的卷积块：Conv2D、可选的批量归一化、激活函数、可选的池化。点数据请留空。</translation>
    </message>
    <message>
        <source>Feature maps the layer produces. More filters see more patterns and cost more time. Usual 8-128, allowed 1-1024.</source>
        <translation>该层输出的特征图数量。卷积核越多，能识别的模式越多，耗时也越长。常用 8-128，允许 1-1024。</translation>
    </message>
    <message>
        <source>Side of the square kernel (receptive field): 1x1, 3x3 and 5x5 are usual. It slides left to right, top to bottom, and must fit its input.</source>
        <translation>正方形卷积核的边长（感受野）：常用 1x1、3x3 和 5x5。卷积核从左到右、从上到下滑动，其尺寸不能超过输入。</translation>
    </message>
    <message>
        <source>Step between kernel positions. 1 is usual; 2 halves the map like a pooling layer.</source>
        <translation>卷积核每次移动的距离。常用 1；取 2 时会像池化层一样将特征图尺寸减半。</translation>
    </message>
    <message>
        <source>&apos;same&apos; pads with zeros so the output is ceil(input/stride); &apos;valid&apos; does not pad and the map shrinks by kernel - 1.</source>
        <translation>&apos;same&apos; 用零填充，使输出大小为 ceil(输入/步长)；&apos;valid&apos; 不填充，特征图尺寸缩小“卷积核大小 - 1”。</translation>
    </message>
    <message>
        <source>Down-sampling after the activation: max keeps the strongest response, avg the mean, global_avg averages each whole map to one value.</source>
        <translation>激活函数之后的下采样：max 保留最强的响应，avg 取平均值，global_avg 将每个完整的特征图平均为一个值。</translation>
    </message>
    <message>
        <source>Side of the square pooling window; 2x2 or 3x3 is usual.</source>
        <translation>正方形池化窗口的边长；常用 2x2 或 3x3。</translation>
    </message>
    <message>
        <source>Step between pooling windows; 0 means the pool size (windows do not overlap).</source>
        <translation>池化窗口之间的步长；0 表示等于池化大小（窗口互不重叠）。</translation>
    </message>
    <message>
        <source>The non-linearity after each layer. ReLU is the usual start; tanh suits small smooth problems; sigmoid saturates and trains slowly in deep nets; GELU, ELU and leaky ReLU are modern alternatives.</source>
        <translation>每层之后的非线性函数。ReLU 是常用的起点；Tanh 适合小型平滑问题；Sigmoid 容易饱和，在深层网络中训练缓慢；GELU、ELU 和 Leaky ReLU 是较新的替代选择。</translation>
    </message>
    <message>
        <source>Leaky ReLU: slope for negative inputs (usual 0.01-0.3); ELU: alpha (usual 1). Ignored by the other activations.</source>
        <translation>Leaky ReLU：负输入的斜率（常用 0.01-0.3）；ELU：alpha（常用 1）。其他激活函数忽略此参数。</translation>
    </message>
    <message>
        <source>Share of hidden neurons switched off at random in each training step, against overfitting. 0.2-0.5 is usual and 0.2 a good start; too low does little, too high underfits. Helps more in larger nets.</source>
        <translation>每个训练步中随机关闭的隐藏神经元比例，用于防止过拟合。常用 0.2-0.5，0.2 是不错的起点；太低作用不大，太高会欠拟合。在较大的网络中作用更明显。</translation>
    </message>
    <message>
        <source>How weights start. Match it to the activation: Kaiming/He for ReLU, Xavier/Glorot for tanh and sigmoid; uniform or normal variants. The random draw itself can move results a lot: compare over several seeds.</source>
        <translation>权重的初始取值方式。应与激活函数匹配：ReLU 用 Kaiming/He，Tanh 和 Sigmoid 用 Xavier/Glorot；各有均匀分布和正态分布两种变体。随机抽样本身就可能显著影响结果：请在多个随机种子下进行比较。</translation>
    </message>
    <message>
        <source>Plain uniform: weights in [-scale, scale]; plain normal: standard deviation. Usual 0.01-0.1. Ignored by the fan-based schemes.</source>
        <translation>普通均匀分布：权重在 [-scale, scale] 内取值，scale 即此值；普通正态分布：此值为标准差。常用 0.01-0.1。基于扇入/扇出（fan）的初始化方案会忽略此参数。</translation>
    </message>
    <message>
        <source>Normalise each layer&apos;s outputs over the batch before the activation. Allows higher learning rates and deeper nets; makes small batches noisier.</source>
        <translation>在激活函数之前，对每层的输出在批次内进行归一化。允许使用更高的学习率和更深的网络；但会使小批量训练的噪声更大。</translation>
    </message>
    <message>
        <source>What training minimises: cross-entropy for classes, binary cross-entropy for two classes, MSE, Huber or L1 for regression.</source>
        <translation>训练所要最小化的目标：分类用交叉熵，二分类用二元交叉熵，回归用 MSE、Huber 或 L1。</translation>
    </message>
    <message>
        <source>Huber loss: errors below delta count quadratically, larger ones linearly (less sensitive to outliers). Usual 1.</source>
        <translation>Huber 损失：小于 delta 的误差按平方计算，较大的误差按线性计算（对离群值不那么敏感）。常用 1。</translation>
    </message>
    <message>
        <source>The update rule: SGD (optionally with momentum and Nesterov), Adam, AdamW (decoupled weight decay), RMSProp, Adagrad. Adam is a robust default; SGD with momentum often generalises well when tuned.</source>
        <translation>参数更新规则：SGD（可选动量和 Nesterov 动量）、Adam、AdamW（解耦权重衰减）、RMSProp、Adagrad。Adam 是稳健的默认选择；经过调参的带动量 SGD 通常泛化效果较好。</translation>
    </message>
    <message>
        <source>Step size of each update; tune it first, it matters most. Between 1e-6 and 1; 0.01 is a common default (Adam 1e-3). Low is slow but smooth, high is fast but may diverge.</source>
        <translation>每次更新的步长；应最先调整，它的影响最大。取值在 1e-6 到 1 之间；0.01 是常用的默认值（Adam 为 1e-3）。较小时收敛慢但平稳，较大时快但可能发散。</translation>
    </message>
    <message>
        <source>SGD and RMSProp: memory of past steps that damps oscillation. Typical 0.5-0.9; start low.</source>
        <translation>SGD 和 RMSProp：对过去步骤的记忆，可抑制振荡。典型值为 0.5-0.9；建议从较低的值开始。</translation>
    </message>
    <message>
        <source>SGD: evaluate the gradient at the look-ahead point (Nesterov momentum). Needs momentum above 0.</source>
        <translation>SGD：在前瞻点处计算梯度（Nesterov 动量）。需要动量大于 0。</translation>
    </message>
    <message>
        <source>Adam/AdamW: decay of the running mean of gradients. Usual 0.9.</source>
        <translation>Adam/AdamW：梯度滑动平均的衰减率。常用 0.9。</translation>
    </message>
    <message>
        <source>Adam/AdamW: decay of the running mean of squared gradients. Usual 0.999.</source>
        <translation>Adam/AdamW：梯度平方滑动平均的衰减率。常用 0.999。</translation>
    </message>
    <message>
        <source>Adam, RMSProp, Adagrad: added to the denominator for numerical safety. Usual 1e-8.</source>
        <translation>Adam、RMSProp、Adagrad：加到分母上以保证数值稳定。常用 1e-8。</translation>
    </message>
    <message>
        <source>RMSProp: decay of the running mean of squared gradients. Usual 0.9-0.99.</source>
        <translation>RMSProp：梯度平方滑动平均的衰减率。常用 0.9-0.99。</translation>
    </message>
    <message>
        <source>L2 penalty on the weights against overfitting (AdamW decouples it from the gradient). Usual 0 to 1e-3; search it on a log scale.</source>
        <translation>对权重施加的 L2 惩罚，用于防止过拟合（AdamW 将其与梯度解耦）。常用 0 到 1e-3；请在对数尺度上搜索。</translation>
    </message>
    <message>
        <source>Rescales the gradient when its global norm exceeds this value, against exploding updates. 0 = off; usual 1-5.</source>
        <translation>当梯度的全局范数超过此值时对梯度进行缩放，以防止梯度爆炸。0 = 关闭；常用 1-5。</translation>
    </message>
    <message>
        <source>How the learning rate falls over time (as PyTorch&apos;s lr_scheduler): constant, step, multi-step, exponential, cosine, on-plateau, one-cycle. Decay gives steadier late training and less oscillation near the optimum.</source>
        <translation>学习率随时间下降的方式（与 PyTorch 的 lr_scheduler 相同）：恒定、阶梯衰减、多阶梯衰减、指数、余弦退火、平台期降低、单周期。衰减能让训练后期更平稳，并减少在最优点附近的振荡。</translation>
    </message>
    <message>
        <source>Step schedule: multiply the rate by gamma every this many epochs.</source>
        <translation>阶梯衰减：每经过此数目的周期，就将学习率乘以 gamma。</translation>
    </message>
    <message>
        <source>Step, multi-step, exponential: factor applied at each decay (usual 0.1-0.9; exponential per epoch 0.9-0.99).</source>
        <translation>阶梯衰减、多阶梯衰减、指数：每次衰减时乘上的因子（常用 0.1-0.9；指数调度按每个周期计，常用 0.9-0.99）。</translation>
    </message>
    <message>
        <source>Multi-step: increasing epoch numbers (e.g. 30, 60) at which the rate is multiplied by gamma.</source>
        <translation>多阶梯衰减：递增的周期编号（例如 30, 60），在这些周期将学习率乘以 gamma。</translation>
    </message>
    <message>
        <source>Cosine and plateau: the floor the rate decays to (at most the learning rate). Usual 0 or 1e-5.</source>
        <translation>余弦退火和平台期降低：学习率衰减到的下限（不超过学习率）。常用 0 或 1e-5。</translation>
    </message>
    <message>
        <source>Epochs at the start during which the rate rises linearly to its value; must be fewer than the epochs. 0 = off.</source>
        <translation>训练开始阶段学习率线性上升到设定值所用的周期数；必须少于训练周期数。0 = 关闭。</translation>
    </message>
    <message>
        <source>On-plateau: multiply the rate by this when validation loss stops improving. Usual 0.1-0.5.</source>
        <translation>平台期降低：当验证损失不再改善时，将学习率乘以此值。常用 0.1-0.5。</translation>
    </message>
    <message>
        <source>On-plateau: epochs without improvement before the rate is cut. Usual 2-10.</source>
        <translation>平台期降低：降低学习率之前允许没有改善的周期数。常用 2-10。</translation>
    </message>
    <message>
        <source>One-cycle: the peak rate (0 = the learning rate). Usually 5-10x a safe constant rate.</source>
        <translation>单周期：峰值学习率（0 = 使用学习率）。通常为安全恒定学习率的 5-10 倍。</translation>
    </message>
    <message>
        <source>One-cycle: share of the run spent raising the rate to its peak. Usual 0.3.</source>
        <translation>单周期：整个训练中用于将学习率升至峰值的部分所占比例。常用 0.3。</translation>
    </message>
    <message>
        <source>Passes over the training set. Raise until validation accuracy starts to fall while training accuracy still rises (overfitting); early stopping can decide for you.</source>
        <translation>遍历训练集的次数。逐步增加，直到验证准确率开始下降而训练准确率仍在上升（过拟合）为止；也可以让早停替你决定。</translation>
    </message>
    <message>
        <source>Samples per update. 32 is the usual default; try 64, 128, 256. Usually 1 to a few hundred: small batches are noisy but generalise well, large ones are faster per epoch.</source>
        <translation>每次更新使用的样本数。32 是常用的默认值；可尝试 64、128、256。通常为 1 到几百：小批量噪声大但泛化好，大批量每个周期更快。</translation>
    </message>
    <message>
        <source>Seeds weight initialisation, dropout and batch order. Results can move a lot with the seed alone: repeat important runs with several seeds.</source>
        <translation>用于权重初始化、丢弃（dropout）和批次顺序的随机种子。仅改变种子就可能使结果变化很大：重要的运行请用多个随机种子重复。</translation>
    </message>
    <message>
        <source>Stop when the monitored metric has not improved for this many epochs and keep the best weights. 0 = off; usual 5-20. Needs a validation set.</source>
        <translation>当监控指标连续此数目的周期都没有改善时，停止训练并保留最佳权重。0 = 关闭；常用 5-20。需要验证集。</translation>
    </message>
    <message>
        <source>Smallest change that counts as an improvement for early stopping. Usual 0 to 1e-3.</source>
        <translation>早停中被视为改善的最小变化量。常用 0 到 1e-3。</translation>
    </message>
    <message>
        <source>The validation metric early stopping watches: validation loss (any task) or validation accuracy (classification).</source>
        <translation>早停所监控的验证指标：验证损失（任何任务）或验证准确率（分类）。</translation>
    </message>
</context>
<context>
    <name>HyperparameterPitfalls</name>
    <message>
        <source>Too high</source>
        <translation>过高</translation>
    </message>
    <message>
        <source>Too low</source>
        <translation>过低</translation>
    </message>
    <message>
        <source>The loss jumps up or swings from epoch to epoch and may become NaN (the trial fails as diverged), or it drops once and then stays flat while accuracy sits at chance (0.50 on the spiral). Divide it by 3 to 10.</source>
        <translation>损失猛然上升或在各周期之间来回摆动，可能变成 NaN（试验因发散而失败）；或者只下降一次就不再变化，准确率停在随机猜测的水平（螺旋数据集上为 0.50）。把它除以 3 到 10。</translation>
    </message>
    <message>
        <source>Both loss curves fall slowly, almost in a straight line, and accuracy is still climbing when the epochs run out. Multiply it by 3 to 10, or train more epochs.</source>
        <translation>两条损失曲线下降缓慢，几乎是一条直线，训练周期用完时准确率仍在上升。把它乘以 3 到 10，或增加训练周期数。</translation>
    </message>
    <message>
        <source>Few updates per epoch: the loss falls slowly per epoch and the net may generalise worse. Raise the learning rate with it or train more epochs.</source>
        <translation>每个周期的更新次数少：每个周期损失下降得慢，网络的泛化能力也可能变差。同时提高学习率，或增加训练周期数。</translation>
    </message>
    <message>
        <source>Many noisy updates: the curves are jagged, each epoch takes longer and batch normalisation becomes unreliable. Use 32 to 128, or lower the learning rate a little.</source>
        <translation>更新多而嘈杂：曲线呈锯齿状，每个周期耗时更长，批量归一化也变得不可靠。使用 32 到 128，或稍微降低学习率。</translation>
    </message>
    <message>
        <source>Time is wasted, and after the best epoch the validation loss rises while the training loss keeps falling (overfitting). Use early stopping, or stop where the validation curve turns.</source>
        <translation>浪费时间，而且过了最佳周期后验证损失上升，训练损失却继续下降（过拟合）。使用早停，或在验证曲线拐头的地方停止。</translation>
    </message>
    <message>
        <source>Training stops while both curves are still improving (underfitting). Add epochs until the validation curve flattens.</source>
        <translation>两条曲线仍在改善时训练就停止了（欠拟合）。增加训练周期数，直到验证曲线趋于平稳。</translation>
    </message>
    <message>
        <source>Too many neurons are switched off: even the training accuracy stays low and the curves are noisy (underfitting). Use 0.2 to 0.5, with a wider net.</source>
        <translation>关闭的神经元太多：连训练准确率都上不去，曲线也很嘈杂（欠拟合）。使用 0.2 到 0.5，并配合更宽的网络。</translation>
    </message>
    <message>
        <source>At 0 there is no protection: on small or noisy data the training accuracy nears 100 % while the validation accuracy falls behind (overfitting). Try 0.2.</source>
        <translation>为 0 时没有任何保护：在数据少或噪声大时，训练准确率接近 100 %，验证准确率却落在后面（过拟合）。试试 0.2。</translation>
    </message>
    <message>
        <source>The weights are pulled so hard towards zero that the net cannot fit: both losses stay high (underfitting). Divide it by 10.</source>
        <translation>权重被过度拉向零，网络无法拟合：两条损失曲线都居高不下（欠拟合）。把它除以 10。</translation>
    </message>
    <message>
        <source>No brake on large weights: on small data the net overfits (training far better than validation). Search 1e-5 to 1e-3 on a log scale.</source>
        <translation>对过大的权重没有约束：数据少时网络会过拟合（训练结果远好于验证结果）。在对数刻度上搜索 1e-5 到 1e-3。</translation>
    </message>
    <message>
        <source>Close to 1 the updates overshoot: the loss swings up and down and may diverge, above all with a large learning rate. Lower it, or lower the learning rate.</source>
        <translation>接近 1 时更新会冲过头：损失上下摆动，可能发散，学习率大时尤其如此。降低它，或降低学习率。</translation>
    </message>
    <message>
        <source>At 0 SGD crawls along shallow valleys and the loss shows long plateaus. Values of 0.5 to 0.9 speed it up.</source>
        <translation>为 0 时 SGD 在平缓的谷底缓慢爬行，损失曲线出现很长的平台。0.5 到 0.9 的值能让它加快。</translation>
    </message>
    <message>
        <source>Adaptive (Adam, RMSProp) at a large learning rate</source>
        <translation>自适应优化器（Adam、RMSProp）配大学习率</translation>
    </message>
    <message>
        <source>Adam, AdamW and RMSProp already scale their steps, so an SGD-sized rate (0.1 or more) makes them jump: the loss spikes and accuracy falls to chance. Use about 0.001 to 0.01 with them.</source>
        <translation>Adam、AdamW 和 RMSProp 已经会自行缩放步长，所以用 SGD 那样大的学习率（0.1 或更高）会让它们乱跳：损失突然飙升，准确率跌到随机猜测的水平。配合它们使用约 0.001 到 0.01。</translation>
    </message>
    <message>
        <source>Plain SGD</source>
        <translation>不带动量的 SGD</translation>
    </message>
    <message>
        <source>SGD without momentum needs a well-tuned learning rate and many epochs; at a small rate it hardly moves. Add momentum, or start with Adam. Adagrad&apos;s steps shrink over time and can stall long runs.</source>
        <translation>不带动量的 SGD 需要精心调好的学习率和很多训练周期；学习率小时几乎不动。加上动量，或从 Adam 开始。Adagrad 的步长会随时间变小，训练时间长时可能停滞。</translation>
    </message>
    <message>
        <source>Too many layers</source>
        <translation>层数过多</translation>
    </message>
    <message>
        <source>Deep nets train slower, overfit small data and, with sigmoid or tanh, pass gradients back poorly (the loss hardly moves at first). Two or three layers are plenty for the 2-D sets.</source>
        <translation>深层网络训练更慢，在小数据上容易过拟合；使用 sigmoid 或 tanh 时梯度难以回传（损失起初几乎不动）。对二维数据集来说，两三层就足够了。</translation>
    </message>
    <message>
        <source>Too few layers</source>
        <translation>层数过少</translation>
    </message>
    <message>
        <source>With no hidden layer the model is linear and cannot learn the spiral, circle or xor: accuracy stays near chance. One layer learns simple shapes; start the spiral with two layers of 64.</source>
        <translation>没有隐藏层时模型是线性的，学不会螺旋、圆环或异或：准确率停在随机猜测附近。一层可以学会简单形状；螺旋数据集建议从两层各 64 个神经元开始。</translation>
    </message>
    <message>
        <source>Very wide layers have many parameters: each epoch is slower and small data is memorised (overfitting). Add dropout or weight decay, or use fewer neurons.</source>
        <translation>很宽的层参数很多：每个周期更慢，小数据会被死记硬背（过拟合）。加上丢弃或权重衰减，或减少神经元。</translation>
    </message>
    <message>
        <source>Too few neurons cannot bend the decision boundary enough: training and validation accuracy both stay low (underfitting). Double them.</source>
        <translation>神经元太少，决策边界弯曲不够：训练和验证准确率都上不去（欠拟合）。把它们加倍。</translation>
    </message>
    <message>
        <source>Saturating (sigmoid, tanh) or dying (ReLU)</source>
        <translation>饱和（sigmoid、tanh）或死亡（ReLU）</translation>
    </message>
    <message>
        <source>Sigmoid and tanh flatten out for large inputs, so gradients shrink layer by layer and deep nets train very slowly. With too large a learning rate many ReLU units die (always output 0) and the loss stops falling: try leaky ReLU or a lower rate.</source>
        <translation>sigmoid 和 tanh 在输入较大时趋于平坦，梯度逐层缩小，深层网络训练得非常慢。学习率太大时许多 ReLU 单元会“死亡”（始终输出 0），损失不再下降：试试 Leaky ReLU 或降低学习率。</translation>
    </message>
    <message>
        <source>No non-linearity (linear)</source>
        <translation>没有非线性（线性）</translation>
    </message>
    <message>
        <source>Linear (none) makes the whole net a linear model, however deep: it cannot separate the spiral. Use ReLU, tanh or GELU.</source>
        <translation>线性（无）使整个网络无论多深都只是线性模型：它无法分开螺旋。使用 ReLU、tanh 或 GELU。</translation>
    </message>
    <message>
        <source>Weights too large</source>
        <translation>权重过大</translation>
    </message>
    <message>
        <source>Activations and gradients grow layer by layer: the first losses are huge or NaN and sigmoid or tanh units saturate. Match the scheme to the activation (Kaiming for ReLU, Xavier for tanh) or use a smaller init scale.</source>
        <translation>激活值和梯度逐层增大：最初的损失极大或为 NaN，sigmoid 或 tanh 单元进入饱和。让初始化方案与激活函数相匹配（ReLU 用 Kaiming，tanh 用 Xavier），或使用更小的初始化尺度。</translation>
    </message>
    <message>
        <source>Weights too small</source>
        <translation>权重过小</translation>
    </message>
    <message>
        <source>Signals shrink to almost nothing through the layers: the loss stays flat at its starting value for many epochs. The fan-based schemes (Kaiming, Xavier) avoid this; plain uniform or normal with a tiny scale does not.</source>
        <translation>信号逐层缩小到几乎为零：损失在许多周期内停在初始值不动。基于扇入/扇出的方案（Kaiming、Xavier）可以避免这一点；尺度很小的普通均匀或正态初始化则不行。</translation>
    </message>
    <message>
        <source>On, with small batches</source>
        <translation>开启，但批量很小</translation>
    </message>
    <message>
        <source>Statistics from a few samples are noisy: the validation curves jump and can differ from training. Use batches of 32 or more, or turn it off.</source>
        <translation>少量样本的统计量噪声很大：验证曲线跳动，并可能与训练不一致。使用 32 或更大的批量，或关闭它。</translation>
    </message>
    <message>
        <source>Off, in a deep net</source>
        <translation>关闭，且网络较深</translation>
    </message>
    <message>
        <source>Deep nets without it are more sensitive to the learning rate and the initialisation, and may need a smaller rate and more epochs.</source>
        <translation>没有它的深层网络对学习率和初始化更敏感，可能需要更小的学习率和更多训练周期。</translation>
    </message>
    <message>
        <source>Large kernels have many weights and see a wide area at once: slower, more prone to overfitting, and they must fit the input. Stack 3x3 layers instead.</source>
        <translation>大卷积核权重多、一次看到的区域大：更慢，更容易过拟合，而且必须能放进输入。改为堆叠多个 3x3 层。</translation>
    </message>
    <message>
        <source>A 1x1 kernel sees one pixel and cannot detect edges or shapes on its own; accuracy on images stays lower. 3x3 is the usual choice.</source>
        <translation>1x1 卷积核只看一个像素，单靠它无法检测边缘或形状；图像上的准确率会偏低。常用的是 3x3。</translation>
    </message>
    <message>
        <source>Many filters cost time and memory and overfit small image sets. Grow them layer by layer instead (e.g. 16, 32, 64).</source>
        <translation>卷积核数量多会耗费时间和内存，并在小图像集上过拟合。改为逐层增加（例如 16、32、64）。</translation>
    </message>
    <message>
        <source>Too few feature maps cannot hold enough patterns: even the training accuracy stays low (underfitting).</source>
        <translation>特征图太少，容纳不了足够的模式：连训练准确率都上不去（欠拟合）。</translation>
    </message>
    <message>
        <source>Too much pooling</source>
        <translation>池化过多</translation>
    </message>
    <message>
        <source>Pooling after every layer, or with large windows, shrinks the map until detail is lost (28x28 becomes 3x3 after three 2x2 pools): underfitting. global_avg belongs in the last block only.</source>
        <translation>每层之后都池化，或池化窗口很大，会把特征图缩小到丢失细节（28x28 经过三次 2x2 池化后只剩 3x3）：欠拟合。global_avg 只应放在最后一个块。</translation>
    </message>
    <message>
        <source>No pooling</source>
        <translation>不池化</translation>
    </message>
    <message>
        <source>The maps stay large: each layer is slower and the dense layer after the convolutions gets many weights, which overfit. Pool 2x2 after every block or two.</source>
        <translation>特征图一直很大：每层都更慢，卷积之后的全连接层权重很多，容易过拟合。每一两个块之后做一次 2x2 池化。</translation>
    </message>
    <message>
        <source>The run goes on long after the best epoch: it takes longer, though the best weights are kept. 5 to 20 is usual.</source>
        <translation>在最佳周期之后还要训练很久：耗时更长，不过最佳权重会被保留。常用 5 到 20。</translation>
    </message>
    <message>
        <source>A patience of 1 or 2 stops at the first noisy bump of the validation curve, before learning has finished (0 turns early stopping off).</source>
        <translation>耐心值为 1 或 2 时，验证曲线第一次因噪声起伏就会停止，学习还没完成（0 表示关闭早停）。</translation>
    </message>
    <message>
        <source>Decays too fast</source>
        <translation>衰减过快</translation>
    </message>
    <message>
        <source>A step schedule with a small step size or gamma, or an exponential one with a small gamma, makes the rate tiny early: the loss stops improving at a high value. Decay later or by less; the Learning rate chart shows the rate per epoch.</source>
        <translation>步长或 gamma 较小的阶梯调度，或 gamma 较小的指数调度，会让学习率过早变得极小：损失停在较高的值不再改善。晚一些衰减或衰减得少一些；学习率图表显示每个周期的学习率。</translation>
    </message>
    <message>
        <source>No decay (constant)</source>
        <translation>不衰减（恒定）</translation>
    </message>
    <message>
        <source>With a constant rate the loss can keep bouncing near the minimum at the end and the validation curves stay noisy. Cosine or step decay steadies the last epochs.</source>
        <translation>学习率恒定时，损失在训练末期可能一直在最小值附近来回跳动，验证曲线也一直嘈杂。余弦或阶梯衰减能让最后几个周期更平稳。</translation>
    </message>
</context>
<context>
    <name>ModelTrainingForm</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Linear (none)</source>
        <translation>线性（无）</translation>
    </message>
    <message>
        <source>Kaiming/He uniform</source>
        <translation>Kaiming/He 均匀分布</translation>
    </message>
    <message>
        <source>Kaiming/He normal</source>
        <translation>Kaiming/He 正态分布</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 均匀分布</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 正态分布</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 正态分布</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>L1 (mean absolute error)</source>
        <translation>L1（平均绝对误差）</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Multi-step</source>
        <translation>多阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>平台期降低</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>单周期</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
</context>
<context>
    <name>SearchSetupPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::AnalysisPanel</name>
    <message>
        <source>x:</source>
        <translation>x：</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y：</translation>
    </message>
    <message>
        <source>Parallel coordinates</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>切片图</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>等高线</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>One line per finished trial across every hyperparameter; drag along an axis to filter the leaderboard</source>
        <translation>每个已结束的试验是一条穿过所有超参数的折线；沿某条轴拖动即可筛选排行榜</translation>
    </message>
    <message>
        <source>The objective against each hyperparameter</source>
        <translation>目标值随每个超参数的变化</translation>
    </message>
    <message>
        <source>The objective over two hyperparameters, as a Gaussian-process surrogate fitted on the finished trials</source>
        <translation>目标值在两个超参数上的分布：由已结束试验拟合的高斯过程代理模型</translation>
    </message>
    <message>
        <source>How much each hyperparameter decides whether a trial is among the best 10% (PED-ANOVA)</source>
        <translation>每个超参数在多大程度上决定试验能否进入最好的 10%（PED-ANOVA）</translation>
    </message>
    <message>
        <source>Show pruned and failed</source>
        <translation>显示已剪枝和失败的试验</translation>
    </message>
    <message>
        <source>Clear ranges</source>
        <translation>清除范围</translation>
    </message>
    <message>
        <source>Remove the ranges selected on the parallel coordinates</source>
        <translation>移除在平行坐标上选定的范围</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>导出图像…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG or SVG</source>
        <translation>将当前图表保存为 PNG 或 SVG</translation>
    </message>
    <message numerus="yes">
        <source>The importance of each hyperparameter appears once %n trial(s) have completed.</source>
        <translation>
            <numerusform>至少 %n 个试验完成后，将显示每个超参数的重要性。</numerusform>
        </translation>
    </message>
    <message>
        <source>The contour appears once trials have completed.</source>
        <translation>试验完成后将显示等高线图。</translation>
    </message>
    <message>
        <source>No finished trials yet.</source>
        <translation>尚无已结束的试验。</translation>
    </message>
    <message numerus="yes">
        <source>%n completed trial(s)</source>
        <translation>
            <numerusform>%n 个已完成的试验</numerusform>
        </translation>
    </message>
    <message>
        <source>PED-ANOVA importance from %1 completed trials (the best %2 against all)</source>
        <translation>基于 %1 个已完成试验的 PED-ANOVA 重要性（最好的 %2 个与全部相比）</translation>
    </message>
    <message>
        <source>The contour needs two numeric hyperparameters.</source>
        <translation>等高线图需要两个数值型超参数。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::BoundaryPanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the decision boundary as a PNG image or an SVG vector drawing</source>
        <translation>将决策边界保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Decision boundary of the selected or running trial</source>
        <translation>所选或正在运行的试验的决策边界</translation>
    </message>
    <message>
        <source>Select a trial, or start a study on a 2-D dataset (circle, xor, gaussians, spiral, moons, a two-column CSV).</source>
        <translation>请选择一个试验，或在二维数据集（circle、xor、gaussians、spiral、moons、两列特征的 CSV）上开始一项研究。</translation>
    </message>
    <message>
        <source>Trial %1, epoch %2: colour = predicted class, paler = less sure; dots = training samples, rings = validation samples</source>
        <translation>试验 %1，第 %2 个周期：颜色 = 预测类别，越浅 = 越不确定；实心点 = 训练样本，圆环 = 验证集样本</translation>
    </message>
    <message>
        <source>Trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source>This trial evaluates a test function: there is no network to draw.</source>
        <translation>此试验评估的是一个测试函数：没有可绘制的网络。</translation>
    </message>
    <message>
        <source>No decision boundary: boundaries are recorded while a study on a 2-D classification dataset runs (not for images, regression, or studies opened from disk).</source>
        <translation>没有决策边界：决策边界只在二维分类数据集上的研究运行时记录（图像、回归任务以及从磁盘打开的研究没有）。</translation>
    </message>
    <message>
        <source>Trial %1, epoch %2: predictions on 16 fixed test images (red frame = wrong, with the true class) and the validation confusion matrix (rows = true class)</source>
        <translation>试验 %1，第 %2 个周期：在 16 张固定测试图像上的预测（红框 = 预测错误，附真实类别）以及验证集混淆矩阵（行 = 真实类别）</translation>
    </message>
    <message>
        <source>No predictions: the predictions on the gallery images are recorded while a study runs (not for studies opened from disk).</source>
        <translation>没有预测：图库图像上的预测在研究运行时记录（从磁盘打开的研究没有）。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ChartExport</name>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConfusionMatrixTask</name>
    <message>
        <source>Loading the dataset…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <source>Training epoch %1 of %2…</source>
        <translation>正在训练第 %1 个周期（共 %2 个）…</translation>
    </message>
    <message>
        <source>Trained epoch %1 of %2</source>
        <translation>已训练第 %1 个周期（共 %2 个）</translation>
    </message>
    <message>
        <source>Training failed again: %1</source>
        <translation>重新训练失败：%1</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConfusionMatrixView</name>
    <message>
        <source>No confusion matrix yet.</source>
        <translation>尚无混淆矩阵。</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConnectDatabaseDialog</name>
    <message>
        <source>Connect to database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>Open a study that workers on many machines share through PostgreSQL (docs/distributed.md). The connection string is libpq&apos;s: &lt;tt&gt;postgresql://user@host/database&lt;/tt&gt; or &lt;tt&gt;host=/run/postgresql dbname=hyperlab&lt;/tt&gt;. Put passwords in ~/.pgpass or PGPASSWORD: HyperLab remembers the string without its password.</source>
        <translation>打开由多台机器上的工作进程通过 PostgreSQL 共享的研究（见 docs/distributed.md）。连接字符串采用 libpq 的格式：&lt;tt&gt;postgresql://user@host/database&lt;/tt&gt; 或 &lt;tt&gt;host=/run/postgresql dbname=hyperlab&lt;/tt&gt;。请把密码放在 ~/.pgpass 或 PGPASSWORD 中：HyperLab 只记住不含密码的连接字符串。</translation>
    </message>
    <message>
        <source>libpq connection string: a URI or key=value pairs</source>
        <translation>libpq 连接字符串：URI 或 key=value 键值对</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>List the studies in this database</source>
        <translation>列出此数据库中的研究</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds HyperLab tables this version cannot use: %2</source>
        <translation>%1 中的 HyperLab 数据表无法被此版本使用：%2</translation>
    </message>
    <message>
        <source>Cannot read the studies in %1: %2</source>
        <translation>无法读取 %1 中的研究：%2</translation>
    </message>
    <message>
        <source>%1 holds no study yet: create one with hyperlab-cli search STUDY.json --storage URL.</source>
        <translation>%1 中还没有研究：请用 hyperlab-cli search STUDY.json --storage URL 创建一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 个研究。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ContourChart</name>
    <message>
        <source>Computing the surrogate…</source>
        <translation>正在计算代理模型…</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ConvLayersEditor</name>
    <message>
        <source>Add conv layer</source>
        <translation>添加卷积层</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DataPreview</name>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatabaseStudiesModel</name>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 completed, %2 pruned, %3 failed, %4 cancelled, %5 queued; budget %6</source>
        <translation>%1 个已完成，%2 个已剪枝，%3 个失败，%4 个已取消，%5 个排队；预算 %6</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>Trials done</source>
        <translation>已完成试验</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatabaseStudyBar</name>
    <message>
        <source>Database study</source>
        <translation>数据库研究</translation>
    </message>
    <message>
        <source>Pause study</source>
        <translation>暂停研究</translation>
    </message>
    <message>
        <source>Workers on every machine claim no new trial and wait; running trials go on</source>
        <translation>所有机器上的工作进程不再领取新试验并等待；正在运行的试验会继续</translation>
    </message>
    <message>
        <source>Resume study</source>
        <translation>恢复研究</translation>
    </message>
    <message>
        <source>Workers claim trials again</source>
        <translation>工作进程重新领取试验</translation>
    </message>
    <message>
        <source>Stop study</source>
        <translation>停止研究</translation>
    </message>
    <message>
        <source>Workers on every machine finish their running trial and exit</source>
        <translation>所有机器上的工作进程完成正在运行的试验后退出</translation>
    </message>
    <message>
        <source>Trials at a time: </source>
        <translation>同时运行的试验数：</translation>
    </message>
    <message>
        <source>How many trials this machine trains at once</source>
        <translation>本机同时训练多少个试验</translation>
    </message>
    <message>
        <source>Run workers here</source>
        <translation>在本机运行工作进程</translation>
    </message>
    <message>
        <source>This machine joins the study as hyperlab-cli worker does; uncheck to stop its trials at once (they go back to the queue)</source>
        <translation>本机像 hyperlab-cli worker 一样加入研究；取消勾选会立即停止本机的试验（它们回到队列中）</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>研究：%1</translation>
    </message>
    <message>
        <source>Study: not connected</source>
        <translation>研究：未连接</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatabaseStudySession</name>
    <message>
        <source>Cannot open study &quot;%1&quot; in the database %2: %3</source>
        <translation>无法打开数据库 %2 中的研究“%1”：%3</translation>
    </message>
    <message>
        <source>Lost the connection to the database %1 (trying again every %2 s): %3</source>
        <translation>与数据库 %1 的连接已断开（每 %2 秒重试一次）：%3</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatabaseWorkers</name>
    <message>
        <source>this machine&apos;s dataset differs from the one the study was created with (here: %1, study: %2)</source>
        <translation>本机的数据集与创建研究时使用的不同（本机：%1，研究：%2）</translation>
    </message>
    <message>
        <source>The workers on this machine stopped with an error: %1</source>
        <translation>本机的工作进程因错误而停止：%1</translation>
    </message>
    <message>
        <source>The study was stopped; the workers on this machine ended.</source>
        <translation>研究已被停止；本机的工作进程已结束。</translation>
    </message>
    <message>
        <source>The workers on this machine stopped; their running trials went back to the queue.</source>
        <translation>本机的工作进程已停止；其正在运行的试验已回到队列中。</translation>
    </message>
    <message>
        <source>The workers on this machine ended: the study has no trial left.</source>
        <translation>本机的工作进程已结束：研究中已没有剩余的试验。</translation>
    </message>
    <message>
        <source>The workers on this machine could not start: %1</source>
        <translation>本机的工作进程无法启动：%1</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::DatasetPanel</name>
    <message>
        <source>Directory with the four Fashion-MNIST IDX files; empty means %1, where the Debian package installs them.</source>
        <translation>存放四个 Fashion-MNIST IDX 文件的目录；留空表示 %1，即 Debian 软件包的安装位置。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The IDX image file, e.g. train-images-idx3-ubyte.gz.</source>
        <translation>IDX 图像文件，例如 train-images-idx3-ubyte.gz。</translation>
    </message>
    <message>
        <source>The IDX label file, e.g. train-labels-idx1-ubyte.gz.</source>
        <translation>IDX 标签文件，例如 train-labels-idx1-ubyte.gz。</translation>
    </message>
    <message>
        <source>IDX files (*idx*ubyte *idx*ubyte.gz);;All files (*)</source>
        <translation>IDX 文件 (*idx*ubyte *idx*ubyte.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The CSV table: a header row, numeric feature columns and one label column.</source>
        <translation>CSV 表格：一个表头行、若干数值特征列和一个标签列。</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>(last column)</source>
        <translation>（最后一列）</translation>
    </message>
    <message>
        <source>The column to predict, by header name or 0-based index; every other column is a numeric input. Empty: the last column.</source>
        <translation>要预测的列，可用表头名称或从 0 开始的索引指定；其他每一列都是数值输入。留空：使用最后一列。</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Whether the label column holds classes or values. Automatic picks classification for text labels or few distinct integers.</source>
        <translation>标签列包含的是类别还是数值。“自动”在标签为文本或只有少数几个不同整数时选择分类。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>数据划分</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Found in %1: 60,000 training and 10,000 test images, 28x28 grey, 10 classes: %2.</source>
        <translation>在 %1 中找到：60,000 张训练图像和 10,000 张测试图像，28x28 灰度，10 个类别：%2。</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed in %1. Install it with:
sudo apt-get install dataset-fashion-mnist
or choose a directory holding the four IDX files.</source>
        <translation>%1 中未安装 Fashion-MNIST。请使用以下命令安装：
sudo apt-get install dataset-fashion-mnist
或者选择一个包含四个 IDX 文件的目录。</translation>
    </message>
    <message>
        <source>%1x%2x%3 images</source>
        <translation>%1x%2x%3 图像</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 个特征</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>classification, %n class(es)</source>
        <translation>
            <numerusform>分类，%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <source>Choose a directory</source>
        <translation>选择目录</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::GalleryCanvas</name>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>waiting for the first epoch</source>
        <translation>等待第一个周期</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <source>no boundary (2-D datasets only, recorded while the study runs)</source>
        <translation>无决策边界（仅限二维数据集，在研究运行时记录）</translation>
    </message>
    <message>
        <source>no predictions (recorded while the study runs)</source>
        <translation>没有预测（在研究运行时记录）</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::GalleryPanel</name>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>The hyperparameter laid out left to right</source>
        <translation>从左到右排列的超参数</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>The hyperparameter laid out top to bottom</source>
        <translation>从上到下排列的超参数</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Replay the study epoch by epoch: every tile and the decision boundary views show the same epoch</source>
        <translation>逐个周期回放研究：所有图块和决策边界视图都显示同一个周期</translation>
    </message>
    <message>
        <source>The epoch every tile and boundary view shows</source>
        <translation>所有图块和决策边界视图显示的周期</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Show each trial&apos;s latest epoch and follow the running ones</source>
        <translation>显示每个试验的最新周期，并跟随正在运行的试验</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the gallery as a PNG image or an SVG vector drawing</source>
        <translation>将图库保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Epoch: latest</source>
        <translation>周期：最新</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 个周期</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::GlossaryView</name>
    <message>
        <source>Filter, e.g. learning</source>
        <translation>筛选，例如：学习率</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>没有与筛选条件匹配的条目。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::GuideView</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一页(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一页(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::HelpWindow</name>
    <message>
        <source>HyperLab Help</source>
        <translation>HyperLab 帮助</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>A short tour: a first run and a first search</source>
        <translation>简短导览：第一次训练和第一次搜索</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>术语表(&amp;L)</translation>
    </message>
    <message>
        <source>Every hyperparameter, and what goes wrong when it is too high or too low</source>
        <translation>每个超参数，以及它过高或过低时会出现的问题</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::HiddenLayersEditor</name>
    <message>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Append a hidden layer with the width of the last one.</source>
        <translation>追加一个隐藏层，其神经元数与最后一层相同。</translation>
    </message>
    <message>
        <source>No hidden layer (linear model)</source>
        <translation>无隐藏层（线性模型）</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source> neurons</source>
        <translation> 个神经元</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除此层</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ImagePredictions</name>
    <message>
        <source>true: %1</source>
        <translation>实为 %1</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>val %1%</source>
        <translation>验证 %1%</translation>
    </message>
    <message>
        <source>%1/%2 wrong</source>
        <translation>错 %1/%2</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 周期</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Takes effect when HyperLab restarts</source>
        <translation>在 HyperLab 重启后生效</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LeaderboardModel</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Pruned: %1</source>
        <translation>已剪枝：%1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Best trial so far by %1</source>
        <translation>按 %1 计目前最佳的试验</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Val acc / R²</source>
        <translation>验证准确率 / R²</translation>
    </message>
    <message>
        <source>Val loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Test acc / R²</source>
        <translation>测试准确率 / R²</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>周期数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Trial number, in the order the search created them</source>
        <translation>试验编号，按搜索创建的顺序排列</translation>
    </message>
    <message>
        <source>Queued, running, completed, pruned (stopped early by the pruner), failed (hover for the reason) or cancelled</source>
        <translation>排队中、运行中、已完成、已剪枝（被剪枝器提前停止）、失败（悬停查看原因）或已取消</translation>
    </message>
    <message>
        <source>Validation accuracy (R² for regression) after the last epoch</source>
        <translation>最后一个周期之后的验证准确率（回归任务为 R²）</translation>
    </message>
    <message>
        <source>Validation loss after the last epoch</source>
        <translation>最后一个周期之后的验证损失</translation>
    </message>
    <message>
        <source>Accuracy (R² for regression) on the held-out test set</source>
        <translation>在预留测试集上的准确率（回归任务为 R²）</translation>
    </message>
    <message>
        <source>Loss on the held-out test set</source>
        <translation>在预留测试集上的损失</translation>
    </message>
    <message>
        <source>Epochs trained (fewer when stopped early or pruned)</source>
        <translation>已训练的周期数（早停或被剪枝时会更少）</translation>
    </message>
    <message>
        <source>Wall time of the trial (all repeats)</source>
        <translation>试验的实际用时（包括所有重复）</translation>
    </message>
    <message>
        <source>Trainable parameters of the network</source>
        <translation>网络的可训练参数量</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>≈ Not distinguishable from the best trial (%1) at the 5% level: Welch&apos;s t-test on the %2 and %3 repeat values gives p = %4.</source>
        <translation>≈ 在 5% 显著性水平下与最佳试验（%1）无法区分：对 %2 个与 %3 个重复运行的结果做 Welch t 检验，p = %4。</translation>
    </message>
    <message>
        <source>The objective the search optimises: %1; mean ± standard deviation when trials are repeated, and ≈ where Welch&apos;s t-test on the repeats cannot tell a trial from the best at the 5% level</source>
        <translation>搜索所优化的目标：%1；试验重复运行时显示为平均值 ± 标准差；≈ 表示对重复运行结果做 Welch t 检验时，在 5% 显著性水平下无法与最佳试验区分</translation>
    </message>
    <message>
        <source>%1 (epoch %2)</source>
        <translation>%1（第 %2 周期）</translation>
    </message>
    <message>
        <source>No epoch up to %1 yet.</source>
        <translation>截至第 %1 周期还没有任何周期。</translation>
    </message>
    <message>
        <source>Value at epoch %1 (the scrubber&apos;s), of the first repeat.</source>
        <translation>第 %1 周期（时间轴所在周期）的值，取自第一次重复。</translation>
    </message>
    <message>
        <source>This trial stopped at epoch %1, before the scrubber&apos;s epoch %2: its last epoch is shown.</source>
        <translation>此试验在第 %1 周期停止，早于时间轴所在的第 %2 周期：显示的是它的最后一个周期。</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>a leaderboard column shown at the scrubber&apos;s epoch: &quot;Val loss @ 12&quot;</extracomment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>Train acc / R²</source>
        <translation>训练准确率 / R²</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>At epoch %1 (the epoch scrubber): the objective&apos;s intermediate value and the metrics of the first repeat at that epoch; a trial that stopped earlier shows its last epoch, in italics and marked with its number. Sorting uses these values.</source>
        <translation>第 %1 周期（周期时间轴）：该周期的目标中间值和第一次重复的指标；提前停止的试验显示其最后一个周期，以斜体并标出周期编号。排序按这些值进行。</translation>
    </message>
    <message>
        <source>Training accuracy (R² for regression) after the last epoch, measured in evaluation mode on a fixed sample of the training set</source>
        <translation>最后一个周期之后的训练准确率（回归时为 R²），在评估模式下于训练集的固定样本上测得</translation>
    </message>
    <message>
        <source>Training loss after the last epoch, measured in evaluation mode on a fixed sample of the training set</source>
        <translation>最后一个周期之后的训练损失，在评估模式下于训练集的固定样本上测得</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LeaderboardPanel</name>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Full config, learning curves and confusion matrix of the trial</source>
        <translation>该试验的完整配置、学习曲线和混淆矩阵</translation>
    </message>
    <message>
        <source>Copy to form</source>
        <translation>复制到表单</translation>
    </message>
    <message>
        <source>Load this trial&apos;s complete configuration into the Model &amp; Training form</source>
        <translation>将此试验的完整配置加载到“模型与训练”表单中</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Train this trial&apos;s configuration again as a single run</source>
        <translation>将此试验的配置作为单次运行重新训练</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Save the configs of the selected trials as JSON files that `hyperlab-cli train` and the form can load</source>
        <translation>将所选试验的配置保存为 JSON 文件，`hyperlab-cli train` 和表单均可加载</translation>
    </message>
    <message>
        <source>Export best…</source>
        <translation>导出最佳…</translation>
    </message>
    <message>
        <source>Save the configs of the best k completed trials as JSON files</source>
        <translation>将排名前 k 的已完成试验的配置保存为 JSON 文件</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the whole table (every trial, every metric) as CSV</source>
        <translation>将整个表格（所有试验、所有指标）保存为 CSV</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Filter (e.g. lr=0.1 adam)</source>
        <translation>筛选（例如 lr=0.1 adam）</translation>
    </message>
    <message>
        <source>Shows trials whose number, state, hyperparameters or failure reason contain every word typed here</source>
        <translation>显示编号、状态、超参数或失败原因中包含此处输入的每个词的试验</translation>
    </message>
    <message>
        <source>Show only trials in this state</source>
        <translation>只显示处于此状态的试验</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s)</source>
        <translation>
            <numerusform>%n 个试验</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 trials</source>
        <translation>%1 / %2 个试验</translation>
    </message>
    <message>
        <source>none of the selected trials has a config to export</source>
        <translation>所选试验中没有可导出配置的试验</translation>
    </message>
    <message>
        <source>Export trial config</source>
        <translation>导出试验配置</translation>
    </message>
    <message>
        <source>Config JSON (*.json)</source>
        <translation>配置 JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export best configs</source>
        <translation>导出最佳配置</translation>
    </message>
    <message>
        <source>How many of the best completed trials?</source>
        <translation>要导出排名最前的多少个已完成试验？</translation>
    </message>
    <message>
        <source>Export leaderboard</source>
        <translation>导出排行榜</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export trial configs</source>
        <translation>导出试验配置</translation>
    </message>
    <message>
        <source>Seed spread…</source>
        <translation>种子差异…</translation>
    </message>
    <message>
        <source>How much does the seed matter? Train this trial&apos;s config with several seeds and show the spread of its curve</source>
        <translation>随机种子的影响有多大？用多个随机种子训练此试验的配置，并显示其曲线的波动范围</translation>
    </message>
    <message>
        <source>At scrubber epoch</source>
        <translation>按时间轴周期</translation>
    </message>
    <message>
        <source>While the epoch scrubber (Gallery) is away from live, show each trial&apos;s objective, validation and training metrics at that epoch instead of the final ones</source>
        <translation>当周期时间轴（图库）不在实时位置时，显示每个试验在该周期的目标值、验证集和训练指标，而不是最终值</translation>
    </message>
    <message>
        <source>Metrics at epoch %1 (the scrubber&apos;s). A trial that stopped earlier shows its last epoch, in italics with its number.</source>
        <translation>第 %1 周期（时间轴所在周期）的指标。提前停止的试验显示其最后一个周期，以斜体并标出周期编号。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LiveChartsPanel</name>
    <message>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Optimisation history</source>
        <translation>优化历史</translation>
    </message>
    <message>
        <source>Loss, accuracy and learning rate per epoch of the selected trials (or of the running trial when none is selected)</source>
        <translation>所选试验（未选择时为正在运行的试验）每个周期的损失、准确率和学习率</translation>
    </message>
    <message>
        <source>The objective of every finished trial and the best value found so far</source>
        <translation>每个已结束试验的目标值，以及目前找到的最佳值</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save a chart as a PNG image or an SVG vector drawing</source>
        <translation>将图表保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Learning curves (all three)…</source>
        <translation>学习曲线（全部三张图）…</translation>
    </message>
    <message>
        <source>Loss chart…</source>
        <translation>损失图表…</translation>
    </message>
    <message>
        <source>Accuracy chart…</source>
        <translation>准确率图表…</translation>
    </message>
    <message>
        <source>Learning-rate chart…</source>
        <translation>学习率图表…</translation>
    </message>
    <message>
        <source>Optimisation history…</source>
        <translation>优化历史…</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source> (trial %1)</source>
        <translation>（试验 %1）</translation>
    </message>
    <message>
        <source>No trial yet: run a training or a search to see its curves.</source>
        <translation>还没有试验：运行一次训练或搜索即可查看其曲线。</translation>
    </message>
    <message>
        <source>Following trial %1 live</source>
        <translation>正在实时跟踪试验 %1</translation>
    </message>
    <message>
        <source>Trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n trials; legends name the hyperparameters that differ</source>
        <translation>
            <numerusform>正在比较 %n 个试验；图例中标出了取值不同的超参数</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message numerus="yes">
        <source>Following %n running trials live; legends name the hyperparameters that differ</source>
        <translation>
            <numerusform>正在实时跟踪 %n 个运行中的试验；图例标出了不同的超参数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LrFinderDialog</name>
    <message>
        <source>Find learning rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <source>Trains %1 batches while the learning rate grows from %2 to %3 and plots the smoothed training loss (Smith&apos;s range test, 2017). Good rates lie where the loss falls fastest, before it turns up.</source>
        <translation>在学习率从 %2 增长到 %3 的同时训练 %1 个批次，并绘制平滑后的训练损失（Smith 的学习率范围测试，2017）。好的学习率位于损失下降最快之处，在损失回升之前。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Put the suggested rate into the form&apos;s learning rate</source>
        <translation>把建议的学习率填入表单的学习率</translation>
    </message>
    <message>
        <source>Search the learning rate over the suggested range on a log scale</source>
        <translation>在建议的范围内按对数刻度搜索学习率</translation>
    </message>
    <message>
        <source>Batch %1 of %2: learning rate %3</source>
        <translation>第 %1 / %2 个批次：学习率 %3</translation>
    </message>
    <message>
        <source>The range test failed: %1</source>
        <translation>范围测试失败：%1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Learning rate set to %1.</source>
        <translation>学习率已设为 %1。</translation>
    </message>
    <message>
        <source>The search setup now searches the learning rate from %1 to %2.</source>
        <translation>搜索设置现在在 %1 到 %2 之间搜索学习率。</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <source>Use as learning rate</source>
        <translation>用作学习率</translation>
    </message>
    <message>
        <source>Search this range</source>
        <translation>搜索此范围</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Search %1 to %2 (log)</source>
        <translation>搜索 %1 到 %2（对数）</translation>
    </message>
    <message>
        <source>Suggested learning rate: %1 (range %2 to %3).</source>
        <translation>建议的学习率：%1（范围 %2 到 %3）。</translation>
    </message>
    <message>
        <source>The loss exploded at %1, where the test stopped.</source>
        <translation>损失在 %1 处爆炸，测试在此停止。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::LrRangeChart</name>
    <message>
        <source>Smoothed training loss</source>
        <translation>平滑后的训练损失</translation>
    </message>
    <message>
        <source>Suggested range</source>
        <translation>建议范围</translation>
    </message>
    <message>
        <source>Suggested rate</source>
        <translation>建议学习率</translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation>学习率（对数刻度）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::MainWindow</name>
    <message>
        <source>HyperLab</source>
        <translation>HyperLab</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Model and Training</source>
        <translation>模型与训练</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Train the form&apos;s config once (Ctrl+R)</source>
        <translation>用表单中的配置训练一次（Ctrl+R）</translation>
    </message>
    <message>
        <source>Start &amp;search</source>
        <translation>开始搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Start the study set up in the Search panel (Ctrl+Shift+R)</source>
        <translation>开始在“搜索”面板中设置好的研究（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>No new trial starts while paused; running ones go on</source>
        <translation>暂停期间不会启动新的试验；正在运行的试验会继续</translation>
    </message>
    <message>
        <source>S&amp;top all</source>
        <translation>全部停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the study; running trials can be resumed later (Ctrl+. or Esc)</source>
        <translation>停止研究；正在运行的试验之后可以继续（Ctrl+. 或 Esc）</translation>
    </message>
    <message>
        <source>Stop selected &amp;trial</source>
        <translation>停止所选试验(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>打开研究(&amp;O)…</translation>
    </message>
    <message>
        <source>Open study directory</source>
        <translation>打开研究目录</translation>
    </message>
    <message>
        <source>Res&amp;ume study</source>
        <translation>继续研究(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the shown study: interrupted trials run again</source>
        <translation>继续当前显示的研究：被中断的试验将重新运行</translation>
    </message>
    <message>
        <source>Save study &amp;as…</source>
        <translation>研究另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export best configs…</source>
        <translation>导出最佳配置(&amp;E)…</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>将表格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;config…</source>
        <translation>打开配置(&amp;C)…</translation>
    </message>
    <message>
        <source>Save con&amp;fig as…</source>
        <translation>配置另存为(&amp;F)…</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New (default config)</source>
        <translation>新建（默认配置）(&amp;N)</translation>
    </message>
    <message>
        <source>Recent studies</source>
        <translation>最近的研究</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HyperLab</source>
        <translation>关于 HyperLab(&amp;A)</translation>
    </message>
    <message>
        <source>About HyperLab</source>
        <translation>关于 HyperLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;HyperLab %1&lt;/b&gt;&lt;p&gt;Explore and tune deep-learning hyperparameters: pick a dataset, set or search every hyperparameter, watch each trial learn and compare them.&lt;/p&gt;&lt;p&gt;Hover over any field for what it does and its usual range.&lt;/p&gt;</source>
        <translation>&lt;b&gt;HyperLab %1&lt;/b&gt;&lt;p&gt;探索并调优深度学习超参数：选择数据集，设置或搜索每一个超参数，观察每个试验的学习过程并加以比较。&lt;/p&gt;&lt;p&gt;将鼠标悬停在任意字段上，即可查看其作用和常用范围。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>HyperLab is already in this language.</source>
        <translation>HyperLab 已经在使用此语言。</translation>
    </message>
    <message>
        <source>The new language takes effect when HyperLab restarts. Restart now? A running study is stopped and can be resumed.</source>
        <translation>新语言将在 HyperLab 重启后生效。现在重启吗？正在运行的研究会被停止，之后可以继续。</translation>
    </message>
    <message>
        <source>The new language takes effect when HyperLab restarts.</source>
        <translation>新语言将在 HyperLab 重启后生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>Cannot start the search</source>
        <translation>无法开始搜索</translation>
    </message>
    <message>
        <source>A study is running</source>
        <translation>有研究正在运行</translation>
    </message>
    <message>
        <source>Stop it first or wait until it ends.</source>
        <translation>请先停止它，或等待它结束。</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>无法开始</translation>
    </message>
    <message>
        <source>Stop it before opening another one.</source>
        <translation>请先停止它，再打开其他研究。</translation>
    </message>
    <message>
        <source>Cannot open the study</source>
        <translation>无法打开研究</translation>
    </message>
    <message>
        <source>Cannot resume the study</source>
        <translation>无法继续研究</translation>
    </message>
    <message>
        <source>Study stopped; resume it with File &gt; Resume study.</source>
        <translation>研究已停止；可通过“文件 &gt; 继续研究”继续。</translation>
    </message>
    <message>
        <source>Study ended with an error: %1</source>
        <translation>研究因错误而结束：%1</translation>
    </message>
    <message>
        <source>Study finished in %1.</source>
        <translation>研究已完成，用时 %1。</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Run a study first.</source>
        <translation>请先运行一个研究。</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <source>Config files (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the config</source>
        <translation>无法打开配置</translation>
    </message>
    <message>
        <source>Save config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation>无法保存配置</translation>
    </message>
    <message>
        <source>Save study as (new directory)</source>
        <translation>研究另存为（新目录）</translation>
    </message>
    <message>
        <source>Cannot save the study</source>
        <translation>无法保存研究</translation>
    </message>
    <message>
        <source>Cannot create the folder for studies: %1</source>
        <translation>无法创建存放研究的文件夹：%1</translation>
    </message>
    <message>
        <source>Not saved: trial(s) %1; they run again when you resume the study.</source>
        <translation>未保存：试验 %1；继续研究时会重新运行。</translation>
    </message>
    <message>
        <source>Saved the study to %1</source>
        <translation>研究已保存到 %1</translation>
    </message>
    <message>
        <source>%1 – HyperLab</source>
        <translation>%1 – HyperLab</translation>
    </message>
    <message numerus="yes">
        <source>This study was already finished (%n trial(s)); nothing was left to resume. Start a new search to try more.</source>
        <translation>
            <numerusform>这项研究已经完成（%n 个试验）；没有可继续的内容。要尝试更多，请开始新的搜索。</numerusform>
        </translation>
    </message>
    <message>
        <source>A study is running. Stop it and quit? Its finished trials are saved, and File &gt; Resume study runs the interrupted ones again later.</source>
        <translation>有研究正在运行。要停止它并退出吗？已完成的试验都已保存，之后可通过“文件 &gt; 继续研究”重新运行被中断的试验。</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <source>Quit when it finishes</source>
        <translation>研究完成后退出</translation>
    </message>
    <message>
        <source>HyperLab quits when the study finishes.</source>
        <translation>HyperLab 将在研究完成后退出。</translation>
    </message>
    <message>
        <source>Show studies folder</source>
        <translation>显示研究文件夹</translation>
    </message>
    <message>
        <source>Show studies folder (%1)</source>
        <translation>显示研究文件夹（%1）</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Find &amp;learning rate…</source>
        <translation>寻找学习率(&amp;L)…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Which hyperparameters mattered and where the good region is</source>
        <translation>哪些超参数起了作用，好的区域在哪里</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>How the selected (or running) trial divides the input plane, epoch by epoch</source>
        <translation>所选（或正在运行的）试验如何逐个周期地划分输入平面</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Every trial&apos;s decision boundary side by side, laid out on the hyperparameters that vary most</source>
        <translation>所有试验的决策边界并排显示，按变化最多的超参数排列</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>What the selected (or running) trial predicts for 16 fixed test images, and its confusion matrix, epoch by epoch</source>
        <translation>所选（或正在运行的）试验对 16 张固定测试图像的预测及其混淆矩阵，逐周期显示</translation>
    </message>
    <message>
        <source>Every trial&apos;s predictions on the same 16 test images side by side, laid out on the hyperparameters that vary most</source>
        <translation>所有试验对同一组 16 张测试图像的预测并排显示，按变化最多的超参数排列</translation>
    </message>
    <message>
        <source>Connect to &amp;database…</source>
        <translation>连接数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Open a study that workers on many machines share through PostgreSQL</source>
        <translation>打开由多台机器上的工作进程通过 PostgreSQL 共享的研究</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>The study is %1.</source>
        <translation>研究%1。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ModelTrainingForm</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>after each layer, before the activation</source>
        <translation>在每层之后、激活函数之前</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>look-ahead gradient</source>
        <translation>前瞻梯度</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>e.g. 30, 60</source>
        <translation>例如 30, 60</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not a number</source>
        <translation>%1（%2）：“%3”不是数字</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>寻找…</translation>
    </message>
    <message>
        <source>Learning-rate range test: try rates from 1e-7 to 10 in a few hundred batches and get a suggestion</source>
        <translation>学习率范围测试：在几百个批次内尝试从 1e-7 到 10 的学习率，并给出建议</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::OptimizationHistoryChart</name>
    <message>
        <source>Optimisation history</source>
        <translation>优化历史</translation>
    </message>
    <message>
        <source>completed trial</source>
        <translation>已完成的试验</translation>
    </message>
    <message>
        <source>pruned (last value)</source>
        <translation>已剪枝的试验（最后一个值）</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>目前最佳</translation>
    </message>
    <message>
        <source>best trial</source>
        <translation>最佳试验</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>试验编号</translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation>%1（越高越好）</translation>
    </message>
    <message>
        <source>%1 (lower is better)</source>
        <translation>%1（越低越好）</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::ParallelCoordinatesChart</name>
    <message>
        <source>Drag along an axis to select a range; click an axis to clear its range</source>
        <translation>沿轴拖动以选择范围；单击轴可清除其范围</translation>
    </message>
    <message>
        <source>Finished trials appear here as lines.</source>
        <translation>已结束的试验将在此显示为折线。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>off</source>
        <translation>未启用</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SearchSetupPanel</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Active if</source>
        <translation>启用条件</translation>
    </message>
    <message>
        <source>Comma-separated values to choose from, e.g. 0.1, 0.3 or relu, tanh; hidden layers as lists: [64], [64, 64].</source>
        <translation>以逗号分隔的候选值，例如 0.1, 0.3 或 relu, tanh；隐藏层用列表表示：[64], [64, 64]。</translation>
    </message>
    <message>
        <source>Search this field only when another one has given values, e.g. training.optimizer = sgd, rmsprop (several clauses separated by &apos;;&apos;).</source>
        <translation>仅当另一个字段取给定值时才搜索此字段，例如 training.optimizer = sgd, rmsprop（多个条件用 &apos;;&apos; 分隔）。</translation>
    </message>
    <message>
        <source>Fixed: the form&apos;s value. Range: uniform between low and high. Log range: uniform in the logarithm (learning rate, weight decay). Values: one of a list.</source>
        <translation>固定：使用表单中的值。范围：在下限和上限之间均匀取值。对数范围：在对数尺度上均匀取值（适用于学习率、权重衰减）。取值：从列表中选一个。</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Log range</source>
        <translation>对数范围</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>HyperLab study</source>
        <translation>HyperLab 研究</translation>
    </message>
    <message>
        <source>Single run</source>
        <translation>单次运行</translation>
    </message>
    <message numerus="yes">
        <source>Grid of %1 points; %n trial(s) will run.</source>
        <translation>
            <numerusform>网格共 %1 个点；将运行 %n 个试验。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) will run.</source>
        <translation>
            <numerusform>将运行 %n 个试验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (measured from the finished trials of this study).</source>
        <translation>
            <numerusform>使用 %n 个并行工作线程约需 %1（按本研究已完成试验的实测时间）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Timing a training step for the time estimate…</source>
        <translation>正在为时间估计计时一个训练步…</translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (estimated from a timed step).</source>
        <translation>
            <numerusform>使用 %n 个并行工作线程约需 %1（由一次计时的训练步估计）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>Grid of %1 points, but the budget is %n trial(s): an evenly spaced part of the grid runs.</source>
        <translation>
            <numerusform>网格共有 %1 个点，但预算只有 %n 个试验：将运行网格中均匀分布的一部分点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run all %1 points</source>
        <translation>运行全部 %1 个点</translation>
    </message>
    <message numerus="yes">
        <source>About %1 with %n worker(s) (timed steps corrected by the finished trials of this study).</source>
        <translation>
            <numerusform>使用 %n 个并行工作线程约需 %1（按计时的训练步估计，并用本研究已完成的试验校正）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SearchStrategyBox</name>
    <message>
        <source>Strategy, objective and budget</source>
        <translation>策略、目标与预算</translation>
    </message>
    <message>
        <source>Manual (the form&apos;s config)</source>
        <translation>手动（使用表单中的配置）</translation>
    </message>
    <message>
        <source>Grid search (every combination)</source>
        <translation>网格搜索（遍历所有组合）</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>随机搜索</translation>
    </message>
    <message>
        <source>Sobol (quasi-random, even coverage)</source>
        <translation>Sobol 序列（准随机，均匀覆盖）</translation>
    </message>
    <message>
        <source>Bayesian optimisation (Gaussian process)</source>
        <translation>贝叶斯优化（高斯过程）</translation>
    </message>
    <message>
        <source>TPE (tree-structured Parzen estimator)</source>
        <translation>TPE（树结构 Parzen 估计器）</translation>
    </message>
    <message>
        <source>How trials are chosen. Grid tries every combination (brute force); random draws fresh values each trial; Sobol covers the space evenly; Bayesian and TPE model past results to pick promising trials. Tune the learning rate first.</source>
        <translation>试验的选取方式。网格搜索尝试每一种组合（穷举）；随机搜索每个试验都重新抽取取值；Sobol 序列均匀覆盖搜索空间；贝叶斯优化和 TPE 根据以往结果建模，挑选有希望的试验。请先调优学习率。</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Values per range (evenly spaced, geometric on a log range); lists use all their values.</source>
        <translation>每个范围的取值个数（均匀间隔，对数范围上按等比间隔）；列表会使用其全部取值。</translation>
    </message>
    <message>
        <source>visit in random order</source>
        <translation>按随机顺序访问</translation>
    </message>
    <message>
        <source>scramble (recommended)</source>
        <translation>加扰（推荐）</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Quasi-random trials before the model is used (auto: max(5, dimensions + 1)).</source>
        <translation>使用模型之前先运行的准随机试验数（自动：max(5, 维度数 + 1)）。</translation>
    </message>
    <message>
        <source>Random trials before TPE starts modelling.</source>
        <translation>TPE 开始建模之前先运行的随机试验数。</translation>
    </message>
    <message>
        <source>Share of trials counted as good.</source>
        <translation>被视为优良的试验所占比例。</translation>
    </message>
    <message>
        <source>spread parallel workers (constant liar)</source>
        <translation>让并行工作线程的试验彼此分散（constant liar）</translation>
    </message>
    <message>
        <source>Points per range</source>
        <translation>每个范围的点数</translation>
    </message>
    <message>
        <source>Initial trials</source>
        <translation>初始试验数</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选点数</translation>
    </message>
    <message>
        <source>Startup trials</source>
        <translation>初始随机试验数</translation>
    </message>
    <message>
        <source>Good share (gamma)</source>
        <translation>优良比例（gamma）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Median (stop below the median curve)</source>
        <translation>中位数剪枝（低于中位数曲线即停止）</translation>
    </message>
    <message>
        <source>ASHA (successive halving)</source>
        <translation>ASHA（逐次减半）</translation>
    </message>
    <message>
        <source>Stops unpromising trials early to save time: median stops a trial whose objective is worse than the median of earlier trials at the same epoch; ASHA keeps only the best third at each rung.</source>
        <translation>提前停止没有希望的试验以节省时间：中位数剪枝会停止在同一周期目标值比之前试验的中位数更差的试验；ASHA 在每一级只保留最好的三分之一。</translation>
    </message>
    <message>
        <source>Pruner</source>
        <translation>剪枝器</translation>
    </message>
    <message>
        <source>Never prune during the first epochs (early curves are noisy).</source>
        <translation>在最初的若干个周期内从不剪枝（早期曲线噪声较大）。</translation>
    </message>
    <message>
        <source>Median: trials that must have finished before pruning.</source>
        <translation>中位数剪枝：开始剪枝之前必须已完成的试验数。</translation>
    </message>
    <message>
        <source>ASHA: only the best 1/eta go on at each rung.</source>
        <translation>ASHA：每一级只有最好的 1/eta 的试验进入下一级。</translation>
    </message>
    <message>
        <source>ASHA: epoch of the first rung.</source>
        <translation>ASHA：第一级所在的周期。</translation>
    </message>
    <message>
        <source>Pruner warm-up epochs</source>
        <translation>剪枝器预热周期数</translation>
    </message>
    <message>
        <source>Median: minimum trials</source>
        <translation>中位数剪枝：最少试验数</translation>
    </message>
    <message>
        <source>ASHA: reduction factor</source>
        <translation>ASHA：缩减因子</translation>
    </message>
    <message>
        <source>ASHA: first rung epoch</source>
        <translation>ASHA：第一级所在周期</translation>
    </message>
    <message>
        <source>natural direction</source>
        <translation>默认方向</translation>
    </message>
    <message>
        <source>maximize</source>
        <translation>最大化</translation>
    </message>
    <message>
        <source>minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Trial budget. Grid and manual studies default to their size.</source>
        <translation>试验预算。网格搜索和手动研究默认取其本身包含的试验数。</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验数</translation>
    </message>
    <message>
        <source>Trials trained at the same time. More workers than CPU cores only slows each trial down.</source>
        <translation>同时训练的试验数。并行工作线程多于 CPU 核心数只会让每个试验变慢。</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>并行工作线程</translation>
    </message>
    <message>
        <source>Train each config with this many seeds and report the mean: the random draw alone can move results a lot.</source>
        <translation>用此数量的随机种子分别训练每个配置，并报告平均值：仅随机抽样本身就可能使结果变化很大。</translation>
    </message>
    <message>
        <source>Seeds per config</source>
        <translation>每个配置的随机种子数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Wall-time budget: no new trial starts after this.</source>
        <translation>运行时间预算：超过此时间后不再启动新的试验。</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <source>Seeds the strategy: the same seed proposes the same trials.</source>
        <translation>策略的随机种子：相同的种子会提出相同的试验。</translation>
    </message>
    <message>
        <source>Search seed</source>
        <translation>搜索随机种子</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation R²</source>
        <translation>验证 R²</translation>
    </message>
    <message>
        <source>Validation MAE</source>
        <translation>验证 MAE</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Training R²</source>
        <translation>训练 R²</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>Test R²</source>
        <translation>测试 R²</translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation>测试 MAE</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What the study optimises. Validation metrics are the honest choice; keep the test set for the final check: a search that picks the config with the best test score has used the test set to choose, so that score overstates how well the network does on new data.</source>
        <translation>研究要优化的目标。验证集指标才是可靠的选择；测试集应留到最后检验：如果搜索按测试分数挑选最佳配置，就等于用测试集做了选择，这个分数会高估网络在新数据上的表现。</translation>
    </message>
    <message>
        <source>Tuning on the test set biases it: the best test score found is optimistic. Optimise a validation metric and look at the test score once, at the end.</source>
        <translation>在测试集上调参会使其产生偏差：找到的最佳测试分数偏乐观。请优化验证集指标，只在最后看一次测试分数。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SeedBandChart</name>
    <message>
        <source>Epoch</source>
        <translation>周期</translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n seeds</source>
        <translation>
            <numerusform>%n 个种子的平均值</numerusform>
        </translation>
    </message>
    <message>
        <source>Min..max over the seeds</source>
        <translation>各种子的最小值..最大值</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证集准确率</translation>
    </message>
    <message>
        <source>Validation R²</source>
        <translation>验证集 R²</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SeedSpreadDialog</name>
    <message>
        <source>How much does the seed matter?</source>
        <translation>随机种子的影响有多大？</translation>
    </message>
    <message>
        <source>Trains this config %1 times with training seeds %2 to %3: only the initial weights, the shuffling and dropout differ. The band is the min..max over the seeds.</source>
        <translation>用训练种子 %2 到 %3 将此配置训练 %1 次：只有初始权重、数据打乱顺序和丢弃（dropout）不同。阴影带为各种子的最小值..最大值。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Training seed 1 of %1…</source>
        <translation>正在训练第 1 / %1 个种子…</translation>
    </message>
    <message>
        <source>Training seed %1 of %2…</source>
        <translation>正在训练第 %1 / %2 个种子…</translation>
    </message>
    <message>
        <source>Train the config with this many seeds:</source>
        <translation>用多少个随机种子训练此配置：</translation>
    </message>
    <message>
        <source>Fewer than two runs completed: no spread to show.</source>
        <translation>完成的运行少于两次：无法显示波动范围。</translation>
    </message>
    <message>
        <source>Final validation accuracy: %1 ± %2 over %3 seeds (min %4, max %5; ± is one standard deviation).</source>
        <translation>最终验证集准确率：%3 个种子上为 %1 ± %2（最小 %4，最大 %5；± 为一个标准差）。</translation>
    </message>
    <message>
        <source>Final validation R²: %1 ± %2 over %3 seeds (min %4, max %5; ± is one standard deviation).</source>
        <translation>最终验证集 R²：%3 个种子上为 %1 ± %2（最小 %4，最大 %5；± 为一个标准差）。</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::SlicePlotsChart</name>
    <message>
        <source>Finished trials appear here as points.</source>
        <translation>已结束的试验将在此显示为点。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>Trial %1: %2 = %3</source>
        <translation>试验 %1：%2 = %3</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::StudyStatus</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Ready: press Run (Ctrl+R) to train the config, or Start search.</source>
        <translation>就绪：按“运行”（Ctrl+R）训练当前配置，或点击“开始搜索”。</translation>
    </message>
    <message>
        <source> (pruned %1)</source>
        <translation>（已剪枝 %1）</translation>
    </message>
    <message>
        <source> · stopped %1</source>
        <translation> · 已停止 %1</translation>
    </message>
    <message>
        <source> · elapsed %1</source>
        <translation> · 已用时 %1</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · 预计剩余 %1</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source>%v / %m trials</source>
        <translation>%v / %m 个试验</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source> · running %1 · failed %2</source>
        <translation> · 运行中 %1 · 失败 %2</translation>
    </message>
    <message>
        <source>Study %1 (opened): %2 of %3 trials · done %4 · failed %5 · stopped %6</source>
        <translation>研究 %1（已打开）：%2 / %3 个试验 · 完成 %4 · 失败 %5 · 停止 %6</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialCurvesChart</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>rate (log)</source>
        <translation>学习率（对数）</translation>
    </message>
    <message>
        <source>R² (coefficient of determination)</source>
        <translation>R²（决定系数）</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source>Solid: validation · dashed: training (evaluation mode) · colours as in the legend</source>
        <translation>实线：验证 · 虚线：训练（评估模式） · 颜色与图例一致</translation>
    </message>
    <message numerus="yes">
        <source>%1: min..max over %n seeds</source>
        <translation>
            <numerusform>%1：%n 个种子的最小值..最大值</numerusform>
        </translation>
    </message>
    <message>
        <source> · line: mean over the seeds, shaded: their min..max (validation)</source>
        <translation> · 线：各种子的平均值，阴影：其最小值..最大值（验证集）</translation>
    </message>
    <message>
        <source>no epoch yet</source>
        <translation>尚无周期</translation>
    </message>
    <message>
        <source>val. loss %1 · train loss %2 · val. %3 %4 · train %3 %5</source>
        <translation>验证损失 %1 · 训练损失 %2 · 验证%3 %4 · 训练%3 %5</translation>
    </message>
    <message>
        <source>acc.</source>
        <translation>准确率</translation>
    </message>
    <message numerus="yes">
        <source> (mean of %n seeds)</source>
        <translation>
            <numerusform>（%n 个种子的平均值）</numerusform>
        </translation>
    </message>
    <message>
        <source> (stopped at epoch %1)</source>
        <translation>（在第 %1 周期停止）</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 周期</translation>
    </message>
    <message>
        <source>Each colour is one trial. Validation curves are solid, training curves dashed; a gap between them that grows means the network is overfitting. Both are measured after each epoch in evaluation mode (dropout off, batch norm on its running statistics), the training ones on a fixed sample of the training set (a quarter, 256 to 2,000 samples). The dashed loss of a running epoch is its latest batch loss. With several seeds per configuration (the study&apos;s repeats) each line is the mean over the seeds and the shaded band spans their lowest to highest validation value at each epoch.</source>
        <translation>每种颜色代表一个试验。验证曲线为实线，训练曲线为虚线；二者之间的差距不断扩大，说明网络正在过拟合。两者都在每个周期结束后以评估模式测得（关闭丢弃，批量归一化使用其滑动统计量），训练曲线取自训练集的固定样本（四分之一，256 到 2,000 个样本）。正在运行的周期的虚线损失是其最新批次的损失。当每个配置使用多个随机种子（研究的重复次数）时，每条线是各种子的平均值，阴影带覆盖各周期验证值的最低到最高值。</translation>
    </message>
    <message>
        <source>Epoch %1 (scrubber)</source>
        <translation>第 %1 周期（时间轴）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (in the tooltip)</source>
        <translation>
            <numerusform>另有 %n 个（见提示）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialDetailsDialog</name>
    <message>
        <source>Trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message numerus="yes">
        <source> (over %n repeats)</source>
        <translation>
            <numerusform>（共 %n 次重复）</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Test accuracy:</source>
        <translation>测试准确率：</translation>
    </message>
    <message>
        <source>Test R² / MAE:</source>
        <translation>测试 R² / MAE：</translation>
    </message>
    <message>
        <source>Test loss:</source>
        <translation>测试损失：</translation>
    </message>
    <message>
        <source>Test samples:</source>
        <translation>测试样本数：</translation>
    </message>
    <message>
        <source>Last epoch:</source>
        <translation>最后一个周期：</translation>
    </message>
    <message>
        <source>epoch %1: train loss %2, val loss %3, val accuracy %4</source>
        <translation>第 %1 个周期：训练损失 %2，验证损失 %3，验证准确率 %4</translation>
    </message>
    <message>
        <source>epoch %1: train loss %2, val loss %3, val R² %4</source>
        <translation>第 %1 个周期：训练损失 %2，验证损失 %3，验证 R² %4</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Searched values:</source>
        <translation>搜索的取值：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>This trial evaluates a test function; it has no network config.</source>
        <translation>此试验评估的是一个测试函数，没有网络配置。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the config JSON to the clipboard</source>
        <translation>将配置 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the config as a file `hyperlab-cli train` and the form can load</source>
        <translation>将配置保存为 `hyperlab-cli train` 和表单都能加载的文件</translation>
    </message>
    <message>
        <source>Save config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <source>Config JSON (*.json)</source>
        <translation>配置 JSON (*.json)</translation>
    </message>
    <message>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the curves as a PNG image or an SVG vector drawing</source>
        <translation>将曲线保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>This trial trains no network, so there are no predictions to count.</source>
        <translation>此试验不训练网络，因此没有可统计的预测。</translation>
    </message>
    <message>
        <source>A confusion matrix counts class predictions; this trial is a regression.</source>
        <translation>混淆矩阵统计的是类别预测；此试验是回归任务。</translation>
    </message>
    <message>
        <source>Only completed trials can be reproduced: this one is %1.</source>
        <translation>只有已完成的试验才能复现：此试验的状态为%1。</translation>
    </message>
    <message>
        <source>The study keeps metrics, not predictions. To count which test samples of each class were predicted as which class, HyperLab trains this trial&apos;s config again with the same seed (this gives the same network) and classifies the test set.</source>
        <translation>研究只保存指标，不保存预测。为了统计每个类别的测试样本分别被预测为哪个类别，HyperLab 会用相同的随机种子重新训练此试验的配置（得到的网络相同），然后对测试集进行分类。</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Retrain the trial in the background and build the matrix</source>
        <translation>在后台重新训练该试验并生成矩阵</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the matrix as a PNG image or an SVG vector drawing</source>
        <translation>将矩阵保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message numerus="yes">
        <source>Test set: %n sample(s), accuracy %1.</source>
        <translation>
            <numerusform>测试集：%n 个样本，准确率 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: the trial reported test accuracy %1; the retrained network reached %2 (the data or the build changed since).</source>
        <translation>注意：该试验报告的测试准确率为 %1，重新训练的网络达到 %2（此后数据或程序构建发生了变化）。</translation>
    </message>
    <message>
        <source>Same result as the trial.</source>
        <translation>与该试验的结果相同。</translation>
    </message>
    <message>
        <source>Could not compute the matrix: %1</source>
        <translation>无法计算矩阵：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The curves show no problem.</source>
        <translation>曲线未显示问题。</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>诊断：</translation>
    </message>
    <message>
        <source>%1: %2
Change: %3</source>
        <translation>%1：%2
调整：%3</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>hyperlab::ui::TrialLabels</name>
    <message>
        <source>trial %1</source>
        <translation>试验 %1</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>wd</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>训练周期数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>丢弃率</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>init</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>batch_norm</source>
        <translation>批量归一化</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and tune deep-learning hyperparameters</source>
        <translation>探索并调优深度学习超参数</translation>
    </message>
    <message>
        <source>Run a short search and save screenshots into &lt;dir&gt;.</source>
        <translation>运行一次简短的搜索，并将截图保存到 &lt;dir&gt;。</translation>
    </message>
    <message>
        <source>Interface language for this run: %1 (default: the choice in View &gt; Language, else the system locale).</source>
        <translation>本次运行的界面语言：%1（默认：“视图 &gt; 语言”中的选择，否则使用系统区域设置）。</translation>
    </message>
    <message>
        <source>--lang: unknown language &quot;%1&quot; (allowed: %2)</source>
        <translation>--lang：未知语言“%1”（允许：%2）</translation>
    </message>
    <message>
        <source>--lang needs a value (allowed: %1)</source>
        <translation>--lang 需要一个值（允许：%1）</translation>
    </message>
</context>
</TS>
