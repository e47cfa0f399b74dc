"""Typed errors whose message is safe to show a user and never contains personal data.

Messages are English source strings with ``{placeholders}``; the UI translates the
template (``message_id``) and fills in ``params``. Values the user typed are never put
in a message: they may be personal data and messages end up in logs.
"""
from __future__ import annotations


class KunderegError(Exception):
    """Base for every error the app expects and explains to the user."""

    message_id: str = "Something went wrong."

    def __init__(self, message_id: str | None = None, **params: object) -> None:
        if message_id is not None:
            self.message_id = message_id
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.message_id.format(**self.params)
        except (KeyError, IndexError):
            return self.message_id


class ValidationError(KunderegError):
    """One field holds a value the register cannot accept."""

    def __init__(self, field: str, message_id: str, **params: object) -> None:
        self.field = field
        super().__init__(message_id, field=field, **params)

    @property
    def message(self) -> str:
        return f"{FIELD_LABELS.get(self.field, self.field)}: {super().message}"


class ValidationErrors(KunderegError):
    """Several fields failed at once; ``errors`` maps field name to its error."""

    def __init__(self, errors: dict[str, ValidationError]) -> None:
        self.errors = errors
        super().__init__("{details}", details="; ".join(e.message for e in errors.values()))


class NotFoundError(KunderegError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__("{what} {ident} does not exist.", what=what, ident=ident)


class ConflictError(KunderegError):
    """Someone else saved the same record first (optimistic locking)."""

    def __init__(self, what: str, ident: object) -> None:
        super().__init__("{what} {ident} was changed by someone else since you opened it. "
                         "Reload it to see their changes; yours were not saved.", what=what, ident=ident)


class StateError(KunderegError):
    """An operation that is not allowed in the record's current state."""


class StorageError(KunderegError):
    """The register cannot be opened, created or migrated."""


class RegisterBusyError(StorageError):
    """Another process held the write lock for longer than the busy timeout."""

    message_id = "The register is busy: another kundereg is writing. Try again in a moment."


class RegisterDamagedError(StorageError):
    """The register file is not a whole SQLite database (cut off, overwritten, or not one at all)."""

    # Each reason as a whole sentence, so that it translates as one.
    REASONS = {
        "folder": ("The register is damaged: a folder has taken its place. Restore it from a backup.",
                   "The register is damaged: a folder has taken its place. Restore it from a backup (the "
                   "newest is {backup})."),
        "empty": ("The register is damaged: the file is empty. Restore it from a backup.",
                  "The register is damaged: the file is empty. Restore it from a backup (the newest is {backup})."),
        "not_sqlite": ("The register is damaged: the file is not a SQLite database. Restore it from a backup.",
                       "The register is damaged: the file is not a SQLite database. Restore it from a backup "
                       "(the newest is {backup})."),
        "unreadable": ("The register is damaged: SQLite cannot read the file. Restore it from a backup.",
                       "The register is damaged: SQLite cannot read the file. Restore it from a backup (the "
                       "newest is {backup})."),
    }

    def __init__(self, reason: str, newest_backup: str | None = None) -> None:
        self.reason = reason
        without, with_backup = self.REASONS[reason]
        if newest_backup:
            super().__init__(with_backup, backup=newest_backup)
        else:
            super().__init__(without)


# English labels of the fields that validation errors name; the UI translates them.
FIELD_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "mobile": "Mobile phone",
    "email": "Email",
    "street": "Street address",
    "postal_code": "Postal code",
    "city": "City",
    "country": "Country",
    "company_name": "Company name",
    "org_number": "Organisation number",
    "invoice_email": "Invoice email",
    "notes": "Notes",
    "description": "Description",
    "total": "Total",
    "currency": "Currency",
    "status": "Status",
    "number": "Ticket number",
    "due_date": "Due date",
    "purpose": "Purpose",
    "source": "Source",
    "quantity": "Quantity",
    "unit_price": "Unit price",
    "line": "Order line",
    "field": "Field",
    "shop_name": "Shop name",
    "username": "Username",
    "password": "Password",
    "kind": "Kind",
    "purchased_at": "Purchase date",
    "customer_fields": "Customer fields",
    "pin": "PIN",
    "display_name": "Name",
    "received_on": "Date received",
    "channel": "Channel",
    "language": "Language",
    "extension": "Extension",
    "role": "Role",
    "reason": "Reason",
    "id_type": "ID type",
    "code": "Code",
    "stated_value": "Stated value",
    # the shop profile
    "phone": "Phone",
    "ui_language": "App language",
    "document_language": "Document language",
    "purposes": "Purposes",
    "processors": "Processors and recipients",
    "sources": "Sources",
    "marketing_basis": "Marketing",
    "inactive_years": "Delete inactive customers after (years)",
    "consent_years": "Consents last (years)",
    "backup_keep_daily": "Daily backups kept",
    "backup_keep_weekly": "Weekly backups kept",
    "format": "Format",
    "passphrase": "Backup passphrase",
    # notices and the price list
    "template": "Notice text",
    "days": "Extra days",
    "reminder_after_days": "Reminders after (days)",
    "reminder_max": "Reminders at most",
    "sms_sender": "SMS sender name",
    "infobip_base_url": "Infobip API address",
    "smtp_host": "Mail server",
    "smtp_port": "Mail server port",
    "smtp_security": "Mail server security",
    "smtp_username": "Mail server user",
    "smtp_sender": "Sender address",
    "email_to_sms_domain": "Email-to-SMS domain",
    "opening_hours": "Opening hours",
    "secrets": "Credentials",
    "name": "Name",
    "vat": "VAT rate",
    "unit": "Unit",
    "due_days": "Due after (days)",
}
