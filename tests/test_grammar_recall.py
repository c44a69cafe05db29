"""Forms the grammar once missed in unseen news (dev3, more, fresh), read now, and their
look-alikes that must stay unread or keep their old reading."""

from __future__ import annotations

import pytest

from claims.extract.grammar import find_mentions
from claims.model import Mention
from claims.services import analyze


def _reading(text: str, span: str) -> Mention:
    found = [m for m in find_mentions(text) if m.text == span]
    assert found, [m.text for m in find_mentions(text)]
    return found[0]


def _claim_texts(text: str) -> list[str]:
    return [c.text for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        ("Họ quen nhau một năm trước.", "một năm", 1, "năm", "exact"),
        ("Sự kiện diễn ra một ngày sau khi Triều Tiên phóng.", "một ngày", 1, "ngày", "exact"),
        ("so với một tuần trước đây thì tăng", "một tuần", 1, "tuần", "exact"),
        ("diễn ra đúng một năm sau ngày bỏ phiếu", "một năm", 1, "năm", "exact"),
        ("quay MV này trong vòng một ngày.", "một ngày", 1, "ngày", "exact"),
        ("Trong vòng chưa đầy một phút, nhóm trộm", "chưa đầy một phút", 1, "phút", "under"),
        ("tăng tốc trong vòng 2,8 giây trước khi", "2,8 giây", 2.8, "giây", "exact"),
        ("hồi 70% pin trong vòng 1 tiếng sạc", "1 tiếng", 1, "giờ", "exact"),
    ],
)
def test_a_time_that_elapsed_is_a_duration(
    text: str, span: str, value: float, unit: str, qualifier: str
) -> None:
    mention = _reading(text, span)
    assert (mention.kind, mention.value, mention.unit, mention.qualifier) == (
        "duration",
        value,
        unit,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Một ngày nào đó tôi sẽ về.",  # some day
        "Một ngày sau này anh sẽ hiểu.",  # some day, later
        "Trong cả một năm, họ làm việc.",  # 'một' as the article
        "một ngày đẹp trời",
    ],
)
def test_one_day_as_an_article_is_not_read(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "duration"] == []


def test_a_round_stays_an_identifier() -> None:
    assert _reading("Đội thắng ở vòng 2 giải đấu.", "vòng 2").kind == "identifier"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Họ gặp nhau cách đây 3 năm tại Paris.", "3 năm"),
        ("Hai tuần trước ông ấy đã nhập viện.", "Hai tuần"),
        ("Luật được ban hành cách đây 4 năm và áp dụng cho 20 bang.", "4 năm"),
    ],
)
def test_a_time_ago_is_a_claim(text: str, claim: str) -> None:
    assert claim in _claim_texts(text)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Trong 6 tháng đầu năm, xã có 5 ca.", "6 tháng"),
        ("Trong khoảng 2 năm trở lại đây, đội thắng 5 trận.", "2 năm"),
    ],
)
def test_a_period_that_scopes_stays_no_claim(text: str, period: str) -> None:
    assert period not in _claim_texts(text)


@pytest.mark.parametrize(
    ("text", "span", "rank"),
    [
        ("Ở phút bù giờ thứ 3, Eder Rojas ghi bàn.", "thứ 3", 3),
        ("bị đàn chị dẫn 3-0 ở set thứ hai, trước lúc đảo ngược", "thứ hai", 2),
        ("kéo dài trận đấu sang tận ván thứ 5, khiến anh kiệt sức", "thứ 5", 5),
        ("khi giặc xâm lược nước ta lần thứ 3, ông được giao", "thứ 3", 3),
    ],
)
def test_a_noun_counted_off_in_order_ranks(text: str, span: str, rank: int) -> None:
    mention = _reading(text, span)
    assert (mention.kind, mention.value) == ("ordinal", rank)


@pytest.mark.parametrize(
    "text",
    ["Sáng thứ 3, ông đến trụ sở.", "Chiều thứ hai, trời mưa.", "Giọng hát Việt mùa thứ 4, 2017"],
)
def test_a_weekday_or_a_season_is_no_rank(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "ordinal"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("phá hủy 6 cứ điểm, 3 xe, một phương tiện chiến thuật và một hệ thống súng cối.", "một"),
        ("gồm hai cuộc điều tra nội bộ Hải quân Mỹ, một cuộc điều tra do USCG thực hiện", "một"),
        ("Cô gọi bánh của hãng này mỗi tuần một lần.", "một lần"),
        ("HLV phát cho mỗi người một chiếc đồng hồ để kiểm tra nhịp tim.", "một"),
        ('Đã là "ông bố một con" nhưng anh vẫn trẻ trung.', "một"),
        ("Chúng ta chỉ còn một cơ hội cuối cùng.", "một"),
    ],
)
def test_one_stated_is_a_count(text: str, span: str) -> None:
    mention = _reading(text, span)
    assert (mention.kind, mention.value) == ("count", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Một người đàn ông và một phụ nữ bước vào.",
        "Mỗi người một ý, không ai chịu ai.",
        "Có 3 người đến. Một người đàn ông đứng chờ.",  # a new sentence is no list
        "Anh có một chiếc xe.",
        "MC Minh Trang bên hai con gái, một bé 4 tuổi và một bé 1 tuổi.",  # one of the two
        "phải trải qua 2 lần phẫu thuật, một lần để nẹp, một lần tái tạo.",
        "Có hai yếu tố, một là năng suất, hai là cơ cấu.",
        "gu thời trang mỗi ngày một sang chảnh",  # more so each day
        "mỗi người là một mắt xích nhỏ",
        "anh em chúng tôi xắn tay vào mỗi người một việc",
        "Xa quê, mỗi người một điều kiện khác nhau",
        "tỉnh dậy đã thấy mỗi người nằm một góc",
        "mỗi anh giảm một tí để giá nhà thấp nhất",
        "Hệ thống có hai loại, một loại tự động hoàn toàn và một loại bán tự động.",
    ],
)
def test_one_as_the_article_is_not_read(text: str) -> None:
    ones = [m for m in find_mentions(text) if m.value == 1 and m.text.lower().startswith("một")]
    assert ones == []


def test_a_lone_one_opens_no_list() -> None:
    text = "Trước đó một thời gian, một người dùng khác cũng đã làm vậy."
    assert [m.start for m in find_mentions(text) if m.value == 1] == [text.index("một")]


def test_among_counts() -> None:
    assert _reading("Trong số 56 nguồn tin này, Cục đã trao đổi.", "56").kind == "count"
    assert _reading("Nhà số 56 phố Huế.", "Nhà số 56").kind == "identifier"


@pytest.mark.parametrize(
    ("text", "span", "kind", "unit"),
    [
        ("chạy ở xung nhịp 1172MHz (Xbox One là 853MHz)", "853MHz", "measure", "MHz"),
        ("trong khi PS4 Pro chỉ dừng ở mức 4,2 teraflops", "4,2 teraflops", "measure", "teraflops"),
        ("tạo ra sức đẩy 280.000 sức ngựa.", "280.000 sức ngựa", "measure", "sức ngựa"),
        ("có thu nhập 2.000 Kyats mỗi ngày", "2.000 Kyats mỗi ngày", "money", "MMK"),
        ("tịch thu 45 triệu ringgit của ông", "45 triệu ringgit", "money", "MYR"),
        ("ngân khố chỉ còn 74,9 tỷ baht.", "74,9 tỷ baht", "money", "THB"),
        ("đầu tư 20 nghìn tỷ rúp cho vũ khí", "20 nghìn tỷ rúp", "money", "RUB"),
        ("cho hình ảnh sáng hơn và tốt hơn 1,7 lần.", "1,7 lần", "multiple", "lần"),
        ("trừ 683 triệu đồng bằng hình thức quẹt thẻ", "683 triệu đồng", "money", "VND"),
    ],
)
def test_a_unit_word_names_its_quantity(text: str, span: str, kind: str, unit: str) -> None:
    mention = _reading(text, span)
    assert (mention.kind, mention.unit) == (kind, unit)


def test_a_count_of_times_stays_a_count() -> None:
    mention = _reading("Anh ấy thử 3 lần.", "3 lần")
    assert (mention.kind, mention.unit) == ("count", None)


def test_a_delta_is_no_dong() -> None:
    assert [m.text for m in find_mentions("Vùng có 2 đồng bằng sông lớn.")] == ["2"]
    assert find_mentions("Vùng có 2 đồng bằng sông lớn.")[0].kind == "count"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Hưng mua 1 súng bắn bi giá 500.000 tại chợ.", "500.000", "VND"),
        ("Siêu xe Lamborghini Aventador SV hơn 30 tỷ của Minh Nhựa.", "hơn 30 tỷ", "VND"),
        ("chủ nhân của nó bỏ ra không dưới 50 tỷ để tân trang", "không dưới 50 tỷ", "VND"),
        ("Tôi phải vay ngân hàng 400 triệu.", "400 triệu", "VND"),
        ("Xuất khẩu đạt 3,3 tỷ USD, trong đó tôm đạt 2 tỷ, tăng 8%.", "2 tỷ", "USD"),
        ("ông ta nợ anh 622 USD (tương đương 14 triệu).", "14 triệu", "VND"),
    ],
)
def test_an_amount_with_its_currency_unsaid_is_money(text: str, span: str, unit: str) -> None:
    mention = _reading(text, span)
    assert (mention.kind, mention.unit) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dân số Trung Quốc là 1,3 tỷ.", "1,3 tỷ"),
        ("Huawei bán được 76,6 triệu và 69,2 triệu máy.", "76,6 triệu"),
        ("Tổng lượt khách du lịch 1,99 triệu, giảm 29%.", "1,99 triệu"),
        ("Lao động giảm từ gần 20 triệu xuống còn 12 triệu.", "12 triệu"),
        ("Ứng dụng có 2 tỷ người dùng.", "2 tỷ"),
        ("Xe có giá 30 người đặt mua.", "30"),
    ],
)
def test_a_count_of_things_stays_a_count(text: str, span: str) -> None:
    assert _reading(text, span).kind == "count"
