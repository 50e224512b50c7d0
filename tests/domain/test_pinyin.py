import pytest

from inspector_app.domain.pinyin import matches, rank


@pytest.mark.parametrize("query, name", [
    ("zsm", "张三明"), ("zhangsan", "张三明"), ("ZSM", "张三明"), ("三明", "张三明"), ("", "张三明"),
    ("oyzm", "欧阳志明"), ("qrsj", "区人社局"), ("lk", "李堃"), ("cz", "曾志"), ("zz", "曾志"),  # 曾: céng / zēng
    ("rsj", "区人社局"), ("renshe", "区人社局"), ("sj", "区人社局"), ("bdc", "区行政服务中心不动产登记窗口"),
])
def test_names_are_found_as_people_type_them(query, name):
    assert matches(query, name)


@pytest.mark.parametrize("query, name", [("zsn", "张三明"), ("lisi", "张三明"), ("明三", "张三明"), ("enshe", "区人社局")])
def test_what_does_not_match(query, name):
    assert not matches(query, name)


def test_a_name_that_begins_as_typed_comes_before_one_that_matches_later():
    assert rank("rsj", "区人社局") == rank("qrsj", "区人社局") == rank("rs", "人社窗口") == 0  # 区 left out or not
    assert rank("sj", "区人社局") == 1 and rank("sm", "张三明") == 1
