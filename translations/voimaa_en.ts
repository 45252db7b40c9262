<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="25"/>
        <source>Tietoja Voimaasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="27"/>
        <source>&lt;h2&gt;Voimaa {version}&lt;/h2&gt;&lt;p&gt;Työkalu sosiaalisen kuntoutuksen vertaisryhmien ohjaajille (Voimaa vertaisuudesta).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tiedot tallennetaan tälle koneelle:&lt;/b&gt;&lt;br&gt;{path}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Varmuuskopiot:&lt;/b&gt;&lt;br&gt;{backups}&lt;br&gt;Viimeisin varmuuskopio: {last}&lt;/p&gt;&lt;p&gt;Tietokanta ja varmuuskopiot ovat salattuja (SQLCipher); avaintiedosto on tietokannan vieressä.&lt;/p&gt;&lt;p&gt;Tiedot ovat arkaluonteisia. Älä tallenna kansiota verkkolevylle tai pilvipalveluun.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="48"/>
        <source>Lisenssit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLog</name>
    <message>
        <location filename="../src/voimaa/access_log.py" line="60"/>
        <source>Vienti tai tulostus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="62"/>
        <source>Poisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="64"/>
        <source>Tuonti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="66"/>
        <source>Tallennetun lomakkeen muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="68"/>
        <source>Varmuuskopion palautus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="70"/>
        <source>Tunnuslauseen vaihto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="71"/>
        <source>Muu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="77"/>
        <source>Läsnäolotaulukko viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="78"/>
        <source>Läsnäololista tulostettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="79"/>
        <source>Budjetti viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="80"/>
        <source>Ryhmän raportti viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="81"/>
        <source>Koordinaattorin tiedosto viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="82"/>
        <source>Yhteenveto viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="83"/>
        <source>EUROHIS-8-lomakkeet tulostettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="84"/>
        <source>Palautelomakkeet tulostettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="85"/>
        <source>Diat viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="86"/>
        <source>Työkirja viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="87"/>
        <source>Ryhmän suunnitelma viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="88"/>
        <source>Todistukset tulostettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="89"/>
        <source>Tapahtumaloki viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="90"/>
        <source>Osallistujan tiedot poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="91"/>
        <source>Ryhmä poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="92"/>
        <source>Ryhmän tiedosto tuotu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="93"/>
        <source>EUROHIS-8-lomaketta muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="94"/>
        <source>EUROHIS-8-lomake poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="95"/>
        <source>Palautetta muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="96"/>
        <source>Palaute poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="97"/>
        <source>Varmuuskopio palautettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="98"/>
        <source>Ryhmä luotu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="99"/>
        <source>Ryhmä nimetty uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="100"/>
        <source>Ryhmän tietoja muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="101"/>
        <source>Ryhmä arkistoitu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="102"/>
        <source>Ryhmä palautettu arkistosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="103"/>
        <source>Esimerkkiryhmä luotu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="104"/>
        <source>Asetusta muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="105"/>
        <source>Tuotu ryhmä poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="106"/>
        <source>Asiantuntija poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="107"/>
        <source>Budjettiluokka poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="108"/>
        <source>Ohjelmapohja tallennettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="109"/>
        <source>Ohjelmapohja poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="110"/>
        <source>Kerran sisältö palautettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="111"/>
        <source>Tunnuslause vaihdettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="112"/>
        <source>Koodit ja nimet -lista tallennettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="113"/>
        <source>Yksilötyön jaksot viety koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="116"/>
        <source>Esimerkkibudjetti viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="117"/>
        <source>Yksilötyön jakson yhteenveto viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="118"/>
        <source>Yksilötyön palautelomake tallennettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="121"/>
        <source>Yksilötyön palautteiden yhteenveto viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="124"/>
        <source>Budjettirivi poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="125"/>
        <source>Kerta siirretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="126"/>
        <source>Palautelomakkeen oletus muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="127"/>
        <source>Palautelomaketta muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="128"/>
        <source>Yksilötyön jaksot tuotu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="129"/>
        <source>Asiakkaan tiedot poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="130"/>
        <source>Yksilötyön jakso päätetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="131"/>
        <source>Yksilötyön jakso avattu uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="132"/>
        <source>Jakson tavoitetta muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="133"/>
        <source>Jakson tavoite poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="134"/>
        <source>Tapaamista muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="135"/>
        <source>Tapaaminen poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="136"/>
        <source>Jakson päättämistietoja muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="137"/>
        <source>Tavoitteen arviota muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="138"/>
        <source>Arviointipalaveria muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="139"/>
        <source>Arviointipalaveri poistettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="249"/>
        <source>osallistujakoodi {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="253"/>
        <source>ryhmä {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="258"/>
        <source>aikaväli {since}–{until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/access_log.py" line="263"/>
        <source>kaikki tapahtumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="582"/>
        <source>Tapahtumalokin voi viedä vain .xlsx- tai .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="42"/>
        <location filename="../src/voimaa/ui/access_log.py" line="127"/>
        <location filename="../src/voimaa/ui/access_log.py" line="133"/>
        <source>Tapahtumaloki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="47"/>
        <source>Kuka vei, tulosti, poisti, toi tai muutti tietoja ja milloin. Lokissa ei ole nimiä eikä muistiinpanoja; osallistuja näkyy koodilla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="54"/>
        <source>Kaikki ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="58"/>
        <source>Osallistujakoodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="60"/>
        <source>Kaikki tapahtumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="63"/>
        <source>Aikaväli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="89"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="91"/>
        <source>Tallenna PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="95"/>
        <source>Sulje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="126"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="126"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="133"/>
        <source>Tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLogExport</name>
    <message>
        <location filename="../src/voimaa/export/access_log_pdf.py" line="24"/>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="52"/>
        <source>Tapahtumaloki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_pdf.py" line="29"/>
        <source>Ei tapahtumia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_pdf.py" line="49"/>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="59"/>
        <source>Rajaus: {filter}. Tehty {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_pdf.py" line="57"/>
        <source>Lokissa ei ole nimiä eikä muistiinpanoja: osallistuja näkyy vain koodilla. »Ryhmän tiedot« tarkoittaa vientiä tai tulostusta, jossa olivat koko ryhmän tiedot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="18"/>
        <source>Aika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="19"/>
        <source>Ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="20"/>
        <source>Käyttäjätunnus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="21"/>
        <source>Tapahtuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="22"/>
        <source>Laji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="23"/>
        <source>Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="24"/>
        <source>Osallistujakoodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="34"/>
        <source>(ryhmän tiedot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="50"/>
        <location filename="../src/voimaa/export/access_log_xlsx.py" line="53"/>
        <source>Voimaa – tapahtumaloki</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="30"/>
        <source>Palautelomakkeen väittämät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="31"/>
        <source>Väittämät on käyty läpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="36"/>
        <source>vastaus {n}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="40"/>
        <source>ei vastausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="42"/>
        <source>ei vielä vastausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="43"/>
        <source>Palaute, väittämä {n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/accessible.py" line="46"/>
        <source>{statement} – {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="90"/>
        <source>esim. 12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="113"/>
        <source>Kirjoita summa, esimerkiksi 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="51"/>
        <source>Tietokanta oli vioittunut, ja ohjelma aloitti tyhjän tietokannan. Uusin varmuuskopio on {when}.

Palautetaanko se? Vioittunut tiedosto säilyy talteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="56"/>
        <source>Palauta varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="70"/>
        <source>Varmuuskopio {when} palautettiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="85"/>
        <location filename="../src/voimaa/ui/app.py" line="111"/>
        <location filename="../src/voimaa/ui/app.py" line="118"/>
        <location filename="../src/voimaa/ui/app.py" line="124"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/app.py" line="86"/>
        <source>Päivittäinen varmuuskopio jäi tekemättä: {reason}</source>
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
    <message>
        <location filename="../src/voimaa/ui/ask.py" line="46"/>
        <source>&amp;Avaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/ask.py" line="49"/>
        <source>&amp;Näytä kansiossa</source>
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
        <location filename="../src/voimaa/export/jobs.py" line="115"/>
        <source>Läsnäolotaulukon voi viedä vain .xlsx- tai .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/attendance.py" line="320"/>
        <source>Ryhmässä ei ole kertaa {n}. Valitse kerta {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="121"/>
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
        <location filename="../src/voimaa/ui/attendance_model.py" line="298"/>
        <source>Läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/attendance_model.py" line="367"/>
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
        <location filename="../src/voimaa/ui/sections/attendance.py" line="266"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="292"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="299"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="52"/>
        <source>Merkitse nuolilla liikkuen: L tai 1 = läsnä, P tai 2 = poissa, I tai 3 = ilmoitettu poissaolo, Delete tyhjentää. Merkinnän jälkeen siirrytään seuraavaan osallistujaan; viimeisen jälkeen Läsnä yhteensä -riville, jossa näppäin ei merkitse mitään. Napsautus valitsee ruudun, kaksoisnapsautus vaihtaa merkintää, oikea painike näyttää vaihtoehdot. Ctrl+Z kumoaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="68"/>
        <source>Seurantaraja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="70"/>
        <source>Seurantaraja (soitetaan, jos osallistunut alle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="83"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="85"/>
        <source>Tallenna PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="87"/>
        <source>Läsnäololista valitulle kerralle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="89"/>
        <source>Tulostettava lista: nimet ja allekirjoitussarake valitun sarakkeen kerralle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="92"/>
        <source>Tyhjä läsnäololista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="152"/>
        <source>Ryhmässä ei ole vielä osallistujia. Lisää heidät Osallistujat-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="159"/>
        <source>Ryhmän osallistumisaste: {rate} merkityistä kerroista ({n} läsnäoloa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="166"/>
        <source>Soita ja kysy kuulumiset (alle {t}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="173"/>
        <source>Kukaan ryhmässä oleva ei ole osallistunut alle {t}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="201"/>
        <source>{name}, {n}. kerta: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="217"/>
        <source>Kerran {n} sarake on käyty läpi; siirry nuolilla seuraavaan kertaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="224"/>
        <source>läsnäolomerkintä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="254"/>
        <source>Excel-tiedosto (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="254"/>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="256"/>
        <source>Vie läsnäolotaulukko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="267"/>
        <source>Viedään läsnäolotaulukkoa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="278"/>
        <source>Läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="279"/>
        <source>Valitse ensin taulukosta kerta (sarake), jolle lista tehdään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="284"/>
        <source>Tallenna läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="293"/>
        <source>Tehdään läsnäololistaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/attendance.py" line="297"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceXlsx</name>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="32"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="39"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="40"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="41"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="43"/>
        <source>{n}. kerta
{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="48"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="49"/>
        <source>Läsnä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="50"/>
        <source>Merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="51"/>
        <source>Osallistumis-%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="52"/>
        <source>Osallistumis-% (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="53"/>
        <source>Soitetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="29"/>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="59"/>
        <source>Läsnäolotaulukko – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="67"/>
        <source>Viety {date} · L = läsnä, P = poissa, I = ilmoitettu poissaolo, tyhjä = ei merkitty (harmaa: ei enää ryhmässä) · seurantaraja {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="108"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="116"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="117"/>
        <source>Poissa yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="119"/>
        <source>Ilmoitettu poissaolo yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="122"/>
        <source>Ei merkitty yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/attendance_xlsx.py" line="135"/>
        <source>Läsnä yhteensä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/voimaa/backups.py" line="107"/>
        <source>Varmuuskopiota {name} ei voi lukea: se on vajaa tai vioittunut, tai sen avain on eri. Nykyiset tiedot ovat ennallaan. Valitse toinen varmuuskopio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeAfterChart</name>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="54"/>
        <source>Ei vielä alku- ja loppumittauksen pareja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="60"/>
        <source>Alku ja loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="73"/>
        <source> (luotettava muutos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="75"/>
        <source>{label}: alussa {before}, lopussa {after}{mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="203"/>
        <source>alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="210"/>
        <source>loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="217"/>
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
        <location filename="../src/voimaa/budget.py" line="200"/>
        <source>{what} ei voi olla negatiivinen. Jos rahaa palautettiin, vähennä palautus saman rivin toteutuneesta summasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="212"/>
        <source>{what} on liian suuri. Tarkista summa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="222"/>
        <source>Kirjoita rivin kuvaus, esimerkiksi ”Kahvi ja pulla”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="225"/>
        <source>Kuvaus on liian pitkä (enintään 1000 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="228"/>
        <source>Tosite ja maksaja saavat olla enintään 200 merkkiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="230"/>
        <source>suunniteltu summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="231"/>
        <source>toteutunut summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="236"/>
        <source>Valittua luokkaa ei ole enää. Valitse luokka uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="242"/>
        <source>Valittua kertaa ei löydy. Valitse kerta uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="257"/>
        <source>Budjettiriviä ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="283"/>
        <source>Rivi on jo budjetissa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="318"/>
        <source>Budjetti ei voi olla negatiivinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="319"/>
        <source>budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="331"/>
        <source>Anna luokalle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="334"/>
        <source>Luokan nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="353"/>
        <source>Luokka ”{name}” on jo olemassa. Valitse toinen nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="362"/>
        <source>Luokkaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/budget.py" line="422"/>
        <source>Luokkien järjestystä ei voitu tallentaa. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="128"/>
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
        <location filename="../src/voimaa/ui/sections/budget.py" line="149"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="617"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="634"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="652"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="663"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="693"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="699"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="159"/>
        <source>Tallenna budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="165"/>
        <source>Ryhmän &amp;budjetti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="178"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="179"/>
        <source>Kuvaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="180"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="286"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="181"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="182"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="286"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="183"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="286"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="184"/>
        <source>Tosite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="185"/>
        <source>Maksaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="199"/>
        <source>Rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="202"/>
        <source>pp.kk.vvvv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="211"/>
        <source>suunniteltu summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="214"/>
        <source>toteutunut summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="227"/>
        <source>Uusi rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="229"/>
        <source>Tallenna rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="232"/>
        <source>Poista rivi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="251"/>
        <source>&amp;Päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="252"/>
        <source>&amp;Kuvaus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="253"/>
        <source>&amp;Luokka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="254"/>
        <source>K&amp;erta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="255"/>
        <source>&amp;Suunniteltu €:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="256"/>
        <source>&amp;Toteutunut €:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="257"/>
        <source>T&amp;osite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="258"/>
        <source>&amp;Maksaja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="282"/>
        <source>Luokittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="286"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="296"/>
        <source>Lisää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="298"/>
        <source>Nimeä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="300"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="302"/>
        <source>Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="304"/>
        <source>Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="320"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="322"/>
        <source>Yhteenveto PDF:nä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="366"/>
        <source>Suunniteltu &lt;b&gt;{planned}&lt;/b&gt; · Toteutunut &lt;b&gt;{actual}&lt;/b&gt; · Jäljellä &lt;b&gt;{remaining}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="409"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="436"/>
        <source>(ei luokkaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="441"/>
        <source>(ei kertaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="474"/>
        <source>Tallenna muutokset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="474"/>
        <source>Lisää rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="507"/>
        <source>Korjaa summa: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="538"/>
        <source>Rivi tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="542"/>
        <source>rivin lisäys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="549"/>
        <source>rivin muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="596"/>
        <source>Poistetaanko rivi ”{d}” ({a})? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="599"/>
        <source>Poista rivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="611"/>
        <source>rivin poisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="644"/>
        <source>Lisää luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="644"/>
        <source>Luokan nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="652"/>
        <location filename="../src/voimaa/ui/sections/budget.py" line="663"/>
        <source>Valitse ensin luokka taulukosta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="655"/>
        <source>Nimeä luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="655"/>
        <source>Uusi nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/sections/budget.py" line="667"/>
        <source>Poistetaanko luokka ”{name}”? Sen %n rivi jää budjettiin ilman luokkaa.|Poistetaanko luokka ”{name}”? Sen %n riviä jäävät budjettiin ilman luokkaa.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="672"/>
        <source>Poista luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="685"/>
        <source>Excel-tiedosto (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="685"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="686"/>
        <source>Vie budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="694"/>
        <source>Viedään budjettia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/budget.py" line="697"/>
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
        <location filename="../src/voimaa/export/budget_xlsx.py" line="137"/>
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
        <location filename="../src/voimaa/export/budget_xlsx.py" line="138"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="29"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="139"/>
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
        <location filename="../src/voimaa/export/budget_xlsx.py" line="45"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="42"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="48"/>
        <source>Budjetti – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="56"/>
        <source>Viety {date} · summat euroina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="77"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="165"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="83"/>
        <source>Yhteensä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="94"/>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="184"/>
        <source>Budjetti (myönnetty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="97"/>
        <source>Jäljellä (budjetti − toteutunut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="102"/>
        <source>Jäljellä (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="125"/>
        <source>Sarake E: budjetti − suunniteltu yhteensä. Sarake F: budjetti − toteutunut yhteensä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="132"/>
        <source>Luokittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="140"/>
        <source>Erotus (toteutunut − suunniteltu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="141"/>
        <source>Suunniteltu (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="142"/>
        <source>Toteutunut (kaava)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/budget_xlsx.py" line="187"/>
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
        <location filename="../src/voimaa/export/jobs.py" line="452"/>
        <source>Osallistumistodistukset voi tulostaa vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="53"/>
        <source>palauta tietokanta varmuuskopiosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="54"/>
        <source>Palauttaa tietokannan varmuuskopiosta (oletus: uusin). Nykyinen tietokanta siirretään talteen, sitä ei poisteta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="62"/>
        <location filename="../src/voimaa/cli/_common.py" line="110"/>
        <location filename="../src/voimaa/cli/reports.py" line="75"/>
        <location filename="../src/voimaa/cli/reports.py" line="95"/>
        <source>TIEDOSTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="63"/>
        <source>palautettava varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="68"/>
        <source>luettele varmuuskopiot, älä palauta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="82"/>
        <source>ryhmiä {groups}, osallistujia {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="86"/>
        <source>ei voi lukea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="93"/>
        <source>Varmuuskopiota ei ole: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="97"/>
        <source>Varmuuskopioita ei ole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="104"/>
        <source>Palautettu varmuuskopiosta {backup}. Aiempi tietokanta on tallessa: {moved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="157"/>
        <source>Voimaa – vertaisryhmän ohjaajan työkalu. Ilman komentoa avaa ohjelman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="165"/>
        <location filename="../src/voimaa/cli/_finnish.py" line="18"/>
        <source>näytä ohjelman versio ja lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="169"/>
        <source>KANSIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="170"/>
        <source>tietokannan kansio (oletus: käyttäjän datakansio tai $VOIMAA_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="175"/>
        <source>KOMENTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="175"/>
        <source>komennot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="179"/>
        <source>vie tiedostoon (PDF tai Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="180"/>
        <source>Vie tiedostoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="183"/>
        <source>MITÄ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="183"/>
        <source>vietävät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="197"/>
        <source>virhe: komentorivillä on merkkejä, jotka eivät ole UTF-8:aa: {text}. Anna nimi uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="210"/>
        <source>virhe: --data-dir on tyhjä: anna tietokannan kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="225"/>
        <source>keskeytetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/__init__.py" line="235"/>
        <source>odottamaton virhe: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="28"/>
        <source>{prog}: virhe: {message} (ohje: {prog} --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="67"/>
        <source>Anna ryhmä: --group RYHMÄ (ryhmän id tai tarkka nimi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="80"/>
        <source>Tiedoston pitää päättyä {suffixes}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="93"/>
        <source>{options} tai {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="99"/>
        <source>Kansiota ei ole: {folder}. Luo kansio tai valitse toinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="111"/>
        <source>tiedosto johon viedään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="119"/>
        <source>RYHMÄ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_common.py" line="120"/>
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
        <location filename="../src/voimaa/cli/core.py" line="15"/>
        <source>luettele ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="16"/>
        <source>Luettelee ryhmät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="21"/>
        <source>lisää valmis esimerkkiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="22"/>
        <source>Lisää valmiin esimerkkiryhmän (Juva, 8 kertaa, keksityt osallistujat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="34"/>
        <source>id	nimi	paikkakunta	alkupäivä	aktiivisia osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="46"/>
        <source>Esimerkkiryhmä lisätty: {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/core.py" line="48"/>
        <source>Esimerkkiryhmä on jo olemassa: {name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="20"/>
        <source>tyhjä EUROHIS-8-lomake PDF:nä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="21"/>
        <source>Tulostettava EUROHIS-8-lomake (A4, iso selkeä teksti). Ryhmän kanssa yksi sivu jokaiselle osallistujalle koodi valmiiksi täytettynä; nimiä ei tulosteta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="31"/>
        <source>mittaus: alku (1. kerta) tai loppu (8. kerta); ryhmän kanssa oletus alku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="38"/>
        <source>lomakeversio: thl_ath (te-muoto, oletus) tai finmonik (käänteinen järjestys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="42"/>
        <location filename="../src/voimaa/cli/eurohis.py" line="62"/>
        <source>PDF-tiedosto johon lomake kirjoitetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="47"/>
        <source>tyhjä nimetön palautelomake PDF:nä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="48"/>
        <source>Tulostettava nimetön palautelomake. Ryhmän kanssa ryhmän oma lomake, muuten uusien ryhmien oletuslomake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="60"/>
        <source>kopioiden määrä (oletus 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="67"/>
        <source>EUROHIS-8: alku- ja loppumittauksen vertailu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="68"/>
        <source>Tulostaa ryhmän EUROHIS-8-muutoksen sarkaimin eroteltuna taulukkona (vain koodit, ei nimiä) ja ryhmän yhteenvedon. p-arvoja ei lasketa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="78"/>
        <source>ota pareihin mukaan arvioidut keskiarvot (jos asetus sallii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="97"/>
        <location filename="../src/voimaa/cli/eurohis.py" line="108"/>
        <source>Lomake kirjoitettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="123"/>
        <source>pari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="125"/>
        <source>vain alku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="127"/>
        <source>vain loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="129"/>
        <source>ei pisteitä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="131"/>
        <source>arvioitu, ei mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="143"/>
        <source>koodi	alku ka	alku summa	loppu ka	loppu summa	muutos	RCI	luotettava	tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="151"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="151"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="154"/>
        <source>alku arvioitu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="156"/>
        <source>loppu arvioitu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/eurohis.py" line="176"/>
        <source>Keskimääräinen muutos kysymyksittäin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="16"/>
        <source>työkirja PDF:ksi (koko kirja tai yksi luku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="17"/>
        <source>Vie Voimaa vertaisuudesta -työkirjan tulostettavaksi A4-PDF:ksi. Ryhmän kanssa kanteen tulevat ryhmän nimi, paikkakunta, ohjaajat ja päivät; ilman ryhmää kirja on yleinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="27"/>
        <source>vain yksi luku monisteeksi (numero 1–8 tai tunniste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="30"/>
        <location filename="../src/voimaa/cli/program.py" line="43"/>
        <location filename="../src/voimaa/cli/program.py" line="63"/>
        <location filename="../src/voimaa/cli/program.py" line="77"/>
        <source>PDF-tiedosto johon viedään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="35"/>
        <source>työkirjan esimerkkibudjetti monisteeksi (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="36"/>
        <source>Vie talousluvun esimerkkibudjetin (pienituloisen kuukausibudjetti) yhden sivun monisteeksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="48"/>
        <source>yhden kerran diat PDF:ksi (16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="49"/>
        <source>Vie yhden ryhmäkerran diat 16:9-PDF:ksi. Ryhmän kanssa dioihin tulevat ryhmän tiedot ja päivän ohjelma kellonaikoineen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="60"/>
        <location filename="../src/voimaa/cli/roster.py" line="52"/>
        <source>kerran numero 1–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="68"/>
        <source>ohjaajien suunnitelma PDF:ksi (sivu per kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="69"/>
        <source>Vie ryhmän kahdeksan kerran suunnitelman ohjaajille: jokaiselta kerralta päivä, aika, paikka, osat minuutteineen, materiaalit, asiantuntija ja tilaa muistiinpanoille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="94"/>
        <source>Työkirja tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="105"/>
        <source>Esimerkkibudjetti tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="115"/>
        <source>Kerran numeron pitää olla 1–{count}: --session N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="123"/>
        <source>Diat tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/program.py" line="135"/>
        <source>Suunnitelma tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="28"/>
        <source>ryhmän raportti ohjaajille (PDF tai Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="29"/>
        <source>Vie ryhmän raportin: kerrat, läsnäolot, EUROHIS-8, palaute ja budjetti. Osallistujat näkyvät koodeina, ellei anneta --names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="36"/>
        <source>raporttitiedosto: .pdf tai .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="40"/>
        <source>näytä osallistujien nimet koodien lisäksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="46"/>
        <source>koordinaattorin aineisto (ilman nimiä, .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="47"/>
        <source>Vie ryhmän tiedot koordinaattorille ilman nimiä ja muita tunnistetietoja: vain suostumuksen antaneiden koodit, läsnäolot ja EUROHIS-8-vastaukset. Tiedostoon lisätään .zip, jos se puuttuu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="16"/>
        <source>luettele yksilötyön jaksot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="17"/>
        <source>Luettelee yksilötyön jaksot: jakso (koodi/numero), asiakas, paikkakunta, alku ja loppu, vaihe, tavoitteet ja tapaamiset. Käynnissä olevat ensin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="26"/>
        <source>vain käynnissä olevat jaksot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="32"/>
        <source>yksilötyön jakson yhteenveto (.pdf tai .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="33"/>
        <source>Vie jakson yhteenvedon asiakkaalle ja omatyöntekijälle: tavoitteet ja arviot, tapaamiset, EUROHIS-8 ja tulos. Muistiinpanot vain, jos annetaan --notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="42"/>
        <source>JAKSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="43"/>
        <source>jakso: asiakkaan koodi ja jakson numero, esim. K7M2-Q/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="48"/>
        <source>ota mukaan tapaamisten ja arviointien muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="50"/>
        <source>tiedosto: .pdf tai .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="55"/>
        <source>yksilötyön jaksot koordinaattorille (ilman nimiä, .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="56"/>
        <source>Vie yksilötyön jaksot koordinaattorille ilman nimiä, tavoitteiden sanamuotoja ja muistiinpanoja: päivät, vaiheet, tapaamisten määrä ja tulos; arviot ja EUROHIS-8-vastaukset vain suostumuksen antaneilta koodilla. Tiedostoon lisätään .zip, jos se puuttuu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="66"/>
        <source>PAIKKAKUNTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="67"/>
        <source>vain tämän paikkakunnan jaksot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="69"/>
        <location filename="../src/voimaa/cli/reports.py" line="55"/>
        <source>tiedosto johon viedään (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="82"/>
        <source>Yksilötyön jaksoja ei ole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="95"/>
        <source>tavoitteita {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="96"/>
        <source>tapaamisia {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="111"/>
        <source>Jakson yhteenveto tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/individual.py" line="124"/>
        <source>Jaksot tallennettu koordinaattorille: {path} ({n} jaksoa, joista {m} suostumuksella arvioineen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="59"/>
        <source>ota mukaan palautteen avoimet vastaukset (oletus: ei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="65"/>
        <source>tuo ryhmien koordinaattorivientejä koordinaattorin tietokantaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="66"/>
        <source>Tuo koordinaattorivientejä (.zip). Saman ryhmän uusi tuonti korvaa aiemman. Kelvoton tiedosto hylätään eikä se muuta mitään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="76"/>
        <location filename="../src/voimaa/cli/reports.py" line="96"/>
        <source>koordinaattorivienti (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="82"/>
        <source>yhdistä koordinaattoriviennit yhdeksi raportiksi (ei käytä tietokantaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="85"/>
        <source>Lukee koordinaattoriviennit ja kirjoittaa yhteenvedon (.xlsx tai .pdf): ryhmät, osallistujat, läsnäolo ja EUROHIS-8-muutos kaikkiaan, paikkakunnittain ja kysymyksittäin. Alle 3 henkilön solut piilotetaan. Omaa tietokantaa ei avata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="98"/>
        <source>yhteenveto: .xlsx tai .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="111"/>
        <source>Raportti tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="125"/>
        <source>Koordinaattorin aineisto tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="127"/>
        <source>Mukana %n osallistuja (suostumus); ilman suostumusta jätettiin pois {left_out}.|Mukana %n osallistujaa (suostumus); ilman suostumusta jätettiin pois {left_out}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="133"/>
        <source>Palautteita {n}, avoimet vastaukset mukana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="135"/>
        <source>Palautteita {n}, ilman avoimia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="148"/>
        <source>{file}: korvasi aiemman tuonnin ({place} {dates}, {n} osall.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="150"/>
        <source>{file}: tuotu ({place} {dates}, {n} osall.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="152"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="156"/>
        <source>{file}: korvasi aiemman tuonnin ({n} yksilötyön jaksoa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/reports.py" line="158"/>
        <source>{file}: tuotu ({n} yksilötyön jaksoa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="165"/>
        <source>%n tiedosto hylättiin; {imported} tuotiin.|%n tiedostoa hylättiin; {imported} tuotiin.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="184"/>
        <source>(%n saman ryhmän ylimääräinen tiedosto ohitettiin)|(%n saman ryhmän ylimääräistä tiedostoa ohitettiin)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/cli/reports.py" line="191"/>
        <source>Yhteenveto %n ryhmästä tallennettu: {path}|Yhteenveto %n ryhmästä tallennettu: {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="16"/>
        <source>läsnäolotaulukko (.xlsx tai .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="17"/>
        <source>Vie ryhmän läsnäolotaulukon Excel- tai PDF-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="20"/>
        <location filename="../src/voimaa/cli/roster.py" line="39"/>
        <source>tiedosto: .xlsx tai .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="25"/>
        <source>PROSENTTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="26"/>
        <source>seurantaraja prosentteina: tätä harvemmin osallistuneet merkitään (oletus 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="35"/>
        <source>budjetti (.xlsx tai .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="36"/>
        <source>Vie ryhmän budjetin Excel-taulukoksi tai PDF-yhteenvedoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="44"/>
        <source>tulostettava läsnäololista allekirjoituksille (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="45"/>
        <source>Tekee kerran läsnäololistan (nimet ja allekirjoitussarake). --blank tekee tyhjän listan, johon osallistujat kirjoittavat nimensä; ilman ryhmää täysin tyhjän.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="53"/>
        <source>tyhjä lista ilman nimiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="54"/>
        <location filename="../src/voimaa/cli/roster.py" line="67"/>
        <source>tiedosto: .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="59"/>
        <source>osallistumistodistukset (.pdf, sivu per osallistuja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="60"/>
        <source>Tekee osallistumistodistuksen jokaiselle, joka on ollut läsnä ainakin kerran: nimi, ryhmä, paikka, päivät, osallistutut kerrat ja ohjaajien allekirjoitukset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="76"/>
        <source>Seurantaraja on prosentti 0–100, esimerkiksi --threshold 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="83"/>
        <source>Läsnäolotaulukko tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="95"/>
        <source>Budjetti tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="105"/>
        <source>Anna ryhmä ja kerta (--group RYHMÄ --session N) tai tee tyhjä lista: --blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="113"/>
        <source>Läsnäololista tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/roster.py" line="125"/>
        <source>Osallistumistodistukset tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="37"/>
        <source>Tunnuslausetta ei annettu; mitään ei avattu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="45"/>
        <source>Uusi tunnuslause: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="50"/>
        <source>Sama tunnuslause uudelleen: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="51"/>
        <source>Tunnuslauseet eivät olleet samat. Yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="54"/>
        <source>Tunnuslausetta ei asetettu; mitään ei tehty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="58"/>
        <source>Tietokanta salataan. Valitse tunnuslause: vähintään 10 merkkiä, mieluiten 4–5 tavallista sanaa, joita ei ole missään muualla käytössä. Jos sekä tunnuslause että palautusavain katoavat, tietoja ei saa enää auki kukaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="70"/>
        <source>Tunnuslause (tyhjä: käytä palautusavainta): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="73"/>
        <location filename="../src/voimaa/cli/_unlock.py" line="134"/>
        <source>Palautusavain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="79"/>
        <source>Tietokantaa ei avattu. Yritä uudelleen; tietoja ei ole muutettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="99"/>
        <source>Palautusavain (kirjoita se paperille ja säilytä lukitussa paikassa; se näytetään vain nyt): {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="112"/>
        <source>vaihda tietokannan tunnuslause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="113"/>
        <source>Vaihtaa tunnuslauseen: tietokantaa ei salata uudelleen, vain avaintiedosto kirjoitetaan. Kysyy vanhan tunnuslauseen (tai palautusavaimen) ja uuden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="122"/>
        <source>unohtunut tunnuslause: anna palautusavain vanhan sijaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="136"/>
        <source>Nykyinen tunnuslause: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="151"/>
        <source>Tunnuslause vaihdettu. Tietokantaa ei tarvinnut salata uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="165"/>
        <source>Kopion tunnuslause (tyhjä: kopion palautusavain): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="168"/>
        <source>Kopion palautusavain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/cli/_unlock.py" line="173"/>
        <source>Kopiota ei avattu; mitään ei palautettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListPdf</name>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="23"/>
        <source>Sisältää henkilötietoja – säilytä lukitussa paikassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="28"/>
        <source>Koodit ja nimet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="48"/>
        <source>Kirjoita tai tarkista lomakkeen koodi tästä listasta, kun jaat EUROHIS-8- tai palautelomakkeet. Lomakkeisiin ei kirjoiteta nimiä. Hävitä lista tietosuojajätteenä, kun lomakkeet on syötetty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="60"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="61"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="62"/>
        <source>Alkulomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="63"/>
        <source>Loppulomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="69"/>
        <source>(lopettanut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/code_list_pdf.py" line="72"/>
        <source>Ryhmässä ei ole osallistujia.</source>
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
        <location filename="../src/voimaa/coordinator/followup.py" line="69"/>
        <source>Paikka puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="96"/>
        <source>kohta {where} ei ole oikeaa muotoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="102"/>
        <source>kenttä {f} puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="113"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla kokonaisluku {lo}–{hi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="131"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla teksti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="142"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla true tai false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="153"/>
        <source>kentän {f} arvo ei kelpaa (pitää olla luettelo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="181"/>
        <source>kentän {f} päivämäärä ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="200"/>
        <source>kentän {f} arvo ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="209"/>
        <source>EUROHIS-8-vastaus {where} ei ole välillä 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="256"/>
        <source>ryhmän tunniste (payload.group_id) ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="272"/>
        <source>sama kerta on tiedostossa kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="279"/>
        <source>osallistujan koodi {where} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="291"/>
        <source>läsnäolo {where} viittaa kertaan, jota ei ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="298"/>
        <source>osallistujalla {where} on kaksi merkintää samalle kerralle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="502"/>
        <source>tiedoston laji (kind) puuttuu tai ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="506"/>
        <source>tiedosto on yksilötyön jaksojen vienti, ei ryhmän vienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="318"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="308"/>
        <source>lomakkeessa {where} ei ole kahdeksaa vastausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="324"/>
        <source>osallistujalla {where} on kaksi samaa mittausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="339"/>
        <source>sama osallistujakoodi on tiedostossa kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="344"/>
        <source>osallistujamäärät eivät täsmää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="362"/>
        <source>avoimet kysymykset ovat mukana, vaikka avoimia vastauksia ei ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="375"/>
        <source>palautteen {where} arviot eivät kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="379"/>
        <source>palautteen {where} avoimet vastaukset eivät kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="386"/>
        <source>palautteen {where} arvio {k} ei ole välillä 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="393"/>
        <source>palautteen {where} vastaus {k} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="424"/>
        <source>palautteen sama kohta on kahdesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="432"/>
        <source>ryhmän alkupäivä on loppupäivän jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="401"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="435"/>
        <source>vientipäivä {d} on tulevaisuudessa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="445"/>
        <source>kerran {n} päivämäärä ei ole ryhmän alku- ja loppupäivän välissä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="452"/>
        <source>kerta {n} on pidetty vientipäivän jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="460"/>
        <source>osallistujan {code} lomake on täytetty vientipäivän jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="473"/>
        <source>osallistujamäärät eivät täsmää osallistujaluettelon kanssa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="485"/>
        <source>tiedosto ei ole Voimaan koordinaattorivienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="490"/>
        <source>tiedoston versiotieto puuttuu tai ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="494"/>
        <source>tiedosto on tehty uudemmalla Voimaan versiolla (muodon versio {v}). Päivitä Voimaa ja tuo tiedosto uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="263"/>
        <source>jakso {where} ei ole johdonmukainen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="271"/>
        <source>asiakkaan koodi {where} ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="337"/>
        <source>jaksossa {where} on arvioita ilman suostumusta (koodia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="372"/>
        <source>tiedosto ei ole yksilötyön jaksojen vienti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="382"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="516"/>
        <source>tarkistussumma ei täsmää: tiedostoa on muutettu tai se on vioittunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="395"/>
        <source>lähteen tunniste (payload.source_id) ei kelpaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/periods.py" line="419"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="531"/>
        <source>määrät eivät täsmää (checks.{key}): tiedostoa on muutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="541"/>
        <source>Tiedostoa {name} ei tuotu: {reason}. Mitään ei muutettu. Pyydä ryhmän ohjaajilta uusi koordinaattorivienti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="553"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="583"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="599"/>
        <source>tiedoston sisältö on liian suuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="571"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="640"/>
        <location filename="../src/voimaa/coordinator/validation.py" line="643"/>
        <source>tiedosto on liian suuri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="576"/>
        <source>tiedostossa on liikaa osia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="579"/>
        <source>tiedostossa on kaksi samannimistä osaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="589"/>
        <source>tiedoston sisältö on epäilyttävän tiiviisti pakattu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="596"/>
        <source>tiedostosta puuttuu osa {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="614"/>
        <source>tiedosto ei ole ehjä zip-tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="616"/>
        <source>tiedoston JSON-osa on vioittunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="618"/>
        <source>tiedostoa ei voi lukea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="623"/>
        <source>tiedostossa on kelvoton luku ({v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="638"/>
        <source>se ei ole tavallinen tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/validation.py" line="661"/>
        <source>tiedostoa ei voi avata ({e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/importing.py" line="172"/>
        <source>Tuotu jaksojen vienti {file} on vioittunut ({reason}). Tuo tiedosto uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/importing.py" line="194"/>
        <source>Tuotu ryhmä {place} on vioittunut ({reason}). Poista se ja tuo tiedosto uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/importing.py" line="222"/>
        <source>Tuotua ryhmää ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/combined.py" line="269"/>
        <source>Kaikki ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="323"/>
        <location filename="../src/voimaa/export/jobs.py" line="522"/>
        <source>Koordinaattorin aineiston tiedoston pitää päättyä .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="332"/>
        <source>Yhteenvedon tiedoston pitää päättyä .xlsx tai .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/followup.py" line="191"/>
        <source>Kaikki paikkakunnat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorFiles</name>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="191"/>
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
        <location filename="../src/voimaa/export/coordinator_combined.py" line="222"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="43"/>
        <source>Ryhmän tunniste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="212"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="255"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="175"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="44"/>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="30"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="213"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="45"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="214"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="46"/>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="32"/>
        <source>Alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="215"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="47"/>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="35"/>
        <source>Päättyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="48"/>
        <source>Viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="74"/>
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
        <location filename="../src/voimaa/export/coordinator_combined.py" line="80"/>
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
        <source>Koordinaattorin aineisto – {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="99"/>
        <source>Tietoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="101"/>
        <source>Tieto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="101"/>
        <source>Arvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="111"/>
        <source>Tiedosto ei sisällä nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen tietoja. Osallistujat näkyvät vain satunnaisina koodeina ja vain, jos he ovat antaneet suostumuksen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="120"/>
        <source>Kerrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="125"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="126"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="167"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="127"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="128"/>
        <source>Asiantuntijoita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="82"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="219"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="179"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="138"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="144"/>
        <location filename="../src/voimaa/export/coordinator_files.py" line="165"/>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="29"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="145"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="146"/>
        <source>Kerta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="147"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="166"/>
        <source>Mittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="168"/>
        <source>Sanamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="170"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="189"/>
        <source>Vastaukset on tallennettu 1 = huonoin … 5 = paras tulostetusta järjestyksestä riippumatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="197"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_files.py" line="199"/>
        <source>Vastaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="118"/>
        <source>Solut, jotka perustuvat 1–2 henkilöön, on piilotettu (&lt;3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="119"/>
        <source>Myös * on piilotettu: muuten piilotetun luvun voisi laskea summasta ja viereisistä soluista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="124"/>
        <source>EUROHIS-8: pisteet ovat kahdeksan kysymyksen keskiarvo (1–5) vain täydellisistä lomakkeista. Muutos lasketaan henkilöiltä, joilla on sekä alku- että loppumittaus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="129"/>
        <source>Luotettava muutos: |RCI| &gt; 1,96; reliabiliteetti r = {r}, keskihajonta {sd} ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="137"/>
        <source>Hyvä elämänlaatu: keskiarvo vähintään 4 (THL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="138"/>
        <source>Osallistujia = ryhmän aloittaneet. Läsnäolo ja EUROHIS-8 vain niiltä, jotka antoivat suostumuksen tietojen luovuttamiseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="148"/>
        <source>Koordinaattorin yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="150"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="151"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="111"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="125"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="137"/>
        <source>Alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="166"/>
        <source>Tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="172"/>
        <source>Kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="177"/>
        <source>Nro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="178"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="147"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="179"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="220"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="148"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="180"/>
        <source>Parit (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="180"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="149"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="181"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="150"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="182"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="151"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="181"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="196"/>
        <source>EUROHIS-8 kysymyksittäin: alussa ja lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="197"/>
        <source>Keskiarvo (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="207"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="172"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="216"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="177"/>
        <source>Kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="248"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="221"/>
        <source>Seurantaluvut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="254"/>
        <source>Vuosi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="226"/>
        <source>Vuosi ja paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="76"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="217"/>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="178"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="218"/>
        <source>Suostumus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="90"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="221"/>
        <source>Muutos, keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="34"/>
        <source>Päätöksiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="35"/>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="72"/>
        <source>Ryhmiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="36"/>
        <source>Ryhmäläisiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="37"/>
        <source>Jaksoja alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="38"/>
        <source>Jaksoja päättyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="39"/>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="36"/>
        <source>Tapaamisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="40"/>
        <source>Tavoitteista saavutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="41"/>
        <source>EUROHIS-8, ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="42"/>
        <source>EUROHIS-8, jaksot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/coordinator/presenting.py" line="56"/>
        <source>Seurantaluvut vuosittain: päätökset päätöspäivän, ryhmät ensimmäisen kerran, jaksot alku- ja loppupäivän ja tapaamiset tapaamispäivän mukaan. Tavoitteiden osuus ja jaksojen EUROHIS-8-muutos lasketaan vuonna päättyneistä jaksoista. Muutos = loppu − alku (asteikko 1–5). &lt;3 = alle kolme henkilöä, * = piilotettu suojaamaan &lt;3-solua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="78"/>
        <source>Suostumus luovuttaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="84"/>
        <source>Alku- ja loppumittaus (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="86"/>
        <source>Keskiarvo alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="88"/>
        <source>Keskiarvo lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="92"/>
        <source>Muutos, mediaani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="94"/>
        <source>Parani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="96"/>
        <source>Ei muutosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="98"/>
        <source>Heikkeni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="100"/>
        <source>Luotettava paraneminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="102"/>
        <source>Luotettava heikkeneminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="104"/>
        <source>Hyvä elämänlaatu alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined.py" line="106"/>
        <source>Hyvä elämänlaatu lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="92"/>
        <source>Voimaa-ryhmät: koordinaattorin yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="97"/>
        <source>{g} ryhmää · {p} osallistujaa · tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="106"/>
        <source>Ryhmät, osallistujat ja läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="120"/>
        <source>EUROHIS-8: muutos alusta loppuun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="143"/>
        <source>EUROHIS-8 kysymyksittäin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="176"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_combined_pdf.py" line="203"/>
        <source>Menetelmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="25"/>
        <source>Yksilötyön jaksot koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="27"/>
        <source>Jaksot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="31"/>
        <source>Päätös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="33"/>
        <source>Työskentelyvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="34"/>
        <source>Päätösvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="37"/>
        <source>Ensimmäiset 6 kk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="38"/>
        <source>Tavoitteita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="39"/>
        <source>EUROHIS-8 alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="40"/>
        <source>EUROHIS-8 lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="41"/>
        <source>Tulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="42"/>
        <source>Jatko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="46"/>
        <source>(ei suostumusta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/coordinator_periods.py" line="67"/>
        <source>Tiedosto ei sisällä nimiä, tavoitteiden sanamuotoja, muistiinpanoja eikä tapaamisten tietoja. Arviot ja EUROHIS-8-vastaukset ovat mukana vain suostumuksen antaneilta, heidän satunnaisella koodillaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="49"/>
        <source>Voimaa – koordinaattori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="55"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Koordinaattorin yhteenveto&lt;/h2&gt;&lt;p&gt;Tuo ryhmien koordinaattoriaineistot (.zip) eri koneilta ja paikkakunnilta. Saman ryhmän uusi tuonti korvaa aiemman. Yhteenvedossa alle 3 henkilön luvut näkyvät muodossa &amp;lt;3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="68"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="69"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="70"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="71"/>
        <source>Kertoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="72"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="73"/>
        <source>Viety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="74"/>
        <source>Tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="89"/>
        <source>Tuo aineistoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="92"/>
        <source>Poista valittu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="95"/>
        <source>Tallenna yhteenveto Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="98"/>
        <source>Tallenna yhteenveto PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="114"/>
        <source>Tuodut ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="115"/>
        <source>Seurantaluvut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="134"/>
        <source>Koordinaattori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="139"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="259"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="139"/>
        <source>lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="142"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="142"/>
        <source>(ei paikkaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="158"/>
        <source>Ei tuotuja ryhmiä. Aloita tuomalla aineistoja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="164"/>
        <source>{g} ryhmää ({places}) · {p} osallistujaa · alku- ja loppumittaus {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="186"/>
        <source>Tuo koordinaattorin aineistoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="186"/>
        <source>Voimaa-aineisto (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="215"/>
        <source>Tuonti</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/coordinator_window.py" line="220"/>
        <source>Tuotiin %n ryhmä.|Tuotiin %n ryhmää.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="222"/>
        <source>Yhtään ryhmää ei tuotu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/coordinator_window.py" line="227"/>
        <source>Tuotiin %n yksilötyön jakso.|Tuotiin %n yksilötyön jaksoa.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="232"/>
        <source>{n} niistä korvasi saman ryhmän aiemman tuonnin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="235"/>
        <source>Hylätyt tiedostot (ne eivät muuttaneet mitään):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="242"/>
        <source>Tuodaan aineistoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="256"/>
        <source>Poistetaanko tuotu ryhmä {place} ({dates}) yhteenvedosta? Voit tuoda sen myöhemmin uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="262"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="267"/>
        <source>Poista tuotu ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="278"/>
        <source>Tallenna yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="280"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="280"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="284"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="287"/>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="289"/>
        <source>Yhteenveto tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/coordinator_window.py" line="293"/>
        <source>Tehdään yhteenvetoa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopySecretDialog</name>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="198"/>
        <source>Kopion tunnuslause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="201"/>
        <source>Anna tunnuslause, joka tietokannalla oli kopiota tehtäessä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="206"/>
        <source>Annan kopion palautusavaimen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="250"/>
        <source>Vastausten jakauma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="306"/>
        <source>{label}: {counts}; keskiarvo {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/charts.py" line="332"/>
        <source>ka (n)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../src/voimaa/encryption.py" line="107"/>
        <source>Tietokannan salaaminen epäonnistui: salattu kopio ei vastannut alkuperäistä. Alkuperäinen tietokanta on ennallaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/encryption.py" line="130"/>
        <source>Tietokanta on nyt salattu. Vanhat salaamattomat varmuuskopiot poistettiin tältä koneelta ({n} kpl) ja tilalle tehtiin salattu varmuuskopio. Huom: kopiot, jotka on aiemmin tehty muualle (esim. USB-muistille), eivät ole salattuja – hävitä ne tai säilytä lukitussa paikassa.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="169"/>
        <source>Päätä jakso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="182"/>
        <source>Jakso päättyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="183"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="184"/>
        <source>Jatko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="185"/>
        <source>Jatko tarkemmin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eurohis</name>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="147"/>
        <source>Lomakkeessa on kahdeksan kysymystä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="151"/>
        <source>Vastaus on 1–5 tai tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="154"/>
        <source>Lomakkeessa ei ole yhtään vastausta. Syötä vastaukset tai jätä lomake pois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="331"/>
        <source>Täyttöpäivä {date} on tulevaisuudessa (tänään on {today}). Tarkista päivä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="340"/>
        <source>Täyttöpäivä {date} on kaukana ryhmän kerroista ({first}–{last}). Tarkista päivä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="122"/>
        <source>{form}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="126"/>
        <source>alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="127"/>
        <source>loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="136"/>
        <source>vain alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="140"/>
        <source>vain loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="142"/>
        <source>ei mukana pareissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="258"/>
        <source>Täydellisiä pareja (alku ja loppu): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="259"/>
        <source>Vain yksi lomake: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="263"/>
        <source>Lomake puutteellinen tai arvioitu, ei mukana: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="268"/>
        <source>Muutoksen keskiarvo: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="269"/>
        <source>Muutoksen mediaani: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="270"/>
        <source>Parani: {a} · ennallaan: {b} · heikkeni: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="273"/>
        <source>Luotettava muutos (|RCI| &gt; 1,96): parani {a}, heikkeni {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="277"/>
        <source>Luotettavaa muutosta (RCI) ei voi laskea: keskihajonta on 0 (kaikki alkumittausten keskiarvot ovat samat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="282"/>
        <source>Hyvä elämänlaatu (keskiarvo vähintään 4): alussa {a}, lopussa {b} / {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="285"/>
        <source>Reliabiliteetti r = {r}; keskihajonta SD = {sd} ({desc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="291"/>
        <source>Mukana myös arvioituja keskiarvoja (yksi vastaus puuttui).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/change.py" line="293"/>
        <source>Ryhmä on pieni: p-arvoja ei lasketa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/forms.py" line="443"/>
        <source>Ryhmässä ei ole osallistujia. Tulosta tyhjä lomake ilman ryhmää.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="150"/>
        <source>elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="152"/>
        <source>terveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="154"/>
        <source>tarmo arkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="156"/>
        <source>päivittäiset toimet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="158"/>
        <source>tyytyväisyys itseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="160"/>
        <source>ihmissuhteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="162"/>
        <source>raha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="164"/>
        <source>asuinalue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="262"/>
        <source>yksi vastaus puuttuu (arvioitu keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="263"/>
        <source>yksi vastaus puuttuu (ei pisteitä: arvioitua keskiarvoa ei ole sallittu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="266"/>
        <source>{n} vastausta puuttuu (ei pisteitä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/scoring.py" line="283"/>
        <source>keskihajonta on 0 (n = {n}): luotettavaa muutosta (RCI) ei voi laskea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="394"/>
        <source>EUROHIS-8-lomakkeen voi tulostaa vain .pdf-tiedostoksi.</source>
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
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="159"/>
        <source>Kysymyksittäin (parien keskiarvot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="162"/>
        <source>Osallistujittain (* = luotettava muutos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="192"/>
        <source>Ryhmän muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="239"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="271"/>
        <source>kyllä, parani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="271"/>
        <source>kyllä, heikkeni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="274"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisEntry</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="71"/>
        <source>Alkumittaus (1. kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="72"/>
        <source>Loppumittaus (8. kerta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="122"/>
        <source>Näppäimet: 1–5 vastaa (paperin numerolla) · 0 tai Delete = puuttuu · Enter = tallenna ja seuraava · nuolet ylös/alas = siirry kysymykseen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="136"/>
        <source>Mittaus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="139"/>
        <source>Täyttöpäivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="142"/>
        <source>Lomakeversio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="157"/>
        <source>Osallistujat (koodi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="214"/>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="220"/>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="404"/>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="420"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="237"/>
        <source>Ei osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="253"/>
        <source>{code}   ✓ (puutteellinen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="274"/>
        <source>{n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="282"/>
        <source>Tallennettu lomake – muutos kirjataan lokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="287"/>
        <source>Uusi lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="358"/>
        <source>Keskiarvo {mean} · summa {total}  ({typed}/8 syötetty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="369"/>
        <source>Keskiarvo {mean} · summa {total} · {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="373"/>
        <source> · hyvä elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="374"/>
        <source>Keskiarvo {mean} · summa {total}{good}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="387"/>
        <source>Kysymys {n} on syöttämättä: paina 1–5 tai 0 (puuttuu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="405"/>
        <source>Tallennetaanko lomake tällä päivällä?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_entry.py" line="453"/>
        <source>Kaikki tämän mittauksen lomakkeet on käyty läpi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisFormPdf</name>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="97"/>
        <source>alku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="99"/>
        <source>loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="121"/>
        <source>Koodi: &lt;b&gt;&lt;u&gt;{code}&lt;/u&gt;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="125"/>
        <source>Päivämäärä: &lt;u&gt;{date}&lt;/u&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="188"/>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="210"/>
        <source>EUROHIS-8 – elämänlaatu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="211"/>
        <source>EUROHIS-8-lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/eurohis_form_pdf.py" line="212"/>
        <source>EUROHIS-QOL 8 (WHO, suomennos THL) · {wording}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisPlain</name>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="25"/>
        <source>Muutosta ei voi vielä kertoa: kenelläkään ei ole sekä alku- että loppumittausta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/eurohis/plain.py" line="32"/>
        <source>Vertailussa on %n osallistuja, joka täytti lomakkeen sekä ensimmäisellä että viimeisellä kerralla.|Vertailussa on %n osallistujaa, jotka täyttivät lomakkeen sekä ensimmäisellä että viimeisellä kerralla.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="43"/>
        <source>Keskimäärin elämänlaatu parani {points} pistettä asteikolla 1–5 (1 = huonoin, 5 = paras).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="51"/>
        <source>Keskimäärin elämänlaatu heikkeni {points} pistettä asteikolla 1–5 (1 = huonoin, 5 = paras).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="58"/>
        <source>Keskimäärin elämänlaatu pysyi ennallaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="60"/>
        <source>Parempaan suuntaan meni {a}, ennallaan pysyi {b} ja huonompaan suuntaan meni {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="67"/>
        <source>Sitä, onko jonkun muutos sattumaa suurempi, ei voi arvioida: kaikkien alkumittausten tulokset ovat samat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="75"/>
        <source>{a} osallistujan elämänlaatu parani ja {b} osallistujan heikkeni niin paljon, että muutos tuskin johtuu sattumasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="83"/>
        <source>Kenenkään muutos ei ole niin suuri, että sen voisi varmasti sanoa johtuvan muusta kuin sattumasta. Pienikin muutos voi silti olla ihmiselle tärkeä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="90"/>
        <source>Ryhmä on pieni, joten luvut kertovat tästä ryhmästä, eivät yleisesti kaikista ryhmään osallistuvista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="113"/>
        <source>Keskiarvo (ka) ja summa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="114"/>
        <source>Kahdeksan kysymyksen vastausten keskiarvo asteikolla 1–5 (summa 8–40). Vähintään 4 tarkoittaa hyvää elämänlaatua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="122"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="123"/>
        <source>Loppumittauksen keskiarvo miinus alkumittauksen keskiarvo. Plus tarkoittaa, että elämänlaatu parani, miinus että se heikkeni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="131"/>
        <source>RCI ja luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="132"/>
        <source>RCI vertaa ihmisen muutosta siihen, kuinka paljon vastaukset vaihtelevat muutenkin päivästä toiseen. Kun RCI on yli 1,96 tai alle −1,96, muutos on niin suuri, että se tuskin johtuu sattumasta: sitä kutsutaan luotettavaksi muutokseksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="142"/>
        <source>Reliabiliteetti r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="143"/>
        <source>Kertoo, kuinka johdonmukaisesti lomake mittaa (0–1; EUROHIS-8:lla noin 0,78). Mitä pienempi r, sitä suurempi muutos tarvitaan, ennen kuin sitä voi pitää luotettavana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="152"/>
        <source>Keskihajonta SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="153"/>
        <source>Kertoo, kuinka paljon ihmisten tulokset tavallisesti eroavat toisistaan. Sen avulla arvioidaan, mikä on tavallista vaihtelua ja mikä todellista muutosta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="161"/>
        <source>p-arvoja ei lasketa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="162"/>
        <source>p-arvo kertoisi, voisiko koko ryhmän muutos johtua sattumasta. Enintään kahdeksan hengen ryhmästä sitä ei voi laskea luotettavasti, joten sitä ei näytetä. Luvut kuvaavat tätä ryhmää.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/eurohis/plain.py" line="178"/>
        <source>Mitä tämä tarkoittaa?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="25"/>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="97"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="34"/>
        <source>Lomakkeiden syöttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="35"/>
        <source>Alku ja loppu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="37"/>
        <source>Tulosta ryhmän lomakkeet (koodit valmiina)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="40"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="43"/>
        <source>Koodit ja nimet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="47"/>
        <source>Lista osallistujien koodeista ja nimistä lomakkeiden jakamiseen. Sisältää henkilötietoja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="116"/>
        <source>Koodit ja nimet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="120"/>
        <source>Tallenna koodit ja nimet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="121"/>
        <source>koodit-ja-nimet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="128"/>
        <source>Tehdään listaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="133"/>
        <source>Koodit ja nimet tallennettu: {p}
Lista sisältää henkilötietoja: säilytä se lukitussa paikassa ja hävitä, kun lomakkeet on syötetty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="122"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/eurohis.py" line="97"/>
        <source>Tehdään lomaketta…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EurohisSettingsBox</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="53"/>
        <source>Asetukset (luotettavan muutoksen laskenta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="67"/>
        <source>Salli arvioitu keskiarvo, kun yksi vastaus puuttuu (aina merkitty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="70"/>
        <source>Tallenna asetukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_compare.py" line="75"/>
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
        <location filename="../src/voimaa/experts.py" line="116"/>
        <source>Anna asiantuntijan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="120"/>
        <source>Sähköpostiosoite ”{email}” ei näytä oikealta. Tarkista osoite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="135"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/experts.py" line="146"/>
        <source>Asiantuntijaa ei löydy. Hänet on ehkä poistettu listalta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="49"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="163"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="61"/>
        <source>Hae nimellä, alalla tai organisaatiolla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="67"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="120"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="68"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="121"/>
        <source>Ala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="69"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="122"/>
        <source>Organisaatio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="70"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="123"/>
        <source>Puhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="71"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="124"/>
        <source>Sähköposti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="80"/>
        <location filename="../src/voimaa/ui/sections/experts.py" line="223"/>
        <source>Uusi asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="83"/>
        <source>Poista listalta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="90"/>
        <source>Yhteinen asiantuntijalista (kaikki ryhmät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="101"/>
        <source>esim. ravitsemusterapeutti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="111"/>
        <source>esim. milloin tavoittaa, mitä tuo mukanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="112"/>
        <source>Tallenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="117"/>
        <source>Tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="125"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="136"/>
        <source>Kutsu tämän ryhmän kerroille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="221"/>
        <source>Muokkaa: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="253"/>
        <source>Poistetaanko {name} yhteiseltä listalta?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="256"/>
        <source>Hänet on kutsuttu {n} kerralle. Kutsut poistuvat kaikista ryhmistä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="258"/>
        <source>Poista asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="274"/>
        <source>Valitse ryhmä, niin voit kutsua sen kerroille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="278"/>
        <source>Valitse asiantuntija listasta, niin voit kutsua hänet kerroille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="282"/>
        <source>Rastita kerrat, joille {name} tulee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="293"/>
        <source>  (ehdotus: {e})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="326"/>
        <source>Tähän ryhmään ei ole vielä kutsuttu ketään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/experts.py" line="332"/>
        <source>&lt;b&gt;Tulossa tähän ryhmään&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../src/voimaa/feedback.py" line="113"/>
        <source>Kirjoita {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="116"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="134"/>
        <source>väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="136"/>
        <source>avoin kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="149"/>
        <source>Lomakkeessa pitää olla ainakin yksi väittämä tai kysymys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="181"/>
        <location filename="../src/voimaa/feedback.py" line="195"/>
        <location filename="../src/voimaa/feedback.py" line="210"/>
        <source>Kohtaa ei löydy lomakkeesta. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="291"/>
        <source>Vastauksessa on kohtia, joita lomakkeessa ei ole. Päivitä näkymä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="301"/>
        <source>Väittämän vastaus on 1–5 tai tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="308"/>
        <source>Avoin vastaus on liian pitkä (enintään {n} merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="315"/>
        <source>Lomakkeessa ei ole yhtään vastausta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="336"/>
        <source>Osallistujaa ei löydy tästä ryhmästä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="352"/>
        <source>Palautetta ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/feedback.py" line="493"/>
        <location filename="../src/voimaa/individual/feedback.py" line="64"/>
        <source>Kopioita voi tulostaa 1–50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="139"/>
        <source>Palautelomakkeen voi tulostaa vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="605"/>
        <source>Yksilötyön palautteet voi viedä vain .xlsx-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/feedback.py" line="131"/>
        <source>alle {n} lomaketta: ei näytetä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/feedback.py" line="132"/>
        <source>näytetään vuoden päätyttyä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackEntryWidget</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="82"/>
        <source>Tallenna (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="86"/>
        <source>Uusi lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="89"/>
        <source>Poista lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="95"/>
        <source>Näppäimet: 1–5 vastaa väittämään · 0 tai Delete = ei vastausta tai ”en osaa sanoa” (ei lasketa keskiarvoon) · Enter = avoimiin kysymyksiin (Enter siirtyy seuraavaan, viimeisessä tallentaa) · Ctrl+Enter = tallenna. Palaute tallennetaan nimettömänä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="113"/>
        <source>Täyttöpäivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="128"/>
        <source>Avoimet kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="147"/>
        <source>Tallennetut lomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="191"/>
        <source>Lomake {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="205"/>
        <source>Valitse ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="213"/>
        <source>Uusi lomake (nro {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="222"/>
        <source>Tallennettu lomake – muutos kirjataan lokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="309"/>
        <source>Väittämät on käyty läpi. Enter siirtää avoimiin kysymyksiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="312"/>
        <source>Väittämät on käyty läpi. Enter tallentaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="371"/>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="386"/>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="411"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="402"/>
        <source>Poista palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_entry.py" line="403"/>
        <source>Poistetaanko tämä palautelomake? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFormEditor</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="119"/>
        <source>Ryhmällä on oma kopio palautelomakkeesta. Muutokset koskevat vain tätä ryhmää, ellet tallenna lomaketta uusien ryhmien oletukseksi. Poistetun kohdan vanhat vastaukset säilyvät, mutta niitä ei näytetä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="129"/>
        <source>Väittämät (vastaus 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="130"/>
        <source>Avoimet kysymykset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="142"/>
        <source>Lisää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="143"/>
        <source>Muokkaa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="145"/>
        <source>Ylös</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="146"/>
        <source>Alas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="144"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="157"/>
        <source>Tallenna uusien ryhmien oletukseksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="160"/>
        <source>Palauta oletuslomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="163"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="197"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="207"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="279"/>
        <location filename="../src/voimaa/ui/feedback_views.py" line="283"/>
        <source>Palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="197"/>
        <source>Valitse ensin kohta listasta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="216"/>
        <source>Uusi väittämä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="216"/>
        <source>Uusi avoin kysymys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="218"/>
        <source>Lisää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="233"/>
        <source>Muokkaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="233"/>
        <source>Teksti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="262"/>
        <source>Poista kohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="263"/>
        <source>Poistetaanko lomakkeesta kohta ”{text}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="284"/>
        <source>Lomake tallennettiin uusien ryhmien oletukseksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="293"/>
        <source>Palauta oletuslomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="294"/>
        <source>Korvataanko tämän ryhmän lomake oletuslomakkeella?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackFormPdf</name>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="47"/>
        <source>Ryhmän ilmapiiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="49"/>
        <source>Aiheet ja materiaalit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="51"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="53"/>
        <source>Hyöty minulle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="55"/>
        <source>Käytännön järjestelyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="57"/>
        <source>Yhteinen työskentely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="59"/>
        <source>Tapaamiset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="61"/>
        <source>Väittämät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="188"/>
        <source>Älä kirjoita lomakkeeseen nimeäsi. Rastita jokaisesta väittämästä yksi ruutu: kuinka samaa mieltä olet. Jos et osaa sanoa, rastita ruutu ?.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="203"/>
        <source>Omin sanoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="230"/>
        <source>Palautelomake (nimetön)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/feedback_form_pdf.py" line="231"/>
        <source>Voimaa vertaisuudesta · nimetön palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPoolsDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="168"/>
        <source>Yksilötyön palautteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="171"/>
        <source>Tulosta tyhjä lomake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="174"/>
        <source>Vie Exceliin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="198"/>
        <source>Tallenna palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="206"/>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="223"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="206"/>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="223"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="214"/>
        <source>Tallenna palautteet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="22"/>
        <location filename="../src/voimaa/ui/sections/feedback.py" line="84"/>
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
        <location filename="../src/voimaa/ui/sections/feedback.py" line="85"/>
        <source>Tehdään lomaketta…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSummaryView</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="52"/>
        <source>Avoimet vastaukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="71"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="76"/>
        <source>Palautelomakkeita: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/feedback_views.py" line="88"/>
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
    <name>FirstStartDialog</name>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="63"/>
        <source>Voimaa – tietojen suojaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="77"/>
        <source>Voimaa salaa tietokannan, jotta osallistujien tiedot eivät ole luettavissa, jos kone katoaa tai joutuu vääriin käsiin. Valitse tunnuslause, jolla avaat ohjelman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="86"/>
        <source>Hyvä tunnuslause on pitkä ja helppo muistaa: esimerkiksi neljä tai viisi tavallista sanaa, jotka eivät liity toisiinsa (»sininen kattila hyppää tunturiin«). Vähintään 10 merkkiä. Älä käytä samaa tunnuslausetta muualla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="95"/>
        <source>Tunnuslause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="96"/>
        <source>Sama uudelleen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="103"/>
        <source>Jatka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="105"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="118"/>
        <source>Tämä on palautusavain. Sillä tietokannan saa auki, jos tunnuslause unohtuu. Kirjoita se paperille tai tulosta se, ja säilytä lukitussa laatikossa. Avain näytetään vain nyt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="132"/>
        <source>Tallenna tulostettavaksi (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="137"/>
        <source>Tärkeää: jos sekä tunnuslause että palautusavain katoavat, tietoja ei saa enää auki kukaan – eivät myöskään Voimaan tekijät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="152"/>
        <source>Valmis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="154"/>
        <source>Takaisin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="165"/>
        <source>Tunnuslauseet eivät ole samat. Kirjoita sama kahdesti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="179"/>
        <source>Kirjoita tähän avaimen {n}. ryhmä (viisi merkkiä) paperista, jolle kirjoitit avaimen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="194"/>
        <source>Merkit eivät täsmää avaimeen. Tarkista, mitä kirjoitit paperille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="204"/>
        <location filename="../src/voimaa/ui/unlock.py" line="211"/>
        <location filename="../src/voimaa/ui/unlock.py" line="215"/>
        <source>Palautusavain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="204"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="216"/>
        <source>Tallennettu: {path}. Tulosta se ja poista tiedosto sitten koneelta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTable</name>
    <message>
        <location filename="../src/voimaa/ui/followup_table.py" line="32"/>
        <source>Vuosi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/followup_table.py" line="32"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPad</name>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="182"/>
        <source>puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="220"/>
        <source>EUROHIS-8-lomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="220"/>
        <source>Ei lomaketta auki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="226"/>
        <source>vastaus {n}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="228"/>
        <source>vastaus puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="230"/>
        <source>ei vielä vastausta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="232"/>
        <source>EUROHIS-8, kysymys {n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/eurohis_pad.py" line="233"/>
        <source>{question} – {answer}. Syötetty {done} / {total}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../src/voimaa/formats.py" line="23"/>
        <source>maanantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="24"/>
        <source>tiistai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="25"/>
        <source>keskiviikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="26"/>
        <source>torstai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="27"/>
        <source>perjantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="28"/>
        <source>lauantai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="29"/>
        <source>sunnuntai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="36"/>
        <source>ma</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="37"/>
        <source>ti</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="38"/>
        <source>ke</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="39"/>
        <source>to</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="40"/>
        <source>pe</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="41"/>
        <source>la</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="42"/>
        <source>su</source>
        <comment>short weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="49"/>
        <source>maanantaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="50"/>
        <source>tiistaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="51"/>
        <source>keskiviikkona</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="52"/>
        <source>torstaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="53"/>
        <source>perjantaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="54"/>
        <source>lauantaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="55"/>
        <source>sunnuntaina</source>
        <comment>on that weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="90"/>
        <source>{date} klo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="146"/>
        <source>”{text}” ei ole rahasumma. Kirjoita summa euroina, esimerkiksi 12,50 tai 12 €.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="155"/>
        <source>Summa {text} on liian suuri. Tarkista summa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/formats.py" line="174"/>
        <source>”{text}” ei ole päivämäärä. Kirjoita muodossa 22.11.2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTools</name>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="37"/>
        <source>Muokkaa tavoitetta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="40"/>
        <source>Poista tavoite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="43"/>
        <source>Arviointipalaverit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChecks</name>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="32"/>
        <source>Tapaamisen linkissä on välilyönti, joten se ei ole verkko-osoite. Kopioi koko linkki kokouskutsusta, esimerkiksi {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="41"/>
        <source>Tapaamisen linkin pitää alkaa https:// (tai http://). Kopioi koko linkki kokouskutsusta, esimerkiksi {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="50"/>
        <source>Tapaamisen linkistä puuttuu palvelimen nimi (esimerkiksi teams.microsoft.com). Kopioi koko linkki kokouskutsusta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="89"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="99"/>
        <source>Kirjoita ainakin yhden ohjaajan nimi. Nimi tulee työkirjan kanteen ja todistuksiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="109"/>
        <source>Valitse ensimmäisen kerran päivä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="113"/>
        <source>Ensimmäinen kerta {date} on jo mennyt. Jos ryhmä on jo alkanut, merkitse menneiden kertojen läsnäolot ryhmän luomisen jälkeen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="120"/>
        <source>{n}. kerta {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/group_checks.py" line="130"/>
        <source>Kerta osuu pyhäpäivälle ({dates}). Valitse toinen aloituspäivä tai vahvista, että siirrät kerran myöhemmin.</source>
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
        <location filename="../src/voimaa/export/group_report_pdf.py" line="84"/>
        <source>alussa (keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="85"/>
        <source>lopussa (keskiarvo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="92"/>
        <source>EUROHIS-8-kysymys (1 = huonoin … 5 = paras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="155"/>
        <source>Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="156"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="157"/>
        <source>Toteutus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="158"/>
        <source>Ajankohta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="159"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="161"/>
        <source>Kertoja pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="162"/>
        <source>{held} / {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="167"/>
        <source>Osallistujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="168"/>
        <source>{n} (joista lopettanut {left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="173"/>
        <source>Läsnäolo koko ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="192"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="193"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="194"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="195"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="196"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="223"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="206"/>
        <source>ei pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="210"/>
        <source>Kerrat ja aiheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="218"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="310"/>
        <source>Osallistuja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="220"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="312"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="237"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="246"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="250"/>
        <source>L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo-% = läsnä / merkityt kerrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="263"/>
        <source>EUROHIS-8: alku- ja loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="271"/>
        <source>Keskiarvot kysymyksittäin (parit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="282"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="283"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="317"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="284"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="318"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="285"/>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="319"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="286"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="301"/>
        <source>Koko mittari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="320"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="321"/>
        <source>Tilanne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="327"/>
        <source>luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="339"/>
        <source>Henkilöittäin (keskiarvo 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="353"/>
        <source>Mitä luvut kertovat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="369"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="371"/>
        <source>Palautteita {n}. Asteikko 1 = {low} … 5 = {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="380"/>
        <source>Väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="381"/>
        <source>Ka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="387"/>
        <source>Ei vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="408"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="409"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="410"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="411"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="425"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="432"/>
        <source>Budjetti: suunniteltu ja toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="436"/>
        <source>Budjettiraja {limit} · jäljellä {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="446"/>
        <source>Ryhmän raportti – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="448"/>
        <source>Ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="450"/>
        <source>Tehty {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="462"/>
        <source>Osallistujat näkyvät raportissa koodeina.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_report_pdf.py" line="468"/>
        <source>Voimaa · ryhmän raportti · {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupXlsx</name>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="44"/>
        <source>Ryhmän raportti – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="49"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="55"/>
        <source>Kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="56"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="57"/>
        <source>Aihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="58"/>
        <source>Asiantuntijat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="59"/>
        <source>Pidetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="60"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="88"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="122"/>
        <source>Läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="71"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="285"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="71"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="285"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="76"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="81"/>
        <source>Osallistujat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="83"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="113"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="255"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="85"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="87"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="89"/>
        <source>Merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="90"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="108"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="123"/>
        <source>Läsnäolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="111"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="253"/>
        <source>Nimi (koodi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="121"/>
        <source>Kerta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="135"/>
        <source>Läsnä yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="147"/>
        <source>L = läsnä, P = poissa, I = ilmoitettu poissaolo. Läsnäolo = läsnä / merkityt kerrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="155"/>
        <source>Budjetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="161"/>
        <source>Luokka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="162"/>
        <source>Suunniteltu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="163"/>
        <source>Toteutunut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="164"/>
        <source>Erotus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="176"/>
        <source>Yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="188"/>
        <source>Budjettiraja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="190"/>
        <source>Jäljellä (raja − toteutunut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="196"/>
        <source>Erotus = toteutunut − suunniteltu (positiivinen: yli suunnitelman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="210"/>
        <source>Nro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="211"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="239"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="212"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="263"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="213"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="264"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="214"/>
        <location filename="../src/voimaa/export/group_xlsx.py" line="265"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="215"/>
        <source>Parit (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="229"/>
        <source>Koko mittari (keskiarvo 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="237"/>
        <source>Keskiarvot kysymyksittäin: alussa ja lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="238"/>
        <source>Keskiarvo (1 = huonoin … 5 = paras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="262"/>
        <source>Tilanne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="266"/>
        <source>RCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="267"/>
        <source>Luotettava muutos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="296"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="303"/>
        <source>Väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="304"/>
        <source>Vastauksia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="305"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/group_xlsx.py" line="326"/>
        <source>Palautteita {n}. Asteikko: 1 = {low} … 5 = {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../src/voimaa/groups.py" line="74"/>
        <source>Anna ryhmälle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="77"/>
        <source>Ryhmän nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="133"/>
        <source>Kerran pituuden pitää olla 15–600 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="296"/>
        <source>Ryhmää ”{ref}” ei löydy. Katso ryhmät komennolla: voimaa groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/groups.py" line="302"/>
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
    <name>Individual</name>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="485"/>
        <source>Jakson yhteenvedon voi viedä vain .pdf- tai .xlsx-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="37"/>
        <source>Arvio on kokonaisluku {low}–{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="108"/>
        <source>Kirjoita tavoite asiakkaan omin sanoin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="111"/>
        <location filename="../src/voimaa/individual/goals.py" line="276"/>
        <location filename="../src/voimaa/individual/meetings.py" line="122"/>
        <location filename="../src/voimaa/individual/periods.py" line="117"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="121"/>
        <location filename="../src/voimaa/individual/goals.py" line="197"/>
        <source>Tavoitetta ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="137"/>
        <source>Jaksolla on jo {n} tavoitetta, mikä on enimmäismäärä. Yhdistä tai poista tavoite ennen uuden lisäämistä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="195"/>
        <source>Anna arvio ainakin yhdelle tavoitteelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/goals.py" line="291"/>
        <source>Arviointipalaveria ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/meetings.py" line="54"/>
        <source>Aihe on liian pitkä (enintään 100 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/meetings.py" line="58"/>
        <source>Luettelossa on oltava ainakin yksi aihe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/meetings.py" line="113"/>
        <source>Tapaaminen on jakson ulkopuolella. Tarkista päivämäärä tai jakson alku ja loppu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/meetings.py" line="119"/>
        <source>Tapaamisen pituus on 1–1440 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/meetings.py" line="130"/>
        <source>Työkirjassa ei ole lukua {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/meetings.py" line="146"/>
        <source>Tapaamista ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/periods.py" line="126"/>
        <source>Kirjoita asiakkaan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/periods.py" line="306"/>
        <source>Vaiheiden päivämäärät ovat väärässä järjestyksessä: aloitusvaihe, työskentelyvaihe, päätösvaihe ja jakson loppu seuraavat toisiaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/periods.py" line="318"/>
        <source>Päätöksen voimassaolo ei voi päättyä ennen päätöspäivää.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/individual/periods.py" line="424"/>
        <source>Jaksoa {ref} ei löydy. Anna asiakkaan koodi ja jakson numero, esim. K7M2-Q/1 (luettelo: voimaa periods).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndividualView</name>
    <message>
        <location filename="../src/voimaa/ui/individual/__init__.py" line="28"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/__init__.py" line="32"/>
        <source>Yksilötyö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="49"/>
        <source>Uusi asiakas ja jakso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="52"/>
        <source>Uusi jakso samalle asiakkaalle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="54"/>
        <source>Poista asiakkaan tiedot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="57"/>
        <source>Tapaamisten aiheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="60"/>
        <source>Palautelomake jaksosta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="63"/>
        <source>Palautteet (kooste)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="69"/>
        <source>Yksilötyön jaksot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="148"/>
        <source>Poistetaanko asiakkaan {name} ({code}) kaikki tiedot? Poistuvat {periods} jaksoa, {goals} tavoitetta arvioineen, {meetings} tapaamista muistiinpanoineen, {reviews} arviointipalaveria ja {forms} EUROHIS-8-lomaketta, ja maininnat tapahtumalokista. Tätä ei voi perua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="161"/>
        <source>Poista asiakkaan tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="174"/>
        <source>Tapaamisten aiheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/view.py" line="175"/>
        <source>Aiheet pilkuin eroteltuina:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="560"/>
        <source>Palautusavaimen voi tulostaa vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="145"/>
        <source>Palautusavaimessa on {n} merkkiä, mutta siinä pitää olla 25 (viisi viiden merkin ryhmää). Tarkista avain paperista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="184"/>
        <source>Tunnuslause on liian lyhyt: siinä pitää olla vähintään {n} merkkiä. Käytä mieluummin muutamaa sanaa peräkkäin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="191"/>
        <source>Tunnuslauseessa toistuu sama merkki: sen arvaa helposti. Valitse toinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="195"/>
        <source>Tämä on yleisesti käytetty salasana, jonka arvaa helposti. Valitse toinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="200"/>
        <source>Tunnuslause on pelkkiä numeroita tai merkkijono peräkkäin (kuten 123456789). Valitse muutama sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="226"/>
        <source>Avaintiedostoa {path} ei voi lukea ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="240"/>
        <source>Avaintiedosto {path} on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="350"/>
        <source>Kansiossa on jo avaintiedosto {path}; sitä ei korvattu. Avaa tietokanta sen tunnuslauseella tai palautusavaimella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="457"/>
        <source>Tunnuslausetiedostoa {path} (VOIMAA_PASSPHRASE_FILE) ei voi lukea: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="466"/>
        <source>Tunnuslausetiedosto {path} (VOIMAA_PASSPHRASE_FILE) on tyhjä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="483"/>
        <source>Tietokanta on salattu: anna tunnuslause (tai aseta VOIMAA_PASSPHRASE_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="499"/>
        <source>Palautusavain ei käy tähän tietokantaan. Tarkista avain paperista ja yritä uudelleen. Tietoja ei ole muutettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="504"/>
        <source>Tunnuslause on väärä. Yritä uudelleen, tai avaa tietokanta palautusavaimella. Tietoja ei ole muutettu, eikä yritysten määrää rajoiteta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="512"/>
        <source>Avaintiedosto {path} puuttuu, eikä varmuuskopioiden kansiossa ole sen kopiota. Ilman sitä salattua tietokantaa ei voi avata: kopioi avaintiedosto takaisin (esim. varmuuskopion vierestä nimellä *.avain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="521"/>
        <source>Avaintiedosto {path} on vioittunut. Kopioi sen tilalle varmuuskopioiden kansiosta uusin .avain-tiedosto. Tietokantaan ei ole koskettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="529"/>
        <source>Avaintiedoston {path} tunnuslauseosa on vioittunut. Avaa tietokanta palautusavaimella ja anna uusi tunnuslause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="578"/>
        <source>Levy on täynnä: avaintiedostoa {path} ei voitu kirjoittaa, ja aiemmat tiedot ovat ennallaan. Vapauta levytilaa ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/keys.py" line="585"/>
        <source>Avaintiedostoa {path} ei voitu kirjoittaa ({reason}); aiempi avaintiedosto on ennallaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../src/voimaa/labels.py" line="32"/>
        <source>ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="34"/>
        <source>jonossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="36"/>
        <source>lopettanut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="43"/>
        <source>ei merkitty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="45"/>
        <source>läsnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="47"/>
        <source>poissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="49"/>
        <source>ilmoitettu poissaolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="56"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="58"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="64"/>
        <source>Suunnitteilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="66"/>
        <source>Käynnissä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="68"/>
        <source>Päättynyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="75"/>
        <source>alkumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="77"/>
        <source>loppumittaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="84"/>
        <source>Tietoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="86"/>
        <source>Keskustelua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="88"/>
        <source>Yhteistä tekemistä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="90"/>
        <source>Kahvihetki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="92"/>
        <source>Muu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="99"/>
        <source>THL ATH/FinSote (te-muoto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="101"/>
        <source>THL FinMonik (sinä-muoto, tyytyväisyys käänteisessä järjestyksessä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="110"/>
        <source>THL ATH/FinSote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="112"/>
        <source>THL FinMonik (tyytyväisyys käänteisessä järjestyksessä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="119"/>
        <source>EUROHIS-8-alkukysely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="121"/>
        <source>EUROHIS-8-loppukysely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="123"/>
        <source>Palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="129"/>
        <source>En osaa sanoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="134"/>
        <source>”En osaa sanoa” kirjataan kuten tyhjä: ei vastausta. Sitä ei lasketa keskiarvoon eikä vastausten määrään.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="147"/>
        <source>aloitusvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="149"/>
        <source>työskentelyvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="151"/>
        <source>päätösvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="153"/>
        <location filename="../src/voimaa/labels.py" line="161"/>
        <source>päättynyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="159"/>
        <source>käynnissä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="167"/>
        <source>toimisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="169"/>
        <source>kotikäynti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="171"/>
        <source>etä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="173"/>
        <source>asiointi tai jalkautuva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="179"/>
        <source>alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="181"/>
        <source>arviointipalaverissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="183"/>
        <source>lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="189"/>
        <source>tavoitteet saavutettiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="191"/>
        <source>tavoitteet saavutettiin osittain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="193"/>
        <source>tavoitteita ei saavutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="199"/>
        <source>kuntouttava työtoiminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="201"/>
        <source>työkokeilu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="203"/>
        <source>opiskelu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="205"/>
        <source>työ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="207"/>
        <source>järjestötoiminta tai vertaistuki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="209"/>
        <source>ryhmätoiminta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="211"/>
        <source>muu palvelu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="213"/>
        <source>päättyi ilman jatkoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="215"/>
        <source>muutti pois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/labels.py" line="217"/>
        <source>keskeytyi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderBox</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="67"/>
        <source>työpuhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="70"/>
        <source>työsähköposti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="72"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="73"/>
        <source>Rooli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="74"/>
        <source>Puhelin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="75"/>
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
        <location filename="../src/voimaa/ui/dialogs/about.py" line="68"/>
        <source>Kolmannen osapuolen lisenssit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/about.py" line="74"/>
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
    <message>
        <location filename="../src/voimaa/loaders.py" line="51"/>
        <source>Asiakasta ei löydy. Hänen tietonsa on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/loaders.py" line="61"/>
        <source>Yksilötyön jaksoa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <location filename="../src/voimaa/location.py" line="80"/>
        <source>Tietokannan kansio {path} on pilvipalvelun kansiossa ({cloud}). Palvelu kopioi tiedostot pois koneelta. Siirrä kansio pois (ks. ohje), tai aseta VOIMAA_DATA_DIR paikalliseen kansioon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/location.py" line="89"/>
        <source>Tietokannan kansio {path} on verkkolevyllä. Tiedot kulkevat verkossa ja tietokanta voi vioittua yhteyden katketessa. Käytä tämän koneen omaa levyä.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="56"/>
        <source>Voimaa on lukittu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="59"/>
        <source>Tiedot on piilotettu. Avaa lukitus tunnuslauseella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="65"/>
        <source>Käytä palautusavainta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="72"/>
        <source>Avaa lukitus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="84"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="96"/>
        <source>Avain ei kuulu tähän tietokantaan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="68"/>
        <source>Voimaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="81"/>
        <source>Näytä arkistoidut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="83"/>
        <location filename="../src/voimaa/ui/main_window.py" line="219"/>
        <source>Uusi ryhmä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="86"/>
        <source>Ryhmän tiedot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="89"/>
        <source>Nimeä uudelleen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="91"/>
        <location filename="../src/voimaa/ui/main_window.py" line="336"/>
        <source>Arkistoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="93"/>
        <source>Poista…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="98"/>
        <source>Ryhmät</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="133"/>
        <source>&lt;h2&gt;Tervetuloa Voimaaseen&lt;/h2&gt;&lt;p&gt;Voimaa auttaa vertaisryhmän ohjaajia suunnittelemaan kahdeksan kerran ryhmän, pitämään osallistujat, läsnäolot ja budjetin järjestyksessä sekä kokoamaan EUROHIS-8-mittaukset ja palautteet.&lt;/p&gt;&lt;p&gt;Aloita luomalla ryhmä. Voit myös lisätä valmiin esimerkkiryhmän, jossa kaikki henkilöt ovat keksittyjä.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="143"/>
        <source>Luo ensimmäinen ryhmä…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="145"/>
        <location filename="../src/voimaa/ui/main_window.py" line="223"/>
        <source>Lisää esimerkkiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="166"/>
        <source>Tiedot: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="218"/>
        <source>&amp;Tiedosto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="226"/>
        <source>Varmuuskopioi tietokanta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="229"/>
        <source>Koordinaattori…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="242"/>
        <source>Lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="246"/>
        <source>&amp;Muokkaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="247"/>
        <source>&amp;Kumoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="250"/>
        <source>&amp;Tee uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="255"/>
        <source>&amp;Suojaus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="257"/>
        <source>&amp;Ohje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="258"/>
        <source>Tietoja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="271"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="274"/>
        <source> (arkistoitu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="336"/>
        <source>Palauta arkistosta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="338"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="338"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="346"/>
        <source>Ohjaajat: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="349"/>
        <source>Etälinkki: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="351"/>
        <source>Etälinkki puuttuu (Ryhmän tiedot…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="424"/>
        <source>Nimeä ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="424"/>
        <source>Uusi nimi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="453"/>
        <source>Poistetaanko ryhmä ”{name}” ja kaikki sen tiedot: ohjelma, {n} osallistujan tiedot, läsnäolot, budjetti, EUROHIS-8-lomakkeet ja palautteet?

Poistoa ei voi perua. Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="457"/>
        <source>Poista ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="469"/>
        <source>Varmuuskopioi tietokanta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="471"/>
        <source>SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="487"/>
        <source>Varmuuskopioidaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="493"/>
        <source>Salattu varmuuskopio tallennettu: {p}. Sen vieressä on avaintiedosto (.avain): pidä ne yhdessä. Kopion saa auki nykyisellä tunnuslauseella tai palautusavaimella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="486"/>
        <location filename="../src/voimaa/ui/main_window.py" line="491"/>
        <source>Varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/main_window.py" line="273"/>
        <source>%n osallistuja|%n osallistujaa</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/main_window.py" line="481"/>
        <source>Varmuuskopiointi epäonnistui: {e}. Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEntry</name>
    <message>
        <location filename="../src/voimaa/ui/individual/meeting_entry.py" line="35"/>
        <source>pvm, esim. 2.12.2026 (tyhjä = tänään)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/meeting_entry.py" line="40"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/meeting_entry.py" line="49"/>
        <source>aiheet pilkuin eroteltuina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/meeting_entry.py" line="52"/>
        <source>työkirjan luvut, esim. 2, 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/meeting_entry.py" line="55"/>
        <source>muistiinpano (arkaluonteinen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="100"/>
        <source>Uusi ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="160"/>
        <source>esim. Mikkelin kevään ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="170"/>
        <source>Lähiryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="171"/>
        <source>Etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="125"/>
        <source>Luo ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="116"/>
        <source>‹ Edellinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="119"/>
        <source>Seuraava ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="126"/>
        <source>Peruuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="167"/>
        <source>tai kirjoita paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="173"/>
        <source>Lähiryhmä – tavataan samassa paikassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="175"/>
        <source>Etäryhmä – tavataan verkossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="184"/>
        <source>https://… (etätapaamisen linkki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="189"/>
        <source>Ryhmän nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="190"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="191"/>
        <source>Toimintamuoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="192"/>
        <source>Tapaamisen linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="196"/>
        <source>Ryhmään mahtuu enintään 8 osallistujaa. Etäryhmä on ihmisille, joilla on digitaidot mutta joiden on vaikea lähteä kotoa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="208"/>
        <source>Ensimmäinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="209"/>
        <source>Toinen ohjaaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="212"/>
        <source>Ryhmää ohjaa yleensä pari: kunnan sosiaaliohjaaja ja hankkeen kehittäjä. Etäryhmää voi ohjata yksikin työntekijä. Yhteystiedot tulevat työkirjan kanteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="243"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="261"/>
        <source>Tiedän tämän: siirrän kerran Ohjelma-välilehdellä ryhmän luomisen jälkeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="273"/>
        <source>Ensimmäinen kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="274"/>
        <source>Alkaa klo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="275"/>
        <source>Kerran pituus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="276"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="277"/>
        <source>Kerrat kokoontuvat viikon välein:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="289"/>
        <source>Vaihe 1/3: Ryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="290"/>
        <source>Vaihe 2/3: Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="291"/>
        <source>Vaihe 3/3: Aikataulu ja ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="352"/>
        <source>{weekday}, kokoontuu joka viikko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="358"/>
        <source>{n}. kerta  {wd} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="369"/>
        <source>Voit muuttaa yksittäisiä päiviä myöhemmin Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="372"/>
        <source>⚠ Yksi päivä osuu pyhäpäivälle. Voit siirtää sen ryhmän luomisen jälkeen Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/dialogs/new_group.py" line="377"/>
        <source>⚠ {n} päivää osuu pyhäpäiville. Voit siirtää ne ryhmän luomisen jälkeen Ohjelma-välilehdellä.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="73"/>
        <source>Uusi yksilötyön jakso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="81"/>
        <source>Suostumus arvioiden viemiseen koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="88"/>
        <source>Asiakkaan nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="90"/>
        <source>Omatyöntekijä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="95"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="96"/>
        <source>Päätös sosiaalisesta kuntoutuksesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="97"/>
        <source>Päätöksen numero (vapaaehtoinen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="98"/>
        <source>Aloitusvaihe alkaa</source>
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
        <location filename="../src/voimaa/ui/sections/participants.py" line="338"/>
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
        <location filename="../src/voimaa/ui/sections/participants.py" line="366"/>
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
        <location filename="../src/voimaa/ui/sections/participants.py" line="356"/>
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
        <location filename="../src/voimaa/ui/sections/participants.py" line="272"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="273"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="272"/>
        <source>ei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="290"/>
        <source>Ryhmässä {n} / {max} osallistujaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="294"/>
        <source>, jonossa {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="340"/>
        <source>Osallistuja saa satunnaisen koodin, joka ei riipu nimestä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="347"/>
        <source> {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="348"/>
        <source>ei syytä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="352"/>
        <source>Huomioitavaa on kirjattu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="358"/>
        <source>Palauta ryhmään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="366"/>
        <source>Piilota huomioitavaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="421"/>
        <source>Lisätäänkö {name} jonoon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="423"/>
        <location filename="../src/voimaa/ui/sections/participants.py" line="436"/>
        <source>Ryhmä on täynnä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="448"/>
        <source>Merkitse lopettaneeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="449"/>
        <source>Syy (vapaaehtoinen, esim. aloitti työkokeilun). Päiväksi tulee tämä päivä:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="464"/>
        <source>Poista osallistujan tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="490"/>
        <source>Poistetaanko {name} ({code}) kaikki tiedot pysyvästi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="494"/>
        <source>Poistuu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="496"/>
        <source>• nimi, koodi ja yhteystiedot sekä alkutapaamisen tiedot ({n} täytettyä kenttää)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="498"/>
        <source>• läsnäolomerkinnät: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="499"/>
        <source>• EUROHIS-8-lomakkeet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="500"/>
        <source>• häneen liitetyt palautelomakkeet: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="505"/>
        <source>• maininnat lokissa: {n} (tapahtumat jäävät ilman hänen tietojaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/participants.py" line="511"/>
        <source>Lokiin jää vain tieto, että poisto tehtiin, kuka sen teki ja milloin. Poistoa ei voi perua. Jo tallennetuissa varmuuskopioissa ja viedyissä tiedostoissa tiedot säilyvät, kunnes ne hävitetään.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="228"/>
        <location filename="../src/voimaa/ui/protection.py" line="280"/>
        <source>Vaihda tunnuslause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="235"/>
        <source>Annan palautusavaimen vanhan tunnuslauseen sijaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="241"/>
        <source>Nykyinen tunnuslause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="243"/>
        <source>Uusi tunnuslause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="244"/>
        <source>Uusi uudelleen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="258"/>
        <source>Uudet tunnuslauseet eivät ole samat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="281"/>
        <source>Tunnuslause vaihdettu. Tietokantaa ei tarvinnut salata uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../src/voimaa/export/pdf.py" line="171"/>
        <source>sivu {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDetailsDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="300"/>
        <source>Jakson tiedot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="309"/>
        <source>Suostumus arvioiden viemiseen koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="315"/>
        <source>(ei ryhmässä)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="328"/>
        <source>Omatyöntekijä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="330"/>
        <source>Sama henkilö ryhmässä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="331"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="332"/>
        <source>Päätöspäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="333"/>
        <source>Päätöksen numero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="334"/>
        <source>Päätös voimassa asti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="335"/>
        <source>Aloitusvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="336"/>
        <source>Työskentelyvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="337"/>
        <source>Päätösvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodEditor</name>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="66"/>
        <source>Aloita työskentelyvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="68"/>
        <source>Aloita päätösvaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="70"/>
        <location filename="../src/voimaa/ui/individual/editor.py" line="248"/>
        <source>Päätä jakso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="73"/>
        <source>Yhteenveto PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="75"/>
        <source>Jakson tiedot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="78"/>
        <source>Tulosta työkirjan luku…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="81"/>
        <source>Avaa uudelleen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="104"/>
        <source>Uusi tavoite asiakkaan omin sanoin, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="109"/>
        <source>Arvio alussa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="110"/>
        <source>Arviointipalaveri…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="111"/>
        <source>Arvio lopussa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="119"/>
        <source>Tavoitteet (0–10: kuinka lähellä tavoitetta olen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="132"/>
        <source>EUROHIS-8 alussa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="134"/>
        <source>EUROHIS-8 lopussa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="146"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="147"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="148"/>
        <source>Paikka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="149"/>
        <source>Aiheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="150"/>
        <source>Muistiinpano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="159"/>
        <source>Näytä muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="166"/>
        <source>Poista tapaaminen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="172"/>
        <source>Tapaamiset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="202"/>
        <source>&lt;h3&gt;Valitse jakso tai tee uusi.&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="231"/>
        <source>jatko: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="236"/>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;{name} · {ref}&lt;/h3&gt;{place} · {phase} · alkoi {start}{outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="248"/>
        <source>Muuta tulosta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="264"/>
        <source>Ensimmäiset 6 kk: {n} tapaamista, {per} kuukaudessa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="269"/>
        <source>alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="269"/>
        <source>lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="275"/>
        <source>muutos {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="277"/>
        <source>EUROHIS-8 ei vielä täytetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="286"/>
        <source>(piilotettu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="291"/>
        <source>työkirja {chapters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="346"/>
        <source>Poistetaanko tapaaminen {date}? Poisto kirjataan lokiin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="349"/>
        <source>Poista tapaaminen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="462"/>
        <source>Tallenna työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="470"/>
        <source>Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="470"/>
        <location filename="../src/voimaa/ui/individual/editor.py" line="489"/>
        <source>Tallennettu: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="480"/>
        <source>Tallenna jakson yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="482"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/editor.py" line="489"/>
        <source>Yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodEurohisDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="203"/>
        <source>EUROHIS-8: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="212"/>
        <source>Täytetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="215"/>
        <source>Näppäimet 1–5 vastaavat, 0 = puuttuu, nuolet siirtävät, Enter tallentaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="260"/>
        <source>{typed}/8 syötetty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="263"/>
        <source>Keskiarvo {mean} · summa {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodFeedback</name>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/individual/feedback.py" line="148"/>
        <source>Palaute tallennettu. Paikkakunnalla on tänä vuonna %n lomake.|Palaute tallennettu. Paikkakunnalla on tänä vuonna %n lomaketta.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="235"/>
        <source>Palautteita ei ole vielä tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="241"/>
        <source>Palautteet näytetään paikkakunnittain ja vuosittain, kun lomakkeita on vähintään 3 ja vuosi on päättynyt. Väittämä, johon alle 3 vastasi, näkyy merkillä &lt;3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/individual/feedback.py" line="251"/>
        <source>%n lomake|%n lomaketta</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="258"/>
        <source>Väittämä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="259"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="260"/>
        <source>Vastauksia 1 · 2 · 3 · 4 · 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodFeedbackDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="48"/>
        <source>Yksilötyön palautelomake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="51"/>
        <source>Vastaus tallennetaan ilman yhteyttä asiakkaaseen tai jaksoon: vain paikkakunta ({place}) ja tämä vuosi. Sitä ei voi avata myöhemmin yksin; tulokset näytetään koosteena, kun paikkakunnalla on vuoden aikana vähintään 3 lomaketta ja vuosi on päättynyt. Tarkista vastaukset ennen tallennusta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="66"/>
        <source>Näppäimet 1–5 vastaavat, 0 tai Delete = ei vastausta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodFeedbackXlsx</name>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="15"/>
        <source>Yksilötyön palautteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="17"/>
        <source>Kooste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="22"/>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="39"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="23"/>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="40"/>
        <source>Vuosi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="24"/>
        <source>Lomakkeita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="25"/>
        <source>Näytetään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="33"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="37"/>
        <source>Vastaukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="41"/>
        <source>Väittämä tai kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="43"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_feedback_xlsx.py" line="45"/>
        <source>Vastaus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPdf</name>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="100"/>
        <source>0 = en ole vielä lähtenyt liikkeelle … 10 = olen perillä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="150"/>
        <source>voimassa {date} asti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="157"/>
        <source>Asiakkaan koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="158"/>
        <source>Omatyöntekijä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="159"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="160"/>
        <source>Päätös sosiaalisesta kuntoutuksesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="161"/>
        <source>Aloitusvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="162"/>
        <source>Työskentelyvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="163"/>
        <source>Päätösvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="164"/>
        <source>Jakso päättyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="165"/>
        <source>Vaihe nyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="173"/>
        <source>Tulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="174"/>
        <source>Jatko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="180"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="182"/>
        <source>Tavoitteita ei ole vielä kirjattu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="186"/>
        <source>Tavoite asiakkaan omin sanoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="187"/>
        <location filename="../src/voimaa/export/period_pdf.py" line="305"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="188"/>
        <source>Arvioinnit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="189"/>
        <location filename="../src/voimaa/export/period_pdf.py" line="306"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="206"/>
        <source>Asteikko 0–10: kuinka lähellä tavoitetta olen. ✓ = tavoite saavutettu (viimeisin arvio vähintään 8). Saavutettu {met} / {rated} arvioidusta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="227"/>
        <source>Tapaamiset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="229"/>
        <source>Tapaamisia {n}, yhteensä {hours} tuntia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="237"/>
        <source>Paikka: {places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="247"/>
        <source>Työstetty: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="261"/>
        <source>Työkirjan luvut: {chapters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="270"/>
        <source>Kuukausi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="271"/>
        <source>Ajalla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="272"/>
        <source>Tapaamisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="285"/>
        <source>Tiivis tuki: ensimmäiset kuusi kuukautta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="288"/>
        <source>Keskimäärin {n} tapaamista kuukaudessa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="299"/>
        <source>Elämänlaatu (EUROHIS-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="301"/>
        <source>EUROHIS-8-lomakkeita ei ole tallennettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="304"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="323"/>
        <source>Keskiarvo (summa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="326"/>
        <source>Muutos {change} (asteikko 1–5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="331"/>
        <source>Muutos on luotettava (|RCI| &gt; 1,96).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="333"/>
        <source>Muutos ei ylitä luotettavan muutoksen rajaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="341"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="341"/>
        <source>Muistiinpano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="351"/>
        <source>Arviointipalaveri: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="354"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="356"/>
        <source>Muistiinpanoja ei ole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="362"/>
        <source>Yksilötyön jakso – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="366"/>
        <source>Jakso {ref} · tulostettu {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="384"/>
        <source>Yksilötyön jakson yhteenveto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_pdf.py" line="385"/>
        <source>{code} · yksilötyön jakso</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodXlsx</name>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="17"/>
        <source>Yksilötyön jakso {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="20"/>
        <location filename="../src/voimaa/export/period_xlsx.py" line="24"/>
        <source>Jakso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="22"/>
        <source>Asiakas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="23"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="25"/>
        <source>Omatyöntekijä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="26"/>
        <source>Paikkakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="27"/>
        <source>Päätöspäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="28"/>
        <source>Päätöksen numero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="29"/>
        <source>Päätös voimassa asti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="30"/>
        <source>Aloitusvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="31"/>
        <source>Työskentelyvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="32"/>
        <source>Päätösvaihe alkoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="33"/>
        <source>Jakso päättyi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="34"/>
        <source>Vaihe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="36"/>
        <source>Tulos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="39"/>
        <source>Jatko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="40"/>
        <source>Jatko tarkemmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="41"/>
        <location filename="../src/voimaa/export/period_xlsx.py" line="109"/>
        <source>Tapaamisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="42"/>
        <source>Tapaamisten minuutit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="43"/>
        <source>Tavoitteita saavutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="44"/>
        <source>Tavoitteita arvioitu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="51"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="57"/>
        <source>Tavoite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="58"/>
        <source>Milloin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="59"/>
        <location filename="../src/voimaa/export/period_xlsx.py" line="82"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="60"/>
        <source>Arvio 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="61"/>
        <source>Saavutettu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="72"/>
        <source>kyllä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="80"/>
        <source>Tapaamiset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="83"/>
        <source>Minuutit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="84"/>
        <source>Paikka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="85"/>
        <source>Aiheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="86"/>
        <source>Työkirjan luvut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="89"/>
        <source>Muistiinpano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="101"/>
        <source>Kuusi kuukautta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="106"/>
        <source>Kuukausi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="107"/>
        <source>Alkaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="108"/>
        <source>Päättyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="119"/>
        <source>EUROHIS-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="124"/>
        <source>Kysymys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="125"/>
        <source>Alussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="126"/>
        <source>Lopussa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="135"/>
        <source>Keskiarvo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/period_xlsx.py" line="141"/>
        <source>Muutos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="117"/>
        <source>ei vielä päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="120"/>
        <source>ei vielä aikaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="128"/>
        <source>Etäyhteys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="137"/>
        <source>ei vielä kutsuttu (ehdotus: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="144"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="144"/>
        <source>Aika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="145"/>
        <source>Paikka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="145"/>
        <source>Ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="160"/>
        <source>Linkki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="170"/>
        <source>Asiantuntija</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="197"/>
        <source>&lt;b&gt;Klo&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="198"/>
        <source>&lt;b&gt;Osa&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="199"/>
        <source>&lt;b&gt;Min&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="222"/>
        <source>(kerran pituus {n} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="227"/>
        <source>&lt;b&gt;Yhteensä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="278"/>
        <location filename="../src/voimaa/export/plan_pdf.py" line="365"/>
        <source>{group} · ohjaajien suunnitelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="285"/>
        <source>{n}. kerta: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="292"/>
        <source>Tavoitteet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="298"/>
        <source>Kulku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="303"/>
        <source>{title} (tiedosto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="308"/>
        <source>Lomakkeet: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="311"/>
        <source>Mukaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="316"/>
        <source>Keskustelukysymyksiä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="321"/>
        <source>Muistiinpanot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="327"/>
        <source>Muistiinpanot, {n}. kerta: mitä tapahtui, mitä muutetaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="329"/>
        <source>Lisää muistiinpanoja, {n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="342"/>
        <source>työkirjan luku {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="344"/>
        <source>työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="363"/>
        <source>Ryhmän suunnitelma – {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/plan_pdf.py" line="364"/>
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
    <name>Printing</name>
    <message>
        <location filename="../src/voimaa/ui/printing.py" line="75"/>
        <source>Tulostus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/printing.py" line="80"/>
        <source>Tuloste lähetettiin oletustulostimelle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/printing.py" line="87"/>
        <source>Suoraa tulostusta ei voitu käyttää, joten tuloste avattiin PDF-katseluohjelmaan. Tulosta se sieltä.</source>
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
        <location filename="../src/voimaa/program/editing.py" line="94"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä tekstiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="113"/>
        <source>Anna kerralle aihe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="165"/>
        <source>Osan pituuden pitää olla 0–600 minuuttia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="200"/>
        <source>Tietoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="201"/>
        <source>Keskustelua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="202"/>
        <source>Yhteistä tekemistä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="203"/>
        <source>Kahvihetki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="204"/>
        <source>Uusi osa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="211"/>
        <source>Osaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="225"/>
        <source>Osan otsikko on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="268"/>
        <source>Osien järjestys ei täsmää. Päivitä näkymä ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="309"/>
        <source>Kerralle on jo merkitty läsnäoloja, joten sitä ei voi siirtää. Muokkaa kerran sisältöä sen sijaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="355"/>
        <source>Mallipohjassa ei ole tätä kertaa. Sisältöä ei voi palauttaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="384"/>
        <source>Anna verkko-osoite tai valitse tiedosto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/editing.py" line="405"/>
        <source>Linkkiä ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="263"/>
        <source>Anna mallipohjalle nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="266"/>
        <source>Mallipohjan nimi on liian pitkä (enintään 200 merkkiä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="270"/>
        <source>Tämä nimi on varattu oletusohjelmalle. Valitse toinen nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="294"/>
        <source>Ohjelman mukana tuleva perusohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="314"/>
        <source>Mallipohjaa ei löydy. Se on ehkä poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/program/templates.py" line="323"/>
        <source>Mallipohjaa ei löydy. Se on ehkä jo poistettu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="432"/>
        <source>Suunnitelman voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="54"/>
        <location filename="../src/voimaa/ui/sections/program.py" line="166"/>
        <source>Ohjelma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="70"/>
        <source>▲ Siirrä aiempaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="72"/>
        <source>Vaihda aihe edellisen kerran kanssa; päivät pysyvät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="74"/>
        <source>▼ Siirrä myöhempään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="76"/>
        <source>Vaihda aihe seuraavan kerran kanssa; päivät pysyvät.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="87"/>
        <source>&lt;b&gt;Kahdeksan kertaa&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="99"/>
        <source>Luku monisteeksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="102"/>
        <source>Diat PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="107"/>
        <source>Näyttö, jolla diat näytetään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="108"/>
        <source>▶ Esitä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="113"/>
        <source>Tämä kerta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="117"/>
        <source>Näyttö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="127"/>
        <source>Työkirja PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="130"/>
        <source>Esimerkkibudjetti PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="133"/>
        <source>Ohjaajien suunnitelma PDF:ksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="136"/>
        <source>Tallenna mallipohjaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="139"/>
        <source>Mallipohjat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="177"/>
        <source>{n}: {w}×{h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="191"/>
        <source>ei päivää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="194"/>
        <source>Vieras: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="198"/>
        <source>⏱ osat {t} / {l} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="245"/>
        <source>etäryhmä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="247"/>
        <source>{d} – {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="251"/>
        <source>päivät puuttuvat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="252"/>
        <source>kerta {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/voimaa/ui/sections/program.py" line="259"/>
        <source>⚠ %n kerta vaatii huomiota (päivä).|⚠ %n kertaa vaatii huomiota (päivä).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="312"/>
        <source>Tallenna mallipohjaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="314"/>
        <source>Mallipohjan nimi (esim. Mikkelin malli). Pohjaa voi käyttää uusille ryhmille:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="323"/>
        <source>Mallipohja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="325"/>
        <source>Mallipohja ”{name}” tallennettu. Voit valita sen, kun luot uuden ryhmän.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="346"/>
        <source>Tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="344"/>
        <source>Tehdään PDF:ää…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="355"/>
        <source>Työkirja PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="365"/>
        <source>Esimerkkibudjetti PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="379"/>
        <location filename="../src/voimaa/ui/sections/program.py" line="386"/>
        <source>Luku monisteeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="380"/>
        <source>Tälle kerralle ei ole valittu työkirjan lukua. Valitse luku ensin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="399"/>
        <source>Diat PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/program.py" line="411"/>
        <source>Ohjaajien suunnitelma PDF:ksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="53"/>
        <source>ei vielä yhtään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="54"/>
        <source>{date} klo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="61"/>
        <source>Varmuuskopiot: {folder} (viimeisin: {when})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <location filename="../src/voimaa/ui/individual/chart.py" line="55"/>
        <source>Tavoitteita ei ole vielä arvioitu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="128"/>
        <source>Tavoitteiden arvio {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="135"/>
        <source>Päivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="149"/>
        <source>Muistiinpano (arkaluonteinen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/dialogs.py" line="150"/>
        <source>0 = en ole vielä lähtenyt liikkeelle … 10 = olen perillä</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <location filename="../src/voimaa/ui/feedback_pad.py" line="102"/>
        <source>(ei vastausta)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPdf</name>
    <message>
        <location filename="../src/voimaa/export/recovery_key_pdf.py" line="53"/>
        <source>Palautusavain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/recovery_key_pdf.py" line="66"/>
        <source>Tällä avaimella Voimaan salatun tietokannan saa auki, jos tunnuslause unohtuu. Avaimella voi myös asettaa uuden tunnuslauseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/recovery_key_pdf.py" line="71"/>
        <source>Säilytä tämä paperi lukitussa laatikossa, erillään tietokoneesta. Älä tallenna avainta tietokoneelle, sähköpostiin tai puhelimeen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/recovery_key_pdf.py" line="76"/>
        <source>Jos sekä tunnuslause että tämä avain katoavat, tietoja ei saa enää auki kukaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/recovery_key_pdf.py" line="80"/>
        <source>Tehty {date}. Tietokannan kansio: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/recovery_key_pdf.py" line="92"/>
        <source>Säilytyspaikka:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Remote</name>
    <message>
        <location filename="../src/voimaa/remote.py" line="18"/>
        <source>Palauta lomake vastauskuoressa ilman nimeä ja lähettäjää. Kuoret avataan kaikki kerralla viimeisen palautuspäivän jälkeen, joten vastausta ei voi yhdistää sinuun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/remote.py" line="28"/>
        <source>Lomake palautetaan postitse vastauskuoressa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/remote.py" line="38"/>
        <source>Etäryhmä: lähetä kokouslinkki jokaiselle viimeistään edellisenä päivänä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/remote.py" line="41"/>
        <source>Etäryhmä: postita {what} viimeistään viikkoa ennen tai anna ne alkutapaamisessa. Lähetä kokouslinkki viimeistään edellisenä päivänä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/remote.py" line="47"/>
        <source>Lomakkeet palautetaan postitse vastauskuoressa; palautteen kuoreen ei kirjoiteta lähettäjää.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="135"/>
        <source>Raportin tiedoston pitää päättyä .pdf tai .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="46"/>
        <source>Raportit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="53"/>
        <source>Ryhmän raportti ohjaajille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="56"/>
        <source>Koko ryhmän raportti: kerrat ja aiheet, asiantuntijat, läsnäolot, EUROHIS-8 alussa ja lopussa kaavion kera, palaute ja budjetti. Osallistujat näkyvät koodeina, ellet valitse nimiä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="63"/>
        <source>Näytä osallistujien nimet raportissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="65"/>
        <source>Tallenna raportti PDF-tiedostoksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="68"/>
        <source>Tallenna Excel-työkirjaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="81"/>
        <location filename="../src/voimaa/ui/sections/reports.py" line="269"/>
        <source>Osallistumistodistukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="84"/>
        <source>Todistus jokaiselle, joka osallistui vähintään kerran: nimi, ryhmä, paikkakunta, päivät, kerrat joille osallistui ja ohjaajien allekirjoitukset. Tiedostossa on nimiä: säilytä ja hävitä se huolella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="92"/>
        <source>Tallenna osallistumistodistukset PDF-tiedostoksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="104"/>
        <source>Aineisto alueen koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="107"/>
        <source>Tiedostossa ei ole nimiä, yhteystietoja, muistiinpanoja eikä alkutapaamisen tietoja. Mukana ovat ryhmän paikkakunta, ajankohta ja pidetyt kerrat sekä suostumuksen antaneilta vain koodi, läsnäolot ja EUROHIS-8-vastaukset. Palautteesta tulevat arviot; avoimet vastaukset vain, jos valitset ne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="118"/>
        <source>Koodi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="118"/>
        <source>Nimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="118"/>
        <source>Tila</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="118"/>
        <source>Koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="130"/>
        <source>Ota mukaan palautteen avoimet vastaukset (nimettömät)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="133"/>
        <source>Tallenna koordinaattorin aineisto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="184"/>
        <source>mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="184"/>
        <source>ei suostumusta – ei mukana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="190"/>
        <source>Ryhmässä ei ole vielä osallistujia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="193"/>
        <source>Aineistoon tulee {n} / {total} osallistujan koodi, läsnäolot ja EUROHIS-8. Suostumus merkitään Osallistujat-osiossa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="242"/>
        <source>Ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="246"/>
        <source>Tallenna ryhmän raportti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="248"/>
        <location filename="../src/voimaa/ui/sections/reports.py" line="275"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="248"/>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="259"/>
        <source>Raportti tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="261"/>
        <source>Tehdään raporttia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="273"/>
        <source>Tallenna osallistumistodistukset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="285"/>
        <source>Osallistumistodistukset tallennettu: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="287"/>
        <source>Tehdään todistuksia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="295"/>
        <source>Koordinaattorin aineisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="299"/>
        <source>Tallenna koordinaattorin aineisto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="301"/>
        <source>Koordinaattorin aineisto (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="316"/>
        <source>Koordinaattorin aineisto tallennettu: {p}
Mukana {n} osallistujaa; ilman suostumusta pois jätettiin {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="320"/>
        <source>Avoimet palautevastaukset ovat mukana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/sections/reports.py" line="323"/>
        <source>Tehdään koordinaattorin aineistoa…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="73"/>
        <location filename="../src/voimaa/ui/protection.py" line="157"/>
        <location filename="../src/voimaa/ui/protection.py" line="164"/>
        <location filename="../src/voimaa/ui/protection.py" line="180"/>
        <location filename="../src/voimaa/ui/protection.py" line="189"/>
        <source>Palauta varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="81"/>
        <source>Ennen palautusta nykyiset tiedot varmuuskopioidaan, eikä vanhoja varmuuskopioita poisteta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="90"/>
        <source>Varmuuskopioita ei ole vielä. Ohjelma tekee varmuuskopion kerran päivässä, kun tietoja on muutettu; voit tehdä sen heti valikosta Suojaus → Varmuuskopioi nyt. Toiselta koneelta tai muistitikulta tuotu kopio: Palauta kopio muualta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="101"/>
        <source>Palauta valittu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="105"/>
        <source>Palauta kopio muualta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="108"/>
        <source>Sulje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="118"/>
        <source>{date} klo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="122"/>
        <source>{when} – ei voi lukea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="124"/>
        <source>{when} – ryhmiä {groups}, osallistujia {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="145"/>
        <source>Palautettava kopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="145"/>
        <source>Voimaan varmuuskopio (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="166"/>
        <source>Nykyiset tiedot korvataan varmuuskopion tiedoilla. Nykyisistä tiedoista tehdään ensin varmuuskopio. Jatketaanko?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="189"/>
        <source>Varmuuskopio palautettiin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsDialog</name>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="127"/>
        <source>Arviointipalaverit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="132"/>
        <source>Poista palaveri…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="139"/>
        <source>Palaverit ja niissä annetut arviot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="166"/>
        <source>Poistetaanko arviointipalaveri {date} ja siinä annetut arviot? Poisto kirjataan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="168"/>
        <source>Poista palaveri</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../src/voimaa/roster.py" line="160"/>
        <source>Ryhmässä on jo {n} osallistujaa, mikä on enimmäismäärä, jotta jokainen tulee kuulluksi. Lisää osallistuja jonoon tai siirrä joku ensin pois ryhmästä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="183"/>
        <source>Kirjoita osallistujan nimi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="187"/>
        <source>Teksti on liian pitkä (enintään {n} merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/roster.py" line="211"/>
        <location filename="../src/voimaa/roster.py" line="370"/>
        <source>Syy on liian pitkä (enintään 2000 merkkiä). Lyhennä sitä.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="184"/>
        <source>Koodi- ja nimilistan voi viedä vain .pdf-tiedostoksi.</source>
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
        <location filename="../src/voimaa/slides/decks.py" line="92"/>
        <source>{where}: diasarjalta puuttuu session-numero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="99"/>
        <source>{where}: dian {i} tyyppi {kind} on tuntematon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="106"/>
        <source>{where}: dialta {i} puuttuu otsikko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="119"/>
        <source>{where}: diasarjassa ei ole dioja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="131"/>
        <source>Kerralle {n} ei ole diasarjaa. Kerrat ovat 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="164"/>
        <source>sosiaaliohjaaja ja kehittäjä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="165"/>
        <location filename="../src/voimaa/slides/decks.py" line="190"/>
        <source>sovittuna päivänä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="194"/>
        <source>etäyhteydellä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="200"/>
        <source>ryhmän ohjaajat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="233"/>
        <source>Etäyhteys: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="263"/>
        <location filename="../src/voimaa/slides/layout.py" line="224"/>
        <source>Voimaa vertaisuudesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="273"/>
        <source>Ryhmällä ei ole kertaa {n}. Kerrat ovat 1–8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/decks.py" line="283"/>
        <source>{n}. kerta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/layout.py" line="292"/>
        <location filename="../src/voimaa/slides/layout.py" line="318"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/layout.py" line="327"/>
        <source>Keskustellaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/slides/layout.py" line="331"/>
        <source>Tehtävä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="143"/>
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
        <location filename="../src/voimaa/store.py" line="139"/>
        <source>Tietokanta on toisen ohjelman käytössä: sulje toinen Voimaa-ikkuna ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="145"/>
        <source>Tietokantaan {path} ei voi kirjoittaa: kansio tai tiedosto on vain luku -tilassa tai oikeudet puuttuvat. Tarkista oikeudet tai valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="151"/>
        <source>Tietokantaa {path} ei voi avata. Tarkista, että kansio on olemassa ja että sinulla on siihen luku- ja kirjoitusoikeus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="157"/>
        <source>Levyn lukeminen tai kirjoittaminen epäonnistui ({path}). Tarkista levy tai siirrettävä asema ja yritä uudelleen; tiedostoa ei siirretty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="163"/>
        <source>Levy on täynnä: muutosta ei tallennettu ja aiemmat tiedot ovat ennallaan. Vapauta levytilaa ja yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="169"/>
        <source>Tietokanta on vioittunut. Sulje Voimaa ja avaa se uudelleen, niin tietokanta tarkistetaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="174"/>
        <source>Tietokannan käsittely epäonnistui ({path}). Yritä uudelleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="666"/>
        <source>Tietokantaa {path} ei voi avata tällä avaimella. Joko avaintiedosto voimaa.avain kuuluu toiseen tietokantaan, tai tiedosto on vioittunut alusta. Mitään ei siirretty eikä poistettu. Tarkista, että avaintiedosto on tämän tietokannan oma (esim. varmuuskopion vierestä), tai palauta varmuuskopio komennolla voimaa restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="699"/>
        <source>Tiedosto {name} ei ole Voimaan varmuuskopio. Nykyiset tiedot ovat ennallaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="711"/>
        <source>Varmuuskopio {name} on tehty uudemmalla Voimaan versiolla. Päivitä Voimaa ja palauta se sitten. Nykyiset tiedot ovat ennallaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="722"/>
        <source>Tietokannan kansio puuttuu: anna kansion nimi (nyt tyhjä).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="729"/>
        <source>Tietokansiota ei voi luoda: {path} ({reason}). Valitse toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="735"/>
        <source>{path} ei ole kansio. Valitse tietokannalle kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="863"/>
        <source>Tiedosto {path} on jonkin muun ohjelman tietokanta, ei Voimaan. Sitä ei muutettu. Siirrä se pois kansiosta tai valitse Voimaalle toinen kansio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="871"/>
        <source>Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokanta tarkistettiin kokonaan: virheitä ei löytynyt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="887"/>
        <source>Tietokannan luonti oli jäänyt kesken. Keskeneräinen tiedosto siirrettiin talteen nimellä {moved}, ja ohjelma aloitti uuden tietokannan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="911"/>
        <source>Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} eikä sitä ole poistettu. Varmuuskopioita ei ole, joten ohjelma aloitti uuden tyhjän tietokannan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="917"/>
        <source>Tietokanta oli vioittunut ({reason}). Se siirrettiin talteen nimellä {moved} eikä sitä ole poistettu. Uusin varmuuskopio on {backup} ({when}); palauta se komennolla voimaa restore, ennen kuin lisäät uusia tietoja. Ohjelma aloitti uuden tyhjän tietokannan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="956"/>
        <source>Voimaa ei sulkeutunut viime kerralla hallitusti. Tietokannan tarkistus löysi vian hakemistoissa ({found}); hakemistot rakennettiin uudelleen, eikä tietoja kadonnut. Kopio ennen korjausta: {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="1016"/>
        <source> Varmuuskopio ennen päivitystä: {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="1021"/>
        <source>Tietokannan päivitys epäonnistui ({reason}). Tietokanta jäi ennalleen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/store.py" line="1001"/>
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
    <name>Today</name>
    <message>
        <location filename="../src/voimaa/today.py" line="160"/>
        <source>{n}. kerta {weekday} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="164"/>
        <source>klo {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="184"/>
        <source>Tulosta työkirjan luku monisteeksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="186"/>
        <source>Tulosta läsnäololista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="187"/>
        <source>Tee kerran diat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="189"/>
        <source>Tulosta EUROHIS-8-alkulomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="190"/>
        <source>Tulosta EUROHIS-8-loppulomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="191"/>
        <source>Tulosta palautelomakkeet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="202"/>
        <source>Asiantuntija tulossa: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="211"/>
        <source>Etäyhteys: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="213"/>
        <source>Etälinkki puuttuu: lisää se ryhmän tietoihin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="222"/>
        <source>Merkitse läsnäolot: {n}. kerta {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="230"/>
        <source>Vie aineisto koordinaattorille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="234"/>
        <source>Tänään: {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="236"/>
        <source>Seuraava kerta: {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="240"/>
        <source>Ryhmä on päättynyt {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/today.py" line="244"/>
        <source>Kertojen päivät puuttuvat (Ohjelma).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../src/voimaa/ui/today.py" line="68"/>
        <source>Tänään</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/today.py" line="124"/>
        <source>Ei avoimia tehtäviä.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="229"/>
        <source>Voimaa – avaa tietokanta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="232"/>
        <source>Tietokanta on salattu. Anna tunnuslauseesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="235"/>
        <source>Unohdin tunnuslauseen: käytän palautusavainta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="242"/>
        <source>Avaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="243"/>
        <source>Lopeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="253"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="268"/>
        <source>Palautusavain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/unlock.py" line="270"/>
        <source>Tietokanta avattiin palautusavaimella. Aseta uusi tunnuslause valikosta Suojaus → Vaihda tunnuslause.</source>
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
        <location filename="../src/voimaa/workbook.py" line="336"/>
        <source>Työkirjassa ei ole esimerkkibudjettia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="147"/>
        <source>Työkirjan voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/jobs.py" line="151"/>
        <source>Esimerkkibudjetin voi viedä vain .pdf-tiedostoksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookPdf</name>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="331"/>
        <source>&lt;b&gt;Arvio €&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="332"/>
        <source>&lt;b&gt;Toteutui €&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="351"/>
        <source>&lt;b&gt;Tulot yhteensä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="352"/>
        <source>&lt;b&gt;– Menot yhteensä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="355"/>
        <source>&lt;b&gt;= Rahaa jää käyttöön tai puuttuu&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="377"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="642"/>
        <source>Tulot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="379"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="644"/>
        <source>Tulot yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="383"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="649"/>
        <source>Menot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="385"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="651"/>
        <source>Menot yhteensä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="388"/>
        <source>&lt;b&gt;Yhteenveto&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="508"/>
        <source>keskiyö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="509"/>
        <source>keskipäivä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="519"/>
        <source>&lt;b&gt;Merkitse&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="520"/>
        <source>&lt;b&gt;Oma väri tai merkki&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="600"/>
        <source>&lt;b&gt;€ / kk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="626"/>
        <source>Rahaa puuttuu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="628"/>
        <source>Rahaa jää</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="686"/>
        <source>Tehtävä {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="709"/>
        <source>&lt;b&gt;Vinkkejä&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="733"/>
        <source>Luku {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="773"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="934"/>
        <source>Työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="789"/>
        <source>&lt;b&gt;Ohjaajat&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="796"/>
        <source>Ryhmä ja paikkakunta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="797"/>
        <source>Ohjaajat ja yhteystiedot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="802"/>
        <source>Tämä työkirja kuuluu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="840"/>
        <source>&lt;b&gt;Luku&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="841"/>
        <source>&lt;b&gt;Ryhmäkerta&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="842"/>
        <source>&lt;b&gt;Sivu&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="847"/>
        <source>Tämä työkirja kulkee mukanasi ryhmän kahdeksalla kerralla. Jokaisessa luvussa on ensin vähän tietoa ja sitten tehtäviä. Voit kirjoittaa ja piirtää kirjaan vapaasti. Sinun ei tarvitse näyttää kirjaa kenellekään. Kirjaa voi käyttää myös kahdestaan omatyöntekijän kanssa: luvun 1 alussa kerrotaan miten, ja ryhmää varten tehdyissä tehtävissä on rivi ”Kahdestaan”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="958"/>
        <source>Luku {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="966"/>
        <source>{book} – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="969"/>
        <source>Työkirjan moniste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="856"/>
        <source>Sisällys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="868"/>
        <source>Omia muistiinpanoja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="911"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="924"/>
        <source>{title} – työkirja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="944"/>
        <source>{book} – luku {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="947"/>
        <source>Työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="950"/>
        <location filename="../src/voimaa/export/workbook_pdf.py" line="972"/>
        <source>luku {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="70"/>
        <source>Muokkaa tavoitetta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="71"/>
        <source>Tavoite asiakkaan omin sanoin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="86"/>
        <source>Poistetaanko tavoite {n} ja sen {ratings} arviota? Poisto kirjataan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="89"/>
        <source>Poista tavoite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="102"/>
        <source>Avataanko jakso {ref} uudelleen? Päättymispäivä ja tulos poistetaan. Avaus kirjataan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="104"/>
        <source>Avaa jakso uudelleen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="186"/>
        <source>Tulosta työkirjan luku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/individual/period_tools.py" line="187"/>
        <source>Luvun numero (1–{n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="143"/>
        <source>Nimesi tapahtumalokiin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/access_log.py" line="144"/>
        <source>Nimi, joka kirjataan tapahtumalokiin jokaisen tapahtuman kohdalle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../src/voimaa/ui/individual/feedback.py" line="146"/>
        <source>Palaute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../src/voimaa/ui/lock.py" line="165"/>
        <source>Lukitse nyt (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="288"/>
        <location filename="../src/voimaa/ui/protection.py" line="291"/>
        <source>Varmuuskopio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="292"/>
        <source>Varmuuskopio tehty: {path}
{status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="307"/>
        <source>Lukitusaika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="308"/>
        <source>Lukitse, kun ohjelmaa ei ole käytetty (minuuttia):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="328"/>
        <source>Tapahtumaloki…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="329"/>
        <source>Nimesi tapahtumalokiin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="330"/>
        <source>Lukitusaika…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="331"/>
        <source>Vaihda tunnuslause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="332"/>
        <source>Varmuuskopioi nyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/voimaa/ui/protection.py" line="333"/>
        <source>Palauta varmuuskopio…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
