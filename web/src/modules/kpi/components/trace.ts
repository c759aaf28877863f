import type { KpiMeasure } from '../../../gql/graphql';

/** Which rows a figure stands for: a measure, optionally one month and one firm. */
export interface Trace {
  measure: KpiMeasure;
  month?: string;
  partnerId?: string;
}
