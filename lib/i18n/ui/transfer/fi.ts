/** Words for moving maps in and out, in Finnish. */
import type { TransferCatalog } from './index';

export const transferFi: TransferCatalog = {
  // Where a problem is
  'transfer.where.row': 'Rivi {row}',
  'transfer.where.rowColumn': 'Rivi {row}, sarake ”{column}”',
  'transfer.where.line': 'Rivi {line}',
  'transfer.where.lineColumn': 'Rivi {line}, merkki {column}',
  'transfer.where.mapping': 'Sarakkeiden kohdistus',
  'transfer.where.path': '{path}',
  'transfer.where.person': 'Henkilö {number}',
  'transfer.where.personNamed': 'Henkilö {number} ({name})',
  'transfer.where.account': 'Asiakas {number}',
  'transfer.where.accountNamed': 'Asiakas {number} ({name})',
  'transfer.where.deal': 'Kauppa {number}',
  'transfer.where.dealNamed': 'Kauppa {number} ({name})',
  'transfer.where.record': '{record} ({path})',
  'transfer.where.recordField': '{record}, kenttä ”{field}” ({path})',
  'transfer.where.personByName': 'Henkilö ”{name}”',
  // What a value is
  'transfer.kind.text': 'tekstiä',
  'transfer.kind.number': 'luku',
  'transfer.kind.list': 'luettelo',
  'transfer.kind.object': 'objekti',
  'transfer.kind.boolean': 'tosi tai epätosi',
  // What is wrong with a file
  'transfer.problem.tooBig':
    'Tiedoston koko on {size}; Rolecall tuo enintään {max} kokoisia tiedostoja. Tarkista, että tämä on Rolecall-varmuuskopio tai yhteystietojen CSV, tai jaa se pienempiin tiedostoihin.',
  'transfer.problem.emptyFile': 'Tiedosto on tyhjä.',
  'transfer.problem.workbook':
    'Tämä on laskentataulukon työkirja tai zip-tiedosto, ei CSV. Tallenna se muodossa ”CSV UTF-8” ja tuo se.',
  'transfer.problem.binary':
    'Tämä ei ole tekstitiedosto (se näyttää binääridatalta). Valitse Rolecall-varmuuskopio (.json) tai CSV-tiedosto.',
  'transfer.problem.badEncoding':
    'Tämä rivi ei ole kelvollista {encoding}-tekstiä (tiedostossa on ehkä sekaisin merkistöjä, esim. vanhasta taulukosta liitettyjä rivejä). Avaa tiedosto taulukko-ohjelmassa, tallenna muodossa ”CSV UTF-8” ja tuo uudelleen.',
  'transfer.problem.notBackupStart':
    'Tämä ei ole Rolecall-varmuuskopio: varmuuskopio on JSON-tiedosto, joka alkaa merkillä ”{”.',
  'transfer.problem.cutOff':
    'Tiedosto loppuu liian aikaisin, kuin se olisi katkennut (keskeytynyt lataus tai kopiointi?). Vie varmuuskopio uudelleen ja tuo uusi tiedosto.',
  'transfer.problem.invalidJson':
    'Tämä ei ole kelvollista JSONia, joten se ei voi olla Rolecall-varmuuskopio.',
  'transfer.problem.notRolecall':
    'Tämä JSON-tiedosto ei ole Rolecall-varmuuskopio (siitä puuttuu "format": "{format}").',
  'transfer.problem.newerVersion':
    'Tämä varmuuskopio on tehty uudemmalla Rolecallilla (muotoversio {version}; tämä versio lukee versiota {supported}). Päivitä Rolecall ja tuo sitten uudelleen.',
  'transfer.problem.sameAccountId':
    'sillä on sama tunniste kuin asiakkaalla {first}; kukin asiakas saa esiintyä vain kerran.',
  'transfer.problem.samePersonId':
    'sillä on sama tunniste kuin henkilöllä {first}; kukin henkilö saa esiintyä vain kerran.',
  'transfer.problem.accountNotInFile':
    'kuuluu asiakkaaseen ”{account}”, jota ei ole tässä tiedostossa.',
  'transfer.problem.sameDealId':
    'on sama tunniste kuin kaupalla {first}; kunkin kaupan pitää esiintyä kerran.',
  'transfer.problem.dealNotInAccount':
    'osallistuu kauppaan "{deal}", joka ei ole tässä tiedostossa hänen asiakkaansa kauppa.',
  'transfer.problem.missing': 'puuttuu.',
  'transfer.problem.notWhole': 'pitää olla kokonaisluku, ei {got}.',
  'transfer.problem.shouldBe': 'pitää olla {expected}, ei {got}.',
  'transfer.problem.notOneOf': '{got} ei ole mikään näistä: {values}.',
  'transfer.problem.tooLong': 'on yli {max} merkkiä pitkä.',
  'transfer.problem.aboveMax': 'on suurempi kuin {max}.',
  'transfer.problem.blank': 'on tyhjä.',
  'transfer.problem.tooFew': 'tarvitsee vähintään {min} kohdetta.',
  'transfer.problem.negative': 'on negatiivinen.',
  'transfer.problem.belowMin': 'on pienempi kuin {min}.',
  'transfer.problem.notDateTime':
    '{got} ei ole päivämäärä ja kellonaika muotoa 2024-03-01T09:30:00.000Z.',
  'transfer.problem.badFormat': '{got} ei ole kelvollinen {format}.',
  'transfer.problem.other': '{detail}',
  'transfer.problem.more': '…ja {count} muuta samanlaista ongelmaa.',
  'transfer.problem.notCsv': 'Tiedostoa ei voitu lukea CSV-muodossa.',
  'transfer.problem.openQuote':
    'Solussa aukeaa lainausmerkki ("), jota ei koskaan suljeta, joten koko loppu tiedostosta olisi yksi solu.',
  'transfer.problem.textAfterQuote':
    'Lainausmerkeissä olevassa solussa on tekstiä sulkevan lainausmerkin (") jälkeen ennen seuraavaa pilkkua.',
  'transfer.problem.badRow': 'Tämä rivi ei ole kelvollista CSV:tä.',
  'transfer.problem.tooManyRows':
    'Tiedostossa on yli {max} riviä; Rolecall tuo enintään {max} henkilöä kerralla. Jaa se pienempiin tiedostoihin.',
  'transfer.problem.noHeader':
    'Ensimmäisellä rivillä pitäisi olla sarakkeiden nimet, mutta se on tyhjä.',
  'transfer.problem.noRows': 'Tiedostossa on sarakkeiden nimet mutta ei rivejä.',
  'transfer.problem.samePersonRow':
    'sillä on sama henkilötunniste kuin rivillä {row}; kukin henkilö saa esiintyä vain kerran.',
  'transfer.problem.noCompany': 'henkilölle ei ole kerrottu yritystä (asiakasta).',
  'transfer.problem.notDate': '{got} ei ole päivämäärä muotoa 2024-03-01.',
  'transfer.problem.notDateOrTime':
    '{got} ei ole päivämäärä muotoa 2024-03-01 tai 2024-03-01T09:30:00Z.',
  'transfer.problem.formula':
    'alkaa kuin laskentataulukon kaava; se säilytetään pelkkänä tekstinä, sitä ei koskaan suoriteta, ja viennit tekevät siitä vaarattoman.',
  'transfer.problem.nobodyCalled':
    'asiakkaassa ”{account}” ei tässä tiedostossa ole ketään nimeltä {name}; jätetty tyhjäksi.',
  'transfer.problem.twoColumns': 'Kaksi saraketta on kohdistettu kenttään ”{field}”; valitse yksi.',
  'transfer.problem.chooseName':
    'Valitse sarake, jossa on henkilön nimi (koko nimi tai etu- ja sukunimi).',
  'transfer.problem.chooseCompany':
    'Valitse sarake, jossa on yrityksen (asiakkaan) nimi, tai valitse yksi asiakas kaikille.',
  'transfer.problem.bossUnknown':
    'raportoi henkilölle, jota ei ole tiedostossa eikä kartallasi; ”raportoi henkilölle” jätettiin tyhjäksi.',
  'transfer.problem.writeRefused':
    'Mitään ei tuotu: selaimen tietokanta kieltäytyi kirjoittamasta ({reason}). Karttasi on ennallaan.',
  'transfer.problem.cannotOpen': 'Tiedostoa ei voi avata (onko sitä olemassa?).',
  // The fields a CSV column can hold
  'transfer.field.account-name': 'Asiakas (yrityksen nimi)',
  'transfer.field.account-domains': 'Asiakkaan verkkotunnukset',
  'transfer.field.first-name': 'Etunimi',
  'transfer.field.last-name': 'Sukunimi',
  'transfer.field.name': 'Koko nimi',
  'transfer.field.title': 'Titteli',
  'transfer.field.department': 'Osasto',
  'transfer.field.seniority': 'Taso',
  'transfer.field.roles': 'Roolit päätöksenteossa',
  'transfer.field.stance': 'Kanta',
  'transfer.field.influence': 'Vaikutusvalta',
  'transfer.field.reports-to': 'Esihenkilö (nimi)',
  'transfer.field.email': 'Sähköposti',
  'transfer.field.phone': 'Puhelin',
  'transfer.field.profile-url': 'Profiilin osoite',
  'transfer.field.evidence-source-url': 'Lähde: sivu',
  'transfer.field.evidence-captured-at': 'Lähde: tallennettu',
  'transfer.field.evidence-method': 'Lähde: miten tallennettu',
  'transfer.field.evidence-last-verified-at': 'Lähde: viimeksi tarkistettu',
  'transfer.field.note': 'Muistiinpanot',
  'transfer.field.created-at': 'Henkilö lisätty',
  'transfer.field.updated-at': 'Henkilöä muutettu',
  'transfer.field.account-stage': 'Kaupan vaihe',
  'transfer.field.deal-name': 'Kauppa',
  'transfer.field.deal-id': 'Rolecallin kaupan tunniste',
  'transfer.field.deal-amount': 'Kaupan arvo',
  'transfer.field.deal-close-date': 'Päätöspäivä',
  'transfer.field.deal-crm-id': 'Myyntimahdollisuuden tunniste CRM:ssä',
  'transfer.field.account-decision-mode': 'Miten he päättävät',
  'transfer.field.account-channel': 'Kaupan kanava',
  'transfer.field.account-preset': 'Myyntimenetelmä',
  'transfer.field.account-language': 'Kysymysten kieli',
  'transfer.field.account-created-at': 'Asiakas lisätty',
  'transfer.field.account-updated-at': 'Asiakasta muutettu',
  'transfer.field.deal-created-at': 'Kauppa lisätty',
  'transfer.field.deal-updated-at': 'Kauppaa muutettu',
  'transfer.field.person-id': 'Henkilön Rolecall-tunniste',
  'transfer.field.account-id': 'Asiakkaan Rolecall-tunniste',
  'transfer.field.reports-to-id': 'Esihenkilö (Rolecall-tunniste)',
  // Export
  'transfer.export.heading': 'Vie',
  'transfer.export.what': 'Mitä viedään',
  'transfer.export.all': 'Kaikki asiakkaat ({accounts} asiakasta, {people} henkilöä)',
  'transfer.export.one': 'Yksi asiakas',
  'transfer.export.account': 'Asiakas',
  'transfer.export.format': 'Muoto',
  'transfer.export.json': 'Rolecall-varmuuskopio (JSON)',
  'transfer.export.jsonHint':
    'Kaikki, tunnisteet ja lähteet mukaan lukien: palauta uudelle koneelle tai jaa kollegalle.',
  'transfer.export.csv': 'Taulukko (CSV)',
  'transfer.export.csvHint':
    'Rivi kutakin henkilöä ja kauppaa kohden Exceliin, Google Sheetsiin tai Numbersiin.',
  'transfer.export.hubspot': 'HubSpot-yhteystiedot ja -kaupat (kolme CSV-tiedostoa)',
  'transfer.export.hubspotHint':
    'Tuo HubSpotiin ensin yhteystiedot, sitten kaupat ja lopuksi kauppojen yhteyshenkilöt (liitokset roolien mukaan nimetyin tunnistein); katso README.',
  'transfer.export.salesforce': 'Salesforce (kaksi CSV-tiedostoa)',
  'transfer.export.salesforceHint':
    'Tuo ensin yhteystietotiedosto Data Import Wizardilla, sitten yhteystietojen roolit; katso README.',
  'transfer.export.download': 'Lataa',
  'transfer.export.downloaded': 'Ladattu: {files}.',
  'transfer.export.nothing': 'Ei vielä mitään vietävää: merkitse ensin muutama henkilö.',
  'transfer.export.failed':
    'Vienti epäonnistui ({detail}). Karttasi on ennallaan: yritä uudelleen.',
  'transfer.export.short': 'Vie {account}',
  'transfer.export.as': 'Lataa {account} muodossa {format}',
  'transfer.format.json': 'JSON',
  'transfer.format.csv': 'CSV',
  'transfer.format.hubspot': 'HubSpot',
  'transfer.format.salesforce': 'Salesforce',
  // Import
  'transfer.import.heading': 'Tuo',
  'transfer.import.choose': 'Valitse tiedosto',
  'transfer.import.hint':
    'Rolecall-varmuuskopio (.json) tai yhteystietojen CSV taulukosta tai CRM:stä. Mitään ei kirjoiteta ennen kuin hyväksyt esikatselun.',
  'transfer.import.reading': 'Luetaan {file}…',
  'transfer.import.parsing': 'Luetaan {file}…',
  'transfer.import.checking': 'Tarkistetaan {file}…',
  'transfer.import.planning': 'Verrataan {file} karttaasi…',
  'transfer.import.writing': 'Tuodaan {file}…',
  'transfer.import.progress': '{percent} %',
  'transfer.import.refused': 'Tiedostoa {file} ei tuotu. Kartallasi mikään ei muuttunut.',
  'transfer.import.applyFailed': 'Tuonti ei valmistunut. Kartallasi mikään ei muuttunut.',
  'transfer.import.another': 'Valitse toinen tiedosto',
  'transfer.import.done':
    '{file} tuotu: {accountsAdded} uutta ja {accountsUpdated} päivitettyä asiakasta, {peopleAdded} uutta ja {peopleUpdated} päivitettyä henkilöä.',
  'transfer.import.kept': 'Sinun versiosi säilytettiin {count} henkilön osalta.',
  'transfer.import.warnings': 'Hyvä tietää',
  'transfer.mapping.heading': 'Mikä sarake sisältää mitä?',
  'transfer.mapping.hint':
    'Rolecall arvasi tiedoston {file} ({rows} riviä) sarakkeiden nimistä. Tarkista jokainen arvaus; ”Ohita”-sarakkeita ei tuoda.',
  'transfer.mapping.column': 'Sarake tiedostossa',
  'transfer.mapping.sample': 'Ensimmäinen rivi',
  'transfer.mapping.field': 'Tuodaan kenttään',
  'transfer.mapping.ignore': 'Ohita',
  'transfer.mapping.fallback': 'Asiakas riveille, joilla ei ole yritystä',
  'transfer.mapping.fallbackHint': 'Jätä tyhjäksi, jos jokaisella rivillä on yritys.',
  'transfer.mapping.continue': 'Esikatsele tuontia',
  'transfer.mapping.back': 'Takaisin sarakkeisiin',
  'transfer.preview.heading': 'Esikatselu: {file}',
  'transfer.preview.accountsAdd': 'Uudet asiakkaat',
  'transfer.preview.accountsUpdate': 'Päivitetyt asiakkaat',
  'transfer.preview.peopleAdd': 'Uudet henkilöt',
  'transfer.preview.peopleUpdate': 'Päivitetyt henkilöt',
  'transfer.preview.unchanged': 'Jo kartallasi',
  'transfer.preview.nothingNew': 'Kaikki tämän tiedoston tiedot ovat jo kartallasi.',
  'transfer.preview.conflicts': 'Henkilöt, jotka voivat jo olla kartallasi',
  'transfer.preview.conflictsHint': 'Valitse kullekin tapaukselle, mitä heille tehdään.',
  'transfer.preview.pair': '{mine} kartallasi, {theirs} tiedostossa ({account})',
  'transfer.preview.more': '…ja {count} muuta',
  'transfer.preview.apply': 'Tuo',
  'transfer.preview.cancel': 'Peruuta',
  'transfer.conflict.edited-here': 'Muutettu kartallasi tiedoston teon jälkeen ({count})',
  'transfer.conflict.profile-url': 'Sama profiilin osoite ({count})',
  'transfer.conflict.email': 'Sama sähköposti ({count})',
  'transfer.conflict.name': 'Sama nimi samassa asiakkaassa ({count})',
  'transfer.choice.keep-mine': 'Pidä omani',
  'transfer.choice.take-theirs': 'Ota tiedostosta',
  'transfer.choice.keep-both': 'Pidä molemmat',
  // Erasing an account
  'transfer.erase.button': 'Poista tämä asiakas',
  'transfer.erase.question':
    'Poistetaanko {account} ja kaikki sen {count} henkilöä? Kaikki heitä koskevat tiedot poistetaan.',
  'transfer.erase.keep': 'Säilytä',
  'transfer.erase.confirm': 'Poista',
  'transfer.erase.done': '{account} poistettu.',
  'transfer.erase.undo': 'Kumoa',
  'transfer.erase.failed': 'Poisto epäonnistui ({detail}). Mitään ei poistettu.',
  // The pre-export check for CRM files, and messages added with it
  'transfer.problem.noVersion':
    'Tästä Rolecall-varmuuskopiosta puuttuu "version" (kokonaisluku, esim. 1), joten Rolecall ei tiedä, miten sitä luetaan. Vie varmuuskopio uudelleen tai lisää "version": 1, jos tiedosto on kirjoitettu käsin.',
  'transfer.problem.versionNotNumber':
    '"version"-arvon pitää olla kokonaisluku, esim. 1, ei {got}. Kirjoita se ilman lainausmerkkejä ("version": 1) tai vie varmuuskopio uudelleen.',
  'transfer.problem.jsonNotUtf8':
    'Tämä rivi ei ole kelvollista UTF-8:aa. Rolecall-varmuuskopio on aina UTF-8:aa, joten tiedostoa on muutettu viennin jälkeen (tallentiko editori sen toisella merkistöllä?). Vie varmuuskopio uudelleen tai tallenna tiedosto editorissa UTF-8-muodossa.',
  'transfer.problem.missingOneOf': 'puuttuu; sen pitää olla jokin näistä: {values}.',
  'transfer.problem.trailingComma':
    'Tämän sulkeen edessä on pilkku viimeisen kohdan jälkeen, mitä JSON ei salli. Poista pilkku ja tuo uudelleen.',
  'transfer.problem.reportsToSelf':
    'raportoi itselleen; "raportoi henkilölle" -kentässä pitää olla joku muu. Tyhjennä kenttä tai valitse esihenkilö ja tuo uudelleen.',
  'transfer.problem.controlChar':
    'sisältää näkymättömän ohjausmerkin ({code}), jota ei pitäisi olla missään tekstissä ja joka rikkoo CSV-tiedostot. Tiedosto voi olla vioittunut: poista merkki ja tuo uudelleen.',
  'transfer.check.heading': 'Ennen kuin tuot tämän {crm}-järjestelmään',
  'transfer.check.hint':
    'Tiedosto on valmis, mutta {crm} tekee sille seuraavaa. Korjaa nämä ensin Rolecallissa tai lataa silti.',
  'transfer.check.names': '{names}',
  'transfer.check.namesMore': '{names} ja {more} muuta',
  'transfer.check.noDomain':
    '{count} asiakkaalta puuttuu verkkotunnus: {names}. HubSpot yhdistää yritykset verkkotunnuksen perusteella, joten se luo uuden yrityksen jokaiselle näiden asiakkaiden kontaktille. Korjaus: lisää verkkotunnus asiakkaalle Rolecallissa ja vie uudelleen.',
  'transfer.check.noEmail':
    '{count} henkilöltä puuttuu sähköposti: {names}. HubSpot tunnistaa olemassa olevat kontaktit vain sähköpostista, joten jokainen tuonti luo heidät uudelleen eikä voi lisätä heille ostorooleja. Korjaus: lisää sähköposti Rolecallissa tai tuo heidät kerran ja päivitä sen jälkeen HubSpotissa.',
  'transfer.check.tooLong':
    '{count} arvoa kentässä "{column}" on pidempiä kuin Salesforce sallii ({max} merkkiä): {names}. Salesforce hylkää nämä rivit. Korjaus: lyhennä ne Rolecallissa ja vie uudelleen.',
  'transfer.check.guarded':
    '{count} arvoa kentässä "{column}" alkaa kuin taulukkolaskennan kaava: {names}. Niiden eteen lisätään heittomerkki, jotta mikään taulukkolaskenta ei suorita niitä, ja {crm} tallentaa tämän heittomerkin. Korjaus: jos arvon ei ole tarkoitus alkaa näin, muokkaa sitä Rolecallissa.',
  'transfer.check.otherRole':
    '{count} henkilöä on portinvartijoita tai aloitteentekijöitä: {names}. {crm} ei tunne tätä roolia ja tallentaa heidät nimellä "Other". Korjaus: ei tarpeen; jos ero halutaan säilyttää, lisää rooli {crm}-arvoluetteloon ja muuta nämä rivit.',
  'transfer.check.sameAccountName':
    'Eri asiakkailla on sama nimi: {names}. Tuontiohjattu yhdistää asiakkaat nimen ja toimipaikan perusteella, joten niiden kontaktit päätyvät yhdelle asiakkaalle. Korjaus: nimeä yksi uudelleen Rolecallissa (lisää kaupunki tai maa) ja vie uudelleen.',
  'transfer.check.anyway': 'Lataa silti',
  'transfer.check.cancel': 'Peruuta',
  'transfer.export.hubspotAdd':
    'Lisää ostoroolit kontaktien nykyisiin HubSpot-rooleihin niitä korvaamatta',
};
