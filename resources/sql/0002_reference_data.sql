-- Reference data shipped with the program; users may edit obstacle categories, rules change by directive.

INSERT INTO obstacle_categories (code, name_id, name_en, sort_order) VALUES
    ('awareness', 'Kesadaran peserta', 'Participant awareness', 1),
    ('payment_channel', 'Kanal pembayaran', 'Payment channel', 2),
    ('agent_app', 'Aplikasi agen', 'Agent app', 3),
    ('incentive', 'Pembayaran insentif', 'Incentive payment', 4),
    ('documents_nik', 'Dokumen dan NIK', 'Documents and NIK', 5),
    ('geography', 'Kondisi geografis', 'Geography', 6),
    ('affordability', 'Kemampuan membayar iuran', 'Ability to pay contributions', 7),
    ('other', 'Lainnya', 'Other', 99);

-- Incentive rules (Perdir 13/PERDIR.02/042022; 2018 launch rules before it). Amounts in rupiah, rates as fractions.
INSERT INTO program_rules (rule, valid_from, valid_to, value, source) VALUES
    ('incentive', '2018-01-01', '2022-03-31',
     '{"min_new_participants": 50, "acquisition_flat": 500000, "contribution_rate": 0.075}',
     'Peluncuran Perisai 2018'),
    ('incentive', '2022-04-01', NULL,
     '{"min_new_participants": 25, "acquisition_jkk_jkm": 10000, "acquisition_jkk_jkm_jht": 15000, "contribution_rate_1_24": 0.15, "contribution_rate_25_60": 0.05, "wadah_share": 0.10, "pay_by_day": 5}',
     'Perdir 13/PERDIR.02/042022');

-- BPU contribution at the lowest bracket: JKK 1 % of declared income, JKM flat, JHT optional 2 %.
INSERT INTO program_rules (rule, valid_from, valid_to, value, source) VALUES
    ('bpu_contribution', '2015-07-01', NULL,
     '{"jkk_rate": 0.01, "jkm_flat": 6800, "jht_rate": 0.02, "lowest_income": 1000000, "lowest_jkk_jkm": 16800, "lowest_all": 36800}',
     'PP 44/2015 dan perubahannya');

-- Agent and wadah rules.
INSERT INTO program_rules (rule, valid_from, valid_to, value, source) VALUES
    ('agent_status', '2022-01-01', NULL,
     '{"inactive_after_months": 3, "rejoin_after_months": 6}', 'Pedoman Perisai'),
    ('wadah', '2022-01-01', NULL,
     '{"min_agents": 5, "pks_max_months": 12, "below_target_months_for_review": 3}', 'Pedoman Perisai 2022'),
    ('target', '2022-01-01', NULL,
     '{"agent_cap": 1.0}', 'Kantor Cabang Jambi: tambahan agen maksimal 100% target cabang');
