"""Practice profiles the policy-kit tests build kits from: short, long, sparse, three countries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from docguard.app import App, build_app
from docguard.policy.profile import Profile

US: dict[str, Any] = {
    "practice": {"name": "Riverside Family Medicine", "clinician": "Dr. Alex Rivera", "country": "US", "professional_page": "@riversidefm"},
    "channels": {"phone": "(555) 010-0100", "portal": "https://portal.example.com", "email": "office@example.com", "hours": "Mon-Fri 8-5"},
}
GB: dict[str, Any] = {
    "practice": {"name": "Leeds Road Surgery", "country": "GB"},
    "channels": {"phone": "0113 496 0000", "portal": "https://leedsroad.example.nhs.uk"},
}
ES: dict[str, Any] = {
    "practice": {"name": "Clínica Peña Señor", "clinician": "Dra. Begoña Muñoz", "country": "ES"},
    "channels": {"phone": "910 000 000", "portal": "https://cita.example.es", "hours": "lunes a viernes, 8:00-15:00"},
}
LONG: dict[str, Any] = {
    "practice": {
        "name": "The Very Long Name Integrated Multispecialty Family Medicine, Paediatrics and Women's Health Collaborative of Greater Springfield County",
        "country": "US",
        "professional_page": "@the_very_long_name_integrated_multispecialty_family_medicine_collaborative",
    },
    "channels": {
        "phone": "+1 (555) 010-0100 extension 12345 (press 2 for the front desk)",
        "portal": "https://patient-portal.very-long-subdomain.example-health-system.org/practices/riverside/family-medicine/login?ref=social",
        "email": "front-desk-and-appointments@the-very-long-name-integrated-multispecialty.example.org",
    },
}
SHORT: dict[str, Any] = {"practice": {"name": "Dr K", "country": "US"}, "channels": {"phone": "911-0", "portal": "k.co"}}
WIDE: dict[str, Any] = {  # characters X counts twice
    "practice": {"name": "東京ファミリークリニック 渋谷駅前院 内科・小児科・皮膚科", "country": "US"},
    "channels": {"phone": "〇三-〇〇〇〇-〇〇〇〇"},
}
NO_CHANNELS: dict[str, Any] = {"practice": {"name": "Hillside Clinic", "country": "GB"}}
LONG_EMERGENCY: dict[str, Any] = {
    "practice": {"name": "Coastal Care", "country": "AU"},
    "locale": {"emergency_number": "000 (or 112 from any mobile phone, even without a SIM card, credit or coverage from your own network)"},
    "channels": {"phone": "02 9000 0000"},
}
BUILT_IN: dict[str, Any] = {}

PROFILES = {
    "us": US,
    "gb": GB,
    "es": ES,
    "long": LONG,
    "short": SHORT,
    "wide": WIDE,
    "no-channels": NO_CHANNELS,
    "long-emergency": LONG_EMERGENCY,
    "built-in": BUILT_IN,
}


@pytest.fixture(scope="session")
def app_for() -> Callable[[str], App]:
    apps: dict[str, App] = {}

    def get(name: str) -> App:
        if name not in apps:
            apps[name] = build_app(profile=Profile.model_validate(PROFILES[name]))
        return apps[name]

    return get


def write_profile(path: Path, data: dict[str, Any]) -> Path:
    """``data`` as a TOML profile file (the tests' profiles use only tables of strings)."""
    lines: list[str] = []
    for table, values in data.items():
        lines.append(f"[{table}]")
        lines += [f"{key} = {_toml_string(value)}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
