"""One way to report progress, for the import and the search upkeep alike: a bar on
a terminal, silence in logs and pipes."""

import io

import pytest

from core.progress import no_progress, terminal_progress
from directory.exchange.importer import import_exchange_file
from directory.models import Enterprise
from search import upkeep
from search.models import PendingIndexUpdate
from tests.directory.conftest import csv_text
from tests.translations import in_language


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_log_or_a_pipe_gets_no_bar():
    assert terminal_progress(io.StringIO()) is no_progress


def test_a_terminal_gets_a_bar_named_after_the_work():
    stream = Terminal()
    progress = terminal_progress(stream)
    assert list(progress(range(3), desc="Indexing", unit="batches")) == [0, 1, 2]
    assert "Indexing" in stream.getvalue()
    assert "3/3" in stream.getvalue()


@pytest.mark.django_db
def test_the_import_and_the_search_upkeep_draw_the_same_bars(locale_nl, locale_fr):
    stream = Terminal()
    report = import_exchange_file(
        csv_text([{}]).encode(), progress=terminal_progress(stream)
    )
    assert report.created == 1
    upkeep.queue(Enterprise.objects.first())

    upkeep.catch_up(progress=terminal_progress(stream))

    shown = stream.getvalue()
    assert in_language("nl", "Checking") in shown
    assert in_language("nl", "Indexing") in shown
    assert "catch-up" in shown
    assert not PendingIndexUpdate.objects.exists()
