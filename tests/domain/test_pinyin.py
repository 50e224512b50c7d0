import pytest

from inspector_app.domain.pinyin import matches


@pytest.mark.parametrize("query, name", [
    ("zsm", "张三明"), ("zhangsan", "张三明"), ("ZSM", "张三明"), ("三明", "张三明"), ("", "张三明"),
    ("oyzm", "欧阳志明"), ("qrsj", "区人社局"), ("lk", "李堃"), ("cz", "曾志"), ("zz", "曾志"),  # 曾: céng / zēng
])
def test_names_are_found_as_people_type_them(query, name):
    assert matches(query, name)


@pytest.mark.parametrize("query, name", [("zsn", "张三明"), ("lisi", "张三明"), ("明三", "张三明")])
def test_what_does_not_match(query, name):
    assert not matches(query, name)
