#pragma once
// A database filled with demo data once per backend and shared by every test of a suite: the presets are
// large, and the tests only read them.

#include "demo/generator.h"
#include "testdatabase.h"

#include <map>
#include <memory>

namespace perisai::testing {

class GeneratedOnce : public ::testing::TestWithParam<Backend> {
public:
    static void TearDownTestSuite();

protected:
    // Options for this suite's data; called once per backend.
    virtual demo::Options options() const = 0;
    void SetUp() override;

    storage::DatabasePtr db;
    // Every suite keeps its own databases: suite name -> backend -> database.
    static std::map<std::string, std::map<Backend, std::unique_ptr<TestDatabase>>> s_databases;
    static std::map<std::string, std::map<Backend, std::string>> s_errors;
};

// Runs an SQL statement that returns one text value (test assertions only).
QString text(const storage::Database &db, const QString &sql);

} // namespace perisai::testing
