"""Numbers in a specification that say which kind of thing is meant, not how much of it.

tests/gold/README.md counts class definitions ("xe 7 chỗ", "điều hòa 4 vùng") as
non-claims; tests/gold/dev6 labels these kinds so too, and the corpus uses them the same
way nearly every time:

- **Spokes and seat adjustments.** "vô-lăng thể thao 3 chấu", "la-zăng 7 chấu", "mâm 5
  chấu kép", "ghế lái chỉnh điện 8 hướng", "điều chỉnh điện 14 hướng": a steering wheel,
  a wheel or a seat of that design (corpus: 20 of 20 and 6 of 6 such).
- **The speed an acceleration test runs to.** "mất 3,6 giây để đạt tốc độ 97km/h", "mất
  khoảng 5 giây để tăng tốc lên 100 km/h", "tăng tốc từ 0 lên 100 km/h trong 3,1 giây":
  the test's fixed end, the time is the figure (the gold labels '0-100 km/h' a non-claim
  in four sets); 'tăng tốc lên 150 km/h' with no start or time told stays a claim.
- **A weight class named with its limit.** "hạng siêu trung IBO (76,2 kg)": the class's
  definition in brackets after its name ('hạng cân 48kg' is in ``frames``).
- **The class of an institution.** "DN xếp hạng 6, hạng 7", "từ hạng 1 đến hạng 5",
  "bệnh viện hạng đặc biệt, hạng 1", "giải hạng 4 của Đức", "tàu cá hạng 4": the grade a
  regulation or a league gives a kind of hospital, firm or competition, no ranking a
  figure could check ('tay vợt hạng 47 thế giới', 'xếp hạng 9 trên bảng xếp hạng' rank).
- **A banknote's denomination.** "87 tờ tiền loại mệnh giá 200.000 đồng", "tiền mệnh giá
  5.000 đồng": which notes, the count or the sum is the figure (a bond's or a ticket's
  'mệnh giá' is its price, and stays a claim).
- **A container's size.** "thùng container loại 20 feet": the standard size of the box.
- **A generation.** "máy bay chiến đấu thế hệ 5", "Civic thế hệ thứ 10", "thế hệ 4++":
  the generation names the model ('thế hệ 2 con' counts children).
- **An engine's size and a gearbox's speeds.** "động cơ 2,7 lít", "động cơ tăng áp 1.6
  lít", "động cơ V12 – 6,6 lít", "khối động cơ 650 phân khối", "cỗ máy 2.0 lít", "máy xăng
  2.0lít", and "hộp số tự động 7 cấp hoặc 9 cấp", "Hộp số: 6 cấp", "(thế hệ cũ tự động 4
  cấp và số sàn 5 cấp)": which kind of engine or gearbox (the session-5 convention of
  tests/gold/README.md; 'hộp số 6 cấp' right after its noun is in ``class_descriptions``).  The
  size told as the engine's property, "động cơ xăng, dung tích 1.998 cm3", "động cơ có
  dung tích 1.5 lít", stays a claim, and so does fuel ("động cơ chỉ tiêu hao 3 lít").
- **A component's configuration.** "điều hòa tự động 2 vùng", "dàn âm thanh 16 loa",
  "hệ thống âm thanh B&O PLAY 12 loa", "camera lùi 3 góc", "hệ dẫn động 4 bánh", "bộ vi xử
  lý lõi 8", "chip 8 lõi", "hỗ trợ chạy 2 SIM": right after the component's noun (a few
  words of its name between), the number says which kind of air conditioner, sound
  system, camera, drive or chip it is (dual-zone, four-wheel drive, octa-core, dual-SIM),
  as dev3, dev6, dev7, dev8 and fresh label them.  After a verb or a preposition it
  counts ("trang bị đến 6 loa", "âm thanh chất lượng cao với 8 loa", "sẽ có 8 lõi"), and
  stays a claim.

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.model import Mention

_LOOK_BACK = 60

_SPOKES_AFTER = re.compile(r"[ \t]*chấu(?![^\W_])")
_ADJUST_BEFORE = re.compile(r"(?<![^\W_])chỉnh(?:[ \t]+điện)?[ \t]+$", re.IGNORECASE)
_DIRECTIONS_AFTER = re.compile(r"[ \t]*hướng(?![^\W_])")
"""'ghế lái chỉnh điện 8 hướng', 'điều chỉnh 14 hướng'."""

_SPEED_UNITS = frozenset({"km/h", "km/giờ", "mph", "dặm/giờ"})
_TEST_START = (
    r"(?:0|khởi[ \t]+động|vị[ \t]+trí[ \t]+xuất[ \t]+phát|trạng[ \t]+thái[ \t]+đứng[ \t]+yên)"
)
_ACCELERATION_BEFORE = re.compile(
    r"(?:(?<![^\W_])giây[ \t]+(?:để[ \t]+)?(?:(?:đạt|tăng[ \t]+tốc)[ \t]+)?"
    r"(?:(?:từ[ \t]+)?" + _TEST_START + r"[ \t]*(?:-|–|lên|đến|tới)[ \t]*)?(?:lên[ \t]+)?"
    r"|(?<![^\W_])tăng[ \t]+tốc[ \t]+(?:từ[ \t]+)?" + _TEST_START + r"[ \t]*(?:-|–|lên|đến|tới)"
    r"[ \t]*)(?:(?:mức[ \t]+)?(?:tốc[ \t]+độ|vận[ \t]+tốc)[ \t]+)?$",
    re.IGNORECASE,
)
"""'giây để đạt tốc độ ', 'giây để tăng tốc lên ', 'tăng tốc từ 0 lên ', 'tăng tốc từ
khởi động lên ': right before the test's end speed."""
_TEST_ZERO_AFTER = re.compile(r"[ \t]*(?:-|–|lên|đến|tới)[ \t]*\d")
_ACCELERATE_BEFORE = re.compile(r"(?<![^\W_])tăng[ \t]+tốc[ \t]+(?:từ[ \t]+)?$", re.IGNORECASE)
"""'tăng tốc từ 0 lên 100 km/h': the start, zero."""

_NAMED_CLASS_BEFORE = re.compile(
    r"(?<![^\W_])hạng(?:[ \t]+[^\W\d_]+){1,4}[ \t]*\([ \t]*$", re.IGNORECASE
)
"""'hạng siêu trung IBO (': a weight class's name, its limit in brackets."""

_GRADED = (
    r"(?:DN|doanh[ \t]+nghiệp|BV|bệnh[ \t]+viện|giải(?:[ \t]+đấu)?|[Cc]úp|tàu(?:[ \t]+cá)?"
    r"|đô[ \t]+thị|sân[ \t]+bay|câu[ \t]+lạc[ \t]+bộ[ \t]+bóng[ \t]+đá|diễn[ \t]+viên)"
)
_GRADE_BEFORE = re.compile(
    rf"(?<![^\W_]){_GRADED}[ \t]+(?:được[ \t]+)?(?:xếp[ \t]+)?(?:hạng[ \t]+)?(?:từ[ \t]+)?"
    r"(?:(?:hạng[ \t]+)?(?:đặc[ \t]+biệt|[1-9I]+)[ \t]*(?:,|và|hoặc|đến|tới|-|–)[ \t]*)?$"
)
"""'DN xếp hạng ', 'BV hạng đặc biệt, ', 'DN xếp hạng 6, ', 'DN xếp hạng từ hạng 1 đến ',
'giải ': a graded kind right before 'hạng N' (the mention's own text begins 'hạng')."""
_RANKED_AFTER = re.compile(r"[ \t]*(?:thế[ \t]+giới|châu|toàn|chung[ \t]+cuộc|trên)(?![^\W_])")

_DENOMINATION_BEFORE = re.compile(
    r"(?<![^\W_])(?:tiền|tờ)[ \t]+(?:loại[ \t]+)?mệnh[ \t]+giá[ \t]+$", re.IGNORECASE
)
_CONTAINER_BEFORE = re.compile(
    r"(?<![^\W_])(?:container|công-te-nơ)[ \t]*\(?[ \t]*(?:loại[ \t]+)?$", re.IGNORECASE
)
_FEET_AFTER = re.compile(r"[ \t]*(?:feet|ft|fit)(?![^\W_])", re.IGNORECASE)
_ENGINE_UNITS = frozenset({"lít", "l", "cc", "phân khối", "cm3"})
_NOT_A_NAME = (
    "có|là|dung|tích|với|của|cho|được|và|hoặc|hay|từ|lên|tới|đến|khoảng|gần|hơn|trên|dưới|"
    "chỉ|tiêu|hao|tốn|cần|đạt|mất|chạy|dùng|sử|thêm|bằng|như|nhưng|mà|thì|trong|tại|ở|vào"
)
_ENGINE_BEFORE = re.compile(
    r"(?<![^\W_])(?:động[ \t]+cơ|cỗ[ \t]+máy|máy[ \t]+(?:xăng|dầu|diesel))"
    rf"(?:[ \t]+(?:[-–]|(?!(?:{_NOT_A_NAME})(?![^\W_]))[^\W_][\w\-./+]*)){{0,5}}[ \t]+$",
    re.IGNORECASE,
)
"""'động cơ ', 'động cơ V12 – ', 'động cơ diesel 4JJ1-TCX ': the engine and the words
of its name (a fuel, a code, 'tăng áp'), no verb or preposition that would make the
size a property told of it ('có dung tích', 'chỉ tiêu hao')."""
_GEARS_AFTER = re.compile(r"[ \t]*cấp(?![ \t]+độ)(?![^\W_])")
_GEARBOX_BEFORE = re.compile(
    r"(?<![^\W_])(?:hộp[ \t]+số|số[ \t]+(?:sàn|tay|tự[ \t]+động))(?![^\W_])[^.;!?\n]*$",
    re.IGNORECASE,
)
"""'hộp số tay năm cấp hoặc tự động ', 'Hộp số: ': a gearbox named earlier in the clause."""
_GEARBOX_LOOK_BACK = 70

_COMPONENT_NAME = rf"(?:[ \t]+(?!(?:{_NOT_A_NAME})(?![^\W_]))[^\W\d_][\w\-./+&]*){{0,3}}[ \t]+$"
"""A few words of the component's name ('tự động', 'vòm', 'B&O PLAY'), no verb or
preposition that would make the number its object."""
_CONFIGURATIONS = (
    (
        re.compile(r"[ \t]*vùng(?![^\W_])"),
        re.compile(rf"(?<![^\W_])(?:điều[ \t]+h[òo]a|máy[ \t]+lạnh){_COMPONENT_NAME}", re.I),
    ),
    (
        re.compile(r"[ \t]*loa(?![^\W_])"),
        re.compile(
            rf"(?<![^\W_])(?:âm[ \t]+thanh|hệ[ \t]+thống|dàn[ \t]+loa){_COMPONENT_NAME}", re.I
        ),
    ),
    (
        re.compile(r"[ \t]*góc(?![^\W_])"),
        re.compile(rf"(?<![^\W_])camera{_COMPONENT_NAME}", re.IGNORECASE),
    ),
    (
        re.compile(r"[ \t]*bánh(?![^\W_])"),
        re.compile(r"(?<![^\W_])dẫn[ \t]+động(?:[ \t]+cả)?[ \t]+$", re.IGNORECASE),
    ),
    (
        re.compile(r"[ \t]*lõi(?![^\W_])"),
        re.compile(
            r"(?<![^\W_])(?:chip|CPU|(?:vi[ \t]+)?xử[ \t]+lý|chipset)[ \t]+$", re.IGNORECASE
        ),
    ),
    (re.compile(""), re.compile(r"(?<![^\W_])lõi[ \t]+$", re.IGNORECASE)),
    (
        re.compile(r"[ \t]*SIM(?![^\W_])", re.IGNORECASE),
        re.compile(r"(?<![^\W_])(?:hỗ[ \t]+trợ(?:[ \t]+chạy)?|thiết[ \t]+kế|lắp)[ \t]+$", re.I),
    ),
)
"""(what must come right after the number, what must come right before it): the
component and its configuration (module doc).  'lõi 8' has the number after 'lõi'."""

_GENERATION_BEFORE = re.compile(r"(?<![^\W_])thế[ \t]+hệ[ \t]+(?:thứ[ \t]+)?$", re.IGNORECASE)
_NOT_GENERATION_AFTER = re.compile(r"[ \t]+(?:con|đứa|người|cháu)(?![^\W_])")


def specifies_a_kind(text: str, mention: Mention) -> bool:
    """True for spokes, seat directions, a test speed, a named weight class, an
    institution's grade, a banknote's denomination, a container size, a generation, an
    engine's size or a gearbox's speeds (see the module doc).  Cheap tests of the kind
    and the next characters first."""
    kind = mention.kind
    start, end = mention.start, mention.end
    if kind == "count" and mention.qualifier == "exact":
        if _SPOKES_AFTER.match(text, end):
            return True
        before = text[max(0, start - _LOOK_BACK) : start]
        if _DIRECTIONS_AFTER.match(text, end) and _ADJUST_BEFORE.search(before):
            return True
        if _FEET_AFTER.match(text, end) and _CONTAINER_BEFORE.search(before):
            return True
        if mention.value == 0 and _TEST_ZERO_AFTER.match(text, end):
            return _ACCELERATE_BEFORE.search(before) is not None
        if _GEARS_AFTER.match(text, end):
            window = text[max(0, start - _GEARBOX_LOOK_BACK) : start]
            return _GEARBOX_BEFORE.search(window) is not None
        if _configures_a_component(text, mention, before):
            return True
        return _a_generation(text, mention, before)
    if kind == "ordinal":
        before = text[max(0, start - _LOOK_BACK) : start]
        if mention.text[:4].lower() == "hạng":
            return _GRADE_BEFORE.search(before) is not None and not _RANKED_AFTER.match(text, end)
        return _a_generation(text, mention, before)
    if kind == "measure":
        unit = (mention.unit or "").lower()
        before = text[max(0, start - _LOOK_BACK) : start]
        if unit in _SPEED_UNITS:
            return _ACCELERATION_BEFORE.search(before) is not None
        if unit in _ENGINE_UNITS and mention.qualifier == "exact":
            return _ENGINE_BEFORE.search(before) is not None
        return unit == "kg" and _NAMED_CLASS_BEFORE.search(before) is not None
    if kind == "money" and mention.qualifier == "exact":
        return _DENOMINATION_BEFORE.search(text[max(0, start - _LOOK_BACK) : start]) is not None
    return False


def _configures_a_component(text: str, mention: Mention, before: str) -> bool:
    for after, head in _CONFIGURATIONS:
        if after.match(text, mention.end) and head.search(before):
            return True
    return False


def _a_generation(text: str, mention: Mention, before: str) -> bool:
    inside = mention.text.lower()
    if inside.startswith("thứ"):
        before = before + mention.text[: len(inside) - len(inside[3:].lstrip())]
    if not before.rstrip().lower().endswith(("thế hệ", "thế hệ thứ")):
        return False
    return _GENERATION_BEFORE.search(before) is not None and not _NOT_GENERATION_AFTER.match(
        text, mention.end
    )
