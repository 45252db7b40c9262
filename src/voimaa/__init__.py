"""Voimaa – a desktop tool for the leaders of social-rehabilitation peer groups.

The package outside :mod:`voimaa.ui` is the Qt-free core: it imports without PySide6.
"""

__version__ = "0.1.0"
