#!/usr/bin/env python3
"""Marks every message of a French .ts file as translated by its own (French) source text."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") not in ("unfinished", None) and translation.get("type") != "vanished":
        continue
    if translation.get("type") is None and (translation.text or len(translation)):
        continue
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for _ in range(2):  # French has two plural forms
            form = ET.SubElement(translation, "numerusform")
            form.text = source
    else:
        translation.text = source
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
