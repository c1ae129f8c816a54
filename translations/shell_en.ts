<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: perisai-desk [--database DB] [--lang id|en]     start the window
       perisai-desk COMMAND --database DB [options]   run without a window

DB is a SQLite file or a postgresql://user@host:port/dbname URL (password from PGPASSWORD or .pgpass).

Commands:
</source>
        <translation>Usage: perisai-desk [--database DB] [--lang id|en]     start the window
       perisai-desk COMMAND --database DB [options]   run without a window

DB is a SQLite file or a postgresql://user@host:port/dbname URL (password from PGPASSWORD or .pgpass).

Commands:
</translation>
    </message>
    <message>
        <source>
"perisai-desk COMMAND --help" describes a command's options.
</source>
        <translation>
"perisai-desk COMMAND --help" describes a command's options.
</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>the system keychain did not answer</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>this build has no keychain support</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Preparing demo data for a first look…</source>
        <translation>Preparing demo data for a first look…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Perisai Desk</source>
        <translation>Perisai Desk</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1
The database stays empty.</source>
        <translation>The demo data could not be created: %1
The database stays empty.</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>The database could not be opened:
%1</translation>
    </message>
</context>
<context>
    <name>perisai::shell::ConnectionDialog</name>
    <message>
        <source>A database file on this computer (SQLite)</source>
        <translation>A database file on this computer (SQLite)</translation>
    </message>
    <message>
        <source>A database server shared by several desks (PostgreSQL)</source>
        <translation>A database server shared by several desks (PostgreSQL)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or .pgpass</source>
        <translation>empty: from PGPASSWORD or .pgpass</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Perisai database (*.db);;All files (*)</source>
        <translation>Perisai database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Choose a database file.</translation>
    </message>
    <message>
        <source>Enter the server and the database name.</source>
        <translation>Enter the server and the database name.</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>Tick it with an empty password to remove the stored one.</source>
        <translation>Tick it with an empty password to remove the stored one.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>The password could not be kept in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>perisai::shell::FirstStartDialog</name>
    <message>
        <source>Perisai Desk: first start</source>
        <translation>Perisai Desk: first start</translation>
    </message>
    <message>
        <source>Welcome to Perisai Desk</source>
        <translation>Welcome to Perisai Desk</translation>
    </message>
    <message>
        <source>This database is still empty. How would you like to begin?</source>
        <translation>This database is still empty. How would you like to begin?</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Try it with demo data</translation>
    </message>
    <message>
        <source>A made-up branch with 2 KCP, 10 wadah, 50 agents and three years of figures, to look around. It is marked as demo data in the title bar; start your own database later from the File menu.</source>
        <translation>A made-up branch with 2 KCP, 10 wadah, 50 agents and three years of figures, to look around. It is marked as demo data in the title bar; start your own database later from the File menu.</translation>
    </message>
    <message>
        <source>Set up my branch office</source>
        <translation>Set up my branch office</translation>
    </message>
    <message>
        <source>Enter your branch and its KCP (a minute), then import your own wadah, agents, participants and contributions.</source>
        <translation>Enter your branch and its KCP (a minute), then import your own wadah, agents, participants and contributions.</translation>
    </message>
    <message>
        <source>Later: open the empty database</source>
        <translation>Later: open the empty database</translation>
    </message>
    <message>
        <source>Until offices are set up, this choice is offered at every start.</source>
        <translation>Until offices are set up, this choice is offered at every start.</translation>
    </message>
    <message>
        <source>Set up your branch office</source>
        <translation>Set up your branch office</translation>
    </message>
    <message>
        <source>Wadah, agents, participants and Monev sessions belong to an office: enter your branch (KC) and its KCP. Offices can be changed later on the Offices page, or imported as a file (import kind: offices).</source>
        <translation>Wadah, agents, participants and Monev sessions belong to an office: enter your branch (KC) and its KCP. Offices can be changed later on the Offices page, or imported as a file (import kind: offices).</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Save and start</translation>
    </message>
</context>
<context>
    <name>perisai::shell::MainWindow</name>
    <message>
        <source>Perisai Desk</source>
        <translation>Perisai Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show &amp;personal data (NIK, phone, account)</source>
        <translation>Show &amp;personal data (NIK, phone, account)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Perisai Desk</source>
        <translation>&amp;About Perisai Desk</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Perisai agent channel</source>
        <translation>Perisai agent channel</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>The open database</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Personal data masked</translation>
    </message>
    <message>
        <source>Personal data SHOWN</source>
        <translation>Personal data SHOWN</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>About Perisai Desk</source>
        <translation>About Perisai Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Perisai Desk %1&lt;/h3&gt;&lt;p&gt;The desk of a BPJS Ketenagakerjaan branch office for its Perisai agent channel: agents and wadah, Monev sessions, partnership agreements (PKS), charted performance, imports, reports and projector mode.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;&lt;p&gt;Personal data (NIK, phone, bank account) is protected under UU 27/2022 and is masked unless you choose to show it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Perisai Desk %1&lt;/h3&gt;&lt;p&gt;The desk of a BPJS Ketenagakerjaan branch office for its Perisai agent channel: agents and wadah, Monev sessions, partnership agreements (PKS), charted performance, imports, reports and projector mode.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;&lt;p&gt;Personal data (NIK, phone, bank account) is protected under UU 27/2022 and is masked unless you choose to show it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Perisai Desk – DEMO DATA</source>
        <translation>Perisai Desk – DEMO DATA</translation>
    </message>
    <message>
        <source>&amp;New branch database…</source>
        <translation>&amp;New branch database…</translation>
    </message>
    <message>
        <source>An empty database for your branch's own data: set up the branch and its KCP, then import</source>
        <translation>An empty database for your branch's own data: set up the branch and its KCP, then import</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data</source>
        <translation>Fill with &amp;demo data</translation>
    </message>
    <message>
        <source>Only an empty database takes demo data</source>
        <translation>Only an empty database takes demo data</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>This database holds made-up demo data. For your branch's own data use File → New branch database.</source>
        <translation>This database holds made-up demo data. For your branch's own data use File → New branch database.</translation>
    </message>
    <message>
        <source>New branch database</source>
        <translation>New branch database</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>This database already holds data; demo data goes only into an empty one. Use File → New branch database… for an empty one.</source>
        <translation>This database already holds data; demo data goes only into an empty one. Use File → New branch database… for an empty one.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language changes once this is finished (or cancelled):
%1</source>
        <translation>The language changes once this is finished (or cancelled):
%1</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>The logins of the offices you see: add one, disable one</source>
        <translation>The logins of the offices you see: add one, disable one</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>Who changed or looked at what, and when</source>
        <translation>Who changed or looked at what, and when</translation>
    </message>
    <message>
        <source>Logged in to the server as %1, working for %2</source>
        <translation>Logged in to the server as %1, working for %2</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>no office</translation>
    </message>
    <message>
        <source>The computer's user, named in the audit log</source>
        <translation>The computer's user, named in the audit log</translation>
    </message>
    <message>
        <source>This login works for no office, so it sees no rows. Ask an admin to give it an office.</source>
        <translation>This login works for no office, so it sees no rows. Ask an admin to give it an office.</translation>
    </message>
</context>
<context>
    <name>perisai::shell::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Hide these reminders until something in them changes</source>
        <translation>Hide these reminders until something in them changes</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the first reminder</source>
        <translation>Show only the first reminder</translation>
    </message>
    <message>
        <source>Show every reminder</source>
        <translation>Show every reminder</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>perisai::shell::TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>perisai::shell::WindowController</name>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>The database could not be opened:
%1</translation>
    </message>
    <message>
        <source>New branch database</source>
        <translation>New branch database</translation>
    </message>
    <message>
        <source>The database could not be created:
%1</source>
        <translation>The database could not be created:
%1</translation>
    </message>
    <message>
        <source>%1 already holds offices. Choose a new file name, or an empty database on the server.</source>
        <translation>%1 already holds offices. Choose a new file name, or an empty database on the server.</translation>
    </message>
</context>
</TS>