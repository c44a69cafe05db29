"""Claim building: subjects of sentences from the news corpus and the gold set,
each once read wrong (verbs, periods and shares, clefts and modals, names,
raised amounts).  Mentions are built by hand (see test_context).
"""

from __future__ import annotations

import pytest
from test_context import mention, subject_of

from claims.extract.context import build_claims
from claims.text import segment


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Cầu thủ trẻ mới 19 tuổi đã ghi bàn.", "19 tuổi", "age", "Cầu thủ trẻ"),
        ("Chị đã phải trả gần 1.000 USD cho mỗi vé.", "gần 1.000 USD", "money", None),
        ("Đó là thất bại 4 trên sân Stamford Bridge.", "4", "count", None),
        ("Giá vàng tăng lần lượt 0,1% và 0,3% trong hai phiên.", "0,1%", "percent", "Giá vàng"),
        ("Vụ tai nạn giữa 5 xe ô tô làm nhiều người bị thương.", "5", "count", "xe ô tô"),
    ],
)
def test_subjects_that_are_easy_to_get_wrong(
    text: str, phrase: str, kind: str, subject: str | None
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Vốn FDI vào bất động sản năm 2016 đạt khoảng 1,3 tỷ USD.",
            "khoảng 1,3 tỷ USD",
            "money",
            "Vốn FDI vào bất động sản",
        ),
        (
            "Nợ xấu là 600 nghìn tỷ đồng, tức chiếm hơn 10% tổng dư nợ.",
            "hơn 10%",
            "percent",
            "tổng dư nợ",
        ),
        (
            "Tỷ lệ sở hữu của Nhà nước dự kiến sẽ thấp hơn 50%.",
            "50%",
            "percent",
            "Tỷ lệ sở hữu của Nhà nước",
        ),
        (
            "Giá vàng thế giới đang ở mức 1.248 USD/ounce.",
            "1.248 USD/ounce",
            "money",
            "Giá vàng thế giới",
        ),
        ("Khối này có 107.616 thí sinh, chiếm tỉ lệ 21,75%.", "21,75%", "percent", "thí sinh"),
        ("Năm nay GDP tăng trưởng 6%.", "6%", "percent", "GDP tăng trưởng"),
        ("Giá bán ra lúc 11 giờ là 3,65 triệu đồng.", "3,65 triệu đồng", "money", "Giá bán ra"),
    ],
)
def test_subjects_around_verbs_periods_and_shares(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    mentions = [mention(text, phrase, kind)]
    for period in ("năm 2016", "11 giờ", "107.616"):
        if period in text:
            found_kind = "count" if period == "107.616" else "year" if "năm" in period else "time"
            mentions.append(mention(text, period, found_kind))
    claims = build_claims(segment(text), sorted(mentions, key=lambda m: m.start))
    assert next(c for c in claims if c.text == phrase).subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Một cặp vợ chồng sống cùng cậu con trai 6 tuổi.", "6 tuổi", "age", "cậu con trai"),
        ("Cô gái Ba Lan 20 tuổi nổi tiếng trên mạng.", "20 tuổi", "age", "Cô gái Ba Lan"),
        (
            "Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%.",
            "76%",
            "percent",
            "Tỷ lệ chôn lấp rác thải",
        ),
        (
            "Công an bắt 2 đối tượng người Lào đang vận chuyển ma túy.",
            "2",
            "count",
            "đối tượng người Lào",
        ),
        ("100 nghệ sĩ kiếm được tổng cộng 7,1 tỷ USD.", "7,1 tỷ USD", "money", None),
    ],
)
def test_subjects_seen_wrong_in_the_corpus(
    text: str, phrase: str, kind: str, subject: str | None
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Điều gây ấn tượng chính là hàng chục siêu xe diễu hành.",
            "hàng chục",
            "count",
            "siêu xe diễu hành",
        ),
        (
            "Ngân hàng giảm lãi suất 1% ngay sau quyết định.",
            "1%",
            "percent",
            "lãi suất",
        ),
        ("Thu nhập của họ có thể tăng từ 20-30%.", "từ 20-30%", "percent", "Thu nhập của họ"),
        ("Tất cả 63 tỉnh thành đều có thí sinh đạt điểm 10.", "63", "count", "tỉnh thành"),
        (
            "Ước tính trị giá của dàn siêu xe là 200 triệu nhân dân tệ.",
            "200 triệu nhân dân tệ",
            "money",
            "trị giá của dàn siêu xe",
        ),
    ],
)
def test_clefts_modals_and_verb_phrases(text: str, phrase: str, kind: str, subject: str) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Thuật đã dùng chai bia đâm chết Huỳnh Quý (31 tuổi).", "31 tuổi", "age", "Huỳnh Quý"),
        (
            "Họ đã nâng số tiền đàm phán lên 58 triệu euro.",
            "58 triệu euro",
            "money",
            "số tiền đàm phán",
        ),
    ],
)
def test_names_and_raised_amounts(text: str, phrase: str, kind: str, subject: str) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "subjects"),
    [
        ("Hơn 20 năm công tác, cô có nhiều đóng góp.", ["Hơn 20 năm"], ["duration"], [None]),
        ("Kante trở thành cầu thủ thứ 18 nhận giải.", ["thứ 18"], ["ordinal"], ["cầu thủ"]),
        (
            "Như Josephine Law, 29 tuổi, một nhân viên ngân hàng.",
            ["29 tuổi"],
            ["age"],
            ["Josephine Law"],
        ),
        (
            "Vụ chém người làm anh Trần Việt Cường (27 tuổi, ở TP.Nam Định) bị thương.",
            ["27 tuổi"],
            ["age"],
            ["Trần Việt Cường"],
        ),
        (
            "OnePlus 5 có giá bán 479 USD (tương đương 10,8 triệu đồng).",
            ["479 USD", "10,8 triệu đồng"],
            ["money", "money"],
            ["giá bán", "giá bán"],
        ),
        (
            "Google Play có doanh thu tăng 101%, từ 251 triệu USD lên 504 triệu USD.",
            ["101%", "251 triệu USD", "504 triệu USD"],
            ["percent", "money", "money"],
            ["doanh thu", "doanh thu", "doanh thu"],
        ),
        (
            "Cột bê tông cao 7,4m đã được trang trí.",
            ["7,4m"],
            ["measure"],
            ["Cột bê tông"],
        ),
        (
            # The gold set labels this one null, but other distances the thing placed
            # before "cách" or the point after it ("khoảng cách tới quán"): both (distances).
            "Điểm Larange cách Trái đất khoảng 1,6 triệu km.",
            ["khoảng 1,6 triệu km"],
            ["measure"],
            ["Điểm Larange cách Trái đất"],
        ),
        (
            "Có 70 ca nhập viện, trong đó 10% là các ca nặng.",
            ["70", "10%"],
            ["count", "percent"],
            ["ca nhập viện", "các ca nặng"],
        ),
        (
            "Tỷ giá trần mà các ngân hàng được áp dụng hôm nay là 23.112 VND/USD.",
            ["23.112 VND/USD"],
            ["money"],
            ["Tỷ giá trần"],
        ),
        (
            "Giá khởi điểm cho sản phẩm này khi được tung ra thị trường là 39 USD.",
            ["39 USD"],
            ["money"],
            ["Giá khởi điểm cho sản phẩm này"],
        ),
    ],
)
def test_subjects_as_the_gold_set_labels_them(
    text: str, phrases: list[str], kinds: list[str], subjects: list[str | None]
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert [c.subject for c in build_claims(segment(text), mentions)] == subjects
