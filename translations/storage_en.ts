<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose a new file name</source>
        <translation>%1 exists already; choose a new file name</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump failed: %1</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2 could not be renamed</source>
        <translation>backup to %1 failed: %2 could not be renamed</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>row %1 could not be written: %2</source>
        <translation>row %1 could not be written: %2</translation>
    </message>
    <message>
        <source>COPY could not be ended: %1</source>
        <translation>COPY could not be ended: %1</translation>
    </message>
    <message>
        <source>COPY failed: %1</source>
        <translation>COPY failed: %1</translation>
    </message>
    <message>
        <source>COPY was refused: %1</source>
        <translation>COPY was refused: %1</translation>
    </message>
    <message>
        <source>no native SQLite handle</source>
        <translation>no native SQLite handle</translation>
    </message>
    <message>
        <source>cannot prepare the insert into %1: %2</source>
        <translation>cannot prepare the insert into %1: %2</translation>
    </message>
    <message>
        <source>no native PostgreSQL handle (%1)</source>
        <translation>no native PostgreSQL handle (%1)</translation>
    </message>
    <message>
        <source>cannot start COPY into %1: %2</source>
        <translation>cannot start COPY into %1: %2</translation>
    </message>
    <message>
        <source>row %1 has %2 values, %3 expected</source>
        <translation>row %1 has %2 values, %3 expected</translation>
    </message>
    <message>
        <source>rows %1 to %2 could not be written: %3</source>
        <translation>rows %1 to %2 could not be written: %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot open the database file %1: %2</source>
        <translation>cannot open the database file %1: %2</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server %1: %2</source>
        <translation>cannot reach the PostgreSQL server %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 is not a usable SQLite database: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: %2</source>
        <translation>%1 is not a SQLite database: %2</translation>
    </message>
    <message>
        <source>cannot create the database file %1: %2</source>
        <translation>cannot create the database file %1: %2</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>%1 participants point to an agent that does not exist</source>
        <translation>%1 participants point to an agent that does not exist</translation>
    </message>
    <message>
        <source>%1 contributions belong to no participant</source>
        <translation>%1 contributions belong to no participant</translation>
    </message>
    <message>
        <source>%1 contributions have an impossible month</source>
        <translation>%1 contributions have an impossible month</translation>
    </message>
    <message>
        <source>%1 contributions have no positive amount</source>
        <translation>%1 contributions have no positive amount</translation>
    </message>
    <message>
        <source>%1 agreements end before they start</source>
        <translation>%1 agreements end before they start</translation>
    </message>
    <message>
        <source>%1 agents belong to no office</source>
        <translation>%1 agents belong to no office</translation>
    </message>
    <message>
        <source>%1 office-months have summaries that disagree with the registrations (run the summary refresh)</source>
        <translation>%1 office-months have summaries that disagree with the registrations (run the summary refresh)</translation>
    </message>
    <message>
        <source>schema version %1 is older than %2</source>
        <translation>schema version %1 is older than %2</translation>
    </message>
    <message>
        <source>file damage: %1</source>
        <translation>file damage: %1</translation>
    </message>
    <message>
        <source>%1 rows refer to rows that do not exist</source>
        <translation>%1 rows refer to rows that do not exist</translation>
    </message>
    <message>
        <source>agent %1: %2</source>
        <translation>agent %1: %2</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>no database given</source>
        <translation>no database given</translation>
    </message>
    <message>
        <source>"%1" is not a postgresql://user@host:port/dbname URL</source>
        <translation>"%1" is not a postgresql://user@host:port/dbname URL</translation>
    </message>
    <message>
        <source>a password in the database URL is not accepted; use PGPASSWORD or a .pgpass file</source>
        <translation>a password in the database URL is not accepted; use PGPASSWORD or a .pgpass file</translation>
    </message>
    <message>
        <source>the database URL "%1" names no database</source>
        <translation>the database URL "%1" names no database</translation>
    </message>
    <message>
        <source>"%1": only SQLite files and postgresql:// URLs are supported</source>
        <translation>"%1": only SQLite files and postgresql:// URLs are supported</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>cannot prepare the database for its schema: %1</source>
        <translation>cannot prepare the database for its schema: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2); install a newer Perisai Desk</source>
        <translation>the database has schema version %1, newer than this program knows (%2); install a newer Perisai Desk</translation>
    </message>
    <message>
        <source>migration %1 is missing</source>
        <translation>migration %1 is missing</translation>
    </message>
    <message>
        <source>schema upgrade %1 (%2) failed: %3</source>
        <translation>schema upgrade %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>the database needs schema upgrade %1 -&gt; %2, which only its owner role (perisai_owner) or a superuser may run; ask the server's administrator to start Perisai Desk once with that login</source>
        <translation>the database needs schema upgrade %1 -&gt; %2, which only its owner role (perisai_owner) or a superuser may run; ask the server's administrator to start Perisai Desk once with that login</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>no transaction to commit</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>the change could not be saved: %1</translation>
    </message>
</context>
</TS>