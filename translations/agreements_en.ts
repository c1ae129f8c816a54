<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Agreements</name>
    <message>
        <source>New PKS %1</source>
        <translation>New PKS %1</translation>
    </message>
    <message>
        <source>Renew PKS %1</source>
        <translation>Renew PKS %1</translation>
    </message>
    <message>
        <source>Renew %1 PKS</source>
        <translation>Renew %1 PKS</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Attach %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>No wadah %1.</source>
        <translation>No wadah %1.</translation>
    </message>
    <message>
        <source>The agreement no longer exists (it may have been removed on another desk).</source>
        <translation>The agreement no longer exists (it may have been removed on another desk).</translation>
    </message>
    <message>
        <source>No agreement numbered %1.</source>
        <translation>No agreement numbered %1.</translation>
    </message>
    <message>
        <source>PKS %1 was changed on another desk since it was opened here. Reload the list and try again.</source>
        <translation>PKS %1 was changed on another desk since it was opened here. Reload the list and try again.</translation>
    </message>
    <message>
        <source>PKS %1 was changed since; it is kept as it is.</source>
        <translation>PKS %1 was changed since; it is kept as it is.</translation>
    </message>
    <message>
        <source>PKS %1 has been renewed since; remove its renewal first.</source>
        <translation>PKS %1 has been renewed since; remove its renewal first.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
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
        <source>Choose the wadah the agreement is with.</source>
        <translation>Choose the wadah the agreement is with.</translation>
    </message>
    <message>
        <source>The agreement needs its number (as written on the signed PKS).</source>
        <translation>The agreement needs its number (as written on the signed PKS).</translation>
    </message>
    <message>
        <source>The agreement needs a start and an end date.</source>
        <translation>The agreement needs a start and an end date.</translation>
    </message>
    <message>
        <source>The agreement ends (%1) before it starts (%2). Correct the end date.</source>
        <translation>The agreement ends (%1) before it starts (%2). Correct the end date.</translation>
    </message>
    <message>
        <source>The dates overlap PKS %1 of the same wadah (%2 – %3). A wadah has one agreement at a time: start after %3, or terminate PKS %1 first.</source>
        <translation>The dates overlap PKS %1 of the same wadah (%2 – %3). A wadah has one agreement at a time: start after %3, or terminate PKS %1 first.</translation>
    </message>
    <message>
        <source>The number %1 is already used by another PKS. Each PKS has its own number.</source>
        <translation>The number %1 is already used by another PKS. Each PKS has its own number.</translation>
    </message>
    <message>
        <source>A new agreement is a draft or active; renewals and terminations have their own actions.</source>
        <translation>A new agreement is a draft or active; renewals and terminations have their own actions.</translation>
    </message>
    <message>
        <source>Only a draft can be made active here; renew or terminate with their own actions.</source>
        <translation>Only a draft can be made active here; renew or terminate with their own actions.</translation>
    </message>
    <message>
        <source>Edited PKS %1</source>
        <translation>Edited PKS %1</translation>
    </message>
    <message>
        <source>PKS %1 has already been renewed; renew the latest PKS of the chain.</source>
        <translation>PKS %1 has already been renewed; renew the latest PKS of the chain.</translation>
    </message>
    <message>
        <source>PKS %1 is not active; only an active agreement can be renewed.</source>
        <translation>PKS %1 is not active; only an active agreement can be renewed.</translation>
    </message>
    <message>
        <source>Renewed PKS %1 as %2</source>
        <translation>Renewed PKS %1 as %2</translation>
    </message>
    <message>
        <source>PKS %1 renewed by %2</source>
        <translation>PKS %1 renewed by %2</translation>
    </message>
    <message>
        <source>Choose at least one wadah to renew.</source>
        <translation>Choose at least one wadah to renew.</translation>
    </message>
    <message>
        <source>Nothing was renewed. %1: %2</source>
        <translation>Nothing was renewed. %1: %2</translation>
    </message>
    <message>
        <source>Give the reason for terminating the PKS (e.g. below the minimum target for 3 months).</source>
        <translation>Give the reason for terminating the PKS (e.g. below the minimum target for 3 months).</translation>
    </message>
    <message>
        <source>PKS %1 is not active; only an active agreement can be terminated.</source>
        <translation>PKS %1 is not active; only an active agreement can be terminated.</translation>
    </message>
    <message>
        <source>The termination date must fall within the term of PKS %1 (%2 – %3).</source>
        <translation>The termination date must fall within the term of PKS %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>Terminated PKS %1: %2</source>
        <translation>Terminated PKS %1: %2</translation>
    </message>
    <message>
        <source>PKS %1 was changed since (perhaps on another desk); it is kept as it is now.</source>
        <translation>PKS %1 was changed since (perhaps on another desk); it is kept as it is now.</translation>
    </message>
    <message>
        <source>Undo/redo on PKS %1</source>
        <translation>Undo/redo on PKS %1</translation>
    </message>
    <message>
        <source>Undid the creation of PKS %1</source>
        <translation>Undid the creation of PKS %1</translation>
    </message>
    <message>
        <source>Undid the renewal %1</source>
        <translation>Undid the renewal %1</translation>
    </message>
    <message>
        <source>PKS %1 active again (renewal undone)</source>
        <translation>PKS %1 active again (renewal undone)</translation>
    </message>
    <message>
        <source>Agreements (PKS)</source>
        <translation>Agreements (PKS)</translation>
    </message>
    <message>
        <source>PKS reminders could not be read: %1</source>
        <translation>PKS reminders could not be read: %1</translation>
    </message>
    <message>
        <source>%1 is empty; choose the scanned, signed PKS.</source>
        <translation>%1 is empty; choose the scanned, signed PKS.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a PKS document may be at most %3 MB. Scan it at a lower resolution or save it as a smaller PDF.</source>
        <translation>%1 is %2 MB; a PKS document may be at most %3 MB. Scan it at a lower resolution or save it as a smaller PDF.</translation>
    </message>
    <message>
        <source>The agreement no longer exists; the document was not stored.</source>
        <translation>The agreement no longer exists; the document was not stored.</translation>
    </message>
    <message>
        <source>Attached %1 to PKS %2</source>
        <translation>Attached %1 to PKS %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>The stored copy of %1 is damaged (its checksum does not match). Attach the signed PKS again.</source>
        <translation>The stored copy of %1 is damaged (its checksum does not match). Attach the signed PKS again.</translation>
    </message>
    <message>
        <source>Removed document %1</source>
        <translation>Removed document %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 wadah below their minimum target for %2 months in a row (%3): review their PKS</source>
        <translation>%1 wadah below their minimum target for %2 months in a row (%3): review their PKS</translation>
    </message>
    <message>
        <source>The term %1 – %2 is longer than %3 months, the longest a PKS may run since 2022 (at the latest until %4). Shorten it, or override with a reason.</source>
        <translation>The term %1 – %2 is longer than %3 months, the longest a PKS may run since 2022 (at the latest until %4). Shorten it, or override with a reason.</translation>
    </message>
    <message>
        <source>%1 PKS ended without renewal</source>
        <translation>%1 PKS ended without renewal</translation>
    </message>
    <message>
        <source>%1 PKS ending within %2 days</source>
        <translation>%1 PKS ending within %2 days</translation>
    </message>
</context>
<context>
    <name>PksStatusReport</name>
    <message>
        <source>ended %1 days ago</source>
        <translation>ended %1 days ago</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>within %1 days</translation>
    </message>
    <message>
        <source>PKS status with wadah</source>
        <translation>PKS status with wadah</translation>
    </message>
    <message>
        <source>%1 · position on %2</source>
        <translation>%1 · position on %2</translation>
    </message>
    <message>
        <source>Renewed in the period</source>
        <translation>Renewed in the period</translation>
    </message>
    <message>
        <source>Ending within 90 days</source>
        <translation>Ending within 90 days</translation>
    </message>
    <message>
        <source>Terminated in the period</source>
        <translation>Terminated in the period</translation>
    </message>
    <message>
        <source>Since 2022 a PKS runs for at most one year, so every wadah renews yearly. A wadah below the minimum monthly target of its PKS for %1 months in a row may have its PKS terminated; the list at the end is for review, not a decision.</source>
        <translation>Since 2022 a PKS runs for at most one year, so every wadah renews yearly. A wadah below the minimum monthly target of its PKS for %1 months in a row may have its PKS terminated; the list at the end is for review, not a decision.</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>PKS number</source>
        <translation>PKS number</translation>
    </message>
    <message>
        <source>In force on %1</source>
        <translation>In force on %1</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Min./month</source>
        <translation>Min./month</translation>
    </message>
    <message>
        <source>Previous PKS</source>
        <translation>Previous PKS</translation>
    </message>
    <message>
        <source>New PKS</source>
        <translation>New PKS</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Ending within 90 days or expired</source>
        <translation>Ending within 90 days or expired</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>Terminated on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Wadah for review: below the minimum target %1 months in a row</source>
        <translation>Wadah for review: below the minimum target %1 months in a row</translation>
    </message>
    <message>
        <source>Minimum a month</source>
        <translation>Minimum a month</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>the PKS status report could not be built</source>
        <translation>the PKS status report could not be built</translation>
    </message>
    <message>
        <source>PKS status</source>
        <translation>PKS status</translation>
    </message>
    <message>
        <source>Wadah scorecard</source>
        <translation>Wadah scorecard</translation>
    </message>
    <message>
        <source>no wadah with code "%1"</source>
        <translation>no wadah with code "%1"</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Wadah code</source>
        <translation>Wadah code</translation>
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
        <source>Office</source>
        <translation>Office</translation>
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
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Partnership agreements (PKS)</source>
        <translation>Partnership agreements (PKS)</translation>
    </message>
    <message>
        <source>Terminated %1</source>
        <translation>Terminated %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message numerus="yes">
        <source>On %1, %2 is in force until %3 (%n day(s) left).</source>
        <translation>
            <numerusform>On %1, %2 is in force until %3 (%n day left).</numerusform>
            <numerusform>On %1, %2 is in force until %3 (%n days left).</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 no PKS is in force.</source>
        <translation>On %1 no PKS is in force.</translation>
    </message>
    <message>
        <source>Results in the period</source>
        <translation>Results in the period</translation>
    </message>
    <message>
        <source>of %1 registered</source>
        <translation>of %1 registered</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
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
        <source>by its agents in the period</source>
        <translation>by its agents in the period</translation>
    </message>
    <message>
        <source>Target achievement is measured against the target of the targets table for %1 (%2). The PKS target below is what the PKS agrees for its whole term, and its monthly minimum is the figure below which the wadah is reviewed.</source>
        <translation>Target achievement is measured against the target of the targets table for %1 (%2). The PKS target below is what the PKS agrees for its whole term, and its monthly minimum is the figure below which the wadah is reviewed.</translation>
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
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::AgreementForm</name>
    <message>
        <source>New PKS</source>
        <translation>New PKS</translation>
    </message>
    <message>
        <source>Edit PKS %1</source>
        <translation>Edit PKS %1</translation>
    </message>
    <message>
        <source>Renew PKS %1</source>
        <translation>Renew PKS %1</translation>
    </message>
    <message>
        <source>Renews &lt;b&gt;%1&lt;/b&gt; (%2 – %3). The terms below are carried over; change what was agreed anew.</source>
        <translation>Renews &lt;b&gt;%1&lt;/b&gt; (%2 – %3). The terms below are carried over; change what was agreed anew.</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>as written on the signed PKS</source>
        <translation>as written on the signed PKS</translation>
    </message>
    <message>
        <source>PKS number</source>
        <translation>PKS number</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>One year</translation>
    </message>
    <message>
        <source>End the term one year after the start, the longest a PKS may run since 2022</source>
        <translation>End the term one year after the start, the longest a PKS may run since 2022</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Signed for the branch by</source>
        <translation>Signed for the branch by</translation>
    </message>
    <message>
        <source>Signed for the wadah by</source>
        <translation>Signed for the wadah by</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> participants</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> a month</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>Draft (not signed yet)</source>
        <translation>Draft (not signed yet)</translation>
    </message>
    <message>
        <source>Active (signed)</source>
        <translation>Active (signed)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Accept the longer term anyway</source>
        <translation>Accept the longer term anyway</translation>
    </message>
    <message>
        <source>Reason (kept with the PKS), e.g. addendum approved by the regional office</source>
        <translation>Reason (kept with the PKS), e.g. addendum approved by the regional office</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Write the reason for accepting the longer term.</source>
        <translation>Write the reason for accepting the longer term.</translation>
    </message>
    <message>
        <source>PKS target for the term</source>
        <translation>PKS target for the term</translation>
    </message>
    <message>
        <source>PKS monthly minimum</source>
        <translation>PKS monthly minimum</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::AgreementListModel</name>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Terminated on %1: %2</source>
        <translation>Terminated on %1: %2</translation>
    </message>
    <message>
        <source>Renewed by %1</source>
        <translation>Renewed by %1</translation>
    </message>
    <message>
        <source>Longer than the rule allows: %1</source>
        <translation>Longer than the rule allows: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>PKS number</source>
        <translation>PKS number</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>Ends in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>Min./month</source>
        <translation>Min./month</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>PKS target</source>
        <translation>PKS target</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::AgreementsPage</name>
    <message>
        <source>PKS status report</source>
        <translation>PKS status report</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Edit PKS %1</source>
        <translation>Edit PKS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n PKS renewed</source>
        <translation>
            <numerusform>%n PKS renewed</numerusform>
            <numerusform>%n PKS renewed</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate PKS %1</source>
        <translation>Terminate PKS %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>New PKS</source>
        <translation>New PKS</translation>
    </message>
    <message>
        <source>There is no wadah yet. Add or import the wadah first.</source>
        <translation>There is no wadah yet. Add or import the wadah first.</translation>
    </message>
    <message>
        <source>Edit PKS</source>
        <translation>Edit PKS</translation>
    </message>
    <message>
        <source>Renew PKS</source>
        <translation>Renew PKS</translation>
    </message>
    <message>
        <source>Renew several PKS</source>
        <translation>Renew several PKS</translation>
    </message>
    <message>
        <source>No active PKS is waiting for renewal.</source>
        <translation>No active PKS is waiting for renewal.</translation>
    </message>
    <message>
        <source>Terminate PKS</source>
        <translation>Terminate PKS</translation>
    </message>
    <message>
        <source>Attach the signed PKS</source>
        <translation>Attach the signed PKS</translation>
    </message>
    <message>
        <source>Signed documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Signed documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Attach signed PKS</source>
        <translation>Attach signed PKS</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Open document</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>No program is set up to open %1.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove %1 from the PKS? (Edit &gt; Undo brings it back.)</source>
        <translation>Remove %1 from the PKS? (Edit &gt; Undo brings it back.)</translation>
    </message>
    <message>
        <source>Save PKS status report</source>
        <translation>Save PKS status report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PKS status report</source>
        <translation>Writing the PKS status report</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Export the PKS list</source>
        <translation>Export the PKS list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>Partnership agreements (PKS) on %1</source>
        <translation>Partnership agreements (PKS) on %1</translation>
    </message>
    <message>
        <source>List written to %1</source>
        <translation>List written to %1</translation>
    </message>
    <message>
        <source>Partnership agreements (PKS)</source>
        <translation>Partnership agreements (PKS)</translation>
    </message>
    <message>
        <source>Agreements with each wadah: terms, yearly renewals and reminders</source>
        <translation>Agreements with each wadah: terms, yearly renewals and reminders</translation>
    </message>
    <message>
        <source>Ending ≤ 30 days</source>
        <translation>Ending ≤ 30 days</translation>
    </message>
    <message>
        <source>Ending ≤ 60 days</source>
        <translation>Ending ≤ 60 days</translation>
    </message>
    <message>
        <source>Ending ≤ 90 days</source>
        <translation>Ending ≤ 90 days</translation>
    </message>
    <message>
        <source>Search wadah, PKS number, bank…</source>
        <translation>Search wadah, PKS number, bank…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Renew several…</source>
        <translation>Renew several…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Attach signed PKS…</source>
        <translation>Attach signed PKS…</translation>
    </message>
    <message>
        <source>Status report…</source>
        <translation>Status report…</translation>
    </message>
    <message>
        <source>Save status PDF…</source>
        <translation>Save status PDF…</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Create the next PKS of the chain: terms carried over, new dates</source>
        <translation>Create the next PKS of the chain: terms carried over, new dates</translation>
    </message>
    <message>
        <source>Renew the PKS of several wadah signed at one ceremony, all at once</source>
        <translation>Renew the PKS of several wadah signed at one ceremony, all at once</translation>
    </message>
    <message>
        <source>Loading agreements</source>
        <translation>Loading agreements</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>The agreements could not be read: %1</source>
        <translation>The agreements could not be read: %1</translation>
    </message>
    <message>
        <source>%1 of them renewals</source>
        <translation>%1 of them renewals</translation>
    </message>
    <message>
        <source>renew now</source>
        <translation>renew now</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>prepare the renewal</source>
        <translation>prepare the renewal</translation>
    </message>
    <message>
        <source>plan the signing</source>
        <translation>plan the signing</translation>
    </message>
    <message>
        <source>no PKS in force</source>
        <translation>no PKS in force</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>Reminders (%1)</source>
        <translation>Reminders (%1)</translation>
    </message>
    <message>
        <source>No agreement found for %1</source>
        <translation>No agreement found for %1</translation>
    </message>
    <message>
        <source>Include renewed</source>
        <translation>Include renewed</translation>
    </message>
    <message>
        <source>Also list the earlier agreements of each chain (they stay in the history on the right)</source>
        <translation>Also list the earlier agreements of each chain (they stay in the history on the right)</translation>
    </message>
    <message>
        <source>History &amp;&amp; documents</source>
        <translation>History &amp;&amp; documents</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::BatchRenewDialog</name>
    <message>
        <source>Renew several PKS at once</source>
        <translation>Renew several PKS at once</translation>
    </message>
    <message>
        <source>Tick the wadah whose PKS are renewed at the same signing. Each new PKS starts the day after the current one ends; all are saved together, or none if one cannot be.</source>
        <translation>Tick the wadah whose PKS are renewed at the same signing. Each new PKS starts the day after the current one ends; all are saved together, or none if one cannot be.</translation>
    </message>
    <message>
        <source>Signed on (ceremony)</source>
        <translation>Signed on (ceremony)</translation>
    </message>
    <message>
        <source>leave empty to keep each PKS's signatory</source>
        <translation>leave empty to keep each PKS's signatory</translation>
    </message>
    <message>
        <source>Signed for the branch by</source>
        <translation>Signed for the branch by</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>New term</translation>
    </message>
    <message>
        <source>Tick those ending within 90 days or expired</source>
        <translation>Tick those ending within 90 days or expired</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>Current PKS</source>
        <translation>Current PKS</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New PKS number</source>
        <translation>New PKS number</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Double-click to change the number</source>
        <translation>Double-click to change the number</translation>
    </message>
    <message>
        <source>The number %1 is used twice in this renewal.</source>
        <translation>The number %1 is used twice in this renewal.</translation>
    </message>
    <message>
        <source>✔ ready</source>
        <translation>✔ ready</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n PKS</source>
        <translation>
            <numerusform>Renew %n PKS</numerusform>
            <numerusform>Renew %n PKS</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one wadah.</source>
        <translation>Tick at least one wadah.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked PKS cannot be renewed as shown; correct or untick them.</source>
        <translation>
            <numerusform>%n ticked PKS cannot be renewed as shown; correct or untick them.</numerusform>
            <numerusform>%n ticked PKS cannot be renewed as shown; correct or untick them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PKS will be renewed, signed on %1.</source>
        <translation>
            <numerusform>%n PKS will be renewed, signed on %1.</numerusform>
            <numerusform>%n PKS will be renewed, signed on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>perisai::agreements::HistoryPanel</name>
    <message>
        <source>Attach signed PKS…</source>
        <translation>Attach signed PKS…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose an agreement to see its wadah's history.</source>
        <translation>Choose an agreement to see its wadah's history.</translation>
    </message>
    <message>
        <source>Term %1 – %2</source>
        <translation>Term %1 – %2</translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation>, signed %1</translation>
    </message>
    <message>
        <source>Signatories: %1 (branch), %2 (wadah)</source>
        <translation>Signatories: %1 (branch), %2 (wadah)</translation>
    </message>
    <message>
        <source>no partner bank</source>
        <translation>no partner bank</translation>
    </message>
    <message>
        <source>Terminated from %1: %2</source>
        <translation>Terminated from %1: %2</translation>
    </message>
    <message>
        <source>Longer term accepted: %1</source>
        <translation>Longer term accepted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n signed document</numerusform>
            <numerusform>%n signed documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PKS history · %1 %2 (%n agreement(s))</source>
        <translation>
            <numerusform>PKS history · %1 %2 (%n agreement)</numerusform>
            <numerusform>PKS history · %1 %2 (%n agreements)</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ renewed by the agreement above</source>
        <translation>↑ renewed by the agreement above</translation>
    </message>
    <message>
        <source>↑ followed by the agreement above</source>
        <translation>↑ followed by the agreement above</translation>
    </message>
    <message>
        <source>Signed documents</source>
        <translation>Signed documents</translation>
    </message>
    <message>
        <source>Signed documents · %1</source>
        <translation>Signed documents · %1</translation>
    </message>
    <message>
        <source>%1 · %2 KB · %3 by %4</source>
        <translation>%1 · %2 KB · %3 by %4</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No signed copy yet: attach the scanned PKS.</source>
        <translation>No signed copy yet: attach the scanned PKS.</translation>
    </message>
    <message>
        <source>PKS target %1 participants over the term · PKS monthly minimum %2 · %3</source>
        <translation>PKS target %1 participants over the term · PKS monthly minimum %2 · %3</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::RemindersPanel</name>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Already ended, not renewed</source>
        <translation>Already ended, not renewed</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>Ending within 30 days</translation>
    </message>
    <message>
        <source>Ending in 31–60 days</source>
        <translation>Ending in 31–60 days</translation>
    </message>
    <message>
        <source>Ending in 61–90 days</source>
        <translation>Ending in 61–90 days</translation>
    </message>
    <message>
        <source>Below the minimum target %1 months in a row</source>
        <translation>Below the minimum target %1 months in a row</translation>
    </message>
    <message>
        <source>min. %1: %2</source>
        <translation>min. %1: %2</translation>
    </message>
    <message>
        <source>Below the minimum target of %1 acquisitions a month for %2 months in a row (%3)</source>
        <translation>Below the minimum target of %1 acquisitions a month for %2 months in a row (%3)</translation>
    </message>
    <message>
        <source>Nothing to follow up: no PKS ends within 90 days, none has lapsed, and every wadah reaches its minimum target.</source>
        <translation>Nothing to follow up: no PKS ends within 90 days, none has lapsed, and every wadah reaches its minimum target.</translation>
    </message>
    <message>
        <source>%1 PKS ending within 90 days, %2 ended without renewal, %3 wadah below their minimum target. Renew or review them here.</source>
        <translation>%1 PKS ending within 90 days, %2 ended without renewal, %3 wadah below their minimum target. Renew or review them here.</translation>
    </message>
    <message>
        <source>%1 · %2 days ago</source>
        <translation>%1 · %2 days ago</translation>
    </message>
    <message>
        <source>%1 · in %2 days</source>
        <translation>%1 · in %2 days</translation>
    </message>
    <message>
        <source>%1 · %2
PKS %3</source>
        <translation>%1 · %2
PKS %3</translation>
    </message>
</context>
<context>
    <name>perisai::agreements::TerminateDialog</name>
    <message>
        <source>Terminate PKS %1</source>
        <translation>Terminate PKS %1</translation>
    </message>
    <message>
        <source>Terminated from</source>
        <translation>Terminated from</translation>
    </message>
    <message>
        <source>Why the PKS ends early (required), e.g. below the minimum target for 3 months in a row</source>
        <translation>Why the PKS ends early (required), e.g. below the minimum target for 3 months in a row</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>Give the reason: it is kept with the PKS and shown in the status report.</source>
        <translation>Give the reason: it is kept with the PKS and shown in the status report.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;PKS %3, %4 – %5. From the termination date the wadah no longer works under this PKS.</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt;&lt;br&gt;PKS %3, %4 – %5. From the termination date the wadah no longer works under this PKS.</translation>
    </message>
</context>
</TS>