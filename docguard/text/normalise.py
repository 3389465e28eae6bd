"""Normalisation that defeats evasion while keeping a map back to the ORIGINAL text.

Detectors match against ``NormText.text``: lower case, accents folded, look-alike letters
from other scripts mapped to Latin, invisible characters dropped, leetspeak inside words
decoded, spaced-out letters joined, runs of a repeated letter squeezed to one, meaningful
emoji spelled as words, white space collapsed. Every character of the normalised text
remembers the span of original characters it came from, so evidence always points at
what the person actually wrote.

Lexicon patterns go through ``fold_pattern`` so they meet the text in the same form
(``kill`` is matched as ``kil`` because ``killll`` and ``kill`` both squeeze to that).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Zero-width, bidi controls, soft hyphen, variation selectors, BOM: invisible, used to split words.
_INVISIBLE = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2060, 0x2070)]
    + [chr(c) for c in range(0xFE00, 0xFE10)]
    + ["\u00ad", "\ufeff", "\u034f", "\u180e"]
)

# Emoji that carry meaning for triage, spelled as words the lexicons use.
EMOJI_WORDS: dict[str, str] = {
    "🚑": "ambulance", "🆘": "sos", "🫀": "heart", "💊": "pills", "🩸": "blood",
    "🔪": "knife", "🔫": "gun", "🪦": "grave", "⚰": "coffin", "💀": "emjskull",
    "😂": "emjlaugh", "🤣": "emjlaugh", "😆": "emjlaugh", "😹": "emjlaugh",
    "😍": "emjlove", "🥰": "emjlove", "😘": "emjkiss", "💋": "emjkiss", "😚": "emjkiss",
    "🌹": "emjrose", "😏": "emjsmirk", "😉": "emjwink", "🔥": "emjfire",
    "💕": "emjhearts", "💘": "emjhearts", "💞": "emjhearts", "💓": "emjhearts", "💗": "emjhearts",
    "💖": "emjhearts", "❤": "emjheart", "♥": "emjheart", "💔": "emjbroken",
    "🍆": "emjsexual", "🍑": "emjsexual", "💦": "emjsexual", "👅": "emjsexual",
    "😡": "emjangry", "🤬": "emjangry", "🖕": "emjfinger", "😵": "emjdizzy", "😵‍💫": "emjdizzy",
    "🤒": "emjsick", "🤕": "emjsick", "🤮": "emjsick", "🤢": "emjsick", "😭": "emjcry", "😢": "emjcry",
    "😞": "emjsad", "😔": "emjsad",
}

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"})
_LEET_RUN = re.compile(r"(?<=[a-z])[013457@$!|]+(?=[a-z])")
_LEET_DOLLAR = re.compile(r"(?<![\w$])\$(?=[a-z]{2})")
# Leet at the edge of a word ("4ll", "3nd", "pu3d0", "t0"), but not ordinals, units or times ("1st", "4mg", "3am").
_LEET_EDGE = re.compile(r"(?<![\w@$])[0134]+[a-z]+\b|(?<![\w@$])[a-z]+[034]\b")
_NOT_LEET = re.compile(
    r"\d*(?:1st|3rd|[04-9]th|1\dth)|\d+(?:am|pm|mg|ml|mcg|hr|hrs|h|min|mins|yo|y|kg|lbs?|cm|mm|wks?|w|yrs?|mos?|m|d|days?|weeks?|"
    r"months?|years?|hours?|ish|x|k|s|g)|[a-z]+\d"
)
# Text typed with a space between letters and two between words: "m e  d u e l e  e l  p e c h o".
_SPACED_WORDS = re.compile(r"(?<![a-z0-9'])[a-z](?: {1,3}[a-z]){5,}(?![a-z0-9])")
_SPACED = re.compile(r"(?<![a-z0-9'])(?:[a-z][ .\-_*]){2,}[a-z](?![a-z0-9])")
_REPEAT = re.compile(r"([a-z])\1+|([?!.])\2+")
_SPACE = re.compile(r"\s{2,}|[^\S ]")
_SPACED_SEP = re.compile(r"[ .\-_*]")


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised text and, per normalised character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original it came from."""
        if not self.text:
            return (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def _fold_char(ch: str, confusables: dict[str, str]) -> str:
    """One original character to its normalised form ('' drops it)."""
    if ch in _INVISIBLE:
        return ""
    word = EMOJI_WORDS.get(ch)
    if word is not None:
        return f" {word} "
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc.isascii():  # full-width and compatibility forms ("Ｉ" -> "I") are plain letters, not look-alikes
        return nfkc.lower()
    direct = confusables.get(ch)
    if direct is not None:
        return direct
    out = []
    for raw in unicodedata.normalize("NFKC", ch):
        # a character NFKC made plain ASCII is not a look-alike; others may be
        c = raw.lower() if raw.isascii() else confusables.get(raw) or confusables.get(raw.casefold(), raw.casefold())
        decomposed = unicodedata.normalize("NFD", c)
        base = "".join(d for d in decomposed if not unicodedata.combining(d))
        out.append(base or c)
    text = "".join(out)
    if text in ("\u2019", "\u2018", "\u02bc", "`", "\u00b4"):
        return "'"
    if text in ("\u201c", "\u201d"):
        return '"'
    return text


@cache
def _confusables() -> dict[str, str]:
    """Letters of other scripts that look like a Latin letter or digit (Cyrillic 'е', Greek 'ο', ...).

    Built from the Unicode confusables table shipped by the confusable-homoglyphs package;
    Latin letters with accents are left to accent folding.
    """
    raw = resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    table: dict[str, str] = {}
    for char, entries in json.loads(raw).items():
        if len(char) != 1 or char.isascii() or not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            continue
        for entry in entries:
            target = entry["c"]
            if len(target) == 1 and target.isascii() and target.isalnum():
                table[char] = target.lower()
                break
    # Greek small letters used as Latin look-alikes in evasion, which the Unicode table does not pair.
    table.update({"ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x", "η": "n"})
    return table


class Normaliser:
    """Builds NormText. One instance per App; it caches per-character folds."""

    def __init__(self) -> None:
        self._confusables = _confusables()
        self._cache: dict[str, str] = {}

    def fold_char(self, ch: str) -> str:
        got = self._cache.get(ch)
        if got is None:
            got = _fold_char(ch, self._confusables)
            self._cache[ch] = got
        return got

    def normalise(self, original: str) -> NormText:
        if original.isascii():
            text = original.lower()
            starts: list[int] = list(range(len(text)))
            ends: list[int] = [i + 1 for i in starts]
        else:
            parts: list[str] = []
            starts, ends = [], []
            for i, ch in enumerate(original):
                folded = ch.lower() if ch.isascii() else self.fold_char(ch)
                if folded:
                    parts.append(folded)
                    starts.extend([i] * len(folded))
                    ends.extend([i + 1] * len(folded))
            text = "".join(parts)
        text, starts, ends = _sub(_LEET_RUN, lambda m: m.group().translate(_LEET), text, starts, ends)
        text, starts, ends = _sub(_LEET_DOLLAR, lambda m: "s", text, starts, ends)
        text, starts, ends = _sub(_LEET_EDGE, _edge_leet, text, starts, ends)
        text, starts, ends = _sub(_SPACED_WORDS, _join_spaced_words, text, starts, ends)
        text, starts, ends = _sub(_SPACED, _join_spaced, text, starts, ends)
        text, starts, ends = _sub(_REPEAT, lambda m: m.group()[0], text, starts, ends)
        text, starts, ends = _sub(_SPACE, lambda m: " ", text, starts, ends)
        return NormText(original, text, tuple(starts), tuple(ends))


def _edge_leet(m: re.Match[str]) -> str:
    token = m.group()
    if _NOT_LEET.fullmatch(token) and not token[-1].isdigit():
        return token
    if token[-1] in "34" and len(token) > 3 and not any(c.isdigit() for c in token[:-1]):
        return token  # "covid9", "mp3"-like product names keep their digit unless short like "t0", "n0", "pu3d0"
    return token.translate(_LEET)


def _join_spaced(m: re.Match[str]) -> str:
    """'c h e s t' -> 'chest'; 'k.i.l.l m.y.s.e.l.f' -> 'kill myself' (spaces part words when dots join letters)."""
    run = m.group()
    if " " in run and any(c in run for c in ".-_*"):
        return "".join(c for c in run if c not in ".-_*")
    return _SPACED_SEP.sub("", run)


def _join_spaced_words(m: re.Match[str]) -> str:
    """Letters one space apart form a word; two or more spaces part the words."""
    run = m.group()
    if "  " not in run:
        return run  # single spaces only: left to _SPACED, which joins it into one word
    return " ".join(part.replace(" ", "") for part in re.split(r" {2,}", run))


def _sub(
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str],
    text: str,
    starts: list[int],
    ends: list[int],
) -> tuple[str, list[int], list[int]]:
    """re.sub that keeps the offset map: a replaced run maps onto the span of what it replaced.

    Where the replacement has the same length, character i maps to character i; otherwise
    each new character maps to the whole replaced span (its first start to its last end).
    """
    matches = list(pattern.finditer(text))
    if not matches:
        return text, starts, ends
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for m in matches:
        a, b = m.span()
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        rep = repl(m)
        out.append(rep)
        if len(rep) == b - a:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        elif rep:
            new_starts.extend([starts[a]] * len(rep))
            new_ends.extend([ends[b - 1]] * len(rep))
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


_ESCAPED_OR_CHAR = re.compile(r"\(\?P<\w+>|\\.|.", re.S)


def fold_pattern(source: str, normaliser: Normaliser | None = None) -> str:
    """Bring a lexicon regex into the normalised form: lower case, accents folded, repeats squeezed.

    Escapes (``\\b``, ``\\s``) are kept whole, so ``\\bbleed`` squeezes to ``\\bbled``, not ``\\bled``.
    """
    fold = (normaliser or _default_normaliser()).fold_char
    out: list[str] = []
    prev = ""
    for m in _ESCAPED_OR_CHAR.finditer(source):
        tok = m.group()
        if len(tok) > 1:  # an escape sequence or a group name: copy it, it breaks any run
            out.append(tok)
            prev = ""
            continue
        ch = tok.lower() if tok.isascii() else fold(tok).strip()
        if ch.isalpha() and ch == prev:
            continue
        out.append(ch)
        prev = ch if ch.isalpha() else ""
    return "".join(out)


@cache
def _default_normaliser() -> Normaliser:
    return Normaliser()


__all__ = ["EMOJI_WORDS", "NormText", "Normaliser", "fold_pattern"]
