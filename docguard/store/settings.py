"""Where DocGuard keeps its data: a per-user folder by default, or what the environment names.

* ``DOCGUARD_DATA_DIR``      the folder (default: the platform's per-user data folder)
* ``DOCGUARD_DATABASE_URL``  a SQLAlchemy URL (default: SQLite ``docguard.db`` in the folder);
                             ``postgresql+psycopg://...`` for larger deployments
* ``DOCGUARD_KEY_FILE``      the practice's encryption key file (default: ``docguard.key`` in the folder)
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DATA_DIR_ENV = "DOCGUARD_DATA_DIR"
DATABASE_URL_ENV = "DOCGUARD_DATABASE_URL"
KEY_FILE_ENV = "DOCGUARD_KEY_FILE"


def data_dir() -> Path:
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(user_data_dir("docguard", appauthor=False))


def database_url() -> str:
    return os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{data_dir() / 'docguard.db'}"


def key_file() -> Path:
    env = os.environ.get(KEY_FILE_ENV)
    return Path(env) if env else data_dir() / "docguard.key"


__all__ = ["DATABASE_URL_ENV", "DATA_DIR_ENV", "KEY_FILE_ENV", "data_dir", "database_url", "key_file"]
