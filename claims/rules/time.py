"""Dates exist, events are not after publication, and years agree with ages.

- A date exists: 29/11 does, 31/11 does not, 29/02 only in a leap year (a
  day with no year, "--02-29", exists; a lunar date, "30/2 âm lịch", is not
  checked; nor is a date the article itself says cannot exist, "tháng 2 chỉ
  có 28 ngày", since the story is then about the error).
- An event date with a printed year is not after the publication date, when
  that is known, unless the sentence speaks of the future ("sẽ", "dự kiến",
  "kế hoạch", "đến năm").
- "sinh năm 1990", "34 tuổi" and the year of the story (a later year between
  them in the sentence, else the publication year) agree: age = year − birth
  year, or one less before the birthday.
- A founding year, "X năm thành lập" / "kỷ niệm X năm" and the anniversary
  year agree: anniversary year − founding year = X.
- "năm học 2024-2025" spans two consecutive years.

Passing example::

    Ngày 29/11, đoàn kiểm tra làm việc với UBND tỉnh. Anh A sinh năm 1990, năm 2024 anh 34 tuổi.

Failing example::

    Ngày 31/11, đoàn kiểm tra làm việc với UBND tỉnh. Anh A sinh năm 1990, năm 2024 anh 31 tuổi.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from datetime import date
from fractions import Fraction

from claims.intervals import Iv, fmt
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext, interval_agreement
from claims.rules.figures import label
from claims.rules.surroundings import text_after, text_before

ID = "time"

_ISO = re.compile(r"^(\d{4}|-)-(\d{2})-(\d{2})$")
_FUTURE = re.compile(
    r"\b(?:sẽ|dự kiến|kế hoạch|đến năm|đến ngày|tới đây|sắp|phấn đấu|mục tiêu|dự báo|hạn chót"
    r"|trước ngày|hạn|từ ngày|kể từ|có hiệu lực|lịch|dự định|chuẩn bị)\b"
)
_LUNAR = re.compile(r"\s*(?:\(\s*)?(?:âm lịch|al\b|âl\b)")
_BORN = re.compile(r"\bsinh\s*(?:năm|ngày)?[^\d]{0,6}$")
_SN_YEAR = re.compile(r"S[Nn][ \t:.]*\d{4}$")
"""'SN 1990': 'sinh năm' as crime and accident reports abbreviate it."""
_FOUNDED = re.compile(r"\b(?:thành lập|ra đời|khai sinh)\b[^\d;]{0,25}$")
_ANNIVERSARY = re.compile(r"^\s*năm\s*(?:ngày\s*)?(?:thành lập|ra đời|truyền thống)")
_SCHOOL_YEAR = re.compile(r"\bnăm học\s*(\d{4})\s*[-–—/]\s*(\d{4})")


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    for claim in claims:
        if claim.kind == "date" and isinstance(claim.value, str):
            outcome = _date(claim, context)
            if outcome is not None:
                yield outcome
    # a birth or founding year, without which neither is checked: the sentences with one
    dated = {(c.paragraph, c.sentence) for c in claims if _year(c)}
    # the words _BORN and _FOUNDED need, looked for only when some year is there
    births = bool(dated) and (
        context.shared.mentions(context.text, "sinh") or any(_born_sn(c) for c in claims)
    )
    foundings = bool(dated) and context.shared.mentions(
        context.text, "thành lập", "ra đời", "khai sinh"
    )
    if births or foundings:
        for sentence in context.shared.sentences(claims):
            if (sentence[0].paragraph, sentence[0].sentence) not in dated:
                continue  # by_sentence groups claims by this very key
            if births:
                yield from _birth(sentence, context)
            if foundings:
                yield from _founding(sentence, context)
    if context.shared.mentions(context.text, "năm học"):
        yield from _school_years(claims, context.text)  # the pattern is slow to scan for


def _date(claim: Claim, context: RuleContext) -> Outcome | None:
    match = _ISO.match(str(claim.value))
    if not match:
        return None
    year = None if match.group(1) == "-" else int(match.group(1))
    month, day = int(match.group(2)), int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None  # "85-60-90" is no date at all, not an impossible one
    against_publication = (
        year is not None and context.published is not None and str(year) in claim.text
    )
    if day <= 28 and not against_publication:
        return None  # every month has 28 days: nothing below could be said of it
    if _LUNAR.match(text_after(context.text, claim, 20)):
        return None  # "30/2 âm lịch": a lunar month may have 30 days
    leap_or_known = year if year is not None else 2000  # no year: any year, so a leap one
    days = calendar.monthrange(leap_or_known, month)[1] if 1 <= month <= 12 else 0
    if not 1 <= day <= days and _said_impossible(context.text, day, month):
        return None  # "vé từ các ngày 29-31/2. Trong khi, tháng 2 chỉ có 28 ngày!": a prank
    if not 1 <= day <= days:
        reason = f"tháng {month} chỉ có {days} ngày"
        if month == 2 and year is not None and day == 29:
            reason = f"năm {year} không nhuận, tháng 2 chỉ có 28 ngày"
        return Outcome(
            status="fail",
            claims=(claim.id,),
            message=f"{label(claim)} không có thật: {reason}.",
            detail=f"{claim.value}: ngày {day} > {days} ngày của tháng {month}",
        )
    if against_publication and year is not None and context.published is not None:
        # only a printed year: a year the grammar lent from the publication date
        # would turn "Ngày 15/12, hội nghị diễn ra ..." in an announcement into an error
        when = date(year, month, day)
        if when > context.published and _FUTURE.search(claim.sentence.lower()):
            return None  # a plan or a deadline: nothing to check against publication
        if when > context.published:
            return Outcome(
                status="fail",
                claims=(claim.id,),
                message=f"Sự kiện ngày {label(claim)} xảy ra sau ngày đăng "
                f"{context.published:%d/%m/%Y}.",
                detail=f"{when.isoformat()} > {context.published.isoformat()}, câu không nói "
                "về tương lai (không có «sẽ», «dự kiến», «kế hoạch»...)",
            )
        return Outcome(
            status="pass",
            claims=(claim.id,),
            message=f"{label(claim)} có thật và không sau ngày đăng.",
            detail=f"{when.isoformat()} ≤ {context.published.isoformat()}",
        )
    if day >= 29:
        return Outcome(
            status="pass",
            claims=(claim.id,),
            message=f"{label(claim)} có thật.",
            detail=f"{claim.value}: ngày {day} ≤ {days} ngày của tháng {month}",
        )
    return None


def _said_impossible(text: str, day: int, month: int) -> bool:
    """The article itself says the date cannot exist: it writes about the error."""
    knows = (
        rf"\btháng {month}\b[^.!?\n]{{0,20}}\bchỉ có \d+ ngày"
        rf"|\bkhông (?:có|tồn tại) ngày {day}/0?{month}\b"
    )
    return bool(re.search(knows, text.lower()))


def _year(claim: Claim) -> int | None:
    if claim.kind == "year":
        value = claim.value if isinstance(claim.value, int | float) else claim.lower
        return int(value) if value is not None and claim.lower == claim.upper else None
    if claim.kind == "date" and isinstance(claim.value, str):
        match = _ISO.match(claim.value)
        return int(match.group(1)) if match and match.group(1) != "-" else None
    return None


def _is_age(claim: Claim, text: str) -> bool:
    """An age in years: only those can be checked against a year of birth."""
    if claim.kind == "age":
        return claim.unit in (None, "tuổi")
    return claim.kind == "count" and text_after(text, claim, 8).strip().startswith("tuổi")


def _born_sn(claim: Claim) -> bool:
    return _SN_YEAR.match(claim.text) is not None


def _one_aside(text: str, birth: Claim, age: Claim) -> bool:
    """'(SN 1990, 34 tuổi)', '(34 tuổi, SN 1990)': one person's aside, no name or bracket
    between the two (an 'SN' year names a person in a list of suspects or victims)."""
    first, second = sorted((birth, age), key=lambda claim: claim.start)
    between = text[first.end : second.start]
    return len(between) <= 12 and not any(ch.isupper() or ch in "()" for ch in between)


def _reference_year(
    others: list[Claim], context: RuleContext, after: int
) -> tuple[int, Claim | None] | None:
    """The year of the story: a later year in the sentence, else the publication year."""
    for other in others:
        year = _year(other)
        if year is not None and year > after:
            return year, other
    if context.published is not None and context.published.year > after:
        return context.published.year, None
    return None


def _birth(sentence: list[Claim], context: RuleContext) -> Iterator[Outcome]:
    born = [
        c
        for c in sentence
        if _year(c)
        and (
            _BORN.search(text_before(context.text, c, 20))
            or "sinh" in c.text.lower()
            or _born_sn(c)
        )
    ]
    if len(born) != 1:
        return  # before looking for ages: most sentences name no birth year
    ages = [c for c in sentence if _is_age(c, context.text)]
    if len(ages) != 1:
        return
    birth, age = born[0], ages[0]
    if _born_sn(birth) and not _one_aside(context.text, birth, age):
        return  # "A (SN 1990) và Trần Văn B (25 tuổi)": two people
    low, high = sorted((birth.start, age.start))
    # "sinh năm 1990, năm 2024 anh 34 tuổi": the year between them is the age's year
    others = [c for c in sentence if c.kind == "year" and low < c.start < high]
    birth_year = _year(birth)
    if birth_year is None:
        return
    reference = _reference_year(others, context, birth_year)
    if reference is None:
        return
    year, year_claim = reference
    possible = Iv.closed(year - birth_year - 1, year - birth_year)
    source = f"năm {year}" if year_claim else f"năm đăng bài {year}"
    yield interval_agreement(
        possible,
        Iv.of(age),
        (birth.id, age.id, *((year_claim.id,) if year_claim else ())),
        f"Sinh năm {birth_year}, đến {source} thì {possible} tuổi:",
        f"{label(age)}.",
        f"{year} − {birth_year} = {year - birth_year} (hoặc {year - birth_year - 1} nếu "
        f"chưa tới sinh nhật) → {possible}",
        stated_as="tuổi nêu",
    )


def _founding(sentence: list[Claim], context: RuleContext) -> Iterator[Outcome]:
    text = context.text
    founded = [c for c in sentence if _year(c) and _FOUNDED.search(text_before(text, c, 40))]
    if len(founded) != 1:
        return  # before reading around every count: most sentences found nothing
    spans = [
        c
        for c in sentence
        if c.kind in ("duration", "count", "ordinal")
        and _year(c) is None
        and (
            text_before(text, c, 12).rstrip().endswith("kỷ niệm")
            or _ANNIVERSARY.search(text_after(text, c, 30))
        )
    ]
    if len(spans) != 1:
        return
    span, start = spans[0], founded[0]
    founding_year = _year(start)
    others = [c for c in sentence if c is not start and c is not span and _year(c)]
    if founding_year is None:
        return
    reference = _reference_year(others, context, founding_year)
    if reference is None:
        return
    year, year_claim = reference
    elapsed = Iv.point(year - founding_year)
    yield interval_agreement(
        elapsed,
        Iv.of(span),
        (start.id, span.id, *((year_claim.id,) if year_claim else ())),
        f"Thành lập năm {founding_year}, đến năm {year} là {year - founding_year} năm:",
        f"{label(span)}.",
        f"{year} − {founding_year} = {fmt(Fraction(year - founding_year))}",
    )


def _school_years(claims: Sequence[Claim], text: str) -> Iterator[Outcome]:
    for match in _SCHOOL_YEAR.finditer(text.lower()):
        inside = tuple(c.id for c in claims if match.start() <= c.start < match.end())
        if not inside:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        ok = second == first + 1
        yield Outcome(
            status="pass" if ok else "fail",
            claims=inside,
            message=f"«{match.group()}» "
            + ("là hai năm liền nhau." if ok else "không phải hai năm liền nhau."),
            detail=f"{second} − {first} = {second - first}; một năm học cần đúng 1",
        )
