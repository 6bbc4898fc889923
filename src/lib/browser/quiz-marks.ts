/**
 * How a checked question shows each option, for the practice questions (quiz-question-element.ts) and the mock
 * exam's result (mock-exam-element.ts) alike: a right option picked, a right option missed and a wrong option
 * picked each get their own mark (styled in src/styles/quiz.css), so "choose two" feedback says which is which.
 */
export function markChoices(inputs: readonly HTMLInputElement[], correct: readonly string[], answered: boolean) {
  for (const input of inputs) {
    const right = correct.includes(input.value);
    input.closest('li')!.dataset.result = !answered
      ? ''
      : right
        ? input.checked
          ? 'right'
          : 'missed'
        : input.checked
          ? 'wrong'
          : '';
  }
}
