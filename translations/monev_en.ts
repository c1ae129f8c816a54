<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Report</name>
    <message>
        <source>no Monev session with number %1</source>
        <translation>no Monev session with number %1</translation>
    </message>
    <message>
        <source>Monev minutes</source>
        <translation>Monev minutes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no Monev session was held on %1</source>
        <translation>no Monev session was held on %1</translation>
    </message>
    <message>
        <source>%1 Monev sessions on %2: give one of the numbers %3</source>
        <translation>%1 Monev sessions on %2: give one of the numbers %3</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>No. %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>monev</name>
    <message>
        <source>Top acquisition</source>
        <translation>Top acquisition</translation>
    </message>
    <message>
        <source>Best retention</source>
        <translation>Best retention</translation>
    </message>
    <message>
        <source>Best newcomer</source>
        <translation>Best newcomer</translation>
    </message>
    <message>
        <source>Most improved</source>
        <translation>Most improved</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>mark attendance: %1</source>
        <translation>mark attendance: %1</translation>
    </message>
    <message>
        <source>action "%1": %2</source>
        <translation>action "%1": %2</translation>
    </message>
    <message>
        <source>Describe the obstacle</source>
        <translation>Describe the obstacle</translation>
    </message>
    <message>
        <source>Describe the action item</source>
        <translation>Describe the action item</translation>
    </message>
    <message>
        <source>Unknown action status: %1</source>
        <translation>Unknown action status: %1</translation>
    </message>
    <message>
        <source>Unknown award category: %1</source>
        <translation>Unknown award category: %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
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
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Wadah %1</source>
        <translation>Wadah %1</translation>
    </message>
    <message>
        <source>KCP: %1</source>
        <translation>KCP: %1</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere in the meantime; reload and try again</source>
        <translation>%1 was changed elsewhere in the meantime; reload and try again</translation>
    </message>
    <message>
        <source>The obstacle</source>
        <translation>The obstacle</translation>
    </message>
    <message>
        <source>This obstacle's actions were already reviewed at a later session; it cannot be deleted</source>
        <translation>This obstacle's actions were already reviewed at a later session; it cannot be deleted</translation>
    </message>
    <message>
        <source>Action item %1 does not exist</source>
        <translation>Action item %1 does not exist</translation>
    </message>
    <message>
        <source>The action item "%1"</source>
        <translation>The action item "%1"</translation>
    </message>
    <message>
        <source>This action item is not on the session's follow-up list</source>
        <translation>This action item is not on the session's follow-up list</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>Monev Minutes</source>
        <translation>Monev Minutes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Day and date</source>
        <translation>Day and date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Period reviewed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Summary of the discussion</translation>
    </message>
    <message>
        <source>Obstacles raised and solutions</source>
        <translation>Obstacles raised and solutions</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Solution discussed</source>
        <translation>Solution discussed</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Action items agreed</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Follow-up of earlier action items</source>
        <translation>Follow-up of earlier action items</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
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
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Agents' figures for %1</source>
        <translation>Agents' figures for %1</translation>
    </message>
    <message>
        <source>As recorded when the session was held (%1); later imports do not change these figures.</source>
        <translation>As recorded when the session was held (%1); later imports do not change these figures.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
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
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Acknowledged by,</source>
        <translation>Acknowledged by,</translation>
    </message>
    <message>
        <source>Head of Office</source>
        <translation>Head of Office</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Monev session %1 does not exist</source>
        <translation>Monev session %1 does not exist</translation>
    </message>
    <message>
        <source>The session "%1"</source>
        <translation>The session "%1"</translation>
    </message>
    <message>
        <source>The agent is not on this session's invitation list</source>
        <translation>The agent is not on this session's invitation list</translation>
    </message>
    <message>
        <source>A session needs a title</source>
        <translation>A session needs a title</translation>
    </message>
    <message>
        <source>A session needs a date</source>
        <translation>A session needs a date</translation>
    </message>
    <message>
        <source>Choose the office or wadah the session is for</source>
        <translation>Choose the office or wadah the session is for</translation>
    </message>
    <message>
        <source>The review period must run from an earlier month to a later one</source>
        <translation>The review period must run from an earlier month to a later one</translation>
    </message>
    <message>
        <source>The session "%1" is %2; this cannot be changed now</source>
        <translation>The session "%1" is %2; this cannot be changed now</translation>
    </message>
    <message>
        <source>The scope and review period are fixed once the session was held</source>
        <translation>The scope and review period are fixed once the session was held</translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <translation>A category needs a name</translation>
    </message>
    <message>
        <source>The session has no valid review period</source>
        <translation>The session has no valid review period</translation>
    </message>
    <message numerus="yes">
        <source>mark attendance of %n agents</source>
        <translation>
            <numerusform>mark attendance of %n agents</numerusform>
            <numerusform>mark attendance of %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Monev action item(s) are past their due date: see Monev &gt; Follow-up.</source>
        <translation>
            <numerusform>%n Monev action item are past their due date: see Monev &gt; Follow-up.</numerusform>
            <numerusform>%n Monev action items are past their due date: see Monev &gt; Follow-up.</numerusform>
        </translation>
    </message>
    <message>
        <source>add obstacle "%1"</source>
        <translation>add obstacle "%1"</translation>
    </message>
    <message>
        <source>edit obstacle "%1"</source>
        <translation>edit obstacle "%1"</translation>
    </message>
    <message>
        <source>delete obstacle "%1"</source>
        <translation>delete obstacle "%1"</translation>
    </message>
    <message>
        <source>add action item "%1"</source>
        <translation>add action item "%1"</translation>
    </message>
    <message>
        <source>edit action item "%1"</source>
        <translation>edit action item "%1"</translation>
    </message>
    <message>
        <source>delete action item "%1"</source>
        <translation>delete action item "%1"</translation>
    </message>
    <message>
        <source>award "%1": %2</source>
        <translation>award "%1": %2</translation>
    </message>
    <message>
        <source>remove award "%1"</source>
        <translation>remove award "%1"</translation>
    </message>
    <message>
        <source>add category "%1"</source>
        <translation>add category "%1"</translation>
    </message>
    <message>
        <source>edit category "%1"</source>
        <translation>edit category "%1"</translation>
    </message>
    <message>
        <source>%1 cannot be put back: another desk has stored a row under its number; reload and enter it again</source>
        <translation>%1 cannot be put back: another desk has stored a row under its number; reload and enter it again</translation>
    </message>
    <message>
        <source>The category "%1"</source>
        <translation>The category "%1"</translation>
    </message>
    <message>
        <source>The category "%1" has been given to an obstacle in the meantime; switch it off instead</source>
        <translation>The category "%1" has been given to an obstacle in the meantime; switch it off instead</translation>
    </message>
    <message>
        <source>The award</source>
        <translation>The award</translation>
    </message>
    <message>
        <source>The award "%1"</source>
        <translation>The award "%1"</translation>
    </message>
    <message>
        <source>The follow-up of "%1"</source>
        <translation>The follow-up of "%1"</translation>
    </message>
    <message>
        <source>The attendance of %1</source>
        <translation>The attendance of %1</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ActionDialog</name>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>(not tied to one obstacle)</source>
        <translation>(not tied to one obstacle)</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>Who does it: a name, the wadah, the branch</source>
        <translation>Who does it: a name, the wadah, the branch</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ActionModel</name>
    <message numerus="yes">
        <source>%1 (%n days late)</source>
        <translation>
            <numerusform>%1 (%n days late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>Obstacle: %1</source>
        <translation>Obstacle: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Agreed at</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision here</source>
        <translation>Decision here</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
</context>
<context>
    <name>perisai::monev::AttendanceModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>perisai::monev::AttendanceTab</name>
    <message>
        <source>Mark the rest present</source>
        <translation>Mark the rest present</translation>
    </message>
    <message>
        <source>Find an agent by name or code, Enter to jump</source>
        <translation>Find an agent by name or code, Enter to jump</translation>
    </message>
    <message>
        <source>Keys: H or 1 present · I or 2 excused · T or 3 absent · Backspace clears. The cursor moves on to the next agent.</source>
        <translation>Keys: H or 1 present · I or 2 excused · T or 3 absent · Backspace clears. The cursor moves on to the next agent.</translation>
    </message>
    <message>
        <source>No invited agent matches "%1"</source>
        <translation>No invited agent matches "%1"</translation>
    </message>
    <message>
        <source>Invited %1 · present %2 · excused %3 · absent %4 · not marked %5 — attendance rate %6</source>
        <translation>Invited %1 · present %2 · excused %3 · absent %4 · not marked %5 — attendance rate %6</translation>
    </message>
</context>
<context>
    <name>perisai::monev::AwardsTab</name>
    <message>
        <source>Confirm the suggestion</source>
        <translation>Confirm the suggestion</translation>
    </message>
    <message>
        <source>Choose another agent…</source>
        <translation>Choose another agent…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Suggested from the rankings</source>
        <translation>Suggested from the rankings</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>nobody qualifies</source>
        <translation>nobody qualifies</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>not yet confirmed</translation>
    </message>
    <message>
        <source>Suggestions come from the figures frozen when the session is held.</source>
        <translation>Suggestions come from the figures frozen when the session is held.</translation>
    </message>
    <message>
        <source>Suggested from the figures for %1. Confirm one per category, or choose another agent.</source>
        <translation>Suggested from the figures for %1. Confirm one per category, or choose another agent.</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Nobody qualifies for %1; choose an agent yourself.</source>
        <translation>Nobody qualifies for %1; choose an agent yourself.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Why (optional)</translation>
    </message>
</context>
<context>
    <name>perisai::monev::CategoryEditor</name>
    <message>
        <source>Categories of the obstacles agents raise. Edit a name in place; untick Active to stop offering one.</source>
        <translation>Categories of the obstacles agents raise. Edit a name in place; untick Active to stop offering one.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Name (Indonesian)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Obstacle categories</source>
        <translation>Obstacle categories</translation>
    </message>
    <message>
        <source>Reading obstacle categories</source>
        <translation>Reading obstacle categories</translation>
    </message>
</context>
<context>
    <name>perisai::monev::DetailsTab</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Invite the scope's active agents</source>
        <translation>Invite the scope's active agents</translation>
    </message>
    <message>
        <source>Branch (with its KCP)</source>
        <translation>Branch (with its KCP)</translation>
    </message>
    <message>
        <source>KCP</source>
        <translation>KCP</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <source>Summary of the discussion, for the minutes</source>
        <translation>Summary of the discussion, for the minutes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Period reviewed</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The scope's active agents are invited when the session is saved.</source>
        <translation>The scope's active agents are invited when the session is saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) invited</source>
        <translation>
            <numerusform>%n agent invited</numerusform>
            <numerusform>%n agents invited</numerusform>
        </translation>
    </message>
    <message>
        <source>Monev of Perisai agent productivity</source>
        <translation>Monev of Perisai agent productivity</translation>
    </message>
    <message>
        <source>Review of achievements
Obstacles in the field and solutions
Sharing best practice
Program updates
Awards for top agents
Follow-up steps</source>
        <translation>Review of achievements
Obstacles in the field and solutions
Sharing best practice
Program updates
Awards for top agents
Follow-up steps</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Session saved</translation>
    </message>
</context>
<context>
    <name>perisai::monev::FollowUpPage</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done or dropped</source>
        <translation>Done or dropped</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Search action, owner or session</source>
        <translation>Search action, owner or session</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading Monev action items</source>
        <translation>Reading Monev action items</translation>
    </message>
</context>
<context>
    <name>perisai::monev::MonevPage</name>
    <message>
        <source>Sessions this year</source>
        <translation>Sessions this year</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Evaluation meetings with agents: invitations, attendance, obstacles, follow-up and awards</source>
        <translation>Evaluation meetings with agents: invitations, attendance, obstacles, follow-up and awards</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Obstacle categories</source>
        <translation>Obstacle categories</translation>
    </message>
    <message>
        <source>Minutes preview</source>
        <translation>Minutes preview</translation>
    </message>
    <message>
        <source>Save minutes PDF</source>
        <translation>Save minutes PDF</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Show on projector</translation>
    </message>
    <message>
        <source>held in %1</source>
        <translation>held in %1</translation>
    </message>
    <message>
        <source>of invited agents present</source>
        <translation>of invited agents present</translation>
    </message>
    <message>
        <source>action items still open</source>
        <translation>action items still open</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>past their due date</translation>
    </message>
    <message>
        <source>nothing late</source>
        <translation>nothing late</translation>
    </message>
    <message>
        <source>Reading Monev sessions</source>
        <translation>Reading Monev sessions</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ObstacleDialog</name>
    <message>
        <source>Edit obstacle</source>
        <translation>Edit obstacle</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>New obstacle</translation>
    </message>
    <message>
        <source>(general, not one agent)</source>
        <translation>(general, not one agent)</translation>
    </message>
    <message>
        <source>What the agent meets in the field</source>
        <translation>What the agent meets in the field</translation>
    </message>
    <message>
        <source>The solution discussed at the session</source>
        <translation>The solution discussed at the session</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ObstaclesTab</name>
    <message>
        <source>Obstacles raised and solutions discussed</source>
        <translation>Obstacles raised and solutions discussed</translation>
    </message>
    <message>
        <source>Add obstacle</source>
        <translation>Add obstacle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Action items agreed</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Delete obstacle</source>
        <translation>Delete obstacle</translation>
    </message>
    <message>
        <source>Delete this obstacle and the action items agreed on it?</source>
        <translation>Delete this obstacle and the action items agreed on it?</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Delete action item</translation>
    </message>
    <message>
        <source>Delete "%1"?</source>
        <translation>Delete "%1"?</translation>
    </message>
    <message>
        <source>Reading obstacle categories</source>
        <translation>Reading obstacle categories</translation>
    </message>
</context>
<context>
    <name>perisai::monev::ReviewTab</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>No open action items from earlier sessions.</source>
        <translation>No open action items from earlier sessions.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s) from earlier sessions will be carried into this session when it is held.</source>
        <translation>
            <numerusform>%n open action item from earlier sessions will be carried into this session when it is held.</numerusform>
            <numerusform>%n open action items from earlier sessions will be carried into this session when it is held.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open action items carried over from earlier sessions: record what was decided for each.</source>
        <translation>Open action items carried over from earlier sessions: record what was decided for each.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Note on "%1":</source>
        <translation>Note on "%1":</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
</context>
<context>
    <name>perisai::monev::SessionEditor</name>
    <message>
        <source>Mark held</source>
        <translation>Mark held</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Minutes…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Records the agents' figures for the review period and carries open action items over</source>
        <translation>Records the agents' figures for the review period and carries open action items over</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Obstacles and actions</source>
        <translation>Obstacles and actions</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Follow-up review</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>New Monev session</source>
        <translation>New Monev session</translation>
    </message>
    <message>
        <source>Follow-up review (%1)</source>
        <translation>Follow-up review (%1)</translation>
    </message>
    <message>
        <source>Mark "%1" as held? The agents' figures for %2 are recorded now and stay as they are, and open action items of earlier sessions are carried over for review.</source>
        <translation>Mark "%1" as held? The agents' figures for %2 are recorded now and stay as they are, and open action items of earlier sessions are carried over for review.</translation>
    </message>
    <message>
        <source>Cancel "%1"?</source>
        <translation>Cancel "%1"?</translation>
    </message>
    <message>
        <source>Monev</source>
        <translation>Monev</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Monev minutes</source>
        <translation>Monev minutes</translation>
    </message>
    <message>
        <source>Save minutes as PDF</source>
        <translation>Save minutes as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the minutes</source>
        <translation>Writing the minutes</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Minutes written to %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>No. %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reading the Monev session</source>
        <translation>Reading the Monev session</translation>
    </message>
    <message>
        <source>Reading offices and wadah</source>
        <translation>Reading offices and wadah</translation>
    </message>
</context>
<context>
    <name>perisai::monev::SessionListModel</name>
    <message>
        <source>%1 present, %2 excused, %3 absent of %4 invited</source>
        <translation>%1 present, %2 excused, %3 absent of %4 invited</translation>
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
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>The session's number, for the command line: report --type monev --session NUMBER</source>
        <translation>The session's number, for the command line: report --type monev --session NUMBER</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>perisai::monev::SnapshotTab</name>
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
        <source>Previous period</source>
        <translation>Previous period</translation>
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
        <source>Retention 3 mo.</source>
        <translation>Retention 3 mo.</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>The agents' figures for %1 are recorded when the session is marked held, and stay as they were then.</source>
        <translation>The agents' figures for %1 are recorded when the session is marked held, and stay as they were then.</translation>
    </message>
    <message>
        <source>Figures for %1 as recorded on %2. Later imports do not change them.</source>
        <translation>Figures for %1 as recorded on %2. Later imports do not change them.</translation>
    </message>
</context>
</TS>