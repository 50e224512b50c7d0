"""Bundles for offices without a network link: the same operations and photos as an HTTP sync,
encrypted and signed; a damaged, altered or foreign bundle is refused whole; importing twice
changes nothing."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlmodel import select

from inspector_app.domain.models import Finding, LocalState
from inspector_app.errors import InspectorError
from inspector_app.hub.bundles import export_for_device, import_from_device
from inspector_app.hub.store import Hub
from inspector_app.store.replica import CURSOR, waiting_ops, waiting_photos
from inspector_app.sync.offline import export_for_hub, import_from_hub
from tests.fleet import add_finding, add_photo, add_unit, comparable, replica_rows


@pytest.fixture
def field_work(fleet, tmp_path):
    """Two laptops of one team, enrolled at the office; then a week in the field without network."""
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    a, b = fleet.laptop("a"), fleet.laptop("b")
    a.sync()
    b.sync()
    photos = []
    for i in range(3):
        finding = add_finding(a.db, unit.id, a.team_id, f"上班时间打游戏（第{i + 1}处）")
        photos.append(os.urandom(200_000 + i))
        add_photo(a.db, finding.id, photos[-1], name=f"IMG_{i}.JPG")
    return a, b, photos, tmp_path


def test_a_bundle_carries_findings_and_photos_to_the_hub_and_on_to_a_teammate(fleet, field_work):
    a, b, photos, tmp = field_work
    done = export_for_hub(a.db, tmp / "a.bundle")
    assert (done["ops"], done["photos"]) == (6, 3)

    first = import_from_device(fleet.hub, tmp / "a.bundle")
    assert (first.applied, first.photos, first.gap) == (6, 3, None)
    hub_before = fleet.hub_rows("finding")
    again = import_from_device(fleet.hub, tmp / "a.bundle")  # the same stick, plugged in twice
    assert (again.applied, again.duplicates) == (0, 6)
    assert fleet.hub_rows("finding") == hub_before and len(hub_before) == 3
    for data in photos:
        assert fleet.hub.blobs.path_for(hashlib.sha256(data).hexdigest()).read_bytes() == data

    export_for_device(fleet.hub, "b", tmp / "b.bundle")
    assert import_from_hub(b.db, tmp / "b.bundle")["rows"] >= 6
    assert import_from_hub(b.db, tmp / "b.bundle")["rows"] == 0  # twice: nothing changes
    assert comparable(replica_rows(b.db, "finding")) == comparable(fleet.hub_rows("finding"))
    for data in photos:
        assert b.db.blobs.read(hashlib.sha256(data).hexdigest()) == data

    export_for_device(fleet.hub, "a", tmp / "back-to-a.bundle")  # the hub's acknowledgement travels back
    import_from_hub(a.db, tmp / "back-to-a.bundle")
    assert waiting_ops(a.db) == 0 and waiting_photos(a.db) == 0
    assert a.sync().pushed == 0  # and an online sync later finds nothing left to send


@pytest.mark.parametrize("damage", ["flip", "header", "length", "truncate", "append"])
def test_a_damaged_or_altered_bundle_is_refused_whole(fleet, field_work, damage):
    a, b, photos, tmp = field_work
    path = tmp / "a.bundle"
    export_for_hub(a.db, path)
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "header":  # a byte of the header, read before the signature names the key
        data[30] ^= 0x01
    elif damage == "length":  # the header's length
        data[20] ^= 0x40
    elif damage == "truncate":
        data = data[: len(data) * 2 // 3]
    else:
        data += b"\0" * 10
    path.write_bytes(bytes(data))
    with pytest.raises(InspectorError) as err:
        import_from_device(fleet.hub, path)
    assert err.value.key in ("bundle_tampered", "bundle_damaged")
    assert "未导入任何内容" in err.value.message()
    assert fleet.hub_rows("finding") == {}
    assert not any(fleet.hub.blobs.has(hashlib.sha256(p).hexdigest()) for p in photos)
    assert not list((fleet.hub.blobs.root / "tmp").glob("*.part"))


@pytest.mark.parametrize("at", [0, 20, 30, 45, 100])
def test_a_laptop_told_a_damaged_bundle_is_damaged_not_a_traceback(fleet, field_work, at):
    a, b, photos, tmp = field_work
    import_from_device(fleet.hub, export_path(a.db, tmp / "a.bundle"))
    path = tmp / "b.bundle"
    export_for_device(fleet.hub, "b", path)
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(InspectorError) as err:
        import_from_hub(b.db, path)
    assert err.value.key in ("bundle_tampered", "bundle_damaged", "bundle_not_a_bundle", "bundle_foreign")
    assert replica_rows(b.db, "finding") == {}


def export_path(db, path):
    export_for_hub(db, path)
    return path


def test_an_inspectors_bundle_is_taken_whole_photos_and_all(fleet, tmp_path):
    """Findings recorded without an inspection, photos and all, by bundle: none refused."""
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    a = fleet.laptop("a")
    a.sync()
    photos = []
    for i in range(3):
        finding = add_finding(a.db, unit.id, None, f"第{i + 1}处")
        photos.append(os.urandom(30_000 + i))
        add_photo(a.db, finding.id, photos[-1])
    report = import_from_device(fleet.hub, export_path(a.db, tmp_path / "a.bundle"))
    assert (report.applied, report.refused, report.photos) == (6, 0, 3)
    assert all(r["team_id"] == str(a.team_id) for r in fleet.hub_rows("finding").values())


def test_a_foreign_bundle_is_refused(fleet, field_work, tmp_path):
    a, b, photos, tmp = field_work
    export_for_hub(a.db, tmp / "a.bundle")
    other_hub = Hub(str(tmp_path / "other.sqlite3"), tmp_path / "other-blobs")
    with pytest.raises(InspectorError) as err:
        import_from_device(other_hub, tmp / "a.bundle")  # meant for another office's hub
    assert err.value.key == "bundle_foreign"
    (tmp / "note.txt").write_text("不是同步包", encoding="utf-8")
    with pytest.raises(InspectorError) as err:
        import_from_device(fleet.hub, tmp / "note.txt")
    assert err.value.key == "bundle_not_a_bundle"
    export_for_device(fleet.hub, "b", tmp / "b.bundle")
    with pytest.raises(InspectorError) as err:
        import_from_hub(a.db, tmp / "b.bundle")  # b's bundle, opened on a
    assert err.value.key == "bundle_foreign"
    other_hub.close()


def test_a_bundle_after_a_missing_one_is_refused(fleet, field_work):
    a, b, photos, tmp = field_work
    import_from_device(fleet.hub, _export(a, tmp / "a1.bundle"))
    export_for_device(fleet.hub, "b", tmp / "b1.bundle")
    import_from_hub(b.db, tmp / "b1.bundle")
    import_from_device(fleet.hub, _export(b, tmp / "b-report.bundle"))  # b reports how far it got
    add_finding(a.db, fleet.hub_rows("unit").popitem()[0], a.team_id, "又一处问题")
    import_from_device(fleet.hub, _export(a, tmp / "a2.bundle"))
    export_for_device(fleet.hub, "b", tmp / "b2.bundle")  # starts where b's report said
    with b.db.session() as s:  # b's database restored from before the first bundle
        s.merge(LocalState(key=CURSOR, value="0"))
    with pytest.raises(InspectorError) as err:
        import_from_hub(b.db, tmp / "b2.bundle")
    assert err.value.key == "bundle_out_of_order"
    with b.db.session() as s:
        assert len(s.exec(select(Finding)).all()) == 3


def _export(laptop, path):
    export_for_hub(laptop.db, path)
    return path
