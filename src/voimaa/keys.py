"""The key file: the store's random database key, wrapped in two slots (KeePassXC/LUKS style).

The database is encrypted (SQLCipher 4) with a random 256-bit key that is never derived from the
passphrase. That key is kept in a small JSON file next to the store, ``voimaa.avain``, wrapped
(AES-256-GCM) twice:

- the **passphrase slot**: the wrapping key is derived from the leader's passphrase with scrypt;
  its cost parameters are stored in the slot, so a later Voimaa can raise the default without
  locking out older files;
- the **recovery slot**: the wrapping key is derived (HKDF-SHA256) from a random recovery key of
  125 bits, shown once as five groups of five letters and digits and printable on paper.

Changing the passphrase rewraps the passphrase slot only; the database is not touched. The file
is written atomically (a temporary file, fsync, rename) and private (0600). A wrong passphrase or
recovery key fails the GCM tag check: nothing is ever deleted or locked out because of it.

``VOIMAA_PASSPHRASE_FILE`` names a file whose first line is the passphrase, for unattended
starts (tests, kiosk set-ups); ``VOIMAA_KDF_COST=test`` makes new key files with a cheap scrypt
cost (the test suite only: such a file is easy to attack).

Size: this module is one thing, the key file (its format, both slots, the passphrase rules and
the unattended start) with the Finnish message of each way it can fail; splitting it would put
one file format in several places.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from voimaa.errors import StoreError
from voimaa.i18n import translate
from voimaa.paths import BACKUP_DIRNAME

KEY_FILENAME = "voimaa.avain"
KEY_SUFFIX = ".avain"  # a backup's key file: <backup>.sqlite3.avain
PASSPHRASE_FILE_ENV = "VOIMAA_PASSPHRASE_FILE"
KDF_COST_ENV = "VOIMAA_KDF_COST"
FORMAT = "voimaa-avain"
VERSION = 1
KEY_BYTES = 32
# scrypt N=2^15, r=8, p=1 (32 MiB): about 0.09 s on the reference machine when idle, 0.15 s
# under load; N=2^16 took 0.17–0.44 s there, over the 0.3 s budget (bench/keys.md).
DEFAULT_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
TEST_SCRYPT = {"n": 2**4, "r": 8, "p": 1}
MIN_PASSPHRASE = 10
# Letters and digits without the easily confused 0/O, 1/I/L, and U (Crockford's base32).
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5
_CONFUSED = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_CHECK_INFO = b"voimaa key check v1"


class KeyFileError(StoreError):
    """The key file is missing, damaged or does not open with what was given."""


class WrongSecret(KeyFileError):
    """The passphrase (or recovery key) does not open the key file."""


class Locked(StoreError):
    """The store is encrypted and no passphrase was given (no VOIMAA_PASSPHRASE_FILE)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILENAME


def scrypt_cost() -> dict[str, int]:
    """The scrypt cost for a new passphrase slot (cheap only when the tests ask for it)."""
    return dict(TEST_SCRYPT if os.environ.get(KDF_COST_ENV) == "test" else DEFAULT_SCRYPT)


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not (2 <= n <= 2**22 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("scrypt parameters out of range")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"voimaa recovery").derive(
        secret
    )


def _check(db_key: bytes) -> str:
    return _b64(hmac.new(db_key, _CHECK_INFO, hashlib.sha256).digest()[:16])


# -- recovery keys -----------------------------------------------------------------------------


def new_recovery_key() -> str:
    """A random recovery key, e.g. ``7KQ2M-XR4TD-…`` (5 × 5 characters, 125 bits)."""
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return format_recovery_key(chars)


def normalize_recovery_key(text: str) -> str:
    """The recovery key's characters only, upper case, confusable letters read as digits."""
    return "".join(c for c in text.upper().translate(_CONFUSED) if c in RECOVERY_ALPHABET)


def format_recovery_key(text: str) -> str:
    chars = normalize_recovery_key(text)
    n = RECOVERY_GROUP_LEN
    return "-".join(chars[i : i + n] for i in range(0, len(chars), n))


def _recovery_secret(recovery_key: str) -> bytes:
    chars = normalize_recovery_key(recovery_key)
    if len(chars) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN:
        raise WrongSecret(
            translate(
                "Keys",
                "Palautusavaimessa on {n} merkkiä, mutta siinä pitää olla 25 (viisi viiden "
                "merkin ryhmää). Tarkista avain paperista.",
            ).format(n=len(chars))
        )
    return chars.encode("ascii")


# -- passphrase advice -------------------------------------------------------------------------

_COMMON = {
    "salasana",
    "salasana1",
    "salasana123",
    "tunnuslause",
    "password",
    "password1",
    "qwertyuiop",
    "qwertyuiopå",
    "asdfghjkl",
    "1234567890",
    "0987654321",
    "voimaa",
    "voimaa123",
    "voimaavertaisuudesta",
    "kesäkuu2026",
    "syksy2026",
}


def passphrase_problem(passphrase: str) -> str | None:
    """None when the passphrase is acceptable, else a Finnish sentence saying why not.

    Only the very weakest are refused: too short, one repeated character, a run such as
    123456789, or a well-known password.
    """
    text = passphrase.strip()
    if len(text) < MIN_PASSPHRASE:
        return translate(
            "Keys",
            "Tunnuslause on liian lyhyt: siinä pitää olla vähintään {n} merkkiä. Käytä mieluummin "
            "muutamaa sanaa peräkkäin.",
        ).format(n=MIN_PASSPHRASE)
    lowered = text.lower()
    if len(set(lowered)) <= 2:
        return translate(
            "Keys", "Tunnuslauseessa toistuu sama merkki: sen arvaa helposti. Valitse toinen."
        )
    if lowered in _COMMON or lowered.rstrip("!.1234567890") in _COMMON:
        return translate(
            "Keys", "Tämä on yleisesti käytetty salasana, jonka arvaa helposti. Valitse toinen."
        )
    runs = ("01234567890123456789", "abcdefghijklmnopqrstuvwxyzåäö", "qwertyuiopåasdfghjklöä")
    if any(lowered in run or lowered[::-1] in run for run in runs) or lowered.isdigit():
        return translate(
            "Keys",
            "Tunnuslause on pelkkiä numeroita tai merkkijono peräkkäin (kuten 123456789). "
            "Valitse muutama sana.",
        )
    return None


# -- the key file ------------------------------------------------------------------------------


@dataclass
class KeyFile:
    """The parsed key file (its slots still wrapped)."""

    path: Path
    data: dict[str, Any]

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(missing_message(path)) from None
        except OSError as exc:
            raise KeyFileError(
                translate("Keys", "Avaintiedostoa {path} ei voi lukea ({reason}).").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a key file")
            if not isinstance(data.get("slots"), dict):
                raise ValueError("no slots")
        except (ValueError, UnicodeDecodeError) as exc:
            raise KeyFileError(damaged_message(path)) from exc
        if int(data.get("version", 0)) > VERSION:
            raise KeyFileError(
                translate(
                    "Keys",
                    "Avaintiedosto {path} on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa.",
                ).format(path=path)
            )
        return cls(path, data)

    def _slot(self, name: str) -> dict[str, Any] | None:
        slot = self.data["slots"].get(name)
        return slot if isinstance(slot, dict) else None

    def _unwrap(self, name: str, wrapping: bytes, slot: dict[str, Any]) -> bytes:
        try:
            nonce, wrapped = _unb64(slot["nonce"]), _unb64(slot["wrapped"])
            db_key = AESGCM(wrapping).decrypt(nonce, wrapped, name.encode("ascii"))
        except InvalidTag:
            raise WrongSecret(wrong_message(name)) from None
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(damaged_message(self.path)) from exc
        check = self.data.get("check")
        if len(db_key) != KEY_BYTES or (check is not None and check != _check(db_key)):
            raise KeyFileError(damaged_message(self.path))
        return db_key

    def unlock(self, passphrase: str) -> bytes:
        """The database key, opened with the passphrase."""
        slot = self._slot("passphrase")
        if slot is None:
            raise KeyFileError(slot_damaged_message(self.path))
        try:
            salt = _unb64(slot["salt"])
            wrapping = _scrypt(passphrase, salt, int(slot["n"]), int(slot["r"]), int(slot["p"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(slot_damaged_message(self.path)) from exc
        return self._unwrap("passphrase", wrapping, slot)

    def unlock_recovery(self, recovery_key: str) -> bytes:
        """The database key, opened with the recovery key."""
        secret = _recovery_secret(recovery_key)
        slot = self._slot("recovery")
        if slot is None:
            raise KeyFileError(damaged_message(self.path))
        try:
            wrapping = _hkdf(secret, _unb64(slot["salt"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(damaged_message(self.path)) from exc
        return self._unwrap("recovery", wrapping, slot)

    def with_passphrase(self, db_key: bytes, passphrase: str) -> KeyFile:
        """A copy whose passphrase slot wraps `db_key` with a new passphrase (recovery kept)."""
        data = json.loads(json.dumps(self.data))
        data["slots"]["passphrase"] = _passphrase_slot(db_key, passphrase)
        data["check"] = _check(db_key)
        data["changed"] = datetime.now().isoformat(timespec="seconds")
        return KeyFile(self.path, data)

    def write(self, path: Path | None = None) -> Path:
        """Write atomically (temporary file, fsync, rename), private to the user."""
        target = path or self.path
        write_private_atomic(target, json.dumps(self.data, indent=2).encode("utf-8"))
        return target


def _passphrase_slot(db_key: bytes, passphrase: str) -> dict[str, Any]:
    cost = scrypt_cost()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = _scrypt(passphrase, salt, cost["n"], cost["r"], cost["p"])
    wrapped = AESGCM(wrapping).encrypt(nonce, db_key, b"passphrase")
    return {
        "kdf": "scrypt",
        **cost,
        "salt": _b64(salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


def _recovery_slot(db_key: bytes, recovery_key: str) -> dict[str, Any]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = _hkdf(_recovery_secret(recovery_key), salt)
    wrapped = AESGCM(wrapping).encrypt(nonce, db_key, b"recovery")
    return {
        "kdf": "hkdf-sha256",
        "salt": _b64(salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }


@dataclass(frozen=True)
class NewKeys:
    """What a first start made: the database key and the recovery key to show once."""

    db_key: bytes
    recovery_key: str
    key_file: KeyFile

    def write(self) -> None:
        """Write the key file, refusing to replace one that appeared meanwhile."""
        path = self.key_file.path
        if path.exists():
            raise KeyFileError(_exists_message(path))
        write_private_atomic(
            path, json.dumps(self.key_file.data, indent=2).encode("utf-8"), exclusive=True
        )


def _exists_message(path: Path) -> str:
    return translate(
        "Keys",
        "Kansiossa on jo avaintiedosto {path}; sitä ei korvattu. Avaa tietokanta sen "
        "tunnuslauseella tai palautusavaimella.",
    ).format(path=path)


def create(data_dir: Path, passphrase: str, *, db_key: bytes | None = None) -> NewKeys:
    """A new key file written in `data_dir` (see :func:`prepare`); never over an existing one."""
    made = prepare(data_dir, passphrase, db_key=db_key)
    made.write()
    return made


def prepare(data_dir: Path, passphrase: str, *, db_key: bytes | None = None) -> NewKeys:
    """New keys for `data_dir`: a random database key (or `db_key`) wrapped in both slots.

    Nothing is written: the store writes the key file (:meth:`NewKeys.write`) just before it
    first encrypts anything with the key, so a refused folder gets no key file.
    """
    path = key_path(data_dir)
    if path.exists():
        raise KeyFileError(_exists_message(path))
    key = db_key or secrets.token_bytes(KEY_BYTES)
    recovery = new_recovery_key()
    data = {
        "format": FORMAT,
        "version": VERSION,
        "created": datetime.now().isoformat(timespec="seconds"),
        "cipher": "sqlcipher-4",
        "check": _check(key),
        "slots": {
            "passphrase": _passphrase_slot(key, passphrase),
            "recovery": _recovery_slot(key, recovery),
        },
    }
    return NewKeys(key, recovery, KeyFile(path, data))


def change_passphrase(data_dir: Path, old: str, new: str) -> None:
    """Rewrap the database key under a new passphrase; the database itself is not touched."""
    problem = passphrase_problem(new)
    if problem is not None:
        from voimaa.errors import ValidationError

        raise ValidationError(problem)
    kf = KeyFile.read(key_path(data_dir))
    db_key = kf.unlock(old)
    kf.with_passphrase(db_key, new).write()


def reset_passphrase(data_dir: Path, recovery_key: str, new: str) -> bytes:
    """With the recovery key: a new passphrase (the passphrase slot rewritten); the db key."""
    problem = passphrase_problem(new)
    if problem is not None:
        from voimaa.errors import ValidationError

        raise ValidationError(problem)
    kf = KeyFile.read(key_path(data_dir))
    db_key = kf.unlock_recovery(recovery_key)
    kf.with_passphrase(db_key, new).write()
    return db_key


def unlock(data_dir: Path, secret: str, *, recovery: bool = False) -> bytes:
    """The database key of the store in `data_dir`, from its passphrase or recovery key.

    When the key file is missing or its passphrase slot is damaged, the copies of the key file
    saved with the backups are tried (newest first).
    """
    main = key_path(data_dir)
    try:
        kf = KeyFile.read(main)
        return kf.unlock_recovery(secret) if recovery else kf.unlock(secret)
    except WrongSecret:
        raise
    except KeyFileError as exc:
        for path in backup_key_files(data_dir):
            with contextlib.suppress(KeyFileError):
                copy = KeyFile.read(path)
                return copy.unlock_recovery(secret) if recovery else copy.unlock(secret)
        raise exc


def backup_key_files(data_dir: Path) -> list[Path]:
    """The key-file copies saved beside the backups, newest first."""
    folder = data_dir / BACKUP_DIRNAME
    found = []
    for p in folder.glob(f"*{KEY_SUFFIX}"):
        with contextlib.suppress(OSError):
            found.append((p.stat().st_mtime, p.name, p))
    return [p for *_, p in sorted(found, reverse=True)]


def has_key_file(data_dir: Path) -> bool:
    return key_path(data_dir).exists()


def read_passphrase_file() -> str | None:
    """The passphrase from $VOIMAA_PASSPHRASE_FILE (first line), or None when it is not set."""
    name = os.environ.get(PASSPHRASE_FILE_ENV)
    if not name:
        return None
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(
            translate(
                "Keys",
                "Tunnuslausetiedostoa {path} (VOIMAA_PASSPHRASE_FILE) ei voi lukea: {reason}.",
            ).format(path=name, reason=getattr(exc, "strerror", None) or exc)
        ) from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise KeyFileError(
            translate(
                "Keys", "Tunnuslausetiedosto {path} (VOIMAA_PASSPHRASE_FILE) on tyhjä."
            ).format(path=name)
        )
    return passphrase


def unattended_key(data_dir: Path) -> tuple[bytes, NewKeys | None]:
    """The database key without asking anyone: from $VOIMAA_PASSPHRASE_FILE.

    A first start (no key file yet) makes new keys with that passphrase (returned to be written
    by the store); their recovery key is never shown, which is why this is for tests and managed
    kiosk set-ups only. Raises :class:`Locked` when the variable is not set.
    """
    passphrase = read_passphrase_file()
    if passphrase is None:
        raise Locked(
            translate(
                "Keys",
                "Tietokanta on salattu: anna tunnuslause (tai aseta VOIMAA_PASSPHRASE_FILE).",
            )
        )
    if not has_key_file(data_dir) and not backup_key_files(data_dir):
        made = prepare(data_dir, passphrase)
        return made.db_key, made
    return unlock(data_dir, passphrase), None


# -- messages ----------------------------------------------------------------------------------


def wrong_message(slot: str) -> str:
    if slot == "recovery":
        return translate(
            "Keys",
            "Palautusavain ei käy tähän tietokantaan. Tarkista avain paperista ja yritä "
            "uudelleen. Tietoja ei ole muutettu.",
        )
    return translate(
        "Keys",
        "Tunnuslause on väärä. Yritä uudelleen, tai avaa tietokanta palautusavaimella. "
        "Tietoja ei ole muutettu, eikä yritysten määrää rajoiteta.",
    )


def missing_message(path: Path) -> str:
    return translate(
        "Keys",
        "Avaintiedosto {path} puuttuu, eikä varmuuskopioiden kansiossa ole sen kopiota. Ilman "
        "sitä salattua tietokantaa ei voi avata: kopioi avaintiedosto takaisin (esim. "
        "varmuuskopion vierestä nimellä *.avain).",
    ).format(path=path)


def damaged_message(path: Path) -> str:
    return translate(
        "Keys",
        "Avaintiedosto {path} on vioittunut. Kopioi sen tilalle varmuuskopioiden kansiosta uusin "
        ".avain-tiedosto. Tietokantaan ei ole koskettu.",
    ).format(path=path)


def slot_damaged_message(path: Path) -> str:
    return translate(
        "Keys",
        "Avaintiedoston {path} tunnuslauseosa on vioittunut. Avaa tietokanta palautusavaimella "
        "ja anna uusi tunnuslause.",
    ).format(path=path)


def write_private_atomic(target: Path, payload: bytes, *, exclusive: bool = False) -> None:
    """Write `payload` to `target` through a temporary file (0600), fsync, rename (or, when
    `exclusive`, a hard link that fails if `target` exists)."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        if exclusive:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise KeyFileError(_exists_message(target)) from None
            except OSError as exc:  # no hard links (some file systems): exists was checked
                if exc.errno not in (
                    errno.EPERM,
                    errno.EINVAL,
                    errno.ENOTSUP,
                    errno.EXDEV,
                    errno.EOPNOTSUPP,
                ):
                    raise
                os.replace(tmp, target)
            tmp.unlink(missing_ok=True)
        else:
            os.replace(tmp, target)
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                dfd = os.open(target.parent, os.O_RDONLY)
                try:
                    os.fsync(dfd)
                finally:
                    os.close(dfd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise KeyFileError(
                translate(
                    "Keys",
                    "Levy on täynnä: avaintiedostoa {path} ei voitu kirjoittaa, ja aiemmat tiedot "
                    "ovat ennallaan. Vapauta levytilaa ja yritä uudelleen.",
                ).format(path=target)
            ) from exc
        raise KeyFileError(
            translate(
                "Keys",
                "Avaintiedostoa {path} ei voitu kirjoittaa ({reason}); aiempi avaintiedosto on "
                "ennallaan.",
            ).format(path=target, reason=exc.strerror or exc)
        ) from exc
