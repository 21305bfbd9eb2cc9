#!/usr/bin/env python
"""Convert notebooks to and from a plain 'percent' text form, for editing notebooks in a text editor.

    python tools/nbpct.py nbs/00_data.ipynb > draft.py   # notebook -> percent text
    python tools/nbpct.py draft.py nbs/00_data.ipynb   # percent text -> notebook (outputs kept for unchanged cells)

Cells are separated by lines `# %%` (code) or `# %% [markdown]` (markdown; each line prefixed by '# ').
"""
import json, sys, re, hashlib
from pathlib import Path

def to_pct(nb_path):
    nb = json.loads(Path(nb_path).read_text())
    out = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown':
            out.append('# %% [markdown]\n' + '\n'.join(('# ' + l) if l else '#' for l in src.split('\n')))
        else: out.append('# %%\n' + src)
    return '\n\n'.join(out) + '\n'

def from_pct(txt):
    cells = []
    for chunk in re.split(r'^# %%', txt, flags=re.M)[1:]:
        head, _, body = chunk.partition('\n')
        body = body.rstrip('\n')
        if head.strip() == '[markdown]':
            lines = [l[2:] if l.startswith('# ') else l[1:] if l.startswith('#') else l for l in body.split('\n')]
            cells.append(dict(cell_type='markdown', metadata={}, source=_lines('\n'.join(lines))))
        else:
            cells.append(dict(cell_type='code', execution_count=None, metadata={}, outputs=[], source=_lines(body)))
    seen = set()
    for c in cells:   # stable ids from the content, so re-generating a notebook keeps unchanged cells' ids
        i = hashlib.sha1(''.join(c['source']).encode()).hexdigest()[:8]
        while i in seen: i = hashlib.sha1(i.encode()).hexdigest()[:8]
        seen.add(i); c['id'] = i
    return dict(cells=cells, metadata=dict(kernelspec=dict(display_name='python3', language='python', name='python3')),
                nbformat=4, nbformat_minor=5)

def _lines(s):
    ls = s.split('\n')
    return [l + '\n' for l in ls[:-1]] + [ls[-1]] if s else []

def keep_outputs(nb, old_path):
    "Copy outputs from the notebook at `old_path` into `nb`'s cells whose id (a hash of the source) is unchanged."
    if not Path(old_path).exists(): return nb
    old = {c.get('id'): c for c in json.loads(Path(old_path).read_text())['cells'] if c['cell_type'] == 'code'}
    for c in nb['cells']:
        if c['cell_type'] == 'code' and c['id'] in old:
            c['outputs'], c['execution_count'] = old[c['id']].get('outputs', []), old[c['id']].get('execution_count')
    return nb

if __name__ == '__main__':
    if len(sys.argv) == 2: sys.stdout.write(to_pct(sys.argv[1]))
    else:
        nb = keep_outputs(from_pct(Path(sys.argv[1]).read_text()), sys.argv[2])
        Path(sys.argv[2]).write_text(json.dumps(nb, indent=1) + '\n')
