import { Alert, Button, Group, List, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultantRowFragment, TrainingModuleKind } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { vocabLabel } from '../../../partners/vocabulary';
import { CertifyConsultantMutation, CurriculaQuery } from '../../graphql/training';
import { ModuleKindBadge } from '../TrainingBadges';

const DEFAULT_MONTHS = 12;

interface Missing {
  message: string;
  modules: { id: string; title: string; kind: TrainingModuleKind }[];
}

/** Vendor sign-off: certifies (or renews) a consultant for a product area. */
export function CertifyModal({
  consultant,
  productArea,
  onClose,
}: {
  consultant: ConsultantRowFragment;
  productArea?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const curricula = useQuery(CurriculaQuery, { variables: { includeArchived: false } });
  const areas = (curricula.data?.curricula ?? []).map((c) => c.productArea);
  const [area, setArea] = useState<string | null>(productArea ?? null);
  const [months, setMonths] = useState<number | string>(DEFAULT_MONTHS);
  const [missing, setMissing] = useState<Missing | null>(null);
  const errors = useFormErrors();
  const [certify, { loading }] = useMutation(CertifyConsultantMutation, {
    refetchQueries: ['TrainingMatrix', 'Consultants'],
    awaitRefetchQueries: true,
  });
  const selected = area ?? (areas.length === 1 ? areas[0] : null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setMissing(null);
    const found: Record<string, string> = {};
    if (!selected) found.productArea = t('validation.required');
    const validMonths = Number(months);
    if (!Number.isInteger(validMonths) || validMonths < 1 || validMonths > 36)
      found.validMonths = t('training.validation.months');
    if (Object.keys(found).length > 0 || !selected) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const { data } = await certify({
        variables: { input: { consultantId: consultant.id, productArea: selected, validMonths } },
      });
      const result = data?.certifyConsultant;
      if (!result) return;
      if (result.__typename === 'SkillCertification') {
        notifySuccess(
          t('training.certify.notify.done', {
            name: consultant.displayName,
            area: vocabLabel(t, 'productModule', result.productArea),
          }),
        );
        onClose();
      } else if (result.__typename === 'TrainingIncompleteError') {
        setMissing({ message: result.message, modules: result.missingModules });
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('training.certify.title', { name: consultant.displayName })}>
      <form onSubmit={onSubmit} noValidate data-testid="certify-form">
        <Stack>
          <FormError message={errors.formError} />
          {missing ? (
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={18} />}
              title={t('training.certify.missingTitle')}
              role="alert"
              data-testid="certify-missing"
            >
              <Text size="sm">{missing.message}</Text>
              <List size="sm" mt="xs">
                {missing.modules.map((m) => (
                  <List.Item key={m.id} data-testid="certify-missing-module">
                    <Group gap={6}>
                      <span>{m.title}</span>
                      <ModuleKindBadge kind={m.kind} />
                    </Group>
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Select
            label={t('training.certify.productArea')}
            required
            data={areas.map((a) => ({ value: a, label: vocabLabel(t, 'productModule', a) }))}
            value={selected}
            onChange={(value) => {
              setArea(value);
              setMissing(null);
            }}
            error={errors.fieldErrors.productArea}
            nothingFoundMessage={t('training.certify.noCurricula')}
            comboboxProps={{ withinPortal: true }}
            data-testid="certify-area"
          />
          <NumberInput
            label={t('training.certify.validMonths')}
            min={1}
            max={36}
            allowDecimal={false}
            allowNegative={false}
            value={months}
            onChange={setMonths}
            error={errors.fieldErrors.validMonths}
            data-testid="certify-months"
          />
          <Text size="xs" c="dimmed">
            {t('training.certify.description')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="certify-submit">
              {t('training.certify.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
