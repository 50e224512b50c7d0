"""The domain's texts, in Chinese and English: configuration files, the workflow, what a user typed. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "data_file_invalid": {
        "zh": "配置文件 {file} 第 {line} 行有误：{problem}",
        "en": "{file}, line {line}: {problem}",
    },
    "duplicate_code": {"zh": "代码“{code}”重复", "en": "duplicate code '{code}'"},
    "no_prohibition_types": {"zh": "目录中没有违反四条禁令的问题类型（prohibition），此规则无从计数",
                             "en": "no type in the catalogue breaks a prohibition: the rule has nothing to count"},
    "unknown_code": {"zh": "未定义的代码“{code}”（应见于 {kind}）", "en": "unknown code '{code}' (not in {kind})"},
    "finding_bad_transition": {
        "zh": "问题记录当前为“{current}”，不能改为“{target}”",
        "en": "A finding that is '{current}' cannot become '{target}'",
    },
    "finding_void_needs_reason": {"zh": "作废问题记录须写明理由", "en": "Voiding a finding needs a reason"},
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
    "docnumber_bad": {
        "zh": "发文字号“{text}”不规范（{why}）：应写作 机关代字〔2026〕12号——六角括号〔〕、四位年份、不加“第”、序号不编虚位",
        "en": "The document number '{text}' is malformed ({why}): write it as 机关代字〔2026〕12号 — "
              "six-cornered brackets, a four-digit year, no 第, no leading zeros",
    },
    "phrase_bad": {
        "zh": "描述短语只能使用 {{time}}、{{unit}}、{{who}} 三个占位符（{detail}）",
        "en": "a phrase may use only the placeholders {{time}}, {{unit}} and {{who}} ({detail})",
    },
    # authority: what a role may not do (the hub's refusals, and what the laptop does not offer)
    "refused_entity": {"zh": "无权修改此类记录（{entity}）", "en": "Not allowed to change records of this kind ({entity})"},
    "refused_status": {
        "zh": "督查组不能把问题记录改为“{status}”（须由办公室决定）",
        "en": "An inspection team cannot set a finding to '{status}' (that is the office's decision)",
    },
    "refused_transition": {
        "zh": "问题记录当前为“{current}”，不能改为“{target}”",
        "en": "A finding that is '{current}' cannot become '{target}'",
    },
    "refused_reviewed": {
        "zh": "问题记录已是“{status}”，督查组不能再修改（如需补充，请办公室退回）",
        "en": "The finding is '{status}' already: its team can no longer change it (the office may send it back)",
    },
    "refused_revived": {"zh": "已删除的记录不能恢复（{entity}）", "en": "A deleted record does not come back ({entity})"},
    "refused_roster": {
        "zh": "人员名册由办公室维护：督查组只能新增人员（待办公室确认），不能修改已有人员",
        "en": "The office keeps the roster: a team may add a person (for the office to confirm), not change one",
    },
    "complaint_closed": {"zh": "该投诉已销号，不能再{action}", "en": "The case is closed: it cannot be {action} any more"},
    "complaint_bad_step": {"zh": "投诉当前为“{status}”，不能{action}", "en": "A case that is '{status}' cannot be {action}"},
    "complaint_bad_phone": {"zh": "联系电话“{phone}”格式不对：应为手机号（11 位）、固定电话（可带区号）或 400 号码",
                            "en": "The phone number '{phone}' is malformed: a mobile (11 digits), a landline (area code optional) or a 400 number"},
})
