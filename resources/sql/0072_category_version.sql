-- Obstacle categories are edited in the window like the other reference rows: they carry `version` too, so
-- that two desks renaming the same category do not overwrite each other (UPDATE ... WHERE version = ?).
ALTER TABLE obstacle_categories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
