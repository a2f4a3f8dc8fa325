"""The fact benchmark on real published articles (../shared/eval/real_dev/).

The articles are never copied into the repository: this test reads them from
../shared/eval/ beside the checkout and skips, saying why, when it is absent.
It scores the extractor with the shared scorer and fails below the targets:
precision >= 0.95 and recall >= 0.90 overall, recall >= 0.85 for each kind.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from app.core.corpus import load_article
from app.core.facts import extract_facts

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
SCORER = EVAL / "score_facts.py"
GOLD = EVAL / "gold_real_dev.yaml"


def _scorer():
    if not SCORER.exists() or not GOLD.exists():
        pytest.skip(f"the real-article benchmark is not beside the checkout ({EVAL} is absent)")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(scorer) -> tuple[dict[str, list[int]], int]:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    folder = GOLD.parent / gold["articles_dir"]
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


def test_real_articles_meet_the_precision_and_recall_targets() -> None:
    totals, ungrounded = _score(_scorer())
    tp, fp, fn = (sum(counts[i] for counts in totals.values()) for i in range(3))
    assert ungrounded == 0
    assert tp / (tp + fp) >= 0.95, f"precision {tp / (tp + fp):.3f} ({totals})"
    assert tp / (tp + fn) >= 0.90, f"recall {tp / (tp + fn):.3f} ({totals})"
    for kind, (kind_tp, _, kind_fn) in totals.items():
        if kind_tp + kind_fn:
            assert kind_tp / (kind_tp + kind_fn) >= 0.85, f"{kind} recall {kind_tp / (kind_tp + kind_fn):.3f}"
