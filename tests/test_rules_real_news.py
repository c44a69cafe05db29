"""Guards for the shapes that raised false alarms on the 10,000 real articles
(``tests/review/real_flags.jsonl``), and the true flags the rules must keep.

Each text is written for the test: it repeats the shape of a reviewed flag
(the article id is named in the test), never the article's words at length.
Each test fails without its guard: the claims are built by hand so that the
rule, not the grammar, is what is tested.
"""

from __future__ import annotations

import pytest
from test_rules_kit import build, findings, spec, statuses

from claims.rules.identifiers import misread
from claims.rules.surroundings import stated_as_total

MONEY = {"kind": "money", "unit": "VND"}
USD = {"kind": "money", "unit": "USD"}

# --- identifiers and cut numbers (the runner drops them for every rule) ------------


@pytest.mark.parametrize(
    ("text", "snippet", "kind"),
    [
        ("Ngưỡng trước đó là 110.000. Sắc lệnh mới giảm.", "110", "count"),  # 21473616
        ("Luật Du lịch 2005 có 88 điều.", "2005", "count"),  # 22733401
        ("Theo Hernandez (19), Vallejo (20) đều ra sân.", "19", "count"),  # 22713319
        ("Ô nhiễm do xe 4 bánh và hai bánh gây ra.", "4", "count"),  # 22462552
        ("Cửa hàng ở số 78/6 đường Bình Lợi.", "78/6", "fraction"),  # 22372947
        ("Lốp 130/80 ở bánh sau cho độ bám tốt.", "130/80", "fraction"),  # 21511926
        ("Nhà cái đặt tỷ lệ 33/1 cho đội khách.", "33/1", "fraction"),  # 22709021
        ("Thí sinh làm mã đề 219 đạt điểm cao.", "219", "count"),  # 22593729
        ("Theo điều 22 của luật, 30 người được miễn.", "22", "count"),  # 22386852
    ],
)
def test_numbers_that_name_or_code_something_are_no_quantities(
    text: str, snippet: str, kind: str
) -> None:
    (claim,) = build(text, spec(snippet, kind))
    assert misread(claim, text)


@pytest.mark.parametrize(
    ("text", "snippet", "kind"),
    [
        ("Tỉnh có 110.000 người.", "110.000", "count"),
        ("Xã có 1.250 hộ nghèo.", "1.250", "count"),
        ("Có 144/200 xã đạt chuẩn.", "144/200", "fraction"),
        ("Công ty có 2.000 công nhân.", "2.000", "count"),
        ("Đội có 4 xe tải và 2 xe con.", "4", "count"),
    ],
)
def test_amounts_stay_quantities(text: str, snippet: str, kind: str) -> None:
    (claim,) = build(text, spec(snippet, kind))
    assert not misread(claim, text)


def test_a_year_after_a_title_is_no_old_value() -> None:  # 22733401
    text = "Luật gồm 78 điều, giảm 10 điều so với Luật Du lịch 2005."
    found = findings(
        text,
        spec("78 điều", subject="điều"),
        spec("10 điều", subject="điều"),
        spec("2005"),
        rule="change",
    )
    assert "fail" not in statuses(found)


# --- restated-values: owners, times, concessions ------------------------------------


def _restated(text: str, *specs: dict[str, object]) -> list[str]:
    return statuses(findings(text, *specs, rule="restated-values"))


def test_two_owners_of_one_noun_are_two_quantities() -> None:  # 22340375
    text = "Kroos có 12 pha kiến tạo.\nMarcelo có 10 pha kiến tạo."
    found = _restated(
        text, spec("12 pha", subject="pha kiến tạo"), spec("10 pha", subject="pha kiến tạo")
    )
    assert found == []


def test_one_owner_said_twice_is_still_compared() -> None:
    text = "Huyện Đồng Văn có 1.200 hộ nghèo.\nTheo báo cáo, huyện có 1.150 hộ nghèo."
    found = _restated(
        text, spec("1.200 hộ", subject="hộ nghèo"), spec("1.150 hộ", subject="hộ nghèo")
    )
    assert found == ["fail"]


def test_now_is_another_time_than_a_dated_figure() -> None:  # 22263094
    text = (
        "Xe ra mắt vào tháng 1/2017 với giá bán 950 triệu đồng.\nHiện xe có giá bán 639 triệu đồng."
    )
    found = _restated(
        text,
        spec("950 triệu đồng", lower=950e6, upper=950e6, subject="giá bán",
             period="tháng 1/2017", **MONEY),
        spec("639 triệu đồng", lower=639e6, upper=639e6, subject="giá bán", **MONEY),
    )  # fmt: skip
    assert found == []


def test_a_conceded_figure_is_no_statement_of_size() -> None:  # 21490525
    text = "Dòng kem có ba tông màu.\nDù chỉ có hai tông màu, dòng kem này vẫn bán chạy."
    found = _restated(
        text,
        spec("ba tông", lower=3, upper=3, subject="tông màu"),
        spec("hai tông", lower=2, upper=2, subject="tông màu"),
    )
    assert found == []


def test_a_count_of_points_is_no_count_of_its_subject() -> None:  # 22737126
    text = "Với tổ hợp khối thi là 20 điểm.\nỞ hệ khác, tổ hợp khối thi là 18 điểm."
    found = _restated(
        text, spec("20", subject="tổ hợp khối thi"), spec("18", subject="tổ hợp khối thi")
    )
    assert found == []


# --- change: clauses, rounding, a period before the verb ----------------------------


def test_a_multiple_before_its_cause_is_another_change() -> None:  # 21495091
    text = "Mức tăng gấp 4 lần, chủ yếu nhờ thuế tăng từ 1.000 đồng/lít lên 3.000 đồng/lít."
    found = findings(
        text,
        spec("gấp 4 lần", "multiple", lower=4, upper=4),
        spec("1.000 đồng/lít", **MONEY),
        spec("3.000 đồng/lít", **MONEY),
        rule="change",
    )
    assert statuses(found) == ["pass"]  # the direction only: 4 lần is not 3.000 ÷ 1.000


def test_a_bracket_stating_its_own_change_is_its_own_clause() -> None:  # 22639450
    text = "Xuất khẩu tăng lên 27 tỷ USD (giảm từ 141 tỷ USD xuống 120 tỷ USD) trong quý."
    found = findings(
        text,
        spec("27 tỷ USD", lower=27e9, upper=27e9, **USD),
        spec("141 tỷ USD", lower=141e9, upper=141e9, **USD),
        spec("120 tỷ USD", lower=120e9, upper=120e9, **USD),
        rule="change",
    )
    assert statuses(found) == ["pass"]  # 141 -> 120 is a fall; 27 is not paired with them


def test_a_round_rate_three_points_off_is_flagged() -> None:  # 22268132, a true flag
    text = "Lượng phù sa đã giảm 50%, từ 160 triệu tấn xuống còn 85 triệu tấn."
    measure = {"kind": "measure", "unit": "t"}
    found = findings(
        text,
        spec("50%", "percent"),
        spec("160 triệu tấn", lower=160e6, upper=160e6, **measure),
        spec("85 triệu tấn", lower=85e6, upper=85e6, **measure),
        rule="change",
    )
    assert statuses(found) == ["pass", "fail"]  # a fall, but −46,9 % is no "50%"


def test_a_round_rate_within_its_rounding_passes() -> None:
    text = "Doanh thu tăng 20%, từ 100 tỷ đồng lên 122 tỷ đồng."
    found = findings(
        text,
        spec("20%", "percent"),
        spec("100 tỷ đồng", lower=100e9, upper=100e9, **MONEY),
        spec("122 tỷ đồng", lower=122e9, upper=122e9, **MONEY),
        rule="change",
    )
    assert statuses(found) == ["pass", "pass"]


def test_a_period_may_sit_between_the_new_value_and_its_verb() -> None:  # 22575765, true
    text = "Tập đoàn sẽ đạt 3 tỷ USD trong năm 2017, tăng 9% so với 2,78 tỷ USD như kế hoạch."
    found = findings(
        text,
        spec("3 tỷ USD", lower=3e9, upper=3e9, **USD),
        spec("2017", "year", value=2017),
        spec("9%", "percent"),
        spec("2,78 tỷ USD", lower=2.78e9, upper=2.78e9, **USD),
        rule="change",
    )
    assert statuses(found) == ["pass", "fail"]  # +7,9 % is no "tăng 9%"


# --- lists: parts and sums ----------------------------------------------------------


def test_others_beside_a_list_are_no_part() -> None:  # 22350927
    text = (
        "Số nạn nhân đã lên tới 22 người, trong đó có cả trẻ em, cùng với 59 người khác bị thương."
    )
    found = findings(
        text,
        spec("22 người", subject="người"),
        spec("59 người", subject="người khác bị thương"),
        rule="part-within-whole",
    )
    assert "fail" not in statuses(found)


def test_a_subset_after_a_list_is_no_further_item() -> None:  # 22487517
    text = (
        "Máy bay chở 116 người, gồm 105 hành khách và 11 thành viên phi hành đoàn, "
        "trong đó có 15 trẻ em."
    )
    found = findings(
        text,
        spec("116 người", subject="người"),
        spec("105 hành khách", subject="hành khách"),
        spec("11 thành viên", subject="thành viên phi hành đoàn"),
        spec("15 trẻ em", subject="trẻ em"),
        rule="sum-of-parts",
    )
    assert statuses(found) == ["pass"]  # 105 + 11 = 116; the 15 children are among them


# --- fractions and averages ----------------------------------------------------------


def test_a_revised_total_is_the_denominator() -> None:  # 22754270
    text = (
        "Tỉnh có 120 dịch vụ công trực tuyến, nay giảm xuống còn 96 dịch vụ công trực tuyến. "
        "Có 81/96 dịch vụ công trực tuyến có hồ sơ."
    )
    subject = "dịch vụ công trực tuyến"
    found = findings(
        text,
        spec("120 dịch vụ", subject=subject),
        spec("96 dịch vụ", subject=subject),
        spec("81/96", "fraction", numerator=81, denominator=96, lower=81 / 96, upper=81 / 96,
             subject=subject),
        rule="fractions",
    )  # fmt: skip
    assert "fail" not in statuses(found)


def test_a_total_in_another_sentence_is_not_averaged() -> None:  # 22708913
    text = (
        "Hạn hán gây thiệt hại khoảng 15.000 tỷ đồng. "
        "Cả nước có 30.000 trang trại, giá trị bình quân khoảng 2 tỷ đồng/trang trại."
    )
    found = findings(
        text,
        spec("15.000 tỷ đồng", lower=15e12, upper=15e12, subject="thiệt hại", **MONEY),
        spec("30.000 trang trại", subject="trang trại"),
        spec("2 tỷ đồng", lower=2e9, upper=2e9, per="trang trại", **MONEY),
        rule="averages",
    )
    assert found == []


def test_a_rate_is_no_total_to_average() -> None:  # 21491139
    text = (
        "Chị thuê 4 người cấy, tiền công bình quân 200.000 đồng/người, mỗi người 50.000 đồng/giờ."
    )
    found = findings(
        text,
        spec("4 người", subject="người cấy"),
        spec("200.000 đồng/người", per="người", **MONEY),
        spec("50.000 đồng/giờ", **MONEY),
        rule="averages",
    )
    assert found == []


def test_a_figure_given_as_the_total_is_no_part_of_a_share() -> None:  # 22574918
    text = (
        "Trong tổng số 860.000 thí sinh dự thi thì có hơn 643.000 (75%) thí sinh xét tuyển. "
        "Hai tỉnh có số lượng thí sinh lần lượt là 33.522 và 30.966 em."
    )
    found = findings(
        text,
        spec("860.000", subject="thí sinh dự thi"),
        spec("75%", "percent", subject="thí sinh dự thi"),
        spec("33.522", subject="số lượng thí sinh"),
        rule="percent-of-whole",
    )
    assert found == []


def test_figures_given_respectively_are_no_total() -> None:
    text = "Hai tỉnh có số thí sinh lần lượt là 33.522 và 30.966 em."
    (first, _) = build(text, spec("33.522", subject="thí sinh"), spec("30.966", subject="thí sinh"))
    assert not stated_as_total(first, text)
    assert stated_as_total(
        build("Tỉnh có 33.522 thí sinh.", spec("33.522"))[0], "Tỉnh có 33.522 thí sinh."
    )


def test_model_numbers_are_no_parts_of_a_list() -> None:  # 22329059
    text = "Hãng tung ra 8 mẫu điện thoại, gồm Nokia 3, Nokia 5 và Nokia 6."
    found = findings(
        text,
        spec("8 mẫu", subject="mẫu điện thoại"),
        spec("3", nth=0),
        spec("5", nth=0),
        spec("6", nth=0),
        rule="sum-of-parts",
    )
    assert found == []


def test_a_model_number_repeated_bare_is_still_a_model() -> None:  # 22222072
    text = "Máy dùng chip Snapdragon 660. Bản rẻ hơn dùng chip 653, còn bản cao dùng 660."
    claims = build(text, spec("660", nth=1))
    assert misread(claims[0], text)


def test_a_count_average_averages_the_noun_it_names() -> None:  # 21486561
    text = "Xã có 166 tàu thuyền, 48 thuyền không động cơ, công suất bình quân 19,68 CV/tàu."
    found = findings(
        text,
        spec("166 tàu", subject="tàu thuyền"),
        spec("48 thuyền", subject="thuyền"),
        spec("19,68", per="tàu"),
        rule="averages",
    )
    assert found == []


def test_a_date_the_article_says_cannot_exist_is_its_story() -> None:  # 21492035
    date = {"kind": "date", "value": "--02-31"}
    prank = "Bạn bè tặng vé đi chơi ngày 31/2. Trong khi, tháng 2 luôn chỉ có 28 ngày!"
    assert findings(prank, spec("31/2", **date), rule="time") == []
    slip = "Đoàn khởi hành ngày 31/2 và trở về sau một tuần."
    assert statuses(findings(slip, spec("31/2", **date), rule="time")) == ["fail"]


@pytest.mark.parametrize(
    ("text", "snippet", "kind"),
    [
        ("Cổ phiếu giảm thanh khoản 49% so với phiên trước.", "49%", "percent"),
        ("Tàu mang một dây kim loại 700 mét.", "700 mét", "measure"),
        ("Đã lắp cần chắn tại 102/366 đường ngang.", "102/366", "fraction"),
        ("Khu liên hợp Mỹ Đình (108 tỉ đồng) được chi nhiều nhất.", "108 tỉ đồng", "money"),
        ("Xe Land Cruiser 469 xe, Land Prado 1.011 xe.", "469", "count"),
        ("Trong 134 đơn vị nợ thuế có 12 doanh nghiệp.", "134", "count"),
    ],
)
def test_look_alikes_of_identifiers_stay_quantities(text: str, snippet: str, kind: str) -> None:
    (claim,) = build(text, spec(snippet, kind))
    assert not misread(claim, text)
