"""PDF and HTML documents built from plain data (ReportLab). No sessions, no Qt."""
