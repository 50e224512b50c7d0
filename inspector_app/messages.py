"""The base modules' texts (the disk, the bundled fonts), in Chinese and English. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "storage_full": {
        "zh": "磁盘已满，无法写入 {path}。已有数据未受影响；请腾出空间后重试。",
        "en": "The disk is full; cannot write to {path}. Existing data is intact; free some space and retry.",
    },
    "output_unwritable": {"zh": "无法写入 {path}：{reason}", "en": "Cannot write {path}: {reason}"},
    "output_no_folder": {"zh": "无法写入 {path}：文件夹 {folder} 不存在", "en": "Cannot write {path}: there is no folder {folder}"},
    "output_denied": {"zh": "无法写入 {path}：没有写入该位置的权限（或为只读）",
                      "en": "Cannot write {path}: writing there is not allowed (or it is read-only)"},
    "storage_read_only": {
        "zh": "数据目录 {path} 不可写（只读或无权限）。已有数据未受影响；请换用可写的目录（--data-dir）。",
        "en": "The data directory {path} is not writable (read-only or no permission). Existing data is "
              "intact; choose a writable directory (--data-dir).",
    },
    "font_missing": {
        "zh": "缺少字体 {font}：请安装软件包 {package}（sudo apt install {package}）",
        "en": "The font {font} is missing: install the package {package} (sudo apt install {package})",
    },
})
