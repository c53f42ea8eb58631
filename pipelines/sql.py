"""The project's SQL, which lives in ``sql/``."""
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parents[1] / "sql"


def read_sql(name: str) -> str:
    """The text of ``sql/<name>.sql``."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")
