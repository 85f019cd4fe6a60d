import { titles } from './titles/de';
import type { Lexicon } from './types';

export const de: Lexicon = {
  language: 'de',
  nameLabels: [
    { term: 'name', example: 'Name: Anna Berg' },
    { term: 'vor- und nachname', example: 'Vor- und Nachname: Anna Berg' },
  ],
  postLabels: [
    { term: 'funktion', example: 'Funktion: Kassenwart' },
    { term: 'position', example: 'Position: Geschäftsführer' },
    { term: 'aufgabe', example: 'Aufgabe: Jugendarbeit' },
    { term: 'tätigkeit', example: 'Tätigkeit: Disposition' },
  ],
  contactLabels: [
    { term: 'telefon', example: 'Telefon: 05531 934250' },
    { term: 'tel', example: 'Tel.: 05531 934250' },
    { term: 'mobil', example: 'Mobil: 0170 1234567' },
    { term: 'handy', example: 'Handy: 0170 1234567' },
    { term: 'fax', example: 'Fax: 05531 934251' },
    { term: 'e-mail', example: 'E-Mail: info@example.de' },
    { term: 'mail', example: 'Mail: info@example.de' },
  ],
  posts: [
    {
      match: 'ending',
      terms: 'referent|referentin|sachbearbeiter\\p{L}*|berater|beraterin|mitarbeiter\\p{L}*',
      example: 'Finanzreferentin',
    },
    {
      match: 'ending',
      terms: 'programmierer\\p{L}*|entwickler\\p{L}*|ingenieur\\p{L}*|kaufmann|kauffrau|mitglied',
      example: 'Vorstandsmitglied',
    },
    {
      match: 'ending',
      terms:
        'beauftragter|beauftragte|justiziar\\p{L}*|buchhalter\\p{L}*|einkäufer\\p{L}*|sprecher\\p{L}*',
      example: 'Jugendschutzbeauftragter',
    },
    {
      match: 'ending',
      terms:
        'führer|führerin|leiter|leiterin|wart|warten|prokurist\\p{L}*|innendienst|au(?:ß|ss)endienst',
      example: 'Büroleiter',
    },
    {
      match: 'ending',
      terms: 'assistent\\p{L}*|verkäufer\\p{L}*|techniker\\p{L}*|meister\\p{L}*|planer\\p{L}*',
      example: 'Bauplaner',
    },
    {
      match: 'ending',
      terms: 'disponent\\p{L}*|koordinator\\p{L}*|gesellschafter\\p{L}*|inhaber\\p{L}*',
      example: 'Inhaberin',
    },
    {
      match: 'ending',
      terms: 'spezialist\\p{L}*|expert(?:e|in)|trainer\\p{L}*|architekt\\p{L}*|redakteur\\p{L}*',
      example: 'Redakteurin',
    },
    {
      match: 'ending',
      terms: 'analyst\\p{L}*|revisor\\p{L}*|jurist\\p{L}*|anwalt|anwältin|praktikant\\p{L}*',
      example: 'Rechtsanwältin',
    },
    {
      match: 'word',
      terms: 'auszubildende[rn]?|azubi|werkstudent\\p{L}*|fachkraft|bürokraft|polier',
      example: 'Werkstudentin',
    },
    {
      match: 'ending',
      terms: 'beisitzer\\p{L}*|kassierer\\p{L}*|kassenwart\\p{L}*|schriftführer\\p{L}*',
      example: 'Schriftführerin',
    },
    {
      match: 'ending',
      terms: 'präsident|präsidentin|kanzler|kanzlerin|rektor|rektorin|dekan|dekanin|vorständin',
      example: 'Vizepräsidentin',
    },
    {
      match: 'ending',
      terms: 'angestellte[rn]?|fachwirt\\p{L}*|notar|notarin|steuerberater\\p{L}*',
      example: 'Steuerberater',
    },
    {
      match: 'ending',
      terms: 'vorsitzende[rn]?|pfarrer|pfarrerin|vikar|vikarin|küster|küsterin',
      example: '2. Vorsitzender',
    },
  ],
  offices: [],
  nameSuffixes: [],
  formerSections: [
    { term: 'ehemalige', example: 'Ehemalige Vorstandsmitglieder' },
    { term: 'frühere', example: 'Frühere Vorstände' },
    { term: 'bisherige', example: 'Bisherige Vorsitzende' },
    { term: 'in memoriam', example: 'In Memoriam' },
  ],
  ageUnits: [
    { term: 'jahre', example: 'Max Roth (57 Jahre), Vorstand' },
    { term: 'j.', example: '(44 J.) Geschäftsführer' },
  ],
  nameColumns: [
    { term: 'name', example: 'Name' },
    { term: 'mitglied', example: 'Mitglied' },
    { term: 'ansprechpartner', example: 'Ansprechpartner' },
    { term: 'kontakt', example: 'Kontaktperson' },
  ],
  postColumns: [
    { term: 'funktion', example: 'Funktion' },
    { term: 'rolle', example: 'Rolle' },
    { term: 'amt', example: 'Amt' },
    { term: 'aufgabe', example: 'Aufgabenbereich' },
    { term: 'zuständig', example: 'Zuständigkeit' },
    { term: 'tätigkeit', example: 'Tätigkeit' },
  ],
  listJoiners: [
    { term: 'und', example: 'Anna Berg und Tom Hill' },
    { term: 'sowie', example: 'Anna Berg sowie Tom Hill' },
  ],
  representatives: [
    { term: 'vertreten durch', example: 'Vertreten durch: Anna Berg, Tom Hill' },
    { term: 'vertretungsberechtigt', example: 'Vertretungsberechtigt: Anna Berg, Tom Hill' },
    { term: 'vertretungsberechtigte', example: 'Vertretungsberechtigte: Anna Berg, Tom Hill' },
    {
      term: 'vertretungsberechtigter vorstand',
      example: 'Vertretungsberechtigter Vorstand: Anna Berg, Tom Hill',
    },
  ],
  creditLabels: [
    { term: 'fotos', example: 'Fotos: Anna Berg' },
    { term: 'foto', example: 'Foto: Anna Berg' },
    { term: 'bilder', example: 'Bilder: Anna Berg' },
    { term: 'luftbilder', example: 'Luftbilder: Anna Berg' },
    { term: 'bildnachweis', example: 'Bildnachweis: Anna Berg' },
    { term: 'fotografie', example: 'Fotografie: Anna Berg' },
  ],
  courtesyTitles: [
    { term: 'herr', example: 'Herr Beutin' },
    { term: 'frau', example: 'Frau Zernecke' },
  ],
  siteSections: [
    { term: 'über uns', example: 'Über uns' },
    { term: 'startseite', example: 'Startseite' },
    { term: 'unser team', example: 'Unser Team' },
    { term: 'kontakt', example: 'Kontakt' },
    { term: 'impressum', example: 'Impressum' },
    { term: 'datenschutz', example: 'Datenschutz' },
  ],
  titles,
};
