"""The data directory's keys: the password opens them, a wrong or empty one opens nothing, a changed
one re-wraps the same key, the office's recovery key opens them without the password."""

from __future__ import annotations

import json
import os
import stat

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import given, settings, strategies as st

from inspector_app.errors import InspectorError
from inspector_app.hub.store import new_recovery_key
from inspector_app.store import vault


def test_the_password_opens_the_key_and_a_wrong_or_empty_one_opens_nothing(tmp_path):
    keys = vault.create(tmp_path, "correct-horse-1")
    assert vault.unlock(tmp_path, "correct-horse-1") == keys
    for wrong in ("correct-horse-2", "", "correct-horse-1 "):
        with pytest.raises(InspectorError) as err:
            vault.unlock(tmp_path, wrong)
        assert err.value.key == "password_wrong" and "密码不对" in str(err.value)
    kept = json.loads(vault.key_file(tmp_path).read_text())
    assert kept["password"]["kdf"]["name"] == "argon2id" and kept["password"]["kdf"]["memory_kib"] > 0
    assert keys.data_key.hex() not in vault.key_file(tmp_path).read_text()
    if os.name == "posix":
        assert stat.S_IMODE(vault.key_file(tmp_path).stat().st_mode) == 0o600


@pytest.mark.parametrize("short", ["", "1234567"])
def test_an_empty_or_short_password_is_refused_and_nothing_written(tmp_path, short):
    with pytest.raises(InspectorError) as err:
        vault.create(tmp_path, short)
    assert err.value.key == "password_short" and "8" in str(err.value)
    assert not vault.exists(tmp_path)


def test_a_changed_password_wraps_the_same_key(tmp_path):
    keys = vault.create(tmp_path, "first-password")
    with pytest.raises(InspectorError):
        vault.change_password(tmp_path, "not-the-first", "second-password")
    vault.change_password(tmp_path, "first-password", "second-password")
    assert vault.unlock(tmp_path, "second-password") == keys
    with pytest.raises(InspectorError):
        vault.unlock(tmp_path, "first-password")


def test_the_office_recovery_key_opens_a_forgotten_password(tmp_path):
    pem, public = new_recovery_key()
    (tmp_path / "office.pem").write_bytes(pem)
    keys = vault.create(tmp_path / "laptop", "forgotten-password", public)
    assert vault.recovery_key_of(tmp_path / "laptop") == public
    other_pem, _ = new_recovery_key()
    (tmp_path / "other.pem").write_bytes(other_pem)
    with pytest.raises(InspectorError) as err:
        vault.recover(tmp_path / "laptop", vault.load_recovery_key(tmp_path / "other.pem"), "new-password-1")
    assert err.value.key == "vault_other_recovery_key"
    recovered = vault.recover(tmp_path / "laptop", vault.load_recovery_key(tmp_path / "office.pem"), "new-password-1")
    assert recovered == keys and vault.unlock(tmp_path / "laptop", "new-password-1") == keys


def test_a_key_given_to_the_recovery_key_later_is_recoverable_too(tmp_path):
    keys = vault.create(tmp_path, "some-password")
    with pytest.raises(InspectorError) as err:
        vault.recover(tmp_path, X25519PrivateKey.generate(), "new-password-1")
    assert err.value.key == "vault_no_recovery"
    pem, public = new_recovery_key()
    assert vault.set_recovery(tmp_path, keys, public) and not vault.set_recovery(tmp_path, keys, public)
    (tmp_path / "office.pem").write_bytes(pem)
    assert vault.recover(tmp_path, vault.load_recovery_key(tmp_path / "office.pem"), "new-password-1") == keys


@settings(max_examples=25, deadline=None)
@given(password=st.text(min_size=8, max_size=40), other=st.text(min_size=8, max_size=40))
def test_only_the_very_password_opens_the_key(tmp_path_factory, password, other):
    folder = tmp_path_factory.mktemp("v")
    keys = vault.create(folder, password)
    assert vault.unlock(folder, password) == keys
    if other != password:
        with pytest.raises(InspectorError):
            vault.unlock(folder, other)
