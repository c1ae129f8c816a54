<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CapNote</name>
    <message>
        <source>Above the cap of %1 of the target: what passes the cap does not count toward the branch's achievement. Worth a look (a target set too low, or registrations to check), not a failure.</source>
        <translation>Above the cap of %1 of the target: what passes the cap does not count toward the branch's achievement. Worth a look (a target set too low, or registrations to check), not a failure.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Same months last year</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1 (last year)</source>
        <translation>%1 (last year)</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1 actual</translation>
    </message>
    <message>
        <source>Outlook at the run-rate</source>
        <translation>Outlook at the run-rate</translation>
    </message>
    <message>
        <source>Outlook with last year's shape</source>
        <translation>Outlook with last year's shape</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Through Perisai</source>
        <translation>Through Perisai</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Other channels</translation>
    </message>
    <message>
        <source>Benefit paid</source>
        <translation>Benefit paid</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Productive</source>
        <translation>Productive</translation>
    </message>
    <message>
        <source>Perisai %1</source>
        <translation>Perisai %1</translation>
    </message>
    <message>
        <source>Other channels %1</source>
        <translation>Other channels %1</translation>
    </message>
    <message>
        <source>Not covered %1</source>
        <translation>Not covered %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>program and its number of claims</comment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>This selection %1</source>
        <translation>This selection %1</translation>
    </message>
    <message>
        <source>Rest of the office %1</source>
        <translation>Rest of the office %1</translation>
    </message>
    <message>
        <source>Above the cap (%1): to review</source>
        <translation>Above the cap (%1): to review</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source> M</source>
        <comment>count in millions</comment>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <comment>count in thousands</comment>
        <translation> k</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Prints the indicators of a period.</source>
        <translation>Prints the indicators of a period.</translation>
    </message>
    <message>
        <source>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</source>
        <translation>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</translation>
    </message>
    <message>
        <source>The office code (default: the top office).</source>
        <translation>The office code (default: the top office).</translation>
    </message>
    <message>
        <source>Only this wadah's agents.</source>
        <translation>Only this wadah's agents.</translation>
    </message>
    <message>
        <source>Only this agent.</source>
        <translation>Only this agent.</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (default) or csv.</translation>
    </message>
    <message>
        <source>kpi: --period is required</source>
        <translation>kpi: --period is required</translation>
    </message>
    <message>
        <source>kpi: --format must be json or csv, not %1</source>
        <translation>kpi: --format must be json or csv, not %1</translation>
    </message>
    <message>
        <source>kpi: %1 does not exist</source>
        <translation>kpi: %1 does not exist</translation>
    </message>
    <message>
        <source>print the indicators of a period as JSON or CSV</source>
        <translation>print the indicators of a period as JSON or CSV</translation>
    </message>
    <message>
        <source>kpi: figures for %1</source>
        <translation>kpi: figures for %1</translation>
    </message>
    <message>
        <source>One row per kc (the branches of a kanwil), kcp, wadah or agent of the office.</source>
        <translation>One row per kc (the branches of a kanwil), kcp, wadah or agent of the office.</translation>
    </message>
    <message>
        <source>kpi: --by must be kc, kcp, wadah or agent, not %1</source>
        <translation>kpi: --by must be kc, kcp, wadah or agent, not %1</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>above cap</source>
        <translation>above cap</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Recruits</source>
        <translation>Recruits</translation>
    </message>
    <message>
        <source>M+%1</source>
        <translation>M+%1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Active recruits</source>
        <translation>Active recruits</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Active through Perisai</source>
        <translation>Active through Perisai</translation>
    </message>
    <message>
        <source>Agents registered</source>
        <translation>Agents registered</translation>
    </message>
    <message>
        <source>Agents productive</source>
        <translation>Agents productive</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
</context>
<context>
    <name>WorkforceDialog</name>
    <message>
        <source>edit reference figures</source>
        <translation>edit reference figures</translation>
    </message>
    <message>
        <source>"%1" is not a whole number</source>
        <translation>"%1" is not a whole number</translation>
    </message>
</context>
<context>
    <name>performance</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>perisai::performance::ChartCard</name>
    <message>
        <source>Export this chart</source>
        <translation>Export this chart</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Save as PNG image…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Save as SVG drawing…</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>could not write %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>perisai::performance::DashboardPage</name>
    <message>
        <source>Acquisitions %1</source>
        <translation>Acquisitions %1</translation>
    </message>
    <message>
        <source>Acquisitions in %1 so far</source>
        <translation>Acquisitions in %1 so far</translation>
    </message>
    <message>
        <source>Agents' achievement %1</source>
        <translation>Agents' achievement %1</translation>
    </message>
    <message>
        <source>Active participants %1</source>
        <translation>Active participants %1</translation>
    </message>
    <message>
        <source>Active Perisai participants %1</source>
        <translation>Active Perisai participants %1</translation>
    </message>
    <message>
        <source>Claims %1</source>
        <translation>Claims %1</translation>
    </message>
    <message>
        <source>Productive agents %1</source>
        <translation>Productive agents %1</translation>
    </message>
    <message>
        <source>Against the same months of %1 and the target</source>
        <translation>Against the same months of %1 and the target</translation>
    </message>
    <message>
        <source>On course to beat %1 (%2)</source>
        <translation>On course to beat %1 (%2)</translation>
    </message>
    <message>
        <source>Not yet on course to beat %1 (%2)</source>
        <translation>Not yet on course to beat %1 (%2)</translation>
    </message>
    <message>
        <source>Agents of %1</source>
        <translation>Agents of %1</translation>
    </message>
    <message>
        <source>The best 12 of %1 wadah; all are in the table below</source>
        <translation>The best 12 of %1 wadah; all are in the table below</translation>
    </message>
    <message>
        <source>Paid up for the month, whenever they paid</source>
        <translation>Paid up for the month, whenever they paid</translation>
    </message>
    <message>
        <source>%1 of %2 informal workers in %3 (%4)</source>
        <translation>%1 of %2 informal workers in %3 (%4)</translation>
    </message>
    <message>
        <source>No informal workforce recorded for this office's region</source>
        <translation>No informal workforce recorded for this office's region</translation>
    </message>
    <message>
        <source>%1 claims %2</source>
        <translation>%1 claims %2</translation>
    </message>
    <message>
        <source>Agents %1</source>
        <translation>Agents %1</translation>
    </message>
    <message>
        <source>Productive: an acquisition or a collection in the month</source>
        <translation>Productive: an acquisition or a collection in the month</translation>
    </message>
    <message>
        <source>Share of each month's recruits paid up k months later. Retention at 3 months %1, 6 months %2, 12 months %3. Double-click a cohort for its recruits.</source>
        <translation>Share of each month's recruits paid up k months later. Retention at 3 months %1, 6 months %2, 12 months %3. Double-click a cohort for its recruits.</translation>
    </message>
    <message>
        <source>Performance dashboard</source>
        <translation>Performance dashboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export tables (XLSX)…</source>
        <translation>Export tables (XLSX)…</translation>
    </message>
    <message>
        <source>Reference figures…</source>
        <translation>Reference figures…</translation>
    </message>
    <message>
        <source>Informal workers and working population per region and year</source>
        <translation>Informal workers and working population per region and year</translation>
    </message>
    <message>
        <source>Acquisitions per month</source>
        <translation>Acquisitions per month</translation>
    </message>
    <message>
        <source>Cumulative year and outlook</source>
        <translation>Cumulative year and outlook</translation>
    </message>
    <message>
        <source>Target achievement by wadah</source>
        <translation>Target achievement by wadah</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Coverage of informal workers</source>
        <translation>Coverage of informal workers</translation>
    </message>
    <message>
        <source>Claims by program</source>
        <translation>Claims by program</translation>
    </message>
    <message>
        <source>Registered and productive agents</source>
        <translation>Registered and productive agents</translation>
    </message>
    <message>
        <source>Recruits of %1</source>
        <translation>Recruits of %1</translation>
    </message>
    <message>
        <source>Retention by cohort</source>
        <translation>Retention by cohort</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Agent leaderboard</source>
        <translation>Agent leaderboard</translation>
    </message>
    <message>
        <source>Achievement by wadah</source>
        <translation>Achievement by wadah</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <source>Export this table (XLSX)</source>
        <translation>Export this table (XLSX)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Loading offices and agents</source>
        <translation>Loading offices and agents</translation>
    </message>
    <message>
        <source>No data yet: import participants and contributions, or create demo data.</source>
        <translation>No data yet: import participants and contributions, or create demo data.</translation>
    </message>
    <message>
        <source>Computing %1 · %2…</source>
        <translation>Computing %1 · %2…</translation>
    </message>
    <message>
        <source>Computing the indicators</source>
        <translation>Computing the indicators</translation>
    </message>
    <message>
        <source>contributions recorded up to %1</source>
        <translation>contributions recorded up to %1</translation>
    </message>
    <message>
        <source>Dashboard %1 %2</source>
        <translation>Dashboard %1 %2</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <source>Tables saved to %1</source>
        <translation>Tables saved to %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s), %1 to Perisai participants</source>
        <translation>
            <numerusform>%Ln claim, %1 to Perisai participants</numerusform>
            <numerusform>%Ln claims, %1 to Perisai participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an agent or wadah to open it. Achievement above the cap is shown in amber: worth a look, not a failure (the tooltip says why).</source>
        <translation>Double-click an agent or wadah to open it. Achievement above the cap is shown in amber: worth a look, not a failure (the tooltip says why).</translation>
    </message>
    <message>
        <source>Achievement by branch</source>
        <translation>Achievement by branch</translation>
    </message>
    <message>
        <source>Achievement by KCP</source>
        <translation>Achievement by KCP</translation>
    </message>
    <message>
        <source>Achievement by office</source>
        <translation>Achievement by office</translation>
    </message>
</context>
<context>
    <name>perisai::performance::DashboardTiles</name>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Year-end outlook</source>
        <translation>Year-end outlook</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Target achievement</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Informal workers covered</source>
        <translation>Informal workers covered</translation>
    </message>
    <message>
        <source>UCJ contribution</source>
        <translation>UCJ contribution</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Productive agents</source>
        <translation>Productive agents</translation>
    </message>
    <message>
        <source>Monev follow-up</source>
        <translation>Monev follow-up</translation>
    </message>
    <message>
        <source>Agreements (PKS)</source>
        <translation>Agreements (PKS)</translation>
    </message>
    <message>
        <source>Whole of %1: %2</source>
        <translation>Whole of %1: %2</translation>
    </message>
    <message>
        <source>%1 against the same months of %2</source>
        <translation>%1 against the same months of %2</translation>
    </message>
    <message>
        <source>Outlook for %1</source>
        <translation>Outlook for %1</translation>
    </message>
    <message>
        <source>Last year's shape; run-rate %1</source>
        <translation>Last year's shape; run-rate %1</translation>
    </message>
    <message>
        <source>At the run-rate</source>
        <translation>At the run-rate</translation>
    </message>
    <message>
        <source>Beats %1 (%2)</source>
        <translation>Beats %1 (%2)</translation>
    </message>
    <message>
        <source>Short of %1 (%2)</source>
        <translation>Short of %1 (%2)</translation>
    </message>
    <message>
        <source>%1 of a target of %2</source>
        <translation>%1 of a target of %2</translation>
    </message>
    <message>
        <source>Above the cap of %1</source>
        <translation>Above the cap of %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)
Perisai share %4</source>
        <translation>%1 of %2 (%3)
Perisai share %4</translation>
    </message>
    <message>
        <source>Enter the informal workforce under Reference figures</source>
        <translation>Enter the informal workforce under Reference figures</translation>
    </message>
    <message>
        <source>Perisai participants of a working population of %1</source>
        <translation>Perisai participants of a working population of %1</translation>
    </message>
    <message>
        <source>No working population recorded</source>
        <translation>No working population recorded</translation>
    </message>
    <message>
        <source>%1 paid to Perisai participants</source>
        <translation>%1 paid to Perisai participants</translation>
    </message>
    <message>
        <source>of %1 registered (%2)</source>
        <translation>of %1 registered (%2)</translation>
    </message>
    <message>
        <source>open actions, %1 overdue
%2 sessions, %3 attended</source>
        <translation>open actions, %1 overdue
%2 sessions, %3 attended</translation>
    </message>
    <message>
        <source>in force; %1 ending within 90 days, %2 expired</source>
        <translation>in force; %1 ending within 90 days, %2 expired</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)
Share of this selection %4</source>
        <translation>%1 of %2 (%3)
Share of this selection %4</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>No target recorded for this period, nor below it</source>
        <translation>No target recorded for this period, nor below it</translation>
    </message>
    <message>
        <source>Paid up for %1
%2 recruits paying</source>
        <translation>Paid up for %1
%2 recruits paying</translation>
    </message>
</context>
<context>
    <name>perisai::performance::DrillDownDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Loading the list</source>
        <translation>Loading the list</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows.</source>
        <translation>Showing the first %1 of %2 rows.</translation>
    </message>
    <message>
        <source>%1 rows.</source>
        <translation>%1 rows.</translation>
    </message>
    <message>
        <source>Double-click an agent to open it.</source>
        <translation>Double-click an agent to open it.</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>List saved to %1</source>
        <translation>List saved to %1</translation>
    </message>
</context>
<context>
    <name>perisai::performance::PeriodPicker</name>
    <message>
        <source>This year so far</source>
        <translation>This year so far</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All data</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>Chosen months</source>
        <translation>Chosen months</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
</context>
<context>
    <name>perisai::performance::ScopePicker</name>
    <message>
        <source>Office (with the offices below it)</source>
        <translation>Office (with the offices below it)</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>All wadah</source>
        <translation>All wadah</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
</context>
<context>
    <name>perisai::performance::WorkforceDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Reference figures: workforce per region</source>
        <translation>Reference figures: workforce per region</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
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
        <source>Coverage divides protected workers by the informal workers of the office's region; the UCJ contribution divides Perisai participants by the working population. The region must be written as in the office's details.</source>
        <translation>Coverage divides protected workers by the informal workers of the office's region; the UCJ contribution divides Perisai participants by the working population. The region must be written as in the office's details.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading reference figures</source>
        <translation>Loading reference figures</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>"%1" is not a year</source>
        <translation>"%1" is not a year</translation>
    </message>
</context>
</TS>