"""pickup notices (settings, customer preferences, the outbox) and the price list

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

New tables only; nothing existing is touched.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kundereg.db.types

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'notice_setup',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('sms_provider', sa.String(length=16), nullable=False),
        sa.Column('config', sa.Text(), nullable=False),
        sa.Column('secrets', sa.Text(), nullable=True),
        sa.Column('reminder_after_days', sa.Integer(), nullable=True),
        sa.Column('reminder_max', sa.Integer(), nullable=False),
        sa.Column('updated_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_notice_setup_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_setup')),
    )
    op.create_table(
        'notice_preference',
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=8), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=True),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE',
                                name=op.f('fk_notice_preference_customer_id_customer')),
        sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_notice_preference')),
    )
    op.create_table(
        'outbox_message',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('purchase_id', sa.Integer(), nullable=True),
        sa.Column('customer_id', sa.Integer(), nullable=True),
        sa.Column('ticket', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('channel', sa.String(length=8), nullable=True),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('days', sa.Integer(), nullable=True),
        sa.Column('recipient', sa.String(length=254), nullable=True),
        sa.Column('state', sa.String(length=12), nullable=False),
        sa.Column('reason', sa.String(length=40), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('claimed_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column('provider_id', sa.String(length=100), nullable=True),
        sa.Column('created_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('sent_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column('delivered_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], ondelete='CASCADE',
                                name=op.f('fk_outbox_message_customer_id_customer')),
        sa.ForeignKeyConstraint(['purchase_id'], ['purchase.id'], ondelete='SET NULL',
                                name=op.f('fk_outbox_message_purchase_id_purchase')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_message')),
        sa.UniqueConstraint('key', name=op.f('uq_outbox_message_key')),
    )
    op.create_index('ix_outbox_message_state_next_attempt_at', 'outbox_message', ['state', 'next_attempt_at'])
    op.create_index('ix_outbox_message_purchase_id', 'outbox_message', ['purchase_id'])
    op.create_index('ix_outbox_message_customer_id', 'outbox_message', ['customer_id'])
    op.create_table(
        'price_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('unit', sa.String(length=8), nullable=False),
        sa.Column('price_minor', sa.Integer(), nullable=False),
        sa.Column('vat_rate_bp', sa.Integer(), nullable=False),
        sa.Column('due_days', sa.Integer(), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_price_item')),
        sa.UniqueConstraint('name', name=op.f('uq_price_item_name')),
    )


def downgrade() -> None:
    op.drop_table('price_item')
    op.drop_index('ix_outbox_message_customer_id', table_name='outbox_message')
    op.drop_index('ix_outbox_message_purchase_id', table_name='outbox_message')
    op.drop_index('ix_outbox_message_state_next_attempt_at', table_name='outbox_message')
    op.drop_table('outbox_message')
    op.drop_table('notice_preference')
    op.drop_table('notice_setup')
