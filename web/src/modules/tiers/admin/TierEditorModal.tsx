import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierAdminTierFieldsFragment } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { TierAdminPublishDefinitionsMutation } from './graphql';
import { isoDateOf, nextDay } from './periods';
import { fromDefinitions, THRESHOLDS, tierFormProblems, toInput, type FormNumber, type TierFormRow } from './tier-form';

interface Props {
  /** The tiers in effect: the form starts from them. */
  definitions: readonly TierAdminTierFieldsFragment[];
  onClose: () => void;
}

const NUMBER_FIELDS = ['rewardRate', ...THRESHOLDS.map((th) => th.field)] as const;
type RowField = 'nameJa' | 'nameEn' | (typeof NUMBER_FIELDS)[number];

/** Vendor admins publish a new version of the five tiers; mounted only while open. */
export function TierEditorModal({ definitions, onClose }: Props) {
  const { t } = useTranslation();
  const today = isoDateOf(new Date());
  const [rows, setRows] = useState<TierFormRow[]>(() => fromDefinitions(definitions));
  const [effectiveFrom, setEffectiveFrom] = useState(() => nextDay(today));
  const errors = useFormErrors();
  const { fieldErrors } = errors;
  const [publish, { loading }] = useMutation(TierAdminPublishDefinitionsMutation, {
    refetchQueries: ['TierAdminDefinitions'],
    awaitRefetchQueries: true,
  });

  const set = (index: number, field: RowField, value: FormNumber) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const placed = new Set([
    'effectiveFrom',
    ...rows.flatMap((_, i) => ['nameJa', 'nameEn', ...NUMBER_FIELDS].map((f) => `tiers.${i}.${f}`)),
  ]);
  // Errors no input shows (e.g. "each tier must ask at least as much as the one below"): listed on top.
  const unplaced = Object.entries(fieldErrors).filter(([field]) => !placed.has(field));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const problems = tierFormProblems(rows);
    if (!effectiveFrom) problems.effectiveFrom = 'required';
    if (Object.keys(problems).length > 0) {
      const text = Object.entries(problems).map(([field, p]) => [field, t(`tierAdmin.editor.problem.${p}`)]);
      return errors.setFieldErrors(Object.fromEntries(text));
    }
    try {
      const { data } = await publish({ variables: { input: { effectiveFrom, tiers: toInput(rows) } } });
      const result = data?.publishTierDefinitions;
      if (!result) return;
      if (result.__typename === 'TierDefinitionSet') {
        notifySuccess(t('tierAdmin.editor.published', { version: result.version, date: result.effectiveFrom }));
        onClose();
      } else {
        errors.setFieldErrors({ effectiveFrom: result.message });
      }
    } catch (caught) {
      errors.fromException(caught);
    }
  }

  const numberInput = (index: number, field: (typeof NUMBER_FIELDS)[number], label: string) => {
    const unit = THRESHOLDS.find((th) => th.field === field)?.unit;
    const row = rows[index];
    return (
      <NumberInput
        key={field}
        label={label}
        min={0}
        max={unit === 'percent' ? 100 : undefined}
        step={field === 'rewardRate' ? 0.05 : 1}
        decimalScale={field === 'rewardRate' ? 4 : 2}
        suffix={unit === 'percent' ? ' %' : undefined}
        prefix={field === 'rewardRate' ? '×' : undefined}
        clampBehavior="none"
        required={field === 'rewardRate'}
        value={row[field]}
        onChange={(value) => set(index, field, value)}
        error={fieldErrors[`tiers.${index}.${field}`]}
        data-testid={`tier-${row.tier}-${field}`}
      />
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('tierAdmin.editor.title')} size="80rem">
      <form onSubmit={onSubmit} noValidate data-testid="tier-editor">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('tierAdmin.editor.intro')}
          </Text>
          <FormError message={errors.formError} />
          {unplaced.length > 0 ? (
            <Alert color="red" role="alert" data-testid="tier-editor-errors">
              <List size="sm">
                {unplaced.map(([field, message]) => (
                  <List.Item key={field}>{message}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <TextInput
            type="date"
            label={t('tierAdmin.editor.effectiveFrom')}
            description={t('tierAdmin.editor.effectiveFromHelp')}
            required
            min={today}
            w={260}
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
            error={fieldErrors.effectiveFrom}
            data-testid="tier-effective-from"
          />
          {rows.map((row, index) => (
            <Fieldset
              key={row.tier}
              legend={t('tierAdmin.tierNumber', { tier: row.tier })}
              data-testid={`tier-${row.tier}-fields`}
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('tierAdmin.editor.nameJa')}
                  required
                  maxLength={100}
                  value={row.nameJa}
                  onChange={(e) => set(index, 'nameJa', e.currentTarget.value)}
                  error={fieldErrors[`tiers.${index}.nameJa`]}
                  data-testid={`tier-${row.tier}-nameJa`}
                />
                <TextInput
                  label={t('tierAdmin.editor.nameEn')}
                  required
                  maxLength={100}
                  value={row.nameEn}
                  onChange={(e) => set(index, 'nameEn', e.currentTarget.value)}
                  error={fieldErrors[`tiers.${index}.nameEn`]}
                  data-testid={`tier-${row.tier}-nameEn`}
                />
                {numberInput(index, 'rewardRate', t('tierAdmin.field.rewardRate'))}
                {THRESHOLDS.map(({ field, unit, comparison }) =>
                  numberInput(
                    index,
                    field,
                    t(`tierAdmin.editor.label.${comparison}${unit === 'percent' ? 'Percent' : ''}`, {
                      label: t(`tierAdmin.field.${field}`),
                    }),
                  ),
                )}
              </SimpleGrid>
            </Fieldset>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="tier-definitions-save">
              {t('tierAdmin.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
