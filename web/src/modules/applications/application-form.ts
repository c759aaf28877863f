import type { TFunction } from 'i18next';
import type { PartnerKind, SubmitPartnerApplicationInput } from '../../gql/graphql';
import { isEmail } from '../common/validation';

/** The public form's values as typed (numbers stay text until checked). */
export interface ApplicationFormValues {
  firmName: string;
  kind: PartnerKind | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  headcountAtStart: string | number;
  monthlyCapacity: string | number;
  industries: string[];
  productModules: string[];
  regions: string[];
  languages: string[];
  customerSizeBands: string[];
  expansionPlans: string;
  /** The honeypot: hidden from people, only bots fill it in. */
  companyUrl: string;
}

export const EMPTY_APPLICATION: ApplicationFormValues = {
  firmName: '',
  kind: null,
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  headcountAtStart: '',
  monthlyCapacity: '',
  industries: [],
  productModules: [],
  regions: [],
  languages: [],
  customerSizeBands: [],
  expansionPlans: '',
  companyUrl: '',
};

/** The server's limits (api SubmitPartnerApplicationInput), checked before sending. */
export const LIMITS = {
  firmName: 200,
  contactName: 100,
  contactEmail: 254,
  contactPhone: 30,
  expansionPlans: 4000,
  headcountAtStart: { min: 0, max: 100000 },
  monthlyCapacity: { min: 0, max: 1000 },
} as const;

function wholeNumber(value: string | number): number | null {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) ? n : null;
}

/** Field messages for what the server would refuse; empty when the form may be sent. */
export function validateApplication(values: ApplicationFormValues, t: TFunction): Record<string, string> {
  const found: Record<string, string> = {};
  const text = (field: 'firmName' | 'contactName' | 'contactPhone' | 'expansionPlans', required: boolean) => {
    const value = values[field].trim();
    if (required && !value) found[field] = t('validation.required');
    else if (value.length > LIMITS[field]) found[field] = t('validation.maxLength', { max: LIMITS[field] });
  };
  text('firmName', true);
  if (!values.kind) found.kind = t('validation.required');
  text('contactName', true);
  const email = values.contactEmail.trim();
  if (!email) found.contactEmail = t('validation.required');
  else if (!isEmail(email)) found.contactEmail = t('validation.email');
  else if (email.length > LIMITS.contactEmail)
    found.contactEmail = t('validation.maxLength', { max: LIMITS.contactEmail });
  text('contactPhone', false);
  for (const field of ['headcountAtStart', 'monthlyCapacity'] as const) {
    const { min, max } = LIMITS[field];
    const n = wholeNumber(values[field]);
    if (values[field] === '') found[field] = t('validation.required');
    else if (n === null || n < min || n > max) found[field] = t('applications.validation.range', { min, max });
  }
  text('expansionPlans', false);
  return found;
}

/** The API input of a checked form (blank optional texts left out). */
export function toSubmitInput(values: ApplicationFormValues): SubmitPartnerApplicationInput {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    firmName: values.firmName.trim(),
    kind: values.kind as PartnerKind,
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    contactPhone: optional(values.contactPhone),
    headcountAtStart: Number(values.headcountAtStart),
    monthlyCapacity: Number(values.monthlyCapacity),
    industries: values.industries,
    productModules: values.productModules,
    regions: values.regions,
    languages: values.languages,
    customerSizeBands: values.customerSizeBands,
    expansionPlans: optional(values.expansionPlans),
    companyUrl: values.companyUrl || undefined,
  };
}

/** Server field paths (`industries.2`) to the form's field names. */
export function byFormField(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.split('.')[0];
    if (!(field in out)) out[field] = message;
  }
  return out;
}
