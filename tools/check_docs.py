#!/usr/bin/env python
"""Check the docs site's sources without Quarto: every notebook is in the sidebar (in nbs/), and every image and
relative link that a notebook's markdown references exists. Exit status 1 with one line per problem."""
import json, re, sys
from pathlib import Path

nbs = Path(__file__).resolve().parent.parent/'nbs'
problems = []
sidebar = (nbs/'sidebar.yml').read_text()
listed = re.findall(r'^\s*-\s*([\w.-]+\.ipynb)\s*$', sidebar, re.M)
for nb in sorted(nbs.glob('*.ipynb')):
    if nb.name not in listed: problems.append(f"sidebar.yml does not list {nb.name}")
for name in listed:
    if not (nbs/name).exists(): problems.append(f"sidebar.yml lists {name}, which does not exist")
if listed[:1] != ['index.ipynb']: problems.append("sidebar.yml should start with index.ipynb")
numbered = [n for n in listed if re.match(r'\d\d_', n)]
if numbered != sorted(numbered): problems.append(f"sidebar.yml lists the notebooks out of order: {numbered}")

link = re.compile(r'!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)')
for nb in sorted(nbs.glob('*.ipynb')):
    for c in json.loads(nb.read_text())['cells']:
        if c['cell_type'] != 'markdown': continue
        for target in link.findall(''.join(c['source'])):
            if re.match(r'^(https?:|mailto:|#)', target): continue
            path = target.split('#')[0]
            if path and not (nbs/path).exists(): problems.append(f"{nb.name}: links to {target}, which does not exist")

for p in problems: print(p)
print(f"docs: {len(listed)} pages in the sidebar, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
