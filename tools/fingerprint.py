"""Weights after a few iterations of `train` on a tiny synthetic CIFAR-10: a fingerprint of the trainer's numerics.

`python tools/fingerprint.py OUT.json` records one; the test in nbs/03_training.ipynb recomputes it and compares."""
import hashlib, json, sys, tempfile
from pathlib import Path
import torch
from resnet_nbdev.data import fake_cifar10

CASES = {   # settings that exercise each part of the recipe that touches the weights
    'resnet20-paper-warmup': dict(model='ResNet20', iters=6, warmup_epochs=0.5),
    'plain20-paperwarmup-on': dict(model='PlainNet20', iters=5, paper_warmup='on'),
    'resnet20-onecycle-lowres-flip': dict(model='ResNet20', epochs=2, schedule='onecycle', label_smoothing=0.1,
                                          low_res='16', low_res_epochs=1, flip_eval=True, wd=5e-4),
}

def fingerprint(train) -> dict:
    "sha256 of each case's final weights (state dict in key order) and each tensor's sum, for `train`."
    tmp = Path(tempfile.mkdtemp())
    src = fake_cifar10(tmp/'data', 'batches', n_train=64, n_test=32)
    out = {'key': f"{torch.backends.cpu.get_cpu_capability()}-torch{torch.__version__}-threads{torch.get_num_threads()}"}
    for name, kw in CASES.items():
        learn = train(**kw, data=src, batch_size=16, device='cpu', out=tmp/'runs', name=name, quiet=True)
        sd = learn.model.state_dict()
        h = hashlib.sha256()
        for k in sorted(sd): h.update(k.encode()); h.update(sd[k].detach().cpu().contiguous().numpy().tobytes())
        out[name] = {'sha256': h.hexdigest(),
                     'sums': {k: float(v.double().sum()) for k, v in sorted(sd.items()) if v.is_floating_point()}}
    return out

if __name__ == '__main__':
    from resnet_nbdev.training import train
    Path(sys.argv[1]).write_text(json.dumps(fingerprint(train), indent=1))
