"""Hedge words of the quantity grammar, as data: what each one does to a number's interval.

"hơn 20" is over 20, "khoảng 20" about 20, "tối đa 20" at most 20; "20 trở lên"
is a hedge after the number.  ``patterns`` and ``cues`` find them; ``hedges`` says
what each kind does to the interval.
"""

from __future__ import annotations

HEDGES: dict[str, str] = {
    "hơn": "over",
    "trên": "over",
    "vượt": "over",
    "vượt quá": "over",
    "nhiều hơn": "over",
    "cao hơn": "over",
    "lớn hơn": "over",
    "gần": "nearly",
    "gần như": "nearly",
    "suýt": "nearly",
    "ngót": "nearly",
    "ngót nghét": "nearly",  # 'ngót nghét 20 năm': almost, the spoken pair of 'ngót'
    "khoảng": "about",
    "chừng": "about",
    "khoảng chừng": "about",
    "tầm": "about",
    "tầm khoảng": "about",
    "xấp xỉ": "about",
    "ước": "about",
    "ước tính": "about",
    "ước khoảng": "about",
    "trên dưới": "about",
    "cỡ": "about",
    "quanh": "about",
    "quanh mức": "about",
    "quanh ngưỡng": "about",
    "xung quanh": "about",
    "xung quanh mức": "about",
    "xung quanh ngưỡng": "about",
    "dưới": "under",
    "chưa đến": "under",
    "chưa tới": "under",
    "chưa đầy": "under",
    "ít hơn": "under",
    "kém hơn": "under",
    "thấp hơn": "under",
    "không tới": "under",
    "không đến": "under",
    "không quá": "at_most",
    "tối đa": "at_most",
    "không hơn": "at_most",
    "không cao hơn": "at_most",
    "không vượt quá": "at_most",
    "nhiều nhất": "at_most",
    "ít nhất": "at_least",
    "tối thiểu": "at_least",
    "không dưới": "at_least",
    "không ít hơn": "at_least",
    "tới": "up_to",
    "lên tới": "up_to",
    "lên đến": "up_to",
    "đến": "up_to",  # not after a verb it joins, nor closing a range: cues._no_up_to
}

TRAILING_HEDGES: dict[str, str] = {"trở lên": "at_least", "trở xuống": "at_most"}
"""'từ 7000 đồng trở xuống' = at most 7000."""
