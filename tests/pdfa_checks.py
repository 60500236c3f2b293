"""What an archive checks in a PDF/A-2b file, read back with pikepdf; and the outside tools.

`assert_pdfa_2b` asserts the essentials one by one (so a failure names what is missing) and
then runs pikepdf's PDF/A-2b validator, an allowlist built from veraPDF's rule catalogue that
approves a file only if every construct in it is known to conform. veraPDF itself is a Java
program that no package registry this project installs from carries, so it is not run here.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pikepdf.pdfa
import pytest
from pikepdf.models.metadata import decode_pdf_date

LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
# Keys that start JavaScript, run something or reach outside the file (ISO 19005-2 6.5, 6.6).
FORBIDDEN_KEYS = {"/JS", "/JavaScript", "/AA", "/URI", "/Launch", "/GoToR", "/EmbeddedFiles"}


def need_tool(name: str, package: str) -> str:
    """The path of a command-line tool. Missing: the test fails on CI (.ci/run installs it)
    and is skipped elsewhere, with the package to install."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed: apt-get install {package}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def assert_pdfa_2b(data: bytes, lang: str) -> pikepdf.Pdf:
    """Every PDF/A-2b essential the issue lists; returns the open document for more checks."""
    pdf = pikepdf.open(io.BytesIO(data))
    assert not pdf.is_encrypted

    info = pdf.docinfo
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        assert xmp["pdfaid:part"] == "2"
        assert xmp["pdfaid:conformance"] == "B"
        assert xmp["dc:title"] == str(info.Title) != ""
        assert xmp["dc:description"] == str(info.Subject) != ""
        assert xmp["xmp:CreatorTool"] == str(info.Creator)
        assert xmp["pdf:Producer"] == str(info.Producer)
        dates = (("xmp:CreateDate", "/CreationDate"), ("xmp:ModifyDate", "/ModDate"))
        for xmp_key, info_key in dates:
            assert dt.datetime.fromisoformat(xmp[xmp_key]) == decode_pdf_date(str(info[info_key]))
        assert xmp["dc:language"] == {LANGUAGE_TAGS[lang]}
    assert pdf.Root.Metadata.get("/Filter") is None  # readable without a PDF library

    intents = pdf.Root.OutputIntents
    assert len(intents) == 1
    intent = intents[0]
    assert intent.S == pikepdf.Name.GTS_PDFA1
    profile = intent.DestOutputProfile
    assert int(profile.N) == 3
    icc = profile.read_bytes()
    assert icc[16:20] == b"RGB " and icc[36:40] == b"acsp"  # an RGB ICC profile …
    assert b"sRGB" in icc  # … named sRGB

    fonts = [
        o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"
    ]
    assert fonts
    for font in fonts:
        assert "/ToUnicode" in font, font.get("/BaseFont")
        described = font.DescendantFonts[0] if font.get("/Subtype") == "/Type0" else font
        descriptor = described.FontDescriptor
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font.get(
            "/BaseFont"
        )
        # The CMap limit of 100 mappings a block: Ghostscript drops a map that breaks it.
        blocks = re.findall(rb"(\d+)\s+beginbf(?:char|range)", font.ToUnicode.read_bytes())
        assert blocks and all(int(n) <= 100 for n in blocks), (font.get("/BaseFont"), blocks)
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            assert not FORBIDDEN_KEYS & set(obj.keys()), obj.keys()
        if isinstance(obj, pikepdf.Stream):
            assert "/F" not in obj.stream_dict  # stream data in an external file

    assert str(pdf.Root.Lang) == LANGUAGE_TAGS[lang]
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True

    report = pikepdf.pdfa.validate_written(io.BytesIO(data), "2b")
    assert report.verdict == "pass", "\n".join(str(f) for f in report.findings)
    return pdf


def ghostscript_pdfa(source: Path, target: Path) -> None:
    """The conversion an archivist runs: Ghostscript's PDF/A-2 route."""
    gs = need_tool("gs", "ghostscript")
    subprocess.run(
        [
            gs, "-q", "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-dNOOUTERSAVE",
            "-sColorConversionStrategy=RGB", "-dPDFACompatibilityPolicy=1",
            "-sDEVICE=pdfwrite", f"-sOutputFile={target}", str(source),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def pdftotext(source: Path) -> str:
    tool = need_tool("pdftotext", "poppler-utils")
    done = subprocess.run(
        [tool, "-enc", "UTF-8", str(source), "-"], check=True, capture_output=True, timeout=60
    )
    return done.stdout.decode("utf-8")
