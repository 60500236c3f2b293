<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="fi_FI">
<context>
    <name>A3Actions</name>
    <message>
        <source>Tekemättä</source>
        <translation>Tekemättä</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>A3Editor</name>
    <message>
        <source>SQDC-ongelmasta: </source>
        <translation>SQDC-ongelmasta: </translation>
    </message>
    <message>
        <source>Kehitysideasta: </source>
        <translation>Kehitysideasta: </translation>
    </message>
    <message>
        <source>– ei vaikutusmittaria –</source>
        <translation>– ei vaikutusmittaria –</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3-raportti</translation>
    </message>
    <message>
        <source>Luonnosta ei voitu tallentaa: </source>
        <translation>Luonnosta ei voitu tallentaa: </translation>
    </message>
    <message>
        <source>Tästä A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</source>
        <translation>Tästä A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</translation>
    </message>
    <message>
        <source>Uudesta A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</source>
        <translation>Uudesta A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</translation>
    </message>
    <message>
        <source>Palauta tallentamaton luonnos?</source>
        <translation>Palauta tallentamaton luonnos?</translation>
    </message>
    <message>
        <source>Luonnos palautettu — muista tallentaa.</source>
        <translation>Luonnos palautettu — muista tallentaa.</translation>
    </message>
    <message>
        <source>Luonnoksen taulu ei aukea: </source>
        <translation>Luonnoksen taulu ei aukea: </translation>
    </message>
    <message>
        <source>Korjaa punaisella merkityt kentät.</source>
        <translation>Korjaa punaisella merkityt kentät.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa luonnoksena tällä koneella; tallenna uudelleen, kun yhteys palaa.</source>
        <translation>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa luonnoksena tällä koneella; tallenna uudelleen, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>Tallennettu klo </source>
        <translation>Tallennettu klo </translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>A3 ei aukea</source>
        <translation>A3 ei aukea</translation>
    </message>
    <message>
        <source>Tekstisi on tallessa luonnoksena.</source>
        <translation>Tekstisi on tallessa luonnoksena.</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>5 x miksi</source>
        <translation>5 x miksi</translation>
    </message>
    <message>
        <source>Toteutussuunnitelma</source>
        <translation>Toteutussuunnitelma</translation>
    </message>
    <message>
        <source>A3: joku muu ehti tallentaa ensin</source>
        <translation>A3: joku muu ehti tallentaa ensin</translation>
    </message>
    <message>
        <source>Toisen tallentama versio on nyt näkyvissä.</source>
        <translation>Toisen tallentama versio on nyt näkyvissä.</translation>
    </message>
    <message>
        <source>Ei tallennettu: tekstisi on yhä lomakkeella ja luonnoksena.</source>
        <translation>Ei tallennettu: tekstisi on yhä lomakkeella ja luonnoksena.</translation>
    </message>
    <message>
        <source>Vie A3 PDF-tiedostoksi</source>
        <translation>Vie A3 PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Viedään PDF…</source>
        <translation>Viedään PDF…</translation>
    </message>
    <message>
        <source>PDF kirjoitettu: </source>
        <translation>PDF kirjoitettu: </translation>
    </message>
    <message>
        <source>PDF viety</source>
        <translation>PDF viety</translation>
    </message>
    <message>
        <source>PDF-vienti epäonnistui.</source>
        <translation>PDF-vienti epäonnistui.</translation>
    </message>
    <message>
        <source>PDF-vienti epäonnistui</source>
        <translation>PDF-vienti epäonnistui</translation>
    </message>
    <message>
        <source>Historia ei aukea</source>
        <translation>Historia ei aukea</translation>
    </message>
    <message>
        <source>A3:n muutoshistoria</source>
        <translation>A3:n muutoshistoria</translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>A3:n otsikko</source>
        <translation>A3:n otsikko</translation>
    </message>
    <message>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Aloitettu</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>pp.kk.vvvv</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <source>PDCA-vaihe</source>
        <translation>PDCA-vaihe</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>1  Tausta</source>
        <translation>1  Tausta</translation>
    </message>
    <message>
        <source>Miksi tähän tartutaan? Mikä on ongelma ja sen merkitys?</source>
        <translation>Miksi tähän tartutaan? Mikä on ongelma ja sen merkitys?</translation>
    </message>
    <message>
        <source>2  Nykytila</source>
        <translation>2  Nykytila</translation>
    </message>
    <message>
        <source>Miten asiat ovat nyt? Luvut, mittaukset, havainnot.</source>
        <translation>Miten asiat ovat nyt? Luvut, mittaukset, havainnot.</translation>
    </message>
    <message>
        <source>3  Tavoitetila</source>
        <translation>3  Tavoitetila</translation>
    </message>
    <message>
        <source>Mihin pyritään ja mihin mennessä?</source>
        <translation>Mihin pyritään ja mihin mennessä?</translation>
    </message>
    <message>
        <source>4  Juurisyyanalyysi</source>
        <translation>4  Juurisyyanalyysi</translation>
    </message>
    <message>
        <source>Juurisyy omin sanoin</source>
        <translation>Juurisyy omin sanoin</translation>
    </message>
    <message>
        <source>5 x miksi – kysy ”Miksi?” kunnes juurisyy löytyy</source>
        <translation>5 x miksi – kysy ”Miksi?” kunnes juurisyy löytyy</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Kalanruoto (syy-seurauskaavio): yksi syy riville</source>
        <translation>Kalanruoto (syy-seurauskaavio): yksi syy riville</translation>
    </message>
    <message>
        <source>5  Vastatoimenpiteet</source>
        <translation>5  Vastatoimenpiteet</translation>
    </message>
    <message>
        <source>Mitä juurisyylle tehdään?</source>
        <translation>Mitä juurisyylle tehdään?</translation>
    </message>
    <message>
        <source>6  Toteutussuunnitelma (mitä, kuka, milloin, tila)</source>
        <translation>6  Toteutussuunnitelma (mitä, kuka, milloin, tila)</translation>
    </message>
    <message>
        <source>7  Seuranta ja tulokset</source>
        <translation>7  Seuranta ja tulokset</translation>
    </message>
    <message>
        <source>Mitä tapahtui? Toteutuiko tavoite?</source>
        <translation>Mitä tapahtui? Toteutuiko tavoite?</translation>
    </message>
    <message>
        <source>Vaikutusmittari:</source>
        <translation>Vaikutusmittari:</translation>
    </message>
    <message>
        <source>Muutoshistoria</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Vie PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <source>Tallenna (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>A3Link</name>
    <message>
        <source>Avaa A3</source>
        <translation>Avaa A3</translation>
    </message>
    <message>
        <source>Aloita A3</source>
        <translation>Aloita A3</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Vaihe</translation>
    </message>
</context>
<context>
    <name>A3ListWindow</name>
    <message>
        <source>A3-raportit — LeanBoard</source>
        <translation>A3-raportit — LeanBoard</translation>
    </message>
    <message>
        <source>Taulu: </source>
        <translation>Taulu: </translation>
    </message>
    <message>
        <source>Koko organisaatio</source>
        <translation>Koko organisaatio</translation>
    </message>
    <message>
        <source>Hae otsikosta, taulusta, omistajasta…</source>
        <translation>Hae otsikosta, taulusta, omistajasta…</translation>
    </message>
    <message>
        <source>Kaikki</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>&amp;Vaihe:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;Uusi A3…</source>
        <translation>&amp;Uusi A3…</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>A3-raportit eivät aukea</source>
        <translation>A3-raportit eivät aukea</translation>
    </message>
    <message>
        <source>%1 A3-raporttia</source>
        <translation>%1 A3-raporttia</translation>
    </message>
    <message>
        <source>%1 / %2 näkyvissä</source>
        <translation>%1 / %2 näkyvissä</translation>
    </message>
</context>
<context>
    <name>A3Panel</name>
    <message>
        <source>Ei keskeneräisiä A3-raportteja. A3 aloitetaan ongelmasta tai ideasta tiimin vetäjän koneella.</source>
        <translation>Ei keskeneräisiä A3-raportteja. A3 aloitetaan ongelmasta tai ideasta tiimin vetäjän koneella.</translation>
    </message>
    <message>
        <source>Vaihe: </source>
        <translation>Vaihe: </translation>
    </message>
    <message>
        <source>toimenpide</source>
        <translation>toimenpide</translation>
    </message>
    <message>
        <source>toimenpidettä</source>
        <translation>toimenpidettä</translation>
    </message>
</context>
<context>
    <name>A3Pdf</name>
    <message>
        <source>1  Tausta</source>
        <translation>1  Tausta</translation>
    </message>
    <message>
        <source>2  Nykytila</source>
        <translation>2  Nykytila</translation>
    </message>
    <message>
        <source>3  Tavoitetila</source>
        <translation>3  Tavoitetila</translation>
    </message>
    <message>
        <source>4  Juurisyyanalyysi</source>
        <translation>4  Juurisyyanalyysi</translation>
    </message>
    <message>
        <source>5  Vastatoimenpiteet</source>
        <translation>5  Vastatoimenpiteet</translation>
    </message>
    <message>
        <source>6  Toteutussuunnitelma</source>
        <translation>6  Toteutussuunnitelma</translation>
    </message>
    <message>
        <source>7  Seuranta ja tulokset</source>
        <translation>7  Seuranta ja tulokset</translation>
    </message>
    <message>
        <source>Tekemättä</source>
        <translation>Tekemättä</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>– ei kirjattu –</source>
        <translation>– ei kirjattu –</translation>
    </message>
    <message>
        <source>5 x miksi</source>
        <translation>5 x miksi</translation>
    </message>
    <message>
        <source>Miksi? {n}</source>
        <translation>Miksi? {n}</translation>
    </message>
    <message>
        <source>Kalanruoto (syy-seurauskaavio)</source>
        <translation>Kalanruoto (syy-seurauskaavio)</translation>
    </message>
    <message>
        <source>Mitä</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Kuka</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Vaikutusmittaria ei ole valittu.</source>
        <translation>Vaikutusmittaria ei ole valittu.</translation>
    </message>
    <message>
        <source> · tavoite {sign} {value} {unit}</source>
        <translation> · tavoite {sign} {value} {unit}</translation>
    </message>
    <message>
        <source>Vaikutusmittari: {name}</source>
        <translation>Vaikutusmittari: {name}</translation>
    </message>
    <message>
        <source>Mittarilla ei ole vielä arvoja.</source>
        <translation>Mittarilla ei ole vielä arvoja.</translation>
    </message>
    <message>
        <source>Sininen viiva: arvot · katkoviiva: tavoite · harmaa: mediaani (vaiheittain, jäädytetty katkoviivalla) · pisteviiva: uusi vaihe · numeroitu ympyrä: merkintä · punainen neliö: ei-satunnainen muutos (Anhøj/IHI-säännöt)</source>
        <translation>Sininen viiva: arvot · katkoviiva: tavoite · harmaa: mediaani (vaiheittain, jäädytetty katkoviivalla) · pisteviiva: uusi vaihe · numeroitu ympyrä: merkintä · punainen neliö: ei-satunnainen muutos (Anhøj/IHI-säännöt)</translation>
    </message>
    <message>
        <source>{heading} (jatkoa sivulta {page})</source>
        <translation>{heading} (jatkoa sivulta {page})</translation>
    </message>
    <message>
        <source>Omistaja: {owner}</source>
        <translation>Omistaja: {owner}</translation>
    </message>
    <message>
        <source>Aloitettu {date}</source>
        <translation>Aloitettu {date}</translation>
    </message>
    <message>
        <source>Päivitetty {date}</source>
        <translation>Päivitetty {date}</translation>
    </message>
    <message>
        <source>SQDC-ongelmasta: {title}</source>
        <translation>SQDC-ongelmasta: {title}</translation>
    </message>
    <message>
        <source>Kehitysideasta: {title}</source>
        <translation>Kehitysideasta: {title}</translation>
    </message>
    <message>
        <source>{title} (jatkoa)</source>
        <translation>{title} (jatkoa)</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3-raportti</translation>
    </message>
    <message>
        <source>✔ Valmis</source>
        <translation>✔ Valmis</translation>
    </message>
    <message>
        <source>LeanBoard {version} · A3 {id} · tulostettu {date} klo {time}</source>
        <translation>LeanBoard {version} · A3 {id} · tulostettu {date} klo {time}</translation>
    </message>
    <message>
        <source>sivu {page}/{pages}</source>
        <translation>sivu {page}/{pages}</translation>
    </message>
    <message>
        <source>▶ jatkuu sivulla {page}</source>
        <translation>▶ jatkuu sivulla {page}</translation>
    </message>
    <message>
        <source>A3: {title}</source>
        <translation>A3: {title}</translation>
    </message>
    <message>
        <source>A3-raportti {id}, {board}</source>
        <translation>A3-raportti {id}, {board}</translation>
    </message>
</context>
<context>
    <name>A3WallView</name>
    <message>
        <source>Vaihe</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>✕ Sulje</source>
        <translation>✕ Sulje</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Mitä</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Kuka</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>myöhässä</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>+ Lisää toimenpide</source>
        <translation>+ Lisää toimenpide</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Poista valittu</translation>
    </message>
    <message>
        <source>Rivi poistuu suunnitelmasta; sen sisältö jää A3:n muutoshistoriaan.</source>
        <translation>Rivi poistuu suunnitelmasta; sen sisältö jää A3:n muutoshistoriaan.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Tietokantaa ei voi avata: {url}</source>
        <translation>Tietokantaa ei voi avata: {url}</translation>
    </message>
    <message>
        <source> — esittelyaineisto</source>
        <translation> — esittelyaineisto</translation>
    </message>
</context>
<context>
    <name>BoardImport</name>
    <message>
        <source>ylempi taulu ”{parent}” ei ole kelvollinen tunnus.</source>
        <translation>ylempi taulu ”{parent}” ei ole kelvollinen tunnus.</translation>
    </message>
    <message>
        <source>tuntematon taso ”{kind}” (sallitut: team, unit, area, organisation).</source>
        <translation>tuntematon taso ”{kind}” (sallitut: team, unit, area, organisation).</translation>
    </message>
    <message>
        <source>tunnus {code} on jo rivillä {row}.</source>
        <translation>tunnus {code} on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>tiedostossa ei ole yhtään taulua.</source>
        <translation>tiedostossa ei ole yhtään taulua.</translation>
    </message>
    <message>
        <source>kehä: taulu olisi itsensä yläpuolella ({loop}).</source>
        <translation>kehä: taulu olisi itsensä yläpuolella ({loop}).</translation>
    </message>
    <message>
        <source>tunnus {code} on jo käytössä tietokannassa.</source>
        <translation>tunnus {code} on jo käytössä tietokannassa.</translation>
    </message>
    <message>
        <source>ylempää taulua {parent} ei ole tiedostossa eikä tietokannassa.</source>
        <translation>ylempää taulua {parent} ei ole tiedostossa eikä tietokannassa.</translation>
    </message>
    <message>
        <source>ylempi taulu {parent} on arkistoitu.</source>
        <translation>ylempi taulu {parent} on arkistoitu.</translation>
    </message>
</context>
<context>
    <name>BoardListsDialog</name>
    <message>
        <source>Taulun sisältö — %1</source>
        <translation>Taulun sisältö — %1</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>T&amp;aulu</source>
        <translation>T&amp;aulu</translation>
    </message>
    <message>
        <source>&amp;Kehitysideat…</source>
        <translation>&amp;Kehitysideat…</translation>
    </message>
    <message>
        <source>&amp;Ongelmat…</source>
        <translation>&amp;Ongelmat…</translation>
    </message>
    <message>
        <source>&amp;Turvallisuustapahtumat…</source>
        <translation>&amp;Turvallisuustapahtumat…</translation>
    </message>
    <message>
        <source>&amp;Mittarit ja tavoitteet…</source>
        <translation>&amp;Mittarit ja tavoitteet…</translation>
    </message>
    <message>
        <source>Kirjaa mittarin &amp;arvo…</source>
        <translation>Kirjaa mittarin &amp;arvo…</translation>
    </message>
    <message>
        <source>Tuo mittariarvot CSV-tiedostosta…</source>
        <translation>Tuo mittariarvot CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>Tuo asiakaspalaute (NPS) CSV-tiedostosta…</source>
        <translation>Tuo asiakaspalaute (NPS) CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>Taulun &amp;muutoshistoria…</source>
        <translation>Taulun &amp;muutoshistoria…</translation>
    </message>
    <message>
        <source>Taulun a&amp;setukset…</source>
        <translation>Taulun a&amp;setukset…</translation>
    </message>
</context>
<context>
    <name>BoardPages</name>
    <message>
        <source>Tänään</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Kehittäminen</source>
        <translation>Kehittäminen</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Alaiset taulut</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Taulun asetukset: %1</source>
        <translation>Taulun asetukset: %1</translation>
    </message>
    <message>
        <source>Päivän tai tiimin fiilislukuja ei näytetä, jos vastaajia on tätä vähemmän: pienestä joukosta yksittäisen työntekijän arvion voisi päätellä. Valtion VMBaro-kysely käyttää rajana viittä vastaajaa; alin sallittu on 3.</source>
        <translation>Päivän tai tiimin fiilislukuja ei näytetä, jos vastaajia on tätä vähemmän: pienestä joukosta yksittäisen työntekijän arvion voisi päätellä. Valtion VMBaro-kysely käyttää rajana viittä vastaajaa; alin sallittu on 3.</translation>
    </message>
    <message>
        <source>Vain ylläpitäjä (rooli admin) voi muuttaa tätä.</source>
        <translation>Vain ylläpitäjä (rooli admin) voi muuttaa tätä.</translation>
    </message>
    <message>
        <source>– ei ylempää taulua (ylimmäksi) –</source>
        <translation>– ei ylempää taulua (ylimmäksi) –</translation>
    </message>
    <message>
        <source>PIN on asetettu — kirjoita uusi vaihtaaksesi (%1 numeroa)</source>
        <translation>PIN on asetettu — kirjoita uusi vaihtaaksesi (%1 numeroa)</translation>
    </message>
    <message>
        <source>Ei asetettu — kirjoita %1 numeroa</source>
        <translation>Ei asetettu — kirjoita %1 numeroa</translation>
    </message>
    <message>
        <source>Tarvitaan PIN-koodin vaihtamiseen tai poistamiseen</source>
        <translation>Tarvitaan PIN-koodin vaihtamiseen tai poistamiseen</translation>
    </message>
    <message>
        <source>Kirjoita nykyinen PIN-koodi: ilman sitä PIN-koodia ei voi vaihtaa.</source>
        <translation>Kirjoita nykyinen PIN-koodi: ilman sitä PIN-koodia ei voi vaihtaa.</translation>
    </message>
    <message>
        <source>PIN-koodit eivät ole samat: kirjoita sama PIN-koodi kahdesti.</source>
        <translation>PIN-koodit eivät ole samat: kirjoita sama PIN-koodi kahdesti.</translation>
    </message>
    <message>
        <source>Taulun asetukset</source>
        <translation>Taulun asetukset</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Nimi *</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Tunnus *</translation>
    </message>
    <message>
        <source>esim. TUU-AKUUTTI</source>
        <translation>esim. TUU-AKUUTTI</translation>
    </message>
    <message>
        <source>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</source>
        <translation>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</translation>
    </message>
    <message>
        <source>&amp;Ylempi taulu</source>
        <translation>&amp;Ylempi taulu</translation>
    </message>
    <message>
        <source>Nykyinen P&amp;IN-koodi</source>
        <translation>Nykyinen P&amp;IN-koodi</translation>
    </message>
    <message>
        <source>PIN-koodin vaihtaminen tai poistaminen vaatii nykyisen PIN-koodin, ellei sinulla ole taulun vetäjän roolia.</source>
        <translation>PIN-koodin vaihtaminen tai poistaminen vaatii nykyisen PIN-koodin, ellei sinulla ole taulun vetäjän roolia.</translation>
    </message>
    <message>
        <source>Uusi &amp;PIN-koodi</source>
        <translation>Uusi &amp;PIN-koodi</translation>
    </message>
    <message>
        <source>E&amp;hdota 6 numeroa</source>
        <translation>E&amp;hdota 6 numeroa</translation>
    </message>
    <message>
        <source>Arpoo 6-numeroisen PIN-koodin ja näyttää sen, jotta voit kirjoittaa sen muistiin.</source>
        <translation>Arpoo 6-numeroisen PIN-koodin ja näyttää sen, jotta voit kirjoittaa sen muistiin.</translation>
    </message>
    <message>
        <source>Uusi PIN-koodi &amp;uudelleen</source>
        <translation>Uusi PIN-koodi &amp;uudelleen</translation>
    </message>
    <message>
        <source>Poista PIN-ko&amp;odi (seinänäytön valikko aukeaa ilman sitä)</source>
        <translation>Poista PIN-ko&amp;odi (seinänäytön valikko aukeaa ilman sitä)</translation>
    </message>
    <message>
        <source>&amp;Vähimmäisryhmä</source>
        <translation>&amp;Vähimmäisryhmä</translation>
    </message>
    <message>
        <source> vastaajaa</source>
        <translation> vastaajaa</translation>
    </message>
    <message>
        <source>&amp;Eskalaation odotusraja (h)</source>
        <translation>&amp;Eskalaation odotusraja (h)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ylemmälle tasolle eskaloitu ongelma, joka odottaa vastausta tätä kauemmin, nostetaan koontinäkymässä apua tarvitsevaksi (1–720 tuntia).</source>
        <translation>Ylemmälle tasolle eskaloitu ongelma, joka odottaa vastausta tätä kauemmin, nostetaan koontinäkymässä apua tarvitsevaksi (1–720 tuntia).</translation>
    </message>
    <message>
        <source>Taululla näkyvät osiot</source>
        <translation>Taululla näkyvät osiot</translation>
    </message>
</context>
<context>
    <name>BoardTreeActions</name>
    <message>
        <source>&amp;Uusi taulu tämän alle…</source>
        <translation>&amp;Uusi taulu tämän alle…</translation>
    </message>
    <message>
        <source>Uusi &amp;ylin taulu…</source>
        <translation>Uusi &amp;ylin taulu…</translation>
    </message>
    <message>
        <source>&amp;Nimeä uudelleen…</source>
        <translation>&amp;Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>Vaihda &amp;tunnus…</source>
        <translation>Vaihda &amp;tunnus…</translation>
    </message>
    <message>
        <source>&amp;Siirrä toisen taulun alle…</source>
        <translation>&amp;Siirrä toisen taulun alle…</translation>
    </message>
    <message>
        <source>&amp;Arkistoi taulu…</source>
        <translation>&amp;Arkistoi taulu…</translation>
    </message>
    <message>
        <source>&amp;Palauta arkistoitu taulu…</source>
        <translation>&amp;Palauta arkistoitu taulu…</translation>
    </message>
    <message>
        <source>Tuo organisaatio CSV-tiedostosta…</source>
        <translation>Tuo organisaatio CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma ”%1” odottaa nyt taululla %2.</source>
        <translation>Eskaloitu ongelma ”%1” odottaa nyt taululla %2.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma ”%1” palasi tiimille: ylempää taulua ei ole.</source>
        <translation>Eskaloitu ongelma ”%1” palasi tiimille: ylempää taulua ei ole.</translation>
    </message>
    <message>
        <source>Ylemmältä perityt tavoitteet, jotka eivät enää näy: %1</source>
        <translation>Ylemmältä perityt tavoitteet, jotka eivät enää näy: %1</translation>
    </message>
    <message>
        <source>Uudet perityt tavoitteet: %1</source>
        <translation>Uudet perityt tavoitteet: %1</translation>
    </message>
    <message>
        <source>Taulu siirretty</source>
        <translation>Taulu siirretty</translation>
    </message>
    <message>
        <source>Arkistoidaanko taulu %1 (%2)? Se poistuu puusta, koonnista ja listoilta; mitään ei poisteta, ja sen voi palauttaa.</source>
        <translation>Arkistoidaanko taulu %1 (%2)? Se poistuu puusta, koonnista ja listoilta; mitään ei poisteta, ja sen voi palauttaa.</translation>
    </message>
    <message>
        <source>Arkistoi taulu</source>
        <translation>Arkistoi taulu</translation>
    </message>
    <message>
        <source>Taulua ei arkistoitu</source>
        <translation>Taulua ei arkistoitu</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Valitse taulu.</source>
        <translation>Valitse taulu.</translation>
    </message>
    <message>
        <source>← Takaisin</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>✱ Mitä uutta</source>
        <translation>✱ Mitä uutta</translation>
    </message>
    <message>
        <source>Taulua ei voi näyttää</source>
        <translation>Taulua ei voi näyttää</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>taulun tunnus, esim. TUU-AKUUTTI</source>
        <translation>taulun tunnus, esim. TUU-AKUUTTI</translation>
    </message>
    <message>
        <source>lopeta heti, kun taulu on piirretty ensimmäisen kerran (käynnistysajan mittaus)</source>
        <translation>lopeta heti, kun taulu on piirretty ensimmäisen kerran (käynnistysajan mittaus)</translation>
    </message>
    <message>
        <source>Tietokanta on ajan tasalla (skeema {schema}): {url}</source>
        <translation>Tietokanta on ajan tasalla (skeema {schema}): {url}</translation>
    </message>
    <message>
        <source>Kopioitiin {count} riviä tietokantaan {target}.</source>
        <translation>Kopioitiin {count} riviä tietokantaan {target}.</translation>
    </message>
    <message>
        <source>kohdetietokanta (tyhjä), esim. postgresql://…</source>
        <translation>kohdetietokanta (tyhjä), esim. postgresql://…</translation>
    </message>
    <message>
        <source>Tietokannassa {url} on jo tauluja: demo luodaan vain tyhjään tietokantaan.</source>
        <translation>Tietokannassa {url} on jo tauluja: demo luodaan vain tyhjään tietokantaan.</translation>
    </message>
    <message>
        <source>Demo luotu tietokantaan {url}: {summary}</source>
        <translation>Demo luotu tietokantaan {url}: {summary}</translation>
    </message>
    <message>
        <source>Avaa se komennolla: leanboard --demo</source>
        <translation>Avaa se komennolla: leanboard --demo</translation>
    </message>
    <message>
        <source>demon koko</source>
        <translation>demon koko</translation>
    </message>
    <message>
        <source>Anna kohdetiedosto valitsimella -o: tulostevirtaa ei ole.</source>
        <translation>Anna kohdetiedosto valitsimella -o: tulostevirtaa ei ole.</translation>
    </message>
    <message>
        <source>Vietiin {count} riviä tiedostoon {file}.</source>
        <translation>Vietiin {count} riviä tiedostoon {file}.</translation>
    </message>
    <message>
        <source>kohdetiedosto (oletus: vakiotuloste)</source>
        <translation>kohdetiedosto (oletus: vakiotuloste)</translation>
    </message>
    <message>
        <source>Tuotiin {count} riviä tiedostosta {file}.</source>
        <translation>Tuotiin {count} riviä tiedostosta {file}.</translation>
    </message>
    <message>
        <source>export-data-komennon tekemä tiedosto</source>
        <translation>export-data-komennon tekemä tiedosto</translation>
    </message>
    <message>
        <source>Valitsin -o on yhdelle taululle; käytä --all-valitsimen kanssa --out-dir.</source>
        <translation>Valitsin -o on yhdelle taululle; käytä --all-valitsimen kanssa --out-dir.</translation>
    </message>
    <message>
        <source>Anna --all-valitsimen kanssa kohdekansio: --out-dir DIR.</source>
        <translation>Anna --all-valitsimen kanssa kohdekansio: --out-dir DIR.</translation>
    </message>
    <message>
        <source>Valitsin --overwrite on arkistolle: käytä sitä --all-valitsimen kanssa.</source>
        <translation>Valitsin --overwrite on arkistolle: käytä sitä --all-valitsimen kanssa.</translation>
    </message>
    <message>
        <source>Kirjoitettiin {path}</source>
        <translation>Kirjoitettiin {path}</translation>
    </message>
    <message>
        <source>taulun tunnus, esim. OS2-AKUUTTI</source>
        <translation>taulun tunnus, esim. OS2-AKUUTTI</translation>
    </message>
    <message>
        <source>Ohitettiin {path}: tiedosto on jo olemassa (--overwrite korvaa sen).</source>
        <translation>Ohitettiin {path}: tiedosto on jo olemassa (--overwrite korvaa sen).</translation>
    </message>
    <message>
        <source>{action}: vain ylläpitäjä (rooli admin) tai tietokannan omistaja saa lukea koko tietokannan. Mitään ei kirjoitettu.</source>
        <translation>{action}: vain ylläpitäjä (rooli admin) tai tietokannan omistaja saa lukea koko tietokannan. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Tämä on täydellinen varmuuskopio: kaikki tiedot, myös fiiliksen äänimäärät päivittäin ja vielä näyttämättömät. Säilytä se kuten itse tietokanta.</source>
        <translation>Tämä on täydellinen varmuuskopio: kaikki tiedot, myös fiiliksen äänimäärät päivittäin ja vielä näyttämättömät. Säilytä se kuten itse tietokanta.</translation>
    </message>
    <message>
        <source>Tarkistussummat: {path}</source>
        <translation>Tarkistussummat: {path}</translation>
    </message>
    <message>
        <source>{env}=”{value}” ei ole päivämäärä (vvvv-kk-pp).</source>
        <translation>{env}=”{value}” ei ole päivämäärä (vvvv-kk-pp).</translation>
    </message>
    <message>
        <source>”{text}” ei ole ISO-viikko (esim. 2026-W47), last tai this</source>
        <translation>”{text}” ei ole ISO-viikko (esim. 2026-W47), last tai this</translation>
    </message>
    <message>
        <source>jokainen taulu omaan tiedostoonsa: DIR/2026-W47/CODE.pdf ja SHA256SUMS</source>
        <translation>jokainen taulu omaan tiedostoonsa: DIR/2026-W47/CODE.pdf ja SHA256SUMS</translation>
    </message>
    <message>
        <source>ISO-viikko; last = viimeksi päättynyt viikko, this = kuluva viikko</source>
        <translation>ISO-viikko; last = viimeksi päättynyt viikko, this = kuluva viikko</translation>
    </message>
    <message>
        <source>kohdetiedosto (yksi taulu)</source>
        <translation>kohdetiedosto (yksi taulu)</translation>
    </message>
    <message>
        <source>kohdekansio</source>
        <translation>kohdekansio</translation>
    </message>
    <message>
        <source>korvaa viikon kansiossa jo olevat PDF:t (--all)</source>
        <translation>korvaa viikon kansiossa jo olevat PDF:t (--all)</translation>
    </message>
    <message>
        <source>sivukoko</source>
        <translation>sivukoko</translation>
    </message>
    <message>
        <source>Tuotiin {count} arvo {boards} taululle</source>
        <translation>Tuotiin {count} arvo {boards} taululle</translation>
    </message>
    <message>
        <source>Tuotiin {count} arvoa {boards} taululle</source>
        <translation>Tuotiin {count} arvoa {boards} taululle</translation>
    </message>
    <message>
        <source> (uusia {new}, muuttuneita {changed}, ennallaan {same}).</source>
        <translation> (uusia {new}, muuttuneita {changed}, ennallaan {same}).</translation>
    </message>
    <message>
        <source>sarakkeet board,measure,period,value</source>
        <translation>sarakkeet board,measure,period,value</translation>
    </message>
    <message>
        <source> Luotiin mittarit: {names}.</source>
        <translation> Luotiin mittarit: {names}.</translation>
    </message>
    <message>
        <source>Tuotiin {count} vastaus taululle {board}</source>
        <translation>Tuotiin {count} vastaus taululle {board}</translation>
    </message>
    <message>
        <source>Tuotiin {count} vastausta taululle {board}</source>
        <translation>Tuotiin {count} vastausta taululle {board}</translation>
    </message>
    <message>
        <source>: NPS viikoittain {weeks}; kuukausittain {months}.</source>
        <translation>: NPS viikoittain {weeks}; kuukausittain {months}.</translation>
    </message>
    <message>
        <source>sarakkeet date,score[,comment]</source>
        <translation>sarakkeet date,score[,comment]</translation>
    </message>
    <message>
        <source>taulu, jonka NPS-mittariin luvut tuodaan</source>
        <translation>taulu, jonka NPS-mittariin luvut tuodaan</translation>
    </message>
    <message>
        <source>A3-raportin numero</source>
        <translation>A3-raportin numero</translation>
    </message>
    <message>
        <source>kohdetiedosto tai -kansio</source>
        <translation>kohdetiedosto tai -kansio</translation>
    </message>
    <message>
        <source>Käyttöoikeudet ovat käytössä tietokannassa {url} (skeema {schema}). Ryhmäroolit: {roles}.</source>
        <translation>Käyttöoikeudet ovat käytössä tietokannassa {url} (skeema {schema}). Ryhmäroolit: {roles}.</translation>
    </message>
    <message>
        <source>Roolille {role} tarvitaan taulu: --board CODE.</source>
        <translation>Roolille {role} tarvitaan taulu: --board CODE.</translation>
    </message>
    <message>
        <source>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</source>
        <translation>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</translation>
    </message>
    <message>
        <source>taululla {board}</source>
        <translation>taululla {board}</translation>
    </message>
    <message>
        <source>kaikilla tauluilla</source>
        <translation>kaikilla tauluilla</translation>
    </message>
    <message>
        <source>koko tietokannassa</source>
        <translation>koko tietokannassa</translation>
    </message>
    <message>
        <source>Tunnukselle {login} annettiin rooli {role} {where}.</source>
        <translation>Tunnukselle {login} annettiin rooli {role} {where}.</translation>
    </message>
    <message>
        <source>Tunnuksella {login} oli jo rooli {role} {where}.</source>
        <translation>Tunnuksella {login} oli jo rooli {role} {where}.</translation>
    </message>
    <message>
        <source>Tunnuksella {login} ei ollut tällaista roolia: mitään ei poistettu.</source>
        <translation>Tunnuksella {login} ei ollut tällaista roolia: mitään ei poistettu.</translation>
    </message>
    <message>
        <source>Tunnukselta {login} poistettiin rooleja: {count}.</source>
        <translation>Tunnukselta {login} poistettiin rooleja: {count}.</translation>
    </message>
    <message>
        <source>PostgreSQL-kirjautumistunnus</source>
        <translation>PostgreSQL-kirjautumistunnus</translation>
    </message>
    <message>
        <source>wall, staff, leader, manager tai admin</source>
        <translation>wall, staff, leader, manager tai admin</translation>
    </message>
    <message>
        <source>taulu (pakollinen rooleille wall, leader ja manager)</source>
        <translation>taulu (pakollinen rooleille wall, leader ja manager)</translation>
    </message>
    <message>
        <source>vain tämä rooli (oletus: kaikki)</source>
        <translation>vain tämä rooli (oletus: kaikki)</translation>
    </message>
    <message>
        <source>vain tämän taulun rooli</source>
        <translation>vain tämän taulun rooli</translation>
    </message>
    <message>
        <source>vain tämän taulun roolit</source>
        <translation>vain tämän taulun roolit</translation>
    </message>
    <message>
        <source>ylimmäksi</source>
        <translation>ylimmäksi</translation>
    </message>
    <message>
        <source>taulun {parent} alle</source>
        <translation>taulun {parent} alle</translation>
    </message>
    <message>
        <source>Luotiin taulu {code} ({name}) {where}.</source>
        <translation>Luotiin taulu {code} ({name}) {where}.</translation>
    </message>
    <message>
        <source>uuden taulun tunnus</source>
        <translation>uuden taulun tunnus</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>ylempi taulu (oletus: ylimmäksi)</source>
        <translation>ylempi taulu (oletus: ylimmäksi)</translation>
    </message>
    <message>
        <source>taso (oletus team)</source>
        <translation>taso (oletus team)</translation>
    </message>
    <message>
        <source>Taulu {code} on jo siellä: mitään ei muutettu.</source>
        <translation>Taulu {code} on jo siellä: mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Taulu {code} siirrettiin {where} alatauluineen ({count} taulua).</source>
        <translation>Taulu {code} siirrettiin {where} alatauluineen ({count} taulua).</translation>
    </message>
    <message>
        <source>Taulu {code} siirrettiin {where}.</source>
        <translation>Taulu {code} siirrettiin {where}.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma {id} ”{title}” odottaa nyt taululla {to}.</source>
        <translation>Eskaloitu ongelma {id} ”{title}” odottaa nyt taululla {to}.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma {id} ”{title}” palasi tiimille.</source>
        <translation>Eskaloitu ongelma {id} ”{title}” palasi tiimille.</translation>
    </message>
    <message>
        <source>Perityt tavoitteet, jotka eivät enää näy: {names}</source>
        <translation>Perityt tavoitteet, jotka eivät enää näy: {names}</translation>
    </message>
    <message>
        <source>Uudet perityt tavoitteet: {names}</source>
        <translation>Uudet perityt tavoitteet: {names}</translation>
    </message>
    <message>
        <source>siirrettävä taulu</source>
        <translation>siirrettävä taulu</translation>
    </message>
    <message>
        <source>uusi ylempi taulu</source>
        <translation>uusi ylempi taulu</translation>
    </message>
    <message>
        <source>ylimmäksi (ei ylempää taulua)</source>
        <translation>ylimmäksi (ei ylempää taulua)</translation>
    </message>
    <message>
        <source>Anna --name, --code tai molemmat.</source>
        <translation>Anna --name, --code tai molemmat.</translation>
    </message>
    <message>
        <source>Taulu {old}: nyt {code} ({name}).</source>
        <translation>Taulu {old}: nyt {code} ({name}).</translation>
    </message>
    <message>
        <source>taulun nykyinen tunnus</source>
        <translation>taulun nykyinen tunnus</translation>
    </message>
    <message>
        <source>uusi nimi</source>
        <translation>uusi nimi</translation>
    </message>
    <message>
        <source>uusi tunnus</source>
        <translation>uusi tunnus</translation>
    </message>
    <message>
        <source>Taulu {code} arkistoitiin.</source>
        <translation>Taulu {code} arkistoitiin.</translation>
    </message>
    <message>
        <source>Taulu {code} palautettiin.</source>
        <translation>Taulu {code} palautettiin.</translation>
    </message>
    <message>
        <source>taulun tunnus</source>
        <translation>taulun tunnus</translation>
    </message>
    <message>
        <source> (arkistoitu)</source>
        <translation> (arkistoitu)</translation>
    </message>
    <message>
        <source>puuna: alataulut sisennettyinä</source>
        <translation>puuna: alataulut sisennettyinä</translation>
    </message>
    <message>
        <source>tulostemuoto</source>
        <translation>tulostemuoto</translation>
    </message>
    <message>
        <source>myös arkistoidut taulut</source>
        <translation>myös arkistoidut taulut</translation>
    </message>
    <message>
        <source> Liitettiin olemassa oleviin: {codes}.</source>
        <translation> Liitettiin olemassa oleviin: {codes}.</translation>
    </message>
    <message>
        <source>Tuotiin {count} taulua tiedostosta {file}.</source>
        <translation>Tuotiin {count} taulua tiedostosta {file}.</translation>
    </message>
    <message>
        <source>sarakkeet code,name,parent,kind</source>
        <translation>sarakkeet code,name,parent,kind</translation>
    </message>
    <message>
        <source>seinänäyttö yhdelle taululle (koko näyttö)</source>
        <translation>seinänäyttö yhdelle taululle (koko näyttö)</translation>
    </message>
    <message>
        <source>päivitä tietokannan rakenne</source>
        <translation>päivitä tietokannan rakenne</translation>
    </message>
    <message>
        <source>kopioi kaikki rivit toiseen tietokantaan</source>
        <translation>kopioi kaikki rivit toiseen tietokantaan</translation>
    </message>
    <message>
        <source>luo esimerkkiorganisaatio</source>
        <translation>luo esimerkkiorganisaatio</translation>
    </message>
    <message>
        <source>täydellinen varmuuskopio JSON-tiedostoon (ylläpitäjälle; kaikki tiedot)</source>
        <translation>täydellinen varmuuskopio JSON-tiedostoon (ylläpitäjälle; kaikki tiedot)</translation>
    </message>
    <message>
        <source>tuo JSON-tiedosto tyhjään tietokantaan (kaikki tai ei mitään)</source>
        <translation>tuo JSON-tiedosto tyhjään tietokantaan (kaikki tai ei mitään)</translation>
    </message>
    <message>
        <source>viikkotaulu PDF-tiedostoksi (yksi taulu tai --all)</source>
        <translation>viikkotaulu PDF-tiedostoksi (yksi taulu tai --all)</translation>
    </message>
    <message>
        <source>tuo mittarien arvot CSV-tiedostosta (kaikki tai ei mitään)</source>
        <translation>tuo mittarien arvot CSV-tiedostosta (kaikki tai ei mitään)</translation>
    </message>
    <message>
        <source>tuo asiakaspalautteen NPS CSV-tiedostosta taululle</source>
        <translation>tuo asiakaspalautteen NPS CSV-tiedostosta taululle</translation>
    </message>
    <message>
        <source>A3-raportti PDF-tiedostoksi (A3-vaakasivu)</source>
        <translation>A3-raportti PDF-tiedostoksi (A3-vaakasivu)</translation>
    </message>
    <message>
        <source>näytä voimassa olevat asetukset ja mistä kukin tulee</source>
        <translation>näytä voimassa olevat asetukset ja mistä kukin tulee</translation>
    </message>
    <message>
        <source>luo ryhmäroolit ja säännöt (PostgreSQL; voi ajaa uudelleen)</source>
        <translation>luo ryhmäroolit ja säännöt (PostgreSQL; voi ajaa uudelleen)</translation>
    </message>
    <message>
        <source>anna kirjautumistunnukselle rooli</source>
        <translation>anna kirjautumistunnukselle rooli</translation>
    </message>
    <message>
        <source>poista kirjautumistunnuksen rooli tai kaikki roolit</source>
        <translation>poista kirjautumistunnuksen rooli tai kaikki roolit</translation>
    </message>
    <message>
        <source>luettele roolit: tunnus, rooli, taulu</source>
        <translation>luettele roolit: tunnus, rooli, taulu</translation>
    </message>
    <message>
        <source>lisää taulu (ylimmäksi tai toisen alle)</source>
        <translation>lisää taulu (ylimmäksi tai toisen alle)</translation>
    </message>
    <message>
        <source>siirrä taulu alatauluineen toisen alle tai ylimmäksi</source>
        <translation>siirrä taulu alatauluineen toisen alle tai ylimmäksi</translation>
    </message>
    <message>
        <source>vaihda taulun nimi tai tunnus</source>
        <translation>vaihda taulun nimi tai tunnus</translation>
    </message>
    <message>
        <source>arkistoi taulu (ei poista mitään)</source>
        <translation>arkistoi taulu (ei poista mitään)</translation>
    </message>
    <message>
        <source>palauta arkistoitu taulu</source>
        <translation>palauta arkistoitu taulu</translation>
    </message>
    <message>
        <source>luettele taulut (teksti, CSV tai JSON)</source>
        <translation>luettele taulut (teksti, CSV tai JSON)</translation>
    </message>
    <message>
        <source>tuo organisaatiopuu CSV-tiedostosta (kaikki tai ei mitään)</source>
        <translation>tuo organisaatiopuu CSV-tiedostosta (kaikki tai ei mitään)</translation>
    </message>
    <message>
        <source>tietokannan ylläpito (upgrade, copy)</source>
        <translation>tietokannan ylläpito (upgrade, copy)</translation>
    </message>
    <message>
        <source>asetukset (show)</source>
        <translation>asetukset (show)</translation>
    </message>
    <message>
        <source>käyttöoikeudet PostgreSQL:ssä (setup, grant, revoke, list)</source>
        <translation>käyttöoikeudet PostgreSQL:ssä (setup, grant, revoke, list)</translation>
    </message>
    <message>
        <source>organisaation taulut (add, move, rename, archive, restore, list, import)</source>
        <translation>organisaation taulut (add, move, rename, archive, restore, list, import)</translation>
    </message>
    <message>
        <source>LeanBoard: päivittäisjohtamisen taulut. Ilman komentoa avautuu sovellus.</source>
        <translation>LeanBoard: päivittäisjohtamisen taulut. Ilman komentoa avautuu sovellus.</translation>
    </message>
    <message>
        <source>tietokanta (oletus: asetukset, ks. leanboard config show; muuten SQLite-tiedosto käyttäjän kansiossa)</source>
        <translation>tietokanta (oletus: asetukset, ks. leanboard config show; muuten SQLite-tiedosto käyttäjän kansiossa)</translation>
    </message>
    <message>
        <source>avaa esimerkkitietokanta (luodaan ensimmäisellä kerralla)</source>
        <translation>avaa esimerkkitietokanta (luodaan ensimmäisellä kerralla)</translation>
    </message>
    <message>
        <source>käyttöliittymän kieli (oletus: asetuksissa valittu, muuten fi)</source>
        <translation>käyttöliittymän kieli (oletus: asetuksissa valittu, muuten fi)</translation>
    </message>
    <message>
        <source>tarkista asennus: väliaikainen tietokanta, demo, seinätaulu ja PDF (ei ikkunaa)</source>
        <translation>tarkista asennus: väliaikainen tietokanta, demo, seinätaulu ja PDF (ei ikkunaa)</translation>
    </message>
    <message>
        <source>savutestin tulos myös tiedostoon (ikkunasovellus)</source>
        <translation>savutestin tulos myös tiedostoon (ikkunasovellus)</translation>
    </message>
    <message>
        <source>tallenna savutestin viikko-PDF tähän tiedostoon</source>
        <translation>tallenna savutestin viikko-PDF tähän tiedostoon</translation>
    </message>
    <message>
        <source>komennot</source>
        <translation>komennot</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu, {count} virhettä: {problems}</source>
        <translation>Tiedostoa ei tuotu, {count} virhettä: {problems}</translation>
    </message>
    <message>
        <source>Tietokantavirhe: {reason}</source>
        <translation>Tietokantavirhe: {reason}</translation>
    </message>
    <message>
        <source>Tiedostovirhe {file}: {reason}</source>
        <translation>Tiedostovirhe {file}: {reason}</translation>
    </message>
    <message>
        <source>Tiedostovirhe: {reason}</source>
        <translation>Tiedostovirhe: {reason}</translation>
    </message>
    <message>
        <source>Keskeytetty.</source>
        <translation>Keskeytetty.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>oletus</source>
        <translation>oletus</translation>
    </message>
    <message>
        <source>järjestelmän asetustiedosto</source>
        <translation>järjestelmän asetustiedosto</translation>
    </message>
    <message>
        <source>käyttäjän asetustiedosto</source>
        <translation>käyttäjän asetustiedosto</translation>
    </message>
    <message>
        <source>ympäristömuuttuja</source>
        <translation>ympäristömuuttuja</translation>
    </message>
    <message>
        <source>komentorivi</source>
        <translation>komentorivi</translation>
    </message>
    <message>
        <source>luettu</source>
        <translation>luettu</translation>
    </message>
    <message>
        <source>ei ole</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>Asetustiedosto {file} ei ole kelvollista TOMLia: {reason}</source>
        <translation>Asetustiedosto {file} ei ole kelvollista TOMLia: {reason}</translation>
    </message>
    <message>
        <source>Asetustiedostoa {file} ei voi lukea: {reason}</source>
        <translation>Asetustiedostoa {file} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>Asetustiedostossa {file} on tuntematon asetus {key} (sallitut: {keys}).</source>
        <translation>Asetustiedostossa {file} on tuntematon asetus {key} (sallitut: {keys}).</translation>
    </message>
    <message>
        <source>Asetustiedostossa {file} asetuksen {key} arvon pitää olla teksti.</source>
        <translation>Asetustiedostossa {file} asetuksen {key} arvon pitää olla teksti.</translation>
    </message>
    <message>
        <source>Asetus {where} on tyhjä.</source>
        <translation>Asetus {where} on tyhjä.</translation>
    </message>
    <message>
        <source>Asetus {where}: kieli {value} ei ole mikään näistä: {languages}.</source>
        <translation>Asetus {where}: kieli {value} ei ole mikään näistä: {languages}.</translation>
    </message>
    <message>
        <source>Asetustiedostoon {file} ei voi kirjoittaa: {reason}</source>
        <translation>Asetustiedostoon {file} ei voi kirjoittaa: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Joku muu ehti tallentaa ensin</source>
        <translation>Joku muu ehti tallentaa ensin</translation>
    </message>
    <message>
        <source>Joku muu on muuttanut tätä kohdetta sillä välin.</source>
        <translation>Joku muu on muuttanut tätä kohdetta sillä välin.</translation>
    </message>
    <message>
        <source>Vertaa versioita. Erot on merkitty ≠-merkillä. Kumpi versio jää voimaan? Kumpikaan ei katoa: korvattu versio jää kohteen muutoshistoriaan.</source>
        <translation>Vertaa versioita. Erot on merkitty ≠-merkillä. Kumpi versio jää voimaan? Kumpikaan ei katoa: korvattu versio jää kohteen muutoshistoriaan.</translation>
    </message>
    <message>
        <source>Kenttä</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Sinun versiosi</source>
        <translation>Sinun versiosi</translation>
    </message>
    <message>
        <source>Toisen tallentama</source>
        <translation>Toisen tallentama</translation>
    </message>
    <message>
        <source>Versiot eroavat</source>
        <translation>Versiot eroavat</translation>
    </message>
    <message>
        <source>Palaa muokkaamaan</source>
        <translation>Palaa muokkaamaan</translation>
    </message>
    <message>
        <source>Pidä toisen versio</source>
        <translation>Pidä toisen versio</translation>
    </message>
    <message>
        <source>Tallenna minun versioni</source>
        <translation>Tallenna minun versioni</translation>
    </message>
    <message>
        <source>Mitään ei tallenneta; tekstisi pysyy lomakkeella.</source>
        <translation>Mitään ei tallenneta; tekstisi pysyy lomakkeella.</translation>
    </message>
    <message>
        <source>Sinun muutoksesi hylätään.</source>
        <translation>Sinun muutoksesi hylätään.</translation>
    </message>
    <message>
        <source>Versiosi tallennetaan uuden version päälle; se jää historiaan.</source>
        <translation>Versiosi tallennetaan uuden version päälle; se jää historiaan.</translation>
    </message>
</context>
<context>
    <name>ControlChart</name>
    <message>
        <source>tavoite</source>
        <translation>tavoite</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Rivi %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>… ja %1 muuta virheellistä riviä.</source>
        <translation>… ja %1 muuta virheellistä riviä.</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu: %1 virheellistä riviä. Mitään ei tallennettu; korjaa rivit ja tuo tiedosto uudelleen.</source>
        <translation>Tiedostoa ei tuotu: %1 virheellistä riviä. Mitään ei tallennettu; korjaa rivit ja tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>%1 arvoa tuotu: %2 uutta, %3 muuttunutta, %4 ennallaan.</source>
        <translation>%1 arvoa tuotu: %2 uutta, %3 muuttunutta, %4 ennallaan.</translation>
    </message>
    <message>
        <source>Taulut: %1</source>
        <translation>Taulut: %1</translation>
    </message>
    <message>
        <source>%1 vastausta taululle %2: %3 viikkoa ja %4 kuukautta.</source>
        <translation>%1 vastausta taululle %2: %3 viikkoa ja %4 kuukautta.</translation>
    </message>
    <message>
        <source>Viimeisin viikko %1: NPS %2 (n = %3).</source>
        <translation>Viimeisin viikko %1: NPS %2 (n = %3).</translation>
    </message>
    <message>
        <source>Luotiin mittarit: %1.</source>
        <translation>Luotiin mittarit: %1.</translation>
    </message>
    <message>
        <source>%1 taulua tuotu: %2.</source>
        <translation>%1 taulua tuotu: %2.</translation>
    </message>
    <message>
        <source>Liitetty olemassa oleviin tauluihin: %1.</source>
        <translation>Liitetty olemassa oleviin tauluihin: %1.</translation>
    </message>
    <message>
        <source>CSV-tiedosto (*.csv *.txt);;Kaikki (*)</source>
        <translation>CSV-tiedosto (*.csv *.txt);;Kaikki (*)</translation>
    </message>
    <message>
        <source>Tuo mittariarvot CSV-tiedostosta</source>
        <translation>Tuo mittariarvot CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Tuodaan mittariarvoja…</source>
        <translation>Tuodaan mittariarvoja…</translation>
    </message>
    <message>
        <source>Tuo asiakaspalaute (NPS) CSV-tiedostosta</source>
        <translation>Tuo asiakaspalaute (NPS) CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Tuodaan asiakaspalautetta…</source>
        <translation>Tuodaan asiakaspalautetta…</translation>
    </message>
    <message>
        <source>Tuo organisaatio CSV-tiedostosta</source>
        <translation>Tuo organisaatio CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Tuodaan tauluja…</source>
        <translation>Tuodaan tauluja…</translation>
    </message>
    <message>
        <source>Keskeytä</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Tuonti</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Tuonti valmis</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <source>Tuonti keskeytetty</source>
        <translation>Tuonti keskeytetty</translation>
    </message>
    <message>
        <source>Tuonti keskeytettiin: mitään ei tallennettu.</source>
        <translation>Tuonti keskeytettiin: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu</source>
        <translation>Tiedostoa ei tuotu</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstiä (CSV), vaan jotain muuta.</source>
        <translation>tiedosto ei ole tekstiä (CSV), vaan jotain muuta.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä: otsikkorivi puuttuu.</source>
        <translation>tiedosto on tyhjä: otsikkorivi puuttuu.</translation>
    </message>
    <message>
        <source>tiedosto on Excel-työkirja (.xlsx), ei CSV: tallenna se Excelissä muodossa ”CSV UTF-8 (pilkuin erotettu)”.</source>
        <translation>tiedosto on Excel-työkirja (.xlsx), ei CSV: tallenna se Excelissä muodossa ”CSV UTF-8 (pilkuin erotettu)”.</translation>
    </message>
    <message>
        <source>tiedoston UTF-16-merkistö on rikki.</source>
        <translation>tiedoston UTF-16-merkistö on rikki.</translation>
    </message>
    <message>
        <source>rivillä on yli {limit} merkin kenttä: tarkista, että jokainen lainausmerkki on suljettu ja erotin on oikea.</source>
        <translation>rivillä on yli {limit} merkin kenttä: tarkista, että jokainen lainausmerkki on suljettu ja erotin on oikea.</translation>
    </message>
    <message>
        <source>rivi on yli {limit} merkkiä pitkä: tiedosto ei ole taulukko, jonka rivit LeanBoard voi tuoda.</source>
        <translation>rivi on yli {limit} merkkiä pitkä: tiedosto ei ole taulukko, jonka rivit LeanBoard voi tuoda.</translation>
    </message>
    <message>
        <source>tiedosto ei ole kelvollista UTF-8-merkistöä (tavu {byte}, ja tiedostossa on myös UTF-8-merkkejä): tallenna se uudelleen muodossa CSV UTF-8.</source>
        <translation>tiedosto ei ole kelvollista UTF-8-merkistöä (tavu {byte}, ja tiedostossa on myös UTF-8-merkkejä): tallenna se uudelleen muodossa CSV UTF-8.</translation>
    </message>
    <message>
        <source>tiedoston merkistö ei ole UTF-8 eikä Windows-1252 (tavu {byte}): tallenna se muodossa CSV UTF-8.</source>
        <translation>tiedoston merkistö ei ole UTF-8 eikä Windows-1252 (tavu {byte}): tallenna se muodossa CSV UTF-8.</translation>
    </message>
    <message>
        <source>sarake {column} on otsikkorivillä {count} kertaa.</source>
        <translation>sarake {column} on otsikkorivillä {count} kertaa.</translation>
    </message>
    <message>
        <source> tai </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>otsikkorivillä ei ole saraketta {names}.</source>
        <translation>otsikkorivillä ei ole saraketta {names}.</translation>
    </message>
    <message>
        <source> (otsikkorivillä on: {shown}; erotin ”{delimiter}”)</source>
        <translation> (otsikkorivillä on: {shown}; erotin ”{delimiter}”)</translation>
    </message>
    <message>
        <source>sarkain</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <source> — desimaalipilkullinen luku pitää lainausmerkeissä, tai käytä erottimena ;-merkkiä</source>
        <translation> — desimaalipilkullinen luku pitää lainausmerkeissä, tai käytä erottimena ;-merkkiä</translation>
    </message>
    <message>
        <source>rivillä on enemmän sarakkeita kuin otsikkorivillä{hint}.</source>
        <translation>rivillä on enemmän sarakkeita kuin otsikkorivillä{hint}.</translation>
    </message>
    <message>
        <source>tiedostossa on vain otsikkorivi: ei tuotavaa.</source>
        <translation>tiedostossa on vain otsikkorivi: ei tuotavaa.</translation>
    </message>
    <message>
        <source>sama taulu, mittari ja jakso ({period}) on jo rivillä {row}.</source>
        <translation>sama taulu, mittari ja jakso ({period}) on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>Taulu: tunnus puuttuu.</source>
        <translation>Taulu: tunnus puuttuu.</translation>
    </message>
    <message>
        <source>Mittari: nimi puuttuu.</source>
        <translation>Mittari: nimi puuttuu.</translation>
    </message>
    <message>
        <source>Jakso: arvo puuttuu.</source>
        <translation>Jakso: arvo puuttuu.</translation>
    </message>
    <message>
        <source>Taulu {code} on arkistoitu.</source>
        <translation>Taulu {code} on arkistoitu.</translation>
    </message>
    <message>
        <source>Taulu: tuntematon taulu ”{code}”.</source>
        <translation>Taulu: tuntematon taulu ”{code}”.</translation>
    </message>
    <message>
        <source>Taulu: taulu {code} on arkistoitu.</source>
        <translation>Taulu: taulu {code} on arkistoitu.</translation>
    </message>
    <message>
        <source>Mittari: ”{name}” lasketaan taulun {code} turvallisuustapahtumista, sille ei tuoda arvoja.</source>
        <translation>Mittari: ”{name}” lasketaan taulun {code} turvallisuustapahtumista, sille ei tuoda arvoja.</translation>
    </message>
    <message>
        <source>Mittari: taulu {code} näkee {count} mittaria nimeltä ”{name}” (oma ja ylemmän taulun): nimeä toinen uudelleen.</source>
        <translation>Mittari: taulu {code} näkee {count} mittaria nimeltä ”{name}” (oma ja ylemmän taulun): nimeä toinen uudelleen.</translation>
    </message>
    <message>
        <source>ei mittareita</source>
        <translation>ei mittareita</translation>
    </message>
    <message>
        <source>Mittari: taululla {code} ei ole mittaria ”{name}” (taululla: {shown}).</source>
        <translation>Mittari: taululla {code} ei ole mittaria ”{name}” (taululla: {shown}).</translation>
    </message>
    <message>
        <source>Mittari {names} arkistoitiin tuonnin aikana: mitään ei tallennettu. Tuo tiedosto uudelleen.</source>
        <translation>Mittari {names} arkistoitiin tuonnin aikana: mitään ei tallennettu. Tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>Päivämäärä: arvo puuttuu.</source>
        <translation>Päivämäärä: arvo puuttuu.</translation>
    </message>
    <message>
        <source>Arvosana: arvo puuttuu.</source>
        <translation>Arvosana: arvo puuttuu.</translation>
    </message>
    <message>
        <source>Taulun {code} NPS-mittarin jakso on päivä: NPS lasketaan viikoittain ja kuukausittain. Vaihda mittarin jaksoksi viikko tai kuukausi.</source>
        <translation>Taulun {code} NPS-mittarin jakso on päivä: NPS lasketaan viikoittain ja kuukausittain. Vaihda mittarin jaksoksi viikko tai kuukausi.</translation>
    </message>
    <message>
        <source>Taulun {code} mittarin ”{name}” jakso ei ole kuukausi: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</source>
        <translation>Taulun {code} mittarin ”{name}” jakso ei ole kuukausi: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</translation>
    </message>
    <message>
        <source>Taulun {code} mittarin ”{name}” jakso ei ole viikko: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</source>
        <translation>Taulun {code} mittarin ”{name}” jakso ei ole viikko: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>arvo ei voi olla negatiivinen.</source>
        <translation>arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>osallistujamäärä ei voi olla negatiivinen.</source>
        <translation>osallistujamäärä ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>arvon pitää olla vähintään 1 (annettu {value}).</source>
        <translation>arvon pitää olla vähintään 1 (annettu {value}).</translation>
    </message>
    <message>
        <source>tunnus ”{value}” ei kelpaa: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _.</source>
        <translation>tunnus ”{value}” ei kelpaa: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _.</translation>
    </message>
    <message>
        <source>Tiedostoa {path} ei löydy.</source>
        <translation>Tiedostoa {path} ei löydy.</translation>
    </message>
    <message>
        <source>Tiedostoa {path} ei voi lukea: {reason}.</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole UTF-8-tekstiä.</source>
        <translation>Tiedosto {path} ei ole UTF-8-tekstiä.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole LeanBoardin vientitiedosto: arvot on sisäkkäin liian syvällä (rivi {line}).</source>
        <translation>Tiedosto {path} ei ole LeanBoardin vientitiedosto: arvot on sisäkkäin liian syvällä (rivi {line}).</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole LeanBoardin vientitiedosto: yksi arvo on yli {size} merkkiä pitkä (rivi {line}).</source>
        <translation>Tiedosto {path} ei ole LeanBoardin vientitiedosto: yksi arvo on yli {size} merkkiä pitkä (rivi {line}).</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole kelvollista JSONia (rivi {line}, sarake {column}): tiedosto on rikki tai katkennut.</source>
        <translation>Tiedosto {path} ei ole kelvollista JSONia (rivi {line}, sarake {column}): tiedosto on rikki tai katkennut.</translation>
    </message>
    <message>
        <source>taulu {table} rivi {row}: </source>
        <translation>taulu {table} rivi {row}: </translation>
    </message>
    <message>
        <source>Tietoja ei tuotu</source>
        <translation>Tietoja ei tuotu</translation>
    </message>
    <message>
        <source>Tiedosto {path} muuttui tuonnin aikana: mitään ei tallennettu. Tuo se uudelleen.</source>
        <translation>Tiedosto {path} muuttui tuonnin aikana: mitään ei tallennettu. Tuo se uudelleen.</translation>
    </message>
    <message>
        <source>{action}: kohdetietokannassa on jo {boards} taulua. Tiedot voi siirtää vain tyhjään tietokantaan, jotta mitään ei kirjoiteta olemassa olevien tietojen päälle.</source>
        <translation>{action}: kohdetietokannassa on jo {boards} taulua. Tiedot voi siirtää vain tyhjään tietokantaan, jotta mitään ei kirjoiteta olemassa olevien tietojen päälle.</translation>
    </message>
    <message>
        <source>{action}: kohdetietokanta ei ole tyhjä (rivejä: {rows}). Tiedot voi siirtää vain tyhjään tietokantaan.</source>
        <translation>{action}: kohdetietokanta ei ole tyhjä (rivejä: {rows}). Tiedot voi siirtää vain tyhjään tietokantaan.</translation>
    </message>
    <message>
        <source>tiedosto ei ole LeanBoardin vientitiedosto.</source>
        <translation>tiedosto ei ole LeanBoardin vientitiedosto.</translation>
    </message>
    <message>
        <source>tiedosto ei ole LeanBoardin vientitiedosto (format ≠ {format}).</source>
        <translation>tiedosto ei ole LeanBoardin vientitiedosto (format ≠ {format}).</translation>
    </message>
    <message>
        <source>tiedostomuodon versio {version} on tälle LeanBoardille tuntematon.</source>
        <translation>tiedostomuodon versio {version} on tälle LeanBoardille tuntematon.</translation>
    </message>
    <message>
        <source>skeeman tunniste {value} ei ole tekstiä.</source>
        <translation>skeeman tunniste {value} ei ole tekstiä.</translation>
    </message>
    <message>
        <source>tiedosto on tehty uudemmalla LeanBoardilla (skeema {schema}): päivitä LeanBoard.</source>
        <translation>tiedosto on tehty uudemmalla LeanBoardilla (skeema {schema}): päivitä LeanBoard.</translation>
    </message>
    <message>
        <source>tiedostosta puuttuu taulujen rivit (tables).</source>
        <translation>tiedostosta puuttuu taulujen rivit (tables).</translation>
    </message>
    <message>
        <source>tuntematon taulu {name}.</source>
        <translation>tuntematon taulu {name}.</translation>
    </message>
    <message>
        <source>rivien pitää olla lista.</source>
        <translation>rivien pitää olla lista.</translation>
    </message>
    <message>
        <source>rivin pitää olla JSON-olio.</source>
        <translation>rivin pitää olla JSON-olio.</translation>
    </message>
    <message>
        <source>tuntematon sarake {name}.</source>
        <translation>tuntematon sarake {name}.</translation>
    </message>
    <message>
        <source>sarake {name}</source>
        <translation>sarake {name}</translation>
    </message>
    <message>
        <source>{label}: tunniste puuttuu.</source>
        <translation>{label}: tunniste puuttuu.</translation>
    </message>
    <message>
        <source>{label}: arvo puuttuu (pakollinen).</source>
        <translation>{label}: arvo puuttuu (pakollinen).</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla true tai false.</source>
        <translation>{label}: arvon pitää olla true tai false.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla kokonaisluku (annettu {value}).</source>
        <translation>{label}: arvon pitää olla kokonaisluku (annettu {value}).</translation>
    </message>
    <message>
        <source>{label}: luku {value} on liian suuri.</source>
        <translation>{label}: luku {value} on liian suuri.</translation>
    </message>
    <message>
        <source>{label}: tunnisteen pitää olla positiivinen.</source>
        <translation>{label}: tunnisteen pitää olla positiivinen.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla tekstiä.</source>
        <translation>{label}: arvon pitää olla tekstiä.</translation>
    </message>
    <message>
        <source>{label}: listan jokaisen kohdan pitää olla tekstiä.</source>
        <translation>{label}: listan jokaisen kohdan pitää olla tekstiä.</translation>
    </message>
    <message>
        <source>{label}: jokaisen kohdan pitää olla lista tekstejä.</source>
        <translation>{label}: jokaisen kohdan pitää olla lista tekstejä.</translation>
    </message>
    <message>
        <source>{label}: JSON on sisäkkäin liian syvällä.</source>
        <translation>{label}: JSON on sisäkkäin liian syvällä.</translation>
    </message>
    <message>
        <source>{label}: tekstissä on NUL-merkki.</source>
        <translation>{label}: tekstissä on NUL-merkki.</translation>
    </message>
    <message>
        <source>PIN-tiiviste ei ole LeanBoardin muotoa (pbkdf2$suola$tiiviste).</source>
        <translation>PIN-tiiviste ei ole LeanBoardin muotoa (pbkdf2$suola$tiiviste).</translation>
    </message>
    <message>
        <source>{label}: teksti on liian pitkä.</source>
        <translation>{label}: teksti on liian pitkä.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla JSON-lista.</source>
        <translation>{label}: arvon pitää olla JSON-lista.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla JSON-olio.</source>
        <translation>{label}: arvon pitää olla JSON-olio.</translation>
    </message>
    <message>
        <source>{label}: {value} ei ole päivämäärä (vvvv-kk-pp).</source>
        <translation>{label}: {value} ei ole päivämäärä (vvvv-kk-pp).</translation>
    </message>
    <message>
        <source>{label}: {value} ei ole aikaleima (vvvv-kk-ppThh:mm:ss).</source>
        <translation>{label}: {value} ei ole aikaleima (vvvv-kk-ppThh:mm:ss).</translation>
    </message>
    <message>
        <source>sama tunniste {id} kuin rivillä {row}.</source>
        <translation>sama tunniste {id} kuin rivillä {row}.</translation>
    </message>
    <message>
        <source>sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.</source>
        <translation>sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.</translation>
    </message>
    <message>
        <source>{names} on sama kuin rivillä {row}.</source>
        <translation>{names} on sama kuin rivillä {row}.</translation>
    </message>
    <message>
        <source>sarake {name} muodostaa kehän.</source>
        <translation>sarake {name} muodostaa kehän.</translation>
    </message>
    <message>
        <source>Lähde ja kohde ovat sama tietokanta.</source>
        <translation>Lähde ja kohde ovat sama tietokanta.</translation>
    </message>
    <message>
        <source>Tietokantaa ei kopioitu</source>
        <translation>Tietokantaa ei kopioitu</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Tallenna</source>
        <extracomment>(field key, Finnish label) in the order the conflict view lists them</extracomment>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa lomakkeella — yritä hetken päästä uudelleen.</source>
        <translation>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa lomakkeella — yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Tekstisi on tallessa lomakkeella.</source>
        <translation>Tekstisi on tallessa lomakkeella.</translation>
    </message>
    <message>
        <source>Lomakkeella on nyt toisen tallentama versio. Muutoksiasi ei tallennettu.</source>
        <translation>Lomakkeella on nyt toisen tallentama versio. Muutoksiasi ei tallennettu.</translation>
    </message>
    <message>
        <source>Ei tallennettu. Tekstisi on tallessa; tallenna, kun olet valmis.</source>
        <translation>Ei tallennettu. Tekstisi on tallessa; tallenna, kun olet valmis.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>rivi {row}: {reason}</source>
        <translation>rivi {row}: {reason}</translation>
    </message>
    <message>
        <source> (ja {count} muuta)</source>
        <translation> (ja {count} muuta)</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu, {count} virheellistä riviä: {lines}</source>
        <translation>Tiedostoa ei tuotu, {count} virheellistä riviä: {lines}</translation>
    </message>
    <message>
        <source>Tuonti peruttiin: mitään ei tallennettu.</source>
        <translation>Tuonti peruttiin: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Joku muu on muuttanut tätä kohdetta sillä välin. Valitse kumpi versio jää.</source>
        <translation>Joku muu on muuttanut tätä kohdetta sillä välin. Valitse kumpi versio jää.</translation>
    </message>
    <message>
        <source>Käyttöoikeudet vaativat PostgreSQL-tietokannan. SQLite-tiedostossa tunnus on käyttöjärjestelmän käyttäjä ja rajana tiedoston omat käyttöoikeudet.</source>
        <translation>Käyttöoikeudet vaativat PostgreSQL-tietokannan. SQLite-tiedostossa tunnus on käyttöjärjestelmän käyttäjä ja rajana tiedoston omat käyttöoikeudet.</translation>
    </message>
    <message>
        <source>Kirjautumistunnusta {login} ei ole PostgreSQL-palvelimella. IT luo sen ensin (CREATE ROLE … LOGIN), katso README.</source>
        <translation>Kirjautumistunnusta {login} ei ole PostgreSQL-palvelimella. IT luo sen ensin (CREATE ROLE … LOGIN), katso README.</translation>
    </message>
    <message>
        <source>Käyttöoikeuksia ei ole otettu käyttöön tässä tietokannassa: tietokannan omistaja ajaa ensin komennon leanboard access setup.</source>
        <translation>Käyttöoikeuksia ei ole otettu käyttöön tässä tietokannassa: tietokannan omistaja ajaa ensin komennon leanboard access setup.</translation>
    </message>
    <message>
        <source>Taulua tunnuksella {code} ei löydy.</source>
        <translation>Taulua tunnuksella {code} ei löydy.</translation>
    </message>
    <message>
        <source>{label} {id} ei löydy.</source>
        <translation>{label} {id} ei löydy.</translation>
    </message>
    <message>
        <source>Yhteys tietokantaan katkesi tallennettaessa, eikä tiedetä, tallentuiko muutos. Tarkista tilanne, kun yhteys palaa.</source>
        <translation>Yhteys tietokantaan katkesi tallennettaessa, eikä tiedetä, tallentuiko muutos. Tarkista tilanne, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>Levy on täynnä ({where}): muutosta ei tallennettu. Vapauta levytilaa (tai pyydä sitä IT-tuelta) ja yritä uudelleen.</source>
        <translation>Levy on täynnä ({where}): muutosta ei tallennettu. Vapauta levytilaa (tai pyydä sitä IT-tuelta) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Tietokantaan ei ole kirjoitusoikeutta ({where}: {reason}): muutosta ei tallennettu. Tiedosto, kansio tai levy on vain luettavissa, tai käyttäjätunnukselta puuttuu oikeus; pyydä IT-tukea tarkistamaan oikeudet.</source>
        <translation>Tietokantaan ei ole kirjoitusoikeutta ({where}: {reason}): muutosta ei tallennettu. Tiedosto, kansio tai levy on vain luettavissa, tai käyttäjätunnukselta puuttuu oikeus; pyydä IT-tukea tarkistamaan oikeudet.</translation>
    </message>
    <message>
        <source>Tietokanta on varattu toisen tallennuksen takia. Yritä hetken päästä uudelleen.</source>
        <translation>Tietokanta on varattu toisen tallennuksen takia. Yritä hetken päästä uudelleen.</translation>
    </message>
    <message>
        <source>Tietokanta {where} on vioittunut ({reason}). Sitä ei käytetä, jottei vahinko leviä: ota käyttöön varmuuskopio (leanboard import-data uuteen tietokantaan) tai pyydä IT-tukea.</source>
        <translation>Tietokanta {where} on vioittunut ({reason}). Sitä ei käytetä, jottei vahinko leviä: ota käyttöön varmuuskopio (leanboard import-data uuteen tietokantaan) tai pyydä IT-tukea.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä ({reason}).</source>
        <translation>Tietokantaan ei saada yhteyttä ({reason}).</translation>
    </message>
    <message>
        <source>Tietokannan osoite ei kelpaa: {url}</source>
        <translation>Tietokannan osoite ei kelpaa: {url}</translation>
    </message>
    <message>
        <source>Tietokantatiedosto {path} on verkkolevyllä. SQLite-tiedostoa ei voi jakaa verkkolevyn kautta turvallisesti: käytä usealle koneelle PostgreSQL-tietokantaa.</source>
        <translation>Tietokantatiedosto {path} on verkkolevyllä. SQLite-tiedostoa ei voi jakaa verkkolevyn kautta turvallisesti: käytä usealle koneelle PostgreSQL-tietokantaa.</translation>
    </message>
    <message>
        <source>Tietokantatiedosto {path} on tyhjä (0 tavua): se ei ole LeanBoardin tietokanta. Tarkista polku; uusi tietokanta tehdään vain tiedostoon, jota ei vielä ole.</source>
        <translation>Tietokantatiedosto {path} on tyhjä (0 tavua): se ei ole LeanBoardin tietokanta. Tarkista polku; uusi tietokanta tehdään vain tiedostoon, jota ei vielä ole.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole SQLite-tietokanta (sen alku ei ole SQLiten). Tarkista polku.</source>
        <translation>Tiedosto {path} ei ole SQLite-tietokanta (sen alku ei ole SQLiten). Tarkista polku.</translation>
    </message>
    <message>
        <source>Tuntematon tietokanta: {name}</source>
        <translation>Tuntematon tietokanta: {name}</translation>
    </message>
    <message>
        <source>Tietokanta on uudemman LeanBoard-version tekemä (skeema {schema}). Päivitä LeanBoard tälle koneelle.</source>
        <translation>Tietokanta on uudemman LeanBoard-version tekemä (skeema {schema}). Päivitä LeanBoard tälle koneelle.</translation>
    </message>
    <message>
        <source>Tietokannan rakenne on vanhempi kuin tämä LeanBoard (skeema {schema}), eikä tunnuksellasi voi päivittää sitä: tietokannan omistaja ajaa ensin leanboard db upgrade.</source>
        <translation>Tietokannan rakenne on vanhempi kuin tämä LeanBoard (skeema {schema}), eikä tunnuksellasi voi päivittää sitä: tietokannan omistaja ajaa ensin leanboard db upgrade.</translation>
    </message>
    <message>
        <source>PIN-koodin vaihtamiseen tai poistamiseen tarvitaan nykyinen PIN-koodi tai taulun vetäjän rooli. PIN-koodia ei muutettu.</source>
        <translation>PIN-koodin vaihtamiseen tai poistamiseen tarvitaan nykyinen PIN-koodi tai taulun vetäjän rooli. PIN-koodia ei muutettu.</translation>
    </message>
    <message>
        <source>tietokannan versio</source>
        <translation>tietokannan versio</translation>
    </message>
    <message>
        <source>taulut ja niiden asetukset</source>
        <translation>taulut ja niiden asetukset</translation>
    </message>
    <message>
        <source>PIN-koodit</source>
        <translation>PIN-koodit</translation>
    </message>
    <message>
        <source>mittarit ja tavoitteet</source>
        <translation>mittarit ja tavoitteet</translation>
    </message>
    <message>
        <source>mittarien arvot</source>
        <translation>mittarien arvot</translation>
    </message>
    <message>
        <source>kaavioiden merkinnät</source>
        <translation>kaavioiden merkinnät</translation>
    </message>
    <message>
        <source>kaavioiden vaiheet</source>
        <translation>kaavioiden vaiheet</translation>
    </message>
    <message>
        <source>päivän fiilis</source>
        <translation>päivän fiilis</translation>
    </message>
    <message>
        <source>fiilisäänet</source>
        <translation>fiilisäänet</translation>
    </message>
    <message>
        <source>kehitysideat</source>
        <translation>kehitysideat</translation>
    </message>
    <message>
        <source>ongelmat</source>
        <translation>ongelmat</translation>
    </message>
    <message>
        <source>eskalaatiot ja niiden vastaukset</source>
        <translation>eskalaatiot ja niiden vastaukset</translation>
    </message>
    <message>
        <source>tapahtumatyypit</source>
        <translation>tapahtumatyypit</translation>
    </message>
    <message>
        <source>turvallisuustapahtumat</source>
        <translation>turvallisuustapahtumat</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3-raportit</translation>
    </message>
    <message>
        <source>A3-toimenpiteet</source>
        <translation>A3-toimenpiteet</translation>
    </message>
    <message>
        <source>palaverit</source>
        <translation>palaverit</translation>
    </message>
    <message>
        <source>muutoshistoria</source>
        <translation>muutoshistoria</translation>
    </message>
    <message>
        <source>käyttöoikeudet</source>
        <translation>käyttöoikeudet</translation>
    </message>
    <message>
        <source>Ei oikeutta: tunnuksen {login} rooli ei salli tätä ({what}). Mitään ei tallennettu.</source>
        <translation>Ei oikeutta: tunnuksen {login} rooli ei salli tätä ({what}). Mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Vie viikon PDF</source>
        <translation>Vie viikon PDF</translation>
    </message>
    <message>
        <source>Yksi taulu</source>
        <translation>Yksi taulu</translation>
    </message>
    <message>
        <source>Kaikki taulut (yksi tiedosto kustakin)</source>
        <translation>Kaikki taulut (yksi tiedosto kustakin)</translation>
    </message>
    <message>
        <source>Valitse…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Paperikoko</source>
        <translation>Paperikoko</translation>
    </message>
    <message>
        <source>Tiedosto tai kansio</source>
        <translation>Tiedosto tai kansio</translation>
    </message>
    <message>
        <source>Vie PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <source>Kansio</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>PDF-tiedosto</source>
        <translation>PDF-tiedosto</translation>
    </message>
    <message>
        <source>Anna kansio, johon PDF:t kirjoitetaan.</source>
        <translation>Anna kansio, johon PDF:t kirjoitetaan.</translation>
    </message>
    <message>
        <source>Kansiota ei ole: %1</source>
        <translation>Kansiota ei ole: %1</translation>
    </message>
    <message>
        <source>Viedään PDF…</source>
        <translation>Viedään PDF…</translation>
    </message>
    <message>
        <source>Keskeytä</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>PDF viety</source>
        <translation>PDF viety</translation>
    </message>
    <message>
        <source>%1 PDF-tiedosto(a): %2</source>
        <translation>%1 PDF-tiedosto(a): %2</translation>
    </message>
    <message>
        <source>Viikko</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Avaa PDF</source>
        <translation>Avaa PDF</translation>
    </message>
    <message>
        <source>Avaa kansio</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>PDF:ää ei voitu avata</source>
        <translation>PDF:ää ei voitu avata</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata: %1</source>
        <translation>Tiedostoa ei voitu avata: %1</translation>
    </message>
    <message>
        <source>Vienti keskeytetty</source>
        <translation>Vienti keskeytetty</translation>
    </message>
    <message>
        <source>Vienti keskeytettiin; %1 PDF-tiedostoa ehdittiin kirjoittaa.</source>
        <translation>Vienti keskeytettiin; %1 PDF-tiedostoa ehdittiin kirjoittaa.</translation>
    </message>
    <message>
        <source>PDF:ää ei viety</source>
        <translation>PDF:ää ei viety</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Kehitysidea</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Toimenpide</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Ylempi taulu</source>
        <translation>Ylempi taulu</translation>
    </message>
    <message>
        <source>Alkuperä</source>
        <translation>Alkuperä</translation>
    </message>
    <message>
        <source>Aloituspäivä</source>
        <translation>Aloituspäivä</translation>
    </message>
    <message>
        <source>Arvo</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Arvosana</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Desimaalit</source>
        <translation>Desimaalit</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Kalanruodon luokka</source>
        <translation>Kalanruodon luokka</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Kesto (min)</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>SQDC-luokka</source>
        <translation>SQDC-luokka</translation>
    </message>
    <message>
        <source>Saate</source>
        <translation>Saate</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Taulun taso</source>
        <translation>Taulun taso</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Vakavuus</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Vastauksen tyyppi</source>
        <translation>Vastauksen tyyppi</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Pysähtynyt idea (päiviä)</source>
        <translation>Pysähtynyt idea (päiviä)</translation>
    </message>
    <message>
        <source>Merkintä</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Kaavio</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>Suhteutus</source>
        <translation>Suhteutus</translation>
    </message>
    <message>
        <source>Nimittäjä</source>
        <translation>Nimittäjä</translation>
    </message>
    <message>
        <source>Tausta</source>
        <translation>Tausta</translation>
    </message>
    <message>
        <source>Nykytila</source>
        <translation>Nykytila</translation>
    </message>
    <message>
        <source>Tavoitetila</source>
        <translation>Tavoitetila</translation>
    </message>
    <message>
        <source>Juurisyyanalyysi</source>
        <translation>Juurisyyanalyysi</translation>
    </message>
    <message>
        <source>Vastatoimenpiteet</source>
        <translation>Vastatoimenpiteet</translation>
    </message>
    <message>
        <source>Seuranta ja tulokset</source>
        <translation>Seuranta ja tulokset</translation>
    </message>
    <message>
        <source>Miksi? {n}</source>
        <translation>Miksi? {n}</translation>
    </message>
    <message>
        <source>Kalanruoto, {name}</source>
        <translation>Kalanruoto, {name}</translation>
    </message>
    <message>
        <source> (rivi {row})</source>
        <translation> (rivi {row})</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>symbolinen linkki</source>
        <translation>symbolinen linkki</translation>
    </message>
    <message>
        <source>kansio</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>nimetty putki (FIFO)</source>
        <translation>nimetty putki (FIFO)</translation>
    </message>
    <message>
        <source>laite</source>
        <translation>laite</translation>
    </message>
    <message>
        <source>pistoke (socket)</source>
        <translation>pistoke (socket)</translation>
    </message>
    <message>
        <source>muu</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>{path} ei ole tavallinen tiedosto vaan {kind}: sen tilalle ei kirjoiteta. Anna toinen tiedostonimi.</source>
        <translation>{path} ei ole tavallinen tiedosto vaan {kind}: sen tilalle ei kirjoiteta. Anna toinen tiedostonimi.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Tervetuloa LeanBoardiin</source>
        <translation>Tervetuloa LeanBoardiin</translation>
    </message>
    <message>
        <source>Tervetuloa! Tauluja ei ole vielä. Aloita yhdellä näistä:</source>
        <translation>Tervetuloa! Tauluja ei ole vielä. Aloita yhdellä näistä:</translation>
    </message>
    <message>
        <source>1. Luo ensimmäinen taulu</source>
        <translation>1. Luo ensimmäinen taulu</translation>
    </message>
    <message>
        <source>Esimerkiksi osastosi taulu; muut taulut lisäät myöhemmin Taulu-valikosta.</source>
        <translation>Esimerkiksi osastosi taulu; muut taulut lisäät myöhemmin Taulu-valikosta.</translation>
    </message>
    <message>
        <source>esim. Osasto 3, kotihoito</source>
        <translation>esim. Osasto 3, kotihoito</translation>
    </message>
    <message>
        <source>esim. OS3 (lyhyt, yksilöllinen)</source>
        <translation>esim. OS3 (lyhyt, yksilöllinen)</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Luo taulu</source>
        <translation>Luo taulu</translation>
    </message>
    <message>
        <source>2. Tuo koko organisaatio CSV-tiedostosta</source>
        <translation>2. Tuo koko organisaatio CSV-tiedostosta</translation>
    </message>
    <message>
        <source>Rivi kullekin taululle: tunnus, nimi, ylemmän taulun tunnus (tyhjä ylimmällä) ja taso, esimerkiksi OS3;Osasto 3;KY;tiimi.</source>
        <translation>Rivi kullekin taululle: tunnus, nimi, ylemmän taulun tunnus (tyhjä ylimmällä) ja taso, esimerkiksi OS3;Osasto 3;KY;tiimi.</translation>
    </message>
    <message>
        <source>Valitse tiedosto ja tuo…</source>
        <translation>Valitse tiedosto ja tuo…</translation>
    </message>
    <message>
        <source>3. Kokeile esittelyaineistolla</source>
        <translation>3. Kokeile esittelyaineistolla</translation>
    </message>
    <message>
        <source>Kuvitteellinen kuntayhtymä ja 12 viikon historia. Aineisto jää tähän tietokantaan: älä valitse tätä, jos siihen kirjataan oikeita tietoja.</source>
        <translation>Kuvitteellinen kuntayhtymä ja 12 viikon historia. Aineisto jää tähän tietokantaan: älä valitse tätä, jos siihen kirjataan oikeita tietoja.</translation>
    </message>
    <message>
        <source>Lopeta</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Taulut tallentuvat tälle tietokoneelle (tiedosto %1). Jos useampi kone tai seinänäyttö käyttää samoja tauluja, pyydä ylläpitoa liittämään LeanBoard yhteiseen tietokantaan.</source>
        <translation>Taulut tallentuvat tälle tietokoneelle (tiedosto %1). Jos useampi kone tai seinänäyttö käyttää samoja tauluja, pyydä ylläpitoa liittämään LeanBoard yhteiseen tietokantaan.</translation>
    </message>
    <message>
        <source>Taulut tallentuvat yhteiseen tietokantaan %1 palvelimella %2: kaikki siihen liitetyt koneet näkevät samat taulut.</source>
        <translation>Taulut tallentuvat yhteiseen tietokantaan %1 palvelimella %2: kaikki siihen liitetyt koneet näkevät samat taulut.</translation>
    </message>
    <message>
        <source>Taulua ei luotu</source>
        <translation>Taulua ei luotu</translation>
    </message>
    <message>
        <source>Lataa esittelyaineisto</source>
        <translation>Lataa esittelyaineisto</translation>
    </message>
    <message>
        <source>Ladataanko esittelyaineisto? Se lisää kuvitteellisia tauluja ja tietoja, jotka jäävät tähän tietokantaan.</source>
        <translation>Ladataanko esittelyaineisto? Se lisää kuvitteellisia tauluja ja tietoja, jotka jäävät tähän tietokantaan.</translation>
    </message>
    <message>
        <source>Esittelyaineistoa ei ladattu</source>
        <translation>Esittelyaineistoa ei ladattu</translation>
    </message>
</context>
<context>
    <name>Fishbone</name>
    <message>
        <source>Ihmiset</source>
        <translation>Ihmiset</translation>
    </message>
    <message>
        <source>Menetelmät</source>
        <translation>Menetelmät</translation>
    </message>
    <message>
        <source>Laitteet</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>Ympäristö</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Materiaalit</source>
        <translation>Materiaalit</translation>
    </message>
    <message>
        <source>Johtaminen</source>
        <translation>Johtaminen</translation>
    </message>
</context>
<context>
    <name>FishboneEditor</name>
    <message>
        <source>Yksi syy riville</source>
        <translation>Yksi syy riville</translation>
    </message>
</context>
<context>
    <name>FiveWhys</name>
    <message>
        <source>Miksi? %1</source>
        <translation>Miksi? %1</translation>
    </message>
    <message>
        <source>Miksi ongelma syntyy?</source>
        <translation>Miksi ongelma syntyy?</translation>
    </message>
    <message>
        <source>Miksi edellinen tapahtuu?</source>
        <translation>Miksi edellinen tapahtuu?</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>päivä</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>päivää</source>
        <translation>päivää</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Kaaviossa ei ole merkintöjä.</source>
        <translation>Kaaviossa ei ole merkintöjä.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Ei mittareita. Tavoitteet lisätään työpöytäversiossa.</source>
        <translation>Ei mittareita. Tavoitteet lisätään työpöytäversiossa.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Otsikko</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>SQDC-luokka</source>
        <translation>SQDC-luokka</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Alkuperä</source>
        <translation>Alkuperä</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Seuraus</source>
        <translation>Seuraus</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Periytyy</source>
        <translation>Periytyy</translation>
    </message>
    <message>
        <source>Desimaalit</source>
        <translation>Desimaalit</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Ylempi taulu</source>
        <translation>Ylempi taulu</translation>
    </message>
    <message>
        <source>Vähimmäisryhmä</source>
        <translation>Vähimmäisryhmä</translation>
    </message>
    <message>
        <source>Näkyvät osiot</source>
        <translation>Näkyvät osiot</translation>
    </message>
    <message>
        <source>Odottaa taululla</source>
        <translation>Odottaa taululla</translation>
    </message>
    <message>
        <source>Taululta</source>
        <translation>Taululta</translation>
    </message>
    <message>
        <source>Kumottu toiminto</source>
        <translation>Kumottu toiminto</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Kesto (min)</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Yhdistetyt kirjaukset</source>
        <translation>Yhdistetyt kirjaukset</translation>
    </message>
    <message>
        <source>Taululle</source>
        <translation>Taululle</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Vastauksen tyyppi</source>
        <translation>Vastauksen tyyppi</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Mittari</translation>
    </message>
    <message>
        <source>Arvo</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Rooli</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Luotu</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Muutettu</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Siirretty</source>
        <translation>Siirretty</translation>
    </message>
    <message>
        <source>Arkistoitu</source>
        <translation>Arkistoitu</translation>
    </message>
    <message>
        <source>Palautettu</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Eskaloitu</source>
        <translation>Eskaloitu</translation>
    </message>
    <message>
        <source>Vastattu</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>Arvo kirjattu</source>
        <translation>Arvo kirjattu</translation>
    </message>
    <message>
        <source>PIN-koodi vaihdettu</source>
        <translation>PIN-koodi vaihdettu</translation>
    </message>
    <message>
        <source>PIN-koodi poistettu</source>
        <translation>PIN-koodi poistettu</translation>
    </message>
    <message>
        <source>Rooli annettu</source>
        <translation>Rooli annettu</translation>
    </message>
    <message>
        <source>Rooli poistettu</source>
        <translation>Rooli poistettu</translation>
    </message>
    <message>
        <source>Kumottu</source>
        <translation>Kumottu</translation>
    </message>
    <message>
        <source>Yhdistetty</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <source>Päivän fiilis näytetty</source>
        <translation>Päivän fiilis näytetty</translation>
    </message>
    <message>
        <source>taulu</source>
        <translation>taulu</translation>
    </message>
    <message>
        <source>fiiliskyselystä</source>
        <translation>fiiliskyselystä</translation>
    </message>
    <message>
        <source>ongelma</source>
        <translation>ongelma</translation>
    </message>
    <message>
        <source>tuonti</source>
        <translation>tuonti</translation>
    </message>
    <message>
        <source>päätös</source>
        <translation>päätös</translation>
    </message>
    <message>
        <source>resurssi</source>
        <translation>resurssi</translation>
    </message>
    <message>
        <source>lähetetty ylemmäs</source>
        <translation>lähetetty ylemmäs</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>palautettu</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Kehitysidea</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Turvallisuustapahtuma</source>
        <translation>Turvallisuustapahtuma</translation>
    </message>
    <message>
        <source>Mittarin arvo</source>
        <translation>Mittarin arvo</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3-raportti</translation>
    </message>
    <message>
        <source>Palaveri</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Fiilis</translation>
    </message>
    <message>
        <source>Käyttöoikeus</source>
        <translation>Käyttöoikeus</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Muutoshistoria — %1</source>
        <translation>Muutoshistoria — %1</translation>
    </message>
    <message>
        <source>Historia ei aukea</source>
        <translation>Historia ei aukea</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Kuka / näyttö</source>
        <translation>Kuka / näyttö</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>Mitä</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Muutos</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>&amp;Palauta</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Palauttaa arkistoidun kohteen taululle.</source>
        <translation>Palauttaa arkistoidun kohteen taululle.</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Kohde on arkistoitu: se ei näy taululla.</source>
        <translation>Kohde on arkistoitu: se ei näy taululla.</translation>
    </message>
    <message>
        <source>Palautus ei onnistunut</source>
        <translation>Palautus ei onnistunut</translation>
    </message>
    <message>
        <source>Palautettu taululle.</source>
        <translation>Palautettu taululle.</translation>
    </message>
</context>
<context>
    <name>HuddleDoneDialog</name>
    <message>
        <source>Palaveri pidetty</source>
        <translation>Palaveri pidetty</translation>
    </message>
    <message>
        <source>Tämän päivän palaveri</source>
        <translation>Tämän päivän palaveri</translation>
    </message>
    <message>
        <source>Kirjattu jo klo {time}: muuta osallistujia tai kestoa.</source>
        <translation>Kirjattu jo klo {time}: muuta osallistujia tai kestoa.</translation>
    </message>
    <message>
        <source>Montako osallistui?</source>
        <translation>Montako osallistui?</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Kesto (min)</translation>
    </message>
    <message>
        <source>Kirjaa palaveri</source>
        <translation>Kirjaa palaveri</translation>
    </message>
    <message>
        <source>Tallenna muutos</source>
        <translation>Tallenna muutos</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</translation>
    </message>
</context>
<context>
    <name>HuddlePanel</name>
    <message>
        <source>Pidetty klo {time}, 1 osallistuja</source>
        <translation>Pidetty klo {time}, 1 osallistuja</translation>
    </message>
    <message>
        <source>Pidetty klo {time}, {n} osallistujaa</source>
        <translation>Pidetty klo {time}, {n} osallistujaa</translation>
    </message>
    <message>
        <source>Päivittäispalaveri</source>
        <translation>Päivittäispalaveri</translation>
    </message>
    <message>
        <source>▶ Aloita</source>
        <translation>▶ Aloita</translation>
    </message>
    <message>
        <source>↺ Alusta</source>
        <translation>↺ Alusta</translation>
    </message>
    <message>
        <source>✔ Palaveri pidetty</source>
        <translation>✔ Palaveri pidetty</translation>
    </message>
    <message>
        <source>❚❚ Tauko</source>
        <translation>❚❚ Tauko</translation>
    </message>
    <message>
        <source>▲ Aika loppui</source>
        <translation>▲ Aika loppui</translation>
    </message>
    <message>
        <source>Käynnissä</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Tauolla</source>
        <translation>Tauolla</translation>
    </message>
    <message>
        <source>Valmiina</source>
        <translation>Valmiina</translation>
    </message>
    <message>
        <source>Palaveri kirjattu: {n} osallistujaa.</source>
        <translation>Palaveri kirjattu: {n} osallistujaa.</translation>
    </message>
    <message>
        <source>Päivän palaveri muutettu: {n} osallistujaa.</source>
        <translation>Päivän palaveri muutettu: {n} osallistujaa.</translation>
    </message>
    <message>
        <source>Tänään ei vielä kirjattu palaveria.</source>
        <translation>Tänään ei vielä kirjattu palaveria.</translation>
    </message>
</context>
<context>
    <name>IdeaCard</name>
    <message>
        <source>Tila: </source>
        <translation>Tila: </translation>
    </message>
    <message>
        <source>Vastuu: </source>
        <translation>Vastuu: </translation>
    </message>
    <message>
        <source>Määräpäivä: </source>
        <translation>Määräpäivä: </translation>
    </message>
    <message>
        <source>Kirjattu: </source>
        <translation>Kirjattu: </translation>
    </message>
    <message>
        <source>fiiliskyselystä</source>
        <translation>fiiliskyselystä</translation>
    </message>
    <message>
        <source>Idea on valmis</source>
        <translation>Idea on valmis</translation>
    </message>
    <message>
        <source>Siirrä: </source>
        <translation>Siirrä: </translation>
    </message>
    <message>
        <source>Joku muu ehti muuttaa ideaa toisella näytöllä. Tiedot on päivitetty — tarkista tila ja siirrä tarvittaessa uudelleen.</source>
        <translation>Joku muu ehti muuttaa ideaa toisella näytöllä. Tiedot on päivitetty — tarkista tila ja siirrä tarvittaessa uudelleen.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Muokkaa kehitysideaa</source>
        <translation>Muokkaa kehitysideaa</translation>
    </message>
    <message>
        <source>Uusi kehitysidea</source>
        <translation>Uusi kehitysidea</translation>
    </message>
    <message>
        <source>– ei luokkaa –</source>
        <translation>– ei luokkaa –</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Kehitysidea</translation>
    </message>
    <message>
        <source>&amp;Otsikko *</source>
        <translation>&amp;Otsikko *</translation>
    </message>
    <message>
        <source>Idea lyhyesti</source>
        <translation>Idea lyhyesti</translation>
    </message>
    <message>
        <source>&amp;SQDC-luokka</source>
        <translation>&amp;SQDC-luokka</translation>
    </message>
    <message>
        <source>&amp;Tila</source>
        <translation>&amp;Tila</translation>
    </message>
    <message>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Vastuuhenkilö</translation>
    </message>
    <message>
        <source>&amp;Määräpäivä</source>
        <translation>&amp;Määräpäivä</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>p.k.vvvv, esim. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>Mitä parannetaan ja miksi</source>
        <translation>Mitä parannetaan ja miksi</translation>
    </message>
    <message>
        <source>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</source>
        <translation>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Ei kehitysideoita. Fiilis alle 8 kysyy idean; tiimin vetäjän koneella voi kirjata lisää.</source>
        <translation>Ei kehitysideoita. Fiilis alle 8 kysyy idean; tiimin vetäjän koneella voi kirjata lisää.</translation>
    </message>
    <message>
        <source>◔ ei edennyt</source>
        <translation>◔ ei edennyt</translation>
    </message>
    <message>
        <source>♥ fiilis</source>
        <translation>♥ fiilis</translation>
    </message>
    <message>
        <source>”%1” siirretty: %2</source>
        <translation>”%1” siirretty: %2</translation>
    </message>
</context>
<context>
    <name>ItemColumn</name>
    <message>
        <source>+%1 lisää</source>
        <translation>+%1 lisää</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <source>Hae tekstistä…</source>
        <translation>Hae tekstistä…</translation>
    </message>
    <message>
        <source>Vain myöhässä olevat</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>Näytä arkistoidut</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>&amp;Uusi…</source>
        <translation>&amp;Uusi…</translation>
    </message>
    <message>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Arkistoi</source>
        <translation>&amp;Arkistoi</translation>
    </message>
    <message>
        <source>&amp;Historia…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>&amp;Vie CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <source>&amp;Kirjaa arvo…</source>
        <translation>&amp;Kirjaa arvo…</translation>
    </message>
    <message>
        <source>Kaavio ja &amp;merkinnät…</source>
        <translation>Kaavio ja &amp;merkinnät…</translation>
    </message>
    <message>
        <source>Kaikki</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Luettelo ei aukea</source>
        <translation>Luettelo ei aukea</translation>
    </message>
    <message>
        <source>%1 / %2 näkyvissä</source>
        <translation>%1 / %2 näkyvissä</translation>
    </message>
    <message>
        <source>&amp;Näytä…</source>
        <translation>&amp;Näytä…</translation>
    </message>
    <message>
        <source>&amp;Palauta</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Arkistoidaanko ”%1”? Se poistuu taululta, mutta sen voi palauttaa arkistoiduista.</source>
        <translation>Arkistoidaanko ”%1”? Se poistuu taululta, mutta sen voi palauttaa arkistoiduista.</translation>
    </message>
    <message>
        <source>Arkistoi</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Ei onnistunut</source>
        <translation>Ei onnistunut</translation>
    </message>
    <message>
        <source>Vie CSV-tiedostoon</source>
        <translation>Vie CSV-tiedostoon</translation>
    </message>
    <message>
        <source>CSV-tiedosto (*.csv)</source>
        <translation>CSV-tiedosto (*.csv)</translation>
    </message>
    <message>
        <source>Vienti ei onnistunut</source>
        <translation>Vienti ei onnistunut</translation>
    </message>
    <message>
        <source>Viety</source>
        <translation>Viety</translation>
    </message>
    <message>
        <source>%1 riviä tiedostoon %2</source>
        <translation>%1 riviä tiedostoon %2</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Otsikko</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Ikä (pv)</source>
        <translation>Ikä (pv)</translation>
    </message>
    <message>
        <source>Avoimia toimenpiteitä</source>
        <translation>Avoimia toimenpiteitä</translation>
    </message>
    <message>
        <source>Myöhässä</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>arkistoitu</source>
        <translation>arkistoitu</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Luokka</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>SQDC</source>
        <translation>SQDC</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Kirjattu</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Huom.</source>
        <translation>Huom.</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Kehitysideat</translation>
    </message>
    <message>
        <source>Eskaloitu</source>
        <translation>Eskaloitu</translation>
    </message>
    <message>
        <source>Ongelmat</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Seuraus</source>
        <translation>Seuraus</translation>
    </message>
    <message>
        <source>Lyhyt kuvaus</source>
        <translation>Lyhyt kuvaus</translation>
    </message>
    <message>
        <source>Turvallisuustapahtumat</source>
        <translation>Turvallisuustapahtumat</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source> (ylempi, vain luku)</source>
        <translation> (ylempi, vain luku)</translation>
    </message>
    <message>
        <source>Periytyy</source>
        <translation>Periytyy</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Mittarit ja tavoitteet</source>
        <translation>Mittarit ja tavoitteet</translation>
    </message>
    <message>
        <source>Tämän taulun</source>
        <translation>Tämän taulun</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta</source>
        <translation>Ylemmiltä tauluilta</translation>
    </message>
    <message>
        <source>Kenen</source>
        <translation>Kenen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hae taulua nimellä tai tunnuksella</source>
        <translation>Hae taulua nimellä tai tunnuksella</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Käyttäjä %1 · yhden koneen tietokanta: käyttöoikeuksia ei tarkisteta</source>
        <translation>Käyttäjä %1 · yhden koneen tietokanta: käyttöoikeuksia ei tarkisteta</translation>
    </message>
    <message>
        <source>⚠ Käyttöoikeudet eivät ole käytössä: jokainen tietokannan käyttäjä voi muuttaa kaikkea. IT ottaa ne käyttöön komennolla leanboard access setup.</source>
        <translation>⚠ Käyttöoikeudet eivät ole käytössä: jokainen tietokannan käyttäjä voi muuttaa kaikkea. IT ottaa ne käyttöön komennolla leanboard access setup.</translation>
    </message>
    <message>
        <source>Tunnus %1 · tietokannan omistaja: kaikki oikeudet</source>
        <translation>Tunnus %1 · tietokannan omistaja: kaikki oikeudet</translation>
    </message>
    <message>
        <source>Tunnus %1 · tällä taululla: %2</source>
        <translation>Tunnus %1 · tällä taululla: %2</translation>
    </message>
    <message>
        <source>vetäjän oikeudet</source>
        <translation>vetäjän oikeudet</translation>
    </message>
    <message>
        <source>kirjaus (fiilis, ideat, tapahtumat, palaverit)</source>
        <translation>kirjaus (fiilis, ideat, tapahtumat, palaverit)</translation>
    </message>
    <message>
        <source>eskalaatioihin vastaaminen</source>
        <translation>eskalaatioihin vastaaminen</translation>
    </message>
    <message>
        <source>ylläpito</source>
        <translation>ylläpito</translation>
    </message>
    <message>
        <source>vain luku</source>
        <translation>vain luku</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Avaa &amp;seinänäkymä</source>
        <translation>Avaa &amp;seinänäkymä</translation>
    </message>
    <message>
        <source>&amp;Päivitä</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Vie viikon &amp;PDF…</source>
        <translation>Vie viikon &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;A3-raportit…</source>
        <translation>&amp;A3-raportit…</translation>
    </message>
    <message>
        <source>&amp;Lopeta</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Taulujen luettelo ei aukea</source>
        <translation>Taulujen luettelo ei aukea</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>⇩ ylemmältä tasolta</source>
        <translation>⇩ ylemmältä tasolta</translation>
    </message>
    <message>
        <source>vastausten määrä viimeisimmässä luvussa</source>
        <translation>vastausten määrä viimeisimmässä luvussa</translation>
    </message>
    <message>
        <source>ei tavoitetta</source>
        <translation>ei tavoitetta</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>liian vähän pisteitä arvioon</source>
        <translation>liian vähän pisteitä arvioon</translation>
    </message>
</context>
<context>
    <name>MeasureChartDialog</name>
    <message>
        <source>Kaavio ja merkinnät</source>
        <translation>Kaavio ja merkinnät</translation>
    </message>
    <message>
        <source>Ajokaavio (mediaani)</source>
        <translation>Ajokaavio (mediaani)</translation>
    </message>
    <message>
        <source>Säätökaavio</source>
        <translation>Säätökaavio</translation>
    </message>
    <message>
        <source>Jakso:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <source>Merkintä:</source>
        <translation>Merkintä:</translation>
    </message>
    <message>
        <source>esim. PDSA 2: iltakierros klo 21</source>
        <translation>esim. PDSA 2: iltakierros klo 21</translation>
    </message>
    <message>
        <source>ei liitosta</source>
        <translation>ei liitosta</translation>
    </message>
    <message>
        <source>Lisää merkintä</source>
        <translation>Lisää merkintä</translation>
    </message>
    <message>
        <source>Aloita uusi vaihe tästä</source>
        <translation>Aloita uusi vaihe tästä</translation>
    </message>
    <message>
        <source>Jäädytä perustaso tähän asti</source>
        <translation>Jäädytä perustaso tähän asti</translation>
    </message>
    <message>
        <source>Poista valittu merkintä</source>
        <translation>Poista valittu merkintä</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Kaavio ei aukea</source>
        <translation>Kaavio ei aukea</translation>
    </message>
    <message>
        <source>Uusi vaihe alkaa {period}</source>
        <translation>Uusi vaihe alkaa {period}</translation>
    </message>
    <message>
        <source>Perustaso jäädytetty {period} asti ({n} pistettä)</source>
        <translation>Perustaso jäädytetty {period} asti ({n} pistettä)</translation>
    </message>
    <message>
        <source>Mittarilla ei ole vielä arvoja, joihin merkitä.</source>
        <translation>Mittarilla ei ole vielä arvoja, joihin merkitä.</translation>
    </message>
    <message>
        <source>Merkintää ei tallennettu</source>
        <translation>Merkintää ei tallennettu</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Muokkaa tavoitetta</source>
        <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
        <source>Uusi tavoite</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>Kirjataan käsin</source>
        <translation>Kirjataan käsin</translation>
    </message>
    <message>
        <source>Kaikki (läheltä piti ja haitat)</source>
        <translation>Kaikki (läheltä piti ja haitat)</translation>
    </message>
    <message>
        <source>Lasketaan turvallisuustapahtumista: %1</source>
        <translation>Lasketaan turvallisuustapahtumista: %1</translation>
    </message>
    <message>
        <source>Tavoite on asetettu ylemmällä taululla (%1), ja se muutetaan siellä.</source>
        <translation>Tavoite on asetettu ylemmällä taululla (%1), ja se muutetaan siellä.</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta ei ole periytyviä tavoitteita.</source>
        <translation>Ylemmiltä tauluilta ei ole periytyviä tavoitteita.</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Tavoite ja mittari</source>
        <translation>Tavoite ja mittari</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Nimi *</translation>
    </message>
    <message>
        <source>esim. Ammattilaisen tavoittaa 5 minuutissa</source>
        <translation>esim. Ammattilaisen tavoittaa 5 minuutissa</translation>
    </message>
    <message>
        <source>&amp;Tavoite</source>
        <translation>&amp;Tavoite</translation>
    </message>
    <message>
        <source>esim. 80 tai 7,5</source>
        <translation>esim. 80 tai 7,5</translation>
    </message>
    <message>
        <source>&amp;Suunta</source>
        <translation>&amp;Suunta</translation>
    </message>
    <message>
        <source>&amp;Yksikkö</source>
        <translation>&amp;Yksikkö</translation>
    </message>
    <message>
        <source>esim. %, kpl, pv</source>
        <translation>esim. %, kpl, pv</translation>
    </message>
    <message>
        <source>&amp;Jakso</source>
        <translation>&amp;Jakso</translation>
    </message>
    <message>
        <source>&amp;Desimaalit</source>
        <translation>&amp;Desimaalit</translation>
    </message>
    <message>
        <source>&amp;Arvot</source>
        <translation>&amp;Arvot</translation>
    </message>
    <message>
        <source>Tavoite voi laskea arvonsa taulun turvallisuustapahtumista (esim. kaatumiset kuukaudessa): jokainen kirjattu tapahtuma näkyy siinä heti.</source>
        <translation>Tavoite voi laskea arvonsa taulun turvallisuustapahtumista (esim. kaatumiset kuukaudessa): jokainen kirjattu tapahtuma näkyy siinä heti.</translation>
    </message>
    <message>
        <source>&amp;Mitkä tapahtumat</source>
        <translation>&amp;Mitkä tapahtumat</translation>
    </message>
    <message>
        <source>Säätökaa&amp;vio</source>
        <translation>Säätökaa&amp;vio</translation>
    </message>
    <message>
        <source>Ajokaavio piirretään aina; tämä valitsee säätökaavion rajat ja MDC-kuvakkeet. P ja U tarvitsevat jokaiselle arvolle nimittäjän.</source>
        <translation>Ajokaavio piirretään aina; tämä valitsee säätökaavion rajat ja MDC-kuvakkeet. P ja U tarvitsevat jokaiselle arvolle nimittäjän.</translation>
    </message>
    <message>
        <source>S&amp;uhteutus</source>
        <translation>S&amp;uhteutus</translation>
    </message>
    <message>
        <source>U-kaavio: arvo per näin monta nimittäjän yksikköä, esim. 1000</source>
        <translation>U-kaavio: arvo per näin monta nimittäjän yksikköä, esim. 1000</translation>
    </message>
    <message>
        <source>esim. 1000</source>
        <translation>esim. 1000</translation>
    </message>
    <message>
        <source>&amp;Periytyy alemmille tauluille (näkyy niillä vain luku -tavoitteena)</source>
        <translation>&amp;Periytyy alemmille tauluille (näkyy niillä vain luku -tavoitteena)</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta perityt tavoitteet (vain luku)</source>
        <translation>Ylemmiltä tauluilta perityt tavoitteet (vain luku)</translation>
    </message>
</context>
<context>
    <name>MeasureValueDialog</name>
    <message>
        <source>&amp;Viikko *</source>
        <translation>&amp;Viikko *</translation>
    </message>
    <message>
        <source>&amp;Kuukausi *</source>
        <translation>&amp;Kuukausi *</translation>
    </message>
    <message>
        <source>kuinka monesta arvo on prosenttiosuus, esim. 120 vastausta</source>
        <translation>kuinka monesta arvo on prosenttiosuus, esim. 120 vastausta</translation>
    </message>
    <message>
        <source>kuinka monta yksikköä arvo on per {rate}, esim. 2400 hoitopäivää</source>
        <translation>kuinka monta yksikköä arvo on per {rate}, esim. 2400 hoitopäivää</translation>
    </message>
    <message>
        <source>Tämä tavoite lasketaan taulun turvallisuustapahtumista (turvallisuusristi): arvoa ei kirjata käsin.</source>
        <translation>Tämä tavoite lasketaan taulun turvallisuustapahtumista (turvallisuusristi): arvoa ei kirjata käsin.</translation>
    </message>
    <message>
        <source>Taululla ei ole mittareita.</source>
        <translation>Taululla ei ole mittareita.</translation>
    </message>
    <message>
        <source>Jakso: %1.</source>
        <translation>Jakso: %1.</translation>
    </message>
    <message>
        <source>Viimeisimmät arvot: %1</source>
        <translation>Viimeisimmät arvot: %1</translation>
    </message>
    <message>
        <source>Jaksolla %1 on jo arvo %2; tallennus korvaa sen.</source>
        <translation>Jaksolla %1 on jo arvo %2; tallennus korvaa sen.</translation>
    </message>
    <message>
        <source>Valitse mittari.</source>
        <translation>Valitse mittari.</translation>
    </message>
    <message>
        <source>Kirjaa mittarin arvo</source>
        <translation>Kirjaa mittarin arvo</translation>
    </message>
    <message>
        <source>&amp;Mittari *</source>
        <translation>&amp;Mittari *</translation>
    </message>
    <message>
        <source>&amp;Päivä *</source>
        <translation>&amp;Päivä *</translation>
    </message>
    <message>
        <source>esim. 24.11.2026</source>
        <translation>esim. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Jakso *</source>
        <translation>&amp;Jakso *</translation>
    </message>
    <message>
        <source>Viikoittaisen mittarin arvo kirjataan viikolle, kuukausittaisen kuukaudelle.</source>
        <translation>Viikoittaisen mittarin arvo kirjataan viikolle, kuukausittaisen kuukaudelle.</translation>
    </message>
    <message>
        <source>&amp;Arvo *</source>
        <translation>&amp;Arvo *</translation>
    </message>
    <message>
        <source>esim. 7,5</source>
        <translation>esim. 7,5</translation>
    </message>
    <message>
        <source>&amp;Nimittäjä *</source>
        <translation>&amp;Nimittäjä *</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Yritä uudelleen</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>piilotettu: alle {n} vastausta — yksittäistä vastausta ei voi päätellä</source>
        <translation>piilotettu: alle {n} vastausta — yksittäistä vastausta ei voi päätellä</translation>
    </message>
    <message>
        <source>näytetään kerralla palaverissa tai päivän päätyttyä — yksittäistä vastausta ei voi päätellä</source>
        <translation>näytetään kerralla palaverissa tai päivän päätyttyä — yksittäistä vastausta ei voi päätellä</translation>
    </message>
    <message>
        <source>tämän päivän äänet näytetään kerralla palaverissa tai päivän päätyttyä, alle {n} vastauksen päivät ei lainkaan — yksittäistä vastausta ei voi päätellä</source>
        <translation>tämän päivän äänet näytetään kerralla palaverissa tai päivän päätyttyä, alle {n} vastauksen päivät ei lainkaan — yksittäistä vastausta ei voi päätellä</translation>
    </message>
</context>
<context>
    <name>MoodPanel</name>
    <message>
        <source>Alle 8? Kirjaa kehitysidea!</source>
        <translation>Alle 8? Kirjaa kehitysidea!</translation>
    </message>
    <message numerus="yes">
        <source>Fiilis %n</source>
        <translation>
            <numerusform>Fiilis %n</numerusform>
            <numerusform>Fiilis %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Kirjaa kehitysidea</source>
        <translation>Kirjaa kehitysidea</translation>
    </message>
    <message>
        <source>Näytä päivän fiilis</source>
        <translation>Näytä päivän fiilis</translation>
    </message>
    <message>
        <source>Viikon keskiarvot päivittäin</source>
        <translation>Viikon keskiarvot päivittäin</translation>
    </message>
    <message>
        <source>Tällä tunnuksella ei äänestetä tällä taululla.</source>
        <translation>Tällä tunnuksella ei äänestetä tällä taululla.</translation>
    </message>
    <message>
        <source>Tänään %1 vastausta · keskiarvo %2</source>
        <translation>Tänään %1 vastausta · keskiarvo %2</translation>
    </message>
    <message>
        <source>%1 uutta ääntä</source>
        <translation>%1 uutta ääntä</translation>
    </message>
    <message>
        <source>Tänään %1 ääntä annettu.</source>
        <translation>Tänään %1 ääntä annettu.</translation>
    </message>
    <message>
        <source>Tänään ei vielä ääniä.</source>
        <translation>Tänään ei vielä ääniä.</translation>
    </message>
    <message>
        <source>Näytä päivän fiilis (%1/%2)</source>
        <translation>Näytä päivän fiilis (%1/%2)</translation>
    </message>
    <message>
        <source>Fiilistä ei näytetty</source>
        <translation>Fiilistä ei näytetty</translation>
    </message>
    <message>
        <source>Kiitos vastauksestasi! ✔ Alle 8? Kirjaa kehitysidea.</source>
        <translation>Kiitos vastauksestasi! ✔ Alle 8? Kirjaa kehitysidea.</translation>
    </message>
    <message>
        <source>Ääntä ei tallennettu</source>
        <translation>Ääntä ei tallennettu</translation>
    </message>
    <message>
        <source>Ääni annettu.</source>
        <translation>Ääni annettu.</translation>
    </message>
    <message>
        <source>⏳ Ääni odottaa tallennusta: tietokantaan ei juuri nyt saada yhteyttä.</source>
        <translation>⏳ Ääni odottaa tallennusta: tietokantaan ei juuri nyt saada yhteyttä.</translation>
    </message>
    <message>
        <source>Seuraava ääni %1 s kuluttua.</source>
        <translation>Seuraava ääni %1 s kuluttua.</translation>
    </message>
    <message>
        <source>Miltä tänään tuntuu? Napauta numeroa 0–10.</source>
        <translation>Miltä tänään tuntuu? Napauta numeroa 0–10.</translation>
    </message>
</context>
<context>
    <name>MoveBoardDialog</name>
    <message>
        <source>Siirrä taulu: %1</source>
        <translation>Siirrä taulu: %1</translation>
    </message>
    <message>
        <source>Taulu siirtyy alatauluineen. Sen historia, arvot ja ongelmat kulkevat mukana; ylemmältä tasolta perityt tavoitteet vaihtuvat uuden paikan mukaisiksi, ja vastausta odottavat eskalaatiot siirtyvät uudelle ylemmälle taululle.</source>
        <translation>Taulu siirtyy alatauluineen. Sen historia, arvot ja ongelmat kulkevat mukana; ylemmältä tasolta perityt tavoitteet vaihtuvat uuden paikan mukaisiksi, ja vastausta odottavat eskalaatiot siirtyvät uudelle ylemmälle taululle.</translation>
    </message>
    <message>
        <source>&amp;Uusi ylempi taulu</source>
        <translation>&amp;Uusi ylempi taulu</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>– ylimmäksi (ei ylempää) –</source>
        <translation>– ylimmäksi (ei ylempää) –</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>Uusi taulu</source>
        <translation>Uusi taulu</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Nimi *</translation>
    </message>
    <message>
        <source>esim. Osasto 3, kotihoito</source>
        <translation>esim. Osasto 3, kotihoito</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Tunnus *</translation>
    </message>
    <message>
        <source>esim. OS3 (lyhyt, yksilöllinen)</source>
        <translation>esim. OS3 (lyhyt, yksilöllinen)</translation>
    </message>
    <message>
        <source>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</source>
        <translation>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</translation>
    </message>
    <message>
        <source>T&amp;aso</source>
        <translation>T&amp;aso</translation>
    </message>
    <message>
        <source>&amp;Ylempi taulu</source>
        <translation>&amp;Ylempi taulu</translation>
    </message>
    <message>
        <source>– ylimmäksi (ei ylempää) –</source>
        <translation>– ylimmäksi (ei ylempää) –</translation>
    </message>
</context>
<context>
    <name>NewsCard</name>
    <message>
        <source>◷ Idea ei ole edennyt {days} päivään: {title}</source>
        <translation>◷ Idea ei ole edennyt {days} päivään: {title}</translation>
    </message>
    <message>
        <source>⚠ Eskalaatio odottanut {hours} h tasolla {board}: {title}</source>
        <translation>⚠ Eskalaatio odottanut {hours} h tasolla {board}: {title}</translation>
    </message>
    <message>
        <source>Uusi idea: {title}</source>
        <translation>Uusi idea: {title}</translation>
    </message>
    <message>
        <source>Idea eteni {before} → {after}: {title}</source>
        <translation>Idea eteni {before} → {after}: {title}</translation>
    </message>
    <message>
        <source>Uusi ongelma ({letter} {name}): {title}</source>
        <translation>Uusi ongelma ({letter} {name}): {title}</translation>
    </message>
    <message>
        <source>✔ Ratkaistu: {title}</source>
        <translation>✔ Ratkaistu: {title}</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu tasolle {board}: {title}</source>
        <translation>⇧ Eskaloitu tasolle {board}: {title}</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu meille taululta {board}: {title}</source>
        <translation>⇧ Eskaloitu meille taululta {board}: {title}</translation>
    </message>
    <message>
        <source>↓ Vastaus ylemmältä tasolta: {title} — {answer}</source>
        <translation>↓ Vastaus ylemmältä tasolta: {title} — {answer}</translation>
    </message>
    <message>
        <source>{severity}: {kind}</source>
        <translation>{severity}: {kind}</translation>
    </message>
    <message>
        <source>Tavoite {title}: {before} → {after}</source>
        <translation>Tavoite {title}: {before} → {after}</translation>
    </message>
    <message>
        <source>✎ Uusi merkintä kaaviossa: {note}</source>
        <translation>✎ Uusi merkintä kaaviossa: {note}</translation>
    </message>
    <message>
        <source>Mitä uutta edellisen palaverin jälkeen</source>
        <translation>Mitä uutta edellisen palaverin jälkeen</translation>
    </message>
    <message>
        <source>Haetaan…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>Uutisia ei saatu</source>
        <translation>Uutisia ei saatu</translation>
    </message>
    <message>
        <source>Edellinen palaveri {date} klo {time}</source>
        <translation>Edellinen palaveri {date} klo {time}</translation>
    </message>
    <message>
        <source>Palaveria ei ole kirjattu: viimeiset 7 päivää</source>
        <translation>Palaveria ei ole kirjattu: viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Odottaa liian kauan</source>
        <translation>Odottaa liian kauan</translation>
    </message>
    <message>
        <source>Uutta</source>
        <translation>Uutta</translation>
    </message>
    <message>
        <source>Ei uutta edellisen palaverin jälkeen.</source>
        <translation>Ei uutta edellisen palaverin jälkeen.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Ei yhteyttä tietokantaan klo %1 alkaen — näytetään viimeisimmät tiedot</source>
        <translation>Ei yhteyttä tietokantaan klo %1 alkaen — näytetään viimeisimmät tiedot</translation>
    </message>
    <message numerus="yes">
        <source>%n kirjaus(ta) odottaa tallennusta: se tallennetaan, kun yhteys palaa.</source>
        <translation>
            <numerusform>%n kirjaus(ta) odottaa tallennusta: se tallennetaan, kun yhteys palaa.</numerusform>
            <numerusform>%n kirjaus(ta) odottaa tallennusta: se tallennetaan, kun yhteys palaa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>⇧ Vaihto</source>
        <translation>⇧ Vaihto</translation>
    </message>
    <message>
        <source>välilyönti</source>
        <translation>välilyönti</translation>
    </message>
    <message>
        <source>Poista merkki</source>
        <translation>Poista merkki</translation>
    </message>
    <message>
        <source>↵ Enter</source>
        <translation>↵ Enter</translation>
    </message>
    <message>
        <source>⌄ Piilota</source>
        <translation>⌄ Piilota</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Levy on täynnä: {path} jäi kirjoittamatta.</source>
        <translation>Levy on täynnä: {path} jäi kirjoittamatta.</translation>
    </message>
    <message>
        <source>Levytila on käytetty loppuun: {path}.</source>
        <translation>Levytila on käytetty loppuun: {path}.</translation>
    </message>
    <message>
        <source>Ei oikeutta kirjoittaa: {path}.</source>
        <translation>Ei oikeutta kirjoittaa: {path}.</translation>
    </message>
    <message>
        <source>Levylle ei voi kirjoittaa (vain luku): {path}.</source>
        <translation>Levylle ei voi kirjoittaa (vain luku): {path}.</translation>
    </message>
    <message>
        <source>Kansiota tai tiedostoa ei löydy: {path}.</source>
        <translation>Kansiota tai tiedostoa ei löydy: {path}.</translation>
    </message>
    <message>
        <source>Odottamaton virhe ({kind}). Mitään ei jätetty puolitiehen; yritä uudelleen, ja jos virhe toistuu, kerro ylläpidolle.</source>
        <translation>Odottamaton virhe ({kind}). Mitään ei jätetty puolitiehen; yritä uudelleen, ja jos virhe toistuu, kerro ylläpidolle.</translation>
    </message>
    <message>
        <source>Toiminto ei onnistunut</source>
        <translation>Toiminto ei onnistunut</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Tiimin vetäjän PIN-koodi</source>
        <translation>Tiimin vetäjän PIN-koodi</translation>
    </message>
    <message>
        <source>Anna tiimin vetäjän PIN-koodi</source>
        <translation>Anna tiimin vetäjän PIN-koodi</translation>
    </message>
    <message>
        <source>Poista numero</source>
        <translation>Poista numero</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi.</source>
        <translation>Väärä PIN-koodi.</translation>
    </message>
    <message>
        <source>Odota %1 s ennen seuraavaa yritystä.</source>
        <translation>Odota %1 s ennen seuraavaa yritystä.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>tavoitteessa</source>
        <translation>tavoitteessa</translation>
    </message>
    <message>
        <source>ei tavoitteessa</source>
        <translation>ei tavoitteessa</translation>
    </message>
    <message>
        <source>ei tietoa</source>
        <translation>ei tietoa</translation>
    </message>
    <message>
        <source>ei tapahtumia</source>
        <translation>ei tapahtumia</translation>
    </message>
    <message>
        <source>läheltä piti</source>
        <translation>läheltä piti</translation>
    </message>
    <message>
        <source>haitta</source>
        <translation>haitta</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>eskaloitu</source>
        <translation>eskaloitu</translation>
    </message>
    <message>
        <source>tavallista vaihtelua</source>
        <translation>tavallista vaihtelua</translation>
    </message>
    <message>
        <source>erityissyy: parantunut (ylös)</source>
        <translation>erityissyy: parantunut (ylös)</translation>
    </message>
    <message>
        <source>erityissyy: parantunut (alas)</source>
        <translation>erityissyy: parantunut (alas)</translation>
    </message>
    <message>
        <source>erityissyy: huolestuttava (ylös)</source>
        <translation>erityissyy: huolestuttava (ylös)</translation>
    </message>
    <message>
        <source>erityissyy: huolestuttava (alas)</source>
        <translation>erityissyy: huolestuttava (alas)</translation>
    </message>
    <message>
        <source>vaihtelu: liian vähän pisteitä</source>
        <translation>vaihtelu: liian vähän pisteitä</translation>
    </message>
    <message>
        <source>tavoite täyttyy joka kerta</source>
        <translation>tavoite täyttyy joka kerta</translation>
    </message>
    <message>
        <source>tavoite ei täyty ilman muutosta</source>
        <translation>tavoite ei täyty ilman muutosta</translation>
    </message>
    <message>
        <source>tavoite täyttyy vain joskus</source>
        <translation>tavoite täyttyy vain joskus</translation>
    </message>
    <message>
        <source>varmuus: ei arvioitavissa</source>
        <translation>varmuus: ei arvioitavissa</translation>
    </message>
    <message>
        <source>tavallinen vaihtelu</source>
        <translation>tavallinen vaihtelu</translation>
    </message>
    <message>
        <source>parantunut</source>
        <translation>parantunut</translation>
    </message>
    <message>
        <source>huolestuttava</source>
        <translation>huolestuttava</translation>
    </message>
    <message>
        <source>liian vähän pisteitä</source>
        <translation>liian vähän pisteitä</translation>
    </message>
    <message>
        <source>tavoite: aina</source>
        <translation>tavoite: aina</translation>
    </message>
    <message>
        <source>tavoite: ei täyty</source>
        <translation>tavoite: ei täyty</translation>
    </message>
    <message>
        <source>tavoite: joskus</source>
        <translation>tavoite: joskus</translation>
    </message>
    <message>
        <source>tavoite: –</source>
        <translation>tavoite: –</translation>
    </message>
    <message>
        <source>Turvallisuus</source>
        <translation>Turvallisuus</translation>
    </message>
    <message>
        <source>Laatu</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Saatavuus</source>
        <translation>Saatavuus</translation>
    </message>
    <message>
        <source>Kustannukset</source>
        <translation>Kustannukset</translation>
    </message>
    <message>
        <source>Uudet</source>
        <translation>Uudet</translation>
    </message>
    <message>
        <source>Suunnittele</source>
        <translation>Suunnittele</translation>
    </message>
    <message>
        <source>Toteuta</source>
        <translation>Toteuta</translation>
    </message>
    <message>
        <source>Arvioi</source>
        <translation>Arvioi</translation>
    </message>
    <message>
        <source>Vakiinnuta</source>
        <translation>Vakiinnuta</translation>
    </message>
    <message>
        <source>Valmiit</source>
        <translation>Valmiit</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Avoin</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Ratkaistu</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Läheltä piti</source>
        <translation>Läheltä piti</translation>
    </message>
    <message>
        <source>Haitta</source>
        <translation>Haitta</translation>
    </message>
    <message>
        <source>Kaatuminen</source>
        <translation>Kaatuminen</translation>
    </message>
    <message>
        <source>Lääkevirhe</source>
        <translation>Lääkevirhe</translation>
    </message>
    <message>
        <source>Uhka- tai vaaratilanne</source>
        <translation>Uhka- tai vaaratilanne</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Organisaatio</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Palvelualue</source>
        <translation>Palvelualue</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Tiimi</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>Suurempi on parempi</source>
        <translation>Suurempi on parempi</translation>
    </message>
    <message>
        <source>Pienempi on parempi</source>
        <translation>Pienempi on parempi</translation>
    </message>
    <message>
        <source>Päivittäin</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Viikoittain</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Kuukausittain</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>XmR – mitattu arvo</source>
        <translation>XmR – mitattu arvo</translation>
    </message>
    <message>
        <source>P – prosenttiosuus nimittäjästä</source>
        <translation>P – prosenttiosuus nimittäjästä</translation>
    </message>
    <message>
        <source>U – määrä nimittäjää kohden</source>
        <translation>U – määrä nimittäjää kohden</translation>
    </message>
    <message>
        <source>päivä</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>viikko</source>
        <translation>viikko</translation>
    </message>
    <message>
        <source>kuukausi</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <source>Viikko {week} / {year}</source>
        <translation>Viikko {week} / {year}</translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <source>Päätös</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Resurssi</source>
        <translation>Resurssi</translation>
    </message>
    <message>
        <source>Lähetä ylemmäs</source>
        <translation>Lähetä ylemmäs</translation>
    </message>
    <message>
        <source>Palauta ohjeiden kanssa</source>
        <translation>Palauta ohjeiden kanssa</translation>
    </message>
    <message>
        <source>päätös</source>
        <translation>päätös</translation>
    </message>
    <message>
        <source>resurssi</source>
        <translation>resurssi</translation>
    </message>
    <message>
        <source>lähetetty ylemmäs</source>
        <translation>lähetetty ylemmäs</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>palautettu</translation>
    </message>
    <message>
        <source>Saate ylemmälle tasolle (vapaaehtoinen)</source>
        <translation>Saate ylemmälle tasolle (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>⇧ Vahvista eskalointi</source>
        <translation>⇧ Vahvista eskalointi</translation>
    </message>
    <message>
        <source>Vastaus tiimille</source>
        <translation>Vastaus tiimille</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Vastuu: </source>
        <translation>Vastuu: </translation>
    </message>
    <message>
        <source>Määräpäivä: </source>
        <translation>Määräpäivä: </translation>
    </message>
    <message>
        <source>Tiimiltä: </source>
        <translation>Tiimiltä: </translation>
    </message>
    <message>
        <source>⇧ Eskaloi: </source>
        <translation>⇧ Eskaloi: </translation>
    </message>
    <message>
        <source>ylemmälle</source>
        <translation>ylemmälle</translation>
    </message>
    <message>
        <source>Tilan ja eskaloinnin muuttaa taulun vetäjä.</source>
        <translation>Tilan ja eskaloinnin muuttaa taulun vetäjä.</translation>
    </message>
    <message>
        <source>Eskalaatioon vastaa tämän tason esihenkilö (rooli manager).</source>
        <translation>Eskalaatioon vastaa tämän tason esihenkilö (rooli manager).</translation>
    </message>
    <message>
        <source>odotti</source>
        <translation>odotti</translation>
    </message>
    <message>
        <source>odottanut</source>
        <translation>odottanut</translation>
    </message>
    <message>
        <source>vastaus</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <source>Ratkaistua ongelmaa ei eskaloida.</source>
        <translation>Ratkaistua ongelmaa ei eskaloida.</translation>
    </message>
    <message>
        <source>Tällä taululla ei ole ylempää tasoa, jolle eskaloida.</source>
        <translation>Tällä taululla ei ole ylempää tasoa, jolle eskaloida.</translation>
    </message>
    <message>
        <source>Odottaa jo vastausta tasolta </source>
        <translation>Odottaa jo vastausta tasolta </translation>
    </message>
    <message>
        <source>Joku muu ehti muuttaa ongelmaa toisella näytöllä. Tiedot on päivitetty — tarkista ja yritä uudelleen.</source>
        <translation>Joku muu ehti muuttaa ongelmaa toisella näytöllä. Tiedot on päivitetty — tarkista ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</translation>
    </message>
    <message>
        <source>Eskaloidaanko tasolle %1?</source>
        <translation>Eskaloidaanko tasolle %1?</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Muokkaa ongelmaa</source>
        <translation>Muokkaa ongelmaa</translation>
    </message>
    <message>
        <source>Uusi ongelma</source>
        <translation>Uusi ongelma</translation>
    </message>
    <message>
        <source>Ongelmaa ei ole eskaloitu.</source>
        <translation>Ongelmaa ei ole eskaloitu.</translation>
    </message>
    <message>
        <source>Ylemmän tason vastaus (%1, %2): %3</source>
        <translation>Ylemmän tason vastaus (%1, %2): %3</translation>
    </message>
    <message>
        <source>Odottaa vastausta ylemmältä tasolta.</source>
        <translation>Odottaa vastausta ylemmältä tasolta.</translation>
    </message>
    <message>
        <source>Eskaloi: %1</source>
        <translation>Eskaloi: %1</translation>
    </message>
    <message>
        <source>Joku muu muutti ongelmaa juuri. Tallenna tai sulje ja avaa uudelleen.</source>
        <translation>Joku muu muutti ongelmaa juuri. Tallenna tai sulje ja avaa uudelleen.</translation>
    </message>
    <message>
        <source>SQDC-ongelma</source>
        <translation>SQDC-ongelma</translation>
    </message>
    <message>
        <source>&amp;Otsikko *</source>
        <translation>&amp;Otsikko *</translation>
    </message>
    <message>
        <source>Ongelma lyhyesti</source>
        <translation>Ongelma lyhyesti</translation>
    </message>
    <message>
        <source>&amp;SQDC-luokka *</source>
        <translation>&amp;SQDC-luokka *</translation>
    </message>
    <message>
        <source>T&amp;ila</source>
        <translation>T&amp;ila</translation>
    </message>
    <message>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Vastuuhenkilö</translation>
    </message>
    <message>
        <source>&amp;Määräpäivä</source>
        <translation>&amp;Määräpäivä</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>p.k.vvvv, esim. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Kuvaus</translation>
    </message>
    <message>
        <source>Mitä tapahtuu, missä ja kuinka usein</source>
        <translation>Mitä tapahtuu, missä ja kuinka usein</translation>
    </message>
    <message>
        <source>Eskalointi ylemmälle taululle</source>
        <translation>Eskalointi ylemmälle taululle</translation>
    </message>
    <message>
        <source>Saate ylemmälle tasolle (valinnainen)</source>
        <translation>Saate ylemmälle tasolle (valinnainen)</translation>
    </message>
    <message>
        <source>Eskaloi</source>
        <translation>Eskaloi</translation>
    </message>
    <message>
        <source>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</source>
        <translation>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickIdeaDialog</name>
    <message>
        <source>Kirjaa kehitysidea!</source>
        <translation>Kirjaa kehitysidea!</translation>
    </message>
    <message>
        <source>Mikä pieni asia parantaisi päivää? Älä kirjoita potilaan tai asiakkaan tietoja.</source>
        <translation>Mikä pieni asia parantaisi päivää? Älä kirjoita potilaan tai asiakkaan tietoja.</translation>
    </message>
    <message>
        <source>Idea lyhyesti</source>
        <translation>Idea lyhyesti</translation>
    </message>
    <message>
        <source>Ohita</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Tallenna idea</source>
        <translation>Tallenna idea</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Teksti on tallessa — yritä hetken päästä.</source>
        <translation>Tietokantaan ei saada yhteyttä. Teksti on tallessa — yritä hetken päästä.</translation>
    </message>
</context>
<context>
    <name>RenameBoardDialog</name>
    <message>
        <source>Vaihda taulun tunnus</source>
        <translation>Vaihda taulun tunnus</translation>
    </message>
    <message>
        <source>Komentorivi, ajastetut viennit ja tuonnit löytävät taulun tunnuksella: muuta ne käyttämään uutta tunnusta.</source>
        <translation>Komentorivi, ajastetut viennit ja tuonnit löytävät taulun tunnuksella: muuta ne käyttämään uutta tunnusta.</translation>
    </message>
    <message>
        <source>Nimeä taulu uudelleen</source>
        <translation>Nimeä taulu uudelleen</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Nimi *</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Tunnus *</translation>
    </message>
</context>
<context>
    <name>RestoreBoardDialog</name>
    <message>
        <source>Palauta arkistoitu taulu</source>
        <translation>Palauta arkistoitu taulu</translation>
    </message>
    <message>
        <source>&amp;Arkistoitu taulu</source>
        <translation>&amp;Arkistoitu taulu</translation>
    </message>
    <message>
        <source>Palauta</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Arkistoituja tauluja ei ole.</source>
        <translation>Arkistoituja tauluja ei ole.</translation>
    </message>
    <message>
        <source>Valitse palautettava taulu.</source>
        <translation>Valitse palautettava taulu.</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <source>Ylhäältä asetetut tavoitteet alaisilla tauluilla</source>
        <translation>Ylhäältä asetetut tavoitteet alaisilla tauluilla</translation>
    </message>
    <message>
        <source>MDC (NHS Making Data Count), lapsitaulun oma kaavio: ∼ tavallinen vaihtelu, H/L erityissyy ylös/alas (parantunut tai huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus · – liian vähän pisteitä</source>
        <translation>MDC (NHS Making Data Count), lapsitaulun oma kaavio: ∼ tavallinen vaihtelu, H/L erityissyy ylös/alas (parantunut tai huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus · – liian vähän pisteitä</translation>
    </message>
    <message>
        <source>Viikko {week}: jokainen luku kattaa taulun ja kaikki sen alla olevat; fiilis: näytettyjen äänten keskiarvo (niiden määrä suluissa). Ensin ne, jotka tarvitsevat apua: haitat, yli {limit} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Napauta riviä avataksesi taulun.</source>
        <translation>Viikko {week}: jokainen luku kattaa taulun ja kaikki sen alla olevat; fiilis: näytettyjen äänten keskiarvo (niiden määrä suluissa). Ensin ne, jotka tarvitsevat apua: haitat, yli {limit} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Napauta riviä avataksesi taulun.</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Tarvitsee apua</source>
        <translation>Tarvitsee apua</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Fiilis</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Avoimet
ongelmat</source>
        <translation>Avoimet
ongelmat</translation>
    </message>
    <message>
        <source>Eskaloitu
meille</source>
        <translation>Eskaloitu
meille</translation>
    </message>
    <message>
        <source>Turvallisuus
■ haitta ▲ läheltä piti</source>
        <translation>Turvallisuus
■ haitta ▲ läheltä piti</translation>
    </message>
    <message>
        <source>Ideat
valmiit</source>
        <translation>Ideat
valmiit</translation>
    </message>
    <message>
        <source>Pysähtynyt
◔ idea ⚠ esk.</source>
        <translation>Pysähtynyt
◔ idea ⚠ esk.</translation>
    </message>
    <message>
        <source>Palaverit</source>
        <translation>Palaverit</translation>
    </message>
    <message>
        <source>Yhteensä</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>{n} alla</source>
        <translation>{n} alla</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>ei arvoa</source>
        <translation>ei arvoa</translation>
    </message>
    <message>
        <source>{on}/{n} tavoitteessa</source>
        <translation>{on}/{n} tavoitteessa</translation>
    </message>
    <message>
        <source>haitta {n}</source>
        <translation>haitta {n}</translation>
    </message>
    <message>
        <source>eskalaatio yli rajan {n}</source>
        <translation>eskalaatio yli rajan {n}</translation>
    </message>
    <message>
        <source>tavoitteesta jäljessä {n}</source>
        <translation>tavoitteesta jäljessä {n}</translation>
    </message>
    <message>
        <source>palaveri puuttuu {n}</source>
        <translation>palaveri puuttuu {n}</translation>
    </message>
    <message>
        <source>ei huolia</source>
        <translation>ei huolia</translation>
    </message>
    <message>
        <source>ei ääniä</source>
        <translation>ei ääniä</translation>
    </message>
    <message>
        <source>Fiilis – ja +N: %1</source>
        <translation>Fiilis – ja +N: %1</translation>
    </message>
    <message>
        <source>Tämän päivän äänet: %1</source>
        <translation>Tämän päivän äänet: %1</translation>
    </message>
    <message>
        <source>pisin {h} h</source>
        <translation>pisin {h} h</translation>
    </message>
    <message>
        <source>{n} yli {limit} h</source>
        <translation>{n} yli {limit} h</translation>
    </message>
    <message>
        <source>vk</source>
        <translation>vk</translation>
    </message>
    <message>
        <source>kk</source>
        <translation>kk</translation>
    </message>
    <message>
        <source>viikko ■ {hw} ▲ {nw}, kuukausi ■ {hm} ▲ {nm}</source>
        <translation>viikko ■ {hw} ▲ {nw}, kuukausi ■ {hm} ▲ {nm}</translation>
    </message>
    <message>
        <source>puuttuu {n}</source>
        <translation>puuttuu {n}</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>tavoite</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>mediaani</source>
        <translation>mediaani</translation>
    </message>
    <message>
        <source>Ei vielä mittaustuloksia</source>
        <translation>Ei vielä mittaustuloksia</translation>
    </message>
    <message>
        <source>Muutosta arvioidaan, kun pisteitä on {n}</source>
        <translation>Muutosta arvioidaan, kun pisteitä on {n}</translation>
    </message>
    <message>
        <source>◆ Ei-satunnainen muutos: </source>
        <translation>◆ Ei-satunnainen muutos: </translation>
    </message>
    <message>
        <source>pitkä sarja</source>
        <translation>pitkä sarja</translation>
    </message>
    <message>
        <source>liian vähän risteämiä</source>
        <translation>liian vähän risteämiä</translation>
    </message>
    <message>
        <source>trendi</source>
        <translation>trendi</translation>
    </message>
</context>
<context>
    <name>SafetyCrossView</name>
    <message>
        <source>napauta päivää: kirjaa tai katso tapahtumat.</source>
        <translation>napauta päivää: kirjaa tai katso tapahtumat.</translation>
    </message>
    <message>
        <source>napauta päivää: katso tapahtumat.</source>
        <translation>napauta päivää: katso tapahtumat.</translation>
    </message>
    <message>
        <source>Ei kirjattuja haittatapahtumia</source>
        <translation>Ei kirjattuja haittatapahtumia</translation>
    </message>
    <message>
        <source>päivä edellisestä haittatapahtumasta</source>
        <translation>päivä edellisestä haittatapahtumasta</translation>
    </message>
    <message>
        <source>päivää edellisestä haittatapahtumasta</source>
        <translation>päivää edellisestä haittatapahtumasta</translation>
    </message>
    <message>
        <source>%1 kirjattu päivälle %2</source>
        <translation>%1 kirjattu päivälle %2</translation>
    </message>
</context>
<context>
    <name>SafetyDayCard</name>
    <message>
        <source>Mitä tapahtui %1?</source>
        <translation>Mitä tapahtui %1?</translation>
    </message>
    <message>
        <source>Tämän päivän tapahtumat</source>
        <translation>Tämän päivän tapahtumat</translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Ei kirjattuja tapahtumia.</source>
        <translation>Ei kirjattuja tapahtumia.</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Poista (PIN)</source>
        <translation>Poista (PIN)</translation>
    </message>
    <message>
        <source>Tapahtumaa ei tallennettu</source>
        <translation>Tapahtumaa ei tallennettu</translation>
    </message>
</context>
<context>
    <name>SafetyEventEditDialog</name>
    <message>
        <source>Muokkaa turvallisuustapahtumaa</source>
        <translation>Muokkaa turvallisuustapahtumaa</translation>
    </message>
    <message>
        <source>Kirjaa turvallisuustapahtuma</source>
        <translation>Kirjaa turvallisuustapahtuma</translation>
    </message>
    <message>
        <source>Turvallisuustapahtuma</source>
        <translation>Turvallisuustapahtuma</translation>
    </message>
    <message>
        <source>&amp;Tapahtuma *</source>
        <translation>&amp;Tapahtuma *</translation>
    </message>
    <message>
        <source>&amp;Seuraus *</source>
        <translation>&amp;Seuraus *</translation>
    </message>
    <message>
        <source>&amp;Päivä *</source>
        <translation>&amp;Päivä *</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>p.k.vvvv, esim. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Lyhyt kuvaus</source>
        <translation>&amp;Lyhyt kuvaus</translation>
    </message>
    <message>
        <source>Enintään 500 merkkiä, ei potilastietoja</source>
        <translation>Enintään 500 merkkiä, ei potilastietoja</translation>
    </message>
    <message>
        <source>Ei potilaan tai asiakkaan tietoja. Tapahtuman yksityiskohdat kirjataan HaiProon.</source>
        <translation>Ei potilaan tai asiakkaan tietoja. Tapahtuman yksityiskohdat kirjataan HaiProon.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Asiakaslähtöiset tavoitteet</source>
        <translation>Asiakaslähtöiset tavoitteet</translation>
    </message>
    <message>
        <source>Työntekijöiden fiilis</source>
        <translation>Työntekijöiden fiilis</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Kehitysideat</translation>
    </message>
    <message>
        <source>Ongelmat ja haasteet (SQDC)</source>
        <translation>Ongelmat ja haasteet (SQDC)</translation>
    </message>
    <message>
        <source>Turvallisuusristi</source>
        <translation>Turvallisuusristi</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3-raportit</translation>
    </message>
    <message>
        <source>Päivittäispalaveri</source>
        <translation>Päivittäispalaveri</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Alaiset taulut</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <source>savutesti: {step} ok {time}</source>
        <translation>savutesti: {step} ok {time}</translation>
    </message>
    <message>
        <source>savutesti epäonnistui vaiheessa {step}: {reason}</source>
        <translation>savutesti epäonnistui vaiheessa {step}: {reason}</translation>
    </message>
    <message>
        <source>savutesti: kaikki ok {time}</source>
        <translation>savutesti: kaikki ok {time}</translation>
    </message>
    <message>
        <source>resurssit</source>
        <translation>resurssit</translation>
    </message>
    <message>
        <source>tietokanta ja migraatiot</source>
        <translation>tietokanta ja migraatiot</translation>
    </message>
    <message>
        <source>esittelyaineisto</source>
        <translation>esittelyaineisto</translation>
    </message>
    <message>
        <source>seinätaulu</source>
        <translation>seinätaulu</translation>
    </message>
    <message>
        <source>viikko-PDF</source>
        <translation>viikko-PDF</translation>
    </message>
    <message>
        <source>siivous</source>
        <translation>siivous</translation>
    </message>
    <message>
        <source>puuttuu {files}</source>
        <translation>puuttuu {files}</translation>
    </message>
    <message>
        <source>Qt:n oma käännös (qtbase_{lang}) puuttuu kansiosta {folder}</source>
        <translation>Qt:n oma käännös (qtbase_{lang}) puuttuu kansiosta {folder}</translation>
    </message>
    <message>
        <source>esittelyaineistossa ei ole tiimitaulua</source>
        <translation>esittelyaineistossa ei ole tiimitaulua</translation>
    </message>
    <message>
        <source>seinätaulu ei piirtynyt {seconds} sekunnissa</source>
        <translation>seinätaulu ei piirtynyt {seconds} sekunnissa</translation>
    </message>
    <message>
        <source>seinätaulun kuva {width}×{height}</source>
        <translation>seinätaulun kuva {width}×{height}</translation>
    </message>
    <message>
        <source>seinätaulu on tyhjä ({count} väriä)</source>
        <translation>seinätaulu on tyhjä ({count} väriä)</translation>
    </message>
    <message>
        <source>{file} ei ala %PDF</source>
        <translation>{file} ei ala %PDF</translation>
    </message>
    <message>
        <source>{file}: {pages} sivua, odotettiin 1</source>
        <translation>{file}: {pages} sivua, odotettiin 1</translation>
    </message>
</context>
<context>
    <name>SqdcPanel</name>
    <message>
        <source>Ei avoimia ongelmia — uusi kirjataan tiimin vetäjän koneella.</source>
        <translation>Ei avoimia ongelmia — uusi kirjataan tiimin vetäjän koneella.</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu meille</source>
        <translation>⇧ Eskaloitu meille</translation>
    </message>
    <message>
        <source>tiimiltä</source>
        <translation>tiimiltä</translation>
    </message>
    <message>
        <source>⚠ odottaa yli rajan</source>
        <translation>⚠ odottaa yli rajan</translation>
    </message>
    <message>
        <source>vastaus</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <source>odottanut {h} h</source>
        <translation>odottanut {h} h</translation>
    </message>
    <message>
        <source>yli {limit} h</source>
        <translation>yli {limit} h</translation>
    </message>
    <message>
        <source>”%1” eskaloitu: %2</source>
        <translation>”%1” eskaloitu: %2</translation>
    </message>
</context>
<context>
    <name>TouchCard</name>
    <message>
        <source>Sulje</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>↶ Kumoa (%1 s)</source>
        <translation>↶ Kumoa (%1 s)</translation>
    </message>
    <message>
        <source>↶ Kumottu.</source>
        <translation>↶ Kumottu.</translation>
    </message>
    <message>
        <source>sitä on muutettu sillä välin toisella näytöllä.</source>
        <translation>sitä on muutettu sillä välin toisella näytöllä.</translation>
    </message>
    <message>
        <source>Ei kumottu: </source>
        <translation>Ei kumottu: </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Viikko: ”{week}” ei ole ISO-viikko (esim. 2026-W47).</source>
        <translation>Viikko: ”{week}” ei ole ISO-viikko (esim. 2026-W47).</translation>
    </message>
    <message>
        <source>Jakso: ”{value}” ei ole päivä (2026-11-24), viikko (2026-W47) tai kuukausi (2026-11).</source>
        <translation>Jakso: ”{value}” ei ole päivä (2026-11-24), viikko (2026-W47) tai kuukausi (2026-11).</translation>
    </message>
    <message>
        <source>Fiilis: arvon pitää olla kokonaisluku {low}–{high} (annettu {score}).</source>
        <translation>Fiilis: arvon pitää olla kokonaisluku {low}–{high} (annettu {score}).</translation>
    </message>
    <message>
        <source>Vähimmäisryhmäkoko: arvon pitää olla {low}–100, jotta yksittäisen vastaajan fiilistä ei voi päätellä.</source>
        <translation>Vähimmäisryhmäkoko: arvon pitää olla {low}–100, jotta yksittäisen vastaajan fiilistä ei voi päätellä.</translation>
    </message>
    <message>
        <source>{label}: kenttä on pakollinen.</source>
        <translation>{label}: kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>{label}: teksti on liian pitkä ({length} merkkiä, enintään {max_length}).</source>
        <translation>{label}: teksti on liian pitkä ({length} merkkiä, enintään {max_length}).</translation>
    </message>
    <message>
        <source>{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.</source>
        <translation>{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla luku.</source>
        <translation>{label}: arvon pitää olla luku.</translation>
    </message>
    <message>
        <source>{label}: arvo puuttuu.</source>
        <translation>{label}: arvo puuttuu.</translation>
    </message>
    <message>
        <source>{label}: ”{value}” ei ole luku.</source>
        <translation>{label}: ”{value}” ei ole luku.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla äärellinen luku.</source>
        <translation>{label}: arvon pitää olla äärellinen luku.</translation>
    </message>
    <message>
        <source>{label}: luku on liian suuri.</source>
        <translation>{label}: luku on liian suuri.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla kokonaisluku {low}–{high}.</source>
        <translation>{label}: arvon pitää olla kokonaisluku {low}–{high}.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla {low}–{high} (annettu {number}).</source>
        <translation>{label}: arvon pitää olla {low}–{high} (annettu {number}).</translation>
    </message>
    <message>
        <source>{label}: ”{text}” ei ole päivämäärä (pp.kk.vvvv).</source>
        <translation>{label}: ”{text}” ei ole päivämäärä (pp.kk.vvvv).</translation>
    </message>
    <message>
        <source>{label}: päivämäärän pitää olla vuosien 2000–2100 välillä.</source>
        <translation>{label}: päivämäärän pitää olla vuosien 2000–2100 välillä.</translation>
    </message>
    <message>
        <source>Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI).</source>
        <translation>Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI).</translation>
    </message>
    <message>
        <source>{label}: tuntematon arvo ”{value}” (sallitut: {allowed}).</source>
        <translation>{label}: tuntematon arvo ”{value}” (sallitut: {allowed}).</translation>
    </message>
    <message>
        <source>5 x miksi: enintään {count} riviä.</source>
        <translation>5 x miksi: enintään {count} riviä.</translation>
    </message>
    <message>
        <source>Ongelmasta on jo A3-raportti: {title} (A3 {id}).</source>
        <translation>Ongelmasta on jo A3-raportti: {title} (A3 {id}).</translation>
    </message>
    <message>
        <source>Ideasta on jo A3-raportti: {title} (A3 {id}).</source>
        <translation>Ideasta on jo A3-raportti: {title} (A3 {id}).</translation>
    </message>
    <message>
        <source>Toimenpide ”{action}” on poistettu toisella näytöllä.</source>
        <translation>Toimenpide ”{action}” on poistettu toisella näytöllä.</translation>
    </message>
    <message>
        <source>PIN-koodi: 4–8 numeroa.</source>
        <translation>PIN-koodi: 4–8 numeroa.</translation>
    </message>
    <message>
        <source>Liian monta väärää PIN-koodia: odota {seconds} s.</source>
        <translation>Liian monta väärää PIN-koodia: odota {seconds} s.</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi. Seuraava yritys {seconds} s kuluttua.</source>
        <translation>Väärä PIN-koodi. Seuraava yritys {seconds} s kuluttua.</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi.</source>
        <translation>Väärä PIN-koodi.</translation>
    </message>
    <message>
        <source>Tunnus {code} on jo käytössä.</source>
        <translation>Tunnus {code} on jo käytössä.</translation>
    </message>
    <message>
        <source>Ylempi taulu {code} on arkistoitu: palauta se ensin tai valitse toinen.</source>
        <translation>Ylempi taulu {code} on arkistoitu: palauta se ensin tai valitse toinen.</translation>
    </message>
    <message>
        <source>Taulua {board} ei voi siirtää taulun {parent} alle: {parent} on sen oma alataulu tai se itse.</source>
        <translation>Taulua {board} ei voi siirtää taulun {parent} alle: {parent} on sen oma alataulu tai se itse.</translation>
    </message>
    <message>
        <source>Taulu {board} siirrettiin taulun {parent} alle: ongelma odottaa nyt siellä.</source>
        <translation>Taulu {board} siirrettiin taulun {parent} alle: ongelma odottaa nyt siellä.</translation>
    </message>
    <message>
        <source>Taulu {board} siirrettiin ylimmäksi: ylempää tasoa ei ole, ongelma palasi tiimille.</source>
        <translation>Taulu {board} siirrettiin ylimmäksi: ylempää tasoa ei ole, ongelma palasi tiimille.</translation>
    </message>
    <message>
        <source>Tuntematon osio: {names}</source>
        <translation>Tuntematon osio: {names}</translation>
    </message>
    <message>
        <source>Anna uusi nimi tai uusi tunnus.</source>
        <translation>Anna uusi nimi tai uusi tunnus.</translation>
    </message>
    <message>
        <source>Taulun {board} alla on käytössä olevia tauluja ({codes}): arkistoi tai siirrä ne ensin.</source>
        <translation>Taulun {board} alla on käytössä olevia tauluja ({codes}): arkistoi tai siirrä ne ensin.</translation>
    </message>
    <message>
        <source>Taulun {board} ylempi taulu {parent} on arkistoitu: palauta se ensin tai siirrä taulu toisen alle.</source>
        <translation>Taulun {board} ylempi taulu {parent} on arkistoitu: palauta se ensin tai siirrä taulu toisen alle.</translation>
    </message>
    <message>
        <source>Jakso {period} aloittaa jo uuden vaiheen.</source>
        <translation>Jakso {period} aloittaa jo uuden vaiheen.</translation>
    </message>
    <message>
        <source>Mittari {measure} ei kuulu taululle {board}.</source>
        <translation>Mittari {measure} ei kuulu taululle {board}.</translation>
    </message>
    <message>
        <source>Mittari {measure} lasketaan turvallisuustapahtumista: arvoa ei kirjata käsin.</source>
        <translation>Mittari {measure} lasketaan turvallisuustapahtumista: arvoa ei kirjata käsin.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei ole vielä alkanut, sille ei ole arvoa.</source>
        <translation>Jakso: {period} ei ole vielä alkanut, sille ei ole arvoa.</translation>
    </message>
    <message>
        <source>Taululla {board} on jo mittari nimeltä ”{name}”.</source>
        <translation>Taululla {board} on jo mittari nimeltä ”{name}”.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on päivä.</source>
        <translation>Jakso: {period} ei sovi mittarille, jonka jakso on päivä.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on viikko.</source>
        <translation>Jakso: {period} ei sovi mittarille, jonka jakso on viikko.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on kuukausi.</source>
        <translation>Jakso: {period} ei sovi mittarille, jonka jakso on kuukausi.</translation>
    </message>
    <message>
        <source>Ratkaistua ongelmaa ei voi eskaloida.</source>
        <translation>Ratkaistua ongelmaa ei voi eskaloida.</translation>
    </message>
    <message>
        <source>Taululla {board} ei ole ylempää taulua, jolle eskaloida.</source>
        <translation>Taululla {board} ei ole ylempää taulua, jolle eskaloida.</translation>
    </message>
    <message>
        <source>Eskalointia ei voi enää perua: siihen on jo vastattu.</source>
        <translation>Eskalointia ei voi enää perua: siihen on jo vastattu.</translation>
    </message>
    <message>
        <source>Ongelma ei odota vastausta millään tasolla.</source>
        <translation>Ongelma ei odota vastausta millään tasolla.</translation>
    </message>
    <message>
        <source>Ylintä tasoa ylemmäs ei voi lähettää.</source>
        <translation>Ylintä tasoa ylemmäs ei voi lähettää.</translation>
    </message>
    <message>
        <source>Eskalaation odotusraja: kokonaisluku 1–720 tuntia (annettu {hours}).</source>
        <translation>Eskalaation odotusraja: kokonaisluku 1–720 tuntia (annettu {hours}).</translation>
    </message>
    <message>
        <source>Päivä: tapahtumaa ei voi kirjata tulevalle päivälle.</source>
        <translation>Päivä: tapahtumaa ei voi kirjata tulevalle päivälle.</translation>
    </message>
    <message>
        <source>Tuntematon tapahtumatyyppi: {code}</source>
        <translation>Tuntematon tapahtumatyyppi: {code}</translation>
    </message>
    <message>
        <source>Tapahtumatyypillä pitää olla tunnus ja nimi.</source>
        <translation>Tapahtumatyypillä pitää olla tunnus ja nimi.</translation>
    </message>
    <message>
        <source>Tietokannassa on jo tauluja. Esittelyaineistoa ei lisätä olemassa olevien tietojen sekaan: käytä tyhjää tietokantaa.</source>
        <translation>Tietokannassa on jo tauluja. Esittelyaineistoa ei lisätä olemassa olevien tietojen sekaan: käytä tyhjää tietokantaa.</translation>
    </message>
    <message>
        <source>Tietokannasta puuttuu vaaratapahtumien lajeja: {kinds}.</source>
        <translation>Tietokannasta puuttuu vaaratapahtumien lajeja: {kinds}.</translation>
    </message>
    <message>
        <source>Tuntematon esittelyaineiston koko ”{scale}” (sallitut: {allowed}).</source>
        <translation>Tuntematon esittelyaineiston koko ”{scale}” (sallitut: {allowed}).</translation>
    </message>
    <message>
        <source>Tuntematon rooli {role}: {roles}.</source>
        <translation>Tuntematon rooli {role}: {roles}.</translation>
    </message>
    <message>
        <source>Roolille {role} tarvitaan taulu: --board CODE.</source>
        <translation>Roolille {role} tarvitaan taulu: --board CODE.</translation>
    </message>
    <message>
        <source>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</source>
        <translation>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</translation>
    </message>
    <message>
        <source>Päivän fiilistä ei voi vielä näyttää: uusia ääniä {given}, tarvitaan vähintään {needed}, jotta yksittäistä vastausta ei voi päätellä.</source>
        <translation>Päivän fiilistä ei voi vielä näyttää: uusia ääniä {given}, tarvitaan vähintään {needed}, jotta yksittäistä vastausta ei voi päätellä.</translation>
    </message>
    <message>
        <source>Ääntä ei löydy: sitä ei ehkä tallennettu.</source>
        <translation>Ääntä ei löydy: sitä ei ehkä tallennettu.</translation>
    </message>
    <message>
        <source>Palaverin kirjausta ei kumottu: sitä on muutettu sillä välin toisella näytöllä.</source>
        <translation>Palaverin kirjausta ei kumottu: sitä on muutettu sillä välin toisella näytöllä.</translation>
    </message>
</context>
<context>
    <name>WallMenuDialog</name>
    <message>
        <source>Seinänäkymän asetukset</source>
        <translation>Seinänäkymän asetukset</translation>
    </message>
    <message>
        <source>Näytettävä taulu:</source>
        <translation>Näytettävä taulu:</translation>
    </message>
    <message>
        <source>Näytä valittu taulu</source>
        <translation>Näytä valittu taulu</translation>
    </message>
    <message>
        <source>Poistu seinänäkymästä</source>
        <translation>Poistu seinänäkymästä</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Asetukset ja poistuminen (PIN-koodi)</source>
        <translation>Asetukset ja poistuminen (PIN-koodi)</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Asetukset eivät aukea</source>
        <translation>Asetukset eivät aukea</translation>
    </message>
    <message>
        <source>PIN-koodia ei voi tarkistaa</source>
        <translation>PIN-koodia ei voi tarkistaa</translation>
    </message>
</context>
<context>
    <name>WeeklyPdf</name>
    <message>
        <source>Tavoitteet ja mittarit</source>
        <translation>Tavoitteet ja mittarit</translation>
    </message>
    <message>
        <source>Henkilöstön fiilis</source>
        <translation>Henkilöstön fiilis</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Kehitysideat</translation>
    </message>
    <message>
        <source>Päivittäispalaverit</source>
        <translation>Päivittäispalaverit</translation>
    </message>
    <message>
        <source>Turvallisuusristi</source>
        <translation>Turvallisuusristi</translation>
    </message>
    <message>
        <source>SQDC-ongelmat</source>
        <translation>SQDC-ongelmat</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3-raportit</translation>
    </message>
    <message>
        <source>Tällä viikolla ei kirjauksia</source>
        <translation>Tällä viikolla ei kirjauksia</translation>
    </message>
    <message>
        <source>Sivukoko: {size} ei käy (A4 tai A3).</source>
        <translation>Sivukoko: {size} ei käy (A4 tai A3).</translation>
    </message>
    <message>
        <source>{board} – viikko {week}/{year}</source>
        <translation>{board} – viikko {week}/{year}</translation>
    </message>
    <message>
        <source>Päivittäisjohtamisen taulu {code} {week}</source>
        <translation>Päivittäisjohtamisen taulu {code} {week}</translation>
    </message>
    <message>
        <source>… ja {count} muuta</source>
        <translation>… ja {count} muuta</translation>
    </message>
    <message>
        <source>ylempi taulu</source>
        <translation>ylempi taulu</translation>
    </message>
    <message>
        <source>Tulostettu {date} klo {time}</source>
        <translation>Tulostettu {date} klo {time}</translation>
    </message>
    <message>
        <source>Päivittäisjohtamisen viikkotaulu</source>
        <translation>Päivittäisjohtamisen viikkotaulu</translation>
    </message>
    <message>
        <source>sivu {page}/{pages}</source>
        <translation>sivu {page}/{pages}</translation>
    </message>
    <message>
        <source>Taululle ei kirjattu tällä viikolla mittariarvoja, fiilisääniä, kehitysideoita, ongelmia, turvallisuustapahtumia eikä palavereja.</source>
        <translation>Taululle ei kirjattu tällä viikolla mittariarvoja, fiilisääniä, kehitysideoita, ongelmia, turvallisuustapahtumia eikä palavereja.</translation>
    </message>
    <message>
        <source>Avoimia ongelmia viikon lopussa: {open} · A3-raportteja käynnissä: {a3s}</source>
        <translation>Avoimia ongelmia viikon lopussa: {open} · A3-raportteja käynnissä: {a3s}</translation>
    </message>
    <message>
        <source>Taululla ei ole mittareita.</source>
        <translation>Taululla ei ole mittareita.</translation>
    </message>
    <message>
        <source>… ja {count} muuta mittaria (katso sovelluksesta)</source>
        <translation>… ja {count} muuta mittaria (katso sovelluksesta)</translation>
    </message>
    <message>
        <source>Merkinnät kaavioissa</source>
        <translation>Merkinnät kaavioissa</translation>
    </message>
    <message>
        <source>MDC (NHS Making Data Count): vaihtelu ∼ tavallinen, H/L erityissyy ylös/alas (sininen parantunut, oranssi huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus</source>
        <translation>MDC (NHS Making Data Count): vaihtelu ∼ tavallinen, H/L erityissyy ylös/alas (sininen parantunut, oranssi huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>mediaani</source>
        <translation>mediaani</translation>
    </message>
    <message>
        <source>ei-satunnainen muutos</source>
        <translation>ei-satunnainen muutos</translation>
    </message>
    <message>
        <source>vaihe</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>merkintä</source>
        <translation>merkintä</translation>
    </message>
    <message>
        <source>viikon ka.</source>
        <translation>viikon ka.</translation>
    </message>
    <message>
        <source>viikko {week}</source>
        <translation>viikko {week}</translation>
    </message>
    <message>
        <source>ei arvoja</source>
        <translation>ei arvoja</translation>
    </message>
    <message>
        <source>ei vastauksia</source>
        <translation>ei vastauksia</translation>
    </message>
    <message>
        <source>Viikko: {average} ({n} vastausta)</source>
        <translation>Viikko: {average} ({n} vastausta)</translation>
    </message>
    <message>
        <source>ei vielä näytetty ({n} ääntä)</source>
        <translation>ei vielä näytetty ({n} ääntä)</translation>
    </message>
    <message>
        <source>piilotettu ({n} ääntä)</source>
        <translation>piilotettu ({n} ääntä)</translation>
    </message>
    <message>
        <source>, {n} piilotettu</source>
        <translation>, {n} piilotettu</translation>
    </message>
    <message>
        <source>Viikko: piilotettu ({n} ääntä)</source>
        <translation>Viikko: piilotettu ({n} ääntä)</translation>
    </message>
    <message>
        <source>Viikko: ei vastauksia</source>
        <translation>Viikko: ei vastauksia</translation>
    </message>
    <message>
        <source>Kehitysideoita fiiliskyselystä: {n}</source>
        <translation>Kehitysideoita fiiliskyselystä: {n}</translation>
    </message>
    <message>
        <source>Luvut näytetään kerralla, kun vastaajia on vähintään {n}.</source>
        <translation>Luvut näytetään kerralla, kun vastaajia on vähintään {n}.</translation>
    </message>
    <message>
        <source>uutta</source>
        <translation>uutta</translation>
    </message>
    <message>
        <source>siirtyi vaiheesta</source>
        <translation>siirtyi vaiheesta</translation>
    </message>
    <message>
        <source>valmistui</source>
        <translation>valmistui</translation>
    </message>
    <message>
        <source>Valmistuneet</source>
        <translation>Valmistuneet</translation>
    </message>
    <message>
        <source>Uudet</source>
        <translation>Uudet</translation>
    </message>
    <message>
        <source>palaveria pidetty</source>
        <translation>palaveria pidetty</translation>
    </message>
    <message>
        <source>osallistujaa keskim.</source>
        <translation>osallistujaa keskim.</translation>
    </message>
    <message>
        <source>+N: uutta edellisestä palaverista (Mitä uutta), yhteensä {n}</source>
        <translation>+N: uutta edellisestä palaverista (Mitä uutta), yhteensä {n}</translation>
    </message>
    <message>
        <source>Kesto keskimäärin {minutes} min</source>
        <translation>Kesto keskimäärin {minutes} min</translation>
    </message>
    <message>
        <source>Lihavoitu reuna:</source>
        <translation>Lihavoitu reuna:</translation>
    </message>
    <message>
        <source>tämä viikko</source>
        <translation>tämä viikko</translation>
    </message>
    <message>
        <source>Päiviä edellisestä haitasta: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Päiviä edellisestä haitasta: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ei kirjattuja haittoja.</source>
        <translation>Ei kirjattuja haittoja.</translation>
    </message>
    <message>
        <source>Viikon tapahtumat ({n})</source>
        <translation>Viikon tapahtumat ({n})</translation>
    </message>
    <message>
        <source>läheltä piti</source>
        <translation>läheltä piti</translation>
    </message>
    <message>
        <source>haitta</source>
        <translation>haitta</translation>
    </message>
    <message>
        <source>uusia</source>
        <translation>uusia</translation>
    </message>
    <message>
        <source>avoinna</source>
        <translation>avoinna</translation>
    </message>
    <message>
        <source>ratkaistu</source>
        <translation>ratkaistu</translation>
    </message>
    <message>
        <source>eskaloitu</source>
        <translation>eskaloitu</translation>
    </message>
    <message>
        <source>Ei eskalointeja tällä viikolla.</source>
        <translation>Ei eskalointeja tällä viikolla.</translation>
    </message>
    <message>
        <source>Ei käynnissä olevia A3-raportteja.</source>
        <translation>Ei käynnissä olevia A3-raportteja.</translation>
    </message>
    <message>
        <source>{n} avointa toimenpidettä</source>
        <translation>{n} avointa toimenpidettä</translation>
    </message>
    <message>
        <source>tämän päivän äänet: {reason}</source>
        <translation>tämän päivän äänet: {reason}</translation>
    </message>
    <message>
        <source>Fiiliksen – ja +N: {reasons}.</source>
        <translation>Fiiliksen – ja +N: {reasons}.</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Alaiset taulut</translation>
    </message>
    <message>
        <source>Jokainen luku kattaa taulun ja kaikki sen alla olevat. Ensin ne, jotka tarvitsevat apua: haitat viikolla, yli {hours} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Fiilis: näytettyjen äänten keskiarvo ja niiden määrä; piilossa olevat äänet eivät ole missään luvussa. Eskaloitu meille ja pysähtynyt työ (idea ei edennyt, eskalaatio yli rajan): tilanne tulostushetkellä.</source>
        <translation>Jokainen luku kattaa taulun ja kaikki sen alla olevat. Ensin ne, jotka tarvitsevat apua: haitat viikolla, yli {hours} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Fiilis: näytettyjen äänten keskiarvo ja niiden määrä; piilossa olevat äänet eivät ole missään luvussa. Eskaloitu meille ja pysähtynyt työ (idea ei edennyt, eskalaatio yli rajan): tilanne tulostushetkellä.</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Taulu</translation>
    </message>
    <message>
        <source>Tarvitsee apua</source>
        <translation>Tarvitsee apua</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Fiilis</translation>
    </message>
    <message>
        <source>Tavoitteet
✔ / ✖ / –</source>
        <translation>Tavoitteet
✔ / ✖ / –</translation>
    </message>
    <message>
        <source>Avoimet
S / Q / D / C</source>
        <translation>Avoimet
S / Q / D / C</translation>
    </message>
    <message>
        <source>Eskaloitu
meille</source>
        <translation>Eskaloitu
meille</translation>
    </message>
    <message>
        <source>Turvallisuus ■ haitta ▲ läh.
viikko | kuukausi</source>
        <translation>Turvallisuus ■ haitta ▲ läh.
viikko | kuukausi</translation>
    </message>
    <message>
        <source>Ideat
valmiit</source>
        <translation>Ideat
valmiit</translation>
    </message>
    <message>
        <source>Pysähtynyt
◔ idea / ⚠ esk.</source>
        <translation>Pysähtynyt
◔ idea / ⚠ esk.</translation>
    </message>
    <message>
        <source>Palaverit
pidetty / puuttuu</source>
        <translation>Palaverit
pidetty / puuttuu</translation>
    </message>
    <message>
        <source>Yhteensä</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source> + {count} alla</source>
        <translation> + {count} alla</translation>
    </message>
    <message>
        <source>■ haitta {count}</source>
        <translation>■ haitta {count}</translation>
    </message>
    <message>
        <source>⚠ eskalaatio yli rajan {count}</source>
        <translation>⚠ eskalaatio yli rajan {count}</translation>
    </message>
    <message>
        <source>✖ tavoitteesta jäljessä {count}</source>
        <translation>✖ tavoitteesta jäljessä {count}</translation>
    </message>
    <message>
        <source>◷ palaveri puuttuu {count}</source>
        <translation>◷ palaveri puuttuu {count}</translation>
    </message>
    <message>
        <source>✔ ei huolia</source>
        <translation>✔ ei huolia</translation>
    </message>
    <message>
        <source>ei ääniä</source>
        <translation>ei ääniä</translation>
    </message>
    <message>
        <source>
⚠ {count} yli {hours} h</source>
        <translation>
⚠ {count} yli {hours} h</translation>
    </message>
    <message>
        <source>Ylhäältä asetetut tavoitteet alaisilla tauluilla</source>
        <translation>Ylhäältä asetetut tavoitteet alaisilla tauluilla</translation>
    </message>
    <message>
        <source>
{on_target}/{reporting} tavoitteessa</source>
        <translation>
{on_target}/{reporting} tavoitteessa</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>ei arvoa</source>
        <translation>ei arvoa</translation>
    </message>
    <message>
        <source>Anna joko taulun tunnus tai --all.</source>
        <translation>Anna joko taulun tunnus tai --all.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Lopeta</source>
        <translation>Lopeta</translation>
    </message>
</context>
</TS>
