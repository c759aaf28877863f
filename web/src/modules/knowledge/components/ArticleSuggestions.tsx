import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconBulb, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTerms } from '@baton/shared';
import { articleLanguage, localized, snippet } from '../article-text';
import { ArticlesQuery, ProjectProductsQuery } from '../graphql/knowledge';
import { ArticleMeta } from './ArticleBadges';
import { ArticleView } from './ArticleView';
import { Highlighted } from './Highlighted';

/** Suggestions shown at most. */
const SUGGESTIONS = 4;

interface Props {
  projectId: string;
  /** The subject as typed; searched once typing pauses. */
  subject: string;
  onOpened: (articleId: string) => void;
}

/**
 * Published articles matching the subject of an escalation being written (any of its words;
 * articles about the project's products first). Opening one reads it in place.
 */
export function ArticleSuggestions({ projectId, subject, onOpened }: Props) {
  const { t, i18n } = useTranslation();
  const lang = articleLanguage(i18n.language);
  const [search] = useDebouncedValue(subject.trim(), 400);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data: project } = useQuery(ProjectProductsQuery, { variables: { id: projectId } });
  const products = project?.onboardingProject?.customer?.products ?? [];
  const searching = searchTerms(search).length > 0;
  const { data, previousData, loading } = useQuery(ArticlesQuery, {
    variables: { search, matchAny: true, preferredProductAreas: products, take: SUGGESTIONS },
    skip: !searching,
  });
  const rows = searching ? ((data ?? previousData)?.articles.items ?? []) : [];

  function toggle(id: string) {
    setOpenId((current) => (current === id ? null : id));
    if (openId !== id) onOpened(id);
  }

  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)" data-testid="article-suggestions">
      <Group gap={6} mb={rows.length ? 'xs' : 0}>
        <IconBulb size={18} aria-hidden />
        <Text size="sm" fw={600}>
          {t('knowledge.suggestions.title')}
        </Text>
      </Group>
      {!searching ? (
        <Text size="xs" c="dimmed">
          {t('knowledge.suggestions.hint')}
        </Text>
      ) : loading && rows.length === 0 ? (
        <Skeleton height={36} aria-label={t('knowledge.suggestions.loading')} />
      ) : rows.length === 0 ? (
        <Text size="xs" c="dimmed" data-testid="article-suggestions-none">
          {t('knowledge.suggestions.none')}
        </Text>
      ) : (
        <Stack gap="xs" aria-live="polite">
          {rows.map((a) => {
            const { title, body } = localized(a, lang);
            const open = openId === a.id;
            return (
              <Paper key={a.id} withBorder p="xs" radius="sm" data-testid="article-suggestion" data-id={a.id}>
                <Group justify="space-between" wrap="nowrap" align="start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <ArticleMeta kind={a.kind} productArea={a.productArea} />
                    <Text size="sm" fw={600} data-article-text>
                      <Highlighted text={title} search={search} />
                    </Text>
                    {open ? null : (
                      <Text size="xs" c="dimmed" lineClamp={2} data-article-text>
                        <Highlighted text={snippet(body, search, 120)} search={search} />
                      </Text>
                    )}
                  </Stack>
                  <Button
                    size="xs"
                    variant={open ? 'default' : 'light'}
                    onClick={() => toggle(a.id)}
                    aria-expanded={open}
                    data-testid="article-suggestion-open"
                  >
                    {t(open ? 'knowledge.suggestions.close' : 'knowledge.suggestions.open')}
                  </Button>
                </Group>
                {open ? (
                  <Stack gap="xs" mt="sm">
                    <ArticleView article={a} order={4} />
                    <Anchor href={`/partner/knowledge/${a.id}`} target="_blank" size="xs">
                      <Group gap={4}>
                        {t('knowledge.suggestions.readMore')}
                        <IconExternalLink size={12} aria-hidden />
                      </Group>
                    </Anchor>
                  </Stack>
                ) : null}
              </Paper>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
