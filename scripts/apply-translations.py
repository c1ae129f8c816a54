#!/usr/bin/env python3
"""Fills unfinished translations of a .ts file from a JSON object {"source text": "translation"}.
Numerus messages take one Indonesian form (Indonesian has no grammatical plural).
    scripts/apply-translations.py translations/roster_id.ts my-translations.json"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, map_path = sys.argv[1], sys.argv[2]
with open(map_path, encoding="utf-8") as f:
    mapping = json.load(f)
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    tr = message.find("translation")
    if tr is None or tr.get("type") != "unfinished":
        continue
    source = message.findtext("source")
    if source not in mapping:
        missing.append(source)
        continue
    del tr.attrib["type"]
    if message.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        ET.SubElement(tr, "numerusform").text = mapping[source]
        tr.text = None
    else:
        tr.text = mapping[source]
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
with open(ts_path, encoding="utf-8") as f:
    text = f.read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
with open(ts_path, "w", encoding="utf-8") as f:
    f.write(text)
for m in missing:
    print("missing:", repr(m))
sys.exit(1 if missing else 0)
