"""The normaliser defeats evasion and every normalised character maps back into the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docguard.text.normalise import Normaliser, fold_pattern

N = Normaliser()


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("CH3ST hurts!!!", "chest hurts!"),
        ("k1ll mys3lf", "kil myself"),
        ("c h e s t  p a i n", "chest pain"),
        ("m e  d u e l e  e l  p e c h o", "me duele el pecho"),
        ("k.i.l.l m.y.s.e.l.f", "kil myself"),
        ("chеst pаin", "chest pain"),  # Cyrillic е, а
        ("chεst ραin", "chest pain"),  # Greek epsilon, rho, alpha
        ("can\u200bt breeeathe", "cant breathe"),
        ("\u202eleh\u202c", "leh"),  # bidi controls dropped
        ("Me duele el pécho", "me duele el pecho"),
        ("I’m", "i'm"),
        ("ｃｈｅｓｔ", "chest"),  # full-width letters (NFKC)
        ("3nd 1t 4ll", "end it al"),
        ("I w4nt t0 d!e", "i want to die"),
    ],
)
def test_evasions_are_undone(original: str, normalised: str) -> None:
    assert N.normalise(original).text == normalised


@pytest.mark.parametrize("text", ["take 400mg", "1st visit", "at 3am", "b12 and covid19", "4th flat"])
def test_numbers_units_and_ordinals_stay(text: str) -> None:
    assert N.normalise(text).text == text


def test_meaningful_emoji_become_words_with_offsets() -> None:
    norm = N.normalise("help 🚑 now")
    i = norm.text.index("ambulance")
    assert norm.original_slice(i, i + len("ambulance")) == "🚑"


def test_fold_pattern_meets_the_text_in_the_same_form() -> None:
    assert fold_pattern(r"\bbleeding") == r"\bbleding"
    assert fold_pattern(r"(?P<n>\d+) Mañana") == r"(?P<n>\d+) manana"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_every_normalised_character_maps_inside_the_original(text: str) -> None:
    norm = N.normalise(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for a, b in zip(norm.starts, norm.ends, strict=True):
        assert 0 <= a < b <= len(text)
    assert list(norm.starts) == sorted(norm.starts)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abc 1340.-😂\u200bе", max_size=40))
def test_spans_map_to_original_slices(text: str) -> None:
    norm = N.normalise(text)
    for start in range(len(norm.text)):
        for end in range(start + 1, len(norm.text) + 1):
            a, b = norm.span(start, end)
            assert 0 <= a < b <= len(text)
