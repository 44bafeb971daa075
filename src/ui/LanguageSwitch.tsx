import { languages, type Language } from '../i18n/core';
import { setLanguage, useLanguage } from './i18n/language';
import { useT } from './i18n/translate';

const names: Record<Language, string> = { en: 'English', ja: '日本語' };

export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  return (
    <label className="language">
      <span className="visually-hidden">{t('language')}</span>
      <select
        data-testid="language"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
