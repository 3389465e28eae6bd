"""Which language an item is written in: English and Spanish are read; anything else is flagged.

Common function words decide the easy cases at no cost; a script check catches texts in
non-Latin scripts (while look-alike letters sprinkled into English words do not count);
py3langid, whose model ships inside the package, decides the rest.
"""

from __future__ import annotations

import re
import unicodedata

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SUPPORTED = ("en", "es")

_EN = frozenset(
    ["i", "you", "the", "a", "an", "and", "is", "are", "was", "to", "of", "in", "it", "my", "me", "for", "have", "has", "had", "this", "that", "with", "what", "can", "do", "does", "not", "be", "on", "at", "so", "but", "just", "your", "he", "she", "his", "her", "they", "we", "our", "how", "why", "when", "should", "would", "could", "will", "im", "i'm", "it's", "its", "dont", "don't", "please", "thanks", "thank", "hi", "hey", "doc", "doctor"]
)
_ES = frozenset(
    ["el", "la", "los", "las", "un", "una", "y", "es", "son", "de", "del", "que", "en", "mi", "me", "yo", "tu", "te", "por", "para", "con", "no", "muy", "pero", "tengo", "estoy", "esta", "está", "como", "cómo", "qué", "hola", "gracias", "doctora", "usted", "su", "lo", "le", "se", "ya", "hace", "hoy", "mucho", "quiero", "puedo", "tiene", "cuando", "porque", "mas", "más", "bien", "ayuda", "favor"]
)
# Spanish words that Portuguese, Italian and French do not share: enough of them settles it.
_ES_ONLY = frozenset(["el", "los", "y", "usted", "tengo", "estoy", "hola", "muy", "pero", "ayuda", "gracias", "puedo", "quiero", "mañana", "doctora", "ahora", "hoy"])
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# The languages langid may choose among: those a clinician's inbox plausibly holds.
_CANDIDATES = ["en", "es", "fr", "pt", "de", "it", "nl", "pl", "ro", "tl", "vi", "id", "tr", "ru", "uk", "ar", "he", "fa",
               "hi", "bn", "ur", "zh", "ja", "ko", "th", "el", "sv", "da", "no", "fi", "ht", "so", "sw", "am"]


class LanguageDetector:
    def __init__(self) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
        self._identifier.set_languages(_CANDIDATES)

    def detect(self, text: str) -> str:
        words = _WORD.findall(text.lower())
        if not words:
            return "en"  # emoji, numbers or nothing: nothing to read, and no other language either
        non_latin = sum(1 for w in words if _non_latin(w))
        if non_latin * 2 > len(words):
            return str(self._identifier.classify(text)[0])
        en = sum(1 for w in words if w in _EN)
        es = sum(1 for w in words if w in _ES)
        if en >= 2 and en >= 2 * es:
            return "en"
        if sum(1 for w in words if w in _ES_ONLY) >= 2 and es >= 2 * en:
            return "es"
        if len(words) < 4:
            return "es" if es > en else "en"
        guess = str(self._identifier.classify(text)[0])
        if guess in SUPPORTED:
            return guess
        # langid is unsure on short informal text: trust clear function-word evidence over it
        if max(en, es) >= 3 and max(en, es) * 3 >= len(words):
            return "en" if en >= es else "es"
        return guess


def _non_latin(word: str) -> bool:
    """All letters of the word are outside the Latin script (Cyrillic, Arabic, CJK...)."""
    return all(not unicodedata.name(ch, "LATIN").startswith("LATIN") for ch in word)


__all__ = ["SUPPORTED", "LanguageDetector"]
