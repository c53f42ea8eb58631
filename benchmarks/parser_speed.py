"""How many reports per second one core cleans and parses (a benchmark, run by hand; not a test).

    .venv/bin/python benchmarks/parser_speed.py [FOLDER] [--rounds N]

FOLDER defaults to ../shared/corpus/dev/raw. Files are read and decoded once; the
timed part is clean_text for every report and parse_reports over all of them (the lexical
model tags the whole folder's clauses together, as a batch step does), repeated N times.
The model is loaded before the clock starts.
Prints the figures and writes them as JSON to benchmarks/results/parser_speed.json.
"""
import argparse
import json
import statistics
import time
from pathlib import Path

from pipelines.parsing import parser_version
from pipelines.parsing.cleaning import clean_text
from pipelines.parsing.decoding import decode_report
from pipelines.parsing.lexical import lexical_model
from pipelines.parsing.report import parse_reports

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folder", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus" / "dev" / "raw")
    arguments.add_argument("--rounds", type=int, default=5)
    options = arguments.parse_args()
    texts = [decode_report(path.read_bytes()).text for path in sorted(options.folder.rglob("*.txt"))]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    lexical_model()
    seconds = []
    for _ in range(options.rounds):
        started = time.perf_counter()
        parse_reports([(clean_text(text).text, None) for text in texts])
        seconds.append(time.perf_counter() - started)
    best, median = min(seconds), statistics.median(seconds)
    result = {
        "parser_version": parser_version(),
        "folder": str(options.folder),
        "reports": len(texts),
        "megabytes": round(megabytes, 3),
        "rounds": options.rounds,
        "best_seconds": round(best, 4),
        "median_seconds": round(median, 4),
        "reports_per_second": round(len(texts) / median, 1),
        "megabytes_per_second": round(megabytes / median, 3),
    }
    print(json.dumps(result, indent=2))
    out = REPO / "benchmarks" / "results" / "parser_speed.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
