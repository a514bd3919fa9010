#!/usr/bin/env python3
"""Subsets the Material Symbols Outlined font to the icons the web app uses.

The full variable font is about 4 MB, which alone took a phone on a slow link some 20 seconds. This
keeps the letters that spell icon names, the ligatures for the names in tools/fonts/icons.txt and
their glyphs, at the default axes (weight 400, not filled, grade 0, optical size 24), and writes
apps/web/public/fonts/material-symbols-outlined-subset.woff2.

Needs fontTools and brotli (Debian: apt-get install python3-fonttools python3-brotli). Run after
adding an icon to the app: `/usr/bin/python3 tools/fonts/subset-icons.py`; a unit test in apps/web
fails when a template uses an icon that is not in icons.txt.
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT / 'node_modules/material-symbols/material-symbols-outlined.woff2'
TARGET = ROOT / 'apps/web/public/fonts/material-symbols-outlined-subset.woff2'
NAMES = sorted({line.strip() for line in (ROOT / 'tools/fonts/icons.txt').read_text().split() if line.strip()})
LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'

font = TTFont(str(SOURCE))
font = instancer.instantiateVariableFont(font, {'wght': 400, 'FILL': 0, 'GRAD': 0, 'opsz': 24})
cmap = font.getBestCmap()
char_of = {glyph: chr(code) for code, glyph in cmap.items()}

# Which ligature makes which name; keep only ours (otherwise the subsetter's closure keeps them all).
wanted = set(NAMES)
found = {}
gsub = font['GSUB'].table
for lookup in gsub.LookupList.Lookup:
    for table in lookup.SubTable:
        if lookup.LookupType == 7:
            table = table.ExtSubTable
        if not hasattr(table, 'ligatures'):
            continue
        for first, ligatures in list(table.ligatures.items()):
            kept = []
            for ligature in ligatures:
                name = char_of.get(first, '') + ''.join(char_of.get(g, '?') for g in ligature.Component)
                if name in wanted:
                    kept.append(ligature)
                    found[name] = ligature.LigGlyph
            table.ligatures[first] = kept
missing = wanted - set(found)
if missing:
    sys.exit(f'Not in Material Symbols: {", ".join(sorted(missing))}')

options = subset.Options()
options.flavor = 'woff2'
options.layout_features = ['liga', 'rlig', 'calt', 'ccmp']
options.notdef_outline = True
options.name_IDs = ['*']
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=[ord(c) for c in LETTERS], glyphs=list(found.values()))
subsetter.subset(font)
TARGET.parent.mkdir(parents=True, exist_ok=True)
font.flavor = 'woff2'
font.save(str(TARGET))
print(f'{len(found)} icons, {TARGET.stat().st_size / 1024:.1f} kB -> {TARGET.relative_to(ROOT)}')
