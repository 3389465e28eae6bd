"""The five platforms the kit writes for, their length limits, and how each one counts.

Limits were checked in November 2026 against the platforms' published limits and several
current character-limit references. Where a platform has two limits for the same kind of text,
the table holds the smaller, so text that fits here fits everywhere on that platform.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Platform(StrEnum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    LINKEDIN = "linkedin"
    TIKTOK = "tiktok"

    @property
    def display(self) -> str:
        return _DISPLAY[self]


_DISPLAY: Final = {
    Platform.INSTAGRAM: "Instagram",
    Platform.FACEBOOK: "Facebook",
    Platform.X: "X",
    Platform.LINKEDIN: "LinkedIn",
    Platform.TIKTOK: "TikTok",
}


@dataclass(frozen=True, slots=True)
class Limits:
    bio: int  # the short profile text under the name
    pinned: int  # the text of one post, which the practice pins to the top of its profile


# The one table of limits, in characters. What each number is:
LIMITS: Final[dict[Platform, Limits]] = {
    # Instagram: profile bio 150; a post's caption 2,200 (the pinned post is a post).
    Platform.INSTAGRAM: Limits(bio=150, pinned=2_200),
    # Facebook: the profile/Page "Intro" (bio) 101; a post 63,206.
    Platform.FACEBOOK: Limits(bio=101, pinned=63_206),
    # X: profile bio 160; a post 280 for accounts without Premium (weighted: see count()).
    Platform.X: Limits(bio=160, pinned=280),
    # LinkedIn: a company Page's tagline 120 (a member's headline allows 220); a post 3,000.
    Platform.LINKEDIN: Limits(bio=120, pinned=3_000),
    # TikTok: profile bio 80; a video caption 2,200 as the posting API enforces it (the app allows 4,000).
    Platform.TIKTOK: Limits(bio=80, pinned=2_200),
}

# X's weighting (its open-source twitter-text rules): characters in these code-point ranges count
# once, every other character twice, and any link counts as 23 whatever its length.
_X_LIGHT: Final = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_X_LINK_LENGTH: Final = 23
_LINK = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*[^\s.,;:!?)])?", re.IGNORECASE)


def count(platform: Platform, text: str) -> int:
    """The length ``platform`` will see, never less: code points (a grapheme is one or more).

    For X, the larger of the plain count and X's weighted count, because which one X applies to a
    bio is not documented; the larger always fits.
    """
    plain = len(text)
    if platform is not Platform.X:
        return plain
    weighted = 0
    rest = 0
    for match in _LINK.finditer(text):
        weighted += _x_weight(text[rest : match.start()]) + _X_LINK_LENGTH
        rest = match.end()
    weighted += _x_weight(text[rest:])
    return max(plain, weighted)


def _x_weight(text: str) -> int:
    return sum(1 if any(lo <= ord(ch) <= hi for lo, hi in _X_LIGHT) else 2 for ch in text)


__all__ = ["LIMITS", "Limits", "Platform", "count"]
