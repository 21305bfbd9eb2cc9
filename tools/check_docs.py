#!/usr/bin/env python
"""Check the docs site. Its sources, without Quarto: every notebook is in the sidebar (in nbs/), and every image and
relative link that a notebook's markdown or README.md references exists, down to the heading an #anchor names.
With `--html DIR` also the site Quarto rendered into DIR (`nbdev-docs` writes `_docs/`): every sidebar page exists;
every local link, anchor and image resolves; and no page shows raw LaTeX, progress-bar output, or a text block wider
than the page. Exit status 1 with one line per problem."""
import html, json, re, sys
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
numbered = [n for n in listed if re.match(r'\d\d[a-z]?_', n)]
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

import ast
def docs_executes(src: str) -> bool:
    "nbdev-docs runs every cell holding an import, not only show_doc cells; beside other code that runs it all."
    try: tree = ast.parse('\n'.join(l for l in src.splitlines() if not l.lstrip().startswith(('%', '!'))))
    except SyntaxError: return False
    imports = [isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body]
    return any(imports) and not all(imports) and 'nbdev_export()' not in src

for nb in sorted(nbs.glob('*.ipynb')):
    for i, c in enumerate(json.loads(nb.read_text())['cells']):
        src = ''.join(c['source'])
        if c['cell_type'] == 'code' and not re.search(r'^#\|\s*export', src, re.M) and docs_executes(src):
            problems.append(f"{nb.name}: cell {i} mixes imports with other code, so nbdev-docs runs it "
                            f"(move its imports to an imports-only cell): {src.splitlines()[-1][:50]}")
readme = nbs.parent/'README.md'
check_links('README.md', readme.read_text(), nbs.parent, readme)

WIDE = 100   # characters of a code block's line that fit the page's text column at the site's font size
bar = re.compile(r'\d+%\|[█▉▊▋▌▍▎▏ #]*\||\d+(\.\d+)?(it|B|kB|MB)/s\]')   # tqdm-style progress bars
latex = re.compile(r'\\(frac|mathcal|mathbf|sum|cdot|times|left|right)\b|_\{|\^\{|\{W_')

def visible(page: str) -> str:
    "The page's text a reader sees outside math (MathJax renders what is inside `math` spans) and outside code blocks of source."
    page = re.sub(r'<span class="math (inline|display)">.*?</span>', ' ', page, flags=re.S)
    page = re.sub(r'<(script|style)\b.*?</\1>', ' ', page, flags=re.S)
    page = re.sub(r'<pre class="sourceCode.*?</pre>', ' ', page, flags=re.S)   # code the reader is meant to see as code
    return html.unescape(re.sub(r'<[^>]+>', ' ', page))

def check_html(site: Path):
    "Problems a reader of the rendered site would meet."
    index = (site/'index.html').read_text()
    pages = re.findall(r'href="\./([\w.-]+\.html)" class="sidebar-item-text sidebar-link', index)
    if len(pages) != len(listed): problems.append(f"{site}/index.html: the sidebar links {len(pages)} pages, sidebar.yml lists {len(listed)}")
    for name in pages:
        if not (site/name).exists(): problems.append(f"{site}: the sidebar links {name}, which was not rendered")
    for f in sorted(site.glob('*.html')):
        page, ids = f.read_text(), {}
        for attr, target in re.findall(r'\b(href|src)="([^"]+)"', page):
            if re.match(r'^(https?:|mailto:|data:|javascript:)', target) or target.startswith('#') and len(target) == 1: continue
            path, _, anchor = html.unescape(target).split('?')[0].partition('#')
            dest = (f.parent/path) if path else f
            if not dest.exists(): problems.append(f"{f.name}: {attr} {target} does not resolve"); continue
            if anchor and dest.suffix == '.html':
                known = ids.setdefault(dest, set(re.findall(r'\bid="([^"]+)"', dest.read_text())))
                if anchor not in known: problems.append(f"{f.name}: links to {target}, but {dest.name} has no id {anchor}")
        text = visible(page)
        for m in latex.finditer(text): problems.append(f"{f.name}: raw LaTeX in the text: ...{text[max(0, m.start() - 30):m.end() + 30].strip()}...")
        for out in re.findall(r'<div class="cell-output[^"]*">(.*?)</div>', page, re.S):
            out = html.unescape(re.sub(r'<[^>]+>', '', re.sub(r'<table.*?</table>', '', out, flags=re.S)))   # a table's cells wrap; text blocks do not
            if bar.search(out): problems.append(f"{f.name}: progress-bar output: {bar.search(out).group(0)!r}")
            wide = [l for l in out.splitlines() if len(l) > WIDE]
            if wide: problems.append(f"{f.name}: a text block {max(map(len, wide))} characters wide (the page holds ~{WIDE}): {wide[0][:60].strip()}...")

if '--html' in sys.argv: check_html(Path(sys.argv[sys.argv.index('--html') + 1]))
for p in problems: print(p)
print(f"docs: {len(listed)} pages in the sidebar, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
