"""The evidence's texts, in Chinese and English: files that cannot be taken in, redaction,
matching photos by time. Message id → texts; parameters use str.format."""

from inspector_app.i18n import add_texts

add_texts({
    "photo_unreadable": {
        "zh": "{path} 不是可读取的图片（文件损坏或类型不符）",
        "en": "{path} is not a readable image (damaged, or not what its name says)",
    },
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
    "no_time": {"zh": "照片没有拍摄时间", "en": "the photo has no capture time"},
    "no_visit": {"zh": "拍摄时间不在任何检查点位的时段内", "en": "taken outside every visit's time"},
})
