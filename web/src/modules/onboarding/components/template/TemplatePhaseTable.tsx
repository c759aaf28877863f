import { ActionIcon, Checkbox, Group, NumberInput, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  MAX_DUE_DAY,
  MAX_NAME_LENGTH,
  MIN_DUE_DAY,
  phaseFieldKey,
  type PhaseDraft,
  type PhaseField,
} from '../../template-form';

interface Props {
  phases: readonly PhaseDraft[];
  readOnly: boolean;
  errorOf: (key: string) => string | undefined;
  onEdit: (index: number, field: PhaseField, value: string | number) => void;
  /** Whether completing the phase creates a customer survey. */
  onSurvey: (index: number, on: boolean) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}

/**
 * The phases in order: names in both languages, "complete by day X" and whether completing it
 * surveys the customer; rows move up and down.
 */
export function TemplatePhaseTable({ phases, readOnly, errorOf, onEdit, onSurvey, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table verticalSpacing="xs" data-testid="template-phases">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('projectBoard.template.columns.position')}</Table.Th>
            <Table.Th>{t('projectBoard.template.columns.nameEn')}</Table.Th>
            <Table.Th>{t('projectBoard.template.columns.nameJa')}</Table.Th>
            <Table.Th w={150}>{t('projectBoard.template.columns.dueDay')}</Table.Th>
            <Table.Th w={110}>
              <Tooltip label={t('projectBoard.template.surveyHint')} withinPortal multiline w={260}>
                <span>{t('projectBoard.template.columns.survey')}</span>
              </Tooltip>
            </Table.Th>
            {readOnly ? null : <Table.Th w={120}>{t('projectBoard.template.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {phases.map((phase, index) => {
            const position = index + 1;
            const label = (key: string) => t(key, { position });
            return (
              <Table.Tr key={phase.key} data-testid="template-phase-row" data-position={position} data-key={phase.key}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text fw={600} pt={6}>
                    {position}
                  </Text>
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <TextInput
                    aria-label={label('projectBoard.template.aria.nameEn')}
                    value={phase.nameEn}
                    onChange={(e) => onEdit(index, 'nameEn', e.currentTarget.value)}
                    error={errorOf(phaseFieldKey(index, 'nameEn'))}
                    readOnly={readOnly}
                    maxLength={MAX_NAME_LENGTH}
                    data-testid="template-phase-name-en"
                  />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <TextInput
                    aria-label={label('projectBoard.template.aria.nameJa')}
                    value={phase.nameJa}
                    onChange={(e) => onEdit(index, 'nameJa', e.currentTarget.value)}
                    error={errorOf(phaseFieldKey(index, 'nameJa'))}
                    readOnly={readOnly}
                    maxLength={MAX_NAME_LENGTH}
                    lang="ja"
                    data-testid="template-phase-name-ja"
                  />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <NumberInput
                    aria-label={label('projectBoard.template.aria.dueDay')}
                    value={phase.dueDay}
                    onChange={(value) => onEdit(index, 'dueDay', value)}
                    error={errorOf(phaseFieldKey(index, 'dueDay'))}
                    readOnly={readOnly}
                    min={MIN_DUE_DAY}
                    max={MAX_DUE_DAY}
                    allowDecimal={false}
                    allowNegative={false}
                    hideControls={readOnly}
                    data-testid="template-phase-due-day"
                  />
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Checkbox
                    aria-label={label('projectBoard.template.aria.survey')}
                    checked={phase.surveyOnCompletion}
                    onChange={(e) => onSurvey(index, e.currentTarget.checked)}
                    readOnly={readOnly}
                    pt={8}
                    data-testid="template-phase-survey"
                  />
                </Table.Td>
                {readOnly ? null : (
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Group gap={4} wrap="nowrap" pt={2}>
                      <Tooltip label={label('projectBoard.template.aria.up')} withinPortal>
                        <ActionIcon
                          variant="subtle"
                          aria-label={label('projectBoard.template.aria.up')}
                          disabled={index === 0}
                          onClick={() => onMove(index, -1)}
                          data-testid="template-phase-up"
                        >
                          <IconArrowUp size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={label('projectBoard.template.aria.down')} withinPortal>
                        <ActionIcon
                          variant="subtle"
                          aria-label={label('projectBoard.template.aria.down')}
                          disabled={index === phases.length - 1}
                          onClick={() => onMove(index, 1)}
                          data-testid="template-phase-down"
                        >
                          <IconArrowDown size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={label('projectBoard.template.aria.remove')} withinPortal>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={label('projectBoard.template.aria.remove')}
                          disabled={phases.length <= 1}
                          onClick={() => onRemove(index)}
                          data-testid="template-phase-remove"
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
