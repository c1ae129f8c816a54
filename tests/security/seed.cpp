// The two branches' rows: one of everything, with the office's id (2 or 3) as every row's id.
#include "servertest.h"

namespace perisai::testing {

namespace {

const char *const kOffices =
    "INSERT INTO offices (id, code, name, kind, parent_id, created_at, updated_at) VALUES "
    "(1, 'KANWIL-X', 'Kanwil X', 'kanwil', NULL, 'x', 'x'), "
    "(2, 'KC-A', 'Cabang A', 'kc', 1, 'x', 'x'), "
    "(3, 'KC-B', 'Cabang B', 'kc', 1, 'x', 'x')";

// %1: the office id (and every row's id), %2: A or B.
const char *const kBranch[] = {
    "INSERT INTO import_batches (id, kind, source_file, started_at, user_name, office_id) "
    "VALUES (%1, 'agents', 'agen-%2.csv', '2024-01-01T00:00:00Z', 'seed', %1)",
    "INSERT INTO import_changes (batch_id, table_name, row_key, before) VALUES (%1, 'agents', 'AG-%2', NULL)",
    "INSERT INTO wadah (id, code, name, office_id, created_at, updated_at) VALUES (%1, 'W-%2', 'Wadah %2', %1, 'x', 'x')",
    "INSERT INTO agents (id, code, nik, name, phone, wadah_id, office_id, created_at, updated_at) "
    "VALUES (%1, 'AG-%2', '330101000000000%1', 'Agen %2', '08120000000%1', %1, %1, 'x', 'x')",
    "INSERT INTO agent_status_history (id, agent_id, status, from_date, changed_by, changed_at) "
    "VALUES (%1, %1, 'active', '2024-01-01', 'seed', 'x')",
    "INSERT INTO agent_notes (id, agent_id, written_on, author, text) VALUES (%1, %1, '2024-01-02', 'seed', 'catatan %2')",
    "INSERT INTO participants (id, kpj, nik, name, program, registered_on, reg_period, agent_id, office_id) "
    "VALUES (%1, 'KPJ-%2', '330101000000010%1', 'Peserta %2', 'JKK+JKM', '2024-01-05', 202401, %1, %1)",
    "INSERT INTO contributions (period, participant_id, amount, paid_on, channel) VALUES (202401, %1, 16800, '2024-01-10', 'agen')",
    "INSERT INTO claims (id, participant_id, program, claim_date, amount) VALUES (%1, %1, 'JKK', '2024-02-01', 1000000)",
    "INSERT INTO targets (id, year, month, level, code, target) VALUES (%1, 2024, 0, 'cabang', 'KC-%2', 100)",
    "INSERT INTO monev_sessions (id, title, held_on, office_id, created_at, updated_at) "
    "VALUES (%1, 'Monev %2', '2024-02-01', %1, 'x', 'x')",
    "INSERT INTO monev_attendance (session_id, agent_id) VALUES (%1, %1)",
    "INSERT INTO monev_obstacles (id, session_id, description) VALUES (%1, %1, 'sinyal %2')",
    "INSERT INTO monev_actions (id, session_id, obstacle_id, description) VALUES (%1, %1, %1, 'cek %2')",
    "INSERT INTO monev_action_reviews (action_id, session_id, status) VALUES (%1, %1, 'open')",
    "INSERT INTO monev_awards (id, session_id, category, agent_id) VALUES (%1, %1, 'top_acquisition', %1)",
    "INSERT INTO monev_snapshots (session_id, agent_id) VALUES (%1, %1)",
    "INSERT INTO agreements (id, wadah_id, number, starts_on, ends_on, created_at, updated_at) "
    "VALUES (%1, %1, 'PKS-%2', '2024-01-01', '2024-12-31', 'x', 'x')",
    "INSERT INTO agreement_documents (id, agreement_id, file_name, mime_type, sha256, size_bytes, content, uploaded_by, uploaded_at) "
    "VALUES (%1, %1, 'pks-%2.pdf', 'application/pdf', 'abc', 3, '\\x616263', 'seed', 'x')",
    "INSERT INTO review_flags (id, kind, subject, subject_id, detail, raised_at) "
    "VALUES (%1, 'invalid_nik', 'participant', %1, 'NIK %2', 'x')",
    "INSERT INTO review_cases (id, kind, source, agent_id, period_from, period_to, detail, opened_at, updated_at) "
    "VALUES (%1, 'shared_phone', 'signal', %1, 202401, 202412, 'kasus %2', 'x', 'x')",
    "INSERT INTO review_case_participants (case_id, participant_id) VALUES (%1, %1)",
    "INSERT INTO review_case_notes (id, case_id, written_at, author, text) VALUES (%1, %1, 'x', 'seed', 'cek %2')",
    "INSERT INTO summary_agent_month (agent_id, period, acquisitions, office_id) VALUES (%1, 202401, 1, %1)",
    "INSERT INTO summary_office_month (office_id, period, channel, acquisitions) VALUES (%1, 202401, 'perisai', 1)",
    "INSERT INTO summary_cohort (office_id, agent_id, cohort, k, period, paid) VALUES (%1, %1, 202401, 0, 202401, 1)",
    "INSERT INTO incentive_runs (id, office_id, period, rule_version, prepared_by, prepared_at) "
    "VALUES (%1, %1, 202401, 'v2022', 'seed', 'x')",
    "INSERT INTO incentive_lines (run_id, agent_id, wadah_id) VALUES (%1, %1, %1)",
    "INSERT INTO incentive_wadah_lines (run_id, wadah_id) VALUES (%1, %1)",
    "INSERT INTO incentive_adjustments (id, run_id, agent_id, for_period, amount, reason, created_at) "
    "VALUES (%1, %1, %1, 202312, 1000, 'koreksi %2', 'x')",
};

// Ids given above: the identity columns continue after them.
const char *const kSequences =
    "SELECT setval(pg_get_serial_sequence(quote_ident(table_name), column_name), 1000) "
    "FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'";

} // namespace

QStringList seedStatements()
{
    QStringList out{QString::fromLatin1(kOffices)};
    for (const auto &[id, tag] : {std::pair{2, "A"}, std::pair{3, "B"}})
        for (const char *sql : kBranch)
            out << QString::fromLatin1(sql).replace(QLatin1String("%1"), QString::number(id)).replace(QLatin1String("%2"), QLatin1String(tag));
    out << QString::fromLatin1(kSequences);
    return out;
}

} // namespace perisai::testing
