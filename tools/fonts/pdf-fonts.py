#!/usr/bin/env python3
"""Makes the TrueType fonts the API embeds in the PDFs of minutes (protokoll).

pdfkit's standard fonts (Helvetica, WinAnsi) cannot draw letters outside Latin-1 (ł, ő, ş, the
en dash in some viewers' text layer), so the minutes embed a Unicode font instead: Roboto, the web
app's own font (SIL Open Font License 1.1, from @fontsource/roboto; the licence is copied beside the fonts), regular and bold. Fontsource splits each
weight into Unicode subsets as WOFF; this joins the `latin` and `latin-ext` subsets of each weight into
one plain TTF (about 55 kB) and writes them beside the code that loads them:
libs/shared/api-pdf/src/lib/fonts/roboto-{400,700}.ttf. pdfkit embeds only the glyphs a PDF uses.

Needs fontTools (Debian: apt-get install python3-fonttools). Run after upgrading @fontsource/roboto:
`/usr/bin/python3 tools/fonts/pdf-fonts.py`.
"""
import pathlib
import tempfile

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT / 'node_modules/@fontsource/roboto/files'
TARGET = ROOT / 'libs/shared/api-pdf/src/lib/fonts'
SUBSETS = ('latin', 'latin-ext')
WEIGHTS = ('400', '700')

TARGET.mkdir(parents=True, exist_ok=True)
(TARGET / 'LICENSE').write_bytes((SOURCE.parent / 'LICENSE').read_bytes())
with tempfile.TemporaryDirectory() as tmp:
    for weight in WEIGHTS:
        parts = []
        for subset in SUBSETS:
            font = TTFont(str(SOURCE / f'roboto-{subset}-{weight}-normal.woff'))
            font.flavor = None
            part = pathlib.Path(tmp) / f'{subset}-{weight}.ttf'
            font.save(str(part))
            parts.append(str(part))
        merged = Merger().merge(parts)
        out = TARGET / f'roboto-{weight}.ttf'
        merged.save(str(out))
        cmap = merged.getBestCmap()
        missing = [hex(c) for c in (0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0x2013, 0x2014, 0xA7, 0x141) if c not in cmap]
        if missing:
            raise SystemExit(f'{out.name} lacks {missing}')
        print(f'{out.relative_to(ROOT)}: {out.stat().st_size} bytes, {len(cmap)} characters')
