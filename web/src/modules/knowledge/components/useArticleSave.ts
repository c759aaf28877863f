import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../gql/graphql';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { articleFormErrors, toArticleInput, type ArticleFormValues } from '../article-form';
import {
  ARTICLE_LIST_QUERIES,
  ArchiveArticleMutation,
  CreateArticleMutation,
  PublishArticleMutation,
  UpdateArticleMutation,
} from '../graphql/knowledge';

type Result = { __typename: string; message?: string; missingFields?: string[] } & Partial<ArticleFieldsFragment>;

/**
 * Saving an article from the editor: create or update, then publish when asked (both
 * languages checked here first, and by the server), or archive. Errors land by their field.
 */
export function useArticleSave(existing: ArticleFieldsFragment | null, onDone: () => void) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const options = { refetchQueries: ARTICLE_LIST_QUERIES, awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateArticleMutation, options);
  const [update, updating] = useMutation(UpdateArticleMutation, options);
  const [publish, publishing] = useMutation(PublishArticleMutation, options);
  const [archive, archiving] = useMutation(ArchiveArticleMutation, options);

  /** False (with the errors shown) when the server answered a business error. */
  function accepted(result: Result | undefined): result is Result & { id: string } {
    if (!result) return false;
    if (result.__typename === 'Article') return true;
    if (result.missingFields?.length) {
      const required = t('knowledge.editor.requiredToPublish');
      errors.setFieldErrors(Object.fromEntries(result.missingFields.map((f) => [f, required])));
    }
    errors.setFormError(result.message ?? null);
    return false;
  }

  async function save(values: ArticleFormValues, thenPublish: boolean) {
    errors.clear();
    const found = articleFormErrors(values, thenPublish);
    if (Object.keys(found).length) {
      errors.setFieldErrors(Object.fromEntries(Object.entries(found).map(([f, key]) => [f, t(key)])));
      return;
    }
    try {
      const input = toArticleInput(values);
      let id = existing?.id;
      if (!id) id = (await create({ variables: { input } })).data?.createArticle.id;
      else if (!accepted((await update({ variables: { id, input } })).data?.updateArticle)) return;
      if (!id) return;
      if (thenPublish) {
        if (!accepted((await publish({ variables: { id } })).data?.publishArticle)) return;
        notifySuccess(t('knowledge.notify.published'));
      } else notifySuccess(t('knowledge.notify.saved'));
      onDone();
    } catch (error) {
      errors.fromException(error);
    }
  }

  async function archiveIt() {
    if (!existing) return;
    errors.clear();
    try {
      if (!accepted((await archive({ variables: { id: existing.id } })).data?.archiveArticle)) return;
      notifySuccess(t('knowledge.notify.archived'));
      onDone();
    } catch (error) {
      errors.fromException(error);
    }
  }

  const busy = creating.loading || updating.loading || publishing.loading || archiving.loading;
  return { save, archive: archiveIt, errors, busy };
}
