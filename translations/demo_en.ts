<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Demo</name>
    <message>
        <source>Fills a new database with demo data: a branch (or a province) with its agents, wadah, participants, contributions, claims, targets, agreements and Monev meetings.</source>
        <translation>Fills a new database with demo data: a branch (or a province) with its agents, wadah, participants, contributions, claims, targets, agreements and Monev meetings.</translation>
    </message>
    <message>
        <source>s (one branch, ~10 thousand participants), m (~300 thousand) or l (a province, ~3 million).</source>
        <translation>s (one branch, ~10 thousand participants), m (~300 thousand) or l (a province, ~3 million).</translation>
    </message>
    <message>
        <source>Reproduce the figures of a news article: cilacap or ntb.</source>
        <translation>Reproduce the figures of a news article: cilacap or ntb.</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 1).</source>
        <translation>Random seed: the same seed gives the same data (default 1).</translation>
    </message>
    <message>
        <source>Last month of the data (default: the last complete month).</source>
        <translation>Last month of the data (default: the last complete month).</translation>
    </message>
    <message>
        <source>demo: unknown size "%1" (use s, m or l)</source>
        <translation>demo: unknown size "%1" (use s, m or l)</translation>
    </message>
    <message>
        <source>demo: unknown preset "%1" (use cilacap or ntb)</source>
        <translation>demo: unknown preset "%1" (use cilacap or ntb)</translation>
    </message>
    <message>
        <source>demo: a preset fixes its own size and months; leave out --size and --until</source>
        <translation>demo: a preset fixes its own size and months; leave out --size and --until</translation>
    </message>
    <message>
        <source>demo: --seed takes a whole number, not "%1"</source>
        <translation>demo: --seed takes a whole number, not "%1"</translation>
    </message>
    <message>
        <source>demo: --until takes a month as YYYY-MM, not "%1"</source>
        <translation>demo: --until takes a month as YYYY-MM, not "%1"</translation>
    </message>
    <message>
        <source>demo: %1 already holds data; use a new file</source>
        <translation>demo: %1 already holds data; use a new file</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>demo data %1..%2: %3 offices, %4 wadah, %5 agents, %6 participants, %7 contributions, %8 claims, %9 agreements, %10 Monev sessions (%11 s)</source>
        <translation>demo data %1..%2: %3 offices, %4 wadah, %5 agents, %6 participants, %7 contributions, %8 claims, %9 agreements, %10 Monev sessions (%11 s)</translation>
    </message>
    <message>
        <source>create demo data (sizes s, m, l; presets cilacap, ntb)</source>
        <translation>create demo data (sizes s, m, l; presets cilacap, ntb)</translation>
    </message>
    <message>
        <source>the database already holds data; demo data goes only into an empty database</source>
        <translation>the database already holds data; demo data goes only into an empty database</translation>
    </message>
    <message>
        <source>demo data cancelled; nothing was written</source>
        <translation>demo data cancelled; nothing was written</translation>
    </message>
    <message>
        <source>demo data created: %1, %2 participants (seed %3)</source>
        <translation>demo data created: %1, %2 participants (seed %3)</translation>
    </message>
    <message>
        <source>cannot rebuild indexes: %1</source>
        <translation>cannot rebuild indexes: %1</translation>
    </message>
</context>
</TS>