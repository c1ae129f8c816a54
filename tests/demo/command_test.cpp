// perisai-desk demo on the command line: bad input is refused with exit 2, a used database with exit 1.
#include "demo/democommand.h"
#include "demo/generator.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <algorithm>

using namespace perisai;
using perisai::testing::scalar;

namespace {

int run(const QStringList &args, std::string *errors = nullptr)
{
    ::testing::internal::CaptureStderr();
    const int code = demo::demoCommand().run(QStringList{QStringLiteral("demo")} + args);
    const std::string err = ::testing::internal::GetCapturedStderr();
    if (errors)
        *errors = err;
    return code;
}

} // namespace

TEST(DemoCommand, RefusesBadArgumentsWithExitTwoAndAOneLineReason)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    std::string errors;
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--size"), QStringLiteral("xl")}, &errors), 2);
    EXPECT_NE(errors.find("unknown size \"xl\""), std::string::npos) << errors;
    EXPECT_EQ(std::count(errors.begin(), errors.end(), '\n'), 1) << errors;
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--preset"), QStringLiteral("kudus")}, &errors), 2);
    EXPECT_NE(errors.find("unknown preset \"kudus\""), std::string::npos) << errors;
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--seed"), QStringLiteral("abc")}), 2);
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--until"), QStringLiteral("2022-13")}), 2);
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--preset"), QStringLiteral("ntb"), QStringLiteral("--size"), QStringLiteral("m")}), 2);
    EXPECT_EQ(run({QStringLiteral("--size"), QStringLiteral("s")}), 2); // no --database
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--colour"), QStringLiteral("red")}), 2);
}

TEST(DemoCommand, FillsANewFileAndRefusesItTheSecondTime)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    ::testing::internal::CaptureStdout();
    EXPECT_EQ(run({QStringLiteral("--database"), db, QStringLiteral("--size"), QStringLiteral("s"), QStringLiteral("--seed"),
                   QStringLiteral("3"), QStringLiteral("--until"), QStringLiteral("2024-12")}),
              0);
    const std::string summary = ::testing::internal::GetCapturedStdout();
    EXPECT_NE(summary.find("2022-01..2024-12"), std::string::npos) << summary;
    EXPECT_NE(summary.find("50 agents"), std::string::npos) << summary;

    std::string errors;
    EXPECT_EQ(run({QStringLiteral("--database"), db}, &errors), 1);
    EXPECT_NE(errors.find("already holds data; use a new file"), std::string::npos) << errors;
}
