"""What `torch.compile` costs and saves in a ResNet-20 run, from a cold compiler cache: the evidence for
`COMPILE_MIN_ITERS` (nbs/08_speed.ipynb).

`python tools/compile_cost.py OUT.json` trains ResNet-20 (batch 128, the recipe's defaults for the device) for a few
dozen iterations and one evaluation on random pixels, eager and compiled, each in a fresh process with an empty
inductor cache, and writes the compile overhead, both step times and the iterations after which compiling pays.
Meaningful only on an otherwise idle machine."""
import json, os, subprocess, sys, tempfile, time
from pathlib import Path

ITERS, SKIP = 60, 20   # iterations per run; the steady step time is taken over the last ITERS - SKIP

def one(compile: str) -> dict:
    "Train in this process: seconds of the whole `train` call, and of a steady step."
    import torch
    from resnet_nbdev.bench import _StepTimer
    from resnet_nbdev.data import fake_cifar10
    from resnet_nbdev.speed import amp_supported, cpu_name
    from resnet_nbdev.training import train
    tmp = Path(tempfile.mkdtemp())
    src = fake_cifar10(tmp/'data', n_train=128 * ITERS, n_test=1000)
    timer = _StepTimer(SKIP, ITERS - SKIP, lambda: None)
    t0 = time.perf_counter()
    learn = train('ResNet20', iters=ITERS, data=src, device='cpu', batch_size=128, out=tmp/'out',
                  amp=amp_supported(torch.device('cpu')) or None, compile=compile, quiet=True,
                  cbs=[timer])
    total = time.perf_counter() - t0
    return dict(total_s=total, step_s=timer.per_step, compiled=learn.config['compiled'],
                cpu=cpu_name(), threads=torch.get_num_threads(), torch=torch.__version__)

def measure() -> dict:
    r, cache = {}, tempfile.mkdtemp()
    # eager; compiled from an empty inductor cache; compiled again, from the cache the first one filled
    for name, mode in (('eager', 'off'), ('cold', 'on'), ('warm', 'on')):
        env = {**os.environ, 'TORCHINDUCTOR_CACHE_DIR': cache}
        out = subprocess.run([sys.executable, __file__, '--one', mode], env=env, check=True,
                             capture_output=True, text=True).stdout
        r[name] = json.loads(out.strip().splitlines()[-1])
    e = r['eager']
    assert r['cold']['compiled'] and r['warm']['compiled'] and not e['compiled'], r
    res = dict(cpu=e['cpu'], threads=e['threads'], torch=e['torch'], iters=ITERS,
               eager_step_ms=round(1000 * e['step_s'], 1))
    for k in ('cold', 'warm'):
        c = r[k]
        # the compiled run's time beyond its steps at the steady rate, less the same for eager
        overhead = (c['total_s'] - ITERS * c['step_s']) - (e['total_s'] - ITERS * e['step_s'])
        res[k] = dict(compiled_step_ms=round(1000 * c['step_s'], 1), compile_overhead_s=round(overhead, 1),
                      pays_after_iters=round(overhead / (e['step_s'] - c['step_s'])))
    return res

if __name__ == '__main__':
    if sys.argv[1] == '--one': print(json.dumps(one(sys.argv[2])))
    else:
        res = measure()
        Path(sys.argv[1]).write_text(json.dumps(res, indent=1) + '\n')
        print(json.dumps(res, indent=1))
