"""A thread of social posts copied from the web page (X/Twitter, Threads, Mastodon, Bluesky): the author's
posts only, without the page around them.

Copied from a browser, each post arrives as its author's name, ``@handle``, ``·``, a date, the post's text
("2/ Warm-up first (2 min):"), then its counts one to a line ("12", "96", "1.1K", "52K", "Views"); replies
by others ("Replying to @…") and promoted posts stand between the author's. :func:`thread_lines` blanks
every line that is not the author's words and the "2/" that numbers each post, keeping every other line where
it was, so notes still point at the right place. A text with fewer than two posts by one handle is no thread
and is left as it is. One pass over the lines.
"""

from __future__ import annotations

import re

_HANDLE = re.compile(r"^@[A-Za-z0-9_.]{1,40}(?:@[A-Za-z0-9_.-]{1,60})?$")
_COUNT = re.compile(r"^(?:\d{1,3}(?:[,.]\d{1,3})*\s?[KkMm]?|views?|likes?|reposts?|retweets?|replies|quotes?|"
                    r"bookmarks?)$", re.IGNORECASE)
"""A post's counts, one to a line ("482", "2.1K", "1.2M", "Views")."""
_DATE = re.compile(r"^(?:·\s?)?(?:\d{1,2}:\d\d\s?(?:[AP]M)?\s?·\s?)?(?:[A-Z][a-z]{2}\s\d{1,2}(?:,\s\d{4})?|"
                   r"\d{1,2}\s[A-Z][a-z]{2}(?:\s\d{4})?|\d{1,2}[hm]|\d{1,2}\s(?:min|hr|hours?|days?)\sago)$")
_CHROME = re.compile(r"^(?:·|post|see new posts|conversation|thread|image|gif|video|show more|show replies|"
                     r"discover more|sourced from across \w+|relevant people|who to follow|follow|following|"
                     r"translate (?:post|tweet)|quote|embed|ad|promoted|\d{1,2}:\d\d|"
                     r"(?:\d{1,3}(?:[,.]\d)?[KkMm]?\s)?views)$", re.IGNORECASE)
"""The page's own words around the posts ("See new posts", "Image", "Discover more")."""
_PROMOTED = re.compile(r"^(?:promoted|ad|sponsored)$", re.IGNORECASE)
_REPLYING = re.compile(r"^replying to\s@", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*\(?\d{1,2}\s?/\s?(?:\d{1,2}\)?)?(?=\s|$)")
"""A post's number in its thread: "2/", "3/12", "(4/10)"."""


def thread_lines(lines: list[str]) -> list[str]:
    """The lines with everything but the thread author's words blanked (see the module's description); the
    same list when the text is not a thread."""
    handles = [index for index, line in enumerate(lines) if _HANDLE.match(line.strip())]
    if len(handles) < 2:
        return lines
    counts: dict[str, int] = {}
    for index in handles:
        counts[lines[index].strip()] = counts.get(lines[index].strip(), 0) + 1
    author = lines[handles[0]].strip()
    if counts[author] < 2:
        return lines
    starts = set(handles)
    out = list(lines)
    keep = True
    fresh = False
    """Right after a post's header: the post's number may start the next line of words."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index + 1 in starts:
            out[index] = ""  # the name above a handle
            continue
        if index in starts:
            keep, fresh = stripped == author, True
            out[index] = ""
            continue
        if _PROMOTED.match(stripped):
            keep = False  # a promoted post between the author's: nothing of it, up to the next post
        if not keep or not stripped or _COUNT.match(stripped) or _DATE.match(stripped) or _CHROME.match(stripped):
            out[index] = ""
            continue
        if _REPLYING.match(stripped):
            keep = False
            out[index] = ""
            continue
        if fresh:
            number = _NUMBERING.match(line)
            if number is not None:
                out[index] = " " * number.end() + line[number.end():]
            fresh = False
    return out


_COMMENT_FOOTER = re.compile(r"^\d{1,3}\s?[smhdwy]\s(?:\d[\d,.]*[KkMm]?\s(?:likes?|reactions?)\s)?reply$",
                             re.IGNORECASE)
"""What a copied Instagram or TikTok page puts under each comment: its age, its likes and "Reply"."""
_COUNTS = r"view all [\d,.]+[KkMm]? comments|(?:[♡♥❤]\ufe0f?\s?)?[\d,.]+[KkMm]? likes?"
"""A post's count of likes or link to its comments ("♡ 842 likes", "View all 41 comments")."""
_POST_CHROME = re.compile(rf"^(?:{_COUNTS}|view replies \(\d+\)|"
                          r"\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?) ago|\d{1,3}[smhdwy]|original audio|"
                          r"(?:#[\w.]{1,60}\s?){1,60}|\.)$", re.IGNORECASE)
"""The page around a post: the link to its comments, its likes and age, its sound, a caption's hashtags and the
lone dots that push them below the fold."""


_POST_COUNTS = re.compile(rf"^(?:{_COUNTS})$", re.IGNORECASE)
"""A post's count of likes or link to its comments: two make a text a copied page of posts, its chrome left out
even where none of its comments was copied (a series of captions, each with its likes)."""


def comment_lines(lines: list[str]) -> list[str]:
    """The lines of a social post copied from its page (Instagram, TikTok, Facebook) with its readers' comments
    and the page's words around the caption blanked, each line where it was: a comment is the lines above one of
    its footers ("1d 12 likes Reply") back to the blank line or footer before it. A text with fewer than two
    footers is no such page and is left as it is. One pass over the lines."""
    footers = [index for index, line in enumerate(lines) if _COMMENT_FOOTER.match(line.strip())]
    if len(footers) < 2 and sum(1 for line in lines if _POST_COUNTS.match(line.strip())) < 2:
        return lines
    out = list(lines)
    start = 0
    """Where the comment above the next footer may begin: after a blank line or the last footer."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            start = index + 1
        elif _COMMENT_FOOTER.match(stripped):
            for above in range(start, index + 1):
                out[above] = ""
            start = index + 1
        elif _POST_CHROME.match(stripped):
            out[index] = ""
    return out


_POST_NUMBER = re.compile(r"^(?P<n>\d{1,2})/(?P<of>\d{1,2})\s+(?:🧵\s*)?(?=\S)")
"""An unrolled thread's post number before its words ("3/12 WARM-UP. Cat-cow …")."""


def numbered_posts(lines: list[str]) -> list[str]:
    """A thread saved as one page ("1/12 🧵 Every week …", "2/12 First, …"): each post's number taken off, so that
    its words read as the line they are ("WARM-UP. Cat-cow on hands and knees, 10 slow reps."). Three posts at
    least, numbered in order out of the same count; else the lines as they are."""
    found = [(index, match) for index, line in enumerate(lines[:100000])
             if (match := _POST_NUMBER.match(line)) is not None]
    counts = {match.group("of") for _index, match in found}
    numbers = [int(match.group("n")) for _index, match in found]
    if len(found) < 3 or len(counts) != 1 or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return lines
    out = list(lines)
    for index, match in found:
        out[index] = lines[index][match.end():]
    return out
