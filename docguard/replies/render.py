"""Renders reply templates with the practice's name, channels, emergency number and crisis line."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from importlib import resources

from docguard.errors import ProfileError, TemplateError
from docguard.policy.profile import Defaults, Profile

LANGUAGES = ("en", "es")
PLACEHOLDERS = frozenset({"contact", "emergency_number", "crisis_line", "crisis_contact", "professional_page"})


@dataclass(frozen=True, slots=True)
class LocaleValues:
    emergency_number: str
    crisis_line: dict[str, str]
    crisis_contact: dict[str, str]


def resolve_locale(profile: Profile, defaults: Defaults) -> LocaleValues:
    """Profile values first, then the country's built-in ones; a gap is an error, never a guess."""
    loc = profile.locale
    base = defaults.locales.get(profile.practice.country.upper())
    number = loc.emergency_number or (base.emergency_number if base else "")
    line_en = loc.crisis_line or (base.crisis_line if base else "")
    contact_en = loc.crisis_contact or (base.crisis_contact if base else "")
    if not (number and line_en and contact_en):
        key = "locale.emergency_number" if not number else "locale.crisis_line" if not line_en else "locale.crisis_contact"
        raise ProfileError(
            "profile", key, f"country {profile.practice.country!r} has no built-in value: set {key} in the profile"
        )
    line_es = loc.crisis_line_es or (base.crisis_line_es if base and not loc.crisis_line else line_en)
    contact_es = loc.crisis_contact_es or (base.crisis_contact_es if base and not loc.crisis_contact else contact_en)
    return LocaleValues(number, {"en": line_en, "es": line_es}, {"en": contact_en, "es": contact_es})


def load_templates(lang: str) -> dict[str, object]:
    raw = resources.files("docguard.replies").joinpath("templates", f"{lang}.toml").read_text("utf-8")
    return tomllib.loads(raw)


class Renderer:
    def __init__(self, profile: Profile, defaults: Defaults) -> None:
        self._profile = profile
        self._locale = resolve_locale(profile, defaults)
        self._templates: dict[str, dict[str, str]] = {}
        self._values: dict[str, dict[str, str]] = {}
        for lang in LANGUAGES:
            data = load_templates(lang)
            channels = data.pop("channels")
            if not isinstance(channels, dict):
                raise TemplateError(f"templates/{lang}.toml: [channels] is missing")
            self._templates[lang] = {k: v for k, v in data.items() if isinstance(v, str)}
            self._values[lang] = self._values_for(lang, channels)
            for name, text in self._templates[lang].items():
                _check_placeholders(lang, name, text)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._templates["en"])

    def _values_for(self, lang: str, words: dict[str, str]) -> dict[str, str]:
        ch = self._profile.channels
        parts = [words[key].format(**{key: value}) for key, value in (("phone", ch.phone), ("portal", ch.portal), ("email", ch.email)) if value]
        practice = self._profile.practice.name or words["practice_default"]
        if not parts:
            contact = f"{practice} {words['none']}"
        else:
            listed = parts[0] if len(parts) == 1 else words["joiner"].join(parts[:-1]) + words["last_joiner"] + parts[-1]
            if ch.hours:
                listed += " " + words["hours"].format(hours=ch.hours)
            contact = f"{practice}: {listed}"
        return {
            "contact": contact,
            "emergency_number": self._locale.emergency_number,
            "crisis_line": self._locale.crisis_line[lang],
            "crisis_contact": self._locale.crisis_contact[lang],
            "professional_page": self._profile.practice.professional_page or words["professional_page_default"],
        }

    def render(self, template: str, lang: str) -> str | None:
        """The reply for ``template`` in ``lang`` (English when the language has no templates)."""
        if not template:
            return None
        if template == "unsupported_language":
            return "\n\n".join(self._one(template, code) for code in LANGUAGES)
        return self._one(template, lang if lang in LANGUAGES else "en")

    def _one(self, template: str, lang: str) -> str:
        text = self._templates[lang].get(template)
        if text is None:
            raise TemplateError(f"templates/{lang}.toml has no template {template!r}")
        return text.format_map(self._values[lang])


def _check_placeholders(lang: str, name: str, text: str) -> None:
    for _, field, _, _ in string.Formatter().parse(text):
        if field is not None and field not in PLACEHOLDERS:
            raise TemplateError(f"templates/{lang}.toml: template {name!r} uses unknown placeholder {{{field}}}")


__all__ = ["LANGUAGES", "PLACEHOLDERS", "Renderer", "resolve_locale"]
