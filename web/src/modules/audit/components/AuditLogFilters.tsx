import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_AUDIT_FILTER, type AuditFilterValues } from '../audit-filter';

interface Props {
  onApply: (values: AuditFilterValues) => void;
}

/** Edits a draft; the list changes only when the user applies it. */
export function AuditLogFilters({ onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTER);
  const field = (key: keyof AuditFilterValues) => ({
    value: draft[key],
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const value = e.currentTarget.value;
      setDraft((current) => ({ ...current, [key]: value }));
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  function onReset() {
    setDraft(EMPTY_AUDIT_FILTER);
    onApply(EMPTY_AUDIT_FILTER);
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label={t('audit.filters.title')} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="sm">
        <TextInput label={t('audit.filters.actorEmail')} {...field('actorEmail')} data-testid="audit-filter-actor" />
        <TextInput label={t('audit.filters.action')} {...field('action')} data-testid="audit-filter-action" />
        <TextInput
          label={t('audit.filters.entityType')}
          {...field('entityType')}
          data-testid="audit-filter-entity-type"
        />
        <TextInput label={t('audit.filters.entityId')} {...field('entityId')} data-testid="audit-filter-entity-id" />
        <TextInput type="date" label={t('audit.filters.from')} {...field('from')} data-testid="audit-filter-from" />
        <TextInput type="date" label={t('audit.filters.to')} {...field('to')} data-testid="audit-filter-to" />
      </SimpleGrid>
      <Group justify="flex-end" mb="md">
        <Button variant="default" onClick={onReset} data-testid="audit-filter-reset">
          {t('audit.filters.reset')}
        </Button>
        <Button type="submit" data-testid="audit-filter-apply">
          {t('audit.filters.apply')}
        </Button>
      </Group>
    </form>
  );
}
