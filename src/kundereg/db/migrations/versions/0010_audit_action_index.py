"""audit entries indexed by action

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

Opening a register looks for its staff baseline among the audit entries, and ``audit verify``
replays the staff entries: both by action, which without an index scanned the whole trail at
every start.
"""
from __future__ import annotations

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_audit_entry_action', 'audit_entry', ['action'])


def downgrade() -> None:
    op.drop_index('ix_audit_entry_action', table_name='audit_entry')
