"""The hub's own texts, in Chinese and English: its database, its users and devices. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "hub_bad_db_url": {
        "zh": "无法识别的数据库地址 {url}：请用 SQLite 文件路径或 postgresql://用户@主机/库名",
        "en": "Unrecognised database address {url}: use a SQLite file path or postgresql://user@host/db",
    },
    "hub_db_foreign": {
        "zh": "{url} 里已有别的数据，不是同步中心的数据库，未作任何改动",
        "en": "{url} holds other data and is not a hub database; it was left untouched",
    },
    "hub_db_too_new": {
        "zh": "同步中心数据库 {url} 由更新版本写入（结构版本 {revision}），请升级本软件；数据库未作改动",
        "en": "The hub database {url} was written by a newer version (revision {revision}); upgrade the "
              "software. The database was left untouched",
    },
    "hub_key_file_missing": {
        "zh": "同步中心的密钥文件 {path} 不在了，而已有终端登记：请从备份恢复该文件（换新密钥会使各终端无法核验同步中心的数据包）",
        "en": "The hub's key file {path} is missing while devices are enrolled: restore it from a backup (new keys "
              "would leave every device unable to check the hub's bundles)",
    },
    "hub_key_file_exposed": {
        "zh": "密钥文件 {path} 可被其他用户读取，同步中心未启动：请执行 chmod 600 {path}",
        "en": "The key file {path} may be read by other users; the hub did not start: run chmod 600 {path}",
    },
    "hub_audit_missing": {
        "zh": "此数据库还没有审计日志：请先用本版本启动一次同步中心（inspector hub serve）",
        "en": "This database has no audit log yet: start the hub once with this version (inspector hub serve)",
    },
    "hub_password_short": {"zh": "密码至少 8 位", "en": "A password needs at least 8 characters"},
    "hub_user_exists": {"zh": "用户 {username} 已存在", "en": "The user {username} exists already"},
    "hub_no_such_user": {"zh": "没有用户 {username}", "en": "There is no user {username}"},
    "hub_no_such_device": {"zh": "没有名称或编号为 {device} 的终端", "en": "No device named or numbered {device}"},
})
