"""search documents rebuilt: apostrophes, soft hyphens and joiners folded away, suffixes of CJK words

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-04

No schema change: every customer's ``search_doc`` and ``sort_key`` are recomputed with the
current ``domain.customer_rules.derived_columns``, so O'Brien is found as "obrien" and 小龙
inside 李小龙. The search triggers keep the FTS index in step with the updated column.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kundereg.domain.customer_rules import derived_columns

revision = '0008'
down_revision = '0006'
branch_labels = None
depends_on = None

_FIELDS = ('first_name', 'last_name', 'company_name', 'email', 'city', 'mobile', 'org_number')
_BATCH = 2000


def upgrade() -> None:
    conn = op.get_bind()
    customer = sa.table('customer', sa.column('id'), sa.column('search_doc'), sa.column('sort_key'),
                        *(sa.column(f) for f in _FIELDS))
    last_id = 0
    while True:
        rows = conn.execute(sa.select(customer.c.id, customer.c.search_doc, customer.c.sort_key,
                                      *(customer.c[f] for f in _FIELDS))
                            .where(customer.c.id > last_id).order_by(customer.c.id).limit(_BATCH)).all()
        if not rows:
            break
        changed = []
        for row in rows:
            derived = derived_columns({f: getattr(row, f) for f in _FIELDS})
            if (derived['search_doc'], derived['sort_key']) != (row.search_doc, row.sort_key):
                changed.append({'b_id': row.id, **derived})
        if changed:
            conn.execute(customer.update().where(customer.c.id == sa.bindparam('b_id'))
                         .values(search_doc=sa.bindparam('search_doc'), sort_key=sa.bindparam('sort_key')),
                         changed)
        last_id = rows[-1].id


def downgrade() -> None:
    pass  # the app never downgrades; older code rewrites a customer's document whenever it saves one
