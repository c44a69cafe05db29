"""The subject of a claim: the noun phrase its number counts, cut from the text.

Vietnamese news puts the noun after the number ("74.739 trẻ em dưới 6 tuổi
được cấp thẻ bảo hiểm y tế") or before a copula ("trẻ em dưới 6 tuổi là hơn
74.000 trẻ"); money and percents often name it right before them ("tổng số
tiền trên 300 triệu đồng", "Doanh thu đạt 300 tỷ đồng").  ``subject_of`` tries,
in order: no subject for dates and spans of time; the noun an ordinal ranks;
the person or thing a bracketed or appositive age or measure describes; the
subject of the amount a bracketed or moving amount restates; the phrase before
a copula; the phrase after the number; the phrase before a measuring verb; and
for a share with none of these, the subject of the count before it.  The
phrases themselves are read by ``phrase_forward`` and ``phrase_backward``.
"""

from __future__ import annotations

import re

from claims.extract.context.ages import age_person, initialled_name, trailing_name
from claims.extract.context.classifiers import classified_topic
from claims.extract.context.coordinates import coordinate_subject
from claims.extract.context.count_clause import count_clause
from claims.extract.context.labels import label_subject
from claims.extract.context.ordinals import ordinal_subject
from claims.extract.context.passive_subject import past_auxiliary
from claims.extract.context.phrase_backward import backward, backward_read
from claims.extract.context.phrase_forward import forward, forward_from
from claims.extract.context.predicates import past_predicate
from claims.extract.context.price_named import price_named_before
from claims.extract.context.properties import (
    PROPERTY_PATTERNS,
    owned_before_copula,
    property_subject,
    read_through_place,
)
from claims.extract.context.purpose import paid_for
from claims.extract.context.reached import reached_subject
from claims.extract.context.records import result_matches
from claims.extract.context.scope import places
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.siblings import share_of_the_same, sibling_subject
from claims.extract.context.tables import table_label
from claims.extract.context.times_event import times_event
from claims.extract.context.words import (
    COLON_BEFORE,
    CONTINUATION_BEFORE,
    COPULA_BEFORE,
    DIMENSION_BEFORE,
    DISTANCE_BEFORE,
    HEDGES_BEFORE,
    MAX_SUBJECT_WORDS,
    MEASURE_VERB_BEFORE,
    REMAINING_BEFORE,
    RESTATED_AFTER_COMMA,
)
from claims.extract.context.worth import worth_of
from claims.extract.grammar.price_tables import price_row_label
from claims.model import Mention

_NO_SUBJECT_KINDS = frozenset({"date", "year", "time", "duration"})
"""A date or a span of time states when, not how many of something."""
_PERSON_KINDS = frozenset({"age", "measure"})
"""Kinds that, bracketed or set off by commas, describe the noun right before."""
_RESTATED_KINDS = frozenset({"money", "percent"})
"""Kinds that, bracketed, restate the amount before: "479 USD (10,8 triệu đồng)";
a bracketed count names its own noun: "đội hình (23 người)"."""
_IS_AFTER = re.compile(r"\s+là\s+")
_COUNTED_KINDS = frozenset({"count", "fraction"})
_CONSISTS_OF = re.compile(r"(?<!\w)gồm(?!\w)", re.IGNORECASE)
_WINDOW = 240
_SHARE_KINDS = frozenset({"percent", "multiple", "fraction"})
_PROPERTY_KINDS = frozenset({"money", "measure"})
_OWNED_KINDS = frozenset({"money", "measure", "percent"})
_DIGIT = re.compile(r"\d")
_AMONG = re.compile(r"\s+trong\s+(?:tổng\s+)?số\s+", re.IGNORECASE)
_IN_PLACES = re.compile(r"(?:(?:có|một số|nhiều)\s+)?nơi", re.IGNORECASE)
_REMAINING_KINDS = frozenset({"money", "measure", "percent"})
_CHANGE_VERB = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", re.IGNORECASE)
_RESTATED_REACH = 24
"""Characters before a bracket in which a digit of the same item shows a value
that the bracket restates."""
_ITEM_BREAK = re.compile(r"[,;)]")
_PROPERTY = re.compile(
    "|".join(
        (
            PROPERTY_PATTERNS["money"].pattern,
            PROPERTY_PATTERNS["measure"].pattern,
            r"(?<!\w)(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|thị phần|số phiếu|lãi suất)(?!\w)",
        )
    ),
    re.IGNORECASE,
)
"""A property of money, a measure or a share, anywhere in a phrase."""
_AGE_LEAD = re.compile(
    r"(?:cùng|đều|hiện|hiện nay|nay|năm nay|(?:lúc|khi) đó(?: mới)?)", re.IGNORECASE
)
"""Words that may open a bracketed age: "(cùng 17 tuổi", "(hiện khoảng 10 tuổi)"."""
_VALUE_KINDS = frozenset({"money", "percent", "measure", "multiple", "fraction"})
_NAMED_BEFORE_KINDS = frozenset({"money", "percent", "measure", "multiple"})
"""Kinds whose subject may stand right before them with no verb ("tổng số tiền
trên 300 triệu đồng"); a count is named after its number."""


def subject_of(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of ``mention``, or ``None``.

    ``previous`` holds the earlier claims of the sentence with their subjects:
    a percent with no noun of its own ("…, đạt 100%") is a share of the
    preceding count of its clause.
    """
    if mention.kind in _NO_SUBJECT_KINDS:
        return None
    found = _own_subject(words, mention, previous)
    # "xe tải 1.120 chiếc": a classifier counts the topic before it (classifiers).
    found = classified_topic(words, mention.kind, mention.start, mention.end, found)
    # "2 lần từ chối cấp visa", "lần thứ 12 vô địch …": the event counted (times_event).
    found = times_event(words, mention, found)
    # "hơn 11.000 người đang cai nghiện": the clause saying which are counted (count_clause).
    found = count_clause(words, mention, found)
    if mention.kind in _VALUE_KINDS:
        # "giá vàng … được niêm yết ở mức …": not the verb, what it lists (predicates).
        found = past_predicate(words, found, mention.start)
    # "trả 683 triệu đồng cho bữa ăn tối": what the amount pays for (purpose).
    found = paid_for(words, mention, found)
    if found is not None and mention.kind != "count" and _IN_PLACES.fullmatch(found):
        found = None  # "…, có nơi trên 40 độ C" (in places): no subject of its own
    if found is None and previous:
        # "22.705 – 22.775 VND/USD", "dài 40 m, nặng 200 tấn": a second value of
        # the same thing names none of its own (siblings).
        found = sibling_subject(words, mention, previous)
    # "Còn giá vàng miếng SJC của …, được niêm yết ở mức 36,430": the price named (price_named).
    found = price_named_before(words, mention, found)
    # "vị trí tâm bão ở vào khoảng 20,1 độ vĩ Bắc": what the coordinate places (coordinates).
    return coordinate_subject(words, mention, found, previous)


def _own_subject(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    # Cues sit next to the number; a window keeps long table rows linear.
    text, start = words.text, max(words.start, mention.start - _WINDOW)
    before = text[start : mention.start]
    if mention.kind == "ordinal":
        # "cầu thủ thứ 18", "vị trí thứ ba": the noun ranked (ordinals).
        return ordinal_subject(words, mention)
    label = (
        price_row_label(text, mention)
        or table_label(words, mention)
        or result_matches(words, mention)  # "thắng 7, hòa 5" (records)
        or worth_of(words, mention, previous)  # "chiếc điện thoại trị giá 7 triệu đồng" (worth)
        or share_of_the_same(words, mention, previous)  # "chiếm 37,5% GDP và 26% …" (siblings)
    )
    if label is not None:
        # "Đơn giá (taka/kg)  Bold/Large Brokens 120-130": the row of a price table.
        # "7 Phạm lỗi 16 3 Phạt góc 5": the label between a row's values (tables).
        return label
    bracket = _bracket_or_apposition(words, mention, before)
    if mention.kind in _PERSON_KINDS and bracket is not None:
        # "Huỳnh Quý (31 tuổi)", "Josephine Law, 29 tuổi,", "USS Fitzgerald, 10.000 tấn,"
        person = initialled_name(words, start + bracket) or backward(
            words, start + bracket, closed=True
        )
        if person:
            return trailing_name(person)
        if mention.kind == "age" or before[bracket] != "(":
            return None
        # "120 FPS (120 khung hình/giây)": a measure bracketed right after
        # another value restates it (below).
    if mention.kind == "age":
        # An age belongs to the person named right before it ("Bé trai 6 tuổi"),
        # or set off around it (ages).
        hedges = HEDGES_BEFORE.search(before)
        anchor = start + (hedges.start() if hedges else len(before))
        return age_person(words, mention, anchor)
    if bracket is not None and mention.kind in _RESTATED_KINDS and before[bracket] == "(":
        # "Bill Gates (89,4 tỷ USD), Jeff Bezos (84,8 tỷ USD)", "Giá vé (50.000 đồng)".
        owner = _bracketed_after_a_noun(words, mention, start + bracket, previous)
        if owner:
            return owner
    restated = bracket is not None and (
        mention.kind in _RESTATED_KINDS or mention.kind in _PERSON_KINDS
    )
    if restated or CONTINUATION_BEFORE.search(before):
        # "479 USD (tương đương 10,8 triệu đồng)", "doanh thu tăng 101%, từ 251 triệu
        # USD lên 504 triệu USD": the same thing restated or moving.
        same = _previous_subject(words, mention, previous)
        if same:
            return same
        restating = RESTATED_AFTER_COMMA.search(before)
        if restating is not None and mention.kind in _RESTATED_KINDS:
            # "quyên tặng một lượng cổ phiếu của Berkshire, tương đương 3,17 tỷ USD"
            restated_noun = backward(words, start + restating.start(), closed=True)
            if restated_noun and not _DIGIT.search(restated_noun):
                return restated_noun
    if mention.kind in _REMAINING_KINDS and REMAINING_BEFORE.search(before):
        left = _moved_before(words, mention, previous)
        if left:
            return left
    colon = COLON_BEFORE.search(before)
    if colon is not None:
        # "Dung tích: 1285 cc Công suất: …": a list run together (labels).
        label = label_subject(words, mention, start + colon.start())
        if label:
            return label
    if mention.kind == "measure":
        distance = DISTANCE_BEFORE.search(before)
        if distance is not None:
            # "Vị trí tai nạn cách lề đường khoảng 1m": the thing placed; nothing
            # when the distance stands alone ("cách Trái đất 1,6 triệu km").
            return backward(words, start + distance.start(), closed=True)
        dimension = DIMENSION_BEFORE.search(before)
        if dimension is not None:
            return backward(words, start + dimension.start(), closed=True)
    copula = COPULA_BEFORE.search(before)
    if copula is not None:
        # "X là N": X, else what follows N, else a share of the count before.
        found, after_quantity = backward_read(words, start + copula.start(), closed=False)
        if found and found[0].isupper() and not after_quantity:
            # "tổng số người Việt sinh sống tại Australia là …": past the place.
            found = read_through_place(words, start + copula.start(), found)
        if after_quantity:
            owned = None
            if mention.kind in _OWNED_KINDS:
                owned = owned_before_copula(words, start + copula.start(), mention.kind)
            found = owned or forward(words, mention)
        elif not found or _is_a_place(found):
            found = forward(words, mention) or found
        elif mention.kind in _COUNTED_KINDS:
            found = _counted_noun(words, mention, found, copula.group()) or found
        if found or mention.kind not in _SHARE_KINDS:
            return found
        return _share_of(words, mention, previous)
    if mention.kind in _PROPERTY_KINDS:
        # "tổng diện tích 16 ha nằm …", "dung tích 160 cc hoàn toàn mới": a
        # property named right before the value is its subject (properties).
        hedges = HEDGES_BEFORE.search(before)
        anchor = hedges.start() if hedges is not None else len(before)
        found = property_subject(words, start + anchor, mention.kind)
        if found:
            return found
    if mention.kind == "count":
        among = _AMONG.match(words.text, mention.end, words.end)
        whole = words.claim_at(among.end()) if among is not None else None
        if whole is not None:
            # "3 trong số 6 trụ bơm": a part counts what the whole counts.
            return forward(words, whole)
    found = forward(words, mention)
    if found:
        return found
    if mention.kind == "percent":
        # "trong đó 10% là các ca nặng": the share is named after "là".
        named = _IS_AFTER.match(words.text, mention.end, words.end)
        if named is not None:
            found = forward_from(words, named.end())
            if found:
                return found
    if colon is not None:
        return backward(words, start + colon.start(), closed=False)
    # Read backward from a verb or the number itself; a phrase that starts right
    # after another quantity is that quantity's noun ("3 giám khảo dành hai điểm").
    verb = MEASURE_VERB_BEFORE.search(before)
    found, after_quantity = None, False
    if verb is not None:
        # "giá vàng thế giới chốt phiên tại Mỹ đã tăng lên mức …": past the place.
        found, after_quantity = backward_read(
            words, start + verb.start(), closed=True, limit=MAX_SUBJECT_WORDS, through_places=True
        )
    elif mention.kind in _NAMED_BEFORE_KINDS:
        hedges = HEDGES_BEFORE.search(before)
        anchor = hedges.start() if hedges is not None else len(before)
        found, after_quantity = backward_read(words, start + anchor, closed=True)
    if found and not after_quantity:
        # "đội bóng … đã bị phạt 2.000.000 đồng": not the verb, the noun (passive_subject).
        return past_auxiliary(words, found, mention.start, mention.kind)
    if verb is not None and not found:
        # "lợi nhuận trước thuế năm 2016 (đạt 1.348 tỷ đồng)", "lợi nhuận … đạt gần
        # 470 tỷ đồng, đến thời điểm 31.5.2017 đạt trên 730 tỷ đồng" (reached).
        reached = reached_subject(words, mention, start + verb.start(), previous)
        if reached:
            return reached
    if mention.kind in _SHARE_KINDS:
        return _share_of(words, mention, previous)
    return None


def _counted_noun(words: SentenceWords, mention: Mention, before: str, copula: str) -> str | None:
    """ "Dự thảo gồm ba chương", "Diện xét tuyển thẳng … là 119 thí sinh": the
    noun a count names after the copula, when it is what is counted; not when
    it repeats the head of the phrase before ("trẻ em dưới 6 tuổi là hơn
    74.000 trẻ", which says which children)."""
    noun = forward(words, mention)
    if noun is None:
        return None
    if _CONSISTS_OF.search(copula):
        return noun  # the parts are what is counted
    head = noun.split()[0].lower()
    return None if head in before.lower().split() else noun


def _bracket_or_apposition(words: SentenceWords, mention: Mention, before: str) -> int | None:
    """Where "(" or an appositive "," opens before the number, as an offset into
    ``before``; ``None`` when the number is not bracketed or set off by commas."""
    # Hedges are words and spaces only, so the bracket or comma can only be the
    # last one in ``before``: the hedge tail is looked for after it alone rather
    # than tried at every offset of the window.
    opener = max(before.rfind("("), before.rfind(","))
    if mention.kind == "age":
        # "Công chúa Mako - 25 tuổi, con gái cả …": a dash sets an age off too.
        dash = max(before.rfind(" - "), before.rfind(" – "))
        opener = max(opener, dash + 1 if dash >= 0 else -1)
    if opener < 0:
        return None
    hedges = HEDGES_BEFORE.search(before, opener + 1)
    if hedges is None:
        return None
    lead = before[opener + 1 : hedges.start()].strip()
    if lead and not (mention.kind == "age" and before[opener] == "(" and _AGE_LEAD.fullmatch(lead)):
        return None  # "(cùng 17 tuổi", "(hiện khoảng 10 tuổi)": still the bracketed age
    if before[opener] == "(":
        return opener
    after = words.text[mention.end : min(words.end, mention.end + 3)].lstrip()
    # An age may end its sentence: "Lyudmila Fursova, 21 tuổi" over a photo.
    ends = after[:1] in (",", ")") or (mention.kind == "age" and after[:1] in ("", ".", "-", "–"))
    return opener if ends else None


def _moved_before(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """ "Dự trữ … đã giảm 12,3 tỷ USD trong tháng 1, mạnh hơn dự báo, còn 2,998
    nghìn tỷ USD": the subject of the nearest earlier amount of the kind in the
    sentence, when no change verb stands between it and "còn" (after "hàng tồn
    kho giảm nhẹ, còn …" the amount is another item's)."""
    for earlier, subject in reversed(previous):
        if earlier.kind != mention.kind:
            continue
        between = words.text[earlier.end : mention.start]
        return None if _CHANGE_VERB.search(between) or ";" in between else subject
    return None


def _bracketed_after_a_noun(
    words: SentenceWords, mention: Mention, opener: int, previous: list[tuple[Mention, str]]
) -> str | None:
    """The name or property an amount alone in brackets right after it belongs
    to ("Bill Gates (89,4 tỷ USD)", "BHN (-5,9%)", "giá bán (từ 981 triệu đồng)"),
    or ``None``: the amount restates a value before it ("479 USD (10,8 triệu
    đồng)", "13 tỷ đô la Hồng Kông (37,9 nghìn tỷ đồng)"), more follows it in the
    brackets ("(100% vốn Đài Loan)"), or it is an item of a list whose property
    the clause named before ("tỷ lệ đỗ tốt nghiệp … Hưng Yên (97,42%)")."""
    text = words.text
    if text[mention.end : mention.end + 2].lstrip()[:1] != ")":
        return None
    item = text[max(words.start, opener - _RESTATED_REACH) : opener]
    if _DIGIT.search(_ITEM_BREAK.split(item)[-1]):
        return None  # a value of the same item stands before the bracket
    named = backward(words, opener, closed=True, limit=MAX_SUBJECT_WORDS)
    if not named:
        return None
    if _PROPERTY.search(named):
        return named
    if not named[0].isupper():
        return None
    same = _previous_subject(words, mention, previous)
    return None if same and _PROPERTY.search(same) else named


def _previous_subject(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier claim of the clause (no ';' between)."""
    if not previous:
        return None
    earlier, subject = previous[-1]
    return None if ";" in words.text[earlier.end : mention.start] else subject


def _is_a_place(phrase: str) -> bool:
    """ "TP.HCM là 500 ca": a place before the copula is scope; the subject follows."""
    named = places(phrase, 0, len(phrase))
    return len(named) == 1 and named[0].text == phrase


def _share_of(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier count with no ';' in between, else of
    the nearest earlier share ("tỷ lệ … còn 60% và đến năm 2025 còn 25%")."""
    fallback: str | None = None
    for earlier, subject in reversed(previous):
        if ";" in words.text[earlier.end : mention.start]:
            break
        if earlier.kind not in _SHARE_KINDS:
            return subject
        fallback = fallback or subject
    return fallback
