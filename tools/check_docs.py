#!/usr/bin/env python
"""Check the docs site's sources without Quarto: every notebook is in the sidebar (in nbs/), and every image and
relative link that a notebook's markdown or README.md references exists, down to the heading an #anchor names. Exit status 1 with one line per problem."""
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

def slug(heading: str) -> str:
    "The id pandoc (and so Quarto) gives a heading: no formatting or punctuation, lowercase, spaces as hyphens."
    s = re.sub(r'[^\w\s.-]', '', re.sub(r'[`*]', '', heading)).strip().lower()
    return re.sub(r'^[^a-z]+', '', re.sub(r'\s+', '-', s))

def md_cells(nb: Path): return [''.join(c['source']) for c in json.loads(nb.read_text())['cells'] if c['cell_type'] == 'markdown']
def anchors(nb: Path): return {slug(h) for md in md_cells(nb) for h in re.findall(r'^#+\s+(.*)$', md, re.M)}

def check_links(name: str, text: str, base: Path, page: Path):
    "Every relative link of `text` (in `name`, relative to `base`) exists, and so does its #anchor in a notebook."
    for target in link.findall(text):
        if re.match(r'^(https?:|mailto:)', target): continue
        path, _, anchor = target.partition('#')
        dest = base/path if path else page
        if not dest.exists(): problems.append(f"{name}: links to {target}, which does not exist"); continue
        if anchor and dest.suffix == '.ipynb' and anchor not in anchors(dest):
            problems.append(f"{name}: links to {target}, but {dest.name} has no heading #{anchor}")

for nb in sorted(nbs.glob('*.ipynb')): check_links(nb.name, '\n'.join(md_cells(nb)), nbs, nb)
readme = nbs.parent/'README.md'
check_links('README.md', readme.read_text(), nbs.parent, readme)

for p in problems: print(p)
print(f"docs: {len(listed)} pages in the sidebar, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
