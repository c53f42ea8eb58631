"""What a scraper's sidecar gives a report, and what a bad one costs it: the bad field, never the report."""
import datetime as dt
import json

import pytest

from pipelines.sidecars import NOT_JSON, read_sidecar


def sidecar(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


def test_every_field_is_read_and_times_are_kept_in_utc():
    metadata = read_sidecar(
        sidecar(
            url="https://www.example.cn/news/2024/0501.html",
            site="示例新闻网",
            title="区总工会传达学习会议精神",
            published_at="2024-05-01T09:30:00+08:00",
            fetched_at="2024-05-02T01:00:00Z",
            licence="CC BY 4.0",
            crawler="spider-7",
        )
    )
    assert metadata.problems == ()
    assert (metadata.url, metadata.site, metadata.title, metadata.licence) == (
        "https://www.example.cn/news/2024/0501.html", "示例新闻网", "区总工会传达学习会议精神", "CC BY 4.0",
    )
    assert metadata.published_at == dt.datetime(2024, 5, 1, 1, 30, tzinfo=dt.UTC)
    assert metadata.fetched_at == dt.datetime(2024, 5, 2, 1, 0, tzinfo=dt.UTC)
    assert metadata.published_on == dt.date(2024, 5, 1)
    assert len(metadata.sha256) == 64


def test_a_time_without_a_zone_is_china_time_and_its_day_is_the_day_written():
    late = read_sidecar(sidecar(published_at="2024-05-01 23:30"))
    assert late.published_at == dt.datetime(2024, 5, 1, 15, 30, tzinfo=dt.UTC)
    assert late.published_on == dt.date(2024, 5, 1)
    assert read_sidecar(sidecar(published_at="2024-05-01")).published_on == dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    "fields, flag",
    [
        ({"url": "ftp://example.cn/a.txt"}, "sidecar_bad_url"),
        ({"url": "javascript:alert(1)"}, "sidecar_bad_url"),
        ({"url": "https://exa mple.cn/"}, "sidecar_bad_url"),
        ({"url": "https:///no-host"}, "sidecar_bad_url"),
        ({"published_at": "2024年5月1日"}, "sidecar_bad_published_at"),
        ({"published_at": "2024-13-01"}, "sidecar_bad_published_at"),
        ({"fetched_at": 1714521600}, "sidecar_bad_fetched_at"),
        ({"title": ["区总工会"]}, "sidecar_bad_title"),
        ({"site": ""}, "sidecar_bad_site"),
        ({"licence": {"name": "CC BY"}}, "sidecar_bad_licence"),
    ],
)
def test_a_field_that_cannot_be_used_is_left_out_and_flagged_the_others_kept(fields, flag):
    kept = {"title": "标题"} if "site" in fields else {"site": "示例新闻网"}
    metadata = read_sidecar(sidecar(**kept, **fields))
    assert metadata.problems == (flag,)
    assert getattr(metadata, flag.removeprefix("sidecar_bad_")) is None
    assert all(getattr(metadata, name) == value for name, value in kept.items())


@pytest.mark.parametrize("data", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b'"a string"', b"[" * 100_000])
def test_a_sidecar_that_is_not_a_json_object_is_flagged_and_gives_nothing(data):
    metadata = read_sidecar(data)
    assert metadata.problems == (NOT_JSON,)
    assert (metadata.url, metadata.title, metadata.published_at) == (None, None, None)
    assert metadata.sha256 is not None


def test_null_fields_are_absent_not_bad():
    metadata = read_sidecar(sidecar(url=None, title="标题"))
    assert metadata.problems == ()
    assert metadata.url is None and metadata.title == "标题"


def test_a_byte_order_mark_is_allowed():
    assert read_sidecar("\ufeff".encode() + sidecar(site="示例新闻网")).site == "示例新闻网"
