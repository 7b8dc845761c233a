#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Marks every message of a French .ts file as translated by its own (French) source text, with French typography
in the window's contexts (see typography()).

Plural messages (tr("%n élément(s) manquant(s)", nullptr, n)) get real French forms: the singular drops the
"(s)"/"(x)" marks, the plural keeps their letters ("%n élément manquant", "%n éléments manquants").
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# French typography in the window: a narrow no-break space (U+202F) before : ; ? ! and a no-break space (U+00A0)
# inside « ». Only the window's own contexts get it (the pages, dialogs, wizards and forms of app/ui and forms/):
# the command line, the stored words and the documents keep their source text, which scripts and tests read.
NARROW = "\u202f"
NBSP = "\u00a0"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def non_window_names():
    names = set()
    for room in ("core", "storage", "documents", "model", "cli", "demo", "charts"):
        for path in glob.glob(os.path.join(ROOT, "app", room, "*.[ch]*")):
            text = open(path, encoding="utf-8").read()
            names.update(re.findall(r"\b(?:class|struct|namespace)\s+(\w+)", text))
            names.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", text))
            names.update(n.split("::")[-1] for n in re.findall(r'translate\("([^"]+)"', text))
    return names


NON_WINDOW = non_window_names()


def in_window(context):
    return context.split("::")[-1] not in NON_WINDOW


def typography(text):
    text = re.sub(r"(?<=\S) ([:;?!])(?=\s|$|[)\"»<])", NARROW + r"\1", text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return text


def singular(text):
    return re.sub(r"\((s|x|es)\)", "", text)


def plural(text):
    return re.sub(r"\((s|x|es)\)", lambda m: m.group(1), text)

path = sys.argv[1]
tree = ET.parse(path)
for context in tree.getroot().iter("context"):
    window = in_window(context.findtext("name") or "")
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        french = typography(source) if window else source
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        # kitetp_fr.ts is made by this script only: every translation is made again from its source.
        translation.attrib.clear()
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for text in (singular(french), plural(french)):  # French: 0 and 1 singular, 2+ plural
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        else:
            translation.text = french
with open(path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
    f.write(b"\n")
