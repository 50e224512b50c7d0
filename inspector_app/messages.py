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
    "rectification_none": {"zh": "该问题尚无整改要求（通报印发时设定整改期限）",
                           "en": "This finding has no rectification yet (the deadline is set when its notice is issued)"},
    "rectification_needs_feedback": {"zh": "请填写整改情况", "en": "Please describe what the unit reported"},
    "rectification_redo_date": {"zh": "退回重改须给出晚于收到日期（{received}）的新期限",
                                "en": "Sending it back needs a new deadline after the day received ({received})"},
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
    "font_missing": {
        "zh": "缺少字体 {font}：请安装软件包 {package}（sudo apt install {package}）",
        "en": "The font {font} is missing: install the package {package} (sudo apt install {package})",
    },
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
    # the hub
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
    "hub_password_short": {"zh": "密码至少 8 位", "en": "A password needs at least 8 characters"},
    "hub_user_exists": {"zh": "用户 {username} 已存在", "en": "The user {username} exists already"},
    "hub_no_such_user": {"zh": "没有用户 {username}", "en": "There is no user {username}"},
    "hub_code_invalid": {
        "zh": "注册码无效、已用过或已过期：请向管理员索取新的注册码",
        "en": "The enrolment code is wrong, used or expired: ask the administrator for a new one",
    },
    "hub_password_wrong": {"zh": "用户名或密码不对", "en": "Wrong user name or password"},
    "hub_device_known": {
        "zh": "这台电脑已经注册过；如需重新注册，请管理员先停用旧的登记",
        "en": "This computer is enrolled already; to enrol again, the administrator revokes the old entry first",
    },
    "hub_token_missing": {
        "zh": "未登录：本机尚未向同步中心注册（inspector sync enroll）",
        "en": "Not signed in: this computer is not enrolled with the hub (inspector sync enroll)",
    },
    "hub_token_invalid": {
        "zh": "同步中心不认可本机的凭据：请重新注册",
        "en": "The hub does not accept this computer's credentials: enrol again",
    },
    "hub_device_revoked": {
        "zh": "本机已被管理员停用，不能再同步；本机数据未受影响",
        "en": "This computer was revoked by the administrator and may not sync; its data is untouched",
    },
    "hub_user_disabled": {"zh": "该用户已停用", "en": "This user is disabled"},
    "hub_forbidden": {"zh": "无权进行此操作（需要办公室或管理员权限）", "en": "Not allowed (needs office or admin rights)"},
    "hub_not_found": {"zh": "没有找到，或无权查看", "en": "Not found, or not yours to see"},
    "hub_refused_entity": {"zh": "无权修改此类记录（{entity}）", "en": "Not allowed to change records of this kind ({entity})"},
    "hub_refused_team": {"zh": "无权修改其他督查组的记录", "en": "Not allowed to change another team's records"},
    "hub_refused_status": {
        "zh": "督查组不能把问题记录改为“{status}”（须由办公室审核）",
        "en": "An inspection team cannot set a finding to '{status}' (that is the office's review)",
    },
    "hub_refused_missing": {
        "zh": "所引用的记录（{entity} {id}）不在同步中心（可能已被拒收）",
        "en": "The record it refers to ({entity} {id}) is not on the hub (perhaps it was refused)",
    },
    "hub_value_taken": {
        "zh": "“{value}”已被另一条记录使用，不能采用终端的值；请先改动那条记录",
        "en": "“{value}” is held by another record, so the device's value cannot be taken; change that record first",
    },
    "hub_rejected": {"zh": "同步中心拒收：{detail}", "en": "Rejected by the hub: {detail}"},
    "hub_refused_value": {
        "zh": "字段“{field}”的值无法识别：{detail}",
        "en": "The value of the field '{field}' cannot be read: {detail}",
    },
    "hub_seq_reused": {
        "zh": "本机操作序号 {seq} 已被使用过（数据库是否从旧备份恢复？）；未作任何改动，请联系管理员",
        "en": "This computer's operation number {seq} was used before (was the database restored from an old "
              "backup?); nothing was changed, contact the administrator",
    },
    "hub_seq_gap": {
        "zh": "操作序号不连续：应为 {expected}，收到 {got}；之前的操作已保存，其余未处理",
        "en": "Operations out of sequence: expected {expected}, got {got}; the earlier ones are kept, the rest "
              "were not applied",
    },
    "hub_bad_sha256": {"zh": "文件指纹格式不对：{sha256}", "en": "Not a SHA-256 file fingerprint: {sha256}"},
    "hub_bad_upload_length": {"zh": "文件大小不合理：{size} 字节", "en": "Implausible file size: {size} bytes"},
    "hub_upload_too_long": {"zh": "上传的数据超过声明的大小 {size} 字节", "en": "More data than the declared {size} bytes"},
    "hub_upload_hash_mismatch": {
        "zh": "收到的文件与其指纹 {sha256} 不符，已丢弃；将重新上传",
        "en": "The file received does not match its fingerprint {sha256}; it was discarded and will be sent again",
    },
    "hub_offset_mismatch": {"zh": "续传位置不对，同步中心已有 {offset} 字节", "en": "Wrong resume position: the hub has {offset} bytes"},
    "hub_client_too_old": {
        "zh": "本机软件版本过旧，同步中心（{version}）不再接受；请升级软件后再同步。本机数据和待发送的记录都保留着",
        "en": "This version of the software is too old for the hub ({version}); upgrade, then sync again. "
              "Everything on this computer, including what waits to be sent, is kept",
    },
    "hub_client_too_new": {
        "zh": "本机软件比同步中心（{version}）新，同步中心需先升级；本机数据都保留着",
        "en": "This software is newer than the hub ({version}); the hub must be upgraded first. Everything on "
              "this computer is kept",
    },
    "hub_protocol_missing": {"zh": "请求未注明协议版本", "en": "The request does not state its protocol version"},
    "hub_body_too_large": {"zh": "请求过大（上限 {limit} 字节）", "en": "Request too large (limit {limit} bytes)"},
    "hub_length_required": {"zh": "请求须注明长度（Content-Length）", "en": "The request must state its length (Content-Length)"},
    "hub_wrong_content_type": {"zh": "请求内容类型应为 {wanted}", "en": "The content type must be {wanted}"},
    "hub_bad_request": {"zh": "请求内容有误：{detail}", "en": "Malformed request: {detail}"},
    # sync on the laptop
    "sync_not_enrolled": {
        "zh": "本机尚未向同步中心注册：请向管理员索取注册码，运行 inspector sync enroll",
        "en": "This computer is not enrolled with a hub: get an enrolment code from the administrator and run "
              "inspector sync enroll",
    },
    "sync_credentials_unusable": {
        "zh": "同步凭据 {path} 无法在这台电脑上使用（数据目录是否从别的电脑复制而来？）：请重新注册",
        "en": "The sync credentials {path} cannot be used on this computer (was the data directory copied from "
              "another one?): enrol again",
    },
    "sync_unreachable": {
        "zh": "连不上同步中心 {url}（{detail}）。数据都在本机，稍后再同步即可",
        "en": "Cannot reach the hub at {url} ({detail}). Everything is kept on this computer; sync again later",
    },
    "sync_hub_error": {"zh": "同步中心出错（{status}）：{detail}", "en": "The hub reported an error ({status}): {detail}"},
    "sync_push_stalled": {
        "zh": "同步中心未接收第 {seq} 号及之后的操作；这些操作仍保留在本机",
        "en": "The hub did not take operation {seq} and later ones; they are kept on this computer",
    },
    "hub_tls_pair": {"zh": "--tls-cert 与 --tls-key 须同时给出", "en": "--tls-cert and --tls-key go together"},
    "hub_serving": {"zh": "同步中心 {hub_id} 已启动：{url}", "en": "Hub {hub_id} serving at {url}"},
    "hub_user_added": {"zh": "已新增用户 {username}（{role}）", "en": "User {username} added ({role})"},
    "hub_code_made": {
        "zh": "用户 {username} 的注册码：{code}（{days} 天内有效，只能用一次）",
        "en": "Enrolment code for {username}: {code} (valid {days} days, once)",
    },
    "hub_no_such_device": {"zh": "没有名称或编号为 {device} 的终端", "en": "No device named or numbered {device}"},
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
    "sync_refused_line": {"zh": "被拒 {count} 项：{reason}", "en": "Refused, {count}: {reason}"},
    "sync_refused_more": {
        "zh": "另有 {count} 项被拒，原因 {reasons} 种", "en": "{count} more refused, for {reasons} other reasons",
    },
    "sync_refused_json": {"zh": "（inspector --json sync 逐项列出）", "en": "(inspector --json sync lists each)"},
    "sync_missing_line": {"zh": "中心仍缺：{names}", "en": "Still missing on the hub: {names}"},
    "sync_enrolled": {"zh": "本机已登记到同步中心 {hub}（用户 {user}）", "en": "Enrolled with the hub {hub} as {user}"},
    "sync_status": {
        "zh": "待发送：记录 {ops} 项，照片 {photos} 张；上次同步：{last}",
        "en": "Waiting to be sent: {ops} changes, {photos} photos; last sync: {last}",
    },
    "sync_never": {"zh": "从未同步", "en": "never"},
    # bundle files
    "bundle_unreadable": {"zh": "无法读取 {path}：{detail}", "en": "Cannot read {path}: {detail}"},
    "bundle_not_a_bundle": {"zh": "{path} 不是本软件的同步包，未作任何改动", "en": "{path} is not an Inspector bundle; nothing was changed"},
    "bundle_damaged": {
        "zh": "同步包 {path} 不完整或已损坏（拷贝是否中断？），未导入任何内容；请重新导出",
        "en": "The bundle {path} is incomplete or damaged (was the copy interrupted?); nothing was imported. "
              "Export it again",
    },
    "bundle_tampered": {
        "zh": "同步包 {path} 的签名不对：文件不完整或被改动过，未导入任何内容",
        "en": "The bundle {path} fails its signature check: it is incomplete or was altered; nothing was imported",
    },
    "bundle_foreign": {
        "zh": "同步包 {path} 不是发给这里的（来自未登记的电脑或别的同步中心），未导入任何内容",
        "en": "The bundle {path} is not meant for here (from an unknown computer or another hub); nothing was "
              "imported",
    },
    "bundle_out_of_order": {
        "zh": "同步包 {path} 接在一个尚未导入的同步包之后：请先导入更早的那个，或请同步中心重新导出",
        "en": "The bundle {path} follows one not imported yet: import the earlier one first, or ask for a new "
              "export",
    },
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
}
