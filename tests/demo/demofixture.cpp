#include "demofixture.h"

#include "storage/query.h"

namespace perisai::testing {

std::map<std::string, std::map<Backend, std::unique_ptr<TestDatabase>>> GeneratedOnce::s_databases;
std::map<std::string, std::map<Backend, std::string>> GeneratedOnce::s_errors;

void GeneratedOnce::TearDownTestSuite()
{
    const std::string suite = ::testing::UnitTest::GetInstance()->current_test_suite()->name();
    s_databases.erase(suite);
}

void GeneratedOnce::SetUp()
{
    if (GetParam() == Backend::PostgreSQL && !TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            FAIL() << "PostgreSQL tests are required (PERISAI_REQUIRE_PG=1) but PERISAI_TEST_PG is not set";
        GTEST_SKIP() << "no PostgreSQL server given (PERISAI_TEST_PG)";
    }
    const std::string suite = ::testing::UnitTest::GetInstance()->current_test_suite()->name();
    auto &slot = s_databases[suite][GetParam()];
    auto &error = s_errors[suite][GetParam()];
    if (!slot && error.empty()) {
        slot = TestDatabase::create(GetParam());
        if (!slot->db) {
            error = slot->error.toStdString();
        } else if (auto st = demo::generate(*slot->db, options()); !st) {
            error = st.errorText().toStdString();
        }
    }
    ASSERT_TRUE(error.empty()) << error;
    db = slot->db;
}

QString text(const storage::Database &db, const QString &sql)
{
    storage::Query q(db.connection(), sql);
    auto v = q.scalar();
    if (!v) {
        ADD_FAILURE() << v.errorText().toStdString();
        return {};
    }
    return v->toString();
}

} // namespace perisai::testing
