/** The ten decision roles of PRODUCT.md: the stored vocabulary every preset maps onto. */
export const DECISION_ROLES = [
  'economic-buyer',
  'approver',
  'budget-holder',
  'technical-evaluator',
  'influencer',
  'user',
  'procurement',
  'gatekeeper',
  'initiator',
  'champion',
] as const;

export type DecisionRole = (typeof DECISION_ROLES)[number];

export interface RoleInfo {
  /** Short label for badges and chips. */
  label: string;
  /** One line a rep understands: what this person does in the decision. */
  description: string;
}

export const ROLE_INFO: Record<DecisionRole, RoleInfo> = {
  'economic-buyer': {
    label: 'Economic buyer',
    description: 'Makes the final decision and owns the money.',
  },
  approver: {
    label: 'Approver',
    description: 'Signs off above the decision: board, CEO or committee.',
  },
  'budget-holder': {
    label: 'Budget holder',
    description: 'Approves or blocks the budget.',
  },
  'technical-evaluator': {
    label: 'Technical evaluator',
    description: 'Judges fit, security and integration.',
  },
  influencer: {
    label: 'Influencer',
    description: 'Shapes opinions without deciding; may be an outside adviser.',
  },
  user: {
    label: 'User',
    description: 'Will use the product day to day.',
  },
  procurement: {
    label: 'Procurement',
    description: 'Runs the purchase, the contract and the vendor terms.',
  },
  gatekeeper: {
    label: 'Gatekeeper',
    description: 'Controls access to people and the flow of information.',
  },
  initiator: {
    label: 'Initiator',
    description: 'Noticed the problem first and started the search.',
  },
  champion: {
    label: 'Champion',
    description: 'Sells for you inside the account and keeps you informed.',
  },
};
