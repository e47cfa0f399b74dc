"""restriction and marketing objection

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import kundereg.db.types


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('restricted_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('marketing_objection_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn_by', sa.Integer(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_by')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('marketing_objection_at')
        batch_op.drop_column('restricted_at')

