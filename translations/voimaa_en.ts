<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="15"/>
        <source>Tietoja Voimaasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="17"/>
        <source>&lt;h2&gt;Voimaa {version}&lt;/h2&gt;&lt;p&gt;Työkalu sosiaalisen kuntoutuksen vertaisryhmien ohjaajille (Voimaa vertaisuudesta).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tiedot tallennetaan tälle koneelle:&lt;/b&gt;&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Varmuuskopiot:&lt;/b&gt;&lt;br&gt;{backups}&lt;/p&gt;&lt;p&gt;Tiedot ovat arkaluonteisia. Älä tallenna kansiota verkkolevylle tai pilvipalveluun.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="60"/>
        <source>esim. 12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="79"/>
        <source>Kirjoita summa, esimerkiksi 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="26"/>
        <location filename="../src/voimaa/ui/app.py" line="31"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../src/voimaa/ui/ask.py" line="23"/>
        <source>Kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/ask.py" line="24"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../src/voimaa/attendance.py" line="44"/>
        <source>ei merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="46"/>
        <source>läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="47"/>
        <source>poissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="48"/>
        <source>ilmoitettu poissaolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="249"/>
        <source>Osallistujaa tai kertaa ei löydy. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="253"/>
        <source>Osallistuja ei kuulu tämän kerran ryhmään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="257"/>
        <source>{code} on jonossa. Siirrä hänet ensin ryhmään, sitten merkitse läsnäolo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="264"/>
        <source>Kerta {n} on vasta {date}. Tulevaan kertaan ei voi merkitä läsnäoloa; ilmoitetun poissaolon voi merkitä jo etukäteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="314"/>
        <source>Läsnäolotaulukon voi viedä vain .xlsx- tai .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="366"/>
        <source>Ryhmässä ei ole kertaa {n}. Valitse kerta {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="413"/>
        <source>Läsnäololistan voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="158"/>
        <source>(lopettanut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="186"/>
        <source>Koodi {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="190"/>
        <source>Osallistunut alle seurantarajan: soita ja kysy kuulumiset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="200"/>
        <source>ei enää ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="202"/>
        <source>{name}, {n}. kerta {date}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="208"/>
        <source>Läsnä merkityistä kerroista; ilmoitettu poissaolo ei ole läsnäoloa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="222"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="231"/>
        <source>Läsnä {p}, poissa {a}, ilmoitettu poissaolo {e}, ei merkitty {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="254"/>
        <source>Osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="260"/>
        <source>kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="264"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="266"/>
        <source>Osallistuminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="271"/>
        <source>Tuleva kerta: läsnäoloa ei voi vielä merkitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="296"/>
        <source>Läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="361"/>
        <source>Tyhjennä merkintä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="36"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="268"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="49"/>
        <source>Merkitse nuolilla liikkuen: L tai 1 = läsnä, P tai 2 = poissa, I tai 3 = ilmoitettu poissaolo, Delete tyhjentää. Hiiren napsautus vaihtaa merkintää, oikea painike näyttää vaihtoehdot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="63"/>
        <source>Seurantaraja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="65"/>
        <source>Seurantaraja (soitetaan, jos osallistunut alle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="78"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="80"/>
        <source>Tallenna PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="82"/>
        <source>Läsnäololista valitulle kerralle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="84"/>
        <source>Tulostettava lista: nimet ja allekirjoitussarake valitun sarakkeen kerralle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="87"/>
        <source>Tyhjä läsnäololista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="148"/>
        <source>Ryhmässä ei ole vielä osallistujia. Lisää heidät Osallistujat-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="155"/>
        <source>Ryhmän osallistumisaste: {rate} merkityistä kerroista ({n} läsnäoloa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="162"/>
        <source>Soita ja kysy kuulumiset (alle {t}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="169"/>
        <source>Kukaan ryhmässä oleva ei ole osallistunut alle {t}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="192"/>
        <source>{name}, {n}. kerta: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="211"/>
        <source>Excel-tiedosto (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="211"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="243"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="213"/>
        <source>Vie läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="222"/>
        <source>Viedään läsnäolotaulukkoa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="237"/>
        <source>Läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="238"/>
        <source>Valitse ensin taulukosta kerta (sarake), jolle lista tehdään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="243"/>
        <source>Tallenna läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="252"/>
        <source>Tehdään läsnäololistaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="260"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="266"/>
        <source>Tallennus epäonnistui: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeAfterChart</name>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="45"/>
        <source>Ei vielä alku- ja loppumittauksen pareja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="171"/>
        <source>alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="178"/>
        <source>loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="185"/>
        <source>hyvä elämänlaatu (4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../src/voimaa/budget.py" line="178"/>
        <source>Ei luokkaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="198"/>
        <source>{what} on liian suuri. Tarkista summa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="208"/>
        <source>Kirjoita rivin kuvaus, esimerkiksi ”Kahvi ja pulla”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="211"/>
        <source>Kuvaus on liian pitkä (enintään 1000 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="214"/>
        <source>Tosite ja maksaja saavat olla enintään 200 merkkiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="216"/>
        <source>suunniteltu summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="217"/>
        <source>toteutunut summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="222"/>
        <source>Valittua luokkaa ei ole enää. Valitse luokka uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="228"/>
        <source>Valittua kertaa ei löydy. Valitse kerta uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="243"/>
        <source>Budjettiriviä ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="281"/>
        <source>Budjetti ei voi olla negatiivinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="282"/>
        <source>budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="294"/>
        <source>Anna luokalle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="297"/>
        <source>Luokan nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="316"/>
        <source>Luokka ”{name}” on jo olemassa. Valitse toinen nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="325"/>
        <source>Luokkaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="385"/>
        <source>Luokkien järjestystä ei voitu tallentaa. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="409"/>
        <source>Budjetin voi viedä vain .xlsx- tai .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="104"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="485"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="501"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="515"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="526"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="561"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="114"/>
        <source>Tallenna budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="120"/>
        <source>Ryhmän &amp;budjetti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="133"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="134"/>
        <source>Kuvaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="135"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="230"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="136"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="137"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="230"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="138"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="230"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="139"/>
        <source>Tosite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="140"/>
        <source>Maksaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="154"/>
        <source>Rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="157"/>
        <source>pp.kk.vvvv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="175"/>
        <source>Uusi rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="177"/>
        <source>Tallenna rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="180"/>
        <source>Poista rivi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="196"/>
        <source>&amp;Päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="197"/>
        <source>&amp;Kuvaus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="198"/>
        <source>&amp;Luokka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="199"/>
        <source>K&amp;erta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="200"/>
        <source>&amp;Suunniteltu €:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="201"/>
        <source>&amp;Toteutunut €:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="202"/>
        <source>T&amp;osite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="203"/>
        <source>&amp;Maksaja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="226"/>
        <source>Luokittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="230"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="240"/>
        <source>Lisää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="242"/>
        <source>Nimeä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="244"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="246"/>
        <source>Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="248"/>
        <source>Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="264"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="266"/>
        <source>Yhteenveto PDF:nä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="309"/>
        <source>Suunniteltu &lt;b&gt;{planned}&lt;/b&gt; · Toteutunut &lt;b&gt;{actual}&lt;/b&gt; · Jäljellä &lt;b&gt;{remaining}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="352"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="379"/>
        <source>(ei luokkaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="384"/>
        <source>(ei kertaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="415"/>
        <source>Tallenna muutokset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="415"/>
        <source>Lisää rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="446"/>
        <source>Korjaa summa: katso viesti kentän vieressä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="469"/>
        <source>Rivi tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="477"/>
        <source>Poistetaanko rivi ”{d}” ({a})? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="480"/>
        <source>Poista rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="507"/>
        <source>Lisää luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="507"/>
        <source>Luokan nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="515"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="526"/>
        <source>Valitse ensin luokka taulukosta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="518"/>
        <source>Nimeä luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="518"/>
        <source>Uusi nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="530"/>
        <source>Poistetaanko luokka ”{name}”? Sen {n} riviä jäävät budjettiin ilman luokkaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="532"/>
        <source>Poista luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="543"/>
        <source>Excel-tiedosto (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="543"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="545"/>
        <source>Vie budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="554"/>
        <source>Viedään budjettia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="557"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="564"/>
        <source>Tallennus epäonnistui: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="155"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="157"/>
        <source>Paikka puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="375"/>
        <source>kohta {where} ei ole oikeaa muotoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="381"/>
        <source>kenttä {f} puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="392"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla kokonaisluku {lo}–{hi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="403"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla teksti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="414"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla true tai false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="425"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla luettelo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="442"/>
        <source>kentän {f} päivämäärä ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="452"/>
        <source>kentän {f} arvo ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="461"/>
        <source>EUROHIS-8-vastaus {where} ei ole välillä 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="474"/>
        <source>ryhmän tunniste (payload.group_id) ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="489"/>
        <source>sama kerta on tiedostossa kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="496"/>
        <source>osallistujan koodi {where} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="504"/>
        <source>läsnäolo {where} viittaa kertaan, jota ei ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="511"/>
        <source>osallistujalla {where} on kaksi merkintää samalle kerralle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="521"/>
        <source>lomakkeessa {where} ei ole kahdeksaa vastausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="535"/>
        <source>osallistujalla {where} on kaksi samaa mittausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="549"/>
        <source>sama osallistujakoodi on tiedostossa kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="553"/>
        <source>osallistujamäärät eivät täsmää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="575"/>
        <source>avoimet kysymykset ovat mukana, vaikka avoimia vastauksia ei ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="588"/>
        <source>palautteen {where} arviot eivät kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="592"/>
        <source>palautteen {where} avoimet vastaukset eivät kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="599"/>
        <source>palautteen {where} arvio {k} ei ole välillä 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="606"/>
        <source>palautteen {where} vastaus {k} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="644"/>
        <source>tiedosto ei ole Voimaan koordinaattorivienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="647"/>
        <source>tiedoston versiotieto puuttuu tai ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="650"/>
        <source>tiedosto on tehty uudemmalla Voimaan versiolla (muodon versio {v}). Päivitä Voimaa ja tuo tiedosto uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="664"/>
        <source>tarkistussumma ei täsmää: tiedostoa on muutettu tai se on vioittunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="679"/>
        <source>määrät eivät täsmää (checks.{key}): tiedostoa on muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="688"/>
        <source>Tiedostoa {name} ei tuotu: {reason}. Mitään ei muutettu. Pyydä ryhmän ohjaajilta uusi koordinaattorivienti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="700"/>
        <location filename="../src/voimaa/coordinator.py" line="715"/>
        <location filename="../src/voimaa/coordinator.py" line="731"/>
        <source>tiedoston sisältö on liian suuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="707"/>
        <location filename="../src/voimaa/coordinator.py" line="756"/>
        <source>tiedosto on liian suuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="712"/>
        <source>tiedostossa on liikaa osia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="721"/>
        <source>tiedoston sisältö on epäilyttävän tiiviisti pakattu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="728"/>
        <source>tiedostosta puuttuu osa {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="739"/>
        <source>tiedosto ei ole ehjä zip-tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="741"/>
        <source>tiedoston JSON-osa on vioittunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="743"/>
        <source>tiedostoa ei voi lukea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="747"/>
        <source>tiedostossa on kelvoton luku ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="761"/>
        <source>tiedostoa ei voi avata ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="938"/>
        <source>Tuotu ryhmä {place} on vioittunut ({reason}). Poista se ja tuo tiedosto uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="966"/>
        <source>Tuotua ryhmää ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="1214"/>
        <source>Kaikki ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator.py" line="1268"/>
        <source>Yhteenvedon tiedoston pitää päättyä .xlsx tai .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorFiles</name>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="35"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="590"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="37"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="43"/>
        <source>läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="44"/>
        <source>poissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="45"/>
        <source>poissa (ilmoitti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="51"/>
        <source>mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="52"/>
        <source>lopettanut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="53"/>
        <source>jonossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="59"/>
        <source>alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="61"/>
        <source>loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="70"/>
        <source>Muoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="72"/>
        <source>Muodon versio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="76"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="429"/>
        <source>Ryhmän tunniste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="77"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="419"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="574"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="78"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="420"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="79"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="421"/>
        <source>Alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="80"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="422"/>
        <source>Päättyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="81"/>
        <source>Viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="83"/>
        <source>Pidettyjä kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="88"/>
        <source>Aloittaneita osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="93"/>
        <source>Lopettaneita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="98"/>
        <source>Mukana tässä viennissä (suostumus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="102"/>
        <source>Palautteita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="104"/>
        <source>Avoimet palautevastaukset mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="105"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="107"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="111"/>
        <source>Budjetti, suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="116"/>
        <source>Budjetti, toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="127"/>
        <source>Tietoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="129"/>
        <source>Tieto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="129"/>
        <source>Arvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="139"/>
        <source>Tiedosto ei sisällä nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen tietoja. Osallistujat näkyvät vain satunnaisina koodeina ja vain, jos he ovat antaneet suostumuksen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="148"/>
        <source>Kerrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="153"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="154"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="195"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="155"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="156"/>
        <source>Asiantuntijoita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="166"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="426"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="578"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="172"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="193"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="173"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="174"/>
        <source>Kerta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="175"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="194"/>
        <source>Mittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="196"/>
        <source>Sanamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="198"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="217"/>
        <source>Vastaukset on tallennettu 1 = huonoin … 5 = paras tulostetusta järjestyksestä riippumatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="225"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="227"/>
        <source>Vastaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="330"/>
        <source>Solut, jotka perustuvat 1–2 henkilöön, on piilotettu (&lt;3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="331"/>
        <source>EUROHIS-8: pisteet ovat kahdeksan kysymyksen keskiarvo (1–5) vain täydellisistä lomakkeista. Muutos lasketaan henkilöiltä, joilla on sekä alku- että loppumittaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="336"/>
        <source>Luotettava muutos: |RCI| &gt; 1,96; reliabiliteetti r = {r}, keskihajonta {sd} ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="344"/>
        <source>Hyvä elämänlaatu: keskiarvo vähintään 4 (THL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="345"/>
        <source>Osallistujia = ryhmän aloittaneet. Läsnäolo ja EUROHIS-8 vain niiltä, jotka antoivat suostumuksen tietojen luovuttamiseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="357"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="358"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="501"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="517"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="532"/>
        <source>Alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="373"/>
        <source>Tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="379"/>
        <source>Kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="384"/>
        <source>Nro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="385"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="546"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="386"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="427"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="547"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="579"/>
        <source>Parit (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="387"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="548"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="388"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="549"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="389"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="550"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="580"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="403"/>
        <source>EUROHIS-8 kysymyksittäin: alussa ja lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="404"/>
        <source>Keskiarvo (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="414"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="571"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="423"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="576"/>
        <source>Kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="424"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="577"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="425"/>
        <source>Suostumus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="428"/>
        <source>Muutos, keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="482"/>
        <source>Voimaa-ryhmät: koordinaattorin yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="487"/>
        <source>{g} ryhmää · {p} osallistujaa · tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="496"/>
        <source>Ryhmät, osallistujat ja läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="511"/>
        <source>EUROHIS-8: muutos alusta loppuun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="542"/>
        <source>EUROHIS-8 kysymyksittäin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="575"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="601"/>
        <source>Menetelmä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="42"/>
        <source>Voimaa – koordinaattori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="48"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Koordinaattorin yhteenveto&lt;/h2&gt;&lt;p&gt;Tuo ryhmien koordinaattoriaineistot (.zip) eri koneilta ja paikkakunnilta. Saman ryhmän uusi tuonti korvaa aiemman. Yhteenvedossa alle 3 henkilön luvut näkyvät muodossa &amp;lt;3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="61"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="62"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="63"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="64"/>
        <source>Kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="65"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="66"/>
        <source>Viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="67"/>
        <source>Tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="82"/>
        <source>Tuo aineistoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="85"/>
        <source>Poista valittu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="88"/>
        <source>Tallenna yhteenveto Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="91"/>
        <source>Tallenna yhteenveto PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="117"/>
        <source>Koordinaattori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="121"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="210"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="121"/>
        <source>lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="124"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="124"/>
        <source>(ei paikkaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="139"/>
        <source>Ei tuotuja ryhmiä. Aloita tuomalla aineistoja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="145"/>
        <source>{g} ryhmää ({places}) · {p} osallistujaa · alku- ja loppumittaus {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="167"/>
        <source>Tuo koordinaattorin aineistoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="167"/>
        <source>Voimaa-aineisto (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="171"/>
        <source>Tuonti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="176"/>
        <source>Tuotiin {n} ryhmää.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="178"/>
        <source>Yhtään ryhmää ei tuotu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="183"/>
        <source>{n} niistä korvasi saman ryhmän aiemman tuonnin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="186"/>
        <source>Hylätyt tiedostot (ne eivät muuttaneet mitään):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="193"/>
        <source>Tuodaan aineistoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="207"/>
        <source>Poistetaanko tuotu ryhmä {place} ({dates}) yhteenvedosta? Voit tuoda sen myöhemmin uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="213"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="218"/>
        <source>Poista tuotu ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="226"/>
        <source>Tallenna yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="228"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="228"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="235"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="238"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="239"/>
        <source>Yhteenveto tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="242"/>
        <source>Tehdään yhteenvetoa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="253"/>
        <source>Toiminto epäonnistui: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="246"/>
        <source>ka (n)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eurohis</name>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="330"/>
        <source>Osallistujaa ei löydy. Hänet on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="359"/>
        <source>Lomakkeessa on kahdeksan kysymystä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="363"/>
        <source>Vastaus on 1–5 tai tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="366"/>
        <source>Lomakkeessa ei ole yhtään vastausta. Syötä vastaukset tai jätä lomake pois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="795"/>
        <source>Täydellisiä pareja (alku ja loppu): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="796"/>
        <source>Vain yksi lomake: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="800"/>
        <source>Lomake puutteellinen tai arvioitu, ei mukana: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="805"/>
        <source>Muutoksen keskiarvo: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="806"/>
        <source>Muutoksen mediaani: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="807"/>
        <source>Parani: {a} · ennallaan: {b} · heikkeni: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="810"/>
        <source>Luotettava muutos (|RCI| &gt; 1,96): parani {a}, heikkeni {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="813"/>
        <source>Hyvä elämänlaatu (keskiarvo vähintään 4): alussa {a}, lopussa {b} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="816"/>
        <source>Reliabiliteetti r = {r}; keskihajonta SD = {sd} ({desc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="822"/>
        <source>Mukana myös arvioituja keskiarvoja (yksi vastaus puuttui).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="824"/>
        <source>Ryhmä on pieni: p-arvoja ei lasketa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis.py" line="853"/>
        <source>Ryhmässä ei ole osallistujia. Tulosta tyhjä lomake ilman ryhmää.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisCompare</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="126"/>
        <source>Ota pareihin mukaan arvioidut keskiarvot (yksi vastaus puuttui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="136"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="137"/>
        <source>Alku ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="138"/>
        <source>Alku summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="139"/>
        <source>Loppu ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="140"/>
        <source>Loppu summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="141"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="142"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="143"/>
        <source>Luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="144"/>
        <source>Huomio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="155"/>
        <source>Kysymyksittäin (parien keskiarvot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="158"/>
        <source>Osallistujittain (* = luotettava muutos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="168"/>
        <source>Ryhmän muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="212"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="235"/>
        <source>vain alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="236"/>
        <source>vain loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="237"/>
        <source>liian monta vastausta puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="238"/>
        <source>arvioitu keskiarvo, ei mukana pareissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="242"/>
        <source>arvioitu keskiarvo (yksi vastaus puuttui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="250"/>
        <source>kyllä, parani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="250"/>
        <source>kyllä, heikkeni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="253"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisEntry</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="256"/>
        <source>Alkumittaus (1. kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="257"/>
        <source>Loppumittaus (8. kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="286"/>
        <source>Näppäimet: 1–5 vastaa (paperin numerolla) · 0 tai Delete = puuttuu · Enter = tallenna ja seuraava · nuolet ylös/alas = siirry kysymykseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="300"/>
        <source>Mittaus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="303"/>
        <source>Täyttöpäivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="306"/>
        <source>Lomakeversio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="321"/>
        <source>Osallistujat (koodi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="373"/>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="553"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="389"/>
        <source>Ei osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="402"/>
        <source>{code}   ✓ (puutteellinen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="422"/>
        <source>{n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="429"/>
        <source>Tallennettu lomake – muutos kirjataan lokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="434"/>
        <source>Uusi lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="501"/>
        <source>Keskiarvo {mean} · summa {total}  ({typed}/8 syötetty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="508"/>
        <source>Ei pisteitä: yksi vastaus puuttuu (arvioitua keskiarvoa ei ole sallittu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="511"/>
        <source>Ei pisteitä: {n} vastausta puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="513"/>
        <source>Keskiarvo {mean} · summa {total} (arvioitu, 1 puuttuu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="517"/>
        <source> · hyvä elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="518"/>
        <source>Keskiarvo {mean} · summa {total}{good}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="531"/>
        <source>Kysymys {n} on syöttämättä: paina 1–5 tai 0 (puuttuu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="577"/>
        <source>Kaikki tämän mittauksen lomakkeet on käyty läpi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="24"/>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="91"/>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="96"/>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="100"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="33"/>
        <source>Lomakkeiden syöttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="34"/>
        <source>Alku ja loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="36"/>
        <source>Tulosta ryhmän lomakkeet (koodit valmiina)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="39"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="75"/>
        <source>Tallenna lomake PDF-tiedostoksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="75"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="91"/>
        <source>Lomake tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="101"/>
        <source>Lomakkeen tallennus epäonnistui: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="104"/>
        <source>Tehdään lomaketta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="110"/>
        <source>eurohis-{phase}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="114"/>
        <source>eurohis-tyhja.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisSettingsBox</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="56"/>
        <source>Asetukset (luotettavan muutoksen laskenta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="70"/>
        <source>Salli arvioitu keskiarvo, kun yksi vastaus puuttuu (aina merkitty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="73"/>
        <source>Tallenna asetukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="78"/>
        <source>Reliabiliteetti r on mittarin sisäinen johdonmukaisuus (EUROHIS-8: noin 0,78). Viitekeskihajontaa käytetään, kunnes tietokannassa on vähintään 20 alkumittausta; sitten käytetään niiden omaa keskihajontaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="87"/>
        <source>Reliabiliteetti r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="88"/>
        <source>Viitekeskihajonta SD (keskiarvoasteikolla):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="111"/>
        <source>Asetukset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experts</name>
    <message>
        <location filename="../src/voimaa/experts.py" line="92"/>
        <source>Anna asiantuntijan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="96"/>
        <source>Sähköpostiosoite ”{email}” ei näytä oikealta. Tarkista osoite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="111"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="122"/>
        <source>Asiantuntijaa ei löydy. Hänet on ehkä poistettu listalta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="130"/>
        <source>Kertaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="47"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="160"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="58"/>
        <source>Hae nimellä, alalla tai organisaatiolla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="64"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="117"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="65"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="118"/>
        <source>Ala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="66"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="119"/>
        <source>Organisaatio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="67"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="120"/>
        <source>Puhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="68"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="121"/>
        <source>Sähköposti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="77"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="208"/>
        <source>Uusi asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="80"/>
        <source>Poista listalta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="87"/>
        <source>Yhteinen asiantuntijalista (kaikki ryhmät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="98"/>
        <source>esim. ravitsemusterapeutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="108"/>
        <source>esim. milloin tavoittaa, mitä tuo mukanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="109"/>
        <source>Tallenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="114"/>
        <source>Tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="122"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="133"/>
        <source>Kutsu tämän ryhmän kerroille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="206"/>
        <source>Muokkaa: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="239"/>
        <source>Poistetaanko {name} yhteiseltä listalta?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="242"/>
        <source>Hänet on kutsuttu {n} kerralle. Kutsut poistuvat kaikista ryhmistä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="244"/>
        <source>Poista asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="256"/>
        <source>Valitse ryhmä, niin voit kutsua sen kerroille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="260"/>
        <source>Valitse asiantuntija listasta, niin voit kutsua hänet kerroille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="264"/>
        <source>Rastita kerrat, joille {name} tulee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="274"/>
        <source>  (ehdotus: {e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="303"/>
        <source>Tähän ryhmään ei ole vielä kutsuttu ketään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="309"/>
        <source>&lt;b&gt;Tulossa tähän ryhmään&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../src/voimaa/feedback.py" line="118"/>
        <source>Kirjoita {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="121"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="139"/>
        <source>väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="141"/>
        <source>avoin kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="154"/>
        <source>Lomakkeessa pitää olla ainakin yksi väittämä tai kysymys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="186"/>
        <location filename="../src/voimaa/feedback.py" line="200"/>
        <location filename="../src/voimaa/feedback.py" line="215"/>
        <source>Kohtaa ei löydy lomakkeesta. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="295"/>
        <source>Vastauksessa on kohtia, joita lomakkeessa ei ole. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="305"/>
        <source>Väittämän vastaus on 1–5 tai tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="312"/>
        <source>Avoin vastaus on liian pitkä (enintään {n} merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="319"/>
        <source>Lomakkeessa ei ole yhtään vastausta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="340"/>
        <source>Osallistujaa ei löydy tästä ryhmästä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="356"/>
        <source>Palautetta ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="492"/>
        <source>Kopioita voi tulostaa 1–50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackEntryWidget</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="191"/>
        <source>Tallenna (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="195"/>
        <source>Uusi lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="198"/>
        <source>Poista lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="204"/>
        <source>Näppäimet: 1–5 vastaa väittämään · 0 tai Delete = ei vastausta · Enter = avoimiin kysymyksiin (Enter siirtyy seuraavaan, viimeisessä tallentaa) · Ctrl+Enter = tallenna. Palaute tallennetaan nimettömänä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="221"/>
        <source>Täyttöpäivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="232"/>
        <source>Avoimet kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="249"/>
        <source>Tallennetut lomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="292"/>
        <source>Lomake {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="306"/>
        <source>Valitse ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="314"/>
        <source>Uusi lomake (nro {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="323"/>
        <source>Tallennettu lomake – muutos kirjataan lokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="431"/>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="444"/>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="462"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="454"/>
        <source>Poista palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="455"/>
        <source>Poistetaanko tämä palautelomake? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFormEditor</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="117"/>
        <source>Ryhmällä on oma kopio palautelomakkeesta. Muutokset koskevat vain tätä ryhmää, ellet tallenna lomaketta uusien ryhmien oletukseksi. Poistetun kohdan vanhat vastaukset säilyvät, mutta niitä ei näytetä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="127"/>
        <source>Väittämät (vastaus 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="128"/>
        <source>Avoimet kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="137"/>
        <source>Lisää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="138"/>
        <source>Muokkaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="139"/>
        <source>Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="140"/>
        <source>Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="141"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="151"/>
        <source>Tallenna uusien ryhmien oletukseksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="154"/>
        <source>Palauta oletuslomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="157"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="191"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="199"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="271"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="275"/>
        <source>Palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="191"/>
        <source>Valitse ensin kohta listasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="209"/>
        <source>Uusi väittämä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="209"/>
        <source>Uusi avoin kysymys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="211"/>
        <source>Lisää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="226"/>
        <source>Muokkaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="226"/>
        <source>Teksti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="255"/>
        <source>Poista kohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="256"/>
        <source>Poistetaanko lomakkeesta kohta ”{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="276"/>
        <source>Lomake tallennettiin uusien ryhmien oletukseksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="284"/>
        <source>Palauta oletuslomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="285"/>
        <source>Korvataanko tämän ryhmän lomake oletuslomakkeella?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="22"/>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="92"/>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="96"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="34"/>
        <source>Lomakkeiden syöttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="35"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="36"/>
        <source>Lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="77"/>
        <source>Tallenna palautelomake PDF-tiedostoksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="78"/>
        <source>palautelomake.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="79"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="92"/>
        <source>Lomake tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="98"/>
        <source>Tehdään lomaketta…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSummaryView</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="51"/>
        <source>Avoimet vastaukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="72"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="75"/>
        <source>Palautelomakkeita: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../src/voimaa/export/files.py" line="30"/>
        <source>Kansiota ei ole: {folder}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="46"/>
        <source>Tiedosto {name} on auki toisessa ohjelmassa. Sulje tiedosto ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPad</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="204"/>
        <source>puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/voimaa/formats.py" line="77"/>
        <source>”{text}” ei ole rahasumma. Kirjoita summa euroina, esimerkiksi 12,50 tai 12 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="86"/>
        <source>Summa {text} on liian suuri. Tarkista summa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="105"/>
        <source>”{text}” ei ole päivämäärä. Kirjoita muodossa 22.11.2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupReportPdf</name>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="77"/>
        <source>alussa (keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="78"/>
        <source>lopussa (keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="85"/>
        <source>EUROHIS-8-kysymys (1 = huonoin … 5 = paras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="149"/>
        <source>Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="150"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="151"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="152"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="153"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="155"/>
        <source>Kertoja pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="156"/>
        <source>{held} / {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="161"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="162"/>
        <source>{n} (joista lopettanut {left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="167"/>
        <source>Läsnäolo koko ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="186"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="187"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="188"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="189"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="190"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="217"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="200"/>
        <source>ei pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="204"/>
        <source>Kerrat ja aiheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="212"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="304"/>
        <source>Osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="214"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="306"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="231"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="240"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="244"/>
        <source>L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo-% = läsnä / merkityt kerrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="257"/>
        <source>EUROHIS-8: alku- ja loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="265"/>
        <source>Keskiarvot kysymyksittäin (parit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="276"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="277"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="311"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="278"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="312"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="279"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="313"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="280"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="295"/>
        <source>Koko mittari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="314"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="315"/>
        <source>Tilanne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="321"/>
        <source>luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="333"/>
        <source>Henkilöittäin (keskiarvo 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="352"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="354"/>
        <source>Palautteita {n}. Asteikko 1 = {low} … 5 = {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="363"/>
        <source>Väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="364"/>
        <source>Ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="388"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="389"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="390"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="391"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="405"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="412"/>
        <source>Budjetti: suunniteltu ja toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="416"/>
        <source>Budjettiraja {limit} · jäljellä {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="426"/>
        <source>Ryhmän raportti – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="428"/>
        <source>Ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="430"/>
        <source>Tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="442"/>
        <source>Osallistujat näkyvät raportissa koodeina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="448"/>
        <source>Voimaa · ryhmän raportti · {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupXlsx</name>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="48"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="53"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="54"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="55"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="56"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="57"/>
        <source>Pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="58"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="86"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="120"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="69"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="281"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="69"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="281"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="74"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="80"/>
        <source>Osallistujat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="81"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="111"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="253"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="83"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="85"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="87"/>
        <source>Merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="88"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="107"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="121"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="109"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="251"/>
        <source>Nimi (koodi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="119"/>
        <source>Kerta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="133"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="145"/>
        <source>L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo = läsnä / merkityt kerrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="154"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="159"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="160"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="161"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="162"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="174"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="186"/>
        <source>Budjettiraja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="188"/>
        <source>Jäljellä (raja − toteutunut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="194"/>
        <source>Erotus = toteutunut − suunniteltu (positiivinen: yli suunnitelman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="208"/>
        <source>Nro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="209"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="237"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="210"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="261"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="211"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="262"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="212"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="263"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="213"/>
        <source>Parit (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="227"/>
        <source>Koko mittari (keskiarvo 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="235"/>
        <source>Keskiarvot kysymyksittäin: alussa ja lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="236"/>
        <source>Keskiarvo (1 = huonoin … 5 = paras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="260"/>
        <source>Tilanne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="264"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="265"/>
        <source>Luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="293"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="299"/>
        <source>Väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="300"/>
        <source>Vastauksia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="301"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="322"/>
        <source>Palautteita {n}. Asteikko: 1 = {low} … 5 = {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../src/voimaa/groups.py" line="72"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="75"/>
        <source>Ryhmän nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="84"/>
        <source>Ryhmää ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="113"/>
        <source>Kerran pituuden pitää olla 15–600 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="217"/>
        <source>Ryhmää ”{ref}” ei löydy. Katso ryhmät komennolla: voimaa groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="223"/>
        <source>Nimellä ”{ref}” on useita ryhmiä. Anna ryhmän tunniste (id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location filename="../src/voimaa/holidays.py" line="43"/>
        <source>uudenvuodenpäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="44"/>
        <source>loppiainen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="45"/>
        <source>pitkäperjantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="46"/>
        <source>pääsiäispäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="47"/>
        <source>2. pääsiäispäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="48"/>
        <source>vappu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="49"/>
        <source>helatorstai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="50"/>
        <source>helluntaipäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="51"/>
        <source>juhannusaatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="52"/>
        <source>juhannuspäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="53"/>
        <source>pyhäinpäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="54"/>
        <source>itsenäisyyspäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="55"/>
        <source>jouluaatto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="56"/>
        <source>joulupäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/holidays.py" line="57"/>
        <source>tapaninpäivä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="215"/>
        <source>Ohjaajan näkymä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="231"/>
        <source>Seuraavaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="234"/>
        <source>→ tai välilyönti: seuraava · ←: edellinen · Esc: lopeta esitys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="260"/>
        <source>Kulunut {m}.{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="267"/>
        <source>(ei muistiinpanoja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="268"/>
        <source>Dia {i} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="46"/>
        <location filename="../src/voimaa/ui/main_window.py" line="178"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="57"/>
        <source>Näytä arkistoidut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="59"/>
        <location filename="../src/voimaa/ui/main_window.py" line="140"/>
        <source>Uusi ryhmä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="62"/>
        <source>Nimeä uudelleen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="64"/>
        <location filename="../src/voimaa/ui/main_window.py" line="235"/>
        <source>Arkistoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="66"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="70"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="103"/>
        <source>&lt;h2&gt;Tervetuloa Voimaaseen&lt;/h2&gt;&lt;p&gt;Voimaa auttaa vertaisryhmän ohjaajia suunnittelemaan kahdeksan kerran ryhmän, pitämään osallistujat, läsnäolot ja budjetin järjestyksessä sekä kokoamaan EUROHIS-8-mittaukset ja palautteet.&lt;/p&gt;&lt;p&gt;Aloita luomalla ryhmä. Voit myös lisätä valmiin esimerkkiryhmän, jossa kaikki henkilöt ovat keksittyjä.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="113"/>
        <source>Luo ensimmäinen ryhmä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="115"/>
        <location filename="../src/voimaa/ui/main_window.py" line="144"/>
        <source>Lisää esimerkkiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="134"/>
        <source>Tiedot: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="139"/>
        <source>&amp;Tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="147"/>
        <source>Varmuuskopioi tietokanta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="150"/>
        <source>Koordinaattori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="163"/>
        <source>Lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="167"/>
        <source>&amp;Ohje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="168"/>
        <source>Tietoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="189"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="191"/>
        <source>{n} osallistujaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="192"/>
        <source> (arkistoitu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="235"/>
        <source>Palauta arkistosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="237"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="237"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="273"/>
        <source>Nimeä ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="273"/>
        <source>Uusi nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="294"/>
        <source>Poistetaanko ryhmä ”{name}” ja kaikki sen tiedot: ohjelma, {n} osallistujan tiedot, läsnäolot, budjetti, EUROHIS-8-lomakkeet ja palautteet?

Poistoa ei voi perua. Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="298"/>
        <source>Poista ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="306"/>
        <source>Varmuuskopioi tietokanta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="306"/>
        <source>SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="312"/>
        <source>Varmuuskopioidaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="316"/>
        <location filename="../src/voimaa/ui/main_window.py" line="321"/>
        <source>Varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="317"/>
        <source>Varmuuskopio tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="322"/>
        <source>Varmuuskopiointi epäonnistui: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="88"/>
        <source>Uusi ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="137"/>
        <source>esim. Mikkelin kevään ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="145"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="146"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="113"/>
        <source>Luo ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="104"/>
        <source>‹ Edellinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="107"/>
        <source>Seuraava ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="114"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="142"/>
        <source>tai kirjoita paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="148"/>
        <source>Lähiryhmä – tavataan samassa paikassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="150"/>
        <source>Etäryhmä – tavataan verkossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="159"/>
        <source>https://… (etätapaamisen linkki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="164"/>
        <source>Ryhmän nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="165"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="166"/>
        <source>Toimintamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="167"/>
        <source>Tapaamisen linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="171"/>
        <source>Ryhmään mahtuu enintään 8 osallistujaa. Etäryhmä on ihmisille, joilla on digitaidot mutta joiden on vaikea lähteä kotoa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="183"/>
        <source>Ensimmäinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="184"/>
        <source>Toinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="187"/>
        <source>Ryhmää ohjaa yleensä pari: kunnan sosiaaliohjaaja ja hankkeen kehittäjä. Etäryhmää voi ohjata yksikin työntekijä. Yhteystiedot tulevat työkirjan kanteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="220"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="241"/>
        <source>Ensimmäinen kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="242"/>
        <source>Alkaa klo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="243"/>
        <source>Kerran pituus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="244"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="245"/>
        <source>Kerrat kokoontuvat viikon välein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="255"/>
        <source>Vaihe 1/3: Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="256"/>
        <source>Vaihe 2/3: Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="257"/>
        <source>Vaihe 3/3: Aikataulu ja ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="272"/>
        <source>{weekday}, kokoontuu joka viikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="278"/>
        <source>{n}. kerta  {wd} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="289"/>
        <source>Voit muuttaa yksittäisiä päiviä myöhemmin Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="292"/>
        <source>⚠ Yksi päivä osuu pyhäpäivälle. Voit siirtää sen ryhmän luomisen jälkeen Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="297"/>
        <source>⚠ {n} päivää osuu pyhäpäiville. Voit siirtää ne ryhmän luomisen jälkeen Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="329"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="53"/>
        <source>Osallistujat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="68"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="69"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="70"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="71"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="126"/>
        <source>Alkutapaaminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="72"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="159"/>
        <source>Suostumus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="73"/>
        <source>Huom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="77"/>
        <source>Onko huomioitavaa (arkaluonteista) kirjattu; sisältö näkyy lomakkeella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="87"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="324"/>
        <source>Uusi osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="114"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="178"/>
        <source>pp.kk.vvvv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="119"/>
        <source>Perustiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="121"/>
        <source>&amp;Nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="122"/>
        <source>&amp;Puhelin (vapaaehtoinen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="123"/>
        <source>&amp;Omatyöntekijä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="124"/>
        <source>Omatyöntekijän &amp;yhteystieto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="128"/>
        <source>&amp;Päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="129"/>
        <source>&amp;Muistiinpanot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="130"/>
        <source>&amp;Kiinnostukset ja merkitykselliset asiat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="131"/>
        <source>&amp;Toiveet ja ideat ryhmälle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="134"/>
        <source>Huomioitavaa – arkaluonteinen tieto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="137"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="352"/>
        <source>Näytä huomioitavaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="143"/>
        <source>Terveys- ja muut arkaluonteiset tiedot (esim. paniikkihäiriö, ruoka-allergia). Näytä vain, kun tarvitset niitä, ja vain ohjaajille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="151"/>
        <source>Huomioitavaa, arkaluonteinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="162"/>
        <source>Saa välittää pseudonymisoidut tulokset koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="167"/>
        <source>pp.kk.vvvv (tyhjä = tänään)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="171"/>
        <source>Suostumuksen &amp;päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="173"/>
        <source>Lopettaminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="181"/>
        <source>Lopetti &amp;päivänä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="182"/>
        <source>&amp;Syy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="188"/>
        <source>Tallenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="192"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="342"/>
        <source>Siirrä jonosta ryhmään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="195"/>
        <source>Merkitse lopettaneeksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="198"/>
        <source>Poista osallistujan tiedot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="258"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="259"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="258"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="276"/>
        <source>Ryhmässä {n} / {max} osallistujaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="280"/>
        <source>, jonossa {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="326"/>
        <source>Osallistuja saa satunnaisen koodin, joka ei riipu nimestä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="333"/>
        <source> {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="334"/>
        <source>ei syytä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="338"/>
        <source>Huomioitavaa on kirjattu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="344"/>
        <source>Palauta ryhmään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="352"/>
        <source>Piilota huomioitavaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="408"/>
        <source>Lisätäänkö {name} jonoon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="410"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="424"/>
        <source>Ryhmä on täynnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="434"/>
        <source>Merkitse lopettaneeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="435"/>
        <source>Syy (vapaaehtoinen, esim. aloitti työkokeilun). Päiväksi tulee tämä päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="453"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="456"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="461"/>
        <source>Poista osallistujan tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="470"/>
        <source>Poistetaanko {name} ({code}) kaikki tiedot pysyvästi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="474"/>
        <source>Poistuu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="476"/>
        <source>• nimi, koodi ja yhteystiedot sekä alkutapaamisen tiedot ({n} täytettyä kenttää)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="478"/>
        <source>• läsnäolomerkinnät: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="479"/>
        <source>• EUROHIS-8-lomakkeet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="480"/>
        <source>• häneen liitetyt palautelomakkeet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="485"/>
        <source>• maininnat lokissa: {n} (tapahtumat jäävät ilman hänen tietojaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="491"/>
        <source>Lokiin jää vain tieto, että poisto tehtiin, kuka sen teki ja milloin. Poistoa ei voi perua. Jo tallennetuissa varmuuskopioissa ja viedyissä tiedostoissa tiedot säilyvät, kunnes ne hävitetään.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="194"/>
        <source>Esitys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <location filename="../src/voimaa/program.py" line="213"/>
        <source>Pyhäpäivä: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="217"/>
        <source>Sama päivä kuin kerralla {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="223"/>
        <source>Aiemmin kuin edellinen kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="357"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="445"/>
        <source>Ryhmää ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="453"/>
        <source>Kertaa ei löydy. Se on ehkä poistettu. Valitse kerta uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="505"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="512"/>
        <source>Anna kerralle aihe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="551"/>
        <source>Osan pituuden pitää olla 0–600 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="586"/>
        <location filename="../src/voimaa/program.py" line="597"/>
        <source>Tietoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="587"/>
        <location filename="../src/voimaa/program.py" line="598"/>
        <source>Keskustelua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="588"/>
        <location filename="../src/voimaa/program.py" line="599"/>
        <source>Yhteistä tekemistä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="589"/>
        <location filename="../src/voimaa/program.py" line="600"/>
        <source>Kahvihetki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="590"/>
        <source>Uusi osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="601"/>
        <source>Muu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="608"/>
        <source>Osaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="625"/>
        <source>Osan otsikko on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="667"/>
        <source>Osien järjestys ei täsmää. Päivitä näkymä ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="705"/>
        <source>Kerralle on jo merkitty läsnäoloja, joten sitä ei voi siirtää. Muokkaa kerran sisältöä sen sijaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="751"/>
        <source>Mallipohjassa ei ole tätä kertaa. Sisältöä ei voi palauttaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="796"/>
        <source>Anna verkko-osoite tai valitse tiedosto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="816"/>
        <source>Linkkiä ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="873"/>
        <source>Anna mallipohjalle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="876"/>
        <source>Mallipohjan nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="880"/>
        <source>Tämä nimi on varattu oletusohjelmalle. Valitse toinen nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="904"/>
        <source>Ohjelman mukana tuleva perusohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="924"/>
        <source>Mallipohjaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program.py" line="933"/>
        <source>Mallipohjaa ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="52"/>
        <location filename="../src/voimaa/ui/sections/program.py" line="163"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="68"/>
        <source>▲ Siirrä aiempaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="70"/>
        <source>Vaihda aihe edellisen kerran kanssa; päivät pysyvät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="72"/>
        <source>▼ Siirrä myöhempään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="74"/>
        <source>Vaihda aihe seuraavan kerran kanssa; päivät pysyvät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="85"/>
        <source>&lt;b&gt;Kahdeksan kertaa&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="97"/>
        <source>Luku monisteeksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="100"/>
        <source>Diat PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="105"/>
        <source>Näyttö, jolla diat näytetään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="106"/>
        <source>▶ Esitä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="111"/>
        <source>Tämä kerta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="115"/>
        <source>Näyttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="125"/>
        <source>Työkirja PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="128"/>
        <source>Ohjaajien suunnitelma PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="131"/>
        <source>Tallenna mallipohjaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="134"/>
        <source>Mallipohjat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="175"/>
        <source>{n}: {w}×{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="189"/>
        <source>ei päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="192"/>
        <source>Vieras: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="196"/>
        <source>⏱ osat {t} / {l} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="240"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="242"/>
        <source>{d} – {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="246"/>
        <source>päivät puuttuvat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="247"/>
        <source>kerta {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="253"/>
        <source>⚠ {n} kertaa vaatii huomiota (päivä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="307"/>
        <source>Tallenna mallipohjaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="309"/>
        <source>Mallipohjan nimi (esim. Mikkelin malli). Pohjaa voi käyttää uusille ryhmille:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="319"/>
        <source>Mallipohja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="321"/>
        <source>Mallipohja ”{name}” tallennettu. Voit valita sen, kun luot uuden ryhmän.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="347"/>
        <source>Tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="353"/>
        <source>Tiedostoa ei voitu tallentaa: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="359"/>
        <source>Tehdään PDF:ää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="364"/>
        <source>Työkirja PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="376"/>
        <location filename="../src/voimaa/ui/sections/program.py" line="383"/>
        <source>Luku monisteeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="377"/>
        <source>Tälle kerralle ei ole valittu työkirjan lukua. Valitse luku ensin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="394"/>
        <source>Diat PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="404"/>
        <source>Ohjaajien suunnitelma PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="125"/>
        <source>(ei vastausta)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/voimaa/reports.py" line="82"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/reports.py" line="84"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/reports.py" line="171"/>
        <source>Raportin tiedoston pitää päättyä .pdf tai .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="43"/>
        <source>Raportit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="50"/>
        <source>Ryhmän raportti ohjaajille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="53"/>
        <source>Koko ryhmän raportti: kerrat ja aiheet, asiantuntijat, läsnäolot, EUROHIS-8 alussa ja lopussa kaavion kera, palaute ja budjetti. Osallistujat näkyvät koodeina, ellet valitse nimiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="60"/>
        <source>Näytä osallistujien nimet raportissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="62"/>
        <source>Tallenna raportti PDF-tiedostoksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="65"/>
        <source>Tallenna Excel-työkirjaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="78"/>
        <source>Aineisto alueen koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="81"/>
        <source>Tiedostossa ei ole nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen tietoja. Mukana ovat ryhmän paikkakunta, ajankohta ja pidetyt kerrat sekä suostumuksen antaneilta vain koodi, läsnäolot ja EUROHIS-8-vastaukset. Palautteesta tulevat arviot; avoimet vastaukset vain, jos valitset ne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="92"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="92"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="92"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="92"/>
        <source>Koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="104"/>
        <source>Ota mukaan palautteen avoimet vastaukset (nimettömät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="107"/>
        <source>Tallenna koordinaattorin aineisto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="146"/>
        <source>mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="146"/>
        <source>ei suostumusta – ei mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="152"/>
        <source>Ryhmässä ei ole vielä osallistujia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="155"/>
        <source>Aineistoon tulee {n} / {total} osallistujan koodi, läsnäolot ja EUROHIS-8. Suostumus merkitään Osallistujat-osiossa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="190"/>
        <source>Tallennus epäonnistui: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="203"/>
        <source>Ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="206"/>
        <source>Tallenna ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="208"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="208"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="222"/>
        <source>Raportti tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="224"/>
        <source>Tehdään raporttia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="230"/>
        <source>Koordinaattorin aineisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="233"/>
        <source>Tallenna koordinaattorin aineisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="235"/>
        <source>Koordinaattorin aineisto (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="249"/>
        <source>Koordinaattorin aineisto tallennettu: {p}
Mukana {n} osallistujaa; ilman suostumusta pois jätettiin {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="253"/>
        <source>Avoimet palautevastaukset ovat mukana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="256"/>
        <source>Tehdään koordinaattorin aineistoa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../src/voimaa/roster.py" line="50"/>
        <source>ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="51"/>
        <source>jonossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="52"/>
        <source>lopettanut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="161"/>
        <source>Osallistujaa ei löydy. Hänen tietonsa on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="178"/>
        <source>Ryhmässä on jo {n} osallistujaa, mikä on enimmäismäärä, jotta jokainen tulee kuulluksi. Lisää osallistuja jonoon tai siirrä joku ensin pois ryhmästä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="201"/>
        <source>Kirjoita osallistujan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="205"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="229"/>
        <location filename="../src/voimaa/roster.py" line="347"/>
        <source>Syy on liian pitkä (enintään 2000 merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="122"/>
        <source>ei päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="128"/>
        <source>ei aikaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="131"/>
        <source>esim. kunnantalo, kokoushuone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="139"/>
        <source>esim. ravitsemusterapeutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="142"/>
        <source>(ei lukua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="154"/>
        <source>Yksi tavara riville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="158"/>
        <source>Yksi kysymys riville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="163"/>
        <source>Kerran jälkeen: mitä tapahtui, mikä toimi, mitä muutetaan ensi kerralla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="165"/>
        <source>Tallenna muutokset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="176"/>
        <source>klo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="179"/>
        <source>Kerran tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="181"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="182"/>
        <source>Paikka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="183"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="184"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="185"/>
        <source>Työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="186"/>
        <source>Asiantuntija (ehdotus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="191"/>
        <source>Lomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="192"/>
        <source>Mukaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="193"/>
        <source>Keskustelu­kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="200"/>
        <source>Osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="200"/>
        <source>Otsikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="200"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="200"/>
        <source>Mitä tehdään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="215"/>
        <source>Lisää osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="218"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="546"/>
        <source>Poista osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="221"/>
        <source>▲ Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="224"/>
        <source>▼ Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="237"/>
        <source>Kerran kulku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="250"/>
        <source>Lisää verkko-osoite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="253"/>
        <source>Lisää tiedosto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="256"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="621"/>
        <source>Avaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="258"/>
        <source>Poista linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="270"/>
        <source>Vierailijat ja materiaalit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="273"/>
        <source>Linkit ja tiedostot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="277"/>
        <source>Muistiinpanot kerran jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="281"/>
        <source>Palauta oletussisältö…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="319"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="540"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="630"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="350"/>
        <source>Valitse kerta vasemmalta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="356"/>
        <source>{n}. kerta: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="420"/>
        <source>Yhteensä {t} / {l} min ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="423"/>
        <source>Yhteensä {t} / {l} min – {d} min liikaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="428"/>
        <source>Yhteensä {t} / {l} min – {d} min vapaana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="441"/>
        <source>Tulossa: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="444"/>
        <source> Ehdotus: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="449"/>
        <source>Ei kutsuttuja asiantuntijoita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="451"/>
        <source> Kutsu Asiantuntijat-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="500"/>
        <source>Tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="540"/>
        <source>Valitse ensin osa taulukosta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="543"/>
        <source>Poistetaanko osa ”{title}” ({m} min)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="580"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="585"/>
        <source>Lisää verkko-osoite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="580"/>
        <source>Osoite (esim. https://thl.fi/…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="585"/>
        <source>Nimi, joka näkyy listassa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="597"/>
        <source>Valitse materiaalitiedostot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="597"/>
        <source>Kaikki tiedostot (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="622"/>
        <source>Ei voitu avata: {t}. Tarkista osoite tai tiedoston sijainti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="630"/>
        <source>Valitse ensin linkki listasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="643"/>
        <source>Palautetaanko {n}. kerran aihe, tavoitteet, osat, materiaalit ja kysymykset mallipohjan mukaisiksi?

Päivä, aika, paikka, linkit, kutsutut asiantuntijat ja muistiinpanot säilyvät. Omat muutoksesi kerran sisältöön korvautuvat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="647"/>
        <source>Palauta oletussisältö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="659"/>
        <source>Oletussisältö palautettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/voimaa/settings.py" line="59"/>
        <source>Reliabiliteetin pitää olla vähintään 0 ja pienempi kuin 1 (esim. 0,78).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/settings.py" line="66"/>
        <source>Viitekeskihajonnan pitää olla suurempi kuin 0 (esim. 0,65).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/settings.py" line="70"/>
        <source>Viitekeskihajonta on keskiarvoasteikolla (1–5) enintään 4. Tarkista luku.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../src/voimaa/slides.py" line="78"/>
        <source>Voimaa vertaisuudesta · {n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="102"/>
        <source>{where}: diasarjalta puuttuu session-numero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="109"/>
        <source>{where}: dian {i} tyyppi {kind} on tuntematon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="116"/>
        <source>{where}: dialta {i} puuttuu otsikko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="129"/>
        <source>{where}: diasarjassa ei ole dioja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="141"/>
        <source>Kerralle {n} ei ole diasarjaa. Kerrat ovat 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="174"/>
        <source>sosiaaliohjaaja ja kehittäjä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="175"/>
        <location filename="../src/voimaa/slides.py" line="200"/>
        <source>sovittuna päivänä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="204"/>
        <source>etäyhteydellä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="210"/>
        <source>ryhmän ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="269"/>
        <location filename="../src/voimaa/slides.py" line="505"/>
        <source>Voimaa vertaisuudesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="279"/>
        <source>Ryhmällä ei ole kertaa {n}. Kerrat ovat 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="289"/>
        <source>{n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="552"/>
        <location filename="../src/voimaa/slides.py" line="578"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="587"/>
        <source>Keskustellaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides.py" line="591"/>
        <source>Tehtävä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../src/voimaa/store.py" line="138"/>
        <source>Tietokansiota ei voi luoda: {path} ({reason}). Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="149"/>
        <source>Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} eikä sitä ole poistettu. Ohjelma aloitti uuden tyhjän tietokannan. Palauta tarvittaessa varmuuskopio kansiosta {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="198"/>
        <source>Tietokanta on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa ennen kuin avaat sen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="211"/>
        <source>Tietokannan päivitys epäonnistui ({reason}). Tiedot ovat tallessa varmuuskopiokansiossa {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="31"/>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="82"/>
        <source>Mallipohjat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="36"/>
        <source>Poista mallipohja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="41"/>
        <source>Uuden ryhmän voi tehdä mistä tahansa näistä. Mallipohja tallennetaan Ohjelma-välilehdeltä. Oletusohjelmaa ei voi poistaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="48"/>
        <source>Sulje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="60"/>
        <source>{name} (oletus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="75"/>
        <source>Poistetaanko mallipohja ”{name}”? Siitä tehdyt ryhmät säilyvät ennallaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="77"/>
        <source>Poista mallipohja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../src/voimaa/workbook.py" line="73"/>
        <source>{where}: kentän {key} pitää olla lista tekstejä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="83"/>
        <source>{where}: kentässä {key} pitää olla {low}–{high} kohtaa, nyt {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="93"/>
        <source>{where}: kentän {key} pitää olla luku {low}–{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="106"/>
        <source>{where}: tehtävältä puuttuu otsikko (title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="113"/>
        <source>{where}: tuntematon tehtävätyyppi {kind}. Sallitut: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="148"/>
        <source>{where}: asteikolta puuttuu low- tai high-teksti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="167"/>
        <source>{where}: luvulta puuttuu key, number tai title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="177"/>
        <source>{where}: tietoosiolta puuttuu otsikko tai teksti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="184"/>
        <source>{where}: tietoosioita pitää olla 2–4, nyt {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="191"/>
        <source>{where}: tehtäviä pitää olla 3–5, nyt {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="215"/>
        <source>{name}: tiedosto ei ole kelvollista TOMLia ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="225"/>
        <source>Työkirjassa on kaksi lukua samalla tunnisteella ({attr}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="244"/>
        <source>Työkirjassa ei ole lukua {ref}. Luvut ovat 1–{n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LeaderBox</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="63"/>
        <source>työpuhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="66"/>
        <source>työsähköposti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="68"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="69"/>
        <source>Rooli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="70"/>
        <source>Puhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="71"/>
        <source>Sähköposti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
