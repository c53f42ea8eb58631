"""Stage 5: Parquet and CSV extracts of every warehouse table, for the open-data portal."""

import dagster as dg

from pipelines.extracts import write_extracts
from pipelines.resources import ExtractsFolder, Warehouse
from pipelines.store import TABLES, connect_read_only
from pipelines.warehouse import table_key


@dg.asset(
    group_name="publish",
    deps=[table_key(table) for table in TABLES],
    kinds={"parquet", "csv"},
    description="One Parquet (zstd) and one CSV file per warehouse table, each replaced atomically.",
)
def extracts(warehouse: Warehouse, extracts_folder: ExtractsFolder) -> dg.MaterializeResult:
    con = connect_read_only(warehouse.file, warehouse.settings)
    try:
        written = write_extracts(con, extracts_folder.root)
    finally:
        con.close()
    return dg.MaterializeResult(
        metadata={
            "folder": dg.MetadataValue.path(str(extracts_folder.root)),
            "files": dg.MetadataValue.json({name: path.stat().st_size for name, path in written.items()}),
        }
    )
