"""`import_enterprises`: every row checked first, all or nothing, idempotent.

See docs/contract.md#import.
"""

import errno
import os
import subprocess
import sys
from io import StringIO
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st

from directory.exchange.columns import COLUMNS
from directory.exchange.reader import read_exchange_file
from directory.models import Enterprise
from tests.directory.factories import french_version

SUMMARY = "%(created)d created, %(updated)d updated, %(unchanged)d unchanged."
DRY_RUN_SUMMARY = (
    "Dry run, nothing written: %(created)d would be created, "
    "%(updated)d updated, %(unchanged)d unchanged."
)
WALLONIA = (
    "This postcode lies in Wallonia: the MeMO guide covers Flanders and Brussels only."
)


def in_dutch(msgid: str, *, until: str | None = None, **values) -> str:
    """`msgid` as an operator gets it: in Dutch, the default language.

    `until` names a placeholder whose value the test does not pin down; the
    message is then cut just before it.
    """
    with translation.override("nl"):
        translated = translation.gettext(msgid)
    assert translated != msgid, f"no Dutch translation of {msgid!r}"
    if until is not None:
        translated = translated.split(f"%({until})")[0]
    return translated % values


def run_import(path, *args):
    """Run the command; returns (stdout, stderr, exit code)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_enterprises", str(path), *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + str(error), error.returncode
    return out.getvalue(), err.getvalue(), 0


def assert_refused(path, *expected):
    """The import exits 1, reports each `row N: column` expected and writes nothing."""
    before = Enterprise.objects.count()
    out, err, code = run_import(path)
    assert code == 1
    for fragment in expected:
        assert fragment in err, err
    assert Enterprise.objects.count() == before
    return err


pytestmark = pytest.mark.django_db
CSV_HEADER = ",".join(COLUMNS) + "\r\n"


def test_valid_file_creates_published_enterprises_in_both_languages(
    csv_file, locale_nl, locale_fr
):
    path = csv_file(
        [
            {"sectors": "energie|wonen", "labels": "bio", "description_fr": "Énergie."},
            {"enterprise_number": "", "name": "Buurtwinkel", "postcode": "9000"},
        ]
    )
    out, err, code = run_import(path)
    assert code == 0, err
    assert in_dutch(SUMMARY, created=2, updated=0, unchanged=0) in out
    ecopower = Enterprise.objects.get(locale=locale_nl, enterprise_number="0403170701")
    assert ecopower.live and not ecopower.has_unpublished_changes
    assert ecopower.province == "antwerpen"
    assert ecopower.slug == "ecopower"
    assert ecopower.description == "Coöperatie voor hernieuwbare energie."
    assert sorted(s.slug for s in ecopower.sectors.all()) == ["energie", "wonen"]
    french = french_version(ecopower)
    assert french.live and french.name == "Ecopower" and french.slug == "ecopower"
    assert french.description == "Énergie."
    assert {s.locale_id for s in french.sectors.all()} == {locale_fr.pk}
    assert [label.slug for label in french.labels.all()] == ["bio"]
    shop = Enterprise.objects.get(locale=locale_nl, name="Buurtwinkel")
    assert shop.enterprise_number is None and shop.province == "oost-vlaanderen"
    assert french_version(shop).description == ""


def test_bom_is_accepted(csv_file, locale_nl, locale_fr):
    path = csv_file([{}], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run_import(path)[2] == 0
    assert Enterprise.objects.filter(name="Ecopower").count() == 2


def test_second_import_of_the_same_file_writes_nothing(csv_file, locale_nl, locale_fr):
    path = csv_file(
        [{}, {"enterprise_number": "", "name": "Buurtwinkel", "labels": "bio"}]
    )
    run_import(path)
    stamps = dict(Enterprise.objects.values_list("pk", "updated_at"))
    with CaptureQueriesContext(connection) as queries:
        out, _err, code = run_import(path)
    assert code == 0
    assert in_dutch(SUMMARY, created=0, updated=0, unchanged=2) in out
    assert dict(Enterprise.objects.values_list("pk", "updated_at")) == stamps
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE", "COPY"}
    ]
    assert writes == []


def test_rows_update_the_enterprise_with_the_same_number(csv_file, enterprise_factory):
    existing = enterprise_factory(enterprise_number="0403170701", name="Old name")
    out, _err, code = run_import(csv_file([{"description_fr": "Nouveau."}]))
    assert code == 0
    assert in_dutch(SUMMARY, created=0, updated=1, unchanged=0) in out
    existing.refresh_from_db()
    assert existing.name == "Ecopower" and existing.postcode == "2600"
    assert existing.slug == "old-name"  # addresses do not change with the name
    french = french_version(existing)
    assert french.name == "Ecopower" and french.description == "Nouveau."
    assert Enterprise.objects.count() == 2


def test_rows_without_a_known_number_match_by_name_and_postcode(
    csv_file, enterprise_factory
):
    existing = enterprise_factory(
        enterprise_number=None, name="Ecopower", postcode="2600", municipality="X"
    )
    out, _err, code = run_import(csv_file([{}]))
    assert code == 0
    assert in_dutch(SUMMARY, created=0, updated=1, unchanged=0) in out
    existing.refresh_from_db()
    assert existing.enterprise_number == "0403170701"
    assert existing.municipality == "Berchem"
    assert Enterprise.objects.count() == 2


def test_a_draft_is_published_by_the_import(csv_file, enterprise_factory):
    draft = enterprise_factory(enterprise_number="0403170701", live=False)
    run_import(csv_file([{"name": draft.name}]))
    draft.refresh_from_db()
    assert draft.live and french_version(draft).live


def test_same_name_gets_a_distinct_slug(csv_file, enterprise_factory):
    enterprise_factory(name="Ecopower", postcode="9000", enterprise_number=None)
    run_import(csv_file([{}]))
    slugs = set(Enterprise.objects.values_list("slug", flat=True))
    assert slugs == {"ecopower", "ecopower-2"}


def test_dry_run_reports_and_writes_nothing(csv_file, enterprise_factory):
    enterprise_factory(enterprise_number="0403170701", name="Old name")
    path = csv_file([{}, {"enterprise_number": "", "name": "Nieuw"}])
    before = list(Enterprise.objects.values_list("pk", "name", "updated_at"))
    out, _err, code = run_import(path, "--dry-run")
    assert code == 0
    assert in_dutch(DRY_RUN_SUMMARY, created=1, updated=1, unchanged=0) in out
    assert list(Enterprise.objects.values_list("pk", "name", "updated_at")) == before


REQUIRED = "this field is required"
NOT_YES_OR_NO = "%(value)r is not yes or no"
UNKNOWN_SLUG = "unknown slug %(slugs)s (use %(known)s)"
NOT_A_NUMBER = "not a number"
LONGER_THAN = "longer than %(limit)d characters"


@pytest.mark.parametrize(
    ("changes", "column", "msgid", "values"),
    [
        (
            {"enterprise_number": "0403170702"},
            "enterprise_number",
            "This enterprise number fails its check digits (97 − first eight mod 97).",
            {},
        ),
        (
            {"enterprise_number": "12345"},
            "enterprise_number",
            "An enterprise number has 10 digits.",
            {},
        ),
        ({"name": ""}, "name", REQUIRED, {}),
        ({"postcode": ""}, "postcode", REQUIRED, {}),
        ({"municipality": " "}, "municipality", REQUIRED, {}),
        ({"postcode": "5000"}, "postcode", WALLONIA, {}),
        ({"postcode": "90000"}, "postcode", "A Belgian postcode has four digits.", {}),
        (
            {"legal_form": "gmbh"},
            "legal_form",
            "unknown legal form %(value)r (use one of %(known)s)",
            {"value": "gmbh", "until": "known"},
        ),
        (
            {"cooperative": "perhaps"},
            "cooperative",
            NOT_YES_OR_NO,
            {"value": "perhaps"},
        ),
        ({"nrc_accredited": "2"}, "nrc_accredited", NOT_YES_OR_NO, {"value": "2"}),
        ({"cooperative": "on"}, "cooperative", NOT_YES_OR_NO, {"value": "on"}),
        (
            {"sectors": "energie|ruimtevaart"},
            "sectors",
            UNKNOWN_SLUG,
            {"slugs": "'ruimtevaart'", "until": "known"},
        ),
        (
            {"labels": "iso9001"},
            "labels",
            UNKNOWN_SLUG,
            {"slugs": "'iso9001'", "until": "known"},
        ),
        (
            {"latitude": "48.85", "longitude": "2.35"},
            "latitude",
            "These coordinates lie outside Belgium.",
            {},
        ),
        ({"latitude": "north"}, "latitude", NOT_A_NUMBER, {}),
        ({"longitude": "east"}, "longitude", NOT_A_NUMBER, {}),
        (
            {"website": "ftp://example.org"},
            "website",
            "not a web address starting with http:// or https://",
            {},
        ),
        ({"email": "info@"}, "email", "not a valid e-mail address", {}),
        ({"phone": "0" * 41}, "phone", LONGER_THAN, {"limit": 40}),
        ({"name": "x" * 201}, "name", LONGER_THAN, {"limit": 200}),
    ],
)
def test_each_column_reports_its_problem(
    csv_file, locale_nl, locale_fr, changes, column, msgid, values
):
    path = csv_file([{"enterprise_number": "", "name": "Goed"}, changes])
    err = assert_refused(path, f"row 3: {column}: ")
    line = next(line for line in err.splitlines() if line.startswith("row 3"))
    assert line.startswith(f"row 3: {column}: {in_dutch(msgid, **values)}")
    assert "row 2" not in err


def test_every_problem_of_every_row_is_reported(csv_file, locale_nl, locale_fr):
    path = csv_file(
        [
            {"name": "", "email": "nope"},
            {"enterprise_number": "", "name": "Goed"},
            {"enterprise_number": "", "postcode": "4000", "cooperative": "?"},
        ]
    )
    err = assert_refused(
        path,
        "row 2: name: ",
        "row 2: email: ",
        "row 4: cooperative: ",
        "row 4: postcode: ",
    )
    with translation.override("nl"):
        total = translation.ngettext(
            "%(count)d problem found; nothing was imported.",
            "%(count)d problems found; nothing was imported.",
            4,
        ) % {"count": 4}
    assert total in err
    assert "row 3" not in err


def test_the_import_keeps_a_municipality_statbel_places_elsewhere(
    csv_file, locale_nl, locale_fr
):
    """Statbel lists no villages: "2980 Halle" is a village of Zoersel, not the
    municipality Halle at 1500. A file is imported as its columns allow."""
    path = csv_file(
        [
            {
                "enterprise_number": "",
                "name": f"Coop {postcode} {typed}",
                "postcode": postcode,
                "municipality": typed,
            }
            for postcode, typed in (("2980", "Halle"), ("1000", "Gent"))
        ]
    )

    out, err, code = run_import(path)

    assert code == 0, err
    assert sorted(
        Enterprise.objects.filter(locale=locale_nl).values_list(
            "postcode", "municipality"
        )
    ) == [("1000", "Gent"), ("2980", "Halle")]


def test_a_former_municipality_or_either_language_is_accepted(
    csv_file, locale_nl, locale_fr
):
    places = [
        ("2140", "Borgerhout"),
        ("9032", "Wondelgem"),
        ("2600", "Berchem"),
        ("9000", "Gand"),
        ("1050", "ixelles"),
        ("1050", "Brussel"),
        ("1000", "BRÜSSEL"),
    ]
    path = csv_file(
        [
            {
                "enterprise_number": "",
                "name": f"Coop {n}",
                "postcode": postcode,
                "municipality": municipality,
            }
            for n, (postcode, municipality) in enumerate(places)
        ]
    )

    out, err, code = run_import(path)

    assert code == 0, err
    stored = Enterprise.objects.filter(locale=locale_nl)
    assert sorted(stored.values_list("municipality", flat=True)) == sorted(
        municipality for _postcode, municipality in places
    )


@pytest.mark.parametrize(
    "word,value",
    [
        ("yes", True),
        ("no", False),
        ("TRUE", True),
        ("false", False),
        ("1", True),
        ("0", False),
        ("ja", True),
        ("Nee", False),
        ("oui", True),
        ("non", False),
        ("", False),
    ],
)
def test_boolean_words(csv_file, locale_nl, locale_fr, word, value):
    assert run_import(csv_file([{"cooperative": word}]))[2] == 0
    assert Enterprise.objects.get(locale=locale_nl).cooperative is value


def test_duplicate_numbers_within_the_file(csv_file, locale_nl, locale_fr):
    path = csv_file([{}, {"name": "Andere", "enterprise_number": "BE 403.170.701"}])
    err = assert_refused(path, "row 3: enterprise_number: ")
    assert (
        in_dutch("the same enterprise number is on row %(row)d", row=2)
        in err.split("row 3: enterprise_number: ")[1]
    )


def test_same_name_and_postcode_without_numbers_within_the_file(
    csv_file, locale_nl, locale_fr
):
    path = csv_file([{"enterprise_number": ""}, {"enterprise_number": ""}])
    assert_refused(path, "row 3: name: ")


def test_two_rows_that_match_the_same_enterprise(csv_file, enterprise_factory):
    enterprise_factory(enterprise_number="0403170701", name="Ecopower", postcode="2600")
    path = csv_file(
        [{}, {"enterprise_number": "0202239951", "name": "Ecopower"}]  # same name
    )
    assert_refused(path, "row 3: enterprise_number: ")


def test_missing_header(csv_file, locale_nl, locale_fr):
    data = csv_file([{}]).read_bytes().split(b"\r\n", 1)[1]
    path = csv_file([], raw=data)
    assert_refused(
        path,
        "row 1: header: "
        + in_dutch(
            "the first row must name the columns; missing: %(columns)s",
            until="columns",
        ),
    )


def test_wrong_header(csv_file, locale_nl, locale_fr):
    from directory.exchange.columns import COLUMNS

    header = ["nummer" if c == "enterprise_number" else c for c in COLUMNS]
    assert_refused(
        csv_file([{}], header=header),
        "row 1: header: ",
        in_dutch("unknown columns: %(columns)s", columns="nummer"),
    )


def test_header_columns_may_come_in_any_order(csv_file, locale_nl, locale_fr):
    from directory.exchange.columns import COLUMNS

    assert run_import(csv_file([{}], header=reversed(COLUMNS)))[2] == 0


def test_latin1_file_is_refused_with_its_row(csv_file, locale_nl, locale_fr):
    path = csv_file(
        [{"enterprise_number": "", "name": "Goed", "description_nl": "Goed."}, {}],
        encoding="latin-1",
    )
    assert_refused(
        path,
        "row 3: file: "
        + in_dutch(
            "the file is not UTF-8 text (byte 0x%(byte)02x); save it as CSV UTF-8",
            byte=ord("ö".encode("latin-1")),  # of "Coöperatie" in row 3
        ),
    )


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
        "enterprise_number,name\r\n".encode("utf-16"),
        bytes(range(256)) * 4,
    ],
)
def test_binary_files_are_refused(csv_file, locale_nl, locale_fr, raw):
    assert_refused(csv_file([], raw=raw), "row ", "file: ")


@pytest.mark.parametrize(
    "raw",
    [b"[" * 100_000, b"[" * 100_000 + b"]" * 100_000, b'[{"a":' * 100_000],
    ids=["unclosed", "closed", "objects"],
)
def test_deeply_nested_json_is_refused(csv_file, locale_nl, locale_fr, raw):
    err = assert_refused(
        csv_file([], raw=raw),
        "row 1: file: " + in_dutch("not readable as JSON: nested too deeply"),
    )
    assert "Traceback" not in err


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n"])
def test_empty_file(csv_file, locale_nl, locale_fr, raw):
    assert_refused(
        csv_file([], raw=raw), "row 1: file: " + in_dutch("the file is empty")
    )


def test_header_only(csv_file, locale_nl, locale_fr):
    assert_refused(
        csv_file([]), "row 1: file: " + in_dutch("the file has no enterprises")
    )


def test_huge_cell(csv_file, locale_nl, locale_fr):
    path = csv_file(
        [{"enterprise_number": "", "name": "Goed"}, {"description_nl": "x" * 200_000}]
    )
    assert_refused(
        path,
        "row 3: file: "
        + in_dutch("a cell is longer than %(limit)d characters", until="limit"),
    )


def test_long_description_over_the_limit(csv_file, locale_nl, locale_fr):
    path = csv_file([{"description_nl": "x" * 100_001}])
    assert_refused(
        path, "row 2: description_nl: " + in_dutch(LONGER_THAN, limit=100_000)
    )


def test_row_with_too_many_cells(csv_file, locale_nl, locale_fr):
    data = csv_file([{}]).read_bytes() + b"a,b\r\n"
    assert_refused(
        csv_file([], raw=data),
        f"row 3: {in_dutch('cells')}: "
        + in_dutch(
            "the row has %(found)d cells, the header %(expected)d",
            found=2,
            expected=len(COLUMNS),
        ),
    )


def test_missing_file_is_a_clear_error(tmp_path, db):
    path = tmp_path / "missing.csv"
    out, err, code = run_import(path)
    assert code == 1
    assert (
        in_dutch(
            "Cannot read %(path)s: %(reason)s",
            path=str(path),
            reason=os.strerror(errno.ENOENT),
        )
        in err
    )


def test_exit_code_and_stderr_of_the_real_command(csv_file, locale_nl):
    """The command as an operator runs it: exit status 1, problems on stderr."""
    path = csv_file([{"postcode": "5000"}])
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://{}:{}@{}:{}/{}".format(
            quote(database["USER"]),
            quote(database["PASSWORD"] or ""),
            database["HOST"],
            database["PORT"],
            database["NAME"],
        ),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "import_enterprises", str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"row 2: postcode: {in_dutch(WALLONIA)}" in result.stderr
    assert "Traceback" not in result.stderr


def test_imported_and_updated_enterprises_are_searchable(
    csv_file, locale_nl, locale_fr
):
    run_import(csv_file([{"name": "Zonnecoöperatie Ecopower"}]))
    dutch = Enterprise.objects.filter(locale=locale_nl)
    assert [e.name for e in dutch.search("Zonnecoöperatie")] == [
        "Zonnecoöperatie Ecopower"
    ]
    run_import(csv_file([{"name": "Windcoöperatie Ecopower"}]))
    assert [e.name for e in dutch.search("Windcoöperatie")] == [
        "Windcoöperatie Ecopower"
    ]
    french = Enterprise.objects.filter(locale=locale_fr)
    assert [e.name for e in french.search("Windcoöperatie")] == [
        "Windcoöperatie Ecopower"
    ]


def test_progress_bar_only_on_a_terminal(csv_file, locale_nl, locale_fr, monkeypatch):
    path = csv_file([{}])
    err = StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    run_import(path, "--dry-run")
    assert in_dutch("Checking") not in err.getvalue()

    err.isatty = lambda: True
    call_command("import_enterprises", str(path), stdout=StringIO(), stderr=StringIO())
    assert in_dutch("Checking") in err.getvalue()


@settings_hypothesis(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda text: (CSV_HEADER + text).encode()),
    )
)
def test_hostile_bytes_never_crash_the_reader(locale_nl, data):
    result = read_exchange_file(data)
    assert result.rows or result.problems
    for problem in result.problems:
        assert str(problem).startswith(f"row {problem.row}: ")
