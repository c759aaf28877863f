import { Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { submitOnCtrlEnter } from '../../onboarding/components/escalations/submit-on-ctrl-enter';
import { BODY_MAX, TITLE_MAX, type ArticleFormValues } from '../article-form';

interface Props {
  lang: 'Ja' | 'En';
  values: ArticleFormValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<ArticleFormValues>) => void;
}

/** Title and body of one language (Ctrl/⌘+Enter in the body submits the form). */
export function ArticleLanguageFields({ lang, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const title = `title${lang}` as const;
  const body = `body${lang}` as const;
  const testLang = lang.toLowerCase();
  return (
    <Stack gap="sm">
      <TextInput
        label={t(`knowledge.editor.${title}`)}
        maxLength={TITLE_MAX}
        value={values[title]}
        onChange={(e) => onChange({ [title]: e.currentTarget.value })}
        error={errors[title]}
        lang={testLang}
        data-testid={`article-title-${testLang}`}
      />
      <Textarea
        label={t(`knowledge.editor.${body}`)}
        description={t('knowledge.editor.bodyHint')}
        autosize
        minRows={8}
        maxRows={18}
        maxLength={BODY_MAX}
        value={values[body]}
        onChange={(e) => onChange({ [body]: e.currentTarget.value })}
        onKeyDown={submitOnCtrlEnter}
        error={errors[body]}
        lang={testLang}
        data-testid={`article-body-${testLang}`}
        data-article-text
      />
    </Stack>
  );
}
