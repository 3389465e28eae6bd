"""The inbound and outgoing detectors, as explicit lists: adding one is a one-line, reviewable change."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from docguard.detect.base import LexiconDetector, Rule
from docguard.detect.inbound.appointment_admin import AppointmentAdminDetector
from docguard.detect.inbound.connection_request import ConnectionRequestDetector
from docguard.detect.inbound.emergency import EmergencyDetector
from docguard.detect.inbound.emotional_dependency import EmotionalDependencyDetector
from docguard.detect.inbound.general_question import GeneralQuestionDetector
from docguard.detect.inbound.medical_advice import MedicalAdviceDetector
from docguard.detect.inbound.review_feedback import ReviewFeedbackDetector
from docguard.detect.inbound.romantic import RomanticDetector
from docguard.detect.inbound.self_harm import SelfHarmDetector
from docguard.detect.inbound.spam import SpamDetector
from docguard.detect.inbound.threat_harassment import ThreatHarassmentDetector
from docguard.detect.outgoing.appointment_details import AppointmentDetailsDetector
from docguard.detect.outgoing.base import OutgoingDetector
from docguard.detect.outgoing.disparaging import DisparagingDetector
from docguard.detect.outgoing.excuse import EXCUSES
from docguard.detect.outgoing.personal_advice import PersonalAdviceDetector
from docguard.detect.outgoing.phi import PhiDetector
from docguard.detect.outgoing.relationship import RelationshipDetector
from docguard.detect.outgoing.romantic import RomanticDetector as OutgoingRomanticDetector
from docguard.detect.outgoing.vague_reassurance import VagueReassuranceDetector
from docguard.taxonomy import Category

INBOUND_DETECTORS: tuple[type[LexiconDetector], ...] = (
    EmergencyDetector,
    SelfHarmDetector,
    ThreatHarassmentDetector,
    RomanticDetector,
    MedicalAdviceDetector,
    AppointmentAdminDetector,
    EmotionalDependencyDetector,
    ConnectionRequestDetector,
    ReviewFeedbackDetector,
    GeneralQuestionDetector,
    SpamDetector,
)


def build_inbound(extra_rules: Mapping[Category, Sequence[Rule]] | None = None) -> list[LexiconDetector]:
    """One instance of each detector, with the practice's extra keyword rules for its category."""
    extra_rules = extra_rules or {}
    return [cls(extra_rules.get(cls.category, ())) for cls in INBOUND_DETECTORS]


OUTGOING_DETECTORS: tuple[type[OutgoingDetector], ...] = (
    PhiDetector,
    RelationshipDetector,
    PersonalAdviceDetector,
    AppointmentDetailsDetector,
    OutgoingRomanticDetector,
    DisparagingDetector,
    VagueReassuranceDetector,
)


def build_outgoing() -> list[OutgoingDetector]:
    """One instance of each outgoing detector, sharing the named excuses."""
    return [cls(EXCUSES) for cls in OUTGOING_DETECTORS]


__all__ = ["INBOUND_DETECTORS", "OUTGOING_DETECTORS", "build_inbound", "build_outgoing"]
