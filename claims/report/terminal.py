"""Terminal: per document a table of claims grouped by verdict, the findings, a summary.

Plain text by default, so the registry function writes the same bytes
wherever it goes; a caller that knows it writes to a TTY passes
``color=True`` for ANSI colours.  The layout is rich's (the first version
rendered through ``rich.table``), drawn here directly because rich's layout
engine cost 20 ms per document, three times the whole analysis: a batch of
10,000 articles spent most of its time drawing tables.  Control characters
from the article are dropped, so a document cannot move the cursor or
recolour the reader's terminal.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from rich.cells import cell_len, chop_cells, get_character_cell_size

from claims.model import VERDICTS, Claim, DocumentReport, Finding, Verdict
from claims.report.common import (
    FindingIndex,
    claims_in_verdict_order,
    finding_notes,
    format_unit,
    format_value,
    summary_counts,
)

VERDICT_STYLE: dict[Verdict, str] = {
    "inconsistent": "bold red",
    "verified": "green",
    "attributed": "cyan",
    "unsourced": "yellow",
}
_STATUS_MARK = {"fail": "✗", "pass": "✓"}
_STATUS_STYLE = {"fail": "red", "pass": "green"}
_SGR = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}
_RESET = "\x1b[0m"

_COLUMNS = ("id", "claim", "kind", "value", "unit", "subject", "source", "findings")
_FIXED_COLUMNS = ("id", "kind", "value", "unit")
_FLEXIBLE_COLUMNS = ("claim", "subject", "source", "findings")
_MAX_FIXED = 24  # an interval wider than this wraps rather than starving the text columns
_MIN_FLEXIBLE = 6
_GAP = "   "  # one space of padding either side of a one-space divider
_WORD = re.compile(r"\s*\S+\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Styled:
    """A string with styled character ranges: enough of rich.Text for a report."""

    __slots__ = ("plain", "spans")

    def __init__(self, plain: str = "", style: str = "") -> None:
        self.plain = ""
        self.spans: list[tuple[int, int, str]] = []
        if plain:
            self.append(plain, style)

    def append(self, text: str, style: str = "") -> Styled:
        if not text.isprintable():  # printable text has no tab and no control character
            text = _CONTROL.sub("", text.expandtabs(8))
        if style and text:
            self.spans.append((len(self.plain), len(self.plain) + len(text), style))
        self.plain += text
        return self

    def paint(self, start: int, end: int, color: bool) -> str:
        """The characters ``start:end``, with ANSI styles when ``color``."""
        if not color or not self.spans:
            return self.plain[start:end]
        out: list[str] = []
        position = start
        for span_start, span_end, style in self.spans:
            left, right = max(span_start, start), min(span_end, end)
            if left >= right:
                continue
            out.append(self.plain[position:left])
            codes = ";".join(_SGR[word] for word in style.split())
            out.append(f"\x1b[{codes}m{self.plain[left:right]}{_RESET}")
            position = right
        out.append(self.plain[position:end])
        return "".join(out)

    def wrap(self, width: int, color: bool) -> list[str]:
        """Lines of at most ``width`` cells: words kept whole unless longer than a line."""
        return [self.paint(start, end, color) for start, end, _ in self.line_ranges(width)]

    def line_ranges(self, width: int) -> list[tuple[int, int, int]]:
        """``(start, end, cells)`` of each line ``wrap`` makes."""
        # A paragraph that fits is one line: widths add up, so the word loop of
        # _line_ranges would make no break.  Most cells of a table are one such line.
        if "\n" not in self.plain:
            cells = _cells(self.plain)
            if cells <= width:
                return [(0, len(self.plain), cells)]
        lines: list[tuple[int, int, int]] = []
        offset = 0
        for paragraph in self.plain.split("\n"):
            cells = _cells(paragraph)
            if cells <= width:
                lines.append((offset, offset + len(paragraph), cells))
            else:
                for start, end in _line_ranges(paragraph, width):
                    line = paragraph[start:end]
                    lines.append((offset + start, offset + end, _cells(line)))
            offset += len(paragraph) + 1
        return lines


def _cells(text: str) -> int:
    """``cell_len``, without its per-character sum for text of one-cell characters."""
    return len(text) if _WIDER.search(text) is None else cell_len(text)


# rich counts one cell each for Latin, Greek and Cyrillic but sums Vietnamese letters
# (Latin Extended Additional) and typographic punctuation one character at a time.
# Only characters that rich itself measures as one cell are in the set.
_NARROW = frozenset(
    character
    for first, last in (
        (0x20, 0x7E),  # ASCII
        (0xA0, 0x482),  # Latin, Greek, Cyrillic
        (0x1E00, 0x1EFF),  # Latin Extended Additional: most Vietnamese letters
        (0x2010, 0x205E),  # dashes, quotes, ellipsis
        (0x2190, 0x22FF),  # arrows and the maths of intervals: −∞ ≤ ∩
        (0x2500, 0x25FF),  # the table's rules
        (0x2700, 0x27BF),  # ✓ ✗
    )
    for character in map(chr, range(first, last + 1))
    if get_character_cell_size(character) == 1
)


def _negated_class(characters: frozenset[str]) -> re.Pattern[str]:
    """A pattern for one character outside ``characters``, written as ranges: the
    engine checks a string against a class at C speed, where ``issuperset`` built
    a set of the string's characters first."""
    points = sorted(map(ord, characters))
    ranges: list[list[int]] = []
    for point in points:
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    body = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^{body}]")


_WIDER = _negated_class(_NARROW)
"""Any character not in ``_NARROW``: text without one is one cell a character."""


def _line_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """Where to cut ``text`` into lines of ``width`` cells, trailing spaces dropped."""
    breaks: list[int] = []
    used = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = _cells(word.rstrip())
        if width - used >= length:
            used += _cells(word)
        elif length > width:  # fold a word no line can hold
            # rich gives no pieces for joiners before a character wider than the line
            pieces = chop_cells(word, width) or [word]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            used = _cells(pieces[-1])
        elif used and start:
            breaks.append(start)
            used = _cells(word)
    bounds = [0, *breaks, len(text)]
    ranges = []
    for start, end in itertools.pairwise(bounds):
        line = text[start:end]
        kept = len(line.rstrip()) if _cells(line) > width else len(line)
        ranges.append((start, start + _fit(line[:kept], width)))
    return ranges


def _fit(line: str, width: int) -> int:
    """How many characters of ``line`` fit in ``width`` cells."""
    if _cells(line) <= width:
        return len(line)
    while line and _cells(line) > width:
        line = line[:-1]
    return len(line)


def render_terminal(
    reports: Sequence[DocumentReport], *, color: bool = False, width: int = 120
) -> str:
    """All documents, one after another, as the terminal shows them."""
    lines: list[str] = []
    for index, report in enumerate(reports):
        if index:
            lines.append("")
        lines.extend(_document(report, width, color))
    return "".join(line.rstrip() + "\n" for line in lines)


def _document(report: DocumentReport, width: int, color: bool) -> Iterable[str]:
    info = report.document
    title = Styled(info.path, "bold")
    if info.title:
        title.append(f"  {info.title}", "dim")
    yield _rule(title, width, color)
    if report.claims:
        yield from _claims_tables(report, width, color)
    else:
        yield from Styled("No claims found.", "dim").wrap(width, color)
    if report.findings:
        yield from Styled("Findings", "bold").wrap(width, color)
        for finding in report.findings:
            yield from _finding(finding, width, color)
    yield from _summary(report).wrap(width, color)


def _rule(title: Styled, width: int, color: bool) -> str:
    """The title, then a line to the right edge; a long title ends in "…"."""
    title.plain = title.plain.replace("\n", " ")
    room = max(width - 2, 0)
    if _cells(title.plain) > room:
        title.plain = title.plain[: _fit(title.plain, room - 1)] + "…"
    used = _cells(title.plain) + 1
    return title.paint(0, len(title.plain), color) + " " + "─" * max(width - used, 0)


def _claims_tables(report: DocumentReport, width: int, color: bool) -> Iterable[str]:
    """One table per verdict present, worst first, all with the same column widths."""
    index = FindingIndex.of(report)
    ordered = claims_in_verdict_order(report)
    rows = [_row(claim, index) for claim in ordered]
    widths = _column_widths(rows, width)
    first = True
    for verdict in VERDICTS:
        group = [row for claim, row in zip(ordered, rows, strict=True) if claim.verdict == verdict]
        if not group:
            continue
        yield from Styled(f"{verdict} · {len(group)}", VERDICT_STYLE[verdict]).wrap(width, color)
        if first:  # one header row is enough: the widths line up
            header = {name: Styled(name, "bold") for name in _COLUMNS}
            yield from _table_row(header, widths, color)
            yield "─" * (sum(widths.values()) + len(_GAP) * (len(_COLUMNS) - 1))
            first = False
        for row in group:
            yield from _table_row(row, widths, color)


def _table_row(row: dict[str, Styled], widths: dict[str, int], color: bool) -> Iterable[str]:
    columns = [(row[name], widths[name]) for name in _COLUMNS]
    cells = [text.line_ranges(width) for text, width in columns]
    for line in range(max(map(len, cells))):
        parts = []
        for (text, width), ranges in zip(columns, cells, strict=True):
            if line < len(ranges):
                start, end, used = ranges[line]
                parts.append(text.paint(start, end, color) + " " * (width - used))
            else:
                parts.append(" " * width)
        yield _GAP.join(parts)


def _row(claim: Claim, index: FindingIndex) -> dict[str, Styled]:
    findings = Styled()
    for status, note in finding_notes(index.for_claim(claim)):
        if findings.plain:
            findings.append("\n")
        findings.append(f"{_STATUS_MARK[status]} ", _STATUS_STYLE[status])
        findings.append(note)
    return {
        "id": Styled(claim.id, VERDICT_STYLE[claim.verdict]),
        "claim": Styled(claim.text),
        "kind": Styled(claim.kind),
        "value": Styled(format_value(claim)),
        "unit": Styled(format_unit(claim)),
        "subject": Styled(claim.subject or ""),
        "source": Styled(claim.source or ""),
        "findings": findings,
    }


def _column_widths(rows: list[dict[str, Styled]], width: int) -> dict[str, int]:
    """Fit the table to ``width``: short columns keep their natural width and
    the text columns share the rest, the shortest satisfied first."""
    natural = {
        name: max([len(name)] + [_longest_line(row[name]) for row in rows]) for name in _COLUMNS
    }
    widths = {name: min(natural[name], _MAX_FIXED) for name in _FIXED_COLUMNS}
    overhead = len(_GAP) * (len(_COLUMNS) - 1)
    remaining = max(width - overhead - sum(widths.values()), 0)
    flexible = sorted(_FLEXIBLE_COLUMNS, key=lambda name: natural[name])
    for position, name in enumerate(flexible):
        share = remaining // (len(flexible) - position)
        widths[name] = max(min(natural[name], share), _MIN_FLEXIBLE)
        remaining -= widths[name]
    return widths


def _longest_line(text: Styled) -> int:
    if text.plain.isprintable():  # no line break of any kind
        return _cells(text.plain)
    return max((_cells(line) for line in text.plain.splitlines()), default=0)


def _finding(finding: Finding, width: int, color: bool) -> Iterable[str]:
    head = Styled(f"{_STATUS_MARK[finding.status]} {finding.status}", _STATUS_STYLE[finding.status])
    head.append(f"  {finding.id}  {finding.rule}  ")
    head.append(f"[{', '.join(finding.claims)}]", "dim")
    head.append(f"  {finding.message}")
    for line in head.wrap(max(width - 2, 1), color):
        yield "  " + line
    detail = finding.detail.strip("\n")
    if detail.strip():
        for line in Styled(detail, "dim").wrap(max(width - 6, 1), color):
            yield "      " + line


def _summary(report: DocumentReport) -> Styled:
    counts = summary_counts(report)
    line = Styled("Summary: ", "bold")
    for position, verdict in enumerate(VERDICTS):
        if position:
            line.append(" · ")
        line.append(f"{counts[verdict]} {verdict}", VERDICT_STYLE[verdict])
    claims, findings = len(report.claims), len(report.findings)
    line.append(
        f"  ({claims} claim{'s' if claims != 1 else ''}, "
        f"{findings} finding{'s' if findings != 1 else ''})"
    )
    return line
