"""Attribution: who a claim is credited to, as the phrase is written.

"Theo số liệu thống kê, …", "…, theo Bộ Y tế", "Ông X, Giám đốc Sở Y tế, cho
biết …", "số liệu của Tổng cục Thống kê".  An attribution covers the claims
of its sentence; a "Theo …" that opens a paragraph covers the rest of that
paragraph too, and no further.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import islice

from claims.extract.context.guards import Guard, PerSentence, Vocabularies, Vocabulary
from claims.extract.context.openers import opened_on_letters
from claims.extract.context.scope import Found
from claims.extract.context.words import phrase_pattern, words
from claims.text import Sentence

_THEO = re.compile(r"[Tt](?<!\w.)heo\s+(?=\w)")
"""'Theo' as a word: its first letter is matched before the look-behind, so the engine
skips to the next 't' at C speed instead of trying the look-behind at every character."""
_NOT_A_SOURCE_AFTER_THEO = phrase_pattern(
    words(
        "đó|dõi|học|đuổi|kịp|quy định|kế hoạch|hướng|lộ trình|tiêu chuẩn|chủ trương|thời gian|"
        "thứ tự|yêu cầu|từng|giá|nhóm|cách|năm|tháng|ngày|mùa|đợt|hình thức|phương châm|"
        "định kỳ|đề nghị|chỉ đạo|Nghị định|Thông tư|Quyết định|Luật|giờ"
    )
)
_CLAUSE_OPENERS = ',;:(“"-–'
_SPEAKER_VERBS = (
    "cho biết",
    "cho hay",
    r"cho\s+[\w.]+(?:\s+[\w.]+)?\s+biết",
    "thông tin",
    "khẳng định",
    "thông báo",
    "chia sẻ",
    "nhấn mạnh",
    "cho rằng",
    "nói",
    "công bố",
    "ước tính",
    "tiết lộ",
    "xác nhận",
    "nhận định",
    "phát biểu",
    "báo cáo",
    "kể",
    "lý giải",
    "nhận xét",
    "nêu rõ",
    "tuyên bố",
    "nhắc lại",
    "đưa tin",
)
_SPEAKER_VERB_FLAT = re.compile(rf"(?<!\w)(?P<verb>{'|'.join(_SPEAKER_VERBS)})(?!\w)")
"""A speaker's verb as first written; ``_SPEAKER_VERB`` is it opened on letters (openers)."""
_SPEAKER_VERB = re.compile(
    rf"(?P<verb>{opened_on_letters((verb[0], verb[1:]) for verb in _SPEAKER_VERBS)})(?!\w)"
)
_STRONG_VERBS = frozenset({"cho biết", "cho hay"})
_NOUN_TOO = frozenset({"thông tin", "báo cáo", "thông báo"})
"""Verbs that are also nouns ("khai thác thông tin,"): only after a title or "đã"."""
_SHORT_HOLDER_WORDS = 6
_CUE_AFTER_VERB = re.compile(r"\s*(?:[,:.“\"]|rằng(?!\w)|$)")
_TITLE = re.compile(
    r"(?:ông|bà|anh|chị|đại diện|lãnh đạo|chuyên gia|các chuyên gia|đại biểu|bác sĩ|thầy|cô|"
    r"cơ quan|phóng viên|như|báo|bộ|sở|cục|tổng cục|công an|ubnd|ủy ban|uỷ ban|viện|bệnh viện|"
    r"trung tâm|giám đốc|phó|chủ tịch|bộ trưởng|thứ trưởng|trưởng|ts|pgs|gs|bs|tiến sĩ|tiến sỹ|"
    r"thủ tướng|tổng thống|huấn luyện viên|hlv|người phát ngôn|nguồn tin|truyền thông|hãng tin|"
    r"chính quyền)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Who may "thông tin", "nói" or "khẳng định": a person or a body, named by title."""
_TIME_OPENER = re.compile(
    r"(?<!\w)(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*,",
    re.IGNORECASE,
)
_DATE_OR_AGE = re.compile(r"\d(?:\d?[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d*\s*tuổi)")
"""A date ('6.2', '15/10/2019') or an age ('45 tuổi'), the first digit taken out of the
branches: a pattern that opens on one character class has the engine skip to it."""
_CONJUNCTION = re.compile(r"(?:đồng thời|và|nhưng|song|còn)(?!\w)", re.IGNORECASE)
_SAID_BEFORE_VERB = re.compile(r"(?<!\w)(?:đã|cũng|vừa|từng)\s*$")
_DATA_NOUN = r"(?:[Ss]ố liệu|[Bb]áo cáo|[Tt]hống kê|[Dd]ữ liệu|[Kk]hảo sát|[Kk]ết quả khảo sát)"
_DATA_OF = re.compile(rf"(?<!\w){_DATA_NOUN}(?:\s+[^\W\d]+){{0,2}}?\s+(?:của|từ)\s+(?=\w)")
_DATA_SHOWS = re.compile(rf"(?<!\w){_DATA_NOUN}[^,;:.“”\"]{{0,80}}?\s+cho thấy(?!\w)")
""""Dữ liệu vận tải từ Thomson Reuters Eikon cho thấy": the data is the source."""
# The words every match holds (see guards); "cho … biết" holds "cho" and "biết".
_THEO_GUARD = Guard(("theo",))
_SPEAKER_GUARD = Guard(
    words(
        "cho biết|cho hay|cho rằng|thông tin|khẳng định|thông báo|chia sẻ|nhấn mạnh|nói|"
        "công bố|ước tính|tiết lộ|xác nhận|nhận định|phát biểu|báo cáo|kể|lý giải|nhận xét|"
        "nêu rõ|tuyên bố|nhắc lại|đưa tin"
    )
)
_DATA_GUARD = Guard(words("số liệu|báo cáo|thống kê|dữ liệu|khảo sát"))
_OPENER = re.compile(r"Thông tin ban đầu(?=\s*,)")
_PHRASE_END = re.compile(
    r"[,;:!?…()“”\"]|\.(?=\s|$)|\s[-–]\s|(?<!\w)(?:cho thấy|công bố|vừa|mới đây)(?!\w)"
)
_MAX_THEO_WORDS = 16
_MAX_HOLDER_WORDS = 25
_WORD = re.compile(r"\w+")
_BOUNDARY = re.compile(r'[,;:)“”"]')
_QUOTE_OR_COLON = re.compile(r'[“”":]')
_DIGIT_LIKE = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
    "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
    "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    "\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)
"""A character ``str.isdigit`` holds: a decimal digit (``\\d``) or one of the digits
that are no decimal ones (superscripts, circled digits); tests/test_context_guards.py
recomputes the list."""


class SentenceSources:
    """The attributions covering each sentence, read on first ask.

    Only sentences with claims need theirs, so a sentence is read when asked
    for, and at most once.  Two things carry an attribution beyond its own
    sentence: a speaker named right after a closing quote ("“…”, ông A nói.")
    also covers the earlier sentences of the quote, and a "Theo …" that opens a
    paragraph covers its next few sentences (``paragraph_source``).
    """

    def __init__(
        self, text: str, sentences: Sequence[Sentence], vocabularies: Vocabularies
    ) -> None:
        self._text = text
        self._sentences = sentences
        self.own = PerSentence(attributions, text, sentences, vocabularies).at
        """The attributions written in each sentence itself."""
        self._covering: dict[int, list[Found]] = {}
        # Only a sentence with a closing quote can lend its speaker to earlier
        # ones: the quotes are found once for the text, not once per sentence.
        self._closes = _closing_quotes(text)
        self._quoted = sorted({_sentence_of(sentences, at) for at in self._closes})

    def covering(self, index: int) -> list[Found]:
        """The sentence's own attributions, else the speaker of a quote it is part of."""
        found = self._covering.get(index)
        if found is None:
            found = self._covering[index] = self.own(index) or self._quote_speaker(index)
        return found

    def _quote_speaker(self, index: int) -> list[Found]:
        # The first later sentence of the paragraph (and its first attribution)
        # whose quote opened before this sentence ended.
        sentences = self._sentences
        sentence = sentences[index]
        for later in self._quoted[bisect_right(self._quoted, index) :]:
            if sentences[later].paragraph != sentence.paragraph:
                break
            if not self._quote_opens_before(sentences[later], sentence.end):
                continue  # no quote of it reaches back here: its speakers need not be read
            for item in self.own(later):
                opening = self._quote_opening(sentences[later], item)
                if opening is not None and 0 <= opening < sentence.end:
                    return [item]
        return []

    def _quote_opens_before(self, sentence: Sentence, limit: int) -> bool:
        """Some quote closing in ``sentence`` opened before ``limit``."""
        text = self._text
        closes = self._closes
        for index in range(bisect_left(closes, sentence.start), len(closes)):
            close = closes[index]
            if close >= sentence.end:
                break
            opener = "“" if text[close] == "”" else '"'
            if 0 <= text.rfind(opener, 0, close) < limit:
                return True
        return False

    def _quote_opening(self, sentence: Sentence, item: Found) -> int | None:
        """Where the quote that closes right before ``item`` opened (-1 when it
        never did); ``None`` when no quote closes right before it."""
        text = self._text
        before = text[sentence.start : item.start].rstrip(" ,–-")
        if not before.endswith(("”", '"')):
            return None
        close = sentence.start + len(before) - 1
        return text.rfind("“" if before.endswith("”") else '"', 0, close)

    def paragraph_source(self, index: int) -> str | None:
        """The "Theo …" that opened the paragraph, while it still covers
        sentence ``index``: at most ``MAX_CARRIED_SENTENCES`` on, and up to the
        first sentence with an attribution of its own."""
        sentences = self._sentences
        paragraph = sentences[index].paragraph
        first = index
        while first > 0 and sentences[first - 1].paragraph == paragraph:
            first -= 1
            if index - first > MAX_CARRIED_SENTENCES:
                return None
        opener = opens_paragraph(self.covering(first), sentences[first].start, self._text)
        if opener is None:
            return None
        if any(self.covering(between) for between in range(first + 1, index + 1)):
            return None
        return opener.text


MAX_CARRIED_SENTENCES = 4
"""How far a paragraph-opening "Theo …" reaches: scraped news often runs a
whole article as one paragraph, and another speaker ends it sooner."""
_CLOSING_QUOTES = ("”", '"')


def _closing_quotes(text: str) -> list[int]:
    """The offsets of the closing quotes of ``text``, in order: ``str.find`` jumps
    from one to the next, where a regex character class tries every character."""
    found: list[int] = []
    for quote in _CLOSING_QUOTES:
        at = text.find(quote)
        while at >= 0:
            found.append(at)
            at = text.find(quote, at + 1)
    found.sort()
    return found


def _sentence_of(sentences: Sequence[Sentence], offset: int) -> int:
    """Index of the last sentence starting at or before ``offset``."""
    return max(0, bisect_right(sentences, offset, key=lambda s: s.start) - 1)


def attributions(text: str, start: int, end: int, vocabulary: Vocabulary = None) -> list[Found]:
    """Every attribution phrase in the sentence ``text[start:end]``, in order.
    With the sentence's ``vocabulary``, patterns it cannot match are skipped."""
    found = [
        *(_theo_phrases(text, start, end) if _THEO_GUARD.admits(vocabulary) else ()),
        *(_speakers(text, start, end) if _SPEAKER_GUARD.admits(vocabulary) else ()),
        *_data_of(text, start, end, vocabulary),
    ]
    found.sort(key=lambda f: f.start)
    kept: list[Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def opens_paragraph(found: list[Found], sentence_start: int, text: str) -> Found | None:
    """The "Theo …" that starts the sentence, if any (it carries over the paragraph)."""
    for item in found:
        if item.start == sentence_start and text[item.start : item.start + 4].lower() == "theo":
            return item
    return None


def _at_clause_start(text: str, start: int, position: int) -> bool:
    before = text[start:position].rstrip()
    return not before or before[-1] in _CLAUSE_OPENERS


def _theo_phrases(text: str, start: int, end: int) -> list[Found]:
    found: list[Found] = []
    for match in _THEO.finditer(text, start, end):
        if not _at_clause_start(text, start, match.start()):
            continue
        if _NOT_A_SOURCE_AFTER_THEO.match(text, match.end(), end):
            continue
        phrase_end = _phrase_end(text, match.end(), end, _MAX_THEO_WORDS)
        found.append(Found(match.start(), phrase_end, text[match.start() : phrase_end]))
    return found


def _phrase_end(text: str, position: int, end: int, max_words: int) -> int:
    """Where a name phrase starting at ``position`` ends: punctuation, a verb
    like "cho thấy", or ``max_words`` words."""
    stop = _PHRASE_END.search(text, position, end)
    limit = stop.start() if stop is not None else end
    words = list(_WORD.finditer(text, position, limit))
    if len(words) > max_words:
        return words[max_words - 1].end()
    return len(text[:limit].rstrip()) if words else position


def _speakers(text: str, start: int, end: int) -> list[Found]:
    found: list[Found] = []
    for match in _SPEAKER_VERB.finditer(text, start, end):
        verb = match.group("verb")
        for holder in _holder_starts(text, start, match.start()):
            if holder is None:
                break  # "…, đồng thời cho biết": the speaker is further back
            if _accepts(verb, text, holder, match.start(), match.end(), end):
                found.append(Found(holder, match.end(), text[holder : match.end()]))
                break
    return found


def _accepts(verb: str, text: str, holder: int, verb_start: int, verb_end: int, end: int) -> bool:
    """Whether "<holder> <verb>" attributes: "cho biết" always; a verb that is
    also a noun only after a title or "đã"; others after a title or a name, when a
    colon, comma, quote or "rằng" follows, "đã/cũng" precedes, or the holder is short."""
    if verb in _STRONG_VERBS or (verb.startswith("cho ") and verb.endswith(" biết")):
        return True
    said = _SAID_BEFORE_VERB.search(text, holder, verb_start) is not None
    titled = _TITLE.match(text, holder) is not None
    if verb in _NOUN_TOO:
        return titled or said
    if not (titled or _named(text, holder, verb_start)):
        return False
    short = len(_WORD.findall(text, holder, verb_start)) <= _SHORT_HOLDER_WORDS
    return bool(_CUE_AFTER_VERB.match(text, verb_end, end)) or said or short


def _named(text: str, holder: int, verb_start: int) -> bool:
    """The holder starts with a proper name: "Nga", "Jamie Redknapp", not "Rồi chuyện"."""
    names = [word.group() for word in islice(_WORD.finditer(text, holder, verb_start), 2)]
    return bool(names) and names[0][0].isupper() and (len(names) < 2 or names[1][0].isupper())


def _holder_starts(text: str, start: int, verb: int) -> Iterator[int | None]:
    """Where who speaks may start, earliest first: the sentence start, then each
    clause boundary, skipping spans with a number, a quote or an opening date
    ("Ngày 6.2, Chi cục … cho biết"); ``None`` ends the search."""
    # A boundary counts once something other than space precedes it: found
    # once, instead of stripping the text before every candidate.
    head = text[start:verb]
    first_word = start + len(head) - len(head.lstrip())
    boundaries = [start] + [m.end() for m in _BOUNDARY.finditer(text, first_word + 1, verb)]
    for boundary in boundaries:
        segment = text[boundary:verb]
        # Dates and ages are cut only from a segment with a digit in it, and the
        # rest searched for one ("ông A (45 tuổi) cho biết"); most segments have none.
        digits = _DIGIT_LIKE.search(segment) is not None
        bare = _DATE_OR_AGE.sub("", segment) if digits else segment
        if (
            not segment.strip()
            or _QUOTE_OR_COLON.search(bare)
            or (digits and _DIGIT_LIKE.search(bare) is not None)
        ):
            continue
        if segment.count(")") > segment.count("("):
            continue  # the tail of a photo credit: "(Ảnh: …) Tập đoàn X cho biết"
        if len(_WORD.findall(segment)) > _MAX_HOLDER_WORDS:
            continue
        if boundary > start and not segment[:1].isspace() and text[boundary - 1] == ",":
            continue  # a decimal comma, not a clause boundary
        if _TIME_OPENER.search(segment):
            continue  # the speaker follows the date
        lead = segment.lstrip(' ,;:)“”"–-')
        if _CONJUNCTION.match(lead):
            yield None
            return
        yield boundary + len(segment) - len(lead)


def _data_of(text: str, start: int, end: int, vocabulary: Vocabulary) -> list[Found]:
    found: list[Found] = []
    opener = _OPENER.match(text, start, end)
    if opener is not None:
        found.append(Found(opener.start(), opener.end(), opener.group()))
    if not _DATA_GUARD.admits(vocabulary):
        return found
    for match in _DATA_OF.finditer(text, start, end):
        phrase_end = _phrase_end(text, match.end(), end, 8)
        if phrase_end > match.end():
            found.append(Found(match.start(), phrase_end, text[match.start() : phrase_end]))
    for match in _DATA_SHOWS.finditer(text, start, end):
        if not any(f.start == match.start() for f in found):
            found.append(Found(match.start(), match.end(), match.group()))
    return found
