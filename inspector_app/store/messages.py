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
    "password_needed": {
        "zh": "数据目录 {path} 已加密，需要密码：请输入，或用 inspector password remember 保存在系统密钥环中，"
              "或为脚本设置环境变量 INSPECTOR_PASSWORD。",
        "en": "The data directory {path} is encrypted and needs its password: enter it, keep it in the keyring "
              "with inspector password remember, or set INSPECTOR_PASSWORD for scripts.",
    },
    "password_wrong": {"zh": "密码不对，未打开任何数据。", "en": "Wrong password; nothing was opened."},
    "password_short": {"zh": "密码至少 {limit} 位", "en": "The password needs at least {limit} characters"},
    "vault_missing": {
        "zh": "找不到密钥文件 {path}：没有它，加密的数据无法打开。请从备份恢复该文件，或用办公室的恢复密钥恢复。",
        "en": "The key file {path} is missing: without it the encrypted data cannot be opened. Restore it "
              "from a backup, or recover with the office's recovery key.",
    },
    "vault_unreadable": {"zh": "密钥文件 {path} 无法读取（{detail}）。", "en": "The key file {path} cannot be read ({detail})."},
    "vault_exists": {"zh": "{path} 已有密钥文件，未作改动。", "en": "{path} already has a key file; left untouched."},
    "vault_no_recovery": {
        "zh": "此数据目录没有交给办公室恢复密钥（{path}）：只能用使用人的密码打开。",
        "en": "This data directory's key was never given to the office's recovery key ({path}): only the "
              "user's password opens it.",
    },
    "vault_other_recovery_key": {
        "zh": "这不是此数据目录所用的恢复密钥。", "en": "This is not the recovery key this data directory was given to.",
    },
    "vault_recovery_key_unreadable": {
        "zh": "恢复密钥文件 {path} 无法读取（{detail}）。", "en": "The recovery key file {path} cannot be read ({detail}).",
    },
    "encryption_unverified": {
        "zh": "加密后的数据与原数据核对不一致（{path}），原数据目录未作改动，请联系管理员。",
        "en": "The encrypted copy does not match the original ({path}); the original data directory was left as "
              "it was. Please contact the administrator.",
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
