"""The fixed parts of an office's notices (版头 and 版记), from resources/notice.yaml or the office's
own copy in the data directory; validated like every configuration file."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pydantic import Field

from inspector_app.domain.datafile import Strict, YamlDocument
from inspector_app.paths import resource_path


FontRole = Literal["fangsong", "song", "xbs", "hei", "kai"]
FONT_ROLES: tuple[str, ...] = get_args(FontRole)


class NoticeSettings(Strict):
    org_mark: str = Field(min_length=1, max_length=40)
    org_code: str = Field(min_length=1, max_length=20)
    signature: str = Field(min_length=1, max_length=40)
    recipients: str = Field(min_length=1)
    cc: str = ""
    printer: str = ""
    note: str = ""
    rectify_days: int = Field(default=10, ge=1, le=60)
    preprinted: bool = False
    photos_per_page: int = Field(default=2, ge=1, le=2)   # the photo sheet: one or two photos to a page
    # a TrueType file per role (fangsong, song, xbs, hei, kai) to use instead of the one found
    fonts: dict[FontRole, str] = Field(default_factory=dict)

    def font_overrides(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.fonts.items()))


def load_notice_settings(data_dir: Path | None = None) -> NoticeSettings:
    own = data_dir / "notice.yaml" if data_dir else None
    return YamlDocument(own if own and own.is_file() else resource_path("notice.yaml")).parse(NoticeSettings)
