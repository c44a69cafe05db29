"""Claim building from hand-made mentions: which mentions are claims, and their subjects.

The mentions here are what the quantity grammar is meant to produce (hedges
and units inside the mention), built by hand so that these tests exercise
claim building alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extract.context import build_claims
from claims.model import Claim, Mention
from claims.text import segment

SEED_STATS = (
    "Theo số liệu thống kê, toàn tỉnh Lạng Sơn hiện có trên 200 nghìn trẻ em, trong đó trẻ "
    "em dưới 6 tuổi là hơn 74.000 trẻ, trẻ em có hoàn cảnh đặc biệt là hơn 2.700 trẻ. Thời "
    "gian qua, công tác bảo vệ trẻ em luôn nhận được sự quan tâm.\n\n"
    "Năm 2023, Lạng Sơn có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế kịp thời, "
    "đạt 100%; 100% trẻ 6 tuổi vào lớp 1; có 144/200 xã, phường, thị trấn đạt xã, phường, "
    "thị trấn phù hợp với trẻ em; có 87 đơn vị, cá nhân trên địa bàn tỉnh ủng hộ Quỹ Bảo trợ "
    "trẻ em tỉnh với tổng số tiền trên 300 triệu đồng…"
)


def mention(text: str, phrase: str, kind: str, nth: int = 1, **fields: Any) -> Mention:
    """The ``nth`` occurrence of ``phrase`` in ``text`` as a mention."""
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return Mention(text=phrase, start=start, end=start + len(phrase), kind=kind, **fields)


def seed_mentions(text: str = SEED_STATS) -> list[Mention]:
    return [
        mention(text, "trên 200 nghìn", "count", value=200000, qualifier="over"),
        mention(text, "dưới 6 tuổi", "age", value=6, unit="tuổi", qualifier="under"),
        mention(text, "hơn 74.000", "count", value=74000, qualifier="over"),
        mention(text, "hơn 2.700", "count", value=2700, qualifier="over"),
        mention(text, "Năm 2023", "year", value="2023"),
        mention(text, "74.739", "count", value=74739),
        mention(text, "dưới 6 tuổi", "age", nth=2, value=6, unit="tuổi", qualifier="under"),
        mention(text, "100%", "percent", value=100, unit="%"),
        mention(text, "100%", "percent", nth=2, value=100, unit="%"),
        mention(text, "6 tuổi", "age", nth=3, value=6, unit="tuổi"),
        mention(text, "lớp 1", "identifier"),
        mention(text, "144/200", "fraction", numerator=144, denominator=200),
        mention(text, "87", "count", value=87),
        mention(text, "trên 300 triệu đồng", "money", value=300_000_000, unit="VND"),
    ]


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    return build_claims(segment(SEED_STATS), seed_mentions())


def claim(claims: list[Claim], phrase: str, nth: int = 1) -> Claim:
    matching = [c for c in claims if c.text == phrase]
    assert len(matching) >= nth, f"no claim {phrase!r} #{nth}: {[c.text for c in claims]}"
    return matching[nth - 1]


def test_identifiers_and_subject_modifiers_are_not_claims(seed_claims: list[Claim]) -> None:
    texts = [c.text for c in seed_claims]
    assert "lớp 1" not in texts
    assert "dưới 6 tuổi" not in texts
    assert "6 tuổi" not in texts
    assert texts == [
        "trên 200 nghìn",
        "hơn 74.000",
        "hơn 2.700",
        "Năm 2023",
        "74.739",
        "100%",
        "100%",
        "144/200",
        "87",
        "trên 300 triệu đồng",
    ]
    assert [c.id for c in seed_claims] == [f"c{i}" for i in range(1, 11)]


@pytest.mark.parametrize(
    ("phrase", "nth", "subject"),
    [
        ("trên 200 nghìn", 1, "trẻ em"),
        ("hơn 74.000", 1, "trẻ em dưới 6 tuổi"),
        ("hơn 2.700", 1, "trẻ em có hoàn cảnh đặc biệt"),
        ("74.739", 1, "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"),
        ("100%", 1, "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"),
        ("100%", 2, "trẻ 6 tuổi vào lớp 1"),
        ("144/200", 1, "xã, phường, thị trấn"),
        ("87", 1, "đơn vị, cá nhân"),
        ("trên 300 triệu đồng", 1, "tổng số tiền"),
        ("Năm 2023", 1, None),
    ],
)
def test_seed_subjects(
    seed_claims: list[Claim], phrase: str, nth: int, subject: str | None
) -> None:
    assert claim(seed_claims, phrase, nth).subject == subject


def test_an_age_in_brackets_is_a_claim_about_the_noun_before() -> None:
    text = "Bệnh viện E đã cứu sống một nam thanh niên (32 tuổi) nhập viện do nhồi máu cơ tim."
    claims = build_claims(segment(text), [mention(text, "32 tuổi", "age", value=32, unit="tuổi")])
    assert [c.text for c in claims] == ["32 tuổi"]
    assert claims[0].subject == "nam thanh niên"


@pytest.mark.parametrize(
    ("text", "modifier", "kept"),
    [
        ("Hà Nội có 1.200 doanh nghiệp có trên 10 lao động.", "trên 10", "1.200"),
        ("Số người trên 60 tuổi là 3.000 người.", "trên 60 tuổi", "3.000"),
        ("Tỉnh có 500 người trên 60 tuổi được nhận quà.", "trên 60 tuổi", "500"),
    ],
)
def test_numbers_inside_a_subject_are_not_claims(text: str, modifier: str, kept: str) -> None:
    kind = "age" if "tuổi" in modifier else "count"
    mentions = sorted(
        [mention(text, modifier, kind), mention(text, kept, "count")], key=lambda m: m.start
    )
    claims = build_claims(segment(text), mentions)
    assert [c.text for c in claims] == [kept]
    assert claims[0].subject is not None and modifier in claims[0].subject


@pytest.mark.parametrize(
    "text",
    [
        "Ông A, 45 tuổi, trú tại xã B có 3 con.",
        "Anh B năm nay 45 tuổi.",
        "Hơn 20 năm công tác, cô C có nhiều đóng góp.",
    ],
)
def test_ages_and_durations_standing_alone_stay_claims(text: str) -> None:
    phrase = "Hơn 20 năm" if "Hơn 20" in text else "45 tuổi"
    kind = "duration" if "năm" in phrase else "age"
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert [c.text for c in claims] == [phrase]


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Tỷ lệ hộ nghèo toàn tỉnh chiếm 3,5%.", "3,5%", "percent", "Tỷ lệ hộ nghèo toàn tỉnh"),
        ("Doanh thu đạt 300 tỷ đồng.", "300 tỷ đồng", "money", "Doanh thu"),
        (
            "MIT miễn học phí cho sinh viên thuộc gia đình có thu nhập dưới 200 nghìn USD.",
            "dưới 200 nghìn USD",
            "money",
            "thu nhập",
        ),
        ("Học phí năm nay là 5 triệu đồng.", "5 triệu đồng", "money", "Học phí"),
        ("Cả nước có 3 triệu hộ kinh doanh, tăng mạnh.", "3 triệu", "count", "hộ kinh doanh"),
    ],
)
def test_subject_before_or_after_the_number(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject


def test_an_identifier_stays_inside_the_subject() -> None:
    text = "Trường tuyển 300 học sinh lớp 10 cho năm học mới."
    mentions = [mention(text, "300", "count"), mention(text, "lớp 10", "identifier")]
    claims = build_claims(segment(text), mentions)
    assert [(c.text, c.subject) for c in claims] == [("300", "học sinh lớp 10")]


def test_a_later_quantity_ends_the_subject() -> None:
    text = "Huyện có 300 học sinh và 20 giáo viên."
    claims = build_claims(
        segment(text), [mention(text, "300", "count"), mention(text, "20", "count")]
    )
    assert [c.subject for c in claims] == ["học sinh", "giáo viên"]


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
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Bảo tàng đón 500 lượt khách có 20 người nước ngoài.", ["500", "20"]),
        ("Bé gái 6 tuổi có 2 anh trai.", ["6 tuổi", "2"]),
    ],
)
def test_a_bare_co_states_a_new_count(text: str, phrases: list[str]) -> None:
    kinds = {"6 tuổi": "age"}
    mentions = [mention(text, p, kinds.get(p, "count")) for p in phrases]
    assert [c.text for c in build_claims(segment(text), mentions)] == phrases


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
    ("text", "phrases", "subjects"),
    [
        (
            "Số thí sinh đạt từ 20 điểm trở lên là 107.616 thí sinh.",
            ["từ 20 điểm", "107.616"],
            ["Số thí sinh", "thí sinh"],
        ),
        ("Hà Nội có 300 ca, TP.HCM là 500 ca.", ["300", "500"], ["ca", "ca"]),
        (
            "Mặc dù vốn FDI đạt 1,3 tỷ USD, tỷ lệ giải ngân thấp.",
            ["1,3 tỷ USD"],
            ["vốn FDI"],
        ),
    ],
)
def test_the_subject_before_a_copula_gives_way(
    text: str, phrases: list[str], subjects: list[str]
) -> None:
    kinds = {"1,3 tỷ USD": "money"}
    claims = build_claims(segment(text), [mention(text, p, kinds.get(p, "count")) for p in phrases])
    assert [c.subject for c in claims] == subjects


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
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject


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
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "subjects"),
    [
        (
            "Đến lượt 3 giám khảo dành hai điểm.",
            ["3", "hai điểm"],
            ["count", "measure"],
            ["giám khảo dành", None],
        ),
        ("Phương tiện chính của ba người chính là tàu điện.", ["ba"], ["count"], ["người"]),
        (
            "Tăng lãi suất ngắn hạn thêm 0,25 điểm.",
            ["0,25 điểm"],
            ["measure"],
            ["lãi suất ngắn hạn"],
        ),
        (
            "Chỉ số tăng 0,1% lên khép phiên ở mức 21.553 điểm.",
            ["0,1%", "21.553 điểm"],
            ["percent", "measure"],
            ["Chỉ số", None],
        ),
    ],
)
def test_a_phrase_right_after_another_quantity_is_not_a_subject(
    text: str, phrases: list[str], kinds: list[str], subjects: list[str | None]
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert [c.subject for c in build_claims(segment(text), mentions)] == subjects


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
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject


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
            "Điểm Larange cách Trái đất khoảng 1,6 triệu km.",
            ["khoảng 1,6 triệu km"],
            ["measure"],
            [None],
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


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "claims_left"),
    [
        (
            "Tỉnh xây thêm 5.900 căn nhà với kích cỡ chỉ dưới 40m2, chiếm 41%.",
            ["5.900", "dưới 40m2", "41%"],
            ["count", "measure", "percent"],
            ["5.900", "41%"],
        ),
        (
            "Đây là 10 ứng dụng được tải nhiều nhất trong 3 tháng đầu năm 2017.",
            ["10", "3 tháng", "năm 2017"],
            ["count", "duration", "year"],
            ["10", "năm 2017"],
        ),
        (
            "Các đối tượng có kích thước trên 20m rất khó phát hiện.",
            ["trên 20m"],
            ["measure"],
            ["trên 20m"],
        ),
    ],
)
def test_thresholds_on_properties_and_periods_are_not_claims(
    text: str, phrases: list[str], kinds: list[str], claims_left: list[str]
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert [c.text for c in build_claims(segment(text), mentions)] == claims_left


def test_a_noun_compound_is_not_cut_at_a_stop_word() -> None:
    text = "Có 2 lý do, 300 người, do không có vé."
    claims = build_claims(
        segment(text), [mention(text, "2", "count"), mention(text, "300", "count")]
    )
    assert [c.subject for c in claims] == ["lý do", "người"]


def test_a_bracketed_count_names_its_own_noun() -> None:
    text = "Quỹ lương của Barca cao hơn Real 50 triệu euro nhưng đội hình (23 người) ít hơn."
    mentions = [mention(text, "50 triệu euro", "money"), mention(text, "23", "count")]
    claims = build_claims(segment(text), mentions)
    assert claims[1].subject == "người"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Bố mẹ sinh được 2 người con, nạn nhân là con thứ hai.", "người con"),
        ("Không giữ khoảng cách giữa 2 xe, chuyển làn không có tín hiệu.", "xe"),
        ("Có 144 xã, phường, thị trấn đạt chuẩn.", "xã, phường, thị trấn"),
    ],
)
def test_a_list_item_that_heads_a_new_clause_ends_the_subject(text: str, subject: str) -> None:
    number = next(p for p in ("144", "2") if p in text)
    claims = build_claims(segment(text), [mention(text, number, "count")])
    assert claims[0].subject == subject


def test_built_claims_are_what_validation_makes() -> None:
    # Claims are built without a second validation: each must equal the claim
    # pydantic validates from the same fields, with the same fields set (seeds
    # and the rules' case set).
    from claims.extract import find_mentions
    from claims.services import read_text
    from tests.conftest import ROOT, SEEDS

    checked = 0
    for path in sorted([*SEEDS.glob("*.txt"), *(ROOT / "tests" / "cases").glob("*.txt")]):
        text = read_text(path.read_bytes())
        for built in build_claims(segment(text), find_mentions(text)):
            validated = Claim(**built.model_dump(exclude={"verdict", "findings"}))
            assert validated == built
            assert validated.model_fields_set == built.model_fields_set
            checked += 1
    assert checked > 100
