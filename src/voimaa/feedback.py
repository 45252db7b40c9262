"""The customer feedback form: the default form, a group's own copy, answers and summaries."""

from __future__ import annotations

import copy
import tomllib
from functools import cache
from typing import Any

from voimaa import paths

DEFAULT_FORM_FILE = ("feedback", "default.toml")


@cache
def _default_form() -> dict[str, Any]:
    with paths.asset(*DEFAULT_FORM_FILE).open("rb") as fh:
        return tomllib.load(fh)


def default_form() -> dict[str, Any]:
    """A fresh copy of the bundled default form (title, intro, scale, statement, question)."""
    return copy.deepcopy(_default_form())
