import {
  Alert,
  Anchor,
  Button,
  Container,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState, type CSSProperties, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerKind } from '../../../gql/graphql';
import { FormError } from '../../common/components/FormError';
import { useFormErrors } from '../../common/hooks/useFormErrors';
import { PARTNER_KINDS, vocabOptions, type Vocabulary } from '../../partners/vocabulary';
import { LanguageSwitcher } from '../../shell/components/LanguageSwitcher';
import {
  byFormField,
  EMPTY_APPLICATION,
  LIMITS,
  toSubmitInput,
  validateApplication,
  type ApplicationFormValues,
} from '../application-form';
import { SubmitPartnerApplicationMutation } from '../graphql/applications';

type StrengthField = 'industries' | 'productModules' | 'regions' | 'languages' | 'customerSizeBands';

const STRENGTHS: { field: StrengthField; vocabulary: Vocabulary }[] = [
  { field: 'industries', vocabulary: 'industry' },
  { field: 'productModules', vocabulary: 'productModule' },
  { field: 'regions', vocabulary: 'region' },
  { field: 'languages', vocabulary: 'language' },
  { field: 'customerSizeBands', vocabulary: 'sizeBand' },
];

/** Off-screen for people (and assistive technology), still in the DOM for bots to fill in. */
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
};

/** The public application form of a prospective partner firm (no sign-in). */
export default function ApplyPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<ApplicationFormValues>(EMPTY_APPLICATION);
  const [reference, setReference] = useState<string | null>(null);
  const [tooMany, setTooMany] = useState<string | null>(null);
  const errors = useFormErrors();
  const formRef = useRef<HTMLFormElement>(null);
  const [focusNonce, setFocusNonce] = useState(0);
  const [submit, { loading }] = useMutation(SubmitPartnerApplicationMutation);
  const fieldErrors = byFormField(errors.fieldErrors);

  const set = (patch: Partial<ApplicationFormValues>) => setValues((current) => ({ ...current, ...patch }));

  // After a refused submit, the keyboard goes to the first field that needs fixing.
  useEffect(() => {
    if (focusNonce === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusNonce]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setTooMany(null);
    const found = validateApplication(values, t);
    if (Object.keys(found).length > 0) {
      errors.setFieldErrors(found);
      setFocusNonce((n) => n + 1);
      return;
    }
    try {
      const { data } = await submit({ variables: { input: toSubmitInput(values) } });
      const result = data?.submitPartnerApplication;
      if (!result) return;
      if (result.__typename === 'ApplicationReceived') {
        setReference(result.reference);
        window.scrollTo({ top: 0 });
      } else {
        setTooMany(result.message);
      }
    } catch (error) {
      errors.fromException(error);
      setFocusNonce((n) => n + 1);
    }
  }

  const common = { nothingFoundMessage: t('applications.apply.nothingFound'), comboboxProps: { withinPortal: true } };

  return (
    <Container size="md" py="xl" data-testid="apply-page">
      <Group justify="space-between" mb="lg">
        <Title order={1} size="h2">
          Baton
        </Title>
        <LanguageSwitcher />
      </Group>
      <Paper withBorder shadow="sm" p="xl" radius="md">
        {reference ? (
          <Stack gap="md" data-testid="apply-received" aria-live="polite">
            <Group gap="sm">
              <IconCircleCheck size={28} color="var(--mantine-color-green-6)" aria-hidden />
              <Title order={2} size="h3">
                {t('applications.apply.received.title')}
              </Title>
            </Group>
            <Text>{t('applications.apply.received.body')}</Text>
            <Group gap="xs">
              <Text fw={600}>{t('applications.apply.received.reference')}</Text>
              <Text ff="monospace" fw={700} size="lg" data-testid="apply-reference">
                {reference}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {t('applications.apply.received.keep')}
            </Text>
            <Group>
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('applications.apply.signIn')}
              </Anchor>
            </Group>
          </Stack>
        ) : (
          <>
            <Title order={2} size="h3" mb={4}>
              {t('applications.apply.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="lg">
              {t('applications.apply.subtitle')}
            </Text>
            <form
              ref={formRef}
              onSubmit={onSubmit}
              noValidate
              aria-label={t('applications.apply.title')}
              data-testid="apply-form"
            >
              <Stack gap="lg">
                <FormError message={errors.formError} />
                {tooMany ? (
                  <Alert
                    color="orange"
                    icon={<IconAlertTriangle size={18} />}
                    title={t('applications.apply.tooManyTitle')}
                    role="alert"
                    data-testid="apply-too-many"
                  >
                    {tooMany}
                  </Alert>
                ) : null}
                <Fieldset legend={t('applications.sections.firm')}>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('applications.fields.firmName')}
                      required
                      maxLength={LIMITS.firmName}
                      value={values.firmName}
                      onChange={(e) => set({ firmName: e.currentTarget.value })}
                      error={fieldErrors.firmName}
                      data-testid="apply-firm-name"
                    />
                    <Select
                      label={t('applications.fields.kind')}
                      required
                      placeholder={t('applications.apply.choose')}
                      data={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`enums.PartnerKind.${kind}`) }))}
                      value={values.kind}
                      onChange={(value) => set({ kind: value as PartnerKind | null })}
                      error={fieldErrors.kind}
                      {...common}
                      data-testid="apply-kind"
                    />
                  </SimpleGrid>
                </Fieldset>
                <Fieldset legend={t('applications.sections.contact')}>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('applications.fields.contactName')}
                      required
                      autoComplete="name"
                      maxLength={LIMITS.contactName}
                      value={values.contactName}
                      onChange={(e) => set({ contactName: e.currentTarget.value })}
                      error={fieldErrors.contactName}
                      data-testid="apply-contact-name"
                    />
                    <TextInput
                      label={t('applications.fields.contactEmail')}
                      description={t('applications.apply.emailDescription')}
                      required
                      type="email"
                      autoComplete="email"
                      maxLength={LIMITS.contactEmail}
                      value={values.contactEmail}
                      onChange={(e) => set({ contactEmail: e.currentTarget.value })}
                      error={fieldErrors.contactEmail}
                      data-testid="apply-contact-email"
                    />
                    <TextInput
                      label={t('applications.fields.contactPhone')}
                      type="tel"
                      autoComplete="tel"
                      maxLength={LIMITS.contactPhone}
                      value={values.contactPhone}
                      onChange={(e) => set({ contactPhone: e.currentTarget.value })}
                      error={fieldErrors.contactPhone}
                      data-testid="apply-contact-phone"
                    />
                  </SimpleGrid>
                </Fieldset>
                <Fieldset legend={t('applications.sections.capacity')}>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NumberInput
                      label={t('applications.fields.headcountAtStart')}
                      description={t('applications.apply.headcountDescription')}
                      required
                      min={LIMITS.headcountAtStart.min}
                      max={LIMITS.headcountAtStart.max}
                      allowDecimal={false}
                      allowNegative={false}
                      value={values.headcountAtStart}
                      onChange={(value) => set({ headcountAtStart: value })}
                      error={fieldErrors.headcountAtStart}
                      data-testid="apply-headcount"
                    />
                    <NumberInput
                      label={t('applications.fields.monthlyCapacity')}
                      description={t('applications.apply.capacityDescription')}
                      required
                      min={LIMITS.monthlyCapacity.min}
                      max={LIMITS.monthlyCapacity.max}
                      allowDecimal={false}
                      allowNegative={false}
                      value={values.monthlyCapacity}
                      onChange={(value) => set({ monthlyCapacity: value })}
                      error={fieldErrors.monthlyCapacity}
                      data-testid="apply-capacity"
                    />
                  </SimpleGrid>
                </Fieldset>
                <Fieldset legend={t('applications.sections.strengths')}>
                  <Stack>
                    <Text size="sm" c="dimmed">
                      {t('applications.apply.strengthsDescription')}
                    </Text>
                    {STRENGTHS.map(({ field, vocabulary }) => (
                      <MultiSelect
                        key={field}
                        label={t(`applications.fields.${field}`)}
                        data={vocabOptions(t, vocabulary)}
                        value={values[field]}
                        onChange={(value) => set({ [field]: value })}
                        error={fieldErrors[field]}
                        searchable
                        clearable
                        hidePickedOptions
                        {...common}
                        data-testid={`apply-${field}`}
                      />
                    ))}
                  </Stack>
                </Fieldset>
                <Fieldset legend={t('applications.sections.plans')}>
                  <Textarea
                    label={t('applications.fields.expansionPlans')}
                    description={t('applications.apply.plansDescription')}
                    autosize
                    minRows={4}
                    maxLength={LIMITS.expansionPlans}
                    value={values.expansionPlans}
                    onChange={(e) => set({ expansionPlans: e.currentTarget.value })}
                    error={fieldErrors.expansionPlans}
                    data-testid="apply-expansion-plans"
                  />
                </Fieldset>
                {/* The honeypot: people never see nor reach it; a bot that fills it in is dropped. */}
                <div style={VISUALLY_HIDDEN} aria-hidden="true" data-testid="apply-honeypot-wrapper">
                  <label htmlFor="apply-company-url">{t('applications.apply.honeypot')}</label>
                  <input
                    id="apply-company-url"
                    name="companyUrl"
                    type="text"
                    tabIndex={-1}
                    autoComplete="off"
                    value={values.companyUrl}
                    onChange={(e) => set({ companyUrl: e.currentTarget.value })}
                    data-testid="apply-honeypot"
                  />
                </div>
                <Group justify="space-between" wrap="wrap">
                  <Anchor component={Link} to="/sign-in" size="sm">
                    {t('applications.apply.signIn')}
                  </Anchor>
                  <Button type="submit" loading={loading} data-testid="apply-submit">
                    {t('applications.apply.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </>
        )}
      </Paper>
    </Container>
  );
}
