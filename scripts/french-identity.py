#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Marks every message of a French .ts file as translated by its own (French) source text.

Plural messages (tr("%n élément(s) manquant(s)", nullptr, n)) get real French forms: the singular drops the
"(s)"/"(x)" marks, the plural keeps their letters ("%n élément manquant", "%n éléments manquants").
"""
import re
import sys
import xml.etree.ElementTree as ET


def singular(text):
    return re.sub(r"\((s|x|es)\)", "", text)


def plural(text):
    return re.sub(r"\((s|x|es)\)", lambda m: m.group(1), text)

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") not in ("unfinished", None) and translation.get("type") != "vanished":
        continue
    is_plural = message.get("numerus") == "yes"
    forms = [f.text for f in translation.findall("numerusform")]
    # Plural forms copied from the source by an earlier run are redone; anything else already translated stays.
    if translation.get("type") is None and (translation.text or len(translation)):
        if not (is_plural and forms == [source, source]):
            continue
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for text in (singular(source), plural(source)):  # French: 0 and 1 singular, 2+ plural
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    else:
        translation.text = source
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
