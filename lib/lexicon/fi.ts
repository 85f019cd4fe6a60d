import { titles } from './titles/fi';
import type { Lexicon } from './types';

export const fi: Lexicon = {
  language: 'fi',
  nameLabels: [{ term: 'nimi', example: 'Nimi: Marko Oras' }],
  postLabels: [
    { term: 'tehtävä', example: 'Tehtävä: rahastonhoitaja' },
    { term: 'asema', example: 'Asema: toimitusjohtaja' },
    { term: 'titteli', example: 'Titteli: myyntipäällikkö' },
  ],
  contactLabels: [
    { term: 'puhelin', example: 'Puhelin: 0400 503 221' },
    { term: 'puh', example: 'puh 045 344 8999' },
    { term: 'gsm', example: 'GSM 040 123 4567' },
    { term: 'matkapuhelin', example: 'Matkapuhelin: 040 123 4567' },
    { term: 'sähköposti', example: 'Sähköposti: etunimi@example.fi' },
    { term: 's-posti', example: 'S-posti: etunimi@example.fi' },
  ],
  posts: [
    { match: 'word', terms: 'jäsen', example: 'Hallituksen jäsen' },
    {
      match: 'ending',
      terms:
        'vastaava|yhteyshenkilö|tiimiläinen|neuvonantaja|ohjelmoija|analyytikko|hoitaja|päällikkö',
      example: 'Rahastonhoitaja',
    },
    {
      match: 'ending',
      terms: 'asiantuntija|insinööri|kehittäjä|suunnittelija|koordinaattori|konsultti|sihteeri',
      example: 'Toimistosihteeri',
    },
    {
      match: 'ending',
      terms: 'myyjä|neuvottelija|kirjanpitäjä|assistentti|edustaja|esimies|esihenkilö|mestari',
      example: 'Kirjanpitäjä',
    },
    {
      match: 'ending',
      terms: 'tuottaja|toimittaja|kääntäjä|juristi|lakimies|ekonomi|neuvoja|ohjaaja|valvoja',
      example: 'Toimittaja',
    },
    {
      match: 'ending',
      terms: 'tarkastaja|harjoittelija|työntekijä|merkonomi|controller',
      example: 'Harjoittelija',
    },
    {
      match: 'ending',
      terms:
        'teknikko|asentaja|kuljettaja|hitsaaja|koneistaja|sähkömies|putkimies|varastomies|huoltomies|huoltohenkilö',
      example: 'Huoltomies',
    },
    {
      match: 'ending',
      terms: 'johtaja|puheenjohtaja|työnjohtaja|manageri',
      example: 'Työnjohtaja',
    },
  ],
  offices: [],
  nameSuffixes: [],
  formerSections: [
    { term: 'entiset', example: 'Entiset hallitukset' },
    { term: 'aiemmat', example: 'Aiemmat hallitukset' },
    { term: 'aikaisemmat', example: 'Aikaisemmat puheenjohtajat' },
    { term: 'edelliset', example: 'Edelliset hallitukset' },
  ],
  ageUnits: [
    { term: 'vuotias', example: '(57-vuotias) toimitusjohtaja' },
    { term: 'v.', example: '(48 v.) talousjohtaja' },
  ],
  nameColumns: [
    { term: 'nimi', example: 'Nimi' },
    { term: 'henkilö', example: 'Yhteyshenkilö' },
    { term: 'virkailija', example: 'Virkailija' },
    { term: 'jäsen', example: 'Hallitusjäsen' },
  ],
  postColumns: [
    { term: 'tehtävä', example: 'Tehtävä' },
    { term: 'rooli', example: 'Rooli' },
    { term: 'asema', example: 'Asema' },
    { term: 'titteli', example: 'Titteli' },
    { term: 'vastuualue', example: 'Vastuualue' },
    { term: 'virka', example: 'Virka' },
  ],
  listJoiners: [
    { term: 'ja', example: 'Anna Berg ja Tom Hill' },
    { term: 'sekä', example: 'Anna Berg sekä Tom Hill' },
  ],
  representatives: [],
  creditLabels: [
    { term: 'kuvat', example: 'Kuvat: Anna Berg' },
    { term: 'kuva', example: 'Kuva: Anna Berg' },
    { term: 'valokuvat', example: 'Valokuvat: Anna Berg' },
  ],
  courtesyTitles: [
    { term: 'herra', example: 'herra Virtanen' },
    { term: 'rouva', example: 'rouva Virtanen' },
  ],
  siteSections: [
    { term: 'meistä', example: 'Meistä' },
    { term: 'etusivu', example: 'Etusivu' },
    { term: 'yhteystiedot', example: 'Yhteystiedot' },
    { term: 'ota yhteyttä', example: 'Ota yhteyttä' },
  ],
  titles,
};
