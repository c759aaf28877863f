import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFilter, UserRowFragment, UserSort } from '../../../gql/graphql';
import { downloadText, toCsv } from '../../common/csv';
import { fetchAll } from '../../common/fetch-all';
import { UsersQuery } from '../graphql/users';

/** The export holds at most this many users. */
export const CSV_LIMIT = 500;

/** Exports the filtered user list (same filter and sort as on screen) as CSV. */
export function useUsersCsv() {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  function toRow(user: UserRowFragment): string[] {
    return [
      user.email,
      user.displayName,
      t(`enums.Role.${user.role}`),
      user.partner?.name ?? '',
      t(`enums.Locale.${user.locale}`),
      user.active ? t('users.activeYes') : t('users.activeNo'),
      user.createdAt,
    ];
  }

  async function exportCsv(filter: UserFilter, sort: UserSort): Promise<number> {
    setExporting(true);
    try {
      const users = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: UsersQuery,
          variables: { filter, sort, skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('users: empty response');
        return data.users;
      }, CSV_LIMIT);
      const header = [
        t('users.columns.email'),
        t('users.columns.displayName'),
        t('users.columns.role'),
        t('users.columns.partner'),
        t('users.columns.locale'),
        t('users.columns.active'),
        t('users.columns.createdAt'),
      ];
      // The byte-order mark lets spreadsheet software read the Japanese text as UTF-8.
      downloadText('users.csv', '\uFEFF' + toCsv([header, ...users.map(toRow)]));
      return users.length;
    } finally {
      setExporting(false);
    }
  }

  return { exportCsv, exporting };
}
