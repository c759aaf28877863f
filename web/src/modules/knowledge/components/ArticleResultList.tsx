import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleFieldsFragment } from '../../../gql/graphql';
import { articleLanguage, localized, snippet } from '../article-text';
import { ArticleMeta } from './ArticleBadges';
import { Highlighted } from './Highlighted';

interface Props {
  rows: readonly ArticleFieldsFragment[];
  search: string;
  /** Where an article opens: `<base>/<id>`. */
  base: string;
}

/** Search results: title and a snippet of the body around the words searched, in the reader's language. */
export function ArticleResultList({ rows, search, base }: Props) {
  const { i18n } = useTranslation();
  const lang = articleLanguage(i18n.language);
  return (
    <Stack gap="sm" data-testid="article-results">
      {rows.map((a) => {
        const { title, body } = localized(a, lang);
        return (
          <Paper key={a.id} withBorder radius="md" p="md" data-testid="article-result" data-id={a.id}>
            <Stack gap={6}>
              <ArticleMeta kind={a.kind} productArea={a.productArea} />
              <Anchor
                component={Link}
                to={`${base}/${a.id}`}
                fw={600}
                data-testid="article-result-link"
                data-article-text
              >
                <Highlighted text={title} search={search} />
              </Anchor>
              <Text size="sm" c="dimmed" data-article-text>
                <Highlighted text={snippet(body, search)} search={search} />
              </Text>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
