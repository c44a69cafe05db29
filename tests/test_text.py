"""The text layer: decoding, NFC, HTML to text, and segmentation offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.services import read_text
from claims.text import InputError, decode, html_to_text, normalize, segment
from claims.text.segment import _PARAGRAPH, _paragraph_spans

VIETNAMESE = "Năm 2023, Lạng Sơn có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế."
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Encode as Windows-1258 does: vowel shapes precomposed, tone marks combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    "data",
    [
        VIETNAMESE.encode("utf-8"),
        b"\xef\xbb\xbf" + VIETNAMESE.encode("utf-8"),
        VIETNAMESE.encode("utf-16"),
        windows_1258(VIETNAMESE),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "cp1258"],
)
def test_every_encoding_decodes_to_the_same_nfc_text(data: bytes) -> None:
    assert normalize(decode(data)) == VIETNAMESE


def test_damaged_utf8_is_refused_not_read_as_windows_1258() -> None:
    """A UTF-8 article with one bad byte used to come out as cp1258 mojibake ("CĂ³")."""
    data = VIETNAMESE.encode("utf-8").replace(b"74.739", b"74.\xff739")
    with pytest.raises(InputError, match=r"invalid UTF-8 \(byte 0xff at offset \d+\)"):
        decode(data)


def test_windows_1258_with_utf8_like_byte_pairs_still_decodes() -> None:
    """cp1258's combining grave (0xCC) before a closing quote (0x94) is valid UTF-8 by chance."""
    text = "Ông nói: “Căn nhà” có 120 m2, giá 3 tỷ đồng ở Hà Nội."
    data = windows_1258(text)
    assert b"\xcc\x94" in data
    assert normalize(decode(data)) == text


def test_decomposed_input_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", VIETNAMESE)
    assert decomposed != VIETNAMESE
    assert normalize(decomposed) == VIETNAMESE


def test_binary_is_rejected() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00")


def test_html_keeps_visible_text_and_drops_scripts() -> None:
    page = (
        "<html><head><title>Tin</title><script>var x = 99;</script></head>"
        "<body><p>Có <b>hơn 74.000</b> trẻ &amp; 2.700 trẻ.</p><p>Năm 2023.</p></body></html>"
    )
    text = html_to_text(page)
    assert "hơn 74.000 trẻ & 2.700 trẻ." in text
    assert "99" not in text
    assert text.index("Có") < text.index("Năm 2023")
    assert len(segment(normalize(text)).paragraphs) >= 2


def test_html_documents_are_detected_by_content() -> None:
    assert "<p>" not in read_text(
        "<!DOCTYPE html><html><body><p>Có 5 xã.</p></body></html>".encode()
    )


def test_sentences_do_not_break_inside_numbers_or_abbreviations() -> None:
    text = "TP. HCM có 74.739 trẻ. Năm 2023 tăng 1,5%. Hết"
    seg = segment(text)
    sentences = [text[s.start : s.end] for s in seg.sentences]
    assert sentences == ["TP. HCM có 74.739 trẻ.", "Năm 2023 tăng 1,5%.", "Hết"]


def test_abbreviations_and_initials_hold_the_sentence_together() -> None:
    """The abbreviation check reads only the characters before the point."""
    text = "Ông về TP. HCM. Bác sĩ Th.S. Lan và ông Nguyễn Văn A. Hôm nay đi! Q. 1 đẹp"
    sentences = [text[s.start : s.end] for s in segment(text).sentences]
    assert sentences == [
        "Ông về TP. HCM.",
        "Bác sĩ Th.S. Lan và ông Nguyễn Văn A. Hôm nay đi!",
        "Q. 1 đẹp",
    ]


def test_a_lower_case_accented_word_does_not_start_a_sentence() -> None:
    text = "Giá tăng 5 lần. ở nông thôn thì khác. Đà Nẵng cũng vậy."
    sentences = [text[s.start : s.end] for s in segment(text).sentences]
    assert sentences == ["Giá tăng 5 lần. ở nông thôn thì khác.", "Đà Nẵng cũng vậy."]


def test_paragraphs_follow_line_breaks() -> None:
    text = "Tiêu đề\r\n\r\nĐoạn một. Câu hai.\nĐoạn hai."
    seg = segment(text)
    assert [text[p.start : p.end] for p in seg.paragraphs] == [
        "Tiêu đề",
        "Đoạn một. Câu hai.",
        "Đoạn hai.",
    ]
    assert seg.sentence_at(text.index("Câu")).paragraph == 1


@given(st.text())
def test_segments_always_slice_the_text(text: str) -> None:
    seg = segment(text)
    previous_end = 0
    for sentence in seg.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
        assert sentence.start >= previous_end
        previous_end = sentence.end
    for offset in range(0, len(text), 7):
        found = seg.sentence_at(offset)
        assert found in seg.sentences


@given(
    st.lists(st.sampled_from(["a", "Ba.", " ", "\t", "\n", "\r", "\r\n", "\x0c", "\u2028", "\xa0"]))
)
def test_paragraphs_are_the_lines_the_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = [m.span() for m in _PARAGRAPH.finditer(text)]
    assert _paragraph_spans(text) == expected
    without_returns = text.replace("\r", "")
    expected = [m.span() for m in _PARAGRAPH.finditer(without_returns)]
    assert _paragraph_spans(without_returns) == expected
