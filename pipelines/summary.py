"""`python -m pipelines.summary`: where the warehouse and the latest release are, and what they hold."""
from __future__ import annotations

from pipelines.settings import resolved_resources
from pipelines.sql import read_sql
from pipelines.store import connect_read_only


def main() -> None:
    resources = resolved_resources()
    warehouse = resources["warehouse"]
    if not warehouse.file.exists():
        raise SystemExit(f"No warehouse at {warehouse.file}: run `make run` first.")
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        counts = dict(con.execute(read_sql("summary/counts")).fetchall())
        rejected = con.execute(read_sql("summary/rejected")).fetchall()
    print(f"Warehouse: {warehouse.file.resolve()}")
    latest = resources["extracts_folder"].root / "latest"
    print(f"Release:   {latest.resolve() if latest.exists() else 'none published yet'}")
    print()
    for name, count in counts.items():
        print(f"  {name:<18}{count:>8}")
    for source_name, reason in rejected:
        print(f"    rejected {source_name}: {reason}")


if __name__ == "__main__":
    main()
