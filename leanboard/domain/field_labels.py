"""Field and item labels that services pass to validation and get_or_fail, for lupdate
(context "Fields").

Validation messages start with the field's label ("Otsikko: kenttä on pakollinen."). Callers
pass the Finnish label; validation shows it in the chosen language through `field_label`, so
every label a service uses must be listed here for lupdate to find it.
"""

from __future__ import annotations

from leanboard.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Fields"

LABELS = (
    QT_TRANSLATE_NOOP("Fields", "A3"),
    QT_TRANSLATE_NOOP("Fields", "Kehitysidea"),
    QT_TRANSLATE_NOOP("Fields", "Mittari"),
    QT_TRANSLATE_NOOP("Fields", "Ongelma"),
    QT_TRANSLATE_NOOP("Fields", "Tapahtuma"),
    QT_TRANSLATE_NOOP("Fields", "Taulu"),
    QT_TRANSLATE_NOOP("Fields", "Toimenpide"),
    QT_TRANSLATE_NOOP("Fields", "Ylempi taulu"),
    QT_TRANSLATE_NOOP("Fields", "Alkuperä"),
    QT_TRANSLATE_NOOP("Fields", "Aloituspäivä"),
    QT_TRANSLATE_NOOP("Fields", "Arvo"),
    QT_TRANSLATE_NOOP("Fields", "Arvosana"),
    QT_TRANSLATE_NOOP("Fields", "Desimaalit"),
    QT_TRANSLATE_NOOP("Fields", "Jakso"),
    QT_TRANSLATE_NOOP("Fields", "Kalanruodon luokka"),
    QT_TRANSLATE_NOOP("Fields", "Kesto (min)"),
    QT_TRANSLATE_NOOP("Fields", "Kommentti"),
    QT_TRANSLATE_NOOP("Fields", "Kuvaus"),
    QT_TRANSLATE_NOOP("Fields", "Muistiinpano"),
    QT_TRANSLATE_NOOP("Fields", "Määräpäivä"),
    QT_TRANSLATE_NOOP("Fields", "Nimi"),
    QT_TRANSLATE_NOOP("Fields", "Omistaja"),
    QT_TRANSLATE_NOOP("Fields", "Osallistujat"),
    QT_TRANSLATE_NOOP("Fields", "Otsikko"),
    QT_TRANSLATE_NOOP("Fields", "Päivä"),
    QT_TRANSLATE_NOOP("Fields", "Päivämäärä"),
    QT_TRANSLATE_NOOP("Fields", "SQDC-luokka"),
    QT_TRANSLATE_NOOP("Fields", "Saate"),
    QT_TRANSLATE_NOOP("Fields", "Suunta"),
    QT_TRANSLATE_NOOP("Fields", "Taulun taso"),
    QT_TRANSLATE_NOOP("Fields", "Tavoite"),
    QT_TRANSLATE_NOOP("Fields", "Tila"),
    QT_TRANSLATE_NOOP("Fields", "Tunnus"),
    QT_TRANSLATE_NOOP("Fields", "Vaihe"),
    QT_TRANSLATE_NOOP("Fields", "Vakavuus"),
    QT_TRANSLATE_NOOP("Fields", "Vastauksen tyyppi"),
    QT_TRANSLATE_NOOP("Fields", "Vastaus"),
    QT_TRANSLATE_NOOP("Fields", "Vastuuhenkilö"),
    QT_TRANSLATE_NOOP("Fields", "Yksikkö"),
    QT_TRANSLATE_NOOP("Fields", "Pysähtynyt idea (päiviä)"),
    QT_TRANSLATE_NOOP("Fields", "Merkintä"),
    QT_TRANSLATE_NOOP("Fields", "Kaavio"),
    QT_TRANSLATE_NOOP("Fields", "Suhteutus"),
    QT_TRANSLATE_NOOP("Fields", "Nimittäjä"),
)


def field_label(label: str) -> str:
    """`label` in the chosen language; a label not listed above (or already translated by its
    caller, like "Miksi? 2") is shown as given."""
    return translate(CONTEXT, label)
