"""The core's user-facing texts: message id → Chinese and English. Parameters use str.format."""

MESSAGES: dict[str, dict[str, str]] = {
    # configuration files
    "data_file_invalid": {
        "zh": "配置文件 {file} 第 {line} 行有误：{problem}",
        "en": "{file}, line {line}: {problem}",
    },
    "duplicate_code": {"zh": "代码“{code}”重复", "en": "duplicate code '{code}'"},
    "unknown_code": {"zh": "未定义的代码“{code}”（应见于 {kind}）", "en": "unknown code '{code}' (not in {kind})"},
    # workflow
    "finding_bad_transition": {
        "zh": "问题记录当前为“{current}”，不能改为“{target}”",
        "en": "A finding that is '{current}' cannot become '{target}'",
    },
    "finding_void_needs_reason": {"zh": "作废问题记录须写明理由", "en": "Voiding a finding needs a reason"},
    "hard_delete_refused": {
        "zh": "记录不能删除（{entity}）：请作废并写明理由",
        "en": "Records are never deleted ({entity}): void it with a reason instead",
    },
    # the data directory and its database
    "storage_full": {
        "zh": "磁盘已满，无法写入 {path}。已有数据未受影响；请腾出空间后重试。",
        "en": "The disk is full; cannot write to {path}. Existing data is intact; free some space and retry.",
    },
    "storage_read_only": {
        "zh": "数据目录 {path} 不可写（只读或无权限）。已有数据未受影响；请换用可写的目录（--data-dir）。",
        "en": "The data directory {path} is not writable (read-only or no permission). Existing data is "
              "intact; choose a writable directory (--data-dir).",
    },
    "db_not_inspector": {
        "zh": "{path} 不是本软件的数据库，未作任何改动。",
        "en": "{path} is not an Inspector database; it was left untouched.",
    },
    "db_unreadable": {
        "zh": "无法读取数据库 {path}（{detail}），未作任何改动。",
        "en": "Cannot read the database {path} ({detail}); it was left untouched.",
    },
    "db_too_new": {
        "zh": "数据库 {path} 由更新版本的软件写入（结构版本 {revision}），本版本无法打开。文件未作任何改动；请升级软件。",
        "en": "The database {path} was written by a newer version of Inspector (schema {revision}). "
              "The file was left untouched; please upgrade the app.",
    },
    # what a user typed
    "bad_time": {
        "zh": "时间“{text}”格式不对，应写作 2026-10-15T09:40（精确到分钟）",
        "en": "Cannot read the time '{text}'; write it as 2026-10-15T09:40 (to the minute)",
    },
    "bad_date": {
        "zh": "日期“{text}”格式不对，应写作 2026-10-15",
        "en": "Cannot read the date '{text}'; write it as 2026-10-15",
    },
    "field_required": {"zh": "“{field}”不能为空", "en": "'{field}' is required"},
    "field_too_long": {"zh": "“{field}”不能超过 {max} 个字", "en": "'{field}' may not exceed {max} characters"},
    "unit_unknown": {
        "zh": "没有名为“{text}”的单位。最接近的有：{matches}",
        "en": "No unit is called '{text}'. Closest: {matches}",
    },
    "unit_ambiguous": {
        "zh": "“{text}”对应多个单位：{matches}。请写全称。",
        "en": "'{text}' matches several units: {matches}. Please give the full name.",
    },
    "person_ambiguous": {
        "zh": "{unit}有 {count} 名“{name}”，请在界面中选择具体人员。",
        "en": "{unit} has {count} people called '{name}'; choose the person in the app.",
    },
    "category_unknown": {
        "zh": "没有“{text}”这一问题类型。最接近的有：{matches}",
        "en": "No violation type '{text}'. Closest: {matches}",
    },
    "sanction_unknown": {"zh": "没有“{code}”这一处理方式", "en": "No sanction '{code}'"},
    "photo_missing": {"zh": "找不到照片文件 {path}", "en": "Photo file not found: {path}"},
    "photo_unreadable": {
        "zh": "{path} 不是可读取的图片（文件损坏或类型不符）",
        "en": "{path} is not a readable image (damaged, or not what its name says)",
    },
    "visit_unknown": {"zh": "没有编号为 {id} 的检查点位", "en": "No visit with id {id}"},
    "finding_unknown": {"zh": "没有编号为 {id} 的问题记录", "en": "No finding with id {id}"},
    # the command line
    "error_prefix": {"zh": "错误：{message}", "en": "Error: {message}"},
    "aborted": {"zh": "已取消", "en": "Aborted"},
    "demo_not_empty": {
        "zh": "数据目录 {path} 已有数据；演示数据只写入空的数据目录（请用 --data-dir 指定新目录）。",
        "en": "The data directory {path} already holds data; demo data goes only into an empty one "
              "(choose another with --data-dir).",
    },
    "demo_progress": {"zh": "生成演示数据 {done}/{total}", "en": "Generating demo data {done}/{total}"},
    "demo_done": {
        "zh": "演示数据已写入 {path}：{units} 个单位、{people} 名人员、{inspections} 次检查、"
              "{visits} 个点位、{findings} 条问题、{photos} 张照片、{handlings} 项处理决定。",
        "en": "Demo data written to {path}: {units} units, {people} people, {inspections} inspections, "
              "{visits} visits, {findings} findings, {photos} photos, {handlings} handling decisions.",
    },
    "list_total": {"zh": "显示 {shown} 条，共 {total} 条", "en": "{shown} shown of {total}"},
    "team_unknown": {"zh": "没有名为“{text}”的督查组。现有：{matches}", "en": "No team '{text}'. Teams: {matches}"},
    "show_evidence": {"zh": "证据：{count} 件", "en": "Evidence: {count} item(s)"},
    "show_suggestion": {"zh": "建议处理：{name}（{reasons}）", "en": "Suggested handling: {name} ({reasons})"},
    "show_alert": {"zh": "提示：{text}", "en": "Alert: {text}"},
    "db_upgraded": {"zh": "数据库已从 {before} 升级到 {head}（升级前已备份）", "en": "Database upgraded from {before} to {head} (backed up first)"},
    "db_current": {"zh": "数据库已是最新结构（{head}）", "en": "The database is up to date ({head})"},
    "person_unknown": {"zh": "没有名为“{name}”的人员", "en": "Nobody is called '{name}'"},
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
    # evidence
    "photo_too_large": {
        "zh": "{path} 的像素尺寸大得不合常理（疑为“解压炸弹”），已拒收",
        "en": "{path} claims an implausibly large size in pixels (a decompression bomb?); refused",
    },
    "photo_truncated": {
        "zh": "{path} 不完整（文件被截断或损坏），已拒收；请从相机或手机重新拷贝",
        "en": "{path} is incomplete (truncated or damaged); refused. Copy it again from the camera or phone",
    },
    "file_empty": {"zh": "{path} 是空文件（0 字节），已拒收", "en": "{path} is empty (0 bytes); refused"},
    "file_vanished": {
        "zh": "{path} 在导入过程中消失（存储卡被拔出？）",
        "en": "{path} disappeared during the import (was the card removed?)",
    },
    "file_unreadable": {"zh": "无法读取 {path}：{detail}", "en": "Cannot read {path}: {detail}"},
    "redaction_bad": {
        "zh": "打码区域 {region} 无效：应在图片范围内，面积不为零，方式为 mosaic 或 blur",
        "en": "Redaction region {region} is invalid: it must lie inside the image, be non-empty, "
              "and use mosaic or blur",
    },
    "rotation_bad": {"zh": "旋转角度 {rotation} 无效，应为 90 的倍数", "en": "Rotation {rotation} is invalid: use a multiple of 90"},
    "evidence_unknown": {"zh": "没有编号为 {id} 的证据", "en": "No evidence with id {id}"},
    "inspection_unknown": {"zh": "没有编号为 {id} 的检查行动", "en": "No inspection with id {id}"},
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
    "no_time": {"zh": "照片没有拍摄时间", "en": "the photo has no capture time"},
    "no_visit": {"zh": "拍摄时间不在任何检查点位的时段内", "en": "taken outside every visit's time"},
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
    "verify_missing": {"zh": "缺失：{name}（{sha}）", "en": "Missing: {name} ({sha})"},
    # notices
    "docnumber_bad": {
        "zh": "发文字号“{text}”不规范（{why}）：应写作 机关代字〔2026〕12号——六角括号〔〕、四位年份、不加“第”、序号不编虚位",
        "en": "The document number '{text}' is malformed ({why}): write it as 机关代字〔2026〕12号 — "
              "six-cornered brackets, a four-digit year, no 第, no leading zeros",
    },
    "docnumber_used": {
        "zh": "发文字号 {number} 已被通报《{title}》使用；本年度下一个可用序号是 {next}",
        "en": "The number {number} is already used by '{title}'; the next free number this year is {next}",
    },
    "notice_empty": {
        "zh": "所选范围内没有可通报的问题记录（需为已审核的问题）。请调整日期、单位或类型。",
        "en": "No findings to report in that selection (they must be reviewed). Adjust the dates, units or types.",
    },
    "notice_issued_frozen": {
        "zh": "通报 {number} 已印发，内容已冻结，不能修改",
        "en": "The notice {number} has been issued; its content is frozen",
    },
    "notice_unknown": {"zh": "没有编号为 {id} 的通报", "en": "No notice with id {id}"},
    "template_error": {
        "zh": "通报模板 {template} 第 {line} 行有误：{problem}",
        "en": "Notice template {template}, line {line}: {problem}",
    },
    "photo_blob_missing": {
        "zh": "照片 {name} 的原件不在本机证据库中（尚未同步？），无法放入照片附件",
        "en": "The original of {name} is not in this machine's evidence store (not synced yet?); "
              "it cannot go into the photo sheet",
    },
    "phrase_bad": {
        "zh": "描述短语只能使用 {{time}}、{{unit}}、{{who}} 三个占位符（{detail}）",
        "en": "a phrase may use only the placeholders {{time}}, {{unit}} and {{who}} ({detail})",
    },
    "notice_done": {
        "zh": "《{title}》（{number}，问题 {findings} 个）已导出：{files}",
        "en": "'{title}' ({number}, {findings} findings) exported: {files}",
    },
    "period_reversed": {"zh": "结束日期 {end} 早于开始日期 {start}", "en": "The end {end} is before the start {start}"},
    "visit_has_findings": {
        "zh": "该点位已记录问题，不能标记为“未发现问题”",
        "en": "Findings were recorded at this visit; it cannot be marked as having none",
    },
    "no_display": {
        "zh": "（没有图形显示，已显示概览。桌面程序需要图形界面；命令行功能见 inspector --help）",
        "en": "(No display: showing the overview. The desktop app needs a graphical session; see inspector --help)",
    },
}
