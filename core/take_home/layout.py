"""How exported code is laid out: `#@key` comments in the chosen language, lines that fit the width."""

from __future__ import annotations

import re
import unicodedata

from core.take_home.texts import TEXT, language

MARKER = re.compile(r"#@(\w+)")


def display_width(line: str) -> int:
    """Columns `line` takes in a monospace editor: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrap_comment(indent: str, comment: str, width: int) -> list[str]:
    """`# text` over as many lines as it takes; Chinese (no spaces) may break between characters."""
    cjk = "\u2e80-\u9fff\uff00-\uffef"
    tokens = re.findall(rf"[{cjk}]\s*|[^\s{cjk}]+\s*|\s+", comment[2:])
    lines, line = [], indent + "# "
    for token in tokens:
        if display_width(line + token.rstrip()) > width and line.strip() != "#":
            lines.append(line.rstrip())
            line = indent + "# "
        line += token
    return [*lines, line.rstrip()]


def wrap_call(head: str, args: list[str], indent: int = 0, width: int = 96) -> str:
    """`head(arg, arg, ...)` on one line, or over several aligned under the parenthesis."""
    one = f"{head}({', '.join(args)})"
    if indent + len(one) <= width:
        return one
    pad = " " * (indent + len(head) + 1)
    lines, line = [], head + "("
    for arg in args:
        piece = arg + ", "
        if len(line) + len(piece) + indent > width and line.strip() not in (head + "(", ""):
            lines.append(line.rstrip())
            line = pad
        line += piece
    lines.append(line.rstrip().rstrip(",") + ")")
    return "\n".join(lines)


def fill_comments(code: str, lang: str, width: int = 96) -> str:
    """Replace every `#@key` marker in a code template by `# ` and the comment in `lang`.

    An end-of-line comment that would make its line longer than `width` moves onto its
    own line above the code, at the code's indentation (a student reads without scrolling).
    """
    words = TEXT[language(lang)]
    lines = []
    for line in code.splitlines():
        found = MARKER.search(line)
        if found is None:
            lines.append(line)
            continue
        comment = "# " + words[found.group(1)]
        before = line[: found.start()].rstrip()
        if before and display_width(before) + 2 + display_width(comment) > width:
            indent = before[: len(before) - len(before.lstrip())]
            lines += [*wrap_comment(indent, comment, width), before]
        elif not before and display_width(line[: found.start()] + comment) > width:
            lines += wrap_comment(line[: found.start()], comment, width)
        else:
            lines.append((before + "  " if before else line[: found.start()]) + comment)
    return "\n".join(lines) + ("\n" if code.endswith("\n") else "")
