"""The period's assessment as the office circulates it: a 考核情况通报 typeset as its notices are
(GB/T 9704-2012) — the overall figures, the units ranked among their kind, the units whose service
users' dissatisfaction reached the thresholds with the seed's consequence for their head, service
commitments, the people's appraisal — with the full ranking as its attachment; and the same tables
as a workbook, one sheet a table."""

from __future__ import annotations

import hashlib
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from inspector_app.domain.assessment import CONSEQUENCES
from inspector_app.domain.chinese import chinese_date, chinese_number
from inspector_app.domain.enums import AppraisalGrade, UnitKind
from inspector_app.fileio import write_output
from inspector_app.reports.model import Attachment, NoticeDocument, Photo
from inspector_app.reports.settings import load_notice_settings
from inspector_app.services import assessment, notices, workbook
from inspector_app.services.assessment import PersonProfile, UnitProfile
from inspector_app.services.settings import assessment_rules
from inspector_app.services.workspace import Workspace

SHOWN = 3  # the best and the last of each kind named in the body


@dataclass
class Assessment:
    """Everything the report says, gathered once for the PDF and the workbook."""
    period: str                    # 2026年度, 2026年第四季度, 2026年3月1日至6月30日
    date_from: date
    date_to: date
    units: list[UnitProfile]
    people: list[PersonProfile]


def period_words(date_from: date, date_to: date) -> str:
    """The period as a notice names it."""
    if (date_from.month, date_from.day, date_to.month, date_to.day) == (1, 1, 12, 31) and date_from.year == date_to.year:
        return f"{date_from.year}年度"
    y, m = date_from.year, date_from.month
    if date_from.day == 1 and m % 3 == 1 and date_to == date(y, m + 2, monthrange(y, m + 2)[1]):
        return f"{date_from.year}年第{chinese_number((date_from.month + 2) // 3)}季度"
    return f"{chinese_date(date_from)}至{chinese_date(date_to).removeprefix(f'{date_from.year}年')}"


def gather(ws: Workspace, date_from: date, date_to: date) -> Assessment:
    return Assessment(period_words(date_from, date_to), date_from, date_to,
                      assessment.unit_profiles(ws, date_from, date_to),
                      assessment.person_profiles(ws, date_from, date_to))


def _names(group: list[UnitProfile]) -> str:
    return "、".join(f"{p.unit}（{p.score:g}分）" for p in group)


def document(ws: Workspace, a: Assessment, signed_on: date | None = None,
             charts: tuple[Photo, ...] = ()) -> NoticeDocument:
    """The 考核情况通报, with the ranking attached and the charts, if given, after it."""
    settings, rules = load_notice_settings(ws.data_dir), assessment_rules(ws)
    units = a.units
    findings = sum(sum(p.findings.values()) for p in units)
    breaches = sum(p.prohibitions for p in units)
    complaints, true = sum(p.complaints for p in units), sum(p.complaints_true for p in units)
    surveyed = [p for p in units if p.dissatisfied_rate is not None]
    pledged = [p for p in units if p.commitments]
    body = [f"根据机关作风效能建设考核评价有关规定，区效能办对全区{len(units)}个单位{a.period}机关作风效能建设情况"
            "进行了考核评价。现将有关情况通报如下：",
            "一、总体情况",
            f"{a.period}，共查处机关作风效能问题{findings}个，其中违反“四条禁令”{breaches}个；受理群众投诉{complaints}件，"
            f"经调查属实或部分属实{true}件；{len(surveyed)}个单位开展了服务对象满意度测评，"
            f"{len(pledged)}个单位作出服务承诺。各单位得分以{rules.base:g}分为基础，按查处问题、属实投诉、整改、"
            "对单位“一把手”问责、满意度测评和服务承诺兑现等情况计算，同类单位之间排名。",
            "二、考核排名"]
    for i, (kind, group) in enumerate(assessment.ranking(units).items(), 1):
        line = f"（{chinese_number(i)}）{UnitKind(kind).label('zh')}（{len(group)}个）。"
        if len(group) <= 2 * SHOWN:
            line += f"按得分依次为：{_names(group)}。"
        else:
            line += f"得分前{chinese_number(SHOWN)}位的是：{_names(group[:SHOWN])}；" \
                    f"后{chinese_number(SHOWN)}位的是：{_names(group[-SHOWN:])}。"
        body.append(line)
    body.append("三、满意度测评情况")
    explain = [p for p in surveyed if p.satisfaction_flag == "explain"]
    grave = [p for p in surveyed if p.satisfaction_flag == "grave"]
    if not (explain or grave):
        body.append(f"参加测评的单位不满意率均低于{rules.explain_at:g}%。")
    if explain:
        body.append(f"不满意率达到{rules.explain_at:g}%的单位：" + "、".join(
            f"{p.unit}（{p.dissatisfied_rate:g}%）" for p in explain) + f"。{CONSEQUENCES['explain'][0]}。")
    if grave:
        body.append(f"不满意率达到{rules.grave_at:g}%的单位：" + "、".join(
            f"{p.unit}（{p.dissatisfied_rate:g}%{'，已书面说明' if p.explained else ''}）" for p in grave)
            + f"。{CONSEQUENCES['grave'][0]}。")
    if pledged:
        body.append("四、服务承诺兑现情况")
        kept = sum(p.commitments_kept for p in pledged)
        total = sum(p.commitments for p in pledged)
        broken = [p for p in pledged if p.commitments_broken]
        body.append(f"{len(pledged)}个单位共作出服务承诺{total}项，年终评议已兑现{kept}项"
                    + (f"；有承诺未兑现的单位：{'、'.join(p.unit for p in broken)}。" if broken else "。"))
    heading = chinese_number(5 if pledged else 4)
    body.append(f"{heading}、个人考核")
    incompetent = [p for p in a.people if (p.confirmed or p.suggested) == AppraisalGrade.INCOMPETENT]
    body.append(f"{a.period}被查处问题的工作人员{len(a.people)}人，其中受到处理"
                f"{sum(1 for p in a.people if p.sanctions)}人"
                + (f"；依照规定年度考核应定为不称职的{len(incompetent)}人，由所在单位按程序办理。" if incompetent else "。"))
    body += [f"{chinese_number(6 if pledged else 5)}、有关要求",
             "（一）认真对照整改。各单位要对照考核中发现的问题，逐项制定整改措施，明确责任人和完成时限。",
             "（二）落实主体责任。各单位“一把手”要切实履行第一责任人职责，把机关作风效能建设与业务工作同部署、同落实。",
             "（三）强化结果运用。考核结果作为单位年度考核、评先评优和干部奖惩的重要依据。"]
    rows = []
    for i, (kind, group) in enumerate(assessment.ranking(units).items(), 1):
        rows.append(f"{chinese_number(i)}、{UnitKind(kind).label('zh')}（{len(group)}个）")
        rows += [f"{p.rank}．{p.unit}　{p.score:g}分" for p in group]
    day = signed_on or date.today()
    return NoticeDocument(
        org_mark=settings.org_mark, number="", title=f"关于{a.period}机关作风效能建设考核情况的通报",
        recipients=settings.recipients, body="\n".join(body), signature=settings.signature, signed_on=day,
        cc=settings.cc, printer=settings.printer, printed_on=day,
        attachments=(Attachment(f"{a.period}考核得分排名表", text="\n".join(rows)),
                     *((Attachment(f"{a.period}考核情况图表", photos=charts),) if charts else ())))


def export(ws: Workspace, date_from: date, date_to: date, pdf: Path | None, xlsx: Path | None,
           charts: Sequence[tuple[str, Path]] = ()) -> Assessment:
    """The report as PDF and (or) the workbook, where the person named them; `charts`: pictures
    (title, PNG file) the window drew, attached to the PDF."""
    a = gather(ws, date_from, date_to)
    if pdf is not None:
        digests = [hashlib.sha256(path.read_bytes()).hexdigest() for _, path in charts]
        pictures = {digest: path for digest, (_, path) in zip(digests, charts)}
        photos = tuple(Photo(digest, title) for digest, (title, _) in zip(digests, charts))
        write_output(pdf, notices.render(ws, document(ws, a, charts=photos), pictures))
    if xlsx is not None:
        write_workbook(ws, a, xlsx)
    return a


def write_workbook(ws: Workspace, a: Assessment, path: Path) -> None:
    """One sheet a table: the ranking, each unit's figures, the surveys, the people."""
    cat = ws.ref.catalogue
    ranked = [p for group in assessment.ranking(a.units).values() for p in group]
    flags = {"ok": "正常", "explain": "须书面说明", "grave": "严重"}
    grades = {g.value: g.label("zh") for g in AppraisalGrade}
    workbook.write(path, {
        "排名": (("类别", "同类排名", "单位", "得分"), (12, 10, 28, 8),
                 [(UnitKind(p.kind).label("zh"), p.rank, p.unit, p.score) for p in ranked]),
        "单位情况": (("单位", "问题", "违反四条禁令", "处理", "对一把手问责", "投诉", "投诉属实", "按期整改", "逾期整改",
                      "整改退回", "通报", "无问题点位", "服务承诺", "已兑现", "未兑现"),
                     (28, 6, 12, 6, 12, 6, 8, 8, 8, 8, 6, 10, 8, 8, 8),
                     [(p.unit, sum(p.findings.values()), p.prohibitions, sum(p.sanctions.values()), p.accountability,
                       p.complaints, p.complaints_true, p.rectified_on_time, p.rectified_late, p.rectification_refused,
                       p.notices, p.visits_clean, p.commitments, p.commitments_kept, p.commitments_broken)
                      for p in a.units]),
        "满意度测评": (("单位", "参评人数", "不满意", "不满意率(%)", "提示", "已书面说明"), (28, 10, 8, 12, 12, 10),
                       [(p.unit, p.respondents, p.dissatisfied, p.dissatisfied_rate, flags[p.satisfaction_flag],
                         "是" if p.explained else "否") for p in a.units if p.dissatisfied_rate is not None]),
        "人员": (("姓名", "单位", "问题", "违反四条禁令", "处理", "最重处理", "考核提示", "建议等次", "确认等次"),
                 (12, 28, 6, 12, 6, 12, 40, 10, 10),
                 [(p.person, p.unit, sum(p.findings.values()), p.prohibitions, sum(p.sanctions.values()),
                   cat.sanction(p.harshest).name("zh") if p.harshest else "", "；".join(p.appraisal),
                   grades.get(p.suggested, ""), grades.get(p.confirmed, "")) for p in a.people]),
    })
