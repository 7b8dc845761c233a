#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# Gives every label of a form row (QFormLayout or QGridLayout, column 0) the field of its row as buddy, in the
# given Qt Designer .ui files: the label then names the field for assistive technology and Alt+letter reaches it.
# Labels that already have a buddy are left alone. Usage: scripts/ui-buddies.py forms/*.ui
import sys
import xml.etree.ElementTree as ET

EDITORS = ('QLineEdit', 'QPlainTextEdit', 'QTextEdit', 'QComboBox', 'QSpinBox', 'QDoubleSpinBox', 'kitetp::DateEdit',
           'DateEdit', 'QCheckBox', 'QListWidget', 'QTableView', 'QTreeView', 'QListView', 'QTableWidget')


def first_field(item):
    for w in item.iter('widget'):
        if w.get('class') in EDITORS and w.get('name'):
            return w.get('name')
    return None


def has_buddy(label):
    return any(p.get('name') == 'buddy' for p in label.findall('property'))


changed_total = 0
for path in sys.argv[1:]:
    tree = ET.parse(path)
    changed = 0
    for layout in tree.iter('layout'):
        if layout.get('class') not in ('QFormLayout', 'QGridLayout'):
            continue
        rows = {}
        for item in layout.findall('item'):
            if item.get('row') is None:
                continue
            rows.setdefault(int(item.get('row')), {})[int(item.get('column', '0'))] = item
        for row, columns in rows.items():
            first = columns.get(0)
            if first is None:
                continue
            label = first.find('widget')
            if label is None or label.get('class') != 'QLabel' or has_buddy(label):
                continue
            for column in sorted(c for c in columns if c > 0):
                field = first_field(columns[column])
                if field:
                    prop = ET.SubElement(label, 'property', name='buddy')
                    ET.SubElement(prop, 'cstring').text = field
                    changed += 1
                    break
    if changed:
        body = ET.tostring(tree.getroot(), encoding='unicode')
        with open(path, 'w', encoding='utf-8') as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + body + '\n')
        print(f'{path}: {changed} buddies')
    changed_total += changed
