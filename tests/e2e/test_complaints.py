"""The complaints ledger across the district: a case the office registers on its laptop reaches the
hub and the office's other laptops with its steps; an inspector's laptop never receives it, and the
administrator's never receives who complained; a team cannot write one."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlmodel import select

from inspector_app.domain.models import Complainant, Complaint, ComplaintStep
from inspector_app.errors import InspectorError
from inspector_app.hub import auth
from inspector_app.hub.server import BackgroundHub
from inspector_app.services import complaints, sync
from inspector_app.services.complaints import NewComplaint
from tests.e2e.conftest import laptop


def rows(ws, model) -> list:
    with ws.db.session() as s:
        return list(s.exec(select(model)).all())


def test_a_case_travels_to_the_office_alone_and_its_complainant_to_the_handlers_alone(district, tmp_path,
                                                                                        laptop_template):
    office, zhao = district.office, district.team_one
    case = complaints.register(office, NewComplaint(
        channel="转办", source="12345热线", received_at=datetime(2026, 9, 28, 10), unit="区人社局",
        person="张三明", summary="窗口工作人员态度生硬", complainant="李四", phone="13912345678"))
    complaints.accept(office, case.reg_number)
    complaints.assign(office, case.reg_number, "区人社局", on=date(2026, 9, 28))
    sync.sync(office, attempts=2)

    auth.add_user(district.hub, "sun", "孙主任", "office", "district-pass-1")
    auth.add_user(district.hub, "root", "管理员", "admin", "district-pass-1")
    with BackgroundHub(district.hub) as server:
        sun = laptop(district.hub, server.url, laptop_template, tmp_path / "sun", "sun")
        admin = laptop(district.hub, server.url, laptop_template, tmp_path / "root", "root")
        try:
            for ws in (sun, admin, zhao):
                sync.sync(ws, attempts=2)
            # the office's other handler has the case, its steps and who complained
            shown = complaints.show(sun, "1", reveal=True)
            assert (shown.complainant, shown.contact, shown.person) == ("李四", "13912345678", "张三明")
            assert [s.action for s in shown.steps] == ["register", "accept", "assign"]
            # the administrator has the case but not who complained
            assert [c.reg_number for c in rows(admin, Complaint)] == [case.reg_number]
            assert rows(admin, Complainant) == []
            assert complaints.show(admin, "1").complainant == ""
            # an inspector's laptop has none of it
            assert rows(zhao, Complaint) == rows(zhao, Complainant) == rows(zhao, ComplaintStep) == []
            # and the hub refuses a team's attempt to write a case
            with pytest.raises(InspectorError):
                complaints.register(zhao, NewComplaint(channel="电话", received_at=datetime(2026, 9, 29, 9),
                                                       summary="伪造的投诉"))
        finally:
            sun.close()
            admin.close()


def test_steps_taken_on_two_office_laptops_meet_on_the_hub(district, tmp_path, laptop_template):
    office = district.office
    complaints.register(office, NewComplaint(channel="电话", received_at=datetime(2026, 9, 28, 10),
                                             unit="区人社局", summary="电话无人接听"))
    complaints.accept(office, "1")
    complaints.assign(office, "1", "区人社局", days=10, on=date(2026, 9, 28))
    sync.sync(office, attempts=2)
    auth.add_user(district.hub, "sun", "孙主任", "office", "district-pass-1")
    with BackgroundHub(district.hub) as server:
        sun = laptop(district.hub, server.url, laptop_template, tmp_path / "sun", "sun")
        try:
            sync.sync(sun, attempts=2)
            complaints.resolve(sun, "1", "属实", "已批评教育", on=date(2026, 10, 9))
            sync.sync(sun, attempts=2)
            sync.sync(office, attempts=2)
            shown = complaints.show(office, "1")
            assert shown.complaint.status == "resolved" and shown.complaint.due_on == date(2026, 10, 16)
            assert [(s.action, s.actor) for s in shown.steps][-1] == ("resolve", "孙主任")
        finally:
            sun.close()
