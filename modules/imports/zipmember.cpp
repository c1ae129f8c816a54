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

ZipArchive::ZipArchive(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())), m_fileSize(QFileInfo(path).size()) {}

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
