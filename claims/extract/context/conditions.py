"""Age bands and conditions: bounds that say whom or what a rule, an offer or a study is
about, not how much there is of anything.  No claim of their own.

tests/gold/README.md (session 5) counts them as class descriptions:

- **An age band.** "Trẻ em dưới 12 tuổi được miễn phí", "khán giả dưới 13 tuổi", "người
  trên 40 tuổi", "phụ nữ trên 50 tuổi", "Trẻ em trong độ tuổi từ 2-8 tuổi", "trẻ 4-5
  tuổi", "đối tượng có độ tuổi 25-35", "(21 tuổi trở lên)", "6 tuổi trở xuống": an age
  below which ('dưới', 'chưa đủ'), from which ('trở lên') or up to which ('trở xuống') a
  group is drawn, and an age above ('trên') or a range after a word for a kind of people
  ('trẻ em', 'người', 'phụ nữ', 'học sinh', 'trường hợp' ...).  The age of particular
  people stays a claim: told with 'hơn', 'ngoài', 'gần', 'khoảng', 'chạc', 'chưa đầy'
  ("người đàn ông ngoài 30 tuổi", "bé gái hơn 2 tuổi", "bé gái chạc 3-4 tuổi", "họ Phạm
  chưa đầy 16 tuổi"), or as a state after 'đã', 'mới', 'còn', 'khi', 'lúc' ("do đã trên
  65 tuổi nên ông Toledo", "khi Messi mới chỉ 17-18 tuổi"), or of people pointed at ("những
  thanh niên này có tuổi từ 16 đến dưới 26").  A band printed "từ A đến B tuổi" that the
  grammar reads as two mentions is one too, at either end ("Trẻ từ 3 tháng tuổi đến 6
  tháng tuổi", "nhận trẻ từ 24 tháng đến 5 tuổi", "Trẻ từ sơ sinh đến 3 tháng tuổi").
- **A condition.** "Nếu tài sản thiệt hại có giá trị trên 2 triệu đồng, …", "nếu mức lãi
  nhỏ hơn 0,5 đồng thì sẽ về 0", "Trường hợp thời gian xe vào trên 24 giờ sẽ thu giá …":
  a bound inside a clause opened by 'nếu', 'hễ' or a sentence's 'Trường hợp', also one
  the grammar reads exact after 'quá' ("Nếu ngủ quá 40 phút, …", nc in tests/gold/dev17;
  "nếu thí sinh nào đến chậm quá 15 phút").
- **A kind of things drawn by a property.** "các đối tượng có kích thước trên 20m", "các
  cổ phiếu châu Á có giá trị trên 500 triệu USD", "những người có chiều cao trên 1,75m",
  "những hộ có thu nhập dưới một tỷ đồng": 'trên' or 'dưới' a bound on a property named
  after 'có', in a relative clause on things introduced by 'các', 'những' or 'mọi'
  (tests/gold/README.md's own example).  Said of the things, with an adverb before 'có'
  ("các máy của Lenovo hầu hết có giá trên 40 triệu đồng", "các gói thầu đều có giá trị
  …"), with no property ("Các tỉnh Tây Nguyên có trên 71.000 ha") or with a total ("các dự
  án hạ tầng có tổng kinh phí trên 200 tỷ USD" sums the projects), it stays a claim.
- **A bracket of a rule.** "tài sản có giá trị từ 10 triệu đồng đến dưới 200 triệu đồng",
  "dự án có tổng mức đầu tư từ 2.300 tỷ đồng đến dưới 5.000 tỷ đồng", "những em từ 14
  đến dưới 16 tuổi": both ends of a bracket closed by 'đến dưới', the legal way to draw
  a class; and the range the grammar reads from the two ends when it reads one.

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.extract.context.tails import TailPattern
from claims.extract.context.words import words
from claims.model import Mention

_LOOK_BACK = 60

_GROUP = (
    r"(?:trẻ(?:[ \t]+(?:em|nhỏ|sơ[ \t]+sinh))?|em[ \t]+nhỏ|các[ \t]+em|những[ \t]+em|bé"
    r"|người(?:[ \t]+(?:già|lớn|cao[ \t]+tuổi|dân|lao[ \t]+động|bệnh))?|phụ[ \t]+nữ"
    r"|nam[ \t]+giới|nữ[ \t]+giới|nam|nữ|học[ \t]+sinh|sinh[ \t]+viên"
    r"|thanh[ \t]+(?:thiếu[ \t]+)?niên|lao[ \t]+động|công[ \t]+dân|khán[ \t]+giả"
    r"|bệnh[ \t]+nhân|đối[ \t]+tượng|trường[ \t]+hợp|bạn[ \t]+trẻ|nhóm[ \t]+trẻ)"
)
_NOT_DESCRIBING = "là|đã|mới|còn|khi|lúc|vừa|thì|và|hoặc"
"""Words that end the description of a kind of people: a copula, a state, a conjunction."""


def _kind_of_people(not_describing: str) -> str:
    """A kind of people, maybe a few words of its description (none of
    ``not_describing``), maybe 'ở/trong/có/thuộc' and 'độ tuổi', and the space after."""
    word = rf"[ \t]+(?!(?:{not_describing})(?![^\W_]))[^\W\d_]+"
    return (
        rf"(?<![^\W_])(?i:{_GROUP})(?:{word}){{0,3}}?"
        r"(?:[ \t]+(?i:ở|trong|có|thuộc))?(?:[ \t]+(?i:độ|lứa)[ \t]+tuổi)?[ \t]+"
    )


_GROUP_BEFORE = re.compile(_kind_of_people(_NOT_DESCRIBING) + "$")
"""'trẻ em ', 'người hưởng trợ cấp tuất ', 'Trẻ em trong độ tuổi ', 'đối tượng có độ tuổi ':
a kind of people, maybe a few words of its description, right before the age."""
# a band's description also stops at a demonstrative: 'những em này từ 14' are particular
_GROUP_FROM = _kind_of_people(_NOT_DESCRIBING + "|này|ấy|đó|kia") + r"(?i:từ)[ \t]+(?:đủ[ \t]+)?"
_BAND_FROM_BEFORE = re.compile(rf"{_GROUP_FROM}$")
_BAND_TO_AFTER = re.compile(r"[ \t]*(?:đến|tới|[-–])[ \t]*[^.;:!?\n,]{0,24}?tuổi(?![^\W_])")
_BAND_TO_BEFORE = re.compile(
    rf"{_GROUP_FROM}[^.;:!?\n,]{{1,24}}?[ \t]+(?:đến|tới)[ \t]+(?:chưa[ \t]+đủ[ \t]+)?$"
)
"""'Trẻ từ 3 tháng tuổi đến 6 tháng tuổi', 'nhận trẻ từ 24 tháng đến 5 tuổi', 'Trẻ từ sơ
sinh đến 3 tháng tuổi', a law's 'Người từ đủ sáu tuổi đến chưa đủ mười lăm tuổi': the ends
of a band of ages that the grammar reads one by one."""
_NOT_YET_BEFORE = re.compile(_kind_of_people(_NOT_DESCRIBING) + r"chưa[ \t]+đủ[ \t]+$")
"""'Người chưa thành niên là người chưa đủ mười tám tuổi', 'của người chưa đủ sáu tuổi': a
kind of people below an age, as 'dưới' draws it ('Bình phạm tội chưa đủ 16 tuổi' is one
person's age)."""
_STATE_BEFORE = TailPattern(
    re.compile(
        r"(?<![^\W_])(?i:đã|mới|còn|khi|lúc|vừa|chỉ|nay|khoảng|chừng|chạc|tầm|độ|cỡ|ước)"
        r"(?:[ \t]+(?i:chỉ|mới|còn|được|chừng|khoảng))?[ \t]+$"
    ),
    words("đã|mới|còn|khi|lúc|vừa|chỉ|nay|khoảng|chừng|chạc|tầm|độ|cỡ|ước|được"),
)
"""'do đã ', 'khi còn ', 'mới chỉ ', 'bé gái chạc ': the age a particular person has (or
had), or is guessed to have."""
_PARTICULAR_BEFORE = TailPattern(
    re.compile(
        r"(?<![^\W_])(?:này|ấy)(?:[ \t]+(?:có|ở|trong))?(?:[ \t]+(?:(?:độ|lứa)[ \t]+)?tuổi)?"
        r"(?:[ \t]+(?:từ|đủ))*[ \t]+$"
    ),
    words("này|ấy|có|ở|trong|tuổi|từ|đủ"),
)
"""'những thanh niên này có tuổi từ ': people pointed at, not a kind."""
_BAND_AFTER = re.compile(r"[ \t]*trở[ \t]+(?:lên|xuống)(?![^\W_])")
_UNDER_WORDS = ("dưới",)
"""'dưới': 'chưa đầy', 'chưa tới' say that a particular person is not yet that old."""

_IF_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?i:nếu|hễ)"
    r"|(?:(?<=[.;:!?\n])[ \t]*|(?<![^\W_])(?:[Tt]rong|[Đđ]ối[ \t]+với)[ \t]+)[Tt]rường[ \t]+hợp"
    r"(?![ \t]+(?:của|này|đó|ấy|trên|như|khác|nào)(?![^\W_])))"
    r"(?![^\W_])[^.;:!?\n,]*$"
)
"""'Nếu tài sản thiệt hại có giá trị ': a clause that states a condition; so does one that
opens a sentence with 'Trường hợp', or opens on 'trong trường hợp', 'đối với trường hợp'
('Trường hợp thời gian xe vào trên 24 giờ sẽ …', 'Trường hợp giá bán điện bình quân cần
điều chỉnh tăng từ 10% trở lên …', tests/gold/dev12), not a case told ('trường hợp của
…', 'những trường hợp 6-8 tuổi')."""
_ADVERB_LIST = (
    "đều cũng đã chỉ thể luôn hiện sẽ vẫn đang từng mới thường không chưa hết còn đó này ấy"
)
_ADVERBS = frozenset(_ADVERB_LIST.split())
"""Words that say the property of the things, not a kind ('hầu hết có', 'đều có')."""
_KIND_WITH_PROPERTY_BEFORE = re.compile(
    r"(?<![^\W_])(?i:các|những|mọi)(?:[ \t]+[^\W\d_]+){0,5}?[ \t]+([^\W\d_]+)[ \t]+có"
    r"(?![ \t]+(?i:tổng)(?![^\W_]))"
    r"(?:[ \t]+(?!(?:thể|đến|tới|khoảng|gần|hơn|trên|dưới)(?![^\W_]))[^\W\d_]+){1,3}"
    r"(?:[ \t]+từ)?[ \t]+$"
)
"""'các đối tượng có kích thước ', 'những căn nhà có diện tích từ ': things of a kind
and the property that draws it, no adverb before 'có' ('hầu hết có', 'đều có')."""
_BOUNDS = frozenset({"under", "over", "at_most", "at_least"})
_HEDGES = ("hơn", "gần", "khoảng", "chừng", "ngoài", "tới", "lên", "vượt")
"""Words that hedge a figure told ('hơn 5.000 người'), no condition's bound."""

_BRACKET_BEFORE = re.compile(
    r"(?<![^\W_])từ[ \t]+(?:đủ[ \t]+)?[\d.,]+\S*(?:[ \t]+[^\W\d_]\S*){0,3}[ \t]+đến[ \t]+$",
    re.IGNORECASE,
)
"""'từ 10 triệu đồng đến ', 'từ 80% đến ', 'từ 100 m3/ngày đến ', right before 'dưới …'."""
_FROM_BEFORE = re.compile(r"(?<![^\W_])(?i:từ)(?:[ \t]+đủ)?[ \t]+$")
_TO_UNDER_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+đến[ \t]+dưới[ \t]+\d")
"""'14' of 'từ 14 đến dưới 16 tuổi', '3 tháng' of 'Từ 3 tháng đến dưới 1 năm'."""
_BRACKET_RANGE = re.compile(r"(?i:từ)[ \t][^;:!?\n]{1,40}?[ \t]đến[ \t]+dưới[ \t]")
"""'từ 10 triệu đồng đến dưới 200 triệu đồng' read as one range: the whole bracket."""


def states_a_condition(text: str, mention: Mention) -> bool:
    """True for an age band, a bound inside a condition or the upper end of a rule's
    bracket (see the module doc).  Called for quantities: the qualifier and the first
    word decide before any pattern runs."""
    qualifier = mention.qualifier
    first = mention.text.split(maxsplit=1)[0].lower() if mention.text.strip() else ""
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if mention.kind == "age" and _an_age_band(text, mention, qualifier, first, before):
        return True
    if (
        mention.kind in ("age", "duration")
        and qualifier == "exact"
        and _a_band_end(text, mention, before)
    ):
        return True
    if qualifier == "range" and _BRACKET_RANGE.match(mention.text):  # read as one range
        return not _PARTICULAR_BEFORE.search(before)
    if qualifier == "exact" and before.endswith("quá ") and not before.endswith("không quá "):
        return _IF_BEFORE.search(before) is not None  # 'Nếu ngủ quá 40 phút': a bound
    if qualifier == "exact" and "đến" in text[mention.end : mention.end + 24]:
        opens = _FROM_BEFORE.search(before) and _TO_UNDER_AFTER.match(text, mention.end)
        return bool(opens) and not _PARTICULAR_BEFORE.search(before)
    if qualifier not in _BOUNDS or first in _HEDGES:
        return False
    if first in ("trên", "dưới"):
        kind = _KIND_WITH_PROPERTY_BEFORE.search(before)
        if kind is not None:
            return kind.group(1).lower() not in _ADVERBS
    bracket = _BRACKET_BEFORE.search(before) if before.endswith("đến ") else None
    if first in _UNDER_WORDS and bracket is not None:
        return not _PARTICULAR_BEFORE.search(before[: bracket.start()])
    return _IF_BEFORE.search(before) is not None


def _an_age_band(text: str, mention: Mention, qualifier: str, first: str, before: str) -> bool:
    if _STATE_BEFORE.search(before) or _PARTICULAR_BEFORE.search(before):
        return False
    if qualifier == "under" and first in _UNDER_WORDS:
        return True
    if before.endswith("đủ ") and _NOT_YET_BEFORE.search(before):
        return True
    if _BAND_AFTER.match(text, mention.end) or mention.text.endswith(("trở lên", "trở xuống")):
        return True
    over = qualifier == "over" and first == "trên"
    a_range = qualifier == "range" and first not in _HEDGES
    return (over or a_range) and _GROUP_BEFORE.search(before) is not None


def _a_band_end(text: str, mention: Mention, before: str) -> bool:
    """Either end of 'trẻ từ 3 tháng tuổi đến 6 tháng tuổi' read as two mentions: the first
    (an age or a span in months) before 'đến … tuổi', the second an age after 'từ … đến'."""
    if _STATE_BEFORE.search(before) or _PARTICULAR_BEFORE.search(before):
        return False
    if before.endswith(("từ ", "Từ ", "đủ ")) and _BAND_FROM_BEFORE.search(before):
        return _BAND_TO_AFTER.match(text, mention.end) is not None
    return (
        mention.kind == "age"
        and before.endswith(("đến ", "tới ", "chưa đủ "))
        and _BAND_TO_BEFORE.search(before) is not None
    )
