"""Encrypting the notice credentials (SMS provider key, SMTP password) stored in the register.

The key is a Fernet key (cryptography: AES-128-CBC with HMAC-SHA256) in ``notice.key`` in the
data folder, created with 0600 permissions and never in the database: a copied register file
or a backup alone does not reveal the credentials, and it works the same on a headless server,
in the frozen app and in tests, where an OS keyring may have no backend.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from ..domain.errors import KunderegError

KEY_FILE = "notice.key"


class SecretsUnreadable(KunderegError):
    message_id = ("The saved SMS and mail credentials cannot be decrypted (the key file {file} is missing or "
                  "different). Enter them again in the notice settings.")


class SecretBox:
    def __init__(self, key_path: Path) -> None:
        self._path = Path(key_path)
        self._fernet: Fernet | None = None

    def _key(self) -> Fernet:
        if self._fernet is None:
            if not self._path.exists():
                self._create()
            self._fernet = Fernet(self._path.read_bytes().strip())
        return self._fernet

    def _create(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return  # another process made it first
        with os.fdopen(fd, "wb") as out:
            out.write(Fernet.generate_key())
            out.flush()
            os.fsync(out.fileno())

    def seal(self, values: dict[str, str]) -> str:
        return self._key().encrypt(json.dumps(values).encode()).decode("ascii")

    def open(self, token: str | None) -> dict[str, str]:
        if not token:
            return {}
        try:
            return json.loads(self._key().decrypt(token.encode("ascii")))
        except (InvalidToken, ValueError):
            raise SecretsUnreadable(file=KEY_FILE) from None
