"""DocGuard: triage and guard a clinician's social media inbox, locally."""

__version__ = "0.1.0"

#: Bumped whenever a detector, suppressor or policy default changes behaviour,
#: so every stored decision says which engine produced it.
ENGINE_VERSION = "2026.11.1"

__all__ = ["ENGINE_VERSION", "__version__"]
