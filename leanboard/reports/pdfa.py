"""PDF/A-2b by construction: what an archive asks of a PDF and reportlab does not write.

Public-sector archives keep long-term records as PDF/A. reportlab draws the pages (fonts
embedded, vector graphics, no transparency groups, no JavaScript, no links out); pikepdf then
adds what reportlab has no API for, before the file is written:

- an sRGB output intent with the profile shipped in resources/icc (licence beside it): the
  pages draw in DeviceRGB, which PDF/A allows only under an RGB output intent;
- XMP metadata declaring PDF/A-2b (pdfaid:part 2, conformance B) with the same title,
  subject, author, creator tool, producer and dates as the document information dictionary;
- the document language (/Lang fi-FI, sv-FI or en-GB) and /DisplayDocTitle, so that a viewer
  shows the title rather than a file name;
- ToUnicode maps in blocks of at most 100 entries. reportlab writes each font subset's whole
  map as one `beginbfchar` block of up to 256 entries; the CMap specification (Adobe
  Technical Note #5014) allows 100 per block, and Ghostscript's PDF interpreter (9.56 to at
  least 10.04, the versions fpdf2 issue #1952 names) drops a map that breaks the limit. An
  archivist's usual Ghostscript PDF/A conversion then lost every letter outside ASCII ("ä" in
  "Päivittäisjohtamisen") from the text layer. Slots reportlab leaves unused (mapped to
  U+0000) are left out.
- reportlab's empty page transition (`/Trans << >>`, "no transition") is removed: it means
  nothing, and validators that accept only what they know cannot pass it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pikepdf
import reportlab
from pikepdf.models.metadata import encode_pdf_date

from leanboard import __version__
from leanboard.paths import resources_dir

LANGUAGE_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}
AUTHOR = "LeanBoard"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
REGISTRY = "http://www.color.org"
MAX_CMAP_BLOCK = 100  # mappings per begin…end block (Adobe Technical Note #5014)

_BFCHAR_BLOCK = re.compile(rb"\d+\s+beginbfchar\s(.*?)endbfchar", re.DOTALL)
_BFCHAR_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class DocumentInfo:
    """What the document says about itself, in the language it is printed in."""

    title: str
    subject: str
    language: str  # fi, sv or en
    created: dt.datetime  # when printed; a naive time is the local clock


def creator_tool() -> str:
    return f"LeanBoard {__version__}"


def producer() -> str:
    return f"ReportLab {reportlab.Version}, pikepdf {pikepdf.__version__}"


@cache
def srgb_profile() -> bytes:
    return (resources_dir() / "icc" / "sRGB.icc").read_bytes()


def save_pdfa(drawn: bytes, out: Path | BinaryIO, info: DocumentInfo) -> None:
    """Write the PDF reportlab `drew` to `out` (a file or a binary stream) as PDF/A-2b."""
    with pikepdf.open(io.BytesIO(drawn)) as pdf:
        for font in _fonts(pdf):
            _split_to_unicode(font)
        for page in pdf.pages:
            transition = page.obj.get(pikepdf.Name.Trans)
            if isinstance(transition, pikepdf.Dictionary) and not transition.keys():
                del page.obj[pikepdf.Name.Trans]
        _add_output_intent(pdf)
        _describe(pdf, info)
        # reportlab's identifier mixes in the clock; qpdf makes one from the content instead.
        del pdf.trailer.ID
        pdf.save(
            out,
            # The XMP written below is complete; pikepdf must not stamp its own edits on it.
            fix_metadata_version=False,
            # Re-encoded as Flate only (reportlab adds ASCII85 on top): smaller, and plain.
            stream_decode_level=pikepdf.StreamDecodeLevel.generalized,
            # The same document gives the same file identifier, and so the same bytes.
            deterministic_id=True,
        )


def _fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    fonts: dict[tuple[int, int], pikepdf.Dictionary] = {}
    for obj in pdf.objects:
        if (
            isinstance(obj, pikepdf.Dictionary)
            and obj.get(pikepdf.Name.Type) == pikepdf.Name.Font
            and pikepdf.Name.ToUnicode in obj
        ):
            fonts[obj.objgen] = obj
    return list(fonts.values())


def _split_to_unicode(font: pikepdf.Dictionary) -> None:
    stream = font[pikepdf.Name.ToUnicode]
    assert isinstance(stream, pikepdf.Stream)
    text = stream.read_bytes()
    fixed = _BFCHAR_BLOCK.sub(_blocks_of_100, text)
    if fixed != text:
        stream.write(fixed)


def _blocks_of_100(block: re.Match[bytes]) -> bytes:
    pairs = [
        (code, unicode)
        for code, unicode in _BFCHAR_PAIR.findall(block[1])
        if int(unicode, 16) != 0  # an unused slot, not a character
    ]
    parts = []
    for start in range(0, len(pairs), MAX_CMAP_BLOCK):
        chunk = pairs[start : start + MAX_CMAP_BLOCK]
        lines = b"\n".join(b"<" + code + b"> <" + unicode + b">" for code, unicode in chunk)
        parts.append(b"%d beginbfchar\n%s\nendbfchar" % (len(chunk), lines))
    return b"\n".join(parts)


def _add_output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pikepdf.Stream(pdf, srgb_profile())
    profile[pikepdf.Name.N] = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String(OUTPUT_CONDITION),
        RegistryName=pikepdf.String(REGISTRY),
        Info=pikepdf.String(OUTPUT_CONDITION),
        DestOutputProfile=pdf.make_indirect(profile),
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])


def _describe(pdf: pikepdf.Pdf, info: DocumentInfo) -> None:
    """Document information and XMP saying the same, plus language and title display."""
    when = info.created.astimezone().replace(microsecond=0)
    pdf_date = pikepdf.String(encode_pdf_date(when))
    pdf.trailer.Info = pdf.make_indirect(
        pikepdf.Dictionary(
            Title=pikepdf.String(info.title),
            Subject=pikepdf.String(info.subject),
            Author=pikepdf.String(AUTHOR),
            Creator=pikepdf.String(creator_tool()),
            Producer=pikepdf.String(producer()),
            CreationDate=pdf_date,
            ModDate=pdf_date,
        )
    )
    tag = LANGUAGE_TAGS[info.language]
    pdf.Root.Lang = pikepdf.String(tag)
    pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["dc:title"] = info.title
        xmp["dc:description"] = info.subject
        xmp["dc:creator"] = [AUTHOR]
        xmp["dc:language"] = {tag}
        xmp["xmp:CreatorTool"] = creator_tool()
        xmp["pdf:Producer"] = producer()
        xmp["xmp:CreateDate"] = when.isoformat()
        xmp["xmp:ModifyDate"] = when.isoformat()
        xmp["xmp:MetadataDate"] = when.isoformat()
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"
