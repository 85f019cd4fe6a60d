/** The on-page panel's words in Finnish. */
import type { PanelKey } from './en';

export const panelFi: Readonly<Record<PanelKey, string>> = {
  'panel.title': 'Merkitse avainhenkilö',
  'panel.close': 'Sulje Rolecall',
  'panel.loading': 'Ladataan…',
  'panel.known': '{name} on jo asiakkaan {account} kartalla: tallennus päivittää tiedot.',
  'panel.saved': '{name} tallennettu asiakkaan {account} kartalle.',
  'panel.updated': '{name} päivitetty asiakkaan {account} kartalla.',
  'panel.done': 'Valmis',
  'panel.unreachable':
    'Rolecall ei saa yhteyttä tallennustilaansa. Jos laajennus päivitettiin juuri, lataa sivu uudelleen ja yritä uudestaan.',
  'form.name': 'Nimi',
  'form.title': 'Titteli',
  'form.account': 'Asiakas',
  'form.roles': 'Roolit päätöksenteossa',
  'form.stance': 'Kanta',
  'form.influence': 'Vaikutusvalta',
  'form.influence.high': 'Paljon',
  'form.influence.medium': 'Jonkin verran',
  'form.influence.low': 'Vähän',
  'form.influence.unknown': 'Ei tiedossa',
  'form.department': 'Osasto',
  'form.departmentUnknown': 'Ei tiedossa',
  'form.note': 'Muistiinpano',
  'form.save': 'Tallenna',
  'form.update': 'Päivitä',
  'form.saveChanges': 'Tallenna muutokset',
  'form.saving': 'Tallennetaan…',
  'form.cancel': 'Peruuta',
  'form.nameRequired': 'Kirjoita henkilön nimi.',
  'form.accountRequired': 'Valitse asiakas tai kirjoita uusi.',
  'form.suggested': 'Tittelin perusteella: {roles}',
  'save.noSpace':
    'Tallennus epäonnistui: selaimen tallennustila on lopussa. Vapauta levytilaa ja yritä uudelleen.',
  'save.failed':
    'Tallennus epäonnistui ({detail}). Mitään kirjoittamaasi ei hävinnyt: yritä uudelleen.',
};
