import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { defaultSettings, type Settings } from '../settings/settings';
import { MAX_SETTINGS_FILE_BYTES, SETTINGS_FILE_NAME, parseImportedSettings, settingsFileText } from '../settings/settings-file';
import { settingsProblem, type SettingsProblem } from '../settings/settings-problem';

/**
 * How long the exported file's object URL stays valid: revoking it in the
 * same task can cancel the download before the browser has read the blob.
 */
const EXPORT_URL_LIFETIME_MS = 60_000;

type Outcome =
  | { kind: 'reset'; previous: Settings }
  | { kind: 'imported' }
  | { kind: 'refused'; problems: SettingsProblem[] }
  | null;

export interface SettingsBackupProps {
  settings: Settings;
  /** Counts the user's edits elsewhere on the page; the last outcome's message goes when it changes. */
  otherEdits: number;
  /** Replaces the stored settings; resolves to whether storage took them (the page reports failures). */
  onReplace(settings: Settings): Promise<boolean>;
}

/** Reset to defaults (with undo), export to a JSON file, import from one. */
export function SettingsBackup({ settings, otherEdits, onReplace }: SettingsBackupProps) {
  // Each outcome is stamped with the edit count it came at, and shown only while the count is the
  // same: an old import error beside a site list the user is now editing reads as if it were about
  // that list, and an Undo kept past later edits would take them back too. Compared at render
  // rather than cleared by an effect, which runs late and could wipe a newer outcome.
  const [stamped, setStamped] = useState<{ outcome: Outcome; atEdit: number }>({ outcome: null, atEdit: otherEdits });
  // The count as last rendered, read when an outcome arrives (an import awaits the file first).
  const editsNow = useRef(otherEdits);
  editsNow.current = otherEdits;
  const setOutcome = (next: Outcome) => setStamped({ outcome: next, atEdit: editsNow.current });
  const outcome = stamped.atEdit === otherEdits ? stamped.outcome : null;
  const fileInput = useRef<HTMLInputElement>(null);

  const reset = async () => {
    const previous = settings;
    if (await onReplace(defaultSettings())) setOutcome({ kind: 'reset', previous });
  };

  const undoReset = async (previous: Settings) => {
    if (await onReplace(previous)) setOutcome(null);
  };

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([settingsFileText(settings)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = SETTINGS_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), EXPORT_URL_LIFETIME_MS);
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_SETTINGS_FILE_BYTES) return setOutcome({ kind: 'refused', problems: [settingsProblem('optionsImportTooLarge')] });
    let text: string;
    try {
      text = await file.text();
    } catch {
      // Moved or deleted between choosing and reading: say so, rather than do nothing.
      return setOutcome({ kind: 'refused', problems: [settingsProblem('optionsImportUnreadable')] });
    }
    const result = parseImportedSettings(text);
    if (!result.ok) return setOutcome({ kind: 'refused', problems: result.problems });
    setOutcome((await onReplace(result.settings)) ? { kind: 'imported' } : null);
  };

  return (
    <>
      <div class="buttons">
        <button type="button" onClick={() => void reset()}>
          {t('optionsReset')}
        </button>
        <button type="button" onClick={exportFile}>
          {t('optionsExport')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('optionsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires again.
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <OutcomeMessage outcome={outcome} onUndo={(previous) => void undoReset(previous)} />
    </>
  );
}

function OutcomeMessage({ outcome, onUndo }: { outcome: Outcome; onUndo(previous: Settings): void }) {
  if (outcome?.kind === 'refused') {
    return (
      <div class="error" role="alert">
        <p>{t('optionsImportFailed')}</p>
        <ul>
          {outcome.problems.map((problem, index) => (
            <li key={index}>{t(problem.key, ...problem.values)}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p class="status" role="status">
      {outcome?.kind === 'imported' && t('optionsImported')}
      {outcome?.kind === 'reset' && (
        <>
          {t('optionsResetDone')}{' '}
          <button type="button" class="link" onClick={() => onUndo(outcome.previous)}>
            {t('optionsUndo')}
          </button>
        </>
      )}
    </p>
  );
}
