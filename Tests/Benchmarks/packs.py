#!/usr/bin/env python3
"""Big content packs for the benchmarks: the built-in Content/ folder with its five cases
replicated to N cases that `influence validate` accepts.

    Tests/Benchmarks/packs.py 2000 /tmp/pack-2000            # Content/ to a pack of 2000 cases
    Tests/Benchmarks/packs.py 10000 /tmp/pack-10k --content MyContent

Case k (6..N) is a copy of shipped case (k - 1) % 5 + 1, the c-th copy of it (c = (k - 1) // 5):
  - id `<id>-<k>`, number k, title `<title> (copy c)`, short title `<short title> <k>`;
  - its note ids prefixed with `c<k>-` (ids are unique across files), every `[^id]` and
    `notes: [...]` that refers to them renamed to match, and its `footnote:` lines dropped (the
    article's footnotes 1-38 are each placed once, by the shipped case);
  - every year moved by the same number of years (its case and round `years`, its events' `date`,
    its figures' `year`), a different number for each copy, so the timeline's events spread over
    the years 1800-2100 the validator allows, in a different order from the case order. Months and
    days stay as they are, so each date stays a real one.
Everything else (the argument, stages, sources, glossary) is the shipped files as they are.
Python 3.11 standard library only; bench.py imports `generate_pack` from here.
"""

from __future__ import annotations

import os
import re
import shutil
import sys

FIRST_YEAR, LAST_YEAR = 1800, 2100   # what TimelineDate.isValid accepts

# Lines that hold years: a case's or a round's `years: 1985–1991`, an event's `date: 1985-02`
# (quoted or not), a figure's `year: 1986`.
YEAR_LINE = re.compile(r'^(\s*(?:- )?(?:years|date|year): "?)(.*)$', re.M)
FOUR_DIGITS = re.compile(r"(?<!\d)(\d{4})(?!\d)")


class PackError(Exception):
    pass


def _years(text: str) -> list[int]:
    return [int(y) for m in YEAR_LINE.finditer(text) for y in FOUR_DIGITS.findall(m.group(2))]


def shift_years(text: str, by: int) -> str:
    """Every year on a `years:`, `date:` or `year:` line moved by `by` years."""
    def move(line: re.Match) -> str:
        rest = FOUR_DIGITS.sub(lambda y: str(int(y.group(1)) + by), line.group(2))
        return line.group(1) + rest
    return YEAR_LINE.sub(move, text)


def year_shift(text: str, copy: int) -> int:
    """How many years the `copy`-th copy of a case moves: spread over what keeps all its years in
    1800-2100, a stride apart so that neighbouring copies land far from each other."""
    years = _years(text)
    if not years:
        return 0
    low, high = FIRST_YEAR - min(years), LAST_YEAR - max(years)
    if high < low:
        raise PackError("a case whose years span more than 1800-2100")
    span = high - low + 1
    return low + (copy * 37) % span


def clone_case(text: str, k: int, copy: int) -> str:
    """A copy of a case file as case number k, the copy-th copy of its case (see the module's doc)."""
    m = re.search(r"^notes:[ \t]*\n", text, re.M)
    if not m:
        raise PackError("case file without a notes: section")
    end = re.search(r"^\S", text[m.end():], re.M)
    n_end = m.end() + (end.start() if end else len(text) - m.end())
    head, notes, tail = text[:m.start()], text[m.start():n_end], text[n_end:]
    ids = set(re.findall(r"^  - id: (\S+)[ \t]*$", notes, re.M))
    prefix = f"c{k}-"

    def ren(i: str) -> str:
        return prefix + i if i in ids else i

    def fix_refs(s: str) -> str:
        s = re.sub(r"\[\^([^\]\s]+)\]", lambda mm: f"[^{ren(mm.group(1))}]", s)
        return re.sub(r"^(\s*notes: \[)([^\]]*)(\])",
                      lambda mm: mm.group(1) + ", ".join(ren(x.strip()) for x in mm.group(2).split(",")) + mm.group(3),
                      s, flags=re.M)

    notes = re.sub(r"^(  - id: )(\S+)([ \t]*)$", lambda mm: mm.group(1) + ren(mm.group(2)) + mm.group(3), notes, flags=re.M)
    notes = re.sub(r"^[ \t]+footnote:.*\n", "", notes, flags=re.M)
    out = fix_refs(head) + fix_refs(notes) + fix_refs(tail)
    out = shift_years(out, year_shift(text, copy))
    counts = []
    out, n = re.subn(r"^id: (\S+)", lambda mm: f"id: {mm.group(1)}-{k}", out, count=1, flags=re.M)
    counts.append(n)
    out, n = re.subn(r"^number: \d+", f"number: {k}", out, count=1, flags=re.M)
    counts.append(n)
    out, n = re.subn(r'^title: "?(.*?)"?[ \t]*$', lambda mm: f'title: "{mm.group(1)} (copy {copy})"', out,
                     count=1, flags=re.M)
    counts.append(n)
    out, n = re.subn(r'^short_title: "?(.*?)"?[ \t]*$', lambda mm: f'short_title: "{mm.group(1)} {k}"', out,
                     count=1, flags=re.M)
    counts.append(n)
    if counts != [1, 1, 1, 1]:
        raise PackError("case file without a top-level id:, number:, title: or short_title:")
    return out


def generate_pack(src: str, dest: str, count: int) -> None:
    """A content folder of `count` cases at `dest`: the shipped ones, then copies numbered on."""
    shutil.copytree(src, dest, symlinks=False)
    cases_dir = os.path.join(dest, "cases")
    bases = sorted(f for f in os.listdir(cases_dir) if f.endswith(".yaml"))
    texts = []
    for f in bases:
        with open(os.path.join(cases_dir, f), encoding="utf-8") as fh:
            texts.append((f, fh.read()))
    digits = len(str(count))
    for k in range(len(bases) + 1, count + 1):
        name, text = texts[(k - 1) % len(texts)]
        stem = re.sub(r"^\d+-", "", name)
        with open(os.path.join(cases_dir, f"{k:0{digits}d}-{stem}"), "w", encoding="utf-8") as fh:
            fh.write(clone_case(text, k, (k - 1) // len(texts)))


def main(argv: list[str]) -> int:
    import argparse
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("count", type=int, help="cases in the pack (at least the shipped ones)")
    ap.add_argument("dest", help="the folder to make (must not exist)")
    ap.add_argument("--content", default=os.path.join(here, "..", "..", "Content"), help="the folder to copy")
    a = ap.parse_args(argv)
    if os.path.exists(a.dest):
        print(f"packs.py: {a.dest} exists", file=sys.stderr)
        return 2
    try:
        generate_pack(a.content, a.dest, a.count)
    except PackError as e:
        print(f"packs.py: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
