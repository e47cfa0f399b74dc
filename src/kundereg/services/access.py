"""The acting staff member and the identity gate's memory, checked by every service call.

A StaffSession lives as long as one login at one PC (or one CLI run). Verifications are
kept only in memory: they hold for a customer until the record is closed, the user
switches, or the app locks, and they never outlive the process.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from ..domain.access import Actor, Permission, PermissionDenied, VerificationMethod, VerificationRequired


@dataclass(frozen=True, slots=True)
class Verification:
    method: VerificationMethod
    at: datetime
    detail: str | None = None  # ID type, field name or purpose code; never a value


@dataclass(slots=True)
class PendingCode:
    digest: str
    salt: bytes
    expires: datetime
    attempts: int = 0


class StaffSession:
    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self._lock = threading.Lock()
        self._verified: dict[int, Verification] = {}
        self._failed_checks: dict[int, int] = {}
        self._codes: dict[int, PendingCode] = {}
        self._epoch = 0  # bumped by clear(): a check that began before a lock must not count after it

    def may(self, permission: Permission) -> bool:
        return self.actor.may(permission)

    def verification(self, customer_id: int) -> Verification | None:
        with self._lock:
            return self._verified.get(customer_id)

    def is_verified(self, customer_id: int) -> bool:
        return self.verification(customer_id) is not None

    @property
    def epoch(self) -> int:
        with self._lock:
            return self._epoch

    def grant(self, customer_id: int, verification: Verification, epoch: int | None = None) -> bool:
        """Record a verification; refused (False) when the session was cleared since ``epoch``."""
        with self._lock:
            if epoch is not None and epoch != self._epoch:
                return False
            self._verified[customer_id] = verification
            self._failed_checks.pop(customer_id, None)
            self._codes.pop(customer_id, None)
            return True

    def forget(self, customer_id: int) -> None:
        """The record was closed: the next person at the counter must be verified again."""
        with self._lock:
            self._verified.pop(customer_id, None)
            self._codes.pop(customer_id, None)

    def clear(self) -> None:
        """Lock, user switch or logout: nothing stays verified."""
        with self._lock:
            self._epoch += 1
            self._verified.clear()
            self._failed_checks.clear()
            self._codes.clear()

    def count_failed_check(self, customer_id: int) -> int:
        with self._lock:
            self._failed_checks[customer_id] = self._failed_checks.get(customer_id, 0) + 1
            return self._failed_checks[customer_id]

    def failed_checks(self, customer_id: int) -> int:
        with self._lock:
            return self._failed_checks.get(customer_id, 0)

    def set_code(self, customer_id: int, code: PendingCode) -> None:
        with self._lock:
            self._codes[customer_id] = code

    def pending_code(self, customer_id: int) -> PendingCode | None:
        with self._lock:
            return self._codes.get(customer_id)

    def drop_code(self, customer_id: int) -> None:
        with self._lock:
            self._codes.pop(customer_id, None)


def require(staff: StaffSession | None, permission: Permission) -> Actor:
    """The acting staff member, if their role allows ``permission``; PermissionDenied otherwise."""
    if staff is None or not isinstance(staff, StaffSession):
        raise PermissionDenied()
    if not staff.may(permission):
        raise PermissionDenied(permission)
    return staff.actor


def require_verified(staff: StaffSession, customer_id: int) -> Verification:
    verification = staff.verification(customer_id)
    if verification is None:
        raise VerificationRequired(customer_id)
    return verification
