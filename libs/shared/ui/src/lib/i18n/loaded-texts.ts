import type { TranslateService, TranslationObject } from '@ngx-translate/core';
import type { Language } from './dictionary';
import { loadTexts, type TextGroup } from './texts';

/**
 * The text groups a TranslateService knows: every group registered so far (the shell's at start-up,
 * each route's when it first opens) and, per language, those already merged into its dictionary.
 */
export class LoadedTexts {
  private readonly groups = new Set<TextGroup>();
  /** Per language, each group's load (started once, merged when it arrives; forgotten if it fails, so it can be tried again). */
  private readonly loads = new Map<Language, Map<TextGroup, Promise<void>>>();

  constructor(private readonly translate: TranslateService) {}

  /** Registers groups without loading them: the shell's, loaded by the first `loadAll`. */
  register(groups: readonly TextGroup[]): void {
    for (const group of groups) this.groups.add(group);
  }

  /** Registers groups and merges their texts in `language` (each group once per language). */
  add(groups: readonly TextGroup[], language: Language): Promise<void> {
    this.register(groups);
    return this.load(groups, language);
  }

  /** Merges every registered group's texts in `language`: before switching to it. */
  loadAll(language: Language): Promise<void> {
    return this.load([...this.groups], language);
  }

  private load(groups: readonly TextGroup[], language: Language): Promise<void> {
    let loads = this.loads.get(language);
    if (!loads) this.loads.set(language, (loads = new Map()));
    const started = loads;
    return Promise.all(
      groups.map((group) => {
        let load = started.get(group);
        if (!load) {
          // A merge makes every translate pipe on screen look again, so each group is merged only once.
          load = loadTexts(group, language).then(
            (texts) => this.translate.setTranslation(language, texts as TranslationObject, true),
            (error: unknown) => {
              started.delete(group);
              throw error;
            },
          );
          started.set(group, load);
        }
        return load;
      }),
    ).then(() => undefined);
  }
}
