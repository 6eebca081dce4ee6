"""The kinds of file the window takes as an article: a video's subtitles and a sheet's CSV too."""

from __future__ import annotations

from backcoach.gui.window_drops import wanted


def test_subtitle_files_and_csv_sheets_are_articles_to_drop() -> None:
    assert wanted(["/home/me/class.srt"]) and wanted(["captions.VTT"]) and wanted(["strong_workouts.csv"])
    assert not wanted(["song.mp3"]) and not wanted(["photo.png"])
