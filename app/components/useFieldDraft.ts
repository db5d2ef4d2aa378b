import { useState } from 'react';
import { t } from '../i18n/i18n';

/** What a field makes of typed text. */
export type DraftReading =
  | {
      ok: true;
      /** It says what the committed value already says (nothing to commit). */
      same: boolean;
      /** Commits it. */
      commit: () => void;
    }
  | { ok: false; error: string };

/**
 * The text in a field against the value in use. Valid text is committed as typed; invalid text
 * stays in the box with its error, and the field says which value is still in use, so the box
 * and the figure never disagree silently. `restore` puts the value in use back in the box and
 * leaves a note saying what was not applied.
 *
 * @param shown the committed value as the box writes it
 * @param describe the committed value in a sentence ("2", "(3,)")
 * @param howToRestore how the user puts the value in use back ("Escape puts it back.")
 */
export function useFieldDraft(
  shown: string,
  read: (text: string) => DraftReading,
  describe: (shown: string) => string,
  howToRestore: string,
) {
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  // A new committed value (another control, a preset, the back button) replaces the draft,
  // unless the draft already says the same thing in other words ("4, 1" for "4,1").
  const [synced, setSynced] = useState(shown);
  if (shown !== synced) {
    setSynced(shown);
    const current = read(draft);
    if (!current.ok || !current.same) {
      setDraft(shown);
      setError(null);
    }
    setNote(null);
  }

  const apply = (text: string) => {
    setDraft(text);
    setNote(null);
    const result = read(text);
    setError(result.ok ? null : result.error);
    if (result.ok && !result.same) result.commit();
  };

  const restore = () => {
    if (!error) return;
    setNote(t('common.field.back', { error, value: describe(shown) }));
    setDraft(shown);
    setError(null);
  };

  /** While the box holds invalid text: which value the figure still uses. */
  const kept = error
    ? t('common.field.kept', { value: describe(shown), restore: howToRestore })
    : null;
  return { draft, error, kept, note, apply, restore };
}
