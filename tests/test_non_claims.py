"""The cheap gates of ``non_claims.states_no_claim`` never hide a class.

``states_no_claim`` tries each class only when a quick test (the word after
the number, a hint letter run, a link marker found by substring search) lets
it in.  The reference below tries every class on every mention; both must
agree on crafted phrases of every class and on 400 corpus articles.
"""

from __future__ import annotations

from itertools import islice

import pytest

from claims.extract.context import non_claims as nc
from claims.extract.context import related_links, thresholds
from claims.extract.context.anaphora import refers_back
from claims.extract.context.angles import turns_no_angle
from claims.extract.context.class_descriptions import describes_class
from claims.extract.context.conditions import states_a_condition
from claims.extract.context.forecasts import frames_a_forecast
from claims.extract.context.home_prices import prices_a_class
from claims.extract.context.idioms import is_idiom, names_a_group_by_its_size
from claims.extract.context.lunar import _lunar_day
from claims.extract.context.match_length import tells_a_match_length
from claims.extract.context.quarters import names_a_bare_quarter
from claims.extract.context.rates import quotes_a_rate
from claims.extract.context.sea_zones import names_a_sea_zone
from claims.extract.grammar import find_mentions
from claims.model import Mention
from tests.conftest import VNNEWS, iter_open_vnnews

CRAFTED = [
    "Cả hai mới làm việc tại chợ 3 tháng. Công an triệu tập cả hai lên. Giữa 2 người có mâu thuẫn.",
    "Xe buýt 2 tầng gồm 46 ghế; động cơ 1.6 lít, 4 xi lanh, hộp số sàn 6 cấp; ô tô 7 chỗ.",
    "Khách sạn 5 sao, mô hình 150 cc, tôm cỡ 30 và 40 con/kg, chiến đấu cơ hai động cơ.",
    "Cháy khách sạn 4 tầng; các tòa nhà chung cư 11 tầng; xây tòa nhà vượt 3 tầng; nhà có 2 tầng.",
    "Sau 90 phút thi đấu, đội tuyển phải đá luân lưu; sau 120 phút; thắng sau khoảng 90 phút.",
    "Giá 479 USD cho phiên bản 64 GB; tăng ở cả hai chiều; thương mại hai chiều; sim 11 số.",
    "Ngày 11 và 12 tháng Giêng. Tối 7/2 (tức ngày 11/1 AL). Ngày 7/2 (tức 11 tháng Giêng).",
    "Sáng 29 Tết; mùng 10 Tết; (từ 30 tới mùng 3 Tết); về 3 Tết: Mậu Tuất; trong 7 ngày Tết.",
    "Rằm tháng 7; mùng 1, ngày rằm; từ ngày 15 đến 30 tháng 3 âm lịch; ngày 6 - 9.4 ÂL.",
    "Hôm nay, ngày 2.6.2017 dương lịch tức ngày mồng 8 tháng 5; trưa 4-7 Âm lịch.",
    "Trong khoảng 2 năm trở lại đây; danh sách 10 ứng dụng được tải về nhiều nhất.",
    "Dành 1 phần quỹ đất; sở hữu ba vòng chuẩn; cùng 1 lúc; ở nhà 1 mình; chạm 2 tay vào cúp.",
    "Nữ công nhân bị hai vợ chồng đánh ngất xỉu; 2 ông bà ở nhà.",
    "Hai cha con bán kẹo kéo; 2 mẹ con đi xe máy; hai bà cháu đi chợ; ba mẹ con về quê.",
    "Có 19 lỗi. Xem thêm: 3 mẹo tiết kiệm dữ liệu. >> Top 10 xe wagon đắt nhất.",
    "Có 19 lỗi. Tin liên quan 5 điểm nhấn của trận đấu",
    "Có 25 triệu USD. [1] https://www.nytimes.com/2016/11/19/us/trump.html và www.rfa.org/2017/3",
    "Cô thứ 2 gầy hơn cô thứ nhất; con trai thứ ba của bà; đứa thứ 3 đứng hạng thứ 2.",
    "Italy và Hà Lan nhận 95 phiếu, sau đó hai nước đã thỏa thuận; 2 người bị thương.",
    "Đất có giá trị dưới 30 tỷ đồng đối với thành phố; bị phạt hơn 5 triệu đồng đối với xe.",
    "Dự án sử dụng từ 500 lao động trở lên; Nam từ 20 tuổi trở lên; tăng giá từ 50% trở lên.",
    "Trẻ em dưới 12 tuổi được miễn phí; người trên 40 tuổi; trẻ 4-5 tuổi; (21 tuổi trở lên).",
    "Nếu tài sản có giá trị trên 2 triệu đồng, y bị truy tố; từ 10 triệu đồng đến dưới 2 tỷ.",
    "Dự báo trong 24 giờ tới, áp thấp nhiệt đới di chuyển 15 km mỗi giờ.",
    "Tỷ giá 6,8849 nhân dân tệ đổi 1 USD; 1 bảng đổi 1,2894 USD; giá dầu tăng 1 USD.",
    "Dùng hai tay bóp cổ; cả 4 chi chạm đất; 1 tay chống; hai tay vợt; hai chân sút; 2 chi nhánh.",
    "Doanh thu quý I giảm 58%; trước quý II, quý III và quý IV; quý I/2017; quý I và II năm 2017.",
    "Bộ ba trung vệ của HAGL; bộ 3 Messi - Suarez; toàn bộ 20 thí sinh; Bắc bộ 5 gian 2 chái.",
    "Xe ô tô 4 chỗ, 7 chỗ; xe hai bánh hay bốn bánh; dẫn động 1 cầu lẫn 2 cầu; hatchback 5 cửa.",
    "Động cơ phun xăng điện tử 4 thì, 2 van; động cơ 4 thì, xy lanh 97cc; máy bay 92 chỗ ngồi.",
    "Nhà ở xã hội 100 triệu đồng; nhà ở 100 triệu; căn nhà 600 triệu; nên xây nhà giá 3 tỷ đồng.",
    "Quay ngoắt 180 độ; camera 360 độ; xe quay đầu 180 độ; lãnh hải 12 hải lý; hai lần đò.",
]


def states_no_claim_at(text: str, number: str) -> bool:
    """``states_no_claim`` for the mention that covers the first ``number`` in ``text``."""
    start = text.index(number)
    mention = next(m for m in find_mentions(text) if m.start <= start < m.end)
    return nc.states_no_claim(text, mention)


def reference(text: str, mention: Mention) -> bool:
    """Every class tried on every mention, with no gate."""
    window = text[max(0, mention.start - related_links._LINK_LOOK_BACK) : mention.start]
    if related_links._RELATED_LINK.search(window):
        return True
    token_start = max(text.rfind(" ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    token = text[token_start : mention.start]  # a web address: its numbers name a page
    if "://" in token or token.startswith("www."):
        return True
    if mention.kind not in nc._NO_THRESHOLD_KINDS:
        if states_a_condition(text, mention):
            return True
        one_sided = mention.qualifier in thresholds._ONE_SIDED
        if one_sided and thresholds._per_class(text, mention):
            return True
        if thresholds._from_at_least(text, mention) and not thresholds._after_a_change(
            text, mention
        ):
            return True
    if mention.kind == "ordinal":
        return nc._names_a_person(text, mention)
    if mention.kind in ("count", "measure", "other"):
        if mention.kind == "count" and _lunar_day(text, mention):
            return True
        if describes_class(text, mention):
            return True
        if turns_no_angle(text, mention) or names_a_sea_zone(text, mention):
            return True
        if prices_a_class(text, mention):
            return True
        if mention.kind != "count" or mention.qualifier != "exact":
            return False
        return (
            nc._is_pronoun(text, mention)
            or refers_back(text, mention)
            or is_idiom(text, mention)
            or names_a_group_by_its_size(text, mention)
            or nc._names_a_list(text, mention)
        )
    if mention.kind == "money":
        return quotes_a_rate(text, mention) or prices_a_class(text, mention)
    if mention.kind in ("date", "duration"):
        if _lunar_day(text, mention) or names_a_bare_quarter(text, mention):
            return True
        if mention.kind != "duration":
            return False
        # a recent span ('2 năm trở lại đây') is judged with its sentence (recent_spans)
        return frames_a_forecast(text, mention) or tells_a_match_length(text, mention)
    return False


def _disagreements(text: str) -> list[str]:
    return [
        m.text for m in find_mentions(text) if nc.states_no_claim(text, m) != reference(text, m)
    ]


@pytest.mark.parametrize("text", CRAFTED)
def test_gates_agree_on_every_class(text: str) -> None:
    assert _disagreements(text) == []
    assert any(nc.states_no_claim(text, m) for m in find_mentions(text))  # the row bites


def test_gates_agree_on_corpus_articles() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS} (it lives in ../shared/corpus)")
    for row in islice(iter_open_vnnews(), 400):
        assert _disagreements(row["text"]) == [], row["id"]


@pytest.mark.parametrize(
    ("text", "number", "described"),
    [
        # a kind of building (session 17: one building's storeys are a claim)
        ("Thành phố cấm xây các tòa nhà 20 tầng trong phố cổ.", "20", True),
        ("Mẫu nhà 4 tầng được nhiều gia đình chọn.", "4", True),
        ("Đám cháy bùng phát tại khách sạn 4 tầng khiến 4 người bị kẹt.", "4 tầng", False),
        ("Một tòa nhà chung cư 11 tầng ở Wuppertal đã được sơ tán.", "11", False),
        ("Tòa nhà cao 30 tầng.", "30", False),  # 'cao' states the height
        ("Công ty xây tòa nhà vượt 3 tầng.", "3", False),  # a hedged limit
        ("Ngôi nhà có 3 tầng.", "3", False),  # 'có' makes it the object
    ],
)
def test_storeys_describe_a_kind_of_building_not_one(
    text: str, number: str, described: bool
) -> None:
    assert states_no_claim_at(text, number) is described


@pytest.mark.parametrize(
    ("text", "number", "rule"),
    [
        ("Sau 90 phút thi đấu quyết liệt, đội tuyển U20 hòa 0-0.", "90 phút", True),
        ("Hai đội đá luân lưu sau 120 phút, thủ môn cản 2 quả.", "120 phút", True),
        ("Cầu thủ này chơi 75 phút trong trận hòa 0-0.", "75 phút", False),
        ("Sau khoảng 90 phút, cầu thủ Nadal rời sân.", "khoảng 90 phút", False),  # a hedge
        ("Tay vợt Federer thắng sau 90 phút, ghi bàn thắng đẹp.", "90 phút", False),  # tennis
        ("Môn Toán thi 90 phút, 50 câu hỏi.", "90 phút", False),  # no football
    ],
)
def test_a_football_match_lasts_90_minutes(text: str, number: str, rule: bool) -> None:
    assert states_no_claim_at(text, number) is rule


@pytest.mark.parametrize(
    ("text", "number", "drawn"),
    [
        ("Khu đất có giá trị dưới 30 tỷ đồng đối với các thành phố.", "dưới 30", True),
        ("Giảm 30% tiền thuê đất cho dự án sử dụng từ 500 lao động trở lên.", "500", True),
        ("Có 2.776 người đi khám từ 50 lần trở lên trong 4 tháng.", "từ 50", True),
        ("Điều kiện kết hôn: nam từ 20 tuổi trở lên, nữ từ 18 tuổi trở lên.", "từ 18", True),
        ("Có 2.776 người đi khám từ 50 lần trở lên trong 4 tháng.", "2.776", False),
        # a figure stated after a word of change or comparison
        ("Nhiều khu du lịch tăng giá vé từ 50% trở lên.", "từ 50%", False),
        ("Lương tối thiểu được điều chỉnh lên mức từ 4,1 triệu đồng trở lên.", "từ 4,1", False),
        ("Mức điểm này dao động từ 20 trở lên.", "từ 20", False),
        # a sum imposed, a range per class, a ceiling
        ("Tỉnh xử phạt hơn 550 triệu đồng đối với chi nhánh công ty.", "hơn 550", False),
        ("Chi phí chiếm từ 25% đến 35% đối với xe chạy xăng.", "từ 25%", False),
        ("Phạt tối đa 5 triệu đồng đối với cá nhân.", "tối đa 5", False),
        # an age band without 'từ' draws a group too (session 5: context.conditions)
        ("Luật cho sinh viên 21 tuổi trở lên mang súng.", "21 tuổi", True),
    ],
)
def test_thresholds_that_draw_a_class(text: str, number: str, drawn: bool) -> None:
    assert states_no_claim_at(text, number) is drawn


@pytest.mark.parametrize(
    ("text", "number", "limbs"),
    [
        ("Tuấn dùng hai tay bóp cổ chị.", "hai", True),
        ("Do không nhìn thấy, cả 4 chi đã chạm đất.", "4", True),
        ("Poirier quỳ xuống sàn, 1 tay chống.", "1", True),
        ("Bà làm lại từ hai bàn tay trắng.", "hai", True),
        ("Hai tay vợt nằm cùng nhánh đấu.", "Hai", False),  # players
        ("Hai tay đấm liên tục ăn miếng trả miếng.", "Hai", False),  # boxers
        ("Anh là một trong hai chân sút hay nhất.", "hai", False),  # strikers
        ("Cơ quan điều tra xác định hai chi nhánh MB24 sai phạm.", "hai", False),
    ],
)
def test_the_limbs_a_body_has(text: str, number: str, limbs: bool) -> None:
    assert states_no_claim_at(text, number) is limbs


@pytest.mark.parametrize(
    ("text", "number", "described"),
    [
        ("Xe Mercedes húc vào đuôi xe tải 3,5 tấn chở tôn.", "3,5", True),
        ("Đường chỉ cho xe tải dưới 3,5 tấn lưu thông.", "dưới 3,5", True),
        ("Đến khâu cân xe, do xác xe vượt gần 1 tấn nên", "1 tấn", False),  # its weight
        ("tổng trọng lượng xe dao động từ 3,5-4,5 tấn.", "3,5", False),  # a specification
        ("Xe chở 5 tấn hàng.", "5", False),  # a load
    ],
)
def test_a_trucks_tonnage_describes_it(text: str, number: str, described: bool) -> None:
    assert states_no_claim_at(text, number) is described
