import { useMutation } from '@apollo/client/react';
import { Button, Paper, Radio, Select, Stack, Textarea, TextInput, Title, Group, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TierDecision } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { DecideTierReviewMutation } from '../graphql/tiers';

interface Props {
  reviewId: string;
  proposedTier: number;
  /** YYYY-MM-DD: the day after the review period, the usual start of the new tier. */
  defaultEffectiveFrom: string;
}

/** The auditor's decision: approve the proposed tier, or override it with a tier and a written reason. */
export function DecisionForm({ reviewId, proposedTier, defaultEffectiveFrom }: Props) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [decision, setDecision] = useState<TierDecision>('APPROVED');
  const [tier, setTier] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(defaultEffectiveFrom);
  const [decide, { loading }] = useMutation(DecideTierReviewMutation, {
    refetchQueries: ['TierReview', 'TierReviews', 'TierStanding'],
    awaitRefetchQueries: true,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (decision === 'OVERRIDDEN') {
      const fields: Record<string, string> = {};
      if (!tier) fields.tier = t('tiers.decide.tierRequired');
      if (!reason.trim()) fields.reason = t('tiers.decide.reasonRequired');
      if (Object.keys(fields).length > 0) return errors.setFieldErrors(fields);
    }
    try {
      const { data } = await decide({
        variables: {
          input: {
            reviewId,
            decision,
            effectiveFrom,
            ...(decision === 'OVERRIDDEN' ? { tier: Number(tier), reason: reason.trim() } : {}),
          },
        },
      });
      const result = data?.decideTierReview;
      if (result && 'errorCode' in result) return errors.setFormError(result.message);
      notifySuccess(t('tiers.decide.saved'));
    } catch (caught) {
      errors.fromException(caught);
    }
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate data-testid="decision-form">
        <Stack gap="sm">
          <Title order={4}>{t('tiers.decide.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('tiers.decide.intro')}
          </Text>
          <FormError message={errors.formError} />
          <Radio.Group
            value={decision}
            onChange={(v) => setDecision(v as TierDecision)}
            label={t('tiers.decide.decision')}
            error={errors.fieldErrors.decision}
          >
            <Group mt="xs">
              <Radio
                value="APPROVED"
                label={t('tiers.decide.approve', { tier: proposedTier })}
                data-testid="decision-approve"
              />
              <Radio value="OVERRIDDEN" label={t('tiers.decide.override')} data-testid="decision-override" />
            </Group>
          </Radio.Group>
          {decision === 'OVERRIDDEN' ? (
            <>
              <Select
                label={t('tiers.decide.tier')}
                data={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('partners.tierValue', { tier: n }) }))}
                value={tier}
                onChange={setTier}
                error={errors.fieldErrors.tier}
                required
                data-testid="decision-tier"
              />
              <Textarea
                label={t('tiers.decide.reason')}
                description={t('tiers.decide.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.fieldErrors.reason}
                autosize
                minRows={3}
                maxLength={2000}
                required
                data-testid="decision-reason"
              />
            </>
          ) : null}
          <TextInput
            type="date"
            label={t('tiers.decide.effectiveFrom')}
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
            max={new Date().toISOString().slice(0, 10)}
            error={errors.fieldErrors.effectiveFrom}
            required
            data-testid="decision-effective"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} data-testid="decision-submit">
              {t('tiers.decide.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
