import { Button, Group, Modal, Select, SimpleGrid, Stack, Tabs, TagsInput, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabOptions } from '../../partners/vocabulary';
import {
  ARTICLE_KINDS,
  EMPTY_ARTICLE_FORM,
  formFromArticle,
  TAG_MAX,
  TAGS_MAX,
  type ArticleFormValues,
} from '../article-form';
import { ArticleLanguageFields } from './ArticleLanguageFields';
import { ArticleStatusBadge } from './ArticleBadges';
import { ArticleView } from './ArticleView';
import { useArticleSave } from './useArticleSave';

interface Props {
  /** null: a new article. */
  article: ArticleFieldsFragment | null;
  onClose: () => void;
}

/** Writes an article: kind, product area, tags, then Japanese and English in tabs, and a preview of both. */
export function ArticleEditorModal({ article, onClose }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [values, setValues] = useState<ArticleFormValues>(article ? formFromArticle(article) : EMPTY_ARTICLE_FORM);
  const [tab, setTab] = useState<string | null>('ja');
  const { save, archive, errors, busy } = useArticleSave(article, onClose);
  const fieldErrors = errors.fieldErrors;
  const published = article?.status === 'PUBLISHED';

  function change(patch: Partial<ArticleFormValues>) {
    setValues((v) => ({ ...v, ...patch }));
    const fixed = Object.keys(patch);
    if (fixed.some((f) => fieldErrors[f]))
      errors.setFieldErrors((all) => Object.fromEntries(Object.entries(all).filter(([f]) => !fixed.includes(f))));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // A published article stays published: saving it checks both languages.
    void save(values, published);
  }

  const tabError = (lang: 'Ja' | 'En') => !!(fieldErrors[`title${lang}`] || fieldErrors[`body${lang}`]);

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t(article ? 'knowledge.editor.editTitle' : 'knowledge.editor.newTitle')}
    >
      <form onSubmit={onSubmit} noValidate data-testid="article-form">
        <Stack>
          <FormError message={errors.formError} />
          {article ? (
            <Group gap="sm">
              <ArticleStatusBadge status={article.status} />
              <Text size="xs" c="dimmed">
                {t('knowledge.editor.lastChange', {
                  when: formatDateTime(article.updatedAt),
                  who: article.updatedByEmail ?? t('common.none'),
                })}
              </Text>
            </Group>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('knowledge.editor.kind')}
              required
              data-autofocus
              data={ARTICLE_KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
              value={values.kind}
              onChange={(value) => change({ kind: value as ArticleFormValues['kind'] })}
              error={fieldErrors.kind}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="article-kind-select"
            />
            <Select
              label={t('knowledge.editor.product')}
              required
              searchable
              data={vocabOptions(t, 'productModule')}
              value={values.productArea}
              onChange={(value) => change({ productArea: value })}
              error={fieldErrors.productArea}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="article-product-select"
            />
            <TagsInput
              label={t('knowledge.editor.tags')}
              description={t('knowledge.editor.tagsHint')}
              value={values.tags}
              onChange={(tags) => change({ tags })}
              maxTags={TAGS_MAX}
              maxLength={TAG_MAX}
              clearable
              error={fieldErrors.tags}
              data-testid="article-tags"
            />
          </SimpleGrid>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="ja" c={tabError('Ja') ? 'red' : undefined} data-testid="article-tab-ja">
                {t('knowledge.editor.japanese')}
              </Tabs.Tab>
              <Tabs.Tab value="en" c={tabError('En') ? 'red' : undefined} data-testid="article-tab-en">
                {t('knowledge.editor.english')}
              </Tabs.Tab>
              <Tabs.Tab value="preview" data-testid="article-tab-preview">
                {t('knowledge.editor.preview')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ja" pt="sm">
              <ArticleLanguageFields lang="Ja" values={values} errors={fieldErrors} onChange={change} />
            </Tabs.Panel>
            <Tabs.Panel value="en" pt="sm">
              <ArticleLanguageFields lang="En" values={values} errors={fieldErrors} onChange={change} />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="sm">
              <Preview values={values} />
            </Tabs.Panel>
          </Tabs>
          <Group justify="space-between">
            <Group>
              {published ? (
                <Button
                  color="red"
                  variant="light"
                  onClick={() => void archive()}
                  disabled={busy}
                  data-testid="article-archive"
                >
                  {t('knowledge.editor.archive')}
                </Button>
              ) : null}
            </Group>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                variant={published ? 'filled' : 'default'}
                loading={busy}
                data-testid="article-save"
              >
                {t(published ? 'knowledge.editor.save' : 'knowledge.editor.saveDraft')}
              </Button>
              {published ? null : (
                <Button onClick={() => void save(values, true)} loading={busy} data-testid="article-publish">
                  {t(article ? 'knowledge.editor.saveAndPublish' : 'knowledge.editor.publish')}
                </Button>
              )}
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Both languages as partners will read them. */
function Preview({ values }: { values: ArticleFormValues }) {
  const { t } = useTranslation();
  if (!values.kind || !values.productArea || !(values.titleJa || values.titleEn))
    return (
      <Text c="dimmed" size="sm">
        {t('knowledge.editor.previewEmpty')}
      </Text>
    );
  const article = {
    ...values,
    kind: values.kind,
    productArea: values.productArea,
    publishedAt: null,
    updatedAt: new Date().toISOString(),
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" data-testid="article-preview">
      <ArticleView article={article} lang="ja" order={3} />
      <ArticleView article={article} lang="en" order={3} />
    </SimpleGrid>
  );
}
