import { Button, Group, Modal, NumberInput, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingModuleKind, TrainingModuleRowFragment } from '../../../../gql/graphql';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { vocabLabel } from '../../../partners/vocabulary';
import { CreateTrainingModuleMutation, UpdateTrainingModuleMutation } from '../../graphql/training';
import { MODULE_KINDS } from '../../vocabulary';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 4000;
const CRITERIA_MAX = 2000;
const ORDER_MAX = 10000;

interface Props {
  productArea: string;
  /** The module to edit; absent to create one. */
  module?: TrainingModuleRowFragment;
  /** Sort order proposed for a new module. */
  nextOrder?: number;
  onClose: () => void;
}

/** Create or edit a training module: kind, title, what passing means, required, order. */
export function ModuleFormModal({ productArea, module, nextOrder = 0, onClose }: Props) {
  const { t } = useTranslation();
  const editing = Boolean(module);
  const [kind, setKind] = useState<TrainingModuleKind | null>(module?.kind ?? null);
  const [title, setTitle] = useState(module?.title ?? '');
  const [description, setDescription] = useState(module?.description ?? '');
  const [passCriteria, setPassCriteria] = useState(module?.passCriteria ?? '');
  const [required, setRequired] = useState(module?.required ?? true);
  const [sortOrder, setSortOrder] = useState<number | string>(module?.sortOrder ?? nextOrder);
  const errors = useFormErrors();
  const options = { refetchQueries: ['Curricula'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateTrainingModuleMutation, options);
  const [update, updating] = useMutation(UpdateTrainingModuleMutation, options);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!kind) found.kind = t('validation.required');
    if (!title.trim()) found.title = t('validation.required');
    else if (title.trim().length > TITLE_MAX) found.title = t('validation.maxLength', { max: TITLE_MAX });
    if (!passCriteria.trim()) found.passCriteria = t('validation.required');
    else if (passCriteria.trim().length > CRITERIA_MAX)
      found.passCriteria = t('validation.maxLength', { max: CRITERIA_MAX });
    if (description.trim().length > DESCRIPTION_MAX)
      found.description = t('validation.maxLength', { max: DESCRIPTION_MAX });
    const order = sortOrder === '' ? 0 : Number(sortOrder);
    if (!Number.isInteger(order) || order < 0 || order > ORDER_MAX) found.sortOrder = t('training.validation.order');
    if (Object.keys(found).length > 0 || !kind) {
      errors.setFieldErrors(found);
      return;
    }
    const common = {
      kind,
      title: title.trim(),
      description: description.trim(),
      passCriteria: passCriteria.trim(),
      required,
      sortOrder: order,
    };
    try {
      const result = module
        ? (await update({ variables: { id: module.id, input: common } })).data?.updateTrainingModule
        : (await create({ variables: { input: { ...common, productArea } } })).data?.createTrainingModule;
      if (!result) return;
      if (result.__typename === 'TrainingModule') {
        notifySuccess(t('training.catalog.notify.moduleSaved', { title: result.title }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        editing
          ? t('training.catalog.module.editTitle')
          : t('training.catalog.module.createTitle', { area: vocabLabel(t, 'productModule', productArea) })
      }
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate data-testid="module-form">
        <Stack>
          <FormError message={errors.formError} />
          <Select
            label={t('training.catalog.module.kind')}
            description={t('training.catalog.module.kindDescription')}
            required
            data={MODULE_KINDS.map((k) => ({ value: k, label: t(`training.enums.TrainingModuleKind.${k}`) }))}
            value={kind}
            onChange={(value) => setKind(value as TrainingModuleKind | null)}
            error={errors.fieldErrors.kind}
            comboboxProps={{ withinPortal: true }}
            data-testid="module-form-kind"
          />
          <TextInput
            label={t('training.catalog.module.title')}
            required
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.fieldErrors.title}
            data-testid="module-form-title"
          />
          <Textarea
            label={t('training.catalog.passCriteria')}
            description={t('training.catalog.module.passCriteriaDescription')}
            required
            autosize
            minRows={2}
            maxLength={CRITERIA_MAX}
            value={passCriteria}
            onChange={(e) => setPassCriteria(e.currentTarget.value)}
            error={errors.fieldErrors.passCriteria}
            data-testid="module-form-criteria"
          />
          <Textarea
            label={t('training.catalog.description')}
            autosize
            minRows={2}
            maxLength={DESCRIPTION_MAX}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.fieldErrors.description}
            data-testid="module-form-description"
          />
          <Group grow align="start">
            <NumberInput
              label={t('training.catalog.module.order')}
              min={0}
              max={ORDER_MAX}
              allowDecimal={false}
              allowNegative={false}
              value={sortOrder}
              onChange={setSortOrder}
              error={errors.fieldErrors.sortOrder}
              data-testid="module-form-order"
            />
            <Switch
              mt={28}
              label={t('training.catalog.module.required')}
              checked={required}
              onChange={(e) => setRequired(e.currentTarget.checked)}
              data-testid="module-form-required"
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading} data-testid="module-form-submit">
              {editing ? t('common.save') : t('training.catalog.module.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
