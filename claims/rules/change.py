"""A change agrees with its old value, new value, rate, amount and multiple.

Within one clause, "tăng/giảm từ A lên/xuống B", "đạt B, tăng/giảm X% so với
... (A)", "tăng thêm D", "gấp N lần", "đón B, gấp đôi năm 2022 (A)" give some
of: the old value A, the new value B, the rate X %, the amount D and the
multiple N.  Whatever is given must agree: B − A has the direction of the verb, (B − A) ÷ A = ±X %,
B − A = ±D, B ÷ A = N.  Market reports leave the old value out: in "VN-Index
tăng 5,2 điểm, tương đương 0,7%, lên 725,5 điểm" (or "giảm 15,3 điểm (2,5%)
xuống 600 điểm") it is B ∓ D, and D ÷ (B ∓ D) must be the rate.  A rate or
multiple carries its printed rounding
("tăng 2,5%" is [2,45%; 2,55%]), a round rate its nearest five ("giảm 50%"
is 47,5–52,5 %).  A change of a percentage "in points" ("giảm từ 5,2% xuống
4,1%, tức giảm 1,1 điểm phần trăm") is the difference B − A.  Not checked: a
rate of a percentage ("tỷ lệ giảm từ 5% xuống 3%, giảm 2%" may be points or a
share of 5%), ranks ("tăng 74 bậc"), two changes in one clause, and old and
new values of different subjects.

Passing example::

    Doanh thu năm 2024 đạt 120 tỷ đồng, tăng 20% so với năm 2023 (100 tỷ đồng).

Failing example::

    Doanh thu năm 2024 đạt 130 tỷ đồng, tăng 20% so với năm 2023 (100 tỷ đồng).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction

from claims.intervals import Iv
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext, interval_agreement
from claims.rules.figures import label, numeric, printed
from claims.rules.rates import rate_of_amount, round_rate
from claims.rules.relations import ADDITIVE_KINDS, same_measure
from claims.rules.shared import Shared
from claims.rules.subjects import subject_words
from claims.rules.surroundings import sentence_start, text_after

ID = "change"

_VERB = re.compile(r"\b(tăng|giảm)\b")
_OLD = re.compile(r"\btừ\s*(?:mức\s*)?$")
_NEW = re.compile(r"\b(?:lên|xuống|còn)\s*(?:mức\s*|thành\s*)?$")
_AMOUNT = re.compile(r"\b(?:tăng|giảm)\s*(?:thêm|bớt|được)?\s*$|\bthêm\s*$")
_TIMES = re.compile(r"\bgấp\s*(?:đôi\s*)?$")
_COMPARED = re.compile(r"\bso với\b")
_QUANTITY_KINDS = ADDITIVE_KINDS | {"percent"}
_JUST_BEFORE_VERB = re.compile(
    r"^(?:[^,;]{0,12}|\s*(?:(?:trong|vào|của)\s+)?(?:năm|quý|tháng)\s+[\d/]+\s*),\s*$"
)  # "đạt 3 tỷ USD trong năm 2017, tăng 9% so với ...": a period may sit between
_LABEL_BEFORE = re.compile(r"\b(?:điều|khoản|số|mã|lớp|phiên bản|model)\s*$")
_NOT_NAMED = re.compile(r"[,;]|\b(?:và|cao hơn|thấp hơn|nhiều hơn|ít hơn|tăng|giảm)\b")
_CLAUSE_BREAK = re.compile(
    r";|\(\s*(?=(?:tăng|giảm|từ)\b)"
    r"|[,)]\s*(?:còn|trong khi|chủ yếu (?:là )?(?:nhờ|do|vì)|nhờ|do|vì|bởi)\b"
    # "..., sữa đã tăng 800 nghìn tấn": a new subject with its own change verb
    # (not a restatement: "..., tương đương mức giảm hơn 23%")
    r"|,\s*(?!tương đương|tương ứng|tức|hay|mức|với mức|ứng với)"
    r"(?=[^\W\d_][^,;\d]{0,30}?\s(?:đã\s+|cũng\s+)?(?:tăng|giảm)\b)"
)
_RANK = re.compile(r"\b(?:vị trí|hạng|bậc|thứ hạng|xếp thứ)\b")


@dataclass
class _Change:
    sign: int
    old: Claim | None = None
    new: Claim | None = None
    amount: Claim | None = None
    rate: Claim | None = None
    times: Claim | None = None


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    if not context.shared.mentions(context.text, *_CHANGE_WORDS):
        return
    for sentence in context.shared.sentences(claims):
        if not _speaks_of_change(sentence, context.text, context.shared):
            continue
        for start, clause in _clauses(sentence, context.text):
            change = _read(clause, start, context.text)
            if change is not None:
                yield from _judge(change)


_CHANGE_WORDS = ("tăng", "giảm", "gấp")


def _speaks_of_change(sentence: list[Claim], text: str, shared: Shared) -> bool:
    """The sentence's span holds "tăng", "giảm" or "gấp", without which ``_read``
    finds no change in any of its clauses: a cheap test before splitting it."""
    start = sentence_start(text, sentence[0])
    return shared.mentions_within(text, start, max(c.end for c in sentence), *_CHANGE_WORDS)


def _clauses(sentence: list[Claim], text: str) -> list[tuple[int, list[Claim]]]:
    """Claims split where another statement begins, each clause with its start: at a
    semicolon, around a bracket that states its own change ("(giảm từ 141 triệu USD
    xuống 120 triệu USD)"), at "còn", "trong khi" after a comma or bracket, and at a
    cause after a comma ("gấp 4 lần, chủ yếu nhờ thuế ... tăng từ ... lên ...")."""
    start = sentence_start(text, sentence[0])
    end = sentence[-1].end
    bounds = [start]
    for match in _CLAUSE_BREAK.finditer(text[start:end].lower()):
        bounds.append(start + match.end())
        if match.group(0).startswith("("):
            closing = text.find(")", start + match.end(), end)
            if closing >= 0:
                bounds.append(closing + 1)
    bounds.sort()
    groups: dict[int, list[Claim]] = {}
    for claim in sentence:
        at = max(b for b in bounds if b <= claim.start)
        groups.setdefault(at, []).append(claim)
    return list(groups.items())


def _read(clause: list[Claim], start: int, text: str) -> _Change | None:
    clause_text = text[start : clause[-1].end].lower()
    verbs = list(_VERB.finditer(clause_text))
    if not verbs and "gấp" not in clause_text:
        return None
    if _RANK.search(clause_text):
        return None  # "tăng 74 bậc" moves a rank number down: not a quantity
    change = _Change(sign=1)
    compared_at = _COMPARED.search(clause_text)
    verb_at = start + verbs[0].start() if verbs else clause[-1].end
    unassigned: list[Claim] = []
    for claim in clause:
        before = text[max(start, claim.start - 40) : claim.start].lower()
        # "N lần" after the figure is read only when it decides: dates and years
        # in a clause are skipped without it
        times_after: bool | None = None
        if claim.kind != "multiple" and _TIMES.search(before):
            times_after = _times_after(text, claim)
        if claim.kind == "multiple" or times_after:
            change.times = change.times or claim
        elif (
            claim.kind not in _QUANTITY_KINDS
            or not numeric(claim)
            or (times_after is None and _times_after(text, claim))
        ):
            continue
        elif _OLD.search(before):
            if change.old is not None:
                return None  # two "từ": two changes in one clause, which is which is a guess
            change.old = claim
        elif _NEW.search(before):
            if change.new is not None:
                return None
            change.new = claim
        elif _AMOUNT.search(before):
            if _points(claim, text) and change.amount is None:
                change.amount = claim  # "giảm 1,1 điểm phần trăm": points, never a rate
            elif claim.kind == "percent" and change.rate is None:
                change.rate = claim
            elif change.amount is None:
                change.amount = claim
        elif (
            change.old is None
            and compared_at
            and _compared_with(text, start + compared_at.end(), claim)
        ) or (change.old is None and _bracketed_after_times(text, change.times, claim)):
            change.old = claim
        elif _rate_of_the_amount(text, change, claim):
            change.rate = claim  # "giảm 15,3 điểm (2,5%)", "tăng 5,2 điểm, tương đương 0,7%"
        else:
            unassigned.append(claim)
    if not verbs and change.times is not None and change.old is not None:
        verb_at = change.times.start  # "đón 2 triệu lượt khách, gấp đôi năm 2022 (...)"
    if change.new is None and change.old is not None and change.old.start > verb_at:
        # "đạt 120 tỷ đồng, tăng 20% so với ... (100 tỷ đồng)": the value just before the verb
        before_verb = [
            c
            for c in unassigned
            if c.end <= verb_at
            and same_measure(c, change.old)
            and _JUST_BEFORE_VERB.match(text[c.end : verb_at])
        ]
        change.new = before_verb[-1] if before_verb else None
    points = change.amount if change.amount and _points(change.amount, text) else None
    if points is not None and _figure_between(change, points, clause):
        change.amount = None  # another statement's points
    change.sign = _sign(change, verbs, start)
    return change


_RATE_AFTER_AMOUNT = re.compile(
    r"\s*(?:\(\s*[+-]?|,\s*(?:tương đương|tương ứng|tức|hay)\s*(?:mức\s*)?)"
)


def _rate_of_the_amount(text: str, change: _Change, claim: Claim) -> bool:
    """A percent right after the amount restates it as a rate: "giảm 15,3 điểm (2,5%)"."""
    amount = change.amount
    return (
        claim.kind == "percent"
        and change.rate is None
        and amount is not None
        and amount.kind != "percent"
        and _RATE_AFTER_AMOUNT.fullmatch(text, amount.end, claim.start) is not None
    )


def _figure_between(change: _Change, points: Claim, clause: list[Claim]) -> bool:
    """A quantity of its own stands between the points and the values they would
    measure: "tăng lên 6,5% GDP ... so với 6,2%, dẫn đến nợ công ước 63,7% GDP, tăng
    gần 13 điểm phần trăm so với năm 2011" gives the points of the 63,7%."""
    ends = [c for c in (change.old, change.new) if c is not None]
    if not ends:
        return False
    low = min(min(c.start for c in ends), points.start)
    high = max(max(c.start for c in ends), points.start)
    taken = {id(c) for c in (*ends, points, change.rate, change.times) if c is not None}
    return any(
        low < c.start < high and c.kind in _QUANTITY_KINDS and id(c) not in taken for c in clause
    )


def _bracketed_after_times(text: str, times: Claim | None, claim: Claim) -> bool:
    """The old value in brackets after the period a multiple names: "gấp đôi năm 2022
    (1,5 triệu lượt)", "gấp 3 lần quý 1/2016 (50,78 tỷ đồng)", as "so với" names it."""
    if times is None or claim.start < times.end:
        return False
    return bool(
        _PERIOD_BRACKET.fullmatch(text[times.end : claim.start].lower())
        and _BRACKET_CLOSES.match(text, claim.end)
    )  # the bracket holds the value alone: "(1,5 triệu lượt khách quốc tế)" is a part


_BRACKET_CLOSES = re.compile(r"\s*(?:[^\W\d_]+\s*){0,2}\)")


_PERIOD_BRACKET = re.compile(
    r"\s*(?:so với\s+)?(?:cùng kỳ\s+)?(?:năm|quý|tháng|kỳ)\b[^,;()]{0,20}\(\s*"
)


def _points(claim: Claim, text: str) -> bool:
    """A difference of percentages said in points: "1,5 điểm phần trăm"."""
    if claim.kind != "percent":
        return False
    said = claim.text.lower() + " " + text_after(text, claim, 20).lstrip()
    return bool(_POINTS.search(said))


_POINTS = re.compile(r"\bđiểm\s+phần trăm\b")


def _times_after(text: str, claim: Claim) -> bool:
    return text_after(text, claim, 8).strip().startswith("lần")


def _sign(change: _Change, verbs: list[re.Match[str]], start: int) -> int:
    """The verb that governs the change: the last one before its first figure after a verb
    ("quyết định tăng lãi suất ... đã giảm xuống còn 74%" is a fall)."""
    figures = sorted(
        (c.start for c in (change.rate, change.amount, change.new, change.old) if c),
    )
    for at in figures:
        governing = [v for v in verbs if start + v.start() < at]
        if governing:
            return -1 if governing[-1].group(1) == "giảm" else 1
    return -1 if verbs and verbs[0].group(1) == "giảm" else 1


def _judge(change: _Change) -> Iterator[Outcome]:
    old, new = change.old, change.new
    if old is not None and new is not None and not _same_quantity(old, new):
        return
    if old is not None and new is not None:
        yield _direction(change.sign, old, new)
        positive_old = printed(old).lower
        if positive_old is not None and positive_old > 0:
            if change.rate is not None and old.kind != "percent":
                yield _rate(change.sign, old, new, change.rate)
            if change.times is not None:
                yield _times(old, new, change.times)
        if change.amount is not None and same_measure(change.amount, old):
            yield _amount(change.sign, old, new, change.amount)
    elif (
        old is None
        and new is not None
        and new.kind != "percent"
        and change.amount is not None
        and change.rate is not None
        and same_measure(change.amount, new)
    ):
        # "VN-Index giảm 15,3 điểm (2,5%) xuống 600 điểm": the old value is new ∓ amount
        outcome = rate_of_amount(change.sign, change.amount, new, change.rate)
        if outcome is not None:
            yield outcome


def _compared_with(text: str, after_so_voi: int, claim: Claim) -> bool:
    """The claim is what "so với" names: "so với năm 2023 (100 tỷ đồng)", not a figure
    further on ("so với kế hoạch và cao hơn 17 triệu")."""
    gap = text[after_so_voi : claim.start].lower()
    return (
        claim.start >= after_so_voi
        and len(gap) <= 40
        and not _NOT_NAMED.search(gap)
        and not _LABEL_BEFORE.search(gap)
    )


def _same_quantity(old: Claim, new: Claim) -> bool:
    """One quantity at two times: same unit, and subjects that are one the other's start."""
    a, b = subject_words(old), subject_words(new)
    shorter = min(len(a), len(b))
    return same_measure(old, new) and (not shorter or a[:shorter] == b[:shorter])


def _rounded(claim: Claim) -> Iv:
    interval = printed(claim)
    if claim.kind == "multiple" or claim.kind == "count":
        decimals = len(claim.text.split(",", 1)[1].split()[0]) if "," in claim.text else 0
        if interval.is_point:
            return interval.widen(Fraction(1, 2) / 10**decimals)
    return interval


def _direction(sign: int, old: Claim, new: Claim) -> Outcome:
    diff = printed(new) - printed(old)
    wanted = Iv(Fraction(0), None, lower_open=True).scale(sign)
    ok = diff.meets(wanted)
    verb = "tăng" if sign > 0 else "giảm"
    return Outcome(
        status="pass" if ok else "fail",
        claims=(old.id, new.id),
        message=f"Từ {label(old)} đến {label(new)} là {verb}: "
        + ("đúng chiều." if ok else "sai chiều."),
        detail=f"mới − cũ = {printed(new)} − {printed(old)} = {diff}; {verb} cần {wanted}",
    )


def _rate(sign: int, old: Claim, new: Claim, rate: Claim) -> Outcome:
    implied = ((printed(new) - printed(old)) / printed(old)).scale(100)
    return interval_agreement(
        implied,
        round_rate(rate).scale(sign),
        (old.id, new.id, rate.id),
        f"Từ {label(old)} đến {label(new)} là thay đổi {implied}%,",
        f"mức {rate.text} đã nêu.",
        f"(mới − cũ) ÷ cũ × 100 = ({printed(new)} − {printed(old)}) ÷ {printed(old)} × 100"
        f" = {implied}",
    )


def _times(old: Claim, new: Claim, times: Claim) -> Outcome:
    implied = printed(new) / printed(old)
    return interval_agreement(
        implied,
        _rounded(times),
        (old.id, new.id, times.id),
        f"{label(new)} gấp {implied} lần {label(old)},",
        f"«{times.text}»." if "gấp" in times.text.lower() else f"«gấp {times.text}».",
        f"mới ÷ cũ = {printed(new)} ÷ {printed(old)} = {implied}",
    )


def _amount(sign: int, old: Claim, new: Claim, amount: Claim) -> Outcome:
    diff = printed(new) - printed(old)
    return interval_agreement(
        diff,
        printed(amount).scale(sign),
        (old.id, new.id, amount.id),
        f"Từ {label(old)} đến {label(new)} chênh {diff},",
        f"mức thay đổi {amount.text}.",
        f"mới − cũ = {printed(new)} − {printed(old)} = {diff}",
    )
