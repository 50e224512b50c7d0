"""The command line's texts, in Chinese and English. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "error_prefix": {"zh": "错误：{message}", "en": "Error: {message}"},
    "aborted": {"zh": "已取消", "en": "Aborted"},
    "demo_progress": {"zh": "生成演示数据 {done}/{total}", "en": "Generating demo data {done}/{total}"},
    "demo_done": {
        "zh": "演示数据已写入 {path}：{units} 个单位、{people} 名人员、{inspections} 次检查、"
              "{visits} 个点位、{findings} 条问题、{photos} 张照片、{handlings} 项处理决定。",
        "en": "Demo data written to {path}: {units} units, {people} people, {inspections} inspections, "
              "{visits} visits, {findings} findings, {photos} photos, {handlings} handling decisions.",
    },
    "list_total": {"zh": "显示 {shown} 条，共 {total} 条", "en": "{shown} shown of {total}"},
    "show_evidence": {"zh": "证据：{count} 件", "en": "Evidence: {count} item(s)"},
    "show_suggestion": {"zh": "建议处理：{name}（{reasons}）", "en": "Suggested handling: {name} ({reasons})"},
    "show_alert": {"zh": "提示：{text}", "en": "Alert: {text}"},
    "db_upgraded": {"zh": "数据库已从 {before} 升级到 {head}（升级前已备份）", "en": "Database upgraded from {before} to {head} (backed up first)"},
    "db_current": {"zh": "数据库已是最新结构（{head}）", "en": "The database is up to date ({head})"},
    "overview": {
        "zh": "效能督查工作台 · {path}\n{units} 个单位，{people} 名人员，{findings} 条问题记录（{open} 条待提交或待审核）。最新记录：",
        "en": "Inspector · {path}\n{units} units, {people} people, {findings} findings ({open} awaiting submission "
              "or review). Newest:",
    },
    "overview_hint": {
        "zh": "更多操作：inspector --help（录入：inspector finding add --help）",
        "en": "More: inspector --help (recording: inspector finding add --help)",
    },
    "show_this_year": {"zh": "当事人{year}年其他问题：{items}", "en": "The person's other findings in {year}: {items}"},
    "self_test_failed": {"zh": "自检失败：{step}", "en": "Self-test failed at: {step}"},
    "import_needs_target": {
        "zh": "请指明证据归属：--finding 问题编号，或 --inspection 检查编号 --match-by-time",
        "en": "Say where the evidence belongs: --finding ID, or --inspection ID --match-by-time",
    },
    "import_progress": {"zh": "导入 {done}/{total}", "en": "Importing {done}/{total}"},
    "import_summary": {
        "zh": "读取 {files} 个文件：新增证据 {added} 件，已存在 {duplicates} 件，未能匹配 {unmatched} 件，出错 {failed} 件。",
        "en": "{files} files read: {added} evidence items added, {duplicates} already there, "
              "{unmatched} not matched, {failed} failed.",
    },
    "import_unmatched": {"zh": "未能匹配：{name}（{why}）", "en": "Not matched: {name} ({why})"},
    "import_confirm": {"zh": "按以上匹配结果导入？", "en": "Import as matched above?"},
    "import_not_confirmed": {
        "zh": "未确认，未作任何改动（确认请加 --yes）。",
        "en": "Not confirmed; nothing was changed (add --yes to confirm).",
    },
    "verify_summary": {
        "zh": "校验 {checked} 个文件：损坏 {damaged} 个，缺失 {missing} 个，未被引用 {unreferenced} 个。",
        "en": "{checked} files checked: {damaged} damaged, {missing} missing, {unreferenced} unreferenced.",
    },
    "verify_damaged": {"zh": "损坏：{sha}", "en": "Damaged: {sha}"},
    "verify_leftovers": {
        "zh": "中断的导入或下载留下的临时文件 {count} 个（下次打开数据目录时清除，已存的证据不受影响）",
        "en": "{count} temporary files left by an import or download that stopped midway (removed when the data "
              "directory is next opened; the evidence kept is not affected)",
    },
    "verify_missing": {"zh": "缺失：{name}（{sha}）", "en": "Missing: {name} ({sha})"},
    "notice_done": {
        "zh": "《{title}》（{number}，问题 {findings} 个）已导出：{files}",
        "en": "'{title}' ({number}, {findings} findings) exported: {files}",
    },
    "no_display": {
        "zh": "（没有图形显示，已显示概览。桌面程序需要图形界面；命令行功能见 inspector --help）",
        "en": "(No display: showing the overview. The desktop app needs a graphical session; see inspector --help)",
    },
    "hub_tls_pair": {"zh": "--tls-cert 与 --tls-key 须同时给出", "en": "--tls-cert and --tls-key go together"},
    "hub_serving": {"zh": "同步中心 {hub_id} 已启动：{url}", "en": "Hub {hub_id} serving at {url}"},
    "hub_user_added": {"zh": "已新增用户 {username}（{role}）", "en": "User {username} added ({role})"},
    "hub_code_made": {
        "zh": "用户 {username} 的注册码：{code}（{days} 天内有效，只能用一次）",
        "en": "Enrolment code for {username}: {code} (valid {days} days, once)",
    },
    "hub_revoked": {"zh": "终端 {device} 已停用", "en": "Device {device} revoked"},
    "hub_conflict_line": {
        "zh": "#{id} {entity} {entity_id} 字段 {field}：中心为 {hub_value}，终端为 {device_value}（{reason}）",
        "en": "#{id} {entity} {entity_id} field {field}: hub {hub_value}, device {device_value} ({reason})",
    },
    "hub_no_conflicts": {"zh": "没有待处理的冲突", "en": "No open conflicts"},
    "sync_progress_push": {"zh": "发送记录 {done}/{total}", "en": "Sending records {done}/{total}"},
    "sync_progress_photos_up": {"zh": "上传照片 {done}/{total}", "en": "Uploading photos {done}/{total}"},
    "sync_progress_pull": {"zh": "接收记录 {done}", "en": "Receiving records {done}"},
    "sync_progress_photos_down": {"zh": "下载照片 {done}/{total}", "en": "Downloading photos {done}/{total}"},
    "sync_done": {
        "zh": "同步完成（{seconds} 秒）：发送 {pushed} 项、照片 {photos_sent} 张；接收 {pulled} 项、照片 {photos_fetched} 张；"
              "冲突 {conflicts} 项，被拒 {refused} 项，中心仍缺照片 {missing} 张",
        "en": "Synced in {seconds} s: sent {pushed} changes and {photos_sent} photos; received {pulled} changes and "
              "{photos_fetched} photos; {conflicts} conflicts, {refused} refused, {missing} photos still missing on "
              "the hub",
    },
    "sync_refused_json": {"zh": "（inspector --json sync 逐项列出）", "en": "(inspector --json sync lists each)"},
    "sync_missing_line": {"zh": "中心仍缺：{names}", "en": "Still missing on the hub: {names}"},
    "sync_enrolled": {"zh": "本机已登记到同步中心 {hub}（用户 {user}）", "en": "Enrolled with the hub {hub} as {user}"},
    "sync_status": {
        "zh": "待发送：记录 {ops} 项，照片 {photos} 张；上次同步：{last}",
        "en": "Waiting to be sent: {ops} changes, {photos} photos; last sync: {last}",
    },
    "sync_never": {"zh": "从未同步", "en": "never"},
    "bundle_exported": {
        "zh": "已导出同步包 {path}：记录 {ops} 项，照片 {photos} 张，共 {size}",
        "en": "Bundle {path} written: {ops} changes, {photos} photos, {size} in all",
    },
    "bundle_imported": {
        "zh": "已导入同步包：记录 {rows} 项，照片 {photos} 张；同步中心已确认本机第 {acked_seq} 号及之前的操作",
        "en": "Bundle imported: {rows} records, {photos} photos; the hub confirms this computer's changes up to "
              "number {acked_seq}",
    },
    "hub_bundle_imported": {
        "zh": "已导入终端 {device} 的同步包：新增/修改 {applied} 项，重复 {duplicates} 项，冲突 {conflicts} 项，被拒 {refused} 项，照片 {photos} 张",
        "en": "Bundle from {device} imported: {applied} applied, {duplicates} already here, {conflicts} conflicts, "
              "{refused} refused, {photos} photos",
    },
    "hub_bundle_exported": {
        "zh": "已为终端 {device} 导出同步包 {path}：记录 {rows} 项，照片 {photos} 张",
        "en": "Bundle for {device} written to {path}: {rows} records, {photos} photos",
    },
    "roster_none_provisional": {"zh": "没有待确认的人员", "en": "Nobody waits to be confirmed"},
    "roster_confirmed": {"zh": "已确认：{name}", "en": "Confirmed: {name}"},
    "settings_notice": {"zh": "通报版头与版记：", "en": "The notice's header and footer:"},
    "settings_font": {"zh": "字体 {role}", "en": "Font {role}"},
    "settings_rules": {"zh": "本地升级规则：", "en": "Local escalation rules:"},
    "settings_hub": {"zh": "同步中心：{url}", "en": "Hub: {url}"},
    "settings_no_hub": {"zh": "（未登记）", "en": "(not enrolled)"},
    "settings_saved": {"zh": "已保存：{field} = {value}", "en": "Saved: {field} = {value}"},
    "show_handling": {"zh": "处理决定：{name}（{on}，{by}）", "en": "Decided: {name} ({on}, {by})"},
    "show_handling_head": {"zh": "处理决定：{name}，对单位“一把手”问责（{on}，{by}）",
                           "en": "Decided: {name}, holding the unit's head accountable ({on}, {by})"},
    "user_is": {"zh": "本机使用人：{who}", "en": "Using Inspector here: {who}"},
    "unit_year": {"zh": "{unit} {year} 年：", "en": "{unit}, {year}:"},
    "unit_findings": {"zh": "  问题：{items}", "en": "  Findings: {items}"},
    "unit_sanctions": {"zh": "  处理：{items}", "en": "  Handling: {items}"},
    "unit_alert": {"zh": "  提示：{text}", "en": "  Alert: {text}"},
    "unit_accountability": {"zh": "  对“一把手”问责 {count} 次", "en": "  The unit's head held accountable {count} times"},
    "roster_unit_saved": {"zh": "已保存单位：{name}", "en": "Unit saved: {name}"},
    "roster_merged": {"zh": "已并入：{name}", "en": "Merged into: {name}"},
    "roster_left_mark": {"zh": "（已离开）", "en": " (left)"},
    "roster_exported": {"zh": "已导出名册：{units} 个单位、{people} 名人员 → {path}",
                        "en": "Roster exported: {units} units, {people} people → {path}"},
    "roster_template": {"zh": "已写出名册模板：{path}", "en": "Roster template written: {path}"},
    "catalogue_types": {"zh": "问题类型（按分组；[键] 为快速录入的快捷键）：", "en": "Violation types by group ([key]: quick-entry key):"},
    "catalogue_type": {"zh": "    {shortcut}{name}（默认处理：{sanction}）{breach}", "en": "    {shortcut}{name} (default: {sanction}){breach}"},
    "catalogue_breaks": {"zh": " — 违反“{name}”", "en": " - breaks \"{name}\""},
    "catalogue_prohibitions": {"zh": "四条禁令：", "en": "The four prohibitions:"},
    "catalogue_prohibition": {"zh": "  {n}. {name}：{types}", "en": "  {n}. {name}: {types}"},
    "catalogue_sanctions": {"zh": "处理方式（由轻到重）：", "en": "Sanctions, mildest first:"},
    "catalogue_accountability": {"zh": "  对单位“一把手”问责：{names}", "en": "  Accountability of a unit's head: {names}"},
    "catalogue_rules": {"zh": "升级规则：", "en": "Escalation rules:"},
    "catalogue_local": {"zh": "〔本地设置，默认 {default}〕", "en": "[local setting, default {default}]"},
    "catalogue_basis": {"zh": "〔依据：{basis}〕", "en": "[source: {basis}]"},
    "catalogue_settings": {"zh": "本地设置：", "en": "Local settings:"},
    "catalogue_setting": {"zh": "  {name}：{value}  {origin}", "en": "  {name}: {value}  {origin}"},
    "complaint_deadline": {"zh": "办理期限：{due}（{days} 个工作日）", "en": "Due {due} ({days} working days)"},
    "complaint_deadline_uncertain": {"zh": "〔{years} 年无节假日数据，按周一至周五计算，请在“设置”中补充该年的节假日〕",
                                     "en": " [no holiday calendar for {years}: counted Monday to Friday; add the year in Settings]"},
    "complaint_overdue": {"zh": "，已逾期", "en": ", overdue"},
    "complaint_show_received": {"zh": "受理：{at}  {channel} {source}", "en": "Received {at}  {channel} {source}"},
    "complaint_show_about": {"zh": "被投诉：{unit}  {person}  事项：{summary}", "en": "About: {unit}  {person}  Matter: {summary}"},
    "complaint_show_complainant": {"zh": "投诉人：{name}  电话：{contact}", "en": "Complainant: {name}  Phone: {contact}"},
    "complaint_show_assigned": {"zh": "承办：{to}  {deadline}", "en": "Handled by {to}  {deadline}"},
    "complaint_show_result": {"zh": "办理结果：{result}。{text}", "en": "Result: {result}. {text}"},
    "complaint_show_rejected": {"zh": "不予受理：{reason}", "en": "Not accepted: {reason}"},
    "complaint_show_answer": {"zh": "答复：{on}（{method}）{text}", "en": "Answered {on} ({method}): {text}"},
    "complaint_show_visit": {"zh": "回访：{satisfaction}", "en": "Follow-up: {satisfaction}"},
    "complaint_attached": {"zh": "已添加 {count} 个附件", "en": "{count} attachment(s) added"},
    "complaint_exported": {"zh": "已导出 {count} 件投诉到 {path}", "en": "Exported {count} case(s) to {path}"},
    "settings_complaints": {"zh": "投诉办理（本地设置）：", "en": "Complaints (local settings):"},
    "settings_calendar": {"zh": "节假日：日历库收录 {first}–{last} 年；本地补充：{own}",
                          "en": "Holidays: the calendar library knows {first}–{last}; added here: {own}"},
    "settings_holidays_saved": {"zh": "{year} 年：{holidays} 个节假日，{workdays} 个调休上班日",
                                "en": "{year}: {holidays} holiday(s), {workdays} working weekend day(s)"},
    "unit_complaints": {"zh": "群众投诉：{received} 件（经查属实或部分属实 {found_true} 件）",
                        "en": "Complaints: {received} ({found_true} found true or partly true)"},
    "show_history": {"zh": "记录历史：", "en": "History:"},
})
