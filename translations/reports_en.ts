<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Report</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Target achievement</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Monev attendance</source>
        <translation>Monev attendance</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Acquisitions by month</source>
        <translation>Acquisitions by month</translation>
    </message>
    <message>
        <source>unknown report type "%1" (one of: %2)</source>
        <translation>unknown report type "%1" (one of: %2)</translation>
    </message>
    <message>
        <source>the %1 report needs a period</source>
        <translation>the %1 report needs a period</translation>
    </message>
    <message>
        <source>the %1 report needs an agent code</source>
        <translation>the %1 report needs an agent code</translation>
    </message>
    <message>
        <source>the %1 report needs a wadah code</source>
        <translation>the %1 report needs a wadah code</translation>
    </message>
    <message>
        <source>the %1 report needs a Monev session</source>
        <translation>the %1 report needs a Monev session</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Personal data masked</translation>
    </message>
    <message>
        <source>CONTAINS PERSONAL DATA (UU 27/2022)</source>
        <translation>CONTAINS PERSONAL DATA (UU 27/2022)</translation>
    </message>
    <message>
        <source>Generated %1 %2 · %3</source>
        <translation>Generated %1 %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Community group</source>
        <translation>Community group</translation>
    </message>
    <message>
        <source>Village enterprise (BUMDes)</source>
        <translation>Village enterprise (BUMDes)</translation>
    </message>
    <message>
        <source>Perisai office</source>
        <translation>Perisai office</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Productive agents</source>
        <translation>Productive agents</translation>
    </message>
    <message>
        <source>Coverage of informal workers</source>
        <translation>Coverage of informal workers</translation>
    </message>
    <message>
        <source>Achievement is above the target cap. </source>
        <translation>Achievement is above the target cap. </translation>
    </message>
    <message>
        <source>Coverage: %1 protected of %2 informal workers (%3).</source>
        <translation>Coverage: %1 protected of %2 informal workers (%3).</translation>
    </message>
    <message>
        <source>Coverage: no informal workforce figure is recorded for the office's region.</source>
        <translation>Coverage: no informal workforce figure is recorded for the office's region.</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Year over year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>The whole of %1</source>
        <translation>The whole of %1</translation>
    </message>
    <message>
        <source>Outlook for %1</source>
        <translation>Outlook for %1</translation>
    </message>
    <message>
        <source>Acquisitions so far in the year, and where the year lands</source>
        <translation>Acquisitions so far in the year, and where the year lands</translation>
    </message>
    <message>
        <source>at the current pace</source>
        <translation>at the current pace</translation>
    </message>
    <message>
        <source>with last year's shape</source>
        <translation>with last year's shape</translation>
    </message>
    <message>
        <source>At the current pace %1 ends with %2 acquisitions</source>
        <translation>At the current pace %1 ends with %2 acquisitions</translation>
    </message>
    <message>
        <source>; following last year's monthly shape, with %1</source>
        <translation>; following last year's monthly shape, with %1</translation>
    </message>
    <message>
        <source>, against %1 in %2. </source>
        <translation>, against %1 in %2. </translation>
    </message>
    <message>
        <source>Last year's result is within reach.</source>
        <translation>Last year's result is within reach.</translation>
    </message>
    <message>
        <source>Last year's result is not yet within reach.</source>
        <translation>Last year's result is not yet within reach.</translation>
    </message>
    <message>
        <source>Top %1 agents</source>
        <translation>Top %1 agents</translation>
    </message>
    <message>
        <source>Top %1 wadah</source>
        <translation>Top %1 wadah</translation>
    </message>
    <message>
        <source>Bottom %1 agents</source>
        <translation>Bottom %1 agents</translation>
    </message>
    <message>
        <source>Bottom %1 wadah</source>
        <translation>Bottom %1 wadah</translation>
    </message>
    <message>
        <source>Claims of Perisai recruits</source>
        <translation>Claims of Perisai recruits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Benefit paid</source>
        <translation>Benefit paid</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>of a target of %1</source>
        <translation>of a target of %1</translation>
    </message>
    <message>
        <source>no target recorded</source>
        <translation>no target recorded</translation>
    </message>
    <message>
        <source>paid up for the last month</source>
        <translation>paid up for the last month</translation>
    </message>
    <message>
        <source>Retention at 3 months</source>
        <translation>Retention at 3 months</translation>
    </message>
    <message>
        <source>6 months %1 · 12 months %2</source>
        <translation>6 months %1 · 12 months %2</translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>of %1 registered</translation>
    </message>
    <message>
        <source>Perisai share %1</source>
        <translation>Perisai share %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>PKS in force</source>
        <translation>PKS in force</translation>
    </message>
    <message>
        <source>%1 ending within 90 days · %2 expired</source>
        <translation>%1 ending within 90 days · %2 expired</translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation>The year %1</translation>
    </message>
    <message>
        <source>Acquisitions through the year</source>
        <translation>Acquisitions through the year</translation>
    </message>
    <message>
        <source>%1 closed with %2 acquisitions, against %3 in %4: %5.</source>
        <translation>%1 closed with %2 acquisitions, against %3 in %4: %5.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Against the same months</source>
        <translation>Against the same months</translation>
    </message>
    <message>
        <source>Against the whole year</source>
        <translation>Against the whole year</translation>
    </message>
    <message>
        <source>Branch performance summary</source>
        <translation>Branch performance summary</translation>
    </message>
    <message>
        <source>Regional performance summary</source>
        <translation>Regional performance summary</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes a report as an A4 PDF.</source>
        <translation>Writes a report as an A4 PDF.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>The report: %1.</translation>
    </message>
    <message>
        <source>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</source>
        <translation>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</translation>
    </message>
    <message>
        <source>Office code (default: the branch).</source>
        <translation>Office code (default: the branch).</translation>
    </message>
    <message>
        <source>Agent code (--type agent).</source>
        <translation>Agent code (--type agent).</translation>
    </message>
    <message>
        <source>Wadah code (--type wadah).</source>
        <translation>Wadah code (--type wadah).</translation>
    </message>
    <message>
        <source>Show personal data (NIK, phone, bank account) in full.</source>
        <translation>Show personal data (NIK, phone, bank account) in full.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>report: --type is required (one of: %1)</source>
        <translation>report: --type is required (one of: %1)</translation>
    </message>
    <message>
        <source>report: unknown type "%1" (one of: %2)</source>
        <translation>report: unknown type "%1" (one of: %2)</translation>
    </message>
    <message>
        <source>report: --out FILE.pdf is required</source>
        <translation>report: --out FILE.pdf is required</translation>
    </message>
    <message>
        <source>report: --period: %1</source>
        <translation>report: --period: %1</translation>
    </message>
    <message>
        <source>report: --period FROM..TO is required for --type %1</source>
        <translation>report: --period FROM..TO is required for --type %1</translation>
    </message>
    <message>
        <source>report: --agent CODE is required for --type %1</source>
        <translation>report: --agent CODE is required for --type %1</translation>
    </message>
    <message>
        <source>report: --wadah CODE is required for --type %1</source>
        <translation>report: --wadah CODE is required for --type %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Monev session (--type monev): its number as the Monev page shows it, or the day it was held (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation>Monev session (--type monev): its number as the Monev page shows it, or the day it was held (YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>report: --session takes a session number or the day it was held (YYYY-MM-DD or DD/MM/YYYY), not "%1"</source>
        <translation>report: --session takes a session number or the day it was held (YYYY-MM-DD or DD/MM/YYYY), not "%1"</translation>
    </message>
    <message>
        <source>report: --session NUMBER or --session DATE is required for --type %1</source>
        <translation>report: --session NUMBER or --session DATE is required for --type %1</translation>
    </message>
    <message>
        <source>Replace the --out file when it exists already.</source>
        <translation>Replace the --out file when it exists already.</translation>
    </message>
    <message>
        <source>export a PDF report</source>
        <translation>export a PDF report</translation>
    </message>
</context>
<context>
    <name>perisai::reports::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>A4 summaries to print or send on: branch performance, scorecards, Monev minutes, PKS status</source>
        <translation>A4 summaries to print or send on: branch performance, scorecards, Monev minutes, PKS status</translation>
    </message>
    <message>
        <source>Show personal data (NIK, phone, account)</source>
        <translation>Show personal data (NIK, phone, account)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Monev session</source>
        <translation>Monev session</translation>
    </message>
    <message>
        <source>Build report</source>
        <translation>Build report</translation>
    </message>
    <message>
        <source>Choose a report on the left and press "Build report": it is shown here as it will print.</source>
        <translation>Choose a report on the left and press "Build report": it is shown here as it will print.</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>The choice has changed: build the report again.</source>
        <translation>The choice has changed: build the report again.</translation>
    </message>
    <message>
        <source>Reading the report choices</source>
        <translation>Reading the report choices</translation>
    </message>
    <message>
        <source>Show personal data?</source>
        <translation>Show personal data?</translation>
    </message>
    <message>
        <source>The report will show NIK, phone numbers and bank accounts in full. These are personal data protected by UU 27/2022: print or send such a report only where the task needs it.

Show personal data?</source>
        <translation>The report will show NIK, phone numbers and bank accounts in full. These are personal data protected by UU 27/2022: print or send such a report only where the task needs it.

Show personal data?</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Building a report</source>
        <translation>Building a report</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n page.</numerusform>
            <numerusform>%1: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains personal data in full.</source>
        <translation>Contains personal data in full.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <source>The branch (default)</source>
        <translation>The branch (default)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
</TS>