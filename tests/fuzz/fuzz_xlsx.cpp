// libFuzzer target: the XLSX reader (zip directory, inflating within limits, the workbook's XML parts, shared
// strings, styles, the sheet) over any bytes. The reader takes a path: the input goes to a file in /dev/shm
// (or the temporary folder) first.
#include "imports/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace {

QString inputPath()
{
    const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return dir + QStringLiteral("/perisai-fuzz-%1.xlsx").arg(getpid());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace perisai::imports;
    static const QString path = inputPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    (void)XlsxReader::sheetNames(path);
    if (auto reader = XlsxReader::open(path)) {
        Record record;
        int rows = 0;
        while (rows < 100000 && (*reader)->next(record))
            ++rows;
        (void)(*reader)->problem();
    }
    QFile::remove(path); // no input left behind in the temporary folder
    return 0;
}
