"""What the laptop and the hub say to each other, in Chinese and English: the hub's errors and
refusals (sent as message ids with parameters, worded by whoever reads them), the laptop's sync,
bundle files. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "hub_code_invalid": {
        "zh": "注册码无效、已用过或已过期：请向管理员索取新的注册码",
        "en": "The enrolment code is wrong, used or expired: ask the administrator for a new one",
    },
    "hub_password_wrong": {"zh": "用户名或密码不对", "en": "Wrong user name or password"},
    "hub_code_burnt": {
        "zh": "密码多次输入错误，这个注册码已作废：请向管理员索取新的注册码",
        "en": "Too many wrong passwords: this enrolment code is void now; ask the administrator for a new one",
    },
    "hub_enroll_throttled": {
        "zh": "注册尝试失败次数过多，请 {seconds} 秒后再试",
        "en": "Too many failed enrolment attempts; try again in {seconds} seconds",
    },
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
    "hub_not_referenced": {
        "zh": "同步中心上没有您可见的记录引用这个文件（其记录可能被拒收），文件未接收",
        "en": "No record you may see on the hub names this file (its record may have been refused); not taken",
    },
    "hub_refused_team": {"zh": "无权修改其他督查组的记录", "en": "Not allowed to change another team's records"},
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
    "photo_damaged_here": {
        "zh": "本机的照片文件 {sha256} 已损坏（无法用本机密钥打开），未发送。请运行 inspector evidence verify。",
        "en": "The photo file {sha256} on this laptop is damaged (it does not open with this laptop's key) and "
              "was not sent. Run inspector evidence verify.",
    },
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
    "sync_audit_stalled": {
        "zh": "同步中心未接收本机审计日志第 {id} 条及之前的记录；下次同步再发",
        "en": "The hub did not take this computer's audit entries up to {id}; they go at the next sync",
    },
    "sync_push_stalled": {
        "zh": "同步中心未接收第 {seq} 号及之后的操作；这些操作仍保留在本机",
        "en": "The hub did not take operation {seq} and later ones; they are kept on this computer",
    },
    "sync_refused_line": {"zh": "被拒 {count} 项：{reason}", "en": "Refused, {count}: {reason}"},
    "sync_refused_more": {
        "zh": "另有 {count} 项被拒，原因 {reasons} 种", "en": "{count} more refused, for {reasons} other reasons",
    },
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
})
