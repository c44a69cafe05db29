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
phrases themselves are read by ``phrase_forward`` and ``phrase_backward``; the
readings around a bracket or apposition by ``bracketed``, after a copula by
``copula_subject``, before a measuring verb by ``named_before``, and those that
borrow an earlier claim's subject by ``earlier_subjects``.  This module keeps
only the order in which they are tried.
"""

from __future__ import annotations

import re

from claims.extract.context.ages import age_person, initialled_name, trailing_name
from claims.extract.context.baselines import compared_away, compared_baseline
from claims.extract.context.between import between_pair
from claims.extract.context.body_sizes import body_size
from claims.extract.context.bracketed import bracket_or_apposition, bracketed_after_a_noun
from claims.extract.context.buy_sell import bracketed_side, buy_sell_price
from claims.extract.context.chained_subject import chained_subject
from claims.extract.context.classifiers import classified_topic
from claims.extract.context.coordinates import coordinate_subject
from claims.extract.context.copula_subject import copula_subject
from claims.extract.context.count_clause import count_clause
from claims.extract.context.dimension_names import dimension_name
from claims.extract.context.distances import distance_subject, measured_from
from claims.extract.context.earlier_subjects import moved_before, previous_subject
from claims.extract.context.engine_speed import engine_speed
from claims.extract.context.labels import label_subject
from claims.extract.context.modal_subject import modal_subject
from claims.extract.context.named_before import named_before
from claims.extract.context.ordinals import match_time, ordinal_subject
from claims.extract.context.phrase_backward import backward
from claims.extract.context.phrase_forward import forward, forward_from
from claims.extract.context.population import population
from claims.extract.context.predicates import past_predicate
from claims.extract.context.price_named import price_named_before
from claims.extract.context.price_owner import price_owner
from claims.extract.context.properties import property_subject
from claims.extract.context.purpose import paid_for
from claims.extract.context.records import result_matches
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.siblings import (
    in_places_of_the_same,
    share_of_the_same,
    sibling_subject,
)
from claims.extract.context.tables import table_label
from claims.extract.context.temperature_extremes import temperature_extreme
from claims.extract.context.times_event import times_event
from claims.extract.context.words import (
    COLON_BEFORE,
    CONTINUATION_BEFORE,
    COPULA_BEFORE,
    DIMENSION_BEFORE,
    DISTANCE_BEFORE,
    HEDGES_BEFORE,
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
_WINDOW = 240
_PROPERTY_KINDS = frozenset({"money", "measure"})
_AMONG = re.compile(r"\s+trong\s+(?:tổng\s+)?số\s+", re.IGNORECASE)
_IN_PLACES = re.compile(r"(?:(?:có|một số|nhiều)\s+)?nơi", re.IGNORECASE)
_REMAINING_KINDS = frozenset({"money", "measure", "percent"})
_DIGIT = re.compile(r"\d")
_FROM = re.compile(r"từ(?!\w)", re.IGNORECASE)
_PRICE_FROM = re.compile(r"(?<!\w)giá\s+từ\s*$", re.IGNORECASE)
_MOVE_AFTER = re.compile(
    r"[^,;.()]{0,60}?(?<!\w)(?:lên|xuống|đến|tới|còn|thành|sang)(?!\w)|\s*[-–]", re.IGNORECASE
)
""""từ 100 ca lên 120 ca", "từ 274 chiếc lên", "từ 5 – 7 người": the value moves on."""
_VALUE_KINDS = frozenset({"money", "percent", "measure", "multiple", "fraction"})


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
    speed = engine_speed(words, mention)
    if speed is not None:
        # "8,24 mã lực tại 8.000 vòng/phút": the speed a peak is reached at (engine_speed).
        return speed
    size = body_size(words, mention)
    if size is not None:
        # "số đo 3 vòng là: 81-64-89": bust, waist, hips, in that order (body_sizes).
        return size
    found = _own_subject(words, mention, previous)
    # "xe tải 1.120 chiếc": a classifier counts the topic before it (classifiers).
    found = classified_topic(words, mention.kind, mention.start, mention.end, found)
    # "2 lần từ chối cấp visa", "lần thứ 12 vô địch …": the event counted (times_event).
    found = times_event(words, mention, found)
    # "hơn 11.000 người đang cai nghiện": the clause saying which are counted (count_clause).
    found = count_clause(words, mention, found)
    # "Dân số Australia đã vượt 24,4 triệu người": the population counted (population).
    found = population(words, mention, found)
    if mention.kind in _VALUE_KINDS and not measured_from(found):
        # "giá vàng … được niêm yết ở mức …": not the verb, what it lists (predicates).
        found = past_predicate(words, found, mention.start)
    # "trả 683 triệu đồng cho bữa ăn tối": what the amount pays for (purpose).
    found = paid_for(words, mention, found)
    # "mua một chai nước cốt dâu với giá 100.000 đồng": whose price "giá" is (price_owner).
    found = price_owner(words, mention, found)
    # "Nhiệt độ thấp nhất …, cao nhất 30 độ C": the property told once (temperature_extremes).
    found = temperature_extreme(words, mention, found)
    if found is not None and mention.kind != "count" and _IN_PLACES.fullmatch(found):
        found = None  # "…, có nơi trên 40 độ C" (in places): no subject of its own
    if found is None and previous:
        # "22.705 – 22.775 VND/USD", "dài 40 m, nặng 200 tấn": a second value of
        # the same thing names none of its own (siblings).
        found = sibling_subject(words, mention, previous) or in_places_of_the_same(
            words, mention, previous
        )
    # "Còn giá vàng miếng SJC của …, được niêm yết ở mức 36,430": the price named (price_named).
    found = price_named_before(words, mention, found)
    # "vàng SJC giao dịch mua-bán ở mức 36,68-36,98 triệu đồng/lượng": the buying
    # and the selling price (buy_sell).
    found = buy_sell_price(words, mention, found, previous)
    # "Giá vàng giao ngay … lên chạm mức 1.233,01 USD/ounce": not the predicate, the
    # noun phrase it follows (chained_subject).
    found = chained_subject(words, mention, found, previous)
    # "503 mã lực, so với mức 483 mã lực": the baseline of what it is compared with (baselines).
    found = compared_baseline(words, mention, found, previous)
    # "… giảm 650.000 đồng/lượng so với giá chốt phiên chiều qua, neo ở mức 36,6": not the
    # noun compared with, the subject of the change (baselines).
    found = compared_away(words, mention, found, previous)
    # "Vietinbank: 22.630 đồng (mua) và 22.740 đồng (bán)": each side's price (buy_sell).
    found = bracketed_side(words, mention, found)
    # "Chênh lệch giữa giá mua và bán hiện ở mức …": the relation, not the second thing (between).
    found = between_pair(words, mention, found)
    # "…, sinh năm 1990, cao 1m66", "chiều dài 4.660 mm, rộng 1.800 mm": the property a
    # dimension adjective names when nothing else was read (dimension_names).
    # "nhiệt độ bề mặt hành tinh có thể lên tới 430 độ C": not "thể" of the modal, the
    # noun phrase before it (modal_subject).
    found = modal_subject(words, mention, found)
    found = dimension_name(words, mention, found)
    # "vị trí tâm bão ở vào khoảng 20,1 độ vĩ Bắc": what the coordinate places (coordinates).
    return coordinate_subject(words, mention, found, previous)


def _from_without_a_move(words: SentenceWords, mention: Mention, continuation: str) -> bool:
    """A count after "từ" (from) that no move follows ("lên", "xuống", "đến", …): the
    place or group it comes from ("đến từ 24 đơn vị", "nhập cư từ 7 nước"), not a
    value moving from the one before ("tăng từ 100 ca lên 120 ca")."""
    if mention.kind != "count" or not _FROM.match(continuation):
        return False
    if _PRICE_FROM.search(words.text, max(words.start, mention.start - 12), mention.start):
        return False  # "bữa ăn giá từ 3 triệu": a price, read as a count
    return _MOVE_AFTER.match(words.text, mention.end, words.end) is None


def _an_origin(words: SentenceWords, mention: Mention) -> bool:
    """``mention`` counts where things come from ("đến từ 6 quốc gia")."""
    before = words.text[max(words.start, mention.start - 40) : mention.start]
    continuation = CONTINUATION_BEFORE.search(before)
    return continuation is not None and _from_without_a_move(words, mention, continuation.group())


def _own_subject(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    # Cues sit next to the number; a window keeps long table rows linear.
    text, start = words.text, max(words.start, mention.start - _WINDOW)
    before = text[start : mention.start]
    minute = match_time(words, mention)
    if minute is not None:
        # "ở phút 54 trận giao hữu …", "ngay phút thứ 2": a match's minute (ordinals).
        return minute
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
    bracket = bracket_or_apposition(words, mention, before)
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
        owner = bracketed_after_a_noun(words, mention, start + bracket, previous)
        if owner:
            return owner
    restated = bracket is not None and (
        mention.kind in _RESTATED_KINDS or mention.kind in _PERSON_KINDS
    )
    continuation = CONTINUATION_BEFORE.search(before)
    if continuation is not None and _from_without_a_move(words, mention, continuation.group()):
        continuation = None  # "70 vận động viên đến từ 24 đơn vị": an origin, no move
    if restated or continuation is not None:
        # "479 USD (tương đương 10,8 triệu đồng)", "doanh thu tăng 101%, từ 251 triệu
        # USD lên 504 triệu USD": the same thing restated or moving.
        same = previous_subject(words, mention, previous)
        if same and not _an_origin(words, previous[-1][0]):
            # Not from a count of where things come from ("… 180 triệu người từ 6 quốc
            # gia, …, giảm nhận người tị nạn từ 110.000 xuống 50.000"): another noun.
            return same
        if same and continuation is not None:
            # "giảm nhận người tị nạn từ 110.000 xuống 50.000": the noun the move starts at.
            moving = backward(words, start + continuation.start(), closed=True)
            if moving and not _DIGIT.search(moving):
                return moving
        restating = RESTATED_AFTER_COMMA.search(before)
        if restating is not None and mention.kind in _RESTATED_KINDS:
            # "quyên tặng một lượng cổ phiếu của Berkshire, tương đương 3,17 tỷ USD"
            restated_noun = backward(words, start + restating.start(), closed=True)
            if restated_noun and not _DIGIT.search(restated_noun):
                return restated_noun
    if mention.kind in _REMAINING_KINDS and REMAINING_BEFORE.search(before):
        left = moved_before(words, mention, previous)
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
            # "Vị trí tai nạn cách lề đường khoảng 1m": the thing placed and the
            # point it is measured from (distances).
            return distance_subject(words, distance.start(), before, start)
        dimension = DIMENSION_BEFORE.search(before)
        if dimension is not None:
            return backward(words, start + dimension.start(), closed=True)
    copula = COPULA_BEFORE.search(before)
    if copula is not None:
        # "X là N": X, else what follows N, else a share of the count before (copula_subject).
        return copula_subject(words, mention, start + copula.start(), copula.group(), previous)
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
    # A magnitude measures the earthquake named before it, never the words after it:
    # "trận động đất mạnh 6,3 độ Richter xảy ra tại …", "Động đất 6,6 độ Richter ngoài khơi …".
    found = forward(words, mention) if mention.unit != "Richter" else None
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
    # Read backward from a verb or the number itself (named_before).
    return named_before(words, mention, start, before, previous)
