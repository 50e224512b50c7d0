"""A smaller ICU data library for the Linux bundle: Qt's libicudata (31 MB) carries every locale's
names, collations, units and calendars, every legacy code page and every word-break dictionary.
Inspector speaks Chinese and English, so the bundle keeps ICU's root, the zh and en locales (and
Cantonese, which Hong Kong Chinese refers to) and the Chinese code pages; ICU falls back to root for
any other locale. Qt calls ICU only for case mapping, collation, code pages and time-zone names, so
what serves other ICU services goes too: the break iterators and their dictionaries, currency,
language, region and unit names, number spelling, character names, spoofing checks and StringPrep
profiles.

Needs icupkg (Debian's icu-devtools) and a C compiler; returns None when either is missing (the
bundle then keeps Qt's full library).

python packaging/trim_icu.py LIBICUDATA OUT_DIR"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = {"zh", "yue", "en"}  # Hong Kong Chinese refers to Cantonese data
LOCALE_ITEM = re.compile(r"(?:^|/)(?P<lang>[a-z]{2,3})(?:_[A-Za-z0-9]*)*\.res$")
KEEP_CODE_PAGES = re.compile(r"gb18030|ibm-1386|ibm-5478|windows-936|ibm-1373|windows-950|big5", re.I)
UNUSED_BY_QT = re.compile(r"^(?:translit|brkitr|curr|lang|region|unit|rbnf)/|^unames\.icu$|^confusables|\.spp$")


def unwanted(item: str) -> bool:
    name = item.rsplit("/", 1)[-1]
    if UNUSED_BY_QT.search(item):
        return True
    if name.endswith(".cnv"):
        return not KEEP_CODE_PAGES.search(name)
    locale = LOCALE_ITEM.search(item)
    return bool(locale) and locale["lang"] not in KEEP_LANGUAGES


def data_symbol(lib: Path) -> tuple[str, int, int]:
    """The data package's symbol (icudtNN_dat), its file offset and size."""
    syms = subprocess.run(["readelf", "--dyn-syms", "-W", str(lib)], check=True, capture_output=True, text=True).stdout
    m = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+(icudt\d+_dat)", syms)
    if not m:
        raise RuntimeError(f"no ICU data symbol in {lib}")
    address, size, name = int(m[1], 16), int(m[2], 0), m[3]
    sections = subprocess.run(["readelf", "-S", "-W", str(lib)], check=True, capture_output=True, text=True).stdout
    for line in sections.splitlines():
        f = line.replace("[ ", "[").split()
        if len(f) > 5 and f[1] == ".rodata":
            section_addr, section_off = int(f[3], 16), int(f[4], 16)
            return name, address - section_addr + section_off, size
    raise RuntimeError(f"no .rodata section in {lib}")


def trim(lib: Path, out_dir: Path) -> Path | None:
    icupkg, cc = shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc")
    if not (icupkg and cc):
        return None
    name, offset, size = data_symbol(lib)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = work / f"{name[:-4]}l.dat"
        with lib.open("rb") as f:
            f.seek(offset)
            package.write_bytes(f.read(size))
        items = subprocess.run([icupkg, "-l", str(package)], check=True, capture_output=True, text=True).stdout.split()
        drop = work / "drop.txt"
        drop.write_text("\n".join(i for i in items if unwanted(i)) + "\n")
        subprocess.run([icupkg, "-r", str(drop), str(package)], check=True, capture_output=True)
        source = work / "data.S"
        source.write_text(f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n'
                          f'.incbin "{package}"\n.size {name}, .-{name}\n.section .note.GNU-stack,"",@progbits\n')
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / lib.name
        subprocess.run([cc, "-shared", "-nostdlib", "-Wl,-soname," + lib.name, "-o", str(target), str(source)],
                       check=True, capture_output=True)
    return target


if __name__ == "__main__":
    made = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{made}: {made.stat().st_size / 2**20:.1f} MB" if made else "icupkg or a C compiler is missing")
