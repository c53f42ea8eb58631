"""Worst seconds per MB of clean + parse over adversarial inputs. Run by hand, not a test:

    .venv/bin/python benchmarks/worst_case.py            # 64 KB, 256 KB and 1 MB per generator
    .venv/bin/python benchmarks/worst_case.py --sizes 65536,262144 --only quote_verb,verbs

Each generator builds text of a given size in bytes (UTF-8) from a pattern that
stresses one part of cleaning or parsing. For every generator and size the
script times ``clean_text`` then ``parse_in_script``, prints seconds per MB and
the growth of seconds per MB from the smallest to the largest size (about 1 for
linear time, about the size ratio for quadratic time), and writes everything as
JSON to ``benchmarks/results/worst_case-<timestamp>.json`` (ignored by git).
A generator whose run would exceed ``--budget`` seconds at the next size is
stopped there and marked so.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines import parsing  # noqa: E402
from pipelines.parsing.cleaning import clean_text  # noqa: E402
from pipelines.parsing.target_script import parse_in_script  # noqa: E402

REPORT = "3月5日上午，青山区总工会召开党组会议。党组书记、主席陈立言主持会议并讲话。区总工会全体干部参加会议。"


def repeat(unit: str) -> Callable[[int], str]:
    """``unit`` repeated to ``size`` bytes."""

    def build(size: int) -> str:
        return unit * max(1, size // len(unit.encode("utf-8")))

    build.__doc__ = f"{unit!r} repeated"
    return build


def random_cjk(size: int) -> str:
    rnd = random.Random(size)
    return "".join(chr(rnd.randint(0x4E00, 0x9FFF)) for _ in range(size // 3))


def random_mixed(size: int) -> str:
    """Meeting words, names and marks at random, after one real meeting: whether the random part
    holds a meeting is chance, and a meeting's text goes through the lexical model, so every size
    starts with one and the model's cost is in the small run as in the large one."""
    rnd = random.Random(size)
    alphabet = "会议召开主持出席王李张市总工会“”「」《》（）()，。、；：\n <>&;#xìǒ?\ufffd"
    return REPORT + "".join(rnd.choice(alphabet) for _ in range(size // 2))


def one_line(size: int) -> str:
    return "会议" + "x" * (size - 6)


def html_soup(size: int) -> str:
    unit = "<div><p class='a'>会议<script>var a='<p>召开</p>';</script><style>p{}</style></p>"
    return "<html><body>" + repeat(unit)(size) + REPORT


def reports_back_to_back(size: int) -> str:
    return repeat(REPORT + "\n")(size)


GENERATORS: dict[str, Callable[[int], str]] = {
    "random_cjk": random_cjk,
    "random_mixed": random_mixed,
    "one_line_no_newline": one_line,
    "newlines": repeat("\n"),
    "curly_quotes": repeat("“"),
    "straight_quotes": repeat('"'),
    "open_brackets": repeat("（【《[("),
    "unbalanced_quotes_brackets": repeat("“会议（召开《"),
    "pinyin_toneless": repeat("系(xì)"),
    "pinyin_toned": repeat("統(tǒng)"),
    "pinyin_orphans": repeat("\ufffdtǒng)"),
    "html_soup": html_soup,
    "html_open_tags": repeat("<div>"),
    "ascii_debris": repeat("$ M( Z& Y \\8 D "),
    "question_marks": repeat("会?议"),
    "dates": repeat("3月5日上午，"),
    "reports_back_to_back": reports_back_to_back,
    "verbs": repeat("召开"),
    "chair_verbs": repeat("主持"),
    "org_and_verb": repeat("总工会召开"),
    "verb_and_name_every_16": repeat("市总工会召开会议王明主持"),
    "verb_and_name_every_16_commas": repeat("市总工会召开会议，王明主持"),
    "open_quote_then_verbs": repeat("“召开会议王明主持"),
    "open_paren_then_verbs": repeat("（召开会议王明主持"),
    "quote_verb": repeat("“王”召开"),
    "quote_chair": repeat("“王明”主持会议，"),
    "book_title_verb": repeat("《会》召开"),
}
"""Adversarial text by name: each takes a size in bytes and returns the text."""


def measure(text: str) -> tuple[float, float]:
    started = time.perf_counter()
    cleaned = clean_text(text, "simplified")
    cleaned_at = time.perf_counter()
    parse_in_script(cleaned.text, "simplified")
    return cleaned_at - started, time.perf_counter() - cleaned_at


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="65536,262144,1048576", help="sizes in bytes, comma separated")
    options.add_argument("--only", default="", help="generators to run, comma separated (default: all)")
    options.add_argument("--budget", type=float, default=120.0, help="skip a size whose estimated run exceeds this many seconds")
    args = options.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    names = [n for n in args.only.split(",") if n] or list(GENERATORS)

    results = []
    for name in names:
        rows, previous = [], None
        for size in sizes:
            if previous is not None:
                estimate = previous["seconds"] * (size / previous["bytes"]) ** 2
                if estimate > args.budget:
                    rows.append({"bytes": size, "skipped": f"estimated {estimate:.0f} s > budget {args.budget:.0f} s"})
                    break
            text = GENERATORS[name](size)
            nbytes = len(text.encode("utf-8"))
            clean_s, parse_s = measure(text)
            seconds = clean_s + parse_s
            row = {
                "bytes": nbytes,
                "clean_seconds": round(clean_s, 4),
                "parse_seconds": round(parse_s, 4),
                "seconds": round(seconds, 4),
                "seconds_per_mb": round(seconds / (nbytes / 1_048_576), 3),
            }
            rows.append(row)
            previous = row
        measured = [r for r in rows if "seconds_per_mb" in r]
        growth = round(measured[-1]["seconds_per_mb"] / max(measured[0]["seconds_per_mb"], 1e-9), 2) if len(measured) > 1 else None
        worst = max(r["seconds_per_mb"] for r in measured)
        results.append({"generator": name, "worst_seconds_per_mb": worst, "growth": growth, "sizes": rows})
        shown = " | ".join(
            f"{r['bytes'] // 1024} KB {r['seconds_per_mb']:.2f} s/MB" if "seconds_per_mb" in r else f"{r['bytes'] // 1024} KB skipped"
            for r in rows
        )
        print(f"{name:32s} worst {worst:7.2f} s/MB  growth x{growth}  [{shown}]", flush=True)

    worst = max(results, key=lambda r: r["worst_seconds_per_mb"])
    print(f"\nworst: {worst['generator']} at {worst['worst_seconds_per_mb']:.2f} s/MB")
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = out_dir / f"worst_case-{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "measured_at": stamp,
                "parser_version": parsing.parser_version() if hasattr(parsing, "parser_version") else getattr(parsing, "PARSER_VERSION", None),
                "python": platform.python_version(),
                "machine": platform.machine(),
                "sizes": sizes,
                "worst": {"generator": worst["generator"], "seconds_per_mb": worst["worst_seconds_per_mb"]},
                "generators": results,
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"written {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
