<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>offices</name>
    <message>
        <source>Regional office (Kanwil)</source>
        <translation>Regional office (Kanwil)</translation>
    </message>
    <message>
        <source>Branch office (KC)</source>
        <translation>Branch office (KC)</translation>
    </message>
    <message>
        <source>Sub-branch (KCP)</source>
        <translation>Sub-branch (KCP)</translation>
    </message>
    <message>
        <source>add office %1</source>
        <translation>add office %1</translation>
    </message>
    <message>
        <source>Cannot undo adding office %1:</source>
        <translation>Cannot undo adding office %1:</translation>
    </message>
    <message>
        <source>Cannot redo adding office %1:</source>
        <translation>Cannot redo adding office %1:</translation>
    </message>
    <message>
        <source>reopen office %1</source>
        <translation>reopen office %1</translation>
    </message>
    <message>
        <source>close office %1</source>
        <translation>close office %1</translation>
    </message>
    <message>
        <source>edit office %1</source>
        <translation>edit office %1</translation>
    </message>
    <message>
        <source>Cannot undo the change of office %1:</source>
        <translation>Cannot undo the change of office %1:</translation>
    </message>
    <message>
        <source>Cannot redo the change of office %1:</source>
        <translation>Cannot redo the change of office %1:</translation>
    </message>
    <message>
        <source>The office no longer exists (it was removed on another desk).</source>
        <translation>The office no longer exists (it was removed on another desk).</translation>
    </message>
    <message>
        <source>Office %1 %2 added</source>
        <translation>Office %1 %2 added</translation>
    </message>
    <message>
        <source>Office %1 closed</source>
        <translation>Office %1 closed</translation>
    </message>
    <message>
        <source>Office %1 reopened</source>
        <translation>Office %1 reopened</translation>
    </message>
    <message>
        <source>Office %1 changed: %2</source>
        <translation>Office %1 changed: %2</translation>
    </message>
    <message>
        <source>Office %1 already has wadah, agents, participants or offices below it; the addition can no longer be undone. Close the office instead.</source>
        <translation>Office %1 already has wadah, agents, participants or offices below it; the addition can no longer be undone. Close the office instead.</translation>
    </message>
    <message>
        <source>Addition of office %1 undone</source>
        <translation>Addition of office %1 undone</translation>
    </message>
    <message numerus="yes">
        <source>%n active wadah</source>
        <translation>
            <numerusform>%n active wadah</numerusform>
            <numerusform>%n active wadah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) not dismissed</source>
        <translation>
            <numerusform>%n agent not dismissed</numerusform>
            <numerusform>%n agents not dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open office(s) below it</source>
        <translation>
            <numerusform>%n open office below it</numerusform>
            <numerusform>%n open offices below it</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the office code, e.g. KCP-MAJENANG.</source>
        <translation>Enter the office code, e.g. KCP-MAJENANG.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>The code %1 is already used by %2.</translation>
    </message>
    <message>
        <source>Enter the office's name.</source>
        <translation>Enter the office's name.</translation>
    </message>
    <message>
        <source>Choose the kind of office: Kanwil, KC or KCP.</source>
        <translation>Choose the kind of office: Kanwil, KC or KCP.</translation>
    </message>
    <message>
        <source>A KCP belongs under its branch office (KC): choose the KC.</source>
        <translation>A KCP belongs under its branch office (KC): choose the KC.</translation>
    </message>
    <message>
        <source>An office cannot stand under itself.</source>
        <translation>An office cannot stand under itself.</translation>
    </message>
    <message>
        <source>A %1 belongs under a %2, and %3 is a %4.</source>
        <translation>A %1 belongs under a %2, and %3 is a %4.</translation>
    </message>
    <message>
        <source>%1 is closed: choose an open office above this one.</source>
        <translation>%1 is closed: choose an open office above this one.</translation>
    </message>
    <message>
        <source>Offices stand under %1: its kind cannot change.</source>
        <translation>Offices stand under %1: its kind cannot change.</translation>
    </message>
    <message>
        <source>Targets are recorded under the code %1: its code cannot change.</source>
        <translation>Targets are recorded under the code %1: its code cannot change.</translation>
    </message>
    <message>
        <source>%1 still supervises %2. Move them to another office (or close those offices) first.</source>
        <translation>%1 still supervises %2. Move them to another office (or close those offices) first.</translation>
    </message>
    <message>
        <source>%1 is closed: reopen it before the offices below it.</source>
        <translation>%1 is closed: reopen it before the offices below it.</translation>
    </message>
    <message>
        <source>Enter the branch's office code, e.g. KC-CILACAP.</source>
        <translation>Enter the branch's office code, e.g. KC-CILACAP.</translation>
    </message>
    <message>
        <source>Enter the branch's name, e.g. Kantor Cabang Cilacap.</source>
        <translation>Enter the branch's name, e.g. Kantor Cabang Cilacap.</translation>
    </message>
    <message>
        <source>Enter the branch's region (regency or city) as the workforce figures name it, e.g. Kabupaten Cilacap.</source>
        <translation>Enter the branch's region (regency or city) as the workforce figures name it, e.g. Kabupaten Cilacap.</translation>
    </message>
    <message>
        <source>Give every KCP a code and a name (or remove the empty line).</source>
        <translation>Give every KCP a code and a name (or remove the empty line).</translation>
    </message>
    <message>
        <source>The code %1 is given twice.</source>
        <translation>The code %1 is given twice.</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
</context>
<context>
    <name>perisai::offices::BranchSetupForm</name>
    <message>
        <source>e.g. Kantor Cabang Cilacap</source>
        <translation>e.g. Kantor Cabang Cilacap</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>e.g. KC-CILACAP</source>
        <translation>e.g. KC-CILACAP</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Office code</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Cilacap</source>
        <translation>e.g. Kabupaten Cilacap</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The regency or city as the workforce figures (BPS) name it: coverage is counted against them.</source>
        <translation>The regency or city as the workforce figures (BPS) name it: coverage is counted against them.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Head of branch</source>
        <translation>Head of branch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its KCP&lt;/b&gt; (sub-branches; more can be added later on the Offices page)</source>
        <translation>&lt;b&gt;Its KCP&lt;/b&gt; (sub-branches; more can be added later on the Offices page)</translation>
    </message>
    <message>
        <source>KCP name</source>
        <translation>KCP name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Region (if its own)</source>
        <translation>Region (if its own)</translation>
    </message>
    <message>
        <source>Add a KCP</source>
        <translation>Add a KCP</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
</context>
<context>
    <name>perisai::offices::OfficeForm</name>
    <message>
        <source>New office</source>
        <translation>New office</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>e.g. KCP-MAJENANG</source>
        <translation>e.g. KCP-MAJENANG</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. KCP Majenang</source>
        <translation>e.g. KCP Majenang</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>– none: the top of the tree –</source>
        <translation>– none: the top of the tree –</translation>
    </message>
    <message>
        <source>– add its %1 first –</source>
        <translation>– add its %1 first –</translation>
    </message>
    <message>
        <source>The region names the workforce figures that coverage is counted against. Leave it empty for an office whose coverage comes from the offices below it.</source>
        <translation>The region names the workforce figures that coverage is counted against. Leave it empty for an office whose coverage comes from the offices below it.</translation>
    </message>
    <message>
        <source>Workforce figures are recorded for %1.</source>
        <translation>Workforce figures are recorded for %1.</translation>
    </message>
    <message>
        <source>No workforce figures yet. Import them (Import → workforce) with the region written exactly as here: %1.</source>
        <translation>No workforce figures yet. Import them (Import → workforce) with the region written exactly as here: %1.</translation>
    </message>
    <message>
        <source>No workforce figures for %1. Choose one of the regions in the list, or import figures for this name (Import → workforce).</source>
        <translation>No workforce figures for %1. Choose one of the regions in the list, or import figures for this name (Import → workforce).</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Office %1</translation>
    </message>
</context>
<context>
    <name>perisai::offices::OfficeTreeModel</name>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Active wadah</source>
        <translation>Active wadah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No workforce figures for %1 yet: coverage needs them. Import the workforce kind with this same region name, or change the region to one that has figures.</source>
        <translation>No workforce figures for %1 yet: coverage needs them. Import the workforce kind with this same region name, or change the region to one that has figures.</translation>
    </message>
    <message>
        <source>No region: coverage is counted from the offices below it, if they have one.</source>
        <translation>No region: coverage is counted from the offices below it, if they have one.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed since %1</source>
        <translation>Closed since %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>With the offices below it, on %1.</source>
        <translation>With the offices below it, on %1.</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>Active agents</translation>
    </message>
</context>
<context>
    <name>perisai::offices::OfficesPage</name>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Kanwil → KC → KCP: the offices that wadah, agents, participants and Monev sessions belong to</source>
        <translation>Kanwil → KC → KCP: the offices that wadah, agents, participants and Monev sessions belong to</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>&lt;b&gt;No offices yet.&lt;/b&gt; Add your branch office (KC) and then its KCP, or import a list of offices (kode_kantor, nama, jenis, induk, wilayah). Wadah, agents and Monev sessions need an office to belong to.</source>
        <translation>&lt;b&gt;No offices yet.&lt;/b&gt; Add your branch office (KC) and then its KCP, or import a list of offices (kode_kantor, nama, jenis, induk, wilayah). Wadah, agents and Monev sessions need an office to belong to.</translation>
    </message>
    <message>
        <source>Add the branch office</source>
        <translation>Add the branch office</translation>
    </message>
    <message>
        <source>Import offices…</source>
        <translation>Import offices…</translation>
    </message>
    <message>
        <source>A closed office keeps its history (wadah, agents, participants, Monev sessions); forms no longer offer it. Close an office once its wadah and agents have moved elsewhere.</source>
        <translation>A closed office keeps its history (wadah, agents, participants, Monev sessions); forms no longer offer it. Close an office once its wadah and agents have moved elsewhere.</translation>
    </message>
    <message>
        <source>Add office</source>
        <translation>Add office</translation>
    </message>
    <message>
        <source>Add KCP below</source>
        <translation>Add KCP below</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Close office</source>
        <translation>Close office</translation>
    </message>
    <message>
        <source>Import offices</source>
        <translation>Import offices</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reopen office</source>
        <translation>Reopen office</translation>
    </message>
    <message>
        <source>Add KC below</source>
        <translation>Add KC below</translation>
    </message>
    <message>
        <source>The offices could not be read: %1</source>
        <translation>The offices could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n branch office(s) (KC), %1 KCP, %2 closed</source>
        <translation>
            <numerusform>%n branch office (KC), %1 KCP, %2 closed</numerusform>
            <numerusform>%n branch offices (KC), %1 KCP, %2 closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n branch office(s) (KC), %1 KCP</source>
        <translation>
            <numerusform>%n branch office (KC), %1 KCP</numerusform>
            <numerusform>%n branch offices (KC), %1 KCP</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no office %1.</source>
        <translation>There is no office %1.</translation>
    </message>
    <message>
        <source>Office %1 reopened.</source>
        <translation>Office %1 reopened.</translation>
    </message>
    <message>
        <source>Office %1 closed; Edit → Undo opens it again.</source>
        <translation>Office %1 closed; Edit → Undo opens it again.</translation>
    </message>
</context>
</TS>