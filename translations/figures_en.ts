<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DrillDownText</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidate</translation>
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
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Perisai</source>
        <translation>Perisai</translation>
    </message>
    <message>
        <source>other channel</source>
        <translation>other channel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Wadah</source>
        <translation>Wadah</translation>
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
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Active recruits</source>
        <translation>Active recruits</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 lies in the future: the data reach up to %2</source>
        <translation>%1 lies in the future: the data reach up to %2</translation>
    </message>
    <message>
        <source>there are no data for %1 yet: the data reach up to %2</source>
        <translation>there are no data for %1 yet: the data reach up to %2</translation>
    </message>
    <message>
        <source>, data up to %1</source>
        <translation>, data up to %1</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source># Indicators

Every figure Perisai Desk shows, with the one definition it has in every view (dashboard, roster, agent detail, projector, PDF reports, `kpi`). The window shows the same text as the tooltip of each tile and column. A period that reaches past the last month with data is cut at that month, and every view says so ("January–November 2026, data up to November 2026"); a period wholly after it is refused.

Definitions: shared/design/domain.md, "Indicators". This file is written from the glossary in modules/figures/glossary.cpp; a test keeps the two the same.
</source>
        <translation># Indicators

Every figure Perisai Desk shows, with the one definition it has in every view (dashboard, roster, agent detail, projector, PDF reports, `kpi`). The window shows the same text as the tooltip of each tile and column. A period that reaches past the last month with data is cut at that month, and every view says so ("January–November 2026, data up to November 2026"); a period wholly after it is refused.

Definitions: shared/design/domain.md, "Indicators". This file is written from the glossary in modules/figures/glossary.cpp; a test keeps the two the same.
</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Participants registered by Perisai agents in the period, counted by registration date. Participants who came through other channels are not acquisitions.</source>
        <translation>Participants registered by Perisai agents in the period, counted by registration date. Participants who came through other channels are not acquisitions.</translation>
    </message>
    <message>
        <source>Same months last year</source>
        <translation>Same months last year</translation>
    </message>
    <message>
        <source>Acquisitions in the same months one year earlier.</source>
        <translation>Acquisitions in the same months one year earlier.</translation>
    </message>
    <message>
        <source>Whole of last year</source>
        <translation>Whole of last year</translation>
    </message>
    <message>
        <source>Acquisitions in January–December of the year before the period's last month.</source>
        <translation>Acquisitions in January–December of the year before the period's last month.</translation>
    </message>
    <message>
        <source>Year-end outlook</source>
        <translation>Year-end outlook</translation>
    </message>
    <message>
        <source>Where the year's acquisitions land in December: along last year's monthly shape when last year is known (seasonal), else the year so far scaled to twelve months (run-rate).</source>
        <translation>Where the year's acquisitions land in December: along last year's monthly shape when last year is known (seasonal), else the year so far scaled to twelve months (run-rate).</translation>
    </message>
    <message>
        <source>Active participants</source>
        <translation>Active participants</translation>
    </message>
    <message>
        <source>Participants of the office through any channel whose contribution for the period's last month is paid, whenever it was paid.</source>
        <translation>Participants of the office through any channel whose contribution for the period's last month is paid, whenever it was paid.</translation>
    </message>
    <message>
        <source>Recruits paying</source>
        <translation>Recruits paying</translation>
    </message>
    <message>
        <source>Participants recruited by agents (the agent's own, or those of the agents of a wadah or office) whose contribution for the period's last month is paid, whenever it was paid.</source>
        <translation>Participants recruited by agents (the agent's own, or those of the agents of a wadah or office) whose contribution for the period's last month is paid, whenever it was paid.</translation>
    </message>
    <message>
        <source>Contributions of recruits</source>
        <translation>Contributions of recruits</translation>
    </message>
    <message>
        <source>Contributions paid for the months of the period by participants recruited by agents, through any channel, in rupiah.</source>
        <translation>Contributions paid for the months of the period by participants recruited by agents, through any channel, in rupiah.</translation>
    </message>
    <message>
        <source>Collected by agents</source>
        <translation>Collected by agents</translation>
    </message>
    <message>
        <source>Contributions for the months of the period that the agents collected themselves (channel AGEN), in rupiah.</source>
        <translation>Contributions for the months of the period that the agents collected themselves (channel AGEN), in rupiah.</translation>
    </message>
    <message>
        <source>Retention at 3, 6 and 12 months</source>
        <translation>Retention at 3, 6 and 12 months</translation>
    </message>
    <message>
        <source>Of the participants recruited by agents in the months of the period, the share whose contribution for the 3rd (6th, 12th) month after registration is paid. Only months of registration already that old count; "–" when none is yet.</source>
        <translation>Of the participants recruited by agents in the months of the period, the share whose contribution for the 3rd (6th, 12th) month after registration is paid. Only months of registration already that old count; "–" when none is yet.</translation>
    </message>
    <message>
        <source>Retention due at 3 months</source>
        <translation>Retention due at 3 months</translation>
    </message>
    <message>
        <source>Of the participants an agent recruited three months before each month of the period, the share paid up for that month: the 3-month retention that falls due within the period (Monev review and the best retention award).</source>
        <translation>Of the participants an agent recruited three months before each month of the period, the share paid up for that month: the 3-month retention that falls due within the period (Monev review and the best retention award).</translation>
    </message>
    <message>
        <source>Retention curve</source>
        <translation>Retention curve</translation>
    </message>
    <message>
        <source>Retention at 0 to 12 months of the participants registered in the 24 months up to the period's last month, agents' recruits against other channels; each point counts only the months old enough.</source>
        <translation>Retention at 0 to 12 months of the participants registered in the 24 months up to the period's last month, agents' recruits against other channels; each point counts only the months old enough.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>New participants to recruit in the period, from the targets table: a year's monthly targets within the period, or its whole-year target spread evenly over twelve months. An office without a target of its own shows the sum of the offices, wadah and agents below it, a wadah without one the sum of its agents', and says so.</source>
        <translation>New participants to recruit in the period, from the targets table: a year's monthly targets within the period, or its whole-year target spread evenly over twelve months. An office without a target of its own shows the sum of the offices, wadah and agents below it, a wadah without one the sum of its agents', and says so.</translation>
    </message>
    <message>
        <source>Target achievement</source>
        <translation>Target achievement</translation>
    </message>
    <message>
        <source>Acquisitions ÷ target of the same period. Above the target cap it is marked for review, not as a failure.</source>
        <translation>Acquisitions ÷ target of the same period. Above the target cap it is marked for review, not as a failure.</translation>
    </message>
    <message>
        <source>Target cap</source>
        <translation>Target cap</translation>
    </message>
    <message>
        <source>The program rule in force at the period's end: agents' acquisitions count towards the target up to this share of it (100 % since 2022).</source>
        <translation>The program rule in force at the period's end: agents' acquisitions count towards the target up to this share of it (100 % since 2022).</translation>
    </message>
    <message>
        <source>PKS target</source>
        <translation>PKS target</translation>
    </message>
    <message>
        <source>New participants the wadah agreed to bring in over the whole term of its partnership agreement, as written in the PKS. It is not the target of the targets table.</source>
        <translation>New participants the wadah agreed to bring in over the whole term of its partnership agreement, as written in the PKS. It is not the target of the targets table.</translation>
    </message>
    <message>
        <source>PKS monthly minimum</source>
        <translation>PKS monthly minimum</translation>
    </message>
    <message>
        <source>Acquisitions a month written in the PKS; a wadah below it for several months in a row (3 since 2022) is flagged for a review of its PKS.</source>
        <translation>Acquisitions a month written in the PKS; a wadah below it for several months in a row (3 since 2022) is flagged for a review of its PKS.</translation>
    </message>
    <message>
        <source>Agents registered</source>
        <translation>Agents registered</translation>
    </message>
    <message>
        <source>Agents who had joined by the period's last day and were past candidate and not dismissed on that day (active or inactive).</source>
        <translation>Agents who had joined by the period's last day and were past candidate and not dismissed on that day (active or inactive).</translation>
    </message>
    <message>
        <source>Productive agents</source>
        <translation>Productive agents</translation>
    </message>
    <message>
        <source>Agents with an acquisition or a contribution they collected in the period's last month.</source>
        <translation>Agents with an acquisition or a contribution they collected in the period's last month.</translation>
    </message>
    <message>
        <source>Agents on the list</source>
        <translation>Agents on the list</translation>
    </message>
    <message>
        <source>Every agent on record, whatever the status: candidates and dismissed agents included.</source>
        <translation>Every agent on record, whatever the status: candidates and dismissed agents included.</translation>
    </message>
    <message>
        <source>Recruits since joining</source>
        <translation>Recruits since joining</translation>
    </message>
    <message>
        <source>Every participant the agent has registered, in all months with data.</source>
        <translation>Every participant the agent has registered, in all months with data.</translation>
    </message>
    <message>
        <source>Informal workers covered</source>
        <translation>Informal workers covered</translation>
    </message>
    <message>
        <source>Active participants ÷ informal workers of the office's region (reference figures of the period's year, or the latest year before it).</source>
        <translation>Active participants ÷ informal workers of the office's region (reference figures of the period's year, or the latest year before it).</translation>
    </message>
    <message>
        <source>Perisai share</source>
        <translation>Perisai share</translation>
    </message>
    <message>
        <source>Recruits paying ÷ active participants: the agents' part of the protected informal workers.</source>
        <translation>Recruits paying ÷ active participants: the agents' part of the protected informal workers.</translation>
    </message>
    <message>
        <source>UCJ contribution</source>
        <translation>UCJ contribution</translation>
    </message>
    <message>
        <source>Recruits paying ÷ working population of the office's region (reference figures).</source>
        <translation>Recruits paying ÷ working population of the office's region (reference figures).</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Claims dated in the period of participants recruited by agents: how many and the benefit paid, by program.</source>
        <translation>Claims dated in the period of participants recruited by agents: how many and the benefit paid, by program.</translation>
    </message>
    <message>
        <source>Monev sessions</source>
        <translation>Monev sessions</translation>
    </message>
    <message>
        <source>Monev sessions of the office and its wadah held (or closed) in the period.</source>
        <translation>Monev sessions of the office and its wadah held (or closed) in the period.</translation>
    </message>
    <message>
        <source>Monev attendance</source>
        <translation>Monev attendance</translation>
    </message>
    <message>
        <source>Agents present ÷ agents invited, over the Monev sessions held in the period.</source>
        <translation>Agents present ÷ agents invited, over the Monev sessions held in the period.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Monev action items agreed on or before the day and not done by then. The day is today when the period reaches the last month with data, else the period's last day.</source>
        <translation>Monev action items agreed on or before the day and not done by then. The day is today when the period reaches the last month with data, else the period's last day.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Open actions whose due date had passed on the day.</source>
        <translation>Open actions whose due date had passed on the day.</translation>
    </message>
    <message>
        <source>PKS in force</source>
        <translation>PKS in force</translation>
    </message>
    <message>
        <source>Partnership agreements signed, started and neither ended nor terminated on the day, renewals included.</source>
        <translation>Partnership agreements signed, started and neither ended nor terminated on the day, renewals included.</translation>
    </message>
    <message>
        <source>PKS ending within 30, 60, 90 days</source>
        <translation>PKS ending within 30, 60, 90 days</translation>
    </message>
    <message>
        <source>PKS in force on the day and not yet renewed that end within 30, 60 or 90 days. Each count includes the shorter ones: "within 60 days" includes those within 30.</source>
        <translation>PKS in force on the day and not yet renewed that end within 30, 60 or 90 days. Each count includes the shorter ones: "within 60 days" includes those within 30.</translation>
    </message>
    <message>
        <source>PKS expired</source>
        <translation>PKS expired</translation>
    </message>
    <message>
        <source>PKS that ended before the day and were neither renewed nor terminated.</source>
        <translation>PKS that ended before the day and were neither renewed nor terminated.</translation>
    </message>
    <message>
        <source>PKS terminated</source>
        <translation>PKS terminated</translation>
    </message>
    <message>
        <source>PKS terminated on or before the day.</source>
        <translation>PKS terminated on or before the day.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Agents ordered by acquisitions, then recruits paying, then collected by agents; equal figures share a rank (1, 2, 2, 4).</source>
        <translation>Agents ordered by acquisitions, then recruits paying, then collected by agents; equal figures share a rank (1, 2, 2, 4).</translation>
    </message>
    <message>
        <source>Paid only the first month</source>
        <translation>Paid only the first month</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: of the agent's recruits registered in the period and observed at least 3 months (at least 10 of them), the share that paid for the registration month and no later month, when it is at least twice the office's share and at least 20 points above it.</source>
        <translation>A fraud signal, for a person to review: of the agent's recruits registered in the period and observed at least 3 months (at least 10 of them), the share that paid for the registration month and no later month, when it is at least twice the office's share and at least 20 points above it.</translation>
    </message>
    <message>
        <source>Re-registered NIK</source>
        <translation>Re-registered NIK</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: at least 3 of the agent's registrations in the period carry a NIK that an earlier participant had.</source>
        <translation>A fraud signal, for a person to review: at least 3 of the agent's registrations in the period carry a NIK that an earlier participant had.</translation>
    </message>
    <message>
        <source>Registrations bunched at the incentive threshold</source>
        <translation>Registrations bunched at the incentive threshold</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: in at least 2 months of the period the agent's new participants ended within the incentive threshold and 2 above it (25–27 under the 2022 rule), with at least half of them registered in the month's last 5 days.</source>
        <translation>A fraud signal, for a person to review: in at least 2 months of the period the agent's new participants ended within the incentive threshold and 2 above it (25–27 under the 2022 rule), with at least half of them registered in the month's last 5 days.</translation>
    </message>
    <message>
        <source>Recruits stopped paying together</source>
        <translation>Recruits stopped paying together</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: of the agent's recruits who paid for some month of the period, at least 70 % (and at least 10 people) paid for no later month, while at most half of the office's other payers of that month stopped.</source>
        <translation>A fraud signal, for a person to review: of the agent's recruits who paid for some month of the period, at least 70 % (and at least 10 people) paid for no later month, while at most half of the office's other payers of that month stopped.</translation>
    </message>
    <message>
        <source>Recruits sharing a phone number</source>
        <translation>Recruits sharing a phone number</translation>
    </message>
    <message>
        <source>A fraud signal, for a person to review: at least 5 people on one phone number among the agent's recruits registered in the period, the agent counted when the number is the agent's own.</source>
        <translation>A fraud signal, for a person to review: at least 5 people on one phone number among the agent's recruits registered in the period, the agent counted when the number is the agent's own.</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>Active agents</translation>
    </message>
    <message>
        <source>Of the agents registered on the period's last day, those active on that day: their status on record is active, or it became inactive or dismissed only after that day. Candidates are not counted, nor agents inactive or dismissed on or before that day. A wadah counts its own agents; a KCP or branch the agents of its office and of the offices below it.</source>
        <translation>Of the agents registered on the period's last day, those active on that day: their status on record is active, or it became inactive or dismissed only after that day. Candidates are not counted, nor agents inactive or dismissed on or before that day. A wadah counts its own agents; a KCP or branch the agents of its office and of the offices below it.</translation>
    </message>
    <message>
        <source>PKS renewed in the period</source>
        <translation>PKS renewed in the period</translation>
    </message>
    <message>
        <source>Renewals signed on a day of the period (on their first day when the signing day is not recorded); a renewal still in draft is not counted.</source>
        <translation>Renewals signed on a day of the period (on their first day when the signing day is not recorded); a renewal still in draft is not counted.</translation>
    </message>
    <message>
        <source>PKS terminated in the period</source>
        <translation>PKS terminated in the period</translation>
    </message>
    <message>
        <source>PKS terminated on a day of the period.</source>
        <translation>PKS terminated on a day of the period.</translation>
    </message>
    <message>
        <source>Gain on the previous period</source>
        <translation>Gain on the previous period</translation>
    </message>
    <message>
        <source>Acquisitions in the period less those in the period of equal length just before it (the Monev award for the most improved agent).</source>
        <translation>Acquisitions in the period less those in the period of equal length just before it (the Monev award for the most improved agent).</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>no agent with code %1</source>
        <translation>no agent with code %1</translation>
    </message>
    <message>
        <source>no wadah with code %1</source>
        <translation>no wadah with code %1</translation>
    </message>
    <message>
        <source>the database holds no offices</source>
        <translation>the database holds no offices</translation>
    </message>
    <message>
        <source>no office with code %1</source>
        <translation>no office with code %1</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>%1 of %2 recruits observed at least %3 months paid only the first month</source>
        <translation>%1 of %2 recruits observed at least %3 months paid only the first month</translation>
    </message>
    <message>
        <source>%1 of %2 registrations in the period carry a NIK that an earlier participant had</source>
        <translation>%1 of %2 registrations in the period carry a NIK that an earlier participant had</translation>
    </message>
    <message>
        <source>In %1 months the new participants ended at or just above the incentive threshold (%2); %3 of them were registered in the last %4 days of the month</source>
        <translation>In %1 months the new participants ended at or just above the incentive threshold (%2); %3 of them were registered in the last %4 days of the month</translation>
    </message>
    <message>
        <source>%1 of %2 recruits who paid for %3 paid for no later month; of the office's other payers %4 did so</source>
        <translation>%1 of %2 recruits who paid for %3 paid for no later month; of the office's other payers %4 did so</translation>
    </message>
    <message>
        <source>%1 recruits were registered with the agent's own phone number</source>
        <translation>%1 recruits were registered with the agent's own phone number</translation>
    </message>
    <message>
        <source>%1 recruits were registered with one phone number</source>
        <translation>%1 recruits were registered with one phone number</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>sum of the targets of the offices below</source>
        <translation>sum of the targets of the offices below</translation>
    </message>
    <message>
        <source>sum of the wadah targets</source>
        <translation>sum of the wadah targets</translation>
    </message>
    <message>
        <source>sum of the agents' targets</source>
        <translation>sum of the agents' targets</translation>
    </message>
    <message>
        <source>sum of the targets set below (offices, wadah, agents)</source>
        <translation>sum of the targets set below (offices, wadah, agents)</translation>
    </message>
</context>
<context>
    <name>Workforce</name>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>the region is empty</source>
        <translation>the region is empty</translation>
    </message>
    <message>
        <source>%1 is not a plausible year</source>
        <translation>%1 is not a plausible year</translation>
    </message>
    <message>
        <source>figures cannot be negative</source>
        <translation>figures cannot be negative</translation>
    </message>
    <message>
        <source>more informal workers than the labour force</source>
        <translation>more informal workers than the labour force</translation>
    </message>
    <message>
        <source>%1 %2 is already in row %3</source>
        <translation>%1 %2 is already in row %3</translation>
    </message>
    <message>
        <source>Reference figures %1 %2 deleted</source>
        <translation>Reference figures %1 %2 deleted</translation>
    </message>
    <message>
        <source>Reference figures %1 %2 saved</source>
        <translation>Reference figures %1 %2 saved</translation>
    </message>
    <message>
        <source>The reference figures were changed on another desk by %1 at %2 since they were read here; nothing was saved. Open them again.</source>
        <translation>The reference figures were changed on another desk by %1 at %2 since they were read here; nothing was saved. Open them again.</translation>
    </message>
    <message>
        <source>The reference figures were changed elsewhere since they were read here; nothing was saved. Open them again.</source>
        <translation>The reference figures were changed elsewhere since they were read here; nothing was saved. Open them again.</translation>
    </message>
</context>
</TS>