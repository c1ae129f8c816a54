<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Report</name>
    <message>
        <source>the PKS status report could not be built</source>
        <translation>laporan status PKS tidak dapat disusun</translation>
    </message>
    <message>
        <source>Branch performance summary</source>
        <translation>Ringkasan Kinerja Cabang</translation>
    </message>
    <message>
        <source>PKS status</source>
        <translation>Status PKS</translation>
    </message>
    <message>
        <source>Regional performance summary</source>
        <translation>Ringkasan Kinerja Wilayah</translation>
    </message>
    <message>
        <source>no Monev session with number %1</source>
        <translation>tidak ada sesi Monev dengan nomor %1</translation>
    </message>
    <message>
        <source>Monev minutes</source>
        <translation>Notulen Monev</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no Monev session was held on %1</source>
        <translation>tidak ada sesi Monev pada %1</translation>
    </message>
    <message>
        <source>%1 Monev sessions on %2: give one of the numbers %3</source>
        <translation>%1 sesi Monev pada %2: sebutkan salah satu nomornya, %3</translation>
    </message>
</context>
</TS>