import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { PARTNER_TIERS, vocabOptions } from '../../partners/vocabulary';
import { productAreaLabel } from '../audience';
import { PublishAnnouncementMutation } from '../graphql/announcements';
import { Markdown } from './Markdown';

const TITLE_MAX = 200;
const BODY_MAX = 20000;

type Audience = 'all' | 'tiers';

/** Publishes an announcement; mounted only while open, so it starts empty. */
export function PublishAnnouncementModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [audience, setAudience] = useState<Audience>('all');
  const [tiers, setTiers] = useState<string[]>([]);
  const [area, setArea] = useState<string | null>(null);
  const errors = useFormErrors();
  const { fieldErrors } = errors;
  const [publish, { loading }] = useMutation(PublishAnnouncementMutation, {
    refetchQueries: ['Announcements'],
    awaitRefetchQueries: true,
  });

  function validate(): boolean {
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('validation.required');
    else if (title.trim().length > TITLE_MAX) found.title = t('validation.maxLength', { max: TITLE_MAX });
    if (!body.trim()) found.body = t('validation.required');
    else if (body.trim().length > BODY_MAX) found.body = t('validation.maxLength', { max: BODY_MAX });
    if (audience === 'tiers' && tiers.length === 0) found.audienceTiers = t('validation.required');
    errors.setFieldErrors(found);
    return Object.keys(found).length === 0;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!validate()) return;
    try {
      const { data } = await publish({
        variables: {
          input: {
            title: title.trim(),
            body: body.trim(),
            audienceTiers: audience === 'tiers' ? tiers.map(Number).sort((a, b) => a - b) : [],
            recertificationProductArea: area,
          },
        },
      });
      const result = data?.publishAnnouncement;
      if (!result) return;
      notifySuccess(t('announcements.notify.published', { title: result.title }));
      onClose();
    } catch (error) {
      errors.fromException(error);
    }
  }

  // Field errors of array items arrive as "audienceTiers.0".
  const tiersError =
    fieldErrors.audienceTiers ?? Object.entries(fieldErrors).find(([field]) => field.startsWith('audienceTiers.'))?.[1];

  return (
    <Modal opened onClose={onClose} title={t('announcements.form.title')} size="xl">
      <form onSubmit={onSubmit} noValidate data-testid="publish-announcement-form">
        <Stack>
          <FormError message={errors.formError} />
          <TextInput
            label={t('announcements.form.titleLabel')}
            required
            data-autofocus
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldErrors.title}
            data-testid="publish-announcement-title"
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea
              label={t('announcements.form.body')}
              description={t('announcements.form.bodyDescription')}
              required
              autosize
              minRows={8}
              maxRows={20}
              maxLength={BODY_MAX}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={fieldErrors.body}
              data-testid="publish-announcement-body"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('announcements.form.preview')}
              </Text>
              <Paper withBorder p="sm" radius="sm" mih={160} data-testid="publish-announcement-preview">
                {body.trim() ? (
                  <Markdown source={body} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('announcements.form.previewEmpty')}
                  </Text>
                )}
              </Paper>
            </Stack>
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('announcements.form.audience')}
            </Text>
            <SegmentedControl
              value={audience}
              onChange={(value) => setAudience(value as Audience)}
              data={[
                { value: 'all', label: t('announcements.form.audienceAll') },
                { value: 'tiers', label: t('announcements.form.audienceTiers') },
              ]}
              data-testid="publish-announcement-audience"
            />
          </Stack>
          {audience === 'tiers' ? (
            <MultiSelect
              label={t('announcements.form.tiers')}
              placeholder={t('announcements.form.tiersPlaceholder')}
              required
              data={PARTNER_TIERS.map((tier) => ({ value: String(tier), label: t('partners.tierValue', { tier }) }))}
              value={tiers}
              onChange={setTiers}
              clearable
              error={tiersError}
              comboboxProps={{ withinPortal: true }}
              data-testid="publish-announcement-tiers"
            />
          ) : null}
          <Select
            label={t('announcements.form.recertification')}
            placeholder={t('announcements.form.recertificationPlaceholder')}
            data={vocabOptions(t, 'productModule')}
            value={area}
            onChange={setArea}
            clearable
            error={fieldErrors.recertificationProductArea}
            comboboxProps={{ withinPortal: true }}
            data-testid="publish-announcement-recertification"
          />
          {area ? (
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={18} />}
              data-testid="publish-announcement-recertification-warning"
            >
              {t('announcements.form.recertificationWarning', { area: productAreaLabel(t, area) })}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="publish-announcement-submit">
              {t('announcements.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
