"""The demo generator's texts, in Chinese and English. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "demo_not_empty": {
        "zh": "数据目录 {path} 已有数据；演示数据只写入空的数据目录（请用 --data-dir 指定新目录）。",
        "en": "The data directory {path} already holds data; demo data goes only into an empty one "
              "(choose another with --data-dir).",
    },
})
