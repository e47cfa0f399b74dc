"""Logging in, locking, switching user, and managing staff accounts.

After MAX_FREE_ATTEMPTS wrong secrets in a row the account waits, and each further
failure doubles the wait (30 s, 1 min, 2 min ... at most an hour). Every login, failure
and lock is audited. Counter staff may use a short PIN; the owner always uses a password.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Actor, AuthenticationFailed, Permission
from ..domain.enums import StaffRole
from ..domain.errors import NotFoundError, StateError, ValidationError
from . import staff as staff_accounts
from .access import StaffSession, require
from .audit import AuditAction, record

MAX_FREE_ATTEMPTS = 5
BASE_WAIT = timedelta(seconds=30)
MAX_WAIT = timedelta(hours=1)
_PIN = re.compile(r"^\d{4,8}$")
# Verified against when the username is unknown, so a wrong name costs as long as a wrong secret.
_DUMMY_HASH = staff_accounts.hash_secret("not a real account")


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool
    has_pin: bool
    locked_until: datetime | None


def wait_after(failures: int) -> timedelta:
    """How long the account waits after ``failures`` consecutive wrong secrets."""
    if failures < MAX_FREE_ATTEMPTS:
        return timedelta(0)
    return min(BASE_WAIT * (2 ** (failures - MAX_FREE_ATTEMPTS)), MAX_WAIT)


class AuthService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._now = clock

    def login(self, username: str, secret: str) -> StaffSession:
        actor = self._check(username, secret, expected_staff_id=None)
        return StaffSession(actor)

    def unlock(self, staff: StaffSession, secret: str) -> None:
        """The same person comes back to a locked screen; same rules as logging in."""
        self._check(staff.actor.username, secret, expected_staff_id=staff.actor.staff_id)

    def lock(self, staff: StaffSession, reason: str = "manual") -> None:
        staff.clear()
        with self._db.transaction() as session:
            record(session, AuditAction.LOCKED, staff_id=staff.actor.staff_id, reason=reason)

    def logout(self, staff: StaffSession) -> None:
        staff.clear()
        with self._db.transaction() as session:
            record(session, AuditAction.LOGOUT, staff_id=staff.actor.staff_id)

    def _check(self, username: str, secret: str, expected_staff_id: int | None) -> Actor:
        name = (username or "").strip().lower()
        now = self._now()
        failure: AuthenticationFailed | None = None
        with self._db.transaction() as session:
            member = session.scalar(select(models.Staff).where(models.Staff.username == name,
                                                               models.Staff.active.is_(True)))
            if member is None:
                staff_accounts.verify_secret(_DUMMY_HASH, secret or "")
                # The typed name is not recorded: people type passwords into the name field.
                record(session, AuditAction.LOGIN_FAILED, staff_id=None, reason="unknown_user")
                failure = AuthenticationFailed("Unknown user or wrong password.")
            elif member.locked_until is not None and member.locked_until > now:
                record(session, AuditAction.LOGIN_FAILED, staff_id=member.id, reason="locked")
                failure = _locked(member.locked_until - now)
            elif self._secret_ok(member, secret or ""):
                member.failed_attempts = 0
                member.locked_until = None
                if staff_accounts.needs_rehash(member.password_hash):
                    member.password_hash = staff_accounts.hash_secret(secret)
                record(session, AuditAction.LOGIN, staff_id=member.id,
                       unlock=expected_staff_id is not None)
                return Actor(member.id, member.username, member.display_name, StaffRole(member.role))
            else:
                member.failed_attempts += 1
                wait = wait_after(member.failed_attempts)
                member.locked_until = now + wait if wait else None
                record(session, AuditAction.LOGIN_FAILED, staff_id=member.id, reason="wrong_secret",
                       failures=member.failed_attempts)
                failure = _locked(wait) if wait else AuthenticationFailed("Unknown user or wrong password.")
        raise failure  # after the commit, so the failure count and the audit entry are kept

    @staticmethod
    def _secret_ok(member: models.Staff, secret: str) -> bool:
        if staff_accounts.verify_secret(member.password_hash, secret):
            return True
        return member.role == StaffRole.COUNTER.value and staff_accounts.verify_secret(member.pin_hash, secret)

    # -- staff administration (owner) -----------------------------------------------------

    def add_staff(self, staff: StaffSession | None, *, username: str, display_name: str, role: StaffRole | str,
                  password: str, pin: str | None = None) -> StaffMember:
        require(staff, Permission.MANAGE_STAFF)
        role = _role(role)
        with self._db.transaction() as session:
            member = staff_accounts.add_staff(session, username=username, display_name=display_name, role=role,
                                              password=password)
            if pin is not None:
                member.pin_hash = staff_accounts.hash_secret(_check_pin(pin, role))
            record(session, AuditAction.STAFF_CREATED, staff_id=staff.actor.staff_id, target_staff=member.id,
                   role=role.value)
            session.flush()
            return _member(member)

    def set_pin(self, staff: StaffSession | None, staff_id: int, pin: str | None) -> StaffMember:
        """Owner sets anyone's PIN; counter staff their own. None removes it."""
        actor = require(staff, Permission.SEARCH)
        if staff_id != actor.staff_id:
            require(staff, Permission.MANAGE_STAFF)
        with self._db.transaction() as session:
            member = _load(session, staff_id)
            member.pin_hash = None if pin is None else staff_accounts.hash_secret(
                _check_pin(pin, StaffRole(member.role)))
            record(session, AuditAction.STAFF_CHANGED, staff_id=actor.staff_id, target_staff=staff_id,
                   fields=["pin"])
            return _member(member)

    def change_password(self, staff: StaffSession | None, old: str, new: str) -> None:
        actor = require(staff, Permission.SEARCH)
        with self._db.transaction() as session:
            member = _load(session, actor.staff_id)
            if not staff_accounts.verify_secret(member.password_hash, old or ""):
                raise ValidationError("password", "The current password is wrong.")
            member.password_hash = staff_accounts.hash_secret(staff_accounts.check_password(new))
            record(session, AuditAction.STAFF_CHANGED, staff_id=actor.staff_id, target_staff=actor.staff_id,
                   fields=["password"])

    def reset_password(self, staff: StaffSession | None, staff_id: int, new: str) -> None:
        require(staff, Permission.MANAGE_STAFF)
        with self._db.transaction() as session:
            member = _load(session, staff_id)
            member.password_hash = staff_accounts.hash_secret(staff_accounts.check_password(new))
            member.failed_attempts, member.locked_until = 0, None
            record(session, AuditAction.STAFF_CHANGED, staff_id=staff.actor.staff_id, target_staff=staff_id,
                   fields=["password"])

    def set_active(self, staff: StaffSession | None, staff_id: int, active: bool) -> StaffMember:
        require(staff, Permission.MANAGE_STAFF)
        with self._db.transaction() as session:
            member = _load(session, staff_id)
            if not active and member.role == StaffRole.OWNER.value:
                owners = session.scalar(select(func.count()).select_from(models.Staff).where(
                    models.Staff.role == StaffRole.OWNER.value, models.Staff.active.is_(True)))
                if owners <= 1:
                    raise StateError("The last owner account cannot be deactivated.")
            member.active = active
            record(session, AuditAction.STAFF_CHANGED, staff_id=staff.actor.staff_id, target_staff=staff_id,
                   fields=["active"], active=active)
            return _member(member)

    def list_staff(self, staff: StaffSession | None) -> list[StaffMember]:
        require(staff, Permission.MANAGE_STAFF)
        with self._db.read() as session:
            return [_member(m) for m in session.scalars(select(models.Staff).order_by(models.Staff.username))]

    def usernames(self) -> list[str]:
        """Active accounts, for the login screen's user list (no personal data of customers)."""
        with self._db.read() as session:
            return list(session.scalars(select(models.Staff.username).where(models.Staff.active.is_(True))
                                        .order_by(models.Staff.username)))


def _locked(wait: timedelta) -> AuthenticationFailed:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    return AuthenticationFailed("Too many wrong attempts. Try again in {seconds} seconds.", seconds=seconds)


def _role(role: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(role)
    except ValueError:
        raise ValidationError("role", "must be owner or counter.") from None


def _check_pin(pin: str, role: StaffRole) -> str:
    if role is not StaffRole.COUNTER:
        raise ValidationError("pin", "Only counter staff may log in with a PIN; the owner uses a password.")
    if not _PIN.match(pin or ""):
        raise ValidationError("pin", "must be 4 to 8 digits.")
    return pin


def _load(session, staff_id: int) -> models.Staff:
    member = session.get(models.Staff, staff_id)
    if member is None:
        raise NotFoundError("Staff member", staff_id)
    return member


def _member(m: models.Staff) -> StaffMember:
    return StaffMember(m.id, m.username, m.display_name, StaffRole(m.role), m.active, m.pin_hash is not None,
                       m.locked_until)
