/** What else a rep records about a person: stance, influence, department, how we learnt it. */
export const STANCES = [
  'champion',
  'supporter',
  'neutral',
  'skeptic',
  'blocker',
  'unknown',
] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  champion: 'Champion',
  supporter: 'Supporter',
  neutral: 'Neutral',
  skeptic: 'Skeptic',
  blocker: 'Blocker',
  unknown: 'Unknown',
};

export const INFLUENCES = ['high', 'medium', 'low', 'unknown'] as const;
export type Influence = (typeof INFLUENCES)[number];

export const INFLUENCE_LABELS: Record<Influence, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unknown: 'Unknown',
};

export const DEPARTMENTS = [
  'executive',
  'finance',
  'it',
  'security',
  'legal',
  'procurement',
  'operations',
  'administration',
  'research',
  'engineering',
  'product',
  'sales',
  'marketing',
  'hr',
  'customer-success',
  'other',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_LABELS: Record<Department, string> = {
  executive: 'Executive',
  finance: 'Finance',
  it: 'IT',
  security: 'Security',
  legal: 'Legal',
  procurement: 'Procurement',
  operations: 'Operations',
  engineering: 'Engineering',
  product: 'Product',
  sales: 'Sales',
  marketing: 'Marketing',
  hr: 'HR',
  administration: 'Administration',
  research: 'Research',
  'customer-success': 'Customer success',
  other: 'Other',
};

/**
 * Maps saved before version 4 of the database (and backups of format 1 written then) named
 * customer success "customer-service"; they read as the department it became.
 */
export const LEGACY_DEPARTMENTS: Readonly<Record<string, Department>> = {
  'customer-service': 'customer-success',
};

/**
 * How senior a post is, from the top of an organisation down. `executive` is a chief officer or
 * the head of the whole organisation; `head` leads a unit (Head of X, начальник отдела, Leiter,
 * kepala, 主任, päällikkö of a whole function); `lead` leads a team (team lead, foreman, 组长);
 * `adviser` advises without a line (Senior Advisor, 高级顾问).
 */
export const SENIORITIES = [
  'executive',
  'owner',
  'board',
  'vp',
  'director',
  'head',
  'manager',
  'lead',
  'individual',
  'assistant',
  'adviser',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const SENIORITY_LABELS: Record<Seniority, string> = {
  executive: 'C-level',
  owner: 'Owner',
  board: 'Board',
  vp: 'VP',
  director: 'Director',
  head: 'Head',
  manager: 'Manager',
  lead: 'Team lead',
  individual: 'Individual contributor',
  assistant: 'Assistant',
  adviser: 'Adviser',
};

/** How a record got into the map; the evidence every stakeholder keeps. */
export const CAPTURE_METHODS = [
  'manual-selection',
  'manual-entry',
  'structured-data',
  'page-layout',
  'import',
] as const;
export type CaptureMethod = (typeof CAPTURE_METHODS)[number];
