"""The fixed parts of the demo district: its units, the names of its people, its inspection teams."""

from __future__ import annotations

from inspector_app.domain.enums import UnitKind

AGENCIES = [
    "区人社局", "区财政局", "区发改局", "区教育局", "区民政局", "区卫健局", "区住建局", "区自然资源局",
    "区市场监管局", "区城管局", "区农业农村局", "区商务局", "区文旅局", "区应急管理局", "区司法局",
    "区统计局", "区审计局", "区医保局", "区退役军人事务局", "区生态环境局", "区交通运输局", "区水利局",
    "区信访局", "区科技局",
]
SERVICE_CENTRE = "区行政服务中心"
WINDOWS = [
    "不动产登记窗口", "社保医保窗口", "市场主体登记窗口", "公积金窗口", "税务窗口", "公安户政窗口", "综合受理窗口",
]
TOWNS = ["东湖镇", "西山镇", "南岭镇", "青石镇"]
STREETS = ["城东街道", "城西街道", "滨江街道", "新华街道"]
DEMO_USER = "演示用户"  # who works in the demo data directory


def units() -> list[tuple[str, str, UnitKind, str | None]]:
    """(name, short name, kind, parent name) for every unit, parents first: about 40 in all."""
    out: list[tuple[str, str, UnitKind, str | None]] = [(a, a.removeprefix("区"), UnitKind.AGENCY, None) for a in AGENCIES]
    out.append((SERVICE_CENTRE, "行政服务中心", UnitKind.SERVICE_CENTRE, None))
    out += [(f"{SERVICE_CENTRE}{w}", w, UnitKind.WINDOW, SERVICE_CENTRE) for w in WINDOWS]
    out += [(t, t, UnitKind.TOWN, None) for t in TOWNS]
    out += [(s, s, UnitKind.STREET, None) for s in STREETS]
    return out


# surnames, commonest first (the generator weights them by rank); 欧阳 and 司马 are compound
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱武戴孔汤庞樊"
    "殷施陶洪翟安颜倪严牛温季俞章鲁葛伍申尤毕聂焦向柳邢骆岳齐梅莫庄辛管祝左涂谷祁舒耿卜詹关苗凌费纪靳"
) + ["欧阳", "司马", "诸葛"]
GIVEN_MALE = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欣建国峰亮成志海东文博晨阳")
GIVEN_FEMALE = list("芳娜敏静丽艳娟霞燕玲桂英秀兰红梅琳婷雪慧颖倩洁璐琪萍晶妍佳欣怡悦蕾薇月彤瑶莉")
# characters that test fonts and search: rare but real in names (GBK and CJK Extension A/B)
RARE = ["堃", "喆", "犇", "淼", "昇", "垚", "赟", "祎", "䶮", "𠮷", "珺", "玥"]

POSITIONS_AGENCY = [("科员", False), ("办事员", False), ("副主任科员", False), ("副科长", True), ("科长", True),
                    ("办公室主任", True), ("副局长", True)]
POSITIONS_WINDOW = [("窗口工作人员", False), ("窗口工作人员", False), ("综合受理员", False), ("窗口负责人", True)]
POSITIONS_TOWN = [("办事员", False), ("科员", False), ("便民服务中心工作人员", False), ("站所负责人", True),
                  ("副镇长", True)]

TEAMS = ["第一督查组", "第二督查组", "第三督查组", "第四督查组"]
INSPECTORS = [("duchayuan01", "沈建华"), ("duchayuan02", "方晓燕"), ("duchayuan03", "曹立新"),
              ("duchayuan04", "邹文静"), ("duchayuan05", "姜宏伟"), ("duchayuan06", "钟丽萍"),
              ("duchayuan07", "范志刚"), ("duchayuan08", "陆梦瑶")]
OFFICE = [("xiaonengban01", "区效能办 顾国庆"), ("xiaonengban02", "区效能办 覃晓岚")]

DESCRIBED = ["一名女工作人员", "一名男工作人员", "窗口工作人员", "一名值班人员", "两名工作人员"]
PLACES = ["办公室", "服务窗口", "三楼办公区", "会议室", "值班室", "便民服务大厅", "档案室"]
VOID_REASONS = ["经核实系因公外出，已履行请假手续", "经核实系轮休，记录有误", "当事人身份认定有误，重新核查"]
