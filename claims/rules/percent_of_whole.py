"""A count and its share agree with the whole they are a share of.

When a count is followed by its share ("chiếm 24%", "đạt 100%", "bằng 30%",
"tương đương 12%"), the whole it implies is count ÷ share.  That must meet the
whole the article states: the figure the count is a part of by "trong đó" or
"gồm" ("Huyện có 20 xã, trong đó 12 xã đạt chuẩn, chiếm 60%", when the share
names no other group, as "chiếm 70% số xã đạt chuẩn của tỉnh" does); a figure
of the same kind after "tổng số"/"trong số" in the same sentence; or the
closest figure stated as a total ("Tỉnh có", "là") whose subject the count's
noun phrase extends ("trẻ em dưới 6 tuổi" for "trẻ em dưới 6 tuổi được cấp
thẻ").  Percents carry their printed rounding ("24%" is [23,5; 24,5]); "100%"
means all.  A share may also come first, a count restating it after "tức",
"tương đương" or "tương ứng": "Tỉnh có 1,2 triệu dân, trong đó 60% là nữ, tức
khoảng 720.000 người", the whole right before "trong đó" and counting what the
count's noun counts (not "1.000 hộ ... tức 900 người").  With no stated whole
there is no finding; a share of a plan or of last year ("đạt 105% kế hoạch",
"so với"), a share that names another whole ("chiếm 76,5% thị phần") and
prices or changes are not shares of a whole.

Passing example::

    Tỉnh có hơn 74.000 trẻ em dưới 6 tuổi. Có 74.739 trẻ em dưới 6 tuổi được cấp
    thẻ bảo hiểm y tế, đạt 100%.

Failing example::

    Tỉnh có hơn 75.000 trẻ em dưới 6 tuổi. Có 74.739 trẻ em dưới 6 tuổi được cấp
    thẻ bảo hiểm y tế, đạt 100%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from claims.intervals import Iv
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext
from claims.rules.figures import label, numeric, printed
from claims.rules.part_within_whole import pairs_by_cue
from claims.rules.relations import ADDITIVE_KINDS, comparable, near
from claims.rules.subjects import (
    counts_people,
    head,
    is_part_of,
    noun_phrase_complete,
    subject_words,
)
from claims.rules.surroundings import between, per_unit, stated_as_total, text_after, text_before

ID = "percent-of-whole"

SHARE_CUE = re.compile(r"(?:\bchiếm\b|\bđạt\b|\bbằng\b|\btương đương\b|\btương ứng\b|\(|\btức\b)")
_NOT_OF_A_WHOLE = re.compile(
    r"^\s*(?:so với|kế hoạch|dự toán|chỉ tiêu|cùng kỳ|mục tiêu|năm trước|trở lên)"
)
_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm|vượt)\s*(?:thêm\s*)?$")
_CHANGE = re.compile(r"\b(?:tăng|giảm|lên|xuống|so với|vượt)\b")
_SHARE_END = re.compile(r"[,;.()]|\b(?:và|còn|với|trong khi)\b")
_OF_THE_TOTAL_WORDS = re.compile(
    r"^(?:(?:tổng|số|toàn bộ|trong|trên|cả|các|những|lượng|số lượng)\s+)+"
)
_CLAUSE = re.compile(r"[.;:!?,()\n]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SUBSET = re.compile(r"\btrong (?:số )?đó\b")
_LEFT_OVER = re.compile(r"\bcòn lại\b")
_TOTAL_CUE = re.compile(r"\b(?:tổng số|trong số|trong tổng số|trên tổng số|tổng cộng)\s*$")


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    if not any(c.kind == "percent" for c in claims):
        return  # no share
    heads = context.shared.groups(claims, ADDITIVE_KINDS)
    cued = _cued_wholes(claims, context)
    for sentence in context.shared.sentences(claims):
        for part, share in _shares(sentence, context.text):
            whole = cued.get(part.id)
            if whole is not None:
                if _share_names(share, whole, context.text):
                    yield _outcome(part, share, whole)
                continue
            whole = _whole(part, sentence, heads.get(head(part) or "", []), context.text)
            if whole is not None and _share_of(share, whole, context.text):
                yield _outcome(part, share, whole)
        for whole, share, part in _shares_restated(sentence, context.text):
            yield _outcome(part, share, whole)


def _shares_restated(sentence: list[Claim], text: str) -> Iterator[tuple[Claim, Claim, Claim]]:
    """(whole, share, count) where the share comes first and the count restates it:
    "Tỉnh có 1,2 triệu dân, trong đó 60% là nữ, tức khoảng 720.000 người".  The whole
    is the figure right before "trong đó", and counts what the count counts."""
    for i, share in enumerate(sentence[1:-1], start=1):
        whole, part = sentence[i - 1], sentence[i + 1]
        if (
            share.kind != "percent"
            or not numeric(share)
            or whole.kind not in ADDITIVE_KINDS
            or not numeric(whole)
            or not numeric(part)
            or not comparable(part, whole)
            or per_unit(whole, text)
        ):
            continue
        opening = between(text, whole, share)
        if not _SUBSET_OPENS.match(opening) or _CHANGE.search(opening):
            continue
        if _RESTATES.fullmatch(between(text, share, part)) and _counts_alike(part, whole, text):
            yield whole, share, part


_SUBSET_OPENS = re.compile(r"^[^\d,;.()]{0,30},?\s*trong (?:số )?đó,?\s*(?:có\s*)?$")
_RESTATES = re.compile(
    r"(?:\s*(?:là\s+)?[^\W\d_][^\d,;.()]{0,30})?,\s*(?:tức(?: là)?|tương đương(?: với)?"
    r"|tương ứng(?: với)?)\s*"
)


def _counts_alike(part: Claim, whole: Claim, text: str) -> bool:
    """The count counts what the whole counts, by the noun printed after it ("20 xã"
    and "12 xã"; "1,2 triệu dân" and "720.000 người"), not by a subject the grammar
    took from the share's label ("1.000 hộ, trong đó 30% là hộ nghèo, tức 900 người"
    counts people, not households)."""
    noun = _first_word(text_after(text, part, 12))
    if noun == "người":
        return _of_people(whole, text)
    return noun is not None and noun == head(whole)


def _first_word(after: str) -> str | None:
    found = _FIRST_WORD.match(after)
    return found.group(1) if found else None


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def _of_people(whole: Claim, text: str) -> bool:
    return counts_people(whole) or head(whole) == "dân"


def _cued_wholes(claims: Sequence[Claim], context: RuleContext) -> dict[str, Claim]:
    """Each part's whole as "trong đó"/"gồm" states it ("Huyện có 20 xã, trong đó 12
    xã đạt chuẩn, chiếm 60%"), the closest when two are: the cue says part and whole,
    so a one-word subject ("xã", "hộ"), too short to tell a group, is enough."""
    wholes: dict[str, Claim] = {}
    for part, whole in pairs_by_cue(claims, context):
        known = wholes.get(part.id)
        if known is None or whole.start > known.start:
            wholes[part.id] = whole
    return wholes


def _shares(sentence: list[Claim], text: str) -> Iterator[tuple[Claim, Claim]]:
    """(quantity, its percent) pairs: the percent right after the quantity with a cue."""
    for i, share in enumerate(sentence):
        if share.kind != "percent" or not numeric(share):
            continue
        # the quantity is the closest additive claim before the share; ages and
        # years inside its noun phrase ("trẻ em dưới 6 tuổi") are skipped
        earlier = [c for c in sentence[:i] if c.kind in ADDITIVE_KINDS or c.kind == "percent"]
        if not earlier or earlier[-1].kind == "percent" or not numeric(earlier[-1]):
            continue
        part = earlier[-1]
        gap = between(text, part, share)
        if len(gap) > 120 or not SHARE_CUE.search(gap) or _CHANGE.search(gap):
            continue
        if per_unit(part, text) or _CHANGE_BEFORE.search(text_before(text, part, 20)):
            continue  # a price, an average or a change, not a count of a whole
        if _TOTAL_CUE.search(text_before(text, part, 25)):
            continue  # "trong tổng số 860.000 thí sinh ... có hơn 643.000 (75%)": the whole
        if _NOT_OF_A_WHOLE.search(text_after(text, share, 30)):
            continue
        lower = printed(share).lower
        if lower is None or lower <= 0:
            continue
        yield part, share


def _whole(part: Claim, sentence: list[Claim], group: list[Claim], text: str) -> Claim | None:
    """The stated whole: named by "tổng số" in the sentence, else the closest
    claim whose subject the part's subject extends."""
    for other in sentence:
        if (
            other is not part
            and comparable(other, part)
            and head(part) is not None
            and head(other) == head(part)
            and _TOTAL_CUE.search(text_before(text, other, 25))
        ):
            return other
    candidates = [
        w
        for w in group
        if is_part_of(part, w, text)
        and not _bound_left_out(w, text)
        and comparable(w, part)
        and near(w, part)
        and stated_as_total(w, text)
        and noun_phrase_complete(w, text)
        and not _remainder(w, text)
        and not _broken_down_after(w, part, text)
    ]
    if not candidates:
        return None
    # chosen by what it counts (the most specific subject, then the closest), never by
    # its value: a whole that disagrees with the share is the finding, not a reason to
    # look further ("hơn 74.000 trẻ em dưới 6 tuổi" for "76.739 trẻ em dưới 6 tuổi ...,
    # đạt 100%", not the "trên 200 nghìn trẻ em" it happens to fit under)
    return min(candidates, key=lambda w: (-len(w.subject or ""), abs(w.start - part.start)))


def _broken_down_after(whole: Claim, part: Claim, text: str) -> bool:
    """A later figure that "trong đó" opens is one item of a breakdown of what came
    before, the part among it, no whole of the part: "63.215 dự án, chiếm tỷ lệ 74,05%
    tổng số các dự án hoàn thành ... Trong đó, vốn ngân sách ... gồm có 4.401 dự án"."""
    return whole.start > part.start and bool(_SUBSET.search(text_before(text, whole, 200)))


def _remainder(whole: Claim, text: str) -> bool:
    """The clause gives what is left of a group, no whole of it: "nắm giữ 24,8 triệu cổ
    phiếu, chiếm 2,02% ... lượng cổ phiếu sẽ còn lại là 21,8 triệu cổ phiếu"."""
    clause = _CLAUSE.split(text[max(0, whole.start - 80) : whole.start])[-1]
    return bool(_LEFT_OVER.search(clause.lower()))


def _bound_left_out(whole: Claim, text: str) -> bool:
    """The clause bounds the group its subject leaves bare: 'Số thí sinh đạt mức từ trên
    27 điểm là 1.975 thí sinh' counts a few of the 'thí sinh', no total of them ('Toàn
    tỉnh có trẻ em dưới 6 tuổi là hơn 74.000 trẻ' keeps its bound in the subject)."""
    clause = _CLAUSE.split(text[max(0, whole.start - 80) : whole.start])[-1]
    return any(number not in (whole.subject or "") for number in _NUMBER.findall(clause))


def _named_whole(share: Claim, text: str) -> tuple[str, ...]:
    """The words of the whole a share names after it, "tổng số", "số", "trên tổng" and
    the like left out: ("hộ",) for "chiếm 25% tổng số hộ", ("thị", "phần") for "chiếm
    76,5% thị phần"; () when it names no whole or the total itself ("chiếm 80%.",
    "chiếm 80% tổng số.", "đạt 99,81% trên tổng số 567.768 doanh nghiệp", where the
    number that follows is the whole).  The words are cut where the clause goes on."""
    named = _SHARE_END.split(text_after(text, share, 60), maxsplit=1)[0].strip(" /")
    # the space added lets a name that ends the clause on "tổng số" lose it too
    rest = _OF_THE_TOTAL_WORDS.sub("", named + " ").strip()
    if not rest or rest[0].isdigit():
        return ()
    return tuple(rest.split())


def _share_of(share: Claim, whole: Claim, text: str) -> bool:
    """The share names no whole, or names this one ("chiếm 25% tổng số hộ", "chiếm 80%
    tổng số", "trên tổng số 567.768 doanh nghiệp"), not another ("chiếm 76,5% thị
    phần", "chiếm 30% tổng vốn" of a count of enterprises: a total, but of money)."""
    words = _named_whole(share, text)
    return not words or (bool(head(whole)) and words[0] == head(whole))


def _share_names(share: Claim, whole: Claim, text: str) -> bool:
    """The share names no whole, or names the cued whole itself after "tổng số"/"số":
    "chiếm 25% tổng số hộ" of "1.200 hộ", "chiếm 60% tổng số" at the end of the clause;
    not "chiếm 30% tổng vốn" of "500 doanh nghiệp", nor "chiếm 70% số xã đạt chuẩn của
    tỉnh", a larger group of "xã" than the "20 xã" of the district (the looser
    ``_share_of`` lets both through)."""
    words = _named_whole(share, text)
    return not words or words in ((head(whole),), subject_words(whole))


def _outcome(part: Claim, share: Claim, whole: Claim) -> Outcome:
    p = Iv.of(part)
    s = printed(share)
    implied = p / s.scale(Fraction(1, 100))
    stated = Iv.of(whole)
    common = implied.intersect(stated)
    ok = not common.is_empty
    place = "nằm trong" if ok else "không nằm trong"
    return Outcome(
        status="pass" if ok else "fail",
        claims=(part.id, share.id, whole.id),
        message=(
            f"{label(part)} = {share.text} → tổng {implied}, {place} {stated} của {label(whole)}."
        ),
        detail=(
            f"tổng suy ra = {p} ÷ ({s} ÷ 100) = {implied}; tổng nêu = {stated}; "
            f"giao = {common}"
            + ("" if ok else " (rỗng: tỷ lệ và số lượng không khớp với tổng)")
            + ("" if s.is_point else f"; tỷ lệ in {share.text} được hiểu là {s} do làm tròn")
        ),
    )
