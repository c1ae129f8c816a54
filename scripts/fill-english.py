#!/usr/bin/env python3
"""Fills an English .ts file: the source text is English, so each translation is the source itself.
Numerus messages get the singular and plural forms English needs ("%n agent(s)" -> "%n agent", "%n agents")."""
import re
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
    if translation.get("type") is None and (translation.text or list(translation)):
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r"\((\w+)\)", "", source)
        plural = re.sub(r"\((\w+)\)", r"\1", source)
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
        translation.text = None
    else:
        translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r", encoding="utf-8") as f:
    text = f.read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
with open(path, "w", encoding="utf-8") as f:
    f.write(text)
