"""Initial schema: documents, merged events and tallies with their sources, findings, runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 06:04:58.512011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

JSON_TYPE = sa.JSON()


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('content_hash', sa.String(length=80), nullable=False),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('published_basis', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('n_chars', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('extractor', sa.String(length=100), nullable=True),
    sa.Column('ingested_at', sa.String(length=32), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.PrimaryKeyConstraint('doc_id'),
    sa.UniqueConstraint('content_hash')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_origin'), ['origin'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_url'), ['url'], unique=False)

    op.create_table('events',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('event_type', sa.String(length=60), nullable=True),
    sa.Column('sub_event_type', sa.String(length=60), nullable=True),
    sa.Column('date_start', sa.String(length=10), nullable=True),
    sa.Column('date_end', sa.String(length=10), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('admin2', sa.Text(), nullable=True),
    sa.Column('location_name', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('actor1', sa.Text(), nullable=True),
    sa.Column('actor2', sa.Text(), nullable=True),
    sa.Column('actors', sa.Text(), nullable=False),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('background', sa.Boolean(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.Column('reconciliation', JSON_TYPE, nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('event_id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_event_type'), ['event_type'], unique=False)

    op.create_table('ingest_runs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('started_at', sa.String(length=32), nullable=False),
    sa.Column('finished_at', sa.String(length=32), nullable=True),
    sa.Column('inputs', JSON_TYPE, nullable=False),
    sa.Column('n_seen', sa.Integer(), nullable=False),
    sa.Column('n_added', sa.Integer(), nullable=False),
    sa.Column('n_skipped', sa.Integer(), nullable=False),
    sa.Column('n_failed', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('tallies',
    sa.Column('tally_id', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('reporter', sa.Text(), nullable=True),
    sa.Column('period_start', sa.String(length=10), nullable=True),
    sa.Column('period_end', sa.String(length=10), nullable=True),
    sa.Column('area', sa.Text(), nullable=False),
    sa.Column('metric', sa.String(length=60), nullable=True),
    sa.Column('qualifier', sa.Text(), nullable=True),
    sa.Column('party', sa.Text(), nullable=True),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('parent', sa.String(length=200), nullable=True),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.Column('reconciliation', JSON_TYPE, nullable=False),
    sa.PrimaryKeyConstraint('tally_id')
    )
    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tallies_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tallies_metric'), ['metric'], unique=False)
        batch_op.create_index(batch_op.f('ix_tallies_period_start'), ['period_start'], unique=False)

    op.create_table('consistency',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.Column('parts_sum', sa.Integer(), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=False),
    sa.Column('metric', sa.String(length=60), nullable=True),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consistency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consistency_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consistency_verdict'), ['verdict'], unique=False)

    op.create_table('event_sources',
    sa.Column('event_id', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('source_event_id', sa.String(length=200), nullable=False),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.event_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'doc_id', 'source_event_id')
    )
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.create_index('ix_event_sources_doc_id', ['doc_id'], unique=False)
        batch_op.create_index('ix_event_sources_source_event_id', ['source_event_id'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=True),
    sa.Column('organisation', sa.Text(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_doc_id'), ['doc_id'], unique=False)

    op.create_table('tally_sources',
    sa.Column('tally_id', sa.String(length=200), nullable=False),
    sa.Column('doc_id', sa.String(length=200), nullable=False),
    sa.Column('source_tally_id', sa.String(length=200), nullable=False),
    sa.Column('record', JSON_TYPE, nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.doc_id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tally_id'], ['tallies.tally_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tally_id', 'doc_id', 'source_tally_id')
    )
    with op.batch_alter_table('tally_sources', schema=None) as batch_op:
        batch_op.create_index('ix_tally_sources_doc_id', ['doc_id'], unique=False)
        batch_op.create_index('ix_tally_sources_source_tally_id', ['source_tally_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tally_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_tally_sources_source_tally_id')
        batch_op.drop_index('ix_tally_sources_doc_id')

    op.drop_table('tally_sources')
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statements_doc_id'))

    op.drop_table('statements')
    with op.batch_alter_table('event_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_event_sources_source_event_id')
        batch_op.drop_index('ix_event_sources_doc_id')

    op.drop_table('event_sources')
    with op.batch_alter_table('consistency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consistency_verdict'))
        batch_op.drop_index(batch_op.f('ix_consistency_doc_id'))

    op.drop_table('consistency')
    with op.batch_alter_table('tallies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tallies_period_start'))
        batch_op.drop_index(batch_op.f('ix_tallies_metric'))
        batch_op.drop_index(batch_op.f('ix_tallies_doc_id'))

    op.drop_table('tallies')
    op.drop_table('ingest_runs')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_event_type'))
        batch_op.drop_index(batch_op.f('ix_events_doc_id'))
        batch_op.drop_index(batch_op.f('ix_events_date_start'))
        batch_op.drop_index(batch_op.f('ix_events_country'))

    op.drop_table('events')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_url'))
        batch_op.drop_index(batch_op.f('ix_documents_published'))
        batch_op.drop_index(batch_op.f('ix_documents_origin'))

    op.drop_table('documents')
