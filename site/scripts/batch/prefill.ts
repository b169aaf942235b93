/** On the report form: fill the counts handed over from the participant-list check, then forget them. */
import { PREFILL_KEY } from "../../../functions/core/batch/prefill";

export function applyPrefill(): void {
  const raw = sessionStorage.getItem(PREFILL_KEY);
  if (!raw) return;
  sessionStorage.removeItem(PREFILL_KEY);
  const counts = JSON.parse(raw) as Record<string, number>;
  for (const [line, count] of Object.entries(counts)) {
    const input = document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${line}.count`)}"]`);
    if (input && Number.isInteger(count)) input.value = String(count);
  }
}
