#!/usr/bin/env python
"""Wrap the code lines of notebooks that run off the docs page, without changing what the code does.

    python tools/wrap.py nbs/04_figure6.ipynb [...]        # rewrite the notebooks' code cells in place
    python tools/wrap.py --limit 96 --check nbs/*.ipynb    # only count the lines it would leave too long

Per line longer than `--limit`: a trailing comment moves to its own line above; `a; b` becomes two lines
(not after `if x:` and the like); otherwise the line breaks after a comma (or before `and`/`or`/`if`/`for`)
inside brackets, the rest aligned under the bracket. A cell is kept only if its syntax tree is unchanged, so
the tool can make a line no shorter, but never different in meaning. Docstrings and long strings stay.
"""
import ast, io, json, sys, tokenize
from pathlib import Path

COMPOUND = {'if', 'elif', 'else', 'for', 'while', 'with', 'try', 'except', 'finally', 'def', 'class', 'async'}
OPEN, CLOSE = '([{', ')]}'

def _tokens(src):
    try: return list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError): return None

def _indent(line): return line[:len(line) - len(line.lstrip())]

def _fix_line(src, row, limit):
    "`src` with long line `row` (1-based) shortened once, or None."
    toks, lines = _tokens(src), src.split('\n')
    if toks is None: return None
    line = lines[row - 1]
    stack, first, cands, semis, comment, colon, infor = [], None, [], [], None, None, set()
    for t in toks:
        if t.type == tokenize.OP and t.string in CLOSE and stack:
            infor.discard(len(stack)); stack.pop()
        if t.start[0] == row:
            if first is None and t.type not in (tokenize.INDENT, tokenize.DEDENT, tokenize.NL, tokenize.NEWLINE):
                first = t
            if t.type == tokenize.NAME and t.string == 'for': infor.add(len(stack))
            if t.type == tokenize.NAME and t.string == 'in': infor.discard(len(stack))
            if t.type == tokenize.COMMENT: comment = t
            elif t.type == tokenize.OP and t.string == ';' and not stack: semis.append(t)
            elif t.type == tokenize.OP and t.string == ':' and not stack and colon is None: colon = t
            elif t.type == tokenize.OP and t.string == ',' and len(stack) in infor: pass   # `for k, v in`
            elif stack and t.start[1] < limit:
                col = stack[-1][1] + 1   # under the bracket; a hanging indent if that is far right
                if col > 60: col = len(_indent(line)) + (4 if stack[-1][0] == row else 0)
                if t.type == tokenize.OP and t.string == ',': cands.append((-len(stack), t.end[1], col))
                elif t.type == tokenize.NAME and t.string in ('and', 'or', 'for') and t.start[1] > col:
                    cands.append((-len(stack), t.start[1], col))
        if t.type == tokenize.OP and t.string in OPEN: stack.append((t.start[0], t.start[1]))
    if comment is not None and comment.start[1] == len(_indent(line)) and not comment.string.startswith('#|'):
        text, ind = comment.string[1:].strip(), _indent(line)   # a long comment line: two lines
        cut = text.rfind(' ', 0, limit - len(ind) - 2)
        if cut <= 0: return None
        lines[row - 1:row] = [f"{ind}# {text[:cut]}", f"{ind}# {text[cut + 1:]}"]
        return '\n'.join(lines)
    if comment is not None and comment.start[1] > len(_indent(line)):
        code = line[:comment.start[1]].rstrip()
        lines[row - 1:row] = [_indent(line) + comment.string, code]
        return '\n'.join(lines)
    if (first is not None and first.string in COMPOUND and first.start[1] == len(_indent(line)) and colon
            and line[colon.end[1]:].strip()):   # `if x: body` -> the body on its own line
        lines[row - 1:row] = [line[:colon.end[1]], _indent(line) + '    ' + line[colon.end[1]:].strip()]
        return '\n'.join(lines)
    if semis and first is not None and first.string not in COMPOUND and first.start[1] == len(_indent(line)):
        parts, prev = [], 0
        for s in semis: parts.append(line[prev:s.start[1]].strip()); prev = s.end[1]
        parts.append(line[prev:].strip())
        lines[row - 1:row] = [_indent(line) + p for p in parts if p]
        return '\n'.join(lines)
    good = [c for c in cands if c[1] <= limit - 1 and c[1] > c[2]]
    if not good: return None
    _, at, col = max(good)   # the outermost bracket first, then as far right as fits
    head, tail = line[:at].rstrip(), line[at:].lstrip()
    if not tail or len(' ' * col + tail) >= len(line): return None
    lines[row - 1:row] = [head, ' ' * col + tail]
    return '\n'.join(lines)

def same(a, b):
    try: return ast.dump(ast.parse(a)) == ast.dump(ast.parse(b))
    except SyntaxError: return False

def wrap(src, limit=96):
    "Cell source `src` with its long lines wrapped where that leaves its syntax tree unchanged."
    if any(l.lstrip().startswith(('%', '!')) for l in src.split('\n')): return src
    out = src
    for _ in range(200):
        long = [i + 1 for i, l in enumerate(out.split('\n')) if len(l) > limit]
        for row in long:
            new = _fix_line(out, row, limit)
            if new is not None and same(src, new) and new != out:
                out = new; break
        else: break
    return out

if __name__ == '__main__':
    args, limit, check = sys.argv[1:], 96, False
    if '--limit' in args: i = args.index('--limit'); limit = int(args[i + 1]); del args[i:i + 2]
    if '--check' in args: args.remove('--check'); check = True
    for p in args:
        nb = json.loads(Path(p).read_text())
        left = 0
        for c in nb['cells']:
            if c['cell_type'] != 'code': continue
            src = ''.join(c['source'])
            new = wrap(src, limit)
            left += sum(len(l) > limit for l in new.split('\n'))
            if new != src and not check: c['source'] = new.splitlines(keepends=True)
        if not check: Path(p).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
        print(f"{p}: {left} lines over {limit} characters left")
