"""erasure ledger, retention of anonymised accounting records, backups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import kundereg.db.types


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'erasure_ledger',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('customer_created_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('erased_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('reason', sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_ledger')),
        sa.UniqueConstraint('customer_id', 'customer_created_at', name='uq_erasure_ledger_customer'),
    )
    op.create_table(
        'backup_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('taken_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('directory', sa.Text(), nullable=False),
        sa.Column('size_bytes', sa.BigInteger(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_record')),
    )
    # Plain ADD COLUMN, not batch: recreating `purchase` or `shop` is not needed and would
    # be slow on a big register.
    op.add_column('shop', sa.Column('inactive_years', sa.Integer(), nullable=True))
    op.add_column('shop', sa.Column('consent_years', sa.Integer(), nullable=True))
    op.add_column('shop', sa.Column('backup_keep_daily', sa.Integer(), server_default='7', nullable=False))
    op.add_column('shop', sa.Column('backup_keep_weekly', sa.Integer(), server_default='8', nullable=False))
    op.add_column('purchase', sa.Column('document_kind', sa.String(length=16), server_default='receipt',
                                        nullable=False))
    op.add_column('purchase', sa.Column('anonymised_at', kundereg.db.types.UTCDateTime(timezone=True),
                                        nullable=True))
    op.add_column('purchase', sa.Column('retain_until', sa.Date(), nullable=True))
    op.add_column('purchase', sa.Column('retention_rule', sa.String(length=32), nullable=True))
    op.add_column('purchase', sa.Column('buyer_name', sa.String(length=200), nullable=True))
    op.add_column('purchase', sa.Column('buyer_org_number', sa.String(length=40), nullable=True))
    op.add_column('purchase', sa.Column('buyer_address', sa.String(length=400), nullable=True))
    op.create_index('ix_purchase_retain_until', 'purchase', ['retain_until'], unique=False)
    op.create_index('ix_service_event_purchase_id', 'service_event', ['purchase_id'], unique=False)
    op.add_column('consent', sa.Column('expired_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True))
    # Sales to businesses were invoiced: the buyer must stay on those records.
    op.execute("UPDATE purchase SET document_kind = 'invoice' WHERE customer_id IN "
               "(SELECT id FROM customer WHERE org_number IS NOT NULL OR company_name IS NOT NULL)")
    if op.get_bind().dialect.name == "sqlite":
        # Deleting from the index then removes the entries from the file instead of
        # tombstoning them until the next merge (SQLite 3.42+, see db/sqlite_driver.py).
        op.execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('secure-delete', 0)")
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_column('expired_at')
    op.drop_index('ix_service_event_purchase_id', table_name='service_event')
    op.drop_index('ix_purchase_retain_until', table_name='purchase')
    for column in ('buyer_address', 'buyer_org_number', 'buyer_name', 'retention_rule', 'retain_until',
                   'anonymised_at', 'document_kind'):
        with op.batch_alter_table('purchase', schema=None) as batch_op:
            batch_op.drop_column(column)
    with op.batch_alter_table('shop', schema=None) as batch_op:
        for column in ('backup_keep_weekly', 'backup_keep_daily', 'consent_years', 'inactive_years'):
            batch_op.drop_column(column)
    op.drop_table('backup_record')
    op.drop_table('erasure_ledger')
