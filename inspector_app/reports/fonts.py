"""Fonts for official documents: the standard faces where the machine has them, bundled
redistributable TrueType faces otherwise, and a per-character fallback so that no character of a
name (GBK rare characters, CJK Extension A and B) is ever drawn as a box or left out.

ReportLab embeds TrueType outlines only (CFF-flavoured OpenType is skipped) and subsets every font."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from inspector_app.paths import bundled_font

ROLES = ("fangsong", "song", "xbs", "hei", "kai")  # 仿宋, 宋体, 小标宋, 黑体, 楷体

# the standard faces, by file name, as Windows, WPS and Kylin/UOS install them
STANDARD = {
    "fangsong": ["仿宋_GB2312.ttf", "FangSong_GB2312.ttf", "simfang.ttf", "STFANGSO.TTF"],
    "song": ["simsun.ttc", "SimSun.ttf", "STSONG.TTF"],
    "xbs": ["方正小标宋简体.ttf", "FZXBSJW.TTF", "FZXiaoBiaoSong-B05S.ttf", "方正小标宋_GBK.ttf"],
    "hei": ["simhei.ttf", "SimHei.ttf", "STHeiti.ttf"],
    "kai": ["楷体_GB2312.ttf", "KaiTi_GB2312.ttf", "simkai.ttf", "STKAITI.TTF"],
}
# the bundled stand-ins: (file in resources/fonts without .xz, sub-font index)
BUNDLED = {
    "fangsong": ("uming.ttc", 0), "song": ("uming.ttc", 0), "xbs": ("uming.ttc", 0),
    "hei": ("wqy-microhei.ttc", 0), "kai": ("ukai.ttc", 0),
}
FALLBACK = [("uming.ttc", 0), ("wqy-microhei.ttc", 0), ("HanaMinB.ttf", 0)]


def font_dirs() -> list[Path]:
    """Where the machine keeps fonts."""
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        return [windir / "Fonts", Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
            Path.home() / ".fonts"]


def _find_installed(names: list[str]) -> Path | None:
    wanted = {n.casefold() for n in names}
    for folder in font_dirs():
        if folder.is_dir():
            for path in folder.rglob("*"):
                if path.name.casefold() in wanted:
                    return path
    return None


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, but with characters beyond U+FFFF (CJK Extension B and later)
    written as UTF-16 surrogate pairs, as PDF requires; ReportLab writes them as odd-length hex,
    so text extraction and copying lose them."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
             f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
             f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
             *[f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)],
             "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@dataclass(frozen=True)
class Face:
    name: str        # the ReportLab font name
    path: Path
    standard: bool   # one of the official faces, not a stand-in

    def has(self, ch: str) -> bool:
        return ord(ch) in pdfmetrics.getFont(self.name).face.charToGlyph


def _register(path: Path, index: int, standard: bool) -> Face | None:
    name = f"{path.stem}-{index}"
    try:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    except TTFError:  # CFF outlines, a damaged file: not usable for embedding
        return None
    return Face(name, path, standard)


@dataclass(frozen=True)
class FontSet:
    """The face for each role and the chain that supplies glyphs a face lacks."""
    faces: dict[str, Face]
    fallback: tuple[Face, ...]

    def face_for(self, role: str, ch: str) -> Face:
        """The role's face if it has the character, else the first fallback that does."""
        primary = self.faces[role]
        if ch.isspace() or primary.has(ch):
            return primary
        for face in self.fallback:
            if face.has(ch):
                return face
        return primary  # no face has it: the primary's .notdef, which a test would catch

    def runs(self, role: str, text: str) -> list[tuple[Face, str]]:
        """`text` cut into runs that one face can draw."""
        out: list[tuple[Face, str]] = []
        for ch in text:
            face = self.face_for(role, ch)
            if out and out[-1][0] == face:
                out[-1] = (face, out[-1][1] + ch)
            else:
                out.append((face, ch))
        return out


@lru_cache(maxsize=8)
def load_fonts(overrides: tuple[tuple[str, str], ...] = ()) -> FontSet:
    """The fonts for documents: a settings choice per role (`overrides`), else the standard face
    installed on this machine, else the bundled stand-in."""
    chosen = dict(overrides)
    faces: dict[str, Face] = {}
    for role in ROLES:
        face = None
        if role in chosen:
            face = _register(Path(chosen[role]), 0, True)
        if face is None:
            installed = _find_installed(STANDARD[role])
            face = _register(installed, 0, True) if installed else None
        if face is None:
            file, index = BUNDLED[role]
            face = _register(bundled_font(file), index, False)
        faces[role] = face
    fallback = tuple(f for f in (_register(bundled_font(file), i, False) for file, i in FALLBACK) if f)
    return FontSet(faces, fallback)
