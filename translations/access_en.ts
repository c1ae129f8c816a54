<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Access</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>logins belong to a PostgreSQL server; a SQLite file has one user, the computer's</source>
        <translation>logins belong to a PostgreSQL server; a SQLite file has one user, the computer's</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>superuser</source>
        <translation>superuser</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>no office</source>
        <translation>no office</translation>
    </message>
    <message>
        <source>You are logged in as %1, a superuser of the server: every office's rows are open to you and nothing you do is checked. Use your own login for daily work.</source>
        <translation>You are logged in as %1, a superuser of the server: every office's rows are open to you and nothing you do is checked. Use your own login for daily work.</translation>
    </message>
    <message>
        <source>You are logged in as %1, which may act as the database's owner (perisai_owner): it may rewrite the audit log. Use your own login for daily work.</source>
        <translation>You are logged in as %1, which may act as the database's owner (perisai_owner): it may rewrite the audit log. Use your own login for daily work.</translation>
    </message>
    <message>
        <source>the role must be admin, head, staff or viewer, not "%1"</source>
        <translation>the role must be admin, head, staff or viewer, not "%1"</translation>
    </message>
    <message>
        <source>a password needs at least 8 characters</source>
        <translation>a password needs at least 8 characters</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
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
        <source>users add: --name, --role and --office are required</source>
        <translation>users add: --name, --role and --office are required</translation>
    </message>
    <message>
        <source>users add: --role must be admin, head, staff or viewer, not %1</source>
        <translation>users add: --role must be admin, head, staff or viewer, not %1</translation>
    </message>
    <message>
        <source>users add: the password read from standard input needs at least 8 characters</source>
        <translation>users add: the password read from standard input needs at least 8 characters</translation>
    </message>
    <message>
        <source>login %1 added: %2 of %3</source>
        <translation>login %1 added: %2 of %3</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>password: %1</translation>
    </message>
    <message>
        <source>users disable: --name is required</source>
        <translation>users disable: --name is required</translation>
    </message>
    <message>
        <source>login %1 disabled: it can no longer connect</source>
        <translation>login %1 disabled: it can no longer connect</translation>
    </message>
    <message>
        <source>Adds, lists and disables the logins of a PostgreSQL server. add reads the password from standard input when it is not a terminal, and otherwise generates one and prints it once.</source>
        <translation>Adds, lists and disables the logins of a PostgreSQL server. add reads the password from standard input when it is not a terminal, and otherwise generates one and prints it once.</translation>
    </message>
    <message>
        <source>add, list or disable</source>
        <translation>add, list or disable</translation>
    </message>
    <message>
        <source>The login (PostgreSQL role) name.</source>
        <translation>The login (PostgreSQL role) name.</translation>
    </message>
    <message>
        <source>admin, head, staff or viewer.</source>
        <translation>admin, head, staff or viewer.</translation>
    </message>
    <message>
        <source>The code of the login's office.</source>
        <translation>The code of the login's office.</translation>
    </message>
    <message>
        <source>The person's name, for the list.</source>
        <translation>The person's name, for the list.</translation>
    </message>
    <message>
        <source>users: say add, list or disable</source>
        <translation>users: say add, list or disable</translation>
    </message>
    <message>
        <source>users: logins belong to a PostgreSQL server (--database postgresql://...); a SQLite file has one user</source>
        <translation>users: logins belong to a PostgreSQL server (--database postgresql://...); a SQLite file has one user</translation>
    </message>
    <message>
        <source>add, list or disable the logins of a PostgreSQL server</source>
        <translation>add, list or disable the logins of a PostgreSQL server</translation>
    </message>
</context>
<context>
    <name>perisai::access::AuditViewer</name>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>personal data shown</source>
        <translation>personal data shown</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Every table</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Choose an entry to see what it changed.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filter to see older ones.</source>
        <translation><numerusform>The newest %n entries; narrow the filter to see older ones.</numerusform><numerusform>The newest %n entries; narrow the filter to see older ones.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation><numerusform>%n entries, newest first.</numerusform><numerusform>%n entries, newest first.</numerusform></translation>
    </message>
    <message>
        <source>No values were recorded for this entry.</source>
        <translation>No values were recorded for this entry.</translation>
    </message>
</context>
<context>
    <name>perisai::access::UsersDialog</name>
    <message>
        <source>Add a login</source>
        <translation>Add a login</translation>
    </message>
    <message>
        <source>e.g. sri.wahyuni</source>
        <translation>e.g. sri.wahyuni</translation>
    </message>
    <message>
        <source>empty: one is generated and shown once</source>
        <translation>empty: one is generated and shown once</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The role decides what the login may do: viewers read; staff import and edit; heads also approve incentives and decide review cases; admins also manage logins, offices and reference data. The login sees its office and the offices under it.</source>
        <translation>The role decides what the login may do: viewers read; staff import and edit; heads also approve incentives and decide review cases; admins also manage logins, offices and reference data. The login sees its office and the offices under it.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The logins of the offices you see. Each works for one office, in one role; a disabled login can no longer connect. Their changes are in the audit log under their login.</source>
        <translation>The logins of the offices you see. Each works for one office, in one role; a disabled login can no longer connect. Their changes are in the audit log under their login.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add a login…</source>
        <translation>Add a login…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Login added</source>
        <translation>Login added</translation>
    </message>
    <message>
        <source>The password of %1 is shown only now; give it to the person in private:

%2</source>
        <translation>The password of %1 is shown only now; give it to the person in private:

%2</translation>
    </message>
    <message>
        <source>Login not added</source>
        <translation>Login not added</translation>
    </message>
    <message>
        <source>Disable login</source>
        <translation>Disable login</translation>
    </message>
    <message>
        <source>Disable %1? The login can no longer connect; what it did stays in the audit log.</source>
        <translation>Disable %1? The login can no longer connect; what it did stays in the audit log.</translation>
    </message>
    <message>
        <source>Login not disabled</source>
        <translation>Login not disabled</translation>
    </message>
</context>
</TS>