"""The practice's social media policy kit, built from its profile, in English and Spanish.

Five documents (policy, patient handout, platform disclaimers, standard replies, privacy
checklist) are built once as ``model.Document`` values from the profile and the language's
content module, then rendered to Markdown and to one PDF per language.
"""

from docguard.policykit.build import CONTENTS, FORMATS, KitResult, build_documents, build_kit

__all__ = ["CONTENTS", "FORMATS", "KitResult", "build_documents", "build_kit"]
