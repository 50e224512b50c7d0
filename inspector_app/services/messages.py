"""The use cases' texts, in Chinese and English: findings, evidence, inspections, notices,
rectification. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "rectification_none": {"zh": "该问题尚无整改要求（通报印发时设定整改期限）",
                           "en": "This finding has no rectification yet (the deadline is set when its notice is issued)"},
    "rectification_needs_feedback": {"zh": "请填写整改情况", "en": "Please describe what the unit reported"},
    "rectification_redo_date": {"zh": "退回重改须给出晚于收到日期（{received}）的新期限",
                                "en": "Sending it back needs a new deadline after the day received ({received})"},
    "sanction_unknown": {"zh": "没有“{code}”这一处理方式", "en": "No sanction '{code}'"},
    "photo_missing": {"zh": "找不到照片文件 {path}", "en": "Photo file not found: {path}"},
    "visit_unknown": {"zh": "没有编号为 {id} 的检查点位", "en": "No visit with id {id}"},
    "finding_unknown": {"zh": "没有编号为 {id} 的问题记录", "en": "No finding with id {id}"},
    "rotation_bad": {"zh": "旋转角度 {rotation} 无效，应为 90 的倍数", "en": "Rotation {rotation} is invalid: use a multiple of 90"},
    "evidence_unknown": {"zh": "没有编号为 {id} 的证据", "en": "No evidence with id {id}"},
    "inspection_unknown": {"zh": "没有编号为 {id} 的检查行动", "en": "No inspection with id {id}"},
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
    "photo_blob_missing": {
        "zh": "照片 {name} 的原件不在本机证据库中（尚未同步？），无法放入照片附件",
        "en": "The original of {name} is not in this machine's evidence store (not synced yet?); "
              "it cannot go into the photo sheet",
    },
    "period_reversed": {"zh": "结束日期 {end} 早于开始日期 {start}", "en": "The end {end} is before the start {start}"},
    "visit_has_findings": {
        "zh": "该点位已记录问题，不能标记为“未发现问题”",
        "en": "Findings were recorded at this visit; it cannot be marked as having none",
    },
    "team_unknown": {"zh": "没有名为“{text}”的督查组。现有：{matches}", "en": "No team '{text}'. Teams: {matches}"},
    "person_unknown": {"zh": "没有名为“{name}”的人员", "en": "Nobody is called '{name}'"},
    "person_unknown_id": {"zh": "没有编号为 {id} 的人员", "en": "No person has the id {id}"},
    "person_merge_self": {"zh": "不能把“{name}”并入其本人", "en": "'{name}' cannot be merged into themselves"},
})
