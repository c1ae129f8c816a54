<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Report</name>
    <message>
        <source>no agent with code "%1"</source>
        <translation>no agent with code "%1"</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Agent code</translation>
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
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Briefed</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>BPU participant</source>
        <translation>BPU participant</translation>
    </message>
    <message>
        <source>Yes, KPJ %1</source>
        <translation>Yes, KPJ %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retention of recruits</source>
        <translation>Retention of recruits</translation>
    </message>
    <message>
        <source>All recruits of the period</source>
        <translation>All recruits of the period</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>Registered in</translation>
    </message>
    <message>
        <source>Recruits</source>
        <translation>Recruits</translation>
    </message>
    <message>
        <source>Paid month 1</source>
        <translation>Paid month 1</translation>
    </message>
    <message>
        <source>Month 3</source>
        <translation>Month 3</translation>
    </message>
    <message>
        <source>Month 6</source>
        <translation>Month 6</translation>
    </message>
    <message>
        <source>Month 12</source>
        <translation>Month 12</translation>
    </message>
    <message>
        <source>Share of the recruits registered in a month whose contribution is paid 1, 3, 6 and 12 months later; "–": not yet observable.</source>
        <translation>Share of the recruits registered in a month whose contribution is paid 1, 3, 6 and 12 months later; "–": not yet observable.</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Target achievement</translation>
    </message>
    <message>
        <source>No target is set for this agent in the period.</source>
        <translation>No target is set for this agent in the period.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Present at %1 of %2 sessions (%3).</source>
        <translation>Present at %1 of %2 sessions (%3).</translation>
    </message>
    <message>
        <source>Agent scorecard</source>
        <translation>Agent scorecard</translation>
    </message>
    <message>
        <source>Results in the period</source>
        <translation>Results in the period</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>Recruits still paying</source>
        <translation>Recruits still paying</translation>
    </message>
    <message>
        <source>paid up for %1</source>
        <translation>paid up for %1</translation>
    </message>
    <message>
        <source>Contributions collected</source>
        <translation>Contributions collected</translation>
    </message>
    <message>
        <source>by the agent in the period</source>
        <translation>by the agent in the period</translation>
    </message>
    <message>
        <source>Acquisitions by month</source>
        <translation>Acquisitions by month</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>automatic (no activity)</source>
        <translation>automatic (no activity)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>add agent %1</source>
        <translation>add agent %1</translation>
    </message>
    <message>
        <source>Cannot undo adding agent %1:</source>
        <translation>Cannot undo adding agent %1:</translation>
    </message>
    <message>
        <source>Cannot redo adding agent %1:</source>
        <translation>Cannot redo adding agent %1:</translation>
    </message>
    <message>
        <source>edit agent %1</source>
        <translation>edit agent %1</translation>
    </message>
    <message>
        <source>Cannot undo the edit of agent %1:</source>
        <translation>Cannot undo the edit of agent %1:</translation>
    </message>
    <message>
        <source>Cannot redo the edit of agent %1:</source>
        <translation>Cannot redo the edit of agent %1:</translation>
    </message>
    <message>
        <source>set %1 %2</source>
        <translation>set %1 %2</translation>
    </message>
    <message>
        <source>Cannot undo the status change of %1:</source>
        <translation>Cannot undo the status change of %1:</translation>
    </message>
    <message>
        <source>Cannot redo the status change of %1:</source>
        <translation>Cannot redo the status change of %1:</translation>
    </message>
    <message>
        <source>add wadah %1</source>
        <translation>add wadah %1</translation>
    </message>
    <message>
        <source>Cannot undo adding wadah %1:</source>
        <translation>Cannot undo adding wadah %1:</translation>
    </message>
    <message>
        <source>Cannot redo adding wadah %1:</source>
        <translation>Cannot redo adding wadah %1:</translation>
    </message>
    <message>
        <source>edit wadah %1</source>
        <translation>edit wadah %1</translation>
    </message>
    <message>
        <source>Cannot change wadah %1 back:</source>
        <translation>Cannot change wadah %1 back:</translation>
    </message>
    <message>
        <source>add a note to %1</source>
        <translation>add a note to %1</translation>
    </message>
    <message>
        <source>Cannot undo the note:</source>
        <translation>Cannot undo the note:</translation>
    </message>
    <message>
        <source>Cannot redo the note:</source>
        <translation>Cannot redo the note:</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentDetailView</name>
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
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Monev session</source>
        <translation>Monev session</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>A note about this agent (a visit, a complaint, a follow-up)…</source>
        <translation>A note about this agent (a visit, a complaint, a follow-up)…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Choose an agent to see the details.</source>
        <translation>Choose an agent to see the details.</translation>
    </message>
    <message>
        <source>Personal data: show the full NIK of this agent only</source>
        <translation>Personal data: show the full NIK of this agent only</translation>
    </message>
    <message>
        <source>no wadah</source>
        <translation>no wadah</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>no target set</translation>
    </message>
    <message>
        <source>no recruits old enough</source>
        <translation>no recruits old enough</translation>
    </message>
    <message>
        <source> (automatic)</source>
        <translation> (automatic)</translation>
    </message>
    <message>
        <source>Not invited to a Monev session yet</source>
        <translation>Not invited to a Monev session yet</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>NIK %1</source>
        <translation>NIK %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Paying recruits</source>
        <translation>Paying recruits</translation>
    </message>
    <message>
        <source>Retention 3 mo</source>
        <translation>Retention 3 mo</translation>
    </message>
    <message>
        <source>Edit the agent</source>
        <translation>Edit the agent</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;%3</source>
        <translation>%1 · %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>of %1 ›</source>
        <translation>of %1 ›</translation>
    </message>
    <message>
        <source>Retention %1 mo: %2%</source>
        <translation>Retention %1 mo: %2%</translation>
    </message>
    <message>
        <source>show this agent's recruits in the participants browser</source>
        <translation>show this agent's recruits in the participants browser</translation>
    </message>
    <message>
        <source>Recruits registered in %1.</source>
        <translation>Recruits registered in %1.</translation>
    </message>
    <message>
        <source>No open review cases</source>
        <translation>No open review cases</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Review (%1)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What the figures show</source>
        <translation>What the figures show</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentForm</name>
    <message>
        <source>New agent</source>
        <translation>New agent</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>e.g. AG-0123</source>
        <translation>e.g. AG-0123</translation>
    </message>
    <message>
        <source>Agent code</source>
        <translation>Agent code</translation>
    </message>
    <message>
        <source>16 digits from the KTP</source>
        <translation>16 digits from the KTP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <source>Phone (WhatsApp)</source>
        <translation>Phone (WhatsApp)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Wadah, KCP and account</source>
        <translation>Wadah, KCP and account</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
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
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Registered as a BPU participant</source>
        <translation>Registered as a BPU participant</translation>
    </message>
    <message>
        <source>the agent's own KPJ</source>
        <translation>the agent's own KPJ</translation>
    </message>
    <message>
        <source>Has an account at the wadah's partner bank</source>
        <translation>Has an account at the wadah's partner bank</translation>
    </message>
    <message>
        <source>Has a phone with internet for the agent app</source>
        <translation>Has a phone with internet for the agent app</translation>
    </message>
    <message>
        <source>Is a BPJS Ketenagakerjaan employee</source>
        <translation>Is a BPJS Ketenagakerjaan employee</translation>
    </message>
    <message>
        <source>Briefed on</source>
        <translation>Briefed on</translation>
    </message>
    <message>
        <source>Activate at once (the checklist is complete)</source>
        <translation>Activate at once (the checklist is complete)</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Has an account at %1, the wadah's partner bank</source>
        <translation>Has an account at %1, the wadah's partner bank</translation>
    </message>
    <message>
        <source>✗ BPJS Ketenagakerjaan employees may not be agents.</source>
        <translation>✗ BPJS Ketenagakerjaan employees may not be agents.</translation>
    </message>
    <message>
        <source>✓ Meets every requirement to be active.</source>
        <translation>✓ Meets every requirement to be active.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Still missing: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; %1 Your changes are still in the form; load their version to see what changed, then edit again.</source>
        <translation>&lt;b&gt;Not saved.&lt;/b&gt; %1 Your changes are still in the form; load their version to see what changed, then edit again.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>bank account</translation>
    </message>
    <message>
        <source>Not shown: the audit log could not be written (%1).</source>
        <translation>Not shown: the audit log could not be written (%1).</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentListModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>The last month with an acquisition or a contribution collected</source>
        <translation>The last month with an acquisition or a contribution collected</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
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
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last
transaction</source>
        <translation>Last
transaction</translation>
    </message>
    <message>
        <source>Acquisitions
this month</source>
        <translation>Acquisitions
this month</translation>
    </message>
    <message>
        <source>Acquisitions
this year</source>
        <translation>Acquisitions
this year</translation>
    </message>
    <message>
        <source>%1 of a target of %2 from January to the reference month</source>
        <translation>%1 of a target of %2 from January to the reference month</translation>
    </message>
    <message>
        <source>In the reference month.</source>
        <translation>In the reference month.</translation>
    </message>
    <message>
        <source>From January to the reference month.</source>
        <translation>From January to the reference month.</translation>
    </message>
    <message>
        <source>Recruits
paying</source>
        <translation>Recruits
paying</translation>
    </message>
</context>
<context>
    <name>perisai::roster::AgentsTab</name>
    <message>
        <source>Search code, name, wadah or NIK…</source>
        <translation>Search code, name, wadah or NIK…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Productive or not</source>
        <translation>Productive or not</translation>
    </message>
    <message>
        <source>Productive this month</source>
        <translation>Productive this month</translation>
    </message>
    <message>
        <source>Not productive this month</source>
        <translation>Not productive this month</translation>
    </message>
    <message>
        <source>All KCP</source>
        <translation>All KCP</translation>
    </message>
    <message>
        <source>All wadah</source>
        <translation>All wadah</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 agents</source>
        <translation>%1 of %2 agents</translation>
    </message>
</context>
<context>
    <name>perisai::roster::MonthChart</name>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Recruits paid up</source>
        <translation>Recruits paid up</translation>
    </message>
</context>
<context>
    <name>perisai::roster::ParticipantModel</name>
    <message>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Paid for %1</source>
        <translation>Paid for %1</translation>
    </message>
    <message>
        <source>No contribution for %1</source>
        <translation>No contribution for %1</translation>
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
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>perisai::roster::ParticipantsTab</name>
    <message>
        <source>Search a name, or the start of a KPJ or NIK…</source>
        <translation>Search a name, or the start of a KPJ or NIK…</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>All occupations</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>All programs</translation>
    </message>
    <message>
        <source>Active or lapsed</source>
        <translation>Active or lapsed</translation>
    </message>
    <message>
        <source>Active (paid)</source>
        <translation>Active (paid)</translation>
    </message>
    <message>
        <source>Lapsed (not paid)</source>
        <translation>Lapsed (not paid)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Recruited by an agent</source>
        <translation>Recruited by an agent</translation>
    </message>
    <message>
        <source>Other channels (no agent)</source>
        <translation>Other channels (no agent)</translation>
    </message>
    <message>
        <source>Preparing the participants search</source>
        <translation>Preparing the participants search</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>page read in %1 ms</source>
        <translation>page read in %1 ms</translation>
    </message>
    <message>
        <source>active = paid for %1</source>
        <translation>active = paid for %1</translation>
    </message>
    <message>
        <source>search index being prepared</source>
        <translation>search index being prepared</translation>
    </message>
</context>
<context>
    <name>perisai::roster::PersonalDataEdit</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show this value to edit it; the audit log records that you looked at it</source>
        <translation>Show this value to edit it; the audit log records that you looked at it</translation>
    </message>
</context>
<context>
    <name>perisai::roster::RosterPage</name>
    <message>
        <source>Agents and wadah</source>
        <translation>Agents and wadah</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
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
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Add wadah</source>
        <translation>Add wadah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import agents…</source>
        <translation>Import agents…</translation>
    </message>
    <message>
        <source>Import wadah…</source>
        <translation>Import wadah…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>This view as XLSX…</source>
        <translation>This view as XLSX…</translation>
    </message>
    <message>
        <source>This view as CSV…</source>
        <translation>This view as CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The roster could not be read: %1</source>
        <translation>The roster could not be read: %1</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>Figures for %1</translation>
    </message>
    <message>
        <source>%1 · figures for %2</source>
        <translation>%1 · figures for %2</translation>
    </message>
    <message>
        <source>Click to list the active agents without a transaction this month</source>
        <translation>Click to list the active agents without a transaction this month</translation>
    </message>
    <message>
        <source>Acquisitions %1</source>
        <translation>Acquisitions %1</translation>
    </message>
    <message>
        <source>paid for %1</source>
        <translation>paid for %1</translation>
    </message>
    <message>
        <source>Agents (%1)</source>
        <translation>Agents (%1)</translation>
    </message>
    <message>
        <source>Wadah (%1)</source>
        <translation>Wadah (%1)</translation>
    </message>
    <message>
        <source>Choose an agent to see the details.</source>
        <translation>Choose an agent to see the details.</translation>
    </message>
    <message>
        <source>There is no agent %1.</source>
        <translation>There is no agent %1.</translation>
    </message>
    <message>
        <source>There is no wadah %1.</source>
        <translation>There is no wadah %1.</translation>
    </message>
    <message>
        <source>wadah</source>
        <translation>wadah</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Exporting participants</source>
        <translation>Exporting participants</translation>
    </message>
    <message>
        <source>The automatic deactivation rule could not be applied: %1</source>
        <translation>The automatic deactivation rule could not be applied: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) set inactive automatically after %1 months without acquisition or collected contribution: %2.</source>
        <translation>
            <numerusform>%n agent set inactive automatically after %1 months without acquisition or collected contribution: %2.</numerusform>
            <numerusform>%n agents set inactive automatically after %1 months without acquisition or collected contribution: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of each deactivation is in the agent's status history:
%1</source>
        <translation>The date of each deactivation is in the agent's status history:
%1</translation>
    </message>
    <message>
        <source>%1 on the list: %2 active · %3 candidates · %4 inactive · %5 dismissed</source>
        <translation>%1 on the list: %2 active · %3 candidates · %4 inactive · %5 dismissed</translation>
    </message>
    <message>
        <source>On the last day of %1.</source>
        <translation>On the last day of %1.</translation>
    </message>
    <message>
        <source>%1 of the agents registered</source>
        <translation>%1 of the agents registered</translation>
    </message>
    <message>
        <source>%1 in the same month last year</source>
        <translation>%1 in the same month last year</translation>
    </message>
    <message>
        <source>In %1.</source>
        <translation>In %1.</translation>
    </message>
    <message>
        <source>%1 of the target %2</source>
        <translation>%1 of the target %2</translation>
    </message>
    <message>
        <source>no target recorded</source>
        <translation>no target recorded</translation>
    </message>
    <message>
        <source>From January to %1.</source>
        <translation>From January to %1.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>The NIK is not shown: the audit log could not be written (%1).</source>
        <translation>The NIK is not shown: the audit log could not be written (%1).</translation>
    </message>
</context>
<context>
    <name>perisai::roster::StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt; since %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt; since %3.</translation>
    </message>
    <message>
        <source>Active again (rejoin)</source>
        <translation>Active again (rejoin)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>e.g. moved away, contributions not passed on, request of the wadah</source>
        <translation>e.g. moved away, contributions not passed on, request of the wadah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A dismissed agent does not return.</source>
        <translation>A dismissed agent does not return.</translation>
    </message>
    <message numerus="yes">
        <source>An inactive agent may rejoin at the wadah's request from %1 (%n month(s) after the deactivation).</source>
        <translation>
            <numerusform>An inactive agent may rejoin at the wadah's request from %1 (%n month after the deactivation).</numerusform>
            <numerusform>An inactive agent may rejoin at the wadah's request from %1 (%n months after the deactivation).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismissal is final: for fraud, a crime or gratification. The reason is kept in the history.</source>
        <translation>Dismissal is final: for fraud, a crime or gratification. The reason is kept in the history.</translation>
    </message>
    <message numerus="yes">
        <source>Agents also become inactive automatically after %n month(s) without an acquisition or a contribution collected.</source>
        <translation>
            <numerusform>Agents also become inactive automatically after %n month without an acquisition or a contribution collected.</numerusform>
            <numerusform>Agents also become inactive automatically after %n months without an acquisition or a contribution collected.</numerusform>
        </translation>
    </message>
    <message>
        <source>To be active the eligibility checklist must be complete.</source>
        <translation>To be active the eligibility checklist must be complete.</translation>
    </message>
</context>
<context>
    <name>perisai::roster::WadahForm</name>
    <message>
        <source>New wadah</source>
        <translation>New wadah</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Supervising KCP</source>
        <translation>Supervising KCP</translation>
    </message>
    <message>
        <source>Pembina Perisai</source>
        <translation>Pembina Perisai</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wadah %1</source>
        <translation>Wadah %1</translation>
    </message>
</context>
<context>
    <name>perisai::roster::WadahListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
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
        <source>Fewer active agents than the %1 a wadah needs</source>
        <translation>Fewer active agents than the %1 a wadah needs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Pembina</source>
        <translation>Pembina</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active
agents</source>
        <translation>Active
agents</translation>
    </message>
    <message>
        <source>Acquisitions
this year</source>
        <translation>Acquisitions
this year</translation>
    </message>
    <message>
        <source>On the last day of the reference month, of the agents registered then.</source>
        <translation>On the last day of the reference month, of the agents registered then.</translation>
    </message>
    <message>
        <source>From January to the reference month.</source>
        <translation>From January to the reference month.</translation>
    </message>
</context>
<context>
    <name>perisai::roster::WadahTab</name>
    <message>
        <source>Search code, name or Pembina…</source>
        <translation>Search code, name or Pembina…</translation>
    </message>
    <message>
        <source>All KCP</source>
        <translation>All KCP</translation>
    </message>
    <message>
        <source>Any PKS state</source>
        <translation>Any PKS state</translation>
    </message>
    <message>
        <source>PKS active</source>
        <translation>PKS active</translation>
    </message>
    <message>
        <source>PKS expiring within 90 days</source>
        <translation>PKS expiring within 90 days</translation>
    </message>
    <message>
        <source>PKS expired</source>
        <translation>PKS expired</translation>
    </message>
    <message>
        <source>PKS terminated</source>
        <translation>PKS terminated</translation>
    </message>
    <message>
        <source>No PKS</source>
        <translation>No PKS</translation>
    </message>
    <message>
        <source>Too few active agents</source>
        <translation>Too few active agents</translation>
    </message>
    <message>
        <source>Show its agents</source>
        <translation>Show its agents</translation>
    </message>
    <message>
        <source>Fewer than %1 active agents</source>
        <translation>Fewer than %1 active agents</translation>
    </message>
    <message>
        <source>%1 of %2 wadah</source>
        <translation>%1 of %2 wadah</translation>
    </message>
</context>
<context>
    <name>roster</name>
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
        <source>The agent no longer exists (it was removed on another desk).</source>
        <translation>The agent no longer exists (it was removed on another desk).</translation>
    </message>
    <message>
        <source>Agent %1 added</source>
        <translation>Agent %1 added</translation>
    </message>
    <message>
        <source>Agent %1 changed: %2</source>
        <translation>Agent %1 changed: %2</translation>
    </message>
    <message>
        <source>Agent %1 already has participants or Monev records; the addition can no longer be undone.</source>
        <translation>Agent %1 already has participants or Monev records; the addition can no longer be undone.</translation>
    </message>
    <message>
        <source>Addition of agent %1 undone</source>
        <translation>Addition of agent %1 undone</translation>
    </message>
    <message>
        <source>Note on agent %1</source>
        <translation>Note on agent %1</translation>
    </message>
    <message>
        <source>Note removed</source>
        <translation>Note removed</translation>
    </message>
    <message>
        <source>. The first two digits are the province code (e.g. 33 Jawa Tengah).</source>
        <translation>. The first two digits are the province code (e.g. 33 Jawa Tengah).</translation>
    </message>
    <message>
        <source>The NIK's birth day is %1: digits 7–8 are the day of birth, for women the day + 40 (41–71).</source>
        <translation>The NIK's birth day is %1: digits 7–8 are the day of birth, for women the day + 40 (41–71).</translation>
    </message>
    <message>
        <source>. Digits 7–12 are the birth date DDMMYY; for women the day + 40.</source>
        <translation>. Digits 7–12 are the birth date DDMMYY; for women the day + 40.</translation>
    </message>
    <message>
        <source>Enter the agent code.</source>
        <translation>Enter the agent code.</translation>
    </message>
    <message>
        <source>The agent code may hold letters, digits, '.', '-', '/' and '_' (2–30 characters).</source>
        <translation>The agent code may hold letters, digits, '.', '-', '/' and '_' (2–30 characters).</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>The code %1 is already used by %2.</translation>
    </message>
    <message>
        <source>This NIK is already registered to agent %1. An agent is registered once.</source>
        <translation>This NIK is already registered to agent %1. An agent is registered once.</translation>
    </message>
    <message>
        <source>Enter the agent's full name as on the KTP.</source>
        <translation>Enter the agent's full name as on the KTP.</translation>
    </message>
    <message>
        <source>Choose the KCP that supervises the agent.</source>
        <translation>Choose the KCP that supervises the agent.</translation>
    </message>
    <message>
        <source>Choose the agent's wadah.</source>
        <translation>Choose the agent's wadah.</translation>
    </message>
    <message>
        <source>Enter the account number.</source>
        <translation>Enter the account number.</translation>
    </message>
    <message>
        <source>An account number has 6 to 20 digits.</source>
        <translation>An account number has 6 to 20 digits.</translation>
    </message>
    <message>
        <source>Choose the bank of the account.</source>
        <translation>Choose the bank of the account.</translation>
    </message>
    <message>
        <source>The account must be at the wadah's partner bank (%1): incentives are paid through it.</source>
        <translation>The account must be at the wadah's partner bank (%1): incentives are paid through it.</translation>
    </message>
    <message>
        <source>Enter the agent's own participant number (KPJ).</source>
        <translation>Enter the agent's own participant number (KPJ).</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan employees may not be Perisai agents.</source>
        <translation>BPJS Ketenagakerjaan employees may not be Perisai agents.</translation>
    </message>
    <message>
        <source>The briefing date cannot be in the future.</source>
        <translation>The briefing date cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter the date the agent joined.</source>
        <translation>Enter the date the agent joined.</translation>
    </message>
    <message>
        <source>The join date cannot be in the future.</source>
        <translation>The join date cannot be in the future.</translation>
    </message>
    <message>
        <source>To be active the agent still needs: %1.</source>
        <translation>To be active the agent still needs: %1.</translation>
    </message>
    <message>
        <source>16 digits: province, regency, district, birth date DDMMYY (women: day + 40), serial.</source>
        <translation>16 digits: province, regency, district, birth date DDMMYY (women: day + 40), serial.</translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · born %2 · %3</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>Someone else changed or removed this record since you opened it.</source>
        <translation>Someone else changed or removed this record since you opened it.</translation>
    </message>
    <message>
        <source>Changed on another desk by %1 at %2.</source>
        <translation>Changed on another desk by %1 at %2.</translation>
    </message>
    <message>
        <source>Changed on another desk by %1 at %2 (%3).</source>
        <translation>Changed on another desk by %1 at %2 (%3).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>wadah</source>
        <translation>wadah</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>join date</source>
        <translation>join date</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>account number</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>BPU participant</source>
        <translation>BPU participant</translation>
    </message>
    <message>
        <source>has an account</source>
        <translation>has an account</translation>
    </message>
    <message>
        <source>has a device</source>
        <translation>has a device</translation>
    </message>
    <message>
        <source>agency employee</source>
        <translation>agency employee</translation>
    </message>
    <message>
        <source>briefing date</source>
        <translation>briefing date</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>status date</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>partner bank</source>
        <translation>partner bank</translation>
    </message>
    <message>
        <source>legal status</source>
        <translation>legal status</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
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
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Paid for %1</source>
        <translation>Paid for %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent %1: %2 → %3 from %4</source>
        <translation>Agent %1: %2 → %3 from %4</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message numerus="yes">
        <source>No acquisition and no contribution collected for %n month(s) (%1 – %2)</source>
        <translation>
            <numerusform>No acquisition and no contribution collected for %n month (%1 – %2)</numerusform>
            <numerusform>No acquisition and no contribution collected for %n months (%1 – %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the wadah code.</source>
        <translation>Enter the wadah code.</translation>
    </message>
    <message>
        <source>The code %1 is already used by wadah %2.</source>
        <translation>The code %1 is already used by wadah %2.</translation>
    </message>
    <message>
        <source>Enter the wadah's name.</source>
        <translation>Enter the wadah's name.</translation>
    </message>
    <message>
        <source>Choose the KCP that supervises the wadah.</source>
        <translation>Choose the KCP that supervises the wadah.</translation>
    </message>
    <message>
        <source>Choose the kind of wadah.</source>
        <translation>Choose the kind of wadah.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>registered as a BPU participant</source>
        <translation>registered as a BPU participant</translation>
    </message>
    <message>
        <source>an account at the partner bank</source>
        <translation>an account at the partner bank</translation>
    </message>
    <message>
        <source>a phone with internet</source>
        <translation>a phone with internet</translation>
    </message>
    <message>
        <source>not an agency employee</source>
        <translation>not an agency employee</translation>
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation>The agent is already %1.</translation>
    </message>
    <message>
        <source>A dismissed agent cannot return (dismissed on %1).</source>
        <translation>A dismissed agent cannot return (dismissed on %1).</translation>
    </message>
    <message>
        <source>An agent cannot go back to candidate.</source>
        <translation>An agent cannot go back to candidate.</translation>
    </message>
    <message>
        <source>Choose the date of the change.</source>
        <translation>Choose the date of the change.</translation>
    </message>
    <message>
        <source>The date of the change cannot be in the future.</source>
        <translation>The date of the change cannot be in the future.</translation>
    </message>
    <message>
        <source>The date cannot be before %1, when the agent became %2.</source>
        <translation>The date cannot be before %1, when the agent became %2.</translation>
    </message>
    <message>
        <source>Give the reason for the dismissal.</source>
        <translation>Give the reason for the dismissal.</translation>
    </message>
    <message>
        <source>Only an active agent can be set inactive.</source>
        <translation>Only an active agent can be set inactive.</translation>
    </message>
    <message>
        <source>Give the reason for setting the agent inactive.</source>
        <translation>Give the reason for setting the agent inactive.</translation>
    </message>
    <message numerus="yes">
        <source>Rejoining is allowed from %1: %n month(s) after the deactivation on %2.</source>
        <translation>
            <numerusform>Rejoining is allowed from %1: %n month after the deactivation on %2.</numerusform>
            <numerusform>Rejoining is allowed from %1: %n months after the deactivation on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible to be active yet; missing: %1.</source>
        <translation>Not eligible to be active yet; missing: %1.</translation>
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
        <source>Village enterprise</source>
        <translation>Village enterprise</translation>
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
        <source>No PKS</source>
        <translation>No PKS</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Active until %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>The wadah no longer exists (it was removed on another desk).</source>
        <translation>The wadah no longer exists (it was removed on another desk).</translation>
    </message>
    <message>
        <source>Wadah %1 %2 added</source>
        <translation>Wadah %1 %2 added</translation>
    </message>
    <message>
        <source>Wadah %1 changed: %2</source>
        <translation>Wadah %1 changed: %2</translation>
    </message>
    <message>
        <source>Wadah %1 already has agents or agreements; the addition can no longer be undone.</source>
        <translation>Wadah %1 already has agents or agreements; the addition can no longer be undone.</translation>
    </message>
    <message>
        <source>Addition of wadah %1 undone</source>
        <translation>Addition of wadah %1 undone</translation>
    </message>
    <message>
        <source>office above</source>
        <translation>office above</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>closing date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Not saved.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3 shown in the agent form</source>
        <translation>%1 of %2 %3 shown in the agent form</translation>
    </message>
</context>
</TS>