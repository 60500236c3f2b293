<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fi_FI">
<context>
    <name>A3Actions</name>
    <message>
        <source>Tekemättä</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>A3Editor</name>
    <message>
        <source>SQDC-ongelmasta: </source>
        <translation>From SQDC problem: </translation>
    </message>
    <message>
        <source>Kehitysideasta: </source>
        <translation>From improvement idea: </translation>
    </message>
    <message>
        <source>– ei vaikutusmittaria –</source>
        <translation>– no impact measure –</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3 report</translation>
    </message>
    <message>
        <source>Luonnosta ei voitu tallentaa: </source>
        <translation>The draft could not be saved: </translation>
    </message>
    <message>
        <source>Tästä A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</source>
        <translation>There is an unsaved draft of this A3 (%1). Restore it?</translation>
    </message>
    <message>
        <source>Uudesta A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</source>
        <translation>There is an unsaved draft of a new A3 (%1). Restore it?</translation>
    </message>
    <message>
        <source>Palauta tallentamaton luonnos?</source>
        <translation>Restore unsaved draft?</translation>
    </message>
    <message>
        <source>Luonnos palautettu — muista tallentaa.</source>
        <translation>Draft restored — remember to save.</translation>
    </message>
    <message>
        <source>Luonnoksen taulu ei aukea: </source>
        <translation>The draft&apos;s board cannot be opened: </translation>
    </message>
    <message>
        <source>Korjaa punaisella merkityt kentät.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa luonnoksena tällä koneella; tallenna uudelleen, kun yhteys palaa.</source>
        <translation>Cannot reach the database. Your text is kept as a draft on this computer; save again when the connection is back.</translation>
    </message>
    <message>
        <source>Tallennettu klo </source>
        <translation>Saved at </translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>A3 ei aukea</source>
        <translation>The A3 cannot be opened</translation>
    </message>
    <message>
        <source>Tekstisi on tallessa luonnoksena.</source>
        <translation>Your text is kept as a draft.</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>5 x miksi</source>
        <translation>5 whys</translation>
    </message>
    <message>
        <source>Toteutussuunnitelma</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <source>A3: joku muu ehti tallentaa ensin</source>
        <translation>A3: someone else saved first</translation>
    </message>
    <message>
        <source>Toisen tallentama versio on nyt näkyvissä.</source>
        <translation>The other person&apos;s version is now shown.</translation>
    </message>
    <message>
        <source>Ei tallennettu: tekstisi on yhä lomakkeella ja luonnoksena.</source>
        <translation>Not saved: your text is still in the form and in the draft.</translation>
    </message>
    <message>
        <source>Vie A3 PDF-tiedostoksi</source>
        <translation>Export A3 as a PDF file</translation>
    </message>
    <message>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Viedään PDF…</source>
        <translation>Exporting PDF…</translation>
    </message>
    <message>
        <source>PDF kirjoitettu: </source>
        <translation>PDF written: </translation>
    </message>
    <message>
        <source>PDF viety</source>
        <translation>PDF exported</translation>
    </message>
    <message>
        <source>PDF-vienti epäonnistui.</source>
        <translation>The PDF export failed.</translation>
    </message>
    <message>
        <source>PDF-vienti epäonnistui</source>
        <translation>PDF export failed</translation>
    </message>
    <message>
        <source>Historia ei aukea</source>
        <translation>The history cannot be opened</translation>
    </message>
    <message>
        <source>A3:n muutoshistoria</source>
        <translation>A3 change history</translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>A3:n otsikko</source>
        <translation>A3 title</translation>
    </message>
    <message>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Aloitettu</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>PDCA-vaihe</source>
        <translation>PDCA phase</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>1  Tausta</source>
        <translation>1  Background</translation>
    </message>
    <message>
        <source>Miksi tähän tartutaan? Mikä on ongelma ja sen merkitys?</source>
        <translation>Why tackle this? What is the problem and why does it matter?</translation>
    </message>
    <message>
        <source>2  Nykytila</source>
        <translation>2  Current state</translation>
    </message>
    <message>
        <source>Miten asiat ovat nyt? Luvut, mittaukset, havainnot.</source>
        <translation>How are things now? Figures, measurements, observations.</translation>
    </message>
    <message>
        <source>3  Tavoitetila</source>
        <translation>3  Target state</translation>
    </message>
    <message>
        <source>Mihin pyritään ja mihin mennessä?</source>
        <translation>What are we aiming for, and by when?</translation>
    </message>
    <message>
        <source>4  Juurisyyanalyysi</source>
        <translation>4  Root cause analysis</translation>
    </message>
    <message>
        <source>Juurisyy omin sanoin</source>
        <translation>The root cause in your own words</translation>
    </message>
    <message>
        <source>5 x miksi – kysy ”Miksi?” kunnes juurisyy löytyy</source>
        <translation>5 whys – ask “Why?” until the root cause is found</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Kalanruoto (syy-seurauskaavio): yksi syy riville</source>
        <translation>Fishbone (cause-and-effect diagram): one cause per line</translation>
    </message>
    <message>
        <source>5  Vastatoimenpiteet</source>
        <translation>5  Countermeasures</translation>
    </message>
    <message>
        <source>Mitä juurisyylle tehdään?</source>
        <translation>What is done about the root cause?</translation>
    </message>
    <message>
        <source>6  Toteutussuunnitelma (mitä, kuka, milloin, tila)</source>
        <translation>6  Implementation plan (what, who, when, status)</translation>
    </message>
    <message>
        <source>7  Seuranta ja tulokset</source>
        <translation>7  Follow-up and results</translation>
    </message>
    <message>
        <source>Mitä tapahtui? Toteutuiko tavoite?</source>
        <translation>What happened? Was the target met?</translation>
    </message>
    <message>
        <source>Vaikutusmittari:</source>
        <translation>Impact measure:</translation>
    </message>
    <message>
        <source>Muutoshistoria</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Vie PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Tallenna (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>A3Link</name>
    <message>
        <source>Avaa A3</source>
        <translation>Open A3</translation>
    </message>
    <message>
        <source>Aloita A3</source>
        <translation>Start an A3</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>A3ListWindow</name>
    <message>
        <source>A3-raportit — LeanBoard</source>
        <translation>A3 reports — LeanBoard</translation>
    </message>
    <message>
        <source>Taulu: </source>
        <translation>Board: </translation>
    </message>
    <message>
        <source>Koko organisaatio</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Hae otsikosta, taulusta, omistajasta…</source>
        <translation>Search title, board, owner…</translation>
    </message>
    <message>
        <source>Kaikki</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;Vaihe:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Uusi A3…</source>
        <translation>&amp;New A3…</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>A3-raportit eivät aukea</source>
        <translation>The A3 reports cannot be opened</translation>
    </message>
    <message>
        <source>%1 A3-raporttia</source>
        <translation>%1 A3 reports</translation>
    </message>
    <message>
        <source>%1 / %2 näkyvissä</source>
        <translation>%1 / %2 shown</translation>
    </message>
</context>
<context>
    <name>A3Panel</name>
    <message>
        <source>Ei keskeneräisiä A3-raportteja. A3 aloitetaan ongelmasta tai ideasta tiimin vetäjän koneella.</source>
        <translation>No A3 reports in progress. An A3 is started from a problem or an idea on the team leader&apos;s computer.</translation>
    </message>
    <message>
        <source>Vaihe: </source>
        <translation>Phase: </translation>
    </message>
    <message>
        <source>toimenpide</source>
        <translation>action</translation>
    </message>
    <message>
        <source>toimenpidettä</source>
        <translation>actions</translation>
    </message>
</context>
<context>
    <name>A3Pdf</name>
    <message>
        <source>1  Tausta</source>
        <translation>1  Background</translation>
    </message>
    <message>
        <source>2  Nykytila</source>
        <translation>2  Current state</translation>
    </message>
    <message>
        <source>3  Tavoitetila</source>
        <translation>3  Target state</translation>
    </message>
    <message>
        <source>4  Juurisyyanalyysi</source>
        <translation>4  Root cause analysis</translation>
    </message>
    <message>
        <source>5  Vastatoimenpiteet</source>
        <translation>5  Countermeasures</translation>
    </message>
    <message>
        <source>6  Toteutussuunnitelma</source>
        <translation>6  Implementation plan</translation>
    </message>
    <message>
        <source>7  Seuranta ja tulokset</source>
        <translation>7  Follow-up and results</translation>
    </message>
    <message>
        <source>Tekemättä</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>– ei kirjattu –</source>
        <translation>– not recorded –</translation>
    </message>
    <message>
        <source>5 x miksi</source>
        <translation>5 whys</translation>
    </message>
    <message>
        <source>Miksi? {n}</source>
        <translation>Why? {n}</translation>
    </message>
    <message>
        <source>Kalanruoto (syy-seurauskaavio)</source>
        <translation>Fishbone (cause-and-effect diagram)</translation>
    </message>
    <message>
        <source>Mitä</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kuka</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vaikutusmittaria ei ole valittu.</source>
        <translation>No impact measure chosen.</translation>
    </message>
    <message>
        <source> · tavoite {sign} {value} {unit}</source>
        <translation> · target {sign} {value} {unit}</translation>
    </message>
    <message>
        <source>Vaikutusmittari: {name}</source>
        <translation>Effect measure: {name}</translation>
    </message>
    <message>
        <source>Mittarilla ei ole vielä arvoja.</source>
        <translation>The measure has no values yet.</translation>
    </message>
    <message>
        <source>Sininen viiva: arvot · katkoviiva: tavoite · harmaa: mediaani (vaiheittain, jäädytetty katkoviivalla) · pisteviiva: uusi vaihe · numeroitu ympyrä: merkintä · punainen neliö: ei-satunnainen muutos (Anhøj/IHI-säännöt)</source>
        <translation>Blue line: values · dashed: target · grey: median (per phase, frozen dashed) · dotted: new phase · numbered circle: note · red square: non-random change (Anhøj/IHI rules)</translation>
    </message>
    <message>
        <source>{heading} (jatkoa sivulta {page})</source>
        <translation>{heading} (continued from page {page})</translation>
    </message>
    <message>
        <source>Omistaja: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <source>Aloitettu {date}</source>
        <translation>Started {date}</translation>
    </message>
    <message>
        <source>Päivitetty {date}</source>
        <translation>Updated {date}</translation>
    </message>
    <message>
        <source>SQDC-ongelmasta: {title}</source>
        <translation>From the SQDC problem: {title}</translation>
    </message>
    <message>
        <source>Kehitysideasta: {title}</source>
        <translation>From the improvement idea: {title}</translation>
    </message>
    <message>
        <source>{title} (jatkoa)</source>
        <translation>{title} (continued)</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3 report</translation>
    </message>
    <message>
        <source>✔ Valmis</source>
        <translation>✔ Done</translation>
    </message>
    <message>
        <source>LeanBoard {version} · A3 {id} · tulostettu {date} klo {time}</source>
        <translation>LeanBoard {version} · A3 {id} · printed {date} at {time}</translation>
    </message>
    <message>
        <source>sivu {page}/{pages}</source>
        <translation>page {page}/{pages}</translation>
    </message>
    <message>
        <source>▶ jatkuu sivulla {page}</source>
        <translation>▶ continues on page {page}</translation>
    </message>
    <message>
        <source>A3: {title}</source>
        <translation>A3: {title}</translation>
    </message>
    <message>
        <source>A3-raportti {id}, {board}</source>
        <translation>A3 report {id}, {board}</translation>
    </message>
</context>
<context>
    <name>A3WallView</name>
    <message>
        <source>Vaihe</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>✕ Sulje</source>
        <translation>✕ Close</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Mitä</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kuka</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>+ Lisää toimenpide</source>
        <translation>+ Add action</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Rivi poistuu suunnitelmasta; sen sisältö jää A3:n muutoshistoriaan.</source>
        <translation>The row leaves the plan; its content stays in the A3&apos;s change history.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Tietokantaa ei voi avata: {url}</source>
        <translation>Cannot open the database: {url}</translation>
    </message>
    <message>
        <source> — esittelyaineisto</source>
        <translation> — demo data</translation>
    </message>
</context>
<context>
    <name>BoardImport</name>
    <message>
        <source>ylempi taulu ”{parent}” ei ole kelvollinen tunnus.</source>
        <translation>parent board “{parent}” is not a valid code.</translation>
    </message>
    <message>
        <source>tuntematon taso ”{kind}” (sallitut: team, unit, area, organisation).</source>
        <translation>unknown tier “{kind}” (allowed: team, unit, area, organisation).</translation>
    </message>
    <message>
        <source>tunnus {code} on jo rivillä {row}.</source>
        <translation>code {code} is already on row {row}.</translation>
    </message>
    <message>
        <source>tiedostossa ei ole yhtään taulua.</source>
        <translation>the file holds no boards.</translation>
    </message>
    <message>
        <source>kehä: taulu olisi itsensä yläpuolella ({loop}).</source>
        <translation>cycle: the board would be above itself ({loop}).</translation>
    </message>
    <message>
        <source>tunnus {code} on jo käytössä tietokannassa.</source>
        <translation>code {code} is already in use in the database.</translation>
    </message>
    <message>
        <source>ylempää taulua {parent} ei ole tiedostossa eikä tietokannassa.</source>
        <translation>parent board {parent} is neither in the file nor in the database.</translation>
    </message>
    <message>
        <source>ylempi taulu {parent} on arkistoitu.</source>
        <translation>parent board {parent} is archived.</translation>
    </message>
</context>
<context>
    <name>BoardListsDialog</name>
    <message>
        <source>Taulun sisältö — %1</source>
        <translation>Board contents — %1</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>T&amp;aulu</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Kehitysideat…</source>
        <translation>&amp;Improvement ideas…</translation>
    </message>
    <message>
        <source>&amp;Ongelmat…</source>
        <translation>&amp;Problems…</translation>
    </message>
    <message>
        <source>&amp;Turvallisuustapahtumat…</source>
        <translation>&amp;Safety events…</translation>
    </message>
    <message>
        <source>&amp;Mittarit ja tavoitteet…</source>
        <translation>&amp;Measures and goals…</translation>
    </message>
    <message>
        <source>Kirjaa mittarin &amp;arvo…</source>
        <translation>Record a measure &amp;value…</translation>
    </message>
    <message>
        <source>Tuo mittariarvot CSV-tiedostosta…</source>
        <translation>Import measure values from a CSV file…</translation>
    </message>
    <message>
        <source>Tuo asiakaspalaute (NPS) CSV-tiedostosta…</source>
        <translation>Import customer feedback (NPS) from a CSV file…</translation>
    </message>
    <message>
        <source>Taulun &amp;muutoshistoria…</source>
        <translation>Board change &amp;history…</translation>
    </message>
    <message>
        <source>Taulun a&amp;setukset…</source>
        <translation>Board &amp;settings…</translation>
    </message>
</context>
<context>
    <name>BoardPages</name>
    <message>
        <source>Tänään</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Kehittäminen</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Boards below</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Taulun asetukset: %1</source>
        <translation>Board settings: %1</translation>
    </message>
    <message>
        <source>Päivän tai tiimin fiilislukuja ei näytetä, jos vastaajia on tätä vähemmän: pienestä joukosta yksittäisen työntekijän arvion voisi päätellä. Valtion VMBaro-kysely käyttää rajana viittä vastaajaa; alin sallittu on 3.</source>
        <translation>The day&apos;s or team&apos;s mood figures are not shown when fewer people have answered: in a small group one employee&apos;s rating could be deduced. The state&apos;s VMBaro survey uses five respondents as its limit; the lowest allowed is 3.</translation>
    </message>
    <message>
        <source>Vain ylläpitäjä (rooli admin) voi muuttaa tätä.</source>
        <translation>Only an administrator (role admin) can change this.</translation>
    </message>
    <message>
        <source>– ei ylempää taulua (ylimmäksi) –</source>
        <translation>– no parent board (at the top) –</translation>
    </message>
    <message>
        <source>PIN on asetettu — kirjoita uusi vaihtaaksesi (%1 numeroa)</source>
        <translation>A PIN is set — type a new one to change it (%1 digits)</translation>
    </message>
    <message>
        <source>Ei asetettu — kirjoita %1 numeroa</source>
        <translation>Not set — type %1 digits</translation>
    </message>
    <message>
        <source>Tarvitaan PIN-koodin vaihtamiseen tai poistamiseen</source>
        <translation>Needed to change or remove the PIN</translation>
    </message>
    <message>
        <source>Kirjoita nykyinen PIN-koodi: ilman sitä PIN-koodia ei voi vaihtaa.</source>
        <translation>Type the current PIN: without it the PIN cannot be changed.</translation>
    </message>
    <message>
        <source>PIN-koodit eivät ole samat: kirjoita sama PIN-koodi kahdesti.</source>
        <translation>The PINs do not match: type the same PIN twice.</translation>
    </message>
    <message>
        <source>Taulun asetukset</source>
        <translation>Board settings</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Code *</translation>
    </message>
    <message>
        <source>esim. TUU-AKUUTTI</source>
        <translation>e.g. TUU-AKUUTTI</translation>
    </message>
    <message>
        <source>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</source>
        <translation>A short unique code by which the command line and imports find the board.</translation>
    </message>
    <message>
        <source>&amp;Ylempi taulu</source>
        <translation>Board &amp;above</translation>
    </message>
    <message>
        <source>Nykyinen P&amp;IN-koodi</source>
        <translation>Current P&amp;IN</translation>
    </message>
    <message>
        <source>PIN-koodin vaihtaminen tai poistaminen vaatii nykyisen PIN-koodin, ellei sinulla ole taulun vetäjän roolia.</source>
        <translation>Changing or removing the PIN needs the current PIN unless you have the board leader&apos;s role.</translation>
    </message>
    <message>
        <source>Uusi &amp;PIN-koodi</source>
        <translation>New &amp;PIN</translation>
    </message>
    <message>
        <source>E&amp;hdota 6 numeroa</source>
        <translation>Su&amp;ggest 6 digits</translation>
    </message>
    <message>
        <source>Arpoo 6-numeroisen PIN-koodin ja näyttää sen, jotta voit kirjoittaa sen muistiin.</source>
        <translation>Draws a random 6-digit PIN and shows it so that you can note it down.</translation>
    </message>
    <message>
        <source>Uusi PIN-koodi &amp;uudelleen</source>
        <translation>New PIN &amp;again</translation>
    </message>
    <message>
        <source>Poista PIN-ko&amp;odi (seinänäytön valikko aukeaa ilman sitä)</source>
        <translation>Rem&amp;ove the PIN (the wall screen&apos;s menu opens without it)</translation>
    </message>
    <message>
        <source>&amp;Vähimmäisryhmä</source>
        <translation>&amp;Minimum group</translation>
    </message>
    <message>
        <source> vastaajaa</source>
        <translation> respondents</translation>
    </message>
    <message>
        <source>&amp;Eskalaation odotusraja (h)</source>
        <translation>&amp;Escalation waiting limit (h)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ylemmälle tasolle eskaloitu ongelma, joka odottaa vastausta tätä kauemmin, nostetaan koontinäkymässä apua tarvitsevaksi (1–720 tuntia).</source>
        <translation>A problem escalated to the level above that waits for an answer longer than this is shown as needing help in the roll-up (1–720 hours).</translation>
    </message>
    <message>
        <source>Taululla näkyvät osiot</source>
        <translation>Sections shown on the board</translation>
    </message>
</context>
<context>
    <name>BoardTreeActions</name>
    <message>
        <source>&amp;Uusi taulu tämän alle…</source>
        <translation>&amp;New board below this one…</translation>
    </message>
    <message>
        <source>Uusi &amp;ylin taulu…</source>
        <translation>New &amp;top-level board…</translation>
    </message>
    <message>
        <source>&amp;Nimeä uudelleen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Vaihda &amp;tunnus…</source>
        <translation>Change &amp;code…</translation>
    </message>
    <message>
        <source>&amp;Siirrä toisen taulun alle…</source>
        <translation>&amp;Move under another board…</translation>
    </message>
    <message>
        <source>&amp;Arkistoi taulu…</source>
        <translation>&amp;Archive board…</translation>
    </message>
    <message>
        <source>&amp;Palauta arkistoitu taulu…</source>
        <translation>Re&amp;store an archived board…</translation>
    </message>
    <message>
        <source>Tuo organisaatio CSV-tiedostosta…</source>
        <translation>Import the organisation from a CSV file…</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma ”%1” odottaa nyt taululla %2.</source>
        <translation>The escalated problem “%1” now waits at board %2.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma ”%1” palasi tiimille: ylempää taulua ei ole.</source>
        <translation>The escalated problem “%1” went back to the team: there is no board above.</translation>
    </message>
    <message>
        <source>Ylemmältä perityt tavoitteet, jotka eivät enää näy: %1</source>
        <translation>Goals handed down from above that no longer show: %1</translation>
    </message>
    <message>
        <source>Uudet perityt tavoitteet: %1</source>
        <translation>New goals handed down: %1</translation>
    </message>
    <message>
        <source>Taulu siirretty</source>
        <translation>Board moved</translation>
    </message>
    <message>
        <source>Arkistoidaanko taulu %1 (%2)? Se poistuu puusta, koonnista ja listoilta; mitään ei poisteta, ja sen voi palauttaa.</source>
        <translation>Archive board %1 (%2)? It leaves the tree, the roll-up and the lists; nothing is deleted, and it can be restored.</translation>
    </message>
    <message>
        <source>Arkistoi taulu</source>
        <translation>Archive board</translation>
    </message>
    <message>
        <source>Taulua ei arkistoitu</source>
        <translation>The board was not archived</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Valitse taulu.</source>
        <translation>Choose a board.</translation>
    </message>
    <message>
        <source>← Takaisin</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>✱ Mitä uutta</source>
        <translation>✱ What&apos;s new</translation>
    </message>
    <message>
        <source>Taulua ei voi näyttää</source>
        <translation>The board cannot be shown</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>taulun tunnus, esim. TUU-AKUUTTI</source>
        <translation>board code, e.g. TUU-AKUUTTI</translation>
    </message>
    <message>
        <source>lopeta heti, kun taulu on piirretty ensimmäisen kerran (käynnistysajan mittaus)</source>
        <translation>quit as soon as the board has been painted once (to time a start)</translation>
    </message>
    <message>
        <source>Tietokanta on ajan tasalla (skeema {schema}): {url}</source>
        <translation>The database is up to date (schema {schema}): {url}</translation>
    </message>
    <message>
        <source>Kopioitiin {count} riviä tietokantaan {target}.</source>
        <translation>Copied {count} rows to the database {target}.</translation>
    </message>
    <message>
        <source>kohdetietokanta (tyhjä), esim. postgresql://…</source>
        <translation>target database (empty), e.g. postgresql://…</translation>
    </message>
    <message>
        <source>Tietokannassa {url} on jo tauluja: demo luodaan vain tyhjään tietokantaan.</source>
        <translation>The database {url} already has boards: the demo is only created in an empty database.</translation>
    </message>
    <message>
        <source>Demo luotu tietokantaan {url}: {summary}</source>
        <translation>Demo created in the database {url}: {summary}</translation>
    </message>
    <message>
        <source>Avaa se komennolla: leanboard --demo</source>
        <translation>Open it with: leanboard --demo</translation>
    </message>
    <message>
        <source>demon koko</source>
        <translation>size of the demo</translation>
    </message>
    <message>
        <source>Anna kohdetiedosto valitsimella -o: tulostevirtaa ei ole.</source>
        <translation>Give the target file with -o: there is no standard output.</translation>
    </message>
    <message>
        <source>Vietiin {count} riviä tiedostoon {file}.</source>
        <translation>Exported {count} rows to the file {file}.</translation>
    </message>
    <message>
        <source>kohdetiedosto (oletus: vakiotuloste)</source>
        <translation>target file (default: standard output)</translation>
    </message>
    <message>
        <source>Tuotiin {count} riviä tiedostosta {file}.</source>
        <translation>Imported {count} rows from the file {file}.</translation>
    </message>
    <message>
        <source>export-data-komennon tekemä tiedosto</source>
        <translation>a file made by the export-data command</translation>
    </message>
    <message>
        <source>Valitsin -o on yhdelle taululle; käytä --all-valitsimen kanssa --out-dir.</source>
        <translation>The -o option is for one board; use --out-dir with --all.</translation>
    </message>
    <message>
        <source>Anna --all-valitsimen kanssa kohdekansio: --out-dir DIR.</source>
        <translation>Give a target folder with --all: --out-dir DIR.</translation>
    </message>
    <message>
        <source>Valitsin --overwrite on arkistolle: käytä sitä --all-valitsimen kanssa.</source>
        <translation>--overwrite is for the archive: use it with --all.</translation>
    </message>
    <message>
        <source>Kirjoitettiin {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>taulun tunnus, esim. OS2-AKUUTTI</source>
        <translation>board code, e.g. OS2-AKUUTTI</translation>
    </message>
    <message>
        <source>Ohitettiin {path}: tiedosto on jo olemassa (--overwrite korvaa sen).</source>
        <translation>Skipped {path}: the file exists already (--overwrite replaces it).</translation>
    </message>
    <message>
        <source>{action}: vain ylläpitäjä (rooli admin) tai tietokannan omistaja saa lukea koko tietokannan. Mitään ei kirjoitettu.</source>
        <translation>{action}: only an administrator (role admin) or the database owner may read the whole database. Nothing was written.</translation>
    </message>
    <message>
        <source>Tämä on täydellinen varmuuskopio: kaikki tiedot, myös fiiliksen äänimäärät päivittäin ja vielä näyttämättömät. Säilytä se kuten itse tietokanta.</source>
        <translation>This is the complete backup: all data, including the mood vote counts per day and those not yet shown. Keep it as you keep the database itself.</translation>
    </message>
    <message>
        <source>Tarkistussummat: {path}</source>
        <translation>Checksums: {path}</translation>
    </message>
    <message>
        <source>{env}=”{value}” ei ole päivämäärä (vvvv-kk-pp).</source>
        <translation>{env}=“{value}” is not a date (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>”{text}” ei ole ISO-viikko (esim. 2026-W47), last tai this</source>
        <translation>“{text}” is not an ISO week (e.g. 2026-W47), last or this</translation>
    </message>
    <message>
        <source>jokainen taulu omaan tiedostoonsa: DIR/2026-W47/CODE.pdf ja SHA256SUMS</source>
        <translation>each board into its own file: DIR/2026-W47/CODE.pdf and SHA256SUMS</translation>
    </message>
    <message>
        <source>ISO-viikko; last = viimeksi päättynyt viikko, this = kuluva viikko</source>
        <translation>ISO week; last = the week that ended most recently, this = the current week</translation>
    </message>
    <message>
        <source>kohdetiedosto (yksi taulu)</source>
        <translation>target file (one board)</translation>
    </message>
    <message>
        <source>kohdekansio</source>
        <translation>target folder</translation>
    </message>
    <message>
        <source>korvaa viikon kansiossa jo olevat PDF:t (--all)</source>
        <translation>replace the PDFs already in the week&apos;s folder (--all)</translation>
    </message>
    <message>
        <source>sivukoko</source>
        <translation>page size</translation>
    </message>
    <message>
        <source>Tuotiin {count} arvo {boards} taululle</source>
        <translation>Imported {count} value to {boards} boards</translation>
    </message>
    <message>
        <source>Tuotiin {count} arvoa {boards} taululle</source>
        <translation>Imported {count} values to {boards} boards</translation>
    </message>
    <message>
        <source> (uusia {new}, muuttuneita {changed}, ennallaan {same}).</source>
        <translation> (new {new}, changed {changed}, unchanged {same}).</translation>
    </message>
    <message>
        <source>sarakkeet board,measure,period,value</source>
        <translation>columns board,measure,period,value</translation>
    </message>
    <message>
        <source> Luotiin mittarit: {names}.</source>
        <translation> Measures created: {names}.</translation>
    </message>
    <message>
        <source>Tuotiin {count} vastaus taululle {board}</source>
        <translation>Imported {count} answer to the board {board}</translation>
    </message>
    <message>
        <source>Tuotiin {count} vastausta taululle {board}</source>
        <translation>Imported {count} answers to the board {board}</translation>
    </message>
    <message>
        <source>: NPS viikoittain {weeks}; kuukausittain {months}.</source>
        <translation>: NPS weekly {weeks}; monthly {months}.</translation>
    </message>
    <message>
        <source>sarakkeet date,score[,comment]</source>
        <translation>columns date,score[,comment]</translation>
    </message>
    <message>
        <source>taulu, jonka NPS-mittariin luvut tuodaan</source>
        <translation>the board whose NPS measure receives the figures</translation>
    </message>
    <message>
        <source>A3-raportin numero</source>
        <translation>number of the A3 report</translation>
    </message>
    <message>
        <source>kohdetiedosto tai -kansio</source>
        <translation>target file or folder</translation>
    </message>
    <message>
        <source>Käyttöoikeudet ovat käytössä tietokannassa {url} (skeema {schema}). Ryhmäroolit: {roles}.</source>
        <translation>Access control is on in database {url} (schema {schema}). Group roles: {roles}.</translation>
    </message>
    <message>
        <source>Roolille {role} tarvitaan taulu: --board CODE.</source>
        <translation>Role {role} needs a board: --board CODE.</translation>
    </message>
    <message>
        <source>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</source>
        <translation>The administrator role (admin) covers the whole database: no --board.</translation>
    </message>
    <message>
        <source>taululla {board}</source>
        <translation>on board {board}</translation>
    </message>
    <message>
        <source>kaikilla tauluilla</source>
        <translation>on every board</translation>
    </message>
    <message>
        <source>koko tietokannassa</source>
        <translation>in the whole database</translation>
    </message>
    <message>
        <source>Tunnukselle {login} annettiin rooli {role} {where}.</source>
        <translation>Login {login} was given role {role} {where}.</translation>
    </message>
    <message>
        <source>Tunnuksella {login} oli jo rooli {role} {where}.</source>
        <translation>Login {login} already had role {role} {where}.</translation>
    </message>
    <message>
        <source>Tunnuksella {login} ei ollut tällaista roolia: mitään ei poistettu.</source>
        <translation>Login {login} had no such role: nothing was removed.</translation>
    </message>
    <message>
        <source>Tunnukselta {login} poistettiin rooleja: {count}.</source>
        <translation>Roles removed from login {login}: {count}.</translation>
    </message>
    <message>
        <source>PostgreSQL-kirjautumistunnus</source>
        <translation>PostgreSQL login</translation>
    </message>
    <message>
        <source>wall, staff, leader, manager tai admin</source>
        <translation>wall, staff, leader, manager or admin</translation>
    </message>
    <message>
        <source>taulu (pakollinen rooleille wall, leader ja manager)</source>
        <translation>board (required for the roles wall, leader and manager)</translation>
    </message>
    <message>
        <source>vain tämä rooli (oletus: kaikki)</source>
        <translation>only this role (default: all)</translation>
    </message>
    <message>
        <source>vain tämän taulun rooli</source>
        <translation>only the role on this board</translation>
    </message>
    <message>
        <source>vain tämän taulun roolit</source>
        <translation>only the roles on this board</translation>
    </message>
    <message>
        <source>ylimmäksi</source>
        <translation>to the top</translation>
    </message>
    <message>
        <source>taulun {parent} alle</source>
        <translation>under board {parent}</translation>
    </message>
    <message>
        <source>Luotiin taulu {code} ({name}) {where}.</source>
        <translation>Created board {code} ({name}) {where}.</translation>
    </message>
    <message>
        <source>uuden taulun tunnus</source>
        <translation>the new board&apos;s code</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>name</translation>
    </message>
    <message>
        <source>ylempi taulu (oletus: ylimmäksi)</source>
        <translation>parent board (default: at the top)</translation>
    </message>
    <message>
        <source>taso (oletus team)</source>
        <translation>tier (default team)</translation>
    </message>
    <message>
        <source>Taulu {code} on jo siellä: mitään ei muutettu.</source>
        <translation>Board {code} is already there: nothing changed.</translation>
    </message>
    <message>
        <source>Taulu {code} siirrettiin {where} alatauluineen ({count} taulua).</source>
        <translation>Board {code} was moved {where} with the boards below it ({count} boards).</translation>
    </message>
    <message>
        <source>Taulu {code} siirrettiin {where}.</source>
        <translation>Board {code} was moved {where}.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma {id} ”{title}” odottaa nyt taululla {to}.</source>
        <translation>Escalated problem {id} “{title}” now waits at board {to}.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma {id} ”{title}” palasi tiimille.</source>
        <translation>Escalated problem {id} “{title}” went back to the team.</translation>
    </message>
    <message>
        <source>Perityt tavoitteet, jotka eivät enää näy: {names}</source>
        <translation>Goals handed down that no longer show: {names}</translation>
    </message>
    <message>
        <source>Uudet perityt tavoitteet: {names}</source>
        <translation>New goals handed down: {names}</translation>
    </message>
    <message>
        <source>siirrettävä taulu</source>
        <translation>the board to move</translation>
    </message>
    <message>
        <source>uusi ylempi taulu</source>
        <translation>new parent board</translation>
    </message>
    <message>
        <source>ylimmäksi (ei ylempää taulua)</source>
        <translation>to the top (no parent board)</translation>
    </message>
    <message>
        <source>Anna --name, --code tai molemmat.</source>
        <translation>Give --name, --code or both.</translation>
    </message>
    <message>
        <source>Taulu {old}: nyt {code} ({name}).</source>
        <translation>Board {old}: now {code} ({name}).</translation>
    </message>
    <message>
        <source>taulun nykyinen tunnus</source>
        <translation>the board&apos;s current code</translation>
    </message>
    <message>
        <source>uusi nimi</source>
        <translation>new name</translation>
    </message>
    <message>
        <source>uusi tunnus</source>
        <translation>new code</translation>
    </message>
    <message>
        <source>Taulu {code} arkistoitiin.</source>
        <translation>Board {code} was archived.</translation>
    </message>
    <message>
        <source>Taulu {code} palautettiin.</source>
        <translation>Board {code} was restored.</translation>
    </message>
    <message>
        <source>taulun tunnus</source>
        <translation>the board&apos;s code</translation>
    </message>
    <message>
        <source> (arkistoitu)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>puuna: alataulut sisennettyinä</source>
        <translation>as a tree: boards below indented</translation>
    </message>
    <message>
        <source>tulostemuoto</source>
        <translation>output format</translation>
    </message>
    <message>
        <source>myös arkistoidut taulut</source>
        <translation>archived boards too</translation>
    </message>
    <message>
        <source> Liitettiin olemassa oleviin: {codes}.</source>
        <translation> Attached to existing boards: {codes}.</translation>
    </message>
    <message>
        <source>Tuotiin {count} taulua tiedostosta {file}.</source>
        <translation>Imported {count} boards from {file}.</translation>
    </message>
    <message>
        <source>sarakkeet code,name,parent,kind</source>
        <translation>columns code,name,parent,kind</translation>
    </message>
    <message>
        <source>seinänäyttö yhdelle taululle (koko näyttö)</source>
        <translation>wall display for one board (full screen)</translation>
    </message>
    <message>
        <source>päivitä tietokannan rakenne</source>
        <translation>update the database structure</translation>
    </message>
    <message>
        <source>kopioi kaikki rivit toiseen tietokantaan</source>
        <translation>copy all rows into another database</translation>
    </message>
    <message>
        <source>luo esimerkkiorganisaatio</source>
        <translation>create an example organisation</translation>
    </message>
    <message>
        <source>täydellinen varmuuskopio JSON-tiedostoon (ylläpitäjälle; kaikki tiedot)</source>
        <translation>complete backup to a JSON file (for the administrator; all data)</translation>
    </message>
    <message>
        <source>tuo JSON-tiedosto tyhjään tietokantaan (kaikki tai ei mitään)</source>
        <translation>import a JSON file into an empty database (all or nothing)</translation>
    </message>
    <message>
        <source>viikkotaulu PDF-tiedostoksi (yksi taulu tai --all)</source>
        <translation>weekly board as a PDF file (one board or --all)</translation>
    </message>
    <message>
        <source>tuo mittarien arvot CSV-tiedostosta (kaikki tai ei mitään)</source>
        <translation>import measure values from a CSV file (all or nothing)</translation>
    </message>
    <message>
        <source>tuo asiakaspalautteen NPS CSV-tiedostosta taululle</source>
        <translation>import customer feedback NPS from a CSV file to a board</translation>
    </message>
    <message>
        <source>A3-raportti PDF-tiedostoksi (A3-vaakasivu)</source>
        <translation>A3 report as a PDF file (A3 landscape)</translation>
    </message>
    <message>
        <source>näytä voimassa olevat asetukset ja mistä kukin tulee</source>
        <translation>show the settings in force and where each comes from</translation>
    </message>
    <message>
        <source>luo ryhmäroolit ja säännöt (PostgreSQL; voi ajaa uudelleen)</source>
        <translation>create the group roles and rules (PostgreSQL; may run again)</translation>
    </message>
    <message>
        <source>anna kirjautumistunnukselle rooli</source>
        <translation>give a login a role</translation>
    </message>
    <message>
        <source>poista kirjautumistunnuksen rooli tai kaikki roolit</source>
        <translation>remove a login&apos;s role or all its roles</translation>
    </message>
    <message>
        <source>luettele roolit: tunnus, rooli, taulu</source>
        <translation>list the roles: login, role, board</translation>
    </message>
    <message>
        <source>lisää taulu (ylimmäksi tai toisen alle)</source>
        <translation>add a board (at the top or under another)</translation>
    </message>
    <message>
        <source>siirrä taulu alatauluineen toisen alle tai ylimmäksi</source>
        <translation>move a board with the boards below it under another or to the top</translation>
    </message>
    <message>
        <source>vaihda taulun nimi tai tunnus</source>
        <translation>change a board&apos;s name or code</translation>
    </message>
    <message>
        <source>arkistoi taulu (ei poista mitään)</source>
        <translation>archive a board (deletes nothing)</translation>
    </message>
    <message>
        <source>palauta arkistoitu taulu</source>
        <translation>restore an archived board</translation>
    </message>
    <message>
        <source>luettele taulut (teksti, CSV tai JSON)</source>
        <translation>list the boards (text, CSV or JSON)</translation>
    </message>
    <message>
        <source>tuo organisaatiopuu CSV-tiedostosta (kaikki tai ei mitään)</source>
        <translation>import the organisation tree from a CSV file (all or nothing)</translation>
    </message>
    <message>
        <source>tietokannan ylläpito (upgrade, copy)</source>
        <translation>database maintenance (upgrade, copy)</translation>
    </message>
    <message>
        <source>asetukset (show)</source>
        <translation>settings (show)</translation>
    </message>
    <message>
        <source>käyttöoikeudet PostgreSQL:ssä (setup, grant, revoke, list)</source>
        <translation>access control in PostgreSQL (setup, grant, revoke, list)</translation>
    </message>
    <message>
        <source>organisaation taulut (add, move, rename, archive, restore, list, import)</source>
        <translation>the organisation&apos;s boards (add, move, rename, archive, restore, list, import)</translation>
    </message>
    <message>
        <source>LeanBoard: päivittäisjohtamisen taulut. Ilman komentoa avautuu sovellus.</source>
        <translation>LeanBoard: daily management boards. Without a command the application opens.</translation>
    </message>
    <message>
        <source>tietokanta (oletus: asetukset, ks. leanboard config show; muuten SQLite-tiedosto käyttäjän kansiossa)</source>
        <translation>database (default: the settings, see leanboard config show; else a SQLite file in the user&apos;s folder)</translation>
    </message>
    <message>
        <source>avaa esimerkkitietokanta (luodaan ensimmäisellä kerralla)</source>
        <translation>open the example database (created the first time)</translation>
    </message>
    <message>
        <source>käyttöliittymän kieli (oletus: asetuksissa valittu, muuten fi)</source>
        <translation>user interface language (default: the one chosen in settings, else fi)</translation>
    </message>
    <message>
        <source>tarkista asennus: väliaikainen tietokanta, demo, seinätaulu ja PDF (ei ikkunaa)</source>
        <translation>check the installation: temporary database, demo, wall board and PDF (no window)</translation>
    </message>
    <message>
        <source>savutestin tulos myös tiedostoon (ikkunasovellus)</source>
        <translation>smoke test result also to a file (windowed build)</translation>
    </message>
    <message>
        <source>tallenna savutestin viikko-PDF tähän tiedostoon</source>
        <translation>keep the smoke test&apos;s weekly PDF in this file</translation>
    </message>
    <message>
        <source>komennot</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu, {count} virhettä: {problems}</source>
        <translation>The file was not imported, {count} errors: {problems}</translation>
    </message>
    <message>
        <source>Tietokantavirhe: {reason}</source>
        <translation>Database error: {reason}</translation>
    </message>
    <message>
        <source>Tiedostovirhe {file}: {reason}</source>
        <translation>File error {file}: {reason}</translation>
    </message>
    <message>
        <source>Tiedostovirhe: {reason}</source>
        <translation>File error: {reason}</translation>
    </message>
    <message>
        <source>Keskeytetty.</source>
        <translation>Interrupted.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>oletus</source>
        <translation>default</translation>
    </message>
    <message>
        <source>järjestelmän asetustiedosto</source>
        <translation>system settings file</translation>
    </message>
    <message>
        <source>käyttäjän asetustiedosto</source>
        <translation>user settings file</translation>
    </message>
    <message>
        <source>ympäristömuuttuja</source>
        <translation>environment variable</translation>
    </message>
    <message>
        <source>komentorivi</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>luettu</source>
        <translation>read</translation>
    </message>
    <message>
        <source>ei ole</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>Asetustiedosto {file} ei ole kelvollista TOMLia: {reason}</source>
        <translation>The settings file {file} is not valid TOML: {reason}</translation>
    </message>
    <message>
        <source>Asetustiedostoa {file} ei voi lukea: {reason}</source>
        <translation>The settings file {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Asetustiedostossa {file} on tuntematon asetus {key} (sallitut: {keys}).</source>
        <translation>The settings file {file} has an unknown setting {key} (allowed: {keys}).</translation>
    </message>
    <message>
        <source>Asetustiedostossa {file} asetuksen {key} arvon pitää olla teksti.</source>
        <translation>In the settings file {file} the value of {key} must be text.</translation>
    </message>
    <message>
        <source>Asetus {where} on tyhjä.</source>
        <translation>The setting {where} is empty.</translation>
    </message>
    <message>
        <source>Asetus {where}: kieli {value} ei ole mikään näistä: {languages}.</source>
        <translation>The setting {where}: the language {value} is none of these: {languages}.</translation>
    </message>
    <message>
        <source>Asetustiedostoon {file} ei voi kirjoittaa: {reason}</source>
        <translation>The settings file {file} cannot be written: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Joku muu ehti tallentaa ensin</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <source>Joku muu on muuttanut tätä kohdetta sillä välin.</source>
        <translation>Someone else has changed this in the meantime.</translation>
    </message>
    <message>
        <source>Vertaa versioita. Erot on merkitty ≠-merkillä. Kumpi versio jää voimaan? Kumpikaan ei katoa: korvattu versio jää kohteen muutoshistoriaan.</source>
        <translation>Compare the versions. Differences are marked with ≠. Which version stays? Neither is lost: the replaced version stays in the change history.</translation>
    </message>
    <message>
        <source>Kenttä</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Sinun versiosi</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Toisen tallentama</source>
        <translation>The other person&apos;s</translation>
    </message>
    <message>
        <source>Versiot eroavat</source>
        <translation>The versions differ</translation>
    </message>
    <message>
        <source>Palaa muokkaamaan</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <source>Pidä toisen versio</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <source>Tallenna minun versioni</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <source>Mitään ei tallenneta; tekstisi pysyy lomakkeella.</source>
        <translation>Nothing is saved; your text stays in the form.</translation>
    </message>
    <message>
        <source>Sinun muutoksesi hylätään.</source>
        <translation>Your changes are discarded.</translation>
    </message>
    <message>
        <source>Versiosi tallennetaan uuden version päälle; se jää historiaan.</source>
        <translation>Your version is saved over the new one; that one stays in the history.</translation>
    </message>
</context>
<context>
    <name>ControlChart</name>
    <message>
        <source>tavoite</source>
        <translation>target</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Rivi %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>… ja %1 muuta virheellistä riviä.</source>
        <translation>… and %1 more bad rows.</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu: %1 virheellistä riviä. Mitään ei tallennettu; korjaa rivit ja tuo tiedosto uudelleen.</source>
        <translation>The file was not imported: %1 bad rows. Nothing was stored; correct the rows and import the file again.</translation>
    </message>
    <message>
        <source>%1 arvoa tuotu: %2 uutta, %3 muuttunutta, %4 ennallaan.</source>
        <translation>%1 values imported: %2 new, %3 changed, %4 unchanged.</translation>
    </message>
    <message>
        <source>Taulut: %1</source>
        <translation>Boards: %1</translation>
    </message>
    <message>
        <source>%1 vastausta taululle %2: %3 viikkoa ja %4 kuukautta.</source>
        <translation>%1 answers for board %2: %3 weeks and %4 months.</translation>
    </message>
    <message>
        <source>Viimeisin viikko %1: NPS %2 (n = %3).</source>
        <translation>Latest week %1: NPS %2 (n = %3).</translation>
    </message>
    <message>
        <source>Luotiin mittarit: %1.</source>
        <translation>Measures created: %1.</translation>
    </message>
    <message>
        <source>%1 taulua tuotu: %2.</source>
        <translation>%1 boards imported: %2.</translation>
    </message>
    <message>
        <source>Liitetty olemassa oleviin tauluihin: %1.</source>
        <translation>Attached to existing boards: %1.</translation>
    </message>
    <message>
        <source>CSV-tiedosto (*.csv *.txt);;Kaikki (*)</source>
        <translation>CSV file (*.csv *.txt);;All (*)</translation>
    </message>
    <message>
        <source>Tuo mittariarvot CSV-tiedostosta</source>
        <translation>Import measure values from a CSV file</translation>
    </message>
    <message>
        <source>Tuodaan mittariarvoja…</source>
        <translation>Importing measure values…</translation>
    </message>
    <message>
        <source>Tuo asiakaspalaute (NPS) CSV-tiedostosta</source>
        <translation>Import customer feedback (NPS) from a CSV file</translation>
    </message>
    <message>
        <source>Tuodaan asiakaspalautetta…</source>
        <translation>Importing customer feedback…</translation>
    </message>
    <message>
        <source>Tuo organisaatio CSV-tiedostosta</source>
        <translation>Import the organisation from a CSV file</translation>
    </message>
    <message>
        <source>Tuodaan tauluja…</source>
        <translation>Importing boards…</translation>
    </message>
    <message>
        <source>Keskeytä</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Tuonti</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tuonti valmis</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Tuonti keskeytetty</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <source>Tuonti keskeytettiin: mitään ei tallennettu.</source>
        <translation>The import was stopped: nothing was saved.</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu</source>
        <translation>The file was not imported</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstiä (CSV), vaan jotain muuta.</source>
        <translation>the file is not text (CSV) but something else.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä: otsikkorivi puuttuu.</source>
        <translation>the file is empty: the header row is missing.</translation>
    </message>
    <message>
        <source>tiedosto on Excel-työkirja (.xlsx), ei CSV: tallenna se Excelissä muodossa ”CSV UTF-8 (pilkuin erotettu)”.</source>
        <translation>the file is an Excel workbook (.xlsx), not CSV: save it in Excel as “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>tiedoston UTF-16-merkistö on rikki.</source>
        <translation>the file&apos;s UTF-16 encoding is broken.</translation>
    </message>
    <message>
        <source>rivillä on yli {limit} merkin kenttä: tarkista, että jokainen lainausmerkki on suljettu ja erotin on oikea.</source>
        <translation>the row has a field of over {limit} characters: check that every quotation mark is closed and the separator is right.</translation>
    </message>
    <message>
        <source>rivi on yli {limit} merkkiä pitkä: tiedosto ei ole taulukko, jonka rivit LeanBoard voi tuoda.</source>
        <translation>the row is over {limit} characters long: the file is not a table whose rows LeanBoard can import.</translation>
    </message>
    <message>
        <source>tiedosto ei ole kelvollista UTF-8-merkistöä (tavu {byte}, ja tiedostossa on myös UTF-8-merkkejä): tallenna se uudelleen muodossa CSV UTF-8.</source>
        <translation>the file is not valid UTF-8 (byte {byte}, and the file also has UTF-8 characters): save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>tiedoston merkistö ei ole UTF-8 eikä Windows-1252 (tavu {byte}): tallenna se muodossa CSV UTF-8.</source>
        <translation>the file&apos;s encoding is neither UTF-8 nor Windows-1252 (byte {byte}): save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>sarake {column} on otsikkorivillä {count} kertaa.</source>
        <translation>the column {column} appears {count} times in the header row.</translation>
    </message>
    <message>
        <source> tai </source>
        <translation> or </translation>
    </message>
    <message>
        <source>otsikkorivillä ei ole saraketta {names}.</source>
        <translation>the header row has no column {names}.</translation>
    </message>
    <message>
        <source> (otsikkorivillä on: {shown}; erotin ”{delimiter}”)</source>
        <translation> (the header row has: {shown}; separator “{delimiter}”)</translation>
    </message>
    <message>
        <source>sarkain</source>
        <translation>tab</translation>
    </message>
    <message>
        <source> — desimaalipilkullinen luku pitää lainausmerkeissä, tai käytä erottimena ;-merkkiä</source>
        <translation> — put a number with a decimal comma in quotes, or use ; as the separator</translation>
    </message>
    <message>
        <source>rivillä on enemmän sarakkeita kuin otsikkorivillä{hint}.</source>
        <translation>the row has more columns than the header row{hint}.</translation>
    </message>
    <message>
        <source>tiedostossa on vain otsikkorivi: ei tuotavaa.</source>
        <translation>the file has only a header row: nothing to import.</translation>
    </message>
    <message>
        <source>sama taulu, mittari ja jakso ({period}) on jo rivillä {row}.</source>
        <translation>the same board, measure and period ({period}) is already on row {row}.</translation>
    </message>
    <message>
        <source>Taulu: tunnus puuttuu.</source>
        <translation>Board: code missing.</translation>
    </message>
    <message>
        <source>Mittari: nimi puuttuu.</source>
        <translation>Measure: name missing.</translation>
    </message>
    <message>
        <source>Jakso: arvo puuttuu.</source>
        <translation>Period: value missing.</translation>
    </message>
    <message>
        <source>Taulu {code} on arkistoitu.</source>
        <translation>The board {code} is archived.</translation>
    </message>
    <message>
        <source>Taulu: tuntematon taulu ”{code}”.</source>
        <translation>Board: unknown board “{code}”.</translation>
    </message>
    <message>
        <source>Taulu: taulu {code} on arkistoitu.</source>
        <translation>Board: the board {code} is archived.</translation>
    </message>
    <message>
        <source>Mittari: ”{name}” lasketaan taulun {code} turvallisuustapahtumista, sille ei tuoda arvoja.</source>
        <translation>Measure: “{name}” is counted from board {code}&apos;s safety events; no values are imported for it.</translation>
    </message>
    <message>
        <source>Mittari: taulu {code} näkee {count} mittaria nimeltä ”{name}” (oma ja ylemmän taulun): nimeä toinen uudelleen.</source>
        <translation>Measure: the board {code} sees {count} measures named “{name}” (its own and the parent board&apos;s): rename one of them.</translation>
    </message>
    <message>
        <source>ei mittareita</source>
        <translation>no measures</translation>
    </message>
    <message>
        <source>Mittari: taululla {code} ei ole mittaria ”{name}” (taululla: {shown}).</source>
        <translation>Measure: the board {code} has no measure “{name}” (the board has: {shown}).</translation>
    </message>
    <message>
        <source>Mittari {names} arkistoitiin tuonnin aikana: mitään ei tallennettu. Tuo tiedosto uudelleen.</source>
        <translation>The measure {names} was archived during the import: nothing was saved. Import the file again.</translation>
    </message>
    <message>
        <source>Päivämäärä: arvo puuttuu.</source>
        <translation>Date: value missing.</translation>
    </message>
    <message>
        <source>Arvosana: arvo puuttuu.</source>
        <translation>Score: value missing.</translation>
    </message>
    <message>
        <source>Taulun {code} NPS-mittarin jakso on päivä: NPS lasketaan viikoittain ja kuukausittain. Vaihda mittarin jaksoksi viikko tai kuukausi.</source>
        <translation>The NPS measure of the board {code} has the period day: NPS is calculated weekly and monthly. Change the measure&apos;s period to week or month.</translation>
    </message>
    <message>
        <source>Taulun {code} mittarin ”{name}” jakso ei ole kuukausi: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</source>
        <translation>The period of the measure “{name}” on the board {code} is not month: correct the measure&apos;s period or name before the NPS import.</translation>
    </message>
    <message>
        <source>Taulun {code} mittarin ”{name}” jakso ei ole viikko: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</source>
        <translation>The period of the measure “{name}” on the board {code} is not week: correct the measure&apos;s period or name before the NPS import.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>arvo ei voi olla negatiivinen.</source>
        <translation>the value cannot be negative.</translation>
    </message>
    <message>
        <source>osallistujamäärä ei voi olla negatiivinen.</source>
        <translation>the number of attendees cannot be negative.</translation>
    </message>
    <message>
        <source>arvon pitää olla vähintään 1 (annettu {value}).</source>
        <translation>the value must be at least 1 (given {value}).</translation>
    </message>
    <message>
        <source>tunnus ”{value}” ei kelpaa: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _.</source>
        <translation>the code “{value}” is not valid: 1–32 characters, capital letters, digits, - or _.</translation>
    </message>
    <message>
        <source>Tiedostoa {path} ei löydy.</source>
        <translation>The file {path} was not found.</translation>
    </message>
    <message>
        <source>Tiedostoa {path} ei voi lukea: {reason}.</source>
        <translation>The file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole UTF-8-tekstiä.</source>
        <translation>The file {path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole LeanBoardin vientitiedosto: arvot on sisäkkäin liian syvällä (rivi {line}).</source>
        <translation>The file {path} is not a LeanBoard export file: its values are nested too deeply (line {line}).</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole LeanBoardin vientitiedosto: yksi arvo on yli {size} merkkiä pitkä (rivi {line}).</source>
        <translation>The file {path} is not a LeanBoard export file: one value is over {size} characters long (line {line}).</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole kelvollista JSONia (rivi {line}, sarake {column}): tiedosto on rikki tai katkennut.</source>
        <translation>The file {path} is not valid JSON (line {line}, column {column}): the file is broken or cut short.</translation>
    </message>
    <message>
        <source>taulu {table} rivi {row}: </source>
        <translation>table {table} row {row}: </translation>
    </message>
    <message>
        <source>Tietoja ei tuotu</source>
        <translation>The data was not imported</translation>
    </message>
    <message>
        <source>Tiedosto {path} muuttui tuonnin aikana: mitään ei tallennettu. Tuo se uudelleen.</source>
        <translation>The file {path} changed during the import: nothing was stored. Import it again.</translation>
    </message>
    <message>
        <source>{action}: kohdetietokannassa on jo {boards} taulua. Tiedot voi siirtää vain tyhjään tietokantaan, jotta mitään ei kirjoiteta olemassa olevien tietojen päälle.</source>
        <translation>{action}: the target database already has {boards} boards. Data can only be moved into an empty database, so that nothing overwrites existing data.</translation>
    </message>
    <message>
        <source>{action}: kohdetietokanta ei ole tyhjä (rivejä: {rows}). Tiedot voi siirtää vain tyhjään tietokantaan.</source>
        <translation>{action}: the target database is not empty (rows: {rows}). Data can only be moved into an empty database.</translation>
    </message>
    <message>
        <source>tiedosto ei ole LeanBoardin vientitiedosto.</source>
        <translation>the file is not a LeanBoard export file.</translation>
    </message>
    <message>
        <source>tiedosto ei ole LeanBoardin vientitiedosto (format ≠ {format}).</source>
        <translation>the file is not a LeanBoard export file (format ≠ {format}).</translation>
    </message>
    <message>
        <source>tiedostomuodon versio {version} on tälle LeanBoardille tuntematon.</source>
        <translation>the file format version {version} is unknown to this LeanBoard.</translation>
    </message>
    <message>
        <source>skeeman tunniste {value} ei ole tekstiä.</source>
        <translation>the schema id {value} is not text.</translation>
    </message>
    <message>
        <source>tiedosto on tehty uudemmalla LeanBoardilla (skeema {schema}): päivitä LeanBoard.</source>
        <translation>the file was made by a newer LeanBoard (schema {schema}): update LeanBoard.</translation>
    </message>
    <message>
        <source>tiedostosta puuttuu taulujen rivit (tables).</source>
        <translation>the file has no table rows (tables).</translation>
    </message>
    <message>
        <source>tuntematon taulu {name}.</source>
        <translation>unknown table {name}.</translation>
    </message>
    <message>
        <source>rivien pitää olla lista.</source>
        <translation>the rows must be a list.</translation>
    </message>
    <message>
        <source>rivin pitää olla JSON-olio.</source>
        <translation>the row must be a JSON object.</translation>
    </message>
    <message>
        <source>tuntematon sarake {name}.</source>
        <translation>unknown column {name}.</translation>
    </message>
    <message>
        <source>sarake {name}</source>
        <translation>column {name}</translation>
    </message>
    <message>
        <source>{label}: tunniste puuttuu.</source>
        <translation>{label}: id missing.</translation>
    </message>
    <message>
        <source>{label}: arvo puuttuu (pakollinen).</source>
        <translation>{label}: value missing (required).</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla true tai false.</source>
        <translation>{label}: the value must be true or false.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla kokonaisluku (annettu {value}).</source>
        <translation>{label}: the value must be a whole number (given {value}).</translation>
    </message>
    <message>
        <source>{label}: luku {value} on liian suuri.</source>
        <translation>{label}: the number {value} is too large.</translation>
    </message>
    <message>
        <source>{label}: tunnisteen pitää olla positiivinen.</source>
        <translation>{label}: the id must be positive.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla tekstiä.</source>
        <translation>{label}: the value must be text.</translation>
    </message>
    <message>
        <source>{label}: listan jokaisen kohdan pitää olla tekstiä.</source>
        <translation>{label}: every item of the list must be text.</translation>
    </message>
    <message>
        <source>{label}: jokaisen kohdan pitää olla lista tekstejä.</source>
        <translation>{label}: every item must be a list of texts.</translation>
    </message>
    <message>
        <source>{label}: JSON on sisäkkäin liian syvällä.</source>
        <translation>{label}: the JSON is nested too deeply.</translation>
    </message>
    <message>
        <source>{label}: tekstissä on NUL-merkki.</source>
        <translation>{label}: the text contains a NUL character.</translation>
    </message>
    <message>
        <source>PIN-tiiviste ei ole LeanBoardin muotoa (pbkdf2$suola$tiiviste).</source>
        <translation>The PIN hash is not in LeanBoard&apos;s form (pbkdf2$salt$hash).</translation>
    </message>
    <message>
        <source>{label}: teksti on liian pitkä.</source>
        <translation>{label}: the text is too long.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla JSON-lista.</source>
        <translation>{label}: the value must be a JSON list.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla JSON-olio.</source>
        <translation>{label}: the value must be a JSON object.</translation>
    </message>
    <message>
        <source>{label}: {value} ei ole päivämäärä (vvvv-kk-pp).</source>
        <translation>{label}: {value} is not a date (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>{label}: {value} ei ole aikaleima (vvvv-kk-ppThh:mm:ss).</source>
        <translation>{label}: {value} is not a timestamp (yyyy-mm-ddThh:mm:ss).</translation>
    </message>
    <message>
        <source>sama tunniste {id} kuin rivillä {row}.</source>
        <translation>the same id {id} as on row {row}.</translation>
    </message>
    <message>
        <source>sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.</source>
        <translation>the column {column} refers to row {value} in the table {table}, which does not exist.</translation>
    </message>
    <message>
        <source>{names} on sama kuin rivillä {row}.</source>
        <translation>{names} is the same as on row {row}.</translation>
    </message>
    <message>
        <source>sarake {name} muodostaa kehän.</source>
        <translation>the column {name} forms a cycle.</translation>
    </message>
    <message>
        <source>Lähde ja kohde ovat sama tietokanta.</source>
        <translation>The source and the target are the same database.</translation>
    </message>
    <message>
        <source>Tietokantaa ei kopioitu</source>
        <translation>The database was not copied</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Tallenna</source>
        <extracomment>(field key, Finnish label) in the order the conflict view lists them</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa lomakkeella — yritä hetken päästä uudelleen.</source>
        <translation>Cannot reach the database. Your text is kept in the form — try again in a moment.</translation>
    </message>
    <message>
        <source>Tekstisi on tallessa lomakkeella.</source>
        <translation>Your text is still in the form.</translation>
    </message>
    <message>
        <source>Lomakkeella on nyt toisen tallentama versio. Muutoksiasi ei tallennettu.</source>
        <translation>The form now shows the other person&apos;s version. Your changes were not saved.</translation>
    </message>
    <message>
        <source>Ei tallennettu. Tekstisi on tallessa; tallenna, kun olet valmis.</source>
        <translation>Not saved. Your text is kept; save when you are ready.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>rivi {row}: {reason}</source>
        <translation>row {row}: {reason}</translation>
    </message>
    <message>
        <source> (ja {count} muuta)</source>
        <translation> (and {count} more)</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu, {count} virheellistä riviä: {lines}</source>
        <translation>The file was not imported, {count} invalid rows: {lines}</translation>
    </message>
    <message>
        <source>Tuonti peruttiin: mitään ei tallennettu.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <source>Joku muu on muuttanut tätä kohdetta sillä välin. Valitse kumpi versio jää.</source>
        <translation>Someone else changed this item in the meantime. Choose which version to keep.</translation>
    </message>
    <message>
        <source>Käyttöoikeudet vaativat PostgreSQL-tietokannan. SQLite-tiedostossa tunnus on käyttöjärjestelmän käyttäjä ja rajana tiedoston omat käyttöoikeudet.</source>
        <translation>Access control needs a PostgreSQL database. With a SQLite file the identity is the operating system&apos;s user and the boundary is the file&apos;s own permissions.</translation>
    </message>
    <message>
        <source>Kirjautumistunnusta {login} ei ole PostgreSQL-palvelimella. IT luo sen ensin (CREATE ROLE … LOGIN), katso README.</source>
        <translation>There is no login {login} on the PostgreSQL server. IT creates it first (CREATE ROLE … LOGIN), see the README.</translation>
    </message>
    <message>
        <source>Käyttöoikeuksia ei ole otettu käyttöön tässä tietokannassa: tietokannan omistaja ajaa ensin komennon leanboard access setup.</source>
        <translation>Access control is not on in this database: the database owner first runs leanboard access setup.</translation>
    </message>
    <message>
        <source>Taulua tunnuksella {code} ei löydy.</source>
        <translation>No board with the code {code}.</translation>
    </message>
    <message>
        <source>{label} {id} ei löydy.</source>
        <translation>{label} {id} not found.</translation>
    </message>
    <message>
        <source>Yhteys tietokantaan katkesi tallennettaessa, eikä tiedetä, tallentuiko muutos. Tarkista tilanne, kun yhteys palaa.</source>
        <translation>The connection to the database broke while saving, and it is not known whether the change was saved. Check when the connection is back.</translation>
    </message>
    <message>
        <source>Levy on täynnä ({where}): muutosta ei tallennettu. Vapauta levytilaa (tai pyydä sitä IT-tuelta) ja yritä uudelleen.</source>
        <translation>The disk is full ({where}): the change was not saved. Free some disk space (or ask IT support to) and try again.</translation>
    </message>
    <message>
        <source>Tietokantaan ei ole kirjoitusoikeutta ({where}: {reason}): muutosta ei tallennettu. Tiedosto, kansio tai levy on vain luettavissa, tai käyttäjätunnukselta puuttuu oikeus; pyydä IT-tukea tarkistamaan oikeudet.</source>
        <translation>The database may not be written ({where}: {reason}): the change was not saved. The file, folder or disk is read-only, or the user name lacks the right; ask IT support to check the permissions.</translation>
    </message>
    <message>
        <source>Tietokanta on varattu toisen tallennuksen takia. Yritä hetken päästä uudelleen.</source>
        <translation>The database is busy with another save. Try again in a moment.</translation>
    </message>
    <message>
        <source>Tietokanta {where} on vioittunut ({reason}). Sitä ei käytetä, jottei vahinko leviä: ota käyttöön varmuuskopio (leanboard import-data uuteen tietokantaan) tai pyydä IT-tukea.</source>
        <translation>The database {where} is damaged ({reason}). It is not used, so that the damage does not spread: restore a backup (leanboard import-data into a new database) or ask IT support.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä ({reason}).</source>
        <translation>Cannot connect to the database ({reason}).</translation>
    </message>
    <message>
        <source>Tietokannan osoite ei kelpaa: {url}</source>
        <translation>Not a valid database address: {url}</translation>
    </message>
    <message>
        <source>Tietokantatiedosto {path} on verkkolevyllä. SQLite-tiedostoa ei voi jakaa verkkolevyn kautta turvallisesti: käytä usealle koneelle PostgreSQL-tietokantaa.</source>
        <translation>The database file {path} is on a network drive. An SQLite file cannot be shared safely over a network drive: use a PostgreSQL database for several computers.</translation>
    </message>
    <message>
        <source>Tietokantatiedosto {path} on tyhjä (0 tavua): se ei ole LeanBoardin tietokanta. Tarkista polku; uusi tietokanta tehdään vain tiedostoon, jota ei vielä ole.</source>
        <translation>The database file {path} is empty (0 bytes): it is not a LeanBoard database. Check the path; a new database is made only in a file that does not exist yet.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole SQLite-tietokanta (sen alku ei ole SQLiten). Tarkista polku.</source>
        <translation>The file {path} is not a SQLite database (it does not start as one). Check the path.</translation>
    </message>
    <message>
        <source>Tuntematon tietokanta: {name}</source>
        <translation>Unknown database: {name}</translation>
    </message>
    <message>
        <source>Tietokanta on uudemman LeanBoard-version tekemä (skeema {schema}). Päivitä LeanBoard tälle koneelle.</source>
        <translation>The database was made by a newer LeanBoard version (schema {schema}). Update LeanBoard on this computer.</translation>
    </message>
    <message>
        <source>Tietokannan rakenne on vanhempi kuin tämä LeanBoard (skeema {schema}), eikä tunnuksellasi voi päivittää sitä: tietokannan omistaja ajaa ensin leanboard db upgrade.</source>
        <translation>The database&apos;s structure is older than this LeanBoard (schema {schema}) and your login cannot upgrade it: the database owner first runs leanboard db upgrade.</translation>
    </message>
    <message>
        <source>PIN-koodin vaihtamiseen tai poistamiseen tarvitaan nykyinen PIN-koodi tai taulun vetäjän rooli. PIN-koodia ei muutettu.</source>
        <translation>Changing or removing the PIN needs the current PIN or the board leader&apos;s role. The PIN was not changed.</translation>
    </message>
    <message>
        <source>tietokannan versio</source>
        <translation>database version</translation>
    </message>
    <message>
        <source>taulut ja niiden asetukset</source>
        <translation>boards and their settings</translation>
    </message>
    <message>
        <source>PIN-koodit</source>
        <translation>PINs</translation>
    </message>
    <message>
        <source>mittarit ja tavoitteet</source>
        <translation>measures and goals</translation>
    </message>
    <message>
        <source>mittarien arvot</source>
        <translation>measure values</translation>
    </message>
    <message>
        <source>kaavioiden merkinnät</source>
        <translation>the charts&apos; notes</translation>
    </message>
    <message>
        <source>kaavioiden vaiheet</source>
        <translation>the charts&apos; phases</translation>
    </message>
    <message>
        <source>päivän fiilis</source>
        <translation>the day&apos;s mood</translation>
    </message>
    <message>
        <source>fiilisäänet</source>
        <translation>mood votes</translation>
    </message>
    <message>
        <source>kehitysideat</source>
        <translation>improvement ideas</translation>
    </message>
    <message>
        <source>ongelmat</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>eskalaatiot ja niiden vastaukset</source>
        <translation>escalations and their answers</translation>
    </message>
    <message>
        <source>tapahtumatyypit</source>
        <translation>event kinds</translation>
    </message>
    <message>
        <source>turvallisuustapahtumat</source>
        <translation>safety events</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3 reports</translation>
    </message>
    <message>
        <source>A3-toimenpiteet</source>
        <translation>A3 actions</translation>
    </message>
    <message>
        <source>palaverit</source>
        <translation>huddles</translation>
    </message>
    <message>
        <source>muutoshistoria</source>
        <translation>change history</translation>
    </message>
    <message>
        <source>käyttöoikeudet</source>
        <translation>access rights</translation>
    </message>
    <message>
        <source>Ei oikeutta: tunnuksen {login} rooli ei salli tätä ({what}). Mitään ei tallennettu.</source>
        <translation>Not allowed: the role of login {login} does not allow this ({what}). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Vie viikon PDF</source>
        <translation>Export the week&apos;s PDF</translation>
    </message>
    <message>
        <source>Yksi taulu</source>
        <translation>One board</translation>
    </message>
    <message>
        <source>Kaikki taulut (yksi tiedosto kustakin)</source>
        <translation>All boards (one file each)</translation>
    </message>
    <message>
        <source>Valitse…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Paperikoko</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Tiedosto tai kansio</source>
        <translation>File or folder</translation>
    </message>
    <message>
        <source>Vie PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Kansio</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>PDF-tiedosto</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Anna kansio, johon PDF:t kirjoitetaan.</source>
        <translation>Give the folder the PDFs are written to.</translation>
    </message>
    <message>
        <source>Kansiota ei ole: %1</source>
        <translation>No such folder: %1</translation>
    </message>
    <message>
        <source>Viedään PDF…</source>
        <translation>Exporting PDF…</translation>
    </message>
    <message>
        <source>Keskeytä</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>PDF viety</source>
        <translation>PDF exported</translation>
    </message>
    <message>
        <source>%1 PDF-tiedosto(a): %2</source>
        <translation>%1 PDF file(s): %2</translation>
    </message>
    <message>
        <source>Viikko</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Avaa PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Avaa kansio</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>PDF:ää ei voitu avata</source>
        <translation>The PDF could not be opened</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>Vienti keskeytetty</source>
        <translation>Export stopped</translation>
    </message>
    <message>
        <source>Vienti keskeytettiin; %1 PDF-tiedostoa ehdittiin kirjoittaa.</source>
        <translation>The export was stopped; %1 PDF files had been written.</translation>
    </message>
    <message>
        <source>PDF:ää ei viety</source>
        <translation>The PDF was not exported</translation>
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
        <translation>Improvement idea</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Toimenpide</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ylempi taulu</source>
        <translation>Parent board</translation>
    </message>
    <message>
        <source>Alkuperä</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Aloituspäivä</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Arvo</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Arvosana</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Desimaalit</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kalanruodon luokka</source>
        <translation>Fishbone category</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>SQDC-luokka</source>
        <translation>SQDC category</translation>
    </message>
    <message>
        <source>Saate</source>
        <translation>Covering note</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Taulun taso</source>
        <translation>Board level</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Vakavuus</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Vastauksen tyyppi</source>
        <translation>Answer type</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pysähtynyt idea (päiviä)</source>
        <translation>Stalled idea (days)</translation>
    </message>
    <message>
        <source>Merkintä</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kaavio</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Suhteutus</source>
        <translation>Rate per</translation>
    </message>
    <message>
        <source>Nimittäjä</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Tausta</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Nykytila</source>
        <translation>Current condition</translation>
    </message>
    <message>
        <source>Tavoitetila</source>
        <translation>Target condition</translation>
    </message>
    <message>
        <source>Juurisyyanalyysi</source>
        <translation>Root cause analysis</translation>
    </message>
    <message>
        <source>Vastatoimenpiteet</source>
        <translation>Countermeasures</translation>
    </message>
    <message>
        <source>Seuranta ja tulokset</source>
        <translation>Follow-up and results</translation>
    </message>
    <message>
        <source>Miksi? {n}</source>
        <translation>Why? {n}</translation>
    </message>
    <message>
        <source>Kalanruoto, {name}</source>
        <translation>Fishbone, {name}</translation>
    </message>
    <message>
        <source> (rivi {row})</source>
        <translation> (row {row})</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>symbolinen linkki</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>kansio</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>nimetty putki (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>laite</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>pistoke (socket)</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>muu</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>{path} ei ole tavallinen tiedosto vaan {kind}: sen tilalle ei kirjoiteta. Anna toinen tiedostonimi.</source>
        <translation>{path} is not a regular file but {kind}: it is not written over. Give another file name.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Tervetuloa LeanBoardiin</source>
        <translation>Welcome to LeanBoard</translation>
    </message>
    <message>
        <source>Tervetuloa! Tauluja ei ole vielä. Aloita yhdellä näistä:</source>
        <translation>Welcome! There are no boards yet. Start with one of these:</translation>
    </message>
    <message>
        <source>1. Luo ensimmäinen taulu</source>
        <translation>1. Create the first board</translation>
    </message>
    <message>
        <source>Esimerkiksi osastosi taulu; muut taulut lisäät myöhemmin Taulu-valikosta.</source>
        <translation>For example your ward&apos;s board; other boards are added later from the Board menu.</translation>
    </message>
    <message>
        <source>esim. Osasto 3, kotihoito</source>
        <translation>e.g. Ward 3, home care</translation>
    </message>
    <message>
        <source>esim. OS3 (lyhyt, yksilöllinen)</source>
        <translation>e.g. W3 (short, unique)</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Luo taulu</source>
        <translation>Create board</translation>
    </message>
    <message>
        <source>2. Tuo koko organisaatio CSV-tiedostosta</source>
        <translation>2. Import the whole organisation from a CSV file</translation>
    </message>
    <message>
        <source>Rivi kullekin taululle: tunnus, nimi, ylemmän taulun tunnus (tyhjä ylimmällä) ja taso, esimerkiksi OS3;Osasto 3;KY;tiimi.</source>
        <translation>A row for each board: code, name, the code of the board above (empty for the top one) and tier, for example W3;Ward 3;JA;team.</translation>
    </message>
    <message>
        <source>Valitse tiedosto ja tuo…</source>
        <translation>Choose a file and import…</translation>
    </message>
    <message>
        <source>3. Kokeile esittelyaineistolla</source>
        <translation>3. Try it with the demo</translation>
    </message>
    <message>
        <source>Kuvitteellinen kuntayhtymä ja 12 viikon historia. Aineisto jää tähän tietokantaan: älä valitse tätä, jos siihen kirjataan oikeita tietoja.</source>
        <translation>A fictional joint authority and 12 weeks of history. The data stays in this database: do not choose this if real data is kept in it.</translation>
    </message>
    <message>
        <source>Lopeta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Taulut tallentuvat tälle tietokoneelle (tiedosto %1). Jos useampi kone tai seinänäyttö käyttää samoja tauluja, pyydä ylläpitoa liittämään LeanBoard yhteiseen tietokantaan.</source>
        <translation>The boards are kept on this computer (file %1). If several computers or wall screens use the same boards, ask IT to connect LeanBoard to a shared database.</translation>
    </message>
    <message>
        <source>Taulut tallentuvat yhteiseen tietokantaan %1 palvelimella %2: kaikki siihen liitetyt koneet näkevät samat taulut.</source>
        <translation>The boards are kept in the shared database %1 on server %2: every computer connected to it sees the same boards.</translation>
    </message>
    <message>
        <source>Taulua ei luotu</source>
        <translation>The board was not created</translation>
    </message>
    <message>
        <source>Lataa esittelyaineisto</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>Ladataanko esittelyaineisto? Se lisää kuvitteellisia tauluja ja tietoja, jotka jäävät tähän tietokantaan.</source>
        <translation>Load the demo? It adds made-up boards and data that stay in this database.</translation>
    </message>
    <message>
        <source>Esittelyaineistoa ei ladattu</source>
        <translation>Demo data was not loaded</translation>
    </message>
</context>
<context>
    <name>Fishbone</name>
    <message>
        <source>Ihmiset</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Menetelmät</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Laitteet</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Ympäristö</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Materiaalit</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Johtaminen</source>
        <translation>Management</translation>
    </message>
</context>
<context>
    <name>FishboneEditor</name>
    <message>
        <source>Yksi syy riville</source>
        <translation>One cause per line</translation>
    </message>
</context>
<context>
    <name>FiveWhys</name>
    <message>
        <source>Miksi? %1</source>
        <translation>Why? %1</translation>
    </message>
    <message>
        <source>Miksi ongelma syntyy?</source>
        <translation>Why does the problem arise?</translation>
    </message>
    <message>
        <source>Miksi edellinen tapahtuu?</source>
        <translation>Why does the previous happen?</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>päivä</source>
        <translation>day</translation>
    </message>
    <message>
        <source>päivää</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Kaaviossa ei ole merkintöjä.</source>
        <translation>The chart has no notes.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Ei mittareita. Tavoitteet lisätään työpöytäversiossa.</source>
        <translation>No measures. Goals are added in the desktop version.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SQDC-luokka</source>
        <translation>SQDC category</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alkuperä</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Seuraus</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Periytyy</source>
        <translation>Inherited</translation>
    </message>
    <message>
        <source>Desimaalit</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ylempi taulu</source>
        <translation>Board above</translation>
    </message>
    <message>
        <source>Vähimmäisryhmä</source>
        <translation>Minimum group</translation>
    </message>
    <message>
        <source>Näkyvät osiot</source>
        <translation>Sections shown</translation>
    </message>
    <message>
        <source>Odottaa taululla</source>
        <translation>Waiting on board</translation>
    </message>
    <message>
        <source>Taululta</source>
        <translation>From board</translation>
    </message>
    <message>
        <source>Kumottu toiminto</source>
        <translation>Undone action</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yhdistetyt kirjaukset</source>
        <translation>Merged entries</translation>
    </message>
    <message>
        <source>Taululle</source>
        <translation>To board</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Vastauksen tyyppi</source>
        <translation>Kind of answer</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Arvo</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Rooli</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Luotu</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Muutettu</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Siirretty</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Arkistoitu</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Palautettu</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Eskaloitu</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Vastattu</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Arvo kirjattu</source>
        <translation>Value recorded</translation>
    </message>
    <message>
        <source>PIN-koodi vaihdettu</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>PIN-koodi poistettu</source>
        <translation>PIN removed</translation>
    </message>
    <message>
        <source>Rooli annettu</source>
        <translation>Role granted</translation>
    </message>
    <message>
        <source>Rooli poistettu</source>
        <translation>Role revoked</translation>
    </message>
    <message>
        <source>Kumottu</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Yhdistetty</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Päivän fiilis näytetty</source>
        <translation>Day&apos;s mood shown</translation>
    </message>
    <message>
        <source>taulu</source>
        <translation>board</translation>
    </message>
    <message>
        <source>fiiliskyselystä</source>
        <translation>from the mood poll</translation>
    </message>
    <message>
        <source>ongelma</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>tuonti</source>
        <translation>import</translation>
    </message>
    <message>
        <source>päätös</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>resurssi</source>
        <translation>resource</translation>
    </message>
    <message>
        <source>lähetetty ylemmäs</source>
        <translation>passed upwards</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Improvement idea</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Turvallisuustapahtuma</source>
        <translation>Safety event</translation>
    </message>
    <message>
        <source>Mittarin arvo</source>
        <translation>Measure value</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3 report</translation>
    </message>
    <message>
        <source>Palaveri</source>
        <translation>Huddle</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Mood</translation>
    </message>
    <message>
        <source>Käyttöoikeus</source>
        <translation>Access</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Muutoshistoria — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <source>Historia ei aukea</source>
        <translation>The history cannot be opened</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kuka / näyttö</source>
        <translation>Who / screen</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Mitä</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Muutos</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Palauta</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Palauttaa arkistoidun kohteen taululle.</source>
        <translation>Brings the archived item back to the board.</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kohde on arkistoitu: se ei näy taululla.</source>
        <translation>The item is archived: it is not shown on the board.</translation>
    </message>
    <message>
        <source>Palautus ei onnistunut</source>
        <translation>Restoring failed</translation>
    </message>
    <message>
        <source>Palautettu taululle.</source>
        <translation>Restored to the board.</translation>
    </message>
</context>
<context>
    <name>HuddleDoneDialog</name>
    <message>
        <source>Palaveri pidetty</source>
        <translation>Huddle held</translation>
    </message>
    <message>
        <source>Tämän päivän palaveri</source>
        <translation>Today&apos;s huddle</translation>
    </message>
    <message>
        <source>Kirjattu jo klo {time}: muuta osallistujia tai kestoa.</source>
        <translation>Already logged at {time}: change attendance or duration.</translation>
    </message>
    <message>
        <source>Montako osallistui?</source>
        <translation>How many took part?</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Kirjaa palaveri</source>
        <translation>Record the huddle</translation>
    </message>
    <message>
        <source>Tallenna muutos</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Cannot reach the database. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>HuddlePanel</name>
    <message>
        <source>Pidetty klo {time}, 1 osallistuja</source>
        <translation>Held at {time}, 1 attendee</translation>
    </message>
    <message>
        <source>Pidetty klo {time}, {n} osallistujaa</source>
        <translation>Held at {time}, {n} attendees</translation>
    </message>
    <message>
        <source>Päivittäispalaveri</source>
        <translation>Daily huddle</translation>
    </message>
    <message>
        <source>▶ Aloita</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>↺ Alusta</source>
        <translation>↺ Reset</translation>
    </message>
    <message>
        <source>✔ Palaveri pidetty</source>
        <translation>✔ Huddle held</translation>
    </message>
    <message>
        <source>❚❚ Tauko</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▲ Aika loppui</source>
        <translation>▲ Time is up</translation>
    </message>
    <message>
        <source>Käynnissä</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Tauolla</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Valmiina</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Palaveri kirjattu: {n} osallistujaa.</source>
        <translation>Huddle logged: {n} attending.</translation>
    </message>
    <message>
        <source>Päivän palaveri muutettu: {n} osallistujaa.</source>
        <translation>Today&apos;s huddle changed: {n} attending.</translation>
    </message>
    <message>
        <source>Tänään ei vielä kirjattu palaveria.</source>
        <translation>No huddle recorded yet today.</translation>
    </message>
</context>
<context>
    <name>IdeaCard</name>
    <message>
        <source>Tila: </source>
        <translation>Status: </translation>
    </message>
    <message>
        <source>Vastuu: </source>
        <translation>Owner: </translation>
    </message>
    <message>
        <source>Määräpäivä: </source>
        <translation>Due: </translation>
    </message>
    <message>
        <source>Kirjattu: </source>
        <translation>Recorded: </translation>
    </message>
    <message>
        <source>fiiliskyselystä</source>
        <translation>from the mood poll</translation>
    </message>
    <message>
        <source>Idea on valmis</source>
        <translation>The idea is done</translation>
    </message>
    <message>
        <source>Siirrä: </source>
        <translation>Move: </translation>
    </message>
    <message>
        <source>Joku muu ehti muuttaa ideaa toisella näytöllä. Tiedot on päivitetty — tarkista tila ja siirrä tarvittaessa uudelleen.</source>
        <translation>Someone else changed the idea on another screen. The data has been refreshed — check the status and move it again if needed.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Cannot reach the database. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Muokkaa kehitysideaa</source>
        <translation>Edit improvement idea</translation>
    </message>
    <message>
        <source>Uusi kehitysidea</source>
        <translation>New improvement idea</translation>
    </message>
    <message>
        <source>– ei luokkaa –</source>
        <translation>– no category –</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Improvement idea</translation>
    </message>
    <message>
        <source>&amp;Otsikko *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>Idea lyhyesti</source>
        <translation>The idea in brief</translation>
    </message>
    <message>
        <source>&amp;SQDC-luokka</source>
        <translation>&amp;SQDC category</translation>
    </message>
    <message>
        <source>&amp;Tila</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Person responsible</translation>
    </message>
    <message>
        <source>&amp;Määräpäivä</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>d.m.yyyy, e.g. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Mitä parannetaan ja miksi</source>
        <translation>What is improved and why</translation>
    </message>
    <message>
        <source>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</source>
        <translation>Do not write patients&apos; or clients&apos; names or personal identity codes: everyone sees the board.</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Ei kehitysideoita. Fiilis alle 8 kysyy idean; tiimin vetäjän koneella voi kirjata lisää.</source>
        <translation>No improvement ideas. A mood below 8 asks for one; more can be logged on the team leader&apos;s computer.</translation>
    </message>
    <message>
        <source>◔ ei edennyt</source>
        <translation>◔ not moved</translation>
    </message>
    <message>
        <source>♥ fiilis</source>
        <translation>♥ mood</translation>
    </message>
    <message>
        <source>”%1” siirretty: %2</source>
        <translation>“%1” moved: %2</translation>
    </message>
</context>
<context>
    <name>ItemColumn</name>
    <message>
        <source>+%1 lisää</source>
        <translation>+%1 more</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <source>Hae tekstistä…</source>
        <translation>Search text…</translation>
    </message>
    <message>
        <source>Vain myöhässä olevat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Näytä arkistoidut</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>&amp;Uusi…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Arkistoi</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Historia…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>&amp;Vie CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Kirjaa arvo…</source>
        <translation>&amp;Record value…</translation>
    </message>
    <message>
        <source>Kaavio ja &amp;merkinnät…</source>
        <translation>Chart and &amp;notes…</translation>
    </message>
    <message>
        <source>Kaikki</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Luettelo ei aukea</source>
        <translation>The list cannot be opened</translation>
    </message>
    <message>
        <source>%1 / %2 näkyvissä</source>
        <translation>%1 / %2 shown</translation>
    </message>
    <message>
        <source>&amp;Näytä…</source>
        <translation>&amp;Show…</translation>
    </message>
    <message>
        <source>&amp;Palauta</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Arkistoidaanko ”%1”? Se poistuu taululta, mutta sen voi palauttaa arkistoiduista.</source>
        <translation>Archive “%1”? It leaves the board but can be restored from the archived items.</translation>
    </message>
    <message>
        <source>Arkistoi</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Ei onnistunut</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Vie CSV-tiedostoon</source>
        <translation>Export to a CSV file</translation>
    </message>
    <message>
        <source>CSV-tiedosto (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Vienti ei onnistunut</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <source>Viety</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>%1 riviä tiedostoon %2</source>
        <translation>%1 rows to the file %2</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Otsikko</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Ikä (pv)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>Avoimia toimenpiteitä</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Myöhässä</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>arkistoitu</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Luokka</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>SQDC</source>
        <translation>SQDC</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Kirjattu</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Huom.</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Improvement ideas</translation>
    </message>
    <message>
        <source>Eskaloitu</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Ongelmat</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Seuraus</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lyhyt kuvaus</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Turvallisuustapahtumat</source>
        <translation>Safety events</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <source> (ylempi, vain luku)</source>
        <translation> (above, read-only)</translation>
    </message>
    <message>
        <source>Periytyy</source>
        <translation>Inherited</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Mittarit ja tavoitteet</source>
        <translation>Measures and goals</translation>
    </message>
    <message>
        <source>Tämän taulun</source>
        <translation>This board&apos;s</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta</source>
        <translation>From boards above</translation>
    </message>
    <message>
        <source>Kenen</source>
        <translation>Whose</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hae taulua nimellä tai tunnuksella</source>
        <translation>Find a board by name or code</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Käyttäjä %1 · yhden koneen tietokanta: käyttöoikeuksia ei tarkisteta</source>
        <translation>User %1 · single-PC database: access is not checked</translation>
    </message>
    <message>
        <source>⚠ Käyttöoikeudet eivät ole käytössä: jokainen tietokannan käyttäjä voi muuttaa kaikkea. IT ottaa ne käyttöön komennolla leanboard access setup.</source>
        <translation>⚠ Access control is off: every user of the database can change everything. IT turns it on with leanboard access setup.</translation>
    </message>
    <message>
        <source>Tunnus %1 · tietokannan omistaja: kaikki oikeudet</source>
        <translation>Login %1 · database owner: all rights</translation>
    </message>
    <message>
        <source>Tunnus %1 · tällä taululla: %2</source>
        <translation>Login %1 · on this board: %2</translation>
    </message>
    <message>
        <source>vetäjän oikeudet</source>
        <translation>leader&apos;s rights</translation>
    </message>
    <message>
        <source>kirjaus (fiilis, ideat, tapahtumat, palaverit)</source>
        <translation>recording (mood, ideas, events, huddles)</translation>
    </message>
    <message>
        <source>eskalaatioihin vastaaminen</source>
        <translation>answering escalations</translation>
    </message>
    <message>
        <source>ylläpito</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>vain luku</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Avaa &amp;seinänäkymä</source>
        <translation>Open the &amp;wall view</translation>
    </message>
    <message>
        <source>&amp;Päivitä</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Vie viikon &amp;PDF…</source>
        <translation>Export the week&apos;s &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;A3-raportit…</source>
        <translation>&amp;A3 reports…</translation>
    </message>
    <message>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Taulujen luettelo ei aukea</source>
        <translation>The list of boards cannot be opened</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>⇩ ylemmältä tasolta</source>
        <translation>⇩ from the level above</translation>
    </message>
    <message>
        <source>vastausten määrä viimeisimmässä luvussa</source>
        <translation>number of answers in the latest figure</translation>
    </message>
    <message>
        <source>ei tavoitetta</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>target</translation>
    </message>
    <message>
        <source>liian vähän pisteitä arvioon</source>
        <translation>too few points to judge yet</translation>
    </message>
</context>
<context>
    <name>MeasureChartDialog</name>
    <message>
        <source>Kaavio ja merkinnät</source>
        <translation>Chart and notes</translation>
    </message>
    <message>
        <source>Ajokaavio (mediaani)</source>
        <translation>Run chart (median)</translation>
    </message>
    <message>
        <source>Säätökaavio</source>
        <translation>Control chart</translation>
    </message>
    <message>
        <source>Jakso:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Merkintä:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>esim. PDSA 2: iltakierros klo 21</source>
        <translation>e.g. PDSA 2: evening round at 21:00</translation>
    </message>
    <message>
        <source>ei liitosta</source>
        <translation>no link</translation>
    </message>
    <message>
        <source>Lisää merkintä</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Aloita uusi vaihe tästä</source>
        <translation>Start a new phase here</translation>
    </message>
    <message>
        <source>Jäädytä perustaso tähän asti</source>
        <translation>Freeze the baseline up to here</translation>
    </message>
    <message>
        <source>Poista valittu merkintä</source>
        <translation>Remove the selected mark</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kaavio ei aukea</source>
        <translation>The chart does not open</translation>
    </message>
    <message>
        <source>Uusi vaihe alkaa {period}</source>
        <translation>New phase from {period}</translation>
    </message>
    <message>
        <source>Perustaso jäädytetty {period} asti ({n} pistettä)</source>
        <translation>Baseline frozen up to {period} ({n} points)</translation>
    </message>
    <message>
        <source>Mittarilla ei ole vielä arvoja, joihin merkitä.</source>
        <translation>The measure has no values to mark yet.</translation>
    </message>
    <message>
        <source>Merkintää ei tallennettu</source>
        <translation>The note was not saved</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Muokkaa tavoitetta</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>Uusi tavoite</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Kirjataan käsin</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Kaikki (läheltä piti ja haitat)</source>
        <translation>All (near misses and harm)</translation>
    </message>
    <message>
        <source>Lasketaan turvallisuustapahtumista: %1</source>
        <translation>Counted from safety events: %1</translation>
    </message>
    <message>
        <source>Tavoite on asetettu ylemmällä taululla (%1), ja se muutetaan siellä.</source>
        <translation>The goal is set on a board above (%1) and is changed there.</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta ei ole periytyviä tavoitteita.</source>
        <translation>No goals are inherited from the boards above.</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tavoite ja mittari</source>
        <translation>Goal and measure</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>esim. Ammattilaisen tavoittaa 5 minuutissa</source>
        <translation>e.g. A professional is reached within 5 minutes</translation>
    </message>
    <message>
        <source>&amp;Tavoite</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>esim. 80 tai 7,5</source>
        <translation>e.g. 80 or 7,5</translation>
    </message>
    <message>
        <source>&amp;Suunta</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>&amp;Yksikkö</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>esim. %, kpl, pv</source>
        <translation>e.g. %, pcs, days</translation>
    </message>
    <message>
        <source>&amp;Jakso</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Desimaalit</source>
        <translation>&amp;Decimals</translation>
    </message>
    <message>
        <source>&amp;Arvot</source>
        <translation>&amp;Values</translation>
    </message>
    <message>
        <source>Tavoite voi laskea arvonsa taulun turvallisuustapahtumista (esim. kaatumiset kuukaudessa): jokainen kirjattu tapahtuma näkyy siinä heti.</source>
        <translation>The goal can count its values from the board&apos;s safety events (e.g. falls per month): every event recorded shows in it at once.</translation>
    </message>
    <message>
        <source>&amp;Mitkä tapahtumat</source>
        <translation>&amp;Which events</translation>
    </message>
    <message>
        <source>Säätökaa&amp;vio</source>
        <translation>Control &amp;chart</translation>
    </message>
    <message>
        <source>Ajokaavio piirretään aina; tämä valitsee säätökaavion rajat ja MDC-kuvakkeet. P ja U tarvitsevat jokaiselle arvolle nimittäjän.</source>
        <translation>The run chart is always drawn; this picks the control chart&apos;s limits and the MDC icons. P and U need a denominator with every value.</translation>
    </message>
    <message>
        <source>S&amp;uhteutus</source>
        <translation>&amp;Rate per</translation>
    </message>
    <message>
        <source>U-kaavio: arvo per näin monta nimittäjän yksikköä, esim. 1000</source>
        <translation>U chart: the value per this many units of the denominator, e.g. 1000</translation>
    </message>
    <message>
        <source>esim. 1000</source>
        <translation>e.g. 1000</translation>
    </message>
    <message>
        <source>&amp;Periytyy alemmille tauluille (näkyy niillä vain luku -tavoitteena)</source>
        <translation>&amp;Inherited by the boards below (shown there read-only)</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta perityt tavoitteet (vain luku)</source>
        <translation>Goals inherited from the boards above (read-only)</translation>
    </message>
</context>
<context>
    <name>MeasureValueDialog</name>
    <message>
        <source>&amp;Viikko *</source>
        <translation>&amp;Week *</translation>
    </message>
    <message>
        <source>&amp;Kuukausi *</source>
        <translation>&amp;Month *</translation>
    </message>
    <message>
        <source>kuinka monesta arvo on prosenttiosuus, esim. 120 vastausta</source>
        <translation>how many the value is a percentage of, e.g. 120 answers</translation>
    </message>
    <message>
        <source>kuinka monta yksikköä arvo on per {rate}, esim. 2400 hoitopäivää</source>
        <translation>how many units the value is per {rate} of, e.g. 2400 bed days</translation>
    </message>
    <message>
        <source>Tämä tavoite lasketaan taulun turvallisuustapahtumista (turvallisuusristi): arvoa ei kirjata käsin.</source>
        <translation>This goal is counted from the board&apos;s safety events (the safety cross): no value is entered by hand.</translation>
    </message>
    <message>
        <source>Taululla ei ole mittareita.</source>
        <translation>The board has no measures.</translation>
    </message>
    <message>
        <source>Jakso: %1.</source>
        <translation>Period: %1.</translation>
    </message>
    <message>
        <source>Viimeisimmät arvot: %1</source>
        <translation>Latest values: %1</translation>
    </message>
    <message>
        <source>Jaksolla %1 on jo arvo %2; tallennus korvaa sen.</source>
        <translation>Period %1 already has the value %2; saving replaces it.</translation>
    </message>
    <message>
        <source>Valitse mittari.</source>
        <translation>Choose a measure.</translation>
    </message>
    <message>
        <source>Kirjaa mittarin arvo</source>
        <translation>Record a measure value</translation>
    </message>
    <message>
        <source>&amp;Mittari *</source>
        <translation>&amp;Measure *</translation>
    </message>
    <message>
        <source>&amp;Päivä *</source>
        <translation>&amp;Day *</translation>
    </message>
    <message>
        <source>esim. 24.11.2026</source>
        <translation>e.g. 24/11/2026</translation>
    </message>
    <message>
        <source>&amp;Jakso *</source>
        <translation>&amp;Period *</translation>
    </message>
    <message>
        <source>Viikoittaisen mittarin arvo kirjataan viikolle, kuukausittaisen kuukaudelle.</source>
        <translation>A weekly measure&apos;s value is entered for a week, a monthly one&apos;s for a month.</translation>
    </message>
    <message>
        <source>&amp;Arvo *</source>
        <translation>&amp;Value *</translation>
    </message>
    <message>
        <source>esim. 7,5</source>
        <translation>e.g. 7,5</translation>
    </message>
    <message>
        <source>&amp;Nimittäjä *</source>
        <translation>&amp;Denominator *</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Yritä uudelleen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>piilotettu: alle {n} vastausta — yksittäistä vastausta ei voi päätellä</source>
        <translation>hidden: fewer than {n} answers — no single answer can be worked out</translation>
    </message>
    <message>
        <source>näytetään kerralla palaverissa tai päivän päätyttyä — yksittäistä vastausta ei voi päätellä</source>
        <translation>shown all at once at the huddle or when the day is over — no single answer can be worked out</translation>
    </message>
    <message>
        <source>tämän päivän äänet näytetään kerralla palaverissa tai päivän päätyttyä, alle {n} vastauksen päivät ei lainkaan — yksittäistä vastausta ei voi päätellä</source>
        <translation>today&apos;s votes are shown all at once at the huddle or when the day is over, days with fewer than {n} answers not at all — no single answer can be worked out</translation>
    </message>
</context>
<context>
    <name>MoodPanel</name>
    <message>
        <source>Alle 8? Kirjaa kehitysidea!</source>
        <translation>Below 8? Log an improvement idea!</translation>
    </message>
    <message numerus="yes">
        <source>Fiilis %n</source>
        <translation>
            <numerusform>Mood %n</numerusform>
            <numerusform>Mood %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Kirjaa kehitysidea</source>
        <translation>Write an improvement idea</translation>
    </message>
    <message>
        <source>Näytä päivän fiilis</source>
        <translation>Show today&apos;s mood</translation>
    </message>
    <message>
        <source>Viikon keskiarvot päivittäin</source>
        <translation>The week&apos;s daily averages</translation>
    </message>
    <message>
        <source>Tällä tunnuksella ei äänestetä tällä taululla.</source>
        <translation>This login does not vote on this board.</translation>
    </message>
    <message>
        <source>Tänään %1 vastausta · keskiarvo %2</source>
        <translation>Today %1 answers · average %2</translation>
    </message>
    <message>
        <source>%1 uutta ääntä</source>
        <translation>%1 new votes</translation>
    </message>
    <message>
        <source>Tänään %1 ääntä annettu.</source>
        <translation>Today %1 votes given.</translation>
    </message>
    <message>
        <source>Tänään ei vielä ääniä.</source>
        <translation>No votes yet today.</translation>
    </message>
    <message>
        <source>Näytä päivän fiilis (%1/%2)</source>
        <translation>Show today&apos;s mood (%1/%2)</translation>
    </message>
    <message>
        <source>Fiilistä ei näytetty</source>
        <translation>Mood not shown</translation>
    </message>
    <message>
        <source>Kiitos vastauksestasi! ✔ Alle 8? Kirjaa kehitysidea.</source>
        <translation>Thank you for your answer! ✔ Below 8? Write an improvement idea.</translation>
    </message>
    <message>
        <source>Ääntä ei tallennettu</source>
        <translation>The vote was not saved</translation>
    </message>
    <message>
        <source>Ääni annettu.</source>
        <translation>Vote given.</translation>
    </message>
    <message>
        <source>⏳ Ääni odottaa tallennusta: tietokantaan ei juuri nyt saada yhteyttä.</source>
        <translation>⏳ The vote is waiting to be saved: the database cannot be reached right now.</translation>
    </message>
    <message>
        <source>Seuraava ääni %1 s kuluttua.</source>
        <translation>Next vote in %1 s.</translation>
    </message>
    <message>
        <source>Miltä tänään tuntuu? Napauta numeroa 0–10.</source>
        <translation>How do you feel today? Tap a number 0–10.</translation>
    </message>
</context>
<context>
    <name>MoveBoardDialog</name>
    <message>
        <source>Siirrä taulu: %1</source>
        <translation>Move board: %1</translation>
    </message>
    <message>
        <source>Taulu siirtyy alatauluineen. Sen historia, arvot ja ongelmat kulkevat mukana; ylemmältä tasolta perityt tavoitteet vaihtuvat uuden paikan mukaisiksi, ja vastausta odottavat eskalaatiot siirtyvät uudelle ylemmälle taululle.</source>
        <translation>The board moves with the boards below it. Its history, values and problems go with it; goals handed down from above change to those of its new place, and escalations waiting for an answer move to the new board above.</translation>
    </message>
    <message>
        <source>&amp;Uusi ylempi taulu</source>
        <translation>&amp;New parent board</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>– ylimmäksi (ei ylempää) –</source>
        <translation>– to the top (no parent) –</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>Uusi taulu</source>
        <translation>New board</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>esim. Osasto 3, kotihoito</source>
        <translation>e.g. Ward 3, home care</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Code *</translation>
    </message>
    <message>
        <source>esim. OS3 (lyhyt, yksilöllinen)</source>
        <translation>e.g. W3 (short, unique)</translation>
    </message>
    <message>
        <source>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</source>
        <translation>A short unique code by which the command line and imports find the board.</translation>
    </message>
    <message>
        <source>T&amp;aso</source>
        <translation>T&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Ylempi taulu</source>
        <translation>&amp;Parent board</translation>
    </message>
    <message>
        <source>– ylimmäksi (ei ylempää) –</source>
        <translation>– at the top (no parent) –</translation>
    </message>
</context>
<context>
    <name>NewsCard</name>
    <message>
        <source>◷ Idea ei ole edennyt {days} päivään: {title}</source>
        <translation>◷ Idea not moved for {days} days: {title}</translation>
    </message>
    <message>
        <source>⚠ Eskalaatio odottanut {hours} h tasolla {board}: {title}</source>
        <translation>⚠ Escalation waiting {hours} h at {board}: {title}</translation>
    </message>
    <message>
        <source>Uusi idea: {title}</source>
        <translation>New idea: {title}</translation>
    </message>
    <message>
        <source>Idea eteni {before} → {after}: {title}</source>
        <translation>Idea moved {before} → {after}: {title}</translation>
    </message>
    <message>
        <source>Uusi ongelma ({letter} {name}): {title}</source>
        <translation>New problem ({letter} {name}): {title}</translation>
    </message>
    <message>
        <source>✔ Ratkaistu: {title}</source>
        <translation>✔ Solved: {title}</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu tasolle {board}: {title}</source>
        <translation>⇧ Escalated to {board}: {title}</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu meille taululta {board}: {title}</source>
        <translation>⇧ Escalated to us from {board}: {title}</translation>
    </message>
    <message>
        <source>↓ Vastaus ylemmältä tasolta: {title} — {answer}</source>
        <translation>↓ Answer from above: {title} — {answer}</translation>
    </message>
    <message>
        <source>{severity}: {kind}</source>
        <translation>{severity}: {kind}</translation>
    </message>
    <message>
        <source>Tavoite {title}: {before} → {after}</source>
        <translation>Goal {title}: {before} → {after}</translation>
    </message>
    <message>
        <source>✎ Uusi merkintä kaaviossa: {note}</source>
        <translation>✎ New note on a chart: {note}</translation>
    </message>
    <message>
        <source>Mitä uutta edellisen palaverin jälkeen</source>
        <translation>What&apos;s new since the last huddle</translation>
    </message>
    <message>
        <source>Haetaan…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Uutisia ei saatu</source>
        <translation>Could not read what&apos;s new</translation>
    </message>
    <message>
        <source>Edellinen palaveri {date} klo {time}</source>
        <translation>Last huddle {date} at {time}</translation>
    </message>
    <message>
        <source>Palaveria ei ole kirjattu: viimeiset 7 päivää</source>
        <translation>No huddle logged: the last 7 days</translation>
    </message>
    <message>
        <source>Odottaa liian kauan</source>
        <translation>Waiting too long</translation>
    </message>
    <message>
        <source>Uutta</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Ei uutta edellisen palaverin jälkeen.</source>
        <translation>Nothing new since the last huddle.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Ei yhteyttä tietokantaan klo %1 alkaen — näytetään viimeisimmät tiedot</source>
        <translation>No connection to the database since %1 — showing the latest data</translation>
    </message>
    <message numerus="yes">
        <source>%n kirjaus(ta) odottaa tallennusta: se tallennetaan, kun yhteys palaa.</source>
        <translation>
            <numerusform>%n entry is waiting to be saved: it is saved when the connection returns.</numerusform>
            <numerusform>%n entries are waiting to be saved: they are saved when the connection returns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>⇧ Vaihto</source>
        <translation>⇧ Shift</translation>
    </message>
    <message>
        <source>välilyönti</source>
        <translation>space</translation>
    </message>
    <message>
        <source>Poista merkki</source>
        <translation>Delete character</translation>
    </message>
    <message>
        <source>↵ Enter</source>
        <translation>↵ Enter</translation>
    </message>
    <message>
        <source>⌄ Piilota</source>
        <translation>⌄ Hide</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Levy on täynnä: {path} jäi kirjoittamatta.</source>
        <translation>The disk is full: {path} was not written.</translation>
    </message>
    <message>
        <source>Levytila on käytetty loppuun: {path}.</source>
        <translation>The disk quota is used up: {path}.</translation>
    </message>
    <message>
        <source>Ei oikeutta kirjoittaa: {path}.</source>
        <translation>No permission to write: {path}.</translation>
    </message>
    <message>
        <source>Levylle ei voi kirjoittaa (vain luku): {path}.</source>
        <translation>The disk is read-only: {path}.</translation>
    </message>
    <message>
        <source>Kansiota tai tiedostoa ei löydy: {path}.</source>
        <translation>The folder or file does not exist: {path}.</translation>
    </message>
    <message>
        <source>Odottamaton virhe ({kind}). Mitään ei jätetty puolitiehen; yritä uudelleen, ja jos virhe toistuu, kerro ylläpidolle.</source>
        <translation>Unexpected error ({kind}). Nothing was left half done; try again, and if it happens again, tell your IT support.</translation>
    </message>
    <message>
        <source>Toiminto ei onnistunut</source>
        <translation>The action did not succeed</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Tiimin vetäjän PIN-koodi</source>
        <translation>Team leader&apos;s PIN</translation>
    </message>
    <message>
        <source>Anna tiimin vetäjän PIN-koodi</source>
        <translation>Enter the team leader&apos;s PIN</translation>
    </message>
    <message>
        <source>Poista numero</source>
        <translation>Delete digit</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Odota %1 s ennen seuraavaa yritystä.</source>
        <translation>Wait %1 s before the next try.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>tavoitteessa</source>
        <translation>on target</translation>
    </message>
    <message>
        <source>ei tavoitteessa</source>
        <translation>off target</translation>
    </message>
    <message>
        <source>ei tietoa</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>ei tapahtumia</source>
        <translation>no events</translation>
    </message>
    <message>
        <source>läheltä piti</source>
        <translation>near miss</translation>
    </message>
    <message>
        <source>haitta</source>
        <translation>harm</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>eskaloitu</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>tavallista vaihtelua</source>
        <translation>common-cause variation</translation>
    </message>
    <message>
        <source>erityissyy: parantunut (ylös)</source>
        <translation>special cause: improving (up)</translation>
    </message>
    <message>
        <source>erityissyy: parantunut (alas)</source>
        <translation>special cause: improving (down)</translation>
    </message>
    <message>
        <source>erityissyy: huolestuttava (ylös)</source>
        <translation>special cause: concerning (up)</translation>
    </message>
    <message>
        <source>erityissyy: huolestuttava (alas)</source>
        <translation>special cause: concerning (down)</translation>
    </message>
    <message>
        <source>vaihtelu: liian vähän pisteitä</source>
        <translation>variation: too few points</translation>
    </message>
    <message>
        <source>tavoite täyttyy joka kerta</source>
        <translation>target met every time</translation>
    </message>
    <message>
        <source>tavoite ei täyty ilman muutosta</source>
        <translation>target not met without a change</translation>
    </message>
    <message>
        <source>tavoite täyttyy vain joskus</source>
        <translation>target met only sometimes</translation>
    </message>
    <message>
        <source>varmuus: ei arvioitavissa</source>
        <translation>assurance: cannot tell yet</translation>
    </message>
    <message>
        <source>tavallinen vaihtelu</source>
        <translation>common cause</translation>
    </message>
    <message>
        <source>parantunut</source>
        <translation>improving</translation>
    </message>
    <message>
        <source>huolestuttava</source>
        <translation>concerning</translation>
    </message>
    <message>
        <source>liian vähän pisteitä</source>
        <translation>too few points</translation>
    </message>
    <message>
        <source>tavoite: aina</source>
        <translation>target: always</translation>
    </message>
    <message>
        <source>tavoite: ei täyty</source>
        <translation>target: not met</translation>
    </message>
    <message>
        <source>tavoite: joskus</source>
        <translation>target: sometimes</translation>
    </message>
    <message>
        <source>tavoite: –</source>
        <translation>target: –</translation>
    </message>
    <message>
        <source>Turvallisuus</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Laatu</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Saatavuus</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Kustannukset</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Uudet</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Suunnittele</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Toteuta</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Arvioi</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Vakiinnuta</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Valmiit</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Avoin</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ratkaistu</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Läheltä piti</source>
        <translation>Near miss</translation>
    </message>
    <message>
        <source>Haitta</source>
        <translation>Harm</translation>
    </message>
    <message>
        <source>Kaatuminen</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Lääkevirhe</source>
        <translation>Medication error</translation>
    </message>
    <message>
        <source>Uhka- tai vaaratilanne</source>
        <translation>Threat or danger situation</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Palvelualue</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tiimi</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Suurempi on parempi</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Pienempi on parempi</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Päivittäin</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Viikoittain</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Kuukausittain</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>XmR – mitattu arvo</source>
        <translation>XmR – a measured value</translation>
    </message>
    <message>
        <source>P – prosenttiosuus nimittäjästä</source>
        <translation>P – a percentage of the denominator</translation>
    </message>
    <message>
        <source>U – määrä nimittäjää kohden</source>
        <translation>U – a rate per the denominator</translation>
    </message>
    <message>
        <source>päivä</source>
        <translation>day</translation>
    </message>
    <message>
        <source>viikko</source>
        <translation>week</translation>
    </message>
    <message>
        <source>kuukausi</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Viikko {week} / {year}</source>
        <translation>Week {week} / {year}</translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <source>Päätös</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Resurssi</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Lähetä ylemmäs</source>
        <translation>Pass upwards</translation>
    </message>
    <message>
        <source>Palauta ohjeiden kanssa</source>
        <translation>Return with guidance</translation>
    </message>
    <message>
        <source>päätös</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>resurssi</source>
        <translation>resource</translation>
    </message>
    <message>
        <source>lähetetty ylemmäs</source>
        <translation>passed upwards</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>Saate ylemmälle tasolle (vapaaehtoinen)</source>
        <translation>Note for the tier above (optional)</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>⇧ Vahvista eskalointi</source>
        <translation>⇧ Confirm escalation</translation>
    </message>
    <message>
        <source>Vastaus tiimille</source>
        <translation>Answer to the team</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vastuu: </source>
        <translation>Owner: </translation>
    </message>
    <message>
        <source>Määräpäivä: </source>
        <translation>Due: </translation>
    </message>
    <message>
        <source>Tiimiltä: </source>
        <translation>From the team: </translation>
    </message>
    <message>
        <source>⇧ Eskaloi: </source>
        <translation>⇧ Escalate: </translation>
    </message>
    <message>
        <source>ylemmälle</source>
        <translation>upwards</translation>
    </message>
    <message>
        <source>Tilan ja eskaloinnin muuttaa taulun vetäjä.</source>
        <translation>The board&apos;s leader changes the status and escalates.</translation>
    </message>
    <message>
        <source>Eskalaatioon vastaa tämän tason esihenkilö (rooli manager).</source>
        <translation>The manager of this tier answers the escalation (role manager).</translation>
    </message>
    <message>
        <source>odotti</source>
        <translation>waited</translation>
    </message>
    <message>
        <source>odottanut</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>vastaus</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>Ratkaistua ongelmaa ei eskaloida.</source>
        <translation>A solved problem is not escalated.</translation>
    </message>
    <message>
        <source>Tällä taululla ei ole ylempää tasoa, jolle eskaloida.</source>
        <translation>This board has no level above to escalate to.</translation>
    </message>
    <message>
        <source>Odottaa jo vastausta tasolta </source>
        <translation>Already waiting for an answer from the level </translation>
    </message>
    <message>
        <source>Joku muu ehti muuttaa ongelmaa toisella näytöllä. Tiedot on päivitetty — tarkista ja yritä uudelleen.</source>
        <translation>Someone else changed the problem on another screen. The data has been refreshed — check and try again.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Cannot reach the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>Eskaloidaanko tasolle %1?</source>
        <translation>Escalate to %1?</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Muokkaa ongelmaa</source>
        <translation>Edit problem</translation>
    </message>
    <message>
        <source>Uusi ongelma</source>
        <translation>New problem</translation>
    </message>
    <message>
        <source>Ongelmaa ei ole eskaloitu.</source>
        <translation>The problem has not been escalated.</translation>
    </message>
    <message>
        <source>Ylemmän tason vastaus (%1, %2): %3</source>
        <translation>Answer from the level above (%1, %2): %3</translation>
    </message>
    <message>
        <source>Odottaa vastausta ylemmältä tasolta.</source>
        <translation>Waiting for an answer from the level above.</translation>
    </message>
    <message>
        <source>Eskaloi: %1</source>
        <translation>Escalate: %1</translation>
    </message>
    <message>
        <source>Joku muu muutti ongelmaa juuri. Tallenna tai sulje ja avaa uudelleen.</source>
        <translation>Someone else just changed the problem. Save, or close and open it again.</translation>
    </message>
    <message>
        <source>SQDC-ongelma</source>
        <translation>SQDC problem</translation>
    </message>
    <message>
        <source>&amp;Otsikko *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>Ongelma lyhyesti</source>
        <translation>The problem in brief</translation>
    </message>
    <message>
        <source>&amp;SQDC-luokka *</source>
        <translation>&amp;SQDC category *</translation>
    </message>
    <message>
        <source>T&amp;ila</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Person responsible</translation>
    </message>
    <message>
        <source>&amp;Määräpäivä</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>d.m.yyyy, e.g. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Mitä tapahtuu, missä ja kuinka usein</source>
        <translation>What happens, where and how often</translation>
    </message>
    <message>
        <source>Eskalointi ylemmälle taululle</source>
        <translation>Escalation to the board above</translation>
    </message>
    <message>
        <source>Saate ylemmälle tasolle (valinnainen)</source>
        <translation>Note to the level above (optional)</translation>
    </message>
    <message>
        <source>Eskaloi</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</source>
        <translation>Do not write patients&apos; or clients&apos; names or personal identity codes: everyone sees the board.</translation>
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
        <translation>Write down an improvement idea!</translation>
    </message>
    <message>
        <source>Mikä pieni asia parantaisi päivää? Älä kirjoita potilaan tai asiakkaan tietoja.</source>
        <translation>What small thing would make the day better? Do not write a patient&apos;s or client&apos;s details.</translation>
    </message>
    <message>
        <source>Idea lyhyesti</source>
        <translation>The idea in brief</translation>
    </message>
    <message>
        <source>Ohita</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Tallenna idea</source>
        <translation>Save idea</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Teksti on tallessa — yritä hetken päästä.</source>
        <translation>Cannot reach the database. The text is kept — try again in a moment.</translation>
    </message>
</context>
<context>
    <name>RenameBoardDialog</name>
    <message>
        <source>Vaihda taulun tunnus</source>
        <translation>Change the board&apos;s code</translation>
    </message>
    <message>
        <source>Komentorivi, ajastetut viennit ja tuonnit löytävät taulun tunnuksella: muuta ne käyttämään uutta tunnusta.</source>
        <translation>The command line, scheduled exports and imports find the board by its code: change them to use the new code.</translation>
    </message>
    <message>
        <source>Nimeä taulu uudelleen</source>
        <translation>Rename the board</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Code *</translation>
    </message>
</context>
<context>
    <name>RestoreBoardDialog</name>
    <message>
        <source>Palauta arkistoitu taulu</source>
        <translation>Restore an archived board</translation>
    </message>
    <message>
        <source>&amp;Arkistoitu taulu</source>
        <translation>&amp;Archived board</translation>
    </message>
    <message>
        <source>Palauta</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Arkistoituja tauluja ei ole.</source>
        <translation>There are no archived boards.</translation>
    </message>
    <message>
        <source>Valitse palautettava taulu.</source>
        <translation>Choose the board to restore.</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <source>Ylhäältä asetetut tavoitteet alaisilla tauluilla</source>
        <translation>Goals set from above on the boards below</translation>
    </message>
    <message>
        <source>MDC (NHS Making Data Count), lapsitaulun oma kaavio: ∼ tavallinen vaihtelu, H/L erityissyy ylös/alas (parantunut tai huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus · – liian vähän pisteitä</source>
        <translation>MDC (NHS Making Data Count), from the board&apos;s own chart: ∼ common cause, H/L special cause high/low (improving or concerning) · target P always met, F not met without a change, ? only sometimes · – too few points</translation>
    </message>
    <message>
        <source>Viikko {week}: jokainen luku kattaa taulun ja kaikki sen alla olevat; fiilis: näytettyjen äänten keskiarvo (niiden määrä suluissa). Ensin ne, jotka tarvitsevat apua: haitat, yli {limit} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Napauta riviä avataksesi taulun.</source>
        <translation>Week {week}: every figure covers the board and all below it; mood: the average of the votes shown (their number in brackets). First those that need help: harm, escalations waiting over {limit} h, behind their goals, huddles not held. Tap a row to open the board.</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Tarvitsee apua</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Mood</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Avoimet
ongelmat</source>
        <translation>Open
problems</translation>
    </message>
    <message>
        <source>Eskaloitu
meille</source>
        <translation>Escalated
to us</translation>
    </message>
    <message>
        <source>Turvallisuus
■ haitta ▲ läheltä piti</source>
        <translation>Safety
■ harm ▲ near miss</translation>
    </message>
    <message>
        <source>Ideat
valmiit</source>
        <translation>Ideas
done</translation>
    </message>
    <message>
        <source>Pysähtynyt
◔ idea ⚠ esk.</source>
        <translation>Stalled
◔ idea ⚠ esc.</translation>
    </message>
    <message>
        <source>Palaverit</source>
        <translation>Huddles</translation>
    </message>
    <message>
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} alla</source>
        <translation>{n} below</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>ei arvoa</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>{on}/{n} tavoitteessa</source>
        <translation>{on}/{n} on target</translation>
    </message>
    <message>
        <source>haitta {n}</source>
        <translation>harm {n}</translation>
    </message>
    <message>
        <source>eskalaatio yli rajan {n}</source>
        <translation>escalation over limit {n}</translation>
    </message>
    <message>
        <source>tavoitteesta jäljessä {n}</source>
        <translation>behind target {n}</translation>
    </message>
    <message>
        <source>palaveri puuttuu {n}</source>
        <translation>huddle missing {n}</translation>
    </message>
    <message>
        <source>ei huolia</source>
        <translation>no concerns</translation>
    </message>
    <message>
        <source>ei ääniä</source>
        <translation>no votes</translation>
    </message>
    <message>
        <source>Fiilis – ja +N: %1</source>
        <translation>Mood – and +N: %1</translation>
    </message>
    <message>
        <source>Tämän päivän äänet: %1</source>
        <translation>Today&apos;s votes: %1</translation>
    </message>
    <message>
        <source>pisin {h} h</source>
        <translation>longest {h} h</translation>
    </message>
    <message>
        <source>{n} yli {limit} h</source>
        <translation>{n} over {limit} h</translation>
    </message>
    <message>
        <source>vk</source>
        <translation>wk</translation>
    </message>
    <message>
        <source>kk</source>
        <translation>mo</translation>
    </message>
    <message>
        <source>viikko ■ {hw} ▲ {nw}, kuukausi ■ {hm} ▲ {nm}</source>
        <translation>week ■ {hw} ▲ {nw}, month ■ {hm} ▲ {nm}</translation>
    </message>
    <message>
        <source>puuttuu {n}</source>
        <translation>missing {n}</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>tavoite</source>
        <translation>target</translation>
    </message>
    <message>
        <source>mediaani</source>
        <translation>median</translation>
    </message>
    <message>
        <source>Ei vielä mittaustuloksia</source>
        <translation>No measurements yet</translation>
    </message>
    <message>
        <source>Muutosta arvioidaan, kun pisteitä on {n}</source>
        <translation>Change is judged once there are {n} points</translation>
    </message>
    <message>
        <source>◆ Ei-satunnainen muutos: </source>
        <translation>◆ Non-random change: </translation>
    </message>
    <message>
        <source>pitkä sarja</source>
        <translation>long run</translation>
    </message>
    <message>
        <source>liian vähän risteämiä</source>
        <translation>too few crossings</translation>
    </message>
    <message>
        <source>trendi</source>
        <translation>trend</translation>
    </message>
</context>
<context>
    <name>SafetyCrossView</name>
    <message>
        <source>napauta päivää: kirjaa tai katso tapahtumat.</source>
        <translation>tap a day: log or see its events.</translation>
    </message>
    <message>
        <source>napauta päivää: katso tapahtumat.</source>
        <translation>tap a day: see its events.</translation>
    </message>
    <message>
        <source>Ei kirjattuja haittatapahtumia</source>
        <translation>No harm events recorded</translation>
    </message>
    <message>
        <source>päivä edellisestä haittatapahtumasta</source>
        <translation>day since the last harm event</translation>
    </message>
    <message>
        <source>päivää edellisestä haittatapahtumasta</source>
        <translation>days since the last harm event</translation>
    </message>
    <message>
        <source>%1 kirjattu päivälle %2</source>
        <translation>%1 logged for %2</translation>
    </message>
</context>
<context>
    <name>SafetyDayCard</name>
    <message>
        <source>Mitä tapahtui %1?</source>
        <translation>What happened on %1?</translation>
    </message>
    <message>
        <source>Tämän päivän tapahtumat</source>
        <translation>This day&apos;s events</translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Ei kirjattuja tapahtumia.</source>
        <translation>No events logged.</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Poista (PIN)</source>
        <translation>Remove (PIN)</translation>
    </message>
    <message>
        <source>Tapahtumaa ei tallennettu</source>
        <translation>The event was not saved</translation>
    </message>
</context>
<context>
    <name>SafetyEventEditDialog</name>
    <message>
        <source>Muokkaa turvallisuustapahtumaa</source>
        <translation>Edit safety event</translation>
    </message>
    <message>
        <source>Kirjaa turvallisuustapahtuma</source>
        <translation>Record a safety event</translation>
    </message>
    <message>
        <source>Turvallisuustapahtuma</source>
        <translation>Safety event</translation>
    </message>
    <message>
        <source>&amp;Tapahtuma *</source>
        <translation>&amp;Event *</translation>
    </message>
    <message>
        <source>&amp;Seuraus *</source>
        <translation>&amp;Outcome *</translation>
    </message>
    <message>
        <source>&amp;Päivä *</source>
        <translation>&amp;Day *</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>d.m.yyyy, e.g. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Lyhyt kuvaus</source>
        <translation>&amp;Short description</translation>
    </message>
    <message>
        <source>Enintään 500 merkkiä, ei potilastietoja</source>
        <translation>At most 500 characters, no patient data</translation>
    </message>
    <message>
        <source>Ei potilaan tai asiakkaan tietoja. Tapahtuman yksityiskohdat kirjataan HaiProon.</source>
        <translation>No patient or client details. The details of the event go into HaiPro.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Asiakaslähtöiset tavoitteet</source>
        <translation>Client-centred goals</translation>
    </message>
    <message>
        <source>Työntekijöiden fiilis</source>
        <translation>Staff&apos;s mood</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Improvement ideas</translation>
    </message>
    <message>
        <source>Ongelmat ja haasteet (SQDC)</source>
        <translation>Problems and challenges (SQDC)</translation>
    </message>
    <message>
        <source>Turvallisuusristi</source>
        <translation>Safety cross</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3 reports</translation>
    </message>
    <message>
        <source>Päivittäispalaveri</source>
        <translation>Daily huddle</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Boards below</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <source>savutesti: {step} ok {time}</source>
        <translation>smoke test: {step} ok {time}</translation>
    </message>
    <message>
        <source>savutesti epäonnistui vaiheessa {step}: {reason}</source>
        <translation>smoke test failed at step {step}: {reason}</translation>
    </message>
    <message>
        <source>savutesti: kaikki ok {time}</source>
        <translation>smoke test: all ok {time}</translation>
    </message>
    <message>
        <source>resurssit</source>
        <translation>resources</translation>
    </message>
    <message>
        <source>tietokanta ja migraatiot</source>
        <translation>database and migrations</translation>
    </message>
    <message>
        <source>esittelyaineisto</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>seinätaulu</source>
        <translation>wall board</translation>
    </message>
    <message>
        <source>viikko-PDF</source>
        <translation>weekly PDF</translation>
    </message>
    <message>
        <source>siivous</source>
        <translation>clean-up</translation>
    </message>
    <message>
        <source>puuttuu {files}</source>
        <translation>missing: {files}</translation>
    </message>
    <message>
        <source>Qt:n oma käännös (qtbase_{lang}) puuttuu kansiosta {folder}</source>
        <translation>Qt&apos;s own translation (qtbase_{lang}) is missing from the folder {folder}</translation>
    </message>
    <message>
        <source>esittelyaineistossa ei ole tiimitaulua</source>
        <translation>the demo data has no team board</translation>
    </message>
    <message>
        <source>seinätaulu ei piirtynyt {seconds} sekunnissa</source>
        <translation>the wall board was not painted within {seconds} seconds</translation>
    </message>
    <message>
        <source>seinätaulun kuva {width}×{height}</source>
        <translation>wall board image {width}×{height}</translation>
    </message>
    <message>
        <source>seinätaulu on tyhjä ({count} väriä)</source>
        <translation>the wall board is blank ({count} colours)</translation>
    </message>
    <message>
        <source>{file} ei ala %PDF</source>
        <translation>{file} does not start with %PDF</translation>
    </message>
    <message>
        <source>{file}: {pages} sivua, odotettiin 1</source>
        <translation>{file}: {pages} pages, expected 1</translation>
    </message>
</context>
<context>
    <name>SqdcPanel</name>
    <message>
        <source>Ei avoimia ongelmia — uusi kirjataan tiimin vetäjän koneella.</source>
        <translation>No open problems — new ones are logged on the team leader&apos;s computer.</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu meille</source>
        <translation>⇧ Escalated to us</translation>
    </message>
    <message>
        <source>tiimiltä</source>
        <translation>from team</translation>
    </message>
    <message>
        <source>⚠ odottaa yli rajan</source>
        <translation>⚠ waiting past the limit</translation>
    </message>
    <message>
        <source>vastaus</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>odottanut {h} h</source>
        <translation>waiting {h} h</translation>
    </message>
    <message>
        <source>yli {limit} h</source>
        <translation>over {limit} h</translation>
    </message>
    <message>
        <source>”%1” eskaloitu: %2</source>
        <translation>“%1” escalated: %2</translation>
    </message>
</context>
<context>
    <name>TouchCard</name>
    <message>
        <source>Sulje</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>↶ Kumoa (%1 s)</source>
        <translation>↶ Undo (%1 s)</translation>
    </message>
    <message>
        <source>↶ Kumottu.</source>
        <translation>↶ Undone.</translation>
    </message>
    <message>
        <source>sitä on muutettu sillä välin toisella näytöllä.</source>
        <translation>it was changed on another screen meanwhile.</translation>
    </message>
    <message>
        <source>Ei kumottu: </source>
        <translation>Not undone: </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Viikko: ”{week}” ei ole ISO-viikko (esim. 2026-W47).</source>
        <translation>Week: “{week}” is not an ISO week (e.g. 2026-W47).</translation>
    </message>
    <message>
        <source>Jakso: ”{value}” ei ole päivä (2026-11-24), viikko (2026-W47) tai kuukausi (2026-11).</source>
        <translation>Period: “{value}” is not a day (2026-11-24), week (2026-W47) or month (2026-11).</translation>
    </message>
    <message>
        <source>Fiilis: arvon pitää olla kokonaisluku {low}–{high} (annettu {score}).</source>
        <translation>Mood: the value must be a whole number {low}–{high} (given {score}).</translation>
    </message>
    <message>
        <source>Vähimmäisryhmäkoko: arvon pitää olla {low}–100, jotta yksittäisen vastaajan fiilistä ei voi päätellä.</source>
        <translation>Minimum group size: the value must be {low}–100 so that no single respondent&apos;s mood can be inferred.</translation>
    </message>
    <message>
        <source>{label}: kenttä on pakollinen.</source>
        <translation>{label}: this field is required.</translation>
    </message>
    <message>
        <source>{label}: teksti on liian pitkä ({length} merkkiä, enintään {max_length}).</source>
        <translation>{label}: the text is too long ({length} characters, at most {max_length}).</translation>
    </message>
    <message>
        <source>{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.</source>
        <translation>{label}: the text contains a personal identity code. Patient or client identifying details may not be recorded on the board — remove the code and save again.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla luku.</source>
        <translation>{label}: the value must be a number.</translation>
    </message>
    <message>
        <source>{label}: arvo puuttuu.</source>
        <translation>{label}: value missing.</translation>
    </message>
    <message>
        <source>{label}: ”{value}” ei ole luku.</source>
        <translation>{label}: “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla äärellinen luku.</source>
        <translation>{label}: the value must be a finite number.</translation>
    </message>
    <message>
        <source>{label}: luku on liian suuri.</source>
        <translation>{label}: the number is too large.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla kokonaisluku {low}–{high}.</source>
        <translation>{label}: the value must be a whole number {low}–{high}.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla {low}–{high} (annettu {number}).</source>
        <translation>{label}: the value must be {low}–{high} (given {number}).</translation>
    </message>
    <message>
        <source>{label}: ”{text}” ei ole päivämäärä (pp.kk.vvvv).</source>
        <translation>{label}: “{text}” is not a date (dd.mm.yyyy).</translation>
    </message>
    <message>
        <source>{label}: päivämäärän pitää olla vuosien 2000–2100 välillä.</source>
        <translation>{label}: the date must be between the years 2000 and 2100.</translation>
    </message>
    <message>
        <source>Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI).</source>
        <translation>Code: 1–32 characters, capital letters, digits, - or _ (e.g. TUU-ACUTE).</translation>
    </message>
    <message>
        <source>{label}: tuntematon arvo ”{value}” (sallitut: {allowed}).</source>
        <translation>{label}: unknown value “{value}” (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>5 x miksi: enintään {count} riviä.</source>
        <translation>5 whys: at most {count} rows.</translation>
    </message>
    <message>
        <source>Ongelmasta on jo A3-raportti: {title} (A3 {id}).</source>
        <translation>The problem already has an A3 report: {title} (A3 {id}).</translation>
    </message>
    <message>
        <source>Ideasta on jo A3-raportti: {title} (A3 {id}).</source>
        <translation>The idea already has an A3 report: {title} (A3 {id}).</translation>
    </message>
    <message>
        <source>Toimenpide ”{action}” on poistettu toisella näytöllä.</source>
        <translation>The action “{action}” was removed on another screen.</translation>
    </message>
    <message>
        <source>PIN-koodi: 4–8 numeroa.</source>
        <translation>PIN code: 4–8 digits.</translation>
    </message>
    <message>
        <source>Liian monta väärää PIN-koodia: odota {seconds} s.</source>
        <translation>Too many wrong PINs: wait {seconds} s.</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi. Seuraava yritys {seconds} s kuluttua.</source>
        <translation>Wrong PIN. Next try in {seconds} s.</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Tunnus {code} on jo käytössä.</source>
        <translation>The code {code} is already in use.</translation>
    </message>
    <message>
        <source>Ylempi taulu {code} on arkistoitu: palauta se ensin tai valitse toinen.</source>
        <translation>Parent board {code} is archived: restore it first or choose another.</translation>
    </message>
    <message>
        <source>Taulua {board} ei voi siirtää taulun {parent} alle: {parent} on sen oma alataulu tai se itse.</source>
        <translation>Board {board} cannot be moved under board {parent}: {parent} is below it or is the board itself.</translation>
    </message>
    <message>
        <source>Taulu {board} siirrettiin taulun {parent} alle: ongelma odottaa nyt siellä.</source>
        <translation>Board {board} was moved under board {parent}: the problem now waits there.</translation>
    </message>
    <message>
        <source>Taulu {board} siirrettiin ylimmäksi: ylempää tasoa ei ole, ongelma palasi tiimille.</source>
        <translation>Board {board} was moved to the top: there is no tier above, the problem went back to the team.</translation>
    </message>
    <message>
        <source>Tuntematon osio: {names}</source>
        <translation>Unknown section: {names}</translation>
    </message>
    <message>
        <source>Anna uusi nimi tai uusi tunnus.</source>
        <translation>Give a new name or a new code.</translation>
    </message>
    <message>
        <source>Taulun {board} alla on käytössä olevia tauluja ({codes}): arkistoi tai siirrä ne ensin.</source>
        <translation>Board {board} has boards in use below it ({codes}): archive or move them first.</translation>
    </message>
    <message>
        <source>Taulun {board} ylempi taulu {parent} on arkistoitu: palauta se ensin tai siirrä taulu toisen alle.</source>
        <translation>The parent board {parent} of board {board} is archived: restore it first or move the board under another.</translation>
    </message>
    <message>
        <source>Jakso {period} aloittaa jo uuden vaiheen.</source>
        <translation>The period {period} already starts a new phase.</translation>
    </message>
    <message>
        <source>Mittari {measure} ei kuulu taululle {board}.</source>
        <translation>The measure {measure} does not belong to the board {board}.</translation>
    </message>
    <message>
        <source>Mittari {measure} lasketaan turvallisuustapahtumista: arvoa ei kirjata käsin.</source>
        <translation>Measure {measure} is counted from safety events: no value is entered by hand.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei ole vielä alkanut, sille ei ole arvoa.</source>
        <translation>Period: {period} has not begun yet, it has no value.</translation>
    </message>
    <message>
        <source>Taululla {board} on jo mittari nimeltä ”{name}”.</source>
        <translation>The board {board} already has a measure called ”{name}”.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on päivä.</source>
        <translation>Period: {period} does not fit a measure whose period is day.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on viikko.</source>
        <translation>Period: {period} does not fit a measure whose period is week.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on kuukausi.</source>
        <translation>Period: {period} does not fit a measure whose period is month.</translation>
    </message>
    <message>
        <source>Ratkaistua ongelmaa ei voi eskaloida.</source>
        <translation>A solved problem cannot be escalated.</translation>
    </message>
    <message>
        <source>Taululla {board} ei ole ylempää taulua, jolle eskaloida.</source>
        <translation>The board {board} has no parent board to escalate to.</translation>
    </message>
    <message>
        <source>Eskalointia ei voi enää perua: siihen on jo vastattu.</source>
        <translation>The escalation can no longer be withdrawn: it has been answered.</translation>
    </message>
    <message>
        <source>Ongelma ei odota vastausta millään tasolla.</source>
        <translation>The problem is not waiting for an answer at any level.</translation>
    </message>
    <message>
        <source>Ylintä tasoa ylemmäs ei voi lähettää.</source>
        <translation>Nothing can be sent above the top level.</translation>
    </message>
    <message>
        <source>Eskalaation odotusraja: kokonaisluku 1–720 tuntia (annettu {hours}).</source>
        <translation>Escalation waiting limit: whole number 1–720 hours (given {hours}).</translation>
    </message>
    <message>
        <source>Päivä: tapahtumaa ei voi kirjata tulevalle päivälle.</source>
        <translation>Day: an event cannot be recorded for a future day.</translation>
    </message>
    <message>
        <source>Tuntematon tapahtumatyyppi: {code}</source>
        <translation>Unknown event type: {code}</translation>
    </message>
    <message>
        <source>Tapahtumatyypillä pitää olla tunnus ja nimi.</source>
        <translation>An event type needs a code and a name.</translation>
    </message>
    <message>
        <source>Tietokannassa on jo tauluja. Esittelyaineistoa ei lisätä olemassa olevien tietojen sekaan: käytä tyhjää tietokantaa.</source>
        <translation>The database already has boards. Demo data is not mixed with existing data: use an empty database.</translation>
    </message>
    <message>
        <source>Tietokannasta puuttuu vaaratapahtumien lajeja: {kinds}.</source>
        <translation>The database is missing safety event types: {kinds}.</translation>
    </message>
    <message>
        <source>Tuntematon esittelyaineiston koko ”{scale}” (sallitut: {allowed}).</source>
        <translation>Unknown demo data size “{scale}” (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>Tuntematon rooli {role}: {roles}.</source>
        <translation>Unknown role {role}: {roles}.</translation>
    </message>
    <message>
        <source>Roolille {role} tarvitaan taulu: --board CODE.</source>
        <translation>Role {role} needs a board: --board CODE.</translation>
    </message>
    <message>
        <source>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</source>
        <translation>The administrator role (admin) covers the whole database: no --board.</translation>
    </message>
    <message>
        <source>Päivän fiilistä ei voi vielä näyttää: uusia ääniä {given}, tarvitaan vähintään {needed}, jotta yksittäistä vastausta ei voi päätellä.</source>
        <translation>The day&apos;s mood cannot be shown yet: {given} new votes, at least {needed} are needed so that no single answer can be worked out.</translation>
    </message>
    <message>
        <source>Ääntä ei löydy: sitä ei ehkä tallennettu.</source>
        <translation>The vote was not found: it may not have been saved.</translation>
    </message>
    <message>
        <source>Palaverin kirjausta ei kumottu: sitä on muutettu sillä välin toisella näytöllä.</source>
        <translation>The huddle log was not undone: it was changed on another screen meanwhile.</translation>
    </message>
</context>
<context>
    <name>WallMenuDialog</name>
    <message>
        <source>Seinänäkymän asetukset</source>
        <translation>Wall view settings</translation>
    </message>
    <message>
        <source>Näytettävä taulu:</source>
        <translation>Board to show:</translation>
    </message>
    <message>
        <source>Näytä valittu taulu</source>
        <translation>Show the chosen board</translation>
    </message>
    <message>
        <source>Poistu seinänäkymästä</source>
        <translation>Leave the wall view</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Asetukset ja poistuminen (PIN-koodi)</source>
        <translation>Settings and exit (PIN)</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Asetukset eivät aukea</source>
        <translation>The settings cannot be opened</translation>
    </message>
    <message>
        <source>PIN-koodia ei voi tarkistaa</source>
        <translation>The PIN cannot be checked</translation>
    </message>
</context>
<context>
    <name>WeeklyPdf</name>
    <message>
        <source>Tavoitteet ja mittarit</source>
        <translation>Goals and measures</translation>
    </message>
    <message>
        <source>Henkilöstön fiilis</source>
        <translation>Staff&apos;s mood</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Improvement ideas</translation>
    </message>
    <message>
        <source>Päivittäispalaverit</source>
        <translation>Daily huddles</translation>
    </message>
    <message>
        <source>Turvallisuusristi</source>
        <translation>Safety cross</translation>
    </message>
    <message>
        <source>SQDC-ongelmat</source>
        <translation>SQDC problems</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3 reports</translation>
    </message>
    <message>
        <source>Tällä viikolla ei kirjauksia</source>
        <translation>Nothing recorded this week</translation>
    </message>
    <message>
        <source>Sivukoko: {size} ei käy (A4 tai A3).</source>
        <translation>Page size: {size} is not possible (A4 or A3).</translation>
    </message>
    <message>
        <source>{board} – viikko {week}/{year}</source>
        <translation>{board} – week {week}/{year}</translation>
    </message>
    <message>
        <source>Päivittäisjohtamisen taulu {code} {week}</source>
        <translation>Daily management board {code} {week}</translation>
    </message>
    <message>
        <source>… ja {count} muuta</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>ylempi taulu</source>
        <translation>board above</translation>
    </message>
    <message>
        <source>Tulostettu {date} klo {time}</source>
        <translation>Printed {date} at {time}</translation>
    </message>
    <message>
        <source>Päivittäisjohtamisen viikkotaulu</source>
        <translation>Daily management weekly board</translation>
    </message>
    <message>
        <source>sivu {page}/{pages}</source>
        <translation>page {page}/{pages}</translation>
    </message>
    <message>
        <source>Taululle ei kirjattu tällä viikolla mittariarvoja, fiilisääniä, kehitysideoita, ongelmia, turvallisuustapahtumia eikä palavereja.</source>
        <translation>No measure values, mood votes, improvement ideas, problems, safety events or huddles were recorded on the board this week.</translation>
    </message>
    <message>
        <source>Avoimia ongelmia viikon lopussa: {open} · A3-raportteja käynnissä: {a3s}</source>
        <translation>Open problems at the end of the week: {open} · A3 reports in progress: {a3s}</translation>
    </message>
    <message>
        <source>Taululla ei ole mittareita.</source>
        <translation>The board has no measures.</translation>
    </message>
    <message>
        <source>… ja {count} muuta mittaria (katso sovelluksesta)</source>
        <translation>… and {count} more measures (see the app)</translation>
    </message>
    <message>
        <source>Merkinnät kaavioissa</source>
        <translation>Notes on the charts</translation>
    </message>
    <message>
        <source>MDC (NHS Making Data Count): vaihtelu ∼ tavallinen, H/L erityissyy ylös/alas (sininen parantunut, oranssi huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus</source>
        <translation>MDC (NHS Making Data Count): variation ∼ common cause, H/L special cause high/low (blue improving, orange concerning) · target P always met, F not met without a change, ? only sometimes</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>target</translation>
    </message>
    <message>
        <source>mediaani</source>
        <translation>median</translation>
    </message>
    <message>
        <source>ei-satunnainen muutos</source>
        <translation>non-random change</translation>
    </message>
    <message>
        <source>vaihe</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>merkintä</source>
        <translation>note</translation>
    </message>
    <message>
        <source>viikon ka.</source>
        <translation>week avg.</translation>
    </message>
    <message>
        <source>viikko {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <source>ei arvoja</source>
        <translation>no values</translation>
    </message>
    <message>
        <source>ei vastauksia</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>Viikko: {average} ({n} vastausta)</source>
        <translation>Week: {average} ({n} answers)</translation>
    </message>
    <message>
        <source>ei vielä näytetty ({n} ääntä)</source>
        <translation>not shown yet ({n} votes)</translation>
    </message>
    <message>
        <source>piilotettu ({n} ääntä)</source>
        <translation>hidden ({n} votes)</translation>
    </message>
    <message>
        <source>, {n} piilotettu</source>
        <translation>, {n} hidden</translation>
    </message>
    <message>
        <source>Viikko: piilotettu ({n} ääntä)</source>
        <translation>Week: hidden ({n} votes)</translation>
    </message>
    <message>
        <source>Viikko: ei vastauksia</source>
        <translation>Week: no answers</translation>
    </message>
    <message>
        <source>Kehitysideoita fiiliskyselystä: {n}</source>
        <translation>Improvement ideas from the mood poll: {n}</translation>
    </message>
    <message>
        <source>Luvut näytetään kerralla, kun vastaajia on vähintään {n}.</source>
        <translation>The figures are shown all at once when at least {n} have answered.</translation>
    </message>
    <message>
        <source>uutta</source>
        <translation>new</translation>
    </message>
    <message>
        <source>siirtyi vaiheesta</source>
        <translation>moved on</translation>
    </message>
    <message>
        <source>valmistui</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Valmistuneet</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Uudet</source>
        <translation>New</translation>
    </message>
    <message>
        <source>palaveria pidetty</source>
        <translation>huddles held</translation>
    </message>
    <message>
        <source>osallistujaa keskim.</source>
        <translation>people on average</translation>
    </message>
    <message>
        <source>+N: uutta edellisestä palaverista (Mitä uutta), yhteensä {n}</source>
        <translation>+N: new since the previous huddle (What&apos;s new), {n} in all</translation>
    </message>
    <message>
        <source>Kesto keskimäärin {minutes} min</source>
        <translation>Average length {minutes} min</translation>
    </message>
    <message>
        <source>Lihavoitu reuna:</source>
        <translation>Bold border:</translation>
    </message>
    <message>
        <source>tämä viikko</source>
        <translation>this week</translation>
    </message>
    <message>
        <source>Päiviä edellisestä haitasta: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Days since the last harm: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ei kirjattuja haittoja.</source>
        <translation>No harms recorded.</translation>
    </message>
    <message>
        <source>Viikon tapahtumat ({n})</source>
        <translation>The week&apos;s events ({n})</translation>
    </message>
    <message>
        <source>läheltä piti</source>
        <translation>near miss</translation>
    </message>
    <message>
        <source>haitta</source>
        <translation>harm</translation>
    </message>
    <message>
        <source>uusia</source>
        <translation>new</translation>
    </message>
    <message>
        <source>avoinna</source>
        <translation>open</translation>
    </message>
    <message>
        <source>ratkaistu</source>
        <translation>solved</translation>
    </message>
    <message>
        <source>eskaloitu</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>Ei eskalointeja tällä viikolla.</source>
        <translation>No escalations this week.</translation>
    </message>
    <message>
        <source>Ei käynnissä olevia A3-raportteja.</source>
        <translation>No A3 reports in progress.</translation>
    </message>
    <message>
        <source>{n} avointa toimenpidettä</source>
        <translation>{n} open actions</translation>
    </message>
    <message>
        <source>tämän päivän äänet: {reason}</source>
        <translation>today&apos;s votes: {reason}</translation>
    </message>
    <message>
        <source>Fiiliksen – ja +N: {reasons}.</source>
        <translation>Mood – and +N: {reasons}.</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Boards below</translation>
    </message>
    <message>
        <source>Jokainen luku kattaa taulun ja kaikki sen alla olevat. Ensin ne, jotka tarvitsevat apua: haitat viikolla, yli {hours} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Fiilis: näytettyjen äänten keskiarvo ja niiden määrä; piilossa olevat äänet eivät ole missään luvussa. Eskaloitu meille ja pysähtynyt työ (idea ei edennyt, eskalaatio yli rajan): tilanne tulostushetkellä.</source>
        <translation>Each figure covers the board and every board below it. First those that need help: harm this week, escalations waiting over {hours} h, behind target, huddles not held. Mood: the average of the votes shown and their number; hidden votes are in no figure. Escalated to us and stalled work (ideas not moved, escalations over their limit): the situation when printed.</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Tarvitsee apua</source>
        <translation>Needs help</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Mood</translation>
    </message>
    <message>
        <source>Tavoitteet
✔ / ✖ / –</source>
        <translation>Goals
✔ / ✖ / –</translation>
    </message>
    <message>
        <source>Avoimet
S / Q / D / C</source>
        <translation>Open
S / Q / D / C</translation>
    </message>
    <message>
        <source>Eskaloitu
meille</source>
        <translation>Escalated
to us</translation>
    </message>
    <message>
        <source>Turvallisuus ■ haitta ▲ läh.
viikko | kuukausi</source>
        <translation>Safety ■ harm ▲ near miss
week | month</translation>
    </message>
    <message>
        <source>Ideat
valmiit</source>
        <translation>Ideas
done</translation>
    </message>
    <message>
        <source>Pysähtynyt
◔ idea / ⚠ esk.</source>
        <translation>Stalled
◔ idea / ⚠ esc.</translation>
    </message>
    <message>
        <source>Palaverit
pidetty / puuttuu</source>
        <translation>Huddles
held / missing</translation>
    </message>
    <message>
        <source>Yhteensä</source>
        <translation>Total</translation>
    </message>
    <message>
        <source> + {count} alla</source>
        <translation> + {count} below</translation>
    </message>
    <message>
        <source>■ haitta {count}</source>
        <translation>■ harm {count}</translation>
    </message>
    <message>
        <source>⚠ eskalaatio yli rajan {count}</source>
        <translation>⚠ escalation over the limit {count}</translation>
    </message>
    <message>
        <source>✖ tavoitteesta jäljessä {count}</source>
        <translation>✖ behind target {count}</translation>
    </message>
    <message>
        <source>◷ palaveri puuttuu {count}</source>
        <translation>◷ huddle missing {count}</translation>
    </message>
    <message>
        <source>✔ ei huolia</source>
        <translation>✔ no concerns</translation>
    </message>
    <message>
        <source>ei ääniä</source>
        <translation>no votes</translation>
    </message>
    <message>
        <source>
⚠ {count} yli {hours} h</source>
        <translation>
⚠ {count} over {hours} h</translation>
    </message>
    <message>
        <source>Ylhäältä asetetut tavoitteet alaisilla tauluilla</source>
        <translation>Goals set from above on the boards below</translation>
    </message>
    <message>
        <source>
{on_target}/{reporting} tavoitteessa</source>
        <translation>
{on_target}/{reporting} on target</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>ei arvoa</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>Anna joko taulun tunnus tai --all.</source>
        <translation>Give either the board code or --all.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Lopeta</source>
        <translation>Quit</translation>
    </message>
</context>
</TS>
