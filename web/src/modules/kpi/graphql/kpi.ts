import { graphql } from '../../../gql';

export const KpiDashboardQuery = graphql(`
  query KpiDashboard($fromMonth: String!, $toMonth: String!, $partnerId: ID) {
    kpiDashboard(fromMonth: $fromMonth, toMonth: $toMonth, partnerId: $partnerId) {
      fromMonth
      toMonth
      partnerId
      figuresAsOf
      activationWindowDays
      activationThreshold
      totals {
        activationRate
        activationPending
        phaseOnTimeRate
        capacityUtilization
        csat
        nps
        surveyAnswers
        escalationsPerProject
        atRisk
        overdue
      }
      activationByCohort {
        month
        started
        activated
        notActivated
        pending
        rate
      }
      phaseOnTimeByPartner {
        partnerId
        partnerName
        due
        onTime
        rate
      }
      phaseOnTimeByMonth {
        month
        due
        onTime
        rate
      }
      capacityByPartnerMonth {
        partnerId
        partnerName
        month
        offered
        consumed
        utilization
      }
      surveysByMonth {
        month
        answers
        csat
        nps
      }
      escalationsByPartner {
        partnerId
        partnerName
        projects
        escalations
        perProject
      }
      riskByPartner {
        partnerId
        partnerName
        running
        atRisk
        overdue
      }
    }
  }
`);

export const KpiEvidenceQuery = graphql(`
  query KpiEvidence($measure: KpiMeasure!, $fromMonth: String!, $toMonth: String!, $partnerId: ID, $month: String) {
    kpiEvidence(measure: $measure, fromMonth: $fromMonth, toMonth: $toMonth, partnerId: $partnerId, month: $month) {
      totalRows
      rows {
        key
        projectId
        partnerId
        partnerName
        customerName
        month
        label
        labelJa
        date
        doneOn
        value
        value2
        counted
        health
      }
    }
  }
`);

export const KpiPartnerOptionsQuery = graphql(`
  query KpiPartnerOptions {
    partners(take: 100) {
      items {
        id
        name
      }
    }
  }
`);
