import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { vocabOptions } from '../../partners/vocabulary';
import { CAPACITY_QUERIES, OfferCapacityMutation } from '../graphql/capacity';
import { useCapacityLabels } from '../hooks';
import { addMonths, monthOf, monthsFrom } from '../months';

/** Offers may be made for this month and the next 11. */
const OFFER_MONTHS = 12;
export const MAX_SLOTS = 1000;
/** The product-line select's value for "all lines" (null in the API). */
const ALL_LINES = '__all__';

/** What the dialog starts with: empty for a new offer, a plan's values to change it. */
export interface OfferDraft {
  month?: string;
  productLine?: string | null;
  slots?: number;
}

interface Props {
  partnerId: string;
  /** Shown in the title when the dialog is opened outside the firm's own page. */
  partnerName?: string;
  draft: OfferDraft;
  onClose: () => void;
}

/** Offers (or changes) a partner's slots for one month and product line. */
export function OfferCapacityModal({ partnerId, partnerName, draft, onClose }: Props) {
  const { t } = useTranslation();
  const { monthLabel, productLineLabel } = useCapacityLabels();
  const thisMonth = monthOf(new Date());
  const [month, setMonth] = useState<string | null>(draft.month ?? addMonths(thisMonth, 1));
  const [productLine, setProductLine] = useState<string>(draft.productLine ?? ALL_LINES);
  const [slots, setSlots] = useState<number | string>(draft.slots ?? '');
  const errors = useFormErrors();
  const [offerCapacity, { loading }] = useMutation(OfferCapacityMutation, {
    refetchQueries: CAPACITY_QUERIES,
    awaitRefetchQueries: true,
  });

  const monthOptions = monthsFrom(thisMonth, OFFER_MONTHS).map((value) => ({ value, label: monthLabel(value) }));
  if (month && !monthOptions.some((o) => o.value === month))
    monthOptions.unshift({ value: month, label: monthLabel(month) });
  const productLineOptions = [{ value: ALL_LINES, label: t('capacity.allLines') }, ...vocabOptions(t, 'productModule')];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const found: Record<string, string> = {};
    if (!month) found.month = t('validation.required');
    const slotsValue = slots === '' ? null : Number(slots);
    if (slotsValue === null) found.slots = t('validation.required');
    else if (!Number.isInteger(slotsValue) || slotsValue < 0 || slotsValue > MAX_SLOTS)
      found.slots = t('capacity.offer.errors.slotsRange', { max: MAX_SLOTS });
    if (Object.keys(found).length > 0 || !month || slotsValue === null) {
      errors.setFieldErrors(found);
      return;
    }
    const line = productLine === ALL_LINES ? null : productLine;
    try {
      const { data } = await offerCapacity({
        variables: { input: { partnerId, month, productLine: line, slots: slotsValue } },
      });
      const result = data?.offerCapacity;
      if (!result) return;
      switch (result.__typename) {
        case 'CapacityPlan':
          notifySuccess(
            t('capacity.offer.notify.saved', {
              slots: result.slotsOffered,
              month: monthLabel(result.month),
              line: productLineLabel(result.productLine),
            }),
          );
          onClose();
          break;
        case 'CapacityBelowConsumedError':
          errors.setFieldErrors({ slots: t('capacity.offer.errors.belowConsumed', { consumed: result.consumed }) });
          break;
        case 'MonthInPastError':
          errors.setFieldErrors({ month: t('capacity.offer.errors.monthInPast') });
          break;
        case 'NotFoundError':
          errors.setFormError(t('capacity.offer.errors.notFound'));
          break;
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={partnerName ? t('capacity.offer.titleFor', { partner: partnerName }) : t('capacity.offer.title')}
      size="md"
    >
      <form onSubmit={onSubmit} noValidate data-testid="capacity-offer-form">
        <Stack>
          <FormError message={errors.formError} />
          <Text size="sm" c="dimmed">
            {t('capacity.offer.intro')}
          </Text>
          <Select
            label={t('capacity.offer.month')}
            required
            data={monthOptions}
            value={month}
            onChange={setMonth}
            error={errors.fieldErrors.month}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="capacity-offer-month"
          />
          <Select
            label={t('capacity.offer.productLine')}
            data={productLineOptions}
            value={productLine}
            onChange={(value) => setProductLine(value ?? ALL_LINES)}
            error={errors.fieldErrors.productLine}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            data-testid="capacity-offer-product-line"
          />
          <NumberInput
            label={t('capacity.offer.slots')}
            description={t('capacity.offer.slotsDescription', { max: MAX_SLOTS })}
            required
            min={0}
            max={MAX_SLOTS}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            value={slots}
            onChange={setSlots}
            error={errors.fieldErrors.slots}
            data-autofocus={draft.month ? true : undefined}
            data-testid="capacity-offer-slots"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="capacity-offer-submit">
              {t('capacity.offer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
