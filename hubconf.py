"""torch.hub entry points: every model of resnet_nbdev, optionally with weights.

    model = torch.hub.load('resnet-nbdev/resnet_nbdev', 'resnet56', weights='path/or/url.pth')
    model = torch.hub.load('path/to/a/clone', 'resnet20', source='local', weights='final.pth')

`weights` is a trainer checkpoint of this project, or a state dict of the same architecture from another
implementation (matched by name, else by position and shape: `resnet_nbdev.models.load_weights`); a URL is
downloaded into torch.hub's cache. Without `weights` the model is freshly initialised (He et al.'s init).
Written by hand (not exported from a notebook): torch.hub looks for this file at the repository's root.
"""
dependencies = ['torch', 'torchvision', 'fastai']

from resnet_nbdev.models import get_model as _get_model, load_weights as _load_weights
from resnet_nbdev.models import MODELS as _MODELS, load_model_plugins as _plugins

def _entry(name):
    def load(weights=None, **kwargs):
        model = _get_model(name, **kwargs)
        if weights is None: return model
        if str(weights).startswith(('http://', 'https://')):
            import torch
            weights = torch.hub.load_state_dict_from_url(str(weights), map_location='cpu', weights_only=False)
        return _load_weights(model, weights)
    load.__name__ = name.lower()
    load.__doc__ = f"{name} of resnet_nbdev; `weights`: a checkpoint, state dict, path or URL; `kwargs`: the model's."
    return load

_plugins()   # the ImageNet models register themselves on import
for _name in list(_MODELS):
    _hub = _name.lower().replace('imagenet', 'imagenet_')   # 'ImageNetResNet50' -> 'imagenet_resnet50'
    globals()[_hub] = _entry(_name)
