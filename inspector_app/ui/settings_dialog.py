"""设置: the notice's 版头 and 版记, the fonts, the local rules of the ladder, the complaints ledger's
deadlines and the holidays of a year the calendar does not know yet, the assessment's thresholds and
points, the idle lock's minutes and the hub's address, each
checked when saved (a refused value is named and the dialog stays open); on a team's laptop only the
hub's address may change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from inspector_app.domain import authority
from inspector_app.domain.assessment import AssessmentRules
from inspector_app.domain.complaints import ComplaintRules
from inspector_app.domain.deadlines import LIBRARY_YEARS
from inspector_app.errors import InspectorError
from inspector_app.services import settings
from inspector_app.ui.context import AppContext
from inspector_app.ui.screen import fit
from inspector_app.ui.tabs import ScrollingTabs



class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        notice = settings.notice(ctx.ws)
        labels = {"org_mark": self.tr("发文机关标志"), "org_code": self.tr("机关代字"), "signature": self.tr("署名"),
                  "recipients": self.tr("主送机关"), "cc": self.tr("抄送机关"), "printer": self.tr("印发机关"),
                  "note": self.tr("附注")}
        self.fields = {name: QLineEdit(getattr(notice, name)) for name in settings.HEADER_FIELDS}
        self.rectify_days = QSpinBox(minimum=1, maximum=60, value=notice.rectify_days)
        self.preprinted = QCheckBox(self.tr("使用已印好红色版头的公文纸"))
        self.preprinted.setChecked(notice.preprinted)
        self.photos_per_page = QSpinBox(minimum=1, maximum=2, value=notice.photos_per_page)
        header = QWidget()
        form = QFormLayout(header)
        for name in settings.HEADER_FIELDS:
            form.addRow(labels[name], self.fields[name])
        form.addRow(self.tr("整改报告期限（工作日，本地设置，默认 10）"), self.rectify_days)
        form.addRow("", self.preprinted)
        form.addRow(self.tr("照片页每页照片数（1 或 2）"), self.photos_per_page)

        self.fonts = {role: QLineEdit(notice.fonts.get(role, "")) for role in settings.FONT_ROLES}
        names = {"fangsong": self.tr("仿宋（正文）"), "song": self.tr("宋体"), "xbs": self.tr("小标宋（标题）"),
                 "hei": self.tr("黑体（一级标题）"), "kai": self.tr("楷体（二级标题）")}
        fonts = QWidget()
        font_form = QFormLayout(fonts)
        font_form.addRow(QLabel(self.tr("留空：自动使用本机或程序自带的字体。")))
        for role, edit in self.fonts.items():
            edit.setPlaceholderText(self.tr("自动"))
            pick = QPushButton(self.tr("选择…"))
            pick.clicked.connect(lambda _=False, e=edit: self.pick_font(e))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(pick)
            font_form.addRow(names[role], row)

        self.rules = {}
        rules = QWidget()
        rule_form = QFormLayout(rules)
        rule_form.addRow(QLabel(self.tr("以下次数不是文件规定，而是本办的本地设置；依据文件的规则（如四条禁令）不能修改。")))
        for rule in settings.local_rules(ctx.ws):
            spin = QSpinBox(minimum=1, maximum=99, value=rule.at_least)
            spin.setSuffix(self.tr(" 次（默认 %1）").replace("%1", str(rule.default)))
            self.rules[rule.id] = spin
            rule_form.addRow(QLabel(rule.text), spin)

        complaints = self.complaints_tab()
        assessing = self.assessment_tab()

        self.idle_minutes = QSpinBox(minimum=0, maximum=240, value=settings.security_rules(ctx.ws).idle_lock_minutes)
        self.idle_minutes.setSpecialValueText(self.tr("不自动锁定"))
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        security = QWidget()
        security_form = QFormLayout(security)
        security_form.addRow(QLabel(self.tr("各电脑的窗口无人操作（不按键、不动鼠标）这么久后自动锁定，须输入密码解锁。"),
                                    wordWrap=True))
        security_form.addRow(self.tr("无操作自动锁定"), self.idle_minutes)

        self.hub = QLineEdit(settings.hub_url(ctx.ws) or "")
        self.hub.setPlaceholderText(self.tr("尚未登记到同步中心"))
        self.hub.setEnabled(bool(self.hub.text()))
        hub = QWidget()
        QFormLayout(hub).addRow(self.tr("同步中心地址"), self.hub)

        self.tabs = ScrollingTabs()
        self.tabs.addTab(header, self.tr("通报"))
        self.tabs.addTab(fonts, self.tr("字体"))
        self.tabs.addTab(rules, self.tr("本地规则"))
        self.tabs.addTab(complaints, self.tr("投诉与节假日"))
        self.tabs.addTab(assessing, self.tr("考核"))
        self.tabs.addTab(security, self.tr("安全"))
        self.tabs.addTab(hub, self.tr("同步中心"))
        office = authority.is_office(ctx.ws.role)
        for page in (header, fonts, rules, complaints, assessing, security):
            page.setEnabled(office)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 640, 460)

    def assessment_tab(self) -> QWidget:
        """The survey's thresholds (seed 001: 20 % and 30 %) and the score's points (local settings),
        each with its default."""
        current = settings.assessment_rules(self.ctx.ws)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("不满意率阈值依据文件（20%、30%）；计分的分值是本办的本地设置。"), wordWrap=True))
        self.assessment = {}
        labels = settings.assessment_labels()
        for name, field in AssessmentRules.model_fields.items():
            bounds = {k: getattr(m, k) for m in field.metadata for k in ("ge", "le") if hasattr(m, k)}
            spin = QDoubleSpinBox(minimum=bounds.get("ge", 0), maximum=bounds.get("le", 1000), decimals=1,
                                  singleStep=0.5, value=getattr(current, name))
            spin.setSuffix(self.tr("（默认 %1）").replace("%1", f"{field.default:g}"))
            self.assessment[name] = spin
            form.addRow(labels[name], spin)
        return page

    def complaints_tab(self) -> QWidget:
        """The complaints ledger's numbers (local settings with their defaults) and the office's own
        holiday table for a year the calendar library does not know."""
        names = {"days": self.tr("投诉办理期限（工作日）"), "major_days": self.tr("重大投诉办理期限（工作日）"),
                 "referral_days": self.tr("转办（12345 等）办理期限（工作日）"),
                 "due_soon_days": self.tr("到期前提醒（工作日）"), "many": self.tr("投诉达到几件列为暗访重点")}
        current = settings.complaint_rules(self.ctx.ws)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("以下数字是本办的本地设置，不是文件规定。")))
        self.complaint_limits = {}
        for name, field in ComplaintRules.model_fields.items():
            bounds = {k: getattr(m, k) for m in field.metadata for k in ("ge", "le") if hasattr(m, k)}
            spin = QSpinBox(minimum=bounds.get("ge", 0), maximum=bounds.get("le", 999), value=getattr(current, name))
            spin.setSuffix(self.tr("（默认 %1）").replace("%1", str(field.default)))
            self.complaint_limits[name] = spin
            form.addRow(names[name], spin)
        known = self.tr("节假日与调休：日历库收录 %1–%2 年；此后的年份在国务院公布后于此补充（每行一天或一段，如 2027-02-06..2027-02-12）。")
        form.addRow(QLabel(known.replace("%1", str(min(LIBRARY_YEARS))).replace("%2", str(max(LIBRARY_YEARS))),
                           wordWrap=True))
        self.holiday_year = QSpinBox(minimum=2000, maximum=2100, value=max(LIBRARY_YEARS) + 1)
        self.holidays, self.workdays = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.holidays, self.workdays):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
        form.addRow(self.tr("年份"), self.holiday_year)
        form.addRow(self.tr("法定节假日"), self.holidays)
        form.addRow(self.tr("调休上班日"), self.workdays)
        self.holiday_year.valueChanged.connect(self.show_year)
        self.show_year(self.holiday_year.value())
        return page

    def show_year(self, year: int) -> None:
        own = settings.holiday_years(self.ctx.ws).get(year)
        self.holidays.setPlainText("\n".join(d.isoformat() for d in sorted(own.holidays)) if own else "")
        self.workdays.setPlainText("\n".join(d.isoformat() for d in sorted(own.workdays)) if own else "")

    def pick_font(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择字体文件"), "", self.tr("字体 (*.ttf *.otf *.ttc)"))
        if path:
            edit.setText(path)

    def save(self) -> None:
        """Everything checked, then kept; the first refusal is named and nothing after it is saved."""
        ws = self.ctx.ws
        try:
            if authority.is_office(ws.role):
                settings.save_notice(ws, **{name: edit.text().strip() for name, edit in self.fields.items()},
                                     rectify_days=self.rectify_days.value(), preprinted=self.preprinted.isChecked(),
                                     photos_per_page=self.photos_per_page.value(),
                                     fonts={role: e.text().strip() for role, e in self.fonts.items() if e.text().strip()})
                settings.save_rules(ws, {rule_id: spin.value() for rule_id, spin in self.rules.items()})
                settings.save_complaint_rules(ws, **{k: spin.value() for k, spin in self.complaint_limits.items()})
                settings.save_assessment_rules(ws, **{k: spin.value() for k, spin in self.assessment.items()})
                settings.save_security_rules(ws, idle_lock_minutes=self.idle_minutes.value())
                self.save_year()
            if self.hub.isEnabled() and self.hub.text().strip() != (settings.hub_url(ws) or ""):
                settings.save_hub_url(ws, self.hub.text())
        except InspectorError as exc:
            self.message.setText(exc.message())
            return
        self.accept()

    def save_year(self) -> None:
        """The year's holidays as typed, kept when they differ from what is kept."""
        ws, year = self.ctx.ws, self.holiday_year.value()
        holidays = settings.parse_days(self.holidays.toPlainText().splitlines())
        workdays = settings.parse_days(self.workdays.toPlainText().splitlines())
        own = settings.holiday_years(ws).get(year)
        if (set(holidays), set(workdays)) != ((own.holidays, own.workdays) if own else (set(), set())):
            settings.save_holidays(ws, year, holidays, workdays)
