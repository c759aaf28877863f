import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { vocabLabel } from '../../../partners/vocabulary';
import { CreateCurriculumMutation, UpdateCurriculumMutation } from '../../graphql/training';
import { PRODUCT_AREAS } from '../../vocabulary';

const NAME_MAX = 200;
const DESCRIPTION_MAX = 4000;

export interface CurriculumValues {
  id: string;
  productArea: string;
  name: string;
  description?: string | null;
}

interface Props {
  /** The curriculum to edit; absent to create one. */
  curriculum?: CurriculumValues;
  /** Product areas that already have a curriculum (not offered when creating). */
  takenAreas: readonly string[];
  onClose: () => void;
}

/** Create a curriculum for a product area, or rename / describe one. */
export function CurriculumFormModal({ curriculum, takenAreas, onClose }: Props) {
  const { t } = useTranslation();
  const editing = Boolean(curriculum);
  const [productArea, setProductArea] = useState<string | null>(curriculum?.productArea ?? null);
  const [name, setName] = useState(curriculum?.name ?? '');
  const [description, setDescription] = useState(curriculum?.description ?? '');
  const errors = useFormErrors();
  const options = { refetchQueries: ['Curricula'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateCurriculumMutation, options);
  const [update, updating] = useMutation(UpdateCurriculumMutation, options);
  const areas = PRODUCT_AREAS.filter((a) => editing || !takenAreas.includes(a));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!productArea) found.productArea = t('validation.required');
    if (!name.trim()) found.name = t('validation.required');
    else if (name.trim().length > NAME_MAX) found.name = t('validation.maxLength', { max: NAME_MAX });
    if (description.trim().length > DESCRIPTION_MAX)
      found.description = t('validation.maxLength', { max: DESCRIPTION_MAX });
    if (Object.keys(found).length > 0 || !productArea) {
      errors.setFieldErrors(found);
      return;
    }
    try {
      const result = curriculum
        ? (
            await update({
              variables: { id: curriculum.id, input: { name: name.trim(), description: description.trim() } },
            })
          ).data?.updateCurriculum
        : (
            await create({
              variables: {
                input: {
                  productArea,
                  name: name.trim(),
                  ...(description.trim() ? { description: description.trim() } : {}),
                },
              },
            })
          ).data?.createCurriculum;
      if (!result) return;
      if (result.__typename === 'Curriculum') {
        notifySuccess(t('training.catalog.notify.curriculumSaved', { name: result.name }));
        onClose();
      } else if (result.__typename === 'CurriculumAlreadyExistsError') {
        errors.setFieldErrors({ productArea: result.message });
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
      title={editing ? t('training.catalog.curriculum.editTitle') : t('training.catalog.curriculum.createTitle')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate data-testid="curriculum-form">
        <Stack>
          <FormError message={errors.formError} />
          <Select
            label={t('training.catalog.productArea')}
            description={editing ? undefined : t('training.catalog.curriculum.areaDescription')}
            required
            disabled={editing}
            data={areas.map((a) => ({ value: a, label: vocabLabel(t, 'productModule', a) }))}
            value={productArea}
            onChange={setProductArea}
            error={errors.fieldErrors.productArea}
            nothingFoundMessage={t('training.catalog.curriculum.allAreasTaken')}
            comboboxProps={{ withinPortal: true }}
            data-testid="curriculum-form-area"
          />
          <TextInput
            label={t('training.catalog.curriculum.name')}
            required
            data-autofocus
            maxLength={NAME_MAX}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.fieldErrors.name}
            data-testid="curriculum-form-name"
          />
          <Textarea
            label={t('training.catalog.description')}
            autosize
            minRows={3}
            maxLength={DESCRIPTION_MAX}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.fieldErrors.description}
            data-testid="curriculum-form-description"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading} data-testid="curriculum-form-submit">
              {editing ? t('common.save') : t('training.catalog.curriculum.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
