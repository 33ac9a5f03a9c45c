#!/usr/bin/env python3
"""Checks discret's Fluent translation resources (core/i18n/).

Run from anywhere:  python3 core/i18n/check_ftl.py
Exit status 0 when every check passes, 1 otherwise. Python 3 standard library
only; if the `fluent.syntax` package happens to be installed, every file is
also parsed with it (the reference Fluent parser) and any Junk is reported.

What is checked, for every locale directory under core/i18n/:
  * the tag is in core/src/languages/table.rs;
  * fr and en hold main.ftl, every other locale holds critical.ftl only, with
    exactly the ids listed in critical.txt;
  * the first lines are `# status: ...` then `# language: <English name>`;
    `reviewed` only for fr and en, `needs native review` everywhere else;
  * basic Fluent syntax: message ids [a-zA-Z][a-zA-Z0-9_-]*, no duplicates,
    spaces (not tabs) for indentation, no continuation line starting with
    [ * . outside a select, balanced braces, only `{ $var }` placeables and
    `{ $var -> ... }` selects, non-empty values and variants, no HTML;
  * every select has exactly one default variant `*[...]`, and it is
    `*[other]`; identifier keys are exactly the CLDR cardinal plural
    categories of the language; numeric keys (e.g. [1]) come first;
  * every critical id is present, and each message uses exactly the same
    variables as the French source;
  * en/main.ftl has exactly the ids of fr/main.ftl;
  * the numbers 17, 112, 114, 119 and 3018 appear as digits where expected.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, '..', 'src', 'languages', 'table.rs')
SOURCE = 'fr'
REVIEWED = {'fr', 'en'}

# CLDR cardinal plural categories, from CLDR 47 (as shipped in Babel 2.18).
# Tags without CLDR plural rules have `other` only; prs (Dari) and pnb
# (Western Punjabi) follow fa and pa.
CLDR = {
    "other": "ay ba bm bo co cv dje dyu dz fj gn hmn id ig ilo ja jv kea kg km ko la lo lua mai mfe mi ms my nv oc qu rif rn rom rw sg sm snk su tet tg th to tt ty vi wo yo yue zgh zh zh-Hans zh-Hant",
    "one other": "af ak am an as ast az bal bg bho bn ce ceb chr ckb da de dv ee el en eo et eu fa ff fi fil fo fur fy gl gsw gu ha haw hi hu hy is ka kab kk kl kn ks ku ky lb lg ln mg mk ml mn mr nb ne nl nn no nso ny om or os pa pap pnb prs ps rm sc sd si sn so sq ss st sv sw syr ta te ti tk tl tn tr ts tw ug ur uz ve wa xh yi zu",
    "one few other": "bs hr ro shi sr sr-Latn",
    "one many other": "ca es fr ht it pt pt-BR scn",
    "one two other": "he iu se",
    "zero one other": "lv",
    "one few many other": "be cs lt pl ru sk uk",
    "one two few other": "gd sl",
    "one two few many other": "br ga gv mt",
    "zero one two few many other": "ar cy kw",
}
PLURALS = {tag: cats.split() for cats, tags in CLDR.items() for tag in tags.split()}
# Categories the runtime's older CLDR rules (intl_pluralrules 7, used by
# fluent-bundle) still select: Hebrew "many" (20, 30, 40…), dropped by CLDR
# 42. Keep a variant for them, or those numbers fall to *[other].
RUNTIME_EXTRA = {"he": ["many"]}
for _tag, _extra in RUNTIME_EXTRA.items():
    PLURALS[_tag] = PLURALS[_tag] + _extra

# Digits that must appear, as digits, in these messages (every locale).
DIGITS = {
    'call-17-112': ['17', '112'],
    'sms-114': ['114'],
    'minors-notice': ['119', '3018'],
}

ID_RE = re.compile(r'^([a-zA-Z][a-zA-Z0-9_-]*) *= *(.*)$')
VAR_RE = re.compile(r'\{\s*\$([a-zA-Z][a-zA-Z0-9_-]*)')
SELECT_RE = re.compile(r'\{\s*\$([a-zA-Z][a-zA-Z0-9_-]*)\s*->\s*$')
VARIANT_RE = re.compile(r'^\s*(\*?)\[\s*([^\]\s]+)\s*\]\s*(.*)$')
PLACEABLE_RE = re.compile(r'\{\s*\$[a-zA-Z][a-zA-Z0-9_-]*\s*\}|\{\s*"[^"]*"\s*\}')
HTML_RE = re.compile(r'</?[a-zA-Z][^>]*>')
NUMBER_RE = re.compile(r'^-?[0-9]+(\.[0-9]+)?$')


def read_table():
    text = open(TABLE, encoding='utf-8').read()
    return dict(re.findall(r'\("([A-Za-z-]+)", "[^"]*", "([^"]*)"', text))


def read_critical():
    ids = []
    for line in open(os.path.join(HERE, 'critical.txt'), encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#'):
            ids.append(line)
    return ids


class Message:
    def __init__(self, mid, line):
        self.id, self.line, self.body = mid, line, []   # body: [(lineno, text)]
        self.vars, self.selects = set(), []              # selects: [(var, [(default, key, text)])]

    def text(self):
        return '\n'.join(t for _, t in self.body)


def parse(path, errors):
    """Small Fluent reader: enough to check what discret's files use."""
    msgs, cur, where = {}, None, os.path.relpath(path, HERE)
    lines = open(path, encoding='utf-8').read().split('\n')
    for n, line in enumerate(lines, 1):
        err = lambda m: errors.append(f'{where}:{n}: {m}')
        if '\t' in line:
            err('tab character (Fluent indentation must be spaces)')
        if line.rstrip() != line:
            err('trailing whitespace')
        if line.startswith('#'):
            if not re.match(r'^#{1,3}( .*)?$', line):
                err('comment must start with "# ", "## " or "### "')
            cur = None
            continue
        if not line.strip():
            continue
        if line[0] == ' ':
            if cur is None:
                err('indented line outside a message')
            else:
                cur.body.append((n, line))
            continue
        m = ID_RE.match(line)
        if not m:
            err(f'not a message definition: {line[:40]!r}')
            cur = None
            continue
        mid = m.group(1)
        if mid in msgs:
            err(f'duplicate id {mid}')
        cur = msgs[mid] = Message(mid, n)
        if m.group(2):
            cur.body.append((n, m.group(2)))
    for msg in msgs.values():
        check_message(msg, where, errors)
    return msgs


def check_message(msg, where, errors):
    err = lambda n, m: errors.append(f'{where}:{n}: {msg.id}: {m}')
    if not msg.body or not msg.text().strip():
        err(msg.line, 'empty value')
        return
    depth, in_select, variants, sel_var = 0, False, [], None
    for idx, (n, line) in enumerate(msg.body):
        first = idx == 0 and n == msg.line
        stripped = line.strip()
        if HTML_RE.search(line):
            err(n, 'looks like HTML')
        if in_select:
            if stripped == '}':
                in_select = False
                depth -= 1
                msg.selects.append((sel_var, variants))
                continue
            vm = VARIANT_RE.match(line)
            if not vm:
                err(n, f'expected a variant [key] or "}}", got {stripped[:40]!r}')
                continue
            default, key, text = vm.groups()
            if not text.strip():
                err(n, f'variant [{key}] has an empty value')
            if '->' in text:
                err(n, 'nested select (not supported by this checker)')
            check_braces(text, n, err)
            variants.append((default == '*', key, text))
            continue
        sm = SELECT_RE.search(line)
        if sm:
            before = line[:sm.start()]
            check_braces(before, n, err)
            in_select, variants, sel_var = True, [], sm.group(1)
            depth += 1
            continue
        if not first and stripped[:1] in ('[', '*', '.'):
            err(n, f'continuation line starts with {stripped[0]!r}')
        check_braces(line, n, err)
    if in_select or depth != 0:
        err(msg.line, 'unbalanced braces: select not closed with "}"')
    msg.vars = set(VAR_RE.findall(msg.text()))
    for var, vs in msg.selects:
        defaults = [k for d, k, _ in vs if d]
        if len(defaults) != 1:
            err(msg.line, f'select on ${var} has {len(defaults)} default variants (need exactly one *[...])')
        elif defaults[0] != 'other':
            err(msg.line, f'select on ${var}: default must be *[other], not *[{defaults[0]}]')
        keys = [k for _, k, _ in vs]
        if len(set(keys)) != len(keys):
            err(msg.line, f'select on ${var}: duplicate keys')


def check_braces(text, n, err):
    """Outside selects, every { ... } must be a simple placeable."""
    rest = PLACEABLE_RE.sub('', text)
    if '{' in rest or '}' in rest:
        err(n, f'unbalanced or unsupported braces in {text.strip()[:50]!r}')


def check_plurals(tag, msg, where, errors):
    cats = PLURALS.get(tag)
    for var, vs in msg.selects:
        keys = [k for _, k, _ in vs]
        idents = [k for k in keys if not NUMBER_RE.match(k)]
        numbers = [k for k in keys if NUMBER_RE.match(k)]
        bad = [k for k in idents if not re.match(r'^[a-zA-Z][a-zA-Z0-9_-]*$', k)]
        if bad:
            errors.append(f'{where}: {msg.id}: bad variant keys {bad}')
        if cats is not None and sorted(idents) != sorted(cats):
            errors.append(f'{where}: {msg.id}: plural keys {idents} but CLDR categories for {tag} are {cats}')
        if numbers and keys[:len(numbers)] != numbers:
            errors.append(f'{where}: {msg.id}: numeric keys {numbers} must come before category keys')
    if msg.id == 'chat-queue-position':
        keys = [k for _, k, _ in (msg.selects[0][1] if msg.selects else [])]
        if not keys or keys[0] != '1':
            errors.append(f'{where}: {msg.id}: first variant must be the exact match [1]')


def check_header(path, tag, names, errors, status_count):
    where = os.path.relpath(path, HERE)
    head = open(path, encoding='utf-8').read().split('\n')[:2]
    want = 'reviewed' if tag in REVIEWED else 'needs native review'
    if len(head) < 2 or not head[0].startswith('# status: '):
        errors.append(f'{where}:1: first line must be "# status: {want}"')
    else:
        status = head[0][len('# status: '):]
        status_count[status] = status_count.get(status, 0) + 1
        if status != want:
            errors.append(f'{where}:1: status is {status!r}, must be {want!r}')
    if len(head) < 2 or head[1] != f'# language: {names.get(tag)}':
        errors.append(f'{where}:2: second line must be "# language: {names.get(tag)}"')


def fluent_syntax_check(paths, errors):
    try:
        from fluent.syntax import FluentParser, ast
    except ImportError:
        return 'fluent.syntax not installed: reference-parser pass skipped'
    parser = FluentParser(with_spans=False)
    for path in paths:
        res = parser.parse(open(path, encoding='utf-8').read())
        for entry in res.body:
            if isinstance(entry, ast.Junk):
                msgs = '; '.join(a.message for a in entry.annotations)
                errors.append(f'{os.path.relpath(path, HERE)}: fluent.syntax Junk: {msgs}: {entry.content[:60]!r}')
    return f'fluent.syntax reference parser: {len(paths)} files parsed'


def main():
    names = read_table()
    critical = read_critical()
    errors, status_count, paths = [], {}, []
    if len(set(critical)) != len(critical):
        errors.append('critical.txt: duplicate ids')
    tags = sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and not d.startswith(('.', '_')))
    parsed = {}
    for tag in tags:
        if tag not in names:
            errors.append(f'{tag}/: tag not in core/src/languages/table.rs')
            continue
        want = 'main.ftl' if tag in REVIEWED else 'critical.ftl'
        files = sorted(os.listdir(os.path.join(HERE, tag)))
        if files != [want]:
            errors.append(f'{tag}/: expected only {want}, found {files}')
        path = os.path.join(HERE, tag, want)
        if not os.path.exists(path):
            continue
        paths.append(path)
        check_header(path, tag, names, errors, status_count)
        parsed[tag] = (path, parse(path, errors))
    if SOURCE not in parsed:
        errors.append('fr/main.ftl missing: no source to compare with')
        return report(errors, parsed, status_count, paths)
    source = parsed[SOURCE][1]
    for mid in critical:
        if mid not in source:
            errors.append(f'fr/main.ftl: critical id {mid} missing from the source')
    for tag, (path, msgs) in parsed.items():
        where = os.path.relpath(path, HERE)
        for mid in critical:
            if mid not in msgs:
                errors.append(f'{where}: critical id {mid} missing')
        if tag not in REVIEWED:
            extra = sorted(set(msgs) - set(critical))
            if extra:
                errors.append(f'{where}: ids not in critical.txt: {extra}')
        for mid, msg in msgs.items():
            if mid not in source:
                errors.append(f'{where}: {mid} is not in the French source')
                continue
            if msg.vars != source[mid].vars:
                errors.append(f'{where}: {mid} uses variables {sorted(msg.vars)}, the source uses {sorted(source[mid].vars)}')
            check_plurals(tag, msg, where, errors)
            for digits in DIGITS.get(mid, []):
                if not re.search(rf'(?<![0-9]){digits}(?![0-9])', msg.text()):
                    errors.append(f'{where}: {mid} must contain the number {digits} as digits')
    if 'en' in parsed:
        en = parsed['en'][1]
        missing = sorted(set(source) - set(en))
        if missing:
            errors.append(f'en/main.ftl: ids missing compared with fr/main.ftl: {missing}')
    note = fluent_syntax_check(paths, errors)
    return report(errors, parsed, status_count, paths, note)


def report(errors, parsed, status_count, paths, note=''):
    others = sorted(t for t in parsed if t not in REVIEWED)
    print(f'locales: {len(parsed)} ({len(others)} besides fr and en)')
    for status, count in sorted(status_count.items()):
        print(f'  status {status!r}: {count}')
    print(f'files: {len(paths)}; messages: {sum(len(m) for _, m in parsed.values())}')
    if note:
        print(note)
    if errors:
        print(f'{len(errors)} problem(s):')
        for e in errors:
            print('  ' + e)
        return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
