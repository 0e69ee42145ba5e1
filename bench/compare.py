#!/usr/bin/env python3
"""Runs hyperlab-bench and bench/torch_reference.py and prints the ratios as JSON.

    bench/compare.py --bench build/release/bench/hyperlab-bench [--quick] [--accuracy]
                     [--threads 1,2] [--rounds N]

Only the standard library is used here; the PyTorch side runs under /usr/bin/python3
(Debian's python3-torch). With --rounds N > 1 the two programs run alternately N times and
each side keeps, per model and thread count, its best median: the same rule for both, so a
burst of load from elsewhere on the machine does not decide the ratio.

Ratios are hyperlab / pytorch samples per second (higher is better for HyperLab), against
PyTorch's faster float mode (default or torch.set_flush_denormal(True)); the ratios against
each mode are printed too. Speed targets (issue 14): MLP >= 1.3, the CNNs >= 1.0; accuracy
(issue 2): Fashion-MNIST test accuracy MLP >= 0.88 after 10 epochs, CNN >= 0.90 after 5.
HyperLab's per-convolution GFLOP/s against the measured FMA peak are passed through
("convolutions"), with the load average at the start of each program's run.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TORCH_PYTHON = "/usr/bin/python3"
MODELS = ["mlp", "cnn", "student_cnn", "strided_cnn"]
SPEED_TARGETS = {"mlp": 1.3, "cnn": 1.0, "student_cnn": 1.0, "strided_cnn": 1.0}
ACCURACY_TARGETS = {"mlp": 0.88, "cnn": 0.90}


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", default=os.path.join(ROOT, "build/release/bench/hyperlab-bench"),
                        help="the hyperlab-bench executable")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--accuracy", action="store_true")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--raw", action="store_true", help="include both programs' full output")
    return parser.parse_args(argv)


def run_json(cmd, what):
    print("compare: running " + what, file=sys.stderr, flush=True)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise SystemExit("compare: %s failed (exit %d)" % (what, proc.returncode))
    return json.loads(proc.stdout)


def best_by_config(docs):
    """(model, threads) -> the result entry with the highest median over the runs."""
    best = {}
    for doc in docs:
        for entry in doc["results"]:
            key = (entry["model"], entry["threads"])
            if key not in best or entry["samples_per_second"] > best[key]["samples_per_second"]:
                best[key] = entry
    return best


def main(argv):
    args = parse_args(argv)
    if not os.access(args.bench, os.X_OK):
        raise SystemExit("compare: %s not found; build it first (scripts/bench.sh does)"
                         % args.bench)
    check = subprocess.run([TORCH_PYTHON, "-c", "import torch"], stderr=subprocess.DEVNULL)
    if check.returncode != 0:
        raise SystemExit("compare: python3-torch is missing for %s; run "
                         "scripts/install-deps.sh scripts/bench-dependencies.txt" % TORCH_PYTHON)

    common = ["--threads", args.threads, "--models", args.models]
    if args.quick:
        common.append("--quick")
    hyperlab_docs, torch_docs = [], []
    for r in range(args.rounds):
        # Accuracy runs are long and deterministic per side: only in the last round.
        extra = ["--accuracy"] if args.accuracy and r == args.rounds - 1 else []
        hyperlab_docs.append(run_json([args.bench] + common + extra,
                                      "hyperlab-bench (round %d)" % (r + 1)))
        torch_docs.append(run_json([TORCH_PYTHON, os.path.join(HERE, "torch_reference.py")] +
                                   common + extra, "torch_reference.py (round %d)" % (r + 1)))

    ours, theirs = best_by_config(hyperlab_docs), best_by_config(torch_docs)
    ratios = []
    order = {m: i for i, m in enumerate(MODELS)}
    for key in sorted(ours, key=lambda k: (order.get(k[0], len(MODELS)), k[1])):
        if key not in theirs:
            continue
        model, threads = key
        mine, ref = ours[key]["samples_per_second"], theirs[key]["samples_per_second"]
        ratio = mine / ref
        ratios.append({
            "model": model, "threads": threads,
            "hyperlab_samples_per_second": round(mine, 1),
            "pytorch_samples_per_second": round(ref, 1),
            "ratio": round(ratio, 3),
            "pytorch_float_mode": "flush_denormal" if theirs[key].get("flush_denormal")
                                  else "default",
            "pytorch_by_float_mode": theirs[key].get("denormal_setups", {}),
            "ratio_by_pytorch_float_mode": {
                mode: round(mine / sps, 3)
                for mode, sps in theirs[key].get("denormal_setups", {}).items()},
            "target": SPEED_TARGETS.get(model),
            "meets_target": ratio >= SPEED_TARGETS.get(model, 1.0),
            # Samples per CPU-second: with one thread, a load-robust cross-check of the ratio
            # (time the process spent descheduled does not count); with more threads, spinning
            # workers count as busy, so it is only indicative there.
            "cpu_time_ratio": round(ours[key]["samples_per_cpu_second"] /
                                    theirs[key]["samples_per_cpu_second"], 3),
            "cpu_utilisation": {"hyperlab": round(ours[key]["cpu_utilisation"], 2),
                                "pytorch": round(theirs[key]["cpu_utilisation"], 2)},
        })

    last_h, last_t = hyperlab_docs[-1], torch_docs[-1]
    out = {
        "date": last_h.get("date"),
        "machine": last_h.get("machine"),
        "data": {"hyperlab": last_h.get("data"), "pytorch": last_t.get("data")},
        "batch_size": last_h.get("batch_size"),
        "optimizer": last_h.get("optimizer"),
        "rounds": args.rounds,
        "versions": {"hyperlab": last_h.get("build"), "torch": last_t.get("torch_version"),
                     "python": last_t.get("python")},
        "torch_blas": {"openblas": last_t.get("openblas"),
                       "libraries": last_t.get("blas_libraries"),
                       "mkldnn": last_t.get("mkldnn")},
        "load_average_at_start": {
            "hyperlab": [d.get("machine", {}).get("load_average") for d in hyperlab_docs],
            "pytorch": [d.get("machine", {}).get("load_average") for d in torch_docs]},
        "ratios": ratios,
        "fma_peak_gflops_per_core": last_h.get("machine", {}).get("fma_peak_gflops_per_core"),
        "convolutions": last_h.get("convolutions", []),
        "peak_memory_mb": {"hyperlab": round(last_h.get("peak_memory_mb", 0), 1),
                           "pytorch": last_t.get("peak_memory_mb")},
    }
    if not last_t.get("openblas"):
        out["warning"] = ("PyTorch is not using OpenBLAS; its dense layers run on the reference "
                          "BLAS and the ratios flatter HyperLab")
    if args.accuracy:
        acc = {}
        for model, target in ACCURACY_TARGETS.items():
            h = last_h.get("accuracy", {}).get(model)
            t = last_t.get("accuracy", {}).get(model)
            if not h and not t:
                continue
            acc[model] = {
                "epochs": (h or t).get("epochs"),
                "hyperlab_test_accuracy": h.get("test_accuracy") if h else None,
                "pytorch_test_accuracy": t.get("test_accuracy") if t else None,
                "hyperlab_seconds": round(h["seconds"], 1) if h else None,
                "pytorch_seconds": round(t["seconds"], 1) if t else None,
                "target": target,
                "meets_target": bool(h) and h.get("test_accuracy", 0) >= target,
            }
        out["accuracy"] = acc
    if args.raw:
        out["raw"] = {"hyperlab": hyperlab_docs, "pytorch": torch_docs}
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
