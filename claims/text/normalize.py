"""Decode bytes, turn HTML into text, and normalise to NFC.

Vietnamese text arrives as UTF-8 (with or without BOM), sometimes UTF-16, and
from older systems in Windows-1258, whose combining tone marks only read
right after NFC composition.  Everything is NFC afterwards so that "ế" is one
code point wherever it came from.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser


class InputError(ValueError):
    """Input that cannot be read as a document; the message is one line."""


def decode(data: bytes) -> str:
    """Decode document bytes: BOM-marked UTF-8/16, else UTF-8, else cp1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, exc)
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise InputError("cannot decode as UTF-8 or Windows-1258") from None
    return text


def _refuse_damaged_utf8(data: bytes, exc: UnicodeDecodeError) -> None:
    """Refuse UTF-8 text with a few bad bytes instead of reading it as cp1258.

    Windows-1258 text has nearly every non-ASCII byte out of UTF-8's order, so
    when most of the non-ASCII characters decode as UTF-8 the file is damaged
    UTF-8, and reading it as cp1258 would turn every Vietnamese letter into
    mojibake ("Có" -> "CĂ³") without a word.
    """
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for char in replaced if char > "\x7f" and char != "\ufffd")
    if good > bad:
        byte = data[exc.start]
        raise InputError(
            f"invalid UTF-8 (byte 0x{byte:02x} at offset {exc.start}) in text that is "
            "otherwise UTF-8: the file is damaged"
        ) from None


def normalize(text: str) -> str:
    """NFC composition, nothing else.

    Offsets of every later layer index into this string, and the JSON contract
    promises ``text == normalize(decode(file))[start:end]``, so this must not
    move characters: no whitespace folding, no newline rewriting.
    """
    return unicodedata.normalize("NFC", text)


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"}
    | {"section", "article", "header", "footer", "blockquote", "figcaption", "figure"}
    | {"pre", "hr", "title"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
            return
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one paragraph per block element."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    body = html.unescape("".join(parser.parts))
    title = " ".join("".join(parser.title).split())
    text = re.sub(r"\n\s*\n(\s*\n)*", "\n\n", body)
    if title and not text.lstrip().startswith(title):
        text = title + "\n\n" + text
    return text
