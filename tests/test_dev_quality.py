"""Regression guard: the parser's figures on the dev corpus and on the invented reports may not drop
more than 0.02 below their baselines.

The baselines (tests/fixtures/dev_scores.json, invented_scores.json) hold what the code reached when last raised;
raise it when the parser gets better, never lower it to let a change through.
"""
import contextlib
import importlib.util
import io
import json

import pytest

from tests.conftest import DEV_CORPUS, REPO

TOLERANCE = 0.02
BASELINE = json.loads((REPO / "tests" / "fixtures" / "dev_scores.json").read_text(encoding="utf-8"))
SCORER = DEV_CORPUS.parents[1] / "eval" / "score.py"
INVENTED = REPO / "tests" / "fixtures" / "invented"
INVENTED_BASELINE = json.loads((REPO / "tests" / "fixtures" / "invented_scores.json").read_text(encoding="utf-8"))


def score(warehouse, gold) -> dict:
    spec = importlib.util.spec_from_file_location("dev_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scorer.main(["--warehouse", str(warehouse), "--gold", str(gold), "--json"])
    return json.loads(printed.getvalue().strip().splitlines()[-1])


def figures_below_baseline(figures: dict, baseline: dict) -> dict:
    reached = {name: (figures[name]["f1"] if isinstance(figures[name], dict) else figures[name]) for name in baseline}
    return {name: (reached[name], floor) for name, floor in baseline.items() if reached[name] < floor - TOLERANCE}


def test_dev_corpus_figures_hold(dev_corpus, pipeline):
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    for path in sorted((dev_corpus / "raw").glob("*.txt")):
        pipeline.add(path)
    pipeline.run()
    figures = score(pipeline.warehouse, dev_corpus / "gold")
    assert figures["reports_missing_from_warehouse"] == 0
    dropped = figures_below_baseline(figures, BASELINE)
    assert dropped == {}, f"figures below baseline - {TOLERANCE}: {dropped}"


def test_invented_reports_figures_hold(pipeline):
    if not SCORER.exists():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    for path in sorted((INVENTED / "raw").glob("*.txt")):
        pipeline.add(path)
    pipeline.run()
    figures = score(pipeline.warehouse, INVENTED / "gold")
    assert figures["reports_missing_from_warehouse"] == 0
    dropped = figures_below_baseline(figures, INVENTED_BASELINE)
    assert dropped == {}, f"figures below baseline - {TOLERANCE}: {dropped}"
