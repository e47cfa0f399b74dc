"""data subject requests

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import kundereg.db.types


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('data_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('extension_months', sa.Integer(), nullable=False),
    sa.Column('extension_reason', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('refusal_reason', sa.Text(), nullable=True),
    sa.Column('verification_method', sa.String(length=24), nullable=True),
    sa.Column('verification_detail', sa.String(length=40), nullable=True),
    sa.Column('verified_by', sa.Integer(), nullable=True),
    sa.Column('verified_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('registered_by', sa.Integer(), nullable=True),
    sa.Column('handled_by', sa.Integer(), nullable=True),
    sa.Column('completed_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_data_request_customer_id_customer'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['handled_by'], ['staff.id'], name=op.f('fk_data_request_handled_by_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['registered_by'], ['staff.id'], name=op.f('fk_data_request_registered_by_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['verified_by'], ['staff.id'], name=op.f('fk_data_request_verified_by_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_request')),
    sa.UniqueConstraint('reference', name=op.f('uq_data_request_reference'))
    )
    with op.batch_alter_table('data_request', schema=None) as batch_op:
        batch_op.create_index('ix_data_request_customer_id', ['customer_id'], unique=False)
        batch_op.create_index('ix_data_request_status', ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('data_request', schema=None) as batch_op:
        batch_op.drop_index('ix_data_request_status')
        batch_op.drop_index('ix_data_request_customer_id')

    op.drop_table('data_request')
