import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import {
  ArchiveCurriculumMutation,
  ArchiveTrainingModuleMutation,
  UpdateCurriculumMutation,
  UpdateTrainingModuleMutation,
} from '../../graphql/training';

export interface ArchiveTarget {
  entity: 'curriculum' | 'module';
  id: string;
  name: string;
  /** true: archive it; false: restore it. */
  archive: boolean;
}

/** Asks before archiving (or restoring) a curriculum or a module; records stay either way. */
export function ArchiveModal({ target, onClose }: { target: ArchiveTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const options = { refetchQueries: ['Curricula'], awaitRefetchQueries: true };
  const [archiveCurriculum, a1] = useMutation(ArchiveCurriculumMutation, options);
  const [archiveModule, a2] = useMutation(ArchiveTrainingModuleMutation, options);
  const [updateCurriculum, u1] = useMutation(UpdateCurriculumMutation, options);
  const [updateModule, u2] = useMutation(UpdateTrainingModuleMutation, options);
  const loading = a1.loading || a2.loading || u1.loading || u2.loading;
  const { entity, id, name, archive } = target;

  async function run() {
    const restore = { variables: { id, input: { active: true } } };
    if (entity === 'curriculum') {
      return archive
        ? (await archiveCurriculum({ variables: { id } })).data?.archiveCurriculum
        : (await updateCurriculum(restore)).data?.updateCurriculum;
    }
    return archive
      ? (await archiveModule({ variables: { id } })).data?.archiveTrainingModule
      : (await updateModule(restore)).data?.updateTrainingModule;
  }

  async function onConfirm() {
    errors.clear();
    try {
      const result = await run();
      if (!result) return;
      if (result.__typename === 'Curriculum' || result.__typename === 'TrainingModule') {
        notifySuccess(
          archive ? t('training.catalog.notify.archived', { name }) : t('training.catalog.notify.restored', { name }),
        );
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
      title={archive ? t('training.catalog.archive.title', { name }) : t('training.catalog.restore.title', { name })}
    >
      <Stack>
        <Text size="sm">
          {archive
            ? entity === 'curriculum'
              ? t('training.catalog.archive.curriculumBody')
              : t('training.catalog.archive.moduleBody')
            : t('training.catalog.restore.body')}
        </Text>
        <FormError message={errors.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={archive ? 'red' : undefined}
            loading={loading}
            onClick={() => void onConfirm()}
            data-testid="archive-submit"
          >
            {archive ? t('training.catalog.actions.archive') : t('training.catalog.actions.restore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
