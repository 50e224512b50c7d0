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
    "person_unknown": {"zh": "没有名为“{name}”的人员", "en": "Nobody is called '{name}'"},
    "person_unknown_id": {"zh": "没有编号为 {id} 的人员", "en": "No person has the id {id}"},
    "person_merge_self": {"zh": "不能把“{name}”并入其本人", "en": "'{name}' cannot be merged into themselves"},
    # the roster's workbook: the file as a whole
    "roster_book_unreadable": {"zh": "无法读取 {path}：{reason}", "en": "Cannot read {path}: {reason}"},
    "roster_book_encrypted": {"zh": "工作簿 {path} 设有打开密码：请在 Excel/WPS 中取消密码后另存，再导入",
                              "en": "The workbook {path} is password-protected: remove the password in Excel/WPS, save, and import again"},
    "roster_book_xls": {"zh": "{path} 是旧版 Excel 文件（.xls）：请另存为 .xlsx 后再导入",
                        "en": "{path} is an old Excel file (.xls): save it as .xlsx and import again"},
    "roster_book_not_xlsx": {"zh": "{path} 不是 Excel 工作簿（.xlsx）", "en": "{path} is not an Excel workbook (.xlsx)"},
    "roster_book_sheets": {"zh": "工作簿缺少工作表：{missing}（现有：{found}）。请使用“名册模板”中的工作表名称",
                           "en": "The workbook lacks the sheets {missing} (it has: {found}). Use the sheet names of the roster template"},
    "roster_book_columns": {"zh": "工作表“{sheet}”第 1 行缺少列：{missing}", "en": "Sheet {sheet}, row 1, lacks the columns {missing}"},
    "roster_book_too_long": {"zh": "工作表“{sheet}”超过 {limit} 行：请检查是否误含其他数据",
                             "en": "Sheet {sheet} has more than {limit} rows: check that it holds nothing else"},
    # the roster's workbook: one row
    "roster_formula": {"zh": "“{column}”是公式而非数值：请复制后“选择性粘贴—数值”",
                       "en": "'{column}' holds a formula, not a value: copy it and paste as values"},
    "roster_empty": {"zh": "“{column}”为空", "en": "'{column}' is empty"},
    "roster_too_long": {"zh": "“{column}”超过 {limit} 个字", "en": "'{column}' is longer than {limit} characters"},
    "roster_unit_twice": {"zh": "单位“{name}”重复（第 {first} 行已有）", "en": "The unit '{name}' is named twice (first on row {first})"},
    "roster_id_bad": {"zh": "编号“{id}”格式不对（应为导出时的编号，或留空）",
                      "en": "The id '{id}' is malformed (keep the exported id, or leave it empty)"},
    "roster_id_twice": {"zh": "编号 {id} 重复（第 {first} 行已有）", "en": "The id {id} appears twice (first on row {first})"},
    "roster_parent_unknown": {"zh": "上级单位“{name}”不在名册中，也不在本表中",
                              "en": "The parent unit '{name}' is neither in the roster nor in this sheet"},
    "roster_cycle": {"zh": "上级单位形成循环：{chain}", "en": "The parent units form a cycle: {chain}"},
    "roster_unit_missing": {"zh": "“单位”为空", "en": "'单位' (unit) is empty"},
    "roster_unit_unknown": {"zh": "单位“{name}”不在名册中，也不在“单位”表中",
                            "en": "The unit '{name}' is neither in the roster nor on the 单位 sheet"},
    "roster_choice_unknown": {"zh": "“{column}”不认识“{value}”，可填：{choices}",
                              "en": "'{column}' does not know '{value}'; use one of: {choices}"},
    "roster_flag_bad": {"zh": "“{column}”应填“是”或“否”，而不是“{value}”",
                        "en": "'{column}' takes 是 (yes) or 否 (no), not '{value}'"},
    "roster_same_name": {"zh": "{unit}有两人同名“{name}”（另见第 {first} 行）：请核实是否为同一人",
                         "en": "{unit} has two people called '{name}' (see also row {first}): check they are two"},
    # the person at work
    "user_unset": {"zh": "（未设置使用人）", "en": "(no user set up)"},
    "user_local": {"zh": "本机用户", "en": "local user"},
    "user_shown": {"zh": "{name}（{what}）", "en": "{name} ({what})"},
    "user_enrolled": {"zh": "本机已登记到同步中心，使用人是 {name}：不能另设本机用户",
                      "en": "This laptop is enrolled with a hub for {name}: no local user can be set up"},
    "user_name_empty": {"zh": "请填写使用人的姓名", "en": "Please give the user's name"},
    "user_name_long": {"zh": "姓名不能超过 {limit} 个字", "en": "The name may not be longer than {limit} characters"},
    "user_password_short": {"zh": "密码至少 {limit} 位", "en": "The password needs at least {limit} characters"},
    # the roster's import, in words
    "roster_problem": {"zh": "{sheet}表第 {row} 行：{message}", "en": "Sheet {sheet}, row {row}: {message}"},
    "roster_warning": {"zh": "提醒 — {sheet}表第 {row} 行：{message}", "en": "Note - sheet {sheet}, row {row}: {message}"},
    "roster_more": {"zh": "……另有 {count} 条", "en": "… and {count} more"},
    "roster_refused": {"zh": "共 {count} 处问题，名册未作任何改动。请修改工作簿后重新导入。",
                       "en": "{count} problems: nothing was changed. Correct the workbook and import it again."},
    "roster_applied": {
        "zh": "名册已导入：单位新增 {units_added}、修改 {units_changed}；人员新增 {people_added}、修改 {people_changed}、"
              "标记离开 {people_left}；督查组新增 {teams_added}",
        "en": "Roster imported: units {units_added} added, {units_changed} changed; people {people_added} added, "
              "{people_changed} changed, {people_left} marked as left; teams {teams_added} added"},
    "roster_dry_run": {
        "zh": "试导入（未写入）：单位将新增 {units_added}、修改 {units_changed}；人员将新增 {people_added}、"
              "修改 {people_changed}、标记离开 {people_left}；督查组将新增 {teams_added}",
        "en": "Dry run (nothing written): units {units_added} to add, {units_changed} to change; people "
              "{people_added} to add, {people_changed} to change, {people_left} to mark as left; teams {teams_added} to add"},
    "roster_kind_unit": {"zh": "单位", "en": "unit"},
    "roster_kind_person": {"zh": "人员", "en": "person"},
    "roster_kind_team": {"zh": "督查组", "en": "team"},
    "roster_added": {"zh": "  新增{kind}：{name}{unit}", "en": "  add {kind}: {name}{unit}"},
    "roster_changed": {"zh": "  修改{kind}：{name}{unit}：{fields}", "en": "  change {kind}: {name}{unit}: {fields}"},
    "roster_left": {"zh": "  标记离开：{name}{unit}", "en": "  mark as left: {name}{unit}"},
    "roster_of_unit": {"zh": "（{unit}）", "en": " ({unit})"},
    "list_sep": {"zh": "、", "en": ", "},
})
