"""The PySide6 user interface: widgets, item models and dialogs. No business rules or SQL here."""
