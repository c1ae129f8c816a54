#pragma once
// One member of a zip archive (an XLSX part) read as a stream, so that a sheet is never inflated whole into
// memory, and within limits, so that a zip bomb is refused early:
// - a member may inflate to at most kMaxInflatedBytes, and beyond kRatioFreeBytes to at most kMaxRatio times
//   its compressed size (office sheets compress 5-30 times; a bomb a thousand);
// - all members together may inflate to at most kMaxTotalInflatedBytes, and an archive holds at most
//   kMaxMembers members: the directory's sizes are added up before anything is read (many parts each within
//   the limits are a bomb too), and what is actually inflated is counted again while reading;
// - the XML reader on top may take at most kMaxTokenBytes without finishing a token (one cell, one tag), since
//   it holds an unfinished token in memory;
// - a member whose checksum does not match is damaged.
// Memory stays at a few buffers of 64 KB plus the largest token, whatever the member's size.

#include <QIODevice>
#include <QString>

using unzFile = void *;

namespace perisai::imports {

// Whether a member's name (or a path inside the archive) leads out of it: "../", an absolute path, a drive.
bool escapesArchive(const QString &member);

class ZipArchive {
public:
    static constexpr qint64 kMaxTotalInflatedBytes = qint64(2) << 30; // 2 GiB: a full sheet, its texts and styles
    static constexpr qint64 kMaxMembers = 100'000;

    explicit ZipArchive(const QString &path);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // A zip archive whose directory could be read (it may still be refused: see problem()).
    bool ok() const { return m_zip != nullptr; }
    // Why the archive is refused as a whole before any member is read (too many members, or members that
    // would inflate too far together), or empty. Translated.
    QString problem() const { return m_problem; }
    bool contains(const char *member) const;
    unzFile handle() const { return m_zip; }
    qint64 fileSize() const { return m_fileSize; }

    // Counts bytes inflated from any member; false once all members together went past the limit.
    bool addInflated(qint64 bytes)
    {
        m_inflated += bytes;
        return m_inflated <= kMaxTotalInflatedBytes;
    }
    qint64 inflated() const { return m_inflated; }

private:
    unzFile m_zip = nullptr;
    qint64 m_fileSize = 0;
    qint64 m_inflated = 0;
    QString m_problem;
};

class ZipMemberDevice final : public QIODevice {
public:
    static constexpr qint64 kMaxInflatedBytes = qint64(1) << 30; // 1 GiB: more than a full sheet of a million rows
    static constexpr qint64 kRatioFreeBytes = qint64(32) << 20;
    static constexpr qint64 kMaxRatio = 100;
    static constexpr qint64 kMaxTokenBytes = qint64(16) << 20;

    // Opens `member` of `archive` (only one member of an archive can be open at a time).
    ZipMemberDevice(ZipArchive &archive, const QString &member);
    ~ZipMemberDevice() override;

    // Empty when the member opened; otherwise why not (missing, not a zip member that can be inflated).
    QString openError() const { return m_openError; }
    // Set when reading stopped early: a limit was reached or the data is damaged. Translated.
    QString problem() const { return m_problem; }
    bool finished() const { return m_finished; }

    qint64 inflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declared; }
    // The reader above finished a token: the bytes it holds unfinished start again from zero.
    void tokenDone() { m_sinceToken = 0; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 stop(const QString &problem);

    ZipArchive &m_archive;
    QString m_member;
    QString m_openError;
    QString m_problem;
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
    qint64 m_inflated = 0;
    qint64 m_sinceToken = 0;
    bool m_memberOpen = false;
    bool m_finished = false;
};

} // namespace perisai::imports
