import type { Language } from '@samverkan/shared/ui';
import type { FocusAreaCode, FocusAreaResponse } from '@samverkan/strategy/contract';

export interface LocalizedFocusArea {
  code: FocusAreaCode;
  title: string;
  description: string;
}

/** A focus area's title and description in the UI language (Swedish when the English text is missing). */
export function localizeFocusArea(area: FocusAreaResponse, language: Language): LocalizedFocusArea {
  const english = language === 'en';
  return {
    code: area.code,
    title: (english && area.titleEn) || area.titleSv,
    description: (english && area.descriptionEn) || area.descriptionSv,
  };
}
