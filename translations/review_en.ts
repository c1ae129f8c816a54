<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OpenCasesReport</name>
    <message>
        <source>Open review cases</source>
        <translation>Open review cases</translation>
    </message>
    <message>
        <source>Internal: for the branch head · as of %1</source>
        <translation>Internal: for the branch head · as of %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Each case is an indicator for a person to review, not a finding. Clear a case with the reason, or confirm it: the participants of a confirmed case count for nothing in incentives, and the roster's rules then dismiss the agent.</source>
        <translation>Each case is an indicator for a person to review, not a finding. Clear a case with the reason, or confirm it: the participants of a confirmed case count for nothing in incentives, and the roster's rules then dismiss the agent.</translation>
    </message>
    <message>
        <source>No case waits for a decision.</source>
        <translation>No case waits for a decision.</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>no agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation>Last paid</translation>
    </message>
    <message>
        <source>and %1 more participants; the Review page lists them all</source>
        <translation>and %1 more participants; the Review page lists them all</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Open review cases</source>
        <translation>Open review cases</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review case %1 no longer exists</source>
        <translation>Review case %1 no longer exists</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; it was read again</source>
        <translation>Someone else changed this case meanwhile; it was read again</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message numerus="yes">
        <source>%n review case(s) wait for a decision: see Review.</source>
        <translation>
            <numerusform>%n review case wait for a decision: see Review.</numerusform>
            <numerusform>%n review cases wait for a decision: see Review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened again: the signal names %n participant(s) the cleared case did not</source>
        <translation>
            <numerusform>Opened again: the signal names %n participant the cleared case did not</numerusform>
            <numerusform>Opened again: the signal names %n participants the cleared case did not</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked the wadah head to visit the participants with the agent</source>
        <translation>Asked the wadah head to visit the participants with the agent</translation>
    </message>
    <message>
        <source>Visited: the participants exist and chose to stop paying; no sign of fraud</source>
        <translation>Visited: the participants exist and chose to stop paying; no sign of fraud</translation>
    </message>
    <message>
        <source>Participants say they never met the agent; contributions collected were not paid in</source>
        <translation>Participants say they never met the agent; contributions collected were not paid in</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>NIK that does not fit the row</source>
        <translation>NIK that does not fit the row</translation>
    </message>
    <message>
        <source>NIK registered twice</source>
        <translation>NIK registered twice</translation>
    </message>
    <message>
        <source>Registered again after lapsing</source>
        <translation>Registered again after lapsing</translation>
    </message>
    <message>
        <source>Review case opened: %1</source>
        <translation>Review case opened: %1</translation>
    </message>
    <message>
        <source>Dismissed before review cases existed</source>
        <translation>Dismissed before review cases existed</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2</source>
        <translation>A case that is %1 cannot become %2</translation>
    </message>
    <message>
        <source>Say why the case is cleared</source>
        <translation>Say why the case is cleared</translation>
    </message>
    <message>
        <source>Review case %1: %2</source>
        <translation>Review case %1: %2</translation>
    </message>
    <message>
        <source>A note needs some text</source>
        <translation>A note needs some text</translation>
    </message>
    <message>
        <source>Note on review case %1: %2</source>
        <translation>Note on review case %1: %2</translation>
    </message>
    <message>
        <source>NIK and phone numbers of the evidence shown in full</source>
        <translation>NIK and phone numbers of the evidence shown in full</translation>
    </message>
    <message>
        <source>Only a confirmed case with an agent suggests a dismissal</source>
        <translation>Only a confirmed case with an agent suggests a dismissal</translation>
    </message>
    <message>
        <source>Review case %1 confirmed: %2</source>
        <translation>Review case %1 confirmed: %2</translation>
    </message>
</context>
<context>
    <name>SignalsCommand</name>
    <message>
        <source>Prints the fraud signals of a period: indicators for a person to review, never verdicts.</source>
        <translation>Prints the fraud signals of a period: indicators for a person to review, never verdicts.</translation>
    </message>
    <message>
        <source>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</source>
        <translation>Months FROM..TO (YYYY-MM..YYYY-MM), one month YYYY-MM or a year YYYY.</translation>
    </message>
    <message>
        <source>The office code (default: the branch of the database).</source>
        <translation>The office code (default: the branch of the database).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (default) or csv.</translation>
    </message>
    <message>
        <source>signals: --period is required</source>
        <translation>signals: --period is required</translation>
    </message>
    <message>
        <source>signals: --format must be json or csv, not %1</source>
        <translation>signals: --format must be json or csv, not %1</translation>
    </message>
    <message>
        <source>signals: %1 does not exist</source>
        <translation>signals: %1 does not exist</translation>
    </message>
    <message>
        <source>signals: figures for %1</source>
        <translation>signals: figures for %1</translation>
    </message>
    <message>
        <source>print the fraud signals of a period as JSON or CSV</source>
        <translation>print the fraud signals of a period as JSON or CSV</translation>
    </message>
</context>
<context>
    <name>perisai::review::CaseDetailView</name>
    <message>
        <source>An indicator for a person to review, not a finding: talk to the agent and the wadah before deciding.</source>
        <translation>An indicator for a person to review, not a finding: talk to the agent and the wadah before deciding.</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>Clear…</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <source>Dismiss the agent…</source>
        <translation>Dismiss the agent…</translation>
    </message>
    <message>
        <source>Evidence: the participants and the months they paid for</source>
        <translation>Evidence: the participants and the months they paid for</translation>
    </message>
    <message>
        <source>Show NIK and phone</source>
        <translation>Show NIK and phone</translation>
    </message>
    <message>
        <source>Personal data: shows this case's NIK and phone numbers in full; the showing is recorded</source>
        <translation>Personal data: shows this case's NIK and phone numbers in full; the showing is recorded</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <source>Last month paid</source>
        <translation>Last month paid</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A note on this case (a call, a visit, what the wadah said)…</source>
        <translation>A note on this case (a call, a visit, what the wadah said)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Choose a case to see what the figures show and the participants behind them.</source>
        <translation>Choose a case to see what the figures show and the participants behind them.</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>no agent</translation>
    </message>
    <message>
        <source>%1: this agent %2, the office %3 · %4</source>
        <translation>%1: this agent %2, the office %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) named</source>
        <translation>
            <numerusform>%n participant named</numerusform>
            <numerusform>%n participants named</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised by the import · registered %1</source>
        <translation>Raised by the import · registered %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 by %2 on %3: %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>No notes yet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>perisai::review::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Look for signals</source>
        <translation>Look for signals</translation>
    </message>
    <message>
        <source>Indicators for a person to review, never verdicts</source>
        <translation>Indicators for a person to review, never verdicts</translation>
    </message>
    <message>
        <source>The months the signals are looked for in</source>
        <translation>The months the signals are looked for in</translation>
    </message>
    <message>
        <source>Looks for the five signals in the period and opens a case for each; cleared cases stay cleared unless someone new is named</source>
        <translation>Looks for the five signals in the period and opens a case for each; cleared cases stay cleared unless someone new is named</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Every agent</translation>
    </message>
    <message>
        <source>Every wadah</source>
        <translation>Every wadah</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
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
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Agent / office</source>
        <translation>Agent / office</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Looking for signals</source>
        <translation>Looking for signals</translation>
    </message>
    <message numerus="yes">
        <source>%n new or reopened review case(s)</source>
        <translation>
            <numerusform>%n new or reopened review case</numerusform>
            <numerusform>%n new or reopened review cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading review cases</source>
        <translation>Reading review cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown</source>
        <translation>
            <numerusform>%n case shown</numerusform>
            <numerusform>%n cases shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the filters. Cases are opened when signals are found or the import flags a participant.</source>
        <translation>No case matches the filters. Cases are opened when signals are found or the import flags a participant.</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>Reading the case</translation>
    </message>
    <message>
        <source>Clear the case</source>
        <translation>Clear the case</translation>
    </message>
    <message>
        <source>Why do the figures not point to fraud? (required; kept in the audit log)</source>
        <translation>Why do the figures not point to fraud? (required; kept in the audit log)</translation>
    </message>
    <message>
        <source>Confirm the case</source>
        <translation>Confirm the case</translation>
    </message>
    <message>
        <source>What was found? The participants named count for nothing in incentives from now on.</source>
        <translation>What was found? The participants named count for nothing in incentives from now on.</translation>
    </message>
    <message>
        <source>The roster does not allow dismissing %1: %2</source>
        <translation>The roster does not allow dismissing %1: %2</translation>
    </message>
    <message>
        <source>Dismiss the agent?</source>
        <translation>Dismiss the agent?</translation>
    </message>
    <message>
        <source>The case is confirmed. The program's rules dismiss an agent at once for fraud.

Dismiss %1 today with the reason "%2"?</source>
        <translation>The case is confirmed. The program's rules dismiss an agent at once for fraud.

Dismiss %1 today with the reason "%2"?</translation>
    </message>
</context>
</TS>