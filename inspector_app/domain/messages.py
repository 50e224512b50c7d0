"""The domain's texts, in Chinese and English: configuration files, the workflow, what a user typed. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "data_file_invalid": {
        "zh": "配置文件 {file} 第 {line} 行有误：{problem}",
        "en": "{file}, line {line}: {problem}",
    },
    "duplicate_code": {"zh": "代码“{code}”重复", "en": "duplicate code '{code}'"},
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
})
