#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb (what `nbdev-readme` does with Quarto, which these machines lack).

    python tools/readme.py          # rewrite README.md
    python tools/readme.py --check  # exit 1 if README.md is not what index.ipynb says
"""
import json, re, sys
from pathlib import Path

top = Path(__file__).resolve().parent.parent

def readme() -> str:
    nb = json.loads((top/'nbs'/'index.ipynb').read_text())
    parts = [''.join(c['source']) for c in nb['cells'] if c['cell_type'] == 'markdown']
    txt = '\n\n'.join(parts) + '\n'
    # links between notebooks point into nbs/ from the repository root
    txt = re.sub(r'\]\((\d\d[a-z]?_[\w]+\.ipynb(?:#[\w-]+)?)\)', r'](nbs/\1)', txt)
    txt = re.sub(r'\]\((?!https?:)(?!nbs/)([\w./-]+\.(?:png|csv|md))\)', r'](nbs/\1)', txt)
    return '<!-- generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file -->\n\n' + txt

if __name__ == '__main__':
    want = readme()
    if '--check' in sys.argv:
        if (top/'README.md').read_text() != want:
            sys.exit("README.md differs from nbs/index.ipynb: run `python tools/readme.py` and commit README.md")
        print('README.md agrees with nbs/index.ipynb')
    else: (top/'README.md').write_text(want)
