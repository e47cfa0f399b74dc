"""Plain data, validation and legal tables. No Qt, no SQL."""
