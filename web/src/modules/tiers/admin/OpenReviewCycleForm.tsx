import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { TierAdminOpenReviewCycleMutation } from './graphql';
import { isoDateOf, lastCompleteQuarter } from './periods';

/** Vendor admins open a review cycle: one tier review per active partner over the period. */
export function OpenReviewCycleForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => lastCompleteQuarter(isoDateOf(new Date())));
  const errors = useFormErrors();
  const { fieldErrors } = errors;
  const [open, { loading }] = useMutation(TierAdminOpenReviewCycleMutation, {
    refetchQueries: ['TierAdminReviewCycles'],
    awaitRefetchQueries: true,
  });
  const set = (patch: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const input = { ...draft, name: draft.name.trim() };
    const missing = (['name', 'periodFrom', 'periodTo'] as const).filter((field) => !input[field]);
    if (missing.length > 0) {
      return errors.setFieldErrors(Object.fromEntries(missing.map((field) => [field, t('validation.required')])));
    }
    if (input.periodTo < input.periodFrom) return errors.setFieldErrors({ periodTo: t('tierAdmin.cycles.form.order') });
    try {
      const { data } = await open({ variables: { input } });
      const result = data?.openReviewCycle;
      if (!result) return;
      if (result.__typename === 'ReviewCycle') {
        notifySuccess(t('tierAdmin.cycles.form.opened', { name: result.name, reviews: result.reviewCount }));
      } else {
        errors.setFormError(result.message);
      }
    } catch (caught) {
      errors.fromException(caught);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="cycle-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('tierAdmin.cycles.form.intro')}
        </Text>
        <FormError message={errors.formError} />
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('tierAdmin.cycles.form.name')}
            required
            maxLength={100}
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fieldErrors.name}
            w={200}
            data-testid="cycle-name"
          />
          <TextInput
            type="date"
            label={t('tierAdmin.cycles.form.periodFrom')}
            required
            value={draft.periodFrom}
            onChange={(e) => set({ periodFrom: e.currentTarget.value })}
            error={fieldErrors.periodFrom}
            data-testid="cycle-from"
          />
          <TextInput
            type="date"
            label={t('tierAdmin.cycles.form.periodTo')}
            required
            value={draft.periodTo}
            onChange={(e) => set({ periodTo: e.currentTarget.value })}
            error={fieldErrors.periodTo}
            data-testid="cycle-to"
          />
          <Button type="submit" loading={loading} mt={25} data-testid="cycle-open">
            {t('tierAdmin.cycles.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
