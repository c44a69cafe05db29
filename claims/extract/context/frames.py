"""Numbers that frame another statement: a window, a horizon, a kind, a manner of speech.

tests/gold/README.md ("Non-claims of other kinds") counts a scope period ("trong 3 tháng
đầu năm"), a class definition and idioms as non-claims.  These are told from the words
right around the number:

- **The window a superlative is measured over.** "mức thấp nhất trong 16 năm qua",
  "cao nhất trong một tháng", "tâm đắc nhất 2 năm qua", "cao nhất 7 tháng trở lại đây":
  the span says over which time the record holds; the record is the figure (the gold
  labels two such spans non-claims, one annotator of an unseen set a claim: the
  majority is followed).  'ít nhất 2 năm', 'chậm nhất 10 ngày', 'nhiều nhất 3 năm' are
  bounds ("at least", "at the latest", "at most"), and 'lần đầu tiên trong 6 năm'
  states that six years passed (a claim in tests/gold/dev4): both stay claims.
- **The window of a peak or a trough.** "Vàng đạt đỉnh 3 tháng", "giá dầu thô chạm đáy 6
  tuần", "Giảm từ đỉnh cao 1 tháng" (two `nc` in tests/gold/dev15), "xuống mức thấp nhất
  của 6 tuần": a price's high or low is a superlative, and its span the window; read as the
  superlatives above, so 'đỉnh 3 tháng liên tiếp' stays a run.
- **A run of recent matches.** "Real thắng 4 trong 5 trận gần nhất", "ghi 4 bàn ở 3 lần
  chạm trán Everton gần nhất", "trong 5 lần đối đầu giữa 2 đội gần đây", "sau 2 trận đấu
  gần đây", "Thành tích: 5 trận gần nhất, New Zealand thắng 1": the run's size only
  delimits what the other number counts, like "trong 3 tháng đầu năm" (the session-5
  convention of tests/gold/README.md); the count inside it stays a claim.  A run told as
  the news itself stays a claim: a streak ("bất bại 10 trận liên tiếp", "giữ chuỗi 11
  trận toàn thắng gần nhất") or the run as the verb's object ("thua 5 trận gần nhất",
  "không thắng cả 5 trận gần nhất"), so a preposition ('ở', 'trong', 'sau', 'qua') or a
  heading's start must come right before the number.
- **A run of trading sessions.** "trong 5 phiên gần đây", "trong 2 phiên vừa qua", "Sau 4
  phiên, giá vàng từ mức cao nhất 7 tháng trở về …": the sessions over which a price or an
  index moved, a window like a run of matches ('phiên bản', 'phiên tòa', 'phiên họp' are
  no sessions; "sau 6 phiên tăng liên tiếp" is a streak and stays a claim).
- **A horizon of decades.** "trong vòng 50 năm tới, HMS Queen Elizabeth sẽ tượng
  trưng cho ...", "nhập khẩu 3-4 tỉ USD các dòng sản phẩm trong 10 năm tới": the years
  ahead over which a hope or a plan holds.  A shorter span ahead is a deadline
  ("đưa vào hoạt động chính thức trong 2 tháng tới", "sẽ kết hôn trong 2 năm tới":
  claims in tests/gold/more and dev5), so only ten years or more count; a verb of
  lasting makes the span its figure ("có thể tồn tại trong 1.000 năm tới").
- **A school stage.** "điểm trung bình học tập trong bốn năm đại học", "học lực trong 3
  năm THPT": the years the stage lasts by definition name the stage.
- **A weight class or a product size.** "HCV hạng cân 48kg", "hạng cân dưới 46kg",
  "giá vàng SJC 1kg", "nhẫn tròn trơn 1 chỉ", "vàng thỏi 1 kg": which class or product
  is meant ('cá vàng nặng 8kg' weighs one fish, and stays a claim).
- **The first or last months of a year or a season.** "Bốn tháng đầu năm 2017, đã có 4.343
  chiếc …", "gấp 183 lần so với 6 tháng đầu năm 2016", "2 quý đầu năm nay, GDP tăng
  5,73%", "Lịch thi đấu 2 tháng đầu mùa": the name of the period other figures are
  told of, like "trong 3 tháng đầu năm" (every such span of the development sets is a
  non-claim; the scope rules read only some of them, "6 tháng", "sáu tháng").
- **100% as a manner of speech.** "cam kết giống ảnh 100%", "thì toi một trăm phần
  trăm", "điện thoại Oppo mới 100%", "chính hãng 100%", "chắc chắn 100%", "cống hiến
  100% sức lực", "chưa lấy lại được 100% phong độ": certainty, newness or full effort,
  no share of anything ('100% chiến sĩ được cấp chứng chỉ', 'chịu 100% kinh phí' stay).

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.model import Mention

_LOOK_BACK = 40

_SUPERLATIVE_BEFORE = re.compile(
    r"(?<![^\W_])(?!(?:[Íí]t|[Cc]hậm|[Ss]ớm|[Mm]uộn|[Tt]rễ|[Nn]hiều|[Ll]âu|[Tt]ối|[Dd]uy|[Dd]ài"
    r"|[Nn]gắn)[ \t])"
    r"[^\W\d_]+[ \t]+nhất[ \t]+(?:trong[ \t]+(?:vòng[ \t]+)?|của[ \t]+)?$"
)
"""'thấp nhất trong ', 'cao nhất ', 'thấp nhất của ': a superlative right before the span;
not a bound ('ít nhất', 'chậm nhất', 'nhiều nhất', 'lâu nhất', 'dài nhất', 'tối đa') nor
'duy nhất'."""
_PEAK_BEFORE = re.compile(
    r"(?<![^\W_])(?:đỉnh|đáy)(?:[ \t]+(?:cao|thấp))?"
    r"(?:[ \t]+(?:của|trong(?:[ \t]+vòng)?))?[ \t]+$",
    re.IGNORECASE,
)
"""'đạt đỉnh 3 tháng', 'chạm đáy 6 tuần', 'giảm từ đỉnh cao 1 tháng', 'về đáy của 8 tháng',
'chạm đáy trong vòng 13 năm': a peak or a trough is a superlative, and the span the window
it holds over ('kỷ lục' may be the record span itself: 'kỷ lục 718 ngày hoạt động')."""
_SPAN_AFTER_WINDOW = re.compile(
    r"[ \t]*(?:qua|trở[ \t]+lại[ \t]+đây|gần[ \t]+đây|gần[ \t]+nhất|vừa[ \t]+qua)?"
    r"(?![ \t]*(?:đầu|cuối|liên tiếp|liền|tù|giam)(?![^\W_]))"
)
"""What may follow a window ('16 năm qua'); 'trong 5 tháng đầu năm' names a period and
is read by the scope rules, 'liên tiếp' makes a run ('cao nhất 3 năm liên tiếp'), and
a prison term is the highest value itself ('mức án phạt cao nhất 15 năm tù')."""

_RUN_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:[Ởở]|[Tt]rong|[Ss]au|[Qq]ua|[Tt]ại)[ \t]+(?:cả[ \t]+)?"
    r"|(?:^|[:.!?\n])[ \t]*)$"
)
"""'ở ', 'trong ', 'sau ', 'trong cả ': the run is where another number is counted; a
heading ('Thành tích đáng chú ý: 5 trận gần nhất, ...') is one too."""
RUN_NOUN = (
    r"(?:trận(?:[ \t]+đấu)?|lần|ván|mùa(?:[ \t]+giải)?|vòng(?:[ \t]+đấu)?|game|set|cuộc"
    r"|lượt(?:[ \t]+trận)?"
    r"|phiên(?![ \t]+(?:bản|tòa|toà|xử|họp|chợ|điều|thảo|làm|bàn))(?:[ \t]+giao[ \t]+dịch)?)"
)
"""The noun of a run of events: matches, games, seasons, rounds, trading sessions."""
RUN_LATEST = r"(?:gần[ \t]+(?:đây[ \t]+)?nhất|gần[ \t]+đây|mới[ \t]+nhất|vừa[ \t]+qua)"
"""The words that make a run the latest: 'gần nhất', 'gần đây', 'mới nhất', 'vừa qua'."""
NOT_IN_RUN = r"liên|liền|chuỗi|và|hoặc|nhưng|thì|là|ở|tại|trong|mùa|năm|tháng"
"""Words that stop the words between a run's noun and its recency: a streak, another clause
or a season's or a year's own recency ('sau 20 trận ra sân mùa giải vừa qua')."""
_RUN_AFTER = re.compile(
    rf"(?:[ \t]+{RUN_NOUN})?(?![^\W_])"
    rf"(?:[ \t]+(?!(?:{NOT_IN_RUN})(?![^\W_]))"
    r"[^\W_]+){0,5}?"
    rf"[ \t]+{RUN_LATEST}(?![^\W_])"
    rf"|(?:[ \t]+{RUN_NOUN})?[ \t]+qua[ \t]*(?=[,.;:!?)]|$)"
)
"""' trận sân khách gần nhất', ' lần gặp nhau gần nhất', ' trận qua': up to five words
between the run's noun and 'gần nhất'; 'liên tiếp' or 'liền' makes it a streak, and a
season or a preposition between ('8 bàn sau 27 lần ra sân ở mùa giải vừa qua', '13 bàn
sau 20 trận ra sân mùa giải vừa qua') leaves 'vừa qua' to the season: the appearances
are counted."""
_SESSIONS_THEN_AFTER = re.compile(r"[ \t]+phiên(?:[ \t]+giao[ \t]+dịch)?[ \t]*,", re.IGNORECASE)
"""'Sau 4 phiên, giá vàng từ mức cao nhất 7 tháng …', 'chỉ sau 5 phiên giao dịch, ROS đã
giảm …': the trading sessions over which the figure after the comma moved (tests/gold/dev13
labels both such windows nc); a streak ('Sau 6 phiên tăng liên tiếp, …') names its run."""
_STREAK_BEFORE = re.compile(
    r"(?<![^\W_])(?:liên[ \t]+tiếp|liền)(?![^\W_])[^.,;:!?()\n]{0,20}$",
    re.IGNORECASE,
)
"""'đã liên tiếp ghi bàn ở 2 trận gần đây', 'thất bại liên tiếp ở 7 trận gần nhất': a
streak over the run is the news.  'bàn thắng thứ 2 liên tiếp của Pogba trong 2 trận gần
nhất' counts the goals in the run: 'thứ N liên tiếp' before is no streak of the run."""
_ORDINAL_END = re.compile(r"(?<![^\W_])thứ[ \t]+[^\W_]+[ \t]+$", re.IGNORECASE)
_RUN_NOUN_END = re.compile(rf"(?<![^\W_]){RUN_NOUN}$")
_RUN_NOUN_NEXT = re.compile(rf"[ \t]+{RUN_NOUN}(?![^\W_])")

_AHEAD_BEFORE = re.compile(r"(?<![^\W_])(?:[Tt]rong|[Vv]òng)[ \t]+(?:vòng[ \t]+)?$")
_AHEAD_AFTER = re.compile(r"[ \t]*(?:tới|nữa|sắp[ \t]+tới|tiếp[ \t]+theo)(?![^\W_])")
_LASTING_BEFORE = re.compile(
    r"(?<![^\W_])(?:tồn[ \t]+tại|kéo[ \t]+dài|duy[ \t]+trì|sử[ \t]+dụng|hoạt[ \t]+động|"
    r"vận[ \t]+hành|phục[ \t]+vụ|bảo[ \t]+hành)(?![^\W_])[^.,;:!?\n]*$",
    re.IGNORECASE,
)
"""'quả tim có thể tồn tại trong 1.000 năm tới': how long a thing lasts is its figure."""
_HORIZON_UNITS = frozenset({"năm", "thập kỷ", "thập niên"})
_HORIZON_YEARS = 10

_PART_OF_YEAR_AFTER = re.compile(r"[ \t]+(?:đầu|cuối)[ \t]+(?:năm|mùa)(?![^\W_])")
_QUARTERS_AFTER = re.compile(r"[ \t]+quý[ \t]+(?:đầu|cuối)[ \t]+năm(?![^\W_])")
"""'6 tháng| đầu năm 2016', '2| quý đầu năm nay': a part of a year or a season, by name."""
_PART_OF_YEAR_UNITS = frozenset({"tháng", "tuần"})

_SCHOOL_STAGE_AFTER = re.compile(
    r"[ \t]+(?:học[ \t]+)?(?:đại[ \t]+học|cao[ \t]+đẳng|THPT|trung[ \t]+học|phổ[ \t]+thông|"
    r"cấp[ \t]+(?:ba|hai|một|[1-3]))(?![^\W_])"
)
"""'bốn năm đại học', '4 năm học đại học', '3 năm THPT', '4 năm trung học cơ sở'."""

_WEIGHT_CLASS_BEFORE = re.compile(
    r"(?<![^\W_])hạng[ \t]+cân[ \t]+(?:dưới[ \t]+|trên[ \t]+)?$", re.IGNORECASE
)
_PRODUCT_BEFORE = re.compile(
    r"(?<![^\W_])(?:vàng|nhẫn)"
    r"(?:[ \t]+(?!(?:nặng|có|là|được|giá|bán|mua|khoảng|gần|hơn|trên|dưới|chỉ|còn|lên|xuống"
    r"|tăng|giảm|của|cho|với|và|màu)(?![^\W_]))[^\W\d_]+){0,3}[ \t]+(?:loại[ \t]+)?$",
    re.IGNORECASE,
)
"""'vàng SJC ', 'nhẫn tròn trơn ', 'vàng thỏi ', 'vàng loại ': the head of a product name
right before its size; a verb or a preposition between ('cá vàng nặng 8kg') states one."""
_PRODUCT_UNITS = frozenset({"kg", "chỉ", "lượng"})

_MANNER_BEFORE = re.compile(
    r"(?<![^\W_])(?:mới|chính[ \t]+hãng|chính[ \t]+hiệu|giống(?:[ \t]+(?:ảnh|hệt|mẫu|thật))?"
    r"|toi|chắc[ \t]+chắn|hoàn[ \t]+toàn|đúng|nguyên[ \t]+chất)[ \t]+$",
    re.IGNORECASE,
)
_MANNER_END = re.compile(r"[ \t]*(?:[.,;:!?\"”)»]|$)")
_EFFORT_AFTER = re.compile(
    r"[ \t]+(?:sức(?:[ \t]+(?:lực|mạnh))?|khả[ \t]+năng|năng[ \t]+lực|phong[ \t]+độ|tâm[ \t]+huyết"
    r"|nỗ[ \t]+lực|thể[ \t]+lực|tâm[ \t]+sức|công[ \t]+lực)(?![^\W_])",
    re.IGNORECASE,
)
"""'100% sức lực', '100% khả năng', '100% phong độ': all one has."""


def frames_another(text: str, mention: Mention) -> bool:
    """True for a window, a horizon, a school stage, a class or product size, or 100%
    said as a manner of speech (see the module doc).  Cheap tests of the kind and the
    unit come before any regex."""
    kind = mention.kind
    if kind == "duration":
        return (
            _a_window(text, mention)
            or _a_horizon(text, mention)
            or _a_stage(text, mention)
            or _a_part_of_year(text, mention)
        )
    if kind == "count":
        if mention.qualifier == "exact" and _QUARTERS_AFTER.match(text, mention.end):
            return True
        return _a_recent_run(text, mention)
    if kind == "measure":
        return _a_class_size(text, mention)
    if kind == "percent":
        return mention.value == 100 and _a_manner(text, mention)
    return False


def _before(text: str, mention: Mention) -> str:
    return text[max(0, mention.start - _LOOK_BACK) : mention.start]


def _a_window(text: str, mention: Mention) -> bool:
    if mention.qualifier not in ("exact", "about", "vague", "nearly", "over"):
        return False
    near = text[max(0, mention.start - 24) : mention.start]
    if "nhất" in near:
        if _SUPERLATIVE_BEFORE.search(_before(text, mention)) is None:
            return False
    elif ("đỉnh" not in near and "đáy" not in near) or _PEAK_BEFORE.search(near) is None:
        return False
    elif _AHEAD_AFTER.match(text, mention.end) is not None:
        return False  # 'thi đấu đỉnh cao trong vòng 2 năm tới': top form, for a span ahead
    return _SPAN_AFTER_WINDOW.match(text, mention.end) is not None


def _a_recent_run(text: str, mention: Mention) -> bool:
    if mention.qualifier != "exact":
        return False
    if text[mention.start - 4 : mention.start].lower() == "sau " and _SESSIONS_THEN_AFTER.match(
        text, mention.end
    ):
        return True
    ahead = text[mention.end : mention.end + 70]
    if "gần" not in ahead and "vừa qua" not in ahead and " qua" not in ahead[:16]:
        return False
    if _RUN_BEFORE.search(text, max(0, mention.start - 12), mention.start) is None:
        return False
    found = _RUN_AFTER.match(text, mention.end)
    if found is None:
        return False
    streak = _STREAK_BEFORE.search(text, max(0, mention.start - 36), mention.start)
    if (
        streak is not None
        and _ORDINAL_END.search(text, max(0, streak.start() - 16), streak.start()) is None
    ):
        return False
    # the run's noun is in the span ('5 lần') or right after it ('3 trận sân khách')
    named = _RUN_NOUN_END.search(mention.text) is not None
    return named or _RUN_NOUN_NEXT.match(found.group()) is not None


def _a_horizon(text: str, mention: Mention) -> bool:
    unit = mention.unit or ""
    if unit not in _HORIZON_UNITS or not isinstance(mention.value, (int, float)):
        return False
    years = mention.value * (10 if unit != "năm" else 1)
    if years < _HORIZON_YEARS or mention.qualifier not in ("exact", "about"):
        return False
    if _AHEAD_AFTER.match(text, mention.end) is None and not mention.text.endswith(("tới", "nữa")):
        return False
    before = _before(text, mention)
    return _AHEAD_BEFORE.search(before) is not None and _LASTING_BEFORE.search(before) is None


def _a_stage(text: str, mention: Mention) -> bool:
    if mention.unit != "năm" or mention.qualifier != "exact":
        return False
    return _SCHOOL_STAGE_AFTER.match(text, mention.end) is not None or bool(
        _SCHOOL_STAGE_AFTER.search(mention.text)
    )


def _a_part_of_year(text: str, mention: Mention) -> bool:
    if mention.unit not in _PART_OF_YEAR_UNITS or mention.qualifier == "range":
        return False
    return _PART_OF_YEAR_AFTER.match(text, mention.end) is not None


def _a_class_size(text: str, mention: Mention) -> bool:
    unit = (mention.unit or "").lower()
    if unit == "kg" and _WEIGHT_CLASS_BEFORE.search(_before(text, mention)):
        return True
    if unit not in _PRODUCT_UNITS or mention.qualifier != "exact":
        return False
    return _PRODUCT_BEFORE.search(_before(text, mention)) is not None


def _a_manner(text: str, mention: Mention) -> bool:
    if mention.qualifier != "exact":
        return False
    if _EFFORT_AFTER.match(text, mention.end):
        return True
    return bool(
        _MANNER_BEFORE.search(_before(text, mention)) and _MANNER_END.match(text, mention.end)
    )
