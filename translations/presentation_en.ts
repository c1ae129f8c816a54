<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AchievementSlide</name>
    <message>
        <source>Target achievement</source>
        <translation>Target achievement</translation>
    </message>
    <message>
        <source>Acquisitions against target by wadah, %1</source>
        <translation>Acquisitions against target by wadah, %1</translation>
    </message>
    <message>
        <source>No wadah has a target for these months</source>
        <translation>No wadah has a target for these months</translation>
    </message>
    <message>
        <source>%1 of %2 wadah at or above target</source>
        <translation>%1 of %2 wadah at or above target</translation>
    </message>
    <message>
        <source>%1, no target</source>
        <translation>%1, no target</translation>
    </message>
    <message>
        <source>white mark: the target</source>
        <translation>white mark: the target</translation>
    </message>
    <message>
        <source>and %1 more wadah</source>
        <translation>and %1 more wadah</translation>
    </message>
    <message>
        <source>▲ above the %1 cap</source>
        <translation>▲ above the %1 cap</translation>
    </message>
    <message>
        <source>Acquisitions against target by KCP and the branch's own wadah, %1</source>
        <translation>Acquisitions against target by KCP and the branch's own wadah, %1</translation>
    </message>
    <message>
        <source>No KCP or wadah has a target for these months</source>
        <translation>No KCP or wadah has a target for these months</translation>
    </message>
    <message>
        <source>%1 of %2 KCP and wadah at or above target</source>
        <translation>%1 of %2 KCP and wadah at or above target</translation>
    </message>
    <message>
        <source>and %1 more KCP or wadah</source>
        <translation>and %1 more KCP or wadah</translation>
    </message>
</context>
<context>
    <name>AcquisitionsSlide</name>
    <message>
        <source>Acquisitions against last year</source>
        <translation>Acquisitions against last year</translation>
    </message>
    <message>
        <source>New participants registered by Perisai agents each month, %1 and %2</source>
        <translation>New participants registered by Perisai agents each month, %1 and %2</translation>
    </message>
    <message>
        <source>no figures for the same months of %1</source>
        <translation>no figures for the same months of %1</translation>
    </message>
    <message>
        <source>%1%2 against %3 a year earlier</source>
        <translation>%1%2 against %3 a year earlier</translation>
    </message>
    <message>
        <source>Whole of %1</source>
        <translation>Whole of %1</translation>
    </message>
    <message>
        <source>at the pace so far</source>
        <translation>at the pace so far</translation>
    </message>
    <message>
        <source>would beat %1</source>
        <translation>would beat %1</translation>
    </message>
    <message>
        <source>would stay below %1</source>
        <translation>would stay below %1</translation>
    </message>
    <message>
        <source>Outlook for %1</source>
        <translation>Outlook for %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Against %1</translation>
    </message>
    <message>
        <source>last year beaten</source>
        <translation>last year beaten</translation>
    </message>
    <message>
        <source>below last year</source>
        <translation>below last year</translation>
    </message>
</context>
<context>
    <name>AgreementsSlide</name>
    <message>
        <source>Partnership agreements (PKS)</source>
        <translation>Partnership agreements (PKS)</translation>
    </message>
    <message>
        <source>The wadah's agreements as of %1</source>
        <translation>The wadah's agreements as of %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>End within 30 days</source>
        <translation>End within 30 days</translation>
    </message>
    <message>
        <source>End within 90 days</source>
        <translation>End within 90 days</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>Expired, not renewed</translation>
    </message>
    <message numerus="yes">
        <source>%n terminated this year</source>
        <translation>
            <numerusform>%n terminated this year</numerusform>
            <numerusform>%n terminated this year</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement ends within 90 days</source>
        <translation>No agreement ends within 90 days</translation>
    </message>
    <message>
        <source>To renew</source>
        <translation>To renew</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>ends today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>no Monev session with the number %1</source>
        <translation>no Monev session with the number %1</translation>
    </message>
</context>
<context>
    <name>FollowUpSlide</name>
    <message>
        <source>Obstacles and follow-up</source>
        <translation>Obstacles and follow-up</translation>
    </message>
    <message>
        <source>Obstacles raised at this session; actions as of %1</source>
        <translation>Obstacles raised at this session; actions as of %1</translation>
    </message>
    <message numerus="yes">
        <source>Obstacles raised at %n Monev session(s) in %1; actions as of %2</source>
        <translation>
            <numerusform>Obstacles raised at %n Monev session in %1; actions as of %2</numerusform>
            <numerusform>Obstacles raised at %n Monev sessions in %1; actions as of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Obstacles (%1)</source>
        <translation>Obstacles (%1)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
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
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No action is overdue</source>
        <translation>No action is overdue</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more overdue: see Monev &gt; Follow-up</source>
        <translation>
            <numerusform>and %n more overdue: see Monev &gt; Follow-up</numerusform>
            <numerusform>and %n more overdue: see Monev &gt; Follow-up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsSlide</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1%2 against %3 a year earlier</source>
        <translation>%1%2 against %3 a year earlier</translation>
    </message>
    <message>
        <source>no acquisitions in the same months a year earlier</source>
        <translation>no acquisitions in the same months a year earlier</translation>
    </message>
    <message>
        <source>%1 of the target of %2</source>
        <translation>%1 of the target of %2</translation>
    </message>
    <message>
        <source>no target set for these months</source>
        <translation>no target set for these months</translation>
    </message>
    <message>
        <source>above the %1 cap: counted up to the cap</source>
        <translation>above the %1 cap: counted up to the cap</translation>
    </message>
    <message>
        <source>Perisai recruits paid up for %1</source>
        <translation>Perisai recruits paid up for %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>with an acquisition or a collection in %1</source>
        <translation>with an acquisition or a collection in %1</translation>
    </message>
    <message>
        <source>of recruits still paying three months after joining</source>
        <translation>of recruits still paying three months after joining</translation>
    </message>
    <message>
        <source>paid by Perisai recruits in these months</source>
        <translation>paid by Perisai recruits in these months</translation>
    </message>
    <message>
        <source>Retention at 3 months</source>
        <translation>Retention at 3 months</translation>
    </message>
</context>
<context>
    <name>LeaderboardSlide</name>
    <message>
        <source>Leaderboard and awards</source>
        <translation>Leaderboard and awards</translation>
    </message>
    <message>
        <source>Agents with the most acquisitions, %1</source>
        <translation>Agents with the most acquisitions, %1</translation>
    </message>
    <message>
        <source>Most acquisitions</source>
        <translation>Most acquisitions</translation>
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
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>No acquisitions by agents in these months</source>
        <translation>No acquisitions by agents in these months</translation>
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
</context>
<context>
    <name>RetentionSlide</name>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Share of the participants registered %1 still paying</source>
        <translation>Share of the participants registered %1 still paying</translation>
    </message>
    <message>
        <source>Perisai agents</source>
        <translation>Perisai agents</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Other channels</translation>
    </message>
    <message>
        <source>months after joining</source>
        <translation>months after joining</translation>
    </message>
    <message numerus="yes">
        <source>After %n month(s)</source>
        <translation>
            <numerusform>After %n month</numerusform>
            <numerusform>After %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>other channels: %1</source>
        <translation>other channels: %1</translation>
    </message>
    <message>
        <source>No participants registered by agents in these months</source>
        <translation>No participants registered by agents in these months</translation>
    </message>
</context>
<context>
    <name>TitleSlide</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Results of %1</translation>
    </message>
    <message>
        <source>%1 of %2 invited agents present</source>
        <translation>%1 of %2 invited agents present</translation>
    </message>
    <message>
        <source>Perisai agent results</source>
        <translation>Perisai agent results</translation>
    </message>
    <message>
        <source>Monitoring and evaluation of Perisai agents</source>
        <translation>Monitoring and evaluation of Perisai agents</translation>
    </message>
</context>
<context>
    <name>perisai::presentation::ProjectorPage</name>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Slides for a Monev meeting from the current figures, full screen on the display you choose</source>
        <translation>Slides for a Monev meeting from the current figures, full screen on the display you choose</translation>
    </message>
    <message>
        <source>Monev session</source>
        <translation>Monev session</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Start projector</source>
        <translation>Start projector</translation>
    </message>
    <message>
        <source>On the projector: →, Page Down or Space for the next slide, ← or Page Up for the previous one, a number and Enter to jump, B for a black screen, R to read the figures again, Esc to leave. Names are shown; NIK and phone numbers never.</source>
        <translation>On the projector: →, Page Down or Space for the next slide, ← or Page Up for the previous one, a number and Enter to jump, B for a black screen, R to read the figures again, Esc to leave. Names are shown; NIK and phone numbers never.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Read figures again</source>
        <translation>Read figures again</translation>
    </message>
    <message>
        <source>Save slides as images…</source>
        <translation>Save slides as images…</translation>
    </message>
    <message>
        <source> (main display)</source>
        <translation> (main display)</translation>
    </message>
    <message>
        <source>Reading Monev sessions</source>
        <translation>Reading Monev sessions</translation>
    </message>
    <message>
        <source>None: the year so far</source>
        <translation>None: the year so far</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
    <message>
        <source>Preparing the projector slides</source>
        <translation>Preparing the projector slides</translation>
    </message>
    <message>
        <source>The slides could not be prepared: %1</source>
        <translation>The slides could not be prepared: %1</translation>
    </message>
    <message>
        <source>Figures of %1 for %2, read at %3.</source>
        <translation>Figures of %1 for %2, read at %3.</translation>
    </message>
    <message>
        <source>Choose at least one slide.</source>
        <translation>Choose at least one slide.</translation>
    </message>
    <message>
        <source>Save slides as images</source>
        <translation>Save slides as images</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) saved in %1</source>
        <translation>
            <numerusform>%n slide saved in %1</numerusform>
            <numerusform>%n slides saved in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>Display %1</translation>
    </message>
</context>
<context>
    <name>perisai::presentation::ProjectorWindow</name>
    <message>
        <source>Perisai Desk projector</source>
        <translation>Perisai Desk projector</translation>
    </message>
    <message>
        <source>→ next   ← previous   B black screen   Esc leave</source>
        <translation>→ next   ← previous   B black screen   Esc leave</translation>
    </message>
    <message>
        <source>Go to slide %1 (Enter)</source>
        <translation>Go to slide %1 (Enter)</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
</context>
</TS>