<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Incentives</name>
    <message>
        <source>NIK registered before (not new)</source>
        <translation>NIK registered before (not new)</translation>
    </message>
    <message>
        <source>agent dismissed</source>
        <translation>agent dismissed</translation>
    </message>
    <message>
        <source>confirmed fraud case</source>
        <translation>confirmed fraud case</translation>
    </message>
    <message>
        <source>contribution month not paid by the rule</source>
        <translation>contribution month not paid by the rule</translation>
    </message>
    <message>
        <source>new participants %1 → %2</source>
        <translation>new participants %1 → %2</translation>
    </message>
    <message>
        <source>contributions counted %1 → %2</source>
        <translation>contributions counted %1 → %2</translation>
    </message>
    <message>
        <source>recalculated with later data</source>
        <translation>recalculated with later data</translation>
    </message>
    <message>
        <source>correction of %1 (approved): %2</source>
        <translation>correction of %1 (approved): %2</translation>
    </message>
    <message>
        <source>%1 of every contribution</source>
        <translation>%1 of every contribution</translation>
    </message>
    <message>
        <source>%1 from month %2</source>
        <translation>%1 from month %2</translation>
    </message>
    <message>
        <source>%1 for months %2–%3</source>
        <translation>%1 for months %2–%3</translation>
    </message>
    <message>
        <source>%1 · rule %2 · %3</source>
        <translation>%1 · rule %2 · %3</translation>
    </message>
    <message>
        <source>Draft: the figures may still change until the month is approved.</source>
        <translation>Draft: the figures may still change until the month is approved.</translation>
    </message>
    <message>
        <source>Approved by %1: these figures are frozen; later corrections are paid in a later month.</source>
        <translation>Approved by %1: these figures are frozen; later corrections are paid in a later month.</translation>
    </message>
    <message>
        <source>Paid on %1, bank reference %2.</source>
        <translation>Paid on %1, bank reference %2.</translation>
    </message>
    <message>
        <source>%1 in a month with at least %2 new participants</source>
        <translation>%1 in a month with at least %2 new participants</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 per new participant, in a month with at least %2</source>
        <translation>%1 per new participant, in a month with at least %2</translation>
    </message>
    <message>
        <source>contributions: %1</source>
        <translation>contributions: %1</translation>
    </message>
    <message>
        <source>wadah: %1 of its agents' total</source>
        <translation>wadah: %1 of its agents' total</translation>
    </message>
    <message>
        <source>tax withheld: %1</source>
        <translation>tax withheld: %1</translation>
    </message>
    <message>
        <source>Incentive statement</source>
        <translation>Incentive statement</translation>
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
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>New participants</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>not counted: %1</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>Per participant</translation>
    </message>
    <message>
        <source>The month reached the threshold of %1 new participants.</source>
        <translation>The month reached the threshold of %1 new participants.</translation>
    </message>
    <message>
        <source>Below the threshold of %1 new participants: no acquisition incentive this month.</source>
        <translation>Below the threshold of %1 new participants: no acquisition incentive this month.</translation>
    </message>
    <message>
        <source>Contributions paid in the month</source>
        <translation>Contributions paid in the month</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Incentive</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Total (gross)</source>
        <translation>Total (gross)</translation>
    </message>
    <message>
        <source>Tax withheld</source>
        <translation>Tax withheld</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amounts are rounded down to the rupiah.</source>
        <translation>Amounts are rounded down to the rupiah.</translation>
    </message>
    <message>
        <source>Incentive payout sheet</source>
        <translation>Incentive payout sheet</translation>
    </message>
    <message>
        <source>Partner bank</source>
        <translation>Partner bank</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Agents' total</source>
        <translation>Agents' total</translation>
    </message>
    <message>
        <source>Wadah share</source>
        <translation>Wadah share</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Wadah share (%1)</source>
        <translation>Wadah share (%1)</translation>
    </message>
    <message>
        <source>Transferred to the wadah</source>
        <translation>Transferred to the wadah</translation>
    </message>
    <message>
        <source>Paid through the wadah's partner bank by day %1 of the next month; the wadah pays each agent's line.</source>
        <translation>Paid through the wadah's partner bank by day %1 of the next month; the wadah pays each agent's line.</translation>
    </message>
    <message>
        <source>Prints one month's incentives per agent and wadah; --approve approves it.</source>
        <translation>Prints one month's incentives per agent and wadah; --approve approves it.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>The month, YYYY-MM.</translation>
    </message>
    <message>
        <source>The office code (default: the database's branch).</source>
        <translation>The office code (default: the database's branch).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (default) or csv.</translation>
    </message>
    <message>
        <source>Approve the month: its figures are frozen.</source>
        <translation>Approve the month: its figures are frozen.</translation>
    </message>
    <message>
        <source>incentives: --period YYYY-MM is required</source>
        <translation>incentives: --period YYYY-MM is required</translation>
    </message>
    <message>
        <source>incentives: --format must be json or csv, not %1</source>
        <translation>incentives: --format must be json or csv, not %1</translation>
    </message>
    <message>
        <source>incentives: %1 is in the future</source>
        <translation>incentives: %1 is in the future</translation>
    </message>
    <message>
        <source>incentives: %1 does not exist</source>
        <translation>incentives: %1 does not exist</translation>
    </message>
    <message>
        <source>one month's incentives per agent and wadah; approve it</source>
        <translation>one month's incentives per agent and wadah; approve it</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>only a branch head or an admin may approve incentives (%1 is %2)</source>
        <translation>only a branch head or an admin may approve incentives (%1 is %2)</translation>
    </message>
    <message>
        <source>the incentive rule is not a JSON object: %1</source>
        <translation>the incentive rule is not a JSON object: %1</translation>
    </message>
    <message>
        <source>unknown key "%1" in the incentive rule</source>
        <translation>unknown key "%1" in the incentive rule</translation>
    </message>
    <message>
        <source>contribution bands of the incentive rule overlap</source>
        <translation>contribution bands of the incentive rule overlap</translation>
    </message>
    <message>
        <source>the incentive rule holds an amount or rate out of range</source>
        <translation>the incentive rule holds an amount or rate out of range</translation>
    </message>
    <message>
        <source>no incentive rule is in force on %1</source>
        <translation>no incentive rule is in force on %1</translation>
    </message>
    <message>
        <source>incentive rule %1 not found</source>
        <translation>incentive rule %1 not found</translation>
    </message>
    <message>
        <source>a rule version starts on the first day of a month</source>
        <translation>a rule version starts on the first day of a month</translation>
    </message>
    <message>
        <source>%1 is already approved: a new rule version starts after it</source>
        <translation>%1 is already approved: a new rule version starts after it</translation>
    </message>
    <message>
        <source>a new rule version starts after %1, the start of the latest one</source>
        <translation>a new rule version starts after %1, the start of the latest one</translation>
    </message>
    <message>
        <source>incentive rule %1 from %2</source>
        <translation>incentive rule %1 from %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation>%1 is already %2</translation>
    </message>
    <message>
        <source>%1 prepared %2: another head or admin approves it</source>
        <translation>%1 prepared %2: another head or admin approves it</translation>
    </message>
    <message>
        <source>incentives %1 approved</source>
        <translation>incentives %1 approved</translation>
    </message>
    <message>
        <source>the bank's payment reference is required</source>
        <translation>the bank's payment reference is required</translation>
    </message>
    <message>
        <source>%1 is not approved: only an approved month is paid</source>
        <translation>%1 is not approved: only an approved month is paid</translation>
    </message>
    <message>
        <source>incentives %1 paid, reference %2</source>
        <translation>incentives %1 paid, reference %2</translation>
    </message>
    <message>
        <source>the month is written YYYY-MM</source>
        <translation>the month is written YYYY-MM</translation>
    </message>
    <message>
        <source>months are approved in order: %1 is not the next month to approve</source>
        <translation>months are approved in order: %1 is not the next month to approve</translation>
    </message>
    <message>
        <source>%1 has not begun: it cannot be approved</source>
        <translation>%1 has not begun: it cannot be approved</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Incentive transfers %1, %2</source>
        <translation>Incentive transfers %1, %2</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
</context>
<context>
    <name>perisai::incentives::BasisDialog</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Registrations (%1 counted, %2 not)</source>
        <translation>Registrations (%1 counted, %2 not)</translation>
    </message>
    <message>
        <source>Payments (%1 counted)</source>
        <translation>Payments (%1 counted)</translation>
    </message>
    <message>
        <source>Reading the participants behind the line</source>
        <translation>Reading the participants behind the line</translation>
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
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>For month</source>
        <translation>For month</translation>
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
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>perisai::incentives::IncentivesPage</name>
    <message>
        <source>Approve month</source>
        <translation>Approve month</translation>
    </message>
    <message>
        <source>Freeze the month's figures; later data is paid as adjustments in the next month</source>
        <translation>Freeze the month's figures; later data is paid as adjustments in the next month</translation>
    </message>
    <message>
        <source>Mark paid…</source>
        <translation>Mark paid…</translation>
    </message>
    <message>
        <source>Export month…</source>
        <translation>Export month…</translation>
    </message>
    <message>
        <source>Statements per agent, payout sheets per wadah and the bank transfer file</source>
        <translation>Statements per agent, payout sheets per wadah and the bank transfer file</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Approve the incentives of %1 (%2)? The figures are frozen; later changes are paid as adjustments.</source>
        <translation>Approve the incentives of %1 (%2)? The figures are frozen; later changes are paid as adjustments.</translation>
    </message>
    <message>
        <source>Approving incentives</source>
        <translation>Approving incentives</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 approved</translation>
    </message>
    <message>
        <source>Recording the payment</source>
        <translation>Recording the payment</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>Bank reference</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>no month is shown</source>
        <translation>no month is shown</translation>
    </message>
    <message>
        <source>Folder for the month's files</source>
        <translation>Folder for the month's files</translation>
    </message>
    <message>
        <source>Writing the month's files</source>
        <translation>Writing the month's files</translation>
    </message>
    <message>
        <source>Export month</source>
        <translation>Export month</translation>
    </message>
    <message>
        <source>The month's files are in %1</source>
        <translation>The month's files are in %1</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>What the branch owes each agent and wadah, month by month</source>
        <translation>What the branch owes each agent and wadah, month by month</translation>
    </message>
    <message>
        <source>Month total</source>
        <translation>Month total</translation>
    </message>
    <message>
        <source>Agents paid</source>
        <translation>Agents paid</translation>
    </message>
    <message>
        <source>Wadah shares</source>
        <translation>Wadah shares</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reading incentive months</source>
        <translation>Reading incentive months</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Computing incentives</source>
        <translation>Computing incentives</translation>
    </message>
    <message>
        <source>%1 · %2 · rule %3</source>
        <translation>%1 · %2 · rule %3</translation>
    </message>
    <message>
        <source>net %1 after tax</source>
        <translation>net %1 after tax</translation>
    </message>
    <message>
        <source>agents and wadah shares</source>
        <translation>agents and wadah shares</translation>
    </message>
    <message>
        <source>%1 to agents</source>
        <translation>%1 to agents</translation>
    </message>
    <message>
        <source>%1 wadah</source>
        <translation>%1 wadah</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approved by %1</translation>
    </message>
    <message>
        <source>the next month to approve</source>
        <translation>the next month to approve</translation>
    </message>
    <message>
        <source>approve the months before it first</source>
        <translation>approve the months before it first</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
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
        <source>New participants</source>
        <translation>New participants</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Contributions counted</source>
        <translation>Contributions counted</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>Agents' total</source>
        <translation>Agents' total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Receives</translation>
    </message>
    <message>
        <source>(no wadah)</source>
        <translation>(no wadah)</translation>
    </message>
    <message>
        <source>Double-click an agent to see the participants and payments behind the line.</source>
        <translation>Double-click an agent to see the participants and payments behind the line.</translation>
    </message>
    <message>
        <source>Adjustments: %1</source>
        <translation>Adjustments: %1</translation>
    </message>
</context>
</TS>