"""Rule-based sentence splitting with exact character offsets into the article text.

spaCy's parser is the slowest part of a full pass, and extraction only needs sentence
boundaries to look for triggers, so sentences are split here by rule: paragraph breaks
always end a sentence; `.`, `!` or `?` (with closing quotes/brackets) followed by space and
a capital, digit or opening quote ends one, unless the word before is a title, a month
abbreviation, an initial or a dotted acronym ("U.S.") followed by something that does not
start a sentence.  The objects returned look like spaCy `Span`s where extraction needs it:
`.text`, `.start_char`, `.end_char`, `.ents` (filled later, only for the sentences that get
the spaCy model).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TITLES = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "cpl", "pvt",
    "brig", "adm", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no", "nos", "vs", "v", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "est", "dept", "govt", "inc", "co", "corp", "ltd", "fig", "al",
}
# Capitalised words that start a new sentence after a dotted acronym ("... by the U.S. In the past").
STARTERS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "it", "this", "that", "these", "those", "they",
    "he", "she", "we", "i", "there", "its", "their", "his", "her", "however", "meanwhile", "after",
    "before", "since", "when", "while", "according", "officials", "some", "no", "one", "two", "three",
    "last", "earlier", "later", "separately", "also", "as", "for", "if", "to", "what", "who",
}
BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
PARAGRAPH = re.compile(r"[^\n]+")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
WORD_AFTER = re.compile(r"\s+[\"'\u201c\u2018(\[]?([A-Za-z]+)")


@dataclass(frozen=True)
class Entity:
    """A named entity found by spaCy, with offsets into the article text."""

    text: str
    label_: str
    start_char: int
    end_char: int


@dataclass
class Sentence:
    """A sentence (or a clause of one) of the article, Span-like."""

    text: str
    start_char: int
    end_char: int
    paragraph: int = 0
    index: int = 0
    ents: tuple[Entity, ...] = field(default=())
    # the actor mentions of the text, once found (`actor_mentions.mentions_in`): an event is coded
    # again after geocoding, and its sentences need not be scanned twice
    actor_mentions: list | None = field(default=None, compare=False, repr=False)

    def part(self, start: int, end: int) -> "Sentence":
        """The clause text[start:end] of this sentence (relative offsets), trimmed."""
        piece = self.text[start:end]
        lead = len(piece) - len(piece.lstrip(" ,;:-\u2014"))
        piece = piece[lead:].rstrip(" ,;:-\u2014")
        begin = self.start_char + start + lead
        return Sentence(text=piece, start_char=begin, end_char=begin + len(piece),
                        paragraph=self.paragraph, index=self.index)


def _is_boundary(paragraph: str, match: re.Match) -> bool:
    if match.group(0)[0] != ".":
        return True
    before = WORD_BEFORE.search(paragraph, 0, match.start())
    if before is None:
        return True
    word = before.group(1)
    after = WORD_AFTER.match(paragraph, match.end())
    next_word = after.group(1).lower() if after else ""
    if "." in word or (len(word) == 1 and word.isupper()):  # U.S. / p.m. / initials
        return next_word in STARTERS and len(word) > 1
    return word.lower() not in TITLES


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, with exact offsets (`text[s.start_char:s.end_char] == s.text`)."""
    sentences: list[Sentence] = []
    for number, para in enumerate(PARAGRAPH.finditer(text)):
        body, base, start = para.group(0), para.start(), 0
        for match in BOUNDARY.finditer(body):
            if _is_boundary(body, match):
                _add(sentences, body, base, start, match.end(), number)
                start = match.end()
        _add(sentences, body, base, start, len(body), number)
    return sentences


def _add(out: list[Sentence], body: str, base: int, start: int, end: int, paragraph: int) -> None:
    piece = body[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    begin = base + start + (len(piece) - len(piece.lstrip()))
    out.append(Sentence(text=stripped, start_char=begin, end_char=begin + len(stripped),
                        paragraph=paragraph, index=len(out)))
