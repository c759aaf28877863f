import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFilter } from '../../../../../gql/graphql';
import { downloadText, toCsv } from '../../../../common/csv';
import { fetchAll } from '../../../../common/fetch-all';
import { ProjectsListQuery } from '../../../graphql/projects';
import { CSV_LIMIT, projectCsvRows } from '../../../project-csv';
import { phaseName } from '../../../project-phase';

/** Exports the filtered projects (every page, up to CSV_LIMIT) as CSV, built in the browser, in list order. */
export function useProjectsCsv() {
  const client = useApolloClient();
  const { t, i18n } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function exportCsv(filter: ProjectFilter): Promise<number> {
    setExporting(true);
    try {
      const rows = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: ProjectsListQuery,
          variables: { filter, skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('projects: empty response');
        return data.onboardingProjects;
      }, CSV_LIMIT);
      const csv = toCsv(
        projectCsvRows(
          rows,
          (key) => t(key),
          (phase) => phaseName(phase, i18n.language),
        ),
      );
      // The byte-order mark lets spreadsheet software read the Japanese text as UTF-8.
      downloadText('onboarding-projects.csv', '\uFEFF' + csv);
      return rows.length;
    } finally {
      setExporting(false);
    }
  }

  return { exportCsv, exporting };
}
