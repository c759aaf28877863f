import { graphql } from '../../../gql';

export const CapacityPlanRowFragment = graphql(`
  fragment CapacityPlanRow on CapacityPlan {
    id
    month
    productLine
    slotsOffered
    slotsConsumed
    slotsFree
    updatedAt
    updatedByEmail
  }
`);

export const CapacitySummaryQuery = graphql(`
  query CapacitySummary($partnerId: ID!, $months: Int!) {
    partner(id: $partnerId) {
      id
      capacitySummary(months: $months) {
        totalOffered
        totalConsumed
        totalFree
        months {
          month
          offered
          consumed
          free
        }
      }
    }
  }
`);

export const CapacityPlansQuery = graphql(`
  query CapacityPlans($partnerId: ID!, $fromMonth: String, $months: Int) {
    capacityPlans(partnerId: $partnerId, fromMonth: $fromMonth, months: $months) {
      ...CapacityPlanRow
    }
  }
`);

export const CapacityOfferHistoryQuery = graphql(`
  query CapacityOfferHistory($partnerId: ID!, $skip: Int, $take: Int) {
    capacityOfferHistory(partnerId: $partnerId, skip: $skip, take: $take) {
      totalItems
      items {
        id
        month
        productLine
        previousSlots
        newSlots
        changedByEmail
        at
      }
    }
  }
`);

export const OfferCapacityMutation = graphql(`
  mutation OfferCapacity($input: OfferCapacityInput!) {
    offerCapacity(input: $input) {
      __typename
      ... on CapacityPlan {
        ...CapacityPlanRow
      }
      ... on CapacityBelowConsumedError {
        consumed
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CapacityCalendarQuery = graphql(`
  query CapacityCalendar($fromMonth: String, $months: Int) {
    capacityCalendar(fromMonth: $fromMonth, months: $months) {
      months
      rows {
        partner {
          id
          name
          tier
        }
        months {
          month
          offered
          consumed
          free
        }
      }
      totals {
        month
        offered
        consumed
        free
        demand
      }
    }
  }
`);

/** Queries to refetch once an offer changed (only the ones on screen are refetched). */
export const CAPACITY_QUERIES = ['CapacitySummary', 'CapacityPlans', 'CapacityOfferHistory', 'CapacityCalendar'];
