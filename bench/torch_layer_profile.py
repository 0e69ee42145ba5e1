#!/usr/bin/python3
"""Per-layer times of the PyTorch reference models: the counterpart of hyperlab-bench --profile.

    /usr/bin/python3 bench/torch_layer_profile.py [--models cnn,student_cnn] [--batches 20]
                                                  [--threads 1] [--flush-denormal]

Each layer of torch_reference.py's models runs on its own: its input is the previous layer's
output detached (requiring a gradient except for the first layer, whose input gradient no
training step computes), and its backward pass is torch.autograd.backward of its output with
the next layer's input gradient. So forward_ms and backward_ms are that module's share of a
training step, measured like HyperLab's profiler: with one thread, this thread's CPU time
(time.thread_time; other processes on the machine barely move it), otherwise wall time; a
warm-up of 10 steps, then the mean over --batches steps from a fresh network (before Adam's
moments decay into denormals). Prints JSON shaped like hyperlab-bench's "profile".
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_reference  # noqa: E402  (the same models and initialisation)


def describe(module):
    name = type(module).__name__
    if name == "Conv2d":
        return "conv2d %dx%dx%d s%d %s" % (module.out_channels, module.kernel_size[0],
                                           module.kernel_size[1], module.stride[0],
                                           "same" if module.padding[0] > 0 else "valid")
    if name == "Linear":
        return "dense %d" % module.out_features
    return {"ReLU": "relu", "MaxPool2d": "max_pool2d 2x2 s2", "BatchNorm2d": "batch_norm",
            "Flatten": "flatten"}.get(name, name)


def profile(name, data, batches, threads):
    import torch
    run = torch_reference.Run(name, data)
    clock = time.thread_time if threads == 1 else time.perf_counter
    layers = list(run.model)
    n = len(layers)
    forward, backward = [0.0] * n, [0.0] * n
    totals = {"gather": 0.0, "loss": 0.0, "optimizer": 0.0}

    def step(record):
        t0 = clock()
        x, y = run.next_batch()
        t1 = clock()
        run.optimizer.zero_grad(set_to_none=True)
        inputs, outputs = [], []
        current = x
        for i, layer in enumerate(layers):
            start = clock()
            inp = current.detach().requires_grad_(i > 0)
            out = layer(inp)
            if record:
                forward[i] += clock() - start
            inputs.append(inp)
            outputs.append(out)
            current = out
        loss_start = clock()
        logits = current.detach().requires_grad_(True)
        loss = run.loss_fn(logits, y)
        loss.backward()
        loss.item()
        grad = logits.grad
        t2 = clock()
        for i in reversed(range(n)):
            start = clock()
            torch.autograd.backward(outputs[i], grad)
            grad = inputs[i].grad
            if record:
                backward[i] += clock() - start
        start = clock()
        run.optimizer.step()
        if record:
            totals["gather"] += t1 - t0
            totals["loss"] += t2 - loss_start
            totals["optimizer"] += clock() - start

    for _ in range(10):
        step(False)
    forward[:] = [0.0] * n
    backward[:] = [0.0] * n
    for _ in range(batches):
        step(True)
    ms = lambda s: 1000.0 * s / batches  # noqa: E731
    rows = [{"layer": describe(layer), "forward_ms": ms(forward[i]), "backward_ms": ms(backward[i])}
            for i, layer in enumerate(layers)]
    total = sum(forward) + sum(backward) + sum(totals.values())
    return {"model": name, "batches": batches,
            "clock": "thread_cpu" if threads == 1 else "wall",
            "gather_ms": ms(totals["gather"]), "layers": rows, "loss_ms": ms(totals["loss"]),
            "optimizer_ms": ms(totals["optimizer"]), "total_ms": ms(total)}


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", default="cnn,student_cnn,strided_cnn")
    parser.add_argument("--batches", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--flush-denormal", action="store_true")
    parser.add_argument("--data", default=torch_reference.FASHION_MNIST)
    args = parser.parse_args(argv)
    import torch
    torch.set_num_threads(args.threads)
    torch.set_flush_denormal(args.flush_denormal)
    data = torch_reference.load_data(args.data)
    out = {"engine": "pytorch", "threads": args.threads, "load_average": list(os.getloadavg()),
           "flush_denormal": args.flush_denormal,
           "results": [profile(m, data, args.batches, args.threads)
                       for m in args.models.split(",")]}
    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
