import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificationStatus, TrainingModuleKind, TrainingStatus } from '../../../gql/graphql';
import { CERTIFICATION_STATUS_COLORS, TRAINING_STATUS_COLORS, type ConsultantState } from '../vocabulary';

export function TrainingStatusBadge({ status }: { status: TrainingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={TRAINING_STATUS_COLORS[status]} style={{ overflow: 'visible' }} miw="max-content">
      {t(`training.enums.TrainingStatus.${status}`)}
    </Badge>
  );
}

export function ModuleKindBadge({ kind }: { kind: TrainingModuleKind }) {
  const { t } = useTranslation();
  const color = kind === 'ONLINE_COURSE' ? 'blue' : kind === 'ROLE_PLAY' ? 'grape' : 'teal';
  return (
    <Badge variant="outline" color={color} size="sm" style={{ overflow: 'visible' }} miw="max-content">
      {t(`training.enums.TrainingModuleKind.${kind}`)}
    </Badge>
  );
}

export function CertificationStatusBadge({ status }: { status: CertificationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={CERTIFICATION_STATUS_COLORS[status]}
      style={{ overflow: 'visible' }}
      miw="max-content"
    >
      {t(`training.enums.CertificationStatus.${status}`)}
    </Badge>
  );
}

const STATE_COLORS: Record<ConsultantState, string> = { ACTIVE: 'green', INVITED: 'blue', DEACTIVATED: 'gray' };

export function ConsultantStateBadge({ state }: { state: ConsultantState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATE_COLORS[state]} style={{ overflow: 'visible' }} miw="max-content">
      {t(`training.consultants.state.${state}`)}
    </Badge>
  );
}
