"""The practice's facts the kit needs, taken once from the profile, and the placeholder filler.

Every value is the profile's own (spaces tidied), or, where the profile left it empty, the
language's fallback words; the emergency number and crisis line come from ``resolve_locale``.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from docguard.policy.profile import Defaults, Profile
from docguard.policykit.content import Content
from docguard.policykit.model import KitError
from docguard.replies.render import LANGUAGES, resolve_locale

#: Placeholders any kit string may use; each always has a value (a fallback when the profile has none).
PLACEHOLDERS = frozenset(
    {
        "practice", "clinician", "professional_page", "contact", "emergency_number", "crisis_line", "crisis_contact",
    }
)  # fmt: skip
#: Placeholders only the bio and pinned-post variants may use: a variant needing an empty one is skipped.
OPTIONAL = frozenset({"phone", "portal", "email", "hours", "contact_list", "contact_short"})


@dataclass(frozen=True, slots=True)
class Facts:
    name: str
    clinician: str
    professional_page: str
    country: str
    channels: Mapping[str, str]  # phone portal email hours address -> value ("" when not given)
    emergency_number: str
    crisis_line: Mapping[str, str]  # by language
    crisis_contact: Mapping[str, str]

    @classmethod
    def from_profile(cls, profile: Profile, defaults: Defaults) -> Facts:
        locale = resolve_locale(profile, defaults)
        ch = profile.channels
        channels = {"phone": ch.phone, "portal": ch.portal, "email": ch.email, "hours": ch.hours, "address": ch.address}
        return cls(
            name=tidy(profile.practice.name),
            clinician=tidy(profile.practice.clinician),
            professional_page=tidy(profile.practice.professional_page),
            country=profile.practice.country.upper(),
            channels={key: tidy(value) for key, value in channels.items()},
            emergency_number=tidy(locale.emergency_number),
            crisis_line={lang: tidy(locale.crisis_line[lang]) for lang in LANGUAGES},
            crisis_contact={lang: tidy(locale.crisis_contact[lang]) for lang in LANGUAGES},
        )

    @property
    def has_channels(self) -> bool:
        return any(self.channels[key] for key in ("phone", "portal", "email"))

    def values(self, content: Content) -> dict[str, str]:
        """Placeholder -> text for ``content``'s language; optional ones may be empty."""
        fb = content.fallbacks
        ch = self.channels
        return {
            "practice": self.name or fb.practice,
            "clinician": self.clinician or fb.clinician,
            "professional_page": self.professional_page or fb.professional_page,
            "contact": self._contact(content) or fb.contact,
            "emergency_number": self.emergency_number,
            "crisis_line": self.crisis_line[content.lang],
            "crisis_contact": self.crisis_contact[content.lang],
            "phone": ch["phone"],
            "portal": ch["portal"],
            "email": ch["email"],
            "hours": ch["hours"],
            "contact_list": self._contact(content),
            "contact_short": ch["phone"] or ch["portal"] or ch["email"],
        }

    def _contact(self, content: Content) -> str:
        words = content.channels
        phrases = {"phone": words.phone, "portal": words.portal, "email": words.email}
        parts = [phrase.format(**{key: self.channels[key]}) for key, phrase in phrases.items() if self.channels[key]]
        if not parts:
            return ""
        listed = parts[0] if len(parts) == 1 else words.joiner.join(parts[:-1]) + words.last_joiner + parts[-1]
        if self.channels["hours"]:
            listed += " " + words.hours.format(hours=self.channels["hours"])
        return listed


def tidy(value: str) -> str:
    """One line, single spaces: a profile value may carry stray newlines or tabs."""
    return " ".join(value.split())


def fields_of(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def fill(text: str, values: Mapping[str, str], where: str = "") -> str:
    """``text`` with its placeholders filled; an unknown placeholder is an error, never left as is."""
    unknown = fields_of(text) - values.keys()
    if unknown:
        raise KitError(f"policy kit text {where or text[:40]!r} uses unknown placeholder {{{sorted(unknown)[0]}}}")
    return text.format_map(values)


__all__ = ["OPTIONAL", "PLACEHOLDERS", "Facts", "fields_of", "fill", "tidy"]
