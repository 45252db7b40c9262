<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="24"/>
        <source>Tietoja Voimaasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="26"/>
        <source>&lt;h2&gt;Voimaa {version}&lt;/h2&gt;&lt;p&gt;Työkalu sosiaalisen kuntoutuksen vertaisryhmien ohjaajille (Voimaa vertaisuudesta).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tiedot tallennetaan tälle koneelle:&lt;/b&gt;&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Varmuuskopiot:&lt;/b&gt;&lt;br&gt;{backups}&lt;/p&gt;&lt;p&gt;Tiedot ovat arkaluonteisia. Älä tallenna kansiota verkkolevylle tai pilvipalveluun.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="40"/>
        <source>Lisenssit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="65"/>
        <source>esim. 12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="84"/>
        <source>Kirjoita summa, esimerkiksi 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="49"/>
        <source>Tietokanta oli vioittunut, ja ohjelma aloitti tyhjän tietokannan. Uusin varmuuskopio on {when}.

Palautetaanko se? Vioittunut tiedosto säilyy talteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="54"/>
        <source>Palauta varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="68"/>
        <source>Varmuuskopio {when} palautettiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="90"/>
        <location filename="../src/voimaa/ui/app.py" line="95"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../src/voimaa/ui/ask.py" line="27"/>
        <source>Kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/ask.py" line="28"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../src/voimaa/attendance.py" line="239"/>
        <source>Osallistujaa tai kertaa ei löydy. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="243"/>
        <source>Osallistuja ei kuulu tämän kerran ryhmään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="247"/>
        <source>{code} on jonossa. Siirrä hänet ensin ryhmään, sitten merkitse läsnäolo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="254"/>
        <source>Kerta {n} on vasta {date}. Tulevaan kertaan ei voi merkitä läsnäoloa; ilmoitetun poissaolon voi merkitä jo etukäteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="98"/>
        <source>Läsnäolotaulukon voi viedä vain .xlsx- tai .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="320"/>
        <source>Ryhmässä ei ole kertaa {n}. Valitse kerta {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="104"/>
        <source>Läsnäololistan voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="159"/>
        <source>(lopettanut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="187"/>
        <source>Koodi {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="191"/>
        <source>Osallistunut alle seurantarajan: soita ja kysy kuulumiset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="201"/>
        <source>ei enää ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="203"/>
        <source>{name}, {n}. kerta {date}: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="209"/>
        <source>Läsnä merkityistä kerroista; ilmoitettu poissaolo ei ole läsnäoloa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="223"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="232"/>
        <source>Läsnä {p}, poissa {a}, ilmoitettu poissaolo {e}, ei merkitty {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="255"/>
        <source>Osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="261"/>
        <source>kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="265"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="267"/>
        <source>Osallistuminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="272"/>
        <source>Tuleva kerta: läsnäoloa ei voi vielä merkitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="297"/>
        <source>Läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="362"/>
        <source>Tyhjennä merkintä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePdf</name>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="39"/>
        <source>Läsnäolotaulukko – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="49"/>
        <source>Tulostettu {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="52"/>
        <source>L = läsnä, P = poissa, I = ilmoitettu poissaolo, tyhjä = ei merkitty, – = ei enää ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="66"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="67"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="70"/>
        <source>{n}. krt&lt;br/&gt;{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="77"/>
        <source>Läsnä / merk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="78"/>
        <source>Läsnä %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="96"/>
        <source>soitetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="118"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="127"/>
        <source>Poissa / ilmoitettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="150"/>
        <source>Ryhmän osallistumisaste: {rate} merkityistä kerroista. Seurantaraja: {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="165"/>
        <source>Soitetaan ja kysytään kuulumiset: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="175"/>
        <source>Kukaan ryhmässä oleva ei ole seurantarajan alapuolella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="185"/>
        <source>Läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_pdf.py" line="187"/>
        <source>{group} · läsnäolotaulukko · sisältää henkilötietoja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="39"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="231"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="255"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="52"/>
        <source>Merkitse nuolilla liikkuen: L tai 1 = läsnä, P tai 2 = poissa, I tai 3 = ilmoitettu poissaolo, Delete tyhjentää. Hiiren napsautus vaihtaa merkintää, oikea painike näyttää vaihtoehdot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="66"/>
        <source>Seurantaraja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="68"/>
        <source>Seurantaraja (soitetaan, jos osallistunut alle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="81"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="83"/>
        <source>Tallenna PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="85"/>
        <source>Läsnäololista valitulle kerralle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="87"/>
        <source>Tulostettava lista: nimet ja allekirjoitussarake valitun sarakkeen kerralle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="90"/>
        <source>Tyhjä läsnäololista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="150"/>
        <source>Ryhmässä ei ole vielä osallistujia. Lisää heidät Osallistujat-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="157"/>
        <source>Ryhmän osallistumisaste: {rate} merkityistä kerroista ({n} läsnäoloa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="164"/>
        <source>Soita ja kysy kuulumiset (alle {t}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="171"/>
        <source>Kukaan ryhmässä oleva ei ole osallistunut alle {t}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="189"/>
        <source>{name}, {n}. kerta: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="219"/>
        <source>Excel-tiedosto (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="219"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="247"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="221"/>
        <source>Vie läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="232"/>
        <source>Viedään läsnäolotaulukkoa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="241"/>
        <source>Läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="242"/>
        <source>Valitse ensin taulukosta kerta (sarake), jolle lista tehdään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="247"/>
        <source>Tallenna läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="256"/>
        <source>Tehdään läsnäololistaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="260"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceXlsx</name>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="30"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="37"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="38"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="39"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="41"/>
        <source>{n}. kerta
{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="46"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="47"/>
        <source>Läsnä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="48"/>
        <source>Merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="49"/>
        <source>Osallistumis-%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="50"/>
        <source>Osallistumis-% (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="51"/>
        <source>Soitetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="57"/>
        <source>Läsnäolotaulukko – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="65"/>
        <source>Viety {date} · L = läsnä, P = poissa, I = ilmoitettu poissaolo, tyhjä = ei merkitty (harmaa: ei enää ryhmässä) · seurantaraja {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="105"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="113"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="114"/>
        <source>Poissa yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="116"/>
        <source>Ilmoitettu poissaolo yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="119"/>
        <source>Ei merkitty yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="132"/>
        <source>Läsnä yhteensä (kaava)</source>
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
        <location filename="../src/voimaa/budget.py" line="177"/>
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
        <location filename="../src/voimaa/export/jobs.py" line="111"/>
        <source>Budjetin voi viedä vain .xlsx- tai .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPdf</name>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="39"/>
        <source>Budjetti – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="48"/>
        <source>Tulostettu {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="60"/>
        <source>Budjetti (myönnetty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="61"/>
        <source>Suunniteltu yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="62"/>
        <source>Toteutunut yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="64"/>
        <source>Jäljellä (budjetti − toteutunut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="84"/>
        <source>Luokittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="87"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="88"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="89"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="90"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="104"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="128"/>
        <source>Erotus = toteutunut − suunniteltu; miinus tarkoittaa, että rahaa kului suunniteltua vähemmän.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="136"/>
        <source>Rivit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="139"/>
        <source>Pvm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="140"/>
        <source>Kuvaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="141"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="142"/>
        <source>Suunn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="143"/>
        <source>Toteut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="144"/>
        <source>Tosite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="152"/>
        <source>maksaja: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="168"/>
        <source>Budjetissa ei ole vielä rivejä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="186"/>
        <source>Budjetin yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_pdf.py" line="187"/>
        <source>{group} · budjetti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="111"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="513"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="531"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="542"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="570"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="121"/>
        <source>Tallenna budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="127"/>
        <source>Ryhmän &amp;budjetti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="140"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="141"/>
        <source>Kuvaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="142"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="237"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="143"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="144"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="237"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="145"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="237"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="146"/>
        <source>Tosite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="147"/>
        <source>Maksaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="161"/>
        <source>Rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="164"/>
        <source>pp.kk.vvvv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="182"/>
        <source>Uusi rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="184"/>
        <source>Tallenna rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="187"/>
        <source>Poista rivi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="203"/>
        <source>&amp;Päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="204"/>
        <source>&amp;Kuvaus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="205"/>
        <source>&amp;Luokka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="206"/>
        <source>K&amp;erta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="207"/>
        <source>&amp;Suunniteltu €:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="208"/>
        <source>&amp;Toteutunut €:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="209"/>
        <source>T&amp;osite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="210"/>
        <source>&amp;Maksaja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="233"/>
        <source>Luokittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="237"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="247"/>
        <source>Lisää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="249"/>
        <source>Nimeä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="251"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="253"/>
        <source>Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="255"/>
        <source>Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="271"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="273"/>
        <source>Yhteenveto PDF:nä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="317"/>
        <source>Suunniteltu &lt;b&gt;{planned}&lt;/b&gt; · Toteutunut &lt;b&gt;{actual}&lt;/b&gt; · Jäljellä &lt;b&gt;{remaining}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="360"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="387"/>
        <source>(ei luokkaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="392"/>
        <source>(ei kertaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="423"/>
        <source>Tallenna muutokset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="423"/>
        <source>Lisää rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="456"/>
        <source>Korjaa summa: katso viesti kentän vieressä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="481"/>
        <source>Rivi tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="493"/>
        <source>Poistetaanko rivi ”{d}” ({a})? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="496"/>
        <source>Poista rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="523"/>
        <source>Lisää luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="523"/>
        <source>Luokan nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="531"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="542"/>
        <source>Valitse ensin luokka taulukosta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="534"/>
        <source>Nimeä luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="534"/>
        <source>Uusi nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/sections/budget.py" line="546"/>
        <source>Poistetaanko luokka ”{name}”? Sen %n rivi jää budjettiin ilman luokkaa.|Poistetaanko luokka ”{name}”? Sen %n riviä jäävät budjettiin ilman luokkaa.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="551"/>
        <source>Poista luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="562"/>
        <source>Excel-tiedosto (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="562"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="563"/>
        <source>Vie budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="571"/>
        <source>Viedään budjettia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="572"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetXlsx</name>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="24"/>
        <source>Päivämäärä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="25"/>
        <source>Kuvaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="26"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="135"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="27"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="28"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="136"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="29"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="137"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="30"/>
        <source>Tosite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="31"/>
        <source>Maksaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="43"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="46"/>
        <source>Budjetti – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="54"/>
        <source>Viety {date} · summat euroina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="75"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="163"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="81"/>
        <source>Yhteensä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="92"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="182"/>
        <source>Budjetti (myönnetty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="95"/>
        <source>Jäljellä (budjetti − toteutunut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="100"/>
        <source>Jäljellä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="123"/>
        <source>Sarake E: budjetti − suunniteltu yhteensä. Sarake F: budjetti − toteutunut yhteensä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="130"/>
        <source>Luokittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="138"/>
        <source>Erotus (toteutunut − suunniteltu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="139"/>
        <source>Suunniteltu (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="140"/>
        <source>Toteutunut (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="185"/>
        <source>Jäljellä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePdf</name>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="79"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="83"/>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="190"/>
        <source>Osallistumistodistus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="88"/>
        <source>on osallistunut Voimaa vertaisuudesta -ryhmään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="99"/>
        <source>Osallistumiskertoja: {n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="110"/>
        <source>{n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="150"/>
        <source>Paikka ja päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="172"/>
        <source>Ryhmän ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/certificate_pdf.py" line="187"/>
        <source>Osallistumistodistukset – {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../src/voimaa/certificates.py" line="93"/>
        <source>Todistuksia ei voi tehdä: kenelläkään ei ole vielä läsnäolomerkintää. Merkitse läsnäolot ensin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="405"/>
        <source>Osallistumistodistukset voi tulostaa vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="60"/>
        <source>palauta tietokanta varmuuskopiosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="61"/>
        <source>Palauttaa tietokannan varmuuskopiosta (oletus: uusin). Nykyinen tietokanta siirretään talteen, sitä ei poisteta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="69"/>
        <location filename="../src/voimaa/cli/_common.py" line="104"/>
        <location filename="../src/voimaa/cli/reports.py" line="78"/>
        <location filename="../src/voimaa/cli/reports.py" line="98"/>
        <source>TIEDOSTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="70"/>
        <source>palautettava varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="75"/>
        <source>luettele varmuuskopiot, älä palauta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="89"/>
        <source>Varmuuskopiota ei ole: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="93"/>
        <source>Varmuuskopioita ei ole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="96"/>
        <source>Palautettu varmuuskopiosta {backup}. Aiempi tietokanta on tallessa: {moved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="139"/>
        <source>Voimaa – vertaisryhmän ohjaajan työkalu. Ilman komentoa avaa ohjelman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="147"/>
        <location filename="../src/voimaa/cli/_finnish.py" line="18"/>
        <source>näytä ohjelman versio ja lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="151"/>
        <source>KANSIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="152"/>
        <source>tietokannan kansio (oletus: käyttäjän datakansio tai $VOIMAA_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="157"/>
        <source>KOMENTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="157"/>
        <source>komennot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="161"/>
        <source>vie tiedostoon (PDF tai Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="162"/>
        <source>Vie tiedostoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="165"/>
        <source>MITÄ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="165"/>
        <source>vietävät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="180"/>
        <source>virhe: komentorivillä on merkkejä, jotka eivät ole UTF-8:aa: {text}. Anna nimi uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="189"/>
        <source>virhe: --data-dir on tyhjä: anna tietokannan kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="204"/>
        <source>keskeytetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="214"/>
        <source>odottamaton virhe: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="26"/>
        <source>{prog}: virhe: {message} (ohje: {prog} --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="63"/>
        <source>Anna ryhmä: --group RYHMÄ (ryhmän id tai tarkka nimi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="74"/>
        <source>Tiedoston pitää päättyä {suffixes}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="87"/>
        <source>{options} tai {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="93"/>
        <source>Kansiota ei ole: {folder}. Luo kansio tai valitse toinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="105"/>
        <source>tiedosto johon viedään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="113"/>
        <source>RYHMÄ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="114"/>
        <source>ryhmän id tai tarkka nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="13"/>
        <source>käyttö: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="14"/>
        <source>argumentit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="15"/>
        <location filename="../src/voimaa/cli/_finnish.py" line="16"/>
        <source>valinnat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="17"/>
        <source>näytä tämä ohje ja lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="21"/>
        <source>nämä puuttuvat: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="22"/>
        <source>tuntemattomia argumentteja: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="23"/>
        <source>tuntematon valinta %(value)r (vaihtoehdot: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="26"/>
        <source>tarvitsee arvon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="27"/>
        <source>virheellinen arvo: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="29"/>
        <source>ei käy yhdessä valitsimen %s kanssa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_finnish.py" line="30"/>
        <source>epäselvä valitsin %(option)s: voi tarkoittaa %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="17"/>
        <source>luettele ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="18"/>
        <source>Luettelee ryhmät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="23"/>
        <source>lisää valmis esimerkkiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="24"/>
        <source>Lisää valmiin esimerkkiryhmän (Juva, 8 kertaa, keksityt osallistujat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="33"/>
        <source>id	nimi	paikkakunta	alkupäivä	aktiivisia osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="43"/>
        <source>Esimerkkiryhmä lisätty: {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="45"/>
        <source>Esimerkkiryhmä on jo olemassa: {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="19"/>
        <source>tyhjä EUROHIS-8-lomake PDF:nä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="20"/>
        <source>Tulostettava EUROHIS-8-lomake (A4, iso selkeä teksti). Ryhmän kanssa yksi sivu jokaiselle osallistujalle koodi valmiiksi täytettynä; nimiä ei tulosteta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="30"/>
        <source>mittaus: alku (1. kerta) tai loppu (8. kerta); ryhmän kanssa oletus alku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="37"/>
        <source>lomakeversio: thl_ath (te-muoto, oletus) tai finmonik (käänteinen järjestys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="41"/>
        <location filename="../src/voimaa/cli/eurohis.py" line="61"/>
        <source>PDF-tiedosto johon lomake kirjoitetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="46"/>
        <source>tyhjä nimetön palautelomake PDF:nä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="47"/>
        <source>Tulostettava nimetön palautelomake. Ryhmän kanssa ryhmän oma lomake, muuten uusien ryhmien oletuslomake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="59"/>
        <source>kopioiden määrä (oletus 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="66"/>
        <source>EUROHIS-8: alku- ja loppumittauksen vertailu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="67"/>
        <source>Tulostaa ryhmän EUROHIS-8-muutoksen sarkaimin eroteltuna taulukkona (vain koodit, ei nimiä) ja ryhmän yhteenvedon. p-arvoja ei lasketa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="77"/>
        <source>ota pareihin mukaan arvioidut keskiarvot (jos asetus sallii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="93"/>
        <location filename="../src/voimaa/cli/eurohis.py" line="102"/>
        <source>Lomake kirjoitettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="113"/>
        <source>pari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="115"/>
        <source>vain alku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="117"/>
        <source>vain loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="119"/>
        <source>ei pisteitä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="121"/>
        <source>arvioitu, ei mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="131"/>
        <source>koodi	alku ka	alku summa	loppu ka	loppu summa	muutos	RCI	luotettava	tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="139"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="139"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="142"/>
        <source>alku arvioitu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="144"/>
        <source>loppu arvioitu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="164"/>
        <source>Keskimääräinen muutos kysymyksittäin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="18"/>
        <source>työkirja PDF:ksi (koko kirja tai yksi luku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="19"/>
        <source>Vie Voimaa vertaisuudesta -työkirjan tulostettavaksi A4-PDF:ksi. Ryhmän kanssa kanteen tulevat ryhmän nimi, paikkakunta, ohjaajat ja päivät; ilman ryhmää kirja on yleinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="29"/>
        <source>vain yksi luku monisteeksi (numero 1–8 tai tunniste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="32"/>
        <location filename="../src/voimaa/cli/program.py" line="52"/>
        <location filename="../src/voimaa/cli/program.py" line="66"/>
        <source>PDF-tiedosto johon viedään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="37"/>
        <source>yhden kerran diat PDF:ksi (16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="38"/>
        <source>Vie yhden ryhmäkerran diat 16:9-PDF:ksi. Ryhmän kanssa dioihin tulevat ryhmän tiedot ja päivän ohjelma kellonaikoineen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="49"/>
        <location filename="../src/voimaa/cli/roster.py" line="53"/>
        <source>kerran numero 1–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="57"/>
        <source>ohjaajien suunnitelma PDF:ksi (sivu per kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="58"/>
        <source>Vie ryhmän kahdeksan kerran suunnitelman ohjaajille: jokaiselta kerralta päivä, aika, paikka, osat minuutteineen, materiaalit, asiantuntija ja tilaa muistiinpanoille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="80"/>
        <source>Työkirja tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="87"/>
        <source>Kerran numeron pitää olla 1–{count}: --session N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="95"/>
        <source>Diat tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="105"/>
        <source>Suunnitelma tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="31"/>
        <source>ryhmän raportti ohjaajille (PDF tai Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="32"/>
        <source>Vie ryhmän raportin: kerrat, läsnäolot, EUROHIS-8, palaute ja budjetti. Osallistujat näkyvät koodeina, ellei anneta --names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="39"/>
        <source>raporttitiedosto: .pdf tai .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="43"/>
        <source>näytä osallistujien nimet koodien lisäksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="49"/>
        <source>koordinaattorin aineisto (ilman nimiä, .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="50"/>
        <source>Vie ryhmän tiedot koordinaattorille ilman nimiä ja muita tunnistetietoja: vain suostumuksen antaneiden koodit, läsnäolot ja EUROHIS-8-vastaukset. Tiedostoon lisätään .zip, jos se puuttuu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="58"/>
        <source>tiedosto johon viedään (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="62"/>
        <source>ota mukaan palautteen avoimet vastaukset (oletus: ei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="68"/>
        <source>tuo ryhmien koordinaattorivientejä koordinaattorin tietokantaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="69"/>
        <source>Tuo koordinaattorivientejä (.zip). Saman ryhmän uusi tuonti korvaa aiemman. Kelvoton tiedosto hylätään eikä se muuta mitään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="79"/>
        <location filename="../src/voimaa/cli/reports.py" line="99"/>
        <source>koordinaattorivienti (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="85"/>
        <source>yhdistä koordinaattoriviennit yhdeksi raportiksi (ei käytä tietokantaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="88"/>
        <source>Lukee koordinaattoriviennit ja kirjoittaa yhteenvedon (.xlsx tai .pdf): ryhmät, osallistujat, läsnäolo ja EUROHIS-8-muutos kaikkiaan, paikkakunnittain ja kysymyksittäin. Alle 3 henkilön solut piilotetaan. Omaa tietokantaa ei avata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="101"/>
        <source>yhteenveto: .xlsx tai .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="111"/>
        <source>Raportti tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="123"/>
        <source>Koordinaattorin aineisto tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="125"/>
        <source>Mukana %n osallistuja (suostumus); ilman suostumusta jätettiin pois {left_out}.|Mukana %n osallistujaa (suostumus); ilman suostumusta jätettiin pois {left_out}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="131"/>
        <source>Palautteita {n}, avoimet vastaukset mukana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="133"/>
        <source>Palautteita {n}, ilman avoimia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="143"/>
        <source>{file}: korvasi aiemman tuonnin ({place} {dates}, {n} osall.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="145"/>
        <source>{file}: tuotu ({place} {dates}, {n} osall.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="147"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="154"/>
        <source>%n tiedosto hylättiin; {imported} tuotiin.|%n tiedostoa hylättiin; {imported} tuotiin.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="170"/>
        <source>(%n saman ryhmän ylimääräinen tiedosto ohitettiin)|(%n saman ryhmän ylimääräistä tiedostoa ohitettiin)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="177"/>
        <source>Yhteenveto %n ryhmästä tallennettu: {path}|Yhteenveto %n ryhmästä tallennettu: {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="17"/>
        <source>läsnäolotaulukko (.xlsx tai .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="18"/>
        <source>Vie ryhmän läsnäolotaulukon Excel- tai PDF-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="21"/>
        <location filename="../src/voimaa/cli/roster.py" line="40"/>
        <source>tiedosto: .xlsx tai .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="26"/>
        <source>PROSENTTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="27"/>
        <source>seurantaraja prosentteina: tätä harvemmin osallistuneet merkitään (oletus 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="36"/>
        <source>budjetti (.xlsx tai .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="37"/>
        <source>Vie ryhmän budjetin Excel-taulukoksi tai PDF-yhteenvedoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="45"/>
        <source>tulostettava läsnäololista allekirjoituksille (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="46"/>
        <source>Tekee kerran läsnäololistan (nimet ja allekirjoitussarake). --blank tekee tyhjän listan, johon osallistujat kirjoittavat nimensä; ilman ryhmää täysin tyhjän.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="54"/>
        <source>tyhjä lista ilman nimiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="55"/>
        <location filename="../src/voimaa/cli/roster.py" line="68"/>
        <source>tiedosto: .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="60"/>
        <source>osallistumistodistukset (.pdf, sivu per osallistuja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="61"/>
        <source>Tekee osallistumistodistuksen jokaiselle, joka on ollut läsnä ainakin kerran: nimi, ryhmä, paikka, päivät, osallistutut kerrat ja ohjaajien allekirjoitukset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="75"/>
        <source>Seurantaraja on prosentti 0–100, esimerkiksi --threshold 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="82"/>
        <source>Läsnäolotaulukko tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="92"/>
        <source>Budjetti tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="100"/>
        <source>Anna ryhmä ja kerta (--group RYHMÄ --session N) tai tee tyhjä lista: --blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="108"/>
        <source>Läsnäololista tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="118"/>
        <source>Osallistumistodistukset tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coordinator</name>
    <message>
        <location filename="../src/voimaa/coordinator/document.py" line="114"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/document.py" line="116"/>
        <source>Paikka puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="89"/>
        <source>kohta {where} ei ole oikeaa muotoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="95"/>
        <source>kenttä {f} puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="106"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla kokonaisluku {lo}–{hi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="124"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla teksti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="135"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla true tai false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="146"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla luettelo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="163"/>
        <source>kentän {f} päivämäärä ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="173"/>
        <source>kentän {f} arvo ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="182"/>
        <source>EUROHIS-8-vastaus {where} ei ole välillä 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="198"/>
        <source>ryhmän tunniste (payload.group_id) ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="213"/>
        <source>sama kerta on tiedostossa kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="220"/>
        <source>osallistujan koodi {where} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="228"/>
        <source>läsnäolo {where} viittaa kertaan, jota ei ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="235"/>
        <source>osallistujalla {where} on kaksi merkintää samalle kerralle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="245"/>
        <source>lomakkeessa {where} ei ole kahdeksaa vastausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="259"/>
        <source>osallistujalla {where} on kaksi samaa mittausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="274"/>
        <source>sama osallistujakoodi on tiedostossa kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="279"/>
        <source>osallistujamäärät eivät täsmää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="301"/>
        <source>avoimet kysymykset ovat mukana, vaikka avoimia vastauksia ei ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="314"/>
        <source>palautteen {where} arviot eivät kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="318"/>
        <source>palautteen {where} avoimet vastaukset eivät kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="325"/>
        <source>palautteen {where} arvio {k} ei ole välillä 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="332"/>
        <source>palautteen {where} vastaus {k} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="363"/>
        <source>palautteen sama kohta on kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="371"/>
        <source>ryhmän alkupäivä on loppupäivän jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="374"/>
        <source>vientipäivä {d} on tulevaisuudessa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="384"/>
        <source>kerran {n} päivämäärä ei ole ryhmän alku- ja loppupäivän välissä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="391"/>
        <source>kerta {n} on pidetty vientipäivän jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="399"/>
        <source>osallistujan {code} lomake on täytetty vientipäivän jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="412"/>
        <source>osallistujamäärät eivät täsmää osallistujaluettelon kanssa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="424"/>
        <source>tiedosto ei ole Voimaan koordinaattorivienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="429"/>
        <source>tiedoston versiotieto puuttuu tai ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="433"/>
        <source>tiedosto on tehty uudemmalla Voimaan versiolla (muodon versio {v}). Päivitä Voimaa ja tuo tiedosto uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="447"/>
        <source>tarkistussumma ei täsmää: tiedostoa on muutettu tai se on vioittunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="462"/>
        <source>määrät eivät täsmää (checks.{key}): tiedostoa on muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="472"/>
        <source>Tiedostoa {name} ei tuotu: {reason}. Mitään ei muutettu. Pyydä ryhmän ohjaajilta uusi koordinaattorivienti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="484"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="505"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="521"/>
        <source>tiedoston sisältö on liian suuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="493"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="558"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="561"/>
        <source>tiedosto on liian suuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="498"/>
        <source>tiedostossa on liikaa osia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="501"/>
        <source>tiedostossa on kaksi samannimistä osaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="511"/>
        <source>tiedoston sisältö on epäilyttävän tiiviisti pakattu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="518"/>
        <source>tiedostosta puuttuu osa {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="532"/>
        <source>tiedosto ei ole ehjä zip-tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="534"/>
        <source>tiedoston JSON-osa on vioittunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="536"/>
        <source>tiedostoa ei voi lukea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="541"/>
        <source>tiedostossa on kelvoton luku ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="556"/>
        <source>se ei ole tavallinen tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="573"/>
        <source>tiedostoa ei voi avata ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/importing.py" line="130"/>
        <source>Tuotu ryhmä {place} on vioittunut ({reason}). Poista se ja tuo tiedosto uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/importing.py" line="158"/>
        <source>Tuotua ryhmää ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/combined.py" line="265"/>
        <source>Kaikki ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="276"/>
        <source>Koordinaattorin aineiston tiedoston pitää päättyä .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="285"/>
        <source>Yhteenvedon tiedoston pitää päättyä .xlsx tai .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorFiles</name>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="383"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="37"/>
        <source>Muoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="39"/>
        <source>Muodon versio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="231"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="43"/>
        <source>Ryhmän tunniste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="221"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="367"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="44"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="222"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="45"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="223"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="46"/>
        <source>Alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="224"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="47"/>
        <source>Päättyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="48"/>
        <source>Viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="88"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="50"/>
        <source>Pidettyjä kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="55"/>
        <source>Aloittaneita osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="94"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="60"/>
        <source>Lopettaneita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="65"/>
        <source>Mukana tässä viennissä (suostumus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="69"/>
        <source>Palautteita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="71"/>
        <source>Avoimet palautevastaukset mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="72"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="74"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="78"/>
        <source>Budjetti, suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="83"/>
        <source>Budjetti, toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="94"/>
        <source>Tietoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="96"/>
        <source>Tieto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="96"/>
        <source>Arvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="106"/>
        <source>Tiedosto ei sisällä nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen tietoja. Osallistujat näkyvät vain satunnaisina koodeina ja vain, jos he ovat antaneet suostumuksen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="115"/>
        <source>Kerrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="120"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="121"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="162"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="122"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="123"/>
        <source>Asiantuntijoita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="96"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="228"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="371"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="133"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="139"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="160"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="140"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="141"/>
        <source>Kerta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="142"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="161"/>
        <source>Mittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="163"/>
        <source>Sanamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="165"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="184"/>
        <source>Vastaukset on tallennettu 1 = huonoin … 5 = paras tulostetusta järjestyksestä riippumatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="192"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="194"/>
        <source>Vastaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="132"/>
        <source>Solut, jotka perustuvat 1–2 henkilöön, on piilotettu (&lt;3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="133"/>
        <source>EUROHIS-8: pisteet ovat kahdeksan kysymyksen keskiarvo (1–5) vain täydellisistä lomakkeista. Muutos lasketaan henkilöiltä, joilla on sekä alku- että loppumittaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="138"/>
        <source>Luotettava muutos: |RCI| &gt; 1,96; reliabiliteetti r = {r}, keskihajonta {sd} ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="146"/>
        <source>Hyvä elämänlaatu: keskiarvo vähintään 4 (THL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="147"/>
        <source>Osallistujia = ryhmän aloittaneet. Läsnäolo ja EUROHIS-8 vain niiltä, jotka antoivat suostumuksen tietojen luovuttamiseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="159"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="160"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="303"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="317"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="329"/>
        <source>Alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="175"/>
        <source>Tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="181"/>
        <source>Kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="186"/>
        <source>Nro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="187"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="339"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="188"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="229"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="340"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="372"/>
        <source>Parit (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="189"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="341"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="190"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="342"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="191"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="343"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="373"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="205"/>
        <source>EUROHIS-8 kysymyksittäin: alussa ja lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="206"/>
        <source>Keskiarvo (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="216"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="364"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="225"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="369"/>
        <source>Kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="90"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="226"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="370"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="227"/>
        <source>Suostumus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="104"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="230"/>
        <source>Muutos, keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="86"/>
        <source>Ryhmiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="92"/>
        <source>Suostumus luovuttaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="98"/>
        <source>Alku- ja loppumittaus (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="100"/>
        <source>Keskiarvo alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="102"/>
        <source>Keskiarvo lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="106"/>
        <source>Muutos, mediaani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="108"/>
        <source>Parani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="110"/>
        <source>Ei muutosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="112"/>
        <source>Heikkeni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="114"/>
        <source>Luotettava paraneminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="116"/>
        <source>Luotettava heikkeneminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="118"/>
        <source>Hyvä elämänlaatu alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="120"/>
        <source>Hyvä elämänlaatu lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="284"/>
        <source>Voimaa-ryhmät: koordinaattorin yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="289"/>
        <source>{g} ryhmää · {p} osallistujaa · tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="298"/>
        <source>Ryhmät, osallistujat ja läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="312"/>
        <source>EUROHIS-8: muutos alusta loppuun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="335"/>
        <source>EUROHIS-8 kysymyksittäin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="368"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="394"/>
        <source>Menetelmä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="47"/>
        <source>Voimaa – koordinaattori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="53"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Koordinaattorin yhteenveto&lt;/h2&gt;&lt;p&gt;Tuo ryhmien koordinaattoriaineistot (.zip) eri koneilta ja paikkakunnilta. Saman ryhmän uusi tuonti korvaa aiemman. Yhteenvedossa alle 3 henkilön luvut näkyvät muodossa &amp;lt;3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="66"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="67"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="68"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="69"/>
        <source>Kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="70"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="71"/>
        <source>Viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="72"/>
        <source>Tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="87"/>
        <source>Tuo aineistoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="90"/>
        <source>Poista valittu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="93"/>
        <source>Tallenna yhteenveto Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="96"/>
        <source>Tallenna yhteenveto PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="121"/>
        <source>Koordinaattori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="126"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="215"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="126"/>
        <source>lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="129"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="129"/>
        <source>(ei paikkaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="144"/>
        <source>Ei tuotuja ryhmiä. Aloita tuomalla aineistoja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="150"/>
        <source>{g} ryhmää ({places}) · {p} osallistujaa · alku- ja loppumittaus {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="172"/>
        <source>Tuo koordinaattorin aineistoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="172"/>
        <source>Voimaa-aineisto (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="176"/>
        <source>Tuonti</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/coordinator_window.py" line="181"/>
        <source>Tuotiin %n ryhmä.|Tuotiin %n ryhmää.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="183"/>
        <source>Yhtään ryhmää ei tuotu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="188"/>
        <source>{n} niistä korvasi saman ryhmän aiemman tuonnin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="191"/>
        <source>Hylätyt tiedostot (ne eivät muuttaneet mitään):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="198"/>
        <source>Tuodaan aineistoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="212"/>
        <source>Poistetaanko tuotu ryhmä {place} ({dates}) yhteenvedosta? Voit tuoda sen myöhemmin uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="218"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="223"/>
        <source>Poista tuotu ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="232"/>
        <source>Tallenna yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="234"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="234"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="238"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="241"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="242"/>
        <source>Yhteenveto tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="245"/>
        <source>Tehdään yhteenvetoa…</source>
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
        <location filename="../src/voimaa/eurohis/forms.py" line="112"/>
        <source>Lomakkeessa on kahdeksan kysymystä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="116"/>
        <source>Vastaus on 1–5 tai tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="119"/>
        <source>Lomakkeessa ei ole yhtään vastausta. Syötä vastaukset tai jätä lomake pois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="219"/>
        <source>Täydellisiä pareja (alku ja loppu): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="220"/>
        <source>Vain yksi lomake: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="224"/>
        <source>Lomake puutteellinen tai arvioitu, ei mukana: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="229"/>
        <source>Muutoksen keskiarvo: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="230"/>
        <source>Muutoksen mediaani: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="231"/>
        <source>Parani: {a} · ennallaan: {b} · heikkeni: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="234"/>
        <source>Luotettava muutos (|RCI| &gt; 1,96): parani {a}, heikkeni {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="238"/>
        <source>Luotettavaa muutosta (RCI) ei voi laskea: keskihajonta on 0 (kaikki alkumittausten keskiarvot ovat samat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="243"/>
        <source>Hyvä elämänlaatu (keskiarvo vähintään 4): alussa {a}, lopussa {b} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="246"/>
        <source>Reliabiliteetti r = {r}; keskihajonta SD = {sd} ({desc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="252"/>
        <source>Mukana myös arvioituja keskiarvoja (yksi vastaus puuttui).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="254"/>
        <source>Ryhmä on pieni: p-arvoja ei lasketa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="292"/>
        <source>Ryhmässä ei ole osallistujia. Tulosta tyhjä lomake ilman ryhmää.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="123"/>
        <source>elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="125"/>
        <source>terveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="127"/>
        <source>tarmo arkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="129"/>
        <source>päivittäiset toimet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="131"/>
        <source>tyytyväisyys itseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="133"/>
        <source>ihmissuhteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="135"/>
        <source>raha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="137"/>
        <source>asuinalue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="233"/>
        <source>keskihajonta on 0 (n = {n}): luotettavaa muutosta (RCI) ei voi laskea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="347"/>
        <source>EUROHIS-8-lomakkeen voi tulostaa vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisCompare</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="121"/>
        <source>Ota pareihin mukaan arvioidut keskiarvot (yksi vastaus puuttui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="131"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="132"/>
        <source>Alku ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="133"/>
        <source>Alku summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="134"/>
        <source>Loppu ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="135"/>
        <source>Loppu summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="136"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="137"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="138"/>
        <source>Luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="139"/>
        <source>Huomio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="150"/>
        <source>Kysymyksittäin (parien keskiarvot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="153"/>
        <source>Osallistujittain (* = luotettava muutos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="163"/>
        <source>Ryhmän muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="204"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="229"/>
        <source>vain alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="230"/>
        <source>vain loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="231"/>
        <source>liian monta vastausta puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="232"/>
        <source>arvioitu keskiarvo, ei mukana pareissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="236"/>
        <source>arvioitu keskiarvo (yksi vastaus puuttui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="244"/>
        <source>kyllä, parani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="244"/>
        <source>kyllä, heikkeni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="247"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisEntry</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="66"/>
        <source>Alkumittaus (1. kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="67"/>
        <source>Loppumittaus (8. kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="96"/>
        <source>Näppäimet: 1–5 vastaa (paperin numerolla) · 0 tai Delete = puuttuu · Enter = tallenna ja seuraava · nuolet ylös/alas = siirry kysymykseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="110"/>
        <source>Mittaus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="113"/>
        <source>Täyttöpäivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="116"/>
        <source>Lomakeversio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="131"/>
        <source>Osallistujat (koodi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="182"/>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="370"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="201"/>
        <source>Ei osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="214"/>
        <source>{code}   ✓ (puutteellinen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="234"/>
        <source>{n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="241"/>
        <source>Tallennettu lomake – muutos kirjataan lokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="246"/>
        <source>Uusi lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="313"/>
        <source>Keskiarvo {mean} · summa {total}  ({typed}/8 syötetty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="320"/>
        <source>Ei pisteitä: yksi vastaus puuttuu (arvioitua keskiarvoa ei ole sallittu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="324"/>
        <source>Ei pisteitä: %n vastaus puuttuu|Ei pisteitä: %n vastausta puuttuu</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="327"/>
        <source>Keskiarvo {mean} · summa {total} (arvioitu, 1 puuttuu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="331"/>
        <source> · hyvä elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="332"/>
        <source>Keskiarvo {mean} · summa {total}{good}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="345"/>
        <source>Kysymys {n} on syöttämättä: paina 1–5 tai 0 (puuttuu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="399"/>
        <source>Kaikki tämän mittauksen lomakkeet on käyty läpi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisFormPdf</name>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="77"/>
        <source>☐ alku&amp;nbsp;&amp;nbsp;☐ loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="84"/>
        <source>Koodi: &lt;b&gt;&lt;u&gt;{code}&lt;/u&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="88"/>
        <source>Päivämäärä: &lt;u&gt;{date}&lt;/u&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="142"/>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="164"/>
        <source>EUROHIS-8 – elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="165"/>
        <source>EUROHIS-8-lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="166"/>
        <source>EUROHIS-QOL 8 (WHO, suomennos THL) · {wording}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="26"/>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="93"/>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="97"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="35"/>
        <source>Lomakkeiden syöttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="36"/>
        <source>Alku ja loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="38"/>
        <source>Tulosta ryhmän lomakkeet (koodit valmiina)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="41"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="79"/>
        <source>Tallenna lomake PDF-tiedostoksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="97"/>
        <source>Lomake tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="94"/>
        <source>Tehdään lomaketta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="105"/>
        <source>eurohis-{phase}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="109"/>
        <source>eurohis-tyhja.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisSettingsBox</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="54"/>
        <source>Asetukset (luotettavan muutoksen laskenta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="68"/>
        <source>Salli arvioitu keskiarvo, kun yksi vastaus puuttuu (aina merkitty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="71"/>
        <source>Tallenna asetukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="76"/>
        <source>Reliabiliteetti r on mittarin sisäinen johdonmukaisuus (EUROHIS-8: noin 0,78). Viitekeskihajontaa käytetään, kunnes tietokannassa on vähintään 20 alkumittausta; sitten käytetään niiden omaa keskihajontaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="85"/>
        <source>Reliabiliteetti r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="86"/>
        <source>Viitekeskihajonta SD (keskiarvoasteikolla):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="107"/>
        <source>Asetukset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experts</name>
    <message>
        <location filename="../src/voimaa/experts.py" line="93"/>
        <source>Anna asiantuntijan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="97"/>
        <source>Sähköpostiosoite ”{email}” ei näytä oikealta. Tarkista osoite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="112"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="123"/>
        <source>Asiantuntijaa ei löydy. Hänet on ehkä poistettu listalta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="49"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="159"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="60"/>
        <source>Hae nimellä, alalla tai organisaatiolla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="66"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="119"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="67"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="120"/>
        <source>Ala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="68"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="121"/>
        <source>Organisaatio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="69"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="122"/>
        <source>Puhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="70"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="123"/>
        <source>Sähköposti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="79"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="209"/>
        <source>Uusi asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="82"/>
        <source>Poista listalta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="89"/>
        <source>Yhteinen asiantuntijalista (kaikki ryhmät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="100"/>
        <source>esim. ravitsemusterapeutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="110"/>
        <source>esim. milloin tavoittaa, mitä tuo mukanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="111"/>
        <source>Tallenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="116"/>
        <source>Tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="124"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="135"/>
        <source>Kutsu tämän ryhmän kerroille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="207"/>
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
        <location filename="../src/voimaa/ui/sections/experts.py" line="260"/>
        <source>Valitse ryhmä, niin voit kutsua sen kerroille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="264"/>
        <source>Valitse asiantuntija listasta, niin voit kutsua hänet kerroille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="268"/>
        <source>Rastita kerrat, joille {name} tulee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="279"/>
        <source>  (ehdotus: {e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="312"/>
        <source>Tähän ryhmään ei ole vielä kutsuttu ketään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="318"/>
        <source>&lt;b&gt;Tulossa tähän ryhmään&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../src/voimaa/feedback.py" line="112"/>
        <source>Kirjoita {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="115"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="133"/>
        <source>väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="135"/>
        <source>avoin kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="148"/>
        <source>Lomakkeessa pitää olla ainakin yksi väittämä tai kysymys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="180"/>
        <location filename="../src/voimaa/feedback.py" line="194"/>
        <location filename="../src/voimaa/feedback.py" line="209"/>
        <source>Kohtaa ei löydy lomakkeesta. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="289"/>
        <source>Vastauksessa on kohtia, joita lomakkeessa ei ole. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="299"/>
        <source>Väittämän vastaus on 1–5 tai tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="306"/>
        <source>Avoin vastaus on liian pitkä (enintään {n} merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="313"/>
        <source>Lomakkeessa ei ole yhtään vastausta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="334"/>
        <source>Osallistujaa ei löydy tästä ryhmästä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="350"/>
        <source>Palautetta ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="490"/>
        <source>Kopioita voi tulostaa 1–50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="122"/>
        <source>Palautelomakkeen voi tulostaa vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackEntryWidget</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="192"/>
        <source>Tallenna (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="196"/>
        <source>Uusi lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="199"/>
        <source>Poista lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="205"/>
        <source>Näppäimet: 1–5 vastaa väittämään · 0 tai Delete = ei vastausta · Enter = avoimiin kysymyksiin (Enter siirtyy seuraavaan, viimeisessä tallentaa) · Ctrl+Enter = tallenna. Palaute tallennetaan nimettömänä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="222"/>
        <source>Täyttöpäivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="233"/>
        <source>Avoimet kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="250"/>
        <source>Tallennetut lomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="294"/>
        <source>Lomake {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="308"/>
        <source>Valitse ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="316"/>
        <source>Uusi lomake (nro {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="325"/>
        <source>Tallennettu lomake – muutos kirjataan lokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="435"/>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="450"/>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="475"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="466"/>
        <source>Poista palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="467"/>
        <source>Poistetaanko tämä palautelomake? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFormEditor</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="118"/>
        <source>Ryhmällä on oma kopio palautelomakkeesta. Muutokset koskevat vain tätä ryhmää, ellet tallenna lomaketta uusien ryhmien oletukseksi. Poistetun kohdan vanhat vastaukset säilyvät, mutta niitä ei näytetä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="128"/>
        <source>Väittämät (vastaus 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="129"/>
        <source>Avoimet kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="139"/>
        <source>Lisää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="140"/>
        <source>Muokkaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="141"/>
        <source>Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="142"/>
        <source>Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="143"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="153"/>
        <source>Tallenna uusien ryhmien oletukseksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="156"/>
        <source>Palauta oletuslomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="159"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="193"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="203"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="275"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="279"/>
        <source>Palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="193"/>
        <source>Valitse ensin kohta listasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="212"/>
        <source>Uusi väittämä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="212"/>
        <source>Uusi avoin kysymys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="214"/>
        <source>Lisää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="229"/>
        <source>Muokkaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="229"/>
        <source>Teksti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="258"/>
        <source>Poista kohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="259"/>
        <source>Poistetaanko lomakkeesta kohta ”{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="280"/>
        <source>Lomake tallennettiin uusien ryhmien oletukseksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="289"/>
        <source>Palauta oletuslomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="290"/>
        <source>Korvataanko tämän ryhmän lomake oletuslomakkeella?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFormPdf</name>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="32"/>
        <source>Ryhmän ilmapiiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="34"/>
        <source>Aiheet ja materiaalit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="36"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="38"/>
        <source>Hyöty minulle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="40"/>
        <source>Käytännön järjestelyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="42"/>
        <source>Väittämät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="132"/>
        <source>Älä kirjoita lomakkeeseen nimeäsi. Rastita jokaisesta väittämästä yksi ruutu: kuinka samaa mieltä olet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="153"/>
        <source>Omin sanoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="165"/>
        <source>Kiitos palautteestasi!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="182"/>
        <source>Palautelomake (nimetön)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="183"/>
        <source>Voimaa vertaisuudesta · nimetön palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="25"/>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="94"/>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="98"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="37"/>
        <source>Lomakkeiden syöttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="38"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="39"/>
        <source>Lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="83"/>
        <source>Tallenna palautelomake PDF-tiedostoksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="84"/>
        <source>palautelomake.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="85"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="98"/>
        <source>Lomake tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="95"/>
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
        <location filename="../src/voimaa/ui/feedback_views.py" line="70"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="75"/>
        <source>Palautelomakkeita: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="87"/>
        <source>Ei vastauksia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../src/voimaa/export/files.py" line="44"/>
        <source>Levy on täynnä: tiedostoa {name} ei tallennettu, ja aiempi tiedosto on ennallaan. Vapauta levytilaa ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="52"/>
        <source>Tiedoston nimi on liian pitkä. Anna lyhyempi nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="56"/>
        <source>{name} on kansio. Anna tiedoston nimi, esimerkiksi {name}/lasnaolo.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="62"/>
        <source>Kansioon {folder} ei voi kirjoittaa (ei oikeutta tai vain luku). Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="70"/>
        <location filename="../src/voimaa/export/files.py" line="109"/>
        <source>Kansiota ei ole: {folder}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="76"/>
        <source>Levyvirhe: tiedostoa {name} ei tallennettu. Tarkista levy tai muistitikku ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="83"/>
        <source>Tiedostoa {name} ei voitu tallentaa ({reason}). Tarkista kansio ja nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="96"/>
        <source>Tiedoston nimessä on merkkejä, joita ei voi tallentaa (ei UTF-8). Anna nimi uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="103"/>
        <source>Anna tiedoston nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/files.py" line="204"/>
        <source>Tiedosto {name} on auki toisessa ohjelmassa. Sulje tiedosto ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPad</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="180"/>
        <source>puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/voimaa/formats.py" line="22"/>
        <source>maanantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="23"/>
        <source>tiistai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="24"/>
        <source>keskiviikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="25"/>
        <source>torstai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="26"/>
        <source>perjantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="27"/>
        <source>lauantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="28"/>
        <source>sunnuntai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="35"/>
        <source>ma</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="36"/>
        <source>ti</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="37"/>
        <source>ke</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="38"/>
        <source>to</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="39"/>
        <source>pe</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="40"/>
        <source>la</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="41"/>
        <source>su</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="48"/>
        <source>maanantaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="49"/>
        <source>tiistaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="50"/>
        <source>keskiviikkona</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="51"/>
        <source>torstaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="52"/>
        <source>perjantaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="53"/>
        <source>lauantaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="54"/>
        <source>sunnuntaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="89"/>
        <source>{date} klo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="132"/>
        <source>”{text}” ei ole rahasumma. Kirjoita summa euroina, esimerkiksi 12,50 tai 12 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="141"/>
        <source>Summa {text} on liian suuri. Tarkista summa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="160"/>
        <source>”{text}” ei ole päivämäärä. Kirjoita muodossa 22.11.2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDetailsDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="31"/>
        <source>Ryhmän tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="40"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="41"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="45"/>
        <source>etätapaamisen linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="48"/>
        <source>Suunnitteilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="49"/>
        <source>Käynnissä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="50"/>
        <source>Päättynyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="57"/>
        <source>Ensimmäinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="58"/>
        <source>Toinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="68"/>
        <source>Tallenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="69"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="76"/>
        <source>Ryhmän nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="77"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="78"/>
        <source>Toimintamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="79"/>
        <source>Etälinkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="80"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="81"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/group_details.py" line="108"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupReportPdf</name>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="78"/>
        <source>alussa (keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="79"/>
        <source>lopussa (keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="86"/>
        <source>EUROHIS-8-kysymys (1 = huonoin … 5 = paras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="150"/>
        <source>Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="151"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="152"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="153"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="154"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="156"/>
        <source>Kertoja pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="157"/>
        <source>{held} / {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="162"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="163"/>
        <source>{n} (joista lopettanut {left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="168"/>
        <source>Läsnäolo koko ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="187"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="188"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="189"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="190"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="191"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="218"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="201"/>
        <source>ei pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="205"/>
        <source>Kerrat ja aiheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="213"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="305"/>
        <source>Osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="215"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="307"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="232"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="241"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="245"/>
        <source>L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo-% = läsnä / merkityt kerrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="258"/>
        <source>EUROHIS-8: alku- ja loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="266"/>
        <source>Keskiarvot kysymyksittäin (parit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="277"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="278"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="312"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="279"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="313"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="280"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="314"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="281"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="296"/>
        <source>Koko mittari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="315"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="316"/>
        <source>Tilanne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="322"/>
        <source>luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="334"/>
        <source>Henkilöittäin (keskiarvo 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="353"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="355"/>
        <source>Palautteita {n}. Asteikko 1 = {low} … 5 = {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="364"/>
        <source>Väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="365"/>
        <source>Ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="389"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="390"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="391"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="392"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="406"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="413"/>
        <source>Budjetti: suunniteltu ja toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="417"/>
        <source>Budjettiraja {limit} · jäljellä {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="427"/>
        <source>Ryhmän raportti – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="429"/>
        <source>Ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="431"/>
        <source>Tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="443"/>
        <source>Osallistujat näkyvät raportissa koodeina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="449"/>
        <source>Voimaa · ryhmän raportti · {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupXlsx</name>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="47"/>
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
        <location filename="../src/voimaa/export/group_xlsx.py" line="79"/>
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
        <location filename="../src/voimaa/export/group_xlsx.py" line="106"/>
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
        <location filename="../src/voimaa/export/group_xlsx.py" line="153"/>
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
        <location filename="../src/voimaa/export/group_xlsx.py" line="292"/>
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
        <location filename="../src/voimaa/groups.py" line="73"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="76"/>
        <source>Ryhmän nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="110"/>
        <source>Kerran pituuden pitää olla 15–600 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="272"/>
        <source>Ryhmää ”{ref}” ei löydy. Katso ryhmät komennolla: voimaa groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="278"/>
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
    <name>Labels</name>
    <message>
        <location filename="../src/voimaa/labels.py" line="26"/>
        <source>ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="28"/>
        <source>jonossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="30"/>
        <source>lopettanut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="37"/>
        <source>ei merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="39"/>
        <source>läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="41"/>
        <source>poissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="43"/>
        <source>ilmoitettu poissaolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="50"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="52"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="58"/>
        <source>Suunnitteilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="60"/>
        <source>Käynnissä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="62"/>
        <source>Päättynyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="69"/>
        <source>alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="71"/>
        <source>loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="78"/>
        <source>Tietoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="80"/>
        <source>Keskustelua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="82"/>
        <source>Yhteistä tekemistä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="84"/>
        <source>Kahvihetki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="86"/>
        <source>Muu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="93"/>
        <source>THL ATH/FinSote (te-muoto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="95"/>
        <source>THL FinMonik (sinä-muoto, tyytyväisyys käänteisessä järjestyksessä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="104"/>
        <source>THL ATH/FinSote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="106"/>
        <source>THL FinMonik (tyytyväisyys käänteisessä järjestyksessä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="113"/>
        <source>EUROHIS-8-alkukysely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="115"/>
        <source>EUROHIS-8-loppukysely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="117"/>
        <source>Palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderBox</name>
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
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="206"/>
        <source>Ohjaajan näkymä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="222"/>
        <source>Seuraavaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="225"/>
        <source>→ tai välilyönti: seuraava · ←: edellinen · Esc: lopeta esitys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="251"/>
        <source>Kulunut {m}.{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="258"/>
        <source>(ei muistiinpanoja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="259"/>
        <source>Dia {i} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="60"/>
        <source>Kolmannen osapuolen lisenssit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="66"/>
        <source>Lisenssitiedot kootaan asennettavan ohjelman mukaan (make dist). Tämä on lähdekoodista käynnistetty Voimaa, jossa tiedostoa ei ole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loaders</name>
    <message>
        <location filename="../src/voimaa/loaders.py" line="22"/>
        <source>Ryhmää ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/loaders.py" line="31"/>
        <source>Kertaa ei löydy. Se on ehkä poistettu. Valitse kerta uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/loaders.py" line="41"/>
        <source>Osallistujaa ei löydy. Hänen tietonsa on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="56"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="69"/>
        <source>Näytä arkistoidut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="71"/>
        <location filename="../src/voimaa/ui/main_window.py" line="161"/>
        <source>Uusi ryhmä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="74"/>
        <source>Ryhmän tiedot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="77"/>
        <source>Nimeä uudelleen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="79"/>
        <location filename="../src/voimaa/ui/main_window.py" line="263"/>
        <source>Arkistoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="81"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="86"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="124"/>
        <source>&lt;h2&gt;Tervetuloa Voimaaseen&lt;/h2&gt;&lt;p&gt;Voimaa auttaa vertaisryhmän ohjaajia suunnittelemaan kahdeksan kerran ryhmän, pitämään osallistujat, läsnäolot ja budjetin järjestyksessä sekä kokoamaan EUROHIS-8-mittaukset ja palautteet.&lt;/p&gt;&lt;p&gt;Aloita luomalla ryhmä. Voit myös lisätä valmiin esimerkkiryhmän, jossa kaikki henkilöt ovat keksittyjä.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="134"/>
        <source>Luo ensimmäinen ryhmä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="136"/>
        <location filename="../src/voimaa/ui/main_window.py" line="165"/>
        <source>Lisää esimerkkiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="155"/>
        <source>Tiedot: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="160"/>
        <source>&amp;Tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="168"/>
        <source>Varmuuskopioi tietokanta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="171"/>
        <source>Koordinaattori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="184"/>
        <source>Lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="188"/>
        <source>&amp;Ohje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="189"/>
        <source>Tietoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="202"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="205"/>
        <source> (arkistoitu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="263"/>
        <source>Palauta arkistosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="265"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="265"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="273"/>
        <source>Ohjaajat: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="276"/>
        <source>Etälinkki: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="278"/>
        <source>Etälinkki puuttuu (Ryhmän tiedot…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="348"/>
        <source>Nimeä ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="348"/>
        <source>Uusi nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="377"/>
        <source>Poistetaanko ryhmä ”{name}” ja kaikki sen tiedot: ohjelma, {n} osallistujan tiedot, läsnäolot, budjetti, EUROHIS-8-lomakkeet ja palautteet?

Poistoa ei voi perua. Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="381"/>
        <source>Poista ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="393"/>
        <source>Varmuuskopioi tietokanta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="395"/>
        <source>SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="411"/>
        <source>Varmuuskopioidaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="410"/>
        <location filename="../src/voimaa/ui/main_window.py" line="415"/>
        <source>Varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/main_window.py" line="204"/>
        <source>%n osallistuja|%n osallistujaa</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="416"/>
        <source>Varmuuskopio tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="405"/>
        <source>Varmuuskopiointi epäonnistui: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="94"/>
        <source>Uusi ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="143"/>
        <source>esim. Mikkelin kevään ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="153"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="154"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="119"/>
        <source>Luo ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="110"/>
        <source>‹ Edellinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="113"/>
        <source>Seuraava ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="120"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="150"/>
        <source>tai kirjoita paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="156"/>
        <source>Lähiryhmä – tavataan samassa paikassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="158"/>
        <source>Etäryhmä – tavataan verkossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="167"/>
        <source>https://… (etätapaamisen linkki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="172"/>
        <source>Ryhmän nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="173"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="174"/>
        <source>Toimintamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="175"/>
        <source>Tapaamisen linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="179"/>
        <source>Ryhmään mahtuu enintään 8 osallistujaa. Etäryhmä on ihmisille, joilla on digitaidot mutta joiden on vaikea lähteä kotoa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="191"/>
        <source>Ensimmäinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="192"/>
        <source>Toinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="195"/>
        <source>Ryhmää ohjaa yleensä pari: kunnan sosiaaliohjaaja ja hankkeen kehittäjä. Etäryhmää voi ohjata yksikin työntekijä. Yhteystiedot tulevat työkirjan kanteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="228"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="249"/>
        <source>Ensimmäinen kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="250"/>
        <source>Alkaa klo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="251"/>
        <source>Kerran pituus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="252"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="253"/>
        <source>Kerrat kokoontuvat viikon välein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="263"/>
        <source>Vaihe 1/3: Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="264"/>
        <source>Vaihe 2/3: Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="265"/>
        <source>Vaihe 3/3: Aikataulu ja ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="280"/>
        <source>{weekday}, kokoontuu joka viikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="286"/>
        <source>{n}. kerta  {wd} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="297"/>
        <source>Voit muuttaa yksittäisiä päiviä myöhemmin Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="300"/>
        <source>⚠ Yksi päivä osuu pyhäpäivälle. Voit siirtää sen ryhmän luomisen jälkeen Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="305"/>
        <source>⚠ {n} päivää osuu pyhäpäiville. Voit siirtää ne ryhmän luomisen jälkeen Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="337"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../src/voimaa/ui/ops.py" line="80"/>
        <source>Odottamaton virhe: toiminto jäi kesken. Tiedot virheestä kirjoitettiin lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/ops.py" line="83"/>
        <source>Odottamaton virhe: toiminto jäi kesken.

Tiedot virheestä kirjoitettiin lokitiedostoon:
{path}

Lokissa ei ole nimiä eikä muita henkilötietoja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/ops.py" line="94"/>
        <location filename="../src/voimaa/ui/ops.py" line="158"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/ops.py" line="168"/>
        <source>Tiedostoa ei voitu tallentaa tai avata: {reason}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="60"/>
        <source>Osallistujat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="75"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="76"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="77"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="78"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="135"/>
        <source>Alkutapaaminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="79"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="168"/>
        <source>Suostumus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="80"/>
        <source>Huom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="86"/>
        <source>Onko huomioitavaa (arkaluonteista) kirjattu; sisältö näkyy lomakkeella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="96"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="335"/>
        <source>Uusi osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="123"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="187"/>
        <source>pp.kk.vvvv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="128"/>
        <source>Perustiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="130"/>
        <source>&amp;Nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="131"/>
        <source>&amp;Puhelin (vapaaehtoinen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="132"/>
        <source>&amp;Omatyöntekijä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="133"/>
        <source>Omatyöntekijän &amp;yhteystieto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="137"/>
        <source>&amp;Päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="138"/>
        <source>&amp;Muistiinpanot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="139"/>
        <source>&amp;Kiinnostukset ja merkitykselliset asiat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="140"/>
        <source>&amp;Toiveet ja ideat ryhmälle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="143"/>
        <source>Huomioitavaa – arkaluonteinen tieto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="146"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="363"/>
        <source>Näytä huomioitavaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="152"/>
        <source>Terveys- ja muut arkaluonteiset tiedot (esim. paniikkihäiriö, ruoka-allergia). Näytä vain, kun tarvitset niitä, ja vain ohjaajille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="160"/>
        <source>Huomioitavaa, arkaluonteinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="171"/>
        <source>Saa välittää pseudonymisoidut tulokset koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="176"/>
        <source>pp.kk.vvvv (tyhjä = tänään)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="180"/>
        <source>Suostumuksen &amp;päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="182"/>
        <source>Lopettaminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="190"/>
        <source>Lopetti &amp;päivänä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="191"/>
        <source>&amp;Syy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="197"/>
        <source>Tallenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="201"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="353"/>
        <source>Siirrä jonosta ryhmään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="204"/>
        <source>Merkitse lopettaneeksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="207"/>
        <source>Poista osallistujan tiedot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="269"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="270"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="269"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="287"/>
        <source>Ryhmässä {n} / {max} osallistujaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="291"/>
        <source>, jonossa {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="337"/>
        <source>Osallistuja saa satunnaisen koodin, joka ei riipu nimestä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="344"/>
        <source> {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="345"/>
        <source>ei syytä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="349"/>
        <source>Huomioitavaa on kirjattu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="355"/>
        <source>Palauta ryhmään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="363"/>
        <source>Piilota huomioitavaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="418"/>
        <source>Lisätäänkö {name} jonoon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="420"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="433"/>
        <source>Ryhmä on täynnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="445"/>
        <source>Merkitse lopettaneeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="446"/>
        <source>Syy (vapaaehtoinen, esim. aloitti työkokeilun). Päiväksi tulee tämä päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="461"/>
        <source>Poista osallistujan tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="487"/>
        <source>Poistetaanko {name} ({code}) kaikki tiedot pysyvästi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="491"/>
        <source>Poistuu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="493"/>
        <source>• nimi, koodi ja yhteystiedot sekä alkutapaamisen tiedot ({n} täytettyä kenttää)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="495"/>
        <source>• läsnäolomerkinnät: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="496"/>
        <source>• EUROHIS-8-lomakkeet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="497"/>
        <source>• häneen liitetyt palautelomakkeet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="502"/>
        <source>• maininnat lokissa: {n} (tapahtumat jäävät ilman hänen tietojaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="508"/>
        <source>Lokiin jää vain tieto, että poisto tehtiin, kuka sen teki ja milloin. Poistoa ei voi perua. Jo tallennetuissa varmuuskopioissa ja viedyissä tiedostoissa tiedot säilyvät, kunnes ne hävitetään.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../src/voimaa/export/pdf.py" line="134"/>
        <source>sivu {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="114"/>
        <source>ei vielä päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="117"/>
        <source>ei vielä aikaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="124"/>
        <source>Etäyhteys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="135"/>
        <source>ei vielä kutsuttu (ehdotus: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="142"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="142"/>
        <source>Aika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="143"/>
        <source>Paikka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="143"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="156"/>
        <source>Asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="183"/>
        <source>&lt;b&gt;Klo&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="184"/>
        <source>&lt;b&gt;Osa&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="185"/>
        <source>&lt;b&gt;Min&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="208"/>
        <source>(kerran pituus {n} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="213"/>
        <source>&lt;b&gt;Yhteensä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="264"/>
        <location filename="../src/voimaa/export/plan_pdf.py" line="330"/>
        <source>{group} · ohjaajien suunnitelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="271"/>
        <source>{n}. kerta: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="278"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="281"/>
        <source>Kulku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="286"/>
        <source>{title} (tiedosto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="291"/>
        <source>Lomakkeet: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="294"/>
        <source>Mukaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="299"/>
        <source>Keskustelukysymyksiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="304"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="310"/>
        <source>Muistiinpanot: mitä tapahtui, mitä muutetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="312"/>
        <source>Lisää muistiinpanoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="328"/>
        <source>Ryhmän suunnitelma – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="329"/>
        <source>Ohjaajien suunnitelma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../src/voimaa/ui/presenter.py" line="185"/>
        <source>Esitys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <location filename="../src/voimaa/program/schedule.py" line="42"/>
        <source>Pyhäpäivä: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/schedule.py" line="46"/>
        <source>Sama päivä kuin kerralla {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/schedule.py" line="52"/>
        <source>Aiemmin kuin edellinen kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/view.py" line="136"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="87"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="106"/>
        <source>Anna kerralle aihe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="158"/>
        <source>Osan pituuden pitää olla 0–600 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="193"/>
        <source>Tietoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="194"/>
        <source>Keskustelua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="195"/>
        <source>Yhteistä tekemistä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="196"/>
        <source>Kahvihetki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="197"/>
        <source>Uusi osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="204"/>
        <source>Osaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="218"/>
        <source>Osan otsikko on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="261"/>
        <source>Osien järjestys ei täsmää. Päivitä näkymä ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="302"/>
        <source>Kerralle on jo merkitty läsnäoloja, joten sitä ei voi siirtää. Muokkaa kerran sisältöä sen sijaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="348"/>
        <source>Mallipohjassa ei ole tätä kertaa. Sisältöä ei voi palauttaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="376"/>
        <source>Anna verkko-osoite tai valitse tiedosto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="397"/>
        <source>Linkkiä ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="240"/>
        <source>Anna mallipohjalle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="243"/>
        <source>Mallipohjan nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="247"/>
        <source>Tämä nimi on varattu oletusohjelmalle. Valitse toinen nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="271"/>
        <source>Ohjelman mukana tuleva perusohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="291"/>
        <source>Mallipohjaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="300"/>
        <source>Mallipohjaa ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="385"/>
        <source>Suunnitelman voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="55"/>
        <location filename="../src/voimaa/ui/sections/program.py" line="163"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="71"/>
        <source>▲ Siirrä aiempaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="73"/>
        <source>Vaihda aihe edellisen kerran kanssa; päivät pysyvät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="75"/>
        <source>▼ Siirrä myöhempään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="77"/>
        <source>Vaihda aihe seuraavan kerran kanssa; päivät pysyvät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="88"/>
        <source>&lt;b&gt;Kahdeksan kertaa&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="100"/>
        <source>Luku monisteeksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="103"/>
        <source>Diat PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="108"/>
        <source>Näyttö, jolla diat näytetään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="109"/>
        <source>▶ Esitä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="114"/>
        <source>Tämä kerta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="118"/>
        <source>Näyttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="128"/>
        <source>Työkirja PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="131"/>
        <source>Ohjaajien suunnitelma PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="134"/>
        <source>Tallenna mallipohjaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="137"/>
        <source>Mallipohjat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="174"/>
        <source>{n}: {w}×{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="188"/>
        <source>ei päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="191"/>
        <source>Vieras: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="195"/>
        <source>⏱ osat {t} / {l} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="239"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="241"/>
        <source>{d} – {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="245"/>
        <source>päivät puuttuvat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="246"/>
        <source>kerta {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/sections/program.py" line="253"/>
        <source>⚠ %n kerta vaatii huomiota (päivä).|⚠ %n kertaa vaatii huomiota (päivä).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="306"/>
        <source>Tallenna mallipohjaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="308"/>
        <source>Mallipohjan nimi (esim. Mikkelin malli). Pohjaa voi käyttää uusille ryhmille:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="317"/>
        <source>Mallipohja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="319"/>
        <source>Mallipohja ”{name}” tallennettu. Voit valita sen, kun luot uuden ryhmän.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="339"/>
        <source>Tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="338"/>
        <source>Tehdään PDF:ää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="345"/>
        <source>Työkirja PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="357"/>
        <location filename="../src/voimaa/ui/sections/program.py" line="364"/>
        <source>Luku monisteeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="358"/>
        <source>Tälle kerralle ei ole valittu työkirjan lukua. Valitse luku ensin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="375"/>
        <source>Diat PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="385"/>
        <source>Ohjaajien suunnitelma PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="126"/>
        <source>(ei vastausta)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="118"/>
        <source>Raportin tiedoston pitää päättyä .pdf tai .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="47"/>
        <source>Raportit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="54"/>
        <source>Ryhmän raportti ohjaajille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="57"/>
        <source>Koko ryhmän raportti: kerrat ja aiheet, asiantuntijat, läsnäolot, EUROHIS-8 alussa ja lopussa kaavion kera, palaute ja budjetti. Osallistujat näkyvät koodeina, ellet valitse nimiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="64"/>
        <source>Näytä osallistujien nimet raportissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="66"/>
        <source>Tallenna raportti PDF-tiedostoksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="69"/>
        <source>Tallenna Excel-työkirjaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="82"/>
        <source>Aineisto alueen koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="85"/>
        <source>Tiedostossa ei ole nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen tietoja. Mukana ovat ryhmän paikkakunta, ajankohta ja pidetyt kerrat sekä suostumuksen antaneilta vain koodi, läsnäolot ja EUROHIS-8-vastaukset. Palautteesta tulevat arviot; avoimet vastaukset vain, jos valitset ne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="96"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="96"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="96"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="96"/>
        <source>Koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="108"/>
        <source>Ota mukaan palautteen avoimet vastaukset (nimettömät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="111"/>
        <source>Tallenna koordinaattorin aineisto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="151"/>
        <source>mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="151"/>
        <source>ei suostumusta – ei mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="157"/>
        <source>Ryhmässä ei ole vielä osallistujia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="160"/>
        <source>Aineistoon tulee {n} / {total} osallistujan koodi, läsnäolot ja EUROHIS-8. Suostumus merkitään Osallistujat-osiossa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="204"/>
        <source>Ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="208"/>
        <source>Tallenna ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="210"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="210"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="221"/>
        <source>Raportti tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="223"/>
        <source>Tehdään raporttia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="229"/>
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
        <location filename="../src/voimaa/ui/sections/reports.py" line="250"/>
        <source>Koordinaattorin aineisto tallennettu: {p}
Mukana {n} osallistujaa; ilman suostumusta pois jätettiin {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="254"/>
        <source>Avoimet palautevastaukset ovat mukana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="257"/>
        <source>Tehdään koordinaattorin aineistoa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../src/voimaa/roster.py" line="162"/>
        <source>Ryhmässä on jo {n} osallistujaa, mikä on enimmäismäärä, jotta jokainen tulee kuulluksi. Lisää osallistuja jonoon tai siirrä joku ensin pois ryhmästä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="185"/>
        <source>Kirjoita osallistujan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="189"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="213"/>
        <location filename="../src/voimaa/roster.py" line="331"/>
        <source>Syy on liian pitkä (enintään 2000 merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="121"/>
        <source>ei päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="127"/>
        <source>ei aikaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="130"/>
        <source>esim. kunnantalo, kokoushuone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="138"/>
        <source>esim. ravitsemusterapeutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="141"/>
        <source>(ei lukua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="153"/>
        <source>Yksi tavara riville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="157"/>
        <source>Yksi kysymys riville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="162"/>
        <source>Kerran jälkeen: mitä tapahtui, mikä toimi, mitä muutetaan ensi kerralla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="164"/>
        <source>Tallenna muutokset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="175"/>
        <source>klo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="178"/>
        <source>Kerran tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="180"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="181"/>
        <source>Paikka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="182"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="183"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="184"/>
        <source>Työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="185"/>
        <source>Asiantuntija (ehdotus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="190"/>
        <source>Lomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="191"/>
        <source>Mukaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="192"/>
        <source>Keskustelu­kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="199"/>
        <source>Osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="199"/>
        <source>Otsikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="199"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="199"/>
        <source>Mitä tehdään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="214"/>
        <source>Lisää osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="217"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="544"/>
        <source>Poista osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="220"/>
        <source>▲ Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="223"/>
        <source>▼ Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="236"/>
        <source>Kerran kulku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="249"/>
        <source>Lisää verkko-osoite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="252"/>
        <source>Lisää tiedosto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="255"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="619"/>
        <source>Avaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="257"/>
        <source>Poista linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="269"/>
        <source>Vierailijat ja materiaalit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="272"/>
        <source>Linkit ja tiedostot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="276"/>
        <source>Muistiinpanot kerran jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="280"/>
        <source>Palauta oletussisältö…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="316"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="538"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="628"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="346"/>
        <source>Valitse kerta vasemmalta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="352"/>
        <source>{n}. kerta: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="418"/>
        <source>Yhteensä {t} / {l} min ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="421"/>
        <source>Yhteensä {t} / {l} min – {d} min liikaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="426"/>
        <source>Yhteensä {t} / {l} min – {d} min vapaana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="439"/>
        <source>Tulossa: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="442"/>
        <source> Ehdotus: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="447"/>
        <source>Ei kutsuttuja asiantuntijoita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="449"/>
        <source> Kutsu Asiantuntijat-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="498"/>
        <source>Tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="538"/>
        <source>Valitse ensin osa taulukosta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="541"/>
        <source>Poistetaanko osa ”{title}” ({m} min)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="578"/>
        <location filename="../src/voimaa/ui/session_editor.py" line="583"/>
        <source>Lisää verkko-osoite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="578"/>
        <source>Osoite (esim. https://thl.fi/…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="583"/>
        <source>Nimi, joka näkyy listassa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="595"/>
        <source>Valitse materiaalitiedostot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="595"/>
        <source>Kaikki tiedostot (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="620"/>
        <source>Ei voitu avata: {t}. Tarkista osoite tai tiedoston sijainti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="628"/>
        <source>Valitse ensin linkki listasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="641"/>
        <source>Palautetaanko {n}. kerran aihe, tavoitteet, osat, materiaalit ja kysymykset mallipohjan mukaisiksi?

Päivä, aika, paikka, linkit, kutsutut asiantuntijat ja muistiinpanot säilyvät. Omat muutoksesi kerran sisältöön korvautuvat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="645"/>
        <source>Palauta oletussisältö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/session_editor.py" line="662"/>
        <source>Oletussisältö palautettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/voimaa/eurohis/settings.py" line="37"/>
        <source>Reliabiliteetin pitää olla vähintään 0 ja pienempi kuin 1 (esim. 0,78).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/settings.py" line="44"/>
        <source>Viitekeskihajonnan pitää olla suurempi kuin 0 (esim. 0,65).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/settings.py" line="48"/>
        <source>Viitekeskihajonta on keskiarvoasteikolla (1–5) enintään 4. Tarkista luku.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigninPdf</name>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="21"/>
        <source>Läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="22"/>
        <source>Ryhmä: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="31"/>
        <source>klo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="37"/>
        <source>Kerta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="38"/>
        <source>{n} kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="41"/>
        <source>Päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="42"/>
        <source>Paikka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="62"/>
        <source>Nro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="63"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="64"/>
        <source>Allekirjoitus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="95"/>
        <source>Ohjaajat: ____________________________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="101"/>
        <source>Lista sisältää henkilötietoja. Kun läsnäolot on kirjattu Voimaaseen, hävitä lista tietosuojajätteenä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/signin_pdf.py" line="113"/>
        <source>Läsnäololista allekirjoituksille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="67"/>
        <source>Voimaa vertaisuudesta · {n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="91"/>
        <source>{where}: diasarjalta puuttuu session-numero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="98"/>
        <source>{where}: dian {i} tyyppi {kind} on tuntematon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="105"/>
        <source>{where}: dialta {i} puuttuu otsikko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="118"/>
        <source>{where}: diasarjassa ei ole dioja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="130"/>
        <source>Kerralle {n} ei ole diasarjaa. Kerrat ovat 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="163"/>
        <source>sosiaaliohjaaja ja kehittäjä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="164"/>
        <location filename="../src/voimaa/slides/decks.py" line="189"/>
        <source>sovittuna päivänä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="193"/>
        <source>etäyhteydellä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="199"/>
        <source>ryhmän ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="258"/>
        <location filename="../src/voimaa/slides/layout.py" line="208"/>
        <source>Voimaa vertaisuudesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="268"/>
        <source>Ryhmällä ei ole kertaa {n}. Kerrat ovat 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="278"/>
        <source>{n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/layout.py" line="255"/>
        <location filename="../src/voimaa/slides/layout.py" line="281"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/layout.py" line="290"/>
        <source>Keskustellaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/layout.py" line="294"/>
        <source>Tehtävä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="126"/>
        <source>Diat voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlidesPdf</name>
    <message>
        <location filename="../src/voimaa/export/slides_pdf.py" line="50"/>
        <source>{n}. kerta: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/slides_pdf.py" line="54"/>
        <source>Diat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../src/voimaa/store.py" line="138"/>
        <source>Tietokanta on toisen ohjelman käytössä: sulje toinen Voimaa-ikkuna ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="144"/>
        <source>Tietokantaan {path} ei voi kirjoittaa: kansio tai tiedosto on vain luku -tilassa tai oikeudet puuttuvat. Tarkista oikeudet tai valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="150"/>
        <source>Tietokantaa {path} ei voi avata. Tarkista, että kansio on olemassa ja että sinulla on siihen luku- ja kirjoitusoikeus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="156"/>
        <source>Levyn lukeminen tai kirjoittaminen epäonnistui ({path}). Tarkista levy tai siirrettävä asema ja yritä uudelleen; tiedostoa ei siirretty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="162"/>
        <source>Levy on täynnä: muutosta ei tallennettu ja aiemmat tiedot ovat ennallaan. Vapauta levytilaa ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="168"/>
        <source>Tietokanta on vioittunut. Sulje Voimaa ja avaa se uudelleen, niin tietokanta tarkistetaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="173"/>
        <source>Tietokannan käsittely epäonnistui ({path}). Yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="555"/>
        <source>Tietokannan kansio puuttuu: anna kansion nimi (nyt tyhjä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="562"/>
        <source>Tietokansiota ei voi luoda: {path} ({reason}). Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="568"/>
        <source>{path} ei ole kansio. Valitse tietokannalle kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="637"/>
        <source>Tiedosto {path} on jonkin muun ohjelman tietokanta, ei Voimaan. Sitä ei muutettu. Siirrä se pois kansiosta tai valitse Voimaalle toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="645"/>
        <source>Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokanta tarkistettiin kokonaan: virheitä ei löytynyt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="657"/>
        <source>Tietokannan luonti oli jäänyt kesken. Keskeneräinen tiedosto siirrettiin talteen nimellä {moved}, ja ohjelma aloitti uuden tietokannan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="679"/>
        <source>Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} eikä sitä ole poistettu. Varmuuskopioita ei ole, joten ohjelma aloitti uuden tyhjän tietokannan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="685"/>
        <source>Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} eikä sitä ole poistettu. Uusin varmuuskopio on {backup} ({when}); palauta se komennolla voimaa restore, ennen kuin lisäät uusia tietoja. Ohjelma aloitti uuden tyhjän tietokannan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="720"/>
        <source>Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokannan tarkistus löysi vian hakemistoissa ({found}); hakemistot rakennettiin uudelleen, eikä tietoja kadonnut. Kopio ennen korjausta: {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="761"/>
        <source> Varmuuskopio ennen päivitystä: {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="766"/>
        <source>Tietokannan päivitys epäonnistui ({reason}). Tietokanta jäi ennalleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="746"/>
        <source>Tietokanta on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa ennen kuin avaat sen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="31"/>
        <location filename="../src/voimaa/ui/dialogs/templates.py" line="83"/>
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
        <location filename="../src/voimaa/workbook.py" line="103"/>
        <source>{where}: kentän {key} pitää olla lista tekstejä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="113"/>
        <source>{where}: kentässä {key} pitää olla {low}–{high} kohtaa, nyt {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="123"/>
        <source>{where}: kentän {key} pitää olla luku {low}–{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="142"/>
        <source>{where}: kentän {key} pitää olla lista muotoa {{ item = &quot;…&quot;, euros = 100 }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="158"/>
        <source>{where}: tehtävältä puuttuu otsikko (title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="165"/>
        <source>{where}: tuntematon tehtävätyyppi {kind}. Sallitut: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="201"/>
        <source>{where}: asteikolta puuttuu low- tai high-teksti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="233"/>
        <source>{where}: luvulta puuttuu key, number tai title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="243"/>
        <source>{where}: tietoosiolta puuttuu otsikko tai teksti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="250"/>
        <source>{where}: tietoosioita pitää olla 2–4, nyt {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="257"/>
        <source>{where}: tehtäviä pitää olla 3–5, nyt {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="281"/>
        <source>{name}: tiedosto ei ole kelvollista TOMLia ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="291"/>
        <source>Työkirjassa on kaksi lukua samalla tunnisteella ({attr}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/workbook.py" line="310"/>
        <source>Työkirjassa ei ole lukua {ref}. Luvut ovat 1–{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="130"/>
        <source>Työkirjan voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookPdf</name>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="312"/>
        <source>&lt;b&gt;Arvio €&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="313"/>
        <source>&lt;b&gt;Toteutui €&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="332"/>
        <source>&lt;b&gt;Tulot yhteensä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="333"/>
        <source>&lt;b&gt;– Menot yhteensä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="336"/>
        <source>&lt;b&gt;= Rahaa jää käyttöön tai puuttuu&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="358"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="623"/>
        <source>Tulot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="360"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="625"/>
        <source>Tulot yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="364"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="630"/>
        <source>Menot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="366"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="632"/>
        <source>Menot yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="369"/>
        <source>&lt;b&gt;Yhteenveto&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="489"/>
        <source>keskiyö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="490"/>
        <source>keskipäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="500"/>
        <source>&lt;b&gt;Merkitse&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="501"/>
        <source>&lt;b&gt;Oma väri tai merkki&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="581"/>
        <source>&lt;b&gt;€ / kk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="607"/>
        <source>Rahaa puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="609"/>
        <source>Rahaa jää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="667"/>
        <source>Tehtävä {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="690"/>
        <source>&lt;b&gt;Vinkkejä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="714"/>
        <source>Luku {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="754"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="886"/>
        <source>Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="770"/>
        <source>&lt;b&gt;Ohjaajat&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="777"/>
        <source>Ryhmä ja paikkakunta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="778"/>
        <source>Ohjaajat ja yhteystiedot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="783"/>
        <source>Tämä työkirja kuuluu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="821"/>
        <source>&lt;b&gt;Luku&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="822"/>
        <source>&lt;b&gt;Ryhmäkerta&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="823"/>
        <source>&lt;b&gt;Sivu&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="828"/>
        <source>Tämä työkirja kulkee mukanasi ryhmän kahdeksalla kerralla. Jokaisessa luvussa on ensin vähän tietoa ja sitten tehtäviä. Voit kirjoittaa ja piirtää kirjaan vapaasti. Sinun ei tarvitse näyttää kirjaa kenellekään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="835"/>
        <source>Sisällys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="858"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="872"/>
        <source>{title} – työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="897"/>
        <source>{book} – luku {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="900"/>
        <source>Työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="903"/>
        <source>luku {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
