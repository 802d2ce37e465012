import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
  CUSTOM_FILE_NAME,
  customFileContent,
  MAX_CUSTOM_FILE_BYTES,
  parseCustomFile,
} from '../../catalog/custom-entries-schema';
import type { CustomEntries } from '../../domain/custom/entry';
import { mergeImported } from '../../domain/custom/entries';
import { downloadText } from '../../lib/download';

interface CustomFileActionsProps {
  custom: CustomEntries;
  onImport: (next: CustomEntries) => void;
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "Export JSON" and "Import JSON" of the user's entries. A bad file changes nothing. */
export function CustomFileActions({ custom, onImport }: CustomFileActionsProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const empty = custom.routes.length === 0 && custom.models.length === 0;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires a change.
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_CUSTOM_FILE_BYTES) {
      setMessage({ ok: false, text: `“${file.name}” is too large to be a prices file (${count(file.size, 'byte')}).` });
      return;
    }
    const parsed = parseCustomFile(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: `Nothing imported from “${file.name}”: ${parsed.reason}` });
      return;
    }
    onImport(mergeImported(custom, parsed.data));
    setMessage({
      ok: true,
      text: `Imported ${count(parsed.data.models.length, 'model')} and ${count(parsed.data.routes.length, 'price')} from “${file.name}”.`,
    });
  };

  return (
    <div className="custom-prices-file">
      <div className="custom-prices-actions">
        <button
          type="button"
          disabled={empty}
          onClick={() => downloadText(CUSTOM_FILE_NAME, customFileContent(custom), 'application/json')}
        >
          Export JSON
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-describedby={`${id}-hint`}
          onClick={() => input.current?.click()}
        >
          Import JSON
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Import JSON file"
          onChange={(e) => void onFile(e)}
        />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Import adds the file’s entries to yours; an entry saved before is updated.
      </p>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'field-hint' : 'field-error'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
