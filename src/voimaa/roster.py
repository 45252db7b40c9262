"""The group's roster: participants, pseudonymous codes, the 8-participant limit, erasure."""

from __future__ import annotations

import secrets

MAX_ACTIVE_PARTICIPANTS = 8

# No 0/O, 1/I/L, 5/S or 2/Z: codes are read aloud and copied by hand from paper forms.
CODE_ALPHABET = "34678ABCDEFGHJKMNPQRTUVWXY"


def new_code() -> str:
    """A random pseudonymous code like "K7M2-Q", never derived from the person's name."""
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))
    return f"{body}-{secrets.choice(CODE_ALPHABET)}"
