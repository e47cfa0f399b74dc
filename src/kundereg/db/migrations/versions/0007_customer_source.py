"""customer source: where an imported customer's data came from, and when (GDPR Art. 14)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: the customer table is not rebuilt, so its search triggers stay as they are.
    op.add_column('customer', sa.Column('source_kind', sa.String(length=32), nullable=True))
    op.add_column('customer', sa.Column('source_date', sa.Date(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place; batch mode would rebuild the table and lose the triggers.
    op.drop_column('customer', 'source_date')
    op.drop_column('customer', 'source_kind')
