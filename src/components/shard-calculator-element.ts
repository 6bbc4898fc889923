/**
 * The browser side of ShardCalculator.astro: <shard-calculator> reads the inputs (and the URL's), recalculates as
 * the reader types with the same pure code the unit tests check (src/lib/shared/shard-calculator.ts), and mirrors
 * what the reader typed in the URL.
 */
import { evaluate, type FieldName, type LimitName } from '../lib/shared/shard-calculator';

const FIELDS: FieldName[] = ['writeMb', 'recordsPerSecond', 'recordSizeKb', 'consumers', 'enhancedFanOut'];
const LIMIT_LABELS: Record<LimitName, string> = {
  'write-bandwidth': 'writes of 1 MB/s per shard',
  'write-records': 'writes of 1,000 records/s per shard',
  'read-bandwidth': 'reads of 2 MB/s per shard',
};

class ShardCalculator extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const answer = this.querySelector('.calculator-answer')!;
    const steps = this.querySelector('.calculator-steps')!;
    const field = (name: FieldName) => form.elements.namedItem(name) as HTMLInputElement;

    const params = new URLSearchParams(location.search);
    for (const name of FIELDS) {
      const value = params.get(name);
      if (value === null) continue;
      if (name === 'enhancedFanOut') field(name).checked = value === 'true';
      else field(name).value = value;
    }

    const update = ({ fromReader }: { fromReader: boolean }) => {
      const raw = Object.fromEntries(
        FIELDS.map((name) => [name, name === 'enhancedFanOut' ? String(field(name).checked) : field(name).value]),
      ) as Record<FieldName, string>;
      // Only what the reader typed goes into the address, so an untouched page keeps its plain URL.
      if (fromReader) {
        const url = new URL(location.href);
        for (const name of FIELDS) {
          if (raw[name] && raw[name] !== 'false') url.searchParams.set(name, raw[name]);
          else url.searchParams.delete(name);
        }
        history.replaceState(history.state, '', url);
      }

      const outcome = evaluate(raw);
      for (const name of FIELDS.filter((n) => n !== 'enhancedFanOut')) {
        const error = outcome.ok ? undefined : outcome.errors.find((e) => e.field === name);
        field(name).setAttribute('aria-invalid', String(!!error));
        // By data attribute, not id: the print edition prefixes ids.
        this.querySelector(`[data-error-for="${name}"]`)!.textContent = error?.message ?? '';
      }
      steps.replaceChildren();
      if (!outcome.ok) {
        answer.textContent = 'Fix the highlighted fields to see the shard count.';
        return;
      }
      const { shards, decidingLimit } = outcome.result;
      answer.textContent = `${shards} shard${shards === 1 ? '' : 's'}, decided by ${LIMIT_LABELS[decidingLimit]}.`;
      for (const step of outcome.result.steps) {
        const item = document.createElement('li');
        item.textContent = `${LIMIT_LABELS[step.limit]}: ${step.arithmetic}`;
        steps.append(item);
      }
      const total = document.createElement('li');
      total.textContent = `Shards = ${outcome.result.total}`;
      steps.append(total);
    };

    form.addEventListener('input', () => update({ fromReader: true }));
    // The form recalculates as the reader types; "Calculate" (or Enter) just records the inputs in the URL.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update({ fromReader: true });
    });
    this.querySelector('fieldset')!.disabled = false;
    update({ fromReader: false });
  }
}
customElements.define('shard-calculator', ShardCalculator);
