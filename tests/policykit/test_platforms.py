"""The length-limit table and how each platform counts."""

from __future__ import annotations

from docguard.policykit.platforms import LIMITS, Platform, count


def test_the_limits_are_the_platforms_published_ones() -> None:
    assert LIMITS[Platform.INSTAGRAM].bio == 150
    assert LIMITS[Platform.X].bio == 160
    assert LIMITS[Platform.TIKTOK].bio == 80
    assert LIMITS[Platform.FACEBOOK].bio == 101
    assert LIMITS[Platform.LINKEDIN].bio == 120
    assert LIMITS[Platform.X].pinned == 280
    assert LIMITS[Platform.INSTAGRAM].pinned == 2_200
    assert LIMITS[Platform.LINKEDIN].pinned == 3_000
    assert set(LIMITS) == set(Platform)


def test_most_platforms_count_code_points() -> None:
    assert count(Platform.INSTAGRAM, "¿Qué tal? ñ") == 11
    assert count(Platform.TIKTOK, "https://a.example") == 17


def test_x_counts_links_as_23_and_wide_characters_twice_never_less_than_plain() -> None:
    assert count(Platform.X, "see k.co now") == len("see ") + 23 + len(" now")
    long_link = "https://portal.example.com/" + "a" * 60
    assert count(Platform.X, long_link) == len(long_link)  # the plain count is larger: it wins
    assert count(Platform.X, "東京") == 4
    assert count(Platform.X, "¿Qué? – “ok”") == len("¿Qué? – “ok”")  # Latin and common punctuation weigh 1
