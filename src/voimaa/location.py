"""Where the data folder is: a warning when it lies on a network drive or inside a folder that a
cloud service (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud…) copies off the laptop."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from voimaa.i18n import translate

CLOUD_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "icloud~",
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud",
    "mega",
)
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "davfs", "afpfs"}


def cloud_folder(folder: Path) -> str | None:
    """The name of the sync folder that `folder` is inside, if any."""
    for part in folder.expanduser().resolve().parts:
        low = part.lower()
        if any(low == n or low.startswith(n + " ") or low.startswith(n + "-") for n in CLOUD_NAMES):
            return part
    return None


def _mount_type(folder: Path) -> str | None:
    """The file-system type of the mount holding `folder` (Linux: /proc/mounts)."""
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, kind = "", None
    target = str(folder.expanduser().resolve())
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) > len(
            best
        ):
            best, kind = mount, fields[2]
    return kind


def on_network_drive(folder: Path) -> bool:
    resolved = str(folder.expanduser().resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
    kind = _mount_type(folder)
    return kind is not None and kind.lower() in NETWORK_FS


def warnings(folder: Path) -> list[str]:
    """Finnish warnings about where the data folder is (none when it is on this laptop)."""
    found = []
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    cloud = cloud_folder(folder)
    if cloud is not None:
        found.append(
            translate(
                "Location",
                "Tietokannan kansio {path} on pilvipalvelun kansiossa ({cloud}). Palvelu kopioi "
                "tiedostot pois koneelta. Siirrä kansio pois (ks. ohje), tai aseta "
                "VOIMAA_DATA_DIR paikalliseen kansioon.",
            ).format(path=folder, cloud=cloud)
        )
    if on_network_drive(existing):
        found.append(
            translate(
                "Location",
                "Tietokannan kansio {path} on verkkolevyllä. Tiedot kulkevat verkossa ja "
                "tietokanta voi vioittua yhteyden katketessa. Käytä tämän koneen omaa levyä.",
            ).format(path=folder)
        )
    return found
