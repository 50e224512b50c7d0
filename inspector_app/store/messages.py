"""The store's texts, in Chinese and English: the database file, records never deleted, units,
people and types looked up by name. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "hard_delete_refused": {
        "zh": "记录不能删除（{entity}）：请作废并写明理由",
        "en": "Records are never deleted ({entity}): void it with a reason instead",
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
    "team_unknown": {"zh": "没有名为“{text}”的督查组。现有：{matches}", "en": "No team '{text}'. Teams: {matches}"},
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
})
