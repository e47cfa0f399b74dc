"""Qt widgets. Widgets call services; they never run SQL or hold ORM objects."""
