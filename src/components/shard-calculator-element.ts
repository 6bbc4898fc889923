/**
 * The browser side of ShardCalculator.astro: reads the form on every input, shows the shard count with its steps,
 * and mirrors what the reader typed in the query string. A field shows its error only once the reader has touched
 * it (or pressed Calculate, or opened a link that sets it), so a fresh page is never red.
 */
import {
  FIELDS,
  evaluate,
  fromSearchParams,
  toSearchParams,
  type FieldError,
  type FieldName,
  type LimitName,
  type RawInput,
} from '../lib/shared/shard-calculator';

const LIMIT_LABELS: Record<LimitName, string> = {
  'write-bandwidth': 'writes of 1 MB/s per shard',
  'write-records': 'writes of 1,000 records/s per shard',
  'read-bandwidth': 'reads of 2 MB/s per shard',
};
const NUMBER_FIELDS = FIELDS.filter((name) => name !== 'enhancedFanOut');

class ShardCalculator extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const answer = this.querySelector('.calculator-answer')!;
    const steps = this.querySelector('.calculator-steps')!;
    const polling = this.querySelector<HTMLElement>('.calculator-polling')!;
    const pollingText = polling.querySelector('.calculator-polling-budget')!;
    const pollingWarning = polling.querySelector<HTMLElement>('.calculator-polling-warning')!;
    const field = (name: FieldName) => form.elements.namedItem(name) as HTMLInputElement;
    const touched = new Set<FieldName>();

    const fromUrl = fromSearchParams(new URLSearchParams(location.search));
    for (const [name, value] of Object.entries(fromUrl) as [FieldName, string][]) {
      if (name === 'enhancedFanOut') field(name).checked = value === 'true';
      else field(name).value = value;
      touched.add(name);
    }

    const showError = (name: FieldName, error: FieldError | undefined) => {
      field(name).setAttribute('aria-invalid', String(!!error));
      // By data attribute, not id: the print edition prefixes ids.
      const box = this.querySelector(`[data-error-for="${name}"]`)!;
      box.replaceChildren(error?.message ?? '');
      const choices = document.createElement('span');
      choices.className = 'calculator-choices';
      for (const choice of error?.choices ?? []) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button-secondary calculator-choice';
        button.textContent = choice;
        button.addEventListener('click', () => {
          field(name).value = choice;
          field(name).focus();
          update({ fromReader: true });
        });
        choices.append(button);
      }
      if (choices.firstChild) box.append(choices);
      if (error?.link) {
        const link = Object.assign(document.createElement('a'), {
          href: error.link.href,
          textContent: error.link.text,
        });
        box.append(' ', link);
      }
    };

    const update = ({ fromReader }: { fromReader: boolean }) => {
      const raw = Object.fromEntries(
        FIELDS.map((name) => [name, name === 'enhancedFanOut' ? String(field(name).checked) : field(name).value]),
      ) as RawInput;
      // Only what the reader typed goes into the address, so an untouched page keeps its plain URL.
      if (fromReader) {
        const url = new URL(location.href);
        url.search = toSearchParams(raw, url.searchParams).toString();
        history.replaceState(history.state, '', url);
      }

      const outcome = evaluate(raw);
      const errors = outcome.ok ? [] : outcome.errors;
      const shown = errors.filter((error) => touched.has(error.field));
      for (const name of NUMBER_FIELDS)
        showError(
          name,
          shown.find((error) => error.field === name),
        );
      steps.replaceChildren();
      polling.hidden = true;
      if (!outcome.ok) {
        // Before the reader has touched the field at fault, say what is missing without calling it an error.
        answer.textContent = shown.length
          ? 'Fix the highlighted fields to see the shard count.'
          : `${errors[0]!.message.replace(/\.$/, '')}, to see the shard count.`;
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
      if (outcome.result.polling) {
        polling.hidden = false;
        pollingText.textContent = `Polling budget: ${outcome.result.polling.arithmetic}.`;
        pollingWarning.hidden = !outcome.result.polling.warn;
      }
    };

    form.addEventListener('input', (event) => {
      const name = (event.target as HTMLInputElement).name as FieldName;
      touched.add(name);
      // Turning enhanced fan-out on can put the consumer count over its quota: say so at once.
      if (name === 'enhancedFanOut') touched.add('consumers');
      update({ fromReader: true });
    });
    // The form recalculates as the reader types; "Calculate" (or Enter) also shows every field's error.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      FIELDS.forEach((name) => touched.add(name));
      update({ fromReader: true });
    });
    this.querySelector('fieldset')!.disabled = false;
    update({ fromReader: false });
  }
}
customElements.define('shard-calculator', ShardCalculator);
