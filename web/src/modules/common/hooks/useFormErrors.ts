import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, type FieldErrors } from '../../../apollo/errors';
import { faultMessage } from '../fault-message';

/** Field errors (shown beside inputs) and one form-level error (shown above them). */
export function useFormErrors() {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function clear() {
    setFieldErrors({});
    setFormError(null);
  }

  /** Shows what a thrown request error says: field errors if any, else a message. */
  function fromException(error: unknown) {
    const fields = fieldErrorsOf(error);
    if (Object.keys(fields).length > 0) setFieldErrors(fields);
    else setFormError(faultMessage(error, t));
  }

  return { fieldErrors, setFieldErrors, formError, setFormError, clear, fromException };
}
