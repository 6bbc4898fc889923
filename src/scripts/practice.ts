/**
 * The behaviour of practice questions: each question (quiz-question) and, on a guide's practice page, the set around
 * them (practice-set). One module, loaded by practice-boot.ts when the reader first uses a question.
 */
import '../components/quiz-question-element';
import '../components/practice-set-element';
