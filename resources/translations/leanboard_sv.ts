<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="fi_FI">
<context>
    <name>A3Actions</name>
    <message>
        <source>Tekemättä</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>A3Editor</name>
    <message>
        <source>SQDC-ongelmasta: </source>
        <translation>Från SQDC-problem: </translation>
    </message>
    <message>
        <source>Kehitysideasta: </source>
        <translation>Från förbättringsidé: </translation>
    </message>
    <message>
        <source>– ei vaikutusmittaria –</source>
        <translation>– ingen effektmätare –</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3-rapport</translation>
    </message>
    <message>
        <source>Luonnosta ei voitu tallentaa: </source>
        <translation>Utkastet kunde inte sparas: </translation>
    </message>
    <message>
        <source>Tästä A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</source>
        <translation>Det finns ett osparat utkast av denna A3 (%1). Vill du återställa det?</translation>
    </message>
    <message>
        <source>Uudesta A3:sta on tallentamaton luonnos (%1). Palautetaanko se?</source>
        <translation>Det finns ett osparat utkast av en ny A3 (%1). Vill du återställa det?</translation>
    </message>
    <message>
        <source>Palauta tallentamaton luonnos?</source>
        <translation>Återställa osparat utkast?</translation>
    </message>
    <message>
        <source>Luonnos palautettu — muista tallentaa.</source>
        <translation>Utkastet har återställts — kom ihåg att spara.</translation>
    </message>
    <message>
        <source>Luonnoksen taulu ei aukea: </source>
        <translation>Utkastets tavla kan inte öppnas: </translation>
    </message>
    <message>
        <source>Korjaa punaisella merkityt kentät.</source>
        <translation>Rätta fälten som är markerade med rött.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa luonnoksena tällä koneella; tallenna uudelleen, kun yhteys palaa.</source>
        <translation>Ingen kontakt med databasen. Din text finns kvar som utkast på den här datorn; spara igen när förbindelsen är tillbaka.</translation>
    </message>
    <message>
        <source>Tallennettu klo </source>
        <translation>Sparat kl. </translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>A3 ei aukea</source>
        <translation>A3:an öppnas inte</translation>
    </message>
    <message>
        <source>Tekstisi on tallessa luonnoksena.</source>
        <translation>Din text finns sparad som utkast.</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>5 x miksi</source>
        <translation>5 x varför</translation>
    </message>
    <message>
        <source>Toteutussuunnitelma</source>
        <translation>Genomförandeplan</translation>
    </message>
    <message>
        <source>A3: joku muu ehti tallentaa ensin</source>
        <translation>A3: någon annan hann spara först</translation>
    </message>
    <message>
        <source>Toisen tallentama versio on nyt näkyvissä.</source>
        <translation>Versionen som den andra sparade visas nu.</translation>
    </message>
    <message>
        <source>Ei tallennettu: tekstisi on yhä lomakkeella ja luonnoksena.</source>
        <translation>Inte sparat: din text finns kvar i formuläret och som utkast.</translation>
    </message>
    <message>
        <source>Vie A3 PDF-tiedostoksi</source>
        <translation>Exportera A3 som PDF-fil</translation>
    </message>
    <message>
        <source>PDF-tiedostot (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Viedään PDF…</source>
        <translation>PDF exporteras…</translation>
    </message>
    <message>
        <source>PDF kirjoitettu: </source>
        <translation>PDF skriven: </translation>
    </message>
    <message>
        <source>PDF viety</source>
        <translation>PDF exporterad</translation>
    </message>
    <message>
        <source>PDF-vienti epäonnistui.</source>
        <translation>PDF-exporten misslyckades.</translation>
    </message>
    <message>
        <source>PDF-vienti epäonnistui</source>
        <translation>PDF-exporten misslyckades</translation>
    </message>
    <message>
        <source>Historia ei aukea</source>
        <translation>Historiken kan inte öppnas</translation>
    </message>
    <message>
        <source>A3:n muutoshistoria</source>
        <translation>A3:ns ändringshistorik</translation>
    </message>
    <message>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <source>A3:n otsikko</source>
        <translation>A3:ns rubrik</translation>
    </message>
    <message>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>Aloitettu</source>
        <translation>Påbörjad</translation>
    </message>
    <message>
        <source>pp.kk.vvvv</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>PDCA-vaihe</source>
        <translation>PDCA-fas</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>1  Tausta</source>
        <translation>1  Bakgrund</translation>
    </message>
    <message>
        <source>Miksi tähän tartutaan? Mikä on ongelma ja sen merkitys?</source>
        <translation>Varför tar vi itu med detta? Vad är problemet och vilken betydelse har det?</translation>
    </message>
    <message>
        <source>2  Nykytila</source>
        <translation>2  Nuläge</translation>
    </message>
    <message>
        <source>Miten asiat ovat nyt? Luvut, mittaukset, havainnot.</source>
        <translation>Hur är det nu? Siffror, mätningar, observationer.</translation>
    </message>
    <message>
        <source>3  Tavoitetila</source>
        <translation>3  Målläge</translation>
    </message>
    <message>
        <source>Mihin pyritään ja mihin mennessä?</source>
        <translation>Vad strävar vi efter och till när?</translation>
    </message>
    <message>
        <source>4  Juurisyyanalyysi</source>
        <translation>4  Grundorsaksanalys</translation>
    </message>
    <message>
        <source>Juurisyy omin sanoin</source>
        <translation>Grundorsaken med egna ord</translation>
    </message>
    <message>
        <source>5 x miksi – kysy ”Miksi?” kunnes juurisyy löytyy</source>
        <translation>5 x varför – fråga ”Varför?” tills grundorsaken hittas</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>Kalanruoto (syy-seurauskaavio): yksi syy riville</source>
        <translation>Fiskben (orsak-verkan-diagram): en orsak per rad</translation>
    </message>
    <message>
        <source>5  Vastatoimenpiteet</source>
        <translation>5  Motåtgärder</translation>
    </message>
    <message>
        <source>Mitä juurisyylle tehdään?</source>
        <translation>Vad görs åt grundorsaken?</translation>
    </message>
    <message>
        <source>6  Toteutussuunnitelma (mitä, kuka, milloin, tila)</source>
        <translation>6  Genomförandeplan (vad, vem, när, status)</translation>
    </message>
    <message>
        <source>7  Seuranta ja tulokset</source>
        <translation>7  Uppföljning och resultat</translation>
    </message>
    <message>
        <source>Mitä tapahtui? Toteutuiko tavoite?</source>
        <translation>Vad hände? Uppnåddes målet?</translation>
    </message>
    <message>
        <source>Vaikutusmittari:</source>
        <translation>Effektmätare:</translation>
    </message>
    <message>
        <source>Muutoshistoria</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Vie PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Tallenna (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>A3Link</name>
    <message>
        <source>Avaa A3</source>
        <translation>Öppna A3</translation>
    </message>
    <message>
        <source>Aloita A3</source>
        <translation>Starta A3</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Fas</translation>
    </message>
</context>
<context>
    <name>A3ListWindow</name>
    <message>
        <source>A3-raportit — LeanBoard</source>
        <translation>A3-rapporter — LeanBoard</translation>
    </message>
    <message>
        <source>Taulu: </source>
        <translation>Tavla: </translation>
    </message>
    <message>
        <source>Koko organisaatio</source>
        <translation>Hela organisationen</translation>
    </message>
    <message>
        <source>Hae otsikosta, taulusta, omistajasta…</source>
        <translation>Sök i rubrik, tavla, ägare…</translation>
    </message>
    <message>
        <source>Kaikki</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Vaihe:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>&amp;Uusi A3…</source>
        <translation>&amp;Ny A3…</translation>
    </message>
    <message>
        <source>&amp;Avaa…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>A3-raportit eivät aukea</source>
        <translation>A3-rapporterna kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 A3-raporttia</source>
        <translation>%1 A3-rapporter</translation>
    </message>
    <message>
        <source>%1 / %2 näkyvissä</source>
        <translation>%1 / %2 visas</translation>
    </message>
</context>
<context>
    <name>A3Panel</name>
    <message>
        <source>Ei keskeneräisiä A3-raportteja. A3 aloitetaan ongelmasta tai ideasta tiimin vetäjän koneella.</source>
        <translation>Inga pågående A3-rapporter. En A3 påbörjas från ett problem eller en idé på teamledarens dator.</translation>
    </message>
    <message>
        <source>Vaihe: </source>
        <translation>Fas: </translation>
    </message>
    <message>
        <source>toimenpide</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>toimenpidettä</source>
        <translation>åtgärder</translation>
    </message>
</context>
<context>
    <name>A3Pdf</name>
    <message>
        <source>1  Tausta</source>
        <translation>1  Bakgrund</translation>
    </message>
    <message>
        <source>2  Nykytila</source>
        <translation>2  Nuläge</translation>
    </message>
    <message>
        <source>3  Tavoitetila</source>
        <translation>3  Målläge</translation>
    </message>
    <message>
        <source>4  Juurisyyanalyysi</source>
        <translation>4  Grundorsaksanalys</translation>
    </message>
    <message>
        <source>5  Vastatoimenpiteet</source>
        <translation>5  Motåtgärder</translation>
    </message>
    <message>
        <source>6  Toteutussuunnitelma</source>
        <translation>6  Genomförandeplan</translation>
    </message>
    <message>
        <source>7  Seuranta ja tulokset</source>
        <translation>7  Uppföljning och resultat</translation>
    </message>
    <message>
        <source>Tekemättä</source>
        <translation>Ogjord</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>Under arbete</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>– ei kirjattu –</source>
        <translation>– inte antecknat –</translation>
    </message>
    <message>
        <source>5 x miksi</source>
        <translation>5 x varför</translation>
    </message>
    <message>
        <source>Miksi? {n}</source>
        <translation>Varför? {n}</translation>
    </message>
    <message>
        <source>Kalanruoto (syy-seurauskaavio)</source>
        <translation>Fiskben (orsak-verkan-diagram)</translation>
    </message>
    <message>
        <source>Mitä</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Kuka</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vaikutusmittaria ei ole valittu.</source>
        <translation>Ingen effektmätare har valts.</translation>
    </message>
    <message>
        <source> · tavoite {sign} {value} {unit}</source>
        <translation> · mål {sign} {value} {unit}</translation>
    </message>
    <message>
        <source>Vaikutusmittari: {name}</source>
        <translation>Effektmätare: {name}</translation>
    </message>
    <message>
        <source>Mittarilla ei ole vielä arvoja.</source>
        <translation>Mätaren har inga värden ännu.</translation>
    </message>
    <message>
        <source>Sininen viiva: arvot · katkoviiva: tavoite · harmaa: mediaani (vaiheittain, jäädytetty katkoviivalla) · pisteviiva: uusi vaihe · numeroitu ympyrä: merkintä · punainen neliö: ei-satunnainen muutos (Anhøj/IHI-säännöt)</source>
        <translation>Blå linje: värden · streckad: mål · grå: median (per fas, fryst streckad) · prickad: ny fas · numrerad cirkel: anteckning · röd kvadrat: icke-slumpmässig förändring (Anhøj/IHI-regler)</translation>
    </message>
    <message>
        <source>{heading} (jatkoa sivulta {page})</source>
        <translation>{heading} (fortsättning från sida {page})</translation>
    </message>
    <message>
        <source>Omistaja: {owner}</source>
        <translation>Ägare: {owner}</translation>
    </message>
    <message>
        <source>Aloitettu {date}</source>
        <translation>Påbörjad {date}</translation>
    </message>
    <message>
        <source>Päivitetty {date}</source>
        <translation>Uppdaterad {date}</translation>
    </message>
    <message>
        <source>SQDC-ongelmasta: {title}</source>
        <translation>Från SQDC-problemet: {title}</translation>
    </message>
    <message>
        <source>Kehitysideasta: {title}</source>
        <translation>Från utvecklingsidén: {title}</translation>
    </message>
    <message>
        <source>{title} (jatkoa)</source>
        <translation>{title} (forts.)</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3-rapport</translation>
    </message>
    <message>
        <source>✔ Valmis</source>
        <translation>✔ Klar</translation>
    </message>
    <message>
        <source>LeanBoard {version} · A3 {id} · tulostettu {date} klo {time}</source>
        <translation>LeanBoard {version} · A3 {id} · utskriven {date} kl. {time}</translation>
    </message>
    <message>
        <source>sivu {page}/{pages}</source>
        <translation>sida {page}/{pages}</translation>
    </message>
    <message>
        <source>▶ jatkuu sivulla {page}</source>
        <translation>▶ fortsätter på sidan {page}</translation>
    </message>
    <message>
        <source>A3: {title}</source>
        <translation>A3: {title}</translation>
    </message>
    <message>
        <source>A3-raportti {id}, {board}</source>
        <translation>A3-rapport {id}, {board}</translation>
    </message>
</context>
<context>
    <name>A3WallView</name>
    <message>
        <source>Vaihe</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>✕ Sulje</source>
        <translation>✕ Stäng</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Mitä</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Kuka</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>försenad</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>+ Lisää toimenpide</source>
        <translation>+ Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Poista valittu</source>
        <translation>Ta bort vald</translation>
    </message>
    <message>
        <source>Rivi poistuu suunnitelmasta; sen sisältö jää A3:n muutoshistoriaan.</source>
        <translation>Raden tas bort ur planen; innehållet blir kvar i A3:ns ändringshistorik.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Tietokantaa ei voi avata: {url}</source>
        <translation>Databasen kan inte öppnas: {url}</translation>
    </message>
    <message>
        <source> — esittelyaineisto</source>
        <translation> — demodata</translation>
    </message>
</context>
<context>
    <name>BoardImport</name>
    <message>
        <source>ylempi taulu ”{parent}” ei ole kelvollinen tunnus.</source>
        <translation>överordnad tavla ”{parent}” är ingen giltig kod.</translation>
    </message>
    <message>
        <source>tuntematon taso ”{kind}” (sallitut: team, unit, area, organisation).</source>
        <translation>okänd nivå ”{kind}” (tillåtna: team, unit, area, organisation).</translation>
    </message>
    <message>
        <source>tunnus {code} on jo rivillä {row}.</source>
        <translation>koden {code} finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>tiedostossa ei ole yhtään taulua.</source>
        <translation>filen innehåller inga tavlor.</translation>
    </message>
    <message>
        <source>kehä: taulu olisi itsensä yläpuolella ({loop}).</source>
        <translation>cirkel: tavlan skulle stå ovanför sig själv ({loop}).</translation>
    </message>
    <message>
        <source>tunnus {code} on jo käytössä tietokannassa.</source>
        <translation>koden {code} används redan i databasen.</translation>
    </message>
    <message>
        <source>ylempää taulua {parent} ei ole tiedostossa eikä tietokannassa.</source>
        <translation>den överordnade tavlan {parent} finns varken i filen eller i databasen.</translation>
    </message>
    <message>
        <source>ylempi taulu {parent} on arkistoitu.</source>
        <translation>den överordnade tavlan {parent} är arkiverad.</translation>
    </message>
</context>
<context>
    <name>BoardListsDialog</name>
    <message>
        <source>Taulun sisältö — %1</source>
        <translation>Tavlans innehåll — %1</translation>
    </message>
</context>
<context>
    <name>BoardMenu</name>
    <message>
        <source>T&amp;aulu</source>
        <translation>T&amp;avla</translation>
    </message>
    <message>
        <source>&amp;Kehitysideat…</source>
        <translation>&amp;Förbättringsidéer…</translation>
    </message>
    <message>
        <source>&amp;Ongelmat…</source>
        <translation>&amp;Problem…</translation>
    </message>
    <message>
        <source>&amp;Turvallisuustapahtumat…</source>
        <translation>&amp;Säkerhetshändelser…</translation>
    </message>
    <message>
        <source>&amp;Mittarit ja tavoitteet…</source>
        <translation>&amp;Mätare och mål…</translation>
    </message>
    <message>
        <source>Kirjaa mittarin &amp;arvo…</source>
        <translation>Registrera mätarens &amp;värde…</translation>
    </message>
    <message>
        <source>Tuo mittariarvot CSV-tiedostosta…</source>
        <translation>Importera mätarvärden från CSV-fil…</translation>
    </message>
    <message>
        <source>Tuo asiakaspalaute (NPS) CSV-tiedostosta…</source>
        <translation>Importera kundrespons (NPS) från CSV-fil…</translation>
    </message>
    <message>
        <source>Taulun &amp;muutoshistoria…</source>
        <translation>Tavlans ä&amp;ndringshistorik…</translation>
    </message>
    <message>
        <source>Taulun a&amp;setukset…</source>
        <translation>Tavlans i&amp;nställningar…</translation>
    </message>
</context>
<context>
    <name>BoardPages</name>
    <message>
        <source>Tänään</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kehittäminen</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Underliggande tavlor</translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Taulun asetukset: %1</source>
        <translation>Tavlans inställningar: %1</translation>
    </message>
    <message>
        <source>Päivän tai tiimin fiilislukuja ei näytetä, jos vastaajia on tätä vähemmän: pienestä joukosta yksittäisen työntekijän arvion voisi päätellä. Valtion VMBaro-kysely käyttää rajana viittä vastaajaa; alin sallittu on 3.</source>
        <translation>Dagens eller teamets stämningsvärden visas inte om det finns färre svarande än så: i en liten grupp kunde en enskild anställds bedömning härledas. Statens VMBaro-enkät använder fem svarande som gräns; lägsta tillåtna är 3.</translation>
    </message>
    <message>
        <source>Vain ylläpitäjä (rooli admin) voi muuttaa tätä.</source>
        <translation>Bara en administratör (rollen admin) kan ändra detta.</translation>
    </message>
    <message>
        <source>– ei ylempää taulua (ylimmäksi) –</source>
        <translation>– ingen överordnad tavla (överst) –</translation>
    </message>
    <message>
        <source>PIN on asetettu — kirjoita uusi vaihtaaksesi (%1 numeroa)</source>
        <translation>PIN-kod är inställd — skriv en ny för att byta (%1 siffror)</translation>
    </message>
    <message>
        <source>Ei asetettu — kirjoita %1 numeroa</source>
        <translation>Inte inställd — skriv %1 siffror</translation>
    </message>
    <message>
        <source>Tarvitaan PIN-koodin vaihtamiseen tai poistamiseen</source>
        <translation>Behövs för att byta eller ta bort PIN-koden</translation>
    </message>
    <message>
        <source>Kirjoita nykyinen PIN-koodi: ilman sitä PIN-koodia ei voi vaihtaa.</source>
        <translation>Skriv den nuvarande PIN-koden: utan den kan PIN-koden inte bytas.</translation>
    </message>
    <message>
        <source>PIN-koodit eivät ole samat: kirjoita sama PIN-koodi kahdesti.</source>
        <translation>PIN-koderna är inte lika: skriv samma PIN-kod två gånger.</translation>
    </message>
    <message>
        <source>Taulun asetukset</source>
        <translation>Tavlans inställningar</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Namn *</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Kod *</translation>
    </message>
    <message>
        <source>esim. TUU-AKUUTTI</source>
        <translation>t.ex. TUU-AKUUTTI</translation>
    </message>
    <message>
        <source>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</source>
        <translation>En kort unik kod med vilken kommandoraden och importer hittar tavlan.</translation>
    </message>
    <message>
        <source>&amp;Ylempi taulu</source>
        <translation>&amp;Överordnad tavla</translation>
    </message>
    <message>
        <source>Nykyinen P&amp;IN-koodi</source>
        <translation>Nuvarande P&amp;IN-kod</translation>
    </message>
    <message>
        <source>PIN-koodin vaihtaminen tai poistaminen vaatii nykyisen PIN-koodin, ellei sinulla ole taulun vetäjän roolia.</source>
        <translation>Att byta eller ta bort PIN-koden kräver den nuvarande PIN-koden, om du inte har rollen som tavlans ledare.</translation>
    </message>
    <message>
        <source>Uusi &amp;PIN-koodi</source>
        <translation>Ny &amp;PIN-kod</translation>
    </message>
    <message>
        <source>E&amp;hdota 6 numeroa</source>
        <translation>Före&amp;slå 6 siffror</translation>
    </message>
    <message>
        <source>Arpoo 6-numeroisen PIN-koodin ja näyttää sen, jotta voit kirjoittaa sen muistiin.</source>
        <translation>Lottar en 6-siffrig PIN-kod och visar den, så att du kan skriva upp den.</translation>
    </message>
    <message>
        <source>Uusi PIN-koodi &amp;uudelleen</source>
        <translation>Ny PIN-kod på &amp;nytt</translation>
    </message>
    <message>
        <source>Poista PIN-ko&amp;odi (seinänäytön valikko aukeaa ilman sitä)</source>
        <translation>Ta bort PIN-ko&amp;den (väggskärmens meny öppnas utan den)</translation>
    </message>
    <message>
        <source>&amp;Vähimmäisryhmä</source>
        <translation>&amp;Minsta grupp</translation>
    </message>
    <message>
        <source> vastaajaa</source>
        <translation> svarande</translation>
    </message>
    <message>
        <source>&amp;Eskalaation odotusraja (h)</source>
        <translation>&amp;Väntegräns för eskalering (h)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Ylemmälle tasolle eskaloitu ongelma, joka odottaa vastausta tätä kauemmin, nostetaan koontinäkymässä apua tarvitsevaksi (1–720 tuntia).</source>
        <translation>Ett problem som eskalerats till nivån ovanför och väntar på svar längre än så lyfts i sammanställningen fram som i behov av hjälp (1–720 timmar).</translation>
    </message>
    <message>
        <source>Taululla näkyvät osiot</source>
        <translation>Avsnitt som visas på tavlan</translation>
    </message>
</context>
<context>
    <name>BoardTreeActions</name>
    <message>
        <source>&amp;Uusi taulu tämän alle…</source>
        <translation>&amp;Ny tavla under denna…</translation>
    </message>
    <message>
        <source>Uusi &amp;ylin taulu…</source>
        <translation>Ny tavla &amp;överst…</translation>
    </message>
    <message>
        <source>&amp;Nimeä uudelleen…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>Vaihda &amp;tunnus…</source>
        <translation>Byt &amp;kod…</translation>
    </message>
    <message>
        <source>&amp;Siirrä toisen taulun alle…</source>
        <translation>&amp;Flytta under en annan tavla…</translation>
    </message>
    <message>
        <source>&amp;Arkistoi taulu…</source>
        <translation>&amp;Arkivera tavlan…</translation>
    </message>
    <message>
        <source>&amp;Palauta arkistoitu taulu…</source>
        <translation>Å&amp;terställ en arkiverad tavla…</translation>
    </message>
    <message>
        <source>Tuo organisaatio CSV-tiedostosta…</source>
        <translation>Importera organisationen från en CSV-fil…</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma ”%1” odottaa nyt taululla %2.</source>
        <translation>Det eskalerade problemet ”%1” väntar nu på tavlan %2.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma ”%1” palasi tiimille: ylempää taulua ei ole.</source>
        <translation>Det eskalerade problemet ”%1” gick tillbaka till teamet: det finns ingen överordnad tavla.</translation>
    </message>
    <message>
        <source>Ylemmältä perityt tavoitteet, jotka eivät enää näy: %1</source>
        <translation>Ärvda mål från ovan som inte längre syns: %1</translation>
    </message>
    <message>
        <source>Uudet perityt tavoitteet: %1</source>
        <translation>Nya ärvda mål: %1</translation>
    </message>
    <message>
        <source>Taulu siirretty</source>
        <translation>Tavlan flyttad</translation>
    </message>
    <message>
        <source>Arkistoidaanko taulu %1 (%2)? Se poistuu puusta, koonnista ja listoilta; mitään ei poisteta, ja sen voi palauttaa.</source>
        <translation>Arkivera tavlan %1 (%2)? Den försvinner ur trädet, sammanställningen och listorna; inget raderas, och den kan återställas.</translation>
    </message>
    <message>
        <source>Arkistoi taulu</source>
        <translation>Arkivera tavlan</translation>
    </message>
    <message>
        <source>Taulua ei arkistoitu</source>
        <translation>Tavlan arkiverades inte</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Valitse taulu.</source>
        <translation>Välj en tavla.</translation>
    </message>
    <message>
        <source>← Takaisin</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>✱ Mitä uutta</source>
        <translation>✱ Vad är nytt</translation>
    </message>
    <message>
        <source>Taulua ei voi näyttää</source>
        <translation>Tavlan kan inte visas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>taulun tunnus, esim. TUU-AKUUTTI</source>
        <translation>tavlans kod, t.ex. TUU-AKUUTTI</translation>
    </message>
    <message>
        <source>lopeta heti, kun taulu on piirretty ensimmäisen kerran (käynnistysajan mittaus)</source>
        <translation>avsluta genast när tavlan har ritats första gången (mätning av starttiden)</translation>
    </message>
    <message>
        <source>Tietokanta on ajan tasalla (skeema {schema}): {url}</source>
        <translation>Databasen är uppdaterad (schema {schema}): {url}</translation>
    </message>
    <message>
        <source>Kopioitiin {count} riviä tietokantaan {target}.</source>
        <translation>Kopierade {count} rader till databasen {target}.</translation>
    </message>
    <message>
        <source>kohdetietokanta (tyhjä), esim. postgresql://…</source>
        <translation>måldatabas (tom), t.ex. postgresql://…</translation>
    </message>
    <message>
        <source>Tietokannassa {url} on jo tauluja: demo luodaan vain tyhjään tietokantaan.</source>
        <translation>Databasen {url} har redan tavlor: demon skapas bara i en tom databas.</translation>
    </message>
    <message>
        <source>Demo luotu tietokantaan {url}: {summary}</source>
        <translation>Demo skapad i databasen {url}: {summary}</translation>
    </message>
    <message>
        <source>Avaa se komennolla: leanboard --demo</source>
        <translation>Öppna den med kommandot: leanboard --demo</translation>
    </message>
    <message>
        <source>demon koko</source>
        <translation>demons storlek</translation>
    </message>
    <message>
        <source>Anna kohdetiedosto valitsimella -o: tulostevirtaa ei ole.</source>
        <translation>Ange målfilen med -o: det finns ingen standardutmatning.</translation>
    </message>
    <message>
        <source>Vietiin {count} riviä tiedostoon {file}.</source>
        <translation>Exporterade {count} rader till filen {file}.</translation>
    </message>
    <message>
        <source>kohdetiedosto (oletus: vakiotuloste)</source>
        <translation>målfil (standard: standardutmatning)</translation>
    </message>
    <message>
        <source>Tuotiin {count} riviä tiedostosta {file}.</source>
        <translation>Importerade {count} rader från filen {file}.</translation>
    </message>
    <message>
        <source>export-data-komennon tekemä tiedosto</source>
        <translation>en fil skapad av kommandot export-data</translation>
    </message>
    <message>
        <source>Valitsin -o on yhdelle taululle; käytä --all-valitsimen kanssa --out-dir.</source>
        <translation>Växeln -o gäller en tavla; använd --out-dir med --all.</translation>
    </message>
    <message>
        <source>Anna --all-valitsimen kanssa kohdekansio: --out-dir DIR.</source>
        <translation>Ange en målmapp med --all: --out-dir DIR.</translation>
    </message>
    <message>
        <source>Valitsin --overwrite on arkistolle: käytä sitä --all-valitsimen kanssa.</source>
        <translation>Flaggan --overwrite gäller arkivet: använd den med --all.</translation>
    </message>
    <message>
        <source>Kirjoitettiin {path}</source>
        <translation>Skrev {path}</translation>
    </message>
    <message>
        <source>taulun tunnus, esim. OS2-AKUUTTI</source>
        <translation>tavlans kod, t.ex. OS2-AKUUTTI</translation>
    </message>
    <message>
        <source>Ohitettiin {path}: tiedosto on jo olemassa (--overwrite korvaa sen).</source>
        <translation>Hoppade över {path}: filen finns redan (--overwrite ersätter den).</translation>
    </message>
    <message>
        <source>{action}: vain ylläpitäjä (rooli admin) tai tietokannan omistaja saa lukea koko tietokannan. Mitään ei kirjoitettu.</source>
        <translation>{action}: bara en administratör (rollen admin) eller databasens ägare får läsa hela databasen. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Tämä on täydellinen varmuuskopio: kaikki tiedot, myös fiiliksen äänimäärät päivittäin ja vielä näyttämättömät. Säilytä se kuten itse tietokanta.</source>
        <translation>Detta är en fullständig säkerhetskopia: alla uppgifter, också stämningens röstantal per dag och de som ännu inte visats. Förvara den som själva databasen.</translation>
    </message>
    <message>
        <source>Tarkistussummat: {path}</source>
        <translation>Kontrollsummor: {path}</translation>
    </message>
    <message>
        <source>{env}=”{value}” ei ole päivämäärä (vvvv-kk-pp).</source>
        <translation>{env}=”{value}” är inte ett datum (åååå-mm-dd).</translation>
    </message>
    <message>
        <source>”{text}” ei ole ISO-viikko (esim. 2026-W47), last tai this</source>
        <translation>”{text}” är inte en ISO-vecka (t.ex. 2026-W47), last eller this</translation>
    </message>
    <message>
        <source>jokainen taulu omaan tiedostoonsa: DIR/2026-W47/CODE.pdf ja SHA256SUMS</source>
        <translation>varje tavla i en egen fil: DIR/2026-W47/CODE.pdf och SHA256SUMS</translation>
    </message>
    <message>
        <source>ISO-viikko; last = viimeksi päättynyt viikko, this = kuluva viikko</source>
        <translation>ISO-vecka; last = den senast avslutade veckan, this = innevarande vecka</translation>
    </message>
    <message>
        <source>kohdetiedosto (yksi taulu)</source>
        <translation>målfil (en tavla)</translation>
    </message>
    <message>
        <source>kohdekansio</source>
        <translation>målmapp</translation>
    </message>
    <message>
        <source>korvaa viikon kansiossa jo olevat PDF:t (--all)</source>
        <translation>ersätt PDF-filer som redan finns i veckans mapp (--all)</translation>
    </message>
    <message>
        <source>sivukoko</source>
        <translation>sidstorlek</translation>
    </message>
    <message>
        <source>Tuotiin {count} arvo {boards} taululle</source>
        <translation>Importerade {count} värde till {boards} tavlor</translation>
    </message>
    <message>
        <source>Tuotiin {count} arvoa {boards} taululle</source>
        <translation>Importerade {count} värden till {boards} tavlor</translation>
    </message>
    <message>
        <source> (uusia {new}, muuttuneita {changed}, ennallaan {same}).</source>
        <translation> (nya {new}, ändrade {changed}, oförändrade {same}).</translation>
    </message>
    <message>
        <source>sarakkeet board,measure,period,value</source>
        <translation>kolumner board,measure,period,value</translation>
    </message>
    <message>
        <source> Luotiin mittarit: {names}.</source>
        <translation> Skapade mätare: {names}.</translation>
    </message>
    <message>
        <source>Tuotiin {count} vastaus taululle {board}</source>
        <translation>Importerade {count} svar till tavlan {board}</translation>
    </message>
    <message>
        <source>Tuotiin {count} vastausta taululle {board}</source>
        <translation>Importerade {count} svar till tavlan {board}</translation>
    </message>
    <message>
        <source>: NPS viikoittain {weeks}; kuukausittain {months}.</source>
        <translation>: NPS per vecka {weeks}; per månad {months}.</translation>
    </message>
    <message>
        <source>sarakkeet date,score[,comment]</source>
        <translation>kolumner date,score[,comment]</translation>
    </message>
    <message>
        <source>taulu, jonka NPS-mittariin luvut tuodaan</source>
        <translation>tavlan vars NPS-mätare talen importeras till</translation>
    </message>
    <message>
        <source>A3-raportin numero</source>
        <translation>A3-rapportens nummer</translation>
    </message>
    <message>
        <source>kohdetiedosto tai -kansio</source>
        <translation>målfil eller -mapp</translation>
    </message>
    <message>
        <source>Käyttöoikeudet ovat käytössä tietokannassa {url} (skeema {schema}). Ryhmäroolit: {roles}.</source>
        <translation>Behörigheterna är i bruk i databasen {url} (schema {schema}). Grupproller: {roles}.</translation>
    </message>
    <message>
        <source>Roolille {role} tarvitaan taulu: --board CODE.</source>
        <translation>Rollen {role} behöver en tavla: --board CODE.</translation>
    </message>
    <message>
        <source>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</source>
        <translation>Administratörsrollen (admin) gäller hela databasen: ingen --board.</translation>
    </message>
    <message>
        <source>taululla {board}</source>
        <translation>på tavlan {board}</translation>
    </message>
    <message>
        <source>kaikilla tauluilla</source>
        <translation>på alla tavlor</translation>
    </message>
    <message>
        <source>koko tietokannassa</source>
        <translation>i hela databasen</translation>
    </message>
    <message>
        <source>Tunnukselle {login} annettiin rooli {role} {where}.</source>
        <translation>Inloggningen {login} fick rollen {role} {where}.</translation>
    </message>
    <message>
        <source>Tunnuksella {login} oli jo rooli {role} {where}.</source>
        <translation>Inloggningen {login} hade redan rollen {role} {where}.</translation>
    </message>
    <message>
        <source>Tunnuksella {login} ei ollut tällaista roolia: mitään ei poistettu.</source>
        <translation>Inloggningen {login} hade ingen sådan roll: ingenting togs bort.</translation>
    </message>
    <message>
        <source>Tunnukselta {login} poistettiin rooleja: {count}.</source>
        <translation>Roller som togs bort från inloggningen {login}: {count}.</translation>
    </message>
    <message>
        <source>PostgreSQL-kirjautumistunnus</source>
        <translation>PostgreSQL-inloggning</translation>
    </message>
    <message>
        <source>wall, staff, leader, manager tai admin</source>
        <translation>wall, staff, leader, manager eller admin</translation>
    </message>
    <message>
        <source>taulu (pakollinen rooleille wall, leader ja manager)</source>
        <translation>tavla (obligatorisk för rollerna wall, leader och manager)</translation>
    </message>
    <message>
        <source>vain tämä rooli (oletus: kaikki)</source>
        <translation>bara denna roll (standard: alla)</translation>
    </message>
    <message>
        <source>vain tämän taulun rooli</source>
        <translation>bara rollen på denna tavla</translation>
    </message>
    <message>
        <source>vain tämän taulun roolit</source>
        <translation>bara rollerna på denna tavla</translation>
    </message>
    <message>
        <source>ylimmäksi</source>
        <translation>överst</translation>
    </message>
    <message>
        <source>taulun {parent} alle</source>
        <translation>under tavlan {parent}</translation>
    </message>
    <message>
        <source>Luotiin taulu {code} ({name}) {where}.</source>
        <translation>Tavlan {code} ({name}) skapades {where}.</translation>
    </message>
    <message>
        <source>uuden taulun tunnus</source>
        <translation>den nya tavlans kod</translation>
    </message>
    <message>
        <source>nimi</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>ylempi taulu (oletus: ylimmäksi)</source>
        <translation>överordnad tavla (standard: överst)</translation>
    </message>
    <message>
        <source>taso (oletus team)</source>
        <translation>nivå (standard team)</translation>
    </message>
    <message>
        <source>Taulu {code} on jo siellä: mitään ei muutettu.</source>
        <translation>Tavlan {code} finns redan där: inget ändrades.</translation>
    </message>
    <message>
        <source>Taulu {code} siirrettiin {where} alatauluineen ({count} taulua).</source>
        <translation>Tavlan {code} flyttades {where} med sina undertavlor ({count} tavlor).</translation>
    </message>
    <message>
        <source>Taulu {code} siirrettiin {where}.</source>
        <translation>Tavlan {code} flyttades {where}.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma {id} ”{title}” odottaa nyt taululla {to}.</source>
        <translation>Det eskalerade problemet {id} ”{title}” väntar nu på tavlan {to}.</translation>
    </message>
    <message>
        <source>Eskaloitu ongelma {id} ”{title}” palasi tiimille.</source>
        <translation>Det eskalerade problemet {id} ”{title}” gick tillbaka till teamet.</translation>
    </message>
    <message>
        <source>Perityt tavoitteet, jotka eivät enää näy: {names}</source>
        <translation>Ärvda mål som inte längre syns: {names}</translation>
    </message>
    <message>
        <source>Uudet perityt tavoitteet: {names}</source>
        <translation>Nya ärvda mål: {names}</translation>
    </message>
    <message>
        <source>siirrettävä taulu</source>
        <translation>tavlan som flyttas</translation>
    </message>
    <message>
        <source>uusi ylempi taulu</source>
        <translation>ny överordnad tavla</translation>
    </message>
    <message>
        <source>ylimmäksi (ei ylempää taulua)</source>
        <translation>överst (ingen överordnad tavla)</translation>
    </message>
    <message>
        <source>Anna --name, --code tai molemmat.</source>
        <translation>Ange --name, --code eller båda.</translation>
    </message>
    <message>
        <source>Taulu {old}: nyt {code} ({name}).</source>
        <translation>Tavlan {old}: nu {code} ({name}).</translation>
    </message>
    <message>
        <source>taulun nykyinen tunnus</source>
        <translation>tavlans nuvarande kod</translation>
    </message>
    <message>
        <source>uusi nimi</source>
        <translation>nytt namn</translation>
    </message>
    <message>
        <source>uusi tunnus</source>
        <translation>ny kod</translation>
    </message>
    <message>
        <source>Taulu {code} arkistoitiin.</source>
        <translation>Tavlan {code} arkiverades.</translation>
    </message>
    <message>
        <source>Taulu {code} palautettiin.</source>
        <translation>Tavlan {code} återställdes.</translation>
    </message>
    <message>
        <source>taulun tunnus</source>
        <translation>tavlans kod</translation>
    </message>
    <message>
        <source> (arkistoitu)</source>
        <translation> (arkiverad)</translation>
    </message>
    <message>
        <source>puuna: alataulut sisennettyinä</source>
        <translation>som träd: undertavlor indragna</translation>
    </message>
    <message>
        <source>tulostemuoto</source>
        <translation>utdataformat</translation>
    </message>
    <message>
        <source>myös arkistoidut taulut</source>
        <translation>även arkiverade tavlor</translation>
    </message>
    <message>
        <source> Liitettiin olemassa oleviin: {codes}.</source>
        <translation> Kopplades till befintliga: {codes}.</translation>
    </message>
    <message>
        <source>Tuotiin {count} taulua tiedostosta {file}.</source>
        <translation>{count} tavlor importerades från filen {file}.</translation>
    </message>
    <message>
        <source>sarakkeet code,name,parent,kind</source>
        <translation>kolumner code,name,parent,kind</translation>
    </message>
    <message>
        <source>seinänäyttö yhdelle taululle (koko näyttö)</source>
        <translation>väggskärm för en tavla (helskärm)</translation>
    </message>
    <message>
        <source>päivitä tietokannan rakenne</source>
        <translation>uppdatera databasens struktur</translation>
    </message>
    <message>
        <source>kopioi kaikki rivit toiseen tietokantaan</source>
        <translation>kopiera alla rader till en annan databas</translation>
    </message>
    <message>
        <source>luo esimerkkiorganisaatio</source>
        <translation>skapa en exempelorganisation</translation>
    </message>
    <message>
        <source>täydellinen varmuuskopio JSON-tiedostoon (ylläpitäjälle; kaikki tiedot)</source>
        <translation>fullständig säkerhetskopia till en JSON-fil (för administratören; alla uppgifter)</translation>
    </message>
    <message>
        <source>tuo JSON-tiedosto tyhjään tietokantaan (kaikki tai ei mitään)</source>
        <translation>importera en JSON-fil till en tom databas (allt eller inget)</translation>
    </message>
    <message>
        <source>viikkotaulu PDF-tiedostoksi (yksi taulu tai --all)</source>
        <translation>veckotavlan som PDF-fil (en tavla eller --all)</translation>
    </message>
    <message>
        <source>tuo mittarien arvot CSV-tiedostosta (kaikki tai ei mitään)</source>
        <translation>importera mätarnas värden från en CSV-fil (allt eller inget)</translation>
    </message>
    <message>
        <source>tuo asiakaspalautteen NPS CSV-tiedostosta taululle</source>
        <translation>importera kundrespons (NPS) från en CSV-fil till en tavla</translation>
    </message>
    <message>
        <source>A3-raportti PDF-tiedostoksi (A3-vaakasivu)</source>
        <translation>A3-rapport som PDF-fil (A3 liggande)</translation>
    </message>
    <message>
        <source>näytä voimassa olevat asetukset ja mistä kukin tulee</source>
        <translation>visa inställningarna som gäller och var var och en kommer ifrån</translation>
    </message>
    <message>
        <source>luo ryhmäroolit ja säännöt (PostgreSQL; voi ajaa uudelleen)</source>
        <translation>skapa grupproller och regler (PostgreSQL; kan köras på nytt)</translation>
    </message>
    <message>
        <source>anna kirjautumistunnukselle rooli</source>
        <translation>ge en inloggning en roll</translation>
    </message>
    <message>
        <source>poista kirjautumistunnuksen rooli tai kaikki roolit</source>
        <translation>ta bort en inloggnings roll eller alla roller</translation>
    </message>
    <message>
        <source>luettele roolit: tunnus, rooli, taulu</source>
        <translation>lista rollerna: inloggning, roll, tavla</translation>
    </message>
    <message>
        <source>lisää taulu (ylimmäksi tai toisen alle)</source>
        <translation>lägg till en tavla (överst eller under en annan)</translation>
    </message>
    <message>
        <source>siirrä taulu alatauluineen toisen alle tai ylimmäksi</source>
        <translation>flytta en tavla med undertavlor under en annan eller överst</translation>
    </message>
    <message>
        <source>vaihda taulun nimi tai tunnus</source>
        <translation>byt tavlans namn eller kod</translation>
    </message>
    <message>
        <source>arkistoi taulu (ei poista mitään)</source>
        <translation>arkivera en tavla (raderar inget)</translation>
    </message>
    <message>
        <source>palauta arkistoitu taulu</source>
        <translation>återställ en arkiverad tavla</translation>
    </message>
    <message>
        <source>luettele taulut (teksti, CSV tai JSON)</source>
        <translation>lista tavlorna (text, CSV eller JSON)</translation>
    </message>
    <message>
        <source>tuo organisaatiopuu CSV-tiedostosta (kaikki tai ei mitään)</source>
        <translation>importera organisationsträdet från en CSV-fil (allt eller inget)</translation>
    </message>
    <message>
        <source>tietokannan ylläpito (upgrade, copy)</source>
        <translation>underhåll av databasen (upgrade, copy)</translation>
    </message>
    <message>
        <source>asetukset (show)</source>
        <translation>inställningar (show)</translation>
    </message>
    <message>
        <source>käyttöoikeudet PostgreSQL:ssä (setup, grant, revoke, list)</source>
        <translation>behörigheter i PostgreSQL (setup, grant, revoke, list)</translation>
    </message>
    <message>
        <source>organisaation taulut (add, move, rename, archive, restore, list, import)</source>
        <translation>organisationens tavlor (add, move, rename, archive, restore, list, import)</translation>
    </message>
    <message>
        <source>LeanBoard: päivittäisjohtamisen taulut. Ilman komentoa avautuu sovellus.</source>
        <translation>LeanBoard: tavlor för daglig styrning. Utan kommando öppnas programmet.</translation>
    </message>
    <message>
        <source>tietokanta (oletus: asetukset, ks. leanboard config show; muuten SQLite-tiedosto käyttäjän kansiossa)</source>
        <translation>databas (standard: inställningarna, se leanboard config show; annars en SQLite-fil i användarens mapp)</translation>
    </message>
    <message>
        <source>avaa esimerkkitietokanta (luodaan ensimmäisellä kerralla)</source>
        <translation>öppna exempeldatabasen (skapas första gången)</translation>
    </message>
    <message>
        <source>käyttöliittymän kieli (oletus: asetuksissa valittu, muuten fi)</source>
        <translation>användargränssnittets språk (standard: det som valts i inställningarna, annars fi)</translation>
    </message>
    <message>
        <source>tarkista asennus: väliaikainen tietokanta, demo, seinätaulu ja PDF (ei ikkunaa)</source>
        <translation>kontrollera installationen: tillfällig databas, demo, väggtavla och PDF (inget fönster)</translation>
    </message>
    <message>
        <source>savutestin tulos myös tiedostoon (ikkunasovellus)</source>
        <translation>röktestets resultat även till en fil (fönsterprogram)</translation>
    </message>
    <message>
        <source>tallenna savutestin viikko-PDF tähän tiedostoon</source>
        <translation>spara röktestets vecko-PDF i denna fil</translation>
    </message>
    <message>
        <source>komennot</source>
        <translation>kommandon</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu, {count} virhettä: {problems}</source>
        <translation>Filen importerades inte, {count} fel: {problems}</translation>
    </message>
    <message>
        <source>Tietokantavirhe: {reason}</source>
        <translation>Databasfel: {reason}</translation>
    </message>
    <message>
        <source>Tiedostovirhe {file}: {reason}</source>
        <translation>Filfel {file}: {reason}</translation>
    </message>
    <message>
        <source>Tiedostovirhe: {reason}</source>
        <translation>Filfel: {reason}</translation>
    </message>
    <message>
        <source>Keskeytetty.</source>
        <translation>Avbrutet.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>oletus</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>järjestelmän asetustiedosto</source>
        <translation>systemets inställningsfil</translation>
    </message>
    <message>
        <source>käyttäjän asetustiedosto</source>
        <translation>användarens inställningsfil</translation>
    </message>
    <message>
        <source>ympäristömuuttuja</source>
        <translation>miljövariabel</translation>
    </message>
    <message>
        <source>komentorivi</source>
        <translation>kommandorad</translation>
    </message>
    <message>
        <source>luettu</source>
        <translation>läst</translation>
    </message>
    <message>
        <source>ei ole</source>
        <translation>finns inte</translation>
    </message>
    <message>
        <source>Asetustiedosto {file} ei ole kelvollista TOMLia: {reason}</source>
        <translation>Inställningsfilen {file} är inte giltig TOML: {reason}</translation>
    </message>
    <message>
        <source>Asetustiedostoa {file} ei voi lukea: {reason}</source>
        <translation>Inställningsfilen {file} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>Asetustiedostossa {file} on tuntematon asetus {key} (sallitut: {keys}).</source>
        <translation>Inställningsfilen {file} har en okänd inställning {key} (tillåtna: {keys}).</translation>
    </message>
    <message>
        <source>Asetustiedostossa {file} asetuksen {key} arvon pitää olla teksti.</source>
        <translation>I inställningsfilen {file} ska värdet av {key} vara text.</translation>
    </message>
    <message>
        <source>Asetus {where} on tyhjä.</source>
        <translation>Inställningen {where} är tom.</translation>
    </message>
    <message>
        <source>Asetus {where}: kieli {value} ei ole mikään näistä: {languages}.</source>
        <translation>Inställningen {where}: språket {value} är inget av dessa: {languages}.</translation>
    </message>
    <message>
        <source>Asetustiedostoon {file} ei voi kirjoittaa: {reason}</source>
        <translation>Det går inte att skriva i inställningsfilen {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Joku muu ehti tallentaa ensin</source>
        <translation>Någon annan hann spara först</translation>
    </message>
    <message>
        <source>Joku muu on muuttanut tätä kohdetta sillä välin.</source>
        <translation>Någon annan har ändrat detta under tiden.</translation>
    </message>
    <message>
        <source>Vertaa versioita. Erot on merkitty ≠-merkillä. Kumpi versio jää voimaan? Kumpikaan ei katoa: korvattu versio jää kohteen muutoshistoriaan.</source>
        <translation>Jämför versionerna. Skillnaderna är markerade med ≠. Vilken version ska gälla? Ingen går förlorad: den ersatta versionen blir kvar i ändringshistoriken.</translation>
    </message>
    <message>
        <source>Kenttä</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Sinun versiosi</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Toisen tallentama</source>
        <translation>Den andras version</translation>
    </message>
    <message>
        <source>Versiot eroavat</source>
        <translation>Versionerna skiljer sig</translation>
    </message>
    <message>
        <source>Palaa muokkaamaan</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Pidä toisen versio</source>
        <translation>Behåll den andras version</translation>
    </message>
    <message>
        <source>Tallenna minun versioni</source>
        <translation>Spara min version</translation>
    </message>
    <message>
        <source>Mitään ei tallenneta; tekstisi pysyy lomakkeella.</source>
        <translation>Inget sparas; din text blir kvar i formuläret.</translation>
    </message>
    <message>
        <source>Sinun muutoksesi hylätään.</source>
        <translation>Dina ändringar förkastas.</translation>
    </message>
    <message>
        <source>Versiosi tallennetaan uuden version päälle; se jää historiaan.</source>
        <translation>Din version sparas över den nya; den blir kvar i historiken.</translation>
    </message>
</context>
<context>
    <name>ControlChart</name>
    <message>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Rivi %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>… ja %1 muuta virheellistä riviä.</source>
        <translation>… och %1 andra felaktiga rader.</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu: %1 virheellistä riviä. Mitään ei tallennettu; korjaa rivit ja tuo tiedosto uudelleen.</source>
        <translation>Filen importerades inte: %1 felaktiga rader. Inget sparades; rätta raderna och importera filen på nytt.</translation>
    </message>
    <message>
        <source>%1 arvoa tuotu: %2 uutta, %3 muuttunutta, %4 ennallaan.</source>
        <translation>%1 värden importerade: %2 nya, %3 ändrade, %4 oförändrade.</translation>
    </message>
    <message>
        <source>Taulut: %1</source>
        <translation>Tavlor: %1</translation>
    </message>
    <message>
        <source>%1 vastausta taululle %2: %3 viikkoa ja %4 kuukautta.</source>
        <translation>%1 svar till tavlan %2: %3 veckor och %4 månader.</translation>
    </message>
    <message>
        <source>Viimeisin viikko %1: NPS %2 (n = %3).</source>
        <translation>Senaste vecka %1: NPS %2 (n = %3).</translation>
    </message>
    <message>
        <source>Luotiin mittarit: %1.</source>
        <translation>Mätare skapades: %1.</translation>
    </message>
    <message>
        <source>%1 taulua tuotu: %2.</source>
        <translation>%1 tavlor importerade: %2.</translation>
    </message>
    <message>
        <source>Liitetty olemassa oleviin tauluihin: %1.</source>
        <translation>Kopplade till befintliga tavlor: %1.</translation>
    </message>
    <message>
        <source>CSV-tiedosto (*.csv *.txt);;Kaikki (*)</source>
        <translation>CSV-fil (*.csv *.txt);;Alla (*)</translation>
    </message>
    <message>
        <source>Tuo mittariarvot CSV-tiedostosta</source>
        <translation>Importera mätarvärden från CSV-fil</translation>
    </message>
    <message>
        <source>Tuodaan mittariarvoja…</source>
        <translation>Mätarvärden importeras…</translation>
    </message>
    <message>
        <source>Tuo asiakaspalaute (NPS) CSV-tiedostosta</source>
        <translation>Importera kundrespons (NPS) från CSV-fil</translation>
    </message>
    <message>
        <source>Tuodaan asiakaspalautetta…</source>
        <translation>Kundrespons importeras…</translation>
    </message>
    <message>
        <source>Tuo organisaatio CSV-tiedostosta</source>
        <translation>Importera organisationen från en CSV-fil</translation>
    </message>
    <message>
        <source>Tuodaan tauluja…</source>
        <translation>Tavlor importeras…</translation>
    </message>
    <message>
        <source>Keskeytä</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tuonti</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tuonti valmis</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Tuonti keskeytetty</source>
        <translation>Importen avbröts</translation>
    </message>
    <message>
        <source>Tuonti keskeytettiin: mitään ei tallennettu.</source>
        <translation>Importen avbröts: inget sparades.</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu</source>
        <translation>Filen importerades inte</translation>
    </message>
    <message>
        <source>tiedosto ei ole tekstiä (CSV), vaan jotain muuta.</source>
        <translation>filen är inte text (CSV) utan något annat.</translation>
    </message>
    <message>
        <source>tiedosto on tyhjä: otsikkorivi puuttuu.</source>
        <translation>filen är tom: rubrikraden saknas.</translation>
    </message>
    <message>
        <source>tiedosto on Excel-työkirja (.xlsx), ei CSV: tallenna se Excelissä muodossa ”CSV UTF-8 (pilkuin erotettu)”.</source>
        <translation>filen är en Excel-arbetsbok (.xlsx), inte CSV: spara den i Excel i formatet ”CSV UTF-8 (kommaavgränsad)”.</translation>
    </message>
    <message>
        <source>tiedoston UTF-16-merkistö on rikki.</source>
        <translation>filens UTF-16-kodning är trasig.</translation>
    </message>
    <message>
        <source>rivillä on yli {limit} merkin kenttä: tarkista, että jokainen lainausmerkki on suljettu ja erotin on oikea.</source>
        <translation>raden har ett fält på över {limit} tecken: kontrollera att varje citattecken är stängt och att avgränsaren är rätt.</translation>
    </message>
    <message>
        <source>rivi on yli {limit} merkkiä pitkä: tiedosto ei ole taulukko, jonka rivit LeanBoard voi tuoda.</source>
        <translation>raden är över {limit} tecken lång: filen är ingen tabell vars rader LeanBoard kan importera.</translation>
    </message>
    <message>
        <source>tiedosto ei ole kelvollista UTF-8-merkistöä (tavu {byte}, ja tiedostossa on myös UTF-8-merkkejä): tallenna se uudelleen muodossa CSV UTF-8.</source>
        <translation>filen är inte giltig UTF-8 (byte {byte}, och filen innehåller också UTF-8-tecken): spara den på nytt i formatet CSV UTF-8.</translation>
    </message>
    <message>
        <source>tiedoston merkistö ei ole UTF-8 eikä Windows-1252 (tavu {byte}): tallenna se muodossa CSV UTF-8.</source>
        <translation>filens kodning är varken UTF-8 eller Windows-1252 (byte {byte}): spara den i formatet CSV UTF-8.</translation>
    </message>
    <message>
        <source>sarake {column} on otsikkorivillä {count} kertaa.</source>
        <translation>kolumnen {column} finns {count} gånger på rubrikraden.</translation>
    </message>
    <message>
        <source> tai </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>otsikkorivillä ei ole saraketta {names}.</source>
        <translation>rubrikraden har ingen kolumn {names}.</translation>
    </message>
    <message>
        <source> (otsikkorivillä on: {shown}; erotin ”{delimiter}”)</source>
        <translation> (rubrikraden har: {shown}; avgränsare ”{delimiter}”)</translation>
    </message>
    <message>
        <source>sarkain</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source> — desimaalipilkullinen luku pitää lainausmerkeissä, tai käytä erottimena ;-merkkiä</source>
        <translation> — sätt ett tal med decimalkomma inom citattecken, eller använd ; som avgränsare</translation>
    </message>
    <message>
        <source>rivillä on enemmän sarakkeita kuin otsikkorivillä{hint}.</source>
        <translation>raden har fler kolumner än rubrikraden{hint}.</translation>
    </message>
    <message>
        <source>tiedostossa on vain otsikkorivi: ei tuotavaa.</source>
        <translation>filen har bara en rubrikrad: inget att importera.</translation>
    </message>
    <message>
        <source>sama taulu, mittari ja jakso ({period}) on jo rivillä {row}.</source>
        <translation>samma tavla, mätare och period ({period}) finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>Taulu: tunnus puuttuu.</source>
        <translation>Tavla: kod saknas.</translation>
    </message>
    <message>
        <source>Mittari: nimi puuttuu.</source>
        <translation>Mätare: namn saknas.</translation>
    </message>
    <message>
        <source>Jakso: arvo puuttuu.</source>
        <translation>Period: värde saknas.</translation>
    </message>
    <message>
        <source>Taulu {code} on arkistoitu.</source>
        <translation>Tavlan {code} är arkiverad.</translation>
    </message>
    <message>
        <source>Taulu: tuntematon taulu ”{code}”.</source>
        <translation>Tavla: okänd tavla ”{code}”.</translation>
    </message>
    <message>
        <source>Taulu: taulu {code} on arkistoitu.</source>
        <translation>Tavla: tavlan {code} är arkiverad.</translation>
    </message>
    <message>
        <source>Mittari: ”{name}” lasketaan taulun {code} turvallisuustapahtumista, sille ei tuoda arvoja.</source>
        <translation>Mätare: ”{name}” räknas från tavlan {code}s säkerhetshändelser, inga värden importeras för den.</translation>
    </message>
    <message>
        <source>Mittari: taulu {code} näkee {count} mittaria nimeltä ”{name}” (oma ja ylemmän taulun): nimeä toinen uudelleen.</source>
        <translation>Mätare: tavlan {code} ser {count} mätare med namnet ”{name}” (egen och den överordnade tavlans): byt namn på den ena.</translation>
    </message>
    <message>
        <source>ei mittareita</source>
        <translation>inga mätare</translation>
    </message>
    <message>
        <source>Mittari: taululla {code} ei ole mittaria ”{name}” (taululla: {shown}).</source>
        <translation>Mätare: tavlan {code} har ingen mätare ”{name}” (tavlan har: {shown}).</translation>
    </message>
    <message>
        <source>Mittari {names} arkistoitiin tuonnin aikana: mitään ei tallennettu. Tuo tiedosto uudelleen.</source>
        <translation>Mätaren {names} arkiverades under importen: ingenting sparades. Importera filen på nytt.</translation>
    </message>
    <message>
        <source>Päivämäärä: arvo puuttuu.</source>
        <translation>Datum: värde saknas.</translation>
    </message>
    <message>
        <source>Arvosana: arvo puuttuu.</source>
        <translation>Vitsord: värde saknas.</translation>
    </message>
    <message>
        <source>Taulun {code} NPS-mittarin jakso on päivä: NPS lasketaan viikoittain ja kuukausittain. Vaihda mittarin jaksoksi viikko tai kuukausi.</source>
        <translation>Perioden för NPS-mätaren på tavlan {code} är dag: NPS räknas per vecka och per månad. Ändra mätarens period till vecka eller månad.</translation>
    </message>
    <message>
        <source>Taulun {code} mittarin ”{name}” jakso ei ole kuukausi: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</source>
        <translation>Perioden för mätaren ”{name}” på tavlan {code} är inte månad: rätta mätarens period eller namn före NPS-importen.</translation>
    </message>
    <message>
        <source>Taulun {code} mittarin ”{name}” jakso ei ole viikko: korjaa mittarin jakso tai nimi ennen NPS-tuontia.</source>
        <translation>Perioden för mätaren ”{name}” på tavlan {code} är inte vecka: rätta mätarens period eller namn före NPS-importen.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>arvo ei voi olla negatiivinen.</source>
        <translation>värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>osallistujamäärä ei voi olla negatiivinen.</source>
        <translation>antalet deltagare kan inte vara negativt.</translation>
    </message>
    <message>
        <source>arvon pitää olla vähintään 1 (annettu {value}).</source>
        <translation>värdet måste vara minst 1 (angivet {value}).</translation>
    </message>
    <message>
        <source>tunnus ”{value}” ei kelpaa: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _.</source>
        <translation>koden ”{value}” duger inte: 1–32 tecken, versaler, siffror, - eller _.</translation>
    </message>
    <message>
        <source>Tiedostoa {path} ei löydy.</source>
        <translation>Filen {path} hittas inte.</translation>
    </message>
    <message>
        <source>Tiedostoa {path} ei voi lukea: {reason}.</source>
        <translation>Filen {path} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole UTF-8-tekstiä.</source>
        <translation>Filen {path} är inte UTF-8-text.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole LeanBoardin vientitiedosto: arvot on sisäkkäin liian syvällä (rivi {line}).</source>
        <translation>Filen {path} är ingen LeanBoard-exportfil: värdena är kapslade för djupt (rad {line}).</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole LeanBoardin vientitiedosto: yksi arvo on yli {size} merkkiä pitkä (rivi {line}).</source>
        <translation>Filen {path} är ingen LeanBoard-exportfil: ett värde är över {size} tecken långt (rad {line}).</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole kelvollista JSONia (rivi {line}, sarake {column}): tiedosto on rikki tai katkennut.</source>
        <translation>Filen {path} är inte giltig JSON (rad {line}, kolumn {column}): filen är trasig eller avbruten.</translation>
    </message>
    <message>
        <source>taulu {table} rivi {row}: </source>
        <translation>tabell {table} rad {row}: </translation>
    </message>
    <message>
        <source>Tietoja ei tuotu</source>
        <translation>Uppgifterna importerades inte</translation>
    </message>
    <message>
        <source>Tiedosto {path} muuttui tuonnin aikana: mitään ei tallennettu. Tuo se uudelleen.</source>
        <translation>Filen {path} ändrades under importen: ingenting sparades. Importera den på nytt.</translation>
    </message>
    <message>
        <source>{action}: kohdetietokannassa on jo {boards} taulua. Tiedot voi siirtää vain tyhjään tietokantaan, jotta mitään ei kirjoiteta olemassa olevien tietojen päälle.</source>
        <translation>{action}: måldatabasen har redan {boards} tavlor. Uppgifter kan bara flyttas till en tom databas, så att ingenting skrivs över befintliga uppgifter.</translation>
    </message>
    <message>
        <source>{action}: kohdetietokanta ei ole tyhjä (rivejä: {rows}). Tiedot voi siirtää vain tyhjään tietokantaan.</source>
        <translation>{action}: måldatabasen är inte tom (rader: {rows}). Uppgifter kan bara flyttas till en tom databas.</translation>
    </message>
    <message>
        <source>tiedosto ei ole LeanBoardin vientitiedosto.</source>
        <translation>filen är inte en exportfil från LeanBoard.</translation>
    </message>
    <message>
        <source>tiedosto ei ole LeanBoardin vientitiedosto (format ≠ {format}).</source>
        <translation>filen är inte en exportfil från LeanBoard (format ≠ {format}).</translation>
    </message>
    <message>
        <source>tiedostomuodon versio {version} on tälle LeanBoardille tuntematon.</source>
        <translation>filformatets version {version} är okänd för denna LeanBoard.</translation>
    </message>
    <message>
        <source>skeeman tunniste {value} ei ole tekstiä.</source>
        <translation>schemats id {value} är inte text.</translation>
    </message>
    <message>
        <source>tiedosto on tehty uudemmalla LeanBoardilla (skeema {schema}): päivitä LeanBoard.</source>
        <translation>filen är gjord med en nyare LeanBoard (schema {schema}): uppdatera LeanBoard.</translation>
    </message>
    <message>
        <source>tiedostosta puuttuu taulujen rivit (tables).</source>
        <translation>filen saknar tabellernas rader (tables).</translation>
    </message>
    <message>
        <source>tuntematon taulu {name}.</source>
        <translation>okänd tabell {name}.</translation>
    </message>
    <message>
        <source>rivien pitää olla lista.</source>
        <translation>raderna ska vara en lista.</translation>
    </message>
    <message>
        <source>rivin pitää olla JSON-olio.</source>
        <translation>raden ska vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>tuntematon sarake {name}.</source>
        <translation>okänd kolumn {name}.</translation>
    </message>
    <message>
        <source>sarake {name}</source>
        <translation>kolumn {name}</translation>
    </message>
    <message>
        <source>{label}: tunniste puuttuu.</source>
        <translation>{label}: id saknas.</translation>
    </message>
    <message>
        <source>{label}: arvo puuttuu (pakollinen).</source>
        <translation>{label}: värde saknas (obligatoriskt).</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla true tai false.</source>
        <translation>{label}: värdet ska vara true eller false.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla kokonaisluku (annettu {value}).</source>
        <translation>{label}: värdet ska vara ett heltal (angivet {value}).</translation>
    </message>
    <message>
        <source>{label}: luku {value} on liian suuri.</source>
        <translation>{label}: talet {value} är för stort.</translation>
    </message>
    <message>
        <source>{label}: tunnisteen pitää olla positiivinen.</source>
        <translation>{label}: id ska vara positivt.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla tekstiä.</source>
        <translation>{label}: värdet ska vara text.</translation>
    </message>
    <message>
        <source>{label}: listan jokaisen kohdan pitää olla tekstiä.</source>
        <translation>{label}: varje punkt i listan ska vara text.</translation>
    </message>
    <message>
        <source>{label}: jokaisen kohdan pitää olla lista tekstejä.</source>
        <translation>{label}: varje punkt ska vara en lista med texter.</translation>
    </message>
    <message>
        <source>{label}: JSON on sisäkkäin liian syvällä.</source>
        <translation>{label}: JSON är kapslad för djupt.</translation>
    </message>
    <message>
        <source>{label}: tekstissä on NUL-merkki.</source>
        <translation>{label}: texten innehåller ett NUL-tecken.</translation>
    </message>
    <message>
        <source>PIN-tiiviste ei ole LeanBoardin muotoa (pbkdf2$suola$tiiviste).</source>
        <translation>PIN-hashen har inte LeanBoards format (pbkdf2$salt$hash).</translation>
    </message>
    <message>
        <source>{label}: teksti on liian pitkä.</source>
        <translation>{label}: texten är för lång.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla JSON-lista.</source>
        <translation>{label}: värdet ska vara en JSON-lista.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla JSON-olio.</source>
        <translation>{label}: värdet ska vara ett JSON-objekt.</translation>
    </message>
    <message>
        <source>{label}: {value} ei ole päivämäärä (vvvv-kk-pp).</source>
        <translation>{label}: {value} är inte ett datum (åååå-mm-dd).</translation>
    </message>
    <message>
        <source>{label}: {value} ei ole aikaleima (vvvv-kk-ppThh:mm:ss).</source>
        <translation>{label}: {value} är inte en tidsstämpel (åååå-mm-ddThh:mm:ss).</translation>
    </message>
    <message>
        <source>sama tunniste {id} kuin rivillä {row}.</source>
        <translation>samma id {id} som på rad {row}.</translation>
    </message>
    <message>
        <source>sarake {column} viittaa riviin {value} taulussa {table}, jota ei ole.</source>
        <translation>kolumnen {column} hänvisar till rad {value} i tabellen {table}, som inte finns.</translation>
    </message>
    <message>
        <source>{names} on sama kuin rivillä {row}.</source>
        <translation>{names} är samma som på rad {row}.</translation>
    </message>
    <message>
        <source>sarake {name} muodostaa kehän.</source>
        <translation>kolumnen {name} bildar en cirkel.</translation>
    </message>
    <message>
        <source>Lähde ja kohde ovat sama tietokanta.</source>
        <translation>Källan och målet är samma databas.</translation>
    </message>
    <message>
        <source>Tietokantaa ei kopioitu</source>
        <translation>Databasen kopierades inte</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Tallenna</source>
        <extracomment>(field key, Finnish label) in the order the conflict view lists them</extracomment>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Tekstisi on tallessa lomakkeella — yritä hetken päästä uudelleen.</source>
        <translation>Ingen kontakt med databasen. Din text finns kvar i formuläret — försök igen om en stund.</translation>
    </message>
    <message>
        <source>Tekstisi on tallessa lomakkeella.</source>
        <translation>Din text finns kvar i formuläret.</translation>
    </message>
    <message>
        <source>Lomakkeella on nyt toisen tallentama versio. Muutoksiasi ei tallennettu.</source>
        <translation>Formuläret visar nu den andras version. Dina ändringar sparades inte.</translation>
    </message>
    <message>
        <source>Ei tallennettu. Tekstisi on tallessa; tallenna, kun olet valmis.</source>
        <translation>Inte sparat. Din text finns kvar; spara när du är klar.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>rivi {row}: {reason}</source>
        <translation>rad {row}: {reason}</translation>
    </message>
    <message>
        <source> (ja {count} muuta)</source>
        <translation> (och {count} till)</translation>
    </message>
    <message>
        <source>Tiedostoa ei tuotu, {count} virheellistä riviä: {lines}</source>
        <translation>Filen importerades inte, {count} felaktiga rader: {lines}</translation>
    </message>
    <message>
        <source>Tuonti peruttiin: mitään ei tallennettu.</source>
        <translation>Importen avbröts: ingenting sparades.</translation>
    </message>
    <message>
        <source>Joku muu on muuttanut tätä kohdetta sillä välin. Valitse kumpi versio jää.</source>
        <translation>Någon annan har ändrat det här under tiden. Välj vilken version som blir kvar.</translation>
    </message>
    <message>
        <source>Käyttöoikeudet vaativat PostgreSQL-tietokannan. SQLite-tiedostossa tunnus on käyttöjärjestelmän käyttäjä ja rajana tiedoston omat käyttöoikeudet.</source>
        <translation>Behörigheter kräver en PostgreSQL-databas. I en SQLite-fil är identiteten operativsystemets användare och gränsen filens egna rättigheter.</translation>
    </message>
    <message>
        <source>Kirjautumistunnusta {login} ei ole PostgreSQL-palvelimella. IT luo sen ensin (CREATE ROLE … LOGIN), katso README.</source>
        <translation>Inloggningen {login} finns inte på PostgreSQL-servern. IT skapar den först (CREATE ROLE … LOGIN), se README.</translation>
    </message>
    <message>
        <source>Käyttöoikeuksia ei ole otettu käyttöön tässä tietokannassa: tietokannan omistaja ajaa ensin komennon leanboard access setup.</source>
        <translation>Behörigheterna är inte i bruk i denna databas: databasens ägare kör först kommandot leanboard access setup.</translation>
    </message>
    <message>
        <source>Taulua tunnuksella {code} ei löydy.</source>
        <translation>Det finns ingen tavla med koden {code}.</translation>
    </message>
    <message>
        <source>{label} {id} ei löydy.</source>
        <translation>{label} {id} hittas inte.</translation>
    </message>
    <message>
        <source>Yhteys tietokantaan katkesi tallennettaessa, eikä tiedetä, tallentuiko muutos. Tarkista tilanne, kun yhteys palaa.</source>
        <translation>Förbindelsen till databasen bröts under sparandet och det är okänt om ändringen sparades. Kontrollera läget när förbindelsen är tillbaka.</translation>
    </message>
    <message>
        <source>Levy on täynnä ({where}): muutosta ei tallennettu. Vapauta levytilaa (tai pyydä sitä IT-tuelta) ja yritä uudelleen.</source>
        <translation>Disken är full ({where}): ändringen sparades inte. Frigör diskutrymme (eller be IT-stödet om det) och försök igen.</translation>
    </message>
    <message>
        <source>Tietokantaan ei ole kirjoitusoikeutta ({where}: {reason}): muutosta ei tallennettu. Tiedosto, kansio tai levy on vain luettavissa, tai käyttäjätunnukselta puuttuu oikeus; pyydä IT-tukea tarkistamaan oikeudet.</source>
        <translation>Databasen får inte skrivas ({where}: {reason}): ändringen sparades inte. Filen, mappen eller disken är skrivskyddad, eller användarnamnet saknar rättighet; be IT-stödet kontrollera rättigheterna.</translation>
    </message>
    <message>
        <source>Tietokanta on varattu toisen tallennuksen takia. Yritä hetken päästä uudelleen.</source>
        <translation>Databasen är upptagen av en annan sparning. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Tietokanta {where} on vioittunut ({reason}). Sitä ei käytetä, jottei vahinko leviä: ota käyttöön varmuuskopio (leanboard import-data uuteen tietokantaan) tai pyydä IT-tukea.</source>
        <translation>Databasen {where} är skadad ({reason}). Den används inte, så att skadan inte sprids: ta i bruk en säkerhetskopia (leanboard import-data till en ny databas) eller be IT-stödet om hjälp.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä ({reason}).</source>
        <translation>Ingen förbindelse till databasen ({reason}).</translation>
    </message>
    <message>
        <source>Tietokannan osoite ei kelpaa: {url}</source>
        <translation>Databasens adress duger inte: {url}</translation>
    </message>
    <message>
        <source>Tietokantatiedosto {path} on verkkolevyllä. SQLite-tiedostoa ei voi jakaa verkkolevyn kautta turvallisesti: käytä usealle koneelle PostgreSQL-tietokantaa.</source>
        <translation>Databasfilen {path} ligger på en nätverksenhet. En SQLite-fil kan inte delas säkert via en nätverksenhet: använd en PostgreSQL-databas för flera datorer.</translation>
    </message>
    <message>
        <source>Tietokantatiedosto {path} on tyhjä (0 tavua): se ei ole LeanBoardin tietokanta. Tarkista polku; uusi tietokanta tehdään vain tiedostoon, jota ei vielä ole.</source>
        <translation>Databasfilen {path} är tom (0 byte): den är ingen LeanBoard-databas. Kontrollera sökvägen; en ny databas skapas bara i en fil som inte finns ännu.</translation>
    </message>
    <message>
        <source>Tiedosto {path} ei ole SQLite-tietokanta (sen alku ei ole SQLiten). Tarkista polku.</source>
        <translation>Filen {path} är ingen SQLite-databas (dess början är inte SQLites). Kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>Tuntematon tietokanta: {name}</source>
        <translation>Okänd databas: {name}</translation>
    </message>
    <message>
        <source>Tietokanta on uudemman LeanBoard-version tekemä (skeema {schema}). Päivitä LeanBoard tälle koneelle.</source>
        <translation>Databasen är gjord av en nyare LeanBoard-version (schema {schema}). Uppdatera LeanBoard på den här datorn.</translation>
    </message>
    <message>
        <source>Tietokannan rakenne on vanhempi kuin tämä LeanBoard (skeema {schema}), eikä tunnuksellasi voi päivittää sitä: tietokannan omistaja ajaa ensin leanboard db upgrade.</source>
        <translation>Databasens struktur är äldre än denna LeanBoard (schema {schema}) och din inloggning kan inte uppdatera den: databasens ägare kör först leanboard db upgrade.</translation>
    </message>
    <message>
        <source>PIN-koodin vaihtamiseen tai poistamiseen tarvitaan nykyinen PIN-koodi tai taulun vetäjän rooli. PIN-koodia ei muutettu.</source>
        <translation>För att byta eller ta bort PIN-koden behövs den nuvarande PIN-koden eller rollen som tavlans ledare. PIN-koden ändrades inte.</translation>
    </message>
    <message>
        <source>tietokannan versio</source>
        <translation>databasens version</translation>
    </message>
    <message>
        <source>taulut ja niiden asetukset</source>
        <translation>tavlor och deras inställningar</translation>
    </message>
    <message>
        <source>PIN-koodit</source>
        <translation>PIN-koder</translation>
    </message>
    <message>
        <source>mittarit ja tavoitteet</source>
        <translation>mätare och mål</translation>
    </message>
    <message>
        <source>mittarien arvot</source>
        <translation>mätarnas värden</translation>
    </message>
    <message>
        <source>kaavioiden merkinnät</source>
        <translation>diagrammens anteckningar</translation>
    </message>
    <message>
        <source>kaavioiden vaiheet</source>
        <translation>diagrammens faser</translation>
    </message>
    <message>
        <source>päivän fiilis</source>
        <translation>dagens stämning</translation>
    </message>
    <message>
        <source>fiilisäänet</source>
        <translation>stämningsröster</translation>
    </message>
    <message>
        <source>kehitysideat</source>
        <translation>förbättringsidéer</translation>
    </message>
    <message>
        <source>ongelmat</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>eskalaatiot ja niiden vastaukset</source>
        <translation>eskaleringar och deras svar</translation>
    </message>
    <message>
        <source>tapahtumatyypit</source>
        <translation>händelsetyper</translation>
    </message>
    <message>
        <source>turvallisuustapahtumat</source>
        <translation>säkerhetshändelser</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3-rapporter</translation>
    </message>
    <message>
        <source>A3-toimenpiteet</source>
        <translation>A3-åtgärder</translation>
    </message>
    <message>
        <source>palaverit</source>
        <translation>möten</translation>
    </message>
    <message>
        <source>muutoshistoria</source>
        <translation>ändringshistorik</translation>
    </message>
    <message>
        <source>käyttöoikeudet</source>
        <translation>behörigheter</translation>
    </message>
    <message>
        <source>Ei oikeutta: tunnuksen {login} rooli ei salli tätä ({what}). Mitään ei tallennettu.</source>
        <translation>Ingen behörighet: inloggningen {login} har ingen roll som tillåter detta ({what}). Ingenting sparades.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Vie viikon PDF</source>
        <translation>Exportera veckans PDF</translation>
    </message>
    <message>
        <source>Yksi taulu</source>
        <translation>En tavla</translation>
    </message>
    <message>
        <source>Kaikki taulut (yksi tiedosto kustakin)</source>
        <translation>Alla tavlor (en fil för varje)</translation>
    </message>
    <message>
        <source>Valitse…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Paperikoko</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>Tiedosto tai kansio</source>
        <translation>Fil eller mapp</translation>
    </message>
    <message>
        <source>Vie PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Kansio</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>PDF-tiedosto</source>
        <translation>PDF-fil</translation>
    </message>
    <message>
        <source>Anna kansio, johon PDF:t kirjoitetaan.</source>
        <translation>Ange mappen dit PDF-filerna skrivs.</translation>
    </message>
    <message>
        <source>Kansiota ei ole: %1</source>
        <translation>Mappen finns inte: %1</translation>
    </message>
    <message>
        <source>Viedään PDF…</source>
        <translation>PDF exporteras…</translation>
    </message>
    <message>
        <source>Keskeytä</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <source>PDF viety</source>
        <translation>PDF exporterad</translation>
    </message>
    <message>
        <source>%1 PDF-tiedosto(a): %2</source>
        <translation>%1 PDF-fil(er): %2</translation>
    </message>
    <message>
        <source>Viikko</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Avaa PDF</source>
        <translation>Öppna PDF</translation>
    </message>
    <message>
        <source>Avaa kansio</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>PDF:ää ei voitu avata</source>
        <translation>PDF:en kunde inte öppnas</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata: %1</source>
        <translation>Filen kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>Vienti keskeytetty</source>
        <translation>Exporten avbröts</translation>
    </message>
    <message>
        <source>Vienti keskeytettiin; %1 PDF-tiedostoa ehdittiin kirjoittaa.</source>
        <translation>Exporten avbröts; %1 PDF-filer hann skrivas.</translation>
    </message>
    <message>
        <source>PDF:ää ei viety</source>
        <translation>PDF:en exporterades inte</translation>
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
        <translation>Utvecklingsidé</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Toimenpide</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Ylempi taulu</source>
        <translation>Överordnad tavla</translation>
    </message>
    <message>
        <source>Alkuperä</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Aloituspäivä</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Arvo</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Arvosana</source>
        <translation>Vitsord</translation>
    </message>
    <message>
        <source>Desimaalit</source>
        <translation>Decimaler</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kalanruodon luokka</source>
        <translation>Fiskbenskategori</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Längd (min)</translation>
    </message>
    <message>
        <source>Kommentti</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Päivämäärä</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>SQDC-luokka</source>
        <translation>SQDC-kategori</translation>
    </message>
    <message>
        <source>Saate</source>
        <translation>Följebrev</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Taulun taso</source>
        <translation>Tavlans nivå</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Vakavuus</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Vastauksen tyyppi</source>
        <translation>Typ av svar</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Pysähtynyt idea (päiviä)</source>
        <translation>Stillastående idé (dagar)</translation>
    </message>
    <message>
        <source>Merkintä</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Kaavio</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Suhteutus</source>
        <translation>Per antal</translation>
    </message>
    <message>
        <source>Nimittäjä</source>
        <translation>Nämnare</translation>
    </message>
    <message>
        <source>Tausta</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Nykytila</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Tavoitetila</source>
        <translation>Målläge</translation>
    </message>
    <message>
        <source>Juurisyyanalyysi</source>
        <translation>Rotorsaksanalys</translation>
    </message>
    <message>
        <source>Vastatoimenpiteet</source>
        <translation>Motåtgärder</translation>
    </message>
    <message>
        <source>Seuranta ja tulokset</source>
        <translation>Uppföljning och resultat</translation>
    </message>
    <message>
        <source>Miksi? {n}</source>
        <translation>Varför? {n}</translation>
    </message>
    <message>
        <source>Kalanruoto, {name}</source>
        <translation>Fiskben, {name}</translation>
    </message>
    <message>
        <source> (rivi {row})</source>
        <translation> (rad {row})</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>symbolinen linkki</source>
        <translation>en symbolisk länk</translation>
    </message>
    <message>
        <source>kansio</source>
        <translation>en mapp</translation>
    </message>
    <message>
        <source>nimetty putki (FIFO)</source>
        <translation>en namngiven pipe (FIFO)</translation>
    </message>
    <message>
        <source>laite</source>
        <translation>en enhet</translation>
    </message>
    <message>
        <source>pistoke (socket)</source>
        <translation>en socket</translation>
    </message>
    <message>
        <source>muu</source>
        <translation>något annat</translation>
    </message>
    <message>
        <source>{path} ei ole tavallinen tiedosto vaan {kind}: sen tilalle ei kirjoiteta. Anna toinen tiedostonimi.</source>
        <translation>{path} är ingen vanlig fil utan {kind}: den skrivs inte över. Ange ett annat filnamn.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Tervetuloa LeanBoardiin</source>
        <translation>Välkommen till LeanBoard</translation>
    </message>
    <message>
        <source>Tervetuloa! Tauluja ei ole vielä. Aloita yhdellä näistä:</source>
        <translation>Välkommen! Det finns inga tavlor ännu. Börja med ett av dessa:</translation>
    </message>
    <message>
        <source>1. Luo ensimmäinen taulu</source>
        <translation>1. Skapa den första tavlan</translation>
    </message>
    <message>
        <source>Esimerkiksi osastosi taulu; muut taulut lisäät myöhemmin Taulu-valikosta.</source>
        <translation>Till exempel din avdelnings tavla; andra tavlor lägger du till senare i menyn Tavla.</translation>
    </message>
    <message>
        <source>esim. Osasto 3, kotihoito</source>
        <translation>t.ex. Avdelning 3, hemvård</translation>
    </message>
    <message>
        <source>esim. OS3 (lyhyt, yksilöllinen)</source>
        <translation>t.ex. AVD3 (kort, unik)</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Luo taulu</source>
        <translation>Skapa tavla</translation>
    </message>
    <message>
        <source>2. Tuo koko organisaatio CSV-tiedostosta</source>
        <translation>2. Importera hela organisationen från en CSV-fil</translation>
    </message>
    <message>
        <source>Rivi kullekin taululle: tunnus, nimi, ylemmän taulun tunnus (tyhjä ylimmällä) ja taso, esimerkiksi OS3;Osasto 3;KY;tiimi.</source>
        <translation>En rad per tavla: kod, namn, den överordnade tavlans kod (tom för den översta) och nivå, till exempel AVD3;Avdelning 3;KY;team.</translation>
    </message>
    <message>
        <source>Valitse tiedosto ja tuo…</source>
        <translation>Välj fil och importera…</translation>
    </message>
    <message>
        <source>3. Kokeile esittelyaineistolla</source>
        <translation>3. Prova med demomaterialet</translation>
    </message>
    <message>
        <source>Kuvitteellinen kuntayhtymä ja 12 viikon historia. Aineisto jää tähän tietokantaan: älä valitse tätä, jos siihen kirjataan oikeita tietoja.</source>
        <translation>En fiktiv samkommun och 12 veckors historik. Materialet stannar i den här databasen: välj inte detta om verkliga uppgifter förs in i den.</translation>
    </message>
    <message>
        <source>Lopeta</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Taulut tallentuvat tälle tietokoneelle (tiedosto %1). Jos useampi kone tai seinänäyttö käyttää samoja tauluja, pyydä ylläpitoa liittämään LeanBoard yhteiseen tietokantaan.</source>
        <translation>Tavlorna sparas på den här datorn (filen %1). Om flera datorer eller väggskärmar använder samma tavlor, be IT-stödet koppla LeanBoard till en gemensam databas.</translation>
    </message>
    <message>
        <source>Taulut tallentuvat yhteiseen tietokantaan %1 palvelimella %2: kaikki siihen liitetyt koneet näkevät samat taulut.</source>
        <translation>Tavlorna sparas i den gemensamma databasen %1 på servern %2: alla datorer som är kopplade till den ser samma tavlor.</translation>
    </message>
    <message>
        <source>Taulua ei luotu</source>
        <translation>Tavlan skapades inte</translation>
    </message>
    <message>
        <source>Lataa esittelyaineisto</source>
        <translation>Ladda demodata</translation>
    </message>
    <message>
        <source>Ladataanko esittelyaineisto? Se lisää kuvitteellisia tauluja ja tietoja, jotka jäävät tähän tietokantaan.</source>
        <translation>Ladda demomaterialet? Det lägger till fiktiva tavlor och uppgifter som stannar i den här databasen.</translation>
    </message>
    <message>
        <source>Esittelyaineistoa ei ladattu</source>
        <translation>Demodata laddades inte</translation>
    </message>
</context>
<context>
    <name>Fishbone</name>
    <message>
        <source>Ihmiset</source>
        <translation>Människor</translation>
    </message>
    <message>
        <source>Menetelmät</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Laitteet</source>
        <translation>Utrustning</translation>
    </message>
    <message>
        <source>Ympäristö</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Materiaalit</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Johtaminen</source>
        <translation>Ledning</translation>
    </message>
</context>
<context>
    <name>FishboneEditor</name>
    <message>
        <source>Yksi syy riville</source>
        <translation>En orsak per rad</translation>
    </message>
</context>
<context>
    <name>FiveWhys</name>
    <message>
        <source>Miksi? %1</source>
        <translation>Varför? %1</translation>
    </message>
    <message>
        <source>Miksi ongelma syntyy?</source>
        <translation>Varför uppstår problemet?</translation>
    </message>
    <message>
        <source>Miksi edellinen tapahtuu?</source>
        <translation>Varför händer det föregående?</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>päivä</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>päivää</source>
        <translation>dagar</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Kaaviossa ei ole merkintöjä.</source>
        <translation>Diagrammet har inga anteckningar.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <source>Ei mittareita. Tavoitteet lisätään työpöytäversiossa.</source>
        <translation>Inga mätare. Mål läggs till i skrivbordsversionen.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>SQDC-luokka</source>
        <translation>SQDC-kategori</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alkuperä</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Seuraus</source>
        <translation>Följd</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Periytyy</source>
        <translation>Ärvs</translation>
    </message>
    <message>
        <source>Desimaalit</source>
        <translation>Decimaler</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Ylempi taulu</source>
        <translation>Överordnad tavla</translation>
    </message>
    <message>
        <source>Vähimmäisryhmä</source>
        <translation>Minsta grupp</translation>
    </message>
    <message>
        <source>Näkyvät osiot</source>
        <translation>Synliga avsnitt</translation>
    </message>
    <message>
        <source>Odottaa taululla</source>
        <translation>Väntar på tavlan</translation>
    </message>
    <message>
        <source>Taululta</source>
        <translation>Från tavlan</translation>
    </message>
    <message>
        <source>Kumottu toiminto</source>
        <translation>Ångrad åtgärd</translation>
    </message>
    <message>
        <source>Osallistujat</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Längd (min)</translation>
    </message>
    <message>
        <source>Muistiinpano</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Yhdistetyt kirjaukset</source>
        <translation>Sammanslagna registreringar</translation>
    </message>
    <message>
        <source>Taululle</source>
        <translation>Till tavlan</translation>
    </message>
    <message>
        <source>Taso</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Vastaus</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Vastauksen tyyppi</source>
        <translation>Typ av svar</translation>
    </message>
    <message>
        <source>Mittari</source>
        <translation>Mätare</translation>
    </message>
    <message>
        <source>Arvo</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Rooli</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Luotu</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Muutettu</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Siirretty</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <source>Arkistoitu</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Palautettu</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>Eskaloitu</source>
        <translation>Eskalerat</translation>
    </message>
    <message>
        <source>Vastattu</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Arvo kirjattu</source>
        <translation>Värde registrerat</translation>
    </message>
    <message>
        <source>PIN-koodi vaihdettu</source>
        <translation>PIN-koden bytt</translation>
    </message>
    <message>
        <source>PIN-koodi poistettu</source>
        <translation>PIN-koden borttagen</translation>
    </message>
    <message>
        <source>Rooli annettu</source>
        <translation>Roll given</translation>
    </message>
    <message>
        <source>Rooli poistettu</source>
        <translation>Roll borttagen</translation>
    </message>
    <message>
        <source>Kumottu</source>
        <translation>Ångrat</translation>
    </message>
    <message>
        <source>Yhdistetty</source>
        <translation>Sammanslaget</translation>
    </message>
    <message>
        <source>Päivän fiilis näytetty</source>
        <translation>Dagens stämning visad</translation>
    </message>
    <message>
        <source>taulu</source>
        <translation>tavla</translation>
    </message>
    <message>
        <source>fiiliskyselystä</source>
        <translation>från stämningsenkäten</translation>
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
        <translation>beslut</translation>
    </message>
    <message>
        <source>resurssi</source>
        <translation>resurs</translation>
    </message>
    <message>
        <source>lähetetty ylemmäs</source>
        <translation>skickat uppåt</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>returnerat</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Förbättringsidé</translation>
    </message>
    <message>
        <source>Ongelma</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Turvallisuustapahtuma</source>
        <translation>Säkerhetshändelse</translation>
    </message>
    <message>
        <source>Mittarin arvo</source>
        <translation>Mätarvärde</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>A3-raportti</source>
        <translation>A3-rapport</translation>
    </message>
    <message>
        <source>Palaveri</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Stämning</translation>
    </message>
    <message>
        <source>Käyttöoikeus</source>
        <translation>Behörighet</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Muutoshistoria — %1</source>
        <translation>Ändringshistorik — %1</translation>
    </message>
    <message>
        <source>Historia ei aukea</source>
        <translation>Historiken kan inte öppnas</translation>
    </message>
    <message>
        <source>Milloin</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kuka / näyttö</source>
        <translation>Vem / skärm</translation>
    </message>
    <message>
        <source>(nimetön)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <source>Mitä</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Muutos</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>&amp;Palauta</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Palauttaa arkistoidun kohteen taululle.</source>
        <translation>Återställer det arkiverade till tavlan.</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Kohde on arkistoitu: se ei näy taululla.</source>
        <translation>Det är arkiverat: det syns inte på tavlan.</translation>
    </message>
    <message>
        <source>Palautus ei onnistunut</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <source>Palautettu taululle.</source>
        <translation>Återställt till tavlan.</translation>
    </message>
</context>
<context>
    <name>HuddleDoneDialog</name>
    <message>
        <source>Palaveri pidetty</source>
        <translation>Mötet hållet</translation>
    </message>
    <message>
        <source>Tämän päivän palaveri</source>
        <translation>Dagens möte</translation>
    </message>
    <message>
        <source>Kirjattu jo klo {time}: muuta osallistujia tai kestoa.</source>
        <translation>Redan registrerat kl. {time}: ändra deltagare eller längd.</translation>
    </message>
    <message>
        <source>Montako osallistui?</source>
        <translation>Hur många deltog?</translation>
    </message>
    <message>
        <source>Kesto (min)</source>
        <translation>Längd (min)</translation>
    </message>
    <message>
        <source>Kirjaa palaveri</source>
        <translation>Registrera mötet</translation>
    </message>
    <message>
        <source>Tallenna muutos</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Ingen kontakt med databasen. Försök om en stund.</translation>
    </message>
</context>
<context>
    <name>HuddlePanel</name>
    <message>
        <source>Pidetty klo {time}, 1 osallistuja</source>
        <translation>Hölls kl. {time}, 1 deltagare</translation>
    </message>
    <message>
        <source>Pidetty klo {time}, {n} osallistujaa</source>
        <translation>Hölls kl. {time}, {n} deltagare</translation>
    </message>
    <message>
        <source>Päivittäispalaveri</source>
        <translation>Dagligt möte</translation>
    </message>
    <message>
        <source>▶ Aloita</source>
        <translation>▶ Starta</translation>
    </message>
    <message>
        <source>↺ Alusta</source>
        <translation>↺ Nollställ</translation>
    </message>
    <message>
        <source>✔ Palaveri pidetty</source>
        <translation>✔ Mötet hållet</translation>
    </message>
    <message>
        <source>❚❚ Tauko</source>
        <translation>❚❚ Paus</translation>
    </message>
    <message>
        <source>▲ Aika loppui</source>
        <translation>▲ Tiden är ute</translation>
    </message>
    <message>
        <source>Käynnissä</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Tauolla</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Valmiina</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Palaveri kirjattu: {n} osallistujaa.</source>
        <translation>Mötet registrerat: {n} deltagare.</translation>
    </message>
    <message>
        <source>Päivän palaveri muutettu: {n} osallistujaa.</source>
        <translation>Dagens möte ändrat: {n} deltagare.</translation>
    </message>
    <message>
        <source>Tänään ei vielä kirjattu palaveria.</source>
        <translation>Inget möte registrerat ännu idag.</translation>
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
        <translation>Ansvar: </translation>
    </message>
    <message>
        <source>Määräpäivä: </source>
        <translation>Slutdatum: </translation>
    </message>
    <message>
        <source>Kirjattu: </source>
        <translation>Registrerad: </translation>
    </message>
    <message>
        <source>fiiliskyselystä</source>
        <translation>från stämningsenkäten</translation>
    </message>
    <message>
        <source>Idea on valmis</source>
        <translation>Idén är klar</translation>
    </message>
    <message>
        <source>Siirrä: </source>
        <translation>Flytta: </translation>
    </message>
    <message>
        <source>Joku muu ehti muuttaa ideaa toisella näytöllä. Tiedot on päivitetty — tarkista tila ja siirrä tarvittaessa uudelleen.</source>
        <translation>Någon annan hann ändra idén på en annan skärm. Uppgifterna har uppdaterats — kontrollera statusen och flytta vid behov på nytt.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Ingen kontakt med databasen. Försök om en stund.</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Muokkaa kehitysideaa</source>
        <translation>Redigera förbättringsidé</translation>
    </message>
    <message>
        <source>Uusi kehitysidea</source>
        <translation>Ny förbättringsidé</translation>
    </message>
    <message>
        <source>– ei luokkaa –</source>
        <translation>– ingen kategori –</translation>
    </message>
    <message>
        <source>Kehitysidea</source>
        <translation>Förbättringsidé</translation>
    </message>
    <message>
        <source>&amp;Otsikko *</source>
        <translation>&amp;Rubrik *</translation>
    </message>
    <message>
        <source>Idea lyhyesti</source>
        <translation>Idén i korthet</translation>
    </message>
    <message>
        <source>&amp;SQDC-luokka</source>
        <translation>&amp;SQDC-kategori</translation>
    </message>
    <message>
        <source>&amp;Tila</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Ansvarsperson</translation>
    </message>
    <message>
        <source>&amp;Määräpäivä</source>
        <translation>&amp;Slutdatum</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>d.m.åååå, t.ex. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Mitä parannetaan ja miksi</source>
        <translation>Vad förbättras och varför</translation>
    </message>
    <message>
        <source>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</source>
        <translation>Skriv inte patienters eller klienters namn eller personbeteckningar: tavlan syns för alla.</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Ei kehitysideoita. Fiilis alle 8 kysyy idean; tiimin vetäjän koneella voi kirjata lisää.</source>
        <translation>Inga utvecklingsidéer. Stämning under 8 ber om en idé; fler kan föras in på teamledarens dator.</translation>
    </message>
    <message>
        <source>◔ ei edennyt</source>
        <translation>◔ har inte gått vidare</translation>
    </message>
    <message>
        <source>♥ fiilis</source>
        <translation>♥ stämning</translation>
    </message>
    <message>
        <source>”%1” siirretty: %2</source>
        <translation>”%1” flyttad: %2</translation>
    </message>
</context>
<context>
    <name>ItemColumn</name>
    <message>
        <source>+%1 lisää</source>
        <translation>+%1 till</translation>
    </message>
</context>
<context>
    <name>ItemListPanel</name>
    <message>
        <source>Hae tekstistä…</source>
        <translation>Sök i texten…</translation>
    </message>
    <message>
        <source>Vain myöhässä olevat</source>
        <translation>Endast försenade</translation>
    </message>
    <message>
        <source>Näytä arkistoidut</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>&amp;Uusi…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>&amp;Muokkaa…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Arkistoi</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <source>&amp;Historia…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <source>&amp;Vie CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>&amp;Kirjaa arvo…</source>
        <translation>&amp;Registrera värde…</translation>
    </message>
    <message>
        <source>Kaavio ja &amp;merkinnät…</source>
        <translation>Diagram och &amp;anteckningar…</translation>
    </message>
    <message>
        <source>Kaikki</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Luettelo ei aukea</source>
        <translation>Listan kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 / %2 näkyvissä</source>
        <translation>%1 / %2 visas</translation>
    </message>
    <message>
        <source>&amp;Näytä…</source>
        <translation>&amp;Visa…</translation>
    </message>
    <message>
        <source>&amp;Palauta</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Arkistoidaanko ”%1”? Se poistuu taululta, mutta sen voi palauttaa arkistoiduista.</source>
        <translation>Arkivera ”%1”? Det försvinner från tavlan men kan återställas från de arkiverade.</translation>
    </message>
    <message>
        <source>Arkistoi</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Ei onnistunut</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Vie CSV-tiedostoon</source>
        <translation>Exportera till CSV-fil</translation>
    </message>
    <message>
        <source>CSV-tiedosto (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Vienti ei onnistunut</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Viety</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>%1 riviä tiedostoon %2</source>
        <translation>%1 rader till filen %2</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Otsikko</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Vaihe</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Omistaja</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Ikä (pv)</source>
        <translation>Ålder (dgr)</translation>
    </message>
    <message>
        <source>Avoimia toimenpiteitä</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>Myöhässä</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>arkistoitu</source>
        <translation>arkiverad</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Luokka</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>SQDC</source>
        <translation>SQDC</translation>
    </message>
    <message>
        <source>Vastuuhenkilö</source>
        <translation>Ansvarsperson</translation>
    </message>
    <message>
        <source>Määräpäivä</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Kirjattu</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Huom.</source>
        <translation>Obs.</translation>
    </message>
    <message>
        <source>Kuvaus</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Förbättringsidéer</translation>
    </message>
    <message>
        <source>Eskaloitu</source>
        <translation>Eskalerat</translation>
    </message>
    <message>
        <source>Ongelmat</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Päivä</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Tapahtuma</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Seuraus</source>
        <translation>Följd</translation>
    </message>
    <message>
        <source>Lyhyt kuvaus</source>
        <translation>Kort beskrivning</translation>
    </message>
    <message>
        <source>Turvallisuustapahtumat</source>
        <translation>Säkerhetshändelser</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Suunta</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Jakso</source>
        <translation>Period</translation>
    </message>
    <message>
        <source> (ylempi, vain luku)</source>
        <translation> (överordnad, skrivskyddad)</translation>
    </message>
    <message>
        <source>Periytyy</source>
        <translation>Ärvs</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Mittarit ja tavoitteet</source>
        <translation>Mätare och mål</translation>
    </message>
    <message>
        <source>Tämän taulun</source>
        <translation>Denna tavlas</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta</source>
        <translation>Från tavlor ovanför</translation>
    </message>
    <message>
        <source>Kenen</source>
        <translation>Vems</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hae taulua nimellä tai tunnuksella</source>
        <translation>Sök tavla med namn eller kod</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Tunnus</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Käyttäjä %1 · yhden koneen tietokanta: käyttöoikeuksia ei tarkisteta</source>
        <translation>Användare %1 · databas på en dator: behörigheter kontrolleras inte</translation>
    </message>
    <message>
        <source>⚠ Käyttöoikeudet eivät ole käytössä: jokainen tietokannan käyttäjä voi muuttaa kaikkea. IT ottaa ne käyttöön komennolla leanboard access setup.</source>
        <translation>⚠ Behörigheterna är inte i bruk: varje användare av databasen kan ändra allt. IT tar dem i bruk med kommandot leanboard access setup.</translation>
    </message>
    <message>
        <source>Tunnus %1 · tietokannan omistaja: kaikki oikeudet</source>
        <translation>Inloggning %1 · databasens ägare: alla rättigheter</translation>
    </message>
    <message>
        <source>Tunnus %1 · tällä taululla: %2</source>
        <translation>Inloggning %1 · på denna tavla: %2</translation>
    </message>
    <message>
        <source>vetäjän oikeudet</source>
        <translation>ledarens rättigheter</translation>
    </message>
    <message>
        <source>kirjaus (fiilis, ideat, tapahtumat, palaverit)</source>
        <translation>registrering (stämning, idéer, händelser, möten)</translation>
    </message>
    <message>
        <source>eskalaatioihin vastaaminen</source>
        <translation>svara på eskaleringar</translation>
    </message>
    <message>
        <source>ylläpito</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>vain luku</source>
        <translation>endast läsning</translation>
    </message>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Avaa &amp;seinänäkymä</source>
        <translation>Öppna &amp;väggvyn</translation>
    </message>
    <message>
        <source>&amp;Päivitä</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Vie viikon &amp;PDF…</source>
        <translation>Exportera veckans &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;A3-raportit…</source>
        <translation>&amp;A3-rapporter…</translation>
    </message>
    <message>
        <source>&amp;Lopeta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Taulujen luettelo ei aukea</source>
        <translation>Listan över tavlor kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>MeasureCard</name>
    <message>
        <source>⇩ ylemmältä tasolta</source>
        <translation>⇩ från nivån ovanför</translation>
    </message>
    <message>
        <source>vastausten määrä viimeisimmässä luvussa</source>
        <translation>antal svar i det senaste värdet</translation>
    </message>
    <message>
        <source>ei tavoitetta</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>liian vähän pisteitä arvioon</source>
        <translation>för få punkter för bedömning</translation>
    </message>
</context>
<context>
    <name>MeasureChartDialog</name>
    <message>
        <source>Kaavio ja merkinnät</source>
        <translation>Diagram och anteckningar</translation>
    </message>
    <message>
        <source>Ajokaavio (mediaani)</source>
        <translation>Körschema (median)</translation>
    </message>
    <message>
        <source>Säätökaavio</source>
        <translation>Styrdiagram</translation>
    </message>
    <message>
        <source>Jakso:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Merkintä:</source>
        <translation>Anteckning:</translation>
    </message>
    <message>
        <source>esim. PDSA 2: iltakierros klo 21</source>
        <translation>t.ex. PDSA 2: kvällsrunda kl. 21</translation>
    </message>
    <message>
        <source>ei liitosta</source>
        <translation>ingen koppling</translation>
    </message>
    <message>
        <source>Lisää merkintä</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Aloita uusi vaihe tästä</source>
        <translation>Börja en ny fas här</translation>
    </message>
    <message>
        <source>Jäädytä perustaso tähän asti</source>
        <translation>Frys baslinjen hit</translation>
    </message>
    <message>
        <source>Poista valittu merkintä</source>
        <translation>Ta bort vald anteckning</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Kaavio ei aukea</source>
        <translation>Diagrammet öppnas inte</translation>
    </message>
    <message>
        <source>Uusi vaihe alkaa {period}</source>
        <translation>Ny fas börjar {period}</translation>
    </message>
    <message>
        <source>Perustaso jäädytetty {period} asti ({n} pistettä)</source>
        <translation>Baslinjen frusen till {period} ({n} punkter)</translation>
    </message>
    <message>
        <source>Mittarilla ei ole vielä arvoja, joihin merkitä.</source>
        <translation>Mätaren har ännu inga värden att anteckna.</translation>
    </message>
    <message>
        <source>Merkintää ei tallennettu</source>
        <translation>Anteckningen sparades inte</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Muokkaa tavoitetta</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <source>Uusi tavoite</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Kirjataan käsin</source>
        <translation>Förs in för hand</translation>
    </message>
    <message>
        <source>Kaikki (läheltä piti ja haitat)</source>
        <translation>Alla (nära ögat och skador)</translation>
    </message>
    <message>
        <source>Lasketaan turvallisuustapahtumista: %1</source>
        <translation>Räknas från säkerhetshändelser: %1</translation>
    </message>
    <message>
        <source>Tavoite on asetettu ylemmällä taululla (%1), ja se muutetaan siellä.</source>
        <translation>Målet är satt på en överordnad tavla (%1) och ändras där.</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta ei ole periytyviä tavoitteita.</source>
        <translation>Det finns inga ärvda mål från överordnade tavlor.</translation>
    </message>
    <message>
        <source>kyllä</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>ei</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Tavoite ja mittari</source>
        <translation>Mål och mätare</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Namn *</translation>
    </message>
    <message>
        <source>esim. Ammattilaisen tavoittaa 5 minuutissa</source>
        <translation>t.ex. En yrkesperson nås inom 5 minuter</translation>
    </message>
    <message>
        <source>&amp;Tavoite</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>esim. 80 tai 7,5</source>
        <translation>t.ex. 80 eller 7,5</translation>
    </message>
    <message>
        <source>&amp;Suunta</source>
        <translation>&amp;Riktning</translation>
    </message>
    <message>
        <source>&amp;Yksikkö</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>esim. %, kpl, pv</source>
        <translation>t.ex. %, st, dgr</translation>
    </message>
    <message>
        <source>&amp;Jakso</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Desimaalit</source>
        <translation>&amp;Decimaler</translation>
    </message>
    <message>
        <source>&amp;Arvot</source>
        <translation>&amp;Värden</translation>
    </message>
    <message>
        <source>Tavoite voi laskea arvonsa taulun turvallisuustapahtumista (esim. kaatumiset kuukaudessa): jokainen kirjattu tapahtuma näkyy siinä heti.</source>
        <translation>Målet kan räkna sina värden från tavlans säkerhetshändelser (t.ex. fall per månad): varje registrerad händelse syns direkt.</translation>
    </message>
    <message>
        <source>&amp;Mitkä tapahtumat</source>
        <translation>&amp;Vilka händelser</translation>
    </message>
    <message>
        <source>Säätökaa&amp;vio</source>
        <translation>St&amp;yrdiagram</translation>
    </message>
    <message>
        <source>Ajokaavio piirretään aina; tämä valitsee säätökaavion rajat ja MDC-kuvakkeet. P ja U tarvitsevat jokaiselle arvolle nimittäjän.</source>
        <translation>Körschemat ritas alltid; detta väljer styrdiagrammets gränser och MDC-ikonerna. P och U behöver en nämnare för varje värde.</translation>
    </message>
    <message>
        <source>S&amp;uhteutus</source>
        <translation>Per an&amp;tal</translation>
    </message>
    <message>
        <source>U-kaavio: arvo per näin monta nimittäjän yksikköä, esim. 1000</source>
        <translation>U-diagram: värdet per så många enheter av nämnaren, t.ex. 1000</translation>
    </message>
    <message>
        <source>esim. 1000</source>
        <translation>t.ex. 1000</translation>
    </message>
    <message>
        <source>&amp;Periytyy alemmille tauluille (näkyy niillä vain luku -tavoitteena)</source>
        <translation>&amp;Ärvs av underordnade tavlor (visas där som skrivskyddat mål)</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Ylemmiltä tauluilta perityt tavoitteet (vain luku)</source>
        <translation>Mål ärvda från överordnade tavlor (skrivskyddade)</translation>
    </message>
</context>
<context>
    <name>MeasureValueDialog</name>
    <message>
        <source>&amp;Viikko *</source>
        <translation>&amp;Vecka *</translation>
    </message>
    <message>
        <source>&amp;Kuukausi *</source>
        <translation>&amp;Månad *</translation>
    </message>
    <message>
        <source>kuinka monesta arvo on prosenttiosuus, esim. 120 vastausta</source>
        <translation>av hur många värdet är en procentandel, t.ex. 120 svar</translation>
    </message>
    <message>
        <source>kuinka monta yksikköä arvo on per {rate}, esim. 2400 hoitopäivää</source>
        <translation>hur många enheter värdet räknas per {rate} av, t.ex. 2400 vårddagar</translation>
    </message>
    <message>
        <source>Tämä tavoite lasketaan taulun turvallisuustapahtumista (turvallisuusristi): arvoa ei kirjata käsin.</source>
        <translation>Det här målet räknas från tavlans säkerhetshändelser (säkerhetskorset): inget värde förs in för hand.</translation>
    </message>
    <message>
        <source>Taululla ei ole mittareita.</source>
        <translation>Tavlan har inga mätare.</translation>
    </message>
    <message>
        <source>Jakso: %1.</source>
        <translation>Period: %1.</translation>
    </message>
    <message>
        <source>Viimeisimmät arvot: %1</source>
        <translation>Senaste värden: %1</translation>
    </message>
    <message>
        <source>Jaksolla %1 on jo arvo %2; tallennus korvaa sen.</source>
        <translation>Perioden %1 har redan värdet %2; att spara ersätter det.</translation>
    </message>
    <message>
        <source>Valitse mittari.</source>
        <translation>Välj en mätare.</translation>
    </message>
    <message>
        <source>Kirjaa mittarin arvo</source>
        <translation>Registrera mätarens värde</translation>
    </message>
    <message>
        <source>&amp;Mittari *</source>
        <translation>&amp;Mätare *</translation>
    </message>
    <message>
        <source>&amp;Päivä *</source>
        <translation>&amp;Dag *</translation>
    </message>
    <message>
        <source>esim. 24.11.2026</source>
        <translation>t.ex. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Jakso *</source>
        <translation>&amp;Period *</translation>
    </message>
    <message>
        <source>Viikoittaisen mittarin arvo kirjataan viikolle, kuukausittaisen kuukaudelle.</source>
        <translation>En veckomätares värde förs in för en vecka, en månadsmätares för en månad.</translation>
    </message>
    <message>
        <source>&amp;Arvo *</source>
        <translation>&amp;Värde *</translation>
    </message>
    <message>
        <source>esim. 7,5</source>
        <translation>t.ex. 7,5</translation>
    </message>
    <message>
        <source>&amp;Nimittäjä *</source>
        <translation>&amp;Nämnare *</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Yritä uudelleen</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>piilotettu: alle {n} vastausta — yksittäistä vastausta ei voi päätellä</source>
        <translation>dolt: färre än {n} svar — ett enskilt svar kan inte härledas</translation>
    </message>
    <message>
        <source>näytetään kerralla palaverissa tai päivän päätyttyä — yksittäistä vastausta ei voi päätellä</source>
        <translation>visas på en gång vid mötet eller när dagen är slut — ett enskilt svar kan inte härledas</translation>
    </message>
    <message>
        <source>tämän päivän äänet näytetään kerralla palaverissa tai päivän päätyttyä, alle {n} vastauksen päivät ei lainkaan — yksittäistä vastausta ei voi päätellä</source>
        <translation>dagens röster visas på en gång vid mötet eller när dagen är slut, dagar med färre än {n} svar inte alls — ett enskilt svar kan inte härledas</translation>
    </message>
</context>
<context>
    <name>MoodPanel</name>
    <message>
        <source>Alle 8? Kirjaa kehitysidea!</source>
        <translation>Under 8? Skriv en utvecklingsidé!</translation>
    </message>
    <message numerus="yes">
        <source>Fiilis %n</source>
        <translation>
            <numerusform>Stämning %n</numerusform>
            <numerusform>Stämning %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Kirjaa kehitysidea</source>
        <translation>Skriv en förbättringsidé</translation>
    </message>
    <message>
        <source>Näytä päivän fiilis</source>
        <translation>Visa stämningen</translation>
    </message>
    <message>
        <source>Viikon keskiarvot päivittäin</source>
        <translation>Veckans medelvärden per dag</translation>
    </message>
    <message>
        <source>Tällä tunnuksella ei äänestetä tällä taululla.</source>
        <translation>Med denna inloggning röstar man inte på denna tavla.</translation>
    </message>
    <message>
        <source>Tänään %1 vastausta · keskiarvo %2</source>
        <translation>Idag %1 svar · medelvärde %2</translation>
    </message>
    <message>
        <source>%1 uutta ääntä</source>
        <translation>%1 nya röster</translation>
    </message>
    <message>
        <source>Tänään %1 ääntä annettu.</source>
        <translation>Idag har %1 röster getts.</translation>
    </message>
    <message>
        <source>Tänään ei vielä ääniä.</source>
        <translation>Inga röster ännu idag.</translation>
    </message>
    <message>
        <source>Näytä päivän fiilis (%1/%2)</source>
        <translation>Visa stämningen (%1/%2)</translation>
    </message>
    <message>
        <source>Fiilistä ei näytetty</source>
        <translation>Stämningen visades inte</translation>
    </message>
    <message>
        <source>Kiitos vastauksestasi! ✔ Alle 8? Kirjaa kehitysidea.</source>
        <translation>Tack för ditt svar! ✔ Under 8? Skriv en förbättringsidé.</translation>
    </message>
    <message>
        <source>Ääntä ei tallennettu</source>
        <translation>Rösten sparades inte</translation>
    </message>
    <message>
        <source>Ääni annettu.</source>
        <translation>Rösten given.</translation>
    </message>
    <message>
        <source>⏳ Ääni odottaa tallennusta: tietokantaan ei juuri nyt saada yhteyttä.</source>
        <translation>⏳ Rösten väntar på att sparas: databasen kan inte nås just nu.</translation>
    </message>
    <message>
        <source>Seuraava ääni %1 s kuluttua.</source>
        <translation>Nästa röst om %1 s.</translation>
    </message>
    <message>
        <source>Miltä tänään tuntuu? Napauta numeroa 0–10.</source>
        <translation>Hur känns det idag? Tryck på en siffra 0–10.</translation>
    </message>
</context>
<context>
    <name>MoveBoardDialog</name>
    <message>
        <source>Siirrä taulu: %1</source>
        <translation>Flytta tavlan: %1</translation>
    </message>
    <message>
        <source>Taulu siirtyy alatauluineen. Sen historia, arvot ja ongelmat kulkevat mukana; ylemmältä tasolta perityt tavoitteet vaihtuvat uuden paikan mukaisiksi, ja vastausta odottavat eskalaatiot siirtyvät uudelle ylemmälle taululle.</source>
        <translation>Tavlan flyttas med sina undertavlor. Dess historik, värden och problem följer med; mål som ärvs ovanifrån byts till den nya platsens, och eskaleringar som väntar på svar flyttas till den nya överordnade tavlan.</translation>
    </message>
    <message>
        <source>&amp;Uusi ylempi taulu</source>
        <translation>&amp;Ny överordnad tavla</translation>
    </message>
    <message>
        <source>Siirrä</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>– ylimmäksi (ei ylempää) –</source>
        <translation>– överst (ingen överordnad) –</translation>
    </message>
</context>
<context>
    <name>NewBoardDialog</name>
    <message>
        <source>Uusi taulu</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Namn *</translation>
    </message>
    <message>
        <source>esim. Osasto 3, kotihoito</source>
        <translation>t.ex. Avdelning 3, hemvård</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Kod *</translation>
    </message>
    <message>
        <source>esim. OS3 (lyhyt, yksilöllinen)</source>
        <translation>t.ex. AVD3 (kort, unik)</translation>
    </message>
    <message>
        <source>Lyhyt yksilöivä tunnus, jolla komentorivi ja tuonnit löytävät taulun.</source>
        <translation>En kort unik kod som kommandoraden och importer hittar tavlan med.</translation>
    </message>
    <message>
        <source>T&amp;aso</source>
        <translation>N&amp;ivå</translation>
    </message>
    <message>
        <source>&amp;Ylempi taulu</source>
        <translation>Ö&amp;verordnad tavla</translation>
    </message>
    <message>
        <source>– ylimmäksi (ei ylempää) –</source>
        <translation>– överst (ingen överordnad) –</translation>
    </message>
</context>
<context>
    <name>NewsCard</name>
    <message>
        <source>◷ Idea ei ole edennyt {days} päivään: {title}</source>
        <translation>◷ Idén har inte gått vidare på {days} dagar: {title}</translation>
    </message>
    <message>
        <source>⚠ Eskalaatio odottanut {hours} h tasolla {board}: {title}</source>
        <translation>⚠ Eskaleringen har väntat {hours} h hos {board}: {title}</translation>
    </message>
    <message>
        <source>Uusi idea: {title}</source>
        <translation>Ny idé: {title}</translation>
    </message>
    <message>
        <source>Idea eteni {before} → {after}: {title}</source>
        <translation>Idén gick vidare {before} → {after}: {title}</translation>
    </message>
    <message>
        <source>Uusi ongelma ({letter} {name}): {title}</source>
        <translation>Nytt problem ({letter} {name}): {title}</translation>
    </message>
    <message>
        <source>✔ Ratkaistu: {title}</source>
        <translation>✔ Löst: {title}</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu tasolle {board}: {title}</source>
        <translation>⇧ Eskalerat till {board}: {title}</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu meille taululta {board}: {title}</source>
        <translation>⇧ Eskalerat till oss från {board}: {title}</translation>
    </message>
    <message>
        <source>↓ Vastaus ylemmältä tasolta: {title} — {answer}</source>
        <translation>↓ Svar från nivån ovanför: {title} — {answer}</translation>
    </message>
    <message>
        <source>{severity}: {kind}</source>
        <translation>{severity}: {kind}</translation>
    </message>
    <message>
        <source>Tavoite {title}: {before} → {after}</source>
        <translation>Mål {title}: {before} → {after}</translation>
    </message>
    <message>
        <source>✎ Uusi merkintä kaaviossa: {note}</source>
        <translation>✎ Ny anteckning i diagrammet: {note}</translation>
    </message>
    <message>
        <source>Mitä uutta edellisen palaverin jälkeen</source>
        <translation>Vad är nytt sedan förra mötet</translation>
    </message>
    <message>
        <source>Haetaan…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Uutisia ei saatu</source>
        <translation>Nyheterna kunde inte hämtas</translation>
    </message>
    <message>
        <source>Edellinen palaveri {date} klo {time}</source>
        <translation>Förra mötet {date} kl. {time}</translation>
    </message>
    <message>
        <source>Palaveria ei ole kirjattu: viimeiset 7 päivää</source>
        <translation>Inget möte antecknat: de senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Odottaa liian kauan</source>
        <translation>Väntar för länge</translation>
    </message>
    <message>
        <source>Uutta</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Ei uutta edellisen palaverin jälkeen.</source>
        <translation>Inget nytt sedan förra mötet.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Ei yhteyttä tietokantaan klo %1 alkaen — näytetään viimeisimmät tiedot</source>
        <translation>Ingen kontakt med databasen sedan kl. %1 — de senaste uppgifterna visas</translation>
    </message>
    <message numerus="yes">
        <source>%n kirjaus(ta) odottaa tallennusta: se tallennetaan, kun yhteys palaa.</source>
        <translation>
            <numerusform>%n registrering väntar på att sparas: den sparas när förbindelsen är tillbaka.</numerusform>
            <numerusform>%n registreringar väntar på att sparas: de sparas när förbindelsen är tillbaka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>⇧ Vaihto</source>
        <translation>⇧ Skift</translation>
    </message>
    <message>
        <source>välilyönti</source>
        <translation>mellanslag</translation>
    </message>
    <message>
        <source>Poista merkki</source>
        <translation>Radera tecken</translation>
    </message>
    <message>
        <source>↵ Enter</source>
        <translation>↵ Enter</translation>
    </message>
    <message>
        <source>⌄ Piilota</source>
        <translation>⌄ Dölj</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Levy on täynnä: {path} jäi kirjoittamatta.</source>
        <translation>Disken är full: {path} skrevs inte.</translation>
    </message>
    <message>
        <source>Levytila on käytetty loppuun: {path}.</source>
        <translation>Diskutrymmet är slut: {path}.</translation>
    </message>
    <message>
        <source>Ei oikeutta kirjoittaa: {path}.</source>
        <translation>Ingen behörighet att skriva: {path}.</translation>
    </message>
    <message>
        <source>Levylle ei voi kirjoittaa (vain luku): {path}.</source>
        <translation>Disken är skrivskyddad: {path}.</translation>
    </message>
    <message>
        <source>Kansiota tai tiedostoa ei löydy: {path}.</source>
        <translation>Mappen eller filen finns inte: {path}.</translation>
    </message>
    <message>
        <source>Odottamaton virhe ({kind}). Mitään ei jätetty puolitiehen; yritä uudelleen, ja jos virhe toistuu, kerro ylläpidolle.</source>
        <translation>Oväntat fel ({kind}). Inget blev halvfärdigt; försök igen, och om felet upprepas, meddela IT-stödet.</translation>
    </message>
    <message>
        <source>Toiminto ei onnistunut</source>
        <translation>Åtgärden lyckades inte</translation>
    </message>
</context>
<context>
    <name>PinPadDialog</name>
    <message>
        <source>Tiimin vetäjän PIN-koodi</source>
        <translation>Teamledarens PIN-kod</translation>
    </message>
    <message>
        <source>Anna tiimin vetäjän PIN-koodi</source>
        <translation>Ange teamledarens PIN-kod</translation>
    </message>
    <message>
        <source>Poista numero</source>
        <translation>Radera siffra</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <source>Odota %1 s ennen seuraavaa yritystä.</source>
        <translation>Vänta %1 s före nästa försök.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>tavoitteessa</source>
        <translation>når målet</translation>
    </message>
    <message>
        <source>ei tavoitteessa</source>
        <translation>når inte målet</translation>
    </message>
    <message>
        <source>ei tietoa</source>
        <translation>ingen uppgift</translation>
    </message>
    <message>
        <source>ei tapahtumia</source>
        <translation>inga händelser</translation>
    </message>
    <message>
        <source>läheltä piti</source>
        <translation>nära ögat</translation>
    </message>
    <message>
        <source>haitta</source>
        <translation>skada</translation>
    </message>
    <message>
        <source>myöhässä</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>eskaloitu</source>
        <translation>eskalerat</translation>
    </message>
    <message>
        <source>tavallista vaihtelua</source>
        <translation>vanlig variation</translation>
    </message>
    <message>
        <source>erityissyy: parantunut (ylös)</source>
        <translation>särskild orsak: förbättring (uppåt)</translation>
    </message>
    <message>
        <source>erityissyy: parantunut (alas)</source>
        <translation>särskild orsak: förbättring (nedåt)</translation>
    </message>
    <message>
        <source>erityissyy: huolestuttava (ylös)</source>
        <translation>särskild orsak: oroande (uppåt)</translation>
    </message>
    <message>
        <source>erityissyy: huolestuttava (alas)</source>
        <translation>särskild orsak: oroande (nedåt)</translation>
    </message>
    <message>
        <source>vaihtelu: liian vähän pisteitä</source>
        <translation>variation: för få punkter</translation>
    </message>
    <message>
        <source>tavoite täyttyy joka kerta</source>
        <translation>målet nås varje gång</translation>
    </message>
    <message>
        <source>tavoite ei täyty ilman muutosta</source>
        <translation>målet nås inte utan förändring</translation>
    </message>
    <message>
        <source>tavoite täyttyy vain joskus</source>
        <translation>målet nås bara ibland</translation>
    </message>
    <message>
        <source>varmuus: ei arvioitavissa</source>
        <translation>säkerhet: kan inte bedömas</translation>
    </message>
    <message>
        <source>tavallinen vaihtelu</source>
        <translation>vanlig variation</translation>
    </message>
    <message>
        <source>parantunut</source>
        <translation>förbättring</translation>
    </message>
    <message>
        <source>huolestuttava</source>
        <translation>oroande</translation>
    </message>
    <message>
        <source>liian vähän pisteitä</source>
        <translation>för få punkter</translation>
    </message>
    <message>
        <source>tavoite: aina</source>
        <translation>mål: alltid</translation>
    </message>
    <message>
        <source>tavoite: ei täyty</source>
        <translation>mål: nås inte</translation>
    </message>
    <message>
        <source>tavoite: joskus</source>
        <translation>mål: ibland</translation>
    </message>
    <message>
        <source>tavoite: –</source>
        <translation>mål: –</translation>
    </message>
    <message>
        <source>Turvallisuus</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Laatu</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <source>Saatavuus</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Kustannukset</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>Uudet</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Suunnittele</source>
        <translation>Planera</translation>
    </message>
    <message>
        <source>Toteuta</source>
        <translation>Genomför</translation>
    </message>
    <message>
        <source>Arvioi</source>
        <translation>Utvärdera</translation>
    </message>
    <message>
        <source>Vakiinnuta</source>
        <translation>Standardisera</translation>
    </message>
    <message>
        <source>Valmiit</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Valmis</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Avoin</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Työn alla</source>
        <translation>Under arbete</translation>
    </message>
    <message>
        <source>Ratkaistu</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Läheltä piti</source>
        <translation>Nära ögat</translation>
    </message>
    <message>
        <source>Haitta</source>
        <translation>Skada</translation>
    </message>
    <message>
        <source>Kaatuminen</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Lääkevirhe</source>
        <translation>Läkemedelsfel</translation>
    </message>
    <message>
        <source>Uhka- tai vaaratilanne</source>
        <translation>Hot- eller farosituation</translation>
    </message>
    <message>
        <source>Muu</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Organisaatio</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Palvelualue</source>
        <translation>Serviceområde</translation>
    </message>
    <message>
        <source>Yksikkö</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Tiimi</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Suurempi on parempi</source>
        <translation>Större är bättre</translation>
    </message>
    <message>
        <source>Pienempi on parempi</source>
        <translation>Mindre är bättre</translation>
    </message>
    <message>
        <source>Päivittäin</source>
        <translation>Dagligen</translation>
    </message>
    <message>
        <source>Viikoittain</source>
        <translation>Veckovis</translation>
    </message>
    <message>
        <source>Kuukausittain</source>
        <translation>Månatligen</translation>
    </message>
    <message>
        <source>XmR – mitattu arvo</source>
        <translation>XmR – uppmätt värde</translation>
    </message>
    <message>
        <source>P – prosenttiosuus nimittäjästä</source>
        <translation>P – procentandel av nämnaren</translation>
    </message>
    <message>
        <source>U – määrä nimittäjää kohden</source>
        <translation>U – antal per nämnare</translation>
    </message>
    <message>
        <source>päivä</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>viikko</source>
        <translation>vecka</translation>
    </message>
    <message>
        <source>kuukausi</source>
        <translation>månad</translation>
    </message>
    <message>
        <source>Viikko {week} / {year}</source>
        <translation>Vecka {week} / {year}</translation>
    </message>
</context>
<context>
    <name>ProblemCard</name>
    <message>
        <source>Päätös</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Resurssi</source>
        <translation>Resurs</translation>
    </message>
    <message>
        <source>Lähetä ylemmäs</source>
        <translation>Skicka uppåt</translation>
    </message>
    <message>
        <source>Palauta ohjeiden kanssa</source>
        <translation>Returnera med anvisningar</translation>
    </message>
    <message>
        <source>päätös</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>resurssi</source>
        <translation>resurs</translation>
    </message>
    <message>
        <source>lähetetty ylemmäs</source>
        <translation>skickat uppåt</translation>
    </message>
    <message>
        <source>palautettu</source>
        <translation>returnerat</translation>
    </message>
    <message>
        <source>Saate ylemmälle tasolle (vapaaehtoinen)</source>
        <translation>Meddelande till nivån ovanför (frivilligt)</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>⇧ Vahvista eskalointi</source>
        <translation>⇧ Bekräfta eskaleringen</translation>
    </message>
    <message>
        <source>Vastaus tiimille</source>
        <translation>Svar till teamet</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vastuu: </source>
        <translation>Ansvar: </translation>
    </message>
    <message>
        <source>Määräpäivä: </source>
        <translation>Slutdatum: </translation>
    </message>
    <message>
        <source>Tiimiltä: </source>
        <translation>Från teamet: </translation>
    </message>
    <message>
        <source>⇧ Eskaloi: </source>
        <translation>⇧ Eskalera: </translation>
    </message>
    <message>
        <source>ylemmälle</source>
        <translation>uppåt</translation>
    </message>
    <message>
        <source>Tilan ja eskaloinnin muuttaa taulun vetäjä.</source>
        <translation>Status och eskalering ändras av tavlans ledare.</translation>
    </message>
    <message>
        <source>Eskalaatioon vastaa tämän tason esihenkilö (rooli manager).</source>
        <translation>Eskaleringen besvaras av chefen på denna nivå (rollen manager).</translation>
    </message>
    <message>
        <source>odotti</source>
        <translation>väntade</translation>
    </message>
    <message>
        <source>odottanut</source>
        <translation>har väntat</translation>
    </message>
    <message>
        <source>vastaus</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>Ratkaistua ongelmaa ei eskaloida.</source>
        <translation>Ett löst problem eskaleras inte.</translation>
    </message>
    <message>
        <source>Tällä taululla ei ole ylempää tasoa, jolle eskaloida.</source>
        <translation>Tavlan har ingen nivå ovanför att eskalera till.</translation>
    </message>
    <message>
        <source>Odottaa jo vastausta tasolta </source>
        <translation>Väntar redan på svar från nivån </translation>
    </message>
    <message>
        <source>Joku muu ehti muuttaa ongelmaa toisella näytöllä. Tiedot on päivitetty — tarkista ja yritä uudelleen.</source>
        <translation>Någon annan hann ändra problemet på en annan skärm. Uppgifterna har uppdaterats — kontrollera och försök igen.</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Yritä hetken päästä.</source>
        <translation>Ingen kontakt med databasen. Försök om en stund.</translation>
    </message>
    <message>
        <source>Eskaloidaanko tasolle %1?</source>
        <translation>Eskalera till %1?</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Muokkaa ongelmaa</source>
        <translation>Redigera problem</translation>
    </message>
    <message>
        <source>Uusi ongelma</source>
        <translation>Nytt problem</translation>
    </message>
    <message>
        <source>Ongelmaa ei ole eskaloitu.</source>
        <translation>Problemet har inte eskalerats.</translation>
    </message>
    <message>
        <source>Ylemmän tason vastaus (%1, %2): %3</source>
        <translation>Svar från nivån ovanför (%1, %2): %3</translation>
    </message>
    <message>
        <source>Odottaa vastausta ylemmältä tasolta.</source>
        <translation>Väntar på svar från nivån ovanför.</translation>
    </message>
    <message>
        <source>Eskaloi: %1</source>
        <translation>Eskalera: %1</translation>
    </message>
    <message>
        <source>Joku muu muutti ongelmaa juuri. Tallenna tai sulje ja avaa uudelleen.</source>
        <translation>Någon annan ändrade just problemet. Spara, eller stäng och öppna på nytt.</translation>
    </message>
    <message>
        <source>SQDC-ongelma</source>
        <translation>SQDC-problem</translation>
    </message>
    <message>
        <source>&amp;Otsikko *</source>
        <translation>&amp;Rubrik *</translation>
    </message>
    <message>
        <source>Ongelma lyhyesti</source>
        <translation>Problemet i korthet</translation>
    </message>
    <message>
        <source>&amp;SQDC-luokka *</source>
        <translation>&amp;SQDC-kategori *</translation>
    </message>
    <message>
        <source>T&amp;ila</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Vastuuhenkilö</source>
        <translation>&amp;Ansvarsperson</translation>
    </message>
    <message>
        <source>&amp;Määräpäivä</source>
        <translation>&amp;Slutdatum</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>d.m.åååå, t.ex. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Kuvaus</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>Mitä tapahtuu, missä ja kuinka usein</source>
        <translation>Vad händer, var och hur ofta</translation>
    </message>
    <message>
        <source>Eskalointi ylemmälle taululle</source>
        <translation>Eskalering till överordnad tavla</translation>
    </message>
    <message>
        <source>Saate ylemmälle tasolle (valinnainen)</source>
        <translation>Meddelande till nivån ovanför (valfritt)</translation>
    </message>
    <message>
        <source>Eskaloi</source>
        <translation>Eskalera</translation>
    </message>
    <message>
        <source>Älä kirjoita potilaan tai asiakkaan nimiä tai henkilötunnuksia: taulu näkyy kaikille.</source>
        <translation>Skriv inte patienters eller klienters namn eller personbeteckningar: tavlan syns för alla.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QuickIdeaDialog</name>
    <message>
        <source>Kirjaa kehitysidea!</source>
        <translation>Skriv ner en förbättringsidé!</translation>
    </message>
    <message>
        <source>Mikä pieni asia parantaisi päivää? Älä kirjoita potilaan tai asiakkaan tietoja.</source>
        <translation>Vilken liten sak skulle göra dagen bättre? Skriv inte patientens eller klientens uppgifter.</translation>
    </message>
    <message>
        <source>Idea lyhyesti</source>
        <translation>Idén i korthet</translation>
    </message>
    <message>
        <source>Ohita</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Tallenna idea</source>
        <translation>Spara idén</translation>
    </message>
    <message>
        <source>Tietokantaan ei saada yhteyttä. Teksti on tallessa — yritä hetken päästä.</source>
        <translation>Ingen kontakt med databasen. Texten finns kvar — försök om en stund.</translation>
    </message>
</context>
<context>
    <name>RenameBoardDialog</name>
    <message>
        <source>Vaihda taulun tunnus</source>
        <translation>Byt tavlans kod</translation>
    </message>
    <message>
        <source>Komentorivi, ajastetut viennit ja tuonnit löytävät taulun tunnuksella: muuta ne käyttämään uutta tunnusta.</source>
        <translation>Kommandoraden, schemalagda exporter och importer hittar tavlan med koden: ändra dem till den nya koden.</translation>
    </message>
    <message>
        <source>Nimeä taulu uudelleen</source>
        <translation>Byt tavlans namn</translation>
    </message>
    <message>
        <source>&amp;Nimi *</source>
        <translation>&amp;Namn *</translation>
    </message>
    <message>
        <source>&amp;Tunnus *</source>
        <translation>&amp;Kod *</translation>
    </message>
</context>
<context>
    <name>RestoreBoardDialog</name>
    <message>
        <source>Palauta arkistoitu taulu</source>
        <translation>Återställ en arkiverad tavla</translation>
    </message>
    <message>
        <source>&amp;Arkistoitu taulu</source>
        <translation>&amp;Arkiverad tavla</translation>
    </message>
    <message>
        <source>Palauta</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Arkistoituja tauluja ei ole.</source>
        <translation>Det finns inga arkiverade tavlor.</translation>
    </message>
    <message>
        <source>Valitse palautettava taulu.</source>
        <translation>Välj tavlan som ska återställas.</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <source>Ylhäältä asetetut tavoitteet alaisilla tauluilla</source>
        <translation>Mål som satts uppifrån på underliggande tavlor</translation>
    </message>
    <message>
        <source>MDC (NHS Making Data Count), lapsitaulun oma kaavio: ∼ tavallinen vaihtelu, H/L erityissyy ylös/alas (parantunut tai huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus · – liian vähän pisteitä</source>
        <translation>MDC (NHS Making Data Count), den underordnade tavlans eget diagram: ∼ vanlig variation, H/L särskild orsak upp/ned (förbättring eller oroande) · mål P nås alltid, F nås inte utan förändring, ? bara ibland · – för få punkter</translation>
    </message>
    <message>
        <source>Viikko {week}: jokainen luku kattaa taulun ja kaikki sen alla olevat; fiilis: näytettyjen äänten keskiarvo (niiden määrä suluissa). Ensin ne, jotka tarvitsevat apua: haitat, yli {limit} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Napauta riviä avataksesi taulun.</source>
        <translation>Vecka {week}: varje tal omfattar tavlan och alla under den; stämning: medelvärdet av de visade rösterna (deras antal inom parentes). Först de som behöver hjälp: skador, eskaleringar som väntat över {limit} h, efter målen, uteblivna möten. Tryck på en rad för att öppna tavlan.</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Tarvitsee apua</source>
        <translation>Behöver hjälp</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Stämning</translation>
    </message>
    <message>
        <source>Tavoitteet</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Avoimet
ongelmat</source>
        <translation>Öppna
problem</translation>
    </message>
    <message>
        <source>Eskaloitu
meille</source>
        <translation>Eskalerat
till oss</translation>
    </message>
    <message>
        <source>Turvallisuus
■ haitta ▲ läheltä piti</source>
        <translation>Säkerhet
■ skada ▲ nära ögat</translation>
    </message>
    <message>
        <source>Ideat
valmiit</source>
        <translation>Idéer
klara</translation>
    </message>
    <message>
        <source>Pysähtynyt
◔ idea ⚠ esk.</source>
        <translation>Stillastående
◔ idé ⚠ esk.</translation>
    </message>
    <message>
        <source>Palaverit</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Yhteensä</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>{n} alla</source>
        <translation>{n} under</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>ei arvoa</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>{on}/{n} tavoitteessa</source>
        <translation>{on}/{n} når målet</translation>
    </message>
    <message>
        <source>haitta {n}</source>
        <translation>skada {n}</translation>
    </message>
    <message>
        <source>eskalaatio yli rajan {n}</source>
        <translation>eskalering över gränsen {n}</translation>
    </message>
    <message>
        <source>tavoitteesta jäljessä {n}</source>
        <translation>efter målet {n}</translation>
    </message>
    <message>
        <source>palaveri puuttuu {n}</source>
        <translation>möte saknas {n}</translation>
    </message>
    <message>
        <source>ei huolia</source>
        <translation>inga bekymmer</translation>
    </message>
    <message>
        <source>ei ääniä</source>
        <translation>inga röster</translation>
    </message>
    <message>
        <source>Fiilis – ja +N: %1</source>
        <translation>Stämning – och +N: %1</translation>
    </message>
    <message>
        <source>Tämän päivän äänet: %1</source>
        <translation>Dagens röster: %1</translation>
    </message>
    <message>
        <source>pisin {h} h</source>
        <translation>längst {h} h</translation>
    </message>
    <message>
        <source>{n} yli {limit} h</source>
        <translation>{n} över {limit} h</translation>
    </message>
    <message>
        <source>vk</source>
        <translation>v.</translation>
    </message>
    <message>
        <source>kk</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>viikko ■ {hw} ▲ {nw}, kuukausi ■ {hm} ▲ {nm}</source>
        <translation>vecka ■ {hw} ▲ {nw}, månad ■ {hm} ▲ {nm}</translation>
    </message>
    <message>
        <source>puuttuu {n}</source>
        <translation>saknas {n}</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>mediaani</source>
        <translation>median</translation>
    </message>
    <message>
        <source>Ei vielä mittaustuloksia</source>
        <translation>Inga mätresultat ännu</translation>
    </message>
    <message>
        <source>Muutosta arvioidaan, kun pisteitä on {n}</source>
        <translation>Förändring bedöms när det finns {n} punkter</translation>
    </message>
    <message>
        <source>◆ Ei-satunnainen muutos: </source>
        <translation>◆ Icke-slumpmässig förändring: </translation>
    </message>
    <message>
        <source>pitkä sarja</source>
        <translation>lång serie</translation>
    </message>
    <message>
        <source>liian vähän risteämiä</source>
        <translation>för få korsningar</translation>
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
        <translation>tryck på en dag: registrera eller se händelserna.</translation>
    </message>
    <message>
        <source>napauta päivää: katso tapahtumat.</source>
        <translation>tryck på en dag: se händelserna.</translation>
    </message>
    <message>
        <source>Ei kirjattuja haittatapahtumia</source>
        <translation>Inga registrerade skadehändelser</translation>
    </message>
    <message>
        <source>päivä edellisestä haittatapahtumasta</source>
        <translation>dag sedan senaste skadehändelse</translation>
    </message>
    <message>
        <source>päivää edellisestä haittatapahtumasta</source>
        <translation>dagar sedan senaste skadehändelse</translation>
    </message>
    <message>
        <source>%1 kirjattu päivälle %2</source>
        <translation>%1 registrerad för %2</translation>
    </message>
</context>
<context>
    <name>SafetyDayCard</name>
    <message>
        <source>Mitä tapahtui %1?</source>
        <translation>Vad hände %1?</translation>
    </message>
    <message>
        <source>Tämän päivän tapahtumat</source>
        <translation>Dagens händelser</translation>
    </message>
    <message>
        <source>Ladataan…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Ei kirjattuja tapahtumia.</source>
        <translation>Inga registrerade händelser.</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Poista (PIN)</source>
        <translation>Ta bort (PIN)</translation>
    </message>
    <message>
        <source>Tapahtumaa ei tallennettu</source>
        <translation>Händelsen sparades inte</translation>
    </message>
</context>
<context>
    <name>SafetyEventEditDialog</name>
    <message>
        <source>Muokkaa turvallisuustapahtumaa</source>
        <translation>Redigera säkerhetshändelse</translation>
    </message>
    <message>
        <source>Kirjaa turvallisuustapahtuma</source>
        <translation>Registrera säkerhetshändelse</translation>
    </message>
    <message>
        <source>Turvallisuustapahtuma</source>
        <translation>Säkerhetshändelse</translation>
    </message>
    <message>
        <source>&amp;Tapahtuma *</source>
        <translation>&amp;Händelse *</translation>
    </message>
    <message>
        <source>&amp;Seuraus *</source>
        <translation>&amp;Följd *</translation>
    </message>
    <message>
        <source>&amp;Päivä *</source>
        <translation>&amp;Dag *</translation>
    </message>
    <message>
        <source>p.k.vvvv, esim. 24.11.2026</source>
        <translation>d.m.åååå, t.ex. 24.11.2026</translation>
    </message>
    <message>
        <source>&amp;Lyhyt kuvaus</source>
        <translation>&amp;Kort beskrivning</translation>
    </message>
    <message>
        <source>Enintään 500 merkkiä, ei potilastietoja</source>
        <translation>Högst 500 tecken, inga patientuppgifter</translation>
    </message>
    <message>
        <source>Ei potilaan tai asiakkaan tietoja. Tapahtuman yksityiskohdat kirjataan HaiProon.</source>
        <translation>Inga patient- eller klientuppgifter. Händelsens detaljer registreras i HaiPro.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Asiakaslähtöiset tavoitteet</source>
        <translation>Klientorienterade mål</translation>
    </message>
    <message>
        <source>Työntekijöiden fiilis</source>
        <translation>Personalens stämning</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Förbättringsidéer</translation>
    </message>
    <message>
        <source>Ongelmat ja haasteet (SQDC)</source>
        <translation>Problem och utmaningar (SQDC)</translation>
    </message>
    <message>
        <source>Turvallisuusristi</source>
        <translation>Säkerhetskors</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3-rapporter</translation>
    </message>
    <message>
        <source>Päivittäispalaveri</source>
        <translation>Dagligt möte</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Underliggande tavlor</translation>
    </message>
</context>
<context>
    <name>Smoke</name>
    <message>
        <source>savutesti: {step} ok {time}</source>
        <translation>röktest: {step} ok {time}</translation>
    </message>
    <message>
        <source>savutesti epäonnistui vaiheessa {step}: {reason}</source>
        <translation>röktestet misslyckades i steget {step}: {reason}</translation>
    </message>
    <message>
        <source>savutesti: kaikki ok {time}</source>
        <translation>röktest: allt ok {time}</translation>
    </message>
    <message>
        <source>resurssit</source>
        <translation>resurser</translation>
    </message>
    <message>
        <source>tietokanta ja migraatiot</source>
        <translation>databas och migreringar</translation>
    </message>
    <message>
        <source>esittelyaineisto</source>
        <translation>demomaterial</translation>
    </message>
    <message>
        <source>seinätaulu</source>
        <translation>väggtavla</translation>
    </message>
    <message>
        <source>viikko-PDF</source>
        <translation>vecko-PDF</translation>
    </message>
    <message>
        <source>siivous</source>
        <translation>städning</translation>
    </message>
    <message>
        <source>puuttuu {files}</source>
        <translation>saknas: {files}</translation>
    </message>
    <message>
        <source>Qt:n oma käännös (qtbase_{lang}) puuttuu kansiosta {folder}</source>
        <translation>Qt:s egen översättning (qtbase_{lang}) saknas i mappen {folder}</translation>
    </message>
    <message>
        <source>esittelyaineistossa ei ole tiimitaulua</source>
        <translation>demomaterialet har ingen teamtavla</translation>
    </message>
    <message>
        <source>seinätaulu ei piirtynyt {seconds} sekunnissa</source>
        <translation>väggtavlan ritades inte på {seconds} sekunder</translation>
    </message>
    <message>
        <source>seinätaulun kuva {width}×{height}</source>
        <translation>väggtavlans bild {width}×{height}</translation>
    </message>
    <message>
        <source>seinätaulu on tyhjä ({count} väriä)</source>
        <translation>väggtavlan är tom ({count} färger)</translation>
    </message>
    <message>
        <source>{file} ei ala %PDF</source>
        <translation>{file} börjar inte med %PDF</translation>
    </message>
    <message>
        <source>{file}: {pages} sivua, odotettiin 1</source>
        <translation>{file}: {pages} sidor, 1 väntades</translation>
    </message>
</context>
<context>
    <name>SqdcPanel</name>
    <message>
        <source>Ei avoimia ongelmia — uusi kirjataan tiimin vetäjän koneella.</source>
        <translation>Inga öppna problem — nya förs in på teamledarens dator.</translation>
    </message>
    <message>
        <source>⇧ Eskaloitu meille</source>
        <translation>⇧ Eskalerat till oss</translation>
    </message>
    <message>
        <source>tiimiltä</source>
        <translation>från teamet</translation>
    </message>
    <message>
        <source>⚠ odottaa yli rajan</source>
        <translation>⚠ väntar över gränsen</translation>
    </message>
    <message>
        <source>vastaus</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>odottanut {h} h</source>
        <translation>väntat {h} h</translation>
    </message>
    <message>
        <source>yli {limit} h</source>
        <translation>över {limit} h</translation>
    </message>
    <message>
        <source>”%1” eskaloitu: %2</source>
        <translation>”%1” eskalerat: %2</translation>
    </message>
</context>
<context>
    <name>TouchCard</name>
    <message>
        <source>Sulje</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>↶ Kumoa (%1 s)</source>
        <translation>↶ Ångra (%1 s)</translation>
    </message>
    <message>
        <source>↶ Kumottu.</source>
        <translation>↶ Ångrat.</translation>
    </message>
    <message>
        <source>sitä on muutettu sillä välin toisella näytöllä.</source>
        <translation>det har ändrats på en annan skärm under tiden.</translation>
    </message>
    <message>
        <source>Ei kumottu: </source>
        <translation>Inte ångrat: </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Viikko: ”{week}” ei ole ISO-viikko (esim. 2026-W47).</source>
        <translation>Vecka: ”{week}” är inte en ISO-vecka (t.ex. 2026-W47).</translation>
    </message>
    <message>
        <source>Jakso: ”{value}” ei ole päivä (2026-11-24), viikko (2026-W47) tai kuukausi (2026-11).</source>
        <translation>Period: ”{value}” är inte en dag (2026-11-24), vecka (2026-W47) eller månad (2026-11).</translation>
    </message>
    <message>
        <source>Fiilis: arvon pitää olla kokonaisluku {low}–{high} (annettu {score}).</source>
        <translation>Stämning: värdet ska vara ett heltal {low}–{high} (angivet {score}).</translation>
    </message>
    <message>
        <source>Vähimmäisryhmäkoko: arvon pitää olla {low}–100, jotta yksittäisen vastaajan fiilistä ei voi päätellä.</source>
        <translation>Minsta gruppstorlek: värdet ska vara {low}–100 så att en enskild svarandes stämning inte kan härledas.</translation>
    </message>
    <message>
        <source>{label}: kenttä on pakollinen.</source>
        <translation>{label}: fältet är obligatoriskt.</translation>
    </message>
    <message>
        <source>{label}: teksti on liian pitkä ({length} merkkiä, enintään {max_length}).</source>
        <translation>{label}: texten är för lång ({length} tecken, högst {max_length}).</translation>
    </message>
    <message>
        <source>{label}: tekstissä on henkilötunnus. Taululle ei saa kirjata potilaan tai asiakkaan tunnistetietoja — poista tunnus ja tallenna uudelleen.</source>
        <translation>{label}: texten innehåller en personbeteckning. Patienters eller klienters identifieringsuppgifter får inte föras in på tavlan — ta bort beteckningen och spara på nytt.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla luku.</source>
        <translation>{label}: värdet ska vara ett tal.</translation>
    </message>
    <message>
        <source>{label}: arvo puuttuu.</source>
        <translation>{label}: värde saknas.</translation>
    </message>
    <message>
        <source>{label}: ”{value}” ei ole luku.</source>
        <translation>{label}: ”{value}” är inte ett tal.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla äärellinen luku.</source>
        <translation>{label}: värdet ska vara ett ändligt tal.</translation>
    </message>
    <message>
        <source>{label}: luku on liian suuri.</source>
        <translation>{label}: talet är för stort.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla kokonaisluku {low}–{high}.</source>
        <translation>{label}: värdet ska vara ett heltal {low}–{high}.</translation>
    </message>
    <message>
        <source>{label}: arvon pitää olla {low}–{high} (annettu {number}).</source>
        <translation>{label}: värdet ska vara {low}–{high} (angivet {number}).</translation>
    </message>
    <message>
        <source>{label}: ”{text}” ei ole päivämäärä (pp.kk.vvvv).</source>
        <translation>{label}: ”{text}” är inte ett datum (dd.mm.åååå).</translation>
    </message>
    <message>
        <source>{label}: päivämäärän pitää olla vuosien 2000–2100 välillä.</source>
        <translation>{label}: datumet ska ligga mellan åren 2000 och 2100.</translation>
    </message>
    <message>
        <source>Tunnus: 1–32 merkkiä, isoja kirjaimia, numeroita, - tai _ (esim. TUU-AKUUTTI).</source>
        <translation>Kod: 1–32 tecken, versaler, siffror, - eller _ (t.ex. TUU-AKUT).</translation>
    </message>
    <message>
        <source>{label}: tuntematon arvo ”{value}” (sallitut: {allowed}).</source>
        <translation>{label}: okänt värde ”{value}” (tillåtna: {allowed}).</translation>
    </message>
    <message>
        <source>5 x miksi: enintään {count} riviä.</source>
        <translation>5 x varför: högst {count} rader.</translation>
    </message>
    <message>
        <source>Ongelmasta on jo A3-raportti: {title} (A3 {id}).</source>
        <translation>Problemet har redan en A3-rapport: {title} (A3 {id}).</translation>
    </message>
    <message>
        <source>Ideasta on jo A3-raportti: {title} (A3 {id}).</source>
        <translation>Idén har redan en A3-rapport: {title} (A3 {id}).</translation>
    </message>
    <message>
        <source>Toimenpide ”{action}” on poistettu toisella näytöllä.</source>
        <translation>Åtgärden ”{action}” har tagits bort på en annan skärm.</translation>
    </message>
    <message>
        <source>PIN-koodi: 4–8 numeroa.</source>
        <translation>PIN-kod: 4–8 siffror.</translation>
    </message>
    <message>
        <source>Liian monta väärää PIN-koodia: odota {seconds} s.</source>
        <translation>För många fel PIN-koder: vänta {seconds} s.</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi. Seuraava yritys {seconds} s kuluttua.</source>
        <translation>Fel PIN-kod. Nästa försök om {seconds} s.</translation>
    </message>
    <message>
        <source>Väärä PIN-koodi.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <source>Tunnus {code} on jo käytössä.</source>
        <translation>Koden {code} används redan.</translation>
    </message>
    <message>
        <source>Ylempi taulu {code} on arkistoitu: palauta se ensin tai valitse toinen.</source>
        <translation>Den överordnade tavlan {code} är arkiverad: återställ den först eller välj en annan.</translation>
    </message>
    <message>
        <source>Taulua {board} ei voi siirtää taulun {parent} alle: {parent} on sen oma alataulu tai se itse.</source>
        <translation>Tavlan {board} kan inte flyttas under tavlan {parent}: {parent} är dess egen undertavla eller den själv.</translation>
    </message>
    <message>
        <source>Taulu {board} siirrettiin taulun {parent} alle: ongelma odottaa nyt siellä.</source>
        <translation>Tavlan {board} flyttades under tavlan {parent}: problemet väntar nu där.</translation>
    </message>
    <message>
        <source>Taulu {board} siirrettiin ylimmäksi: ylempää tasoa ei ole, ongelma palasi tiimille.</source>
        <translation>Tavlan {board} flyttades överst: det finns ingen högre nivå, problemet gick tillbaka till teamet.</translation>
    </message>
    <message>
        <source>Tuntematon osio: {names}</source>
        <translation>Okänd sektion: {names}</translation>
    </message>
    <message>
        <source>Anna uusi nimi tai uusi tunnus.</source>
        <translation>Ange ett nytt namn eller en ny kod.</translation>
    </message>
    <message>
        <source>Taulun {board} alla on käytössä olevia tauluja ({codes}): arkistoi tai siirrä ne ensin.</source>
        <translation>Under tavlan {board} finns tavlor i bruk ({codes}): arkivera eller flytta dem först.</translation>
    </message>
    <message>
        <source>Taulun {board} ylempi taulu {parent} on arkistoitu: palauta se ensin tai siirrä taulu toisen alle.</source>
        <translation>Tavlan {board}s överordnade tavla {parent} är arkiverad: återställ den först eller flytta tavlan under en annan.</translation>
    </message>
    <message>
        <source>Jakso {period} aloittaa jo uuden vaiheen.</source>
        <translation>Perioden {period} börjar redan en ny fas.</translation>
    </message>
    <message>
        <source>Mittari {measure} ei kuulu taululle {board}.</source>
        <translation>Mätaren {measure} hör inte till tavlan {board}.</translation>
    </message>
    <message>
        <source>Mittari {measure} lasketaan turvallisuustapahtumista: arvoa ei kirjata käsin.</source>
        <translation>Mätaren {measure} räknas från säkerhetshändelser: inget värde förs in för hand.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei ole vielä alkanut, sille ei ole arvoa.</source>
        <translation>Period: {period} har inte börjat ännu, den har inget värde.</translation>
    </message>
    <message>
        <source>Taululla {board} on jo mittari nimeltä ”{name}”.</source>
        <translation>Tavlan {board} har redan en mätare med namnet ”{name}”.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on päivä.</source>
        <translation>Period: {period} passar inte en mätare vars period är dag.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on viikko.</source>
        <translation>Period: {period} passar inte en mätare vars period är vecka.</translation>
    </message>
    <message>
        <source>Jakso: {period} ei sovi mittarille, jonka jakso on kuukausi.</source>
        <translation>Period: {period} passar inte en mätare vars period är månad.</translation>
    </message>
    <message>
        <source>Ratkaistua ongelmaa ei voi eskaloida.</source>
        <translation>Ett löst problem kan inte eskaleras.</translation>
    </message>
    <message>
        <source>Taululla {board} ei ole ylempää taulua, jolle eskaloida.</source>
        <translation>Tavlan {board} har ingen överordnad tavla att eskalera till.</translation>
    </message>
    <message>
        <source>Eskalointia ei voi enää perua: siihen on jo vastattu.</source>
        <translation>Eskaleringen kan inte längre tas tillbaka: den är redan besvarad.</translation>
    </message>
    <message>
        <source>Ongelma ei odota vastausta millään tasolla.</source>
        <translation>Problemet väntar inte på svar på någon nivå.</translation>
    </message>
    <message>
        <source>Ylintä tasoa ylemmäs ei voi lähettää.</source>
        <translation>Det går inte att skicka högre än den översta nivån.</translation>
    </message>
    <message>
        <source>Eskalaation odotusraja: kokonaisluku 1–720 tuntia (annettu {hours}).</source>
        <translation>Väntegräns för eskalering: heltal 1–720 timmar (angivet {hours}).</translation>
    </message>
    <message>
        <source>Päivä: tapahtumaa ei voi kirjata tulevalle päivälle.</source>
        <translation>Dag: en händelse kan inte föras in på en kommande dag.</translation>
    </message>
    <message>
        <source>Tuntematon tapahtumatyyppi: {code}</source>
        <translation>Okänd händelsetyp: {code}</translation>
    </message>
    <message>
        <source>Tapahtumatyypillä pitää olla tunnus ja nimi.</source>
        <translation>En händelsetyp ska ha en kod och ett namn.</translation>
    </message>
    <message>
        <source>Tietokannassa on jo tauluja. Esittelyaineistoa ei lisätä olemassa olevien tietojen sekaan: käytä tyhjää tietokantaa.</source>
        <translation>Databasen har redan tavlor. Demodata blandas inte med befintliga uppgifter: använd en tom databas.</translation>
    </message>
    <message>
        <source>Tietokannasta puuttuu vaaratapahtumien lajeja: {kinds}.</source>
        <translation>Databasen saknar typer av riskhändelser: {kinds}.</translation>
    </message>
    <message>
        <source>Tuntematon esittelyaineiston koko ”{scale}” (sallitut: {allowed}).</source>
        <translation>Okänd storlek på demodata ”{scale}” (tillåtna: {allowed}).</translation>
    </message>
    <message>
        <source>Tuntematon rooli {role}: {roles}.</source>
        <translation>Okänd roll {role}: {roles}.</translation>
    </message>
    <message>
        <source>Roolille {role} tarvitaan taulu: --board CODE.</source>
        <translation>Rollen {role} behöver en tavla: --board CODE.</translation>
    </message>
    <message>
        <source>Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board.</source>
        <translation>Administratörsrollen (admin) gäller hela databasen: ingen --board.</translation>
    </message>
    <message>
        <source>Päivän fiilistä ei voi vielä näyttää: uusia ääniä {given}, tarvitaan vähintään {needed}, jotta yksittäistä vastausta ei voi päätellä.</source>
        <translation>Dagens stämning kan inte visas ännu: nya röster {given}, minst {needed} behövs, så att ett enskilt svar inte kan härledas.</translation>
    </message>
    <message>
        <source>Ääntä ei löydy: sitä ei ehkä tallennettu.</source>
        <translation>Rösten hittades inte: den sparades kanske inte.</translation>
    </message>
    <message>
        <source>Palaverin kirjausta ei kumottu: sitä on muutettu sillä välin toisella näytöllä.</source>
        <translation>Mötesregistreringen ångrades inte: den har ändrats på en annan skärm under tiden.</translation>
    </message>
</context>
<context>
    <name>WallMenuDialog</name>
    <message>
        <source>Seinänäkymän asetukset</source>
        <translation>Väggvyns inställningar</translation>
    </message>
    <message>
        <source>Näytettävä taulu:</source>
        <translation>Tavla som visas:</translation>
    </message>
    <message>
        <source>Näytä valittu taulu</source>
        <translation>Visa vald tavla</translation>
    </message>
    <message>
        <source>Poistu seinänäkymästä</source>
        <translation>Lämna väggvyn</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>Asetukset ja poistuminen (PIN-koodi)</source>
        <translation>Inställningar och avslut (PIN-kod)</translation>
    </message>
    <message>
        <source>Asetukset</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Asetukset eivät aukea</source>
        <translation>Inställningarna kan inte öppnas</translation>
    </message>
    <message>
        <source>PIN-koodia ei voi tarkistaa</source>
        <translation>PIN-koden kan inte kontrolleras</translation>
    </message>
</context>
<context>
    <name>WeeklyPdf</name>
    <message>
        <source>Tavoitteet ja mittarit</source>
        <translation>Mål och mätare</translation>
    </message>
    <message>
        <source>Henkilöstön fiilis</source>
        <translation>Personalens stämning</translation>
    </message>
    <message>
        <source>Kehitysideat</source>
        <translation>Förbättringsidéer</translation>
    </message>
    <message>
        <source>Päivittäispalaverit</source>
        <translation>Dagliga möten</translation>
    </message>
    <message>
        <source>Turvallisuusristi</source>
        <translation>Säkerhetskors</translation>
    </message>
    <message>
        <source>SQDC-ongelmat</source>
        <translation>SQDC-problem</translation>
    </message>
    <message>
        <source>A3-raportit</source>
        <translation>A3-rapporter</translation>
    </message>
    <message>
        <source>Tällä viikolla ei kirjauksia</source>
        <translation>Inga registreringar denna vecka</translation>
    </message>
    <message>
        <source>Sivukoko: {size} ei käy (A4 tai A3).</source>
        <translation>Sidstorlek: {size} går inte (A4 eller A3).</translation>
    </message>
    <message>
        <source>{board} – viikko {week}/{year}</source>
        <translation>{board} – vecka {week}/{year}</translation>
    </message>
    <message>
        <source>Päivittäisjohtamisen taulu {code} {week}</source>
        <translation>Tavla för daglig styrning {code} {week}</translation>
    </message>
    <message>
        <source>… ja {count} muuta</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <source>ylempi taulu</source>
        <translation>överordnad tavla</translation>
    </message>
    <message>
        <source>Tulostettu {date} klo {time}</source>
        <translation>Utskrivet {date} kl. {time}</translation>
    </message>
    <message>
        <source>Päivittäisjohtamisen viikkotaulu</source>
        <translation>Veckotavla för daglig styrning</translation>
    </message>
    <message>
        <source>sivu {page}/{pages}</source>
        <translation>sida {page}/{pages}</translation>
    </message>
    <message>
        <source>Taululle ei kirjattu tällä viikolla mittariarvoja, fiilisääniä, kehitysideoita, ongelmia, turvallisuustapahtumia eikä palavereja.</source>
        <translation>Inga mätvärden, stämningsröster, utvecklingsidéer, problem, säkerhetshändelser eller möten fördes in på tavlan denna vecka.</translation>
    </message>
    <message>
        <source>Avoimia ongelmia viikon lopussa: {open} · A3-raportteja käynnissä: {a3s}</source>
        <translation>Öppna problem vid veckans slut: {open} · A3-rapporter pågår: {a3s}</translation>
    </message>
    <message>
        <source>Taululla ei ole mittareita.</source>
        <translation>Tavlan har inga mätare.</translation>
    </message>
    <message>
        <source>… ja {count} muuta mittaria (katso sovelluksesta)</source>
        <translation>… och {count} mätare till (se programmet)</translation>
    </message>
    <message>
        <source>Merkinnät kaavioissa</source>
        <translation>Anteckningar i diagrammen</translation>
    </message>
    <message>
        <source>MDC (NHS Making Data Count): vaihtelu ∼ tavallinen, H/L erityissyy ylös/alas (sininen parantunut, oranssi huolestuttava) · tavoite P täyttyy aina, F ei täyty ilman muutosta, ? vain joskus</source>
        <translation>MDC (NHS Making Data Count): variation ∼ vanlig, H/L särskild orsak upp/ned (blå förbättring, orange oroande) · mål P nås alltid, F nås inte utan förändring, ? bara ibland</translation>
    </message>
    <message>
        <source>tavoite</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>mediaani</source>
        <translation>median</translation>
    </message>
    <message>
        <source>ei-satunnainen muutos</source>
        <translation>icke-slumpmässig förändring</translation>
    </message>
    <message>
        <source>vaihe</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>merkintä</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>viikon ka.</source>
        <translation>veckans medel</translation>
    </message>
    <message>
        <source>viikko {week}</source>
        <translation>vecka {week}</translation>
    </message>
    <message>
        <source>ei arvoja</source>
        <translation>inga värden</translation>
    </message>
    <message>
        <source>ei vastauksia</source>
        <translation>inga svar</translation>
    </message>
    <message>
        <source>Viikko: {average} ({n} vastausta)</source>
        <translation>Veckan: {average} ({n} svar)</translation>
    </message>
    <message>
        <source>ei vielä näytetty ({n} ääntä)</source>
        <translation>inte visat ännu ({n} röster)</translation>
    </message>
    <message>
        <source>piilotettu ({n} ääntä)</source>
        <translation>dolt ({n} röster)</translation>
    </message>
    <message>
        <source>, {n} piilotettu</source>
        <translation>, {n} dolda</translation>
    </message>
    <message>
        <source>Viikko: piilotettu ({n} ääntä)</source>
        <translation>Veckan: dold ({n} röster)</translation>
    </message>
    <message>
        <source>Viikko: ei vastauksia</source>
        <translation>Veckan: inga svar</translation>
    </message>
    <message>
        <source>Kehitysideoita fiiliskyselystä: {n}</source>
        <translation>Förbättringsidéer från stämningsenkäten: {n}</translation>
    </message>
    <message>
        <source>Luvut näytetään kerralla, kun vastaajia on vähintään {n}.</source>
        <translation>Talen visas på en gång när minst {n} har svarat.</translation>
    </message>
    <message>
        <source>uutta</source>
        <translation>nya</translation>
    </message>
    <message>
        <source>siirtyi vaiheesta</source>
        <translation>bytte fas</translation>
    </message>
    <message>
        <source>valmistui</source>
        <translation>blev klara</translation>
    </message>
    <message>
        <source>Valmistuneet</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Uudet</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>palaveria pidetty</source>
        <translation>möten hållna</translation>
    </message>
    <message>
        <source>osallistujaa keskim.</source>
        <translation>deltagare i snitt</translation>
    </message>
    <message>
        <source>+N: uutta edellisestä palaverista (Mitä uutta), yhteensä {n}</source>
        <translation>+N: nytt sedan förra mötet (Vad är nytt), totalt {n}</translation>
    </message>
    <message>
        <source>Kesto keskimäärin {minutes} min</source>
        <translation>Längd i snitt {minutes} min</translation>
    </message>
    <message>
        <source>Lihavoitu reuna:</source>
        <translation>Fet kant:</translation>
    </message>
    <message>
        <source>tämä viikko</source>
        <translation>denna vecka</translation>
    </message>
    <message>
        <source>Päiviä edellisestä haitasta: &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Dagar sedan senaste skada: &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ei kirjattuja haittoja.</source>
        <translation>Inga registrerade skador.</translation>
    </message>
    <message>
        <source>Viikon tapahtumat ({n})</source>
        <translation>Veckans händelser ({n})</translation>
    </message>
    <message>
        <source>läheltä piti</source>
        <translation>nära ögat</translation>
    </message>
    <message>
        <source>haitta</source>
        <translation>skada</translation>
    </message>
    <message>
        <source>uusia</source>
        <translation>nya</translation>
    </message>
    <message>
        <source>avoinna</source>
        <translation>öppna</translation>
    </message>
    <message>
        <source>ratkaistu</source>
        <translation>lösta</translation>
    </message>
    <message>
        <source>eskaloitu</source>
        <translation>eskalerat</translation>
    </message>
    <message>
        <source>Ei eskalointeja tällä viikolla.</source>
        <translation>Inga eskaleringar denna vecka.</translation>
    </message>
    <message>
        <source>Ei käynnissä olevia A3-raportteja.</source>
        <translation>Inga pågående A3-rapporter.</translation>
    </message>
    <message>
        <source>{n} avointa toimenpidettä</source>
        <translation>{n} öppna åtgärder</translation>
    </message>
    <message>
        <source>tämän päivän äänet: {reason}</source>
        <translation>dagens röster: {reason}</translation>
    </message>
    <message>
        <source>Fiiliksen – ja +N: {reasons}.</source>
        <translation>Stämningens – och +N: {reasons}.</translation>
    </message>
    <message>
        <source>Alaiset taulut</source>
        <translation>Underliggande tavlor</translation>
    </message>
    <message>
        <source>Jokainen luku kattaa taulun ja kaikki sen alla olevat. Ensin ne, jotka tarvitsevat apua: haitat viikolla, yli {hours} h odottaneet eskalaatiot, tavoitteista jäljessä, pitämättömät palaverit. Fiilis: näytettyjen äänten keskiarvo ja niiden määrä; piilossa olevat äänet eivät ole missään luvussa. Eskaloitu meille ja pysähtynyt työ (idea ei edennyt, eskalaatio yli rajan): tilanne tulostushetkellä.</source>
        <translation>Varje tal omfattar tavlan och alla under den. Först de som behöver hjälp: skador under veckan, eskaleringar som väntat över {hours} h, efter målen, möten som inte hållits. Stämning: medelvärdet av de visade rösterna och deras antal; dolda röster ingår inte i något tal. Eskalerat till oss och stillastående arbete (idé som inte gått vidare, eskalering över gränsen): läget vid utskriften.</translation>
    </message>
    <message>
        <source>Taulu</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Tarvitsee apua</source>
        <translation>Behöver hjälp</translation>
    </message>
    <message>
        <source>Fiilis</source>
        <translation>Stämning</translation>
    </message>
    <message>
        <source>Tavoitteet
✔ / ✖ / –</source>
        <translation>Mål
✔ / ✖ / –</translation>
    </message>
    <message>
        <source>Avoimet
S / Q / D / C</source>
        <translation>Öppna
S / Q / D / C</translation>
    </message>
    <message>
        <source>Eskaloitu
meille</source>
        <translation>Eskalerat
till oss</translation>
    </message>
    <message>
        <source>Turvallisuus ■ haitta ▲ läh.
viikko | kuukausi</source>
        <translation>Säkerhet ■ skada ▲ nära
vecka | månad</translation>
    </message>
    <message>
        <source>Ideat
valmiit</source>
        <translation>Idéer
klara</translation>
    </message>
    <message>
        <source>Pysähtynyt
◔ idea / ⚠ esk.</source>
        <translation>Stillastående
◔ idé / ⚠ esk.</translation>
    </message>
    <message>
        <source>Palaverit
pidetty / puuttuu</source>
        <translation>Möten
hållna / saknas</translation>
    </message>
    <message>
        <source>Yhteensä</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source> + {count} alla</source>
        <translation> + {count} under</translation>
    </message>
    <message>
        <source>■ haitta {count}</source>
        <translation>■ skada {count}</translation>
    </message>
    <message>
        <source>⚠ eskalaatio yli rajan {count}</source>
        <translation>⚠ eskalering över gränsen {count}</translation>
    </message>
    <message>
        <source>✖ tavoitteesta jäljessä {count}</source>
        <translation>✖ efter målet {count}</translation>
    </message>
    <message>
        <source>◷ palaveri puuttuu {count}</source>
        <translation>◷ möte saknas {count}</translation>
    </message>
    <message>
        <source>✔ ei huolia</source>
        <translation>✔ inga bekymmer</translation>
    </message>
    <message>
        <source>ei ääniä</source>
        <translation>inga röster</translation>
    </message>
    <message>
        <source>
⚠ {count} yli {hours} h</source>
        <translation>
⚠ {count} över {hours} h</translation>
    </message>
    <message>
        <source>Ylhäältä asetetut tavoitteet alaisilla tauluilla</source>
        <translation>Mål som satts uppifrån på underliggande tavlor</translation>
    </message>
    <message>
        <source>
{on_target}/{reporting} tavoitteessa</source>
        <translation>
{on_target}/{reporting} når målet</translation>
    </message>
    <message>
        <source>Tavoite</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>ei arvoa</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>Anna joko taulun tunnus tai --all.</source>
        <translation>Ange antingen tavlans kod eller --all.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Lopeta</source>
        <translation>Avsluta</translation>
    </message>
</context>
</TS>
