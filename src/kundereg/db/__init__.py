"""Engine and session set-up, ORM models, search index and migrations."""
