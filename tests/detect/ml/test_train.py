"""Training is reproducible bit for bit, and thresholds follow the stated rules."""

from __future__ import annotations

import numpy as np
from click.testing import CliRunner

from docguard.cli.main import cli
from docguard.detect.ml.train import SAFETY_RECALL, choose_thresholds
from docguard.taxonomy import Category


def test_docguard_train_rebuilds_the_shipped_model_bit_for_bit() -> None:
    result = CliRunner().invoke(cli, ["train", "--check"])
    assert result.exit_code == 0, result.output
    assert "identical to the shipped model" in result.output
    assert "dev macro-F1: model alone" in result.output


def _cols(cats: tuple[Category, ...], **columns: list[bool]) -> np.ndarray:
    return np.array([columns.get(c.value, [False] * 10) for c in cats]).T


def test_safety_threshold_is_the_highest_that_reaches_the_recall_target() -> None:
    cats = (Category.EMERGENCY, Category.BENIGN)
    prob = np.array([[0.9, 0], [0.8, 0], [0.6, 0], [0.3, 0], [0.2, 0], [0.1, 0], [0.05, 0], [0.04, 0], [0.03, 0], [0.02, 0]])
    gold = _cols(cats, emergency=[True, True, True, True, False, False, False, False, False, False])
    rules = _cols(cats)
    th = choose_thresholds(prob, rules, gold, cats)
    assert th[Category.EMERGENCY] == 0.3  # every gold emergency caught (recall 1.0 >= target); no higher threshold does
    assert th[Category.BENIGN] == 1.0  # benign is never added by the model
    assert SAFETY_RECALL >= 0.99


def test_when_recall_cannot_reach_the_target_precision_is_kept_above_the_floor() -> None:
    cats = (Category.SELF_HARM,)
    # one positive the model scores at 0.01 among nine negatives scored higher: reaching it would flag everything
    prob = np.array([[0.95], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.5], [0.01]])
    gold = np.array([[True], [False], [False], [False], [False], [False], [False], [False], [False], [True]])
    th = choose_thresholds(prob, np.zeros_like(gold), gold, cats)
    assert 0.5 < th[Category.SELF_HARM] <= 0.95


def test_other_categories_take_the_best_combined_f1() -> None:
    cats = (Category.SPAM,)
    prob = np.array([[0.9], [0.7], [0.4], [0.2]])
    gold = np.array([[True], [True], [False], [False]])
    th = choose_thresholds(prob, np.zeros_like(gold), gold, cats)
    assert 0.4 < th[Category.SPAM] <= 0.7
