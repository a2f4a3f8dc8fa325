"""The fact benchmark: the shared scorer run on every gold set, against its targets.

- the seed gold (../shared/eval/gold_seeds.yaml) and the articles in tests/data/:
  precision and recall >= 0.95;
- the real published articles in ../shared/eval/real_dev/: precision >= 0.95 and
  recall >= 0.90 overall, recall >= 0.85 for each kind.

The real articles are never copied into the repository: they are read from
../shared/eval/ beside the checkout, and a test skips, saying why, when it is absent.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from app.core.corpus import load_article
from app.core.facts import extract_facts

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "score_facts.py"


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside the checkout ({SCORER} is absent)")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(gold_path: Path) -> tuple[dict[str, list[int]], int]:
    """(tp, fp, fn) per kind and the number of ungrounded quotes, over the gold file's articles."""
    scorer = _scorer()
    if not gold_path.exists():
        pytest.skip(f"{gold_path} is not here")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    folder = gold_path.parent / gold["articles_dir"]
    totals = {kind: [0, 0, 0] for kind in scorer.KINDS}
    ungrounded = 0
    for entry in gold["articles"]:
        path = folder / f"{entry['article']}.txt"
        preds = [fact.to_dict() for fact in extract_facts(load_article(path))]
        result = scorer.score_article(entry, preds, path.read_text(encoding="utf-8"), gold.get("aliases", {}),
                                      lambda _line: None)
        ungrounded += result["ungrounded"]
        for kind, counts in result["counts"].items():
            totals[kind] = [a + b for a, b in zip(totals[kind], counts)]
    return totals, ungrounded


@pytest.mark.parametrize(
    ("gold_path", "precision_target", "recall_target", "kind_recall_target"),
    [
        (EVAL / "gold_seeds.yaml", 0.95, 0.95, 0.0),
        (ROOT / "tests" / "data" / "gold_extra.yaml", 0.95, 0.95, 0.0),
        (EVAL / "gold_real_dev.yaml", 0.95, 0.90, 0.85),
    ],
    ids=["seed-gold", "extra-gold", "real-dev"],
)
def test_the_extractor_meets_its_targets(gold_path: Path, precision_target: float, recall_target: float,
                                         kind_recall_target: float) -> None:
    totals, ungrounded = _score(gold_path)
    tp, fp, fn = (sum(counts[i] for counts in totals.values()) for i in range(3))
    assert ungrounded == 0
    assert tp / (tp + fp) >= precision_target, f"precision {tp / (tp + fp):.3f} ({totals})"
    assert tp / (tp + fn) >= recall_target, f"recall {tp / (tp + fn):.3f} ({totals})"
    for kind, (kind_tp, _, kind_fn) in totals.items():
        if kind_tp + kind_fn:
            assert kind_tp / (kind_tp + kind_fn) >= kind_recall_target, (
                f"{kind} recall {kind_tp / (kind_tp + kind_fn):.3f}")
