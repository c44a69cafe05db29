"""Real numbers that assert no checkable quantity: dropped before claims are built.

Each class is told from the words right around the number:

- **Pronouns.** "Cả hai mới làm …" (both of them) and "giữa hai nước" (between
  the two countries) refer back to parties already named; the writer states
  no count.  "cả hai" is a pronoun only when a predicate follows it at once
  ("cả hai đều", "cả hai đã") or a side ("cả hai chiều", "cả 2 phía"): "cả hai
  tác phẩm đều …" may count the works (the gold labels of such noun phrases
  disagree, so they stay claims).
- **Class descriptions.** A number that says which kind of thing is meant, not
  how many there are: "xe buýt 2 tầng" (a double-decker), "xe tải 3,5 tấn" (a
  light truck), "các tòa nhà 20 tầng" (a kind of building), "động cơ 4 xi lanh",
  "hộp số 6 cấp", "xe 7 chỗ", "khách sạn 5 sao", "mô hình 150 cc", "chiến đấu cơ
  hai động cơ", "phiên bản 64 GB", "thương mại hai chiều", "sim 11 số", and the
  size grade of shrimp or fish "cỡ 30 con/kg" (30 to a kilogram): see
  ``class_descriptions``.
- **A football match's length.** "Sau 90 phút thi đấu", "sau 120 phút" in a football
  report: how long every match lasts, a rule of the game: see ``match_length``.
- **Lunar dates.** "ngày 11 và 12 tháng Giêng", "(tức ngày 11/1 AL)", "mùng 10 Tết":
  a date of the lunar calendar, usually restating a solar date already given; the date
  rules check solar dates only: see ``lunar``.
- **Quarters without a year.** "doanh thu quý I giảm 58%": the period of the figures
  around it, kept as their scope: see ``quarters``.
- **Scope periods and list names.** "Dự báo trong 24 giờ tới" (see ``forecasts``)
  says when something else holds (a recent span, "trong khoảng 2 năm trở lại đây", is
  one only when it delimits another figure: see ``recent_spans``); "danh sách 10 ứng
  dụng được tải về nhiều nhất" names a top-ten list, and so does a title that opens on
  a count and ends on a superlative ("7 hành tinh vĩ đại nhất vũ trụ") or whose article
  numbers its items up to that count ("6 cách giúp thải độc …", then "1." to "6.").
  Neither is a figure of its own.
- **Idioms.** "dành 1 phần quỹ đất" (a part of), "sở hữu ba vòng chuẩn" (the three
  body measurements), "cùng 1 lúc" (at once), "ở nhà 1 mình" (alone), "chạm 2 tay
  vào" (all but won), "hai vợ chồng" (the couple: two by definition), "dùng hai tay",
  "cả 4 chi" (the limbs a body has): see ``idioms``.
- **Parties named just before.** "Italy và Hà Lan … sau đó hai nước đã thỏa
  thuận": see ``anaphora``.
- **Links.** "Xem thêm: 3 mẹo …", ">> Top 10 xe …": the title of another article, and a
  web address ("https://www.nytimes.com/2016/11/19/…"):
  see ``related_links``.
- **Thresholds that draw a class.** "dự án sử dụng từ 500 lao động trở lên",
  "có giá trị dưới 30 tỷ đồng đối với các thành phố": see ``thresholds``; age bands
  and conditions, "Trẻ em dưới 12 tuổi được miễn phí", "Nếu tài sản … có giá trị trên 2
  triệu đồng": see ``conditions``.
- **The unit of an exchange rate.** "6,8849 nhân dân tệ đổi 1 USD": see ``rates``.
- **Birth order and kinship names.** "cô thứ 2 gầy hơn cô thứ nhất", "con trai thứ
  ba của bà", "người vợ thứ 3": an ordinal right after a word for a person names
  which one is meant ("the second girl"); it ranks nothing a figure could check.
  So does "kẻ thứ ba", "người thứ 3 xen vào" (the lover who comes between a couple), and
  "số 1" after "lựa chọn", "ưu tiên", "mục tiêu", "kẻ thù" names a first choice, no rank.
- **Class prices.** "nhà ở xã hội 100 triệu đồng", "smartphone tầm giá 5 triệu": a price
  naming a class of homes or goods: see ``home_prices``.
- **Turns and sea zones.** "quay ngoắt 180 độ" (an about-face), "camera 360 độ" (all
  around): see ``angles``; "lãnh hải 12 hải lý", a zone the law of the sea defines: see
  ``sea_zones``.
- **Not a penny.** "không có lấy một đồng", "không nhận một đồng tiền nào": nothing at all.

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.extract.context.anaphora import refers_back
from claims.extract.context.angles import turns_no_angle
from claims.extract.context.class_descriptions import (
    CLASS_WORDS,
    describes_class,
    measure_names_a_kind,
)
from claims.extract.context.conditions import states_a_condition
from claims.extract.context.forecasts import frames_a_forecast
from claims.extract.context.home_prices import prices_a_class
from claims.extract.context.idioms import IDIOM_WORDS, is_idiom, names_a_group_by_its_size
from claims.extract.context.lunar import names_a_lunar_day
from claims.extract.context.match_length import tells_a_match_length
from claims.extract.context.quarters import names_a_bare_quarter
from claims.extract.context.rates import quotes_a_rate
from claims.extract.context.related_links import in_a_link, in_a_url
from claims.extract.context.sea_zones import names_a_sea_zone
from claims.extract.context.thresholds import bounds_a_rank_class, draws_a_class
from claims.model import Mention

_LOOK_BACK = 40
_NO_THRESHOLD_KINDS = frozenset({"date", "year", "time", "ordinal", "identifier"})

_PREDICATE_WORDS = (
    "đều|đã|đang|sẽ|vẫn|cũng|mới|vừa|rất|thường|không|chưa|chẳng|cùng|bị|được|là|có|"
    "vì|nên|thì|mà|đi|lên|xuống|về|ra|vào|cho|với|và|hay|hoặc|lại|từng|luôn|chỉ|còn|"
    "liền|ngay|tiếp tục|bèn|khi|đến|tới|sau|trước|nay|ấy|đó|này|khá|hãy|để|nhưng|phải|cứ|tự"
)
_BOTH_VERBS = (
    "tử vong|chết|thiệt mạng|bỏng|nhập viện|ngã ra|ngã xuống|may mắn|thoát|trở thành|kết thúc"
    "|tốt nghiệp|nhanh chóng|gần đây|vướng|dính|thấy|cảm thấy|bối rối|mệt mỏi|coi|quan hệ|ở"
    "|một|chính là"
)
_BOTH_BEFORE = re.compile(r"(?<!\w)[Cc]ả\s+$")
_PREDICATE_AFTER = re.compile(
    rf"\s*(?:[^\w\s]|$|(?:{_PREDICATE_WORDS}|{_BOTH_VERBS})(?!\w))", re.IGNORECASE
)
"""A closed class of adverbs, auxiliaries and prepositions, or punctuation, right after
'cả hai': 'cả hai đều', 'cả hai.', 'cả hai khá thân thiết', 'sử dụng cả hai để …', 'khiến cả
hai phải …'; and the verbs that most often follow 'cả hai' told of people just named
('khiến cả hai tử vong', 'cả 2 nhập viện', 'cả hai kết thúc 8 năm yêu nhau', 'làm cả hai
bối rối', 'cho cả hai một cái kết'), none of which names what a count counts (tests/gold
labels every bare 'cả hai', 'cả ba' non-claims).  Other verbs stay uncaught ('cả hai
bước vào …': 'bước' may be the noun, 'cả hai bước kiểm tra')."""
_SIDES_AFTER = re.compile(r"\s*(?:chiều|phía|bên|phe)(?!\w)", re.IGNORECASE)
"""'tăng 5 đồng ở cả hai chiều': both directions (buying and selling), both sides."""
_BETWEEN_BEFORE = re.compile(r"(?<!\w)giữa\s+$", re.IGNORECASE)
"""'giữa hai nước', 'giữa 2 người': the two parties of a relation, named before."""

_LIST_BEFORE = re.compile(
    r"(?<!\w)(?:danh\s+sách|bảng\s+xếp\s+hạng|bảng\s+thống\s+kê|top)(?:\s+(?:các|những))?\s+$",
    re.IGNORECASE,
)
_SUPERLATIVE_AFTER = re.compile(r"[^.,;:!?\n]{0,60}?(?<!\w)nhất(?!\w)")
"""'danh sách 10 ứng dụng được tải về nhiều nhất': a superlative closes a list's name
('trong danh sách 26 đơn vị này' counts the units)."""

_TITLE_LEAD = 30
_TITLE_MOST = 120
_LIST_MOST = 1000
_LISTICLE_AFTER = re.compile(
    r"[^\d.,;:!?\n\"“”]{0,70}?(?<![^\W_])(?<!giải )(?<!Giải )nhất(?![ \t]+trí)(?![^\W_])"
    r"(?:[ \t]+[^\s:?!.,]+){0,6}?[ \t]*(?:[:?!]|$)"
)
"""'7 hành tinh vĩ đại nhất vũ trụ', 'Ám ảnh 5 khách sạn ma ám đáng sợ nhất nước Mỹ', '10
mẫu ô tô 'ế' nhất Việt Nam tháng 5/2017': a title that opens on a count and ends on a
superlative names a ranked list (the README's '10 ứng dụng được tải về nhiều nhất'), the
article is its items.  Not when punctuation or another number comes between ('17 người
nhập viện ...: Tin mới nhất', '3 ngân hàng Việt lọt Top 2.000 công ty lớn nhất'), nor
'nhất trí' (agree), 'giải nhất' (first prize)."""
_FAVOURITE_BEFORE = re.compile(
    r"(?<![^\W_])(?:kẻ[ \t]+thù|ưu[ \t]+tiên|mục[ \t]+tiêu|lựa[ \t]+chọn|nghi[ \t]+(?:can|phạm)"
    r"|khủng[ \t]+bố|thế[ \t]+mạnh|yêu[ \t]+cầu|đệ[ \t]+tử|(?:siêu|ngôi)[ \t]+sao|thế[ \t]+lực"
    r"(?:[ \t]+ngầm)?|cường[ \t]+quốc)[ \t]+$",
    re.IGNORECASE,
)
"""'lựa chọn số 1 của HLV Wenger', 'ưu tiên số một', 'kẻ thù số 1 của gan', 'mục tiêu số
một': the first choice, the priority or the worst enemy in someone's eyes, an opinion and no
rank a table holds (tests/gold/README.md, dev18: opinion ranks are nc; dev11 labels 'lựa chọn
số 1' nc), and the prime suspect ('nghi can số một', nc in dev20); so are 'quốc gia khủng
bố số một' (one leader's charge), 'thế mạnh số một', 'yêu cầu số một', 'đệ tử số một',
'ngôi sao số một của đội bóng', 'thế lực ngầm số một', 'cường quốc số 1 thế giới' (a
general 'số một thế giới', nc in dev17), and 'là số một' or 'nhận số một' closing a clause
(``_BEST_ALONE``: 'tưởng rằng mình là số một.'); 'tay vợt số 1 thế
giới', 'vị trí số 1', 'hạt giống số 1' stay ranks, and so does 'ứng cử viên số 1' (the
favourite), which dev5 labels a claim."""
_BEST_ALONE_BEFORE = re.compile(r"(?<![^\W_])(?:là|nhận)[ \t]+$", re.IGNORECASE)
_BEST_ALONE_AFTER = re.compile(r"[ \t]*(?:[.,;:!?\"”'’)\n]|$)")
"""'không ít người tưởng rằng mình là số một.', 'ai dám nhận số một..', 'vẫn là số một, quan
trọng nhất': the best in someone's eyes, with no table named after it."""
_NOT_A_PENNY_BEFORE = re.compile(
    r"(?<![^\W_])(?:không|chẳng|chả|chưa)(?:[ \t]+[^\W\d_]+){0,2}[ \t]+$", re.IGNORECASE
)
_ANY_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+nào(?![^\W_])")
"""'không có lấy một đồng', 'không nhận một đồng tiền nào', 'không thu một đồng phí nào',
'chả đáng 1 xu': not a penny, an idiom for nothing at all, no sum of one đồng."""
_ITEM_MARK = r"{0}(?:(?<=\n{0})|(?<=[.!?:”\"] {0}))[.)][ \t]?(?=[^\W\d_]|[“\"'‘])"
"""An item's number opening a line or following a sentence's end ('. 3. Tuổi Tý', '\n2) ').
The number comes first and the look-behinds after it, so the search skips to the number's
digits instead of trying both look-behinds at every character of the article."""
_FEWEST_ITEMS = 2
_MOST_ITEMS = 100
_PERSON_BEFORE = re.compile(
    r"(?<![^\W_])(?:cô|anh|chị|em|con|cháu|đứa|cậu|chàng|nàng|vợ|chồng|gái|trai|bé)[ \t]+$",
    re.IGNORECASE,
)
"""'cô thứ 2', 'con gái thứ hai', 'đứa thứ 3': a person named by birth order or by
the order the text met them ('người thứ 2 bị bắt' ranks, so 'người' alone is no name)."""
_PERSON_LOOK_BACK = 8
_THIRD_PARTY_BEFORE = re.compile(r"(?<![^\W_])(?:kẻ|người)[ \t]+$", re.IGNORECASE)
_THIRD_PARTY_AFTER = re.compile(
    r"[ \t]*(?:[.!?\"”'’)\]]|$|(?:xen|chen|phá|ngay[ \t]+tình|hay[ \t]+không|à|đang|luôn|khiến"
    r"|trong[ \t]+(?:một[ \t]+)?(?:cuộc|mối|chuyện|tình|hôn))(?![^\W_]))"
)
"""'kẻ thứ ba', 'làm người thứ 3 xen vào', 'tin đồn "người thứ 3"', 'người thứ ba ngay
tình': the lover who comes between a couple, or a law's third party, no rank.  'kẻ' always
('Danh tính của kẻ thứ ba': a person named by the order the text met them); 'người' only
before the idiom's words or a closing mark ('là người thứ 3 trong lịch sử vô địch' ranks)."""

_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+|[^\s\w])")
_PRONOUN_LAST = ("giữa", "Giữa", "cả", "Cả")
_GROUP_WORDS = ("bộ ", "Bộ ")
_LIST_HINT = re.compile(
    r"á(?<=[Ssſ]á)(?i:ch)|Á(?<=[Ssſ]Á)(?i:ch)|ả(?<=[Bb]ả)(?i:ng)|Ả(?<=[Bb]Ả)(?i:ng)"
    r"|p(?<=[Tt][Oo]p)|P(?<=[Tt][Oo]P)"
)
"""'sách', 'bảng' or 'top' in any case the engine folds to ('ſ' is an 's'), searched in
the window cut out of the text and asked only whether it occurs: opened on a rarer
letter than the first, which is looked for behind (as ``lunar._HINT``)."""


def states_no_claim(text: str, mention: Mention) -> bool:
    """True for a pronoun, a class description, a lunar date, a scope period, a
    list name, an idiom, a person named by an ordinal or a link to another
    article (see the module doc).

    Called for every mention: each class is tried only when a cheap test of the
    word right after the number, or of a few letters before it, lets it in."""
    kind = mention.kind
    if in_a_link(text, mention) or in_a_url(text, mention):
        return True
    if kind not in _NO_THRESHOLD_KINDS and (
        draws_a_class(text, mention) or states_a_condition(text, mention)
    ):
        return True
    if kind == "ordinal":
        return (
            _names_a_person(text, mention)
            or _names_a_favourite(text, mention)
            or bounds_a_rank_class(text, mention)
        )
    if kind in ("count", "measure", "other"):
        if kind == "count" and names_a_lunar_day(text, mention):
            return True  # "Sáng 29 Tết", "tháng 7, 8 âm lịch"
        found = _NEXT_WORD.match(text, mention.end)
        after = found.group(1).lower() if found else ""
        unit = (mention.unit or "").split()[0].lower() if mention.unit else ""
        classifier = (
            after in CLASS_WORDS
            or unit in CLASS_WORDS
            or "con/kg" in text[mention.start : mention.end + 20]  # "cỡ 30 và 40 con/kg"
        )
        if (classifier and describes_class(text, mention)) or measure_names_a_kind(text, mention):
            return True
        if turns_no_angle(text, mention) or names_a_sea_zone(text, mention):
            return True  # "quay ngoắt 180 độ", "camera 360 độ"; "lãnh hải 12 hải lý"
        if prices_a_class(text, mention):
            return True  # "nhà ở 100 triệu": a count with a scale word, no currency
        if kind != "count" or mention.qualifier != "exact":
            return False
        if text.endswith(_PRONOUN_LAST, 0, mention.start - 1) and _is_pronoun(text, mention):
            return True
        if mention.value == 2 and refers_back(text, mention):
            return True
        # the second number of 'có 1 không 2' comes after 'không', and the three of 'tình tay
        # ba' after 'tay', whatever follows them
        idiom_hint = after in IDIOM_WORDS or text.endswith(("không ", "tay "), 0, mention.start)
        if idiom_hint and is_idiom(text, mention):
            return True
        if text.endswith(_GROUP_WORDS, 0, mention.start) and names_a_group_by_its_size(
            text, mention
        ):
            return True  # 'bộ ba trung vệ', 'bộ 3 MSN': a trio named by its size
        if mention.start <= _TITLE_LEAD and _titles_a_list(text, mention):
            return True
        list_hint = _LIST_HINT.search(_before(text, mention))
        return list_hint is not None and _names_a_list(text, mention)
    if kind == "money":
        if prices_a_class(text, mention):
            return True  # "mô hình nhà ở xã hội 100 triệu đồng": a class of housing
        return mention.value == 1 and (quotes_a_rate(text, mention) or _no_penny(text, mention))
    if kind in ("date", "duration"):
        if names_a_lunar_day(text, mention) or names_a_bare_quarter(text, mention):
            return True
        if kind != "duration":
            return False
        if frames_a_forecast(text, mention) or tells_a_match_length(text, mention):
            return True
        return _numbers_an_occasion(text, mention)
    return False


_OCCASION_BEFORE = re.compile(r"(?<![^\W_])(?:lần|ca|đêm|đợt|kỳ|phiên)[ \t]+$", re.IGNORECASE)
_DAY_OF_MONTH_AFTER = re.compile(r"[ \t]+\d{1,2}(?:[ \t]+tháng(?![^\W_])|[ \t]*[/.-][ \t]*\d)")


def _numbers_an_occasion(text: str, mention: Mention) -> bool:
    """'cấp sửa đổi bổ sung lần 01 ngày 16 tháng 9 năm 2016', 'phiên tòa sơ thẩm lần 1 ngày
    21/9/2016', 'so với ca 1 ngày 5/2', 'đêm 11 ngày 12/6': the number after 'lần', 'ca',
    'đêm', 'đợt', 'kỳ' or 'phiên' numbers the occasion and 'ngày' opens its date, no span of
    days ('trong hai ngày 7-8/7' is one)."""
    if mention.unit != "ngày" or not mention.text.endswith("ngày"):
        return False
    if _OCCASION_BEFORE.search(text, max(0, mention.start - 8), mention.start) is None:
        return False
    return _DAY_OF_MONTH_AFTER.match(text, mention.end) is not None


def _no_penny(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if _NOT_A_PENNY_BEFORE.search(before) is None:
        return False
    return before.endswith(("lấy ", "đáng ")) or _ANY_AFTER.match(text, mention.end) is not None


def _names_a_favourite(text: str, mention: Mention) -> bool:
    if mention.value != 1 or mention.text[:2].lower() != "số":
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if _FAVOURITE_BEFORE.search(before) is not None:
        return True
    return bool(_BEST_ALONE_BEFORE.search(before) and _BEST_ALONE_AFTER.match(text, mention.end))


def _titles_a_list(text: str, mention: Mention) -> bool:
    """A count near the start of the article's first line (its title) that the title's
    superlative closes (``_LISTICLE_AFTER``)."""
    value = mention.value
    if not isinstance(value, int | float) or value >= _LIST_MOST or " " in mention.text:
        return False  # "Xây nhà với 350 triệu … sang đẹp nhất xóm": a sum, no list
    title_end = text.find("\n")
    if title_end == -1 or title_end > _TITLE_MOST or mention.end >= title_end:
        return False
    superlative = "nhất" in text[mention.end : title_end]
    if superlative and _LISTICLE_AFTER.match(text[:title_end], mention.end) is not None:
        return True
    return isinstance(value, int) and _numbers_its_items(text, title_end, value)


def _numbers_its_items(text: str, title_end: int, count: int) -> bool:
    """The body numbers its items from 1 to the title's count and no further ('6 cách giúp
    thải độc …' then '1. Uống nước …' … '6. Hạn chế trang điểm'): the title's count is the
    list's size, no claim, with or without a superlative."""
    if not _FEWEST_ITEMS <= count <= _MOST_ITEMS:
        return False
    marks = [re.compile(_ITEM_MARK.format(number)) for number in (1, count, count + 1)]
    first, last, past = (mark.search(text, title_end) for mark in marks)
    return first is not None and last is not None and past is None


def _names_a_person(text: str, mention: Mention) -> bool:
    if mention.text[:3].lower() != "thứ":
        return False
    before = text[max(0, mention.start - _PERSON_LOOK_BACK) : mention.start]
    if _PERSON_BEFORE.search(before) is not None:
        return True
    third_party = mention.value == 3 and _THIRD_PARTY_BEFORE.search(before)
    if not third_party:
        return False
    if third_party.group(0).strip().lower() == "kẻ":
        return True
    return _THIRD_PARTY_AFTER.match(text, mention.end) is not None


def _before(text: str, mention: Mention) -> str:
    return text[max(0, mention.start - _LOOK_BACK) : mention.start]


def _is_pronoun(text: str, mention: Mention) -> bool:
    if mention.kind != "count" or mention.qualifier != "exact" or " " in mention.text:
        return False  # "cả hai lần đều …" names its noun: it may count (labels disagree)
    before = _before(text, mention)
    if mention.value == 2 and _BETWEEN_BEFORE.search(before):
        return True  # the dual only: "va chạm giữa 3 xe ô tô" introduces three cars
    if not _BOTH_BEFORE.search(before):
        return False
    return bool(_PREDICATE_AFTER.match(text, mention.end) or _SIDES_AFTER.match(text, mention.end))


def _names_a_list(text: str, mention: Mention) -> bool:
    if mention.kind != "count" or mention.qualifier != "exact":
        return False  # "danh sách hơn 300 bài hát": a hedged size is the list's count
    if not _LIST_BEFORE.search(_before(text, mention)):
        return False
    return _SUPERLATIVE_AFTER.match(text, mention.end) is not None
