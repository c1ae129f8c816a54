-- An office that closes (a KCP merged into another, say) keeps its row: wadah, agents, participants and past
-- Monev sessions still point at it. closed_on marks it closed from that day; forms no longer offer it.
ALTER TABLE offices ADD COLUMN closed_on DATE;
-- Offices can be imported (kind offices): the batch that wrote a row, so that the import can be undone.
ALTER TABLE offices ADD COLUMN batch_id BIGINT REFERENCES import_batches (id);
