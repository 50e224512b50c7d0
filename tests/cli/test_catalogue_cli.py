"""`inspector catalogue show` as an office reads it: the four prohibitions, the sanctions in order, local rules."""

from __future__ import annotations

import json

from tests.cli.test_cli import run


def test_the_catalogue_shows_the_four_prohibitions_and_the_ladder_mildest_first(tmp_path):
    data = json.loads(run(tmp_path, "--json", "catalogue", "show").stdout)
    assert [p["name"] for p in data["prohibitions"]] == [
        "禁止工作日午餐饮酒", "禁止上班时间上网聊天、玩电脑游戏", "禁止在机关或下基层时搓麻将",
        "禁止公款旅游度假和违反规定参与公款支付的高消费娱乐、健身活动"]
    order = [s["name"] for s in data["sanctions"]]
    for milder, harsher in [("效能告诫", "通报批评"), ("通报批评", "诫勉谈话"), ("公开道歉", "通报批评"),
                            ("离岗培训", "调离岗位"), ("调离岗位", "辞退")]:
        assert order.index(milder) < order.index(harsher), (milder, harsher)
    types = {v["name"]: v for g in data["groups"] for v in g["types"]}
    assert types["上班时间玩电脑游戏"]["prohibition"] == "禁止上班时间上网聊天、玩电脑游戏"
    assert types["上班时间玩电脑游戏"]["default_sanction"] == "效能告诫"
    rules = {r["id"]: r for r in data["rules"]}
    assert not rules["prohibition-second-breach"]["local"] and "离岗培训" in rules["prohibition-second-breach"]["basis"]
    assert rules["late-three-times"]["local"] and rules["late-three-times"]["default"] == 3
    assert data["local_settings"] == [{"key": "rectify_days", "value": 10, "default": 10}] + [
        {"key": k, "value": v, "default": v} for k, v in (("days", 30), ("major_days", 60), ("referral_days", 13),
                                                          ("due_soon_days", 3), ("many", 3))]


def test_the_catalogue_in_text_marks_what_is_a_local_setting(tmp_path):
    text = run(tmp_path, "catalogue", "show").stdout
    assert "四条禁令" in text and "公开道歉 < 通报批评 < 诫勉谈话" in text and "本地设置" in text
    english = run(tmp_path, "--lang", "en", "catalogue", "show").stdout
    assert "local setting" in english
