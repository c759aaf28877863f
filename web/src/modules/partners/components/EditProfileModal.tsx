import {
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetailFragment, PartnerKind, UpdatePartnerProfileInput } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { notifySuccess } from '../../common/notify';
import { isEmail } from '../../common/validation';
import { UpdatePartnerProfileMutation } from '../graphql/partners';
import { PARTNER_KINDS, vocabOptions, type Vocabulary } from '../vocabulary';

const DESCRIPTION_MAX = 4000;
const URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

type ListField = 'industries' | 'productModules' | 'regions' | 'languages' | 'customerSizeBands';

const LISTS: { field: ListField; vocabulary: Vocabulary; labelKey: string }[] = [
  { field: 'industries', vocabulary: 'industry', labelKey: 'partner.strengths.industries' },
  { field: 'productModules', vocabulary: 'productModule', labelKey: 'partner.strengths.productModules' },
  { field: 'regions', vocabulary: 'region', labelKey: 'partner.strengths.regions' },
  { field: 'languages', vocabulary: 'language', labelKey: 'partner.strengths.languages' },
  { field: 'customerSizeBands', vocabulary: 'sizeBand', labelKey: 'partner.strengths.customerSizeBands' },
];

interface Values extends Record<ListField, string[]> {
  name: string;
  kind: PartnerKind;
  headcountAtStart: number | string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
  description: string;
}

function initialValues(p: PartnerDetailFragment): Values {
  return {
    name: p.name,
    kind: p.kind,
    headcountAtStart: p.headcountAtStart ?? '',
    contactName: p.contactName ?? '',
    contactEmail: p.contactEmail ?? '',
    contactPhone: p.contactPhone ?? '',
    website: p.website ?? '',
    description: p.description ?? '',
    industries: [...p.industries],
    productModules: [...p.productModules],
    regions: [...p.regions],
    languages: [...p.languages],
    customerSizeBands: [...p.customerSizeBands],
  };
}

/** An optional text: blank clears it (null), otherwise trimmed. */
const optional = (value: string) => (value.trim() ? value.trim() : null);

function toInput(v: Values): UpdatePartnerProfileInput {
  return {
    name: v.name.trim(),
    kind: v.kind,
    headcountAtStart: typeof v.headcountAtStart === 'number' ? v.headcountAtStart : null,
    contactName: optional(v.contactName),
    contactEmail: optional(v.contactEmail),
    contactPhone: optional(v.contactPhone),
    website: optional(v.website),
    description: optional(v.description),
    industries: v.industries,
    productModules: v.productModules,
    regions: v.regions,
    languages: v.languages,
    customerSizeBands: v.customerSizeBands,
  };
}

/** Edits a firm's profile and strengths; mounted only while open, so it starts from the partner's values. */
export function EditProfileModal({ partner, onClose }: { partner: PartnerDetailFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => initialValues(partner));
  const errors = useFormErrors();
  const [update, { loading }] = useMutation(UpdatePartnerProfileMutation, {
    refetchQueries: ['Partners'],
  });
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors } = errors;

  function validate(): boolean {
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = t('validation.required');
    if (values.contactEmail.trim() && !isEmail(values.contactEmail)) found.contactEmail = t('validation.email');
    if (values.website.trim() && !URL.test(values.website.trim())) found.website = t('validation.url');
    if (values.description.length > DESCRIPTION_MAX)
      found.description = t('validation.maxLength', { max: DESCRIPTION_MAX });
    if (
      values.headcountAtStart !== '' &&
      (typeof values.headcountAtStart !== 'number' ||
        !Number.isInteger(values.headcountAtStart) ||
        values.headcountAtStart < 0)
    )
      found.headcountAtStart = t('validation.nonNegative');
    errors.setFieldErrors(found);
    return Object.keys(found).length === 0;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!validate()) return;
    try {
      const { data } = await update({ variables: { id: partner.id, input: toInput(values) } });
      const result = data?.updatePartnerProfile;
      if (!result) return;
      if (result.__typename === 'Partner') {
        notifySuccess(t('partner.notify.profileSaved', { name: result.name }));
        onClose();
      } else {
        errors.setFormError(result.message);
      }
    } catch (error) {
      errors.fromException(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('partner.edit.title')} size="xl">
      <form onSubmit={onSubmit} noValidate data-testid="edit-profile-form">
        <Stack>
          <FormError message={errors.formError} />
          <Divider label={t('partner.edit.basics')} labelPosition="left" />
          <Group grow align="start" wrap="wrap">
            <TextInput
              label={t('partner.profile.name')}
              required
              data-autofocus
              maxLength={200}
              value={values.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={fieldErrors.name}
              data-testid="edit-profile-name"
            />
            <Select
              label={t('partner.profile.kind')}
              required
              data={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`enums.PartnerKind.${kind}`) }))}
              value={values.kind}
              onChange={(value) => value && set({ kind: value as PartnerKind })}
              allowDeselect={false}
              error={fieldErrors.kind}
              comboboxProps={{ withinPortal: true }}
              data-testid="edit-profile-kind"
            />
            <NumberInput
              label={t('partner.profile.headcount')}
              min={0}
              max={100000}
              allowDecimal={false}
              allowNegative={false}
              value={values.headcountAtStart}
              onChange={(value) => set({ headcountAtStart: value })}
              error={fieldErrors.headcountAtStart}
              data-testid="edit-profile-headcount"
            />
          </Group>
          <Divider label={t('partner.edit.contact')} labelPosition="left" />
          <Group grow align="start" wrap="wrap">
            <TextInput
              label={t('partner.profile.contactName')}
              maxLength={100}
              value={values.contactName}
              onChange={(e) => set({ contactName: e.currentTarget.value })}
              error={fieldErrors.contactName}
              data-testid="edit-profile-contact-name"
            />
            <TextInput
              label={t('partner.profile.contactEmail')}
              type="email"
              maxLength={254}
              value={values.contactEmail}
              onChange={(e) => set({ contactEmail: e.currentTarget.value })}
              error={fieldErrors.contactEmail}
              data-testid="edit-profile-contact-email"
            />
            <TextInput
              label={t('partner.profile.contactPhone')}
              type="tel"
              maxLength={30}
              value={values.contactPhone}
              onChange={(e) => set({ contactPhone: e.currentTarget.value })}
              error={fieldErrors.contactPhone}
              data-testid="edit-profile-contact-phone"
            />
          </Group>
          <TextInput
            label={t('partner.profile.website')}
            type="url"
            maxLength={300}
            value={values.website}
            onChange={(e) => set({ website: e.currentTarget.value })}
            error={fieldErrors.website}
            data-testid="edit-profile-website"
          />
          <Textarea
            label={t('partner.profile.description')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={DESCRIPTION_MAX}
            value={values.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={fieldErrors.description}
            data-testid="edit-profile-description"
          />
          <Divider label={t('partner.edit.strengths')} labelPosition="left" />
          {LISTS.map(({ field, vocabulary, labelKey }) => (
            <MultiSelect
              key={field}
              label={t(labelKey)}
              data={vocabOptions(t, vocabulary)}
              value={values[field]}
              onChange={(value) => set({ [field]: value })}
              searchable
              clearable
              hidePickedOptions
              nothingFoundMessage={t('partners.filters.nothingFound')}
              error={fieldErrors[field]}
              comboboxProps={{ withinPortal: true }}
              data-testid={`edit-profile-${field}`}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="edit-profile-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
