#pragma once
// Offices files (kind offices: kode_kantor, nama, jenis KANWIL/KC/KCP, induk, wilayah, alamat, kepala): the
// office tree a branch starts from. An office may name as its induk an office of the same file, above or
// below it, so the tree is checked once every row is read and written top down (Kanwil, KC, then KCP).

#include "entity.h"

namespace perisai::imports {

std::unique_ptr<Processor> makeOfficesProcessor(ImportContext &context);

// The columns an offices import writes (besides batch_id, version and updated_at): what its undo restores.
QList<ColumnDef> officeColumns();

} // namespace perisai::imports
