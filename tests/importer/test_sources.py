"""Reading an article's text: plain text, Markdown and HTML become the same entries; nothing is run."""

from __future__ import annotations

import pytest

from backcoach.core.importer.source import (
    MAX_ARTICLE_BYTES,
    ArticleProblem,
    Kind,
    decode_article,
    html_entries,
    looks_like_html,
    text_entries,
)
from backcoach.core.importer.structure import rebuild_flat_tables


def kinds(entries: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(e.kind.name, e.text) for e in entries]


def test_markdown_headings_lists_tables_and_emphasis() -> None:
    text = """# Back class

Some **bold** intro with a [link](https://example.com) and ![a picture](x.png).

## Warm-up
- March on the spot: 1 min
* Arm circles
1. Cat-cow x10
2) Bird dog

| Exercise | Sets |
|---|---|
| Squat | 3 |
"""
    entries = text_entries(text)
    assert kinds(entries) == [
        ("HEADING", "Back class"), ("TEXT", "Some bold intro with a link and ."), ("HEADING", "Warm-up"),
        ("ITEM", "March on the spot: 1 min"), ("ITEM", "Arm circles"), ("ITEM", "Cat-cow x10"), ("ITEM", "Bird dog"),
        ("ROW", "Exercise | Sets"), ("ROW", "Squat | 3"),
    ]
    assert (entries[0].level, entries[2].level) == (1, 2)
    assert [(e.line, e.column) for e in entries[3:5]] == [(6, 3), (7, 3)]
    assert entries[5].ordered and not entries[3].ordered


def test_bold_text_is_not_a_list_and_plain_bullets_are() -> None:
    entries = text_entries("**How it works:** 30 seconds on.\n  • ✅ Planks help\n– Dash item\nA. Lettered item\n")
    assert kinds(entries) == [("TEXT", "How it works: 30 seconds on."), ("ITEM", "Planks help"),
                              ("ITEM", "Dash item"), ("ITEM", "Lettered item")]


def test_wrapped_paragraphs_are_joined_and_short_lines_are_not() -> None:
    text = ("Lie on your back with your knees bent. Gently draw your lower tummy in\n"
            "towards your spine without moving your back.\nSquat\nPlank\n")
    assert kinds(text_entries(text)) == [
        ("TEXT", "Lie on your back with your knees bent. Gently draw your lower tummy in towards your spine without "
                 "moving your back."),
        ("TEXT", "Squat"), ("TEXT", "Plank")]


def test_tab_and_column_aligned_rows() -> None:
    entries = text_entries("Exercise\tSets\tReps\nSquat\t3\t12\nPlank      2      30 s\n")
    assert [e.cells for e in entries] == [("Exercise", "Sets", "Reps"), ("Squat", "3", "12"), ("Plank", "2", "30 s")]


def test_html_gives_text_only_nothing_run_or_fetched() -> None:
    page = """<!doctype html><html><head><title>Page title</title>
<script>document.write('<h1>injected</h1>'); fetch('https://evil.example/')</script>
<style>h1 { color: red }</style></head>
<body><nav><a href="/">Home</a></nav>
<h1 class="t" onclick="alert(1)">Back class</h1>
<!-- a comment <h2>not a heading</h2> -->
<p>Intro &amp; more &ndash; fine</p>
<iframe src="https://ads.example/"></iframe>
<ol><li>Cat-cow &times;10</li><li><b>Plank</b>: 30 s</li></ol>
<table><tr><th>Exercise</th><th>Sets</th></tr><tr><td>Squat</td><td></td></tr></table>
<img src="https://tracker.example/pixel.gif" onerror="alert(2)">
<footer>© me</footer></body></html>"""
    entries = html_entries(page)
    assert kinds(entries) == [
        ("HEADING", "Back class"), ("TEXT", "Intro & more – fine"), ("ITEM", "Cat-cow ×10"), ("ITEM", "Plank: 30 s"),
        ("ROW", "Exercise | Sets"), ("ROW", "Squat"),
    ]
    assert entries[2].ordered
    assert entries[5].cells == ("Squat", "")  # an empty cell stays a cell
    assert entries[0].line == 5 and entries[1].line == 7  # lines as in the page, comments and scripts removed


def test_a_page_without_h1_uses_its_title() -> None:
    entries = html_entries("<html><head><title>My routine</title></head><body><p>Plank: 30 s</p></body></html>")
    assert kinds(entries) == [("HEADING", "My routine"), ("TEXT", "Plank: 30 s")]


@pytest.mark.parametrize(
    ("text", "name", "html"),
    [("<p>x</p>", "pasted", True), ("<!DOCTYPE html><html>", "", True), ("Plank: 30 s", "", False),
     ("<p>x</p>", "article.txt", False), ("plain", "page.htm", True), ("a < b and c > d", "", False)],
)
def test_what_is_read_as_html(text: str, name: str, html: bool) -> None:
    assert looks_like_html(text, name) is html


def test_encodings_binary_files_and_size() -> None:
    assert decode_article("Café – 3×".encode()) == "Café – 3×"
    assert decode_article("\ufeffTitle".encode()) == "Title"
    assert decode_article("Plank".encode("utf-16")) == "Plank"
    assert decode_article(b"Caf\xe9 \x96 30 s") == "Café – 30 s"  # Windows-1252, as old editors save
    with pytest.raises(ArticleProblem, match="binary file"):
        decode_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleProblem, match="too large"):
        decode_article(b"a" * (MAX_ARTICLE_BYTES + 1))


def test_a_table_that_lost_its_layout_is_rebuilt_row_by_row() -> None:
    lines = ["Exercise Name", "", "Number of Sets", "", "Number of Reps", "", "Rest between Sets", "",
             "Dumbbell Row", "", "", "6 -12", "", "30 seconds", "", "One Arm Row", "", "3 (on each arm)", "",
             "6 -12", "", "30 seconds", "", "Back Extensions", "", "", "", "60 seconds", "",
             "To help figure out how heavy your weights should be, your muscles should fatigue."]
    rows = [e for e in rebuild_flat_tables(text_entries("\n".join(lines))) if e.kind is Kind.ROW]
    assert [r.cells for r in rows] == [
        ("Exercise Name", "Number of Sets", "Number of Reps", "Rest between Sets"),
        ("Dumbbell Row", "", "6 -12", "30 seconds"),
        ("One Arm Row", "3 (on each arm)", "6 -12", "30 seconds"),
        ("Back Extensions", "", "", "60 seconds"),
    ]


def test_a_name_in_bold_at_the_start_is_kept_as_the_entrys_lead() -> None:
    markdown = text_entries("**Pelvic clocks.** Lying on your back, tilt your pelvis.\n\n- __Cobra__: six reps\n")
    assert [(e.text, e.lead) for e in markdown] == [
        ("Pelvic clocks. Lying on your back, tilt your pelvis.", "Pelvic clocks."), ("Cobra: six reps", "Cobra")]
    page = html_entries("<p><strong>Cobra.</strong> Roll onto your front.</p><p>Plain <b>bold</b> inside.</p>")
    assert [(e.text, e.lead) for e in page] == [("Cobra. Roll onto your front.", "Cobra."),
                                              ("Plain bold inside.", "")]


def test_a_definition_lists_term_and_definition_are_one_entry() -> None:
    entries = html_entries("<dl><dt>Chin tuck</dt><dd>10 reps</dd><dt>Glossary</dt></dl><p>After.</p>")
    assert kinds(entries) == [("ITEM", "Chin tuck: 10 reps"), ("TEXT", "Glossary"), ("TEXT", "After.")]


def test_page_numbers_of_a_converted_pdf_are_dropped_and_broken_words_joined() -> None:
    entries = text_entries("EXERCISES                         Page 1 of 2\n\nLying on your stomach, push up through "
                           "your arms. Hold 5 sec-\nonds, then lower.\n\nPage 2 of 2\n")
    assert kinds(entries) == [("TEXT", "EXERCISES"),
                              ("TEXT", "Lying on your stomach, push up through your arms. Hold 5 seconds, then lower.")]


def test_a_title_between_tildes_opens_no_code_fence_and_a_boxed_heading_underlines_nothing() -> None:
    sheet = ("~~~ TUESDAY BACK CLASS ~~~\n\nHeel raises\n  Rise up onto your toes.\n  >> 10 times\n\n"
             "--------------------\nPART 4: COOL-DOWN\n--------------------\n\nDeep breathing\n")
    assert kinds(text_entries(sheet)) == [
        ("TEXT", "~~~ TUESDAY BACK CLASS ~~~"), ("TEXT", "Heel raises"), ("TEXT", "Rise up onto your toes."),
        ("TEXT", "10 times"), ("HEADING", "PART 4: COOL-DOWN"), ("TEXT", "Deep breathing")]
    fenced = text_entries("Notes\n\n~~~ text\n# plank 30s\n~~~\n")
    assert kinds(fenced)[-1] == ("TEXT", "# plank 30s")  # inside a real fence, no Markdown heading


def test_a_pdfs_page_foot_that_starts_with_its_number_is_dropped() -> None:
    """"Page 5 of 6        Patient Information Leaflet PIL-PHY-0417" between two moves of a leaflet: the page's foot
    (it had been a move named after it)."""
    text = ("1. Knee rolls\nRoll both knees to one side. Repeat 10 times.\n\nPage 5 of 6"
            "                                            Patient Information Leaflet PIL-PHY-0417\n\n"
            "2. Bridging\nLift your hips. Repeat 10 times.\n")
    assert [e.text for e in text_entries(text) if "Page" in e.text or "Leaflet" in e.text] == []
