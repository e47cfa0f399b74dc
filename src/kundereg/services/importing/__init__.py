"""Bringing a shop's existing customers in from CSV and XLSX exports (Visma, SuperOffice,
Tripletex, Fiken, PowerOffice, Excel): see service.ImportService."""
from __future__ import annotations

from .mapping import IGNORE, TARGETS, ColumnMap, MappingFile, auto_map, load_mapping, split_full_name
from .reading import ImportFileError, SourceFile, sheet_names
from .service import ImportCancelled, ImportReport, ImportService, ImportSource, RefusedRow, safe_cell

__all__ = ["IGNORE", "TARGETS", "ColumnMap", "ImportCancelled", "ImportFileError", "ImportReport", "ImportService",
           "ImportSource", "MappingFile", "RefusedRow", "SourceFile", "auto_map", "load_mapping", "safe_cell",
           "sheet_names", "split_full_name"]
