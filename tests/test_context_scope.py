"""Claim building, scope and attribution: where and when a claim holds and who
says so; and properties over real articles and random arrangements."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_context import SEED_STATS, claim, mention, seed_mentions

from claims.extract.context import build_claims, buy_sell, dimension_names, records, standings
from claims.model import Claim, Mention
from claims.text import segment


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    return build_claims(segment(SEED_STATS), seed_mentions())


def test_theo_covers_its_sentence_not_the_next_paragraph(seed_claims: list[Claim]) -> None:
    for phrase in ("trên 200 nghìn", "hơn 74.000", "hơn 2.700"):
        assert claim(seed_claims, phrase).source == "Theo số liệu thống kê"
    for phrase in ("74.739", "144/200", "87", "trên 300 triệu đồng"):
        assert claim(seed_claims, phrase).source is None


def test_seed_scope(seed_claims: list[Claim]) -> None:
    assert claim(seed_claims, "hơn 74.000").scope.place == "toàn tỉnh Lạng Sơn"
    assert claim(seed_claims, "hơn 74.000").scope.period is None
    assert claim(seed_claims, "74.739").scope.place == "Lạng Sơn"
    assert claim(seed_claims, "trên 300 triệu đồng").scope.period == "Năm 2023"
    # A year is not its own period.
    assert claim(seed_claims, "Năm 2023").scope.period is None


def test_a_speaker_covers_only_the_claims_of_the_sentence() -> None:
    text = (
        "Ông Nguyễn Văn A, Giám đốc Sở Y tế, cho biết năm 2023 có 300 ca mắc. "
        "Năm 2024 có 500 ca mắc."
    )
    claims = build_claims(
        segment(text), [mention(text, "300", "count"), mention(text, "500", "count")]
    )
    assert claims[0].source == "Ông Nguyễn Văn A, Giám đốc Sở Y tế, cho biết"
    assert claims[1].source is None


def test_theo_opening_a_paragraph_covers_the_rest_of_it() -> None:
    text = (
        "Theo Tổng cục Thống kê, năm 2023 cả nước có 300 ca. Tháng 5/2024 có 500 ca.\n"
        "Năm 2024 có 700 ca."
    )
    claims = build_claims(
        segment(text),
        [
            mention(text, "300", "count"),
            mention(text, "500", "count"),
            mention(text, "700", "count"),
        ],
    )
    assert [c.source for c in claims] == ["Theo Tổng cục Thống kê", "Theo Tổng cục Thống kê", None]
    assert [c.scope.period for c in claims] == ["năm 2023", "Tháng 5/2024", "Năm 2024"]
    assert [c.scope.place for c in claims] == ["cả nước", "cả nước", None]


def test_theo_inside_a_paragraph_covers_only_its_sentence() -> None:
    text = "Năm 2023 có 300 ca, theo Bộ Y tế. Năm 2024 có 500 ca."
    claims = build_claims(
        segment(text), [mention(text, "300", "count"), mention(text, "500", "count")]
    )
    assert [c.source for c in claims] == ["theo Bộ Y tế", None]


@pytest.mark.parametrize(
    "text",
    [
        "Em theo học 3 năm ở trường.",
        "Theo dõi 30 bệnh nhân.",
        "Theo quy định, mức phạt là 5 triệu đồng.",
    ],
)
def test_theo_that_is_not_an_attribution(text: str) -> None:
    found = next(m for m in ("3 năm", "30", "5 triệu đồng") if m in text)
    claims = build_claims(segment(text), [mention(text, found, "count")])
    assert claims[0].source is None


def test_a_comparison_baseline_is_not_the_period() -> None:
    text = "Quý III/2024, doanh thu đạt 300 tỷ đồng, tăng 5% so với năm 2023."
    claims = build_claims(
        segment(text), [mention(text, "300 tỷ đồng", "money"), mention(text, "5%", "percent")]
    )
    assert [c.scope.period for c in claims] == ["Quý III/2024", "Quý III/2024"]
    assert [c.subject for c in claims] == ["doanh thu", "doanh thu"]


def test_data_of_an_agency_is_a_source() -> None:
    text = "Số liệu của Tổng cục Thống kê cho thấy cả nước có 3 triệu hộ."
    claims = build_claims(segment(text), [mention(text, "3 triệu", "count")])
    assert claims[0].source == "Số liệu của Tổng cục Thống kê"
    assert claims[0].subject == "hộ"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Đấu tranh khai thác thông tin, 2 đối tượng khai nhận.", None),
        (
            "Như báo Công an nhân dân đã thông tin, 2 đối tượng bị bắt.",
            "Như báo Công an nhân dân đã thông tin",
        ),
        (
            "(Ảnh: Đức Duy) Tập đoàn Xăng dầu cho biết quỹ còn 2 nghìn tỷ đồng.",
            "Tập đoàn Xăng dầu cho biết",
        ),
        (
            "Anh L. – phụ huynh học sinh cho hay, lớp có 2 cô giáo.",
            "Anh L. – phụ huynh học sinh cho hay",
        ),
        ("Rồi chuyện đã xảy ra, đúng như người ta nói: 2 người cãi nhau.", None),
        ("Máy bay bay lúc 10h (theo giờ địa phương) chở 2 người.", None),
    ],
)
def test_attribution_phrases(text: str, source: str | None) -> None:
    claims = build_claims(segment(text), [mention(text, "2", "count")])
    assert claims[0].source == source


@pytest.mark.parametrize(
    ("text", "place", "period"),
    [
        ("Năm 2016, bão trên Thái Bình Dương có 2 cơn.", None, "Năm 2016"),
        ("Phó Thủ tướng Trương Hòa Bình ký 2 văn bản.", None, None),
        ("Anh T. (sinh năm 1970) trú tại tỉnh Quảng Trị 2 năm.", "tỉnh Quảng Trị", None),
        ("Năm 2023, quận 1 có 2 trường mới.", "quận 1", "Năm 2023"),
    ],
)
def test_places_and_periods(text: str, place: str | None, period: str | None) -> None:
    phrase = "2 năm" if "2 năm" in text else "2"
    start = text.index(phrase + " ") if phrase == "2" else text.index(phrase)
    claims = build_claims(
        segment(text), [Mention(text=phrase, start=start, end=start + len(phrase), kind="count")]
    )
    assert (claims[0].scope.place, claims[0].scope.period) == (place, period)


def test_a_speaker_after_a_quote_covers_the_whole_quote() -> None:
    text = (
        "Năm 2022 có 100 ca. “Năm 2023 có 300 ca. Năm 2024 có 500 ca”, ông An nói. "
        "Năm 2025 có 700 ca."
    )
    mentions = [mention(text, f"{n} ca", "count") for n in (100, 300, 500, 700)]
    claims = build_claims(segment(text), mentions)
    assert [c.source for c in claims] == [None, "ông An nói", "ông An nói", None]


_SPELLED_OUT = (
    standings.SPELLED_OUT | records.SPELLED_OUT | buy_sell.SPELLED_OUT | dimension_names.SPELLED_OUT
)
"""Subjects spelled out by design, not cut: a standings column ("Tg" is "bàn
thắng"), a result count ("thắng 7" counts "trận thắng"), a buying or selling price
("mua-bán ở mức 36,69-36,82": "giá mua", "giá bán"), the property a dimension
adjective names ("cao 1m66": "chiều cao")."""


_JOINED_HEADS = ("lần ", "lượt ", "nhiệt độ ")
"""Heads joined by design to a phrase cut from the sentence: a count or rank of times
and the event (times_event, times_count: "lần bị bắt giữ" from "bị bắt giữ hai lần"),
a temperature's extreme and its property told once ("nhiệt độ cao nhất", from
"Nhiệt độ thấp nhất …, cao nhất 30 độ C": temperature_extremes)."""
_PRICE_SIDE = re.compile(r"giá (?:mua |bán |chiều )?(?P<traded>.+)")
"""A buying or selling price and what is traded, written by buy_sell ("giá mua vàng
SJC" from "vàng SJC … mua-bán ở mức 36,68-36,98", "giá chiều mua" from "80.000
đồng/lượng chiều mua", "giá vàng SJC" for both sides)."""


def _joined_by_design(subject: str, sentence: str) -> bool:
    price = _PRICE_SIDE.fullmatch(subject)
    if price is not None and price.group("traded") in sentence:
        return True
    lowered = sentence.lower()
    return any(
        subject.lower().startswith(head)
        and head.strip() in lowered
        and subject[len(head) :] in sentence
        for head in _JOINED_HEADS
    )


def _assert_cut_from_text(claims: list[Claim], text: str) -> None:
    """Subjects, sources, places and periods are cut from the text as written
    (but for the subjects spelled out by design), claims are in text order,
    numbered c1, c2, ..."""
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert c.kind != "identifier"  # type: ignore[comparison-overlap]
        assert c.sentence in text and c.text in c.sentence
        if c.subject is not None:
            assert c.subject and (
                c.subject in c.sentence
                or c.subject in _SPELLED_OUT
                or _joined_by_design(c.subject, c.sentence)
            ), (c.subject, c.sentence)
        for phrase in (c.source, c.scope.place, c.scope.period):
            assert phrase is None or (phrase and phrase in text), phrase


@pytest.mark.corpus
def test_claims_on_real_articles_are_cut_from_their_text(
    open_vnnews: dict[str, dict[str, str]],
) -> None:
    from claims.services import analyze, read_text

    for row in list(open_vnnews.values())[::50]:
        text = read_text((row["title"] + "\n\n" + row["text"]).encode())
        _assert_cut_from_text(analyze(text).claims, text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Theo Bộ Y tế, ",
                "năm 2023 ",
                "tỉnh Lạng Sơn có ",
                "hơn 74.000 ",
                "trẻ em dưới 6 tuổi ",
                "là ",
                "đạt 100%",
                ", ",
                "; ",
                ". ",
                "\n\n",
                "(32 tuổi) ",
                "ông An cho biết ",
                "“",
                "”",
                "lớp 1 ",
                "với tổng số tiền trên 300 triệu đồng",
            ]
        ),
        max_size=25,
    )
)
def test_any_arrangement_of_news_phrases_builds_valid_claims(pieces: list[str]) -> None:
    text = "".join(pieces) or " "
    mentions = [
        Mention(text=m.group(), start=m.start(), end=m.end(), kind=kind)
        for m, kind in (
            (m, "age" if "tuổi" in m.group() else "identifier" if "lớp" in m.group() else "count")
            for m in re.finditer(
                r"(?:hơn |trên |dưới )?\d+(?:\.\d+)*(?:%| tuổi| triệu đồng)?|lớp 1", text
            )
        )
    ]
    _assert_cut_from_text(build_claims(segment(text), mentions), text)


def test_a_period_after_a_clause_break_belongs_to_the_next_clause() -> None:
    text = "Thành phố phấn đấu đến năm 2020 tỷ lệ chôn lấp rác còn 60% và đến năm 2025 còn 25%."
    mentions = [
        mention(text, "năm 2020", "year"),
        mention(text, "60%", "percent"),
        mention(text, "năm 2025", "year"),
        mention(text, "25%", "percent"),
    ]
    claims = build_claims(segment(text), mentions)
    assert [(c.text, c.scope.period) for c in claims] == [
        ("năm 2020", None),
        ("60%", "năm 2020"),
        ("năm 2025", None),
        ("25%", "năm 2025"),
    ]
    assert [c.subject for c in claims] == [None, "tỷ lệ chôn lấp rác", None, "tỷ lệ chôn lấp rác"]


def test_scope_is_inherited_one_sentence_deep() -> None:
    text = "Năm 2023, Hà Nội có 300 ca. Trong đó có 100 ca nặng. Bệnh viện nhận 50 ca."
    mentions = [mention(text, p, "count") for p in ("300", "100", "50")]
    claims = build_claims(segment(text), mentions)
    assert [(c.scope.place, c.scope.period) for c in claims] == [
        ("Hà Nội", "Năm 2023"),
        ("Hà Nội", "Năm 2023"),
        (None, None),
    ]


def test_a_spouse_is_not_a_commune() -> None:
    text = "Anh và bà xã Trần Hương sống thử 2 năm."
    claims = build_claims(segment(text), [mention(text, "2 năm", "duration")])
    assert claims[0].scope.place is None


@pytest.mark.parametrize(
    ("text", "phrase", "period"),
    [
        ("Năm học 2013-2014, trường có 50 lớp, đến năm học này còn 38 lớp.", "38", "năm học này"),
        ("Tỷ lệ thất nghiệp thấp nhất trong 16 năm qua là 4,3%.", "4,3%", None),
        ("Cách đây hai năm, ông Obama bán 1,83 tỷ USD vũ khí.", "1,83", "Cách đây hai năm"),
        ("Hai năm trước, hãng bán 300 xe.", "300", "Hai năm trước"),
        ("Trước đó, cảnh sát bắt 12 người.", "12", "Trước đó"),
        ("Dịp Tết Nguyên đán, doanh thu đạt 182 tỉ đồng.", "182", "Dịp Tết Nguyên đán"),
        ("Kể từ năm 2010, huyện có 40 dự án.", "40", "Kể từ năm 2010"),
    ],
)
def test_periods_named_in_words(text: str, phrase: str, period: str | None) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "count")])
    assert claims[0].scope.period == period


@pytest.mark.parametrize(
    ("text", "phrase", "source"),
    [
        ("Ngoài thủ lĩnh IS, Nga tuyên bố tiêu diệt được 2 chỉ huy.", "2", "Nga tuyên bố"),
        (
            "Ngày 18.6, Bộ Quốc phòng Nga tuyên bố 2 chỉ huy đã bị tiêu diệt.",
            "2",
            "Bộ Quốc phòng Nga tuyên bố",
        ),
        ("Washington nói rằng chưa có bằng chứng về 2 thủ lĩnh.", "2", "Washington nói"),
        (
            "Như Josephine Law, 29 tuổi, nhân viên ngân hàng cho biết chị thích 2 căn hộ.",
            "29 tuổi",
            "Như Josephine Law, 29 tuổi, nhân viên ngân hàng cho biết",
        ),
        (
            "Theo báo cáo của Công ty Thoát nước đô thị TP.HCM, còn 9 hư hỏng.",
            "9",
            "Theo báo cáo của Công ty Thoát nước đô thị TP.HCM",
        ),
        (
            "Miki Kanoh cho CNN biết giá tối thiểu là 3.000 yen.",
            "3.000 yen",
            "Miki Kanoh cho CNN biết",
        ),
        (
            "Dữ liệu vận tải từ Thomson Reuters Eikon cho thấy tàu quay đầu 2 lần.",
            "2 lần",
            "Dữ liệu vận tải từ Thomson Reuters Eikon",
        ),
        (
            "Tổng thống lên án lệnh trừng phạt, đồng thời cho biết có 2 lý do.",
            "2",
            "Tổng thống lên án lệnh trừng phạt, đồng thời cho biết",
        ),
    ],
)
def test_speakers_and_data_sources(text: str, phrase: str, source: str | None) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "count")])
    assert claims[0].source == source


def test_a_paragraph_opening_theo_gives_way_to_a_new_speaker_and_fades() -> None:
    sentences = [
        "Theo Reuters, có 1 vụ.",
        "Có 2 vụ.",
        "Ông An cho biết có 3 vụ.",
        "Có 4 vụ.",
    ]
    text = " ".join(sentences)
    claims = build_claims(segment(text), [mention(text, f"{n} vụ", "count") for n in (1, 2, 3, 4)])
    assert [c.source for c in claims] == ["Theo Reuters", "Theo Reuters", "Ông An cho biết", None]
    long_text = "Theo Reuters, có 1 vụ. " + " ".join(
        f"Tuần {w} có {n} vụ." for w, n in zip("ABCDEF", range(2, 8), strict=True)
    )
    claims = build_claims(
        segment(long_text), [mention(long_text, f"{n} vụ", "count") for n in range(1, 8)]
    )
    assert [c.source for c in claims] == ["Theo Reuters"] * 5 + [None, None]


@given(st.none() | st.text(), st.none() | st.text())
def test_scope_of_is_the_validated_scope(place: str | None, period: str | None) -> None:
    # Scopes are made without validation: each must be what pydantic makes, with
    # the same fields set, dumped and compared the same way.
    from claims.extract.context.scope import scope_of
    from claims.model import Scope

    built, validated = scope_of(place, period), Scope(place=place, period=period)
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set
    assert built.model_dump() == validated.model_dump()
    assert built.model_dump_json() == validated.model_dump_json()
    assert Scope.model_validate(built.model_dump()) == built
