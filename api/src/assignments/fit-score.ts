import type { FitComponent } from './assignment-settings.entity';

export type FitWeights = Record<FitComponent, number>;

export interface FitInput {
  customer: { industry: string; prefecture: string; products: string[] };
  partner: { industries: string[]; productModules: string[]; regions: string[]; tier: number | null };
  /** Consultants of the firm certified for every product the customer bought. */
  certifiedConsultants: number;
  /** Slots of the pool the customer would draw from. */
  offered: number;
  free: number;
}

export interface FitComponentScore {
  component: FitComponent;
  /** 0..1 */
  value: number;
  weight: number;
  /** Share of the 0–100 score this component earned. */
  points: number;
}

export interface Fit {
  /** 0..100, one decimal. */
  score: number;
  components: FitComponentScore[];
}

/** Three certified consultants count as full depth. */
export const CERTIFIED_DEPTH = 3;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** How well a firm fits a customer: a weighted mean of six measured components, explained. */
export function fitScore(weights: FitWeights, input: FitInput): Fit {
  const { customer, partner } = input;
  const values: Record<FitComponent, number> = {
    industry: partner.industries.includes(customer.industry) ? 1 : 0,
    products: customer.products.filter((p) => partner.productModules.includes(p)).length / customer.products.length,
    certified: Math.min(1, input.certifiedConsultants / CERTIFIED_DEPTH),
    region: partner.regions.includes(customer.prefecture) ? 1 : 0,
    tier: partner.tier ? (partner.tier - 1) / 4 : 0,
    capacity: input.offered > 0 ? Math.max(0, input.free) / input.offered : 0,
  };
  const totalWeight = Object.values(weights).reduce((s, w) => s + w, 0);
  const components = (Object.keys(values) as FitComponent[]).map((component) => ({
    component,
    value: Math.round(values[component] * 100) / 100,
    weight: weights[component],
    points: totalWeight === 0 ? 0 : round1((weights[component] * values[component] * 100) / totalWeight),
  }));
  const score =
    totalWeight === 0
      ? 0
      : round1(components.reduce((s, c) => s + weights[c.component] * values[c.component], 0) * (100 / totalWeight));
  return { score, components };
}
