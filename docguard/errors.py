"""DocGuard's error tree. Every error says where the problem is: a file and line, or a profile key.

    DocGuardError
    ├── InputError      one inbound record could not be read (file, line, what is wrong)
    ├── ProfileError    the practice profile is invalid (file, key, what is wrong)
    ├── TemplateError   a reply template is missing or names an unknown placeholder
    ├── ModelError      the model artefact is missing, damaged, altered or of an unknown format
    ├── KeyFileError    the practice's key file is missing, unreadable, too open, or does not fit the data
    └── StoreError      the database cannot be opened, is of a newer schema, or refuses a change
"""

from __future__ import annotations


class DocGuardError(Exception):
    """Base of every error DocGuard raises on purpose."""


class InputError(DocGuardError):
    def __init__(self, source: str, line: int, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(f"{source}:{line}: {message}")


class ProfileError(DocGuardError):
    def __init__(self, source: str, key: str, message: str) -> None:
        self.source = source
        self.key = key
        self.message = message
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {message}")


class TemplateError(DocGuardError):
    pass


class ModelError(DocGuardError):
    """The model artefact is missing, damaged, altered or of a format this DocGuard cannot read (names the file)."""


class KeyFileError(DocGuardError):
    """The key file is missing, unreadable, readable by others, or cannot open what was sealed (names the file)."""


class StoreError(DocGuardError):
    """The database cannot be opened or used as asked (names the database, never the message text)."""


__all__ = ["DocGuardError", "InputError", "KeyFileError", "ModelError", "ProfileError", "StoreError", "TemplateError"]
