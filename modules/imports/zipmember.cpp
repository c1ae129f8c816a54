#include "zipmember.h"
#include "tr.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <minizip/unzip.h>

namespace perisai::imports {
namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1 << 20), 'f', 0) + QStringLiteral(" MB");
}

} // namespace

bool escapesArchive(const QString &member)
{
    QString name = member;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (name.startsWith(QLatin1Char('/')) || (name.size() >= 2 && name[1] == QLatin1Char(':')))
        return true;
    int depth = 0;
    for (const QStringView segment : QStringView(name).split(QLatin1Char('/'))) {
        if (segment == QLatin1String(".."))
            --depth;
        else if (!segment.isEmpty() && segment != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

ZipArchive::ZipArchive(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())), m_fileSize(QFileInfo(path).size())
{
    if (!m_zip)
        return;
    // The directory's own account first: how many members, and what they would inflate to together.
    unz_global_info64 global{};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK)
        return;
    if (global.number_entry > ZPOS64_T(kMaxMembers)) {
        m_problem = Tr::tr("the workbook holds %1 parts (Excel writes a few dozen): refused as a zip bomb (the limit is %2)")
                        .arg(QLocale().toString(qulonglong(global.number_entry)), QLocale().toString(kMaxMembers));
        return;
    }
    qint64 declared = 0;
    for (int at = unzGoToFirstFile(m_zip); at == UNZ_OK; at = unzGoToNextFile(m_zip)) {
        unz_file_info64 info{};
        char name[1024] = {};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK)
            break;
        // Nothing is ever unpacked to disk, but a part whose name climbs out of the archive (../, an absolute
        // path, a drive) is not what a spreadsheet program writes: the file was made to attack something.
        if (const QString member = QString::fromUtf8(name); escapesArchive(member)) {
            m_problem = Tr::tr("the workbook holds a part named \"%1\", which points outside the workbook: refused").arg(member.left(200));
            return;
        }
        declared += qint64(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(kMaxTotalInflatedBytes) + 1));
        if (declared > kMaxTotalInflatedBytes) {
            m_problem = Tr::tr("the workbook's parts would inflate to more than %1 together: refused as a zip bomb")
                            .arg(megabytes(kMaxTotalInflatedBytes));
            return;
        }
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::contains(const char *member) const
{
    return m_zip && unzLocateFile(m_zip, member, 2) == UNZ_OK;
}

ZipMemberDevice::ZipMemberDevice(ZipArchive &archive, const QString &member) : m_archive(archive), m_member(member)
{
    const QByteArray name = member.toUtf8();
    if (!archive.problem().isEmpty()) {
        m_openError = archive.problem();
        return;
    }
    if (!archive.ok() || unzLocateFile(archive.handle(), name.constData(), 2) != UNZ_OK) {
        m_openError = Tr::tr("the part %1 is missing from the workbook").arg(member);
        return;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(archive.handle(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || unzOpenCurrentFile(archive.handle()) != UNZ_OK) {
        m_openError = Tr::tr("the part %1 of the workbook cannot be read (damaged, encrypted or compressed in a way Excel does not use)").arg(member);
        return;
    }
    m_memberOpen = true;
    // No member is larger than the archive, whatever its directory says.
    m_compressed = std::min(qint64(info.compressed_size), archive.fileSize());
    m_declared = qint64(info.uncompressed_size);
    // The sizes in the archive's directory can lie; they are checked again while inflating.
    if (m_declared > kMaxInflatedBytes || (m_declared > kRatioFreeBytes && m_declared > kMaxRatio * std::max<qint64>(m_compressed, 1))) {
        m_openError = Tr::tr("the part %1 would inflate from %2 to %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)")
                          .arg(member, megabytes(m_compressed), megabytes(m_declared), megabytes(kMaxInflatedBytes))
                          .arg(kMaxRatio);
        return;
    }
    QIODevice::open(QIODevice::ReadOnly);
}

ZipMemberDevice::~ZipMemberDevice()
{
    if (m_memberOpen)
        unzCloseCurrentFile(m_archive.handle());
}

qint64 ZipMemberDevice::stop(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
    if (m_memberOpen) {
        unzCloseCurrentFile(m_archive.handle());
        m_memberOpen = false;
    }
    return -1;
}

qint64 ZipMemberDevice::readData(char *data, qint64 maxSize)
{
    if (!m_problem.isEmpty())
        return -1;
    if (m_finished || !m_memberOpen || maxSize <= 0)
        return 0;
    const int n = unzReadCurrentFile(m_archive.handle(), data, unsigned(std::min<qint64>(maxSize, 1 << 16)));
    if (n < 0)
        return stop(Tr::tr("the part %1 of the workbook is damaged (it cannot be inflated): the file may be truncated").arg(m_member));
    if (n == 0) {
        const int closed = unzCloseCurrentFile(m_archive.handle());
        m_memberOpen = false;
        if (closed == UNZ_CRCERROR)
            return stop(Tr::tr("the part %1 of the workbook is damaged (its checksum does not match)").arg(m_member));
        m_finished = true;
        return 0;
    }
    m_inflated += n;
    m_sinceToken += n;
    if (!m_archive.addInflated(n))
        return stop(Tr::tr("the workbook's parts inflate to more than %1 together: refused as a zip bomb")
                        .arg(megabytes(ZipArchive::kMaxTotalInflatedBytes)));
    if (m_inflated > kMaxInflatedBytes || (m_inflated > kRatioFreeBytes && m_inflated > kMaxRatio * std::max<qint64>(m_compressed, 1)))
        return stop(Tr::tr("the part %1 inflates from %2 to more than %3: refused as a zip bomb (the limit is %4, and %5 times the compressed size)")
                        .arg(m_member, megabytes(m_compressed), megabytes(m_inflated), megabytes(kMaxInflatedBytes))
                        .arg(kMaxRatio));
    if (m_sinceToken > kMaxTokenBytes)
        return stop(Tr::tr("the part %1 holds one value or tag of more than %2 (no cell is that long): the file is damaged or hostile")
                        .arg(m_member, megabytes(kMaxTokenBytes)));
    return n;
}

} // namespace perisai::imports
