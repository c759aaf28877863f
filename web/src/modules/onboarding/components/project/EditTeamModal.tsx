import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectPageDetailFragment } from '../../../../gql/graphql';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { FormError } from '../../../common/components/FormError';
import { useFormErrors } from '../../../common/hooks/useFormErrors';
import { notifySuccess } from '../../../common/notify';
import { PROJECT_QUERIES, ProjectTeamOptionsQuery, ProjectUpdateTeamMutation } from '../../graphql/projects';
import { initialTeam, teamOptions } from '../../project-team';

/** The API takes at most this many team members. */
const TEAM_MAX = 20;

interface Props {
  project: ProjectPageDetailFragment;
  onClose: () => void;
}

/** A partner admin staffs the project with the firm's active consultants besides the lead. */
export function EditTeamModal({ project, onClose }: Props) {
  const { t } = useTranslation();
  const consultants = useQuery(ProjectTeamOptionsQuery, { fetchPolicy: 'cache-and-network' });
  const options = useMemo(
    () => teamOptions(consultants.data?.consultants.items ?? [], project.leadConsultantId),
    [consultants.data, project.leadConsultantId],
  );
  const ready = consultants.data !== undefined;
  const start = useMemo(() => initialTeam(options, project.team), [options, project.team]);
  const [selected, setSelected] = useState<string[] | null>(null);
  const errors = useFormErrors();
  const [updateTeam, { loading }] = useMutation(ProjectUpdateTeamMutation, {
    refetchQueries: PROJECT_QUERIES,
    awaitRefetchQueries: true,
  });

  // The picker starts from the current team once the firm's consultants are known.
  useEffect(() => {
    if (ready && selected === null) setSelected(start.selected);
  }, [ready, start, selected]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    try {
      const { data } = await updateTeam({
        variables: { input: { projectId: project.id, consultantIds: selected ?? start.selected } },
      });
      const result = data?.updateProjectTeam;
      if (!result) return;
      if (result.__typename === 'OnboardingProject') {
        notifySuccess(t('onboarding.team.notify'));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('onboarding.team.editTitle')} size="md">
      <form onSubmit={onSubmit} noValidate data-testid="team-form">
        <Stack>
          <FormError message={errors.formError} />
          {consultants.error ? <ErrorAlert error={consultants.error} /> : null}
          <Text size="sm">
            {t('onboarding.team.intro', { lead: project.leadConsultant?.displayName ?? t('common.none') })}
          </Text>
          <MultiSelect
            label={t('onboarding.team.members')}
            placeholder={options.length === 0 && ready ? t('onboarding.team.noneAvailable') : undefined}
            data={options}
            value={selected ?? start.selected}
            onChange={setSelected}
            disabled={!ready}
            searchable
            clearable
            maxValues={TEAM_MAX}
            nothingFoundMessage={t('onboarding.filters.nothingFound')}
            error={errors.fieldErrors.consultantIds}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
            data-testid="team-select"
          />
          {start.dropped.length > 0 ? (
            <Alert color="yellow" variant="light" data-testid="team-dropped">
              {t('onboarding.team.dropped', { names: start.dropped.join(t('onboarding.listSeparator')) })}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!ready} data-testid="team-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
