"""The asset keys one stage names another by: a warehouse table, the release."""
import dagster as dg

RELEASE_KEY = dg.AssetKey("open_data_release")


def table_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(["warehouse", table])
