"""Use cases on the register. No Qt here: the GUI and the CLI call the same functions."""
