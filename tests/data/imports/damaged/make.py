#!/usr/bin/env python3
"""Writes the damaged import files of this folder: each is a way a real file breaks (a careful user's
spreadsheet, a flaky USB stick, a hostile sender). The import tests read them, and they are the seed
corpus of the readers' fuzz targets. Run it again after changing it; the output is deterministic."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
AGENTS_HEADER = "Kode Agen;NIK;Nama;No. HP;Kode Wadah;KCP;Tanggal Bergabung;Bank;No. Rekening;Status\n"
AGENT_ROWS = [
    "AG-001;3319011205850001;Ahmad Fauzi;0812-3456-7890;W-001;;05/01/2022;BNI;0123456789;Aktif\n",
    "AG-002;3319014308900002;Siti Aminah;+62 813 1111 2222;W-002;KCP-JEPARA;15-02-2022;CIMB Niaga;9876543210;aktif\n",
    "AG-003;3319012001950003;Joko Susilo;85712345678;W-001;;2022-03-01;BNI;1112223334;calon\n",
]


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def contributions(stray_quote_line=None):
    lines = ["kpj,periode,jumlah,tanggal_bayar,kanal\n"]
    for kpj in range(22010000001, 22010000005):
        for month in range(1, 36):  # from February 2022: the month the last of them registered
            year, m = 2022 + month // 12, month % 12 + 1
            lines.append(f"{kpj},{year}-{m:02d},16800,05/{m:02d}/{year},agen\n")
    if stray_quote_line:
        i = stray_quote_line - 1
        lines[i] = lines[i].replace(",agen", ',"agen')
    return "".join(lines)


def workbook(sheet_xml, compression=zipfile.ZIP_DEFLATED, shared=None):
    """An XLSX holding one sheet whose XML is given as is."""
    from io import BytesIO
    out = BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        def member(name, text):
            info = zipfile.ZipInfo(name)  # dated 1980-01-01: the same bytes at every run
            info.compress_type = compression
            z.writestr(info, text)
        member("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        member("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        member("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')
        if shared is not None:
            member("xl/sharedStrings.xml", shared)
        member("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def workforce_rows(n, break_at=None, breakage=""):
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    rows = ['<row r="1">' + cell("A1", "Wilayah") + cell("B1", "Tahun") + cell("C1", "Angkatan Kerja")
            + cell("D1", "Pekerja Informal") + cell("E1", "Penduduk Bekerja") + "</row>"]
    for r in range(2, n + 2):
        region = f"Wilayah {r:05d}"
        if r == break_at:
            region += breakage
        rows.append(f'<row r="{r}">' + cell(f"A{r}", region) + f'<c r="B{r}"><v>2022</v></c>'
                    + f'<c r="C{r}"><v>{1000 + r}</v></c><c r="D{r}"><v>{500 + r}</v></c><c r="E{r}"><v>{900 + r}</v></c></row>')
    return head + "".join(rows) + "</sheetData></worksheet>"


def main():
    # CSV structure
    write("agents_open_quote.csv", AGENTS_HEADER + AGENT_ROWS[0]
          + 'AG-002;3319014308900002;"Siti Aminah;+62 813 1111 2222;W-002;KCP-JEPARA;15-02-2022;CIMB Niaga;9876543210;aktif\n'
          + AGENT_ROWS[2])
    write("agents_swallowed_rows.csv", AGENTS_HEADER + AGENT_ROWS[0]
          + 'AG-002;3319014308900002;"Siti Aminah;+62 813 1111 2222;W-002;KCP-JEPARA;15-02-2022;CIMB Niaga;9876543210;aktif\n'
          + AGENT_ROWS[2] + 'AG-004;3319012001950004;Rina" Wati;0812;W-001;;2022-03-01;BNI;1;calon\n')
    write("agents_short_row.csv", AGENTS_HEADER + AGENT_ROWS[0] + AGENT_ROWS[1] + "AG-003;3319012001950003;Joko Susilo\n")
    write("agents_text_after_quote.csv", AGENTS_HEADER + AGENT_ROWS[0]
          + 'AG-002;3319014308900002;"Siti" Aminah;+62 813 1111 2222;W-002;KCP-JEPARA;15-02-2022;CIMB Niaga;9876543210;aktif\n')
    write("agents_long_cell.csv", AGENTS_HEADER + AGENT_ROWS[0]
          + "AG-002;3319014308900002;" + "Siti " * 1000 + ";+62 813 1111 2222;W-002;KCP-JEPARA;15-02-2022;CIMB Niaga;9876543210;aktif\n")
    write("contributions.csv", contributions())
    write("contributions_open_quote.csv", contributions(stray_quote_line=101))
    write("header_only.csv", AGENTS_HEADER)
    write("empty.csv", b"")
    # Encodings
    dede = AGENTS_HEADER + AGENT_ROWS[0].replace("Ahmad Fauzi", "Dédé Fauzi")
    write("utf8_bom_invalid_byte.csv", b"\xef\xbb\xbf" + dede.encode("utf-8") + AGENT_ROWS[1].replace("Siti", "Sit\x00").encode("utf-8").replace(b"\x00", b"\xff"))
    write("utf8_invalid_byte.csv", dede.encode("utf-8") + AGENT_ROWS[1].replace("Siti", "Sit\x00").encode("utf-8").replace(b"\x00", b"\xff"))
    write("cp1252_undefined_byte.csv", (AGENTS_HEADER + AGENT_ROWS[0]).encode("cp1252") + AGENT_ROWS[1].encode("cp1252").replace(b"Siti", b"Sit\x81"))
    write("nul_byte.csv", (AGENTS_HEADER + AGENT_ROWS[0]).encode() + AGENT_ROWS[1].encode().replace(b"Siti", b"Si\x00ti"))
    write("utf16_without_bom.csv", (AGENTS_HEADER + AGENT_ROWS[0]).encode("utf-16-le"))
    # Files that are not what their extension says
    write("spreadsheet_named.csv", workbook(workforce_rows(3)))
    write("text_named.xlsx", "Wilayah;Tahun;Angkatan Kerja;Pekerja Informal;Penduduk Bekerja\nKudus;2022;1;1;1\n")
    # XLSX structure
    write("workforce_ok.xlsx", workbook(workforce_rows(1600)))
    write("xlsx_undefined_entity.xlsx", workbook(workforce_rows(1600, break_at=1501, breakage="&nbsp;")))
    write("xlsx_truncated_sheet.xlsx", workbook(workforce_rows(1600)[: len(workforce_rows(1600)) * 3 // 4]))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              + cell("A1", "&lol3;") + "</row></sheetData></worksheet>")
    write("xlsx_entity_expansion.xlsx", workbook(laughs))
    bomb = workforce_rows(1)[:-len("</sheetData></worksheet>")] + "<row/>" * (64 * 1024 * 1024 // 6) + "</sheetData></worksheet>"
    write("xlsx_zip_bomb.xlsx", workbook(bomb))
    huge = workforce_rows(1).replace("Wilayah 00002", "A" * (20 * 1024 * 1024))
    write("xlsx_huge_cell.xlsx", workbook(huge))
    stored = bytearray(workbook(workforce_rows(50), compression=zipfile.ZIP_STORED))
    at = stored.index(b"Wilayah 00030")
    stored[at] = ord("X")  # the bytes change, the checksum does not
    write("xlsx_bad_checksum.xlsx", bytes(stored))


if __name__ == "__main__":
    main()
