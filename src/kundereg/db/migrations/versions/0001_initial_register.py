"""initial register

Revision ID: 0001
Revises: 
Create Date: 2026-11-22

The search index DDL is written out here, not imported, so this revision never changes.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
import kundereg.db.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=True),
    sa.Column('mobile', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postal_code', sa.String(length=12), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('company_name', sa.String(length=200), nullable=True),
    sa.Column('org_number', sa.String(length=40), nullable=True),
    sa.Column('invoice_email', sa.String(length=254), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_doc', sa.Text(), nullable=False),
    sa.Column('sort_key', sa.String(length=300), nullable=False),
    sa.Column('created_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_activity_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_last_activity_at', ['last_activity_at'], unique=False)
        batch_op.create_index('ix_customer_sort_key', ['sort_key'], unique=False)

    op.create_table('shop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('org_number', sa.String(length=40), nullable=True),
    sa.Column('customer_fields', sa.String(length=500), nullable=False),
    sa.Column('created_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_shop_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shop'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_username'))
    )
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=100), nullable=False),
    sa.Column('given_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('withdrawn_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_consent_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_consent_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index('ix_consent_customer_id', ['customer_id'], unique=False)

    op.create_table('purchase',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('purchased_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('total_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_changed_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_purchase_customer_id_customer'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_purchase_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase')),
    sa.UniqueConstraint('number', name=op.f('uq_purchase_number'))
    )
    with op.batch_alter_table('purchase', schema=None) as batch_op:
        batch_op.create_index('ix_purchase_customer_id_purchased_at', ['customer_id', 'purchased_at'], unique=False)
        batch_op.create_index('ix_purchase_status', ['status'], unique=False)

    op.create_table('purchase_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purchase_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_minor', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['purchase_id'], ['purchase.id'], name=op.f('fk_purchase_line_purchase_id_purchase'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_line')),
    sa.UniqueConstraint('purchase_id', 'position', name='uq_purchase_line_position')
    )
    op.create_table('service_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('purchase_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('opened_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('closed_at', kundereg.db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_service_event_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['purchase_id'], ['purchase.id'], name=op.f('fk_service_event_purchase_id_purchase'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_service_event_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_event'))
    )
    with op.batch_alter_table('service_event', schema=None) as batch_op:
        batch_op.create_index('ix_service_event_customer_id', ['customer_id'], unique=False)


    # Trigram FTS5 index over customer.search_doc, kept in sync by triggers (SQLite);
    # a pg_trgm GIN index for the LIKE search elsewhere.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE customer_fts USING fts5("
                   "search_doc, content='customer', content_rowid='id', tokenize='trigram')")
        op.execute("CREATE TRIGGER customer_fts_ai AFTER INSERT ON customer BEGIN "
                   "INSERT INTO customer_fts(rowid, search_doc) VALUES (new.id, new.search_doc); END")
        op.execute("CREATE TRIGGER customer_fts_ad AFTER DELETE ON customer BEGIN "
                   "INSERT INTO customer_fts(customer_fts, rowid, search_doc) "
                   "VALUES ('delete', old.id, old.search_doc); END")
        op.execute("CREATE TRIGGER customer_fts_au AFTER UPDATE OF search_doc ON customer BEGIN "
                   "INSERT INTO customer_fts(customer_fts, rowid, search_doc) "
                   "VALUES ('delete', old.id, old.search_doc); "
                   "INSERT INTO customer_fts(rowid, search_doc) VALUES (new.id, new.search_doc); END")
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_customer_search_doc_trgm ON customer "
                   "USING gin (search_doc gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("customer_fts_au", "customer_fts_ad", "customer_fts_ai"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS customer_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customer_search_doc_trgm")
    with op.batch_alter_table('service_event', schema=None) as batch_op:
        batch_op.drop_index('ix_service_event_customer_id')

    op.drop_table('service_event')
    op.drop_table('purchase_line')
    with op.batch_alter_table('purchase', schema=None) as batch_op:
        batch_op.drop_index('ix_purchase_status')
        batch_op.drop_index('ix_purchase_customer_id_purchased_at')

    op.drop_table('purchase')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index('ix_consent_customer_id')

    op.drop_table('consent')
    op.drop_table('staff')
    op.drop_table('shop')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_sort_key')
        batch_op.drop_index('ix_customer_last_activity_at')

    op.drop_table('customer')
