<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportFields</name>
    <message>
        <source>Member number (KPJ)</source>
        <translation>Member number (KPJ)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Office (KCP) code</source>
        <translation>Office (KCP) code</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Agent code</translation>
    </message>
    <message>
        <source>Wadah code</source>
        <translation>Wadah code</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Supervisor (Pembina)</source>
        <translation>Supervisor (Pembina)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Declared income</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Contribution month</source>
        <translation>Contribution month</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>Payment channel</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>Claim date</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Month (empty: whole year)</source>
        <translation>Month (empty: whole year)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Labour force</source>
        <translation>Labour force</translation>
    </message>
    <message>
        <source>Informal workers</source>
        <translation>Informal workers</translation>
    </message>
    <message>
        <source>Working population</source>
        <translation>Working population</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Office code</translation>
    </message>
    <message>
        <source>Kind (KANWIL, KC, KCP)</source>
        <translation>Kind (KANWIL, KC, KCP)</translation>
    </message>
    <message>
        <source>Office above (its code)</source>
        <translation>Office above (its code)</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Head of office</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>CSV separated by %1, %2, %3 line ends</source>
        <translation>CSV separated by %1, %2, %3 line ends</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>no column of this file is a field of %1 files (the first line reads: %2); name the columns in a mapping (--mapping FILE)</source>
        <translation>no column of this file is a field of %1 files (the first line reads: %2); name the columns in a mapping (--mapping FILE)</translation>
    </message>
    <message>
        <source>required columns are missing: %1 (the header on line %2 has: %3); add them or name them in a mapping (--mapping FILE)</source>
        <translation>required columns are missing: %1 (the header on line %2 has: %3); add them or name them in a mapping (--mapping FILE)</translation>
    </message>
    <message>
        <source>import CSV or XLSX extracts</source>
        <translation>import CSV or XLSX extracts</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Workforce figures</source>
        <translation>Workforce figures</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
    <message>
        <source>this value is required</source>
        <translation>this value is required</translation>
    </message>
    <message>
        <source>NIK is stored as a number in the spreadsheet, which loses digits; format the column as text and type the NIK again</source>
        <translation>NIK is stored as a number in the spreadsheet, which loses digits; format the column as text and type the NIK again</translation>
    </message>
    <message>
        <source>not an amount; write for example 36800 or Rp36.800</source>
        <translation>not an amount; write for example 36800 or Rp36.800</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>there is no participant with KPJ %1; import the participants first</source>
        <translation>there is no participant with KPJ %1; import the participants first</translation>
    </message>
    <message>
        <source>the month is before the participant registered (%1)</source>
        <translation>the month is before the participant registered (%1)</translation>
    </message>
    <message>
        <source>a contribution of zero rupiah</source>
        <translation>a contribution of zero rupiah</translation>
    </message>
    <message>
        <source>KPJ %1 already has a contribution for %2 on line %3 of this file</source>
        <translation>KPJ %1 already has a contribution for %2 on line %3 of this file</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the same %1 is already on line %2 of this file</source>
        <translation>the same %1 is already on line %2 of this file</translation>
    </message>
    <message>
        <source>the NIK gives birth date %1 but the file says %2</source>
        <translation>the NIK gives birth date %1 but the file says %2</translation>
    </message>
    <message>
        <source>the NIK is a woman's (day of birth + 40) but the file says L</source>
        <translation>the NIK is a woman's (day of birth + 40) but the file says L</translation>
    </message>
    <message>
        <source>the NIK is a man's but the file says P</source>
        <translation>the NIK is a man's but the file says P</translation>
    </message>
    <message>
        <source>by the NIK the participant was %1 years old at registration</source>
        <translation>by the NIK the participant was %1 years old at registration</translation>
    </message>
    <message>
        <source>KPJ %1, NIK %2: %3</source>
        <translation>KPJ %1, NIK %2: %3</translation>
    </message>
    <message>
        <source>NIK %1 was registered as KPJ %2 on %3 and last paid for %4; registered again as KPJ %5 on %6 by agent %7</source>
        <translation>NIK %1 was registered as KPJ %2 on %3 and last paid for %4; registered again as KPJ %5 on %6 by agent %7</translation>
    </message>
    <message>
        <source>NIK %1 is registered as KPJ %2 by agent %3 and as KPJ %4 by agent %5</source>
        <translation>NIK %1 is registered as KPJ %2 by agent %3 and as KPJ %4 by agent %5</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(no agent)</translation>
    </message>
    <message>
        <source>%1 participants share the phone number %2 (KPJ %3%4)</source>
        <translation>%1 participants share the phone number %2 (KPJ %3%4)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 rows: %2 new, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>import: cancelled; nothing was written</source>
        <translation>import: cancelled; nothing was written</translation>
    </message>
    <message>
        <source> column "%1"</source>
        <translation> column "%1"</translation>
    </message>
    <message>
        <source> value "%1"</source>
        <translation> value "%1"</translation>
    </message>
    <message>
        <source>import: rows rejected: %1; nothing was written</source>
        <translation>import: rows rejected: %1; nothing was written</translation>
    </message>
    <message>
        <source>%1 (dry run, nothing written): %2</source>
        <translation>%1 (dry run, nothing written): %2</translation>
    </message>
    <message>
        <source>%1: batch %2, %3</source>
        <translation>%1: batch %2, %3</translation>
    </message>
    <message>
        <source>signals raised for a person to review (review_flags): %1</source>
        <translation>signals raised for a person to review (review_flags): %1</translation>
    </message>
    <message>
        <source>Imports CSV or XLSX files of one kind. Any rejected row: nothing is written, every rejected row is listed, and the exit status is 1.</source>
        <translation>Imports CSV or XLSX files of one kind. Any rejected row: nothing is written, every rejected row is listed, and the exit status is 1.</translation>
    </message>
    <message>
        <source>JSON {"file header": "field"} for headers that are not recognised.</source>
        <translation>JSON {"file header": "field"} for headers that are not recognised.</translation>
    </message>
    <message>
        <source>Check everything and count what would change, but write nothing.</source>
        <translation>Check everything and count what would change, but write nothing.</translation>
    </message>
    <message>
        <source>Write the rejected rows (file, line, column, value, reason) to this CSV file.</source>
        <translation>Write the rejected rows (file, line, column, value, reason) to this CSV file.</translation>
    </message>
    <message>
        <source>The XLSX sheet to read (default: the first).</source>
        <translation>The XLSX sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>Print each stage's progress on standard error.</source>
        <translation>Print each stage's progress on standard error.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>The files to import.</translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation>import: name at least one file to import</translation>
    </message>
    <message>
        <source>import: %1 does not exist</source>
        <translation>import: %1 does not exist</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>the header is on line %1; the lines above it were skipped</source>
        <translation>the header is on line %1; the lines above it were skipped</translation>
    </message>
    <message>
        <source>columns not imported: %1</source>
        <translation>columns not imported: %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>%1 more problems are not listed</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>Imported %1: %2 new, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>no file to import</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 does not exist or is not a file</translation>
    </message>
    <message>
        <source>Updating summaries</source>
        <translation>Updating summaries</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot tell which office this row belongs to: fill in the kcp column</source>
        <translation>cannot tell which office this row belongs to: fill in the kcp column</translation>
    </message>
    <message>
        <source>a mapping must be a JSON object like {"file header": "field"}: %1</source>
        <translation>a mapping must be a JSON object like {"file header": "field"}: %1</translation>
    </message>
    <message>
        <source>the field for "%1" must be text</source>
        <translation>the field for "%1" must be text</translation>
    </message>
    <message>
        <source>"%1" is not a field of %2 files; the fields are: %3</source>
        <translation>"%1" is not a field of %2 files; the fields are: %3</translation>
    </message>
    <message>
        <source>cannot read the mapping %1: %2</source>
        <translation>cannot read the mapping %1: %2</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>unknown sex; use L or P</source>
        <translation>unknown sex; use L or P</translation>
    </message>
    <message>
        <source>unknown program; use JKK+JKM or JKK+JKM+JHT</source>
        <translation>unknown program; use JKK+JKM or JKK+JKM+JHT</translation>
    </message>
    <message>
        <source>the year must be between 2000 and 2100</source>
        <translation>the year must be between 2000 and 2100</translation>
    </message>
    <message>
        <source>claim (KPJ, program and date)</source>
        <translation>claim (KPJ, program and date)</translation>
    </message>
    <message>
        <source>unknown program; use JKK, JKM or JHT</source>
        <translation>unknown program; use JKK, JKM or JHT</translation>
    </message>
    <message>
        <source>target (year, month, level and code)</source>
        <translation>target (year, month, level and code)</translation>
    </message>
    <message>
        <source>the month must be 1 to 12, or empty for the whole year</source>
        <translation>the month must be 1 to 12, or empty for the whole year</translation>
    </message>
    <message>
        <source>unknown level; use cabang, kcp, wadah or agen</source>
        <translation>unknown level; use cabang, kcp, wadah or agen</translation>
    </message>
    <message>
        <source>region and year</source>
        <translation>region and year</translation>
    </message>
    <message>
        <source>agent code</source>
        <translation>agent code</translation>
    </message>
    <message>
        <source>this NIK already belongs to agent %1</source>
        <translation>this NIK already belongs to agent %1</translation>
    </message>
    <message>
        <source>the same NIK is given to agent %1 on line %2</source>
        <translation>the same NIK is given to agent %1 on line %2</translation>
    </message>
    <message>
        <source>the account number was turned into a number by the spreadsheet; format the column as text</source>
        <translation>the account number was turned into a number by the spreadsheet; format the column as text</translation>
    </message>
    <message>
        <source>unknown status; use aktif, calon, nonaktif or diberhentikan</source>
        <translation>unknown status; use aktif, calon, nonaktif or diberhentikan</translation>
    </message>
    <message>
        <source>wadah code</source>
        <translation>wadah code</translation>
    </message>
    <message>
        <source>the undo record of %1 names an unknown column %2</source>
        <translation>the undo record of %1 names an unknown column %2</translation>
    </message>
    <message>
        <source>there is no import batch %1</source>
        <translation>there is no import batch %1</translation>
    </message>
    <message>
        <source>batch %1 is of an unknown kind %2</source>
        <translation>batch %1 is of an unknown kind %2</translation>
    </message>
    <message>
        <source>batch %1 was already undone</source>
        <translation>batch %1 was already undone</translation>
    </message>
    <message>
        <source>batch %1 imported %2 after this one; undo batch %1 first</source>
        <translation>batch %1 imported %2 after this one; undo batch %1 first</translation>
    </message>
    <message>
        <source>rows of batch %1 are still used by other data (for example contributions of these participants, or participants of these agents); undo those imports first</source>
        <translation>rows of batch %1 are still used by other data (for example contributions of these participants, or participants of these agents); undo those imports first</translation>
    </message>
    <message>
        <source>Undid import batch %1 (%2): %3 rows restored, %4 removed</source>
        <translation>Undid import batch %1 (%2): %3 rows restored, %4 removed</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <source>the amount has a fraction of a rupiah; write whole rupiah</source>
        <translation>the amount has a fraction of a rupiah; write whole rupiah</translation>
    </message>
    <message>
        <source>the spreadsheet cell holds a number that is not a date</source>
        <translation>the spreadsheet cell holds a number that is not a date</translation>
    </message>
    <message>
        <source>not a date; write dd/mm/yyyy</source>
        <translation>not a date; write dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the year has two digits; write the year with four digits (dd/mm/yyyy)</source>
        <translation>the year has two digits; write the year with four digits (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>no such date: dates are read as day/month/year (dd/mm/yyyy)</source>
        <translation>no such date: dates are read as day/month/year (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>no such date; write dd/mm/yyyy</source>
        <translation>no such date; write dd/mm/yyyy</translation>
    </message>
    <message>
        <source>not a month; write YYYY-MM (for example 2024-03)</source>
        <translation>not a month; write YYYY-MM (for example 2024-03)</translation>
    </message>
    <message>
        <source>the spreadsheet cell holds a number that is not a month</source>
        <translation>the spreadsheet cell holds a number that is not a month</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>not an amount</translation>
    </message>
    <message>
        <source>the amount is negative</source>
        <translation>the amount is negative</translation>
    </message>
    <message>
        <source>the number is negative</source>
        <translation>the number is negative</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file</source>
        <translation>%1 is not a readable XLSX file</translation>
    </message>
    <message>
        <source>%1 holds no sheet</source>
        <translation>%1 holds no sheet</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2"; its sheets are: %3</source>
        <translation>%1 has no sheet named "%2"; its sheets are: %3</translation>
    </message>
    <message>
        <source>XLSX, sheet "%1"</source>
        <translation>XLSX, sheet "%1"</translation>
    </message>
    <message>
        <source>this file is a spreadsheet (XLSX, a zip archive), not CSV text: give it the .xlsx extension</source>
        <translation>this file is a spreadsheet (XLSX, a zip archive), not CSV text: give it the .xlsx extension</translation>
    </message>
    <message>
        <source>this file is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV</source>
        <translation>this file is an old Excel workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV</translation>
    </message>
    <message>
        <source>this file is a PDF document, not a CSV file</source>
        <translation>this file is a PDF document, not a CSV file</translation>
    </message>
    <message>
        <source>line %1 holds a NUL byte, which text never does: this is not a CSV text file (a spreadsheet, or UTF-16 text without its byte-order mark?)</source>
        <translation>line %1 holds a NUL byte, which text never does: this is not a CSV text file (a spreadsheet, or UTF-16 text without its byte-order mark?)</translation>
    </message>
    <message>
        <source>the file declares UTF-16 text, but line %1 holds bytes that are not UTF-16 (a damaged file?)</source>
        <translation>the file declares UTF-16 text, but line %1 holds bytes that are not UTF-16 (a damaged file?)</translation>
    </message>
    <message>
        <source>the file declares UTF-8 (it starts with a byte-order mark), but line %1 holds the byte %2, which is not UTF-8: the file is damaged; save it again as "CSV UTF-8"</source>
        <translation>the file declares UTF-8 (it starts with a byte-order mark), but line %1 holds the byte %2, which is not UTF-8: the file is damaged; save it again as "CSV UTF-8"</translation>
    </message>
    <message>
        <source>the file is UTF-8 text, but line %1 holds the byte %2, which is not UTF-8: the file is damaged; save it again as "CSV UTF-8"</source>
        <translation>the file is UTF-8 text, but line %1 holds the byte %2, which is not UTF-8: the file is damaged; save it again as "CSV UTF-8"</translation>
    </message>
    <message>
        <source>line %1 holds the byte %2, which is a character neither in UTF-8 nor in Windows-1252: the file is damaged or in another encoding; save it again as "CSV UTF-8"</source>
        <translation>line %1 holds the byte %2, which is a character neither in UTF-8 nor in Windows-1252: the file is damaged or in another encoding; save it again as "CSV UTF-8"</translation>
    </message>
    <message>
        <source>a quote (") opened on line %1 is never closed, so everything after it would be read as one value: close the quote, or remove it if it belongs to the text</source>
        <translation>a quote (") opened on line %1 is never closed, so everything after it would be read as one value: close the quote, or remove it if it belongs to the text</translation>
    </message>
    <message>
        <source>text follows the closing quote of this value; a quote inside a quoted value must be doubled ("")</source>
        <translation>text follows the closing quote of this value; a quote inside a quoted value must be doubled ("")</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>import: %1 cannot be read to its end (damaged); nothing was written</source>
        <translation>import: %1 cannot be read to its end (damaged); nothing was written</translation>
    </message>
    <message>
        <source>An empty cell clears the stored value (without it, an empty cell leaves the stored value alone).</source>
        <translation>An empty cell clears the stored value (without it, an empty cell leaves the stored value alone).</translation>
    </message>
    <message>
        <source>the file has a header (line %1) but no rows to import</source>
        <translation>the file has a header (line %1) but no rows to import</translation>
    </message>
    <message>
        <source>Waiting for another import to finish</source>
        <translation>Waiting for another import to finish</translation>
    </message>
    <message>
        <source>cancelled while waiting for another import</source>
        <translation>cancelled while waiting for another import</translation>
    </message>
    <message>
        <source> (this row runs from line %1 to line %2: a quote left open?)</source>
        <translation> (this row runs from line %1 to line %2: a quote left open?)</translation>
    </message>
    <message>
        <source>a quoted value runs from line %1 to line %2 and holds whole rows: a quote (") left open on line %1 swallowed them</source>
        <translation>a quoted value runs from line %1 to line %2 and holds whole rows: a quote (") left open on line %1 swallowed them</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns (a value with an unquoted separator?)%3</source>
        <translation>this row has %1 values but the header has %2 columns (a value with an unquoted separator?)%3</translation>
    </message>
    <message>
        <source>this row has %1 values but the header has %2 columns: the row is cut short or broken over two lines (a missing value must still have its separator)%3</source>
        <translation>this row has %1 values but the header has %2 columns: the row is cut short or broken over two lines (a missing value must still have its separator)%3</translation>
    </message>
    <message>
        <source>this value holds a NUL byte, which text never does</source>
        <translation>this value holds a NUL byte, which text never does</translation>
    </message>
    <message>
        <source>this value is %1 characters long; no value may be longer than %2%3</source>
        <translation>this value is %1 characters long; no value may be longer than %2%3</translation>
    </message>
    <message>
        <source>damaged at line %1: %2</source>
        <translation>damaged at line %1: %2</translation>
    </message>
    <message>
        <source>the part %1 declares a DTD, which Excel never writes (entity declarations are how XML bombs work): refused</source>
        <translation>the part %1 declares a DTD, which Excel never writes (entity declarations are how XML bombs work): refused</translation>
    </message>
    <message>
        <source>the XML of the part %1 breaks at its line %2, column %3 (%4): the file is truncated or damaged</source>
        <translation>the XML of the part %1 breaks at its line %2, column %3 (%4): the file is truncated or damaged</translation>
    </message>
    <message>
        <source>the workbook's shared texts exceed %1 MB: split the file into smaller ones</source>
        <translation>the workbook's shared texts exceed %1 MB: split the file into smaller ones</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls) or one protected with a password: save it as .xlsx without a password</source>
        <translation>%1 is an old Excel workbook (.xls) or one protected with a password: save it as .xlsx without a password</translation>
    </message>
    <message>
        <source>%1 is a damaged or truncated XLSX file (its zip directory cannot be read)</source>
        <translation>%1 is a damaged or truncated XLSX file (its zip directory cannot be read)</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not an XLSX workbook</source>
        <translation>%1 is a PDF document, not an XLSX workbook</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it looks like text (CSV?); give it the .csv extension</source>
        <translation>%1 is not an XLSX workbook: it looks like text (CSV?); give it the .csv extension</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" cannot be read: %3</source>
        <translation>%1: the sheet "%2" cannot be read: %3</translation>
    </message>
    <message>
        <source>the sheet "%1" cannot be read past row %2: %3</source>
        <translation>the sheet "%1" cannot be read past row %2: %3</translation>
    </message>
    <message>
        <source>the sheet "%1" cannot be read: %2</source>
        <translation>the sheet "%1" cannot be read: %2</translation>
    </message>
    <message>
        <source>the part %1 is missing from the workbook</source>
        <translation>the part %1 is missing from the workbook</translation>
    </message>
    <message>
        <source>the part %1 of the workbook cannot be read (damaged, encrypted or compressed in a way Excel does not use)</source>
        <translation>the part %1 of the workbook cannot be read (damaged, encrypted or compressed in a way Excel does not use)</translation>
    </message>
    <message>
        <source>the part %1 would inflate from %2 to %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)</source>
        <translation>the part %1 would inflate from %2 to %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (it cannot be inflated): the file may be truncated</source>
        <translation>the part %1 of the workbook is damaged (it cannot be inflated): the file may be truncated</translation>
    </message>
    <message>
        <source>the part %1 of the workbook is damaged (its checksum does not match)</source>
        <translation>the part %1 of the workbook is damaged (its checksum does not match)</translation>
    </message>
    <message>
        <source>the part %1 inflates from %2 to more than %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)</source>
        <translation>the part %1 inflates from %2 to more than %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)</translation>
    </message>
    <message>
        <source>the part %1 holds one value or tag of more than %2 (no cell is that long): the file is damaged or hostile</source>
        <translation>the part %1 holds one value or tag of more than %2 (no cell is that long): the file is damaged or hostile</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (rows: %2)</translation>
    </message>
    <message>
        <source>%1 read as collected by the participant's agent</source>
        <translation>%1 read as collected by the participant's agent</translation>
    </message>
    <message>
        <source>%1 as another channel (bank, post office, retail, online)</source>
        <translation>%1 as another channel (bank, post office, retail, online)</translation>
    </message>
    <message>
        <source>payment channels: %1</source>
        <translation>payment channels: %1</translation>
    </message>
    <message>
        <source>What the files hold: offices, agents, wadah, participants, contributions, claims, targets, workforce.</source>
        <translation>What the files hold: offices, agents, wadah, participants, contributions, claims, targets, workforce.</translation>
    </message>
    <message>
        <source>Instead of importing, write an empty file of this kind to --out: its headers and one example row.</source>
        <translation>Instead of importing, write an empty file of this kind to --out: its headers and one example row.</translation>
    </message>
    <message>
        <source>With --template: the file to write (.csv or .xlsx).</source>
        <translation>With --template: the file to write (.csv or .xlsx).</translation>
    </message>
    <message>
        <source>import: --kind must be one of offices, agents, wadah, participants, contributions, claims, targets, workforce</source>
        <translation>import: --kind must be one of offices, agents, wadah, participants, contributions, claims, targets, workforce</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>The columns %1 fit a file of %2.</source>
        <translation>The columns %1 fit a file of %2.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>there is no office with code %1: the database has no offices yet. Set up the branch and its KCP on the Offices page, or import them first (--kind offices)</source>
        <translation>there is no office with code %1: the database has no offices yet. Set up the branch and its KCP on the Offices page, or import them first (--kind offices)</translation>
    </message>
    <message>
        <source>there is no office with code %1 (there are %2). Add it on the Offices page, or import it (--kind offices)</source>
        <translation>there is no office with code %1 (there are %2). Add it on the Offices page, or import it (--kind offices)</translation>
    </message>
    <message>
        <source>there is no wadah with code %1: the database has no wadah yet. Import the wadah first (--kind wadah), or add them on the Agents page, Wadah tab</source>
        <translation>there is no wadah with code %1: the database has no wadah yet. Import the wadah first (--kind wadah), or add them on the Agents page, Wadah tab</translation>
    </message>
    <message>
        <source>there is no wadah with code %1 (there are %2). Import it first (--kind wadah), or add it on the Agents page, Wadah tab</source>
        <translation>there is no wadah with code %1 (there are %2). Import it first (--kind wadah), or add it on the Agents page, Wadah tab</translation>
    </message>
    <message>
        <source>there is no agent with code %1: the database has no agents yet. Import the agents first (--kind agents), or add them on the Agents page</source>
        <translation>there is no agent with code %1: the database has no agents yet. Import the agents first (--kind agents), or add them on the Agents page</translation>
    </message>
    <message>
        <source>there is no agent with code %1 (there are %2). Import the agent first (--kind agents), or add it on the Agents page</source>
        <translation>there is no agent with code %1 (there are %2). Import the agent first (--kind agents), or add it on the Agents page</translation>
    </message>
    <message>
        <source>the database has no offices yet: set up the branch and its KCP on the Offices page, or import them first (--kind offices)</source>
        <translation>the database has no offices yet: set up the branch and its KCP on the Offices page, or import them first (--kind offices)</translation>
    </message>
    <message>
        <source>unknown kind of office; write KANWIL, KC or KCP</source>
        <translation>unknown kind of office; write KANWIL, KC or KCP</translation>
    </message>
    <message>
        <source>the same office code is already on line %1 of this file</source>
        <translation>the same office code is already on line %1 of this file</translation>
    </message>
    <message>
        <source>the office changes its kind: write the code of the office above it in the induk column</source>
        <translation>the office changes its kind: write the code of the office above it in the induk column</translation>
    </message>
    <message>
        <source>a KCP stands under its KC: write the KC's code in the induk column</source>
        <translation>a KCP stands under its KC: write the KC's code in the induk column</translation>
    </message>
    <message>
        <source>an office cannot stand under itself</source>
        <translation>an office cannot stand under itself</translation>
    </message>
    <message>
        <source>a Kanwil stands at the top: leave its induk empty</source>
        <translation>a Kanwil stands at the top: leave its induk empty</translation>
    </message>
    <message>
        <source>%1 is a %2, and a %3 stands under a %4</source>
        <translation>%1 is a %2, and a %3 stands under a %4</translation>
    </message>
    <message>
        <source>a template is written as .csv or .xlsx, not %1</source>
        <translation>a template is written as .csv or .xlsx, not %1</translation>
    </message>
    <message>
        <source>import: --template takes a kind: offices, agents, wadah, participants, contributions, claims, targets or workforce</source>
        <translation>import: --template takes a kind: offices, agents, wadah, participants, contributions, claims, targets or workforce</translation>
    </message>
    <message>
        <source>import: --template needs --out FILE.csv or FILE.xlsx</source>
        <translation>import: --template needs --out FILE.csv or FILE.xlsx</translation>
    </message>
    <message>
        <source>%1: the %2 template (%3 columns and an example row to replace with your own)</source>
        <translation>%1: the %2 template (%3 columns and an example row to replace with your own)</translation>
    </message>
    <message>
        <source>Replace the --errors file (or the --template --out file) when it exists already.</source>
        <translation>Replace the --errors file (or the --template --out file) when it exists already.</translation>
    </message>
    <message>
        <source>this file is a picture, not a CSV file</source>
        <translation>this file is a picture, not a CSV file</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): nothing to import</source>
        <translation>%1 is empty (0 bytes): nothing to import</translation>
    </message>
    <message>
        <source>%1 is a picture, not an XLSX workbook</source>
        <translation>%1 is a picture, not an XLSX workbook</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument file (LibreOffice .ods), not an XLSX workbook: save it as .xlsx</source>
        <translation>%1 is an OpenDocument file (LibreOffice .ods), not an XLSX workbook: save it as .xlsx</translation>
    </message>
    <message>
        <source>%1 is a Word document, not an XLSX workbook</source>
        <translation>%1 is a Word document, not an XLSX workbook</translation>
    </message>
    <message>
        <source>%1 is a PowerPoint presentation, not an XLSX workbook</source>
        <translation>%1 is a PowerPoint presentation, not an XLSX workbook</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook (it holds no xl/workbook.xml): unpack it, or save the sheet as .xlsx</source>
        <translation>%1 is a zip archive but not an XLSX workbook (it holds no xl/workbook.xml): unpack it, or save the sheet as .xlsx</translation>
    </message>
    <message>
        <source>the workbook holds %1 parts (Excel writes a few dozen): refused as a zip bomb (the limit is %2)</source>
        <translation>the workbook holds %1 parts (Excel writes a few dozen): refused as a zip bomb (the limit is %2)</translation>
    </message>
    <message>
        <source>the workbook's parts would inflate to more than %1 together: refused as a zip bomb</source>
        <translation>the workbook's parts would inflate to more than %1 together: refused as a zip bomb</translation>
    </message>
    <message>
        <source>the workbook's parts inflate to more than %1 together: refused as a zip bomb</source>
        <translation>the workbook's parts inflate to more than %1 together: refused as a zip bomb</translation>
    </message>
    <message>
        <source>xl/_rels/workbook.xml.rels points to "%1", outside the workbook: refused</source>
        <translation>xl/_rels/workbook.xml.rels points to "%1", outside the workbook: refused</translation>
    </message>
    <message>
        <source>the workbook holds a part named "%1", which points outside the workbook: refused</source>
        <translation>the workbook holds a part named "%1", which points outside the workbook: refused</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
</context>
<context>
    <name>perisai::imports::BatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>perisai::imports::BatchesView</name>
    <message>
        <source>Undo this import…</source>
        <translation>Undo this import…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Undo batch %1 (%2)? The %3 new rows are removed and the %4 updated rows get their earlier values back.</source>
        <translation>Undo batch %1 (%2)? The %3 new rows are removed and the %4 updated rows get their earlier values back.</translation>
    </message>
    <message>
        <source>Undoing batch %1…</source>
        <translation>Undoing batch %1…</translation>
    </message>
    <message>
        <source>Undoing import %1</source>
        <translation>Undoing import %1</translation>
    </message>
    <message>
        <source>Batch %1 was not undone: %2</source>
        <translation>Batch %1 was not undone: %2</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 rows removed, %3 rows restored.</source>
        <translation>Batch %1 undone: %2 rows removed, %3 rows restored.</translation>
    </message>
</context>
<context>
    <name>perisai::imports::ImportWizard</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Remember these columns for the next file of this kind</source>
        <translation>Remember these columns for the next file of this kind</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Check only</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>Save rejected rows as CSV…</translation>
    </message>
    <message>
        <source>A CSV or XLSX file from the office</source>
        <translation>A CSV or XLSX file from the office</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>The file holds</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Office files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Office files (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1; the header is on line %2.</source>
        <translation>%1; the header is on line %2.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The file was not imported: %1</source>
        <translation>The file was not imported: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported, so nothing was written. Correct them in the file (the list below says where and what) and import it again.</source>
        <translation>%1 of %2 rows cannot be imported, so nothing was written. Correct them in the file (the list below says where and what) and import it again.</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 rows: %2 new, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Checked, nothing written. Importing would give %1</source>
        <translation>Checked, nothing written. Importing would give %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Imported. %1</translation>
    </message>
    <message>
        <source>%1 signals were raised for a person to review.</source>
        <translation>%1 signals were raised for a person to review.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Rejected rows saved to %1</translation>
    </message>
    <message>
        <source>Empty cells clear the stored value</source>
        <translation>Empty cells clear the stored value</translation>
    </message>
    <message>
        <source>Off: an empty cell leaves what is stored as it is, so a column left blank by mistake blanks nothing. On: an empty cell in a column of the file clears the stored value.</source>
        <translation>Off: an empty cell leaves what is stored as it is, so a column left blank by mistake blanks nothing. On: an empty cell in a column of the file clears the stored value.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read to its end, so nothing was written. The list below says where and why; save the file again from the program that made it and import it again.</source>
        <translation>The file is damaged and cannot be read to its end, so nothing was written. The list below says where and why; save the file again from the program that made it and import it again.</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Download template</translation>
    </message>
    <message>
        <source>An empty file of this kind: its columns and one example row to replace with your own</source>
        <translation>An empty file of this kind: its columns and one example row to replace with your own</translation>
    </message>
    <message>
        <source>template-%1.xlsx</source>
        <translation>template-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Template written to %1: put your rows in place of the example, then import the file.</source>
        <translation>Template written to %1: put your rows in place of the example, then import the file.</translation>
    </message>
    <message>
        <source>Change the kind above if the file holds something else.</source>
        <translation>Change the kind above if the file holds something else.</translation>
    </message>
    <message>
        <source>No kind of file has every column this one needs: choose what it holds above, then match its columns below.</source>
        <translation>No kind of file has every column this one needs: choose what it holds above, then match its columns below.</translation>
    </message>
</context>
<context>
    <name>perisai::imports::ImportsPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>CSV or XLSX files from the office: agents, wadah, participants, contributions, claims, targets, workforce figures. A file with any rejected row writes nothing; every import can be undone.</source>
        <translation>CSV or XLSX files from the office: agents, wadah, participants, contributions, claims, targets, workforce figures. A file with any rejected row writes nothing; every import can be undone.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Imported files</translation>
    </message>
</context>
<context>
    <name>perisai::imports::IssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>What to change</translation>
    </message>
</context>
<context>
    <name>perisai::imports::MappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>Choose a column for: %1</translation>
    </message>
</context>
</TS>