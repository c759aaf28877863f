import { Alert, Badge, Center, Loader, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateVersionFieldsFragment } from '../../../../gql/graphql';
import { useSession } from '../../../auth/hooks/useSession';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { PageHeader } from '../../../common/components/PageHeader';
import { notifySuccess } from '../../../common/notify';
import { draftOf, type TemplateDraft } from '../../template-form';
import { TemplateEditor } from './TemplateEditor';
import { TemplateHistory } from './TemplateHistory';
import { useTemplateVersions } from './useTemplateVersions';

/**
 * The onboarding template (vendor console): the current version's phases and deadlines, edited by
 * a vendor admin (saving writes a new version; running projects keep theirs), and every version.
 */
export default function TemplatePage() {
  const { t } = useTranslation();
  const user = useSession();
  const readOnly = user.role !== 'VENDOR_ADMIN';
  const { current, versions, currentError, versionsError } = useTemplateVersions();
  // The editor restarts (a new key) from the current version when it changes, or from an older one.
  const saved = useMemo(() => (current ? draftOf(current) : null), [current]);
  const [start, setStart] = useState<{ from: string; draft: TemplateDraft } | null>(null);
  const [generation, setGeneration] = useState(0);
  const editorStart = start && current && start.from === current.id ? start : null;

  function startFrom(version: TemplateVersionFieldsFragment) {
    if (!current) return;
    setStart({ from: current.id, draft: draftOf(version) });
    setGeneration((n) => n + 1);
    notifySuccess(t('projectBoard.template.startedFrom', { version: version.version }));
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }

  return (
    <div data-testid="template-page" data-version={current?.version}>
      <PageHeader
        title={t('projectBoard.template.title')}
        actions={
          current ? (
            <Badge size="lg" variant="light" data-testid="template-current-version">
              {t('projectBoard.template.currentVersion', { version: current.version })}
            </Badge>
          ) : null
        }
      />
      <Text c="dimmed" size="sm" mb="md">
        {t('projectBoard.template.intro')}
      </Text>
      <Stack>
        {readOnly ? (
          <Alert color="gray" icon={<IconLock size={18} />} data-testid="template-read-only">
            {t('projectBoard.template.readOnly')}
          </Alert>
        ) : null}
        {currentError ? <ErrorAlert error={currentError} /> : null}
        {!current && !currentError ? (
          <Center py="xl">
            <Loader aria-label={t('projectBoard.loading')} />
          </Center>
        ) : null}
        {current && saved ? (
          <TemplateEditor
            key={`${current.id}-${generation}`}
            initial={editorStart?.draft ?? saved}
            saved={saved}
            readOnly={readOnly}
            onDiscard={() => {
              setStart(null);
              setGeneration((n) => n + 1);
            }}
          />
        ) : null}
        {versionsError ? <ErrorAlert error={versionsError} /> : null}
        {versions ? <TemplateHistory versions={versions} onStartFrom={readOnly ? undefined : startFrom} /> : null}
      </Stack>
    </div>
  );
}
