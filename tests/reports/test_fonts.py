"""Where the document fonts come from: the bundle's own copies, or (the .deb's bundle leaves them out)
the files the distribution's font packages install."""

from __future__ import annotations

import shutil

import pytest

from inspector_app import paths
from inspector_app.errors import InspectorError


@pytest.fixture
def wqy():
    return paths.bundled_font("wqy-microhei.ttc")


@pytest.fixture
def bundle_without_fonts(tmp_path, monkeypatch, wqy):
    """A bundle as the .deb ships it (resources/ without fonts/) on a machine with its own font folder."""
    (tmp_path / "bundle" / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "bundle_root", lambda: tmp_path / "bundle")
    monkeypatch.setattr(paths, "SYSTEM_FONT_DIR", tmp_path / "share-fonts")
    return tmp_path / "share-fonts"


def test_the_bundle_copy_serves_when_the_bundle_has_one(wqy):
    assert wqy.read_bytes()[:4] == b"ttcf"
    assert not wqy.is_relative_to(paths.SYSTEM_FONT_DIR)


def test_without_a_bundle_copy_the_font_package_file_serves(bundle_without_fonts, wqy):
    installed = bundle_without_fonts / "truetype" / "wqy" / "wqy-microhei.ttc"
    installed.parent.mkdir(parents=True)
    shutil.copyfile(wqy, installed)
    assert paths.bundled_font("wqy-microhei.ttc") == installed


def test_a_missing_font_names_the_package_to_install(bundle_without_fonts):
    with pytest.raises(InspectorError) as err:
        paths.bundled_font("HanaMinB.ttf")
    assert "fonts-hanazono" in err.value.message("zh") and "缺少字体" in err.value.message("zh")
    assert "install the package fonts-hanazono" in err.value.message("en")


def test_every_bundled_font_has_its_package():
    bundled = {p.name.removesuffix(".xz") for p in paths.resource_path("fonts").glob("*.xz")}
    assert bundled == set(paths.FONT_PACKAGES)


def test_the_app_still_starts_when_its_font_is_missing(bundle_without_fonts, qapp, caplog):
    from inspector_app.ui.app import application

    assert application() is qapp
    assert "fonts-wqy-microhei" in caplog.text  # logged, and the window goes on in a system face
