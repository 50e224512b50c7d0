"""From the facts of a period to a notice's text: the editable Jinja2 templates in report_templates/
(an office's own copies in the data directory win), rendered with every count filled in."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.domain.chinese import chinese_date, chinese_number
from inspector_app.errors import InspectorError
from inspector_app.paths import bundle_root
from inspector_app.reports.items import Item

if TYPE_CHECKING:
    import jinja2


@dataclass(frozen=True)
class Group:
    title: str
    items: tuple[Item, ...]


@dataclass
class NoticeFacts:
    """Everything a template may use."""
    period_from: date
    period_to: date
    modes: str                       # 明察 / 暗访 / 明察与暗访相结合
    inspections: int
    units_checked: int
    windows_checked: int
    grassroots_checked: int          # towns and street offices
    units_with_problems: int
    findings: int
    people: int
    by_category: list[tuple[str, int]]
    party_members: int
    leaders: int
    groups: list[Group]
    handlings: list[tuple[str, list[str], int]]   # (sanction, everyone who received it, how many people)
    good_units: list[str]
    signature: str
    rectify_by: date
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def judgement(self) -> str:
        """The lead's view of the units, chosen from how many of those visited had problems."""
        bad, seen = self.units_with_problems, max(self.units_checked, 1)
        if bad == 0:
            return f"被检查的{seen}个单位工作秩序良好，工作人员精神饱满，服务热情周到，未发现违反工作纪律的问题"
        if bad == seen:
            return f"被检查的{seen}个单位均存在不同程度的问题"
        if bad * 3 <= seen:
            return f"大多数单位工作秩序良好，工作人员精神饱满，服务热情周到，但也有{bad}个单位存在不同程度的问题"
        if bad * 2 <= seen:
            return f"多数单位工作秩序良好，但仍有{bad}个单位存在不同程度的问题"
        return f"部分单位工作秩序良好，但问题较为突出，{seen}个单位中有{bad}个存在不同程度的问题"

    @property
    def period(self) -> str:
        """2026年10月 for a whole month, else 2026年10月8日至11月7日."""
        f, t = self.period_from, self.period_to
        next_month = date(t.year + t.month // 12, t.month % 12 + 1, 1)
        if f.day == 1 and f.month == t.month and f.year == t.year and (next_month - t).days == 1:
            return f"{f.year}年{f.month}月"
        end = f"{t.month}月{t.day}日" if t.year == f.year else chinese_date(t)
        return f"{chinese_date(f)}至{end}"


def environment(data_dir: Path | None) -> jinja2.Environment:
    import jinja2  # loads with the first notice composed, not with the app

    folders = [str(data_dir / "report_templates")] if data_dir and (data_dir / "report_templates").is_dir() else []
    folders.append(str(bundle_root() / "report_templates"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folders), undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False, autoescape=False)
    env.filters["cdate"] = chinese_date
    env.filters["cnum"] = chinese_number
    return env


def _template_line(template: jinja2.Template) -> int:
    """The template line of the error being handled: the innermost frame of the template's
    compiled code, mapped back through Jinja's debug information."""
    tb, line = sys.exc_info()[2], 0
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == template.filename:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def render_text(kind: str, facts: NoticeFacts, data_dir: Path | None = None) -> tuple[str, str]:
    """The title and body of a notice of `kind` (monthly, typical_case, commendation)."""
    import jinja2

    name = f"{kind}.j2"
    template = None
    try:
        template = environment(data_dir).get_template(name)
        ctx = template.new_context({"f": facts})
        title = "".join(template.blocks["title"](ctx)).strip()
        body = "".join(template.blocks["body"](ctx)).strip()
    except jinja2.TemplateSyntaxError as exc:
        raise InspectorError("template_error", template=name, line=exc.lineno, problem=exc.message) from exc
    except jinja2.TemplateNotFound as exc:
        raise InspectorError("template_error", template=name, line=0, problem="not found") from exc
    except KeyError as exc:
        raise InspectorError("template_error", template=name, line=0, problem=f"block {exc} missing") from exc
    except Exception as exc:  # an undefined name or a failing expression inside the template
        line = _template_line(template) if template is not None else 0
        raise InspectorError("template_error", template=name, line=line, problem=str(exc)) from exc
    body = "\n".join(line.strip() for line in body.splitlines() if line.strip())
    return title, body
