"""Secrets of the test register's staff, shared by conftest.py and tests that log in directly.

A module of its own: `from conftest import ...` would pick tests/ui/conftest.py or this
folder's depending on which tests were collected first.
"""
OWNER_PASSWORD = "correct horse battery"
COUNTER_PASSWORD = "counter staff secret"
COUNTER_PIN = "4711"
