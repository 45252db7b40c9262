"""Opening the encrypted store from the command line: the passphrase from
$VOIMAA_PASSPHRASE_FILE, else asked with getpass (never an argument); a first start sets one.
Also the `passphrase` command (change it, or set a new one with the recovery key)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voimaa import paths
from voimaa.errors import StoreError, ValidationError
from voimaa.i18n import translate

if TYPE_CHECKING:  # the store and its keys load with the first command that opens it
    from voimaa.store import Store

ATTEMPTS = 3
PROG = "voimaa"


class CliError(StoreError):
    """Nothing was opened or changed (a Finnish message; exit code 2)."""


def complain(message: str) -> None:
    """One line on stderr after the program's name (as voimaa.cli._common.complain)."""
    sys.stderr.write(f"{PROG}: {message}\n")


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CliError(translate("Cli", "Tunnuslausetta ei annettu; mitään ei avattu.")) from None


def _new_passphrase() -> str:
    from voimaa import keys

    print(keys_advice(), file=sys.stderr)
    for _ in range(ATTEMPTS):
        first = _ask(translate("Cli", "Uusi tunnuslause: "))
        problem = keys.passphrase_problem(first)
        if problem is not None:
            complain(problem)
            continue
        if _ask(translate("Cli", "Sama tunnuslause uudelleen: ")) != first:
            complain(translate("Cli", "Tunnuslauseet eivät olleet samat. Yritä uudelleen."))
            continue
        return first
    raise CliError(translate("Cli", "Tunnuslausetta ei asetettu; mitään ei tehty."))


def keys_advice() -> str:
    return translate(
        "Cli",
        "Tietokanta salataan. Valitse tunnuslause: vähintään 10 merkkiä, mieluiten 4–5 "
        "tavallista sanaa, joita ei ole missään muualla käytössä. Jos sekä tunnuslause että "
        "palautusavain katoavat, tietoja ei saa enää auki kukaan.",
    )


def _unlock(folder: Any) -> bytes:
    from voimaa import keys

    return _try_secrets(
        translate("Cli", "Tunnuslause (tyhjä: käytä palautusavainta): "),
        translate("Cli", "Palautusavain: "),
        lambda secret, recovery: keys.unlock(folder, secret, recovery=recovery),
        translate("Cli", "Tietokantaa ei avattu. Yritä uudelleen; tietoja ei ole muutettu."),
    )


def _try_secrets(
    prompt: str,
    recovery_prompt: str,
    opener: Callable[[str, bool], bytes],
    refused: str,
) -> bytes:
    """Ask for a passphrase (empty: the recovery key instead) up to ATTEMPTS times; each wrong
    one is said in Finnish and nothing is locked out."""
    from voimaa import keys

    for _ in range(ATTEMPTS):
        secret = _ask(prompt)
        recovery = not secret
        if recovery:
            secret = _ask(recovery_prompt)
        try:
            return opener(secret, recovery)
        except keys.WrongSecret as exc:
            complain(str(exc))
    raise CliError(refused)


def open_store(data_dir: str | None) -> Store:
    """The store of `data_dir`, unlocked unattended or by asking (a first start sets keys)."""
    from voimaa import encryption, keys

    try:
        return encryption.open_store(data_dir)
    except keys.Locked:
        pass
    folder = paths.data_dir(data_dir)
    if keys.has_key_file(folder) or keys.backup_key_files(folder):
        return encryption.open_store(data_dir, key=_unlock(folder))
    passphrase = _new_passphrase()
    folder.mkdir(parents=True, exist_ok=True)
    made = keys.prepare(folder, passphrase)
    opened = encryption.open_store(data_dir, new_keys=made)
    print(
        translate(
            "Cli",
            "Palautusavain (kirjoita se paperille ja säilytä lukitussa paikassa; se näytetään "
            "vain nyt): {key}",
        ).format(key=made.recovery_key),
        file=sys.stderr,
    )
    return opened


def register(commands: Any, exports: Any) -> None:
    p = commands.add_parser(
        "passphrase",
        help=translate("Cli", "vaihda tietokannan tunnuslause"),
        description=translate(
            "Cli",
            "Vaihtaa tunnuslauseen: tietokantaa ei salata uudelleen, vain avaintiedosto "
            "kirjoitetaan. Kysyy vanhan tunnuslauseen (tai palautusavaimen) ja uuden.",
        ),
    )
    p.add_argument(
        "--recovery",
        action="store_true",
        help=translate("Cli", "unohtunut tunnuslause: anna palautusavain vanhan sijaan"),
    )
    p.set_defaults(handler=cmd_passphrase)


def cmd_passphrase(args: argparse.Namespace) -> int:
    from voimaa import audit, encryption, keys

    folder = paths.data_dir(args.data_dir)
    if not keys.has_key_file(folder):
        raise CliError(keys.missing_message(keys.key_path(folder)))
    if args.recovery:
        old = _ask(translate("Cli", "Palautusavain: "))
    else:
        old = keys.read_passphrase_file() or _ask(translate("Cli", "Nykyinen tunnuslause: "))
    new = _new_passphrase()
    try:
        if args.recovery:
            keys.reset_passphrase(folder, old, new)
        else:
            keys.change_passphrase(folder, old, new)
    except ValidationError as exc:
        raise CliError(str(exc)) from exc
    opened = encryption.open_store(args.data_dir, key=keys.unlock(folder, new))
    try:
        audit.record_event(opened, "keys.passphrase_change")
        opened.backup(reason="uusi-tunnuslause")  # its key-file copy has the new passphrase
    finally:
        opened.close()
    print(translate("Cli", "Tunnuslause vaihdettu. Tietokantaa ei tarvinnut salata uudelleen."))
    return 0


def copy_key(opened: Store, backup: Path) -> bytes | None:
    """None when `backup` opens with the store's own key; else the key of a copy made
    elsewhere, from the key file beside it and that copy's passphrase (or recovery key)."""
    from voimaa import safekeeping
    from voimaa.backups import key_file_of
    from voimaa.store import opens_with

    if opens_with(backup, opened.key) or not key_file_of(backup).exists():
        return None
    return _try_secrets(
        translate("Cli", "Kopion tunnuslause (tyhjä: kopion palautusavain): "),
        translate("Cli", "Kopion palautusavain: "),
        lambda secret, recovery: safekeeping.copy_key(backup, secret, recovery=recovery),
        translate("Cli", "Kopiota ei avattu; mitään ei palautettu."),
    )
