"""Staff accounts. Secrets are stored only as argon2id hashes (argon2-cffi)."""
from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import models
from ..domain import validation as v
from ..domain.enums import StaffRole
from ..domain.errors import ValidationError

# argon2-cffi's defaults are the RFC 9106 low-memory profile of argon2id.
_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str | None) -> bool:
    return bool(stored_hash) and _hasher.check_needs_rehash(stored_hash)


def check_password(password: str | None) -> str:
    if not password or len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", "must be at least {n} characters.", n=MIN_PASSWORD_LENGTH)
    if len(password) > 1024:
        raise ValidationError("password", "is too long.")
    return password


def check_username(username: str | None) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError("username", "must be 1 to 64 lower-case letters, digits, '.', '_' or '-'.")
    return name


def add_staff(session: Session, *, username: str, display_name: str, role: StaffRole,
              password: str) -> models.Staff:
    name = check_username(username)
    if session.scalar(select(models.Staff.id).where(models.Staff.username == name)) is not None:
        raise ValidationError("username", "is already taken.")
    member = models.Staff(username=name, display_name=v.text("display_name", display_name, required=True),
                          role=role.value, password_hash=hash_secret(check_password(password)))
    session.add(member)
    session.flush()
    return member
