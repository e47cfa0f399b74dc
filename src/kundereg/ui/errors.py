"""User-facing text for errors: translated service messages, never personal data.

``KunderegError`` messages are templates plus parameters that never hold what the user
typed, so they are safe to show and to log. Anything else is reduced to its type name.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import FIELD_LABELS, KunderegError, ValidationError, ValidationErrors


def field_label(field: str) -> str:
    return QCoreApplication.translate("Field", FIELD_LABELS.get(field, field))


def problem_text(exc: KunderegError) -> str:
    """The translated message without the field label a ``ValidationError`` puts in front."""
    template = QCoreApplication.translate("KunderegError", exc.message_id)
    params = dict(exc.params)
    if isinstance(params.get("what"), str):  # names a record ("Customer") or a channel ("email")
        params["what"] = QCoreApplication.translate("KunderegError", params["what"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message_id


def error_text(exc: BaseException) -> str:
    """One or more lines to show the user for ``exc``."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(error_text(e) for e in exc.errors.values())
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("KunderegError", "{field}: {problem}").format(
            field=field_label(exc.field), problem=problem_text(exc))
    if isinstance(exc, KunderegError):
        return problem_text(exc)
    return QCoreApplication.translate("KunderegError", "An unexpected error occurred ({kind}).").format(
        kind=type(exc).__name__)


def field_errors(exc: KunderegError) -> dict[str, str]:
    """Per-field messages of a validation failure (empty for any other error)."""
    if isinstance(exc, ValidationErrors):
        return {name: error_text(err) for name, err in exc.errors.items()}
    if isinstance(exc, ValidationError):
        return {exc.field: error_text(exc)}
    return {}
