"""The notice templates' errors, in Chinese and English. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "template_error": {
        "zh": "通报模板 {template} 第 {line} 行有误：{problem}",
        "en": "Notice template {template}, line {line}: {problem}",
    },
})
