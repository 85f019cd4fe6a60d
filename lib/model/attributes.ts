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
  'engineering',
  'product',
  'sales',
  'marketing',
  'hr',
  'customer-service',
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
  'customer-service': 'Customer service',
  other: 'Other',
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
