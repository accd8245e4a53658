"""Reading PETRARCH/TABARI actor dictionaries (Phoenix and UniversalPetrarch).

A dictionary is a list of blocks: head lines (a name, words joined by "_", optionally followed by
codes in brackets and a "#" comment), "+" alias lines, and indented role lines
"[CODE date]" with an optional trailing comment. Consecutive head lines that carry no code are
grouped with the next head line that has codes (TABARI lists several spellings that way).
"""
import re
from dataclasses import dataclass, field

CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Role:
    """One "[CODE date]" item: the code and its dates as (year, month, day) or None."""
    code: str
    start: tuple | None = None
    end: tuple | None = None
    comment: str = ""
    dated: bool = False     # the source gave a date (even one we could not read)


@dataclass
class Block:
    """One actor: its head names, its aliases and its roles, with the source line of the head."""
    heads: list
    aliases: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    line: int = 0
    head_comment: str = ""
    section: str = ""
    last_line: int = 0
    coded: bool = False


def parse_date(text, pivot=14):
    """YYYYMMDD or the older YYMMDD (a two-digit year up to `pivot` is 20yy, later ones 19yy).

    Returns (year, month, day), or None for anything else (a 7-digit typo, 18000101, day 00)."""
    text = text.strip()
    if not text.isdigit():
        return None
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        yy, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y = 2000 + yy if yy <= pivot else 1900 + yy
    else:
        return None
    if y <= 1800 or not (1 <= m <= 12) or not (1 <= d <= 31):
        return None
    return (y, m, d)


def parse_role(item, comment=""):
    """`RUSGOV 19940922-20040712`, `RUSGOV >20040309`, `HTIOPPMED <061231`, `IGOUNO`."""
    parts = item.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip()
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    role = Role(code=code, comment=comment, dated=bool(rest))
    if rest.startswith(">"):
        role.start = parse_date(rest[1:])
    elif rest.startswith("<"):
        role.end = parse_date(rest[1:])
    elif "-" in rest:
        a, b = rest.split("-", 1)
        role.start, role.end = parse_date(a), parse_date(b)
    elif rest:
        role.start = parse_date(rest)
    return role


def split_comment(line):
    """The text before the first "#" and the comment after it (a second "#" ends the comment)."""
    if "#" not in line:
        return line, ""
    body, comment = line.split("#", 1)
    comment = comment.split("#", 1)[0].strip()
    return body, comment


def roles_of(text, comment):
    out = []
    for item in CODE_RE.findall(text):
        r = parse_role(item, comment)
        if r and r.code and r.code != "---":
            out.append(r)
    return out


def read_blocks(path, section_marker=None):
    """The blocks of a dictionary file, in file order.

    Head lines in a row that carry no code share the codes of the head that ends the run: a head
    that repeats a word of the one before it is another name of the same actor; one that does not
    is another actor with the same codes. `section_marker` is a regex for comment lines that open a
    section (kept on each block)."""
    blocks = []
    waiting = []          # blocks with no code yet, in a run of head lines
    current = None
    section = ""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")

    def give_roles(block, roles):
        block.roles.extend(roles)
        for w in waiting:
            if w is not block and not w.roles:
                w.roles.extend(roles)
        waiting.clear()

    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        stripped = raw.strip()
        if stripped.startswith("#"):
            if section_marker and re.match(section_marker, stripped):
                section = stripped.strip("# ").strip()
            continue
        body, comment = split_comment(raw)
        if raw[0] in "\t " and stripped.startswith("["):
            if current is not None:
                current.coded = True
                give_roles(current, roles_of(body, comment))
            continue
        if stripped.startswith("+"):
            if current is not None:
                for alias in body.strip().lstrip("+").split("+"):   # a few lines join two aliases with "+"
                    if alias.strip():
                        current.aliases.append(alias.strip())
            continue
        name = CODE_RE.split(body)[0] if "[" in body else body
        name = name.strip()
        if not name:
            continue
        coded = bool(CODE_RE.search(body))
        roles = roles_of(body, comment)
        follows = current is not None and not current.coded and not current.aliases \
            and current.last_line == last_head_line(lines, n)
        if not follows:
            waiting.clear()
        if follows and shares_word(current.heads, name):
            current.heads.append(name)
            current.last_line = n
            if coded:
                current.coded = True
                give_roles(current, roles)
            continue
        current = Block(heads=[name], roles=[], line=n, head_comment=comment, section=section,
                        last_line=n, coded=coded)
        blocks.append(current)
        if coded:
            give_roles(current, roles)
        else:
            waiting.append(current)
    return blocks


def shares_word(heads, name):
    words = {w for h in heads for w in re.split(r"[_ \-]+", h.upper()) if len(w) >= 4}
    return any(w in words for w in re.split(r"[_ \-]+", name.upper()) if len(w) >= 4)


def last_head_line(lines, n):
    """The number of the previous non-blank, non-comment line before line `n`."""
    k = n - 2
    while k >= 0 and (not lines[k].strip() or lines[k].strip().startswith("#")):
        k -= 1
    return k + 1
