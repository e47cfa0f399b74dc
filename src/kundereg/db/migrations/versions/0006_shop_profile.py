"""shop profile: contact details, languages, purposes, processors, sources, marketing basis

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import kundereg.db.types


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

_COLUMNS = ('street', 'postal_code', 'city', 'email', 'phone', 'ui_language', 'document_language', 'purposes',
            'processors', 'sources', 'marketing_basis', 'sole_trader_org_personal', 'profile_updated_at')


def upgrade() -> None:
    # Plain ADD COLUMN on the one-row shop table; nothing else is touched, so the customer
    # table and its search triggers stay as they are.
    op.add_column('shop', sa.Column('street', sa.String(length=200), nullable=True))
    op.add_column('shop', sa.Column('postal_code', sa.String(length=12), nullable=True))
    op.add_column('shop', sa.Column('city', sa.String(length=100), nullable=True))
    op.add_column('shop', sa.Column('email', sa.String(length=254), nullable=True))
    op.add_column('shop', sa.Column('phone', sa.String(length=20), nullable=True))
    op.add_column('shop', sa.Column('ui_language', sa.String(length=5), nullable=True))
    op.add_column('shop', sa.Column('document_language', sa.String(length=5), nullable=True))
    op.add_column('shop', sa.Column('purposes', sa.Text(), nullable=True))
    op.add_column('shop', sa.Column('processors', sa.Text(), nullable=True))
    op.add_column('shop', sa.Column('sources', sa.String(length=200), nullable=True))
    op.add_column('shop', sa.Column('marketing_basis', sa.String(length=1), nullable=True))
    op.add_column('shop', sa.Column('sole_trader_org_personal', sa.Boolean(), server_default=sa.true(),
                                    nullable=False))
    op.add_column('shop', sa.Column('profile_updated_at', kundereg.db.types.UTCDateTime(timezone=True),
                                    nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('shop', schema=None) as batch_op:
        for column in reversed(_COLUMNS):
            batch_op.drop_column(column)
