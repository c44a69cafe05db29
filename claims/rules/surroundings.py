"""The text around a claim: its sentence, the words before and after it, and
what those words say of the figure (an average, a total, one of a list)."""

from __future__ import annotations

import re

from claims.model import Claim


def sentence_start(text: str, claim: Claim) -> int:
    """Offset of the claim's sentence in ``text`` (the claim's own start if not found)."""
    found = text.rfind(claim.sentence, 0, claim.start + len(claim.sentence))
    return found if found >= 0 and found <= claim.start else claim.start


def text_before(text: str, claim: Claim, width: int = 60) -> str:
    """Lowercased text before the claim inside its sentence, at most ``width`` characters."""
    start = max(sentence_start(text, claim), claim.start - width)
    return text[start : claim.start].lower()


def text_after(text: str, claim: Claim, width: int = 60) -> str:
    """Lowercased text after the claim inside its sentence, at most ``width`` characters."""
    end = sentence_start(text, claim) + len(claim.sentence)
    if end < claim.end:
        end = claim.end + width
    return text[claim.end : min(end, claim.end + width)].lower()


_PER_UNIT = re.compile(r"\b(?:bình quân|trung bình|mỗi)\b[^\d,;]{0,30}$")


def per_unit(claim: Claim, text: str) -> bool:
    """An average or a rate ("bình quân 5 triệu đồng/người", "mỗi lớp 35"), not an amount."""
    if claim.per or (claim.kind == "measure" and "/" in (claim.unit or "")):  # "10 tấn/ha"
        return True
    return bool(_PER_UNIT.search(text_before(text, claim, 50)))


_GRAND_TOTAL_BEFORE = (
    r"\b(?:toàn (?:tỉnh|huyện|xã|thành phố|quốc|ngành|thị xã|phường|quận|trường)|cả nước"
    r"|tổng số|tổng cộng)\b[^.;]{0,60}$"
)
"""The words of a grand total, which is a total too: both patterns start with them."""
_TOTAL_BEFORE = re.compile(
    _GRAND_TOTAL_BEFORE
    + r"|\b(?:tỉnh|huyện|xã|thành phố|tp|trường|phường|quận|thị xã|thị trấn|địa phương|đơn vị"
    r"|ngành|công ty)\b[^,.;]{0,40}\b(?:có|hiện có|còn)\s*$"
    r"|\blà\s*$"
)


def stated_as_total(claim: Claim, text: str) -> bool:
    """The figure is given as the size of a group: "toàn tỉnh hiện có trên 200
    nghìn trẻ em", "Huyện có 3.200 doanh nghiệp", "tổng số 500 hộ", "trẻ em dưới
    6 tuổi là hơn 74.000 trẻ" -- not a figure in a story ("đã nhận 18.156 hồ sơ"),
    nor one of a list given "lần lượt là" (respectively)."""
    before = text_before(text, claim, 80)
    return bool(_TOTAL_BEFORE.search(before)) and not _RESPECTIVELY.search(before)


_RESPECTIVELY = re.compile(r"\blần lượt\s+(?:là\s+)?$")


_GRAND_TOTAL = re.compile(_GRAND_TOTAL_BEFORE)


def stated_as_grand_total(claim: Claim, text: str) -> bool:
    """The figure is explicitly everything: "toàn tỉnh hiện có", "cả nước có", "tổng số"."""
    return bool(_GRAND_TOTAL.search(text_before(text, claim, 80)))


def between(text: str, first: Claim, second: Claim) -> str:
    """Lowercased text between two claims (first before second)."""
    return text[first.end : second.start].lower()
