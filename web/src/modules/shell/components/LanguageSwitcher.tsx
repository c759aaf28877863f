import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage, type UiLanguage } from '../../../i18n/i18n';

// Each language is named in itself, so it can be found whatever the current language.
const LANGUAGES = [
  { value: 'ja', label: '日本語' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      data={LANGUAGES}
      value={i18n.language}
      onChange={(value) => void changeUiLanguage(value as UiLanguage)}
      aria-label={t('shell.language')}
      data-testid="language-switcher"
    />
  );
}
