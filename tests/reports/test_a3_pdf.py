"""The A3 PDF read back with pypdf: one landscape A3 page, and no text ever lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from leanboard import i18n
from leanboard.reports.a3_pdf import a3_pdf_bytes, export_a3
from leanboard.services import Services, open_services
from leanboard.services.dto import A3ActionDraft, A3Detail

PRINTED = dt.datetime(2026, 11, 25, 8, 5)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(f"sqlite:///{tmp_path / 'a3.db'}", actor="test@pytest")
    yield opened
    opened.close()


@pytest.fixture
def a3(services: Services) -> A3Detail:
    team = services.boards.create_board("OS2-AKUUTTI", "Osasto 2 – akuuttihoito", "team")
    measure = services.measures.create_measure(
        team.id, "Siirtoviivepäivät", unit="vrk/vko", target=4, direction="lower"
    )
    for week, value in enumerate((11, 12, 9, 10, 5, 4, 3, 4), start=36):
        services.measures.record_value(measure.id, team.id, f"2026-W{week}", value)
    problem = services.problems.create_problem(team.id, "D", "Jatkohoitoa odottavat potilaat")
    started = services.a3.start_from_problem(problem.id, owner="Osastonhoitaja")
    return services.a3.update_a3(
        started.id,
        started.version,
        title="Siirtoviiveiden vähentäminen",
        background="Päivystyksestä ei saatu potilaita osastolle.",
        current_condition="Siirtoviivepäiviä 579 vuodessa.",
        target_condition="Alle 200 vuodessa.",
        root_cause="Kotiutuksen suunnittelu alkoi myöhään.",
        five_whys=["Potilas odottaa jatkohoitopaikkaa.", "Haetaan vasta lopussa."],
        fishbone={"Ihmiset": ["Vastuu epäselvä"], "Johtaminen": ["Ei seurattu taululla"]},
        countermeasures="Kotiutuskoordinaattori arkiaamuihin.",
        follow_up="579 → 198 vuodessa.",
        effect_measure_id=measure.id,
        phase="check",
        actions=[
            A3ActionDraft("Tehtävänkuva", "Osastonhoitaja", "10.8.2026", "done"),
            A3ActionDraft("Yhteispalaveri", "Apulaisosastonhoitaja", "1.1.2026", "doing"),
        ],
    )


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def test_one_landscape_a3_page_with_every_section(a3: A3Detail) -> None:
    reader = read(a3_pdf_bytes(a3, PRINTED))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (1190.6, 841.9)
    text = reader.pages[0].extract_text()
    for expected in (
        "Siirtoviiveiden vähentäminen",
        "1 Tausta",
        "4 Juurisyyanalyysi",
        "Miksi? 2",
        "Johtaminen",
        "6 Toteutussuunnitelma",
        "Yhteispalaveri",
        "◷ myöhässä",  # the action due 1.1.2026 and not done
        "1.1.2026",
        "Vaikutusmittari: Siirtoviivepäivät",
        "vk 36",  # the run chart's first period
        "SQDC-ongelmasta: Jatkohoitoa odottavat potilaat",
        "tulostettu 25.11.2026 klo 8.05",
        "sivu 1/1",
    ):
        assert expected in text, expected
    assert "jatkuu sivulla" not in text
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in f for f in fonts)  # embedded, no Helvetica


def test_very_long_analysis_appears_whole_with_a_second_page(a3: A3Detail) -> None:
    words = [f"juurisyy{n:04d}" for n in range(1400)]
    root_cause = " ".join(words)
    assert len(root_cause) >= 15_000
    long = dataclasses.replace(a3, root_cause=root_cause)
    reader = read(a3_pdf_bytes(long, PRINTED))
    assert len(reader.pages) == 2
    first, second = (p.extract_text() for p in reader.pages)
    assert "▶ jatkuu sivulla 2" in first
    assert "4 Juurisyyanalyysi (jatkoa sivulta 1)" in second
    assert "sivu 2/2" in second
    printed = (first + "\n" + second).split()
    missing = [w for w in words if w not in printed]
    assert missing == []
    # The sections after the analysis still come whole on page 2, the right half on page 1.
    assert "Miksi? 2" in second and "Ei seurattu taululla" in second
    assert "Kotiutuskoordinaattori arkiaamuihin." in first
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == (1190.6, 841.9)


def test_moderately_long_text_shrinks_onto_one_page(a3: A3Detail) -> None:
    text = " ".join(f"tausta{n:03d}" for n in range(500))
    reader = read(a3_pdf_bytes(dataclasses.replace(a3, background=text), PRINTED))
    assert len(reader.pages) == 1
    printed = reader.pages[0].extract_text().split()
    assert all(f"tausta{n:03d}" in printed for n in range(500))


def test_export_to_a_folder_names_the_file(
    services: Services, a3: A3Detail, tmp_path: Path
) -> None:
    path = export_a3(services, a3.id, tmp_path)
    assert path == tmp_path / f"A3-{a3.id}_OS2-AKUUTTI.pdf"
    assert len(PdfReader(path).pages) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.fixture
def swedish() -> Iterator[None]:
    i18n.set_language("sv")
    yield
    i18n.set_language("fi")


def test_swedish_sheet_has_swedish_headings_facts_legend_and_footer(
    a3: A3Detail, swedish: None
) -> None:
    long = dataclasses.replace(a3, root_cause=" ".join(f"rotorsak{n:04d}" for n in range(1400)))
    reader = read(a3_pdf_bytes(long, PRINTED))
    assert len(reader.pages) == 2
    first, second = (p.extract_text() for p in reader.pages)
    text = first + "\n" + second
    for expected in (
        "1 Bakgrund",
        "Ägare: Osastonhoitaja",
        "Påbörjad",
        "Från SQDC-problemet: Jatkohoitoa odottavat potilaat",
        "5 x varför",
        "Varför? 2",
        "Människor",  # fishbone categories
        "Ledning",
        "Effektmätare: Siirtoviivepäivät",
        "Blå linje: värden",  # run chart legend
        "▶ fortsätter på sidan 2",
        "utskriven",
        "sida 1/2",
        "sida 2/2",
    ):
        assert expected in text, expected
    # What the user typed stays Finnish; none of the sheet's own Finnish words remain.
    finnish = (
        "Tausta",
        "Omistaja",
        "Aloitettu",
        "Päivitetty",
        "SQDC-ongelmasta",
        "Miksi?",
        "Ihmiset",
        "Johtaminen",
        "Vaikutusmittari",
        "Sininen viiva",
        "jatkuu sivulla",
        "jatkoa",
        "tulostettu",
        "sivu ",
        "ei kirjattu",
    )
    assert [w for w in finnish if w in text] == []
