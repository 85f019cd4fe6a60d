import { titles } from './titles/en';
import type { Lexicon } from './types';

export const en: Lexicon = {
  language: 'en',
  nameLabels: [
    { term: 'name', example: 'Name: Anna Berg' },
    { term: 'full name', example: 'Full name: Anna Berg' },
  ],
  postLabels: [
    { term: 'position', example: 'Position: Head of Sales' },
    { term: 'title', example: 'Title: Treasurer' },
    { term: 'role', example: 'Role: Board member' },
    { term: 'job title', example: 'Job title: Engineer' },
  ],
  contactLabels: [
    { term: 'phone', example: 'Phone: +1 555 0100' },
    { term: 'tel', example: 'Tel. 555 0100' },
    { term: 'mobile', example: 'Mobile: 555 0101' },
    { term: 'cell', example: 'Cell: 555 0102' },
    { term: 'fax', example: 'Fax: 555 0103' },
    { term: 'e-mail', example: 'E-mail: jane@example.org' },
    { term: 'email', example: 'Email: jane@example.org' },
    { term: 'office', example: 'Office: 555 0104' },
  ],
  posts: [
    {
      match: 'word',
      terms:
        'engineer|developer|designer|architect|analyst|consultant|advis[oe]r|specialist|administrator|accountant',
      example: 'Senior Software Engineer',
    },
    {
      match: 'word',
      terms:
        'controller|counsel|attorney|lawyer|partner|member|representative|associate|strategist',
      example: 'General Counsel',
    },
    {
      match: 'word',
      terms:
        'researcher|scientist|professor|lecturer|recruiter|officer|editor|producer|principal|fellow',
      example: 'Research Fellow',
    },
    {
      match: 'word',
      terms:
        'intern|clerk|agent|buyer|planner|auditor|economist|marketer|evangelist|advocate|generalist',
      example: 'Senior Buyer',
    },
    {
      match: 'word',
      terms:
        'programmer|technician|teacher|instructor|educator|organi[sz]er|coach|treasurer|secretary',
      example: 'Treasurer',
    },
    {
      match: 'word',
      terms:
        'creator|author|maintainer|translator|expert|trainee|operator|ceo|cfo|cto|coo|cio|cmo|cpo',
      example: 'CFO',
    },
    {
      match: 'word',
      terms: 'ciso|chro|vp|svp|evp|founder|co-founder|cofounder|owner|chair|chairman|chairperson',
      example: 'Co-founder',
    },
    {
      match: 'word',
      terms:
        'quarterback|governor|mayor|minister|senator|ambassador|commissioner|conductor|investigator',
      example: 'County Commissioner',
    },
    {
      match: 'word',
      terms: 'executive|rep|deputy|builder|wrangler|organiser|steward|fellow|educator|instructor',
      example: 'Sales Rep',
    },
    {
      match: 'word',
      terms: 'salesperson|receptionist|bookkeeper|paralegal|supervisor|superintendent|foreman',
      example: 'Site Foreman',
    },
    {
      match: 'word',
      terms: 'estimator|dispatcher|surveyor|copywriter|illustrator|photographer|journalist|curator',
      example: 'Copywriter',
    },
    {
      match: 'word',
      terms:
        'librarian|therapist|counsell?or|mentor|liaison|facilitator|trainer|comptroller|registrar',
      example: 'Registrar',
    },
    {
      match: 'word',
      terms: 'pharmacist|physician|nurse|merchandiser|scrum master|product owner|assistant',
      example: 'Product Owner',
    },
    {
      match: 'word',
      terms: '(?:inside|outside|counter|field|retail) sales|apprentice',
      example: 'Inside Sales',
    },
    { match: 'stem', terms: 'senior (?=\\p{L})', example: 'Senior Blender' },
    {
      match: 'word',
      terms: '(?:public|club|investor|community|media|member|donor|alumni) relations',
      example: 'Club Relations',
    },
    {
      match: 'word',
      terms: 'webmaster|inspector|moderator|steward|caretaker|custodian',
      example: 'Operations Inspector',
    },
  ],
  offices: [
    {
      match: 'word',
      terms: 'mayor|governor|minister|president|chairman',
      example: 'Mayor of Springfield',
    },
  ],
  nameSuffixes: [],
  formerSections: [
    { term: 'past', example: 'Past Boards' },
    { term: 'former', example: 'Former Presidents' },
    { term: 'previous', example: 'Previous Committees' },
    { term: 'emeriti', example: 'Emeriti' },
    { term: 'in memoriam', example: 'In Memoriam' },
  ],
  ageUnits: [
    { term: 'years', example: 'Jane Roe (57 years), Chief Executive Officer' },
    { term: 'years old', example: '(48 years old) Treasurer' },
    { term: 'yrs', example: '(61 yrs) Chairman' },
  ],
  nameColumns: [
    { term: 'name', example: 'Name' },
    { term: 'person', example: 'Person' },
    { term: 'who', example: 'Who' },
    { term: 'member', example: 'Member' },
    { term: 'contact', example: 'Contact person' },
  ],
  postColumns: [
    { term: 'title', example: 'Title' },
    { term: 'position', example: 'Position' },
    { term: 'role', example: 'Role' },
    { term: 'job', example: 'Job title' },
    { term: 'responsibilit', example: 'Responsibilities' },
  ],
  listJoiners: [
    { term: 'and', example: 'Anna Berg and Tom Hill' },
    { term: '&', example: 'Anna Berg & Tom Hill' },
  ],
  representatives: [
    { term: 'represented by', example: 'Represented by: Anna Berg, Tom Hill' },
    {
      term: 'authorised representatives',
      example: 'Authorised representatives: Anna Berg, Tom Hill',
    },
  ],
  creditLabels: [
    { term: 'photos', example: 'Photos: Anna Berg' },
    { term: 'photo', example: 'Photo: Anna Berg' },
    { term: 'photography', example: 'Photography: Anna Berg' },
    { term: 'image credits', example: 'Image credits: Anna Berg' },
    { term: 'credits', example: 'Credits: Anna Berg' },
  ],
  courtesyTitles: [
    { term: 'mr', example: 'Mr Hall' },
    { term: 'mrs', example: 'Mrs Hall' },
    { term: 'ms', example: 'Ms Hall' },
    { term: 'miss', example: 'Miss Hall' },
  ],
  siteSections: [
    { term: 'about us', example: 'About Us' },
    { term: 'our team', example: 'Our Team' },
    { term: 'contact us', example: 'Contact Us' },
    { term: 'home', example: 'Home' },
    { term: 'management', example: 'Management' },
    { term: 'leadership', example: 'Leadership' },
  ],
  titles,
};
